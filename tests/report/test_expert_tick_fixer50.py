"""The heldout27 three-expert review form of fixer50 (LAYOUTS.md L127; samples ``reports/rr_expert_tick*_fixer50.*``):
a cost block whose 合计 stands in the item column beside a banner merged down the first column (it was added in as a
fourth line: the sum doubled the request), and a conclusion row of tick boxes "☑予以支持 □调整后支持 □不予支持" (it was
read as a listing of the bands, so no conclusion, and EA-RPT-01 then asked for a "总体结论" section)."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.extract.report import extract_report
from review_assistant.extract.report_budget import extract_budget_tables
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

REPORTS = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"


def _findings(settings: Settings, name: str) -> list[tuple[str, str, str]]:
    result = check_paths([REPORTS / name], settings, CheckOptions(use_llm=False))[0]
    return [(f.rule_id, f.severity, f.message) for f in result.findings]


def test_total_row_in_the_item_column_is_the_total() -> None:
    (table,) = extract_budget_tables(parse_file(REPORTS / "rr_expert_tick_fixer50.xlsx"))
    assert [ln.item for ln in table.items] == ["少儿书架及阅览桌椅", "地面及照明改造", "电子借阅终端"]
    assert table.total is not None and table.total.amount_wan == 90.0


@pytest.mark.parametrize(("name", "term"), [("rr_expert_tick_fixer50.xlsx", "予以支持"),
                                            ("rr_expert_tick_adjust_fixer50.docx", "调整后支持"),
                                            ("rr_expert_tick_wrong_fixer50.docx", "予以支持")])
def test_the_ticked_box_is_the_conclusion(name: str, term: str) -> None:
    report = extract_report(parse_file(REPORTS / name), fiscal_year=2027)
    assert report.conclusion is not None and report.conclusion.term == term
    assert "☑" + term in report.conclusion.sentence


def test_review_form_checks(settings: Settings) -> None:
    clean = _findings(settings, "rr_expert_tick_fixer50.xlsx")
    assert not [f for f in clean if f[1] in {"error", "warning"}], clean
    adjust = _findings(settings, "rr_expert_tick_adjust_fixer50.docx")
    assert not [f for f in adjust if f[1] in {"error", "warning"}], adjust
    wrong = [f for f in _findings(settings, "rr_expert_tick_wrong_fixer50.docx") if f[1] == "error"]
    assert [f[0] for f in wrong] == ["EA-RPT-03"] and "70" in wrong[0][2]


def test_boxes_with_no_tick_or_two_ticks_are_no_conclusion(tmp_path: Path) -> None:
    """A box whose mark was lost (every box □) or two boxes ticked: the verdict is not guessed."""
    for marks in ("□予以支持　□调整后支持　□不予支持", "☑予以支持　☑调整后支持　□不予支持"):
        path = tmp_path / "form.md"
        path.write_text("# 示例县项目事前绩效评估专家评审意见表\n\n"
                        "| 项目名称 | 示例县农村道路养护项目 |\n|---|---|\n"
                        "| 申请资金（万元） | 50.00 |\n"
                        f"| 评审结论 | {marks} |\n"
                        "| 专家签字 | 示例甲 |\n", encoding="utf-8")
        report = extract_report(parse_file(path), fiscal_year=2027)
        assert report.conclusion is None or "☑" not in report.conclusion.sentence, marks
