"""The structure of a budget-calculation table: which rows are spending lines, which are subtotals of the lines
under (or above) them, and which are "其中" breakdowns that split the row above into fund sources or parts.

Offices write 测算表 with group rows ("一、设备购置 | 46.60", "（一）培训费", "1 | 设备费" over "1.1 | …"), 小计 rows
at the top or the bottom of a group, and, under a line or under the 合计, rows such as "其中：县级财政补助 | 60.00" and
"镇自筹 | 22.40". Only the spending lines are added up; a subtotal is checked against its own lines; a 其中 row is never
added to anything.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from review_assistant.extract import labels as L
from review_assistant.extract.values import rounding_tolerance

if TYPE_CHECKING:
    from review_assistant.extract.report_budget import BudgetLine, BudgetTable

# A group row's number: "一、", "二.", "（一）", or a bare "一" in the 序号 column.
_CATEGORY = re.compile(r"^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）])")
_BARE_CATEGORY = re.compile(r"^[一二三四五六七八九十]+\s*[、.．]?$")
_ARABIC_SERIAL = re.compile(r"^\d+(?:\.\d+)*[.、．]?$")
PART_LABEL = re.compile(r"^\s*其\s*中\s*[:：]?")


def is_part_label(text: str) -> bool:
    """"其中：县级财政补助", "其中 镇自筹": a breakdown of the row above."""
    return bool(PART_LABEL.match(text))


def is_category(line: BudgetLine) -> bool:
    """A row numbered as a group ("一、设备购置", 序号 "一" or "（二）")."""
    serial = line.serial.strip()
    return bool(_CATEGORY.match(line.item) or _CATEGORY.match(serial) or _BARE_CATEGORY.match(serial))


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


def mark_structure(table: BudgetTable) -> None:
    """Mark 其中 rows as ``part``, group rows as ``subtotal`` (or ``heading`` when they carry no amount) and set each
    spending line's ``parent`` to the subtotal row it belongs to."""
    lines = table.lines
    after_total = False
    for i, ln in enumerate(lines):
        if ln.kind == "total":
            after_total = True
            continue
        if ln.kind != "line":
            continue
        if i > 0 and lines[i - 1].kind == "part" and _continues_part(ln):
            ln.kind = "part"
        elif after_total and not _priced(ln) and (_fund_name(ln.item) or _fund_name(ln.serial)):
            ln.kind = "part"  # "合计 | 82.40" then "县级财政补助 | 60.00": the total split by source
    if any(_priced(ln) for ln in lines):
        for ln in lines:
            if ln.kind == "line" and not _priced(ln) and is_category(ln):
                ln.kind = "subtotal" if ln.amount_wan is not None else "heading"
    _assign_groups(table)


def _close_sum(amount: float | None, rows: list[BudgetLine]) -> bool:
    if amount is None or not rows or any(r.amount_wan is None for r in rows):
        return False
    return abs(sum(r.amount_wan or 0.0 for r in rows) - amount) <= rounding_tolerance(amount)


def _assign_groups(table: BudgetTable) -> None:
    lines = table.lines
    open_group: int | None = None  # a leading subtotal (or heading) whose lines follow it
    since: list[int] = []  # spending lines since the last subtotal, total or heading
    for i, ln in enumerate(lines):
        if ln.kind == "total":
            open_group, since = None, []
        elif ln.kind in {"subtotal", "heading"}:
            before = [lines[j] for j in since]
            after = _following_lines(lines, i)
            trailing = ln.kind == "subtotal" and not is_category(ln) and bool(before) and (
                _close_sum(ln.amount_wan, before) or not _close_sum(ln.amount_wan, after))
            if trailing:
                for j in since:
                    lines[j].parent = i
                open_group = None
            else:
                open_group = i
            since = []
        elif ln.kind == "line":
            if is_category(ln):
                open_group = None  # "三 | 培训资料印制 | 420套 | …": a group of one priced line
            elif open_group is None and since and not _priced(ln) and not _ARABIC_SERIAL.match(ln.serial.strip()) \
                    and len(since) >= 2 and _close_sum(ln.amount_wan, [lines[j] for j in since]):
                ln.kind = "subtotal"  # an unnumbered, unpriced row that adds up the lines above it
                for j in since:
                    lines[j].parent = i
                since = []
                continue
            if open_group is not None:
                ln.parent = open_group
            since.append(i)


def _following_lines(lines: list[BudgetLine], start: int) -> list[BudgetLine]:
    out: list[BudgetLine] = []
    for ln in lines[start + 1:]:
        if ln.kind != "line" or is_category(ln):
            if ln.kind == "part":
                continue
            break
        out.append(ln)
    return out
