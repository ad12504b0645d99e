"""The knowledge base as one object: the manifest plus the two indexes derived from it.

Heavy parts (the embedder, Chroma, jieba/bm25s) load on first use. :meth:`KnowledgeBase.sync`
brings both indexes in line with the manifest: missing vectors are added (from the vector cache
when the text was embedded before), vectors of removed chunks deleted, and BM25 rebuilt when the
manifest changed. A switch of embedder or a lost Chroma folder is repaired the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from review_assistant.kb.embed import CachedEmbedder, Embedder, embedder_model_id, make_embedder
from review_assistant.kb.keywords import KeywordIndex
from review_assistant.kb.store import ChunkRecord, Manifest
from review_assistant.kb.vectors import ExactVectors, VectorStore
from review_assistant.settings import Settings

Progress = Callable[[int], None]


def chroma_metadata(rec: ChunkRecord) -> dict[str, Any]:
    """What Chroma stores beside a vector: only what filters need (None is not allowed there)."""
    return {
        "path": rec.path,
        "doc_number": rec.doc_number or "",
        "level": rec.level or "",
        "status": rec.status,
        "article": rec.article,
    }


class KnowledgeBase:
    """The manifest, the embedder, the vector store and the keyword index of one home."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.manifest = Manifest(settings.kb_manifest_path)
        self._inner_embedder = embedder
        self._embedder: CachedEmbedder | None = None
        self._vectors: VectorStore | None = None
        self._keywords: KeywordIndex | None = None

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def model_id(self) -> str:
        """The embedding model's id, known without loading the model."""
        return self._inner_embedder.model_id if self._inner_embedder else embedder_model_id(self.settings)

    def close(self) -> None:
        if self._embedder is not None:
            self._embedder.close()
        self.manifest.close()

    # ---- lazy parts ----

    @property
    def embedder(self) -> CachedEmbedder:
        if self._embedder is None:
            inner = self._inner_embedder or make_embedder(self.settings)
            self._embedder = CachedEmbedder(inner, self.settings.kb_dir / "embeddings.sqlite3")
        return self._embedder

    @property
    def vectors(self) -> VectorStore:
        if self._vectors is None:
            self._vectors = VectorStore(self.settings, self.model_id)
        return self._vectors

    @property
    def keywords(self) -> KeywordIndex:
        if self._keywords is None or self._keywords_generation != self.manifest.generation:
            self._keywords = self._load_or_build_keywords()
        return self._keywords

    _keywords_generation = -1
    _exact: ExactVectors | None = None
    _exact_key: str | None = None

    def exact_vectors(self) -> ExactVectors | None:
        """The collection's vectors for exact search (reloaded after a sync); None for a large one."""
        key = f"{self.manifest.generation}:{self.manifest.get_state(self._sync_key())}"
        if self._exact_key != key:
            self._exact, self._exact_key = self.vectors.exact(), key
        return self._exact

    _records: dict[str, ChunkRecord] | None = None
    _records_generation = -1

    def records(self) -> dict[str, ChunkRecord]:
        """Every chunk by id (cached until the manifest changes)."""
        if self._records is None or self._records_generation != self.manifest.generation:
            self._records_generation = self.manifest.generation
            self._records = {r.chunk_id: r for r in self.manifest.chunks()}
        return self._records

    _abolished: tuple[int, frozenset[str]] = (-1, frozenset())

    def abolished_documents(self) -> frozenset[str]:
        """The 文号 of every abolished (已废止) document indexed."""
        generation = self.manifest.generation
        if self._abolished[0] != generation:
            docs = frozenset(r.doc_number for r in self.records().values() if r.status == "已废止" and r.doc_number)
            self._abolished = (generation, docs)
        return self._abolished[1]

    _numbered: tuple[int, frozenset[str]] = (-1, frozenset())

    def document_numbers(self) -> frozenset[str]:
        """The 文号 of every document indexed."""
        generation = self.manifest.generation
        if self._numbered[0] != generation:
            self._numbered = (generation, frozenset(r.doc_number for r in self.records().values() if r.doc_number))
        return self._numbered[1]

    _abolishing: tuple[int, dict[str, tuple[str, ...]]] = (-1, {})

    def abolishing_clauses(self) -> dict[str, tuple[str, ...]]:
        """Abolished 文号 → the chunks of other, current documents that abolish or replace it (their ids)."""
        from review_assistant.kb.retrieve import abolishing_clause_ids

        generation = self.manifest.generation
        if self._abolishing[0] != generation:
            self._abolishing = (generation, abolishing_clause_ids(self.records().values(), self.abolished_documents()))
        return self._abolishing[1]

    def _load_or_build_keywords(self) -> KeywordIndex:
        generation = self.manifest.generation
        folder = self.settings.kb_dir / "bm25"
        index = KeywordIndex.load(folder, generation)
        if index is None:
            records = self.manifest.chunks()
            index = KeywordIndex.build([r.chunk_id for r in records], [r.index_text for r in records])
            index.save(folder, generation)
        self._keywords_generation = generation
        return index

    # ---- keeping the indexes in line with the manifest ----

    def _sync_key(self) -> str:
        target = self.settings.kb.chroma_url or "local"
        return f"vectors_synced:{target}:{self.settings.kb.collection}:{self.model_id}"

    def vectors_in_sync(self) -> bool:
        """True when the last sync of this collection saw the manifest's current generation."""
        return self.manifest.get_state(self._sync_key()) == str(self.manifest.generation)

    def sync(
        self, on_embedded: Progress | None = None, *, refresh: set[str] | None = None, force: bool = False
    ) -> tuple[int, int]:
        """Add missing vectors and drop stale ones; rebuild BM25 if stale. Returns (added, removed).

        ``refresh`` names chunks whose document metadata changed: they are written again even when
        present, so the status and level the vector filters use stay current.
        """
        added = removed = 0
        refresh = refresh or set()
        if force or refresh or not self.vectors_in_sync():
            records = self.manifest.chunks()
            wanted = {r.chunk_id: r for r in records}
            present = self.vectors.ids()
            stale = sorted(present - wanted.keys())
            if stale:
                self.vectors.delete(stale)
                removed = len(stale)
            missing = [r for r in records if r.chunk_id not in present or r.chunk_id in refresh]
            batch = max(1, self.settings.kb.embed_batch)
            for i in range(0, len(missing), batch):
                part = missing[i : i + batch]
                vecs = self.embedder.embed_passages([r.index_text for r in part])
                self.vectors.upsert([r.chunk_id for r in part], vecs, [chroma_metadata(r) for r in part])
                added += len(part)
                if on_embedded:
                    on_embedded(len(part))
            self.manifest.set_state(self._sync_key(), str(self.manifest.generation))
            self._exact_key = None
        _ = self.keywords
        return added, removed
