"""The structure of a budget-calculation table: which rows are spending lines, which are subtotals of the lines
under (or above) them, and which are "其中" breakdowns that split the row above into fund sources or parts.

Offices write 测算表 with group rows ("一、设备购置 | 46.60", "（一）直接费用", "1、设备费" over "（1）购置设备费",
"1.1" over "1.1.1"), 小计 rows at the top or the bottom of a group, and, under a line or under the 合计, rows such as
"其中：县级财政补助 | 60.00" and "镇自筹 | 22.40"; a 经费预算表 may list its 经费来源 below its 经费支出. Only the
spending lines are added up; a subtotal is checked against its own rows; a 其中 or 来源 row is never added to anything.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from review_assistant.extract import labels as L
from review_assistant.extract.values import rounding_tolerance

if TYPE_CHECKING:
    from review_assistant.extract.report_budget import BudgetLine, BudgetTable

# Numbering levels, outermost first: "一、", "（一）", "1、" / "1" (and "1.1", "1.1.1" under it), "（1）".
_LEVELS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^[一二三四五六七八九十]+\s*(?:[、.．]|$)"), 1),
    (re.compile(r"^[（(][一二三四五六七八九十]+[)）]"), 2),
    (re.compile(r"^\d+(?:\.\d+)+(?!\d)"), 3),
    (re.compile(r"^\d+\s*(?:[、.．](?!\d)|$)"), 3),
    (re.compile(r"^[（(]\d+[)）]"), 4),
)
_ARABIC_SERIAL = re.compile(r"^\d+(?:\.\d+)*[.、．]?$")
PART_LABEL = re.compile(r"^\s*其\s*中\s*[:：]?")
_SOURCES_BLOCK = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?\s*(?:经费|资金)来源")
_DEEPEST = (9, 0)


def is_part_label(text: str) -> bool:
    """"其中：县级财政补助", "其中 镇自筹": a breakdown of the row above."""
    return bool(PART_LABEL.match(text))


def level(line: BudgetLine) -> tuple[int, int]:
    """How deep the row's numbering puts it (smaller is outer): the item's own prefix ("1、设备费", "（1）购置设备费")
    first, else the 序号 cell ("一", "1", "1.1"); unnumbered rows are the deepest."""
    for text in (line.item.strip(), line.serial.strip()):
        for pattern, depth in _LEVELS:
            m = pattern.match(text)
            if m:
                return depth, m.group(0).count(".") if depth == 3 else 0
    return _DEEPEST


def is_category(line: BudgetLine) -> bool:
    """A row numbered as a group ("一、设备购置", 序号 "一" or "（二）")."""
    return level(line)[0] <= 2


def _priced(line: BudgetLine) -> bool:
    return line.quantity is not None or line.unit_price_wan is not None


def _fund_name(text: str) -> bool:
    key = L.match(L.FUND_INDEX, text)
    return key is not None and key != "total"


def _continues_part(line: BudgetLine) -> bool:
    """A row right under a 其中 row that goes on with the breakdown: no quantity or price, not numbered as a spending
    line, and named like a fund source ("镇自筹") or written in the 序号 column with the item cell empty."""
    if _priced(line) or _ARABIC_SERIAL.match(line.serial.strip()) or is_category(line):
        return False
    return _fund_name(line.item) or _fund_name(line.serial) or (not line.item and bool(line.serial.strip()))


def _mark_parts(lines: list[BudgetLine]) -> None:
    after_total = sources = False
    for i, ln in enumerate(lines):
        if ln.kind != "part" and _SOURCES_BLOCK.match(ln.item.strip()):
            sources = True  # "二、经费来源 | (一)申请从专项经费获得的资助 | …": where the money comes from
        if sources and ln.kind != "total":
            ln.kind = "part"
            continue
        if ln.kind == "total":
            after_total = True
            continue
        if ln.kind != "line":
            continue
        if i > 0 and lines[i - 1].kind == "part" and _continues_part(ln):
            ln.kind = "part"
        elif after_total and not _priced(ln) and (_fund_name(ln.item) or _fund_name(ln.serial)):
            ln.kind = "part"  # "合计 | 82.40" then "县级财政补助 | 60.00": the total split by source


def mark_structure(table: BudgetTable) -> None:
    """Mark 其中 and 来源 rows as ``part``, group rows as ``subtotal`` (or ``heading`` when they carry no amount), and
    set each row's ``parent`` to the group row it belongs to."""
    lines = table.lines
    _mark_parts(lines)
    stack: list[tuple[tuple[int, int], int]] = []  # open group rows: (level, index)
    since: list[int] = []  # rows since the last subtotal, total or group row, for a 小计 at the bottom
    for i, ln in enumerate(lines):
        if ln.kind == "part":
            continue
        if ln.kind == "total":
            stack, since = [], []
            continue
        if ln.kind == "subtotal" and not is_category(ln):
            _close_subtotal(lines, i, since, stack)
            since = []
            continue
        if ln.kind == "line" and not _priced(ln) and level(ln) == _DEEPEST and not ln.serial.strip() \
                and len(since) >= 2 and _close_sum(ln.amount_wan, [lines[j] for j in since]):
            ln.kind = "subtotal"  # an unnumbered, unpriced row that adds up the lines above it
            _adopt(lines, i, since, stack)
            since = []
            continue
        depth = level(ln)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        ln.parent = stack[-1][1] if stack else None
        if not _priced(ln):
            stack.append((depth, i))
            if depth[0] <= 2:
                since = []
                continue
        since.append(i)
    for i, ln in enumerate(lines):
        if ln.kind == "line" and any(c.parent == i for c in lines):
            ln.kind = "subtotal" if ln.amount_wan is not None else "heading"
        elif ln.kind == "line" and is_category(ln) and not _priced(ln) and ln.amount_wan is None:
            ln.kind = "heading"


def _close_subtotal(lines: list[BudgetLine], i: int, since: list[int],
                    stack: list[tuple[tuple[int, int], int]]) -> None:
    """A 小计 row without a group number: the subtotal of the rows just above it, or (first in its group, or adding up
    only the rows below) of the rows under it."""
    sub = lines[i]
    before = [lines[j] for j in since if lines[j].parent == (stack[-1][1] if stack else None)]
    after = _following_lines(lines, i)
    if before and (_close_sum(sub.amount_wan, before) or not _close_sum(sub.amount_wan, after)):
        _adopt(lines, i, [j for j in since if lines[j] in before], stack)
    else:
        sub.parent = stack[-1][1] if stack else None
        stack.append((_DEEPEST, i))


def _adopt(lines: list[BudgetLine], i: int, rows: list[int], stack: list[tuple[tuple[int, int], int]]) -> None:
    lines[i].parent = stack[-1][1] if stack else None
    for j in rows:
        lines[j].parent = i
        if stack and stack[-1][1] == j:
            stack.pop()


def _close_sum(amount: float | None, rows: list[BudgetLine]) -> bool:
    if amount is None or not rows or any(r.amount_wan is None for r in rows):
        return False
    return abs(sum(r.amount_wan or 0.0 for r in rows) - amount) <= rounding_tolerance(amount)


def _following_lines(lines: list[BudgetLine], start: int) -> list[BudgetLine]:
    out: list[BudgetLine] = []
    for ln in lines[start + 1:]:
        if ln.kind == "part":
            continue
        if ln.kind != "line" or is_category(ln):
            break
        out.append(ln)
    return out
