"""The one place the service meets the knowledge base (``review_assistant.kb``).

The knowledge base is developed separately; it is imported lazily so reviews work without it, and
every call here turns its absence or failure into a plain Chinese message. When the package's final
API lands, only this module changes.

Expected from ``review_assistant.kb`` (each optional; a missing one disables just that feature):
``ask(question, settings, top_k=...)`` → the ``review_assistant.ask/1`` dict (or a model with
``model_dump``); ``ingest(paths, settings, progress=...)``; ``list_documents(settings)`` → dicts
with title/doc_number/issuer/level/status/chunks; ``document_chunks(settings, source)`` → texts;
``article_text(settings, document, article, chunk_id)`` → str; ``refs.make_ref_resolver(settings)``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from review_assistant.checks.models import PolicyRef
from review_assistant.settings import Settings

UNAVAILABLE = "知识库模块尚未安装或尚未建立索引：请先运行 `review-assistant ingest policies/` 导入随附政策文件。"
NOT_COVERED = "现有政策文件中没有找到与该问题直接相关的规定，请换一种问法，或咨询业务科室。"


@dataclass
class Citation:
    document: str
    article: str
    text: str
    doc_number: str = ""
    source: str = ""
    chunk_id: str = ""
    score: float | None = None


@dataclass
class Answer:
    question: str
    answer: str
    grounded: bool
    citations: list[Citation] = field(default_factory=list)
    error: str | None = None  # set when the knowledge base could not be used at all


def _dump(obj: Any) -> Any:
    return obj.model_dump() if hasattr(obj, "model_dump") else obj


class KBAdapter:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _module(self) -> ModuleType | None:
        try:
            return importlib.import_module("review_assistant.kb")
        except ImportError:
            return None

    def _function(self, name: str) -> Callable[..., Any] | None:
        mod = self._module()
        fn = getattr(mod, name, None) if mod is not None else None
        return fn if callable(fn) else None

    def available(self) -> bool:
        return self._function("ask") is not None

    def ask(self, question: str, top_k: int | None = None) -> Answer:
        fn = self._function("ask")
        if fn is None:
            return Answer(question, UNAVAILABLE, False, error=UNAVAILABLE)
        try:
            raw = _dump(fn(question, self.settings, top_k=top_k or self.settings.kb.top_k))
        except Exception as exc:  # the knowledge base's own errors carry Chinese messages
            msg = getattr(exc, "message", None) or f"知识库查询失败：{type(exc).__name__}"
            return Answer(question, msg, False, error=msg)
        cites = [Citation(document=str(c.get("document", "")), article=str(c.get("article") or ""),
                          text=str(c.get("text", "")), doc_number=str(c.get("doc_number") or ""),
                          source=str(c.get("source") or ""), chunk_id=str(c.get("chunk_id") or ""),
                          score=c.get("score")) for c in (_dump(c) for c in raw.get("citations", []))]
        grounded = bool(raw.get("grounded")) and bool(cites)
        answer = str(raw.get("answer") or "") if grounded else NOT_COVERED
        return Answer(question, answer, grounded, cites if grounded else [])

    def article_text(self, ref: PolicyRef) -> str | None:
        """The full text of a cited article, when the knowledge base holds it."""
        fn = self._function("article_text")
        if fn is not None:
            try:
                text = fn(self.settings, ref.document, ref.article, ref.chunk_id)
            except Exception:
                text = None
            if text:
                return str(text)
        if self.available():
            query = f"{ref.document} {ref.article or ''}".strip()
            found = self.ask(query, top_k=3)
            for c in found.citations:
                if ref.article and c.article == ref.article and (c.document in ref.document or ref.document in c.document):
                    return c.text
        return None

    def documents(self) -> tuple[list[dict[str, Any]], str | None]:
        fn = self._function("list_documents")
        if fn is None:
            return [], UNAVAILABLE
        try:
            return [dict(_dump(d)) for d in fn(self.settings)], None
        except Exception as exc:
            return [], getattr(exc, "message", None) or f"读取知识库失败：{type(exc).__name__}"

    def chunks(self, source: str) -> tuple[list[str], str | None]:
        fn = self._function("document_chunks")
        if fn is None:
            return [], UNAVAILABLE
        try:
            return [str(_dump(c).get("text", c) if isinstance(_dump(c), dict) else c) for c in fn(self.settings, source)], None
        except Exception as exc:
            return [], getattr(exc, "message", None) or f"读取片段失败：{type(exc).__name__}"

    def ingest(self, paths: list[Path], progress: Callable[[float, str], None] | None = None) -> str:
        fn = self._function("ingest")
        if fn is None:
            return UNAVAILABLE
        try:
            result = fn([Path(p) for p in paths], self.settings, progress=progress)
        except Exception as exc:
            return getattr(exc, "message", None) or f"导入失败：{type(exc).__name__}: {exc}"
        return str(result) if result is not None else "导入完成。"

    def ref_resolver(self) -> Callable[[PolicyRef], PolicyRef] | None:
        try:
            refs = importlib.import_module("review_assistant.kb.refs")
        except ImportError:
            return None
        maker = getattr(refs, "make_ref_resolver", None)
        return maker(self.settings) if callable(maker) else None
