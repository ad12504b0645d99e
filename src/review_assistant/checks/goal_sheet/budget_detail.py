"""GS-02 on a goal sheet's budget table: the 预算明细 lines (or a department's task budgets) against their own
合计 row and against the sheet's funds total."""

from __future__ import annotations

from collections.abc import Iterable

from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.models import GoalSheet
from review_assistant.extract.values import fmt_wan

_TOLERANCE = 0.005


def detail_findings(ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
    detail = sheet.budget_detail
    if detail is None or not detail.items:
        return
    what = "各项任务预算" if sheet.budget_detail_kind == "tasks" else "预算明细各项"
    items = detail.items
    unread = [ln.item for ln in items if ln.amount_wan is None]
    items_sum = round(sum(ln.amount_wan or 0.0 for ln in items), 6)
    note = f"（其中{'、'.join(unread[:3])}的金额未能读出，请人工核对。）" if unread else ""
    stated = detail.total.amount_wan if detail.total is not None else None
    if detail.total is not None and stated is not None and abs(stated - items_sum) > _TOLERANCE:
        yield ctx.finding(
            "GS-02", "error" if not unread else "warning",
            f"{what}相加为{fmt_wan(items_sum)}，但合计行写{fmt_wan(stated)}。" + note,
            evidence=detail.total.evidence, location=detail.total.location,
            suggestion="请重新核对明细各项金额和合计，使合计等于各项之和，并与资金总额一致。",
        )
        return
    total = sheet.funds.get("total")
    if total is None or total.value_wan is None or abs(total.value_wan - items_sum) <= _TOLERANCE:
        return
    # Certain only when every amount was read, the table closes with its own 合计 row (so it claims to be
    # complete) and every fund label was recognised; otherwise the lines may cover only part of the budget.
    certain = not unread and detail.total is not None and not sheet.unknown_fund_labels
    label = total.label or "资金总额"
    msg = f"{label}为{fmt_wan(total.value_wan)}，{what}合计{fmt_wan(items_sum)}，两者不一致。"
    if not certain and not unread:
        msg += "（该表没有合计行，可能只列出了部分任务或明细，请人工核对。）"
    yield ctx.finding(
        "GS-02", "error" if certain else "warning", msg + note,
        evidence=(detail.total or items[-1]).evidence, location=(detail.total or items[-1]).location,
        suggestion="请核对预算明细（或各项任务的预算金额），使其合计与资金总额一致。",
    )
