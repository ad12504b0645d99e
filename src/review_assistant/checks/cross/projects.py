"""One project across stages and years: which documents belong together.

A project is identified by its unit, its project name (normalised by :func:`pairing.normalize_name`, the
one definition) and its year. Names equal after normalisation and units equal → a sure link; equal
names with one unit missing, or one name containing the other → an unsure link that findings and the
project page present for the reviewer to confirm. Different units never link.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from review_assistant.checks.base import CheckContext
from review_assistant.checks.cross.pairing import name_field, normalize_name
from review_assistant.extract.models import TextField

_MIN_CONTAINED = 6
STAGE_ORDER = {"goal_sheet": 0, "appraisal_report": 1, "monitoring_table": 2, "self_evaluation": 3}
STAGE_ZH = {"goal_sheet": "绩效目标申报表", "appraisal_report": "事前绩效评估报告", "monitoring_table": "绩效运行监控表",
            "self_evaluation": "绩效自评"}


def project_name_field(ctx: CheckContext) -> TextField | None:
    if ctx.cycle is not None:
        return ctx.cycle.fields.get("project_name")
    return name_field(ctx)


def unit_of(ctx: CheckContext) -> str:
    if ctx.cycle is not None:
        return ctx.cycle.unit
    if ctx.goal_sheet is not None:
        return ctx.goal_sheet.field_value("implementer") or ctx.goal_sheet.field_value("department")
    return ctx.report.unit if ctx.report is not None else ""


def normalize_unit(unit: str) -> str:
    return normalize_name(unit)


def match_names(name_a: str, unit_a: str, name_b: str, unit_b: str) -> Literal["sure", "unsure"] | None:
    """How sure it is that two (name, unit) pairs are the same project; None when they are not."""
    return match_normalized(normalize_name(name_a), normalize_unit(unit_a), normalize_name(name_b), normalize_unit(unit_b))


def match_normalized(a: str, ua: str, b: str, ub: str) -> Literal["sure", "unsure"] | None:
    """:func:`match_names` on names and units already normalised."""
    if not a or not b or (ua and ub and ua != ub):
        return None
    if a == b:
        return "sure" if ua and ub else "unsure"
    if min(len(a), len(b)) >= _MIN_CONTAINED and (a in b or b in a):
        return "unsure"
    return None


@dataclass(frozen=True)
class Link:
    other: CheckContext
    certainty: Literal["sure", "unsure"]

    @property
    def sure(self) -> bool:
        return self.certainty == "sure"

    @property
    def file_name(self) -> str:
        return Path(self.other.document.path).name

    def describe(self) -> str:
        how = "同一项目" if self.sure else "项目名称或单位不完全一致，请人工确认是否为同一项目"
        return f"{self.file_name}（{self.other.fiscal_year}年{STAGE_ZH.get(self.other.kind, self.other.kind)}，{how}）"


def linked(ctx: CheckContext, kinds: set[str], year: int | None) -> list[Link]:
    """The batch's documents of ``kinds`` for the same project and ``year`` (any year when None), sure first."""
    mine = project_name_field(ctx)
    if mine is None:
        return []
    out: list[Link] = []
    for other in ctx.batch:
        if other is ctx or other.kind not in kinds or other.document.sha256 == ctx.document.sha256:
            continue
        if year is not None and other.fiscal_year != year:
            continue
        theirs = project_name_field(other)
        if theirs is None:
            continue
        certainty = match_names(mine.value, unit_of(ctx), theirs.value, unit_of(other))
        if certainty is not None:
            out.append(Link(other, certainty))
    return sorted(out, key=lambda link: (not link.sure, Path(link.other.document.path).name))


def indicator_key(name: str) -> str:
    return normalize_name(name)
