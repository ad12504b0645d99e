"""Hostile uploads against the parse sandbox: time, peak memory and verdict per kind, with default limits.

Each kind runs in its own process so its child's peak memory is its own. Prints the worst of
``--runs`` runs per kind and whether it stayed within ``limits.parse_timeout_s``/``parse_memory_mb``.
Usage: python bench/hostile_bench.py [--runs 2] [--kind pdf_text_flood ...]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def _one(kind: str) -> None:
    import hostile
    from review_assistant.errors import DocumentError
    from review_assistant.parsing import parse_file

    with tempfile.TemporaryDirectory() as tmp:
        path = hostile.HOSTILE[kind](Path(tmp))
        size = path.stat().st_size
        start = time.perf_counter()
        try:
            verdict = f"parsed ({len(parse_file(path).blocks)} blocks)"
        except DocumentError as exc:
            verdict = exc.problem
        elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"kind": kind, "size_kb": size / 1024, "seconds": elapsed, "child_peak_mb": peak_mb,
                      "verdict": verdict}, ensure_ascii=False))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--kind", nargs="*")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        _one(args.one)
        return
    import hostile
    from review_assistant.settings import LimitSettings

    limits = LimitSettings()
    kinds = args.kind or list(hostile.HOSTILE)
    print(f"limits: wall {limits.parse_timeout_s:g} s, cpu {limits.parse_cpu_s} s, memory +{limits.parse_memory_mb} MB "
          f"(address space); runs per kind: {args.runs}; worst run shown")
    print(f"{'kind':<20} {'file':>9} {'worst s':>8} {'peak MB':>8}  verdict")
    worst_all = 0.0
    for kind in kinds:
        rows = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, __file__, "--one", kind], capture_output=True, text=True, check=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        worst = max(rows, key=lambda r: r["seconds"])
        peak = max(r["child_peak_mb"] for r in rows)
        worst_all = max(worst_all, worst["seconds"])
        print(f"{kind:<20} {worst['size_kb']:>7.0f}KB {worst['seconds']:>8.2f} {peak:>8.0f}  {worst['verdict'][:70]}")
    print(f"slowest refusal {worst_all:.2f} s (limit {limits.parse_timeout_s:g} s)")


if __name__ == "__main__":
    main()
