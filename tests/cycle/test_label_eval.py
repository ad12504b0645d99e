"""The evaluation over the labelled cycle samples: the figures the issue asks for, measured, not assumed."""

from __future__ import annotations

from pathlib import Path

from review_assistant.review.label_eval import evaluate_labels
from review_assistant.settings import Settings

LABELS = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle_labels.yaml"


def test_recall_and_error_false_alarms_on_the_cycle_samples(settings: Settings) -> None:
    result = evaluate_labels(LABELS, settings)
    assert result.files >= 35 and not result.unreadable and not result.wrong_kind
    assert result.recall is not None and result.recall >= 0.95, result.format()
    assert result.error_false_alarms == 0, result.format()
    assert "总召回率" in result.format()


def test_a_missed_rule_and_a_false_alarm_are_counted(settings: Settings, tmp_path: Path) -> None:
    labels = tmp_path / "labels.yaml"
    root = LABELS.parent
    labels.write_text(
        f"- file: {root / 'cycle/se_clean_chizhou.docx'}\n  kind: self_evaluation\n  must: [EV-06]\n  must_not: []\n"
        f"- file: {root / 'cycle/ev04_total.docx'}\n  kind: self_evaluation\n  must: []\n  must_not: [EV-04]\n",
        encoding="utf-8")
    result = evaluate_labels(labels, settings, root=Path("/"))
    assert result.recall == 0.0 and result.error_false_alarms == 1
    assert result.misses and result.false_alarms
