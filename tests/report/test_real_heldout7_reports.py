"""The heldout7 failure class of reports (samples rr18, rr19; LAYOUTS.md §5 R19): a district 专家评审意见 whose table
scores the five dimensions by expert, ends in "综合得分 | 100 | | | | 平均分" and is followed by the verdict. The score
is the average (not the full marks), the opinion is an opinion (no report sections or budget table of its own), and
a PDF title line is not glued to the "项目名称：" line under it."""

from __future__ import annotations

from pathlib import Path

from docbuild import make_doc
from reportbuild import findings
from review_assistant.extract.report import extract_report
from review_assistant.parsing import parse_file
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"
LOW = SAMPLES / "rr18_panel_scores_low_support.pdf"
ADJUSTED = SAMPLES / "rr19_panel_scores_adjusted.docx"

_PANEL = [["评估维度", "分值", "专家一", "专家二", "专家三", "平均"],
          ["立项必要性", "20", "12", "11", "12", "11.7"],
          ["投入经济性", "20", "10", "11", "10", "10.3"],
          ["综合得分", "100", "", "", "", "22.0"]]


def test_the_average_column_of_the_total_row_is_the_score_not_the_full_marks() -> None:
    doc = make_doc("示例项目事前绩效评估专家评审意见", "评审结论：予以支持。", _PANEL, path="意见.docx")
    score = extract_report(doc).score
    assert score is not None and score.value == 22.0 and score.location.column == 5


def test_an_empty_average_cell_falls_back_to_the_last_number_but_never_to_full_marks() -> None:
    merged = [row[:] for row in _PANEL]
    merged[0][5] = "平均得分"
    merged[-1] = ["综合得分", "100", "", "", "22.0", ""]  # the average written one column early
    doc = make_doc("示例项目事前绩效评估专家评审意见", "评审结论：予以支持。", merged, path="意见.docx")
    score = extract_report(doc).score
    assert score is not None and score.value == 22.0
    only_marks = [row[:] for row in _PANEL]
    only_marks[-1] = ["综合得分", "100", "", "", "", ""]
    doc = make_doc("示例项目事前绩效评估专家评审意见", "评审结论：予以支持。", only_marks, path="意见.docx")
    assert extract_report(doc).score is None


def test_a_low_panel_score_with_support_is_an_error_and_the_pdf_title_stands_alone(settings: Settings) -> None:
    doc = parse_file(LOW)
    texts = [b.text for b in doc.blocks if b.table is None]
    assert texts[0] == "2025年度区级财政支出项目事前绩效评估专家评审意见"
    assert texts[1] == "项目名称：示例区社区菜市场改造补助项目"
    report = extract_report(doc)
    assert report.project_name == "示例区社区菜市场改造补助项目"
    assert report.opinion_form and report.score is not None and report.score.value == 56.6
    found = findings(settings, (doc, "appraisal_report"))[0]
    contradiction = [f for f in found if f.rule_id == "EA-RPT-03"]
    assert [f.severity for f in contradiction] == ["error"] and "56.6" in contradiction[0].message
    assert not [f for f in found if f.rule_id in {"EA-RPT-01", "EA-ECO-01"}]


def test_a_clean_panel_opinion_gets_no_report_section_or_budget_table_findings(settings: Settings) -> None:
    doc = parse_file(ADJUSTED)
    report = extract_report(doc)
    assert report.opinion_form and report.score is not None and report.score.value == 74.7
    assert report.recommended_budget is not None and report.recommended_budget.value_wan == 88.0
    found = findings(settings, (doc, "appraisal_report"))[0]
    assert not [f for f in found if f.rule_id in {"EA-RPT-01", "EA-ECO-01", "EA-RPT-03"}]
    assert not [f for f in found if f.severity == "error"]


def test_an_opinion_without_a_scoring_table_still_says_it_could_not_review_the_dimensions(settings: Settings) -> None:
    doc = make_doc("示例项目事前绩效评估评审意见", "项目名称：示例项目", "申请资金：50万元",
                   "评审结论：调整完善后予以支持。", path="意见.docx")
    report = extract_report(doc)
    assert report.opinion_form
    found = findings(settings, (doc, "appraisal_report"))[0]
    assert [f.severity for f in found if f.rule_id == "EA-RPT-01"] == ["warning"]
    # the calculation table is the reviewed report's: on an opinion EA-ECO-01 only says it does not apply (fixer36)
    eco = [f for f in found if f.rule_id == "EA-ECO-01"]
    assert [f.severity for f in eco] == ["info"] and "不适用于评审意见" in eco[0].message
