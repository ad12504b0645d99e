"""The knowledge base's manifest: one SQLite file listing documents and their chunks.

It is the source of truth both indexes are built from (Chroma and BM25 can be rebuilt from it),
the record of which file contents were ingested (so re-ingest is a no-op), and what cheap lookups
(policy references, validity) read without loading any model.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from review_assistant.kb.chunking import Chunk
from review_assistant.kb.meta import DocMeta

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    path TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    title TEXT NOT NULL,
    doc_number TEXT,
    issuer TEXT,
    level TEXT,
    effective TEXT,
    status TEXT NOT NULL,
    replaced_by TEXT,
    sample INTEGER NOT NULL DEFAULT 0,
    notes INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    path TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    article TEXT NOT NULL,
    heading_path TEXT NOT NULL,
    part INTEGER NOT NULL,
    text TEXT NOT NULL,
    index_text TEXT NOT NULL,
    paragraph INTEGER,
    page INTEGER
);
CREATE INDEX IF NOT EXISTS chunks_path ON chunks(path);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class ChunkRecord:
    """A stored chunk joined with its document's metadata: everything a citation shows."""

    chunk_id: str
    path: str
    ordinal: int
    article: str
    heading_path: tuple[str, ...]
    part: int
    text: str
    index_text: str
    title: str
    doc_number: str | None
    level: str | None
    status: str
    replaced_by: str | None
    sample: bool = False
    notes: bool = False
    effective: str | None = None


class Manifest:
    """Read and write the manifest. Writes happen inside :meth:`transaction`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.con = sqlite3.connect(path)
        self.con.execute("PRAGMA foreign_keys = ON")
        self.con.executescript(_SCHEMA)

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.con:
            yield
        self._bump_generation()

    # ---- documents ----

    def document_hash(self, path: str) -> str | None:
        row = self.con.execute("SELECT sha256 FROM documents WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def paths(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT path FROM documents ORDER BY path")]

    def documents(self) -> list[tuple[str, DocMeta, int]]:
        """(path, metadata, number of chunks) for every document."""
        rows = self.con.execute(
            "SELECT d.path, d.title, d.doc_number, d.issuer, d.level, d.effective, d.status, d.replaced_by,"
            " d.sample, d.notes, COUNT(c.chunk_id) FROM documents d LEFT JOIN chunks c ON c.path = d.path"
            " GROUP BY d.path ORDER BY d.path"
        ).fetchall()
        out = []
        for r in rows:
            meta = DocMeta(
                title=r[1], doc_number=r[2], issuer=r[3], level=r[4], effective=r[5], status=r[6],
                replaced_by=r[7], sample=bool(r[8]), notes=bool(r[9]),
            )
            out.append((r[0], meta, int(r[10])))
        return out

    def same_document(self, meta: DocMeta, path: str) -> list[str]:
        """Other stored paths holding the same document (same 文号; same title when neither has one)."""
        if meta.doc_number:
            rows = self.con.execute(
                "SELECT path FROM documents WHERE doc_number = ? AND path != ?", (meta.doc_number, path)
            )
        else:
            rows = self.con.execute(
                "SELECT path FROM documents WHERE doc_number IS NULL AND title = ? AND path != ?", (meta.title, path)
            )
        return [r[0] for r in rows]

    def chunk_ids_of(self, path: str) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT chunk_id FROM chunks WHERE path = ?", (path,))}

    def replace_document(self, path: str, sha256: str, meta: DocMeta, chunks: list[Chunk]) -> None:
        """Store ``path``'s metadata and chunks, dropping whatever it had before (inside a transaction)."""
        self.con.execute("DELETE FROM documents WHERE path = ?", (path,))
        self.con.execute(
            "INSERT INTO documents (path, sha256, title, doc_number, issuer, level, effective, status,"
            " replaced_by, sample, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (path, sha256, meta.title, meta.doc_number, meta.issuer, meta.level, meta.effective, meta.status,
             meta.replaced_by, int(meta.sample), int(meta.notes)),
        )
        self.con.executemany(
            "INSERT OR REPLACE INTO chunks (chunk_id, path, ordinal, article, heading_path, part, text,"
            " index_text, paragraph, page) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (c.chunk_id, path, c.ordinal, c.article, json.dumps(list(c.heading_path), ensure_ascii=False),
                 c.part, c.text, c.index_text(meta.title), c.paragraph, c.page)
                for c in chunks
            ],
        )

    def remove_document(self, path: str) -> None:
        self.con.execute("DELETE FROM documents WHERE path = ?", (path,))

    # ---- chunks ----

    def chunks(self) -> list[ChunkRecord]:
        """Every chunk in document and reading order."""
        return self._chunk_query("", ())

    def chunks_by_id(self, ids: list[str]) -> dict[str, ChunkRecord]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {r.chunk_id: r for r in self._chunk_query(f"WHERE c.chunk_id IN ({marks})", tuple(ids))}

    def _chunk_query(self, where: str, args: tuple[object, ...]) -> list[ChunkRecord]:
        rows = self.con.execute(
            "SELECT c.chunk_id, c.path, c.ordinal, c.article, c.heading_path, c.part, c.text, c.index_text,"
            " d.title, d.doc_number, d.level, d.status, d.replaced_by, d.sample, d.notes, d.effective"
            f" FROM chunks c JOIN documents d ON d.path = c.path {where} ORDER BY c.path, c.ordinal",
            args,
        ).fetchall()
        return [
            ChunkRecord(
                r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12],
                bool(r[13]), bool(r[14]), r[15],
            )
            for r in rows
        ]

    def count_chunks(self) -> int:
        return int(self.con.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])

    # ---- state ----

    def get_state(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str) -> None:
        with self.con:
            self.con.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, value))

    @property
    def generation(self) -> int:
        """Increases with every change of documents, so derived indexes know when they are stale."""
        return int(self.get_state("generation") or 0)

    def _bump_generation(self) -> None:
        self.set_state("generation", str(self.generation + 1))
