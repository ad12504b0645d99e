"""Layouts of the heldout15 severity classes handled by fixer33 (LAYOUTS.md L83–L85): the wording of indicator values
where the text alone decides the defect.

- L83: town sheet, "一级 | 二级 | 三级 | 指标值 | 备注", sign and unit written in the value cell ("≥300户"), the 备注
  column often empty (nanyue.gov.cn 2018 扶贫 sheet; tongxin.gov.cn 下马关镇 notice with "生态修复功能提高" values);
- L84: "指标类型（定量/定性） | 计算符号 | 指标值 | 计量单位 | 评价依据" with the cost row written as text;
- L85: "指标性质 | 指标值 | 度量单位 | 分值" annual table of a city sheet.

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t


def _header(name: str, department: str, implementer: str, total: str, goal: str) -> Grid:
    g = Grid([2.4, 3.0, 2.4, 3.0], role="header")
    g.add(["项目名称", (name, 3)], labels=(0,))
    g.add(["主管部门", department, "实施单位", implementer], labels=(0, 2))
    g.add(["资金情况（万元）", "年度资金总额", (total, 2)], labels=(0, 1))
    g.add(["", "其中：财政拨款", (total, 2)], labels=(1,))
    g.add(["", "其他资金", ("0", 2)], labels=(1,))
    g.vmerge(0, 2, 4)
    g.add(["年度目标", (goal, 3)], labels=(0,))
    return g


# ---- L83: town sheet, value with sign and unit in one cell, 备注 column ----

def town_joined(income: str = "≥600元", income_note: str = "依据农户收入台账", saving: str = "≥12万元") -> DocModel:
    """A 2026 town sheet: sign, number and unit in the value cell, a 备注 column giving the source of each row."""
    g = _header("示例镇食用菌产业扶持项目", "示例镇人民政府", "示例镇农业综合服务中心", "45",
                "2026年扶持建设食用菌大棚30个，带动120户农户参与种植，户均增收600元以上。")
    ind = Grid([1.6, 2.0, 3.4, 2.0, 3.0], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标值", "备注"], header=True)
    for row in (["产出指标", "数量指标", "扶持建设食用菌大棚数量", "≥30个", "依据年度实施方案"],
                ["产出指标", "数量指标", "带动参与种植农户数", "≥120户", "依据农户名册"],
                ["产出指标", "质量指标", "大棚建设验收合格率", "≥98%", "依据验收记录"],
                ["产出指标", "时效指标", "大棚建成时间", "≤2026年9月30日", "依据年度工作计划"],
                ["产出指标", "成本指标", "单个大棚补助标准", "≤1.5万元/个", "依据镇补助办法"],
                ["效益指标", "经济效益指标", "参与农户户均增收", income, income_note],
                ["效益指标", "经济效益指标", "年节约菌种采购支出", saving, "依据合作社账目"],
                ["满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "依据问卷调查"]):
        ind.add(row)
    return _t("2026年度项目支出绩效目标表", Para("单位：万元", "right"), g, Para("绩效指标", "heading"), ind)


def town_vague_change() -> DocModel:
    """The same sheet with the income row written "进一步提升" and its 备注 left empty: no number, no grading."""
    return town_joined(income="进一步提升", income_note="")


def town_past_figure() -> DocModel:
    """The same sheet with the saving row written as a result already reached: "已完成12万元"."""
    return town_joined(saving="已完成12万元")


# ---- L84: 定量/定性 type column + 计算符号, cost row in words ----

def typed_cost_words(total_cost: tuple[str, str, str, str, str] = ("定量", "≤", "45", "万元", "依据预算批复"),
                     unit_cost: tuple[str, str, str, str, str] | None = None,
                     benefit: tuple[str, str, str] = ("受益群众健身参与人次", "20000", "人次"),
                     satisfaction: str = "健身群众满意度") -> DocModel:
    """A 2026 district sheet with 指标类型 (定量/定性), 计算符号, 指标值, 计量单位 and 评价依据 columns."""
    g = _header("示例区全民健身器材更新项目", "示例区文化和旅游体育局", "示例区全民健身服务中心", "45",
                "2026年更新全民健身路径器材60套，全年巡检维护不少于12次，方便群众就近健身。")
    ind = Grid([1.5, 1.8, 3.0, 1.3, 1.1, 1.3, 1.2, 2.6], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标类型", "计算符号", "指标值", "计量单位", "评价依据"], header=True)
    rows = [["产出指标", "数量指标", "更新健身路径器材数量", "定量", "≥", "60", "套", "依据年度实施方案"],
            ["产出指标", "质量指标", "器材安装验收合格率", "定量", "≥", "98", "%", "依据验收记录"],
            ["产出指标", "时效指标", "器材安装完成时间", "定量", "≤", "2026年10月31日", "", "依据年度工作计划"],
            ["产出指标", "成本指标", "项目总成本", *total_cost]]
    if unit_cost is not None:
        rows.append(["产出指标", "成本指标", "单套器材更新成本", *unit_cost])
    name, value, unit = benefit
    rows += [["效益指标", "社会效益指标", name, "定量", "≥", value, unit, "依据站点登记"],
             ["效益指标", "可持续影响指标", "器材巡检维护次数", "定量", "≥", "12", "次", "依据巡检记录"],
             ["满意度指标", "服务对象满意度指标", satisfaction, "定量", "≥", "90", "%", "依据问卷调查"]]
    for row in rows:
        ind.add(row)
    return _t("2026年项目支出绩效目标申报表", Para("金额单位：万元", "right"), g, Para("绩效指标", "heading"), ind)


def typed_cost_formula_only() -> DocModel:
    """The cost row is the only cost content and says only "不超预算" (定性): the cost target cannot be checked."""
    return typed_cost_words(total_cost=("定性", "", "不超预算", "", "依据预算批复"))


def typed_cost_formula_beside_amount() -> DocModel:
    """"项目总成本 | 定性 | 不超预算" beside a unit cost with an amount: the formula is weak, the sheet still has a cost."""
    return typed_cost_words(total_cost=("定性", "", "不超预算", "", "依据预算批复"),
                            unit_cost=("定量", "≤", "0.75", "万元/套", "依据市场询价"))


def typed_misfiled() -> DocModel:
    """预算执行率 as a 社会效益 and a document check as the satisfaction row: both certainly misfiled."""
    return typed_cost_words(benefit=("项目资金预算执行率", "95", "%"), satisfaction="器材验收资料审核合格率")


# ---- L85: city sheet, 指标性质 | 指标值 | 度量单位 | 分值 ----

def scored_annual(service: tuple[str, str, str] = ("≤", "2026年12月31日", ""),
                  coverage: tuple[str, str, str] = ("≥", "95", "%")) -> DocModel:
    """A 2026 city sheet with a 分值 column; the 可持续影响 row says what lasts ("长期稳定运行"), a state, not a date."""
    g = _header("示例市社区智慧安防平台运维项目", "示例市公安局", "示例市公安局科技信息化支队", "260",
                "2026年完成480个小区安防设备接入平台，保障平台全年稳定运行，小区可防性案件同比下降。")
    ind = Grid([1.5, 1.8, 3.2, 1.2, 2.2, 1.2, 0.8], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "分值"], header=True)
    for row in (["产出指标", "数量指标", "接入平台小区数量", "≥", "480", "个", "15"],
                ["产出指标", "质量指标", "小区安防设备接入覆盖率", *coverage, "15"],
                ["产出指标", "时效指标", "平台运维服务截止时间", *service, "10"],
                ["产出指标", "成本指标", "单个小区年运维成本", "≤", "0.5", "万元/个", "10"],
                ["效益指标", "社会效益指标", "小区可防性案件同比下降", "≥", "10", "%", "20"],
                ["效益指标", "可持续影响指标", "平台运行状态", "定性", "长期稳定运行", "", "10"],
                ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥", "90", "%", "10"]):
        ind.add(row)
    return _t("2026年度项目支出绩效目标表", Para("单位：万元", "right"), g, Para("年度绩效指标", "heading"), ind)


def scored_long_deadline() -> DocModel:
    """The 时效 row of the year's table written "= 长期": no date or limit within 2026."""
    return scored_annual(service=("=", "长期", ""))


def scored_rate_count_unit() -> DocModel:
    """A coverage rate measured in 个 ("覆盖率 ≥ 480 个"): name and unit contradict each other."""
    return scored_annual(coverage=("≥", "480", "个"))
