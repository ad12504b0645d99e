"""The heldout5 failure classes of reports (samples rr13, rr14; LAYOUTS.md §5 R15–R16): the score of an expert
opinion is its table's 平均得分 row, a dimension that only the appendix 评分表 names is no section, and the budget
year is the project's, not the review meeting's."""

from __future__ import annotations

from pathlib import Path

from docbuild import make_doc
from reportbuild import findings
from review_assistant.extract.report import extract_report
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, prepare
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"
R15 = SAMPLES / "rr13_expert_average_low_score.docx"
R16 = SAMPLES / "rr14_missing_section_score_appendix.docx"


def test_the_average_row_of_an_expert_table_is_the_score(settings: Settings) -> None:
    doc = parse_file(R15)
    report = extract_report(doc)
    assert report.score is not None and report.score.value == 55.5 and "平均得分" in report.score.text
    found = [f for f in findings(settings, (doc, "appraisal_report"))[0] if f.rule_id == "EA-RPT-03"]
    assert [f.severity for f in found] == ["error"] and "55.5" in found[0].message


def test_a_comprehensive_score_row_is_read_and_member_rows_are_not() -> None:
    rows = [["序号", "姓名", "打分"], ["1", "甲", "90"], ["2", "乙", "70"], ["", "综合评分", "80"]]
    doc = make_doc("示例项目事前绩效评估专家评审意见", "评审结论：予以支持。", rows, path="意见.docx")
    score = extract_report(doc).score
    assert score is not None and score.value == 80.0
    without_total = make_doc("示例项目事前绩效评估专家评审意见", "评审结论：予以支持。", rows[:3], path="意见.docx")
    assert extract_report(without_total).score is None  # one expert's mark is not the panel's score


def test_a_dimension_only_in_the_appendix_scoring_table_is_missing(settings: Settings) -> None:
    doc = parse_file(R16)
    report = extract_report(doc)
    assert report.section("funding_compliance") is None
    assert report.section("feasibility") is not None
    assert report.score is not None and report.score.value == 83.0
    found = [f for f in findings(settings, (doc, "appraisal_report"))[0] if f.rule_id == "EA-RPT-01"]
    assert [f.severity for f in found] == ["error"] and "筹资合规性" in found[0].message


def test_a_scoring_table_alone_still_gives_the_dimensions() -> None:
    rows = [["评估内容", "审核要点", "分值", "得分"],
            ["一、立项必要性（50分）", "符合规划，与职责相关", "50", "45"],
            ["二、筹资合规性（50分）", "资金来源合规", "50", "40"], ["合计", "", "100", "85"]]
    doc = make_doc("示例项目事前绩效评估评分表", rows, "评估结论：予以支持。", path="评分表.docx")
    keys = {s.key for s in extract_report(doc).sections}
    assert {"necessity", "funding_compliance"} <= keys


def test_the_budget_year_is_not_the_review_meeting_year(settings: Settings, tmp_path: Path) -> None:
    report = extract_report(parse_file(R15))
    assert report.fiscal_year == 2025  # "申请2025年度资金", not the meeting in 2024年10月
    ctx = prepare(R15, settings, CheckOptions())
    assert ctx.fiscal_year == 2025


def test_a_budget_year_field_outranks_a_dated_first_paragraph() -> None:
    doc = make_doc("示例项目事前绩效评估专家评审意见", "2025年9月3日，示例局组织专家对绩效目标申报表和评估报告进行评审。",
                   [["项目名称", "示例项目"], ["项目实施年度", "2026年"]], "评审结论：予以支持。", path="意见.docx")
    assert extract_report(doc).fiscal_year == 2026
