"""EA-RPT-04's arithmetic: the recommended budget against the request and the stated cut, and the columns of a
建议预算数与申请数对比表 against their 合计 row. Called by the EA-RPT-04 rule in ``conclusion.py``."""

from __future__ import annotations

from collections.abc import Iterable

from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.checks.report.common import located
from review_assistant.extract.report import AppraisalReport
from review_assistant.extract.report_money import requested_from_total_field
from review_assistant.extract.values import fmt_wan

_TOLERANCE = 0.005
_COLUMN_NAMES = {"requested": "申请数", "recommended": "建议数", "reduction": "核减数"}


def comparison_findings(ctx: CheckContext, report: AppraisalReport, rule_id: str) -> Iterable[Finding]:
    """Each amount column of the comparison table whose items do not add up to its 合计 row."""
    table = report.budget_comparison
    if table is None:
        return
    nested = any("小计" in item or item.startswith("其中") for item in table.items)
    for kind, col in table.columns.items():
        if col.total is None or not col.complete or not col.items:
            continue
        items_sum = round(sum(col.items), 6)
        if abs(items_sum - col.total) <= _TOLERANCE:
            continue
        yield ctx.finding(
            rule_id, "warning" if nested else "error",
            f"建议预算数与申请数对比表中，“{col.header}”列各项之和为{fmt_wan(items_sum)}，"
            f"与合计行的{fmt_wan(col.total)}不一致" + ("（表中有小计或“其中”行，请人工核对）。" if nested else "。"),
            evidence=col.total_text, location=located(report, col.location),
            suggestion=f"请核对对比表各项的{_COLUMN_NAMES.get(kind, '金额')}和合计，并使建议预算控制数与之一致。",
        )


def figure_findings(ctx: CheckContext, report: AppraisalReport, rule_id: str) -> Iterable[Finding]:
    """A recommended budget above the request: a contradiction when the report also states a cut."""
    rec, req, cut = report.recommended_budget, report.requested_amount, report.reduction
    if rec is None or rec.value_wan is None:
        return
    if req is None or req.value_wan is None:
        yield ctx.finding(
            rule_id, "warning",
            f"读到建议预算控制数{fmt_wan(rec.value_wan)}，但未能读出申请金额，未核对两者的大小和核减额，请人工核对。",
            evidence=rec.raw, location=located(report, rec.location),
            suggestion="请在报告中写明申请资金总额，并列明建议预算控制数与申请数的差额及理由。",
        )
        return
    if rec.value_wan <= req.value_wan + _TOLERANCE:
        return
    certain = requested_from_total_field(req) and cut is not None and cut.value_wan is not None and cut.value_wan > 0
    stated = f"，却写明核减{fmt_wan(cut.value_wan)}" if cut is not None and cut.value_wan else ""
    source = "" if requested_from_total_field(req) else f"（申请金额取自“{req.raw}”，可能只是其中一项资金，请核对）"
    yield ctx.finding(
        rule_id, "error" if certain else "warning",
        f"建议预算控制数（{fmt_wan(rec.value_wan)}）高于申请金额（{fmt_wan(req.value_wan)}）{stated}{source}。",
        evidence=rec.raw, location=located(report, rec.location),
        suggestion="建议预算控制数不应高于申请数：请核对建议数、申请数和核减金额，使申请数−核减数=建议数。",
    )
