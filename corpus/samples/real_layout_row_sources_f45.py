"""Goal sheets of the heldout23 class handled by fixer45 (LAYOUTS.md L107): the fund sources written across one row
with their 合计 last, and an indicator table with a 指标值确定依据 column.

L107: "项目资金（万元）" merged down over two rows beside the headings "本级财政 | 上级补助 | 单位自筹 | 合计" and the
amounts under them; the year's total is the amount under 合计, the other amounts are the sources. Variants: a clean
sheet, a 合计 that is not the sum of the sources (GS-02 error) and a cost target above the 合计 (GS-13).

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import SAMPLE_NOTICE, DocModel, Grid, Para

PROJECT = "示例县城乡社区日间照料中心改造项目"
# 一级, 二级, 三级, 指标值, 指标值确定依据
CARE_ROWS = [
    ["产出指标", "数量指标", "改造日间照料中心", "≥14个", "计划标准：县养老服务设施布局方案"],
    ["产出指标", "质量指标", "改造工程验收合格率", "=100%", "行业标准：建筑工程施工质量验收统一标准"],
    ["产出指标", "时效指标", "改造完成时间", "2027年9月底前", "计划标准：年度工作计划"],
    ["产出指标", "成本指标", "{cost_name}", "{cost}", "历史标准：上年同类改造结算"],
    ["效益指标", "社会效益指标", "日均服务老年人人次", "≥600人次", "历史标准：上年日均服务量"],
    ["效益指标", "可持续影响指标", "照料中心持续运营年限", "≥5年", "其他标准：运营协议约定"],
    ["满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥90%", "行业标准：民政服务满意度调查"],
]
_UNIT_COST = ("单个照料中心平均改造成本", "≤15万元/个")
# Above the 合计 of 180 万元 (GS-13).
_TOTAL_COST = ("照料中心改造总成本", "≤240万元")


def _form(amounts: tuple[str, str, str, str], cost: tuple[str, str]) -> tuple[Grid, Grid]:
    """``amounts``: 本级财政, 上级补助, 单位自筹, 合计 as written in the amounts row."""
    g = Grid([2.2, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4], role="header")
    g.add(["项目名称", (PROJECT, 6)], labels=(0,))
    g.add(["主管部门", ("示例县民政局", 2), "实施单位", ("示例县养老服务指导中心", 3)], labels=(0, 3))
    g.add(["项目属性", ("新增项目", 6)], labels=(0,))
    r = g.add(["项目资金（万元）", "本级财政", "上级补助", "单位自筹", ("合计", 3)], labels=(0,))
    g.add(["", *amounts[:3], (amounts[3], 3)])
    g.vmerge(0, r, r + 1)
    g.add(["年度绩效目标", ("改造城乡社区日间照料中心14个，9月底前投入运营，日均服务老年人600人次以上。", 6)],
          labels=(0,))
    ind = Grid([1.6, 2.0, 2.8, 1.8, 3.2], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"], header=True)
    for row in CARE_ROWS:
        ind.add([t.format(cost_name=cost[0], cost=cost[1]) for t in row])
    return g, ind


def _doc(amounts: tuple[str, str, str, str], cost: tuple[str, str] = _UNIT_COST) -> DocModel:
    head, ind = _form(amounts, cost)
    title = "项目支出绩效目标表（2027年度）"
    return DocModel(title, [Para(title, "title"), Para(SAMPLE_NOTICE, "notice"), Para("单位：万元", "right"), head, ind,
                            Para("注：指标值确定依据填写计划标准、行业标准、历史标准或其他标准。", "body")])


def row_sources_clean() -> DocModel:
    """L107: 本级财政 120 + 上级补助 50 + 单位自筹 10 = 合计 180: the total is the 合计 column."""
    return _doc(("120.00", "50.00", "10.00", "180.00"))


def row_sources_mismatch() -> DocModel:
    """The same form whose 合计 (180) is not the sources' sum 120 + 45 + 0 = 165 (GS-02 error)."""
    return _doc(("120.00", "45.00", "0.00", "180.00"))


def row_sources_cost_over() -> DocModel:
    """The same form with a total cost target "≤240万元" above the 合计 of 180 万元 (GS-13)."""
    return _doc(("120.00", "50.00", "10.00", "180.00"), _TOTAL_COST)


# ---- L107 (second class of fixer45): a one-header-row export, one row per indicator --------------------------------
EXPORT_HEAD = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
               "度量单位", "权重", "指标方向性"]
EXPORT_ROWS = [
    ["产出指标", "数量指标", "开展社区健康讲座场次", "≥", "48", "场", "15", "正向指标"],
    ["产出指标", "质量指标", "讲座参与居民覆盖率", "≥", "80", "%", "15", "正向指标"],
    ["产出指标", "时效指标", "年度讲座完成时间", "≤", "11", "月", "10", "反向指标"],
    ["成本指标", "经济成本指标", "每场讲座平均成本", "≤", "2500", "元/场", "20", "反向指标"],
    ["效益指标", "社会效益指标", "居民健康知识知晓率", "≥", "85", "%", "20", "正向指标"],
    ["满意度指标", "服务对象满意度指标", "参与居民满意度", "≥", "90", "%", "20", "正向指标"],
]
EXPORT_PROJECT = "2027年社区居民健康素养促进讲座"


def single_header_export() -> DocModel:
    """One header row over one row per indicator, the unit, project, budget and goal repeated in each row: the
    project's name is the 项目名称 column's value (the same in every row)."""
    g = Grid([1.6, 2.4, 1.4, 2.6, 1.2, 1.4, 2.2, 0.8, 0.9, 0.9, 0.7, 1.2], role="indicators")
    g.add(EXPORT_HEAD, header=True)
    for row in EXPORT_ROWS:
        g.add(["示例区卫生健康局", EXPORT_PROJECT, "120,000.00", "全年开展社区健康讲座48场，居民健康知识知晓率达到85%以上",
               *row])
    title = "部门预算项目绩效目标申报表（2027年度）"
    return DocModel(title, [Para(title, "title"), Para(SAMPLE_NOTICE, "notice"), Para("金额单位：元", "right"), g])


# ---- L107 (third class of fixer45): the annual block's header at the foot of a page, its rows on the next ------------
_LONG_ROWS = [
    ["产出指标", "数量指标", ("三年完成农村危旧桥梁改造", 2), "≥18座", ""],
    ["效益指标", "社会效益指标", ("群众出行安全隐患消除率", 2), "≥95%", ""],
    ["满意度指标", "服务对象满意度指标", ("沿线群众满意度", 2), "≥90%", ""],
]
_ANNUAL_ROWS = [
    ["产出指标", "数量指标", "本年度改造危旧桥梁", "≥6座", ""],
    ["产出指标", "质量指标", "桥梁改造工程验收合格率", "=100%", ""],
    ["产出指标", "时效指标", "年度改造任务完成时间", "2027年10月底前", ""],
    ["成本指标", "经济成本指标", "单座桥梁平均改造成本", "≤45万元/座", "按施工图预算"],
    ["效益指标", "社会效益指标", "改造桥梁年通行车辆", "≥12万辆次", ""],
    ["效益指标", "可持续影响指标", "改造桥梁设计使用年限", "≥30年", ""],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "年底问卷"],
]


def annual_header_page_break() -> DocModel:
    """The 长期 block and the 年度 block's header (指标内容 merged over two columns) end page 1; the 年度 rows follow on
    page 2 in a table one column narrower (指标内容 in one column): all seven annual rows are read."""
    g = Grid([2.0, 2.2, 2.2, 1.6, 1.8, 1.8], role="header")
    g.add(["项目名称", ("示例乡农村危旧桥梁改造项目", 2), "项目属性", ("延续项目", 2)], labels=(0, 3))
    g.add(["主管部门", ("示例县示例乡人民政府", 2), "项目单位", ("示例乡村镇建设服务中心", 2)], labels=(0, 3))
    g.add(["项目起止时间", ("2026年1月—2028年12月", 5)], labels=(0,))
    g.add(["资金总额及构成", ("总额270.00万元 一、财政拨款：250.00万元（其中：上级财政资金：200.00万元；本级财政：50.00万元）"
                        " 二、自有资金：0.00万元 三、其他：20.00万元", 5)], labels=(0,))
    r = g.add(["项目绩效目标", ("长期目标", 2), ("年度目标", 3)], labels=(0,))
    g.add(["", ("三年改造农村危旧桥梁18座", 2), ("2027年改造危旧桥梁6座，10月底前完工", 3)])
    g.vmerge(0, r, r + 1)
    g.add([("长期绩效指标", 6)])
    g.add(["一级指标", "二级指标", ("指标内容", 2), "指标值", "备注"], header=True)
    for row in _LONG_ROWS:
        g.add(row)
    g.add([("年度绩效指标", 6)])
    g.add(["一级指标", "二级指标", ("指标内容", 2), "指标值", "备注"], header=True)
    rest = Grid([2.0, 2.2, 4.4, 1.8, 1.8], role="indicators")
    for row in _ANNUAL_ROWS:
        rest.add(row)
    title = "项目绩效目标表"
    return DocModel(title, [Para(title, "title"), Para("（2027年度）", "right"), Para(SAMPLE_NOTICE, "notice"),
                            Para("填报单位（盖章）：示例县示例乡人民政府", "body"), g, Para("第 1 页，共 2 页", "small"),
                            rest, Para("第 2 页，共 2 页", "small")])
