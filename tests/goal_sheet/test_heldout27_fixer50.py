"""The heldout27 goal-sheet classes of fixer50 (samples rl240–rl245, LAYOUTS.md L125–L126): funds in 万元 with two
levels of 其中 (财政拨款 split again into 一般公共预算 / 政府性基金), and an indicator table whose 指标类型 column says
定量 or 定性 beside range values."""

from __future__ import annotations

from pathlib import Path

from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"


def _findings(settings: Settings, name: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message)
            for f in check_paths([SAMPLES / name], settings, CheckOptions())[0].findings]


# ---- L125 -------------------------------------------------------------------------------------------------------------
def test_second_level_parts_are_not_counted_in_the_total(settings: Settings) -> None:
    sheet = extract_goal_sheet(parse_file(SAMPLES / "rl240_two_level_clean.xlsx"))
    assert sheet.total_wan() == 212.4
    parts = sorted(f.value_wan or 0.0 for k, f in sheet.funds.items() if k.startswith("fiscal_part"))
    assert parts == [40.0, 150.0]
    for name in ("rl240_two_level_clean.xlsx", "rl242_two_level_clean.docx"):
        assert not [f for f in _findings(settings, name) if f[0] == "GS-02"], name


def test_parts_short_of_their_fiscal_parent_are_a_warning(settings: Settings) -> None:
    found = [f for f in _findings(settings, "rl241_two_level_inner_short.xlsx") if f[0] == "GS-02"]
    assert [f[1] for f in found] == ["warning"]
    assert "190.00万元" in found[0][2] and "175.00万元" in found[0][2] and "15.00万元" in found[0][2]


# ---- L126 -------------------------------------------------------------------------------------------------------------
def test_row_typed_quantitative_without_a_number_is_a_warning(settings: Settings) -> None:
    found = [f for f in _findings(settings, "rl244_typed_quant_vague.pdf") if f[0] == "GS-06" and f[1] == "warning"]
    assert len(found) == 1 and "乡镇居民借阅册次增长幅度" in found[0][2] and "“定量”" in found[0][2]
    # the row's type is read: no message says the sheet marks neither 定性 nor 定量
    assert not [f for f in _findings(settings, "rl244_typed_quant_vague.pdf") if "没有标明定性或定量" in f[2]]


def test_typed_sheet_with_ranges_is_clean(settings: Settings) -> None:
    for name in ("rl243_typed_ranges_clean.pdf", "rl245_typed_ranges_clean.docx"):
        found = _findings(settings, name)
        assert not [f for f in found if f[1] in {"error", "warning"}], (name, found)
        sheet = extract_goal_sheet(parse_file(SAMPLES / name))
        rng = next(i for i in sheet.indicators if i.level3 == "每个文化站年均图书轮换次数")
        assert (rng.number, rng.number_high) == (2.0, 4.0)
