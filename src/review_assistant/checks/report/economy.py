"""EA-ECO-01: the budget calculation adds up (数量 × 单价 = 金额; items sum to the total; total = request).

All arithmetic is done in 万元 after reading each column's unit, so a table with prices in 元 and
amounts in 万元 is compared correctly, and a line that is off by exactly 10,000 is reported as a
probable 元/万元 mix-up rather than a plain arithmetic error.
"""

from __future__ import annotations

from collections.abc import Iterable

from review_assistant.checks.base import CheckContext, ReportRule, register
from review_assistant.checks.models import Finding
from review_assistant.checks.report.common import located
from review_assistant.extract.report import AppraisalReport, BudgetLine, BudgetTable
from review_assistant.extract.report_budget import GUESSED_GROUPS
from review_assistant.extract.values import fmt_wan
from review_assistant.extract.values import rounding_tolerance as _tolerance


@register
class EAECO01BudgetArithmetic(ReportRule):
    rule_id = "EA-ECO-01"

    def check(self, ctx: CheckContext, report: AppraisalReport) -> Iterable[Finding]:
        # An expert opinion that scores 投入经济性 in its table judged the report's calculation; it carries none itself.
        scored = report.opinion_form and report.section("economy") is not None
        priced = any(ln.quantity is not None and ln.unit_price_wan is not None
                     for t in report.budget_tables for ln in t.items)
        if report.opinion_form and not scored and not priced:
            # The calculation table belongs to the report (or application) the experts reviewed: not to the opinion.
            yield ctx.finding(
                self.rule_id, "info",
                "本文件是专家评审意见，未附预算测算表；“数量×单价（标准）=金额”的测算表要求针对所评审的事前绩效评估报告"
                "（或申报材料），不适用于评审意见，本项未核对。",
                suggestion="请在所评审的事前绩效评估报告中核对预算测算表；评审意见核减金额的，写明核减依据。",
            )
        elif not scored and not priced:
            section = report.section("economy") or report.section("funding")
            yield ctx.finding(
                self.rule_id, "warning",
                "报告未按“数量×单价（标准）=金额”逐项列示预算明细"
                + ("（测算表缺少数量或单价）。" if report.budget_tables else "（未见预算测算表）。"),
                evidence=section.heading if section else "", location=section.location if section else None,
                suggestion="请附预算测算表，逐项列明支出内容、数量、单价（标准）、金额和测算依据，各项之和等于申请金额。",
            )
        for table in report.budget_tables:
            yield from self._lines(ctx, report, table)
            yield from self._sum(ctx, report, table)
            yield from self._sources(ctx, report, table)
        yield from self._request(ctx, report)

    def _lines(self, ctx: CheckContext, report: AppraisalReport, table: BudgetTable) -> Iterable[Finding]:
        for line in table.items:
            if line.quantity is None or line.unit_price_wan is None or line.amount_wan is None:
                continue
            expected = line.quantity * line.unit_price_wan
            if abs(expected - line.amount_wan) <= _tolerance(line.amount_wan, table.amount_unit):
                continue
            ratio = line.amount_wan / expected if expected else 0.0
            mixup = any(abs(ratio - f) / f < 0.01 for f in (10000.0, 0.0001, 10.0, 0.1))
            hint = "，相差整数倍，疑似元与万元（或小数点）混用" if mixup else ""
            yield ctx.finding(
                self.rule_id, "error",
                f"预算明细“{line.item}”：数量{line.quantity_text}×单价{line.price_text}（{table.price_unit}）"
                f"应为{fmt_wan(expected)}，表中金额为{line.amount_text}（{table.amount_unit}），"
                f"即{fmt_wan(line.amount_wan)}{hint}。",
                evidence=line.evidence, location=located(report, line.location),
                suggestion="请按“数量×单价（标准）=金额”核对该项测算，注意单价与金额的计量单位（元/万元）。",
            )

    def _sum(self, ctx: CheckContext, report: AppraisalReport, table: BudgetTable) -> Iterable[Finding]:
        for sub, kids in table.groups():
            if sub.amount_wan is None or any(k.amount_wan is None for k in kids):
                continue
            kids_sum = round(sum(k.amount_wan or 0.0 for k in kids), 6)
            if abs(kids_sum - sub.amount_wan) <= _tolerance(sub.amount_wan, table.amount_unit):
                continue
            names = "＋".join(k.amount_text or fmt_wan(k.amount_wan or 0.0) for k in kids[:8])
            yield ctx.finding(
                self.rule_id, "error" if table.priced else "warning",
                f"预算明细“{sub.item or sub.serial}”小计为{sub.amount_text}（{table.amount_unit}，即{fmt_wan(sub.amount_wan)}），"
                f"其下各项{names}之和为{fmt_wan(kids_sum)}，不一致" + ("。" if table.priced else GUESSED_GROUPS),
                evidence=sub.evidence, location=located(report, sub.location),
                suggestion="请核对该组明细各项金额和小计，使小计等于本组各项之和，并相应核对合计。",
            )
        total = table.total
        items = [ln for ln in table.items if ln.amount_wan is not None]
        if total is None or total.amount_wan is None or not items:
            return
        subtotal = table.items_sum()
        tolerance = _tolerance(total.amount_wan, table.amount_unit)
        if abs(subtotal - total.amount_wan) <= tolerance or \
                (table.groups() and abs(table.top_sum() - total.amount_wan) <= tolerance):
            return  # a 合计 that adds up the written subtotals: a wrong subtotal is reported above
        yield ctx.finding(
            self.rule_id, "error",
            f"预算明细各项之和为{fmt_wan(subtotal)}，与合计行金额{total.amount_text}（{table.amount_unit}，"
            f"即{fmt_wan(total.amount_wan)}）不一致。",
            evidence=total.evidence, location=located(report, total.location),
            suggestion="请逐项核对预算明细，使各项金额之和等于合计数。",
        )

    def _sources(self, ctx: CheckContext, report: AppraisalReport, table: BudgetTable) -> Iterable[Finding]:
        """A 预算科目×资金来源 table balances both ways: each row's 合计 is the sum of its sources, and each source
        column adds up to the 合计 row's cell."""
        if not table.source_columns:
            return
        rows = [*table.items, *([table.total] if table.total is not None else [])] if table.sources_complete else []
        for line in rows:
            values = list(line.sources.values())
            if line.amount_wan is None or not values or any(v is None for v in values):
                continue
            across = round(sum(v or 0.0 for v in values), 6)
            if abs(across - line.amount_wan) <= _tolerance(line.amount_wan, table.amount_unit):
                continue
            parts = "、".join(f"{h}{fmt_wan(v or 0.0)}" for h, v in line.sources.items())
            yield ctx.finding(
                self.rule_id, "error",
                f"预算表“{line.item}”一行的合计为{fmt_wan(line.amount_wan)}，各资金来源（{parts}）之和为{fmt_wan(across)}，不一致。",
                evidence=line.evidence, location=located(report, line.location),
                suggestion="请核对该科目的合计与各资金来源金额，按科目和按来源两种口径的总计应当平衡。",
            )
        total = table.total
        if total is None:
            return
        for head in table.source_columns:
            stated = total.sources.get(head)
            column = [ln.sources.get(head) for ln in table.items]
            if stated is None or not column or any(v is None for v in column):
                continue
            down = round(sum(v or 0.0 for v in column), 6)
            if abs(down - stated) <= _tolerance(stated, table.amount_unit):
                continue
            yield ctx.finding(
                self.rule_id, "error",
                f"预算表“{head}”列各科目之和为{fmt_wan(down)}，与合计行的{fmt_wan(stated)}不一致。",
                evidence=total.evidence, location=located(report, total.location),
                suggestion="请核对该资金来源下各科目的金额和合计，按科目和按来源两种口径的总计应当平衡。",
            )

    def _request(self, ctx: CheckContext, report: AppraisalReport) -> Iterable[Finding]:
        requested = report.requested_amount
        if requested is None or requested.value_wan is None or not report.budget_tables:
            return
        table = report.budget_tables[0]
        total_line: BudgetLine | None = table.total
        if total_line is not None and total_line.amount_wan is not None:
            total, evidence, loc = total_line.amount_wan, total_line.evidence, total_line.location
        else:
            amounts = [ln.amount_wan for ln in table.items if ln.amount_wan is not None]
            if not amounts:
                return
            total, evidence, loc = sum(amounts), "", table.location
        if abs(total - requested.value_wan) <= _tolerance(requested.value_wan, requested.unit):
            return
        yield ctx.finding(
            self.rule_id, "error",
            f"预算测算合计{fmt_wan(total)}与报告所写申请金额（“{requested.raw}”，即{fmt_wan(requested.value_wan)}）不一致。",
            evidence=evidence or requested.raw, location=located(report, loc if evidence else requested.location),
            suggestion="请核对预算测算表与申请金额，二者应当一致；如经评估核减，请在结论中写明建议预算控制数和核减理由。",
        )
