"""Rule cases as data: each YAML file in ``rule_cases/`` lists document fragments and the exact findings.

A case starts from the clean sample of its family and changes one thing:

- goal sheets (``family: goal_sheet``): ``indicator`` replaces indicator rows by name, ``drop_indicators``
  removes them, ``header_row`` replaces the header row holding a label, ``drop_header`` removes it;
- appraisal reports (``family: report``): ``report`` sets fields of the sample generator's ``Report``
  (``citations``, ``conclusion``, ``score``, ``evaluator`` …).

``settings`` overrides ``[review]`` settings. ``expect`` is the complete list of findings, each with
``rule`` and ``severity`` and optionally ``message`` (a part of the message): a finding not listed, or
a listed one missing, fails the case. Adding a case is adding a YAML entry.
"""

from __future__ import annotations

import copy
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from docbuild import CLEAN_INDICATORS, HEADER_ROWS, clean_doc
from reportbuild import report, report_findings
from review_assistant.checks.base import CheckContext, registered_checks
from review_assistant.checks.models import Finding
from review_assistant.checks.rulebook import rulebook
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.review.pipeline import CheckOptions, run_checks
from review_assistant.settings import Settings

CASES_DIR = Path(__file__).parent / "rule_cases"


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append(pytest.param(data["family"], case, id=f"{path.stem}:{case['name']}"))
    return out


def _goal_sheet_findings(case: dict[str, Any], settings: Settings) -> list[Finding]:
    indicators = copy.deepcopy(CLEAN_INDICATORS)
    for name, row in (case.get("indicator") or {}).items():
        assert any(r[2] == name for r in indicators), f"no indicator {name}"
        indicators = [list(row) if r[2] == name else r for r in indicators]
    indicators = [r for r in indicators if r[2] not in set(case.get("drop_indicators") or [])]
    header = copy.deepcopy(HEADER_ROWS)
    for label, row in (case.get("header_row") or {}).items():
        assert any(label in r for r in header), f"no header row {label}"
        header = [list(row) if label in r else r for r in header]
    header = [r for r in header if not set(case.get("drop_header") or []) & set(r)]
    doc = clean_doc(indicators=indicators, header=header)
    sheet = extract_goal_sheet(doc)
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=sheet.fiscal_year or 2025,
                       goal_sheet=sheet)
    return run_checks(ctx, CheckOptions(), batch_phase=False)


@pytest.mark.parametrize(("family", "case"), _cases())
def test_rule_case(family: str, case: dict[str, Any], settings: Settings) -> None:
    for key, value in (case.get("settings") or {}).items():
        setattr(settings.review, key, value)
    if family == "goal_sheet":
        got = _goal_sheet_findings(case, settings)
    else:
        got = report_findings(report(**(case.get("report") or {})), settings)
    expected = case.get("expect") or []
    assert Counter((f.rule_id, f.severity) for f in got) == Counter((e["rule"], e["severity"]) for e in expected), \
        [(f.rule_id, f.severity, f.message) for f in got]
    for e in expected:
        if "message" in e:
            assert any(f.rule_id == e["rule"] and e["message"] in f.message for f in got), (e, [f.message for f in got])


def test_cases_name_known_rules() -> None:
    known = set(rulebook())
    for param in _cases():
        _, case = param.values
        assert {e["rule"] for e in case.get("expect") or []} <= known, case["name"]


def test_every_deterministic_rule_has_its_rule_basis_entry() -> None:
    """A new rule is one class plus one entry in rule_basis.yaml (dimension, title, policy basis)."""
    book = rulebook()
    missing = sorted(c.rule_id for c in registered_checks() if c.rule_id not in book)
    assert missing == []
    assert all(book[c.rule_id].dimension and book[c.rule_id].title for c in registered_checks())
