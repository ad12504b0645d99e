"""Recall and false alarms of the monitoring, self-evaluation and cross-stage checks on the labelled samples
(the same evaluation as ``review-assistant eval checks --labels corpus/samples/cycle_labels.yaml``).

Usage: python bench/cycle_eval.py [--labels corpus/samples/cycle_labels.yaml] [--reviews 2000]
Prints per-rule figures and the time the whole set took (wall clock, one run), then the median time of
grouping ``--reviews`` synthetic stored reviews into projects (the project page's first step), 5 runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from review_assistant.review.evaluation import evaluate, format_evaluation, load_labels
from review_assistant.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]


def grouping_seconds(n: int, runs: int = 5) -> tuple[int, float]:
    from review_assistant.review.projects import group_projects
    from review_assistant.review.records import ReviewRecord

    rng = random.Random(0)
    reviews = []
    for i in range(n):
        unit = f"示例区单位{rng.randint(1, 80)}" if i % 20 else ""  # one in twenty without a unit
        name = f"示例区第{rng.randint(1, n // 3 or 1)}号民生项目"
        reviews.append(ReviewRecord(
            id=i, document_id=i, purpose="review", project_key=f"{unit}|{name}|goal_sheet|2025", version=1,
            previous_id=None, batch_id=None, conclusion="", created_by="bench", created_at="2025-01-01",
            file_name=f"f{i}.docx", stored_path="", sha256="", kind="goal_sheet", project=name, unit=unit,
            owner_unit=None, result={"document": {"fiscal_year": 2025}}))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        projects = group_projects(reviews, {})
        times.append(time.perf_counter() - start)
    return len(projects), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--labels", type=Path, default=ROOT / "corpus/samples/cycle_labels.yaml")
    parser.add_argument("--reviews", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        start = time.perf_counter()
        result = evaluate(load_labels([args.labels]), load_settings(home))
        elapsed = time.perf_counter() - start
    print(format_evaluation(result))
    print(f"用时 {elapsed:.1f} 秒（{result.files} 份）")
    groups, seconds = grouping_seconds(args.reviews)
    print(f"项目归并：{args.reviews} 条审核记录 → {groups} 个项目，中位数 {seconds * 1000:.0f} 毫秒（5 次）")


if __name__ == "__main__":
    main()
