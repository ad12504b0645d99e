"""The default reranker: the fused top candidates reordered by what in them answers the question.

No cross-encoder or late-interaction model ships inside a registry package that runs offline and
reads Chinese (see README), so the second stage is a small linear model over signals the first
stage already has:

* the fused RRF score (normalised, 1.0 = first in both legs);
* the cosine similarity's gap to the best candidate's (the vector leg's confidence, which RRF's
  ranks throw away);
* the question's key-term coverage in the clause, synonyms counted;
* whether the clause contains the kind of fact asked for (an amount, a period, a body …);
* the share of the question's character bigrams (asking words left out) found in the clause: the
  phrase-level match ("整体支出", "公开的…结果") that word coverage loses when every candidate holds
  the same words.

The weights were chosen on the dev split of ``corpus/eval/qa.jsonl`` and ``corpus/eval/laws_qa.jsonl``
with ``bench/kb_tune.py``; the held-out split was not used to choose them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from review_assistant.kb.answerable import support
from review_assistant.kb.chunking import is_commentary
from review_assistant.kb.keywords import tokenize
from review_assistant.kb.retrieve import Hit

W_FUSED = 1.0
W_SIMILARITY = 60.0  # per unit of cosine; a gap of 0.01 to the best costs 0.6
W_COVERAGE = 1.5
W_ANSWER_TYPE = 0.5
W_BIGRAM = 2.0
#: Readers' notes go behind the rules they comment on (see ``chunking.is_commentary``).
COMMENTARY_PENALTY = 1.0


def hit_text(hit: Hit) -> str:
    """What the clause says with its title and headings (what the indexes saw)."""
    return " ".join([hit.title, *hit.heading_path, hit.article]) + "\n" + hit.text


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
#: Asking words: in the question, not in the answer.
_ASKING = re.compile(r"什么|哪些|哪几|哪个|哪一|怎么|怎样|如何|多少|多长|几个|几天|是否|能不能|可不可以|要不要|是不是|吗|呢|谁")


@lru_cache(maxsize=16384)
def bigrams(text: str) -> frozenset[str]:
    """Adjacent character pairs inside each run of Chinese characters."""
    return frozenset(run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1))


def bigram_share(query: str, text: str) -> float:
    """Share of the question's character bigrams (asking words removed) that the text contains."""
    q = bigrams(_ASKING.sub("，", query))
    return len(q & bigrams(text)) / len(q) if q else 0.0


class SupportReranker:
    """Reorders fused hits by the linear score above; ``extra`` keeps each hit's parts."""

    def __init__(self, idf: dict[str, float], weights: tuple[float, ...] | None = None) -> None:
        self.idf = idf
        w = weights or (W_FUSED, W_SIMILARITY, W_COVERAGE, W_ANSWER_TYPE, W_BIGRAM)
        self.weights = (*w, W_BIGRAM)[:5] if len(w) == 4 else tuple(w)

    def rerank(self, query: str, hits: list[Hit]) -> list[Hit]:
        if not hits:
            return hits
        w_fused, w_sim, w_cov, w_type, w_bi = self.weights
        q_tokens = tokenize(query)
        sims = [h.similarity for h in hits if h.similarity is not None]
        top_sim = max(sims, default=0.0)
        floor = min(sims, default=0.0)
        scored = []
        for h in hits:
            sp = support(query, hit_text(h), self.idf, q_tokens=q_tokens)
            sim = h.similarity if h.similarity is not None else floor
            text = hit_text(h)
            bi = bigram_share(query, text) if w_bi else 0.0
            final = (w_fused * h.score + w_sim * (sim - top_sim) + w_cov * sp.coverage + w_type * sp.has_answer_type
                     + w_bi * bi)
            if is_commentary(h.text):
                final -= COMMENTARY_PENALTY
            extra = {**h.extra, "fused": h.score, "coverage": round(sp.coverage, 3),
                     "answer_type": float(sp.has_answer_type), "bigram": round(bi, 3)}
            # The score a citation shows follows the final order: 0..1, 1 for a clause first in both
            # legs, fully covering the question's words and holding what it asks for (phrase
            # matches beyond that only order such clauses among themselves).
            score = round(min(max(final, 0.0) / (w_fused + w_cov + w_type), 1.0), 4)
            scored.append((final, replace(h, extra=extra, score=score)))
        scored.sort(key=lambda x: -x[0])
        return [h for _, h in scored]
