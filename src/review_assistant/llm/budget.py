"""Token budget for prompts: count, and cut document sections to fit the model's context.

Counting uses ``review_assistant.llm.tokens`` (tiktoken with an offline encoding) when that module
is present; until then a conservative estimate stands in: one token per CJK character or other
non-ASCII character, one per four ASCII characters. Over-counting only means shorter excerpts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

TRUNCATION_MARK = "（以下从略）"


def estimate_tokens(text: str) -> int:
    ascii_chars = sum(1 for ch in text if ord(ch) < 128)
    return (len(text) - ascii_chars) + (ascii_chars + 3) // 4


@lru_cache(maxsize=1)
def _counter() -> Callable[[str], int]:
    try:
        from review_assistant.llm import tokens  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return estimate_tokens
    fn = getattr(tokens, "count_tokens", None)
    if not callable(fn):
        return estimate_tokens

    def safe(text: str) -> int:
        try:
            return int(fn(text))
        except Exception:  # an encoding that cannot load offline must not break a review
            return estimate_tokens(text)

    return safe


def count_tokens(text: str) -> int:
    return _counter()(text)


def cut_to_tokens(text: str, budget: int) -> str:
    """``text`` cut at a line or sentence end so that it fits ``budget`` tokens."""
    if budget <= 0:
        return ""
    if count_tokens(text) <= budget:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits
        mid = (lo + hi + 1) // 2
        if count_tokens(text[:mid]) <= budget:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo]
    for stop in ("\n", "。", "；"):
        pos = cut.rfind(stop)
        if pos > lo // 2:
            cut = cut[: pos + 1]
            break
    return cut.rstrip() + "\n" + TRUNCATION_MARK


def fit_sections(sections: Sequence[tuple[str, str]], budget: int) -> list[tuple[str, str]]:
    """Share ``budget`` tokens among sections: short ones whole, the rest cut evenly."""
    sizes = [count_tokens(t) + count_tokens(n) + 4 for n, t in sections]
    if sum(sizes) <= budget:
        return list(sections)
    out: dict[int, tuple[str, str]] = {}
    remaining = budget
    order = sorted(range(len(sections)), key=lambda i: sizes[i])
    for pos, i in enumerate(order):
        share = remaining // (len(order) - pos)
        name, text = sections[i]
        if sizes[i] <= share:
            out[i] = (name, text)
            remaining -= sizes[i]
        else:
            out[i] = (name, cut_to_tokens(text, share - count_tokens(name) - 4))
            remaining -= share
    return [out[i] for i in range(len(sections))]
