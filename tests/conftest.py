"""Shared fixtures: every test gets its own home folder, and no test reaches a host beyond loopback.

Helper modules (``docbuild``, ``reportbuild`` …) and the sample generators in ``corpus/samples``
are importable through pytest's ``pythonpath`` setting in pyproject.toml.

The network guard: a socket may connect only to loopback (the local llama.cpp server, the Chroma
and Gradio test servers) or a Unix socket. Any other address — a real model or embedding service —
fails the test, even when the code under test swallows the error. A test that really means to call
such a service opts in with ``@pytest.mark.allow_network``.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "ra_home"
    monkeypatch.setenv("REVIEW_ASSISTANT_HOME", str(home))
    yield home


@pytest.fixture
def settings(_isolated_home: Path):  # type: ignore[no-untyped-def]
    from review_assistant.settings import load_settings

    return load_settings(_isolated_home)


def _loopback(address: Any) -> bool:
    if not isinstance(address, tuple):
        return True  # AF_UNIX path (or abstract name)
    host = str(address[0]).split("%")[0]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost: would resolve to the outside


@pytest.fixture(autouse=True)
def _no_network_beyond_loopback(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if request.node.get_closest_marker("allow_network") is not None:
        yield
        return
    blocked: list[str] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def check(address: Any) -> None:
        if not _loopback(address):
            blocked.append(repr(address))
            raise ConnectionRefusedError(f"test network guard: connection to {address!r} blocked (not loopback)")

    def connect(self: socket.socket, address: Any) -> None:
        check(address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        check(address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield
    if blocked:
        pytest.fail("测试尝试连接本机以外的地址（真实模型或网络服务）：" + "、".join(blocked)
                    + "；确需联网的测试请加 @pytest.mark.allow_network。")
