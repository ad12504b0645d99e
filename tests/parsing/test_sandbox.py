"""The parse sandbox holds Ctrl+C while it forks, so an interrupt is never lost inside the fork's handlers."""

from __future__ import annotations

import os
import signal

import pytest

from review_assistant.parsing.sandbox import interrupts_held


def test_a_ctrl_c_while_held_is_raised_on_leaving_the_block() -> None:
    reached_end_of_block = False
    with pytest.raises(KeyboardInterrupt), interrupts_held():
        os.kill(os.getpid(), signal.SIGINT)
        reached_end_of_block = True  # not interrupted inside: the fork's handlers would have swallowed it
    assert reached_end_of_block
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())  # unblocked again
