"""Excel (.xlsx) → one heading (the sheet name) and one table per non-empty worksheet.

Values are rendered the way a reader sees them in Excel, as far as it matters for review: integers
without ".0", no binary float noise, percentages as "%", dates as YYYY-MM-DD. Formulas are read as
their cached results (``data_only``). A workbook written by a program and never opened in Excel has
formulas without saved results: those cells are marked ``unread`` (text empty) and the parse warns,
so the checks can say the values could not be read instead of calling them missing.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from review_assistant.errors import DocumentError
from review_assistant.parsing.common import BlockBuilder, ParseResult
from review_assistant.parsing.model import Cell
from review_assistant.settings import LimitSettings

_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})\"")
_SHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$")
_PERCENT_DECIMALS = re.compile(r"0\.(0+)%")
# A cell holding a formula with no saved result: <f>…</f> (or <f/>) followed by no <v>, or an empty one.
_FORMULA_WITHOUT_VALUE = re.compile(rb"<(?:\w+:)?f(?:\s[^>]*)?(?:/>|>[^<]*</(?:\w+:)?f>)\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")


def _formula_cells(path: Path) -> dict[str, set[tuple[int, int]]]:
    """Positions of formula cells per sheet title (a second, formula-preserving load; only when needed)."""
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(str(path), read_only=False, data_only=False)
    try:
        return {ws.title: {k for k, cell in ws._cells.items()
                           if cell.data_type == "f"}
                for ws in wb.worksheets}
    finally:
        wb.close()


def scan_sheets(path: Path) -> tuple[int, bool]:
    """One raw pass over the worksheet parts, without building a workbook: the number of ``<c>``
    elements plus the grid positions every merged range covers (a cheap pre-check: openpyxl makes an
    object per merged position), and whether any formula cell lacks a saved result."""
    total = 0
    unsaved = False
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if not _SHEET_PART.match(info.filename):
                continue
            tail = b""
            with zf.open(info) as fh:
                while chunk := fh.read(1 << 20):
                    # Keep the bytes across chunk borders so a split tag is counted once and still matched.
                    window = tail + chunk
                    total += len(_CELL_TAG.findall(window)) - len(_CELL_TAG.findall(tail))
                    total += sum(_area(m) for m in _MERGE_REF.findall(window)) \
                        - sum(_area(m) for m in _MERGE_REF.findall(tail))
                    unsaved = unsaved or bool(_FORMULA_WITHOUT_VALUE.search(window))
                    tail = window[-4096:]
    return total, unsaved


def _area(match: tuple[bytes, bytes, bytes, bytes]) -> int:
    c0, r0, c1, r1 = match
    return (abs(int(r1) - int(r0)) + 1) * (abs(_col_number(c1) - _col_number(c0)) + 1)


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def parse_xlsx(path: Path, limits: LimitSettings) -> ParseResult:
    """Parse a workbook (already vetted by the guard) into heading + table blocks per sheet."""
    n_cells, unsaved_formulas = scan_sheets(path)
    if n_cells > limits.max_xlsx_cells:
        raise DocumentError(
            path, f"工作簿共有 {n_cells} 个单元格，超过上限 {limits.max_xlsx_cells} 个，请删除无关内容或拆分后再上传"
        )
    import openpyxl

    # read_only=False: merged ranges are only available in the full model. openpyxl warns about every
    # extension it drops (data validation, conditional formats); none of them carries text.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(str(path), read_only=False, data_only=True)
    formulas = _formula_cells(path) if unsaved_formulas else {}
    try:
        builder = BlockBuilder()
        result = ParseResult(pages=len(wb.worksheets))
        for index, ws in enumerate(wb.worksheets):
            unsaved = {k for k in formulas.get(ws.title, set())
                       if (cell := ws._cells.get(k)) is None or cell.value is None}
            rows = _sheet_rows(ws, path, limits, unsaved)
            if not rows:
                continue
            page = index + 1
            builder.heading(ws.title, 1, page=page, sheet=ws.title, style="sheet")
            builder.table(rows, page=page, sheet=ws.title)
            if ws.sheet_state != "visible":
                result.warnings.append(f"工作表“{ws.title}”是隐藏的，其内容也已读取")
            if unsaved:
                result.warnings.append(
                    f"工作表“{ws.title}”有 {len(unsaved)} 个公式单元格没有保存计算结果（文件生成后未在 Excel 中重新计算），"
                    "这些数值无法读取；请在 Excel 中打开并保存后再上传")
        result.blocks = builder.blocks
        result.properties = _properties(wb)
        result.title = result.properties.get("title") or _title_row(builder) or (
            wb.worksheets[0].title if wb.worksheets else None
        )
        return result
    finally:
        wb.close()


def _sheet_rows(ws: Any, path: Path, limits: LimitSettings,
                unsaved: set[tuple[int, int]] | None = None) -> list[list[Cell]]:
    # ws._cells holds only cells present in the file; iter_rows would materialise every empty position.
    values: dict[tuple[int, int], str] = {}
    for (r, c), cell in ws._cells.items():
        text = render_value(cell.value, cell.number_format)
        if text:
            values[(r, c)] = text
    # Two cells far apart, or one merged range over the whole sheet, would make billions of grid
    # positions out of a few bytes: count the positions before making any.
    merged_area = sum((rng.max_row - rng.min_row + 1) * (rng.max_col - rng.min_col + 1)
                      for rng in ws.merged_cells.ranges)
    if merged_area > limits.max_xlsx_cells:
        raise DocumentError(path, f"工作表“{ws.title}”的合并单元格共覆盖 {merged_area} 个格子，超过上限 "
                            f"{limits.max_xlsx_cells} 个，疑似异常文件，已拒绝")
    covered: dict[tuple[int, int], str] = {}
    for rng in ws.merged_cells.ranges:
        text = values.get((rng.min_row, rng.min_col), "")
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if (r, c) != (rng.min_row, rng.min_col):
                    covered[(r, c)] = text
    unsaved = unsaved or set()
    filled = list(values) + [k for k, v in covered.items() if v] + list(unsaved)
    if not filled:
        return []
    r0, r1 = min(k[0] for k in filled), max(k[0] for k in filled)
    c0, c1 = min(k[1] for k in filled), max(k[1] for k in filled)
    area = (r1 - r0 + 1) * (c1 - c0 + 1)
    if area > limits.max_xlsx_cells:
        raise DocumentError(path, f"工作表“{ws.title}”的内容范围（{r1 - r0 + 1} 行 × {c1 - c0 + 1} 列）超过上限 "
                            f"{limits.max_xlsx_cells} 个单元格，请删除远处的零散内容或拆分后再上传")
    rows: list[list[Cell]] = []
    for r in range(r0, r1 + 1):
        row: list[Cell] = []
        for c in range(c0, c1 + 1):
            if (r, c) in covered:
                row.append(Cell(text=covered[(r, c)], row=r - r0, column=c - c0, merged=True))
            else:
                row.append(Cell(text=values.get((r, c), ""), row=r - r0, column=c - c0,
                                unread=(r, c) in unsaved))
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


def _properties(wb: Any) -> dict[str, str]:
    props: dict[str, str] = {}
    p = wb.properties
    for name in ("title", "subject", "creator", "keywords", "category", "description", "lastModifiedBy",
                 "created", "modified"):
        value = getattr(p, name, None)
        if value is None or value == "":
            continue
        props[name] = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    return {k: v for k, v in props.items() if v}


def _title_row(builder: BlockBuilder) -> str | None:
    """A first table row with a single distinct text (a title merged across the top) is the title."""
    for block in builder.blocks:
        if block.table is None or not block.table.rows:
            continue
        texts = {c.text for c in block.table.rows[0] if c.text}
        return texts.pop() if len(texts) == 1 else None
    return None
