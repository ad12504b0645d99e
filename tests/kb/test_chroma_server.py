"""The same code against a Chroma server (``kb.chroma_url``), started from the fixture on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.ingest import ingest
from review_assistant.kb.retrieve import retrieve

from .conftest import HashEmbedder, make_settings


def _chroma_exe() -> str | None:
    local = Path(sys.executable).with_name("chroma")
    return str(local) if local.exists() else shutil.which("chroma")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    exe = _chroma_exe()
    if exe is None:
        pytest.skip("未找到 chroma 可执行文件（chromadb 的命令行），跳过服务器模式测试")
    port = _free_port()
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    proc = subprocess.Popen(
        [exe, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("chroma 服务器未能启动")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_ingest_and_retrieve_through_a_chroma_server(tmp_path: Path, policies: Path, chroma_server: str) -> None:
    settings = make_settings(tmp_path / "home", policies, chroma_url=chroma_server)
    with KnowledgeBase(settings, embedder=HashEmbedder()) as kb:
        report = ingest([policies], settings, kb=kb, show_progress=False)
        assert len(report.added) == 2 and report.vectors_added == 9
        assert not (settings.kb_dir / "chroma").exists()  # nothing embedded locally
        assert kb.vectors.count() == 9
        assert retrieve(kb, "满意度指标值不低于多少", 1)[0].article == "第五条"
