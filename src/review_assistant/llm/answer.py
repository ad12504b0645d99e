"""``ask`` with an LLM: an answer from the retrieved articles, every sentence tied to them.

The model sees the articles numbered [1]…[n] and must end each sentence with the numbers it rests
on. Code then keeps only sentences whose markers all exist and whose quoted text (“…”) is found in
a cited article; the rest is dropped and counted. Without grounded retrieval the model is not asked
at all: the answer is a refusal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from review_assistant.kb.answer_text import REFUSAL
from review_assistant.llm.prompts import data_block, load_prompts
from review_assistant.llm.retrieval import Passage
from review_assistant.parsing.model import normalize_ws

if TYPE_CHECKING:  # pragma: no cover
    from review_assistant.kb.ask import Citation
    from review_assistant.llm.models import ChatHandle

UNVERIFIED = "模型的回答无法与检索到的条款逐句核对，未予采用；请直接阅读下列条款原文。"
_MARKER = re.compile(r"\[(\d{1,2})\]")
_QUOTE = re.compile(r"“([^”]{6,})”")
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?(?:\s*\[\d{1,2}\])*")
_INSUFFICIENT = ("不足以回答", "无法回答", "没有相关规定", "未作规定")


class LLMAnswer(BaseModel):
    question: str
    answer: str
    grounded: bool
    citations: list[dict[str, Any]] = Field(default_factory=list, description="The articles, [n] = citations[n-1]")
    cited: list[int] = Field(default_factory=list, description="Marker numbers the kept answer uses")
    dropped_sentences: int = 0
    model: str | None = None
    usage: dict[str, Any] = Field(default_factory=dict)


def _citation(p: Passage) -> dict[str, Any]:
    return {"document": p.document, "doc_number": p.doc_number, "article": p.article, "text": p.text,
            "source": p.source, "chunk_id": p.chunk_id, "score": p.score}


def render_articles(passages: Sequence[Passage]) -> str:
    sections = [(f"[{i}] {p.heading()}", p.text) for i, p in enumerate(passages, 1)]
    block, _ = data_block(sections)
    return block


def verify_answer(text: str, passages: Sequence[Passage]) -> tuple[str, list[int], int]:
    """Keep sentences whose markers exist and whose quotes are in a cited article.

    Returns (kept text, marker numbers used, number of dropped sentences).
    """
    kept: list[str] = []
    used: list[int] = []
    dropped = 0
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        if not sentence or not re.search(r"\w", sentence):
            continue
        marks = [int(n) for n in _MARKER.findall(sentence)]
        if not marks or any(not 1 <= n <= len(passages) for n in marks):
            dropped += 1
            continue
        cited_text = normalize_ws("".join(passages[n - 1].text for n in marks))
        if any(normalize_ws(q) not in cited_text for q in _QUOTE.findall(sentence)):
            dropped += 1
            continue
        kept.append(sentence)
        used.extend(n for n in marks if n not in used)
    return "".join(kept), used, dropped


def answer_with_llm(
    question: str,
    passages: Sequence[Passage],
    handle: ChatHandle,
    *,
    grounded: bool = True,
    on_token: Callable[[str], None] | None = None,
) -> LLMAnswer:
    """Answer ``question`` from ``passages`` (best first); streams raw tokens to ``on_token``.

    ``grounded`` is the retrieval's own verdict (is anything relevant enough?); when it is false, or
    there is no passage, the model is not called.
    """
    from langchain_core.messages import HumanMessage

    from review_assistant.llm.models import Usage

    citations = [_citation(p) for p in passages]
    if not grounded or not passages:
        return LLMAnswer(question=question, answer=REFUSAL, grounded=False, citations=citations)
    prompt = load_prompts()["_ask"]
    message = HumanMessage(prompt.render(question=question, articles=render_articles(passages)))
    usage = Usage()
    parts: list[str] = []
    for piece in handle.stream([message], usage):
        parts.append(piece)
        if on_token is not None:
            on_token(piece)
    raw = "".join(parts).strip()
    kept, used, dropped = verify_answer(raw, passages)
    if not kept:
        insufficient = any(w in raw for w in _INSUFFICIENT)
        return LLMAnswer(question=question, answer=REFUSAL if insufficient else UNVERIFIED, grounded=False,
                         citations=citations, dropped_sentences=dropped, model=handle.name, usage=usage.as_dict())
    return LLMAnswer(question=question, answer=kept, grounded=True, citations=citations, cited=used,
                     dropped_sentences=dropped, model=handle.name, usage=usage.as_dict())


def make_llm_answerer(settings: Any) -> Callable[..., LLMAnswer]:
    """For ``kb/ask.py``: ``answer(question, citations, grounded=…, on_token=…)`` with the configured model."""
    from review_assistant.llm.models import ChatHandle
    from review_assistant.llm.retrieval import adapt_citations

    handle = ChatHandle.from_settings(settings)

    def answer(question: str, citations: Sequence[Citation], *, grounded: bool = True,
               on_token: Callable[[str], None] | None = None) -> LLMAnswer:
        return answer_with_llm(question, adapt_citations(citations), handle, grounded=grounded, on_token=on_token)

    return answer
