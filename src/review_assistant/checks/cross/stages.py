"""Cross-stage checks of one project (documents of the same batch, linked by :mod:`projects`).

* EV-07 the self-evaluation scores against the approved goal sheet's targets (targets quietly changed
  afterwards are a classic defect), and drops none of them;
* MON-05 the monitoring forecasts agree with the year's actuals in the self-evaluation;
* GS-14 (with data) this year's targets are not below last year's actuals, and are not last year's
  targets copied unchanged.

A finding from an unsure link is a warning that asks the reviewer to confirm the link.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from review_assistant.checks.base import CheckContext, EvaluationRule, GoalSheetRule, register
from review_assistant.checks.cross.projects import Link, indicator_key, linked
from review_assistant.checks.evaluation.scoring import direction, fmt, met
from review_assistant.checks.goal_sheet.common import row_text
from review_assistant.checks.models import Finding, RelatedEvidence, Severity
from review_assistant.extract.cycle_models import CycleIndicator, MonitoringTable, SelfEvaluation
from review_assistant.extract.models import GoalSheet, Indicator
from review_assistant.extract.values import parse_decimal

FORECAST_TOLERANCE = Decimal("0.1")  # a forecast within 10% of the actual is consistent


def _sheet_of(link: Link) -> GoalSheet | None:
    sheet = link.other.goal_sheet
    return sheet if sheet is not None and sheet.indicator_table_found else None


def _target(ind: Indicator) -> Decimal | None:
    if ind.qualitative or ind.date_value is not None:
        return None
    return parse_decimal(ind.value_text)


def _with_related(f: Finding, link: Link, evidence: str, loc: object) -> Finding:
    from review_assistant.parsing.model import Location

    related = RelatedEvidence(path=link.other.document.path, evidence=evidence,
                              location=loc if isinstance(loc, Location) else Location())
    return f.model_copy(update={"related": [related]}).with_stable_id()


def _severity(link: Link, sure: Severity) -> Severity:
    return sure if link.sure else "warning"


def _confirm(link: Link) -> str:
    return "" if link.sure else f"（与 {link.file_name} 的项目关联不确定，请先确认是否为同一项目）"


@register
class EV07TargetsAsApproved(EvaluationRule):
    rule_id = "EV-07"
    needs_batch = True

    def check(self, ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
        if not ev.indicators:
            return
        links = [lk for lk in linked(ctx, {"goal_sheet"}, ctx.fiscal_year) if _sheet_of(lk) is not None]
        if not links:
            return
        link = links[0]
        sheet = _sheet_of(link)
        assert sheet is not None
        ctx.notes.append(f"已与批复的绩效目标关联：{link.describe()}。")
        approved = {indicator_key(i.level3): i for i in sheet.annual_indicators() or sheet.indicators if i.level3}
        seen: set[str] = set()
        for ind in ev.indicators:
            key = indicator_key(ind.level3)
            base = approved.get(key)
            if base is None:
                continue
            seen.add(key)
            target = _target(base)
            if target is None or ind.target is None:
                continue
            # = and ≥ on the same number (=100% / ≥100%) mean the same target; only opposite directions differ.
            sign_changed = {direction(base.sign), direction(ind.sign)} == {"up", "down"}
            if target != ind.target or sign_changed:
                evidence = row_text(link.other, base.location) or base.value_text
                f = ctx.finding(
                    "EV-07", _severity(link, "error"),
                    f"指标“{ind.name}”自评时的年度指标值为{ind.target_display}，批复的绩效目标为"
                    f"{base.target}（{link.file_name}）：自评须以批复的目标为准。"
                    + _confirm(link),
                    evidence=ind.evidence, location=ind.location,
                    suggestion="按批复的年度指标值填写并重新计分；确经批准调整目标的，附调整批复。")
                yield _with_related(f, link, evidence, base.location)
        dropped = [i.level3 for k, i in approved.items() if k not in seen]
        if dropped and len(dropped) < len(approved):
            yield ctx.finding("EV-07", "warning", f"批复的绩效目标中有{len(dropped)}个指标未出现在自评表中："
                              f"{'、'.join(dropped[:6])}（{link.file_name}）。" + _confirm(link),
                              suggestion="自评须覆盖批复的全部绩效指标。")


@register
class MON05ForecastVsActual(EvaluationRule):
    rule_id = "MON-05"
    needs_batch = True

    def check(self, ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
        if not ev.indicators:
            return
        links = [lk for lk in linked(ctx, {"monitoring_table"}, ctx.fiscal_year)
                 if isinstance(lk.other.cycle, MonitoringTable)]
        if not links:
            return
        link = links[-1]  # the latest monitoring of the year when there are several (file order)
        mt = link.other.cycle
        assert isinstance(mt, MonitoringTable)
        forecasts = {indicator_key(i.level3): i for i in mt.indicators}
        for ind in ev.indicators:
            mon = forecasts.get(indicator_key(ind.level3))
            if mon is None or mon.forecast is None or ind.actual is None or ind.qualitative or mon.target is None:
                continue
            if not _inconsistent(mon, ind):
                continue
            f = ctx.finding(
                "MON-05", "warning",
                f"指标“{ind.name}”{mt.month or ''}{'月' if mt.month else ''}监控时预计全年完成{mon.forecast_text}，"
                f"年末实际完成{ind.actual_text}，相差{fmt(abs(ind.actual - mon.forecast) / mon.forecast * 100)}%："
                "监控时的预计与实际不符，且监控表未反映这一偏差。" + _confirm(link),
                evidence=ind.evidence, location=ind.location,
                suggestion="说明监控后出现的偏差原因；今后监控应如实预计全年完成情况。")
            yield _with_related(f, link, mon.evidence, mon.location)


def _inconsistent(mon: CycleIndicator, ind: CycleIndicator) -> bool:
    assert mon.forecast is not None and ind.actual is not None and mon.target is not None
    if mon.forecast == 0:
        return False
    gap = abs(ind.actual - mon.forecast) / abs(mon.forecast)
    forecast_met = met(mon.sign, mon.target, mon.forecast)
    actual_met = met(mon.sign, mon.target, ind.actual)
    return gap > FORECAST_TOLERANCE and forecast_met is True and actual_met is False


@register
class GS14HistoryData(GoalSheetRule):
    rule_id = "GS-14"
    kinds = frozenset({"goal_sheet"})
    needs_batch = True

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        if not sheet.indicators:
            return
        yield from self._below_last_actuals(ctx, sheet)
        yield from self._copied(ctx, sheet)

    def _below_last_actuals(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        links = [lk for lk in linked(ctx, {"self_evaluation"}, ctx.fiscal_year - 1)
                 if isinstance(lk.other.cycle, SelfEvaluation)]
        if not links:
            return
        link = links[0]
        ev = link.other.cycle
        assert isinstance(ev, SelfEvaluation)
        actuals = {indicator_key(i.level3): i for i in ev.indicators}
        for ind in sheet.annual_indicators() or sheet.indicators:
            last = actuals.get(indicator_key(ind.level3))
            target = _target(ind)
            if last is None or last.actual is None or target is None or last.qualitative:
                continue
            # Only ≥ targets: a cost ceiling above last year's actual cost is ordinary (prices move).
            if direction(ind.sign) != "up" or target >= last.actual:
                continue
            f = ctx.finding(
                "GS-14", "warning",
                f"指标“{ind.level3}”本年度指标值{ind.target}，低于上年实际完成值"
                f"{last.actual_text}（{link.file_name}）：目标不应低于已达到的水平。" + _confirm(link),
                evidence=row_text(ctx, ind.location) or ind.value_text, location=ind.location,
                suggestion="参照上年实际完成值设定目标，或说明降低目标的理由。")
            yield _with_related(f, link, last.evidence, last.location)

    def _copied(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        links = [lk for lk in linked(ctx, {"goal_sheet"}, ctx.fiscal_year - 1) if _sheet_of(lk) is not None]
        if not links:
            return
        link = links[0]
        last = _sheet_of(link)
        assert last is not None
        before = {indicator_key(i.level3): i for i in last.annual_indicators() or last.indicators}
        mine = [i for i in sheet.annual_indicators() or sheet.indicators if _target(i) is not None]
        shared = [(i, before[indicator_key(i.level3)]) for i in mine if indicator_key(i.level3) in before]
        if len(shared) < 3 or len(shared) < len(mine):
            return
        if all(_target(a) == _target(b) and direction(a.sign) == direction(b.sign) for a, b in shared):
            yield ctx.finding(
                "GS-14", "warning",
                f"全部{len(shared)}个定量指标的指标值与上年（{link.file_name}）完全相同，未体现上年完成情况和本年任务变化。"
                + _confirm(link), suggestion="结合上年实际完成值和本年预算、任务重新测算指标值。")
