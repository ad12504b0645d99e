"""Goal sheets of the heldout26 classes handled by fixer49 (LAYOUTS.md L120–L122).

L120: a school-style 项目支出目标申报表 (no 绩效 in the title) in one table: header rows, a 项目资金申请 row whose cells
hold name and amount together, a 项目总体情况 cell instead of a goal row, then "指标方向 | 年度数值 | 度量单位" indicator
columns. L121: a funds row whose last column is "上年结转及其他资金" and whose cell names both sources with their amounts.
L122: a street office's sheet with several numbered projects one under another, each with its own small info block and
indicator header.

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import SAMPLE_NOTICE, DocModel, Grid, Para

# ---- L120: 学校式目标申报表, 指标方向 / 年度数值 / 度量单位 in their own columns ---------------------------------------
# (一级, 二级, 三级, 方向, 年度数值, 度量单位)
LIBRARY_ROWS = [
    ["产出指标", "数量指标", "新增图书册数", "≥", "6000", "册"],
    ["产出指标", "质量指标", "图书采购验收合格率", "＝", "100", "%"],
    ["产出指标", "时效指标", "图书上架完成时间", "≤", "2027年9月30日", "—"],
    ["产出指标", "成本指标", "图书平均采购单价", "≤", "40", "元/册"],
    ["效益指标", "社会效益指标", "学生人均借阅册数", "≥", "8", "册"],
    ["效益指标", "可持续影响指标", "图书室开放时间", "定性", "每个教学日开放", "—"],
    ["满意度指标", "服务对象满意度指标", "师生满意度", "≥", "90", "%"],
]
LIBRARY_PROJECT = "示例镇中心小学2027年图书室藏书补充"


def _merge_runs(g: Grid, rows: list[list[str]], first: int, cols: tuple[int, ...]) -> None:
    """Merge each run of equal 一级 / 二级 names down its column (the rows start at grid row ``first``)."""
    for c in cols:
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][c] != rows[start][c]:
                g.vmerge(c, first + start, first + i - 1)
                start = i


def _school_doc(rows: list[list[str]], total: str = "24.00") -> DocModel:
    g = Grid([1.6, 1.6, 2.4, 1.0, 1.6, 1.0, 1.0], role="header")
    g.add(["项目名称", (LIBRARY_PROJECT, 6)], labels=(0,))
    g.add(["项目主管部门", ("示例县教育局", 2), "项目实施单位", ("示例县示例镇中心小学", 3)], labels=(0, 3))
    g.add(["项目资金申请（万元）", (f"资金总额：{total}", 2), (f"财政拨款：{total}", 2), ("其他：0.00", 2)], labels=(0,))
    g.add(["项目总体情况", ("全校在校生1200人，按生均补充图书5册、每册40元测算，需24.00万元；图书室按教学日开放。", 6)],
          labels=(0,))
    top = g.add(["一级指标", "二级指标", "三级指标", "指标方向", "年度数值", "度量单位", "备注"], header=True)
    for row in rows:
        g.add([*row, ""])
    _merge_runs(g, rows, top + 1, (0, 1))
    blocks = [Para("项目支出目标申报表", "title"), Para("（2027年度）", "body"), g,
              Para("填表说明：指标方向填“≥”“≤”“＝”或“定性”；年度数值只填数字或日期，单位填在度量单位栏。", "small"),
              Para(SAMPLE_NOTICE, "notice")]
    return DocModel(LIBRARY_PROJECT + "目标申报表", blocks)


def school_operator_clean() -> DocModel:
    """L120: every target readable as direction + value + unit; no problem."""
    return _school_doc(LIBRARY_ROWS)


def school_operator_rate_over() -> DocModel:
    """L120 with 图书采购验收合格率 ≥ 102 %: a rate over 100% (GS-07 error)."""
    rows = [list(r) for r in LIBRARY_ROWS]
    rows[1] = ["产出指标", "质量指标", "图书采购验收合格率", "≥", "102", "%"]
    return _school_doc(rows)


def school_operator_cost_over() -> DocModel:
    """L120 with the total cost ≤ 30 万元 above the 24.00 万元 applied for (GS-13 error)."""
    rows = [list(r) for r in LIBRARY_ROWS]
    rows[3] = ["产出指标", "成本指标", "图书采购总成本", "≤", "30", "万元"]
    return _school_doc(rows)


# ---- L121: one cell naming two sources under "上年结转及其他资金" -----------------------------------------------------
PUMP_PROJECT = "示例乡2027年灌溉泵站维修改造项目"
PUMP_ROWS = [
    ["产出指标", "数量指标", "维修改造泵站座数", "＝", "4", "座"],
    ["产出指标", "质量指标", "维修工程验收合格率", "＝", "100", "%"],
    ["产出指标", "时效指标", "维修工程完工时间", "≤", "2027年5月31日", "—"],
    ["产出指标", "成本指标", "每座泵站平均维修成本", "≤", "21", "万元"],
    ["效益指标", "经济效益指标", "恢复有效灌溉面积", "≥", "3200", "亩"],
    ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", "90", "%"],
]


def _pump_doc(fiscal: str) -> DocModel:
    g = Grid([1.6, 1.8, 2.4, 1.0, 1.2, 1.0, 1.4], role="header")
    g.add(["项目名称", (PUMP_PROJECT, 6)], labels=(0,))
    g.add(["主管部门", ("示例县水利局", 2), "实施单位", ("示例县示例乡人民政府", 3)], labels=(0, 3))
    r = g.add(["项目资金", ("资金总额", 2), ("财政拨款", 2), ("上年结转及其他资金", 2)], labels=(0, 1, 3, 5))
    g.add(["", ("84.00", 2), (fiscal, 2), ("上年结转10.00；其他4.00", 2)])
    g.vmerge(0, r, r + 1)
    g.add(["年度绩效目标", ("维修改造4座灌溉泵站，汛前完工，恢复有效灌溉面积3200亩以上。", 6)], labels=(0,))
    top = g.add(["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位", "指标解释"], header=True)
    for row in PUMP_ROWS:
        g.add([*row, ""])
    _merge_runs(g, PUMP_ROWS, top + 1, (0,))
    blocks = [Para("项目支出绩效目标申报表（2027年度）", "title"), Para("金额单位：万元", "right"), g,
              Para(SAMPLE_NOTICE, "notice")]
    return DocModel(PUMP_PROJECT + "绩效目标表", blocks)


def carryover_other_cell_clean() -> DocModel:
    """L121: 资金总额 84.00 = 财政拨款 70.00 + 上年结转 10.00 + 其他 4.00 (the last two in one cell); no problem."""
    return _pump_doc("70.00")


def carryover_other_cell_short() -> DocModel:
    """L121 with 财政拨款 60.00: 60 + 10 + 4 = 74 ≠ 84 (GS-02 error)."""
    return _pump_doc("60.00")


# ---- L122: numbered projects stacked in one sheet ------------------------------------------------------------------
STREET_PROJECTS = [
    ("示例街道社区文化活动中心运行经费", "36.00", "32.00", "4.00", "保障3个社区文化活动中心全年开放，组织群众文化活动",
     [["产出指标", "数量指标", "组织社区文化活动场次", "≥", "60", "场"],
      ["产出指标", "质量指标", "活动安全事故发生数", "≤", "0", "起"],
      ["产出指标", "时效指标", "活动中心开放时间", "定性", "全年每周开放不少于5天", "—"],
      ["产出指标", "成本指标", "每场活动平均成本", "≤", "0.5", "万元"],
      ["效益指标", "社会效益指标", "参与活动居民人次", "≥", "6000", "人次"],
      ["满意度指标", "服务对象满意度指标", "参与居民满意度", "≥", "90", "%"]]),
    ("示例街道背街小巷路灯维修更换", "28.00", "28.00", "0.00", "维修更换辖区背街小巷路灯420盏，夜间亮灯率达到98%以上",
     [["产出指标", "数量指标", "维修更换路灯盏数", "≥", "420", "盏"],
      ["产出指标", "质量指标", "路灯夜间亮灯率", "≥", "98", "%"],
      ["产出指标", "时效指标", "维修更换完成时间", "≤", "2027年10月31日", "—"],
      ["产出指标", "成本指标", "每盏路灯平均维修成本", "≤", "650", "元"],
      ["效益指标", "社会效益指标", "夜间出行安全投诉下降率", "≥", "30", "%"],
      ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥", "90", "%"]]),
]


def _street_doc(second_deadline: str = "2027年10月31日") -> DocModel:
    g = Grid([1.4, 2.0, 2.6, 1.0, 1.2, 1.0, 1.0], role="header")
    first = True
    for n, (name, total, fiscal, other, goal, rows) in enumerate(STREET_PROJECTS, start=1):
        if not first:
            g.add([""] * 7)
        first = False
        r = g.add([f"项目{n}", (name, 3), "资金总额", (total, 2)], labels=(0, 4))
        g.add(["", "其中：财政拨款", (fiscal, 2), "其他资金", (other, 2)], labels=(1, 4))
        g.vmerge(0, r, r + 1)
        g.add(["年度目标", (goal, 6)], labels=(0,))
        g.add(["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位", "备注"], header=True)
        for row in rows:
            cells = list(row)
            if n == 2 and cells[1] == "时效指标":
                cells[4] = second_deadline
            g.add([*cells, ""])
    blocks = [Para("示例市示例街道办事处2027年项目支出绩效目标表", "title"),
              Para("单位名称：示例市示例街道办事处　单位：万元", "body"), g,
              Para("填报人：　审核人：　街道办事处（盖章）", "small"), Para(SAMPLE_NOTICE, "notice")]
    return DocModel("示例街道办事处2027年项目支出绩效目标表", blocks)


def street_numbered_clean() -> DocModel:
    """L122: two numbered projects one under another; each read as its own goal sheet; no problem."""
    return _street_doc()


def street_numbered_late() -> DocModel:
    """L122 with the second project's deadline ≤ 2028年4月30日, outside 2027 (GS-10 error on 第2个项目)."""
    return _street_doc("2028年4月30日")
