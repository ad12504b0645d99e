"""Report layouts of corpus/samples/LAYOUTS.md §5 (samples ``rr*``): sections, conclusion, score, budget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from review_assistant.extract.classify import classify
from review_assistant.extract.report import extract_report
from review_assistant.extract.report_sections import DIMENSION_KEYS
from review_assistant.parsing import parse_file

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"
LABELS: list[dict[str, Any]] = [
    lab for lab in yaml.safe_load((SAMPLES / "report_labels.yaml").read_text(encoding="utf-8"))
    if str((lab.get("expect") or {}).get("layout", "")).startswith("R")
]


def test_every_report_layout_has_a_sample() -> None:
    catalogue = (SAMPLES / "LAYOUTS.md").read_text(encoding="utf-8")
    assert {lab["expect"]["layout"] for lab in LABELS} == {"R02", "R03", "R04", "R05", "R06", "R08", "R09", "R10",
                                                                "R11", "R12", "R13", "R14", "R15", "R16", "R17", "R18",
                                                                "R19", "R20", "R21", "R22", "R23", "R24", "R25", "R26"}
    for lab in LABELS:
        assert Path(lab["file"]).name in catalogue


@pytest.mark.parametrize("label", LABELS, ids=[lab["file"] for lab in LABELS])
def test_report_layout_is_read(label: dict[str, Any]) -> None:
    doc = parse_file(SAMPLES / label["file"])
    assert classify(doc) == "appraisal_report"
    report = extract_report(doc, fiscal_year=2025)
    expect = label["expect"]
    assert report.project_name == expect["project_name"]
    assert report.requested_amount is not None and report.requested_amount.value_wan == expect["requested_wan"]
    assert report.evaluator is not None and report.report_date is not None
    if expect.get("opinion_form"):
        assert report.opinion_form and not {s.key for s in report.sections} & set(DIMENSION_KEYS)
    else:
        missing = set(expect.get("missing", ()))
        keys = {s.key for s in report.sections}
        # An opinion whose table scores the dimensions (R19) is an opinion with the dimensions as sections.
        assert report.opinion_form == bool(expect.get("scored_opinion"))
        assert keys >= set(DIMENSION_KEYS) - missing and not keys & missing
    assert report.conclusion is not None
    if "conclusion" in expect:
        assert report.conclusion.term == expect["conclusion"]
    if "equivalent" in expect:
        assert report.conclusion.equivalent == expect["equivalent"]
    if "score" in expect:
        assert report.score is not None and report.score.value == expect["score"]
    else:
        assert report.score is None
    if "recommended_wan" in expect:
        assert report.recommended_budget is not None
        assert report.recommended_budget.value_wan == expect["recommended_wan"]
    else:
        assert report.recommended_budget is None


def test_merged_dimension_heading_counts_for_each_dimension() -> None:
    doc = parse_file(SAMPLES / "reports/rr01_county_short_merged.docx")
    report = extract_report(doc, fiscal_year=2025)
    merged = [s for s in report.sections if s.title == "立项必要性与实施方案可行性"]
    assert {s.key for s in merged} == {"necessity", "feasibility"}
    assert len({s.text for s in merged}) == 1
