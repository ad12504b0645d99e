"""Embedders: the OpenAI-compatible endpoint (against a local stub server) and the vector cache."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from review_assistant.errors import ConfigError, ModelError
from review_assistant.kb.embed import CachedEmbedder, OpenAIEmbedder, embedder_model_id, make_embedder
from review_assistant.settings import KBSettings, Settings

from .conftest import HashEmbedder


@pytest.fixture
def stub() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A tiny /v1/embeddings server on 127.0.0.1 that records requests and answers in reverse order."""
    seen: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
            if body["model"] == "broken":
                self.send_response(500)
                self.end_headers()
                return
            data = [{"index": i, "embedding": [float(len(t)), 1.0, 0.0]} for i, t in enumerate(body["input"])]
            payload = json.dumps({"data": list(reversed(data))}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", seen
    finally:
        server.shutdown()


def test_openai_compatible_endpoint(stub: tuple[str, list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch) -> None:
    url, seen = stub
    monkeypatch.setenv("REVIEW_ASSISTANT_EMBED_API_KEY", "k123")
    settings = Settings(home=Path("/nonexistent"), kb=KBSettings(embedder="openai", embed_base_url=url, embed_model="e5-large"))
    emb = make_embedder(settings)
    assert isinstance(emb, OpenAIEmbedder) and emb.model_id == embedder_model_id(settings) == "openai-e5-large"
    vecs = emb.embed_passages(["一", "二三四"])
    assert seen[0]["path"] == "/v1/embeddings" and seen[0]["auth"] == "Bearer k123"
    assert seen[0]["body"]["input"] == ["passage: 一", "passage: 二三四"]  # e5 models get their prefixes
    assert vecs.shape == (2, 3) and vecs[1, 0] > vecs[0, 0]  # rows follow "index", not reply order
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0)
    emb.embed_queries(["问"])
    assert seen[1]["body"]["input"] == ["query: 问"]


def test_endpoint_errors_are_model_errors(stub: tuple[str, list[dict[str, Any]]]) -> None:
    url, _ = stub
    with pytest.raises(ModelError, match="向量接口"):
        OpenAIEmbedder(url, "broken", None).embed_passages(["x"])
    with pytest.raises(ConfigError, match="embed_base_url"):
        make_embedder(Settings(home=Path("/nonexistent"), kb=KBSettings(embedder="openai")))


def test_cache_embeds_each_text_once_per_side(tmp_path: Path) -> None:
    inner = HashEmbedder()
    cached = CachedEmbedder(inner, tmp_path / "cache.sqlite3")
    first = cached.embed_passages(["甲乙", "丙丁"])
    again = cached.embed_passages(["丙丁", "甲乙", "戊己"])
    assert inner.calls == 3 and cached.hits == 2 and cached.misses == 3
    assert np.allclose(first[0], again[1])
    cached.embed_queries(["甲乙"])
    assert inner.calls == 4  # the query side is cached separately
    cached.close()
    reopened = CachedEmbedder(HashEmbedder(), tmp_path / "cache.sqlite3")
    reopened.embed_passages(["甲乙"])
    assert reopened.misses == 0
