"""Parse time of the sample workbooks as .xlsx and as the same sheets saved as .xls (and HTML-as-.xls).

Each committed ``corpus/samples/**/*.xlsx`` is converted once (tests/xlsbuild.py); every file is then
parsed ``--runs`` times in this process (``sandbox = false``: the reader itself, not the fork). Prints
the median milliseconds per format side by side, and the total.
Usage: python bench/xls_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def _median_ms(path: Path, runs: int) -> float:
    from review_assistant.parsing import parse_file
    from review_assistant.settings import LimitSettings

    limits = LimitSettings(sandbox=False)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        parse_file(path, limits)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from xlsbuild import xlsx_to_html, xlsx_to_xls

    samples = sorted((ROOT / "corpus" / "samples").rglob("*.xlsx"))
    totals = [0.0, 0.0, 0.0]
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'file':<44} {'xlsx ms':>8} {'xls ms':>8} {'html ms':>8}")
        for src in samples:
            xls = xlsx_to_xls(src, Path(tmp) / f"{src.stem}.xls")
            page = xlsx_to_html(src, Path(tmp) / f"{src.stem}_html.xls")
            row = [_median_ms(p, args.runs) for p in (src, xls, page)]
            totals = [t + r for t, r in zip(totals, row, strict=True)]
            print(f"{src.stem[:44]:<44} {row[0]:>8.1f} {row[1]:>8.1f} {row[2]:>8.1f}")
    print(f"{'total (' + str(len(samples)) + ' workbooks, median of ' + str(args.runs) + ')':<44} "
          f"{totals[0]:>8.0f} {totals[1]:>8.0f} {totals[2]:>8.0f}")


if __name__ == "__main__":
    main()
