"""Report layouts of the heldout16 budget-arithmetic classes (LAYOUTS.md L77–L79), written by fixer31.

* L77: a 预算测算表 with group rows ("一 | 设备购置 | 46.60 | 小计") over numbered lines, a "其中：" breakdown under
  one line and, under the 合计, the total split by source ("其中：县级财政补助", "镇自筹"). The clean report adds up;
  the defect report has a subtotal that is not the sum of its own lines (the 合计 adds the written subtotals).
* L78: a "预算科目名称 | 合计 | 区级财政拨款 | 上年结转" table (科目 × 资金来源, both totals balance), the rate written
  inside the subject ("检测试剂 9600批次×22.5元").
* L79: the 资金构成 item of 一、基本情况 written as one sentence, "资金总额96.00万元，其中区级财政拨款70.00万元、上年结转
  资金16.00万元", whose sources do not make up the total.

Each report closes with its 绩效目标表 as an annex. Every name, amount and finding is invented.
"""

from __future__ import annotations

from typing import Any

from real_report_round3 import NOTICE, SUBMISSION

Element = tuple[Any, ...]

_HEAD = ["序号", "支出内容", "数量", "单位", "单价（元）", "金额（万元）", "测算依据"]


def _goal_table(name: str, total: str, goal: str, quantity: tuple[str, str, str]) -> list[list[str]]:
    return [["项目名称", name, "资金总额（万元）", total],
            ["年度总体目标", goal, "", ""],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", quantity[0], f"≥{quantity[1]}{quantity[2]}"],
            ["产出指标", "质量指标", "验收合格率", "≥95%"],
            ["产出指标", "时效指标", "项目完成时间", "2025年11月30日前"],
            ["产出指标", "成本指标", "项目总成本", f"≤{total}万元"],
            ["效益指标", "社会效益指标", "服务对象覆盖率", "≥90%"],
            ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"]]


def _report(name: str, unit: str, funds: str, economy: str, budget: list[list[str]], goal: list[list[str]],
            total: str) -> list[Element]:
    return [
        ("title", f"{name}事前绩效评估报告（示例）"),
        ("p", NOTICE),
        ("p", f"项目单位：{unit}"),
        ("p", f"主管部门：{unit}"),
        ("p", "评估机构：示例县财政局预算绩效评价中心（示例）"),
        ("p", "一、评估对象基本情况"),
        ("p", "（一）立项背景。2024年排查发现现有设施老化，服务能力不足，群众反映集中，需在2025年集中更新。"),
        ("p", "（二）主要内容。按实施方案分项实施，2025年11月底前完成验收。"),
        ("p", f"（三）资金构成。{funds}"),
        ("p", "二、评估工作开展情况"),
        ("p", "评估组查阅申报资料和询价记录，赴现场核实，按评分指标体系打分。"),
        ("p", "三、综合评估情况与评估结论"),
        ("p", "（一）立项必要性。项目针对现有设施老化问题，属于本级事权，与其他项目不重复。得分18分（满分20分）。"),
        ("p", f"（二）投入经济性。{economy}得分16分（满分20分）。"),
        ("table", budget),
        ("p", "（三）绩效目标合理性。目标与实施内容对应，指标量化，可以考核。得分17分（满分20分）。"),
        ("p", "（四）实施方案可行性。实施计划具体，职责分工明确。得分17分（满分20分）。"),
        ("p", "（五）筹资合规性。资金来源渠道合规，财权与事权匹配，支持方式为直接支出。得分17分（满分20分）。"),
        ("p", f"（六）总体结论：综合评分85分，评估结论为予以支持，建议预算控制数{total}万元。"),
        ("p", "四、相关建议"),
        ("p", "建议按测算明细执行，严格控制单价，加强过程监控。"),
        ("p", "附件：项目绩效目标表"),
        ("table", goal),
        ("p", "评估单位：示例县财政局预算绩效管理股（示例）"),
        ("p", "2024年9月20日"),
        ("p", SUBMISSION),
    ]


def _clinic(subtotal: str) -> list[Element]:
    name = "示例县乡镇卫生院健康检查设备配备项目"
    budget = [_HEAD,
              ["一", "设备购置", "", "", "", subtotal, "小计"],
              ["1", "便携式B超", "14", "台", "26000", "36.40", "政府采购协议价"],
              ["2", "十二导联心电图机", "14", "台", "8500", "11.90", "政府采购协议价"],
              ["二", "村医培训", "", "", "", "13.92", "小计"],
              ["1", "培训费（420人次×1天）", "420", "人天", "300", "12.60", "县培训费标准"],
              ["", "其中：场地租赁", "2", "场", "3000", "0.60", "按上年实际"],
              ["2", "培训资料印制", "420", "套", "31.43", "1.32", "印刷询价"],
              ["合计", "", "", "", "", "62.22", ""],
              ["其中：县级财政补助", "", "", "", "", "50.00", ""],
              ["乡镇自筹", "", "", "", "", "12.22", ""]]
    goal = _goal_table(name, "62.22", "为14家乡镇卫生院配备便携式健康检查设备，开展村医培训420人次。",
                       ("配备设备卫生院数量", "14", "家"))
    return _report(name, "示例县卫生健康局",
                   "资金总额62.22万元，其中县级财政补助50.00万元、乡镇自筹12.22万元。",
                   "设备按政府采购协议价，培训按县培训费标准每人每天300元测算，测算明细见下表。", budget, goal, "62.22")


def budget_groups_clean() -> list[Element]:
    """L77: 一、设备购置 48.30 = 36.40 + 11.90, 二、村医培训 13.92 = 12.60 + 1.32 (the 其中：场地租赁 0.60 is inside
    the 12.60), 合计 62.22; under it 其中：县级财政补助 50.00 and 乡镇自筹 12.22."""
    return _clinic("48.30")


def budget_subtotal_wrong() -> list[Element]:
    """L77: the same table with the 设备购置 subtotal written 46.60 (its lines add up to 48.30); 合计 62.22 adds the
    lines, so the only wrong figure is the subtotal."""
    return _clinic("46.60")


def subject_by_source() -> list[Element]:
    """L78: 预算科目 × 资金来源; 28.80 = 21.60 + 4.80 + 2.40 by subject, = 24.00 + 4.80 by source."""
    name = "示例区农产品质量安全快速检测项目"
    budget = [["预算科目名称", "合计", "区级财政拨款", "上年结转"],
              ["1、材料费（检测试剂 9600批次×22.5元）", "21.60", "21.60", "0.00"],
              ["2、设备维护费（快检仪12台×4000元）", "4.80", "0.00", "4.80"],
              ["3、劳务费（抽样人员 160人天×150元）", "2.40", "2.40", "0.00"],
              ["经费支出合计", "28.80", "24.00", "4.80"]]
    goal = _goal_table(name, "28.80", "完成农产品快速检测9600批次。", ("快速检测批次", "9600", "批次"))
    return _report(name, "示例区农业农村局", "资金总额28.80万元，其中区级财政拨款24.00万元、上年结转4.80万元。",
                   "检测试剂单价按2024年三家供应商询价取中（每批次22.5元），设备维护按上年合同价每台4000元，抽样劳务按"
                   "本区劳务费标准每人天150元测算，预算表见下。", budget, goal, "28.80")


def funds_sentence_short() -> list[Element]:
    """L79: 资金总额96.00万元，其中区级财政拨款70.00万元、上年结转资金16.00万元 (86.00); the 测算表 adds up to 96.00."""
    name = "示例区中小学校园安防设备更新项目"
    budget = [_HEAD,
              ["1", "高清摄像机", "640", "台", "1000", "64.00", "网上商城成交均价"],
              ["2", "一键报警装置", "64", "套", "5000", "32.00", "网上商城成交均价"],
              ["合计", "", "", "", "", "96.00", ""]]
    goal = _goal_table(name, "96.00", "为全区32所中小学更新校园视频监控和一键报警设备。", ("更新安防设备学校数", "32", "所"))
    return _report(name, "示例区教育局", "资金总额96.00万元，其中区级财政拨款70.00万元、上年结转资金16.00万元。",
                   "设备单价按政府采购网上商城近三个月成交价均值测算，测算明细见下表。", budget, goal, "96.00")
