"""EA-GOAL-03: the report and its goal sheet say the same thing (name, amount, period, key targets).

The goal sheet is the one embedded in the report, or a separate goal-sheet file of the same project
in the same batch (paired by project name). A mismatch with a separate file is reported on both
documents, each finding quoting its own document and carrying the other's quote in ``related``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from review_assistant.checks.base import CheckContext, RuleCheck, register
from review_assistant.checks.cross.pairing import normalize_name, partners
from review_assistant.checks.cross.targets import goal_text_clashes
from review_assistant.checks.goal_sheet.common import row_text
from review_assistant.checks.models import Finding, RelatedEvidence, Severity
from review_assistant.checks.report.common import located
from review_assistant.extract.models import GoalSheet, Indicator
from review_assistant.extract.report import AppraisalReport
from review_assistant.extract.report_text import parse_period, sentences
from review_assistant.extract.values import fmt_wan, target_text
from review_assistant.parsing.model import Location

_NARRATIVE_KEYS = ("goals", "goal_rationality", "content", "basic_info")
_CORE_SUFFIX = re.compile(r"(?:数量|个数|总数|数|量|规模)$")
_UNIT_ALIASES = {"%": "[%％]", "％": "[%％]"}


@dataclass
class Side:
    """One side of a mismatch: what a document says and where."""

    text: str  # the value as written, for the message
    evidence: str  # verbatim quote
    location: Location


@dataclass
class Mismatch:
    what: str  # 项目名称 / 年度资金 / 实施期限 / 指标“…”
    severity: Severity
    report: Side
    sheet: Side


def compare(report: AppraisalReport, report_ctx: CheckContext, sheet: GoalSheet, sheet_ctx: CheckContext,
            *, names: bool, same_sheet: bool = True) -> list[Mismatch]:
    """Everything the report's narrative and ``sheet`` disagree on. ``same_sheet``: the sheet is certainly the
    report's (attached to it, or a file of exactly the same project name), so a certain target clash is an error."""
    out: list[Mismatch] = []
    rname, sname = report.fields.get("project_name"), sheet.fields.get("project_name")
    if names and rname and sname and normalize_name(rname.value) != normalize_name(sname.value):
        out.append(Mismatch("项目名称", "warning", Side(rname.value, rname.value, rname.location),
                            Side(sname.value, sname.value, sname.location)))
    requested, total = report.requested_amount, sheet.funds.get("total")
    if requested and requested.value_wan is not None and total and total.value_wan is not None \
            and abs(requested.value_wan - total.value_wan) > 0.005:
        out.append(Mismatch(
            "年度资金", "error", Side(fmt_wan(requested.value_wan), requested.raw, requested.location),
            Side(fmt_wan(total.value_wan), row_text(sheet_ctx, total.location) or total.raw, total.location)))
    rperiod, speriod = report.fields.get("period"), sheet.fields.get("period")
    if rperiod and speriod:
        a, b = parse_period(rperiod.value), parse_period(speriod.value)
        if a and b and not _same_period(a, b):
            out.append(Mismatch("实施期限", "warning", Side(rperiod.value, rperiod.value, rperiod.location),
                                Side(speriod.value, speriod.value, speriod.location)))
    out.extend(_targets(report, report_ctx, sheet, sheet_ctx, same_sheet=same_sheet))
    return out


def _same_period(a: tuple[tuple[int, int | None], ...], b: tuple[tuple[int, int | None], ...]) -> bool:
    for (ya, ma), (yb, mb) in zip(a, b, strict=True):
        if ya != yb or (ma is not None and mb is not None and ma != mb):
            return False
    return True


def _core(ind: Indicator) -> str:
    return _CORE_SUFFIX.sub("", re.sub(r"\s+", "", ind.level3))


def _narrative(report: AppraisalReport, report_ctx: CheckContext, keys: Iterable[str]) -> list[tuple[str, Location]]:
    out: list[tuple[str, Location]] = []
    for s in report.sections:
        if s.key in keys:
            blocks = report_ctx.document.blocks[s.block_start:s.block_end]
            out.extend((sent, b.location) for b in blocks if b.table is None for sent in sentences(b.text))
    return out


def _targets(report: AppraisalReport, report_ctx: CheckContext, sheet: GoalSheet,
             sheet_ctx: CheckContext, *, same_sheet: bool) -> Iterable[Mismatch]:
    """Key targets: what the 绩效目标 paragraph states for an indicator of the sheet (``targets.py``), numbers the
    rest of the narrative gives next to an indicator's name, and embedded vs separate rows."""
    narrative = _narrative(report, report_ctx, _NARRATIVE_KEYS)
    clashes, judged = goal_text_clashes(_narrative(report, report_ctx, ("goals",)), sheet.indicators,
                                        report.fiscal_year or sheet.fiscal_year)
    for c in clashes:
        ind = c.indicator
        written = target_text(ind.sign, ind.value_text, None if ind.date_value is not None else ind.unit)
        yield Mismatch(f"指标“{ind.level3}”", "error" if c.certain and same_sheet else "warning",
                       Side(c.stated, c.clause, c.location), Side(written, ind.evidence, ind.location))
    embedded = {_core(i): i for i in (report.goal_sheet.indicators if report.goal_sheet else [])}
    seen: set[str] = set()
    for ind in sheet.indicators:
        core = _core(ind)
        if ind.number is None or not ind.unit or len(core) < 3 or core in seen or id(ind) in judged:
            continue
        seen.add(core)
        sheet_side = Side(f"{ind.sign or ''}{ind.number:g}{ind.unit}", ind.evidence, ind.location)
        other = embedded.get(core)
        if other is not None and report.goal_sheet is not sheet and other.number is not None \
                and (other.number != ind.number or (other.unit or "") != ind.unit):
            yield Mismatch(f"指标“{ind.level3}”", "warning",
                           Side(f"{other.sign or ''}{other.number:g}{other.unit or ''}", other.evidence,
                                other.location), sheet_side)
            continue
        unit = _UNIT_ALIASES.get(ind.unit, re.escape(ind.unit))
        pattern = re.compile(rf"{re.escape(core)}[^，。；,;\d]{{0,10}}?(?P<num>\d+(?:\.\d+)?)\s*{unit}")
        for sent, loc in narrative:
            m = pattern.search(sent)
            if not m:
                continue
            if float(m.group("num")) != ind.number:
                yield Mismatch(f"指标“{ind.level3}”", "warning", Side(m.group(0), m.group(0), loc), sheet_side)
            break


@register
class EAGOAL03ReportMatchesSheet(RuleCheck):
    rule_id = "EA-GOAL-03"
    needs_batch = True

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        pairs = partners(ctx)
        ctx.notes.extend(note for p in pairs if (note := p.note()) not in ctx.notes)
        path = ctx.document.path
        if isinstance(ctx.report, AppraisalReport):
            report = ctx.report
            if report.goal_sheet is None and not any(p.other.goal_sheet is not None for p in pairs):
                note = ("报告未附绩效目标申报表，本批次也没有同一项目的申报表，"
                        "未核对报告与申报表是否一致（EA-GOAL-03）。")
                if note not in ctx.notes:
                    ctx.notes.append(note)
            if report.goal_sheet is not None:
                for m in compare(report, ctx, report.goal_sheet, ctx, names=True):
                    yield self._finding(ctx, m, "报告正文", "所附申报表", path, report, mine_is_report=True)
            for p in pairs:
                if p.other.goal_sheet is not None:
                    for m in compare(report, ctx, p.other.goal_sheet, p.other, names=not p.exact, same_sheet=p.exact):
                        yield self._finding(ctx, m, "报告", f"申报表（{p.file_name}）", p.other.document.path,
                                            report, mine_is_report=True)
        elif ctx.goal_sheet is not None:
            for p in pairs:
                if isinstance(p.other.report, AppraisalReport):
                    for m in compare(p.other.report, p.other, ctx.goal_sheet, ctx, names=not p.exact,
                                     same_sheet=p.exact):
                        yield self._finding(ctx, m, "申报表", f"报告（{p.file_name}）", p.other.document.path,
                                            p.other.report, mine_is_report=False)

    def _finding(self, ctx: CheckContext, m: Mismatch, me: str, them: str, their_path: str,
                 report: AppraisalReport, *, mine_is_report: bool) -> Finding:
        mine, theirs = (m.report, m.sheet) if mine_is_report else (m.sheet, m.report)
        mine_loc = located(report, mine.location) if mine_is_report else mine.location
        their_loc = theirs.location if mine_is_report else located(report, theirs.location)
        finding = ctx.finding(
            self.rule_id, m.severity,
            f"{me}与{them}的{m.what}不一致：{me}为“{mine.text}”，{them.split('（')[0]}为“{theirs.text}”。",
            evidence=mine.evidence, location=mine_loc,
            suggestion="请核对报告正文与绩效目标申报表，统一项目名称、金额、实施期限和指标值。",
        )
        related = RelatedEvidence(path=their_path, evidence=theirs.evidence, location=their_loc)
        return finding.model_copy(update={"related": [related]}).with_stable_id()
