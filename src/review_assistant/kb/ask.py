"""``ask``: answer a policy question from the knowledge base, with citations.

Without an LLM the answer is extractive: the sentences of the retrieved articles that share the
most terms with the question, each followed by the article it comes from. A relevance gate
(the best chunk's vector similarity, calibrated on ``corpus/eval/qa.jsonl``) decides whether the
knowledge base covers the question at all; when it does not, the answer says so plainly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.retrieve import Filters, Hit, retrieve
from review_assistant.parsing.numbering import ARTICLE
from review_assistant.settings import Settings

SCHEMA = "review_assistant.ask/1"
NOT_FOUND = "知识库中未找到相关规定。"
_SENTENCES = re.compile(r"[^。；！？\n]+[。；！？]?")
_MAX_SENTENCES = 3
_MAX_PER_CHUNK = 2
GATE_DEPTH = 5


class Citation(BaseModel):
    """One cited chunk, per the ``ask --json`` contract (plus level and status)."""

    document: str = Field(description="政策文件标题")
    doc_number: str | None = Field(None, description="文号")
    article: str = Field(description="条款（第X条）或所在部分标题")
    text: str = Field(description="片段全文")
    source: str = Field(description="文件路径")
    chunk_id: str
    score: float = Field(description="融合得分，1.0 表示两路检索都排第一")
    level: str | None = Field(None, description="层级")
    status: str = Field("有效", description="效力状态")
    sample: bool = Field(False, description="虚构示例文件，不能作为审核依据")
    notes: bool = Field(False, description="学习笔记（转述），不是官方原文")


class Answer(BaseModel):
    """The ``ask --json`` object."""

    model_config = ConfigDict(populate_by_name=True)

    schema_: str = Field(SCHEMA, alias="schema")
    question: str
    answer: str
    grounded: bool
    citations: list[Citation] = Field(default_factory=list)
    model: str | None = Field(None, description="The LLM that wrote the answer; None for an extractive answer")
    notes: list[str] = Field(default_factory=list, description="e.g. sentences dropped by verification")

    def to_json_dict(self) -> dict[str, object]:
        data = self.model_dump(by_alias=True)
        if self.model is None:
            data.pop("model")
        if not self.notes:
            data.pop("notes")
        return data


@dataclass(frozen=True)
class Gate:
    """The relevance gate: the best hit's cosine similarity must reach ``min_similarity``."""

    min_similarity: float
    min_keyword_score: float = 0.0

    def passes(self, hits: list[Hit]) -> bool:
        if not hits:
            return False
        best_sim = max((h.similarity for h in hits if h.similarity is not None), default=0.0)
        if best_sim < self.min_similarity:
            return False
        if self.min_keyword_score > 0:
            best_kw = max((h.keyword_score for h in hits if h.keyword_score is not None), default=0.0)
            return best_kw >= self.min_keyword_score
        return True


def gate_for(settings: Settings) -> Gate:
    return Gate(settings.kb.min_similarity, settings.kb.min_keyword_score)


def ask(
    question: str,
    kb: KnowledgeBase,
    *,
    top_k: int | None = None,
    filters: Filters | None = None,
) -> Answer:
    """Retrieve, gate, and answer extractively."""
    question = question.strip()
    top_k = top_k or kb.settings.kb.top_k
    # The gate was calibrated on the best of five hits, whatever number of citations is asked for.
    hits = retrieve(kb, question, max(top_k, GATE_DEPTH), filters)
    if not gate_for(kb.settings).passes(hits):
        return Answer(question=question, answer=NOT_FOUND, grounded=False, citations=[])
    hits = hits[:top_k]
    return Answer(
        question=question,
        answer=extractive_answer(question, hits, kb.keywords.idf()),
        grounded=True,
        citations=[citation(h) for h in hits],
    )


def ask_with_llm(
    question: str,
    kb: KnowledgeBase,
    answerer: Callable[..., Any],
    *,
    top_k: int | None = None,
    filters: Filters | None = None,
) -> Answer:
    """Retrieve and gate as :func:`ask`, then let the model answer from the articles.

    The model is never asked when the gate refuses; sentences it writes that cannot be tied to a
    retrieved article are dropped by code (``review_assistant.llm.answer``).
    """
    question = question.strip()
    top_k = top_k or kb.settings.kb.top_k
    hits = retrieve(kb, question, max(top_k, GATE_DEPTH), filters)
    if not gate_for(kb.settings).passes(hits):
        return Answer(question=question, answer=NOT_FOUND, grounded=False, citations=[])
    citations = [citation(h) for h in hits[:top_k]]
    result = answerer(question, citations, grounded=True)
    notes = [f"模型回答中有{result.dropped_sentences}句无法与条款核对，已删除。"] if result.dropped_sentences else []
    if not result.grounded:
        # Retrieval found the articles but the model's text did not survive verification: the
        # extractive answer from the same articles is still a grounded answer.
        notes.append(f"大模型 {result.model} 的回答未通过出处核对，以下为条款原文摘录。")
        return Answer(question=question, answer=extractive_answer(question, hits[:top_k], kb.keywords.idf()),
                      grounded=True, citations=citations, notes=notes)
    return Answer(question=question, answer=result.answer, grounded=True, citations=citations,
                  model=result.model, notes=notes)


def citation(hit: Hit) -> Citation:
    return Citation(
        document=hit.title, doc_number=hit.doc_number, article=hit.article, text=hit.text,
        source=display_path(hit.source), chunk_id=hit.chunk_id, score=hit.score, level=hit.level,
        status=hit.status, sample=hit.sample, notes=hit.notes,
    )


def display_path(path: str) -> str:
    """The source path relative to the working folder when it lies under it."""
    from pathlib import Path

    p = Path(path)
    try:
        return p.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return p.as_posix()


def cite_label(hit: Hit) -> str:
    """《标题》文号 第X条"""
    number = f"（{hit.doc_number}）" if hit.doc_number else ""
    return f"《{hit.title}》{number}{hit.article}"


def extractive_answer(question: str, hits: list[Hit], idf: dict[str, float] | None = None) -> str:
    """The best sentences of the top hits, each followed by its citation number and label.

    A sentence scores the rarity-weighted question terms it contains (IDF from the keyword index),
    mildly normalised by length. The top citation's best sentence always leads, since fusion ranked
    that article first; up to two more follow when they score at least half as well.
    """
    from review_assistant.kb.keywords import tokenize

    idf = idf or {}
    q_tokens = set(tokenize(question))
    scored: list[tuple[float, int, int, str]] = []
    for rank, hit in enumerate(hits[:3]):
        body = ARTICLE.sub("", hit.text, count=1)
        for pos, sentence in enumerate(s.strip() for s in _SENTENCES.findall(body)):
            if len(sentence) < 6:
                continue
            weight = sum(idf.get(t, 1.0) for t in q_tokens & set(tokenize(sentence)))
            score = weight / (1 + len(sentence) / 150) * (1 - 0.2 * rank)
            scored.append((score, rank, pos, sentence))
    if not scored:
        return "根据知识库中的规定：\n" + f"1. {hits[0].text}〔1〕{cite_label(hits[0])}"
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    lead = next((s for s in scored if s[1] == 0), scored[0])
    chosen = [lead]
    per_chunk = {lead[1]: 1}
    for item in scored:
        if len(chosen) >= _MAX_SENTENCES:
            break
        if item is lead or item[0] < 0.5 * lead[0] or item[0] <= 0 or per_chunk.get(item[1], 0) >= _MAX_PER_CHUNK:
            continue
        per_chunk[item[1]] = per_chunk.get(item[1], 0) + 1
        chosen.append(item)
    chosen.sort(key=lambda c: (c[1], c[2]))
    lines = [
        f"{i}. {sentence}〔{rank + 1}〕{cite_label(hits[rank])}" for i, (_, rank, _, sentence) in enumerate(chosen, 1)
    ]
    cited = [hits[rank] for _, rank, _, _ in chosen]
    caveats = [text for flag, text in (
        (any(h.sample for h in cited), "引用含虚构示例文件，不能作为审核依据"),
        (any(h.notes for h in cited), "引用含学习笔记（转述，条款序号为近似值），以官方原文为准"),
        (any(h.status != "有效" for h in cited), "引用含已废止或已修订的文件"),
    ) if flag]
    note = f"\n（注：{'；'.join(caveats)}。）" if caveats else ""
    return "根据知识库中的规定：\n" + "\n".join(lines) + note
