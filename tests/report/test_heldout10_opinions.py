"""Opinions and review letters after heldout10 (samples rr21–rr24; LAYOUTS.md §5 R22–R25): a finance bureau's
"同意/不同意纳入项目库" is the verdict and is compared with the score; a sheet form's one-cell "评审结论：……" row and
its 合计 row below the project rows are read; a grading legend's "90分（含）以上" is a band, not the score; the panel
size the text states is compared with the members who sign."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import make_doc
from reportbuild import findings
from review_assistant.checks.report.evidence import OFFLINE_RULES
from review_assistant.extract.report import LIBRARY_ADMITTED, extract_report
from review_assistant.extract.report_text import find_score
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"
LETTER_TITLE = "示例县财政局关于示例项目事前绩效评估的审核意见"
OPINIONS = ["一、立项必要性。需求论证不充分。", "二、投入经济性。单价未附询价记录。", "三、绩效目标合理性。缺少效益指标。",
            "四、实施方案可行性。进度安排不具体。", "五、筹资合规性。渠道合规。"]


def _letter(verdict: str) -> list[str]:
    return [LETTER_TITLE, "示财绩审〔2025〕12号", "示例县文化和旅游局：", "现将审核意见通知如下：", *OPINIONS, verdict,
            "示例县财政局", "2025年9月18日"]


def _rules(doc: object, settings: Settings) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message) for f in findings(settings, (doc, "appraisal_report"))[0]]  # type: ignore[arg-type]


def test_admission_to_the_project_library_is_the_verdict_and_is_checked_against_the_score(settings: Settings) -> None:
    low = make_doc(*_letter("经审核，该项目审核得分55分，同意纳入2026年度项目库。"))
    report = extract_report(low)
    assert report.opinion_form and report.conclusion is not None and report.conclusion.term == LIBRARY_ADMITTED
    found = _rules(low, settings)
    assert [s for r, s, _ in found if r == "EA-RPT-03"] == ["error"]
    assert not [m for r, s, m in found if r == "EA-RPT-01" and (s == "error" or "总体结论" in m)]  # the sentence is the conclusion
    assert not [r for r, *_ in found if r in OFFLINE_RULES]  # a letter holds no evidence of its own
    assert report.evaluator is not None and report.evaluator.value == "示例县财政局"
    # admitted with a passing score: an info naming the wording, no error
    ok = _rules(make_doc(*_letter("经审核，该项目审核得分72分，同意纳入2026年度项目库。")), settings)
    assert [s for r, s, _ in ok if r == "EA-RPT-03"] == ["info"] and not [1 for _, s, _ in ok if s == "error"]
    # refused means 不予支持: consistent with a failing score
    refused = make_doc(*_letter("经审核，该项目审核得分52分，不同意纳入2026年度项目库。"))
    conclusion = extract_report(refused).conclusion
    assert conclusion is not None and conclusion.equivalent == "不予支持"
    assert not [1 for _, s, _ in _rules(refused, settings) if s == "error"]


def test_a_rule_listing_both_outcomes_is_no_verdict() -> None:
    doc = make_doc(*_letter("审核得分60分以上的同意纳入项目库，不足60分的不同意纳入项目库。"))
    assert extract_report(doc).conclusion is None


def test_a_sheet_form_verdict_row_and_total_row_are_read(settings: Settings) -> None:
    result = check_paths([SAMPLES / "rr22_expert_form_sheet.xlsx"], settings, CheckOptions(use_llm=False))[0]
    assert result.error is None and result.document.appraisal_score == 84.0
    assert not [f for f in result.findings if f.severity == "error"]
    assert not [f for f in result.findings if f.rule_id == "EA-RPT-01"]
    # the same rows in a table whose score header sits below project rows
    rows = [["审核意见表", "审核意见表", "审核意见表", "审核意见表"], ["项目名称", "示例项目", "申报单位", "示例局"],
            ["审核内容", "分值", "得分", "审核意见"], ["立项必要性", "20", "12", "需求不明确。"], ["合计", "100", "55", ""],
            ["审核结论", "经审核，该项目评分55分，结论为“予以支持”。", "", ""]]
    report = extract_report(make_doc("审核意见表", rows, path="表.xlsx"))
    assert report.score is not None and report.score.value == 55.0
    assert report.conclusion is not None and report.conclusion.term == "予以支持"
    assert [s for r, s, _ in _rules(make_doc("审核意见表", rows, path="表.xlsx"), settings) if r == "EA-RPT-03"] == ["error"]


def test_numbered_opinions_in_one_cell_are_the_dimensions_not_the_score_rows() -> None:
    rows = [["示例专家评审意见表", "", ""], ["项目名称", "示例项目", ""],
            ["1. 立项必要性：老旧小区27个，消防设施缺失问题突出，必要性充分。", "", ""],
            ["评估维度", "分值", "得分"], ["立项必要性", "20", "18"], ["合计", "100", "77"],
            ["评审结论：调整后予以支持，建议预算控制数126万元。", "", ""]]
    report = extract_report(make_doc("评审意见", rows, path="表.xlsx"))
    necessity = report.section("necessity")
    assert necessity is not None and necessity.text.startswith("老旧小区27个")
    assert report.conclusion is not None and report.conclusion.term == "调整后予以支持"
    assert report.score is not None and report.score.value == 77.0 and report.opinion_form


@pytest.mark.parametrize("legend", ["总分90分（含）以上为“优”", "总分90分以上为优", "得分60分以下为“差”",
                                    "总分80分至90分为“良”"])
def test_a_grading_band_is_not_the_score(legend: str) -> None:
    assert find_score(legend) is None
    assert find_score(f"评分等级：{legend}。项目综合得分76分，评估等级为“中”。") == (76.0, "综合得分76分")


def test_the_legend_report_sample_contradicts_its_own_score(settings: Settings) -> None:
    result = check_paths([SAMPLES / "rr23_grading_legend_before_score.pdf"], settings, CheckOptions(use_llm=False))[0]
    assert result.document.appraisal_score == 74.0
    assert [f.severity for f in result.findings if f.rule_id == "EA-RPT-03"] == ["error"]


def test_fewer_signatures_than_the_stated_panel_is_an_error(settings: Settings) -> None:
    result = check_paths([SAMPLES / "rr24_expert_panel_short.docx"], settings, CheckOptions(use_llm=False))[0]
    panel = [f for f in result.findings if f.rule_id == "EA-RPT-05" and f.severity == "error"]
    assert len(panel) == 1 and "5名" in panel[0].message and "4人" in panel[0].message
    signed = [["序号", "姓名", "工作单位", "签名"], *([str(i), f"示例{i}", "某单位", ""] for i in range(1, 6))]
    full = make_doc("示例项目事前绩效评估专家评审意见", "评审专家组由五名专家组成。", "评审结论：予以支持。", signed)
    report = extract_report(full)
    assert report.panel is not None and report.panel.stated == 5 and len(report.panel.members) == 5
    assert not [m for r, s, m in _rules(full, settings) if r == "EA-RPT-05" and s == "error"]
    line = make_doc("示例项目事前绩效评估专家评审意见", "专家组由3名专家组成。", "评审结论：予以支持。",
                    "专家组成员（签名）：示例甲、示例乙    2025年9月16日")
    panel_line = extract_report(line).panel
    assert panel_line is not None and panel_line.members == ["示例甲", "示例乙"]
    # no stated size: nothing to compare
    assert extract_report(make_doc("示例项目事前绩效评估专家评审意见", "评审结论：予以支持。", signed)).panel is None
