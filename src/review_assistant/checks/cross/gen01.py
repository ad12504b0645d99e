"""GEN-01: a new (or expired-and-continued) project at or above the threshold needs an ex-ante report.

Decided per batch: a goal sheet that meets the conditions and has no appraisal report of the same
project among the files checked together is flagged.
"""

from __future__ import annotations

from collections.abc import Iterable

from review_assistant.checks.base import CheckContext, GoalSheetRule, register
from review_assistant.checks.cross.pairing import partners
from review_assistant.checks.goal_sheet.common import row_text
from review_assistant.checks.models import Finding
from review_assistant.extract.models import GoalSheet
from review_assistant.extract.report_text import parse_period
from review_assistant.extract.values import fmt_wan

_NEW = ("新增", "新设", "新建", "新出台")
_CONTINUING = ("延续", "持续", "续建", "经常性")


@register
class GEN01ReportRequired(GoalSheetRule):
    rule_id = "GEN-01"
    kinds = frozenset({"goal_sheet"})
    needs_batch = True

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        total = sheet.total_wan()
        threshold = ctx.settings.review.ex_ante_threshold_wan
        if total is None or total < threshold:
            return
        attribute = sheet.field_value("attribute")
        why = ""
        if any(w in attribute for w in _NEW):
            why = f"项目属性为“{attribute}”"
        elif any(w in attribute for w in _CONTINUING):
            period = parse_period(sheet.field_value("period"))
            if period is not None and period[1][0] < ctx.fiscal_year:
                why = f"延续项目实施期已于{period[1][0]}年结束、拟继续安排资金"
        if not why:
            return
        if any(p.other.kind == "appraisal_report" for p in partners(ctx)):
            return
        total_field = sheet.funds.get("total")
        evidence = (row_text(ctx, total_field.location) or total_field.raw) if total_field else ""
        yield ctx.finding(
            self.rule_id, "warning",
            f"{why}，年度资金{fmt_wan(total)}达到事前绩效评估金额标准（{fmt_wan(threshold)}），"
            "但本批次未见同一项目的事前绩效评估报告。",
            evidence=evidence, location=total_field.location if total_field else None,
            suggestion="请随申报表一并提交该项目的事前绩效评估报告；未开展事前绩效评估的项目不得纳入项目库和预算。",
        )
