"""Write the same workbook as Excel 97-2003 (.xls, with xlwt) or as the HTML table systems save as .xls.

:func:`xlsx_to_xls` copies what a reader sees of an openpyxl workbook — the cached values, each cell's
number format, merged ranges, sheet names and hidden sheets — so a test can compare the two readers on
one sheet.
"""

from __future__ import annotations

import html
from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import xlwt


def xlsx_to_xls(src: Path, out: Path) -> Path:
    """The workbook at ``src`` (values as last saved) rewritten as a BIFF8 .xls at ``out``."""
    wb = openpyxl.load_workbook(str(src), data_only=True)
    book = xlwt.Workbook(encoding="utf-8")
    styles: dict[str, xlwt.XFStyle] = {}
    for ws in wb.worksheets:
        sheet = book.add_sheet(ws.title, cell_overwrite_ok=True)
        if ws.sheet_state != "visible":
            sheet.visibility = 1
        for (r, c), cell in ws._cells.items():
            value = cell.value
            if value is None:
                continue
            if isinstance(value, timedelta):
                value = value.total_seconds() / 86400
            fmt = cell.number_format or "General"
            if fmt not in styles:
                styles[fmt] = xlwt.XFStyle()
                styles[fmt].num_format_str = fmt
            sheet.write(r - 1, c - 1, value, styles[fmt])
        for rng in ws.merged_cells.ranges:
            sheet.merge(rng.min_row - 1, rng.max_row - 1, rng.min_col - 1, rng.max_col - 1)
    book.save(str(out))
    return out


def write_xls(out: Path, sheets: dict[str, list[list[Any]]],
              merges: dict[str, list[tuple[int, int, int, int]]] | None = None,
              formats: dict[tuple[str, int, int], str] | None = None) -> Path:
    """A .xls from rows of values per sheet; merges as 0-based (r0, r1, c0, c1) inclusive."""
    book = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name, cell_overwrite_ok=True)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                style = xlwt.XFStyle()
                style.num_format_str = (formats or {}).get((name, r, c), "General")
                sheet.write(r, c, value, style)
        for r0, r1, c0, c1 in (merges or {}).get(name, []):
            sheet.merge(r0, r1, c0, c1)
    book.save(str(out))
    return out


def xlsx_to_html(src: Path, out: Path, encoding: str = "utf-8") -> Path:
    """The first sheet of ``src`` as an HTML table (colspan/rowspan for merges), the way systems export."""
    from review_assistant.parsing.sheets import render_value

    ws = openpyxl.load_workbook(str(src), data_only=True).worksheets[0]
    spans = {(m.min_row, m.min_col): (m.max_row - m.min_row + 1, m.max_col - m.min_col + 1)
             for m in ws.merged_cells.ranges}
    hidden = {(r, c) for m in ws.merged_cells.ranges for r in range(m.min_row, m.max_row + 1)
              for c in range(m.min_col, m.max_col + 1)} - set(spans)
    charset = "gb2312" if encoding == "gb18030" else encoding
    parts = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
             "<style>td {mso-number-format:\\@;}</style><title>导出</title></head><body><table border=1>"]
    for r in range(1, ws.max_row + 1):
        parts.append("<tr>")
        for c in range(1, ws.max_column + 1):
            if (r, c) in hidden:
                continue
            cell = ws.cell(r, c)
            text = html.escape(render_value(cell.value, cell.number_format)).replace("\n", "<br>")
            rows, cols = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{rows}"' if rows > 1 else "") + (f' colspan="{cols}"' if cols > 1 else "")
            parts.append(f"<td{attrs}>{text}</td>")
        parts.append("</tr>\n")
    parts.append("</table></body></html>")
    out.write_bytes("".join(parts).encode(encoding))
    return out
