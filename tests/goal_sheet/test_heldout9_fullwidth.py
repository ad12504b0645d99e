"""heldout9 goal-sheet classes (fixer20): full-width ranges and changes, durable 长期 states, 已建成的 as an attribute."""

from __future__ import annotations

import copy

import pytest

from docbuild import CLEAN_INDICATORS, HEADER_ROWS, clean_doc
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.values import parse_value, year_in_text, year_opening_name
from review_assistant.parsing.common import join_wrapped
from review_assistant.settings import Settings
from sheetcheck import sample_sheet, sheet_findings


@pytest.mark.parametrize(
    ("text", "sign", "low", "high", "unit"),
    [
        ("９０％-９５％", "≥", 90.0, 95.0, "%"),
        ("90%-95%", "≥", 90.0, 95.0, "%"),
        ("较上年下降０．５-１个百分点", "≥", 0.5, 1.0, "个百分点"),
        ("提高5-10%", "≥", 5.0, 10.0, "%"),
        ("第1-3批", None, 1.0, 3.0, "批"),  # a word that is not a change gives no sign
    ],
)
def test_ranges_in_full_width_and_after_a_word(text: str, sign: str | None, low: float, high: float, unit: str) -> None:
    pv = parse_value(text)
    assert (pv.sign, pv.number, pv.number_high, pv.unit) == (sign, low, high, unit)


def test_full_width_years_and_the_year_a_name_starts_with() -> None:
    assert year_in_text("２０２４年度项目支出绩效自评表") == 2024
    assert year_in_text("项目支出绩效自评表") is None
    assert year_opening_name("2025年全民健身场地设施维护项目") == 2025
    assert year_opening_name("２０２５年全民健身场地设施维护项目") == 2025
    assert year_opening_name("2025年6月开工的道路养护") is None
    assert year_opening_name("2019年建成道路的养护") is None
    assert year_opening_name("2025年新建农村公路项目") == 2025
    assert year_opening_name("全民健身2025年场地维护") is None


def test_a_wrap_after_a_comparison_sign_joins_with_nothing() -> None:
    assert join_wrapped(["≥", "3,100户"]) == "≥3,100户"
    assert join_wrapped(["=", "12个"]) == "=12个"
    assert join_wrapped(["Microsoft", "Word"]) == "Microsoft Word"


def _with(name: str, row: list[str]) -> list[list[str]]:
    rows = copy.deepcopy(CLEAN_INDICATORS)
    return [row if r[2] == name else r for r in rows] + ([] if any(r[2] == name for r in rows) else [row])


def _rules(settings: Settings, **kw: list[list[str]]) -> list[tuple[str, str]]:
    doc = clean_doc(**kw)
    return [(f.rule_id, f.message) for f in sheet_findings(doc, extract_goal_sheet(doc), settings)]


def test_a_durable_state_in_a_sustainability_row_is_not_a_long_term_target(settings: Settings) -> None:
    row = ["效益指标", "可持续影响指标", "设施运行", "定性", "长期稳定运行", ""]
    assert _rules(settings, indicators=_with("设施运行", row)) == []


@pytest.mark.parametrize("row", [
    ["效益指标", "可持续影响指标", "设施运行", "定性", "长期", ""],  # only "长期": no annual value at all
    ["效益指标", "可持续影响指标", "设施运行", "定性", "中长期稳定运行", ""],
    ["产出指标", "数量指标", "改造面积", "定性", "长期改造", ""],  # not a sustainability row
])
def test_long_term_wording_is_still_flagged(settings: Settings, row: list[str]) -> None:
    assert "GS-10" in {r for r, _ in _rules(settings, indicators=_with(row[2], row))}


def _goal(text: str) -> list[list[str]]:
    return [[r[0], text, "", ""] if r[0] == "年度绩效目标" else list(r) for r in HEADER_ROWS]


def test_work_on_what_was_built_before_is_prospective(settings: Settings) -> None:
    goal = "对全区已建成的12个老旧小区开展日常维护，计划完成3个老旧小区改造，改造面积不少于2.4万平方米。"
    assert "GS-15" not in {r for r, _ in _rules(settings, header=_goal(goal))}


def test_a_goal_written_as_done_is_still_flagged(settings: Settings) -> None:
    goal = "已完成3个老旧小区改造，改造面积2.4万平方米，居民满意度达到95%。"
    assert "GS-15" in {r for r, _ in _rules(settings, header=_goal(goal))}


def test_the_full_width_sample_is_clean_and_dated_by_its_title(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl89_fullwidth_ranges.docx", settings)
    assert (sheet.fiscal_year, sheet.fiscal_year_source) == (2026, "title")
    assert sheet.total_wan() == 186.0
    assert findings == []
    _, done = sample_sheet("rl90_fullwidth_done_goal.xlsx", settings)
    assert [f.rule_id for f in done] == ["GS-15"]
