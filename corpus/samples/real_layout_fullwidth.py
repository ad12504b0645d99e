"""Layouts of the heldout9 full-width class (LAYOUTS.md L62): a goal sheet typed with full-width digits (title year,
funds and targets), a range target "９０％-９５％", a change written as a range "较上年提高０．５-１个百分点", a 可持续影响
row valued "长期稳定运行", and an annual goal that works on what was built before ("对已建成的……开展管护").

Facts from heldout9's README (public pages: full-width digits in exported forms, range and text values, "长期稳定运行" as a
可持续影响 value); every name, amount and target here is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel
from real_layout_docs import _ind_grid, _pairs, _t

_CARE_GOAL = "对全县已建成的３．２万亩高标准农田开展日常管护，年内完成沟渠清淤和灌排设施维修，保障农田灌溉排水正常。"
_CARE_DONE = "已完成全县３．２万亩高标准农田日常管护，灌排设施完好率达到９５％。"


def _care_rows() -> list[list[str]]:
    return [
        ["产出指标", "数量指标", "管护高标准农田面积", "≥３．２万亩"],
        ["产出指标", "数量指标", "清淤沟渠长度", "≥４５公里"],
        ["产出指标", "质量指标", "灌排设施完好率", "９０％-９５％"],
        ["产出指标", "时效指标", "设施维修完成时间", "２０２６年１０月底前"],
        ["产出指标", "成本指标", "每亩年度管护成本", "≤５８元/亩"],
        ["效益指标", "经济效益指标", "农田灌溉保证率", "较上年提高０．５-１个百分点"],
        ["效益指标", "可持续影响指标", "灌排设施运行", "长期稳定运行"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥９０％"],
    ]


def _care_model(goal: str) -> DocModel:
    head = _pairs([
        ["项目名称", "示例县高标准农田日常管护项目", "主管部门", "示例县农业农村局"],
        ["实施单位", "示例县农田建设服务中心", "项目属性", "延续项目"],
        ["年度资金总额", "１８６", "其中：财政拨款", "１８６"],
        ["其他资金", "—", "", ""],
        ["年度绩效目标", goal],
    ], [3.0, 4.0, 3.0, 3.0])
    g = _ind_grid(["一级指标", "二级指标", "三级指标", "指标值"], _care_rows(), [2.4, 2.8, 4.6, 3.2])
    return _t("示例县２０２６年度项目支出绩效目标表", head, g)


def fullwidth_ranges() -> DocModel:
    return _care_model(_CARE_GOAL)


def fullwidth_ranges_done_goal() -> DocModel:
    """Same form; the annual goal states the work as already done (GS-15)."""
    return _care_model(_CARE_DONE)
