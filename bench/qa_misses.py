"""Every answerable question the fused retrieval does not rank right first, with why.

    .venv/bin/python bench/qa_misses.py --home /tmp/kb_pol [--qa corpus/eval/qa.jsonl] [--split dev]

The home must already hold the knowledge base (run ``eval retrieval --home`` once). For each miss
at hit@1 the question, its expected articles, the fused top 5 (document, article, score and the
reranker's parts) and where the expected article stood in each leg are printed; an expected
article outside the top 5 is looked for in the top 20.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from review_assistant.kb.evaluate import DEFAULT_QA, Question, load_questions, rank_of
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.retrieve import Hit, retrieve
from review_assistant.settings import Settings


def _label(h: Hit) -> str:
    return f"{h.doc_number or h.title}{h.article}"


def _parts(h: Hit) -> str:
    e = h.extra
    return (f"score {h.score:.3f} fused {e.get('fused', h.score):.3f} sim {h.similarity or 0:.4f} "
            f"cov {e.get('coverage', 0):.2f} type {e.get('answer_type', 0):.0f} bi {e.get('bigram', 0):.2f} "
            f"v#{h.vector_rank} k#{h.keyword_rank}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--qa", type=Path, default=DEFAULT_QA)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    args = parser.parse_args()
    questions: list[Question] = [q for q in load_questions(args.qa) if q.answerable]
    if args.split != "all":
        questions = [q for q in questions if q.held_out == (args.split == "test")]
    with KnowledgeBase(Settings(home=args.home)) as kb:
        for q in questions:
            hits = retrieve(kb, q.question, 5)  # as ``eval retrieval`` ranks them
            r = rank_of(hits, q)
            if r == 1:
                continue
            if r is None:  # where it stands further down
                hits = retrieve(kb, q.question, 20)
                r = rank_of(hits, q)
            legs = {m: rank_of(retrieve(kb, q.question, 50, mode=m), q) for m in ("keyword", "vector")}
            split = "留出" if q.held_out else "开发"
            print(f"== {q.id}（{split}）{q.question}")
            print(f"   期望：{'、'.join(a + b for a, b in q.expected)}；融合名次 {r}；BM25 {legs['keyword']}；向量 {legs['vector']}")
            for i, h in enumerate(hits[:5], 1):
                mark = "*" if q.matches(h.title, h.doc_number, h.article) else " "
                print(f"  {mark}{i}. {_label(h)}  {_parts(h)}  {h.text[:60]!r}")
            if r and r > 5:
                h = hits[r - 1]
                print(f"  *{r}. {_label(h)}  {_parts(h)}  {h.text[:60]!r}")


if __name__ == "__main__":
    main()
