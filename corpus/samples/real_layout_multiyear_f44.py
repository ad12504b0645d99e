"""Goal sheets of the heldout22 class handled by fixer44 (LAYOUTS.md L106): a multi-year project's form with its whole
budget, a by-year budget row and the year's own funds row; a finished-work value in a target cell.

L106: "项目起止年限 | 2026年至2028年 | 项目总预算（万元） | 2400.00", under it "分年度预算（万元） | 2026年 | 2027年 |
2028年 | 合计" over the amounts "700.00 | 900.00 | 800.00 | 2400.00", then "当年资金总额 | 900.00 | 其中：财政拨款 |
800.00 | 其他资金 | 100.00"; 实施期目标 and 年度目标 rows; indicator columns "实施期指标值 | 年度指标值 | 计量单位 |
指标值说明". The year's funds are the 当年资金总额 row (900), not the project's budget (2400). Variants: no 当年资金总额 row
(the 2027 column of the by-year row is the year's total), and neither row (the year's funds cannot be told: GS-02 is a
warning). A separate single-year sheet writes a benefit target as done work ("已整改隐患点28处", GS-15).

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import SAMPLE_NOTICE, DocModel, Grid, Para

PROJECT = "示例县城区排涝设施提升项目（2026—2028年）"
# 一级, 二级, 三级, 实施期指标值, 年度指标值, 计量单位, 指标值说明
DRAIN_ROWS = [
    ["产出指标", "数量指标", "新建雨水管网", "≥30", "≥12", "公里", ""],
    ["产出指标", "数量指标", "消除城区易涝积水点", "≥18", "≥7", "处", "按住建部门易涝点清单"],
    ["产出指标", "质量指标", "排涝工程验收合格率", "=100", "=100", "%", ""],
    ["产出指标", "时效指标", "年度建设任务完成时间", "2028年10月底前", "2027年10月底前", "", "汛期前完成主体"],
    ["产出指标", "成本指标", "{cost_name}", "{cost_long}", "{cost}", "{cost_unit}", "按初步设计概算"],
    ["效益指标", "社会效益指标", "汛期城区主干道积水时长", "≤2", "≤3", "小时", "反向指标"],
    ["效益指标", "可持续影响指标", "排涝设施设计使用年限", "≥30", "≥30", "年", ""],
    ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90", "≥90", "%", "入户问卷"],
]
_UNIT_COST = ("雨水管网每公里综合造价", "≤55", "≤55", "万元/公里")
# The 年度 column copies the whole period's figure: 2400 万元 above the year's 900 万元 (GS-13).
_TOTAL_COST = ("排涝工程总投资", "≤2400", "≤2400", "万元")


def _form(funds: str, cost: tuple[str, str, str, str]) -> tuple[Grid, Grid]:
    """``funds``: "both" (by-year row and 当年资金总额 row), "schedule" (by-year row only), "none" (neither)."""
    g = Grid([2.4, 1.3, 1.3, 1.3, 1.4, 1.3, 1.6], role="header")
    g.add(["项目名称", (PROJECT, 6)], labels=(0,))
    g.add(["主管部门", ("示例县住房和城乡建设局", 2), "实施单位", ("示例县市政设施管理所", 3)], labels=(0, 3))
    g.add(["项目起止年限", ("2026年至2028年", 2), "项目总预算（万元）", ("2400.00", 3)], labels=(0, 3))
    if funds in {"both", "schedule"}:
        r = g.add(["分年度预算（万元）", "2026年", "2027年", "2028年", ("合计", 3)], labels=(0,))
        g.add(["", "700.00", "900.00", "800.00", ("2400.00", 3)])
        g.vmerge(0, r, r + 1)
    if funds == "both":
        g.add(["当年资金总额", "900.00", "其中：财政拨款", "800.00", "其他资金", ("100.00", 2)], labels=(0, 2, 4))
    else:
        g.add(["其中：财政拨款", ("800.00", 2), "其他资金", ("100.00", 3)], labels=(0, 3))
    g.add(["实施期目标", ("三年新建雨水管网30公里、消除城区易涝积水点18处，主干道汛期积水时长控制在2小时以内。", 6)],
          labels=(0,))
    g.add(["年度目标", ("2027年新建雨水管网12公里、消除易涝积水点7处，10月底前完成年度建设任务。", 6)], labels=(0,))
    ind = Grid([1.6, 2.0, 2.6, 1.4, 1.4, 1.2, 2.0], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位", "指标值说明"], header=True)
    for row in DRAIN_ROWS:
        ind.add([t.format(cost_name=cost[0], cost_long=cost[1], cost=cost[2], cost_unit=cost[3]) for t in row])
    return g, ind


def _doc(funds: str, cost: tuple[str, str, str, str] = _UNIT_COST) -> DocModel:
    head, ind = _form(funds, cost)
    title = "2027年度多年度项目支出绩效目标表"
    return DocModel(title, [Para(title, "title"), Para(SAMPLE_NOTICE, "notice"), Para("金额单位：万元", "right"), head, ind])


def multiyear_year_row() -> DocModel:
    """L106: 项目总预算 2400, by-year row 700/900/800, 当年资金总额 900 = 800 + 100: the year's funds are 900."""
    return _doc("both")


def multiyear_year_row_over() -> DocModel:
    """The same form whose 年度 cost column copies "排涝工程总投资 ≤2400 万元", above the year's 900 万元 (GS-13)."""
    return _doc("both", _TOTAL_COST)


def multiyear_schedule_only() -> DocModel:
    """No 当年资金总额 row: the 2027 column of the by-year row (900) is the year's total, sources 800 + 100."""
    return _doc("schedule")


def multiyear_total_only() -> DocModel:
    """Only 项目总预算 2400 and this year's sources 800 + 100: which figure is the year's cannot be told (GS-02 warning)."""
    return _doc("none")


def done_work_value() -> DocModel:
    """A single-year sheet whose 社会效益 target is written as done work: "已整改隐患点28处" (GS-15)."""
    g = Grid([2.2, 1.4, 1.4, 1.4, 1.4, 1.6], role="header")
    g.add(["项目名称", ("示例区2027年老旧小区消防安全隐患整治项目", 5)], labels=(0,))
    g.add(["主管部门", ("示例区应急管理局", 2), "实施单位", ("示例区消防安全服务中心", 2)], labels=(0, 3))
    g.add(["项目属性", ("新增项目", 2), "项目期限", ("2027年1月至12月", 2)], labels=(0, 3))
    g.add(["年度资金总额", "186.00", "其中：财政拨款", "186.00", "其他资金", "0.00"], labels=(0, 2, 4))
    g.add(["年度目标", ("整治40个老旧小区消防通道和电动车充电隐患，年底前完成整改验收。", 5)], labels=(0,))
    ind = Grid([1.6, 2.0, 2.8, 1.8, 2.0], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标值", "备注"], header=True)
    for row in [
        ["产出指标", "数量指标", "整治老旧小区", "≥40个", ""],
        ["产出指标", "数量指标", "新建集中充电车棚", "≥25处", ""],
        ["产出指标", "质量指标", "整治工程验收合格率", "=100%", ""],
        ["产出指标", "时效指标", "整治完成时间", "2027年11月底前", ""],
        ["产出指标", "成本指标", "单个小区平均整治成本", "≤4.5万元/个", "参照上年结算"],
        ["效益指标", "社会效益指标", "小区消防安全隐患整改数量", "已整改隐患点28处", ""],
        ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", ""],
    ]:
        ind.add(row)
    title = "2027年度项目支出绩效目标申报表"
    return DocModel(title, [Para(title, "title"), Para(SAMPLE_NOTICE, "notice"), Para("金额单位：万元", "right"), g, ind])
