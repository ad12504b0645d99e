"""Detecting a model that repeats itself until the token limit.

Small local models, asked about boilerplate, often answer and then emit the same phrase (or blank
lines inside a JSON string) over and over. Such an answer is a failed call: it is never parsed into
findings and never retried (at temperature 0 it would loop again). Streaming stops as soon as the
loop is seen, which also saves the rest of the token budget.
"""

from __future__ import annotations

import re

# A unit of 2–80 characters repeated, back to back, so that the run covers at least MIN_RUN characters.
_REPEAT = re.compile(r"(.{2,80}?)\1{3,}", re.S)
MIN_RUN = 48
MIN_UNIT_REPEATS = 4


def looping(text: str, *, min_run: int = MIN_RUN) -> bool:
    """True when ``text`` contains one unit repeated at least 4 times in a row over ``min_run`` characters.

    A table rule (``---|---|``) or an ellipsis is shorter than ``min_run``; a model stuck on a
    sentence quickly exceeds it.
    """
    for m in _REPEAT.finditer(text):
        unit = m.group(1)
        if m.end() - m.start() >= min_run and len(m.group(0)) // len(unit) >= MIN_UNIT_REPEATS:
            return True
    return False


def looping_tail(text: str, window: int = 600) -> bool:
    """``looping`` on the last ``window`` characters (cheap enough to call while streaming)."""
    return looping(text[-window:])
