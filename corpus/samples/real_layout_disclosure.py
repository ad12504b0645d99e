"""Layouts of the heldout7 fixing round (LAYOUTS.md L45, L46).

L45: a department's budget disclosure whose project table lists several projects one under another, with a
two-row header ("项目资金（万元）" over 合计 / 财政拨款 / 上年结转 / 其他资金) and each project's name, funds and goal
merged down over its indicator rows; in the workbook the first worksheet is the department's 财政拨款收支总表 and
only the second one's title row names the year.
L46: an allocation table (村名 / 金额 / 列支科目) and a goal table whose only year is in the project's name
("2025年省级……专项资金").

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t

# ---- L45 预算公开多项目连排大表 --------------------------------------------------------------------

_MULTI_WIDTHS = [2.6, 1.2, 1.2, 1.2, 1.2, 3.2, 1.4, 1.8, 2.6, 1.4, 1.0]


def _indicators(count: tuple[str, str, str], cost: tuple[str, str, str], effect: tuple[str, str, str, str],
                satisfaction: str) -> list[list[str]]:
    return [
        ["产出指标", "数量指标", *count],
        ["产出指标", "质量指标", "工作任务完成合格率", "≥95", "%"],
        ["产出指标", "时效指标", "年度任务完成时限", "≤12", "月"],
        ["产出指标", "成本指标", *cost],
        ["效益指标", *effect],
        ["满意度指标", "服务对象满意度指标", satisfaction, "≥90", "%"],
    ]


def _projects(second_total: str) -> list[tuple[str, list[str], str, list[list[str]]]]:
    """(name, [合计, 财政拨款, 上年结转, 其他资金], goal, indicator rows) of the three projects."""
    return [
        ("招商项目策划包装经费", ["32", "24", "8", "0"], "完成重点招商项目策划包装不少于10个，形成项目推介材料。",
         _indicators(("策划包装招商项目", "≥10", "个"), ("策划包装经费支出", "≤32", "万元"),
                     ("经济效益指标", "策划项目签约落地率", "≥30", "%"), "合作企业满意度")),
        ("重点企业帮扶服务经费", [second_total, "18", "0", "0"], "走访帮扶重点企业不少于60家，协调解决企业诉求。",
         _indicators(("走访帮扶重点企业", "≥60", "家"), ("帮扶服务经费支出", "≤18", "万元"),
                     ("社会效益指标", "企业诉求办结率", "≥90", "%"), "受帮扶企业满意度")),
        ("投资促进宣传推介费", ["12.5", "10", "0", "2.5"], "制作投资环境宣传材料，参加推介活动不少于3场。",
         _indicators(("参加投资推介活动", "≥3", "场"), ("宣传推介费用", "≤12.5", "万元"),
                     ("社会效益指标", "投资环境宣传覆盖人次", "≥5000", "人次"), "参会客商满意度")),
    ]


def _multi_grid(second_total: str) -> Grid:
    g = Grid(_MULTI_WIDTHS, role="indicators")
    g.add(["项目名称", ("项目资金（万元）", 4), "年度绩效目标", ("绩效指标", 5)], header=True)
    g.add(["", "合计", "财政拨款", "上年结转", "其他资金", "", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
          header=True)
    g.vmerge(0, 0, 1)
    g.vmerge(5, 0, 1)
    for name, funds, goal, rows in _projects(second_total):
        first = len(g.rows)
        for i, row in enumerate(rows):
            g.add([name, *funds, goal, *row] if i == 0 else ["", "", "", "", "", "", *row])
        last = len(g.rows) - 1
        for col in range(6):  # name, funds and goal merged down over the project's indicator rows
            g.vmerge(col, first, last)
        g.vmerge(6, first, first + 3)  # 产出指标 over the four output rows
    return g


def disclosure_multi_funds(second_total: str = "18") -> DocModel:
    summary = Grid([2.6, 1.6, 2.8, 1.6], role="other")
    summary.add([("收入", 2), ("支出", 2)], header=True)
    summary.add(["项目", "预算数", "项目", "预算数"], header=True)
    summary.add(["一、一般公共预算拨款", "236.20", "一般公共服务支出", "201.70"])
    summary.add(["二、上年结转", "8.00", "社会保障和就业支出", "26.30"])
    summary.add(["", "", "住房保障支出", "16.20"])
    summary.add(["收入总计", "244.20", "支出总计", "244.20"])
    g = _multi_grid(second_total)
    return _t("示例县投资促进服务中心部门预算公开表", Para("财政拨款收支总表（金额单位：万元）", "heading"), summary,
              Para("项目支出绩效目标表", "sheet"), Para("2025年项目支出绩效目标表", "heading"),
              Para("填报单位：示例县投资促进服务中心    金额单位：万元", "body"), g, sheet="财政拨款收支总表")


def disclosure_unit_line() -> DocModel:
    """The same projects' table with the publishing unit named on a line of its own under the disclosure's title
    (no "填报单位：" label) and no 主管部门 anywhere: the unit stands for every project."""
    return _t("2025年部门（单位）预算公开表", Para("示例县投资促进服务中心", "body"),
              Para("2025年项目支出绩效目标表", "heading"), Para("金额单位：万元", "right"), _multi_grid("18"))


def disclosure_multi_funds_mismatch() -> DocModel:
    """The same table whose second project's 合计 (20) is more than its sources (18 + 0 + 0)."""
    return disclosure_multi_funds(second_total="20")


# ---- L46 分配表 + 目标表，年度只写在项目名称里 -------------------------------------------------------------


def allocation_year_in_name() -> DocModel:
    alloc = Grid([2.6, 1.6, 4.4, 1.6], role="other")
    alloc.add(["村名", "金额", "列支科目", "备注"], header=True)
    for row in [["示例镇东村", "40", "2130599-其他巩固脱贫攻坚衔接推进乡村振兴支出", ""],
                ["示例镇西村", "35", "2130599-其他巩固脱贫攻坚衔接推进乡村振兴支出", ""],
                ["示例乡南村", "45", "其中30万元列2130599；15万元列2120399", ""],
                ["合  计", "120", "", ""]]:
        alloc.add(row)
    tab = Grid([2.4, 2.2, 2.6, 3.2, 2.4], role="header")
    tab.add(["项目名称", ("2025年省级和美乡村示范村建设专项资金", 4)], labels=(0,))
    tab.add(["主管部门", ("示例县农业农村局", 2), "实施单位", "各有关乡（镇）人民政府"], labels=(0, 3))
    first = tab.add(["资金情况（万元）", "资金总额", ("120", 3)], labels=(0, 1))
    tab.add(["", "其中：财政拨款", ("120", 3)], labels=(1,))
    tab.add(["", "其他资金", ("", 3)], labels=(1,))
    tab.vmerge(0, first, first + 2)
    tab.add(["年度目标", ("支持3个示范村完善村内道路和公共空间，年内完工验收。", 4)], labels=(0,))
    tab.add(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"], header=True)
    rows = [
        ["产出指标", "数量指标", "支持示范村数量", "=3个"],
        ["产出指标", "质量指标", "项目验收合格率", "100%"],
        ["产出指标", "时效指标", "项目完工时间", "2025年12月31日前"],
        ["产出指标", "成本指标", "单村补助资金", "≤45万元"],
        ["效益指标", "社会效益指标", "受益农村人口", "≥2500人"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]
    start = len(tab.rows)
    for row in rows:
        tab.add(["", *row])
    tab.vmerge(0, start - 1, len(tab.rows) - 1)
    return _t("省级和美乡村示范村建设专项资金分配表", Para("附件1：", "body"), Para("单位：万元", "right"), alloc,
              Para("附件2：", "body"), Para("省级和美乡村示范村建设专项资金绩效目标表", "heading"), tab)
