"""EA-GOAL-03, targets: the figures a report's 绩效目标 paragraph states against the same indicators of its goal sheet.

A narrative rarely repeats an indicator's name: "培训500人次" states 培训人次, "为8个乡镇配置压缩式垃圾转运车" states
配置转运车乡镇数, "2026年10月底前完成全部改造" states 项目完成时间. A clause (the text between commas) is taken to state an
indicator's target only when it is certainly the same target:

- every word of the indicator's name (its name without the unit and a 数/数量 tail) appears in the clause, in pieces of
  at least two characters;
- the figure is written with the indicator's own unit and is the only figure in that unit in the clause; a date is the
  only date in the clause and says when something is completed;
- the clause is about this budget year's whole target: no other year, no stage (上半年, 一季度, 首期), no past or
  cumulative figure (已, 累计, 截至), no provincial or national figure, no change (提高5个百分点) and no estimate (约, 左右).

Only one indicator of the sheet may match a clause. A clause that matches and agrees settles the indicator: a
disagreement elsewhere is then not reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from review_assistant.extract.cn_numerals import arabic_dates
from review_assistant.extract.models import Indicator
from review_assistant.extract.values import half_width, parse_date, parse_number
from review_assistant.parsing.model import Location

_CLAUSE_SPLIT = re.compile(r"[，,；;。：:！!？?\n]")
# Stages, the past, sums over years, other governments' figures, changes: not this year's whole target.
_NOT_THE_TARGET = re.compile(
    r"上半年|下半年|[一二三四1-4]季度|前三季度|半年|首期|一期|二期|三期|分期|第[一二三四五六七八九十\d]+(?:批|期|阶段)|阶段"
    r"|已|累计|截至|截止|以来|上年|去年|往年|以前年度|同期|历年|现有|现状|原有|目前"
    r"|全省|全国|全市|省级|国家|省定|市定|省里|中央|标准为|平均"
    r"|提高|提升|增长|增加|上升|下降|降低|减少|压减|缩短|百分点|较|比上年|比去年"
)
_ESTIMATE = re.compile(r"约|左右|前后|预计|力争|争取|接近|大概")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_NUMBER = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?")
_TIMES = re.compile(r"[×xX*＊]")
# A unit that goes on into a longer one ("人" in "人次", "个" in "个月"): not the same unit.
_LONGER_UNIT = re.compile(r"^(?:次|天|日|月|年|/|·|小时|周)")
_NAME_TAIL = re.compile(r"(?:数量|个数|总数|人数|次数|数|量|规模)$")
_TIME_WORDS = re.compile(r"(?:完成|实施|竣工|交付|建成)?(?:时间|时限|日期|期限)$")
_DONE = re.compile(r"完成|竣工|建成|完工|交付|投入使用|投用|验收")
_WHOLE = re.compile(r"全部|全面|整体|项目|所有|各项")
_DATE_IN_CLAUSE = re.compile(
    r"(?:(?:(?:19|20)\d{2}\s*年)?\s*(?:1[0-2]|0?[1-9])\s*月\s*(?:[0-3]?\d\s*[日号]|底|末)?"
    r"|(?:19|20)\d{2}\s*年\s*(?:年底|年末|底|末))(?:之前|以前|前)?"
)
_PRECISE_DATE = re.compile(r"[日号底末]")
_GENERIC_COMPLETION = {"", "项目", "工程", "全部", "整体"}


@dataclass
class TargetClash:
    """A clause of the narrative that states ``indicator``'s target differently."""

    indicator: Indicator
    stated: str  # the figure as the clause writes it
    clause: str  # the clause, verbatim
    location: Location
    certain: bool  # same words, same unit, only one reading: an error; otherwise a warning


def _core(ind: Indicator) -> str:
    """The indicator's name without spaces, a bracketed unit, the unit itself and a 数/数量 tail."""
    name = re.sub(r"\s+|[（(][^）)]*[)）]", "", half_width(ind.level3))
    if ind.unit and len(ind.unit) >= 2 and name.endswith(ind.unit):
        name = name[: -len(ind.unit)]
    return _NAME_TAIL.sub("", name)


def covered(words: str, clause: str) -> bool:
    """Every character of ``words`` lies in a piece of two or more characters that the clause also contains."""
    i = 0
    while i < len(words):
        j = next((j for j in range(len(words), i + 1, -1) if words[i:j] in clause), None)
        if j is None:
            return False
        i = j
    return bool(words)


def _clauses(sentences: Sequence[tuple[str, Location]], year: int | None) -> list[tuple[str, Location]]:
    out: list[tuple[str, Location]] = []
    for sentence, loc in sentences:
        for clause in _CLAUSE_SPLIT.split(half_width(sentence)):
            clause = clause.strip()
            if not clause or _NOT_THE_TARGET.search(clause):
                continue
            years = {int(y) for y in _YEAR.findall(clause)}
            if years and (year is None or years != {year}):
                continue
            out.append((clause, loc))
    return out


def _figures(clause: str, unit: str) -> list[tuple[float, str]]:
    """Numbers written with ``unit`` in the clause (not inside a product such as "300人次×3天")."""
    out: list[tuple[float, str]] = []
    for m in _NUMBER.finditer(clause):
        rest = clause[m.end():].lstrip()
        if not rest.startswith(unit) or _LONGER_UNIT.match(rest[len(unit):]):
            continue
        near = clause[max(0, m.start() - 1):m.end() + len(unit) + 2]
        if _TIMES.search(near) or clause[max(0, m.start() - 1):m.start()] == "第":
            continue
        if (n := parse_number(m.group(0))) is not None:
            out.append((n, m.group(0) + unit))
    return out


def _number_reading(ind: Indicator, clause: str) -> tuple[float, str] | None:
    unit = half_width(ind.unit or "")
    core = _core(ind)
    if ind.number is None or not unit or "元" in unit or unit in {"年", "月", "日"} or len(core) < 2:
        return None
    if not covered(core, _NUMBER.sub(" ", clause)):
        return None
    figures = _figures(clause, unit)
    return figures[0] if len(figures) == 1 else None


def _date_reading(ind: Indicator, clause: str, year: int | None) -> tuple[date, str] | None:
    if ind.date_value is None or not _DONE.search(clause):
        return None
    dates = _DATE_IN_CLAUSE.findall(arabic_dates(clause))
    if len(dates) != 1:
        return None
    core = _TIME_WORDS.sub("", re.sub(r"\s+", "", ind.level3))
    if core in _GENERIC_COMPLETION or core.endswith("完成"):
        core = core.removesuffix("完成")
    if core in _GENERIC_COMPLETION:
        if not _WHOLE.search(clause):
            return None  # "6月底前完成设计": one step, not the project
    elif not covered(core, clause):
        return None
    when = parse_date(dates[0], year)
    return (when, dates[0].strip()) if when is not None else None


def _within(sign: str | None, stated: float, target: float) -> bool:
    """The stated figure meets the sheet's one-sided target ("200" against "≥150", "10月底" against "≤12月31日")."""
    return (sign in ("≥", ">") and stated >= target) or (sign in ("≤", "<") and stated <= target)


def goal_text_clashes(sentences: Sequence[tuple[str, Location]], indicators: Sequence[Indicator],
                      year: int | None) -> tuple[list[TargetClash], set[int]]:
    """Clashes between the 绩效目标 sentences and the sheet's indicators, and the ids of every indicator a clause
    was found to state (agreeing or not), so that looser comparisons leave them alone."""
    clashes: dict[int, TargetClash] = {}
    agreed: set[int] = set()
    for clause, loc in _clauses(sentences, year):
        # indicator, stated, differs, precise, within the sheet's bound
        readings: list[tuple[Indicator, str, bool, bool, bool]] = []
        for ind in indicators:
            if (num := _number_reading(ind, clause)) is not None:
                target = ind.number or 0.0
                readings.append((ind, num[1], abs(num[0] - target) > 1e-9, True, _within(ind.sign, num[0], target)))
            elif (when := _date_reading(ind, clause, year)) is not None and ind.date_value is not None:
                readings.append((ind, when[1], when[0] != ind.date_value, bool(_PRECISE_DATE.search(when[1])),
                                 _within(ind.sign, when[0].toordinal(), ind.date_value.toordinal())))
        if len(readings) != 1:
            continue  # nothing, or a clause that could state several indicators
        ind, stated, differs, precise, within = readings[0]
        if not differs:
            agreed.add(id(ind))
        elif id(ind) not in clashes:
            # "新建充电桩200个" against "≥150个" meets the sheet's bound: the two differ, but the sheet does not
            # contradict the report, so a reviewer must judge which is meant (a warning)
            certain = precise and not within and not _ESTIMATE.search(clause.replace(stated, " "))
            clashes[id(ind)] = TargetClash(ind, stated, clause, loc, certain)
    found = [c for k, c in clashes.items() if k not in agreed]
    return found, agreed | set(clashes)

