"""The heldout15 wording classes (fixer34, LAYOUTS.md L86–L88): the sign written in a "指标值类型" column, qualitative
rows graded in a "指标值说明" column or stated as a checkable state, rates targeted at 100% ("≥100%" and "=100%"
judged alike), and satisfaction rows named 好评率 / 满意率 / 认可度."""

from __future__ import annotations

import pytest

from docbuild import HEADER_ROWS, make_doc
from review_assistant.checks.models import Finding
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.models import GoalSheet
from review_assistant.parsing.model import ParsedDocument
from review_assistant.settings import Settings
from sheetcheck import sample_sheet, sheet_findings

TITLE = "2025年度项目支出绩效目标申报表"
TYPE_HEADER = ["一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "度量单位"]
TYPE_ROWS = [
    ["产出指标", "数量指标", "办理政务服务事项数量", "≥", "120000", "件"],
    ["产出指标", "质量指标", "事项按时办结率", "=", "100", "%"],
    ["产出指标", "时效指标", "即办件办理时限", "≤", "1", "个工作日"],
    ["产出指标", "成本指标", "项目总成本", "≤", "120", "万元"],
    ["效益指标", "社会效益指标", "一网通办事项占比", "≥", "90", "%"],
    ["效益指标", "可持续影响指标", "政务服务标准化建设", "定性", "好", ""],
    ["满意度指标", "服务对象满意度指标", "办事群众好评率", "≥", "95", "%"],
]


def _doc(header: list[str], rows: list[list[str]]) -> ParsedDocument:
    width = len(header)
    head = [[*r, *([""] * (width - len(r)))] if len(r) < width else r[:width] for r in HEADER_ROWS]
    return make_doc(TITLE, [*head, header, *rows])


def _sheet(header: list[str], rows: list[list[str]], settings: Settings) -> tuple[GoalSheet, list[Finding]]:
    doc = _doc(header, rows)
    sheet = extract_goal_sheet(doc)
    return sheet, sheet_findings(doc, sheet, settings)


# ---- L86: the sign in a 指标值类型 column -------------------------------------------------------------------


def test_signs_in_value_type_column_are_read_as_the_sign_column(settings: Settings) -> None:
    sheet, findings = _sheet(TYPE_HEADER, TYPE_ROWS, settings)
    signs = {i.level3: i.sign for i in sheet.indicators}
    assert signs["办理政务服务事项数量"] == "≥" and signs["事项按时办结率"] == "=" and signs["即办件办理时限"] == "≤"
    assert all(i.has_sign_column for i in sheet.indicators)
    qual = next(i for i in sheet.indicators if i.level3 == "政务服务标准化建设")
    assert qual.qualitative and qual.sign is None
    assert any("指标值类型" in n.message and "比较符号" in n.message for n in sheet.notes)
    assert not [f for f in findings if f.rule_id == "GS-03"]


def test_a_blank_sign_in_that_column_is_one_row_missing_its_sign(settings: Settings) -> None:
    rows = [list(r) for r in TYPE_ROWS]
    rows[0][3] = ""
    _, findings = _sheet(TYPE_HEADER, rows, settings)
    gs03 = [f for f in findings if f.rule_id == "GS-03"]
    assert len(gs03) == 1 and "办理政务服务事项数量" in gs03[0].message and "缺少指标性质" in gs03[0].message
    assert gs03[0].severity == "warning"


def test_value_type_column_with_only_quantitative_or_qualitative_stays_a_type_column(settings: Settings) -> None:
    """The 一体化 export's 指标值类型 says 定量/定性: it is no sign column, and the signs come from the values."""
    rows = [[*r[:3], "定性" if r[3] == "定性" else "定量", (r[3] if r[3] != "定性" else "") + r[4], r[5]]
            for r in TYPE_ROWS]
    sheet, _ = _sheet(TYPE_HEADER, rows, settings)
    assert not any(i.has_sign_column for i in sheet.indicators)
    assert {i.level3: i.sign for i in sheet.indicators}["即办件办理时限"] == "≤"
    assert not any("比较符号" in n.message for n in sheet.notes)


# ---- L87: qualitative rows graded in an explanation column, or stated as a checkable state --------------------

EXPLAINED_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值说明"]
COST_ROWS = [
    ["产出指标", "数量指标", "修复破损路面面积", "≥", "26000", "平方米", "依据年度维修计划"],
    ["产出指标", "质量指标", "工程验收合格率", "=", "100", "%", "依据验收报告"],
    ["产出指标", "时效指标", "修复完工时间", "≤", "2025年10月31日", "", ""],
    ["成本指标", "经济成本指标", "项目总成本", "≤", "120", "万元", "依据市政维修定额"],
    ["成本指标", "社会成本指标", "对沿线居民出行的影响", "定性", "无明显影响", "", "按无影响/轻微影响/明显影响三档，依据投诉记录"],
    ["效益指标", "社会效益指标", "受益居民户数", "≥", "1500", "户", "依据统计台账"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "90", "%", "依据问卷调查"],
]


def _gs06(rows: list[list[str]], settings: Settings, header: list[str] = EXPLAINED_HEADER) -> list[Finding]:
    return [f for f in _sheet(header, rows, settings)[1] if f.rule_id == "GS-06"]


def test_explanation_column_is_read_with_each_row(settings: Settings) -> None:
    sheet, _ = _sheet(EXPLAINED_HEADER, COST_ROWS, settings)
    social = next(i for i in sheet.indicators if i.level3 == "对沿线居民出行的影响")
    assert social.basis.startswith("按无影响/轻微影响/明显影响三档")
    assert not any("指标值说明" in n.message for n in sheet.notes)  # a known column, not "未能识别"


def test_graded_qualitative_cost_row_is_measurable(settings: Settings) -> None:
    assert _gs06(COST_ROWS, settings) == []


def test_clear_state_without_grading_is_only_a_note(settings: Settings) -> None:
    rows = [r[:6] for r in COST_ROWS]
    gs06 = _gs06(rows, settings, EXPLAINED_HEADER[:6])
    assert [f.severity for f in gs06] == ["info"]
    assert "无明显影响" in gs06[0].message and "依据" in gs06[0].message


@pytest.mark.parametrize("state", ["零事故", "未发生", "达标", "符合国家标准", "无投诉"])
def test_other_clear_states_are_not_vague(state: str, settings: Settings) -> None:
    rows = [list(r) for r in COST_ROWS]
    rows[4][4] = state
    assert not [f for f in _gs06(rows, settings) if f.severity != "info"]


def test_a_promised_change_is_no_state(settings: Settings) -> None:
    rows = [list(r) for r in COST_ROWS]
    rows[1] = ["产出指标", "质量指标", "垃圾处理水平", "定性", "无害化处理明显提升", "", ""]
    assert [f.severity for f in _gs06(rows, settings)] == ["warning"]


def test_vague_qualitative_row_without_grading_is_still_a_warning(settings: Settings) -> None:
    rows = [list(r) for r in COST_ROWS]
    rows[1] = ["产出指标", "质量指标", "修复路面平整度", "定性", "明显提升", "", ""]
    gs06 = _gs06(rows, settings)
    assert [f.severity for f in gs06] == ["warning"] and "修复路面平整度" in gs06[0].message


def test_money_cost_needs_a_number_whatever_the_explanation(settings: Settings) -> None:
    """A graded explanation does not make a money cost measurable; GS-13 reports the cell (once, not GS-06 too)."""
    rows = [list(r) for r in COST_ROWS]
    rows[3] = ["成本指标", "经济成本指标", "项目总成本", "定性", "符合相关规定", "", "按合格/不合格两档"]
    findings = _sheet(EXPLAINED_HEADER, rows, settings)[1]
    assert [f.rule_id for f in findings if f.rule_id in {"GS-06", "GS-13"}] == ["GS-13"]


def test_vague_value_after_a_comparison_sign_is_a_warning_even_with_an_explanation(settings: Settings) -> None:
    rows = [list(r) for r in COST_ROWS]
    rows[5] = ["效益指标", "社会效益指标", "小区积水点减少数量", "≥", "明显减少", "处", "按三档评定"]
    assert [f.severity for f in _gs06(rows, settings)] == ["warning"]


# ---- L88: rates targeted at 100% ------------------------------------------------------------------------------

SIGNED_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"]
BASE = [
    ["产出指标", "数量指标", "培训人次", "≥", "2000", "人次"],
    ["产出指标", "时效指标", "培训完成时间", "≤", "2025年11月30日", ""],
    ["产出指标", "成本指标", "项目总成本", "≤", "120", "万元"],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", "90", "%"],
]


def _gs07(row: list[str], settings: Settings) -> list[str]:
    rows = [BASE[0], row, *BASE[1:]] if row[0] == "产出指标" else [*BASE, row]
    return [f.severity for f in _sheet(SIGNED_HEADER, rows, settings)[1] if f.rule_id == "GS-07"]


@pytest.mark.parametrize(("row", "severities"), [
    # The unit's own work: "=100%" is legitimate, "≥100%" the same target with only a note on the notation.
    (["产出指标", "质量指标", "设备验收合格率", "=", "100", "%"], []),
    (["产出指标", "质量指标", "设备验收合格率", "≥", "100", "%"], ["info"]),
    (["效益指标", "社会效益指标", "C级危房隐患消除率", "=", "100", "%"], []),
    (["效益指标", "社会效益指标", "C级危房隐患消除率", "≥", "100", "%"], ["info"]),
    # An outcome the unit does not control: both spellings are a warning.
    (["效益指标", "社会效益指标", "培训后就业率", "=", "100", "%"], ["warning"]),
    (["效益指标", "社会效益指标", "培训后就业率", "≥", "100", "%"], ["warning"]),
    (["满意度指标", "服务对象满意度指标", "办事群众好评率", "=", "100", "%"], ["warning"]),
    # ">100%" cannot be met.
    (["产出指标", "质量指标", "设备验收合格率", ">", "100", "%"], ["warning"]),
])
def test_full_rate_is_judged_by_what_it_measures_not_by_the_sign(
    row: list[str], severities: list[str], settings: Settings,
) -> None:
    assert _gs07(row, settings) == severities


def test_full_rate_in_words_is_quoted_as_written(settings: Settings) -> None:
    rows = [BASE[0], ["产出指标", "质量指标", "设备验收合格率", "≥", "百分之百", "%"], *BASE[1:]]
    gs07 = [f for f in _sheet(SIGNED_HEADER, rows, settings)[1] if f.rule_id == "GS-07"]
    assert [f.severity for f in gs07] == ["info"] and "写作“百分之百”" in gs07[0].message


@pytest.mark.parametrize("value", ["100", "105"])
def test_a_ratio_that_may_pass_100_is_not_capped(value: str, settings: Settings) -> None:
    """国有资本保值增值率 = 期末/期初 所有者权益: "≥100%" is preserving the capital, 105% is growth."""
    assert _gs07(["效益指标", "经济效益指标", "国有资本保值增值率", "≥", value, "%"], settings) == []


def test_full_rate_on_an_outcome_says_why_for_either_sign(settings: Settings) -> None:
    rows = [*BASE, ["效益指标", "社会效益指标", "培训后就业率", "≥", "100", "%"]]
    gs07 = [f for f in _sheet(SIGNED_HEADER, rows, settings)[1] if f.rule_id == "GS-07"]
    assert "单位难以完全控制" in gs07[0].message and "写成“≥100%”实际只能等于100%" in gs07[0].message


# ---- satisfaction rows under other names ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["办事群众好评率", "受益群众满意率", "社会认可度", "患者好评度", "服务对象满意度调查得分率"])
def test_satisfaction_under_other_names_is_not_misfiled(name: str, settings: Settings) -> None:
    rows = [*BASE[:3], ["满意度指标", "服务对象满意度指标", name, "≥", "90", "%"]]
    assert not [f for f in _sheet(SIGNED_HEADER, rows, settings)[1] if f.rule_id == "GS-11"]


@pytest.mark.parametrize("name", ["工单资料审核合格率", "群众幸福感"])
def test_a_non_satisfaction_row_under_satisfaction_is_still_flagged(name: str, settings: Settings) -> None:
    rows = [*BASE[:3], ["满意度指标", "服务对象满意度指标", name, "≥", "98", "%"]]
    assert [f.rule_id for f in _sheet(SIGNED_HEADER, rows, settings)[1] if f.rule_id == "GS-11"] == ["GS-11"]


def test_low_praise_rate_gets_the_satisfaction_floor(settings: Settings) -> None:
    rows = [*BASE[:3], ["满意度指标", "服务对象满意度指标", "办事群众好评率", "≥", "70", "%"]]
    assert any(f.rule_id == "GS-07" and "低于本地要求" in f.message for f in _sheet(SIGNED_HEADER, rows, settings)[1])


# ---- the bundled samples ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "expected"), [
    ("rl153_sign_in_type_column.xlsx", set()),
    ("rl154_sign_in_type_column_missing.docx", {("GS-03", "warning")}),
    ("rl155_graded_social_cost.docx", set()),
    ("rl156_graded_social_cost_vague.pdf", {("GS-06", "warning")}),
    ("rl157_full_rates.xlsx", {("GS-07", "info")}),
    ("rl158_full_rate_outcome.docx", {("GS-07", "warning"), ("GS-07", "info")}),
])
def test_samples(name: str, expected: set[tuple[str, str]], settings: Settings) -> None:
    _, findings = sample_sheet(name, settings)
    assert {(f.rule_id, f.severity) for f in findings if f.rule_id.startswith("GS-")} == expected
