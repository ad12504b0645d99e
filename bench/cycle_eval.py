"""Recall and false alarms of the monitoring, self-evaluation and cross-stage checks on the labelled samples.

Usage: python bench/cycle_eval.py [--labels corpus/samples/cycle_labels.yaml]
Prints per-rule figures and the time the whole set took (wall clock, one run).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from review_assistant.review.label_eval import evaluate_labels
from review_assistant.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--labels", type=Path, default=ROOT / "corpus/samples/cycle_labels.yaml")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        start = time.perf_counter()
        result = evaluate_labels(args.labels, load_settings(home))
        elapsed = time.perf_counter() - start
    print(result.format())
    print(f"用时 {elapsed:.1f} 秒（{result.files} 份）")


if __name__ == "__main__":
    main()
