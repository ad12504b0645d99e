"""Policy references of findings → knowledge-base chunks, by a metadata lookup.

The checks name their basis as (文号, 第X条). This module finds the chunk that holds that article
in the manifest (SQLite, read-only) and fills in its id and the document's indexed title. It
loads no embedder, no Chroma and no jieba, so a cold ``check`` stays fast.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from review_assistant.kb.meta import DOC_NUMBER, normalize_doc_number
from review_assistant.models import PolicyRef
from review_assistant.settings import Settings

_Entry = tuple[str, str]  # (chunk_id, document title)


def _norm(text: str) -> str:
    return "".join(text.split())


def _title_key(text: str) -> str:
    return _norm(text).strip("《》")


class RefIndex:
    """First chunk of every (document, article) in the manifest."""

    def __init__(self, manifest: Path) -> None:
        self.by_number: dict[tuple[str, str], _Entry] = {}
        self.by_title: dict[tuple[str, str], _Entry] = {}
        if not manifest.is_file():
            return
        try:
            con = sqlite3.connect(f"file:{manifest}?mode=ro", uri=True)
            try:
                rows = con.execute(
                    "SELECT d.doc_number, d.title, c.article, c.chunk_id FROM chunks c JOIN documents d"
                    " ON d.path = c.path ORDER BY d.path, c.ordinal"
                ).fetchall()
            finally:
                con.close()
        except sqlite3.Error:
            return
        for doc_number, title, article, chunk_id in rows:
            entry = (chunk_id, title)
            if doc_number:
                self.by_number.setdefault((doc_number, _norm(article)), entry)
            self.by_title.setdefault((_title_key(title), _norm(article)), entry)

    def find(self, ref: PolicyRef) -> _Entry | None:
        if not ref.article:
            return None
        article = _norm(ref.article)
        candidates: list[tuple[str, dict[tuple[str, str], _Entry]]] = []
        if ref.doc_number and DOC_NUMBER.search(ref.doc_number):
            candidates.append((normalize_doc_number(ref.doc_number), self.by_number))
        if ref.document:
            candidates.append((_title_key(ref.document), self.by_title))
        for key, table in candidates:
            if (key, article) in table:
                return table[(key, article)]
            # "（七）" in a rule may name the section "（七）建立绩效评估机制", and the other way round.
            for (k, a), entry in table.items():
                if k == key and (a.startswith(article) or article.startswith(a)):
                    return entry
        return None


def make_ref_resolver(settings: Settings) -> Callable[[PolicyRef], PolicyRef]:
    """A resolver for :class:`CheckContext`: adds chunk id and indexed title when the article is indexed."""
    index: RefIndex | None = None

    def resolve(ref: PolicyRef) -> PolicyRef:
        nonlocal index
        if index is None:
            index = RefIndex(settings.kb_manifest_path)
        found = index.find(ref)
        if found is None:
            return ref
        chunk_id, title = found
        return ref.model_copy(update={"chunk_id": chunk_id, "document": title or ref.document})

    return resolve
