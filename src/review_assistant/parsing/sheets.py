"""The one table builder for every spreadsheet reader (.xlsx, .xls, HTML saved as .xls).

A reader turns its file into a neutral :class:`Workbook`: per sheet the rendered cell texts by
1-based ``(row, column)`` and the merged ranges. :func:`build_workbook` makes the parse result from
that — one heading (the sheet name) and one table per non-empty sheet — so the same sheet gives the
same blocks whichever format it was saved in. :func:`render_value` renders a typed cell value the
way Excel shows it; readers with typed values (openpyxl, xlrd) both use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from review_assistant.errors import DocumentError
from review_assistant.parsing.common import BlockBuilder, ParseResult
from review_assistant.parsing.model import Cell
from review_assistant.settings import LimitSettings

_PERCENT_DECIMALS = re.compile(r"0\.(0+)%")

Position = tuple[int, int]
# (min_row, min_col, max_row, max_col), 1-based and inclusive, as Excel names a range.
Merge = tuple[int, int, int, int]


@dataclass
class SheetGrid:
    """One worksheet as a reader saw it: rendered texts and merged ranges, nothing format-specific."""

    title: str
    values: dict[Position, str] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)
    hidden: bool = False
    # Formula cells whose result was never saved (xlsx written by a program, never recalculated).
    unsaved: set[Position] = field(default_factory=set)
    # Rows and columns hidden in the sheet (1-based): a reviewer looking at the workbook does not see them.
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)


@dataclass
class Workbook:
    """Sheet names in order (empty sheets too: they still count as pages) and the sheets, read lazily."""

    names: list[str]
    sheets: Iterable[SheetGrid]
    properties: dict[str, str] = field(default_factory=dict)


def check_cell_total(path: Path, total: int, limits: LimitSettings) -> None:
    """Refuse a workbook whose cells (plus the positions merged ranges cover) exceed the limit."""
    if total > limits.max_xlsx_cells:
        raise DocumentError(
            path, f"工作簿共有 {total} 个单元格，超过上限 {limits.max_xlsx_cells} 个，请删除无关内容或拆分后再上传"
        )


def merge_area(merges: Iterable[Merge]) -> int:
    return sum((r1 - r0 + 1) * (c1 - c0 + 1) for r0, c0, r1, c1 in merges)


def build_workbook(path: Path, book: Workbook, limits: LimitSettings) -> ParseResult:
    """Heading + table blocks per non-empty visible sheet, warnings for what was skipped and unsaved formulas.

    The submission is what a reviewer sees opening the workbook: hidden sheets (an old version, the form's
    instructions) and hidden rows and columns (template rows, helper formulas) are left out, each with a
    warning; hidden sheets are read only when no visible sheet has any content.
    """
    builder = BlockBuilder()
    result = ParseResult(pages=len(book.names))
    hidden: list[tuple[int, SheetGrid, list[list[Cell]]]] = []
    shown = 0
    for index, sheet in enumerate(book.sheets):
        rows = sheet_rows(path, sheet, limits)
        if not rows:
            continue
        if sheet.hidden:
            hidden.append((index, sheet, rows))
            continue
        shown += 1
        _add_sheet(builder, result, index, sheet, rows)
    for index, sheet, rows in hidden:
        if shown:
            result.warnings.append(f"工作表“{sheet.title}”是隐藏的，不属于报送内容，未读取")
        else:
            result.warnings.append(f"工作表“{sheet.title}”是隐藏的；工作簿没有其他有内容的工作表，已读取其内容")
            _add_sheet(builder, result, index, sheet, rows)
    result.blocks = builder.blocks
    result.properties = book.properties
    result.title = result.properties.get("title") or _title_row(builder) or (book.names[0] if book.names else None)
    return result


def _add_sheet(builder: BlockBuilder, result: ParseResult, index: int, sheet: SheetGrid,
               rows: list[list[Cell]]) -> None:
    page = index + 1
    builder.heading(sheet.title, 1, page=page, sheet=sheet.title, style="sheet")
    builder.table(rows, page=page, sheet=sheet.title)
    rows_left, cols_left = _hidden_content(sheet)
    if rows_left or cols_left:
        parts = ([f"{rows_left}行"] if rows_left else []) + ([f"{cols_left}列"] if cols_left else [])
        result.warnings.append(f"工作表“{sheet.title}”有{'、'.join(parts)}隐藏的内容，按 Excel 中看到的表格审核，未读取隐藏部分")
    unsaved = sum(c.unread for row in rows for c in row)
    if unsaved:
        result.warnings.append(
            f"工作表“{sheet.title}”有 {unsaved} 个公式单元格没有保存计算结果（文件生成后未在 Excel 中重新计算），"
            "这些数值无法读取；请在 Excel 中打开并保存后再上传")


def _hidden_content(sheet: SheetGrid) -> tuple[int, int]:
    """How many hidden rows and hidden columns hold text (or an unsaved formula)."""
    filled = {k for k, v in sheet.values.items() if v} | sheet.unsaved
    return (len({r for r, _ in filled if r in sheet.hidden_rows}),
            len({c for r, c in filled if c in sheet.hidden_cols and r not in sheet.hidden_rows}))


def sheet_rows(path: Path, sheet: SheetGrid, limits: LimitSettings) -> list[list[Cell]]:
    """The sheet's used range as rows of cells; merged positions repeat the top-left text."""
    values = sheet.values
    # Two cells far apart, or one merged range over the whole sheet, would make billions of grid
    # positions out of a few bytes: count the positions before making any.
    merged_area = merge_area(sheet.merges)
    if merged_area > limits.max_xlsx_cells:
        raise DocumentError(path, f"工作表“{sheet.title}”的合并单元格共覆盖 {merged_area} 个格子，超过上限 "
                            f"{limits.max_xlsx_cells} 个，疑似异常文件，已拒绝")
    covered: dict[Position, str] = {}
    for r0, c0, r1, c1 in sheet.merges:
        text = values.get((r0, c0), "")
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered[(r, c)] = text
    unsaved = sheet.unsaved
    skip_r, skip_c = sheet.hidden_rows, sheet.hidden_cols
    filled = [k for k in [*(k for k, v in values.items() if v), *(k for k, v in covered.items() if v), *unsaved]
              if k[0] not in skip_r and k[1] not in skip_c]
    if not filled:
        return []
    r_lo, r_hi = min(k[0] for k in filled), max(k[0] for k in filled)
    c_lo, c_hi = min(k[1] for k in filled), max(k[1] for k in filled)
    area = (r_hi - r_lo + 1) * (c_hi - c_lo + 1)
    if area > limits.max_xlsx_cells:
        raise DocumentError(path, f"工作表“{sheet.title}”的内容范围（{r_hi - r_lo + 1} 行 × {c_hi - c_lo + 1} 列）超过上限 "
                            f"{limits.max_xlsx_cells} 个单元格，请删除远处的零散内容或拆分后再上传")
    rows: list[list[Cell]] = []
    shown_cols = [c for c in range(c_lo, c_hi + 1) if c not in skip_c]
    for r in (r for r in range(r_lo, r_hi + 1) if r not in skip_r):
        row: list[Cell] = []
        i = len(rows)
        for j, c in enumerate(shown_cols):
            if (r, c) in covered:
                row.append(Cell(text=covered[(r, c)], row=i, column=j, merged=True))
            else:
                row.append(Cell(text=values.get((r, c), ""), row=i, column=j, unread=(r, c) in unsaved))
        rows.append(row)
    return rows


def render_value(value: Any, number_format: str | None = None) -> str:
    """A cell value as Excel shows it, without float noise: 120, 0.95, 95%, 2025-01-31."""
    fmt = number_format or "General"
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%d %H:%M" if value.second == 0 else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, time):
        return value.strftime("%H:%M" if value.second == 0 else "%H:%M:%S")
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, int | float | Decimal):
        if "%" in fmt:
            m = _PERCENT_DECIMALS.search(fmt)
            decimals = len(m.group(1)) if m else 0
            return f"{float(value) * 100:.{decimals}f}%"
        return _plain(value)
    return str(value).strip()


def _plain(value: int | float | Decimal) -> str:
    if isinstance(value, int):
        return str(value)
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        return str(number)
    if number.is_integer() and abs(number) < 1e16:
        return str(int(number))
    # 15 significant digits is what Excel itself keeps; it drops noise like 0.1+0.2 = 0.30000000000000004.
    text = f"{number:.15g}"
    if "e" in text:
        text = f"{Decimal(text):f}"
    return text


def _title_row(builder: BlockBuilder) -> str | None:
    """A first table row with a single distinct text (a title merged across the top) is the title."""
    for block in builder.blocks:
        if block.table is None or not block.table.rows:
            continue
        texts = {c.text for c in block.table.rows[0] if c.text}
        return texts.pop() if len(texts) == 1 else None
    return None
