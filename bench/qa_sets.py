"""Every question set in ``corpus/eval`` through the product path, per set and in total.

    .venv/bin/python bench/qa_sets.py --pol-home /tmp/kb_pol --laws-home /tmp/kb_laws [qa_blind33 laws_blind33 …]
        [--detail out.json]

``laws_*`` sets are asked of the laws home (``review-assistant ingest ../shared/corpus/laws --home …``), the others
of the policies home (``review-assistant kb ensure --home …``); ``*_draft`` sets are left out. Each question goes
through :func:`review_assistant.kb.ask.ask` with ``top_k=5``, as ``ask --json --no-llm --top-k 5`` does. An answerable
question's rank is that of the first cited clause the set expects; a refused one is ranked on the hits retrieval
gives it (what the refusal shows), so ranking and refusal are scored apart. Printed per set and per home: hit@1,
hit@5, MRR, in-domain and out-of-domain refusals and false refusals. ``--detail`` writes each question's rank and
whether it was answered, to compare two versions of the code question by question (run each with its own
``PYTHONPATH``).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from review_assistant.kb.ask import ask
from review_assistant.kb.evaluate import Question, Refusals, count_refusals, load_questions
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.retrieve import retrieve
from review_assistant.settings import REPO_ROOT, Settings


@dataclass
class Tally:
    """Ranks of the answerable questions and, by :func:`count_refusals`, the refusals of all."""

    n: int = 0
    hit1: int = 0
    hit5: int = 0
    mrr: float = 0.0
    refusals: Refusals = field(default_factory=Refusals)

    def add(self, other: Tally) -> None:
        self.n, self.hit1, self.hit5, self.mrr = (self.n + other.n, self.hit1 + other.hit1, self.hit5 + other.hit5,
                                                   self.mrr + other.mrr)
        mine, theirs = self.refusals, other.refusals
        for name in ("in_domain", "n_in_domain", "out_of_domain", "n_out_of_domain", "false", "n_answerable"):
            setattr(mine, name, getattr(mine, name) + getattr(theirs, name))

    def line(self, label: str) -> str:
        n, r = max(self.n, 1), self.refusals
        return (f"{label:18} n={self.n:4} hit@1={self.hit1 / n:.3f} hit@5={self.hit5 / n:.3f} MRR={self.mrr / n:.3f} "
                f"领域内拒答={r.in_domain}/{r.n_in_domain} 领域外拒答={r.out_of_domain}/{r.n_out_of_domain} "
                f"误拒={r.false}")


def rank(question: Question, kb: KnowledgeBase, cited: list[tuple[str, str | None, str]] | None) -> int | None:
    """1-based rank of the first expected clause among ``cited`` (or, refused, among the retrieved hits)."""
    if cited is None:
        cited = [(h.title, h.doc_number, h.article) for h in retrieve(kb, question.question, 5)]
    return next((i for i, (title, number, article) in enumerate(cited, 1)
                 if question.matches(title, number, article)), None)


def score(path: Path, kb: KnowledgeBase, detail: dict[str, dict[str, object]]) -> Tally:
    tally = Tally()
    questions = load_questions(path)
    grounded: dict[str, bool] = {}
    for q in questions:
        answer = ask(q.question, kb, top_k=5)
        grounded[q.id] = answer.grounded
        at = None
        if q.answerable:
            cited = [(c.document, c.doc_number, c.article) for c in answer.citations] if answer.grounded else None
            at = rank(q, kb, cited)
            tally.n += 1
            tally.hit1 += at == 1
            tally.hit5 += at is not None
            tally.mrr += 1 / at if at else 0.0
        detail[f"{path.stem}:{q.id}"] = {"rank": at, "grounded": answer.grounded, "answerable": q.answerable}
    tally.refusals = count_refusals(questions, grounded)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names (e.g. qa_blind33); all sets when none is given")
    parser.add_argument("--pol-home", type=Path, required=True)
    parser.add_argument("--laws-home", type=Path, required=True)
    parser.add_argument("--eval-dir", type=Path, default=REPO_ROOT / "corpus" / "eval")
    parser.add_argument("--detail", type=Path)
    args = parser.parse_args()
    paths = sorted(p for p in args.eval_dir.glob("*.jsonl") if not p.stem.endswith("_draft")
                   and (not args.sets or p.stem in args.sets))
    detail: dict[str, dict[str, object]] = {}
    totals = {"随附政策": Tally(), "真实法规": Tally()}
    with KnowledgeBase(Settings(home=args.pol_home)) as pol, KnowledgeBase(Settings(home=args.laws_home)) as laws:
        for path in paths:
            group = "真实法规" if path.stem.startswith("laws_") else "随附政策"
            tally = score(path, laws if group == "真实法规" else pol, detail)
            print(tally.line(path.stem), flush=True)
            totals[group].add(tally)
    for group, tally in totals.items():
        if tally.n:
            print(tally.line(f"合计 {group}"))
    if args.detail:
        args.detail.write_text(json.dumps(detail, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
