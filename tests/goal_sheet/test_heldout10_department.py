"""The heldout10 department-sheet class: "总体资金情况（万元） | 收入构成 | 财政拨款 | 1520" with 收入构成 / 支出构成 merged
down a column and no "当年金额" header row (samples rl99–rl101, LAYOUTS.md L63), and a 年度总体目标 row that is
certainly blank because the next row begins with another label."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.fund_columns import composition_blocks
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.models import GoalSheet
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.pipeline import CheckOptions, run_checks
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"
_FUNDS = "总体资金情况（万元）"


def _findings(doc: ParsedDocument, sheet: GoalSheet, settings: Settings) -> list[Finding]:
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=sheet.fiscal_year or 2025,
                       goal_sheet=sheet)
    return run_checks(ctx, CheckOptions(), batch_phase=False)


def _rows(income_total: str = "1520", goal: str = "完成食品安全抽检2400批次。") -> list[list[str]]:
    return [
        ["部门（单位）名称", "某县市场监督管理局", "某县市场监督管理局", "填报日期", "2025年10月15日"],
        [_FUNDS, "收入构成", "财政拨款", "1500", ""],
        [_FUNDS, "收入构成", "其他资金", "20", ""],
        [_FUNDS, "收入构成", "合计", income_total, ""],
        [_FUNDS, "支出构成", "基本支出", "1180", ""],
        [_FUNDS, "支出构成", "项目支出", "340", ""],
        [_FUNDS, "支出构成", "合计", "1520", ""],
        ["年度总体目标", goal, goal, goal, goal],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["年度绩效指标", "产出指标", "数量指标", "食品安全监督抽检批次", "≥2400批次"],
        ["年度绩效指标", "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"],
    ]


@pytest.mark.parametrize("name", ["rl99_department_merged_sides.xlsx", "rl100_department_merged_sides_mismatch.pdf"])
def test_merged_side_blocks_give_the_funds(name: str) -> None:
    sheet = extract_goal_sheets(parse_file(SAMPLES / name))[0]
    total = 1230.0 if "mismatch" in name else 1180.0
    assert {k: f.value_wan for k, f in sheet.funds.items()} == {
        "fiscal": pytest.approx(1100.0), "other": pytest.approx(80.0), "total": pytest.approx(total)}
    assert {k: f.value_wan for k, f in sheet.expenditure.items()} == {
        "basic": pytest.approx(820.0), "project": pytest.approx(360.0), "total": pytest.approx(1180.0)}


def test_income_total_that_does_not_add_up_is_an_error(settings: Settings) -> None:
    doc = make_doc("2026年度部门整体支出绩效目标表", _rows(income_total="1580"))
    sheet = extract_goal_sheets(doc)[0]
    assert sheet.total_wan() == pytest.approx(1580.0)
    found = _findings(doc, sheet, settings)
    gs02 = [f for f in found if f.rule_id == "GS-02" and f.severity == "error"]
    assert len(gs02) == 1 and "1,580.00万元" in gs02[0].message and "1,520.00万元" in gs02[0].message
    assert not any(f.rule_id == "GS-01" and "资金总额" in f.message for f in found)


def test_consistent_sheet_has_no_funds_finding(settings: Settings) -> None:
    doc = make_doc("2026年度部门整体支出绩效目标表", _rows())
    sheet = extract_goal_sheets(doc)[0]
    assert sheet.total_wan() == pytest.approx(1520.0)
    assert not [f for f in _findings(doc, sheet, settings) if f.rule_id in {"GS-01", "GS-02"}]


def test_a_heading_naming_the_blocks_without_amounts_is_not_funds() -> None:
    doc = make_doc("2026年度部门整体支出绩效目标表", [
        ["资金情况", "收入构成", "见附表", ""],
        ["资金情况", "收入构成", "说明", "按部门预算批复填列"],
    ])
    assert composition_blocks(doc.blocks[1].table) == []  # type: ignore[arg-type]


def test_blank_goal_followed_by_another_label_is_an_error(settings: Settings) -> None:
    sheet_path = SAMPLES / "rl101_department_merged_sides_blank_goal.xlsx"
    doc = parse_file(sheet_path)
    sheet = extract_goal_sheets(doc)[0]
    gs01 = [f for f in _findings(doc, sheet, settings) if f.rule_id == "GS-01"]
    assert [f.severity for f in gs01] == ["error"] and "年度绩效目标" in gs01[0].message


def test_blank_goal_as_the_last_row_of_a_worksheet_table_stays_a_warning(settings: Settings) -> None:
    # Nothing below the label in the same table: the text may sit in a merged range the reader did not see.
    rows = _rows(goal="")[:8]
    doc = make_doc("2026年度部门整体支出绩效目标表", rows).model_copy(update={"file_type": "xlsx"})
    sheet = extract_goal_sheets(doc)[0]
    gs01 = [f for f in _findings(doc, sheet, settings) if f.rule_id == "GS-01" and "目标" in f.message]
    assert [f.severity for f in gs01] == ["warning"] and "同一行没有内容" in gs01[0].message


def test_blank_goal_row_followed_by_another_label_in_a_worksheet_is_an_error(settings: Settings) -> None:
    doc = make_doc("2026年度部门整体支出绩效目标表", _rows(goal="")).model_copy(update={"file_type": "xlsx"})
    sheet = extract_goal_sheets(doc)[0]
    gs01 = [f for f in _findings(doc, sheet, settings) if f.rule_id == "GS-01" and "目标" in f.message]
    assert [f.severity for f in gs01] == ["error"]
