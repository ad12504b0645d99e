"""A real ``review-assistant serve`` on 127.0.0.1 and a free port, with users, for client and browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from review_assistant.review import users
from review_assistant.review.store import Store

PASSWORD = "password-123"
ACCOUNTS = [("reviewer1", "reviewer", None), ("unit_a", "unit", "云溪区城市更新中心"),
            ("unit_b", "unit", "云溪区教育局"), ("trainee1", "trainee", None)]


@dataclass
class Server:
    url: str
    home: Path
    tmp: Path
    proc: subprocess.Popen[bytes]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def offline_env(tmp: Path) -> dict[str, str]:
    """HOME, caches and Gradio's temp folder inside the test's folder; analytics off."""
    return {**os.environ, "HOME": str(tmp), "XDG_CACHE_HOME": str(tmp / "cache"), "GRADIO_TEMP_DIR": str(tmp / "gradio"),
            "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1", "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost"}


def start_server(tmp: Path, env: dict[str, str] | None = None) -> Server:
    home = tmp / "home"
    store = Store(home / "reviews.sqlite3")
    for name, role, unit in ACCOUNTS:
        if users.get_user(store, name) is None:  # a restart over the same home keeps them
            users.add_user(store, name, PASSWORD, role, unit)
    port = free_port()
    log = (tmp / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "review_assistant.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--home", str(home)], stdout=log, stderr=subprocess.STDOUT, env={**offline_env(tmp), **(env or {})})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError((tmp / "server.log").read_text(errors="replace"))
        try:
            if httpx.get(url + "/", timeout=2).status_code == 200:
                return Server(url, home, tmp, proc)
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.kill()
    raise RuntimeError("server did not start: " + (tmp / "server.log").read_text(errors="replace"))


def stop_server(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = start_server(tmp_path_factory.mktemp("server"))
    yield srv
    stop_server(srv)
