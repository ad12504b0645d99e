"""Layout of the heldout10 department-sheet class (LAYOUTS.md L63): a 部门整体支出绩效目标表 in one big table whose
funds are "总体资金情况（万元）" merged down the first column, "收入构成" / "支出构成" merged down the second, the item
(财政拨款, 其他资金, 合计 / 基本支出, 项目支出, 合计) in the third and its amount in the fourth, with no
"当年金额" header row; then 部门职能概述, 年度主要任务, 年度总体目标 and the indicators.

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t

_GOAL = "完成不动产登记窗口服务改造，全年办理登记业务1.2万件，完成耕地保护巡查覆盖全部乡镇。"


_INDICATORS = [["产出指标", "数量指标", "不动产登记业务办理件数", "≥12000件"],
               ["产出指标", "数量指标", "耕地保护巡查覆盖乡镇数", "=9个"],
               ["产出指标", "质量指标", "登记差错率", "≤0.5%"],
               ["产出指标", "时效指标", "村庄规划编制完成时间", "2025年11月底前"],
               ["产出指标", "成本指标", "每件登记业务平均成本", "≤125元"],
               ["效益指标", "社会效益指标", "耕地保有量", "≥38万亩"],
               ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥92%"]]


def department_merged_sides(income_total: str = "1180", goal: str = _GOAL, one_table: bool = False) -> DocModel:
    """``one_table``: the indicators continue the same table under a "年度绩效指标" cell merged down the first column."""
    g = Grid([2.6, 1.8, 2.2, 1.8, 2.4], role="header")
    g.add(["部门（单位）名称", ("示例县自然资源和规划局", 2), "填报日期", "2025年10月20日"], labels=(0, 3))
    first = len(g.rows)
    for side, items in (("收入构成", [("财政拨款", "1100"), ("其他资金", "80"), ("合计", income_total)]),
                        ("支出构成", [("基本支出", "820"), ("项目支出", "360"), ("合计", "1180")])):
        top = len(g.rows)
        for item, amount in items:
            g.add(["总体资金情况（万元）", side, item, amount, ""], labels=(0, 1, 2))
        g.vmerge(1, top, top + 2)
    g.vmerge(0, first, first + 5)
    g.add(["部门职能概述", ("负责全县自然资源调查监测、国土空间规划、耕地保护和不动产登记。", 4)], labels=(0,))
    tasks = g.add(["年度主要任务", "任务名称", "主要内容", ("预算金额（万元）", 2)], labels=(0, 1, 2, 3))
    for name, content, amount in (("不动产登记服务", "登记窗口改造和系统运维", "150"),
                                  ("耕地保护巡查", "乡镇耕地动态巡查", "120"),
                                  ("国土空间规划编制", "村庄规划编制", "90")):
        g.add(["", name, content, (amount, 2)])
    g.vmerge(0, tasks, tasks + 3)
    g.add(["年度总体目标", (goal, 4)], labels=(0,))
    if one_table:
        top = g.add(["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"], labels=(0, 1, 2, 3, 4))
        for row in _INDICATORS:
            g.add(["", *row])
        g.vmerge(0, top, top + len(_INDICATORS))
        return _t("2025年度部门整体支出绩效目标表", g)
    ind = Grid([1.8, 2.2, 3.4, 1.6], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标值"], header=True)
    for row in _INDICATORS:
        ind.add(row)
    return _t("2025年度部门整体支出绩效目标表", g, Para("年度绩效指标", "heading"), ind)


def department_merged_sides_mismatch() -> DocModel:
    """The same sheet with the 收入 合计 written as 1230 against 1100 + 80."""
    return department_merged_sides(income_total="1230")


def department_merged_sides_blank_goal() -> DocModel:
    """The one-table form of the same sheet with the 年度总体目标 row left empty."""
    return department_merged_sides(goal="", one_table=True)
