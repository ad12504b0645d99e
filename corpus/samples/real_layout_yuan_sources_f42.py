"""Goal sheets of the heldout20 class handled by fixer42 (LAYOUTS.md L105): funds in 元 under a banner with no total.

L105: "金额单位：元" above the form; the funds block is a banner "项目资金（元）" merged over two rows and several columns,
beside it "其中：财政资金 | 3600000.00" and "其他资金 | 400000.00" — the form has no cell for the total, which is the sum
of the sources beside the banner. The indicator table splits sign, value and unit ("指标性质（≥/≤/=/定性）| 指标值 |
计量单位 | 指标说明"), the cost in 元 ("≤ | 250000 | 元/公里"). The workbook variant puts the form on the second of
three worksheets: "封面" (申报单位, 申报日期, 目录), "绩效目标表" and "填报说明".

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import SAMPLE_NOTICE, DocModel, Grid, Para

PROJECT = "示例市2027年城镇老旧供水管网改造项目"
# 一级, 二级, 三级, 指标性质, 指标值, 计量单位, 指标说明
PIPE_ROWS = [
    ["产出指标", "数量指标", "改造老旧供水管网长度", "≥", "16", "公里", ""],
    ["产出指标", "数量指标", "更换智能水表", "≥", "2600", "只", "随管网改造同步更换"],
    ["产出指标", "质量指标", "管网工程验收合格率", "=", "100", "%", "第三方检测"],
    ["产出指标", "时效指标", "改造工程完工时间", "定性", "2027年11月底前完工", "", ""],
    ["产出指标", "成本指标", "{cost_name}", "≤", "{cost}", "{cost_unit}", "按市级造价指标"],
    ["效益指标", "社会效益指标", "改造片区供水漏损率", "≤", "10", "%", "反向指标"],
    ["效益指标", "可持续影响指标", "改造管网设计使用年限", "≥", "30", "年", ""],
    ["满意度指标", "服务对象满意度指标", "片区居民满意度", "≥", "90", "%", "问卷调查"],
]


_UNIT_COST = ("每公里管网改造成本", "250000", "元/公里")


def _form(fiscal: str, other: str, cost: tuple[str, str, str]) -> tuple[Grid, Grid]:
    g = Grid([2.2, 1.2, 1.2, 1.2, 2.2, 1.6, 1.6], role="header")
    g.add(["项目名称", (PROJECT, 6)], labels=(0,))
    g.add(["主管部门", ("示例市水务局", 3), "实施单位", ("示例市供排水服务中心", 2)], labels=(0, 4))
    g.add(["项目属性", ("新增项目", 3), "项目期限", ("2027年", 2)], labels=(0, 4))
    r = g.add([("项目资金（元）", 4), "其中：财政资金", (fiscal, 2)], labels=(0, 4))
    g.add([("", 4), "其他资金", (other, 2)], labels=(4,))
    # The banner is one box over both rows and the first four columns (no cell for the total).
    g.spans = [s for s in g.spans if s[:2] not in {(r, 0), (r + 1, 0)}] + [(r, 0, r + 1, 3)]
    g.add(["年度绩效目标", ("改造城区老旧供水管网16公里、更换智能水表2600只，降低片区供水漏损。", 6)], labels=(0,))
    ind = Grid([1.6, 2.0, 2.6, 1.2, 1.6, 1.2, 2.0], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标说明"], header=True)
    for row in PIPE_ROWS:
        ind.add([t.format(cost_name=cost[0], cost=cost[1], cost_unit=cost[2]) for t in row])
    return g, ind


def yuan_sources() -> DocModel:
    """L105: 财政资金 3600000.00 + 其他资金 400000.00 元 beside the banner, no total cell: 400万元 in all."""
    head, ind = _form("3600000.00", "400000.00", _UNIT_COST)
    title = "2027年度项目支出绩效目标申报表"
    return DocModel(title, [Para(title, "title"), Para(SAMPLE_NOTICE, "notice"), Para("金额单位：元", "right"), head, ind])


def yuan_sources_sheets(cost: tuple[str, str, str] = _UNIT_COST) -> DocModel:
    """L105 in a workbook of three worksheets: a cover sheet, the form, the filling notes. ``cost`` is the 成本指标's
    name, amount and unit (a total cost above the 4000000 元 the sources add up to is the defect)."""
    head, ind = _form("3600000.00", "400000.00", cost)
    cover = "项目支出绩效目标申报材料"
    blocks = [Para(cover, "title"), Para(SAMPLE_NOTICE, "notice"), Para("申报单位：示例市供排水服务中心（盖章）"),
              Para("申报日期：2026年11月18日"), Para("目录：一、绩效目标申报表；二、填报说明"),
              Para("绩效目标表", "sheet"), Para("2027年度项目支出绩效目标申报表", "title"), Para("金额单位：元", "right"),
              head, ind,
              Para("填报说明", "sheet"), Para("填报说明", "title"), Para("1. 金额单位为元，保留两位小数。"),
              Para("2. 指标性质填写≥、≤、=或定性；定性指标不填计量单位。"),
              Para("3. 本表由项目实施单位填报，主管部门审核后报财政部门。")]
    return DocModel(cover, blocks, sheet_name="封面")


def yuan_sources_sheets_over() -> DocModel:
    """The workbook whose cost indicator is "管网改造总成本 ≤ 4500000 元", more than the 4000000 元 of funds (GS-13)."""
    return yuan_sources_sheets(cost=("管网改造总成本", "4500000", "元"))
