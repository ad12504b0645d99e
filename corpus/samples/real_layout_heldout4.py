"""Layouts of the heldout4 failure classes (LAYOUTS.md L33–L35): a single-project export in 元 with a small
"资金来源 | 金额（元）" table under the indicators, a form that merges funds and indicators into one table and writes
the sign inside the value ("≥36"), and a department sheet whose funds are 收入构成 / 支出构成 blocks with 当年金额,
占比 and the two previous years.

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t

# ---- L33 元单位单项目导出：名称/资金/目标纵向合并，指标表下方另有“资金来源 | 金额（元）”小表 ---------------


def yuan_export_sources() -> DocModel:
    header = ["单位名称", "项目名称", "资金总额（元）", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
              "度量单位"]
    rows = [
        ["产出指标", "数量指标", "资助困难家庭学生", "≥", "450", "人"],
        ["产出指标", "质量指标", "资助对象认定准确率", "=", "100", "%"],
        ["产出指标", "时效指标", "资助资金发放时间", "≤", "2025年10月31日", ""],
        ["产出指标", "成本指标", "每生年资助标准", "≤", "2,000", "元/人"],
        ["效益指标", "社会效益指标", "困难家庭学生因贫辍学人数", "=", "0", "人"],
        ["满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥", "90", "%"],
    ]
    g = Grid([2.0, 2.6, 1.8, 3.0, 1.4, 1.8, 2.6, 1.0, 1.2, 1.0], role="indicators")
    g.add(header, header=True)
    for i, r in enumerate(rows):
        lead = ["示例区教育局", "示例区困难家庭学生资助项目", "900,000.00", "资助450名困难家庭学生，确保不因贫辍学。"]
        g.add([*(lead if i == 0 else ["", "", "", ""]), *r])
    for col in range(4):
        g.vmerge(col, 1, len(rows))
    sources = Grid([2.4, 2.4], role="funds")
    sources.add(["资金来源", "金额（元）"], header=True)
    sources.add(["区级财政资金", "720,000.00"])
    sources.add(["体彩公益金", "180,000.00"])
    return _t("示例区2025年度项目支出绩效目标表", Para("金额单位：元", "right"), g, sources)


# ---- L34 整表合并目标表：资金和指标同在一张表，“项目资金”“绩效指标”纵向合并，指标值自带符号 --------------


def merged_signed_values() -> DocModel:
    g = Grid([2.2, 2.0, 2.4, 3.6, 1.8, 1.4], role="header")
    g.add(["项目名称", ("示例县山洪灾害监测预警设施维护项目", 5)], labels=(0,))
    g.add(["主管部门", ("示例县水利局", 2), "实施单位", ("示例县水旱灾害防御中心", 2)], labels=(0, 3))
    first = g.add(["项目资金（万元）", "资金总额", ("60.00", 4)], labels=(0, 1))
    g.add(["", "县级财政资金", ("38.00", 4)], labels=(1,))
    g.add(["", "上级补助资金", ("22.00", 4)], labels=(1,))
    g.vmerge(0, first, first + 2)
    g.add(["年度绩效目标", ("汛前完成36个自动雨量站和120个预警广播终端的维护，保障汛期预警信息及时发布。", 5)], labels=(0,))
    head = g.add(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"], header=True)
    rows = [
        ["产出指标", "数量指标", "维护自动雨量监测站", "≥36", "万元"],  # a count written in 万元 (GS-05)
        ["产出指标", "数量指标", "维护预警广播终端", "≥120", "个"],
        ["产出指标", "质量指标", "监测数据到报率", "≥95", "%"],
        ["产出指标", "时效指标", "汛前维护完成时间", "≤2025年5月31日", ""],
        ["产出指标", "成本指标", "单站年维护成本", "≤0.8", "万元/站"],
        ["效益指标", "社会效益指标", "山洪预警信息覆盖水平", "≥进一步提升", ""],  # a sign with no number (GS-06)
        ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90", "%"],
    ]
    for r in rows:
        g.add(["", *r])
    g.vmerge(0, head, head + len(rows))
    g.vmerge(1, head + 1, head + 5)
    return _t("2025年度项目支出绩效目标表", g)


# ---- L35 部门整体支出绩效目标申报表：收入构成 / 支出构成 + 当年金额 / 占比 / 近两年金额 ---------------------


def department_composition(basic: str = "268.00") -> DocModel:
    g = Grid([2.6, 2.2, 1.8, 1.2, 1.8, 1.8], role="header")
    g.add(["部门（单位）名称", "示例县档案馆", "填报人", "赵某", "联系电话", "0000-0000000"], labels=(0, 2, 4))
    first = g.add(["部门总体资金情况（单位：万元）", "收入构成", "当年金额", "占比", "2024年金额", "2023年金额"],
                  labels=(1, 2, 3, 4, 5))
    for row in [["财政拨款", "410.00", "98%", "396.50", "380.20"], ["其他资金", "8.00", "2%", "", ""],
                ["合计", "418.00", "100%", "396.50", "380.20"]]:
        g.add(["", *row])
    g.add(["", "支出构成", "当年金额", "占比", "", ""], labels=(1, 2, 3))
    for row in [["基本支出", basic, "64%"], ["项目支出", "150.00", "36%"], ["合计", "418.00", "100%"]]:
        g.add(["", *row, "", ""])
    g.vmerge(0, first, first + 7)
    g.add(["部门职能概述", ("负责全县档案的收集、保管、利用和档案信息化建设。", 5)], labels=(0,))
    tasks = g.add(["年度主要任务", "任务名称", ("主要内容", 2), ("预算金额（万元）", 2)], labels=(0, 1, 2, 4))
    for row in [["馆藏档案数字化", "完成馆藏档案数字化加工", "90.00"], ["库房安全维护", "维护库房消防和温湿度设备", "35.00"],
                ["档案展览", "举办档案主题展览", "25.00"]]:
        g.add(["", row[0], (row[1], 2), (row[2], 2)])
    g.vmerge(0, tasks, tasks + 3)
    g.add(["年度绩效目标", ("完成18万页馆藏档案数字化，保障库房安全，举办档案主题展览2场。", 5)], labels=(0,))
    ind = Grid([1.8, 2.2, 3.2, 1.2, 1.6, 1.4], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"], header=True)
    for row in [["产出指标", "数量指标", "档案数字化加工页数", "≥", "18", "万页"],
                ["产出指标", "质量指标", "数字化成果抽检合格率", "≥", "98", "%"],
                ["产出指标", "时效指标", "年度任务完成时间", "≤", "2025年12月31日", ""],
                ["产出指标", "成本指标", "每页数字化加工成本", "≤", "4.5", "元/页"],
                ["效益指标", "社会效益指标", "档案查阅利用人次", "≥", "6000", "人次"],
                ["满意度指标", "服务对象满意度指标", "查档群众满意度", "≥", "92", "%"]]:
        ind.add(row)
    return _t("部门整体支出绩效目标申报表", Para("（2025年度）  填报日期：2024年12月16日", "right"), g, ind)


def department_composition_yuan_slip() -> DocModel:
    """The same sheet with 基本支出 written in 元 (2680000) in a 万元 table."""
    return department_composition(basic="2680000")
