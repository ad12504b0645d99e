"""The labelled report samples: each triggers what it must and none of the report rules it must not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from review_assistant.extract.report import AppraisalReport
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths, prepare
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"
LABELS: list[dict[str, Any]] = yaml.safe_load((SAMPLES / "report_labels.yaml").read_text(encoding="utf-8"))
RULES = ["EA-RPT-01", "EA-ECO-01", "EA-NEC-04", "EA-RPT-03", "EA-RPT-04", "EA-RPT-05", "GEN-04", "EA-GOAL-03", "GEN-01"]


def test_every_rule_has_a_positive_and_a_negative_sample() -> None:
    for rule in RULES:
        assert any(rule in lab["must"] for lab in LABELS), rule
        assert any(rule in lab["must_not"] and not lab["must"] for lab in LABELS), rule
    assert {Path(lab["file"]).suffix for lab in LABELS} >= {".docx", ".pdf", ".xlsx"}


@pytest.mark.parametrize("label", LABELS, ids=[lab["file"] for lab in LABELS])
def test_sample(label: dict[str, Any], settings: Settings) -> None:
    paths = [SAMPLES / label["file"], *(SAMPLES / b for b in label.get("batch", []))]
    result = check_paths(paths, settings, CheckOptions())[0]
    assert result.error is None, result.error
    assert result.document.kind == label["kind"]
    assert result.document.fiscal_year == label["fiscal_year"]
    got = {f.rule_id for f in result.findings}
    assert not set(label["must"]) - got, f"missing {set(label['must']) - got}"
    unexpected = set(label["must_not"]) & got
    assert not unexpected, [f.message for f in result.findings if f.rule_id in unexpected]
    text = parse_file(paths[0]).normalized_text
    for f in result.findings:
        assert not f.evidence or f.evidence.replace(" ", "") in text, f.evidence
        for rel in f.related:
            assert rel.evidence.replace(" ", "") in parse_file(rel.path).normalized_text
        assert f.message and f.suggestion and f.policy_refs, f.rule_id


@pytest.mark.parametrize("label", [lab for lab in LABELS if lab.get("expect")],
                         ids=[lab["file"] for lab in LABELS if lab.get("expect")])
def test_extraction_facts(label: dict[str, Any], settings: Settings) -> None:
    ctx = prepare(SAMPLES / label["file"], settings, CheckOptions())
    report = ctx.report
    assert isinstance(report, AppraisalReport)
    expect = label["expect"]
    if str(expect.get("layout", "")).startswith("R"):
        return  # real-world report layouts: tests/report/test_real_reports.py
    if expect.get("scored_opinion"):
        return  # expert-opinion forms of L99: their facts are checked in tests/report/test_heldout18_opinion.py
    if expect.get("opinion_form"):  # an expert opinion (L94): no report sections by design, its own facts are read
        assert report.opinion_form and report.project_name == expect["project_name"]
        assert report.requested_amount is not None and report.requested_amount.value_wan == expect["requested_wan"]
        assert report.conclusion is not None and report.conclusion.equivalent == expect["equivalent"]
        assert report.recommended_budget is not None and report.recommended_budget.value_wan == expect["recommended_wan"]
        assert (report.score.value if report.score else None) == expect.get("score")
        assert report.evaluator is not None and report.report_date is not None
        return
    assert report.project_name == expect["project_name"]
    found = {s.key for s in report.sections if s.key}
    assert found >= set(expect["sections"])
    assert report.requested_amount is not None
    assert report.requested_amount.value_wan == pytest.approx(expect["requested_wan"])
    if "recommended_wan" in expect:
        assert report.recommended_budget is not None
        assert report.recommended_budget.value_wan == pytest.approx(expect["recommended_wan"])
    if "conclusion" in expect:
        assert report.conclusion is not None and report.conclusion.term == expect["conclusion"]
        assert report.score is not None and report.score.value == expect["score"]
    if "embedded_sheet" in expect:
        assert (report.goal_sheet is not None) == expect["embedded_sheet"]
    assert report.budget_tables and report.budget_tables[0].total is not None
    assert report.evaluator is not None and report.report_date is not None and report.submission_date is not None


def test_labels_are_what_the_generator_writes(tmp_path: Path) -> None:
    from reportbuild import mr

    mr.generate(tmp_path / "reports", tmp_path / "labels.yaml")
    assert (tmp_path / "labels.yaml").read_text(encoding="utf-8") == \
        (SAMPLES / "report_labels.yaml").read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == \
        sorted(p.name for p in (SAMPLES / "reports").iterdir())
