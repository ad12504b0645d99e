"""Retrieval evaluation: hit@1, hit@5 and MRR per leg, and refusals, on a JSONL question set.

Each line is ``{"id", "question", "expected": [{"doc_number" or "document", "article"}, …]}``.
``expected`` names the articles that answer the question (by 文号, or by title for texts without
one, such as laws); an empty list marks a question the knowledge base cannot answer, which
``ask`` should refuse. ``kind`` says whether such a question is ``in_domain`` (the subject is
covered, the asked fact is not) or ``out_of_domain``; ``split`` is ``dev`` (used while tuning) or
``test`` (held out). A hit is any retrieved chunk whose document and article match one of the
expected pairs. Refusals are counted on the product path (:func:`review_assistant.kb.ask.ask`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from review_assistant.errors import DocumentError
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.meta import normalize_doc_number
from review_assistant.kb.retrieve import Hit, Mode, retrieve
from review_assistant.metrics import ratio
from review_assistant.settings import REPO_ROOT

DEFAULT_QA = REPO_ROOT / "corpus" / "eval" / "qa.jsonl"
#: Questions over the real laws in ``../shared/corpus/laws`` (texts read from there, never copied).
LAWS_QA = REPO_ROOT / "corpus" / "eval" / "laws_qa.jsonl"
MODES: tuple[Mode, ...] = ("keyword", "vector", "hybrid")
MODE_ZH = {"keyword": "BM25", "vector": "向量", "hybrid": "融合"}
_TITLE = "title:"


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    expected: tuple[tuple[str, str], ...]
    held_out: bool = False  # split "test" (or an old "note": "held-out: …")
    kind: str = ""  # for unanswerable questions: in_domain / out_of_domain

    @property
    def answerable(self) -> bool:
        return bool(self.expected)

    def matches(self, title: str, doc_number: str | None, article: str) -> bool:
        """True when a chunk of that document and article is one of the expected ones."""
        art = _norm(article)
        return (doc_number or "", art) in self.expected or (_TITLE + _norm(title), art) in self.expected


@dataclass
class LegScore:
    hit1: float = 0.0
    hit5: float = 0.0
    mrr: float = 0.0
    misses: list[str] = field(default_factory=list)


@dataclass
class Refusals:
    """How many questions of each group ``ask`` refused (grounded=false)."""

    in_domain: int = 0
    n_in_domain: int = 0
    out_of_domain: int = 0
    n_out_of_domain: int = 0
    false: int = 0  # answerable questions refused
    n_answerable: int = 0
    false_ids: list[str] = field(default_factory=list)
    accepted_ids: list[str] = field(default_factory=list)  # unanswerable questions answered

    @staticmethod
    def rate(n: int, of: int) -> float | None:
        return ratio(n, of)


@dataclass
class EvalResult:
    n_answerable: int
    n_unanswerable: int
    legs: dict[str, LegScore]
    refusals: Refusals
    held_out_legs: dict[str, LegScore] = field(default_factory=dict)
    held_out_refusals: Refusals = field(default_factory=Refusals)
    n_held_out: int = 0

    @property
    def refusal_rate(self) -> float:
        r = self.refusals
        refused = r.in_domain + r.out_of_domain
        return refused / self.n_unanswerable if self.n_unanswerable else 0.0

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def load_questions(path: Path) -> list[Question]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DocumentError(path, f"无法读取评测集（{exc.strerror or exc}）") from exc
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            expected = tuple(
                (normalize_doc_number(e["doc_number"]) if e.get("doc_number") else _TITLE + _norm(e["document"]),
                 _norm(e["article"]))
                for e in item["expected"]
            )
            held_out = item.get("split") == "test" or str(item.get("note", "")).startswith("held-out")
            kind = str(item.get("kind") or ("" if expected else "out_of_domain"))
            out.append(Question(str(item["id"]), item["question"], expected, held_out, kind))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DocumentError(path, f"第{n}行格式错误（{type(exc).__name__}）") from exc
    return out


def _norm(text: str) -> str:
    return "".join(text.split())


def rank_of(hits: list[Hit], question: Question) -> int | None:
    """1-based rank of the first hit matching an expected (document, article), None when absent."""
    for i, h in enumerate(hits, 1):
        if question.matches(h.title, h.doc_number, h.article):
            return i
    return None


def _legs(kb: KnowledgeBase, questions: list[Question], k: int) -> dict[str, LegScore]:
    legs: dict[str, LegScore] = {}
    for mode in MODES:
        score = LegScore()
        for q in questions:
            r = rank_of(retrieve(kb, q.question, k, mode=mode), q)
            score.hit1 += r == 1
            if r is not None:
                score.hit5 += 1
                score.mrr += 1 / r
            else:
                score.misses.append(q.id)
        n = max(len(questions), 1)
        score.hit1, score.hit5, score.mrr = score.hit1 / n, score.hit5 / n, score.mrr / n
        legs[mode] = score
    return legs


def count_refusals(questions: list[Question], grounded: dict[str, bool]) -> Refusals:
    r = Refusals()
    for q in questions:
        refused = not grounded[q.id]
        if q.answerable:
            r.n_answerable += 1
            if refused:
                r.false += 1
                r.false_ids.append(q.id)
        elif q.kind == "in_domain":
            r.n_in_domain += 1
            r.in_domain += refused
        else:
            r.n_out_of_domain += 1
            r.out_of_domain += refused
        if not q.answerable and not refused:
            r.accepted_ids.append(q.id)
    return r


def evaluate(kb: KnowledgeBase, questions: list[Question], k: int = 5) -> EvalResult:
    from review_assistant.kb.ask import ask

    answerable = [q for q in questions if q.answerable]
    grounded = {q.id: ask(q.question, kb, top_k=k).grounded for q in questions}
    held = [q for q in questions if q.held_out]
    legs = _legs(kb, answerable, k)
    held_answerable = [q for q in held if q.answerable]
    return EvalResult(
        n_answerable=len(answerable),
        n_unanswerable=len(questions) - len(answerable),
        legs=legs,
        refusals=count_refusals(questions, grounded),
        held_out_legs=_legs(kb, held_answerable, k) if held_answerable else {},
        held_out_refusals=count_refusals(held, grounded),
        n_held_out=len(held),
    )


def _fmt_rate(n: int, of: int) -> str:
    return f"{n / of:.2f}（{n}/{of}）" if of else "—"


def format_result(result: EvalResult, questions: list[Question]) -> str:
    del questions  # kept for callers; everything needed is in the result
    r = result.refusals
    lines = [
        f"检索评测：可回答问题 {result.n_answerable} 个，不可回答问题 {result.n_unanswerable} 个"
        f"（领域内 {r.n_in_domain}，领域外 {r.n_out_of_domain}）；留出集 {result.n_held_out} 个",
        "",
        f"{'检索方式':<6}{'hit@1':>8}{'hit@5':>8}{'MRR':>8}" + (f"{'留出hit@1':>12}{'留出hit@5':>10}{'留出MRR':>9}"
                                                        if result.held_out_legs else ""),
    ]
    for mode in MODES:
        s = result.legs[mode]
        row = f"{MODE_ZH[mode]:<8}{s.hit1:>8.3f}{s.hit5:>8.3f}{s.mrr:>8.3f}"
        if result.held_out_legs:
            h = result.held_out_legs[mode]
            row += f"{h.hit1:>12.3f}{h.hit5:>10.3f}{h.mrr:>9.3f}"
        lines.append(row)
    lines.append("")
    ho = result.held_out_refusals
    lines.append(f"拒答（领域内不可回答）：{_fmt_rate(r.in_domain, r.n_in_domain)}；留出集 {_fmt_rate(ho.in_domain, ho.n_in_domain)}")
    lines.append(
        f"拒答（领域外）：{_fmt_rate(r.out_of_domain, r.n_out_of_domain)}；留出集 {_fmt_rate(ho.out_of_domain, ho.n_out_of_domain)}"
    )
    lines.append(
        f"误拒可回答问题：{_fmt_rate(r.false, r.n_answerable)}；留出集 {_fmt_rate(ho.false, ho.n_answerable)}"
        + (f"（{'、'.join(r.false_ids)}）" if r.false_ids else "")
    )
    if r.accepted_ids:
        lines.append(f"未拒答的不可回答问题：{'、'.join(r.accepted_ids)}")
    misses = result.legs["hybrid"].misses
    if misses:
        lines.append(f"融合检索前5未命中：{'、'.join(misses)}")
    return "\n".join(lines)
