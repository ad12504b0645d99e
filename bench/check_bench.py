"""Benchmark of `review-assistant check`: a cold single check and a batch of generated sheets.

Prints medians of several runs, measured side by side in one run (the machine is noisy).
Usage: python bench/check_bench.py [--runs 5] [--batch 100]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "review_assistant.cli"]


def _load_generator() -> object:
    spec = importlib.util.spec_from_file_location("make_goal_sheets", ROOT / "corpus/samples/make_goal_sheets.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_goal_sheets"] = mod
    spec.loader.exec_module(mod)
    return mod


def _time(cmd: list[str], home: Path) -> float:
    env = {"REVIEW_ASSISTANT_HOME": str(home), "PATH": "/usr/bin:/bin"}
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 2):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"command failed: {' '.join(cmd)}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--reports", type=int, default=20, help="appraisal reports in the report batch (0: skip)")
    args = ap.parse_args()
    gen = _load_generator()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        batch = gen.generate_batch(args.batch, tmpdir / "batch", seed=7)  # type: ignore[attr-defined]
        single = sorted(ROOT.glob("corpus/samples/goal_sheets/clean_*.docx"))[:1] or batch[:1]
        home = tmpdir / "home"
        real = sorted(ROOT.glob("corpus/samples/goal_sheets/rl*"))  # the layouts of LAYOUTS.md
        cold: list[float] = []
        import_only: list[float] = []
        many: list[float] = []
        real_times: list[float] = []
        for _ in range(args.runs):
            import_only.append(_time([sys.executable, "-c", "import review_assistant.cli"], home))
            cold.append(_time([*CLI, "check", str(single[0]), "--format", "json"], home))
            many.append(_time([*CLI, "check", *map(str, batch), "--format", "json"], home))
            if real:
                real_times.append(_time([*CLI, "check", *map(str, real), "--format", "json"], home))
        kinds: dict[str, int] = {}
        for p in batch:
            kinds[p.suffix] = kinds.get(p.suffix, 0) + 1
        print(f"runs: {args.runs}; single file: {single[0].name}; batch: {len(batch)} files {kinds}")
        print(f"python -c 'import review_assistant.cli'  median {statistics.median(import_only):.3f} s")
        print(f"cold check, 1 sheet (new process)        median {statistics.median(cold):.3f} s  (target ≤ 1.5 s)")
        print(f"cold check, {len(batch)} sheets (one process)   median {statistics.median(many):.3f} s  "
              f"(target ≤ 15 s; {statistics.median(many) / len(batch) * 1000:.1f} ms per sheet)")
        if real_times:
            print(f"cold check, {len(real)} real-layout samples (rl*, one process)  median {statistics.median(real_times):.3f} s  "
                  f"({statistics.median(real_times) / len(real) * 1000:.1f} ms per file)")
        if args.reports:
            _report_figures(args.runs, args.reports, tmpdir, home)


def _report_figures(runs: int, n_reports: int, tmpdir: Path, home: Path) -> None:
    """Appraisal reports: a 10-page report cold (.docx and .pdf), and a batch of reports with their sheets."""
    sys.path.insert(0, str(ROOT / "corpus/samples"))
    import make_reports as mr

    out = tmpdir / "reports"
    docx = mr.long_report(out, pages=10, layout="docx_styled", file="report_10p.docx")
    pdf = mr.long_report(out, pages=10, layout="pdf", file="report_10p.pdf")
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        pdf_pages = len(doc.pages)
    batch: list[Path] = []
    for i in range(n_reports):
        layout = ("docx_styled", "docx_numbered", "pdf")[i % 3]
        batch.append(mr.long_report(out, pages=10, layout=layout,
                                    file=f"batch_{i:03d}.{'pdf' if layout == 'pdf' else 'docx'}"))
        if i % 2 == 0:  # every other report comes with its separate goal sheet (pairing work)
            sheet_path = out / f"batch_{i:03d}_sheet.xlsx"
            mr.write_sheet_xlsx(mr.CHARGER, sheet_path)
            batch.append(sheet_path)
    cold_docx: list[float] = []
    cold_pdf: list[float] = []
    many: list[float] = []
    for _ in range(runs):
        cold_docx.append(_time([*CLI, "check", str(docx), "--format", "json"], home))
        cold_pdf.append(_time([*CLI, "check", str(pdf), "--format", "json"], home))
        many.append(_time([*CLI, "check", *map(str, batch), "--format", "json"], home))
    reports = sum(1 for p in batch if p.suffix != ".xlsx")
    print(f"cold check, 10-page report .docx (new process)  median {statistics.median(cold_docx):.3f} s  (target ≤ 2 s)")
    print(f"cold check, 10-page report .pdf ({pdf_pages} pages)       median {statistics.median(cold_pdf):.3f} s  "
          "(target ≤ 2 s)")
    print(f"cold check, {reports} reports + {len(batch) - reports} sheets (one process)  "
          f"median {statistics.median(many):.3f} s  ({statistics.median(many) / reports * 1000:.0f} ms per report)")


if __name__ == "__main__":
    main()
