"""The default reranker: the fused top candidates reordered by what in them answers the question.

No cross-encoder or late-interaction model ships inside a registry package that runs offline and
reads Chinese (see README), so the second stage is a small linear model over signals the first
stage already has:

* the fused RRF score (normalised, 1.0 = first in both legs);
* the cosine similarity's gap to the best candidate's (the vector leg's confidence, which RRF's
  ranks throw away);
* the question's key-term coverage in the clause, synonyms counted;
* whether the clause contains the kind of fact asked for (an amount, a period, a body …).

The weights were chosen on the dev split of ``corpus/eval/qa.jsonl`` and ``corpus/eval/laws_qa.jsonl``
with ``bench/kb_tune.py``; the held-out split was not used to choose them.
"""

from __future__ import annotations

from dataclasses import replace

from review_assistant.kb.answerable import support
from review_assistant.kb.chunking import is_commentary
from review_assistant.kb.keywords import tokenize
from review_assistant.kb.retrieve import Hit

W_FUSED = 1.0
W_SIMILARITY = 40.0  # per unit of cosine; a gap of 0.01 to the best costs 0.4
W_COVERAGE = 1.0
W_ANSWER_TYPE = 0.5
#: Readers' notes go behind the rules they comment on (see ``chunking.is_commentary``).
COMMENTARY_PENALTY = 1.0


def hit_text(hit: Hit) -> str:
    """What the clause says with its title and headings (what the indexes saw)."""
    return " ".join([hit.title, *hit.heading_path, hit.article]) + "\n" + hit.text


class SupportReranker:
    """Reorders fused hits by the linear score above; ``extra`` keeps each hit's parts."""

    def __init__(self, idf: dict[str, float], weights: tuple[float, float, float, float] | None = None) -> None:
        self.idf = idf
        self.weights = weights or (W_FUSED, W_SIMILARITY, W_COVERAGE, W_ANSWER_TYPE)

    def rerank(self, query: str, hits: list[Hit]) -> list[Hit]:
        if not hits:
            return hits
        w_fused, w_sim, w_cov, w_type = self.weights
        q_tokens = tokenize(query)
        sims = [h.similarity for h in hits if h.similarity is not None]
        top_sim = max(sims, default=0.0)
        floor = min(sims, default=0.0)
        scored = []
        for h in hits:
            sp = support(query, hit_text(h), self.idf, q_tokens=q_tokens)
            sim = h.similarity if h.similarity is not None else floor
            final = w_fused * h.score + w_sim * (sim - top_sim) + w_cov * sp.coverage + w_type * sp.has_answer_type
            if is_commentary(h.text):
                final -= COMMENTARY_PENALTY
            extra = {**h.extra, "fused": h.score, "coverage": round(sp.coverage, 3),
                     "answer_type": float(sp.has_answer_type)}
            # The score a citation shows follows the final order: 0..1, 1 for a clause first in both
            # legs, fully covering the question and holding what it asks for.
            score = round(max(final, 0.0) / (w_fused + w_cov + w_type), 4)
            scored.append((final, replace(h, extra=extra, score=score)))
        scored.sort(key=lambda x: -x[0])
        return [h for _, h in scored]
