"""The few facts of a checked document that later stages need without re-reading the file.

Stored with the review (``CheckResult.meta['facts']``): the project page, the 结果应用 workbook and the
disclosure export read them. Self-evaluations keep both the stated and the recomputed total and grade.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from review_assistant.checks.base import CheckContext
from review_assistant.checks.evaluation import scoring as S
from review_assistant.extract.cycle_models import MonitoringTable, SelfEvaluation
from review_assistant.extract.models import GoalSheet, Indicator, indicators_by_row
from review_assistant.extract.report import AppraisalReport


def _num(value: Decimal | None) -> str | None:
    return None if value is None else f"{S.cents(value):.2f}"


def document_facts(ctx: CheckContext) -> dict[str, Any]:
    report = ctx.cycle
    if isinstance(report, SelfEvaluation):
        from review_assistant.checks.evaluation.rules import recomputed_total

        bands = ctx.settings.cycle.grade_bands
        total = report.total.value if report.total else None
        recomputed = recomputed_total(report) if report.form == "table" else None
        return {
            "stage": "self_evaluation", "evaluation_type": report.evaluation_type,
            "total": _num(total), "grade": report.grade.value[:1] if report.grade else None,
            "grade_by_total": S.grade_for(total, bands) if total is not None else None,
            "recomputed_total": _num(recomputed),
            "recomputed_grade": S.grade_for(recomputed, bands) if recomputed is not None else None,
            "problems": problems.value if (problems := report.narrative.get("problems")) else None,
        }
    if isinstance(report, MonitoringTable):
        base = report.base_budget
        rate = S.execution_rate(report.executed.value, base.value) if report.executed and base \
            and report.executed.value is not None and base.value is not None else None
        return {"stage": "monitoring_table", "month": report.month, "rate": _num(rate)}
    facts: dict[str, Any] = {"stage": ctx.kind}
    appraisal = ctx.report
    if isinstance(appraisal, AppraisalReport):
        facts["conclusion"] = appraisal.conclusion.term if appraisal.conclusion else None
        facts["score"] = appraisal.score.value if appraisal.score else None
    sheet = ctx.goal_sheet
    if sheet is not None:
        facts.update(_sheet_facts(sheet))
    sheets: list[GoalSheet] = ctx.meta.get("goal_sheets") or []
    if len(sheets) > 1:
        # Several projects in one file: each carries its own funds, goal and indicators; the file's indicators are
        # all of them (the first project's figures stay at the top, as for the document's project name).
        facts["projects"] = [{"project_name": s.project_name, "label": s.project_label, **_sheet_facts(s)} for s in sheets]
        facts["indicators"] = [row for p in facts["projects"] for row in p["indicators"]]
    return facts


def _sheet_facts(sheet: GoalSheet) -> dict[str, Any]:
    return {
        "total_wan": sheet.total_wan(),
        "annual_goal": sheet.annual_goal.value if sheet.annual_goal else "",
        "indicators": _indicator_facts(sheet.annual_indicators() or sheet.indicators),
    }


def _indicator_facts(indicators: list[Indicator]) -> list[list[str]]:
    """One row per indicator; a table with a value column per village gives one row with each place's target."""
    return [[row[0].level1, row[0].level2, row[0].level3,
             "；".join(f"{i.place}：{i.target}" if i.place else i.target for i in row)]
            for row in indicators_by_row(indicators)]
