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
