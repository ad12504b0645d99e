"""Responsiveness of the workbench under login and upload attacks, on loopback only.

Starts ``review-assistant serve`` (tests/uiserver.py) and measures the latency of a cheap request
(``GET /gradio_api/app_id``) while idle, while 8 clients log in at once (3 rounds each), and while
two reviewers upload a hostile PDF (a text flood, tests/hostile.py) through the workbench; prints
medians and maxima and the server process's resident memory. Every loop is bounded in count and time.

Run against another checkout's code by pointing PYTHONPATH at its src (that is how the figures
before the fix were taken). Usage: python bench/security_bench.py [--flood-mb 24]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _probe(url: str, until: threading.Event, limit_s: float = 180) -> list[float]:
    out: list[float] = []
    stop_at = time.monotonic() + limit_s
    with httpx.Client(timeout=60) as c:
        while not until.is_set() and time.monotonic() < stop_at and len(out) < 2000:
            t = time.perf_counter()
            c.get(url + "/gradio_api/app_id")
            out.append(time.perf_counter() - t)
            time.sleep(0.02)
    return out


def _show(label: str, values: list[float]) -> None:
    if not values:
        print(f"{label:<38} (no samples)")
        return
    print(f"{label:<38} median {statistics.median(values) * 1000:7.1f} ms   max {max(values) * 1000:7.1f} ms"
          f"   n={len(values)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--flood-mb", type=int, default=24, help="inflated size of the hostile PDF's content stream")
    args = ap.parse_args()
    from gradio_client import Client, handle_file

    import hostile
    from uiserver import PASSWORD, start_server, stop_server

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        home = tmpdir / "srv" / "home"
        home.mkdir(parents=True)
        # Throttling off for the measurement: the 8 parallel logins are all good ones.
        (home / "settings.toml").write_text("[ui]\nlogin_rate_per_minute = 10000\n", encoding="utf-8")
        srv = start_server(tmpdir / "srv")
        try:
            done = threading.Event()
            quiet = _probe(srv.url, done, limit_s=3)
            _show("idle", quiet)

            def login_round() -> None:
                with httpx.Client(base_url=srv.url, timeout=120) as c:
                    for _ in range(3):
                        c.post("/login", data={"username": "reviewer1", "password": PASSWORD})

            done = threading.Event()
            samples: list[float] = []
            prober = threading.Thread(target=lambda: samples.extend(_probe(srv.url, done)))
            prober.start()
            start = time.perf_counter()
            workers = [threading.Thread(target=login_round) for _ in range(8)]
            for w in workers:
                w.start()
            for w in workers:
                w.join(180)
            logins_s = time.perf_counter() - start
            done.set()
            prober.join()
            _show("during 8 parallel logins (x3)", samples)
            print(f"{'':<38} 24 logins took {logins_s:.2f} s")

            flood = hostile.make_pdf_text_flood(tmpdir, inflated_mb=args.flood_mb)
            rss_before = _rss_mb(srv.proc.pid)
            done = threading.Event()
            samples = []
            prober = threading.Thread(target=lambda: samples.extend(_probe(srv.url, done)))
            prober.start()
            answers: list[str] = []
            upload_s: list[float] = []
            peak = [rss_before]

            def upload() -> None:
                client = Client(srv.url, auth=("reviewer1", PASSWORD), verbose=False)
                t = time.perf_counter()
                try:
                    result = client.predict([handle_file(str(flood))], api_name="/upload")
                    answers.append(str(result[0])[:160])
                except Exception as exc:  # a timeout or a server error is a result here too
                    answers.append(f"{type(exc).__name__}: {str(exc)[:120]}")
                upload_s.append(time.perf_counter() - t)

            uploaders = [threading.Thread(target=upload) for _ in range(2)]
            for u in uploaders:
                u.start()
            deadline = time.monotonic() + 240
            while any(u.is_alive() for u in uploaders) and time.monotonic() < deadline:
                peak.append(_rss_mb(srv.proc.pid))
                time.sleep(0.2)
            for u in uploaders:
                u.join(5)
            done.set()
            prober.join()
            _show("during 2 hostile uploads", samples)
            print(f"{'':<38} uploads answered in {', '.join(f'{s:.1f}' for s in upload_s)} s")
            print(f"server RSS: before uploads {rss_before:.0f} MB, peak during {max(peak):.0f} MB")
            for a in answers:
                print("answer:", a.replace("\n", " "))
        finally:
            stop_server(srv)


if __name__ == "__main__":
    main()
