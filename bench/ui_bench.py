"""Benchmark of the reviewer workspace: upload → findings shown, 5 concurrent sessions, server RSS.

Starts ``review-assistant serve`` on 127.0.0.1 and a free port with a fresh home, logs in five
reviewers through ``gradio_client`` and has them upload a sample goal sheet at the same time, several
rounds. The time measured is one ``/upload`` call: file upload, check, store, and the findings table
returned to the session (what the browser renders). No LLM. Prints medians; targets: ≤ 2 s, ≤ 1 GB.

Usage: python bench/ui_bench.py [--sessions 5] [--rounds 6] [--sheet PATH]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHEET = ROOT / "corpus" / "samples" / "goal_sheets" / "gs16_two_indicators.docx"
PASSWORD = "bench-password"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (MB), from /proc."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def _start(home: Path, tmp: Path, sessions: int) -> tuple[subprocess.Popen[bytes], str]:
    from review_assistant.review import users
    from review_assistant.review.store import Store

    store = Store(home / "reviews.sqlite3")
    for i in range(sessions):
        users.add_user(store, f"bench{i}", PASSWORD, "reviewer")
    port = _free_port()
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HOME": str(tmp), "XDG_CACHE_HOME": str(tmp / "cache"),
           "GRADIO_TEMP_DIR": str(tmp / "gradio"), "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}
    proc = subprocess.Popen([sys.executable, "-m", "review_assistant.cli", "serve", "--port", str(port),
                             "--home", str(home)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("server did not start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--sheet", type=Path, default=DEFAULT_SHEET)
    args = parser.parse_args()
    from gradio_client import Client, handle_file

    with tempfile.TemporaryDirectory(prefix="ra-uibench-") as td:
        tmp = Path(td)
        proc, url = _start(tmp / "home", tmp, args.sessions)
        peak = [_rss_mb(proc.pid)]
        idle_rss = peak[0]
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                peak[0] = max(peak[0], _rss_mb(proc.pid))
                time.sleep(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            clients = [Client(url, auth=(f"bench{i}", PASSWORD), verbose=False) for i in range(args.sessions)]
            # One warm-up call per session (first import of the check pipeline in the server).
            for c in clients:
                c.predict([handle_file(str(args.sheet))], api_name="/upload")
            single: list[float] = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                clients[0].predict([handle_file(str(args.sheet))], api_name="/upload")
                single.append(time.perf_counter() - start)
            concurrent: list[float] = []
            lock = threading.Lock()
            barrier = threading.Barrier(args.sessions)

            def session(c: Client) -> None:
                for _ in range(args.rounds):
                    barrier.wait()
                    start = time.perf_counter()
                    out = c.predict([handle_file(str(args.sheet))], api_name="/upload")
                    elapsed = time.perf_counter() - start
                    assert "已审核 1 份文件" in out[0], out[0]
                    with lock:
                        concurrent.append(elapsed)

            threads = [threading.Thread(target=session, args=(c,)) for c in clients]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            stop.set()
            sampler.join()
            proc.terminate()
            proc.wait(timeout=20)
    concurrent.sort()
    print(f"sheet: {args.sheet.name}; sessions: {args.sessions}; rounds: {args.rounds}")
    print(f"upload→findings, 1 session:  median {statistics.median(single):.3f} s")
    print(f"upload→findings, {args.sessions} sessions: median {statistics.median(concurrent):.3f} s, "
          f"p90 {concurrent[int(0.9 * (len(concurrent) - 1))]:.3f} s, max {concurrent[-1]:.3f} s "
          f"(target ≤ 2 s)")
    print(f"server RSS: idle {idle_rss:.0f} MB, peak {peak[0]:.0f} MB (target ≤ 1024 MB)")


if __name__ == "__main__":
    main()
