"""Layouts of the fifth reading round (LAYOUTS.md L29): a city form that lists the previous year beside the
current one, in the funds table (上年度预算安排 | 上年度实际执行 | 本年度申请金额) and in the indicator table
(上年度实际水平 | 本年度计划水平).

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _ind_grid, _pairs, _t


def prior_year_columns() -> DocModel:
    head = _pairs([
        ["项目名称", "示例市公共场所控烟执法检查", "项目负责人", "吴晓岚"],
        ["主管部门", "示例市卫生健康委员会", "实施单位", "示例市卫生健康综合监督执法支队"],
        ["项目属性", "延续项目", "项目期限", "2025年1月1日至2025年12月31日"],
    ], [2.8, 3.6, 2.8, 3.6])
    funds = Grid([3.0, 2.4, 2.4, 2.4], role="funds")
    funds.add(["资金来源（万元）", "上年度预算安排", "上年度实际执行", "本年度申请金额"], header=True)
    for row in [["合计", "40", "38.6", "45"], ["财政拨款", "40", "38.6", "42"], ["上年结转", "——", "——", "3"],
                ["其他资金", "——", "——", "0"]]:
        funds.add(row)
    goal = _pairs([["年度绩效目标", "已完成全市1200家公共场所控烟检查，违规场所整改率达到100%。"]], [2.8, 10.0])
    rows = [
        ["数量指标", "公共场所控烟检查户次", "1100户次", "≥1200户次"],
        ["质量指标", "违规场所整改率", "96%", "=100%"],
        ["时效指标", "投诉举报核查时限", "5个工作日", "≤5个工作日"],
        ["成本指标", "每户次检查成本", "360元", "≤370元"],
        ["社会效益指标", "室内公共场所吸烟率", "8.5%", "≤8%"],
        ["满意度指标", "公众对控烟工作满意度", "86%", "≥88%"],
    ]
    g = _ind_grid(["二级指标", "三级指标", "上年度实际水平", "本年度计划水平"], rows, [2.2, 4.0, 2.4, 2.4])
    return _t("示例市部门预算项目支出绩效目标申报表（2025年度）", head, Para("项目资金情况", "heading"), funds, goal,
              Para("绩效指标", "heading"), g)
