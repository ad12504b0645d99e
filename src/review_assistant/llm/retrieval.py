"""What the LLM layer needs from the knowledge base: passages with stable keys.

The knowledge base (``review_assistant.kb``) owns ingestion and search; this module only defines
the small protocol the LLM rules and the LLM answer use, plus a fallback that cites the rule's own
basis from ``rule_basis.yaml`` when no knowledge base is available. Adapting the real retriever is
one function (:func:`adapt_hits`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from review_assistant.models import PolicyRef
from review_assistant.settings import Settings

if TYPE_CHECKING:  # the knowledge base is imported only when a retriever is made (it loads numpy, jieba)
    from review_assistant.kb.ask import Citation
    from review_assistant.kb.retrieve import Hit


@dataclass(frozen=True)
class Passage:
    """One policy article offered to the model, under a key the model must cite it by."""

    key: str
    document: str
    text: str = ""
    doc_number: str | None = None
    article: str | None = None
    chunk_id: str | None = None
    source: str | None = None
    score: float | None = None

    def ref(self) -> PolicyRef:
        return PolicyRef(document=self.document, doc_number=self.doc_number, article=self.article,
                         chunk_id=self.chunk_id)

    def heading(self) -> str:
        parts = [f"《{self.document}》" if self.document else ""]
        if self.doc_number:
            parts.append(f"（{self.doc_number}）")
        if self.article:
            parts.append(self.article)
        return "".join(parts)


class Retriever(Protocol):
    """Search the policy knowledge base; best first."""

    def __call__(self, query: str, k: int) -> Sequence[Passage]: ...


def keyed(passages: Iterable[Passage], prefix: str = "P") -> list[Passage]:
    """Re-key passages as P1, P2 … in order (short keys are easy for small models to copy exactly)."""
    out: list[Passage] = []
    for i, p in enumerate(passages, 1):
        out.append(Passage(key=f"{prefix}{i}", document=p.document, text=p.text, doc_number=p.doc_number,
                           article=p.article, chunk_id=p.chunk_id, source=p.source, score=p.score))
    return out


def render_passages(passages: Sequence[Passage], max_chars: int = 600) -> str:
    if not passages:
        return "（无）"
    lines = []
    for p in passages:
        body = p.text.strip().replace("\n", " ")
        if len(body) > max_chars:
            body = body[:max_chars] + "……"
        lines.append(f"[{p.key}] {p.heading()}{'：' + body if body else ''}")
    return "\n".join(lines)


def rule_basis_passages(refs: Iterable[PolicyRef]) -> list[Passage]:
    """A rule's own policy basis (document and article, no text) as citable passages."""
    return keyed(Passage(key="", document=r.document, doc_number=r.doc_number, article=r.article,
                         chunk_id=r.chunk_id) for r in refs)


def adapt_hits(hits: Iterable[Hit]) -> list[Passage]:
    """Passages from knowledge-base search hits, keyed P1, P2 …"""
    return keyed(Passage(key="", document=h.title, text=h.text, doc_number=h.doc_number, article=h.article,
                         chunk_id=h.chunk_id, source=h.source, score=h.score) for h in hits)


def adapt_citations(citations: Iterable[Citation]) -> list[Passage]:
    """Passages from the citations of a knowledge-base answer (``ask --json``), keyed P1, P2 …"""
    return keyed(Passage(key="", document=c.document, text=c.text, doc_number=c.doc_number, article=c.article,
                         chunk_id=c.chunk_id, source=c.source, score=c.score) for c in citations)


def default_retriever(settings: Settings) -> Retriever:
    """The knowledge base's hybrid retriever; it finds nothing (so the rule basis is cited) while the index is empty.

    The knowledge base is opened once, on the first query, and kept for the runner's lifetime.
    """
    from review_assistant.kb.index import KnowledgeBase
    from review_assistant.kb.retrieve import retrieve

    state: dict[str, Any] = {}

    def retriever(query: str, k: int) -> Sequence[Passage]:
        try:
            if "kb" not in state:
                kb = KnowledgeBase(settings)
                state["kb"] = kb if kb.manifest.count_chunks() > 0 else None
            kb = state["kb"]
            if kb is None:
                return []
            return adapt_hits(retrieve(kb, query, k))
        except Exception:  # an absent or broken index must not stop a review: fall back to rule basis
            state["kb"] = None
            return []

    return retriever
