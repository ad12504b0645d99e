"""Are the reranker's hand-set weights the best a linear model over its signals can do? Cross-validated by round.

    .venv/bin/python bench/kb_fit.py --pol-home /tmp/kb_pol --laws-home /tmp/kb_laws

Every answerable question of every question set in ``corpus/eval`` (``laws_*`` sets against the laws home, the
others against the policies home) has its fused top 20 fetched once with the reranker off, and the reranker's
signals computed per candidate (as ``bench/kb_tune.py`` does). The sets are split into folds by round number (the
digits ending a set's name; the main sets are round 0): each fold's weights are fitted on the other folds'
questions and scored on the fold's. The fit maximises the listwise softmax likelihood of an expected clause coming
first, with an L2 pull towards the hand weights (each signal scaled by its hand weight), by Adam.

The figures printed are hit@1, hit@5 and MRR of the hand weights and of the fitted weights on the questions each
fold held out, for the policies and the laws, and the weights fitted on all questions. Fitted weights ranking better
than the hand ones on held-out rounds are the evidence for changing the weights in ``kb/rerank.py``; equal figures
say the signals, not their weights, bound the ranking.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from review_assistant.kb.chunking import is_commentary
from review_assistant.kb.evaluate import DEFAULT_QA, load_questions
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.rerank import COMMENTARY_PENALTY, SupportReranker
from review_assistant.kb.retrieve import RERANK_DEPTH, retrieve
from review_assistant.settings import Settings

_ROUND = re.compile(r"(\d+)$")


@dataclass
class Candidates:
    """The fused top ``RERANK_DEPTH`` of Q questions: signals (Q, H, F), matches (Q, H), the fixed part of the
    score (commentary behind every rule, chunk-id order for ties, -1e9 for empty slots) and each question's round."""

    features: np.ndarray
    match: np.ndarray
    fixed: np.ndarray
    rounds: np.ndarray
    laws: np.ndarray

    def take(self, keep: np.ndarray) -> Candidates:
        return Candidates(self.features[keep], self.match[keep], self.fixed[keep], self.rounds[keep], self.laws[keep])

    def metrics(self, weights: np.ndarray) -> tuple[float, float, float]:
        """hit@1, hit@5 and MRR of one weight vector (a question whose clause is not in the pool counts as a miss)."""
        scores = self.features @ weights + self.fixed
        best = np.where(self.match, scores, -np.inf).max(axis=1)
        rank = (scores > best[:, None]).sum(axis=1) + 1
        found = np.isfinite(best) & (rank <= 5)
        n = max(len(rank), 1)
        return (float((found & (rank == 1)).sum() / n), float(found.sum() / n),
                float(np.where(found, 1 / rank, 0.0).sum() / n))


def set_round(stem: str) -> int:
    """The round a question set belongs to: the digits ending its name ("qa_blind31" → 31), 0 for the main sets."""
    m = _ROUND.search(stem)
    return int(m.group(1)) if m else 0


def collect(home: Path, sets: list[Path], laws: bool, nf: int) -> Candidates:
    settings = Settings(home=home)
    settings = settings.model_copy(update={"kb": settings.kb.model_copy(update={"rerank": False})})
    feats, match, fixed, rounds = [], [], [], []
    with KnowledgeBase(settings) as kb:
        reranker = SupportReranker(kb.keywords.idf())
        for path in sets:
            for q in load_questions(path):
                if not q.answerable:
                    continue
                hits = retrieve(kb, q.question, RERANK_DEPTH)
                f = np.zeros((RERANK_DEPTH, nf))
                m = np.zeros(RERANK_DEPTH, bool)
                x = np.full(RERANK_DEPTH, -1e9)
                if hits:
                    f[:len(hits)] = np.array(reranker.features(q.question, hits), float).reshape(len(hits), nf)
                    m[:len(hits)] = [q.matches(h.title, h.doc_number, h.article) for h in hits]
                    id_order = np.argsort(np.argsort([h.chunk_id for h in hits]))
                    x[:len(hits)] = [-(1e6 + COMMENTARY_PENALTY) * is_commentary(h.text) for h in hits]
                    x[:len(hits)] -= 1e-9 * id_order
                feats.append(f)
                match.append(m)
                fixed.append(x)
                rounds.append(set_round(path.stem))
    n = len(rounds)
    return Candidates(np.array(feats).reshape(n, RERANK_DEPTH, nf), np.array(match).reshape(n, RERANK_DEPTH),
                      np.array(fixed).reshape(n, RERANK_DEPTH), np.array(rounds, int), np.full(n, laws))


def fit(data: Candidates, hand: np.ndarray, pull: float = 1.0, steps: int = 1500, rate: float = 0.02) -> np.ndarray:
    """Weights maximising the softmax probability that an expected clause ranks first, pulled towards ``hand``."""
    data = data.take(np.asarray(data.match.any(axis=1)))
    if not len(data.rounds):
        return hand.copy()
    live = data.fixed > -1e8  # empty slots and commentary never compete
    scale = np.maximum(np.abs(hand), 0.2)
    w = hand.astype(float).copy()
    m1 = np.zeros_like(w)
    m2 = np.zeros_like(w)
    n = len(data.rounds)
    for t in range(1, steps + 1):
        s = np.where(live, data.features @ w, -1e9)
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        on = np.where(data.match, p, 0.0)
        target = on / np.maximum(on.sum(axis=1, keepdims=True), 1e-300)
        grad = np.einsum("qh,qhf->f", p - target, data.features) / n + pull * (w - hand) / scale**2 / n
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad**2
        w -= rate * scale * (m1 / (1 - 0.9**t)) / (np.sqrt(m2 / (1 - 0.999**t)) + 1e-12)
    return w


def cross_validate(data: Candidates, hand: np.ndarray, folds: int) -> dict[str, dict[str, tuple[float, ...]]]:
    """Per corpus (政策, 法规), the held-out figures of the hand and the fitted weights, summed over folds."""
    sums: dict[str, dict[str, np.ndarray]] = {c: {"hand": np.zeros(3), "fitted": np.zeros(3)} for c in ("政策", "法规")}
    sizes = {"政策": 0, "法规": 0}
    for k in range(folds):
        held = data.rounds % folds == k
        w = fit(data.take(~held), hand)
        for corpus, laws in (("政策", False), ("法规", True)):
            part = data.take(held & (data.laws == laws))
            n = len(part.rounds)
            sizes[corpus] += n
            sums[corpus]["hand"] += np.array(part.metrics(hand)) * n
            sums[corpus]["fitted"] += np.array(part.metrics(w)) * n
    return {c: {k: tuple(float(x) for x in v / max(sizes[c], 1)) for k, v in by.items()} for c, by in sums.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pol-home", type=Path, required=True)
    parser.add_argument("--laws-home", type=Path, required=True)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_QA.parent, help="评测集目录（默认 corpus/eval）")
    parser.add_argument("--folds", type=int, default=5, help="按轮次分几折（默认 5）")
    args = parser.parse_args()
    sets = sorted(p for p in args.eval_dir.glob("*.jsonl") if not p.stem.endswith("_draft"))
    hand = np.array(SupportReranker({}).weights, float)
    pol = collect(args.pol_home, [p for p in sets if not p.stem.startswith("laws_")], False, len(hand))
    laws = collect(args.laws_home, [p for p in sets if p.stem.startswith("laws_")], True, len(hand))
    data = Candidates(*(np.concatenate([a, b]) for a, b in zip(
        (pol.features, pol.match, pol.fixed, pol.rounds, pol.laws),
        (laws.features, laws.match, laws.fixed, laws.rounds, laws.laws), strict=True)))
    print(f"题集 {len(sets)} 个；可回答问题：政策 {len(pol.rounds)}，法规 {len(laws.rounds)}；按轮次分 {args.folds} 折")
    for corpus, by in cross_validate(data, hand, args.folds).items():
        for name, label in (("hand", "现用权重"), ("fitted", "拟合权重")):
            h1, h5, mrr = by[name]
            print(f"  {corpus}留出轮次，{label}：hit@1 {h1:.3f} hit@5 {h5:.3f} MRR {mrr:.3f}")
    w = fit(data, hand)
    print("全部问题上拟合的权重（与现用权重同序）：" + "，".join(f"{x:.2f}" for x in w))
    print("现用权重：" + "，".join(f"{x:.2f}" for x in hand))


if __name__ == "__main__":
    main()
