"""GS-10 (时效 within the budget year; long-term vs annual kept apart) and GS-15 (prospective wording)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from review_assistant.checks.base import CheckContext, GoalSheetRule, register
from review_assistant.checks.goal_sheet.common import indicator_label
from review_assistant.checks.goal_sheet.periods import period_indicator_findings
from review_assistant.checks.models import Finding
from review_assistant.extract.models import GoalSheet, Indicator, TextField

_TIME_NAME = re.compile(r"时间|时限|及时|期限|进度|工期|周期|完成日期|竣工")
_YEARS = re.compile(r"((?:19|20)\d{2})")


def _is_timeliness(ind: Indicator) -> bool:
    return ind.sub_family == "时效" or bool(_TIME_NAME.search(ind.level3))


@register
class GS10TimelinessInYear(GoalSheetRule):
    rule_id = "GS-10"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        year = ctx.fiscal_year
        start, end = date(year, 1, 1), date(year, 12, 31)
        for ind in sheet.indicators:
            if ind.period != "annual":
                continue
            if ind.date_value is not None and _is_timeliness(ind) and not start <= ind.date_value <= end:
                # Certain only when the budget year was read or given, not when the default year stands in
                # or the year is only the one a project's name starts with.
                guessed = sheet.fiscal_year is None and (ctx.report is None or ctx.report.fiscal_year is None)
                by_name = not guessed and sheet.fiscal_year == year and sheet.fiscal_year_source == "project_name"
                # Read from a column that names another year (no column of the budget year): said below, not certain here.
                off_column = ind.column_year is not None and ind.column_year != year
                d = ind.date_value
                # "次年3月前", "第四季度": say which date the words stand for.
                resolved = "" if _YEARS.search(ind.value_text) else f"（即{d.year}年{d.month}月{d.day}日）"
                yield ctx.finding(
                    self.rule_id, "warning" if guessed or by_name or off_column else "error",
                    f"年度时效指标{indicator_label(ind)}的完成时间“{ind.value_text}”{resolved}不在{year}年度内"
                    + ("（预算年度未能从文件中确定，按默认年度比较）。" if guessed else
                       "（预算年度是按项目名称中的年份推定的，请核对）。" if by_name else
                       f"（指标值读自“{ind.column_label}”列，不是预算年度的列，请核对）。" if off_column else "。"),
                    evidence=ind.evidence, location=ind.location,
                    suggestion=f"年度指标的完成时间应在{year}年12月31日前；跨年度的任务请列入中长期目标，"
                    "并按年度分解本年度应完成的部分。",
                )
            elif re.search(r"长期|中长期|\d{4}\s*[-—至~]\s*\d{4}", ind.value_text) and not _durable_state(ind):
                # A 时效 row of the year's table whose whole target is "长期": no date or time limit within the year.
                certain = ind.sub_family == "时效" and bool(_LONG_ONLY.match(ind.value_text.strip()))
                yield ctx.finding(
                    self.rule_id, "error" if certain else "warning",
                    f"年度指标{indicator_label(ind)}的指标值“{ind.value_text}”是长期表述，与年度目标混淆"
                    + ("：时效指标应写本年度内的完成时间或时限，“长期”不是年度内可考核的时间。" if certain else "。"),
                    evidence=ind.evidence, location=ind.location,
                    suggestion="请在年度指标中填写本年度可完成的目标值，长期目标单独填写在中长期指标表中。",
                )
        yield from _column_year_findings(ctx, sheet, year)
        period = sheet.fields.get("period")
        years = sorted({int(y) for y in _YEARS.findall(period.value)}) if period else []
        multi_year = len(years) >= 2 and years[-1] > years[0]
        has_long = sheet.long_term_goal is not None or any(i.period == "long_term" for i in sheet.indicators)
        if multi_year and not has_long and period is not None:
            yield ctx.finding(
                self.rule_id, "warning",
                f"项目期限为多年（{period.value}），但未填报中长期绩效目标。",
                evidence=period.value, location=period.location,
                suggestion="跨年度项目应分别填报中长期目标和年度目标，年度目标是中长期目标的分解。",
            )
        yield from period_indicator_findings(ctx, sheet)


def _column_year_findings(ctx: CheckContext, sheet: GoalSheet, year: int) -> Iterable[Finding]:
    """Values read from a column naming a year other than the budget year (no column of the budget year was found)."""
    off = [i for i in sheet.indicators if i.period == "annual" and i.column_year is not None and i.column_year != year]
    if not off:
        return
    first = off[0]
    yield ctx.finding(
        "GS-10", "warning",
        f"指标表按年度分列指标值，但没有与预算年度（{year}年）对应的列，指标值是按“{first.column_label}”列读取的，"
        "未能确定哪一列是本年度的指标值；据此作出的时效等判断只作提示。",
        evidence=first.column_label, location=first.location,
        suggestion=f"请核对预算年度和指标值列的年度，写明{year}年度的指标值。",
    )


_LONG_ONLY = re.compile(r"^[=≥≤]?\s*(?:长期|中长期|长期有效|长期坚持|长期持续)$")


# "长期稳定运行" as the value of a 可持续影响 row says what lasts (a state), not a long-term target in the year's table.
_DURABLE = re.compile(r"^长期(?!目标|指标|规划|计划)[\u4e00-\u9fff]{1,8}$")


def _durable_state(ind: Indicator) -> bool:
    return ind.sub_family == "可持续" and ind.qualitative and bool(_DURABLE.match(ind.value_text.strip()))


# "已建成的3.2万亩农田" describes the object a plan works on ("对已建成的……开展管护"), not a result: not followed by 的.
_PAST = re.compile(
    r"(?:已(?:经)?(?:完成|实现|达到|达成|建成|覆盖|开展|落实|全部|累计|超过|投入使用)|均已|均超过|已于\d|完成了|实现了|达到了|取得了)"
    r"(?!的)"
)
_CLAUSE_SPLIT = re.compile(r"[。；;！!\n]")


# A plan stated on top of past work ("在已完成一期的基础上，计划…") is prospective.
_BUILT_ON = re.compile(r"在[^。；]{0,30}(?:基础上|之后|以后)|(?:计划|预计|拟|力争|争取)[^。；]{0,6}(?:完成|实现|达到)")


def _past_clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_SPLIT.split(text)
            if c.strip() and _PAST.search(c) and not _BUILT_ON.search(c)]


# 已 + a verb of work done before the figure ("已消除42处", "已整改隐患点15处", "已更换1800盏"): in a target cell the
# figure is stated as reached. Only with the figure: "已改造路段" names an object, and "消除42处" (no 已) is a plan.
_DONE_VERB = r"已(?:经)?(?:消除|解决|整改|修复|改造|治理|更换|安装|修缮|清理|拆除|处置|办结|化解)"
_PAST_FIGURE = re.compile(rf"(?:{_PAST.pattern}|{_DONE_VERB}[\u4e00-\u9fff]{{0,6}}?)" + r"\s*[≥≤>=<]?\s*\d")


def _past_figure(value: str) -> bool:
    """A short target cell whose figure follows a past marker ("已完成180", "≥均超过95%", "已消除42处"), with no plan
    word."""
    text = value.strip()
    return len(text) <= 20 and bool(_PAST_FIGURE.search(text)) and not _BUILT_ON.search(text)


@register
class GS15Prospective(GoalSheetRule):
    rule_id = "GS-15"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        goals: list[TextField] = [g for g in (sheet.annual_goal, sheet.long_term_goal) if g is not None]
        for goal in goals:
            for clause in _past_clauses(goal.value)[:3]:
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"绩效目标中“{clause[:40]}”是已完成的事实表述，不是对本期预期结果的描述。",
                    evidence=clause, location=goal.location,
                    suggestion="绩效目标应写预期达到的产出和效果（如“计划完成…”“预计达到…”），已取得的成绩可放在立项依据中说明。",
                )
        for ind in sheet.indicators:
            if _PAST.search(ind.value_text) or _PAST.search(ind.level3) or _past_figure(ind.value_text):
                # Certain when the target cell itself states the figure as reached ("已完成180", "均超过95%").
                certain = _past_figure(ind.value_text)
                yield ctx.finding(
                    self.rule_id, "error" if certain else "warning",
                    f"指标{indicator_label(ind)}使用了已完成的表述"
                    + (f"：指标值“{ind.value_text.strip()}”把目标值写成了已经达到的结果，不是本期预期目标，"
                       "也无法据此考核。" if certain else "。"),
                    evidence=ind.evidence, location=ind.location,
                    suggestion="指标值应为本期预期达到的目标值，请改为预期式表述。",
                )
