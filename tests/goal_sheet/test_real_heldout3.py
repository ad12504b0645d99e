"""The heldout3 failure classes: per-year fund columns and context columns beside the targets, a count
indicator written with "%", a 总分 in its own table, department-level sheets, 总投资 beside this year's funds,
and a budget-detail table under the funds."""

from __future__ import annotations

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.pipeline import CheckOptions, run_checks
from review_assistant.settings import Settings


def _findings(doc: ParsedDocument, settings: Settings) -> list[Finding]:
    sheet = extract_goal_sheet(doc)
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=sheet.fiscal_year or 2025,
                       goal_sheet=sheet)
    return run_checks(ctx, CheckOptions(), batch_phase=False)


def _per_year_funds_sheet(this_year_total: str, fiscal: str, other: str) -> ParsedDocument:
    rows = [
        ["示例市部门预算项目支出绩效目标申报表（2025年度）", "", "", "", ""],
        ["项目名称", "示例街道路灯维护", "项目负责人", "赵某", ""],
        ["项目计划实施时间", "2025年1月1日至2025年12月31日", "联系电话", "0000-0000000", ""],
        ["资金来源（万元）", "上年度预算安排", "上年度实际执行", "本年度申请金额", ""],
        ["合计", "40", "38", this_year_total, ""],
        ["财政拨款", "40", "38", fiscal, ""],
        ["财政专户拨款", "—", "—", "0", ""],
        ["其他资金", "—", "—", other, ""],
        ["事业基金弥补差额", "—", "—", "0", ""],
        ["绩效目标情况", "2025年完成辖区路灯维护，亮灯率保持在98%以上。", "", "", ""],
        ["二级指标", "三级指标", "上年度实际水平", "本年度计划水平", "指标内容/计算公式"],
        ["数量指标", "维护路灯数量", "1150盏", "≥1200盏", "按台账统计"],
        ["质量指标", "亮灯率", "97%", "≥98%", "亮灯数÷总数"],
        ["时效指标", "故障修复时限", "48小时", "≤24小时", "按工单统计"],
        ["成本指标", "年度维护成本", "40万元", "≤45万元", "按决算统计"],
        ["社会效益指标", "夜间出行安全保障", "—", "有效保障", "按投诉统计"],
        ["服务对象满意度指标", "居民满意度", "91%", "≥90%", "问卷调查"],
    ]
    return make_doc("Sheet1", rows, path="示例 路灯维护.xlsx")


def test_prior_year_fund_columns_are_context_and_this_years_column_is_the_total(settings: Settings) -> None:
    sheet = extract_goal_sheet(_per_year_funds_sheet("45", "41", "4"))
    assert sheet.project_name == "示例街道路灯维护"
    assert not sheet.project_rows  # the context columns are not places or projects
    assert sheet.funds["total"].value_wan == 45.0
    assert sheet.funds["fiscal"].value_wan == 41.0
    assert sum(f.value_wan or 0 for k, f in sheet.funds.items() if k != "total") == 45.0
    assert len(sheet.indicators) == 6
    first = sheet.indicators[0]
    assert (first.level1, first.level3, first.number) == ("产出指标", "维护路灯数量", 1200)
    assert not any(f.rule_id == "GS-02" for f in _findings(_per_year_funds_sheet("45", "41", "4"), settings))


def test_per_year_funds_that_do_not_add_up_are_an_error(settings: Settings) -> None:
    gs02 = [f for f in _findings(_per_year_funds_sheet("45", "36", "4"), settings) if f.rule_id == "GS-02"]
    assert [f.severity for f in gs02] == ["error"]
    assert "40.00" in gs02[0].message


def _count_with_percent(unit: str, value: str) -> ParsedDocument:
    rows = [
        ["项目名称", "示例县乡村教师培训", "主管部门", "示例县教育局"],
        ["实施单位", "示例县教师发展中心", "项目属性", "延续"],
        ["年度资金总额（万元）", "60", "其中：财政拨款", "60"],
        ["年度绩效目标", "培训乡村教师600人次，培训合格率95%以上。", "", ""],
    ]
    ind = [
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
        ["产出指标", "数量指标", "乡村教师培训人次", "≥", value, unit],
        ["产出指标", "质量指标", "培训合格率", "≥", "95", "%"],
        ["产出指标", "时效指标", "完成时限", "定性", "2025年12月底前", ""],
        ["产出指标", "成本指标", "人均培训成本", "≤", "1000", "元"],
        ["效益指标", "社会效益指标", "受训教师课堂教学改进比例", "≥", "80", "%"],
        ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥", "90", "%"],
    ]
    return make_doc("2025年度项目支出绩效目标申报表", rows, ind)


def test_count_indicator_with_percent_is_a_unit_contradiction_not_a_certain_rate_error(settings: Settings) -> None:
    found = _findings(_count_with_percent("%", "600"), settings)
    gs05 = [f for f in found if f.rule_id == "GS-05"]
    assert gs05 and gs05[0].severity == "warning" and "数量" in gs05[0].message
    gs07 = [f for f in found if f.rule_id == "GS-07"]
    assert gs07 and all(f.severity == "warning" for f in gs07)
    # The same row with its proper unit raises neither.
    clean = _findings(_count_with_percent("人次", "600"), settings)
    assert not [f for f in clean if f.rule_id in {"GS-05", "GS-07"}]


def test_real_rate_over_100_percent_stays_an_error(settings: Settings) -> None:
    doc = _count_with_percent("人次", "600")
    assert doc.blocks[2].table is not None
    doc.blocks[2].table.rows[2][4].text = "120"
    gs07 = [f for f in _findings(doc, settings) if f.rule_id == "GS-07"]
    assert [f.severity for f in gs07] == ["error"]


def _self_evaluation(total: str, grade: str) -> ParsedDocument:
    funds = [
        ["项目名称", "示例区档案数字化", "主管部门", "示例区档案馆", "", ""],
        ["项目资金（万元）", "年初预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "100", "100", "10", "100%", "10"],
    ]
    ind = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "档案数字化页数", "≥50万页", "50万页", "30", "30", ""],
        ["产出指标", "质量指标", "数字化验收合格率", "≥98%", "98%", "20", "20", ""],
        ["效益指标", "社会效益指标", "线上查档人次", "≥2000人次", "1500人次", "30", "22.5", "系统上线推迟一个月"],
        ["满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%", "95%", "10", "10", ""],
    ]
    score = [["总分", total, "自评等级", grade]]
    return make_doc("项目支出绩效自评表（2024年度）", funds, ind, score, path="示例 自评表.docx")


def test_total_in_its_own_table_is_checked_against_the_grade() -> None:
    ev = extract_self_evaluation(_self_evaluation("92.5", "良"))
    assert ev.total is not None and float(ev.total.value or 0) == 92.5
    assert ev.exec_score is not None and float(ev.exec_score.value or 0) == 10  # 年初预算数 column as the budget
    assert ev.grade is not None and ev.grade.value == "良"


def test_grade_contradicting_the_total_is_reported(settings: Settings) -> None:
    doc = _self_evaluation("88.4", "优")
    ev = extract_self_evaluation(doc)
    ctx = CheckContext(document=doc, kind="self_evaluation", settings=settings, fiscal_year=2024, cycle=ev)
    ev04 = [f for f in run_checks(ctx, CheckOptions(), batch_phase=False) if f.rule_id == "EV-04"]
    assert any(f.severity == "error" and "良" in f.message and "优" in f.message for f in ev04)
    ok = _self_evaluation("92.5", "优")
    ctx = CheckContext(document=ok, kind="self_evaluation", settings=settings, fiscal_year=2024,
                       cycle=extract_self_evaluation(ok))
    assert not [f for f in run_checks(ctx, CheckOptions(), batch_phase=False) if f.rule_id == "EV-04"]


def test_cost_over_a_zero_total_is_only_a_warning(settings: Settings) -> None:
    rows = [
        ["项目名称", "示例镇农房风貌整治", "主管部门", "示例镇人民政府"],
        ["实施单位", "示例镇村镇建设服务中心", "项目属性", "新增"],
        ["年度资金总额（万元）", "0", "其中：财政拨款", "80"],
        ["年度绩效目标", "完成50栋农房外立面整治。", "", ""],
    ]
    ind = [
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
        ["产出指标", "数量指标", "整治农房栋数", "≥", "50", "栋"],
        ["产出指标", "质量指标", "验收合格率", "≥", "95", "%"],
        ["产出指标", "时效指标", "完成时限", "定性", "2025年11月底前", ""],
        ["产出指标", "成本指标", "项目总成本", "≤", "80", "万元"],
        ["效益指标", "社会效益指标", "村容村貌改善户数", "≥", "50", "户"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥", "90", "%"],
    ]
    found = _findings(make_doc("2025年度项目支出绩效目标申报表", rows, ind), settings)
    assert [f.severity for f in found if f.rule_id == "GS-02"] == ["error"]
    assert [f.severity for f in found if f.rule_id == "GS-13"] == ["warning"]


def _department_sheet(tasks: list[list[str]]) -> ParsedDocument:
    head = [
        ["部门名称", "示例县自然资源局"],
        ["部门预算总额（万元）", "900"],
        ["其中：一般公共预算", "860"],
        ["政府性基金预算", "40"],
    ]
    task_rows = [["任务名称", "主要内容", "预算金额（万元）"], *tasks]
    goal = [["年度总体目标", "完成年度国土空间规划编制和耕地保护任务，保障机关正常运转。"]]
    ind = [
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "耕地卫片核查图斑数", "≥", "600", "个"],
        ["产出指标", "质量指标", "核查结果准确率", "≥", "98", "%"],
        ["产出指标", "时效指标", "规划成果报批时间", "定性", "2025年10月底前", ""],
        ["产出指标", "成本指标", "机关公用经费", "≤", "150", "万元"],
        ["效益指标", "社会效益指标", "耕地保有量完成率", "=", "100", "%"],
        ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥", "90", "%"],
    ]
    return make_doc("2025年度部门整体绩效目标表", head, "年度主要任务", task_rows, goal, ind)


def test_department_sheet_reads_name_total_and_task_budgets(settings: Settings) -> None:
    doc = _department_sheet([["规划编制", "国土空间规划", "200"], ["耕地保护", "卫片核查", "250"],
                             ["机关运行", "人员及公用经费", "450"], ["合计", "", "900"]])
    sheet = extract_goal_sheet(doc)
    assert sheet.project_name == "示例县自然资源局"
    assert sheet.funds["total"].value_wan == 900.0
    assert sheet.budget_detail_kind == "tasks" and sheet.budget_detail is not None
    assert [ln.amount_wan for ln in sheet.budget_detail.items] == [200.0, 250.0, 450.0]
    found = _findings(doc, settings)
    assert not [f for f in found if f.rule_id == "GS-02"]
    assert not [f for f in found if f.rule_id == "GS-01" and "实施单位" in f.message]  # a department has none


def test_department_task_budgets_short_of_the_total(settings: Settings) -> None:
    closed = _department_sheet([["规划编制", "国土空间规划", "200"], ["耕地保护", "卫片核查", "250"],
                                ["机关运行", "人员及公用经费", "300"], ["合计", "", "750"]])
    gs02 = [f for f in _findings(closed, settings) if f.rule_id == "GS-02"]
    assert [f.severity for f in gs02] == ["error"] and "750.00" in gs02[0].message
    # Without a 合计 row the tasks may be only the main ones: a warning that says so.
    open_list = _department_sheet([["规划编制", "国土空间规划", "200"], ["耕地保护", "卫片核查", "250"]])
    gs02 = [f for f in _findings(open_list, settings) if f.rule_id == "GS-02"]
    assert [f.severity for f in gs02] == ["warning"] and "没有合计行" in gs02[0].message


def test_total_investment_is_context_and_this_years_funds_are_the_total(settings: Settings) -> None:
    rows = [
        ["项目名称", "示例区污水处理厂扩建", "项目单位", "示例区城投水务公司"],
        ["主管部门", "示例区住房和城乡建设局", "项目期限", "2025-2027年"],
        ["项目总投资（亿元）", "4.5", "本年度资金（亿元）", "1.5"],
        ["其中：专项债券资金（亿元）", "1.2", "其中：区级财政资金（亿元）", "0.3"],
        ["年度绩效目标", "完成扩建工程主体结构，新增日处理能力2万吨。", "", ""],
    ]
    sheet = extract_goal_sheet(make_doc("2025年度地方政府专项债券项目绩效目标表", rows))
    assert sheet.funds["total"].value_wan == 15000.0
    assert sheet.funds["investment"].value_wan == 45000.0
    assert any("总投资" in n.message for n in sheet.notes)
    # A sheet that writes only 项目总投资 keeps it as its total.
    only = extract_goal_sheet(make_doc("2025年度项目绩效目标表", [["项目名称", "示例村道硬化"],
                                                            ["项目总投资（万元）", "85"]]))
    assert only.funds["total"].value_wan == 85.0 and "investment" not in only.funds


def _review_sheet(detail_total: str) -> ParsedDocument:
    head = [
        ["项目名称", "示例站空气监测仪器更新", "项目单位", "示例市环境监测站"],
        ["主管部门", "示例市生态环境局", "编报时间", "2016年10月"],
        ["项目资金（万元）", f"合计：{detail_total}", "1、市级财政拨款", detail_total],
        ["", "", "2、其他资金", "0"],
    ]
    detail = [
        ["项目用途", "金额（万元）", "数量", "单位", "单价（元）", "测算依据"],
        ["颗粒物监测仪", "40", "4", "台", "100000", "市场询价"],
        ["气象参数传感器", "12", "4", "套", "30000", "市场询价"],
        ["合计", detail_total, "", "", "", ""],
    ]
    ind = [
        ["一级指标", "二级指标", "绩效目标内容", "指标值"],
        ["投入", "时效目标", "项目实施周期", "2017年3月至2017年10月"],
        ["投入", "成本目标", "项目总投入", f"≤{detail_total}万元"],
        ["产出", "数量目标", "更新监测仪器", "≥8台"],
        ["产出", "质量目标", "仪器验收合格率", "100%"],
        ["效果", "社会效益目标", "监测数据有效率", "≥95%"],
        ["效果", "服务对象满意度", "使用科室满意度", "≥90%"],
    ]
    return make_doc("2017年绩效目标评审申报表", head, "七、项目支出预算明细", detail, "九、项目年度绩效目标", ind)


def test_2017_review_form_levels_and_budget_detail(settings: Settings) -> None:
    doc = _review_sheet("52")
    sheet = extract_goal_sheet(doc)
    assert [i.level3 for i in sheet.indicators][:2] == ["项目实施周期", "项目总投入"]
    assert {i.family for i in sheet.indicators} >= {"产出", "效益", "满意度"}
    assert any(i.sub_family == "成本" for i in sheet.indicators)
    assert sheet.budget_detail_kind == "detail"
    found = _findings(doc, settings)
    assert not [f for f in found if f.rule_id in {"GS-02", "GS-04"}]
    wrong = [f for f in _findings(_review_sheet("62"), settings) if f.rule_id == "GS-02"]
    assert [f.severity for f in wrong] == ["error"] and "52.00" in wrong[0].message
