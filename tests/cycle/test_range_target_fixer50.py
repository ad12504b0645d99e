"""The heldout27 self-evaluation class of fixer50 (samples ``cycle/se_total_on_top*_fixer50.*``, LAYOUTS_CYCLE.md L128):
the 自评总分 row on top of the table, and range targets ("20-30场", "3-5次"). A value inside a range meets it: it was
reported as overachieving the range's lower end ("为目标≥20-30场的130%")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from review_assistant.extract.cycle_models import CycleIndicator
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

CYCLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"


def _findings(settings: Settings, name: str) -> list[tuple[str, str, str]]:
    result = check_paths([CYCLE / name], settings, CheckOptions(use_llm=False))[0]
    return [(f.rule_id, f.severity, f.message) for f in result.findings]


def test_range_target_is_read_with_both_ends() -> None:
    ev = extract_self_evaluation(parse_file(CYCLE / "se_total_on_top_fixer50.xlsx"))
    shows = next(i for i in ev.indicators if i.level3 == "举办非遗体验活动场次")
    assert (shows.target, shows.target_high, shows.actual) == (Decimal(20), Decimal(30), Decimal(26))
    assert shows.target_display == "20-30场"  # no "≥" put before a range
    assert ev.total is not None and ev.total.value == Decimal("99.80")


def test_value_inside_the_range_is_not_overachieving(settings: Settings) -> None:
    assert _findings(settings, "se_total_on_top_fixer50.xlsx") == []


def test_value_past_the_upper_end_is_measured_against_it(settings: Settings) -> None:
    over = [f for f in _findings(settings, "se_total_on_top_range_over_fixer50.pdf") if f[0] == "EV-02"]
    assert len(over) == 1 and over[0][1] == "warning"
    assert "举办非遗体验活动场次" in over[0][2] and "上限" in over[0][2] and "150%" in over[0][2]


def test_single_target_display_keeps_its_sign() -> None:
    ind = CycleIndicator(level3="培训人次", sign="≥", target_text="300", target=Decimal(300), unit="人次")
    assert ind.target_display == "≥300人次"
