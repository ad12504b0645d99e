"""Checking a file that holds several projects, and carrying extraction notes into the result."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.models import GoalSheet


def per_project(ctx: CheckContext, sheets: Sequence[GoalSheet],
                run: Callable[[CheckContext], list[Finding]]) -> list[Finding]:
    """Run ``run`` once per project sheet; each message starts with 【第n个项目：名称】."""
    out: list[Finding] = []
    for sheet in sheets:
        sub = dataclasses.replace(ctx, goal_sheet=sheet, fiscal_year=sheet.fiscal_year or ctx.fiscal_year,
                                  notes=[], meta={})
        for f in run(sub):
            out.append(f.model_copy(update={"message": f"【{sheet.project_label}】{f.message}"}).with_stable_id())
    return out


def extraction_notes(sheets: Sequence[GoalSheet]) -> list[str]:
    """The sheets' extraction notes as result notes (one line each, with the project when there are several)."""
    texts = [[n.text() for n in sheet.notes] for sheet in sheets]
    shared = set(texts[0]).intersection(*texts[1:]) if len(texts) > 1 else set()
    out: list[str] = [t for t in texts[0] if t in shared]  # the same for every project: said once
    for sheet, lines in zip(sheets, texts, strict=True):
        prefix = f"【{sheet.project_label}】" if sheet.project_label and len(sheets) > 1 else ""
        for text in lines:
            line = text if text in shared else prefix + text
            if line not in out:
                out.append(line)
    return out
