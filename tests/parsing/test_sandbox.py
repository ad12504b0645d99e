"""The parse sandbox holds Ctrl+C while it forks, so an interrupt is never lost inside the fork's handlers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Run in a fresh interpreter's main thread (pytest-xdist workers may run tests off the main thread,
# where signals are not delivered).
_PROBE = """
import os, signal
from review_assistant.parsing.sandbox import interrupts_held
reached = False
try:
    with interrupts_held():
        os.kill(os.getpid(), signal.SIGINT)
        reached = True
    print("not raised")
except KeyboardInterrupt:
    blocked = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set())
    print("raised after the block" if reached and not blocked else f"raised inside={not reached} blocked={blocked}")
"""


def test_a_ctrl_c_while_held_is_raised_on_leaving_the_block() -> None:
    src = Path(__file__).resolve().parents[2] / "src"
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60, check=False,
                         env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "raised after the block", out.stdout + out.stderr
