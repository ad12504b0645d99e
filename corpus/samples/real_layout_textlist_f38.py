"""A budget-disclosure table with the whole indicator list in one 绩效目标 cell (LAYOUTS.md L104), fixer38.

"单位编码 | 单位名称（项目类别/支出项目） | 年度预算安排（元） | 项目内容 | 绩效目标": one row for the unit, one per project;
the 绩效目标 cell writes "【项目概况】：…【总体目标】…【产出指标-数量指标】指标1：名称（≥77台）指标2：…", amounts in 元.

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t

# (【一级-二级】, 名称, 指标值)
TEXT_ROWS = [
    ("产出指标-数量指标", "更新业务技术用房机柜数量", "≥40台"),
    ("产出指标-数量指标", "更新交换机数量", "≥16台"),
    ("产出指标-质量指标", "设备验收合格率", "100%"),
    ("产出指标-时效指标", "设备上线运行时间", "2027年10月底前"),
    ("产出指标-成本指标", "机房设备更新成本", "<{cost}元"),
    ("效益指标-社会效益指标", "公安业务网络运行保障", "正面支撑"),
    ("效益指标-可持续影响指标", "机房设备使用年限", "≥8年"),
    ("满意度指标-服务对象满意度指标", "一线民警满意度", "≥90%"),
]


def _goal_cell(cost: str) -> str:
    lines, last, k = ["【项目概况】：更新县局机房机柜40台、交换机16台，保障公安业务网络运行。", "【总体目标】",
                      "完成机房设备更新并上线运行，业务网络全年稳定运行。"], "", 0
    for fam, name, value in TEXT_ROWS:
        if fam != last:
            lines.append(f"【{fam}】")
            last, k = fam, 0
        k += 1
        lines.append(f"指标{k}：{name}（{value.format(cost=cost)}）")
    return "\n".join(lines)


def text_list(cost: str = "1180000") -> DocModel:
    """L104: the unit's row, then the project's row whose 绩效目标 cell holds the whole list; 年度预算安排 1180000 元.
    ``cost`` is the 成本指标's amount in 元 (more than the budget is the defect)."""
    g = Grid([1.4, 2.8, 1.8, 3.0, 5.0], role="indicators")
    g.add(["单位编码", "单位名称（项目类别/支出项目）", "年度预算安排（元）", "项目内容", "绩效目标"], header=True)
    g.add(["041003", "示例县公安局", "1180000", "", ""])
    g.add(["041003", "公安机房设备更新项目", "1180000", "更新县局机房机柜40台、交换机16台。", _goal_cell(cost)])
    return _t("示例县公安局2027年项目绩效目标和指标", Para("信息来源：警务保障室", "right"), g)


def text_list_over() -> DocModel:
    """The same list whose 成本指标 writes "<1380000元", more than the 1180000 元 budget (GS-13)."""
    return text_list(cost="1380000")
