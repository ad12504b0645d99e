"""The one place the service meets the knowledge base (``review_assistant.kb``).

The knowledge base modules are imported on first use (they pull in numpy, jieba and the vector
store, which ``check`` does not need); a failure becomes a plain Chinese message. When the
knowledge base's API changes, only this module changes.

The knowledge base keeps an SQLite connection and an embedding model; Gradio calls handlers from
many threads, so every knowledge-base call runs on one dedicated thread that owns one instance.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from review_assistant.errors import ReviewAssistantError
from review_assistant.kb.answer_text import reading_notes
from review_assistant.models import PolicyRef
from review_assistant.parsing.model import normalize_ws
from review_assistant.settings import Settings

if TYPE_CHECKING:
    from review_assistant.kb.ask import Answer as KBAnswer
    from review_assistant.kb.index import KnowledgeBase
    from review_assistant.llm.answer import LLMAnswer

EMPTY = "知识库还是空的：请在“知识库”页签点击“导入并重建索引”，或运行 review-assistant ingest policies/。"
NOT_COVERED = "现有政策文件中没有找到与该问题直接相关的规定，请换一种问法，或咨询业务科室。"
INDEXING = "正在导入随附的政策文件（首次启动约需两三分钟），请稍后再试。"
T = TypeVar("T")


class KBUnavailable(Exception):
    """Raised inside the adapter when the knowledge base cannot answer; carries the Chinese message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Citation:
    document: str
    article: str
    text: str
    doc_number: str = ""
    source: str = ""
    chunk_id: str = ""
    score: float | None = None
    status: str = "有效"


@dataclass
class Answer:
    question: str
    answer: str
    grounded: bool
    citations: list[Citation] = field(default_factory=list)
    error: str | None = None  # set when the knowledge base could not be used at all


def _message(exc: BaseException, default: str) -> str:
    if isinstance(exc, (ReviewAssistantError, KBUnavailable)):
        return exc.message
    return f"{default}：{type(exc).__name__}"


class KBAdapter:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kb")
        self._kb: KnowledgeBase | None = None
        self._lock = threading.Lock()
        self.indexing = threading.Event()  # set while the bundled policies are being indexed
        self._llm_answerer: Callable[..., LLMAnswer] | None = None

    # ---- plumbing -------------------------------------------------------------------------------
    def _run(self, fn: Callable[[KnowledgeBase], T]) -> T:
        """Run ``fn(kb)`` on the knowledge-base thread."""
        if self.indexing.is_set():
            raise KBUnavailable(INDEXING)

        def call() -> T:
            if self._kb is None:
                from review_assistant.kb.index import KnowledgeBase

                self._kb = KnowledgeBase(self.settings)
            return fn(self._kb)

        with self._lock:
            future = self._pool.submit(call)
        return future.result()

    def call(self, fn: Callable[[KnowledgeBase], T]) -> T:
        """Run ``fn(kb)`` on the knowledge-base thread, letting its exceptions through (for the CLI)."""
        return self._run(fn)

    def close(self) -> None:
        if self._kb is not None:
            self._pool.submit(self._kb.close).result()
            self._kb = None
        self._pool.shutdown(wait=False)

    # ---- features -------------------------------------------------------------------------------
    def ask(self, question: str, top_k: int | None = None) -> Answer:
        from review_assistant.kb import ask as kb_ask

        def run(kb: KnowledgeBase) -> KBAnswer:
            if kb.manifest.count_chunks() == 0:
                raise KBUnavailable(EMPTY)
            k = top_k or self.settings.kb.top_k
            answerer = self._answerer()
            if answerer is not None:
                try:
                    return kb_ask.ask_with_llm(question, kb, answerer, top_k=k)
                except Exception:  # a model outage must not take Q&A down: answer extractively
                    pass
            return kb_ask.ask(question, kb, top_k=k)

        try:
            found = self._run(run)
        except Exception as exc:
            msg = _message(exc, "知识库查询失败")
            return Answer(question, msg, False, error=msg)
        cites = [Citation(document=c.document, article=c.article, text=c.text, doc_number=c.doc_number or "",
                          source=c.source, chunk_id=c.chunk_id, score=c.score, status=c.status)
                 for c in found.citations]
        read, others = reading_notes(found.notes)
        lead = [f"（{n}）" for n in read]  # how the question was read comes before the answer
        extra = [f"（{n}）" for n in others]
        if not (found.grounded and cites):
            # The knowledge base's own refusal says why (no amount in the clause, a word it never
            # uses …); the closest articles stay with it, labelled as not answering (ui/qa.py).
            text = found.answer if not found.grounded and found.answer else NOT_COVERED
            return Answer(question, "\n".join([*lead, text, *extra]), False, cites)
        text = "\n".join([*lead, found.answer])
        if found.model:
            extra.append(f"（回答由大模型 {found.model} 根据下列条款组织，已逐句核对出处。）")
        if extra:
            text = text + "\n" + "\n".join(extra)
        return Answer(question, text, True, cites)

    def _answerer(self) -> Callable[..., LLMAnswer] | None:
        """The configured LLM answerer, built once; None when no model is configured."""
        if self.settings.llm.provider == "none":
            return None
        if self._llm_answerer is None:
            from review_assistant.llm.answer import make_llm_answerer

            self._llm_answerer = make_llm_answerer(self.settings)
        return self._llm_answerer

    def article_text(self, ref: PolicyRef) -> str | None:
        """The text of a cited article (all its parts), when the knowledge base holds it."""

        def run(kb: KnowledgeBase) -> str | None:
            if ref.chunk_id:
                hit = kb.manifest.chunks_by_id([ref.chunk_id]).get(ref.chunk_id)
                if hit is not None:
                    same = [r for r in kb.records().values() if r.path == hit.path and r.article == hit.article]
                    return "\n".join(r.text for r in sorted(same, key=lambda r: r.ordinal)) or hit.text
            if not ref.article:
                return None
            title = normalize_ws(ref.document.strip("《》"))
            parts = [r for r in kb.records().values()
                     if normalize_ws(r.title) == title and normalize_ws(r.article) == normalize_ws(ref.article)]
            return "\n".join(r.text for r in sorted(parts, key=lambda r: r.ordinal)) or None

        try:
            return self._run(run)
        except Exception:
            return None

    def _rows(self, fn: Callable[[KnowledgeBase], list[T]], failure: str) -> tuple[list[T], str | None]:
        """``fn(kb)`` on the knowledge-base thread as (rows, None); ([], the reason in Chinese) when it fails."""
        try:
            return self._run(fn), None
        except Exception as exc:
            return [], _message(exc, failure)

    def documents(self) -> tuple[list[dict[str, Any]], str | None]:
        def run(kb: KnowledgeBase) -> list[dict[str, Any]]:
            return [{"title": meta.title, "doc_number": meta.doc_number or "", "issuer": meta.issuer or "",
                     "level": meta.level or "", "status": meta.status or "有效", "chunks": n, "source": path,
                     "replaced_by": meta.replaced_by or "", "sample": meta.sample, "notes": meta.notes}
                    for path, meta, n in kb.manifest.documents()]

        return self._rows(run, "读取知识库失败")

    def chunks(self, source: str) -> tuple[list[str], str | None]:
        def run(kb: KnowledgeBase) -> list[str]:
            return [f"【{r.article}】{r.text}" if r.article else r.text
                    for r in sorted(kb.records().values(), key=lambda r: r.ordinal) if r.path == source]

        return self._rows(run, "读取片段失败")

    def ingest(self, paths: list[Path], progress: Callable[[float, str], None] | None = None) -> str:
        from review_assistant.kb import ingest as kb_ingest

        say = progress or (lambda _f, _m: None)
        say(0.05, "正在解析、切分并计算向量（首次导入较慢）…")
        try:
            report = self._run(lambda kb: kb_ingest.ingest([Path(p) for p in paths], self.settings, kb=kb))
        except Exception as exc:
            return _message(exc, "导入失败")
        say(1.0, "导入完成")
        errors = "；".join(e.message for e in report.errors)
        return report.summary() + (f"\n\n失败：{errors}" if errors else "")

    def ensure_bundled(self) -> str | None:
        """Index the bundled policies when the knowledge base is empty (first start); a summary or None."""
        from review_assistant.kb import ingest as kb_ingest

        try:
            report = kb_ingest.ensure_bundled(self.settings)
        except Exception as exc:
            return _message(exc, "随附政策入库失败")
        return report.summary() if report is not None else None

    def ensure_bundled_in_background(self, done: Callable[[str], None]) -> None:
        """Start :meth:`ensure_bundled` on the knowledge-base thread; Q&A says so until it finishes."""
        self.indexing.set()

        def job() -> None:
            try:
                summary = self.ensure_bundled()
            finally:
                self.indexing.clear()
            if summary:
                done(summary)

        self._pool.submit(job)
