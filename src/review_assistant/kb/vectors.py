"""The vector leg: a Chroma collection, embedded in the home or on a Chroma server.

Vectors are always passed in explicitly; the collection has no embedding function, because
Chroma's default one downloads a model at first use and fails offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import numpy as np

from review_assistant.errors import ConfigError
from review_assistant.settings import Settings

_NAME_OK = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]$")


#: Up to this many vectors the vector leg scores every chunk exactly (one matrix product) instead of
#: asking Chroma's approximate HNSW index, whose graph depends on insertion threads and so varied
#: the neighbours' order from one fresh home to the next.
EXACT_MAX = 50_000


@dataclass(frozen=True)
class VectorHit:
    chunk_id: str
    similarity: float


class ExactVectors:
    """All vectors of a collection as one normalised matrix: exact, deterministic cosine search."""

    def __init__(self, ids: list[str], vectors: np.ndarray) -> None:
        order = sorted(range(len(ids)), key=ids.__getitem__)
        self.ids = [ids[i] for i in order]
        m = np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1)[order] if ids else np.zeros((0, 1), np.float32)
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        self.matrix = m / np.where(norms > 0, norms, 1.0)
        self._masks: dict[Hashable, np.ndarray] = {}
        self._position: dict[str, int] | None = None

    def mask(self, key: Hashable, allows: Callable[[str], bool]) -> np.ndarray:
        """Which chunks ``allows`` lets through, computed once per ``key`` (a filter) for this matrix."""
        got = self._masks.get(key)
        if got is None:
            got = self._masks[key] = np.fromiter((allows(cid) for cid in self.ids), dtype=bool, count=len(self.ids))
        return got

    def similarities(self, vector: np.ndarray, ids: list[str]) -> dict[str, float]:
        """The cosine of ``vector`` with each of ``ids`` held here (others left out)."""
        if self._position is None:
            self._position = {cid: i for i, cid in enumerate(self.ids)}
        q = np.asarray(vector, dtype=np.float32).ravel()
        q = q / (float(np.linalg.norm(q)) or 1.0)
        out: dict[str, float] = {}
        for cid in ids:
            i = self._position.get(cid)
            if i is not None:
                out[cid] = float(np.einsum("d,d->", self.matrix[i], q))
        return out

    def query(self, vector: np.ndarray, n: int, allowed: set[str] | np.ndarray | None = None) -> list[VectorHit]:
        """The ``n`` most similar allowed chunks (a set of ids or a :meth:`mask`), best first; equal
        similarities in chunk-id order."""
        if not self.ids:
            return []
        q = np.asarray(vector, dtype=np.float32).ravel()
        q = q / (float(np.linalg.norm(q)) or 1.0)
        # einsum, not BLAS: a multi-threaded BLAS matrix-vector product took 40 ms instead of 2 on a
        # busy 2-core machine.
        sims = np.einsum("ij,j->i", self.matrix, q)
        if allowed is not None:
            keep = allowed if isinstance(allowed, np.ndarray) else [cid in allowed for cid in self.ids]
            sims = np.where(keep, sims, -np.inf)
        if 0 < n < len(sims):  # everything as good as the n-th best, then in order (ties by id)
            cut = np.partition(sims, len(sims) - n)[len(sims) - n]
            pool = np.flatnonzero(sims >= cut)
        else:
            pool = np.arange(len(sims))
        order = pool[np.argsort(-sims[pool], kind="stable")][:n]
        return [VectorHit(self.ids[i], float(sims[i])) for i in order if np.isfinite(sims[i])]


def collection_name(base: str, model_id: str) -> str:
    """ASCII collection name for ``base`` and the embedding model, so two models never share vectors."""
    slug = re.sub(r"[^a-zA-Z0-9._-]+", "-", f"{base}-{model_id}").strip("-._")
    if not _NAME_OK.match(slug):
        raise ConfigError(f"Chroma 集合名“{base}”无效：只能使用英文字母、数字和 . _ -，长度 3 至 512")
    return slug[:512]


class VectorStore:
    """Upsert, delete and query chunk vectors in one Chroma collection."""

    def __init__(self, settings: Settings, model_id: str) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        url = settings.kb.chroma_url
        if url:
            parsed = urlparse(url if "://" in url else f"http://{url}")
            try:
                self.client: Any = chromadb.HttpClient(
                    host=parsed.hostname or "127.0.0.1",
                    port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                    ssl=parsed.scheme == "https",
                    settings=chroma_settings,
                )
            except Exception as exc:
                raise ConfigError(f"无法连接 Chroma 服务器 {url}：{exc}。请确认服务已启动，或清空 kb.chroma_url 使用本地库") from exc
        else:
            path = settings.kb_dir / "chroma"
            path.mkdir(parents=True, exist_ok=True)
            self.client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        self.name = collection_name(settings.kb.collection, model_id)
        self.collection = self.client.get_or_create_collection(
            self.name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
        )

    def exact(self) -> ExactVectors | None:
        """Every stored vector for exact search; None when the collection is too large for that."""
        if self.count() > EXACT_MAX:
            return None
        got = self.collection.get(include=["embeddings"])
        embeddings = got.get("embeddings")
        return ExactVectors(list(got["ids"]), np.asarray(embeddings if embeddings is not None else [], dtype=np.float32))

    def ids(self) -> set[str]:
        return set(self.collection.get(include=[])["ids"])

    def count(self) -> int:
        return int(self.collection.count())

    def upsert(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict[str, Any]]) -> None:
        for i in range(0, len(ids), 1000):
            self.collection.upsert(
                ids=ids[i : i + 1000],
                embeddings=vectors[i : i + 1000].tolist(),
                metadatas=metadatas[i : i + 1000],
            )

    def delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), 1000):
            self.collection.delete(ids=ids[i : i + 1000])

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None) -> list[VectorHit]:
        """The ``n`` nearest chunks (cosine similarity, best first) that match ``where``."""
        total = self.count()
        if total == 0:
            return []
        result = self.collection.query(
            query_embeddings=[vector.tolist()], n_results=min(n, total), where=where or None, include=["distances"]
        )
        ids = result["ids"][0]
        distances = (result.get("distances") or [[]])[0]
        return [VectorHit(i, 1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]
