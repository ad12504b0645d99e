"""Knowledge-base scale benchmark: 5,000+ chunks built from a folder of real laws plus the bundled policies.

    .venv/bin/python bench/kb_scale_bench.py --laws ../shared/corpus/laws --home /tmp/kb_scale

How the corpus is built (in a temporary folder, never in the repository): the bundled policies once,
the laws folder once as it is, and ``--copies`` more times with the title line changed to
"<标题>（测试副本N）", so every copy is a separate document whose chunks get their own vectors (the
title is part of what is embedded). With the 12 laws (about 640 chunks) and ``--copies 7`` that is
about 5,400 chunks. The copies are near-duplicates: they make the index large and the ranking
crowded, not more varied, so the quality figures printed here count a copy of the expected article
as a hit, and the quality to quote is the one of ``eval retrieval`` on the plain sets.

Printed: cold ingest seconds per chunk (the first run on a new ``--home``; later runs reuse the
vector cache and say so), warm ``ask`` p50/p90 over the laws and policy questions (no LLM), the
laws set's hit@1/hit@5 at this scale, and peak memory of a fresh ``ask`` process and of this one.
Results go to bench/out/kb_scale_bench.json.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from review_assistant.kb.ask import ask
from review_assistant.kb.evaluate import DEFAULT_QA, LAWS_QA, load_questions
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.ingest import ingest
from review_assistant.kb.retrieve import retrieve
from review_assistant.settings import KBSettings, Settings

ROOT = Path(__file__).resolve().parents[1]

_COPY = re.compile(r"（测试副本\d+）$")
_CLI_WITH_RSS = (
    "import sys\n"
    "from review_assistant.cli import main\n"
    "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n"
    "print(hwm, file=sys.stderr)\n"
)


def build_corpus(laws: Path, policies: Path, copies: int, dest: Path) -> None:
    shutil.copytree(policies, dest / "policies")
    files = sorted(p for p in laws.glob("*.md") if not p.name.lower().startswith("readme"))
    for n in range(copies + 1):
        folder = dest / f"laws_{n}"
        folder.mkdir(parents=True)
        for f in files:
            lines = f.read_text(encoding="utf-8").splitlines()
            if n:
                lines[0] = lines[0].rstrip() + f"（测试副本{n}）"
            (folder / f.name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laws", type=Path, default=ROOT.parent / "shared" / "corpus" / "laws", help="法规文件夹")
    parser.add_argument("--copies", type=int, default=7, help="法规改标题复制的份数")
    parser.add_argument("--home", type=Path, default=None, help="数据主目录（保留向量缓存；默认临时目录）")
    parser.add_argument("--ingest-only", action="store_true", help="只入库（先在后台算好向量）")
    args = parser.parse_args()
    if not args.laws.is_dir():
        sys.exit(f"法规文件夹不存在：{args.laws}")

    tmp = Path(tempfile.mkdtemp(prefix="kb_scale_"))
    home = args.home or tmp / "home"
    corpus = home.parent / (home.name + "_corpus")
    if not corpus.is_dir():
        build_corpus(args.laws, ROOT / "policies", args.copies, corpus)
    settings = Settings(home=home, kb=KBSettings(policies_dir=corpus / "policies"))
    result: dict[str, object] = {"corpus": f"policies + laws x{args.copies + 1} (copies retitled)"}
    try:
        t0 = time.perf_counter()
        report = ingest([corpus], settings, show_progress=False)
        ingest_s = time.perf_counter() - t0
        with KnowledgeBase(settings) as kb:
            chunks = kb.manifest.count_chunks()
        result.update({
            "chunks": chunks,
            "ingest_seconds": round(ingest_s, 1),
            "chunks_written_this_run": report.chunks_written,
            "vectors_embedded_this_run": report.embedded,
            # Only meaningful on a cold run (a new --home); a re-run writes nothing and embeds nothing.
            "ingest_seconds_per_chunk_written": round(ingest_s / report.chunks_written, 4) if report.chunks_written else None,
            "embedder_seconds_per_vector": round(report.model_seconds / report.embedded, 4) if report.embedded else None,
        })
        if args.ingest_only:
            return
        laws_q = load_questions(LAWS_QA)
        pol_q = load_questions(DEFAULT_QA)
        with KnowledgeBase(settings) as kb:
            ask(pol_q[0].question, kb)  # warm-up: model, Chroma, BM25 loaded
            latencies = []
            for q in laws_q + pol_q:
                t0 = time.perf_counter()
                ask(q.question, kb)
                latencies.append(time.perf_counter() - t0)
            hit1 = hit5 = 0
            answerable = [q for q in laws_q if q.answerable]
            for q in answerable:
                hits = retrieve(kb, q.question, 5)
                ranks = [i for i, h in enumerate(hits, 1) if q.matches(_COPY.sub("", h.title), h.doc_number, h.article)]
                hit1 += bool(ranks and ranks[0] == 1)
                hit5 += bool(ranks)
        lat = sorted(latencies)
        cold_s, ask_rss = _cli(["ask", laws_q[0].question, "--json", "--no-llm", "--home", str(home)])
        result.update({
            "ask_warm_seconds_p50": round(statistics.median(lat), 4),
            "ask_warm_seconds_p90": round(lat[int(0.9 * (len(lat) - 1))], 4),
            "ask_warm_seconds_max": round(lat[-1], 4),
            "questions_timed": len(lat),
            "laws_hit1_at_scale_copies_count": round(hit1 / max(len(answerable), 1), 3),
            "laws_hit5_at_scale_copies_count": round(hit5 / max(len(answerable), 1), 3),
            "ask_cold_cli_seconds": round(cold_s, 2),
            "peak_rss_mb_ask_cli": round(ask_rss, 1),
            "peak_rss_mb_bench_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        })
    finally:
        if args.home is None:
            shutil.rmtree(tmp, ignore_errors=True)
        out = ROOT / "bench" / "out"
        out.mkdir(parents=True, exist_ok=True)
        (out / "kb_scale_bench.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
        width = max(len(k) for k in result)
        for key, value in result.items():
            print(f"{key:<{width}}  {value}")


def _cli(argv: list[str]) -> tuple[float, float]:
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CLI_WITH_RSS, *argv], check=True, capture_output=True, text=True)
    return time.perf_counter() - t0, int(done.stderr.strip().splitlines()[-1]) / 1024


if __name__ == "__main__":
    main()
