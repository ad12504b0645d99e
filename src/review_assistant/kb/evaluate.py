"""Retrieval evaluation on ``corpus/eval/qa.jsonl``: hit@1, hit@5 and MRR per leg, and refusals.

Each line is ``{"id", "question", "expected": [{"doc_number", "article"}, …]}``; an empty
``expected`` marks a question the knowledge base cannot answer (it should be refused). A hit is
any retrieved chunk whose document and article match one of the expected pairs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from review_assistant.errors import DocumentError
from review_assistant.kb.ask import gate_for
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.meta import normalize_doc_number
from review_assistant.kb.retrieve import Hit, Mode, retrieve
from review_assistant.settings import REPO_ROOT

DEFAULT_QA = REPO_ROOT / "corpus" / "eval" / "qa.jsonl"
MODES: tuple[Mode, ...] = ("keyword", "vector", "hybrid")
MODE_ZH = {"keyword": "BM25", "vector": "向量", "hybrid": "融合"}


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    expected: tuple[tuple[str, str], ...]
    held_out: bool = False  # added after the relevance gate was set ("note": "held-out: …")

    @property
    def answerable(self) -> bool:
        return bool(self.expected)


@dataclass
class LegScore:
    hit1: float = 0.0
    hit5: float = 0.0
    mrr: float = 0.0
    misses: list[str] = field(default_factory=list)


@dataclass
class EvalResult:
    n_answerable: int
    n_unanswerable: int
    legs: dict[str, LegScore]
    refused_unanswerable: int
    refused_answerable: list[str]
    refused_ids: list[str]
    best_similarity: dict[str, float]

    @property
    def refusal_rate(self) -> float:
        return self.refused_unanswerable / self.n_unanswerable if self.n_unanswerable else 0.0


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
            expected = tuple((normalize_doc_number(e["doc_number"]), _norm(e["article"])) for e in item["expected"])
            held_out = str(item.get("note", "")).startswith("held-out")
            out.append(Question(str(item["id"]), item["question"], expected, held_out))
        except (ValueError, KeyError, TypeError) as exc:
            raise DocumentError(path, f"第{n}行格式错误（{type(exc).__name__}）") from exc
    return out


def _norm(text: str) -> str:
    return "".join(text.split())


def rank_of(hits: list[Hit], expected: tuple[tuple[str, str], ...]) -> int | None:
    """1-based rank of the first hit matching an expected (文号, 条款), None when absent."""
    for i, h in enumerate(hits, 1):
        if (h.doc_number or "", _norm(h.article)) in expected:
            return i
    return None


def evaluate(kb: KnowledgeBase, questions: list[Question], k: int = 5) -> EvalResult:
    answerable = [q for q in questions if q.answerable]
    unanswerable = [q for q in questions if not q.answerable]
    legs: dict[str, LegScore] = {}
    gate = gate_for(kb.settings)
    refused_answerable: list[str] = []
    refused_unanswerable = 0
    refused_ids: list[str] = []
    best_similarity: dict[str, float] = {}
    for mode in MODES:
        score = LegScore()
        for q in answerable:
            hits = retrieve(kb, q.question, k, mode=mode)
            r = rank_of(hits, q.expected)
            if r == 1:
                score.hit1 += 1
            if r is not None:
                score.hit5 += 1
                score.mrr += 1 / r
            else:
                score.misses.append(q.id)
            if mode == "hybrid":
                best_similarity[q.id] = max((h.similarity or 0.0 for h in hits), default=0.0)
                if not gate.passes(hits):
                    refused_answerable.append(q.id)
        n = max(len(answerable), 1)
        score.hit1, score.hit5, score.mrr = score.hit1 / n, score.hit5 / n, score.mrr / n
        legs[mode] = score
    for q in unanswerable:
        hits = retrieve(kb, q.question, k, mode="hybrid")
        best_similarity[q.id] = max((h.similarity or 0.0 for h in hits), default=0.0)
        if not gate.passes(hits):
            refused_unanswerable += 1
            refused_ids.append(q.id)
    return EvalResult(
        len(answerable), len(unanswerable), legs, refused_unanswerable, refused_answerable, refused_ids, best_similarity
    )


def format_result(result: EvalResult, questions: list[Question]) -> str:
    lines = [
        f"检索评测：可回答问题 {result.n_answerable} 个，不可回答问题 {result.n_unanswerable} 个",
        "",
        f"{'检索方式':<8}{'hit@1':>8}{'hit@5':>8}{'MRR':>8}",
    ]
    for mode in MODES:
        s = result.legs[mode]
        lines.append(f"{MODE_ZH[mode]:<10}{s.hit1:>8.3f}{s.hit5:>8.3f}{s.mrr:>8.3f}")
    lines.append("")
    lines.append(
        f"拒答率（不可回答问题）：{result.refusal_rate:.3f}（{result.refused_unanswerable}/{result.n_unanswerable}）；"
        f"误拒可回答问题：{len(result.refused_answerable)} 个{('：' + '、'.join(result.refused_answerable)) if result.refused_answerable else ''}"
    )
    held = [q for q in questions if q.held_out and not q.answerable]
    if held:
        refused = sum(q.id in result.refused_ids for q in held)
        lines.append(f"其中测定门槛之后补充的不可回答问题：拒答 {refused}/{len(held)}")
    ans = sorted(v for k, v in result.best_similarity.items() if k in {q.id for q in questions if q.answerable})
    una = sorted(v for k, v in result.best_similarity.items() if k in {q.id for q in questions if not q.answerable})
    if ans and una:
        lines.append(
            f"最高向量相似度：可回答问题最低 {ans[0]:.4f}、中位 {ans[len(ans) // 2]:.4f}；"
            f"不可回答问题中位 {una[len(una) // 2]:.4f}、最高 {una[-1]:.4f}"
        )
    misses = result.legs["hybrid"].misses
    if misses:
        lines.append(f"融合检索前5未命中：{'、'.join(misses)}")
    return "\n".join(lines)
