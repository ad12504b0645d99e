"""The heldout23 monitoring class of fixer45 (samples ``cycle/*_f45.*``, LAYOUTS_CYCLE.md): one money row "年初批复预算 |
调整后预算 | 实际到位资金 | 已支出资金 | 资金到位率 | 预算执行率". 已支出资金 is the money spent, 实际到位资金 the money
received (never the execution), and the rate is checked against the adjusted budget (MON-02)."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

CYCLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"


@pytest.mark.parametrize("name", ["mon_received_spent_f45.xlsx", "mon_received_spent_rate_f45.pdf"])
def test_spent_not_received_is_the_execution(name: str) -> None:
    mt = extract_monitoring(parse_file(CYCLE / name))
    assert mt.budget is not None and mt.budget.value == 300 and mt.budget.label.startswith("年初批复预算")
    assert mt.adjusted_budget is not None and mt.adjusted_budget.value == 250
    assert mt.executed is not None and mt.executed.value == 150 and mt.executed.label.startswith("已支出资金")


def _findings(settings: Settings, name: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message)
            for f in check_paths([CYCLE / name], settings, CheckOptions())[0].findings]


def test_clean_and_rate_on_the_original_budget(settings: Settings) -> None:
    assert not [f for f in _findings(settings, "mon_received_spent_f45.xlsx") if f[0].startswith("MON")]
    wrong = [f for f in _findings(settings, "mon_received_spent_rate_f45.pdf") if f[0].startswith("MON")]
    assert [(r, s) for r, s, _ in wrong] == [("MON-02", "error")]
    assert "调整后预算250.00" in wrong[0][2] and "60%" in wrong[0][2]
