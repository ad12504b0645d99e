"""GS-13: the cost indicator is meaningful and does not exceed the budget (minding 元/万元/亿元)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from review_assistant.checks.base import CheckContext, GoalSheetRule, register
from review_assistant.checks.goal_sheet.common import MONEY_UNITS, indicator_label, is_economic_cost
from review_assistant.checks.models import Finding
from review_assistant.extract.models import GoalSheet, Indicator
from review_assistant.extract.values import fmt_wan

_AMOUNT = re.compile(r"\d[\d,，.]*\s*(?:亿元|万元|千元|元|万)")
_BOILERPLATE = re.compile(r"不超(过)?预算|控制在预算|预算(范围)?内|符合(相关|有关)?规定|按规定|合理|严格控制|节约")
# The whole value is a formula that promises nothing checkable ("不超预算", "符合相关规定", "控制在预算范围内").
_ONLY_BOILERPLATE = re.compile(
    r"^[≤<=＜]?\s*(?:不超(?:过|出)?(?:项目)?预算(?:金额|数)?|控制在(?:项目)?预算(?:范围)?(?:以内|内|之内)|在预算(?:范围)?(?:以内|内|之内)"
    r"|符合(?:相关|有关|国家|上级)?(?:规定|标准|要求)|按(?:相关|有关)?规定(?:执行|控制)?|严格(?:按预算)?控制)[。.]?$")


def cost_text_problem(ind: Indicator) -> str | None:
    """What is wrong with a money cost indicator whose value has no number (None when it has one, or when its text
    may hold an amount the reader did not parse): it only says "不超预算"/"符合相关规定", or it is a sentence with
    no amount. GS-13 reports it; GS-06 leaves these cells to GS-13 (one finding per cell)."""
    if not is_economic_cost(ind) or ind.number is not None:
        return None
    written = ind.value_text.strip() or ind.level3
    if _BOILERPLATE.search(ind.value_text) or _BOILERPLATE.search(ind.level3):
        return f"成本指标{indicator_label(ind)}只写了“{written}”，没有具体金额或单位成本"
    if ind.value_text.strip() and ind.date_value is None and not _AMOUNT.search(written):
        # A sentence ("按照资金测算控制各项成本", "严格按项目资金落实工作"): no amount to check.
        return f"成本指标{indicator_label(ind)}写的是文字“{written}”，没有读到金额或单位成本，无法核对是否控制在预算内"
    return None


def _only_boilerplate(ind: Indicator) -> bool:
    return bool(_ONLY_BOILERPLATE.match(re.sub(r"\s+", "", ind.value_text)))


@register
class GS13CostMeaningful(GoalSheetRule):
    rule_id = "GS-13"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        total = sheet.total_wan()
        costs = [i for i in sheet.indicators if is_economic_cost(i)]
        # Certain when the formula is all the cost content the sheet has: no cost row anywhere gives an amount.
        no_amount = all(i.number is None and not _AMOUNT.search(i.value_text) for i in costs)
        for ind in costs:
            problem = cost_text_problem(ind)
            if problem is not None:
                certain = no_amount and _only_boilerplate(ind)
                yield ctx.finding(
                    self.rule_id, "error" if certain else "warning",
                    problem + ("；表中也没有其他写明金额的成本指标，成本目标无法考核。" if certain else "。"),
                    evidence=ind.evidence, location=ind.location,
                    suggestion="请填写具体的成本控制目标，如“项目总成本≤120万元”“单位面积改造成本≤350元/平方米”，并写明测算依据。",
                )
                continue
            if ind.number is None:
                continue
            factor = MONEY_UNITS.get(ind.unit or "")
            if factor is None or total is None or ind.period != "annual":
                continue  # unit costs (元/人) and long-term totals are not compared with the annual budget
            value_wan = ind.number * factor
            if ind.sign in {"≤", "<", "=", None} and value_wan > total + 0.005:
                # A total of 0 is itself the defect (GS-02): which of the two amounts is wrong is not certain.
                yield ctx.finding(
                    self.rule_id, "error" if total > 0 else "warning",
                    f"成本指标{indicator_label(ind)}为{ind.value_text}（折合{fmt_wan(value_wan)}），"
                    f"超过年度资金总额{fmt_wan(total)}。" + ("" if total > 0 else "（资金总额填为0，请先核对资金总额。）"),
                    evidence=ind.evidence, location=ind.location,
                    suggestion="成本指标不应超过申请的预算金额，请核对金额单位（元/万元）和测算口径。",
                )
