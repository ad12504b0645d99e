"""A multi-year project's annual figures against its whole period's (实施期 vs 年度).

The year is a part of the period: its funds cannot exceed the period's (GS-02), and for a quantity that adds up over
the years ("新增养老床位", "新建护岸长度") neither can its target (GS-10, 年度目标 as the year's share of the 中长期
目标). Both are errors only when both figures were read with certainty; an indicator that may not add up (a level
kept each year, a per-year count) gives a warning that says so. The rules' classes call these (one check per rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from review_assistant.checks.base import CheckContext
from review_assistant.checks.goal_sheet.common import indicator_label, is_rate, row_text
from review_assistant.checks.models import Finding
from review_assistant.extract import labels as L
from review_assistant.extract.models import GoalSheet, Indicator
from review_assistant.extract.values import fmt_wan

_TOLERANCE = 0.005
_FUND_NAMES = {"total": "资金总额", "fiscal": "财政拨款", "carryover": "上年结转", "other": "其他资金"}

# Quantities that accumulate over the period: what is built, added, done or handed out ("新增养老床位", "完成生态修复河道",
# "配置设备的卫生院数", "发放补贴人次").
_CUMULATIVE = re.compile(r"新增|新建|新改建|改建|扩建|建成|累计|完成|改造|修复|修缮|治理|整治|培训|发放|种植|栽植|造林|铺设|"
                         r"硬化|安装|配置|配备|购置|采购|更新|更换|维修|救助|资助|帮扶")
# Names of a level held or counted each year, not a sum over the period: the annual figure may equal or exceed it.
_NOT_CUMULATIVE = re.compile(r"日均|月均|年均|每日|每天|每月|每年|每周|每季|平均|人均|户均|保持|保有|存量|常住|在园|在校|在读|"
                             r"在册|同时|峰值|最高|最大|容量|能力|规模|总数|总量|率|比例|占比|指数|系数|水平")
_FLOOR_SIGNS = {None, "≥", ">", "="}


def period_fund_findings(ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
    """GS-02: the annual 资金总额 (or a source) above the same figure of the 实施期 column."""
    for key in ("total", "fiscal", "carryover", "other"):
        annual, whole = sheet.funds.get(key), sheet.period_funds.get(key)
        if annual is None or whole is None or annual.value_wan is None or whole.value_wan is None:
            continue
        if annual.value_wan <= whole.value_wan + _TOLERANCE:
            continue
        name = _FUND_NAMES[key]
        yield ctx.finding(
            "GS-02", "error",
            f"年度{name}{fmt_wan(annual.value_wan)}超过实施期{name}{fmt_wan(whole.value_wan)}：年度资金是实施期资金的一部分，"
            "不应大于实施期资金。",
            evidence=row_text(ctx, annual.location) or annual.raw, location=annual.location,
            suggestion="请核对实施期资金总额和本年度资金总额（是否填反或漏计以后年度资金），使年度资金不超过实施期资金。",
        )
        return  # the total (or the first source) says it; the other rows follow from it


def _pairs(sheet: GoalSheet) -> list[tuple[Indicator, Indicator]]:
    """(实施期, 年度) rows of the same indicator: same 二级 and 三级 name, once each on both sides."""
    def key(i: Indicator) -> tuple[str, str]:
        return L.norm_label(i.level2), L.norm_label(i.level3)

    long_rows: dict[tuple[str, str], list[Indicator]] = {}
    annual_rows: dict[tuple[str, str], list[Indicator]] = {}
    for ind in sheet.indicators:
        if ind.level3.strip() and not ind.place:
            (long_rows if ind.period == "long_term" else annual_rows).setdefault(key(ind), []).append(ind)
    return [(long_rows[k][0], rows[0]) for k, rows in annual_rows.items()
            if len(rows) == 1 and len(long_rows.get(k, [])) == 1]


_SCALE = {"万": 1e4, "亿": 1e8, "千": 1e3}


def _amount(ind: Indicator) -> tuple[float, str] | None:
    """The value as (number, unit) with a 万/亿 prefix folded in ("1.2万人次" → 12000 人次), when it is a single number
    in a count unit, as a floor or exact target: not a rate, a per-unit amount ("≤66万元/公里"), a date or a range."""
    if ind.number is None or ind.number_high is not None or ind.date_value is not None or ind.qualitative \
            or ind.sign not in _FLOOR_SIGNS or is_rate(ind) or not ind.unit or "/" in ind.unit:
        return None
    unit = ind.unit
    if len(unit) > 1 and unit[0] in _SCALE:
        return ind.number * _SCALE[unit[0]], unit[1:]
    return ind.number, unit


def period_indicator_findings(ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
    """GS-10: an annual target above the whole period's target of the same indicator."""
    for whole, year in _pairs(sheet):
        w, y = _amount(whole), _amount(year)
        if w is None or y is None or w[1] != y[1] or y[0] <= w[0] * (1 + 1e-9):
            continue
        name = re.sub(r"[（(][^）)]*[)）]$", "", year.level3.strip())
        cumulative = year.sub_family == "数量" and bool(_CUMULATIVE.search(name)) and not _NOT_CUMULATIVE.search(name)
        label = indicator_label(year)
        if cumulative:
            message = (f"年度指标{label}的指标值“{year.target}”超过实施期指标值“{whole.target}”：该指标是实施期内逐年累计的"
                       "数量，年度目标是实施期目标的一部分，不应大于实施期目标。")
        else:
            message = (f"年度指标{label}的指标值“{year.target}”高于实施期指标值“{whole.target}”；未能确定该指标是否为"
                       "实施期内逐年累计的数量（也可能是每年保持的水平），请核对两栏是否填反或口径不一。")
        yield ctx.finding(
            "GS-10", "error" if cumulative else "warning", message,
            evidence=year.evidence, location=year.location,
            suggestion="年度指标应是实施期（中长期）指标在本年度的分解：累计类数量的年度值不超过实施期值，请核对两栏的指标值。",
        )
