"""The test network guard: loopback is allowed, anything else fails the test unless it opts in."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path


def test_loopback_is_allowed() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.socket()
    try:
        client.connect(server.getsockname())
    finally:
        client.close()
        server.close()


def test_outside_address_fails_the_test_even_when_swallowed(tmp_path: Path) -> None:
    shutil.copy(Path(__file__).with_name("conftest.py"), tmp_path / "conftest.py")
    (tmp_path / "test_call.py").write_text(
        "import socket\n\n"
        "def test_swallowed():\n"
        "    try:\n"
        "        socket.create_connection(('192.0.2.1', 443), timeout=0.5)\n"
        "    except OSError:\n"
        "        pass  # code under test that hides the failure\n",
        encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:cacheprovider",
                           "--rootdir", str(tmp_path), str(tmp_path)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False)
    assert done.returncode == 1, done.stdout
    assert "1 passed, 1 error" in done.stdout and "192.0.2.1" in done.stdout and "allow_network" in done.stdout
