"""Funds tables laid out with one column per year ("资金来源 | 上年度预算安排 | 上年度实际执行 | 本年度申请金额").

The prior-year columns are context; the sheet's funds are this year's column only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from review_assistant.extract import labels as L
from review_assistant.extract.indicator_table import Grid
from review_assistant.extract.models import GoalSheet
from review_assistant.extract.values import money_to_wan
from review_assistant.parsing.model import Cell, Location, Table

_PLAIN_AMOUNT = re.compile(r"^-?\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|元|万)?$")
Assign = Callable[[GoalSheet, str, str, Location, str], None]

_PRIOR_YEAR_COLUMN = re.compile(r"^(上年|上一年|以前年度|往年)")
_THIS_YEAR_COLUMN = re.compile(r"本年|当年|申请|年度预算|预算数")
_TOTAL_ROW = {"合计", "总计", "资金合计", "合计数"}


def year_columns_funds(table: Table) -> tuple[int, int, int] | None:
    """A funds table with one column per year ("资金来源 | 上年度预算安排 | 上年度实际执行 | 本年度申请金额").

    Returns (header row, this year's column, first row after the block). The prior-year columns are
    context; the funds of this sheet are this year's column only.
    """
    for r, row in enumerate(table.rows[:60]):
        texts = [c.text.strip() for c in row]
        if not texts or ("资金" not in texts[0] and not L.match(L.FUND_INDEX, texts[0])):
            continue
        prior = [i for i, t in enumerate(texts[1:], 1) if _PRIOR_YEAR_COLUMN.match(L.norm_label(t))]
        this = [i for i, t in enumerate(texts[1:], 1)
                if t and _THIS_YEAR_COLUMN.search(t) and not _PRIOR_YEAR_COLUMN.match(L.norm_label(t))]
        if not prior or len(this) != 1:
            continue
        end = r + 1
        while end < table.n_rows and _year_columns_row(table.rows[end], this[0]):
            end += 1
        if end > r + 1:
            return r, this[0], end
    return None


def _year_columns_row(row: list[Cell], col: int) -> bool:
    """A source row of a per-year funds table: a short label and an amount, a dash or nothing in this year's column."""
    first = row[0].text.strip()
    if not first or col >= len(row) or L.match(L.HEADER_INDEX, first) or L.match(L.GOAL_INDEX, first) \
            or L.match(L.COLUMN_INDEX, first) or len(L.norm_label(first)) > 16:
        return False
    value = unicodedata.normalize("NFKC", row[col].text).strip()
    return not value or value in _DASHES or bool(_PLAIN_AMOUNT.match(value))


_DASHES = {"-", "—", "——", "/", "－", "无"}


def read_year_column_row(g: Grid, sheet: GoalSheet, r: int, col: int, unit: str, assign: Assign) -> bool:
    """One source row of a per-year funds table: its amount is the one in this year's column."""
    label = g.cell(r, 0)
    value = g.cell(r, col)
    if not (L.match(L.FUND_INDEX, label) or L.norm_label(label) in _TOTAL_ROW):
        n = L.norm_label(label)
        if money_to_wan(value) and n not in sheet.unknown_fund_labels:
            sheet.unknown_fund_labels.append(n)
            sheet.note("funds", f"资金栏“{label}”（{value}）不在已知的资金来源名称中，未计入来源合计。",
                       evidence=label, location=g.loc(r, 0))
        return True
    assign(sheet, "年度资金总额" if L.norm_label(label) in _TOTAL_ROW else label, value, g.loc(r, col), unit)
    return True
