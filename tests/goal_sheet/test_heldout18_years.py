"""The heldout18 multi-year classes (samples rl179–rl185, LAYOUTS.md L97–L98): a table with one value column per year
is read in the budget year's column, an unmatched year is said (GS-10 warning, no error on another year's dates), a
rolling table's stated 预算年度 wins over the span in its title, and "实施期总体目标" is the long-term goal."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import make_doc
from review_assistant.extract import labels as L
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.indicator_table import header_groups, value_column_year
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"


def _findings(name: str, settings: Settings) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message) for f in check_paths([SAMPLES / name], settings, CheckOptions())[0].findings]


@pytest.mark.parametrize(("text", "year"), [
    ("2027年度指标值", 2027), ("2027年指标值", 2027), ("指标值（2026年）", 2026), ("本年（2027年）目标值", 2027),
    ("2026年度实际完成值", None), ("2026年完成值", None), ("2026—2028年指标值", None), ("年度指标值", None),
    ("2027年度绩效指标", None), ("上年（2026年）指标值", None),
])
def test_a_value_column_named_by_its_year(text: str, year: int | None) -> None:
    assert L.year_value_column(text) == year


def test_the_budget_years_column_is_the_value_column() -> None:
    head = ["一级指标", "二级指标", "三级指标", "指标性质", "2026年度指标值", "2026年度实际完成值", "2027年度指标值", "计量单位"]
    cols = header_groups(head, 2027)[0]
    assert cols["value"] == 6 and value_column_year(cols) == 2027
    assert header_groups(head, 2026)[0]["value"] == 4
    rolling = ["一级指标", "二级指标", "三级指标", "计量单位", "2027年指标值", "2028年指标值", "2029年指标值"]
    assert header_groups(rolling, 2028)[0]["value"] == 5
    # no budget year column: the nearest year (the later one on a tie); no budget year at all: the first column
    assert header_groups(rolling, 2026)[0]["value"] == 4
    assert header_groups(rolling, None)[0]["value"] == 4
    # a column the form names as this year's, without a year, stays the value column
    plain = ["一级指标", "二级指标", "三级指标", "本年指标值", "2028年指标值"]
    assert header_groups(plain, 2027)[0]["value"] == 3


def test_prior_year_columns_are_context_and_their_dates_no_error(settings: Settings) -> None:
    sheet = extract_goal_sheet(parse_file(SAMPLES / "rl179_year_columns_prior.xlsx"))
    due = next(i for i in sheet.indicators if i.level3 == "补助资金拨付时间")
    assert due.value_text == "2027年6月30日" and due.column_year == 2027 and due.column_label == "2027年度指标值"
    assert [i.value_text for i in sheet.indicators if i.level3 == "乡村医生轮训人次"] == ["150"]
    messages = [n.message for n in sheet.notes]
    assert any("“2026年度指标值”列是以前年度的指标值" in m for m in messages)
    assert any("已按与预算年度（2027年）对应的“2027年度指标值”列读取" in m for m in messages)
    # 实施期总体目标 is the long-term goal: no "未填报中长期绩效目标" warning
    assert sheet.long_term_goal is not None and "2025—2027年" in sheet.long_term_goal.value
    assert [f for f in _findings("rl179_year_columns_prior.xlsx", settings) if f[0] == "GS-10"] == []


def test_this_years_late_date_is_an_error(settings: Settings) -> None:
    gs10 = [f for f in _findings("rl180_year_columns_prior_late.pdf", settings) if f[0] == "GS-10"]
    assert [(r, s) for r, s, _ in gs10] == [("GS-10", "error")] and "2028年3月31日" in gs10[0][2]


def test_the_year_in_brackets_last_year_first() -> None:
    sheet = extract_goal_sheet(parse_file(SAMPLES / "rl181_year_columns_bracket.docx"))
    assert {i.column_label for i in sheet.indicators} == {"指标值（2027年）"}
    assert next(i for i in sheet.indicators if i.level3 == "补助资金拨付时间").date_value.year == 2027  # type: ignore[union-attr]


def test_no_column_of_the_budget_year_is_a_warning(settings: Settings) -> None:
    gs10 = [f for f in _findings("rl182_year_columns_unmatched.docx", settings) if f[0] == "GS-10"]
    assert gs10 and all(s == "warning" for _, s, _ in gs10)
    assert any("没有与预算年度（2027年）对应的列" in m and "“2026年度指标值”" in m for _, _, m in gs10)


def test_a_period_column_beside_the_years_column() -> None:
    sheet = extract_goal_sheet(parse_file(SAMPLES / "rl183_period_and_year_column.xlsx"))
    annual = {i.level3: i.value_text for i in sheet.indicators if i.period == "annual"}
    whole = {i.level3: i.value_text for i in sheet.indicators if i.period == "long_term"}
    assert annual["改造农村户厕"] == "≥1000" and whole["改造农村户厕"] == "≥3000"
    assert any("“2026年完成值”列是以前年度的实际值" in n.message for n in sheet.notes)


def test_a_rolling_tables_stated_budget_year_wins(settings: Settings) -> None:
    sheet = extract_goal_sheet(parse_file(SAMPLES / "rl184_rolling_budget_year.xlsx"))
    assert (sheet.fiscal_year, sheet.fiscal_year_source) == (2027, "budget_year")
    assert sheet.total_wan() == 180.0
    assert {i.column_label for i in sheet.indicators} == {"2027年指标值"}
    assert [f for f in _findings("rl184_rolling_budget_year.xlsx", settings) if f[1] == "error"] == []
    late = [f for f in _findings("rl185_rolling_budget_year_late.docx", settings) if f[0] == "GS-10"]
    assert [(r, s) for r, s, _ in late] == [("GS-10", "error")] and "不在2027年度内" in late[0][2]


def test_a_rolling_title_without_a_budget_year_starts_at_its_first_year() -> None:
    rows = [["项目名称", "示例项目"], ["一级指标", "二级指标", "三级指标", "2027年指标值", "2028年指标值"],
            ["产出指标", "时效指标", "完成时间", "2027年12月底前", "2028年12月底前"]]
    sheet = extract_goal_sheet(make_doc("项目支出绩效目标表（2027—2028年滚动）", rows))
    assert sheet.fiscal_year == 2027
    assert [i.value_text for i in sheet.indicators] == ["2027年12月底前"]
