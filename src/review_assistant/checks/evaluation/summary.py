"""EV-02 and EV-04 on a department's 项目自评汇总表 (``SelfEvaluation.projects``; ``form == "summary"`` when it is the whole form).

Each project row and the 合计 row: 执行率 = 全年执行数 ÷ 调整后预算数 (年初预算数 when no adjusted budget is filled in);
the 合计 amounts are the sums of the project rows; each project's 自评等级 follows its 自评得分 by the grade bands. The
department's overall 总分/等级 sentence is checked by EV-04's own total/grade comparison.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from review_assistant.checks.base import CheckContext
from review_assistant.checks.evaluation import scoring as S
from review_assistant.checks.models import Finding
from review_assistant.extract.cycle_models import Amount, ProjectScore, SelfEvaluation


def _who(row: ProjectScore, ev: SelfEvaluation) -> str:
    return "合计行" if row is ev.projects_total else f"项目“{row.name}”"


def summary_rates(ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
    """EV-02: every stated 执行率 of the summary recomputed, and the 合计 amounts against the project rows."""
    rows = [*ev.projects, *([ev.projects_total] if ev.projects_total is not None else [])]
    for row in rows:
        base = row.base_budget
        if base is None or base.value is None or row.executed is None or row.executed.value is None \
                or row.rate is None or row.rate.value is None:
            continue
        rate = S.execution_rate(row.executed.value, base.value)
        if rate is None or S.agrees(S.as_percent(row.rate.value, rate), rate):
            continue
        total = "合计" if row is ev.projects_total else ""
        yield ctx.finding("EV-02", "error", f"{_who(row, ev)}执行率填{row.rate.raw}，但{total}全年执行数{row.executed.raw}÷"
                          f"{total}{base.label}{base.raw}={S.fmt(rate)}%。", evidence=row.rate.raw,
                          location=row.rate.location, suggestion="按“全年执行数÷调整后预算数”重算执行率。")
    if ev.projects_total is not None:
        yield from _sums(ctx, ev, ev.projects_total)


def _sums(ctx: CheckContext, ev: SelfEvaluation, total: ProjectScore) -> Iterable[Finding]:
    """The 合计 row's amounts against the sum of the project rows read (a warning: a row may not have been read)."""
    for key in ("initial", "budget", "executed"):
        stated: Amount | None = getattr(total, key)
        values = [getattr(p, key) for p in ev.projects]
        if stated is None or stated.value is None or any(a is None or a.value is None for a in values):
            continue
        summed = sum((a.value for a in values if a is not None and a.value is not None), Decimal(0))
        if not S.same(summed, stated.value):
            yield ctx.finding("EV-02", "warning", f"合计行“{stated.label}”填{stated.raw}，但读出的{len(values)}个项目之和为"
                              f"{S.fmt(summed)}。（如表格跨页或有未读出的行，请核对。）", evidence=stated.raw,
                              location=stated.location, suggestion="核对合计行，使其等于各项目之和。")


def summary_grades(ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
    """EV-04: each project's 自评等级 against its 自评得分."""
    bands = ctx.settings.cycle.grade_bands
    floors = S.grade_floors(bands)
    for row in ev.projects:
        if row.score is None or row.score.value is None or row.grade[:1] not in set("优良中差"):
            continue
        want = S.grade_for(row.score.value, bands)
        if row.grade[:1] != want:
            yield ctx.finding("EV-04", "error", f"{_who(row, ev)}自评得分{row.score.raw}分，对应等级“{want}”（{floors}），"
                              f"表内填“{row.grade}”。", evidence=row.evidence, location=row.location,
                              suggestion="按评价等级分数线改正该项目的自评等级。")
