"""The evaluation command's figures on the labelled cycle samples: measured, not assumed."""

from __future__ import annotations

from pathlib import Path

from review_assistant.review.evaluation import evaluate, format_evaluation, load_labels
from review_assistant.settings import Settings

LABELS = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle_labels.yaml"


def test_recall_and_error_false_alarms_on_the_cycle_samples(settings: Settings) -> None:
    result = evaluate(load_labels([LABELS]), settings)
    report = format_evaluation(result)
    assert result.files >= 40 and not result.refused, report
    total = result.total()
    assert total.recall is not None and total.recall >= 0.95, report
    assert not result.errors_wrong, report  # no error-level finding for a rule a sample must not report
    assert {"EV-07", "MON-05", "GS-14"} <= set(result.rules)  # the cross-stage rules are scored too
