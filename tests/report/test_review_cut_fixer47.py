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


def test_engineering_quantity_is_the_quantity_column(tmp_path: Path) -> None:
    """"建设内容 | 工程量 | 单价 | 金额": 工程量 is the quantity, so each line's product is checked (heldout25 ea01 had an
    EA-ECO-01 warning "测算表缺少数量或单价")."""
    path = tmp_path / "calc.md"
    path.write_text("# 示例县排水管网改造项目事前绩效评估报告\n\n"
                    "| 建设内容 | 工程量 | 单价 | 金额（万元） |\n|---|---|---|---|\n"
                    "| 雨水管网改造 | 12公里 | 150万元/公里 | 1800.00 |\n"
                    "| 检查井更换 | 300座 | 0.8万元/座 | 240.00 |\n"
                    "| 合计 | | | 2040.00 |\n", encoding="utf-8")
    (table,) = extract_budget_tables(parse_file(path))
    assert [(ln.quantity, ln.unit_price_wan, ln.amount_wan) for ln in table.items] == [(12.0, 150.0, 1800.0),
                                                                                       (300.0, 0.8, 240.0)]
