"""Goal sheets of the heldout25 classes handled by fixer48 (LAYOUTS.md L116–L119).

L116: a county's funds notice and the 区域绩效目标表 it sends out in one worksheet (the notice's sentences are rows
above the form; the form names the fund under 资金名称). L117: a 政府投资 sheet whose funds are a source × year grid
(分年度资金安排) beside 项目总投资 and 本年度申请资金. L118: a 政府购买服务 sheet whose budget row starts
"年度预算（万元） | 合计 | amount" and whose indicators carry 考核方式 / 是否与付费挂钩 columns. L119: a 部门整体 sheet with
its sources across one row, a 基本支出 / 项目支出 row, the year's main tasks and indicators grouped by task.

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import SAMPLE_NOTICE, DocModel, Grid, Para

# ---- L116: notice + 区域绩效目标表 in one worksheet ------------------------------------------------------------------
FOREST_FUND = "2027年林业改革发展资金（森林抚育）"
FOREST_ROWS = [
    ["产出指标", "数量指标", "完成森林抚育面积", "万亩", "≥1.6"],
    ["产出指标", "数量指标", "建设生物防火隔离带长度", "公里", "≥12"],
    ["产出指标", "质量指标", "抚育作业检查验收合格率", "%", "≥95"],
    ["产出指标", "时效指标", "抚育作业完成时间", "—", "2027年10月底前"],
    ["成本指标", "经济成本指标", "森林抚育每亩财政补助", "元/亩", "≤300"],
    ["效益指标", "生态效益指标", "抚育林分郁闭度提高", "%", "≥5"],
    ["满意度指标", "服务对象满意度指标", "参与林农满意度", "%", "≥90"],
]


def _region_doc(local: str) -> DocModel:
    """A notice (its amounts agree with the form) above the regional form; ``local``: the form's 地方资金 row."""
    notice = [
        Para("示例县财政局关于下达2027年林业补助资金的通知", "title"),
        Para("示例县林业局："),
        Para(f"现将{FOREST_FUND}540.00万元（其中：中央补助450.00万元，省级资金90.00万元）下达你局，"
             "专项用于国有林场和集体林森林抚育。"),
        Para("请按附件区域绩效目标组织实施，年中做好运行监控，年度终了开展绩效自评。"),
        Para("示例县财政局  2027年2月16日", "right"),
        Para("附件", "body"),
        Para(f"{FOREST_FUND}区域绩效目标表", "heading"),
        Para("（2027年度）", "body"),
    ]
    g = Grid([2.0, 2.2, 1.6, 1.8, 1.8, 1.6], role="header")
    g.add(["资金名称", (FOREST_FUND, 5)], labels=(0,))
    g.add(["中央主管部门", ("财政部、国家林草局", 5)], labels=(0,))
    g.add(["省级财政部门", ("示例省财政厅", 2), "省级主管部门", ("示例省林业局", 2)], labels=(0, 3))
    g.add(["区县财政部门", ("示例县财政局", 2), "区县主管部门", ("示例县林业局", 2)], labels=(0, 3))
    r = g.add(["资金情况（万元）", "年度金额：", ("540.00", 4)], labels=(0, 1))
    g.add(["", "其中：中央补助", ("450.00", 4)], labels=(1,))
    g.add(["", "地方资金", (local, 4)], labels=(1,))
    g.vmerge(0, r, r + 2)
    g.add(["年度目标", ("完成森林抚育1.6万亩，建设生物防火隔离带12公里，抚育林分郁闭度提高5个百分点以上。", 5)], labels=(0,))
    top = g.add(["绩效指标", "一级指标", "二级指标", "三级指标", "单位", "指标值"], header=True)
    for row in FOREST_ROWS:
        g.add(["", *row])
    g.vmerge(0, top, top + len(FOREST_ROWS))
    return DocModel(FOREST_FUND + "区域绩效目标表", [*notice, g, Para(SAMPLE_NOTICE, "notice")])


def region_notice_clean() -> DocModel:
    """L116: 年度金额 540 = 中央补助 450 + 地方资金 90; the notice's 450 + 90 are the same money, not more sources."""
    return _region_doc("90.00")


def region_notice_over() -> DocModel:
    """The same form whose 中央补助 450 + 地方资金 120 = 570 exceed its 年度金额 540 (GS-02 error)."""
    return _region_doc("120.00")


# ---- L117: 政府投资 sheet with a source × year funds grid ------------------------------------------------------------
SEWER_PROJECT = "示例县老城区污水管网改造工程"
SEWER_ROWS = [
    ["产出指标", "数量指标", "改造污水主干管长度", "≥28公里", "≥11公里"],
    ["产出指标", "数量指标", "新建污水提升泵站", "=2座", "=1座"],
    ["产出指标", "质量指标", "分部工程验收合格率", "=100%", "=100%"],
    ["产出指标", "时效指标", "年度建设任务完成时间", "2028年10月底前全部完工", "2027年12月底前"],
    ["成本指标", "经济成本指标", "污水主干管每公里综合造价", "≤150万元/公里", "≤150万元/公里"],
    ["效益指标", "生态效益指标", "老城区污水集中收集率", "≥90%", "≥80%"],
    ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "≥90%"],
]
# (source, 2026, 2027, 2028, 合计)
_SEWER_GRID = [
    ("中央预算内投资", "800.00", "1000.00", "600.00", "2400.00"),
    ("地方政府专项债券", "900.00", "1100.00", "500.00", "2500.00"),
    ("县级财政资金", "200.00", "300.00", "200.00", "700.00"),
]


def _investment_doc(grid: list[tuple[str, str, str, str, str]], total_2027: str,
                    heads: tuple[str, str, str]) -> DocModel:
    g = Grid([2.0, 2.2, 1.5, 1.5, 1.5, 1.4, 1.2], role="header")
    g.add(["项目名称", (SEWER_PROJECT, 3), "项目代码", ("2026-000000-77-01-000048", 2)], labels=(0, 4))
    g.add(["主管部门", ("示例县住房和城乡建设局", 3), "项目法人（实施单位）", ("示例县排水管理所", 2)], labels=(0, 4))
    g.add(["项目类别", ("政府投资项目（改建）", 3), "建设期", ("2026年—2028年", 2)], labels=(0, 4))
    g.add(["项目总投资", ("5600.00", 3), "本年度申请资金", ("2400.00", 2)], labels=(0, 4))
    r = g.add(["分年度资金安排", "资金来源", *heads, "合计", "备注"], labels=(0,))
    for source, *amounts in grid:
        g.add(["", source, *amounts, ""])
    g.add(["", "合计", "1900.00", total_2027, "1300.00", "5600.00", ""])
    g.vmerge(0, r, r + len(grid) + 1)
    t = g.add(["绩效目标", "中期目标（2026—2028年）", ("建设期内改造污水主干管28公里、新建提升泵站2座，老城区污水集中收集率达到90%。", 5)])
    g.add(["", "2027年度目标", ("2027年改造污水主干管11公里、建成提升泵站1座。", 5)])
    g.vmerge(0, t, t + 1)
    top = g.add(["绩效指标", "一级指标", "二级指标", "三级指标", "中期指标值", "2027年度指标值", "备注"], header=True)
    for row in SEWER_ROWS:
        g.add(["", *row, ""])
    g.vmerge(0, top, top + len(SEWER_ROWS))
    title = "政府投资项目绩效目标申报表"
    return DocModel(title, [Para(title, "title"), Para("（2027年度）", "body"), Para(SAMPLE_NOTICE, "notice"),
                            Para("填报单位（盖章）：示例县排水管理所        金额单位：万元", "body"), g,
                            Para("注：中期指标值按整个建设期填写，年度指标值按本年度申请资金对应的建设内容填写。", "body")])


_ASIDE_HEADS = ("2026年（已安排）", "2027年（本年申请）", "2028年（计划）")


def investment_grid_clean() -> DocModel:
    """L117: the 2027 column 1000 + 1100 + 300 = 2400 = its 合计 = 本年度申请资金; 项目总投资 5600 is the whole period."""
    return _investment_doc(_SEWER_GRID, "2400.00", _ASIDE_HEADS)


def investment_grid_short() -> DocModel:
    """The same grid whose 2027 中央预算内投资 is 900: the column's sources add up to 2300, not its 合计 2400 (GS-02)."""
    grid = [("中央预算内投资", "800.00", "900.00", "700.00", "2400.00"), *_SEWER_GRID[1:]]
    return _investment_doc(grid, "2400.00", _ASIDE_HEADS)


def investment_grid_years_only() -> DocModel:
    """The grid's columns name only their years ("2026年 | 2027年 | 2028年"): the budget year (2027) picks the column."""
    return _investment_doc(_SEWER_GRID, "2400.00", ("2026年", "2027年", "2028年"))


# ---- L118: 政府购买服务 sheet, "年度预算 | 合计 | amount", 考核方式 / 是否与付费挂钩 columns ---------------------------------
GREEN_PROJECT = "示例区公共绿地日常养护服务项目"
GREEN_ROWS = [
    ["产出指标", "数量指标", "养护公共绿地面积", "≥150万平方米", "网格巡查", "是"],
    ["产出指标", "质量指标", "绿地养护质量达标率", "≥95%", "月度考核", "是"],
    ["产出指标", "时效指标", "病虫害发现后处置时限", "≤48小时", "巡查记录", "是"],
    ["成本指标", "经济成本指标", "{cost_name}", "{cost}", "合同约定", "否"],
    ["效益指标", "生态效益指标", "绿地植物成活率", "≥98%", "季度抽查", "是"],
    ["满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", "第三方问卷调查", "是"],
]


def _service_doc(cost: tuple[str, str]) -> DocModel:
    g = Grid([2.0, 1.6, 1.6, 1.8, 1.8, 1.6], role="header")
    g.add(["项目名称", (GREEN_PROJECT, 2), "主管部门", ("示例区城市管理局", 2)], labels=(0, 3))
    g.add(["购买主体", ("示例区园林绿化所", 2), "购买方式", ("公开招标", 2)], labels=(0, 3))
    g.add(["承接主体", ("示例绿化养护有限公司", 2), "服务期限", ("2027年1月1日至2027年12月31日", 2)], labels=(0, 3))
    g.add(["服务内容", ("公共绿地修剪、浇灌、施肥、病虫害防治和补植。", 5)], labels=(0,))
    g.add(["服务数量及单价", ("150万平方米 × 2.00元/平方米·年 = 300.00万元", 5)], labels=(0,))
    g.add(["年度预算（万元）", "合计", "300.00", "其中：财政资金", "300.00", "单位自有资金：0.00"], labels=(0,))
    g.add(["年度绩效目标", ("150万平方米公共绿地养护质量达标率95%以上，植物成活率98%以上。", 5)], labels=(0,))
    g.add(["一级指标", "二级指标", "三级指标", "指标值", "考核方式", "是否与付费挂钩"], header=True)
    for row in GREEN_ROWS:
        g.add([t.format(cost_name=cost[0], cost=cost[1]) for t in row])
    title = "政府购买服务项目绩效目标表"
    return DocModel(title, [Para(title, "title"), Para("（2027年度）", "body"), Para(SAMPLE_NOTICE, "notice"), g,
                            Para("说明：与付费挂钩的指标按季度考核，考核结果作为支付服务费用的依据。", "body")])


def service_budget_clean() -> DocModel:
    """L118: 年度预算 合计 300; the cost target per square metre is within it."""
    return _service_doc(("每平方米年养护单价", "≤2.00元"))


def service_budget_cost_over() -> DocModel:
    """The same sheet with a contract price target "≤330万元" above the 年度预算 of 300 万元 (GS-13)."""
    return _service_doc(("养护服务合同总价", "≤330万元"))


# ---- L119: 部门整体 sheet grouped by 年度主要任务 ---------------------------------------------------------------------
CULTURE_DEPT = "示例县文化和旅游局"
CULTURE_ROWS = [
    ["公共文化服务", "产出指标", "数量指标", "送戏下乡演出场次", "≥120场"],
    ["公共文化服务", "产出指标", "质量指标", "乡镇综合文化站免费开放达标率", "=100%"],
    ["文物保护利用", "产出指标", "数量指标", "县级以上文物保护单位巡查次数", "≥4次/处"],
    ["文物保护利用", "产出指标", "时效指标", "文物安全隐患整改完成时间", "2027年11月底前"],
    ["旅游市场监管", "效益指标", "社会效益指标", "旅游投诉按期办结率", "≥98%"],
    ["部门运转保障", "成本指标", "经济成本指标", "“三公”经费支出", "≤18万元"],
    ["部门运转保障", "满意度指标", "服务对象满意度指标", "群众文化服务满意度", "≥90%"],
]


def _department_doc(tasks: list[tuple[str, str, str]]) -> DocModel:
    g = Grid([2.0, 1.8, 1.7, 1.7, 1.7, 1.5], role="header")
    g.add(["部门（单位）名称", (CULTURE_DEPT, 2), "部门编码", ("146002", 2)], labels=(0, 3))
    r = g.add(["部门预算资金（万元）", "资金总额", "一般公共预算拨款", "政府性基金拨款", "财政专户管理资金", "单位资金"], labels=(0,))
    g.add(["", "1,280.00", "1,190.00", "30.00", "0.00", "60.00"])
    g.add(["", "其中：基本支出", "640.00", "项目支出", ("640.00", 2)])
    g.vmerge(0, r, r + 2)
    g.add(["部门主要职能", ("负责全县公共文化服务、文物保护利用、文化和旅游市场管理。", 5)], labels=(0,))
    t = g.add(["年度主要任务", "任务名称", ("主要内容", 2), ("对应项目支出（万元）", 2)])
    for name, content, amount in tasks:
        g.add(["", name, (content, 2), (amount, 2)])
    g.vmerge(0, t, t + len(tasks))
    o = g.add(["整体绩效目标", "中期目标（2027—2029年）", ("三年内乡镇综合文化站全部达标，文物安全事故零发生。", 4)])
    g.add(["", "2027年度目标", ("全年送戏下乡120场以上，完成文物安全巡查全覆盖。", 4)])
    g.vmerge(0, o, o + 1)
    g.add(["年度主要任务", "一级指标", "二级指标", "三级指标", ("指标值", 2)], header=True)
    first = len(g.rows)
    for row in CULTURE_ROWS:
        g.add([*row[:4], (row[4], 2)])
    at = first
    while at < first + len(CULTURE_ROWS):  # the task column merged over its indicator rows
        end = at
        while end + 1 < first + len(CULTURE_ROWS) and CULTURE_ROWS[end + 1 - first][0] == CULTURE_ROWS[at - first][0]:
            end += 1
        g.vmerge(0, at, end)
        at = end + 1
    title = "部门整体支出绩效目标表"
    return DocModel(title, [Para(title, "title"), Para("（2027年度）", "body"), Para(SAMPLE_NOTICE, "notice"), g,
                            Para("填报人：            联系电话：            部门负责人：", "body")])


_CULTURE_TASKS = [("公共文化服务", "送戏下乡、文化站免费开放", "380.00"),
                  ("文物保护利用", "文物巡查、安全隐患整改", "180.00"),
                  ("旅游市场监管", "市场检查、投诉处理", "80.00")]


def department_tasks_clean() -> DocModel:
    """L119: 资金总额 1280 = 1190 + 30 + 0 + 60; 基本支出 640 + 项目支出 640; the tasks 380 + 180 + 80 = 项目支出 640."""
    return _department_doc(_CULTURE_TASKS)


def department_tasks_over() -> DocModel:
    """The same sheet whose tasks add up to 380 + 180 + 120 = 680, above its 项目支出 640 (GS-02)."""
    return _department_doc([*_CULTURE_TASKS[:2], ("旅游市场监管", "市场检查、投诉处理", "120.00")])
