"""GS-02 on a goal sheet's budget table: the 预算明细 lines (or a department's task budgets) against their own
合计 row and against the sheet's funds total."""

from __future__ import annotations

from collections.abc import Iterable

from review_assistant.checks.base import CheckContext
from review_assistant.checks.goal_sheet.common import row_text
from review_assistant.checks.models import Finding
from review_assistant.extract import labels as L
from review_assistant.extract.models import GoalSheet
from review_assistant.extract.report_budget import GUESSED_GROUPS, BudgetTable
from review_assistant.extract.values import fmt_wan, rounding_tolerance

_TOLERANCE = 0.005


def detail_findings(ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
    detail = sheet.budget_detail
    if detail is None or not detail.items:
        return
    what = {"tasks": "各项任务预算", "economic": "项目支出明细（按经济分类）各项",
            "allocation": "资金分配表各地金额"}.get(sheet.budget_detail_kind, "预算明细各项")
    items = detail.items
    unread = [ln.item for ln in items if ln.amount_wan is None]
    items_sum = detail.items_sum()
    note = f"（其中{'、'.join(unread[:3])}的金额未能读出，请人工核对。）" if unread else ""
    stated = detail.total.amount_wan if detail.total is not None else None
    # In a report, the 测算表's own arithmetic (lines, subtotals, 合计) is EA-ECO-01's; here only the funds total.
    own_table = ctx.report is None or not any(t.location == detail.location for t in ctx.report.budget_tables)
    if own_table:
        yield from _subtotal_findings(ctx, detail)
    if detail.total is not None and stated is not None and abs(stated - items_sum) > _TOLERANCE \
            and not (detail.groups() and abs(stated - detail.top_sum()) <= _TOLERANCE):
        if own_table:
            yield ctx.finding(
                "GS-02", "error" if not unread else "warning",
                f"{what}相加为{fmt_wan(items_sum)}，但合计行写{fmt_wan(stated)}。" + note,
                evidence=detail.total.evidence, location=detail.total.location,
                suggestion="请重新核对明细各项金额和合计，使合计等于各项之和，并与资金总额一致。",
            )
        return
    if stated is not None:
        items_sum = stated  # the 合计 agrees with its lines (or with its subtotals, checked above)
    total = sheet.funds.get("total")
    project = sheet.expenditure.get("project")
    if sheet.budget_detail_kind == "tasks" and project is not None and project.value_wan is not None:
        total = project  # a department's tasks are its 项目支出, not its whole budget
    allocation = sheet.budget_detail_kind == "allocation"
    if allocation and sheet.form == "project_row":
        return  # one place's project of a notice: the allocation table is the whole notice's
    columns = _fund_column_gaps(sheet) if allocation else ""
    if total is not None and total.value_wan is not None and not columns and _TOLERANCE < \
            abs(total.value_wan - items_sum) <= rounding_tolerance(total.value_wan, total.unit):
        yield ctx.finding(
            "GS-02", "warning",
            f"{total.label or '资金总额'}为{fmt_wan(total.value_wan)}，{what}合计{fmt_wan(items_sum)}，"
            f"相差{fmt_wan(abs(total.value_wan - items_sum))}，在金额四舍五入的误差范围内，可能是尾差，请核对是否需要调整一致。"
            + note,
            evidence=(detail.total or items[-1]).evidence, location=(detail.total or items[-1]).location,
            suggestion="请核对明细各项金额的取舍，使明细合计与资金总额一致。",
        )
        return
    if total is None or total.value_wan is None or abs(total.value_wan - items_sum) <= _TOLERANCE:
        if columns and total is not None and total.value_wan is not None:
            # The annex adds up to the sheet's total, yet a source column of it does not match the same source above.
            yield ctx.finding(
                "GS-02", "warning",
                f"资金分配表各地金额合计与{total.label or '资金总额'}（{fmt_wan(total.value_wan)}）一致，但分来源的合计与表头不符："
                f"{columns}。请核对表头各来源金额和分配表。",
                evidence=(detail.total or items[-1]).evidence, location=(detail.total or items[-1]).location,
                suggestion="请核对表头的中央、省、市县等各级资金与分配表各栏合计，使两者一致。",
            )
        return
    # Certain only when every amount was read, the table closes with its own 合计 row (so it claims to be
    # complete) and every fund label was recognised; otherwise the lines may cover only part of the budget.
    certain = not unread and detail.total is not None and not sheet.unknown_fund_labels
    label = total.label or "资金总额"
    msg = f"{label}为{fmt_wan(total.value_wan)}，{what}合计{fmt_wan(items_sum)}，两者不一致。"
    if allocation:
        # A notice may allocate more (or other) money than the one goal table it sends out, and a region's annex may
        # leave out what the city keeps for itself.
        certain = False
        msg += (f"分来源看：{columns}。" if columns else "")
        msg += "（分配表可能还列有本目标表以外的资金，或未列本级留用、待分配的部分，请人工核对。）"
    elif not certain and not unread:
        msg += "（该表没有合计行，可能只列出了部分任务或明细，请人工核对。）"
    elif certain and sheet.budget_detail_kind == "economic":
        # A detail by economic classification may list one source only, or be written in another unit.
        sources = sheet.source_amounts()
        if not detail.amount_unit_written or detail.amount_unit != total.unit:
            certain = False
            written = f"为{detail.amount_unit}" if detail.amount_unit_written else f"未写明，按{detail.amount_unit}计"
            msg += f"（明细金额单位{written}，资金总额按{total.unit}计，请核对金额单位。）"
        elif any(abs((f.value_wan or 0.0) - items_sum) <= _TOLERANCE for f in sources):
            certain = False
            msg += "（明细合计与其中一项资金来源相等，可能只列了该来源的支出，请人工核对。）"
    yield ctx.finding(
        "GS-02", "error" if certain else "warning", msg + note,
        evidence=(detail.total or items[-1]).evidence, location=(detail.total or items[-1]).location,
        suggestion="请核对预算明细（或各项任务的预算金额），使其合计与资金总额一致。",
    )


def _subtotal_findings(ctx: CheckContext, detail: BudgetTable) -> Iterable[Finding]:
    """A subtotal row ("一、保洁服务 | 33.12") that differs from the sum of its own lines."""
    for sub, kids in detail.groups():
        if sub.amount_wan is None or any(k.amount_wan is None for k in kids):
            continue
        kids_sum = round(sum(k.amount_wan or 0.0 for k in kids), 6)
        if abs(kids_sum - sub.amount_wan) <= _TOLERANCE:
            continue
        names = "、".join(f"{k.item or k.serial}{fmt_wan(k.amount_wan or 0.0)}" for k in kids[:6])
        yield ctx.finding(
            "GS-02", "error" if detail.priced else "warning",
            f"预算明细“{sub.item or sub.serial}”小计为{fmt_wan(sub.amount_wan)}，其下各项（{names}）之和为"
            f"{fmt_wan(kids_sum)}，不一致" + ("。" if detail.priced else GUESSED_GROUPS),
            evidence=sub.evidence, location=sub.location,
            suggestion="请核对该组明细各项金额和小计，使小计等于本组各项之和。",
        )


def _fund_column_gaps(sheet: GoalSheet) -> str:
    """Where an allocation table's per-source 合计 (其中：中央补助, 省级资金 …) differs from the sheet's source of the same
    name: "“市县资金”栏合计130.00万元，表头为80.00万元", joined; '' when they agree or cannot be paired."""
    detail = sheet.budget_detail
    if detail is None:
        return ""
    gaps: list[str] = []
    for head, value in detail.fund_totals.items():
        own = next((f for f in sheet.funds.values()
                    if f.value_wan is not None and L.norm_label(f.label) == L.norm_label(head)), None)
        if own is not None and own.value_wan is not None and abs(own.value_wan - value) > _TOLERANCE:
            gaps.append(f"“{L.norm_label(head)}”栏合计{fmt_wan(value)}，表头为{fmt_wan(own.value_wan)}")
    return "；".join(gaps)


def expenditure_findings(ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
    """A department sheet's 支出构成 (基本支出 + 项目支出) against its own 合计 and against the 收入 合计."""
    spent = sheet.expenditure
    total = spent.get("total")
    parts = [f for k, f in spent.items() if k != "total"]
    if not parts or any(f.value_wan is None for f in parts):
        return
    parts_sum = round(sum(f.value_wan or 0.0 for f in parts), 6)
    names = "、".join(f"{f.label}{fmt_wan(f.value_wan or 0.0)}" for f in parts)
    income = sheet.funds.get("total")
    whole = total if total is not None and total.value_wan is not None else income
    if whole is None or whole.value_wan is None:
        return
    unknown = [f.label for f in parts if L.norm_label(f.label) not in {"基本支出", "项目支出"}]
    slip = [f for f in parts if whole.value_wan > 0 and (f.value_wan or 0.0) >= whole.value_wan * 100]
    if slip:
        part = slip[0]
        as_yuan = round((part.value_wan or 0.0) / 10000, 6)
        fits = abs(parts_sum - (part.value_wan or 0.0) + as_yuan - whole.value_wan) <= _TOLERANCE
        tail = (f"按元折合{fmt_wan(as_yuan)}后各项之和与合计相符，应是按元填写" if fits else "可能是元与万元混用")
        yield ctx.finding(
            "GS-02", "warning",
            f"支出构成中“{part.label}”填“{part.raw}”，按{part.unit}计为{fmt_wan(part.value_wan or 0.0)}，"
            f"远大于支出合计{fmt_wan(whole.value_wan)}；{tail}，请核对金额单位。",
            evidence=row_text(ctx, part.location) or part.raw, location=part.location,
            suggestion="请统一按表头的金额单位（万元）填写支出构成各项，使基本支出与项目支出之和等于合计。",
        )
        return
    if abs(parts_sum - whole.value_wan) > _TOLERANCE:
        yield ctx.finding(
            "GS-02", "error" if not unknown and whole is total else "warning",
            f"支出构成各项（{names}）合计{fmt_wan(parts_sum)}，与{whole.label}{fmt_wan(whole.value_wan)}不一致。",
            evidence=row_text(ctx, whole.location) or whole.raw, location=whole.location,
            suggestion="请核对基本支出、项目支出和支出合计，使各项之和等于合计。",
        )
    elif total is not None and income is not None and income.value_wan is not None \
            and abs(whole.value_wan - income.value_wan) > _TOLERANCE:
        yield ctx.finding(
            "GS-02", "warning",
            f"支出合计{fmt_wan(whole.value_wan)}与收入合计{fmt_wan(income.value_wan)}不一致，部门预算收支应平衡。",
            evidence=row_text(ctx, whole.location) or whole.raw, location=whole.location,
            suggestion="请核对收入构成和支出构成的合计。",
        )
