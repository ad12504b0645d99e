"""Token budget for prompts: count, and cut document sections to fit the model's context.

Counting uses ``review_assistant.llm.tokens`` (tiktoken with an offline encoding, falling back to a
calibrated estimate when the encoding file is missing).
"""

from __future__ import annotations

from collections.abc import Sequence

from review_assistant.llm import tokens

TRUNCATION_MARK = "（以下从略）"


def count_tokens(text: str) -> int:
    """cl100k_base tokens (``llm.tokens``: exact offline, or its calibrated estimate with one warning)."""
    return tokens.count_tokens(text)


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
