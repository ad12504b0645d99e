"""The labelled sample set: every sample triggers what it must and nothing it must not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"
LABELS: list[dict[str, Any]] = yaml.safe_load((SAMPLES / "labels.yaml").read_text(encoding="utf-8"))


def test_every_goal_sheet_rule_has_a_positive_and_a_clean_sample() -> None:
    positives = {r for lab in LABELS for r in lab.get("must", [])}
    for rule in ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-06", "GS-07", "GS-10", "GS-11", "GS-13",
                 "GS-15", "GS-16"]:
        assert rule in positives
        assert any(rule in lab.get("must_not", []) and not lab.get("must") for lab in LABELS)
    assert {Path(lab["file"]).suffix for lab in LABELS} >= {".docx", ".xlsx", ".pdf"}


@pytest.mark.parametrize("label", LABELS, ids=[lab["file"] for lab in LABELS])
def test_sample(label: dict[str, Any], settings: Settings) -> None:
    result = check_paths([SAMPLES / label["file"]], settings, CheckOptions())[0]
    if label["kind"] == "other":
        assert result.error and "不是绩效目标申报表" in result.error
        return
    assert result.error is None, result.error
    assert result.document.kind == label["kind"]
    if label["fiscal_year"] is None:  # undecidable: the result says so instead of guessing
        assert any("未能确定预算年度" in n for n in result.notes)
    else:
        assert result.document.fiscal_year == label["fiscal_year"]
    got = {f.rule_id for f in result.findings}
    missing = set(label.get("must", [])) - got
    unexpected = set(label.get("must_not", [])) & got
    assert not missing, f"missing {missing}"
    assert not unexpected, [f.message for f in result.findings if f.rule_id in unexpected]
    wrong_errors = [f.message for f in result.findings
                    if f.severity == "error" and f.rule_id in set(label.get("must_not_error", []))]
    assert not wrong_errors
    expect = label.get("expect") or {}
    if "project_name" in expect:
        assert result.document.project_name == expect["project_name"]
    for f in result.findings:
        assert not f.evidence or f.evidence.replace(" ", "") in _text(SAMPLES / label["file"])


def _text(path: Path) -> str:
    from review_assistant.parsing import parse_file

    return parse_file(path).normalized_text


@pytest.mark.parametrize("label", [lab for lab in LABELS if lab["kind"] == "goal_sheet"],
                         ids=[lab["file"] for lab in LABELS if lab["kind"] == "goal_sheet"])
def test_extraction_facts(label: dict[str, Any]) -> None:
    from review_assistant.extract.goal_sheet import extract_goal_sheet
    from review_assistant.parsing import parse_file

    expect = label.get("expect") or {}
    if str(expect.get("layout", "")).startswith("L"):
        return  # real-layout samples: tests/goal_sheet/test_real_layouts.py (several projects, notices …)
    sheet = extract_goal_sheet(parse_file(SAMPLES / label["file"]))
    if "project_name" in expect:
        assert sheet.project_name == expect["project_name"]
    if "department" in expect:
        assert sheet.field_value("department") == expect["department"]
    if "implementing_unit" in expect and "GS-01" not in label.get("must", []):
        assert sheet.field_value("implementer") == expect["implementing_unit"]
    if expect.get("total_funds_wan") is not None:
        assert sheet.total_wan() == pytest.approx(expect["total_funds_wan"])
    if "indicator_count" in expect:
        assert len(sheet.annual_indicators()) == expect["indicator_count"]
    if expect.get("layout") == "y2021" and "GS-04" not in label.get("must", []):  # no cost row, no 2021 marker
        assert sheet.layout == "2021"


def test_precision_and_recall_over_all_samples(settings: Settings) -> None:
    """Every labelled sample (goal sheets and reports): recall ≥ 0.95 and no error on a must-not rule."""
    from review_assistant.review.evaluation import evaluate, load_labels

    ev = evaluate(load_labels([SAMPLES / "labels.yaml", SAMPLES / "report_labels.yaml"]), settings)
    total = ev.total()
    assert not ev.refused
    assert not ev.errors_wrong
    assert total.recall is not None and total.recall >= 0.95
    assert all(s.year_right == s.files for s in ev.layouts.values())
    assert all(s.rows_right == s.rows_expected and s.fields_found == s.fields_expected for s in ev.layouts.values())
