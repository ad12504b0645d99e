"""Findings reworded as guidance for the submitting unit (self-check): "请…"."""

from __future__ import annotations

_LEADING = ("建议", "应当", "应", "需要", "需", "须")


def as_guidance(message: str, suggestion: str) -> str:
    """One instruction sentence starting with 请, from a finding's suggestion (or its message)."""
    text = (suggestion or "").strip()
    if not text:
        return f"请核实并修改：{message.strip()}"
    if text.startswith("请"):
        return text
    for lead in _LEADING:
        if text.startswith(lead):
            text = text[len(lead):].lstrip("，,：: ")
            break
    return "请" + text
