"""The heldout25 review sheet of fixer47 (LAYOUTS.md L112; samples ``reports/rr_review_cut*_fixer47.*``): "申报金额 |
审定金额 | 核减金额", a 测算明细 block whose banner is merged down the first column, and under it 核减说明 / 审核结论 boxes
written across the whole width. The banner is not the item column; the boxes are no calculation lines (they gave
false EA-ECO-01 errors: a 合计 with their figures added, "数量×单价" read from their text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.extract.report_budget import extract_budget_tables
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

REPORTS = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"


@pytest.mark.parametrize(("name", "first"), [("rr_review_cut_fixer47.xlsx", 72.0), ("rr_review_cut_calc_fixer47.docx", 76.0)])
def test_calculation_block_ends_before_the_boxes(name: str, first: float) -> None:
    tables = extract_budget_tables(parse_file(REPORTS / name))
    assert len(tables) == 1
    table = tables[0]
    assert [ln.item for ln in table.items] == ["助餐点运营补助", "送餐上门补贴"]
    assert table.items[0].amount_wan == first
    assert table.total is not None and table.total.amount_wan == 120.0
    assert not any("核减" in ln.evidence or "审核结论" in ln.evidence for ln in table.lines)


def _eco(settings: Settings, name: str) -> list[tuple[str, str]]:
    result = check_paths([REPORTS / name], settings, CheckOptions(use_llm=False))[0]
    return [(f.severity, f.message) for f in result.findings if f.rule_id == "EA-ECO-01"]


def test_review_sheet_checks(settings: Settings) -> None:
    assert _eco(settings, "rr_review_cut_fixer47.xlsx") == []
    wrong = _eco(settings, "rr_review_cut_calc_fixer47.docx")
    assert len(wrong) == 1 and wrong[0][0] == "error"
    assert "助餐点运营补助" in wrong[0][1] and "72.00" in wrong[0][1] and "76.00" in wrong[0][1]
