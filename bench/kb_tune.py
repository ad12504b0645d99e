"""How the reranker's weights were chosen: a grid on the dev split of both sets, held-out split only reported.

    .venv/bin/python bench/kb_tune.py --pol-home /tmp/kb_pol --laws-home /tmp/kb_laws

Both homes must already hold the bundled policies and ``../shared/corpus/laws`` respectively (see
bench/qa_baseline.py). The fused top 20 of every answerable question is fetched once (reranker
off); each weight combination of :class:`~review_assistant.kb.rerank.SupportReranker` then reorders
them. The row with the best summed dev MRR of the two sets is scored on the held-out questions and
compared with no reranking. The chosen weights are copied into ``kb/rerank.py`` by hand.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from review_assistant.kb.evaluate import DEFAULT_QA, LAWS_QA, Question, load_questions, rank_of
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.rerank import SupportReranker
from review_assistant.kb.retrieve import RERANK_DEPTH, Hit, retrieve
from review_assistant.settings import Settings

ROOT = Path(__file__).resolve().parents[1]

Cands = list[tuple[Question, list[Hit]]]


def metrics(cands: Cands, reranker: SupportReranker | None) -> tuple[float, float, float]:
    h1 = h5 = mrr = 0.0
    for q, hits in cands:
        ranked = reranker.rerank(q.question, hits) if reranker else hits
        r = rank_of(ranked[:5], q)
        h1 += r == 1
        h5 += r is not None
        mrr += 1 / r if r else 0.0
    n = max(len(cands), 1)
    return h1 / n, h5 / n, mrr / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pol-home", type=Path, required=True)
    parser.add_argument("--laws-home", type=Path, required=True)
    args = parser.parse_args()
    sets: list[tuple[str, dict[str, float], Cands, Cands]] = []
    for name, home, qa in (("政策", args.pol_home, DEFAULT_QA), ("法规", args.laws_home, LAWS_QA)):
        settings = Settings(home=home)
        settings = settings.model_copy(update={"kb": settings.kb.model_copy(update={"rerank": False})})
        with KnowledgeBase(settings) as kb:
            cands = [(q, retrieve(kb, q.question, RERANK_DEPTH)) for q in load_questions(qa) if q.answerable]
            idf = kb.keywords.idf()
        sets.append((name, idf, [c for c in cands if not c[0].held_out], [c for c in cands if c[0].held_out]))
    rows = []
    for weights in itertools.product((1.0,), (10.0, 20.0, 30.0, 40.0, 60.0), (0.0, 0.5, 1.0, 1.5, 2.0), (0.0, 0.25, 0.5),
                                     (0.0, 0.5, 1.0, 2.0, 3.0)):
        scores = [metrics(d, SupportReranker(idf, weights)) for _, idf, d, _ in sets]
        rows.append((sum(m[2] for m in scores), weights, scores))
    rows.sort(key=lambda r: -r[0])
    print("开发集前 8 组（权重：融合、相似度、关键词覆盖、答案类型、字二元组）")
    for _, weights, scores in rows[:8]:
        print(f"  {weights}  " + "；".join(f"{s[0]} hit@1 {m[0]:.3f} MRR {m[2]:.3f}" for s, m in zip(sets, scores, strict=True)))
    best = rows[0][1]
    print(f"选定：{best}")
    for name, idf, dev, test in sets:
        for split, cands in (("开发", dev), ("留出", test)):
            off, on = metrics(cands, None), metrics(cands, SupportReranker(idf, best))
            print(f"  {name}{split}（{len(cands)} 题）：不重排 hit@1 {off[0]:.3f} hit@5 {off[1]:.3f} MRR {off[2]:.3f}；"
                  f"重排 hit@1 {on[0]:.3f} hit@5 {on[1]:.3f} MRR {on[2]:.3f}")


if __name__ == "__main__":
    main()
