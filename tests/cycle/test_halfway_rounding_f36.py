"""Half-way roundings of 自评 scores are not errors; real scoring errors still are (heldout17 ev02/ev03 classes)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from review_assistant.checks.evaluation import scoring as S
from review_assistant.checks.evaluation.rules import recomputed_total, rule_total
from review_assistant.extract.cycle_models import SelfEvaluation
from review_assistant.review.pipeline import CheckOptions, check_paths, prepare
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"
D = Decimal


@pytest.mark.parametrize("stated", ["10.62", "10.63", "10.6"])
def test_a_half_way_value_agrees_with_either_neighbour(stated: str) -> None:
    exact = D(15) * D("1.7") / D("2.4")  # 10.625 (the quotient repeats: 0.70833…)
    assert S.agrees(D(stated), exact)
    assert not S.score_disagrees(D(stated), exact, D(15))


@pytest.mark.parametrize("stated", ["10.61", "10.64", "10.5", "15"])
def test_a_score_beyond_any_rounding_disagrees(stated: str) -> None:
    exact = D(15) * D("1.7") / D("2.4")
    assert S.score_disagrees(D(stated), exact, D(15))


def test_no_half_way_no_second_rounding() -> None:
    # 17.2 exactly (860/1000×20): only 17.2 agrees; 20 is the full points for an unmet target
    assert S.agrees(D("17.2"), D("17.2")) and not S.agrees(D("17.21"), D("17.2")) and not S.agrees(D("17.19"), D("17.2"))
    assert S.score_disagrees(D(20), D("17.2"), D(20))
    # a non-tie value keeps the old tolerance: half-up or truncated, never rounded up
    assert S.agrees(D("6.66"), D(20) / D(3)) and S.agrees(D("6.67"), D(20) / D(3))
    assert not S.agrees(D("6.68"), D(20) / D(3)) and not S.agrees(D(20), D("19.4"))


def test_execution_score_agrees_with_the_exact_or_the_rounded_rate() -> None:
    # 89.974 ÷ 90 = 99.971…%: 10 × rate = 9.9971… → 10.00 or 9.99, both agree
    assert S.execution_score_agrees(D("9.99"), D(10), D("89.974"), D(90))
    assert S.execution_score_agrees(D(10), D(10), D("89.974"), D(90))
    assert not S.execution_score_agrees(D("9.8"), D(10), D("89.974"), D(90))


def test_the_clean_halfway_table_is_clean_and_keeps_its_total(settings: Settings) -> None:
    path = SAMPLES / "se_halfway_clean_f36.xlsx"
    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]
    assert not [f for f in result.findings if f.rule_id.startswith("EV-")], [f.message for f in result.findings]
    ev = prepare(path, settings, CheckOptions()).cycle
    assert isinstance(ev, SelfEvaluation) and ev.total is not None
    assert ev.total.value == D("94.25") and recomputed_total(ev) == D("94.25") and rule_total(ev) == D("94.26")


def test_full_points_for_an_unmet_target_is_still_an_error(settings: Settings) -> None:
    result = check_paths([SAMPLES / "ev02_halfway_full_f36.docx"], settings, CheckOptions(use_llm=False))[0]
    ev02 = [f for f in result.findings if f.rule_id == "EV-02"]
    assert [f.severity for f in ev02] == ["error"], [f.message for f in ev02]
    assert "新建改造供水管网长度" in ev02[0].message and "9.13" in ev02[0].message
    ev04 = [f for f in result.findings if f.rule_id == "EV-04"]
    # the recomputed total keeps the 10.62 the table wrote: 95.12 − 10 + 9.13
    assert all(f.severity == "warning" and "94.25" in f.message for f in ev04), [f.message for f in ev04]
