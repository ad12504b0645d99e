"""Funds tables laid out in columns: one column per year ("资金来源 | 上年度预算安排 | 上年度实际执行 | 本年度申请金额"),
a multi-year project's whole-period and annual columns ("资金情况（万元） | 实施期资金总额 | 2026年度资金总额"), or a
department's 收入构成 / 支出构成 blocks ("收入构成 | 当年金额 | 占比 | 2024年金额").

The prior-year columns are context; the sheet's funds are this year's column only. A 实施期 column is kept beside
them (``GoalSheet.period_funds``) so that the annual figures can be compared with the whole period's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from review_assistant.extract import labels as L
from review_assistant.extract.indicator_table import Grid
from review_assistant.extract.models import GoalSheet, MoneyField
from review_assistant.extract.values import PLAIN_AMOUNT, money_to_wan, unit_in_label
from review_assistant.parsing.model import Cell, Location, Table

Assign = Callable[[GoalSheet, str, str, Location, str], None]

# This year's column: "本年度申请金额", "2025年申请数", "当年预算数", "2025年拟安排金额", "2025年度预算".
_THIS_YEAR_COLUMN = re.compile(r"本年|当年|申请|申报|拟安排|年度预算|预算数")
# Units and asides in brackets ("（单位：万元）", "（含上年结转）") are not what a column header names.
_ASIDE = re.compile(r"[（(][^）)]*[)）]")
_DASHES = {"-", "—", "——", "/", "－", "无"}


# Words of a funds label ("省级资金", "上级补助", "社会投入资金"), for labels no vocabulary holds.
MONEY_WORDS = re.compile(r"资金|拨款|收入|经费|补助|基金|预算|投资|债券|筹|配套|奖补")


def heading_over_amounts(table: Table, r: int, c: int, cc: int) -> bool:
    """Cell (r, cc) right of the funds label at (r, c) is the next heading of a row of funds headings over a row of
    amounts ("年度金额 | 其中：中央补助 | 省级资金 | 慈善捐助款" over "500 | 300 | 150 | 50"), not the label's value:
    it has no figure and both cells under them hold a bare amount."""
    if r + 1 >= table.n_rows or re.search(r"\d", table.rows[r][cc].text):
        return False
    below = table.rows[r + 1]
    return all(x < len(below) and PLAIN_AMOUNT.match(unicodedata.normalize("NFKC", below[x].text).strip())
               for x in (c, cc))


class YearColumns(NamedTuple):
    """Where a per-year funds table sits: its header row, this year's column, the first row after its source rows,
    and the 实施期 (whole-period) column of a multi-year project's table (-1 when there is none)."""

    header: int
    column: int
    end: int
    period: int = -1
    year: int = 0  # a source × year grid's column year ("2027年（本年申请）"); 0 for other tables


# The whole-period column of a multi-year project ("实施期资金总额", "中期资金总额", "实施期金额", "项目总资金") and the
# annual one beside it ("2026年度资金总额", "年度资金总额", "年度金额", "本年度资金"), compared after norm_label.
_PERIOD_COLUMN = re.compile(r"^(?:项目)?(?:实施期|中期|中长期|整个实施期|项目期|项目周期|总)(?:资金)?(?:总额|金额|总金额|预算|资金)$")
_ANNUAL_COLUMN = re.compile(r"^(?:(?:19|20)\d{2}年度?|本年度?|当年|年度)(?:资金)?(?:总额|金额|总金额|预算|资金|申请数)$")


def _prior_year_column(text: str) -> bool:
    """A column of earlier years' figures ("上年度实际执行", "2024年实际执行数", "历史执行数"). A fund name such as
    上年结转 is a source written beside its amount ("年度资金总额 | 100 | 上年结转 | 20"), not a column of years."""
    return L.prior_value_column(_ASIDE.sub("", text)[:16]) and not L.match(L.FUND_INDEX, text)


def _this_year_column(text: str) -> bool:
    return bool(_THIS_YEAR_COLUMN.search(text)) and not _prior_year_column(text)


def year_columns_funds(table: Table, fiscal_year: int | None = None) -> YearColumns | None:
    """A funds table with one column per year ("资金来源 | 上年度预算安排 | 上年度实际执行 | 本年度申请金额"), or None.

    The header row has at least one earlier-year column and a column for this year (the rightmost one when
    several name it: "2024年预算数 | 2024年实际执行数 | 2025年申请数"); source rows follow it. The header's first
    cell names the funds ("资金来源"), or a known source or 合计 row is among the rows (a blank or "经费来源" corner).
    """
    for r, row in enumerate(table.rows[:60]):
        texts = [c.text.strip() for c in row]
        if (period := _period_columns(table, r, texts)) is not None:
            return period
        if (grid := _year_grid(table, r, texts, fiscal_year)) is not None:
            return grid
        if not any(_prior_year_column(t) for t in texts[1:]):
            continue
        this = [i for i, t in enumerate(texts[1:], 1) if t and _this_year_column(t)]
        if not this:
            continue
        col = this[-1]
        end, known = _source_rows(table, r + 1, col)
        if end > r + 1 and ("资金" in texts[0] or L.match(L.FUND_INDEX, texts[0]) or known):
            return YearColumns(r, col, end)
    return None


# A year heading of a source × year grid: "2026年（已安排）", "2027年（本年申请）", "2028年度（计划）", "2027年".
_YEAR_HEADING = re.compile(r"^\s*((?:19|20)\d{2})\s*年度?\s*(?:[（(]([^）)]{0,10})[)）])?\s*$")
_GRID_CORNER = re.compile(r"^(?:资金|经费)?来源(?:渠道|名称)?$|^资金(?:来源)?(?:名称|类别)$")


def _year_grid(table: Table, r: int, texts: list[str], fiscal_year: int | None) -> YearColumns | None:
    """Row ``r`` as the header of a 分年度资金安排 grid: the sources down the side, one column per year ("资金来源 |
    2026年（已安排） | 2027年（本年申请） | 2028年（计划） | 合计"). The budget year's column is the year's funds: the column
    of ``fiscal_year``, else the one its aside names as this year's ("本年申请"); a 合计 column right of the years
    holds each source's whole-period amount. None when the row is no such header or the year's column is not known."""
    years: dict[int, tuple[int, str]] = {}
    for i, t in enumerate(texts):
        if i and t == texts[i - 1]:
            continue
        if (m := _YEAR_HEADING.match(unicodedata.normalize("NFKC", t))) is not None:
            years.setdefault(int(m.group(1)), (i, m.group(2) or ""))
    if len(years) < 2:
        return None
    first = min(c for c, _ in years.values())
    if not any(_GRID_CORNER.match(L.norm_label(t)) for t in texts[:first]):
        return None
    if fiscal_year is not None and fiscal_year in years:
        col, year = years[fiscal_year][0], fiscal_year
    else:
        named = [(y, c) for y, (c, aside) in years.items() if _THIS_YEAR_COLUMN.search(aside)]
        if len(named) != 1:
            return None
        year, col = named[0]
    end, known = _source_rows(table, r + 1, col)
    if end <= r + 1 or not known:
        return None
    last = max(c for c, _ in years.values())
    whole = next((i for i in range(last + 1, len(texts)) if L.is_total_row(texts[i])), -1)
    return YearColumns(r, col, end, whole, year)


def _period_columns(table: Table, r: int, texts: list[str]) -> YearColumns | None:
    """Row ``r`` as the header of a multi-year project's funds table: one 实施期 column and one annual column,
    each named once, with source rows (资金总额, 其中：财政拨款, 其他资金) under them; else None."""
    names = [L.norm_label(_ASIDE.sub("", t)) for t in texts]
    period = [i for i, n in enumerate(names) if i and _PERIOD_COLUMN.match(n)]
    annual = [i for i, n in enumerate(names) if i and _ANNUAL_COLUMN.match(n)]
    if len(set(texts[i] for i in period)) != 1 or len(set(texts[i] for i in annual)) != 1:
        return None
    for i in (period[-1], annual[-1]):
        beside = next((t for t in texts[i + 1:] if t != texts[i]), "")
        if PLAIN_AMOUNT.match(unicodedata.normalize("NFKC", beside)):
            return None  # "中期资金总额： | 900 | 年度资金总额： | 300": labels with their amounts, not column names
    end, known = _source_rows(table, r + 1, annual[-1])
    if end <= r + 1 or not known:
        return None
    amounts = {unicodedata.normalize("NFKC", table.rows[x][c].text).strip() for x in range(r + 1, end)
               for c in (period[-1], annual[-1]) if c < len(table.rows[x])}
    if not all(not a or a in _DASHES or PLAIN_AMOUNT.match(a) for a in amounts):
        return None  # the columns hold labels ("其中：财政拨款") beside amounts, not amounts
    return YearColumns(r, annual[-1], end, period[-1])


# A funds block listed by source, as 一体化 exports write it on the cover sheet:
# "资金来源 | 金额（元） | 备注", then one row per source and a 合计 row (the year's total).
_SOURCE_LIST_HEAD = re.compile(r"^(?:资金来源|资金构成|资金来源构成|经费来源|资金来源及构成|来源)$")
AMOUNT_HEAD = re.compile(r"^(?:本年度|本年|当年|年度)?(?:申请|预算|安排)?(?:金额|数额|预算数|预算金额|资金|金额数)$")


def source_list_funds(table: Table) -> YearColumns | None:
    """A "资金来源 | 金额（元）" block with source rows and a 合计 row, or None.

    The header's first cell names the sources and a later cell names one amount column; at least one row under it
    is a known source or 合计, so an ordinary two-column table is not taken for funds.
    """
    for r, row in enumerate(table.rows[:60]):
        texts = [c.text.strip() for c in row]
        if not texts or not _SOURCE_LIST_HEAD.match(L.norm_label(texts[0])):
            continue
        col = next((i for i, t in enumerate(texts[1:], 1) if t != texts[0] and AMOUNT_HEAD.match(L.norm_label(t))),
                   None)
        if col is None:
            continue
        end, known = _source_rows(table, r + 1, col)
        if end > r + 1 and known:
            return YearColumns(r, col, end)
    return None


def _source_rows(table: Table, start: int, col: int) -> tuple[int, bool]:
    """The first row after the source rows that begin at ``start``, and whether a known source or 合计 is among them.

    A blank row or one spanning text ("其中：") inside the block belongs to it only when a source row follows.
    """
    end = probe = start
    known = False
    while probe < table.n_rows:
        kind = _row_kind(table.rows[probe], col)
        if kind is None:
            break
        probe += 1
        if kind != "spacer":
            end = probe
            known = known or kind == "known"
    return end, known


def _row_kind(row: list[Cell], col: int) -> str | None:
    """"known" for a row of a known source or 合计 (whatever its amount cell holds: "41（含追加）"), "source" for
    a short label with an amount, a dash or nothing in this year's column, "spacer" for a blank row or one
    text spanning the row, None for a row that ends the table (a header, goal or indicator label, prose)."""
    if col >= len(row):
        return None
    first = row[0].text.strip()
    if first and (L.match(L.HEADER_INDEX, first) or L.match(L.GOAL_INDEX, first) or L.match(L.COLUMN_INDEX, first)):
        return None
    label = _row_label(row, col)
    if L.match(L.FUND_INDEX, label) or L.is_total_row(label):
        return "known"
    texts = {c.text.strip() for c in row}
    if len(texts - {""}) <= 1 and len(L.norm_label(first)) <= 16 and (not first or texts - {""} == {first}):
        return "spacer"
    if not first or len(L.norm_label(first)) > 16:
        return None
    value = unicodedata.normalize("NFKC", row[col].text).strip()
    return "source" if not value or value in _DASHES or PLAIN_AMOUNT.match(value) else None


def _row_label(row: list[Cell], col: int) -> str:
    """The source named by a row: the nearest known source or 合计 left of this year's column (a heading merged
    down the block may fill the first cell: "项目资金（万元） | 其中：财政拨款 | 1140 | 380"), else the first cell."""
    for c in range(min(col, len(row)) - 1, -1, -1):
        t = row[c].text.strip()
        if t and (L.match(L.FUND_INDEX, t) or L.is_total_row(t)):
            return t
    return row[0].text.strip()


def read_period_label(g: Grid, sheet: GoalSheet, r: int, c: int, unit: str) -> bool:
    """A funds label on the 中期 side of a form that writes 中期 and 年度 funds side by side as label and amount
    ("中期资金总额： | 900 | 年度资金总额： | 300"): its amount (the next cell) goes to ``sheet.period_funds``.
    False when the cell is not a funds label (it is then read as usual)."""
    text = g.cell(r, c)
    n = L.norm_label(text)
    key = "total" if _PERIOD_COLUMN.match(n) or L.is_total_row(text) else L.match(L.FUND_INDEX, text)
    if key is None:
        return False
    row = g.table.rows[r]
    value = next((t for x in row[c + 1:] if (t := x.text.strip()) and t != text), "")
    if key not in sheet.period_funds and PLAIN_AMOUNT.match(unicodedata.normalize("NFKC", value)):
        sheet.period_funds[key] = MoneyField(label=text, raw=value, value_wan=money_to_wan(value, unit), unit=unit,
                                             location=g.loc(r, c))
    return True


def note_year_columns(g: Grid, sheet: GoalSheet, cols: YearColumns) -> None:
    """Say which column of a per-year (or 实施期 + 年度) funds table was read as this year's funds."""
    header = g.cell(cols.header, cols.column)
    if cols.year:
        sheet.note("funds", f"资金表按资金来源分年度列示，已按“{header}”列读取{cols.year}年度资金"
                            + (f"，“{g.cell(cols.header, cols.period)}”列为整个建设期（实施期）的资金" if cols.period >= 0 else "")
                            + "，其他年度的金额只作参照。", evidence=header, location=g.loc(cols.header, cols.column))
    elif cols.period >= 0:
        sheet.note("funds", f"资金表分“{g.cell(cols.header, cols.period)}”和“{header}”两栏，已按“{header}”栏读取年度资金，"
                            "实施期资金另行核对。", evidence=header, location=g.loc(cols.header, cols.column))
    else:
        sheet.note("funds", f"资金表另有以前年度的预算或执行数列，已按“{header}”列读取本年度资金。",
                   evidence=header, location=g.loc(cols.header, cols.column))


def read_year_column_row(g: Grid, sheet: GoalSheet, r: int, cols: YearColumns, unit: str, assign: Assign) -> None:
    """One row of a per-year funds table: its amount is the one in this year's column (合计 is the year's total);
    a 实施期 column's amount goes to ``sheet.period_funds`` under the same key."""
    col = cols.column
    label = _row_label(g.table.rows[r], min(col, cols.period) if cols.period >= 0 else col)
    value = g.cell(r, col)
    if cols.period >= 0 and (key := L.match(L.FUND_INDEX, label) or ("total" if L.is_total_row(label) else None)):
        whole = g.cell(r, cols.period)
        if key not in sheet.period_funds and money_to_wan(whole, unit) is not None:
            sheet.period_funds[key] = MoneyField(label=label, raw=whole, value_wan=money_to_wan(whole, unit),
                                                 unit=unit, location=g.loc(r, cols.period))
    if not (L.match(L.FUND_INDEX, label) or L.is_total_row(label)):
        n = L.norm_label(label)
        if n and money_to_wan(value) and n not in sheet.unknown_fund_labels:
            sheet.unknown_fund_labels.append(n)
            sheet.note("funds", f"资金栏“{label}”（{value}）不在已知的资金来源名称中，未计入来源合计。",
                       evidence=label, location=g.loc(r, 0))
        return
    if cols.year and L.is_total_row(label):
        sheet.sources_closed = True  # the grid's 合计 row closes its list of sources: the list is complete
    assign(sheet, "年度资金总额" if L.is_total_row(label) else label, value, g.loc(r, col), unit_in_label(label) or unit)


# 部门整体 goal sheets: "收入构成 | 当年金额 | 占比 | 近两年金额" rows (财政拨款, 其他资金, 合计), then "支出构成 | 当年金额"
# rows (基本支出, 项目支出, 合计). The 收入 合计 is the sheet's total and its rows are the sources.
_COMPOSITION = re.compile(r"^(?P<side>收入|支出)(?:构成|结构|情况|预算|合计构成)$")
_AMOUNT_COLUMN = re.compile(r"^(?:当年|本年|本年度|年度|预算)?(?:金额|预算数|预算金额|数额|预算|资金)(?:数)?$")
_EXPENSE_KEYS = {"基本支出": "basic", "项目支出": "project"}


class CompositionBlock(NamedTuple):
    """One 收入构成 or 支出构成 block: its header row, label and amount columns, and the first row after it."""

    side: str  # "income" | "expense"
    header: int
    label_col: int
    amount_col: int
    end: int
    first: int = -1  # first row read; the header's next row unless the block has no header row (see below)

    @property
    def first_row(self) -> int:
        return self.header + 1 if self.first < 0 else self.first


def composition_blocks(table: Table) -> list[CompositionBlock]:
    """The 收入构成 / 支出构成 blocks of a department's funds table (none for other tables)."""
    heads: list[tuple[int, str, int, int]] = []
    vertical: list[CompositionBlock] = []
    for r, row in enumerate(table.rows[:80]):
        texts = [c.text.strip() for c in row]
        for c, t in enumerate(texts):
            m = _COMPOSITION.match(L.norm_label(t))
            if not m:
                continue
            amount = next((i for i in range(c + 1, len(texts)) if texts[i] != t
                           and (_AMOUNT_COLUMN.match(L.norm_label(texts[i])) or _this_year_column(texts[i]))), None)
            if amount is not None:
                heads.append((r, "income" if m.group("side") == "收入" else "expense", c, amount))
            elif (block := _merged_side_block(table, r, c)) is not None \
                    and not any(b.header <= r < b.end for b in vertical):
                vertical.append(block)
            break
    out: list[CompositionBlock] = []
    for i, (r, side, c, amount) in enumerate(heads):
        stop = heads[i + 1][0] if i + 1 < len(heads) else table.n_rows
        end = r + 1
        while end < stop:
            row = table.rows[end]
            label = row[c].text.strip() if c < len(row) else ""
            if not label or len(L.norm_label(label)) > 16 or L.match(L.GOAL_INDEX, label) \
                    or L.match(L.HEADER_INDEX, label) or L.match(L.COLUMN_INDEX, label):
                break
            end += 1
            if L.is_total_row(label):
                break
        if end > r + 1:
            out.append(CompositionBlock(side, r, c, amount, end))
    out.extend(b for b in vertical if not any(o.header <= b.header < o.end for o in out))
    return sorted(out, key=lambda b: b.header)


def _composition_item(text: str) -> bool:
    """A row label of a 收入构成 / 支出构成 block: a known source, 基本支出 / 项目支出, or 合计."""
    return bool(L.match(L.FUND_INDEX, text) or L.is_total_row(text) or L.norm_label(text) in _EXPENSE_KEYS)


def _merged_side_block(table: Table, r: int, c: int) -> CompositionBlock | None:
    """A block with no header row: "收入构成" merged down a column beside its item rows
    ("总体资金情况（万元） | 收入构成 | 财政拨款 | 1520"), the amount in the first column right of the item that holds
    a plain amount. The block runs while the merged cell repeats (or is blank) and the item is a known one; it
    needs an amount on its rows, so a heading that merely names 收入构成 is not read as funds."""
    side_text = table.rows[r][c].text.strip()
    row = table.rows[r]
    label_col = next((i for i in range(c + 1, len(row)) if row[i].text.strip() != side_text), None)
    if label_col is None:
        return None
    end = r
    amount_col: int | None = None
    while end < min(table.n_rows, r + 12):
        cells = table.rows[end]
        here = cells[c].text.strip() if c < len(cells) else ""
        label = cells[label_col].text.strip() if label_col < len(cells) else ""
        if here not in {"", side_text} or not _composition_item(label):
            break
        if amount_col is None:
            amount_col = next((i for i in range(label_col + 1, len(cells)) if cells[i].text.strip() != label
                               and PLAIN_AMOUNT.match(unicodedata.normalize("NFKC", cells[i].text).strip())), None)
        end += 1
        if L.is_total_row(label):
            break
    if amount_col is None or end == r:
        return None
    m = _COMPOSITION.match(L.norm_label(side_text))
    side = "income" if m and m.group("side") == "收入" else "expense"
    return CompositionBlock(side, r, label_col, amount_col, end, first=r)


def read_composition_row(g: Grid, sheet: GoalSheet, block: CompositionBlock, r: int, unit: str, assign: Assign) -> None:
    """One row of a 收入构成 / 支出构成 block: the amount in its 当年金额 column."""
    label = g.cell(r, block.label_col)
    value = g.cell(r, block.amount_col)
    loc = g.loc(r, block.amount_col)
    if block.side == "expense":
        key = "total" if L.is_total_row(label) else _EXPENSE_KEYS.get(L.norm_label(label), L.norm_label(label))
        if key not in sheet.expenditure and value:
            sheet.expenditure[key] = MoneyField(label=label, raw=value, value_wan=money_to_wan(value, unit), unit=unit,
                                                location=loc)
        return
    if L.is_total_row(label):
        assign(sheet, "年度资金总额", value, loc, unit)
    elif L.match(L.FUND_INDEX, label):
        assign(sheet, label, value, loc, unit)
    elif money_to_wan(value) and (n := L.norm_label(label)) not in sheet.unknown_fund_labels:
        sheet.unknown_fund_labels.append(n)
        sheet.note("funds", f"资金栏“{label}”（{value}）不在已知的资金来源名称中，未计入来源合计。",
                   evidence=label, location=g.loc(r, block.label_col))
