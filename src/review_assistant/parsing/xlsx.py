"""Excel (.xlsx) → the neutral sheet grid (:mod:`review_assistant.parsing.sheets` builds the blocks).

Values are rendered the way a reader sees them in Excel, as far as it matters for review: integers
without ".0", no binary float noise, percentages as "%", dates as YYYY-MM-DD. Formulas are read as
their cached results (``data_only``); hidden sheets, rows and columns are left out (see
:func:`~review_assistant.parsing.sheets.build_workbook`). A workbook written by a program and never opened in Excel has
formulas without saved results: those cells are marked ``unread`` (text empty) and the parse warns,
so the checks can say the values could not be read instead of calling them missing.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from pathlib import Path
from typing import Any

from review_assistant.parsing.common import ParseResult
from review_assistant.parsing.sheets import (
    SheetGrid,
    Workbook,
    build_workbook,
    check_cell_total,
    render_value,
)
from review_assistant.settings import LimitSettings

__all__ = ["parse_xlsx", "render_value", "scan_sheets"]

_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})\"")
_SHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$")
# A cell holding a formula with no saved result: <f>…</f> (or <f/>) followed by no <v>, or an empty one.
_FORMULA_WITHOUT_VALUE = re.compile(rb"<(?:\w+:)?f(?:\s[^>]*)?(?:/>|>[^<]*</(?:\w+:)?f>)\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")


def _formula_cells(path: Path) -> dict[str, set[tuple[int, int]]]:
    """Positions of formula cells per sheet title (a second, formula-preserving load; only when needed)."""
    import openpyxl

    with warnings.catch_warnings(), path.open("rb") as fh:
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(fh, read_only=False, data_only=False)
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
    check_cell_total(path, n_cells, limits)
    import openpyxl

    # read_only=False: merged ranges are only available in the full model. openpyxl warns about every
    # extension it drops (data validation, conditional formats); none of them carries text. The file is
    # passed open, so a workbook whose name ends in .xls (a renamed .xlsx) is read too.
    with warnings.catch_warnings(), path.open("rb") as fh:
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(fh, read_only=False, data_only=True)
    formulas = _formula_cells(path) if unsaved_formulas else {}
    try:
        book = Workbook(names=[ws.title for ws in wb.worksheets],
                        sheets=(_grid(ws, formulas.get(ws.title, set())) for ws in wb.worksheets),
                        properties=_properties(wb))
        return build_workbook(path, book, limits)
    finally:
        wb.close()


def _grid(ws: Any, formulas: set[tuple[int, int]]) -> SheetGrid:
    # ws._cells holds only cells present in the file; iter_rows would materialise every empty position.
    values: dict[tuple[int, int], str] = {}
    for (r, c), cell in ws._cells.items():
        text = render_value(cell.value, cell.number_format)
        if text:
            values[(r, c)] = text
    unsaved = {k for k in formulas if (cell := ws._cells.get(k)) is None or cell.value is None}
    merges = [(rng.min_row, rng.min_col, rng.max_row, rng.max_col) for rng in ws.merged_cells.ranges]
    return SheetGrid(title=ws.title, values=values, merges=merges, hidden=ws.sheet_state != "visible",
                     unsaved=unsaved, hidden_rows=_hidden_rows(ws), hidden_cols=_hidden_cols(ws))


def _hidden_rows(ws: Any) -> set[int]:
    return {r for r, dim in ws.row_dimensions.items() if dim.hidden}


def _hidden_cols(ws: Any) -> set[int]:
    """Hidden columns; one ``<col min max hidden>`` element may hide a run of them (bounded to the used range)."""
    from openpyxl.utils import column_index_from_string

    last = max((c for _r, c in ws._cells), default=0)
    hidden: set[int] = set()
    for letter, dim in ws.column_dimensions.items():
        if not dim.hidden:
            continue
        lo = dim.min or column_index_from_string(letter)
        hi = min(dim.max or lo, last)
        hidden.update(range(lo, hi + 1))
    return hidden


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
