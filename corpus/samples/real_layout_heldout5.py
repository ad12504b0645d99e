"""Layouts of the heldout5 goal-sheet failure classes (LAYOUTS.md L37–L39): a 转移支付区域绩效目标表 whose
"年度资金（万元）" spans 年度金额 / 其中：中央补助资金 / 地方财政分担资金, a 部门预算公开 PDF whose budget statements
(收支总表, 功能分类支出表, "三公"经费表, 政府采购表) come before the 项目支出绩效目标表, and an 一体化 export with a
cover sheet (项目基本信息, "资金来源 | 金额（元）" with a 合计 row) and a separate indicator sheet.

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t

_INDICATORS = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]

# ---- L37 转移支付区域绩效目标表：年度资金（万元）纵向合并，下分年度金额、中央补助资金、地方财政分担资金 ----------


def transfer_region(total: str = "1500", central: str = "1200", local: str = "300") -> DocModel:
    g = Grid([2.4, 2.6, 2.0, 2.4, 1.6, 1.4], role="header")
    g.add(["专项名称", ("示例省农村饮水安全巩固提升补助资金", 5)], labels=(0,))
    g.add(["中央主管部门", ("水利部", 2), "省级财政部门", ("示例省财政厅", 2)], labels=(0, 3))
    g.add(["省级主管部门", ("示例省水利厅", 2), "区域", ("示例市", 2)], labels=(0, 3))
    first = g.add(["年度资金（万元）", "年度金额", (total, 4)], labels=(0, 1))
    g.add(["", "其中：中央补助资金", (central, 4)], labels=(1,))
    g.add(["", "地方财政分担资金", (local, 4)], labels=(1,))
    g.vmerge(0, first, first + 2)
    g.add(["年度目标", ("在示例市改造农村供水管网180公里，巩固提升12万农村人口供水保障水平。", 5)], labels=(0,))
    head = g.add(["年度绩效指标", *_INDICATORS[:3], ("指标值", 2)], header=True)
    rows = [
        ["产出指标", "数量指标", "改造农村供水管网长度", "≥180公里"],
        ["产出指标", "质量指标", "工程竣工验收合格率", "=100%"],
        ["产出指标", "时效指标", "年度工程完工时间", "≤2025年11月30日"],
        ["产出指标", "成本指标", "每公里管网改造补助标准", "≤8万元/公里"],
        ["效益指标", "社会效益指标", "受益农村人口", "≥12万人"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    ]
    for r in rows:
        g.add(["", *r[:3], (r[3], 2)])
    g.vmerge(0, head, head + len(rows))
    return _t("2025年度中央对地方专项转移支付区域绩效目标表", Para("金额单位：万元", "right"), g)


def transfer_region_mismatch() -> DocModel:
    """The same table whose 年度金额 (1600) is not 中央补助 1200 + 地方分担 300."""
    return transfer_region(total="1600")


# ---- L38 部门预算公开 PDF：收支总表、功能分类表、“三公”经费表、政府采购表在项目支出绩效目标表之前 --------------


def disclosure_statements(cost: str = "45") -> DocModel:
    summary = Grid([2.6, 1.6, 2.8, 1.6], role="other")
    summary.add([("收入", 2), ("支出", 2)], header=True)
    summary.add(["项目", "预算数", "项目", "预算数"], header=True)
    summary.add(["一、财政拨款收入", "386.40", "一般公共服务支出", "251.30"])
    summary.add(["二、事业收入", "22.00", "文化旅游体育与传媒支出", "157.10"])
    summary.add(["收入总计", "408.40", "支出总计", "408.40"])
    functional = Grid([1.8, 3.2, 1.4, 1.4, 1.4], role="other")
    functional.add(["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"], header=True)
    functional.add(["201", "一般公共服务支出", "251.30", "251.30", "0.00"])
    functional.add(["207", "文化旅游体育与传媒支出", "157.10", "77.10", "80.00"])
    functional.add(["", "合计", "408.40", "328.40", "80.00"])
    three = Grid([1.4, 2.0, 1.6, 1.4, 1.6, 1.8], role="other")
    three.add(["合计", "因公出国（境）费", ("公务用车购置及运行费", 2), "公务接待费", "机关运行经费"], header=True)
    three.add(["", "", "小计", "运行费", "", ""], header=True)
    three.add(["8.40", "0.00", "6.20", "6.20", "2.20", "28.60"])
    for col in (0, 1, 4, 5):
        three.vmerge(col, 0, 1)
    purchase = Grid([2.4, 2.4, 1.2, 2.0], role="other")
    purchase.add(["采购项目", "采购品目", "数量", "预算金额（万元）"], header=True)
    purchase.add(["图书购置", "图书", "1", "30.00"])
    purchase.add(["设备购置", "复印机", "2", "3.60"])
    header = Grid([2.4, 2.6, 2.0, 2.4, 1.6, 1.4], role="header")
    header.add(["项目名称", ("示例市公共图书馆阅读推广活动", 5)], labels=(0,))
    header.add(["主管部门", ("示例市文化广电旅游局", 2), "实施单位", ("示例市图书馆", 2)], labels=(0, 3))
    first = header.add(["项目预算（万元）", "资金总额", "80.00", "其中：财政拨款", ("80.00", 2)], labels=(0, 1, 3))
    header.add(["", "其他资金", "0.00", "", ("", 2)], labels=(1,))
    header.vmerge(0, first, first + 1)
    header.add(["年度绩效目标", ("全年举办阅读推广活动120场，服务读者3万人次，提升全民阅读氛围。", 5)], labels=(0,))
    ind = Grid([1.8, 2.2, 3.2, 1.0, 1.4, 1.2], role="indicators")
    ind.add(_INDICATORS, header=True)
    for row in [["产出指标", "数量指标", "阅读推广活动场次", "≥", "120", "场"],
                ["产出指标", "质量指标", "活动方案审核通过率", "=", "100", "%"],
                ["产出指标", "时效指标", "全年活动完成时间", "≤", "2025年12月31日", ""],
                ["产出指标", "成本指标", "活动场地与物料费用", "≤", cost, "万元"],
                ["效益指标", "社会效益指标", "参与活动读者人次", "≥", "3", "万人次"],
                ["满意度指标", "服务对象满意度指标", "参与读者满意度", "≥", "90", "%"]]:
        ind.add(row)
    return _t(
        "示例市图书馆2025年部门预算公开",
        Para("一、部门主要职能：负责全市公共图书馆的文献收藏、借阅服务和全民阅读推广。", "body"),
        Para("二、预算编制说明：2025年收入预算408.40万元，支出预算408.40万元。", "body"),
        Para("三、财务收支预算总表（单位：万元）", "heading"), summary,
        Para("四、一般公共预算支出功能分类预算表（单位：万元）", "heading"), functional,
        Para("五、“三公”经费和机关运行经费预算表（单位：万元）", "heading"), three,
        Para("六、政府采购预算表", "heading"), purchase,
        Para("七、项目支出绩效目标表", "heading"), header, ind,
    )


def disclosure_statements_cost() -> DocModel:
    """The same disclosure whose 成本指标 (95万元) exceeds the project's own 80万元 (not the 408.40 of the statements)."""
    return disclosure_statements(cost="95")


# ---- L39 一体化导出：封面“项目基本信息”+“资金来源 | 金额（元）”+合计，指标另起一个工作表 --------------------


def cover_and_indicator_sheets(local: str = "640,000.00", total: str = "1,100,000.00") -> DocModel:
    cover = Grid([2.6, 3.0, 2.0, 3.0], role="header")
    cover.add([("项目基本信息", 4)], header=True)
    cover.add(["项目名称", "示例省中小学教师信息技术应用能力培训", "项目编码", "00000025R000000001"], labels=(0, 2))
    cover.add(["主管部门", "示例省教育厅", "实施单位", "示例省教师发展中心"], labels=(0, 2))
    cover.add(["项目类别", "一般公共预算", "项目期限", "2025年1月至2025年12月"], labels=(0, 2))
    cover.add([("资金情况（元）", 4)], header=True)
    cover.add(["资金来源", "金额（元）", ("备注", 2)], header=True)
    cover.add(["一般公共预算拨款—中央转移支付", "460,000.00", ("", 2)])
    cover.add(["一般公共预算拨款—本级", local, ("", 2)])
    cover.add(["合计", total, ("", 2)])
    cover.add(["年度绩效目标", ("培训中小学教师4000人次，提升课堂信息技术应用水平。", 3)], labels=(0,))
    ind = Grid([1.8, 2.2, 3.2, 1.0, 1.4, 1.2, 1.2], role="indicators")
    ind.add([("绩效指标", 3), ("指标值", 3), "指标方向"], header=True)
    ind.add([*_INDICATORS, "指标方向"], header=True)
    ind.vmerge(6, 0, 1)
    for row in [["产出指标", "数量指标", "培训教师人次", "≥", "4000", "人次", "正向"],
                ["产出指标", "质量指标", "培训考核合格率", "≥", "90", "%", "正向"],
                ["产出指标", "时效指标", "培训完成时间", "≤", "2025年11月30日", "", "反向"],
                ["产出指标", "成本指标", "人均培训成本", "≤", "275", "元/人次", "反向"],
                ["效益指标", "社会效益指标", "参训教师信息技术课堂应用率", "≥", "80", "%", "正向"],
                ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥", "90", "%", "正向"]]:
        ind.add(row)
    return _t("2025年度项目支出绩效目标申报表（预算管理一体化系统导出）", cover, Para("绩效指标", "sheet"), ind,
              sheet="项目信息")


def cover_and_indicator_sheets_mismatch() -> DocModel:
    """The same export whose 合计 (1,100,000.00) is more than its sources (460,000 + 540,000)."""
    return cover_and_indicator_sheets(local="540,000.00")
