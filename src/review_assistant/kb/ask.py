"""``ask``: answer a policy question from the knowledge base, with citations.

Without an LLM the answer is extractive (``kb/compose.py``): the sentence of the best article that
answers the question first, its list kept whole, then supporting sentences and the citations.
Two checks decide whether to answer at all: the relevance gate (the best chunk's vector similarity,
calibrated on ``corpus/eval/qa.jsonl``) for questions the knowledge base is not about, and the
answerability check (``kb/answerable.py``) for questions it is about but does not settle: the best
cited clauses must contain what is asked (an amount, a period, a body …) and the question's terms.
Either failing gives ``grounded: false``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, ParamSpec

from pydantic import BaseModel, ConfigDict, Field

from review_assistant.kb.answer_text import REFUSAL, TYPO_NOTE
from review_assistant.kb.answerable import answerable
from review_assistant.kb.compose import cite_label, extractive_answer
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.keywords import homophone_fixes, normalize_question
from review_assistant.kb.question import answer_types, unknown_terms
from review_assistant.kb.rerank import hit_text
from review_assistant.kb.retrieve import Filters, Hit, named_documents, retrieve
from review_assistant.settings import Settings

__all__ = ["NOT_COVERED", "NOT_FOUND", "Answer", "Citation", "ask", "ask_with_llm", "cite_label", "extractive_answer"]

P = ParamSpec("P")
SCHEMA = "review_assistant.ask/1"
NOT_FOUND = "知识库中未找到相关规定。"
NOT_COVERED = "现有政策文件没有对这一点作出明确规定"
GATE_DEPTH = 5
#: The refusal check reads this many of the best hits: one of them must contain the answer.
ANSWER_DEPTH = 3
#: A question bringing in another level or document, or comparing: not asked of the named document alone.
_OTHER_LEVEL = re.compile(r"区里|区级|本区|我们区|地方|本地|省里|市里|县里|一样|不同|区别|对比|比较|分别|和|与|跟|还是")


def named_only(question: str, kb: KnowledgeBase) -> frozenset[str]:
    """The documents (文号) a question asking a fact asks by name alone ("按财政部10号文，单位自评最晚几月做完"):
    the fact must come from them; a local rule's date is not that document's. Empty when the question names
    none in force, asks no specific fact, or brings in another level or compares."""
    if not answer_types(question) or _OTHER_LEVEL.search(question):
        return frozenset()
    return named_documents(question, kb.document_numbers()) - kb.abolished_documents()


class Citation(BaseModel):
    """One cited chunk, per the ``ask --json`` contract (plus level and status)."""

    document: str = Field(description="政策文件标题")
    doc_number: str | None = Field(None, description="文号")
    article: str = Field(description="条款（第X条）或所在部分标题")
    text: str = Field(description="片段全文")
    source: str = Field(description="文件路径")
    chunk_id: str
    score: float = Field(description="相关度得分（0–1，融合并重排后；越大越相关，引用按它排序）")
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

    def passes(self, hits: list[Hit], question: str = "") -> bool:
        if not hits:
            return False
        best_sim = max((h.similarity for h in hits if h.similarity is not None), default=0.0)
        need = self.min_similarity
        if question and len(_CJK.findall(question)) <= SHORT_QUESTION:
            need -= SHORT_MARGIN
        if best_sim < need:
            return False
        if self.min_keyword_score > 0:
            best_kw = max((h.keyword_score for h in hits if h.keyword_score is not None), default=0.0)
            return best_kw >= self.min_keyword_score
        return True


_CJK = re.compile(r"[\u4e00-\u9fff]")
SHORT_QUESTION = 10
SHORT_MARGIN = 0.03
#: How far below the gate a question whose words the texts all use still goes to the answerability check.
NEAR_GATE = 0.01


def gate_for(settings: Settings) -> Gate:
    return Gate(settings.kb.min_similarity, settings.kb.min_keyword_score)


def refusal(question: str, kb: KnowledgeBase, hits: list[Hit]) -> Answer | None:
    """The refusal for ``hits``, or None when they can answer ``question``."""
    gate = gate_for(kb.settings)
    known = not unknown_terms(question, kb.keywords.idf())
    # The short-question margin and the near-gate pass are for questions whose content words the texts all
    # use ("年中钱花不出去会被收回吗"); "驾驶证到期怎么换证" names something they never mention.
    asked = question if known else ""
    if not gate.passes(hits, asked) and not (
        known and Gate(gate.min_similarity - NEAR_GATE, gate.min_keyword_score).passes(hits, asked)
    ):
        return Answer(question=question, answer=NOT_FOUND, grounded=False, citations=[])
    ok, why = answerable(question, [hit_text(h) for h in hits[:ANSWER_DEPTH]], kb.keywords.idf())
    if ok:
        named = named_only(question, kb)
        if not named:
            return None
        own = [h for h in hits if h.doc_number in named][:ANSWER_DEPTH]
        if answerable(question, [hit_text(h) for h in own], kb.keywords.idf())[0]:
            return None
        why = f"问题点名的{'、'.join(sorted(named))}对此没有规定"
    return Answer(
        question=question,
        answer=f"{NOT_COVERED}（{why}）。下列条款与问题最接近，但不能回答这个问题，仅供查阅。",
        grounded=False,
        citations=[citation(h) for h in hits[:ANSWER_DEPTH]],
    )


def typo_notes(question: str) -> list[str]:
    """What the question was read as where it mistyped a term ("正改" for "整改"): the asker sees it."""
    return [TYPO_NOTE.format(typed=typed, meant=meant) for typed, meant in homophone_fixes(question.strip())[1]]


def _noting_typos(answering: Callable[P, Answer]) -> Callable[P, Answer]:
    """The answer with the notes saying how a mistyped question was read put first."""
    @wraps(answering)
    def noted(*args: P.args, **kwargs: P.kwargs) -> Answer:
        answer = answering(*args, **kwargs)
        notes = typo_notes(answer.question)
        return answer.model_copy(update={"notes": [*notes, *answer.notes]}) if notes else answer
    return noted


@_noting_typos
def ask(
    question: str,
    kb: KnowledgeBase,
    *,
    top_k: int | None = None,
    filters: Filters | None = None,
) -> Answer:
    """Retrieve, gate, check answerability, and answer extractively."""
    question = question.strip()
    top_k = top_k or kb.settings.kb.top_k
    # The gate was calibrated on the best of five hits, whatever number of citations is asked for.
    hits = retrieve(kb, question, max(top_k, GATE_DEPTH), filters)
    refused = refusal(question, kb, hits)
    if refused is not None:
        return refused
    hits = hits[:top_k]
    return Answer(
        question=question,
        answer=extractive_answer(normalize_question(question), hits, kb.keywords.idf()),
        grounded=True,
        citations=[citation(h) for h in hits],
    )


@_noting_typos
def ask_with_llm(
    question: str,
    kb: KnowledgeBase,
    answerer: Callable[..., Any],
    *,
    top_k: int | None = None,
    filters: Filters | None = None,
) -> Answer:
    """Retrieve and gate as :func:`ask`, then let the model answer from the articles.

    The model is never asked when the gate or the answerability check refuses; when the model
    itself finds the articles insufficient, the answer is a refusal too. Sentences it writes that
    cannot be tied to a retrieved article are dropped by code (``review_assistant.llm.answer``).
    """
    question = question.strip()
    top_k = top_k or kb.settings.kb.top_k
    hits = retrieve(kb, question, max(top_k, GATE_DEPTH), filters)
    refused = refusal(question, kb, hits)
    if refused is not None:
        return refused
    citations = [citation(h) for h in hits[:top_k]]
    result = answerer(normalize_question(question), citations, grounded=True)
    notes = [f"模型回答中有{result.dropped_sentences}句无法与条款核对，已删除。"] if result.dropped_sentences else []
    if not result.grounded and result.answer == REFUSAL:
        notes.append(f"大模型 {result.model} 判断检索到的条款不足以回答这个问题。")
        return Answer(question=question, answer=f"{NOT_COVERED}。下列条款与问题最接近，但不能回答这个问题，仅供查阅。",
                      grounded=False, citations=citations[:ANSWER_DEPTH], model=result.model, notes=notes)
    if not result.grounded:
        # Retrieval found the articles but the model's text did not survive verification: the
        # extractive answer from the same articles is still a grounded answer.
        notes.append(f"大模型 {result.model} 的回答未通过出处核对，以下为条款原文摘录。")
        return Answer(question=question, answer=extractive_answer(normalize_question(question), hits[:top_k], kb.keywords.idf()),
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
