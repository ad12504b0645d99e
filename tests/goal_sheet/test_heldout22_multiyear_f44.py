"""The heldout22 goal-sheet classes of fixer44 (samples rl200–rl204, LAYOUTS.md L106): a multi-year form's 项目总预算
is the whole period's budget, the year's funds are the 当年资金总额 row or the budget year's column of the by-year row,
and when neither is there GS-02 is only a warning; "已消除42处" in a target cell is done work (GS-15)."""

from __future__ import annotations

from pathlib import Path

from docbuild import make_doc
from review_assistant.checks.goal_sheet.timing import _past_figure
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"
INDICATORS = [["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
              ["产出指标", "数量指标", "新建雨水管网", "≥12", "公里"]]


def _findings(settings: Settings, name: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message)
            for f in check_paths([SAMPLES / name], settings, CheckOptions())[0].findings]


def test_the_years_row_is_the_total_and_the_project_budget_the_periods() -> None:
    sheet = extract_goal_sheets(parse_file(SAMPLES / "rl200_multiyear_year_row.docx"))[0]
    assert {k: f.value_wan for k, f in sheet.funds.items()} == {"total": 900.0, "fiscal": 800.0, "other": 100.0}
    assert sheet.period_funds["total"].value_wan == 2400.0
    assert any("整个实施期的项目总预算" in n.message for n in sheet.notes)


def test_the_budget_years_column_of_the_by_year_row() -> None:
    sheet = extract_goal_sheets(parse_file(SAMPLES / "rl202_multiyear_schedule_only.pdf"))[0]
    assert sheet.funds["total"].value_wan == 900.0
    assert sheet.funds["total"].label == "2027年"
    assert sheet.period_funds["total"].value_wan == 2400.0
    assert any("分年度资金安排的“2027年”一栏" in n.message for n in sheet.notes)


def test_clean_over_and_undecided_samples(settings: Settings) -> None:
    for name in ("rl200_multiyear_year_row.docx", "rl202_multiyear_schedule_only.pdf"):
        assert not [f for f in _findings(settings, name) if f[0].startswith("GS") and f[1] != "info"], name
    over = _findings(settings, "rl201_multiyear_year_row_over.xlsx")
    assert any(r == "GS-13" and s == "error" and "900.00万元" in m for r, s, m in over)
    assert not [f for f in over if f[0] == "GS-02"]
    undecided = [f for f in _findings(settings, "rl203_multiyear_total_only.docx") if f[0] == "GS-02"]
    assert [f[1] for f in undecided] == ["warning"]
    assert "未能确定哪一栏是本年度资金" in undecided[0][2]


def test_a_single_year_project_budget_is_still_the_years_total() -> None:
    """On a one-year form "项目总预算" is the year's total: no 实施期 figure is set aside."""
    doc = make_doc("2027年度项目支出绩效目标申报表", "金额单位：万元",
                   [["项目名称", "城区排涝提升", "城区排涝提升", "城区排涝提升"],
                    ["项目期限", "2027年1月至12月", "项目总预算（万元）", "500.00"],
                    ["其中：财政拨款", "400.00", "其他资金", "50.00"], *INDICATORS])
    sheet = extract_goal_sheet(doc)
    assert sheet.funds["total"].value_wan == 500.0
    assert not sheet.period_funds


def test_done_work_value(settings: Settings) -> None:
    found = _findings(settings, "rl204_done_work_value.pdf")
    assert any(r == "GS-15" and s == "error" and "已整改隐患点28处" in m for r, s, m in found)


def test_past_figure_wording() -> None:
    for text in ("已消除42处", "已整改隐患点28处", "已更换1800盏", "已完成180"):
        assert _past_figure(text), text
    for text in ("消除42处", "≥42处", "已改造路段", "已消除", "在已整改的基础上计划整改20处"):
        assert not _past_figure(text), text
