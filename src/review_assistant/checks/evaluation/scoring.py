"""The 自评 scoring rule of 财预〔2020〕10号 (≈第十九条) as exact arithmetic.

Rounding rule (stated once, used everywhere): every score is computed with :class:`Decimal` and
rounded half-up to two decimals (0.01分) per indicator; the total is the sum of the rounded
indicator scores plus the rounded 预算执行率 score. Rates are percentages rounded the same way.
A stated figure equals the recomputed one when it agrees at the precision it is written with (rounded
or truncated, at most to the cent; trailing zeros do not count): see :func:`agrees`. The comparison is made against
the exact (unrounded) value, so a half-way value may be written either way: real 自评表 are filled by Excel
(ROUND: half away from zero), by display formatting of a float that sits just below the half (10.625 shown as
10.62), by truncation, or by hand — 1.7÷2.4×15 = 10.625 filled as 10.62 or 10.63 is not an error, 10.61 is.
A total is the sum of the item scores as the table writes them, so a total that differs from the recomputed one
only through those roundings is not a difference either (:func:`recomputed_total` keeps every stated score that
agrees with the rule).

Quantitative indicators (rulebook EV-02):
* ≥ / > (正向): met → full points; otherwise points × actual ÷ target;
* ≤ / < (反向): met → full points; otherwise points × target ÷ actual;
* = : equal → full points; otherwise points × min ÷ max.
Qualitative indicators are scored by the unit within the band of EV-03; only the band is checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal

from review_assistant.extract.cycle_models import CycleIndicator
from review_assistant.extract.values import parse_date, parse_value

CENT = Decimal("0.01")
EXACT = Decimal("1e-12")  # repeating quotients (1.7÷2.4) are cut here so a half-way value stays half-way
HUNDRED = Decimal(100)
ONE = Decimal(1)

# EV-03 bands (share of the points) by what the 实际完成值 cell says, most specific first.
QUALITATIVE_BANDS: tuple[tuple[tuple[str, ...], Decimal, Decimal, bool], ...] = (
    # (words, low share, high share, certain: the wording is the 10号 band's own)
    (("未达成", "未完成", "效果较差", "未达到"), Decimal(0), Decimal("0.6"), True),
    (("部分达成", "部分完成", "基本达成", "基本完成", "部分实现"), Decimal("0.6"), Decimal("0.8"), False),
    (("达成年度指标", "达成预期指标", "达成预期目标", "全部达成", "已达成", "已完成", "达成", "完成", "达到", "实现"),
     Decimal("0.8"), ONE, True),
)


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def same(a: Decimal, b: Decimal) -> bool:
    """Equal to the cent, after rounding both (a table may write 8 for 8.00)."""
    return cents(a) == cents(b)


def agrees(stated: Decimal, computed: Decimal) -> bool:
    """A figure written by the unit matches the computed one at the precision it was written with.

    "6.7" agrees with 6.67 and "19" with 19.4 (rounded), "6.6" with 6.65 (truncated), "37.5" with 37.54;
    "19" does not agree with 20.00 or 18.40. At most two decimals are compared (the cent rule above).
    ``computed`` may be the exact value: a half-way value agrees with both neighbours ("10.62" and "10.63" with
    10.625), and a value first rounded to the cent and then shortened agrees too ("6.7" with 6.645 → 6.65).
    """
    places = min(2, max(0, -int(stated.normalize().as_tuple().exponent)))
    unit = Decimal(1).scaleb(-places)
    written = stated.quantize(unit, rounding=ROUND_HALF_UP)
    exact = computed.quantize(EXACT, rounding=ROUND_HALF_UP)
    candidates = {exact.quantize(unit, rounding=mode) for mode in (ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_DOWN)}
    cent = cents(exact)
    candidates |= {cent.quantize(unit, rounding=ROUND_HALF_UP), cent.quantize(unit, rounding=ROUND_DOWN)}
    return written in candidates


def direction(sign: str | None) -> str | None:
    if sign in {"≥", ">"}:
        return "up"
    if sign in {"≤", "<"}:
        return "down"
    if sign == "=":
        return "eq"
    return None


def achievement(sign: str | None, target: Decimal, actual: Decimal) -> Decimal | None:
    """Share of the points earned (0–1), or None when the rule cannot apply (no direction, zero divisor)."""
    d = direction(sign)
    if d == "up":
        if actual >= target:
            return ONE
        return actual / target if target > 0 else None
    if d == "down":
        if actual <= target:
            return ONE
        return target / actual if actual > 0 else None
    if d == "eq":
        if actual == target:
            return ONE
        hi, lo = max(actual, target), min(actual, target)
        return lo / hi if hi > 0 else None
    return None


def met(sign: str | None, target: Decimal, value: Decimal) -> bool | None:
    share = achievement(sign, target, value)
    return None if share is None else share >= ONE


def exact_indicator_score(ind: CycleIndicator) -> Decimal | None:
    """The unrounded score the rule gives a quantitative row (to 1e-12), or None when it cannot be recomputed."""
    if ind.qualitative or ind.unit_mismatch or ind.weight is None or ind.target is None or ind.actual is None:
        return None
    share = achievement(ind.sign, ind.target, ind.actual)
    return None if share is None else (ind.weight * share).quantize(EXACT, rounding=ROUND_HALF_UP)


def indicator_score(ind: CycleIndicator) -> Decimal | None:
    """The score the rule gives a quantitative row, rounded to the cent, or None when it cannot be recomputed."""
    exact = exact_indicator_score(ind)
    return None if exact is None else cents(exact)


def score_disagrees(stated: Decimal, rule: Decimal, weight: Decimal | None) -> bool:
    """A stated score the rule contradicts: it differs beyond its own rounding, or it is the full points for a target
    the rule does not reward in full ("10" for 9.56: 86% against ≥90% is unmet, whatever the rounding).
    ``rule`` is best the exact value (:func:`exact_indicator_score`), so either rounding of a half-way value agrees."""
    return not agrees(stated, rule) or (weight is not None and rule < weight <= stated)


def execution_rate(executed: Decimal, budget: Decimal, exact: bool = False) -> Decimal | None:
    """执行率 in % (two decimals; unrounded to 1e-12 with ``exact``), or None for a zero budget."""
    if budget <= 0:
        return None
    rate = (executed * HUNDRED / budget).quantize(EXACT, rounding=ROUND_HALF_UP)
    return rate if exact else cents(rate)


def execution_score(weight: Decimal, rate_percent: Decimal, exact: bool = False) -> Decimal:
    """预算执行率 points: weight × rate, capped at the full weight (rounded to the cent unless ``exact``)."""
    score = (weight * min(rate_percent / HUNDRED, ONE)).quantize(EXACT, rounding=ROUND_HALF_UP)
    return score if exact else cents(score)


def execution_score_agrees(stated: Decimal, weight: Decimal, executed: Decimal, budget: Decimal) -> bool:
    """A stated 预算执行率 score matches weight × rate, the rate taken exact or as the table rounds it (two decimals)."""
    exact = execution_rate(executed, budget, exact=True)
    if exact is None:
        return True
    return agrees(stated, execution_score(weight, exact, exact=True)) or agrees(stated, execution_score(weight, cents(exact)))


def as_percent(stated: Decimal, computed: Decimal) -> Decimal:
    """A stated rate written as a fraction (0.9997) read as percent when the computed one is a percent."""
    if stated <= Decimal("1.5") and computed > Decimal("1.5"):
        return stated * HUNDRED
    return stated


def fmt(value: Decimal) -> str:
    """A figure as findings show it: two decimals half-up, trailing zeros dropped ("87.3", "90")."""
    return f"{cents(value):.2f}".rstrip("0").rstrip(".")


def grade_floors(bands: dict[str, float]) -> str:
    """The grade bands as findings quote them: "优≥90、良≥80、中≥60、差≥0"."""
    return "、".join(f"{g}≥{fmt(Decimal(str(v)))}" for g, v in bands.items())


def grade_for(total: Decimal, bands: dict[str, float]) -> str:
    """The grade whose floor the total reaches, highest floor first (bands come from the settings)."""
    for grade, floor in sorted(bands.items(), key=lambda kv: -kv[1]):
        if total >= Decimal(str(floor)):
            return grade
    return min(bands.items(), key=lambda kv: kv[1])[0] if bands else ""


def qualitative_band(actual_text: str) -> tuple[Decimal, Decimal, bool] | None:
    t = actual_text.replace(" ", "")
    for words, low, high, certain in QUALITATIVE_BANDS:
        if any(w in t for w in words):
            return low, high, certain
    return None


@dataclass(frozen=True)
class Band:
    """The share of the points a qualitative row may earn, and why (``late``: done after the target date)."""

    low: Decimal
    high: Decimal
    certain: bool
    deadline: date | None = None
    done: date | None = None
    uncompared: bool = False  # the completion cell carries a date that could not be compared with the target

    @property
    def late(self) -> bool:
        return self.deadline is not None and self.done is not None and self.done > self.deadline


LATE_CAP = Decimal("0.8")  # a target date missed: not achieved, the 部分达成 band at best
_MONTH_MENTION = re.compile(r"\d{1,2}\s*月|(?:19|20)\d{2}\s*[.\-/]\s*\d{1,2}")


def deadline_band(target_text: str, actual_text: str, year: int | None) -> Band | None:
    """EV-03's band for a row whose target is a date ("2025年9月30日前"): a completion dated after it ("11月20日完成")
    did not achieve the target, whatever the wording, so at most 80% of the points; a date that cannot be compared
    (no date in the target, or several dates in either cell) leaves the wording's band, but only as a warning.

    A completion date without a year is taken in the target's year (the self-evaluation's year)."""
    text = qualitative_band(actual_text)
    dated = _MONTH_MENTION.findall(actual_text or "")
    if not dated:
        return Band(*text) if text else None
    deadline = parse_value(target_text, default_year=year).date_value if len(_MONTH_MENTION.findall(target_text)) <= 1 \
        else None
    done = parse_date(actual_text, deadline.year if deadline else year) if len(dated) == 1 else None
    if deadline is None or done is None:
        return Band(text[0], text[1], False, uncompared=True) if text else None
    if done <= deadline:
        return Band(*text, deadline=deadline, done=done) if text else Band(LATE_CAP, ONE, False, deadline, done)
    if text and text[1] <= LATE_CAP:
        return Band(*text, deadline=deadline, done=done)
    return Band(Decimal(0), LATE_CAP, True, deadline, done)


def family_of(ind: CycleIndicator, cost_family: str) -> str:
    fam = ind.family
    return cost_family if fam == "成本" else fam
