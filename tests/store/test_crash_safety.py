"""Killing the process during saves loses nothing that was acknowledged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from review_assistant.review import audit
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.settings import Settings

pytestmark = pytest.mark.slow


def test_sigkill_during_saves_loses_no_acknowledged_action(service: ReviewService, reviewer: User, sheet: Path,
                                                           settings: Settings) -> None:
    [item] = service.check_files(reviewer, [sheet])
    rid = item.review_id or 0
    fid = service.get_review(reviewer, rid).findings[0].id
    worker = Path(__file__).with_name("crash_worker.py")
    proc = subprocess.Popen([sys.executable, str(worker), str(settings.home), str(rid), str(fid), reviewer.username],
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    acked: list[int] = []
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while len(acked) < 40 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        acked.append(int(line.split()[1]))
    os.kill(proc.pid, signal.SIGKILL)
    # Whatever the worker printed before dying was acknowledged too.
    acked += [int(line.split()[1]) for line in proc.stdout.read().splitlines() if line.startswith("ACK")]
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert len(acked) >= 40

    reopened = ReviewService(settings)  # a fresh process would see the same file
    assert reopened.store.schema_version() >= 1
    messages = {f.final_message for f in reopened.get_review(reviewer, rid).findings if f.manual}
    reasons = {e.after.get("reject_reason") for e in audit.entries(reopened.store, object_type="finding",
                                                                  object_id=fid, limit=10_000)}
    for n in acked:
        if n % 2:
            assert f"人工问题{n}" in messages, n
        else:
            assert f"理由{n}" in reasons, n
    with reopened.store.read() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    last_reject = max(n for n in acked if n % 2 == 0)
    current = reopened.get_finding(reviewer, fid)
    assert current.status == "rejected"
    assert int((current.reject_reason or "理由0").removeprefix("理由")) >= last_reject
