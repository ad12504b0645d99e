"""Pairing the documents of one project within a batch, by normalised project name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from review_assistant.checks.base import CheckContext
from review_assistant.extract.models import TextField
from review_assistant.extract.report import AppraisalReport

_BRACKETED = re.compile(r"[（(【\[][^）)】\]]{0,12}[）)】\]]")
_LEADING_YEAR = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?)")
_NOISE = re.compile(r"[\s\u3000“”\"'‘’《》、，,。.·\-—_:：]+")
_MIN_CONTAINED = 6  # a shorter name inside a longer one counts only from this length on


def normalize_name(name: str) -> str:
    """A project name reduced for pairing: no brackets (（示例）), leading year, punctuation, trailing 项目."""
    t = _BRACKETED.sub("", name or "")
    t = _NOISE.sub("", t)
    t = _LEADING_YEAR.sub("", t)
    for suffix in ("项目", "政策"):
        if t.endswith(suffix) and len(t) > len(suffix) + 2:
            t = t[: -len(suffix)]
    return t


def name_field(ctx: CheckContext) -> TextField | None:
    """The project name as the document writes it (report's own field first, then its goal sheet)."""
    if isinstance(ctx.report, AppraisalReport):
        field = ctx.report.fields.get("project_name")
        if field is not None and field.value.strip():
            return field
    if ctx.goal_sheet is not None:
        return ctx.goal_sheet.fields.get("project_name")
    return None


@dataclass(frozen=True)
class Pair:
    other: CheckContext
    exact: bool  # names equal after normalisation; False: one contains the other

    @property
    def file_name(self) -> str:
        return Path(self.other.document.path).name

    def note(self) -> str:
        how = "项目名称一致" if self.exact else "项目名称相近，请人工确认为同一项目"
        return f"已与 {self.file_name} 配对（{how}）。"


def partners(ctx: CheckContext) -> list[Pair]:
    """The other documents of the batch that belong to the same project and are of the other kind.

    A report pairs with goal sheets, a goal sheet with reports; two files with the same content
    (same hash) are the same document given twice and do not pair.
    """
    mine = name_field(ctx)
    a = normalize_name(mine.value) if mine else ""
    if not a:
        return []
    out: list[Pair] = []
    for other in ctx.batch:
        if other is ctx or other.kind == ctx.kind or other.document.sha256 == ctx.document.sha256:
            continue
        if other.fiscal_year != ctx.fiscal_year:  # last year's sheet is another stage of the project, not its pair
            continue
        theirs = name_field(other)
        b = normalize_name(theirs.value) if theirs else ""
        if not b:
            continue
        if a == b:
            out.append(Pair(other, True))
        elif min(len(a), len(b)) >= _MIN_CONTAINED and (a in b or b in a):
            out.append(Pair(other, False))
    return out
