"""The heldout26 three-expert review sheet (fixer49, sample ``reports/rr_three_expert_cut_fixer49.xlsx``, R23): a cut
written in brackets in the 建议预算 cell is the stated reduction, so EA-RPT-04 does not ask for one."""

from __future__ import annotations

from pathlib import Path

from review_assistant.extract.report import extract_report
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

REPORTS = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"
SAMPLE = REPORTS / "rr_three_expert_cut_fixer49.xlsx"


def test_cut_in_the_recommended_cell_is_read() -> None:
    report = extract_report(parse_file(SAMPLE))
    assert report.recommended_budget is not None and report.recommended_budget.value_wan == 138.0
    assert report.reduction is not None and report.reduction.value_wan == 12.0
    assert "分类收集车辆单价偏高部分" in report.reduction.raw


def test_no_warning_about_an_unlisted_cut(settings: Settings) -> None:
    result = check_paths([SAMPLE], settings, CheckOptions())[0]
    assert result.document.kind == "appraisal_report"
    assert not [f for f in result.findings if f.rule_id == "EA-RPT-04"], [f.message for f in result.findings]
