"""Multi-year and continuing projects' goal sheets of the heldout18 classes handled by fixer37 (LAYOUTS.md L97–L98).

L97: the indicator table gives one value column per year, "2026年度指标值 | 2026年度实际完成值 | 2027年度指标值",
"指标值（2026年） | 指标值（2027年）", or a 实施期 column beside "2027年指标值"; the budget year's column is this year's
target, the others are context. L98: a rolling three-year table titled "（2027—2029年滚动）" whose 预算年度 row says
2027. Both carry a "实施期总体目标" row (the whole period's goal of a multi-year project).

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t

LONG_GOAL = "2025—2027年累计为全县72个行政村卫生室提供运行补助，乡村医生在岗率保持在95%以上。"
ANNUAL_GOAL = "对72个村卫生室按每个2万元给予运行补助，轮训乡村医生150人次，群众就医满意度达到90%。"


def _header(name: str, total: str, width: int, period: str = "2025年1月—2027年12月",
            long_goal: str = LONG_GOAL, annual_goal: str = ANNUAL_GOAL) -> Grid:
    """The header of a continuing project: period, funds, the 实施期总体目标 and the year's goal."""
    g = Grid([2.4, 3.0, 2.4, 3.0] + [1.4] * (width - 4), role="header")
    extra = width - 4
    g.add(["项目名称", (name, 3 + extra)], labels=(0,))
    g.add(["主管部门", "示例县卫生健康局", "实施单位", ("示例县基层卫生服务中心", 1 + extra)], labels=(0, 2))
    g.add(["项目属性", "延续项目", "项目期限", (period, 1 + extra)], labels=(0, 2))
    g.add(["项目资金（万元）", "资金总额", (total, 2 + extra)], labels=(0, 1))
    g.add(["", "其中：财政拨款", (total, 2 + extra)], labels=(1,))
    g.add(["", "其他资金", ("0", 2 + extra)], labels=(1,))
    g.vmerge(0, 3, 5)
    g.add(["实施期总体目标", (long_goal, 3 + extra)], labels=(0,))
    g.add(["年度绩效目标", (annual_goal, 3 + extra)], labels=(0,))
    return g


# 一级, 二级, 三级, 性质, 2026年度指标值, 2026年度实际完成值, 2027年度指标值, 单位
PRIOR_ROWS = [
    ["产出指标", "数量指标", "补助村卫生室数量", "=", "72", "72", "72", "个"],
    ["产出指标", "数量指标", "乡村医生轮训人次", "≥", "140", "151", "150", "人次"],
    ["产出指标", "质量指标", "基本药物配备达标率", "≥", "92", "94.5", "95", "%"],
    ["产出指标", "时效指标", "补助资金拨付时间", "≤", "2026年6月30日", "2026年6月20日", "2027年6月30日", ""],
    ["产出指标", "成本指标", "每个卫生室年补助标准", "=", "1.8", "1.8", "2", "万元/个"],
    ["效益指标", "社会效益指标", "村级基本医疗服务覆盖率", "≥", "90", "92.3", "92", "%"],
    ["效益指标", "可持续影响指标", "乡村医生在岗率", "≥", "95", "97.1", "96", "%"],
    ["满意度指标", "服务对象满意度指标", "群众就医满意度", "≥", "88", "91.6", "90", "%"],
]


def year_columns_prior(due: str = "2027年6月30日") -> DocModel:
    """L97: "指标性质 | 2026年度指标值 | 2026年度实际完成值 | 2027年度指标值 | 计量单位": last year's targets and results
    (2026 dates) beside this year's. ``due`` is the 2027 column's 时效 value (one in 2028 is the defect)."""
    g = _header("示例县村卫生室运行补助项目", "144", 8)
    ind = Grid([1.6, 2.0, 3.0, 1.0, 1.8, 1.8, 1.8, 1.2], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标性质", "2026年度指标值", "2026年度实际完成值", "2027年度指标值", "计量单位"],
            header=True)
    for row in PRIOR_ROWS:
        ind.add([*row[:6], due if row[2] == "补助资金拨付时间" else row[6], row[7]])
    return _t("示例县2027年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), g, ind)


def year_columns_prior_late() -> DocModel:
    """The same sheet whose 2027 column sets the payment for "2028年3月31日", after the budget year."""
    return year_columns_prior(due="2028年3月31日")


def year_columns_bracket() -> DocModel:
    """L97: "指标值（2026年） | 指标值（2027年）": the year in brackets after the column name, last year first."""
    g = _header("示例县村卫生室运行补助项目", "144", 6)
    ind = Grid([1.6, 2.0, 3.0, 1.8, 1.8, 1.2], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标值（2026年）", "指标值（2027年）", "计量单位"], header=True)
    for row in PRIOR_ROWS:
        sign = row[3] if row[3] != "≤" or "年" not in row[4] else ""
        ind.add([*row[:3], f"{sign}{row[4]}", f"{sign}{row[6]}", row[7]])
    return _t("示例县2027年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), g, ind)


def year_columns_unmatched() -> DocModel:
    """L97: a 2027 sheet whose value columns are headed "2025年度指标值 | 2026年度指标值" (no column of 2027): the
    years do not match, which column is this year's is not certain (GS-10 warning, no error on the 2026 dates)."""
    g = _header("示例县村卫生室运行补助项目", "144", 6)
    ind = Grid([1.6, 2.0, 3.0, 1.8, 1.8, 1.2], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "2025年度指标值", "2026年度指标值", "计量单位"], header=True)
    for row in PRIOR_ROWS:
        sign = row[3] if "年" not in row[4] else "≤"
        old = row[4].replace("2026年", "2025年")
        ind.add([*row[:3], f"{sign}{old}", f"{sign}{row[4]}", row[7]])
    return _t("示例县2027年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), g, ind)


# 一级, 二级, 三级, 实施期指标值, 2026年完成值, 2027年指标值, 单位
PERIOD_ROWS = [
    ["产出指标", "数量指标", "改造农村户厕", "≥3000", "1020", "≥1000", "户"],
    ["产出指标", "质量指标", "改厕验收合格率", "100", "100", "100", "%"],
    ["产出指标", "时效指标", "年度改厕任务完成时间", "2027年11月底前", "2026年11月12日", "2027年11月底前", ""],
    ["产出指标", "成本指标", "户均改厕补助", "≤0.3", "0.3", "≤0.3", "万元/户"],
    ["效益指标", "生态效益指标", "农村卫生厕所普及率", "≥85", "78.4", "≥81", "%"],
    ["满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90", "93.2", "≥90", "%"],
]


def period_and_year_column() -> DocModel:
    """L97: "实施期指标值 | 2026年完成值 | 2027年指标值 | 计量单位": the whole period's target, last year's result and
    this year's target in one row; the 实施期 column ends in 2027 too (a three-year project in its last year)."""
    goal = "2027年改造农村户厕1000户，农村卫生厕所普及率达到81%。"
    g = _header("示例县农村户厕改造项目", "300", 7,
                long_goal="2025—2027年累计改造农村户厕3000户，农村卫生厕所普及率达到85%。", annual_goal=goal)
    ind = Grid([1.6, 2.0, 3.0, 1.8, 1.8, 1.8, 1.2], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "实施期指标值", "2026年完成值", "2027年指标值", "计量单位"], header=True)
    for row in PERIOD_ROWS:
        ind.add(row)
    return _t("示例县2027年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), g, ind)


# 一级, 二级, 三级, 单位, 2027, 2028, 2029
ROLLING_ROWS = [
    ["产出指标", "数量指标", "公共自行车站点运维数量", "个", "≥120", "≥135", "≥150"],
    ["产出指标", "质量指标", "车辆完好率", "%", "≥95", "≥95", "≥96"],
    ["产出指标", "时效指标", "年度运维考核完成时间", "", "2027年12月底前", "2028年12月底前", "2029年12月底前"],
    ["产出指标", "成本指标", "单个站点年运维费用", "万元/个", "≤1.5", "≤1.5", "≤1.45"],
    ["效益指标", "社会效益指标", "日均骑行人次", "人次", "≥6000", "≥6500", "≥7000"],
    ["满意度指标", "服务对象满意度指标", "市民骑行满意度", "%", "≥90", "≥90", "≥91"],
]


def rolling_budget_year(due: str = "2027年12月底前") -> DocModel:
    """L98: a rolling three-year table titled "（2027—2029年滚动）", the next row "预算年度：2027年", funds and
    indicator values in 2027 | 2028 | 2029 columns; the later years' dates fall in their own years. ``due`` is the
    2027 column's 时效 value (one in 2028 is the defect)."""
    title = "示例市项目支出绩效目标表（2027—2029年滚动）"
    g = Grid([2.4, 3.0, 2.4, 1.8, 1.8, 1.8, 1.4], role="header")
    g.add([("预算年度：2027年", 4), ("金额单位：万元", 3)])
    g.add(["项目名称", ("示例市公共自行车运营维护项目", 6)], labels=(0,))
    g.add(["主管部门", ("示例市交通运输局", 2), "实施单位", ("示例市公共交通服务中心", 3)], labels=(0, 3))
    g.add(["项目属性", ("延续项目", 2), "项目期限", ("2027年1月—2029年12月", 3)], labels=(0, 3))
    g.add([("资金情况", 3), "2027年", "2028年", "2029年", "合计"], header=True)
    g.add([("资金总额", 3), "180", "202", "218", "600"], labels=(0,))
    g.add([("其中：财政拨款", 3), "180", "202", "218", "600"], labels=(0,))
    g.add(["实施期总体目标", ("2027—2029年公共自行车站点由120个增至150个，日均骑行达到7000人次。", 6)], labels=(0,))
    g.add(["年度绩效目标", ("2027年运维站点120个，车辆完好率95%以上，日均骑行6000人次。", 6)], labels=(0,))
    ind = Grid([1.6, 2.0, 3.0, 1.2, 1.8, 1.8, 1.8], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "计量单位", "2027年指标值", "2028年指标值", "2029年指标值"], header=True)
    for row in ROLLING_ROWS:
        ind.add([*row[:4], due if "时间" in row[2] else row[4], *row[5:]])
    return _t(title, g, ind)


def rolling_budget_year_late() -> DocModel:
    """The same rolling table whose 2027 column sets the year's check for "2028年3月底前"."""
    return rolling_budget_year(due="2028年3月底前")
