"""The heldout18 expert-opinion class (samples rr_opinion_*_f37, LAYOUTS.md L99): a verdict stated after "结论为" is the
conclusion even where the same cell (or sentence) lists the score bands with every conclusion word; bands alone leave
the conclusion uncertain (EA-RPT-03 warning, never the "no conclusion" error)."""

from __future__ import annotations

from pathlib import Path

from docbuild import make_doc
from review_assistant.extract.report import extract_report
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"
BANDS = "评分80分（含）以上为“予以支持”，60分（含）至80分为“调整完善后予以支持”，60分以下为“不予支持”"


def test_the_verdict_after_its_cue_in_the_bands_sentence(settings: Settings) -> None:
    report = extract_report(parse_file(SAMPLES / "rr_opinion_bands_verdict_f37.docx"))
    assert report.conclusion is not None and report.conclusion.term == "调整完善后予以支持"
    assert report.score is not None and report.score.value == 76.4
    findings = check_paths([SAMPLES / "rr_opinion_bands_verdict_f37.docx"], settings, CheckOptions())[0].findings
    assert [f for f in findings if f.rule_id == "EA-RPT-03"] == []


def test_the_bands_alone_are_a_warning(settings: Settings) -> None:
    report = extract_report(parse_file(SAMPLES / "rr_opinion_bands_only_f37.docx"))
    assert report.conclusion is None and "60分以下为“不予支持”" in report.conclusion_listing
    findings = check_paths([SAMPLES / "rr_opinion_bands_only_f37.docx"], settings, CheckOptions())[0].findings
    rpt03 = [(f.severity, f.message) for f in findings if f.rule_id == "EA-RPT-03"]
    assert len(rpt03) == 1 and rpt03[0][0] == "warning" and "未能确定本项目的评估结论" in rpt03[0][1]


def test_the_panels_opinion_row_states_the_verdict() -> None:
    rows = [["项目名称", "示例项目", "申请金额（万元）", "50"],
            ["专家组意见", f"测算依据充分。{BANDS}。专家组平均得分82.4分，评审结论为“予以支持”。", "", ""]]
    report = extract_report(make_doc("事前绩效评估专家评审意见表", rows))
    assert report.conclusion is not None and report.conclusion.term == "予以支持" and report.conclusion.in_vocabulary
