"""Write the same workbook as Excel 97-2003 (.xls, with xlwt) or as the HTML table systems save as .xls.

:func:`xlsx_to_xls` copies what a reader sees of an openpyxl workbook — the cached values, each cell's
number format, merged ranges, sheet names, hidden sheets, rows and columns — so a test can compare the two readers on
one sheet. Document properties go into the OLE summary stream (xlwt itself writes none).
"""

from __future__ import annotations

import html
from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import xlwt


def write_rows(path: Path, rows: list[list[str]], sheet: str = "Sheet1") -> Path:
    """One worksheet holding ``rows`` from A1, as a form exported to .xlsx looks."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(str(path))
    return path


def save_with_side_sheets(wb: openpyxl.Workbook, path: Path) -> Path:
    """Add the sheets a reader must cope with beside the form (an empty one, notes, a hidden one) and save."""
    wb.create_sheet("空白页")
    notes = wb.create_sheet("说明")
    notes["A1"] = "附注"
    hidden = wb.create_sheet("隐藏")
    hidden["A1"] = "隐藏的内容"
    hidden.sheet_state = "hidden"
    wb.save(str(path))
    return path


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
        for r, dim in ws.row_dimensions.items():  # hidden rows and columns, as Excel keeps them in an .xls
            if dim.hidden:
                sheet.row(r - 1).hidden = True
        for letter, dim in ws.column_dimensions.items():
            if dim.hidden:
                from openpyxl.utils import column_index_from_string

                for c in range(dim.min or column_index_from_string(letter), (dim.max or dim.min or 0) + 1):
                    sheet.col(c - 1).hidden = True
    book.save(str(out))
    # xlwt writes no document properties: add the summary stream Excel writes (title, author, ...).
    p = wb.properties
    props = {pid: v for pid, v in ((2, p.title), (3, p.subject), (4, p.creator), (5, p.keywords),
                                   (6, p.description), (8, p.lastModifiedBy)) if v}
    if props:
        import io

        from xlrd.compdoc import CompDoc

        stream, base, size = CompDoc(out.read_bytes(), logfile=io.StringIO()).locate_named_stream("Workbook")
        out.write_bytes(ole_file({"Workbook": bytes(stream[base:base + size]),
                                  "\x05SummaryInformation": summary_stream(props)}))
    return out


def summary_stream(props: dict[int, str]) -> bytes:
    """A summary-information stream (MS-OLEPS) with Unicode string properties by property id
    (2 title, 3 subject, 4 author, 5 keywords, 6 comments, 8 last author)."""
    import struct

    body, table = b"", b""
    offset = 8 + 8 * len(props)
    for pid, text in props.items():
        raw = (text + "\x00").encode("utf-16-le")
        table += struct.pack("<II", pid, offset + len(body))
        item = struct.pack("<HHI", 0x1F, 0, len(raw) // 2) + raw
        body += item + b"\x00" * (-len(item) % 4)
    pset = struct.pack("<II", 8 + len(table) + len(body), len(props)) + table + body
    header = b"\xfe\xff\x00\x00\x05\x01\x02\x00" + b"\x00" * 16 + struct.pack("<I", 1) + b"\x11" * 16
    return header + struct.pack("<I", len(header) + 4) + pset


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


def ole_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE2 compound file (512-byte sectors) holding ``streams`` in the root storage.

    The mini-stream cutoff is written as 0, so every stream lives in ordinary sectors (no mini stream);
    readers take the cutoff from the header. Enough to add a summary stream beside a workbook.
    """
    import struct

    sec = 512
    free, end, fat_sid = -1, -2, -3
    data_secs: list[bytes] = []
    fat: list[int] = []
    starts: list[int] = []
    for data in streams.values():
        n = max(1, -(-len(data) // sec))
        starts.append(len(data_secs))
        for i in range(n):
            data_secs.append(data[i * sec:(i + 1) * sec].ljust(sec, b"\x00"))
            fat.append(len(fat) + 1 if i < n - 1 else end)

    def entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
        raw = (name.encode("utf-16-le") + b"\x00\x00") if name else b""
        return (raw.ljust(64, b"\x00") + struct.pack("<HBBiii", len(raw), kind, 1, -1, right, child)
                + b"\x00" * 36 + struct.pack("<iiI", start, size, 0))

    names = list(streams)
    entries = [entry("Root Entry", 5, -1, 1 if names else -1, end, 0)]
    for i, name in enumerate(names):
        entries.append(entry(name, 2, i + 2 if i + 1 < len(names) else -1, -1, starts[i], len(streams[name])))
    directory = b"".join(entries)
    directory = directory.ljust(-(-len(directory) // sec) * sec, b"\x00")
    dir_start = len(data_secs)
    n_dir = len(directory) // sec
    for i in range(n_dir):
        data_secs.append(directory[i * sec:(i + 1) * sec])
        fat.append(len(fat) + 1 if i < n_dir - 1 else end)
    per = sec // 4
    n_fat = 1
    while len(fat) + n_fat > per * n_fat:
        n_fat += 1
    assert n_fat <= 109, "test files only: no DIFAT extension"
    fat_start = len(data_secs)
    fat.extend([fat_sid] * n_fat)
    fat.extend([free] * (per * n_fat - len(fat)))
    data_secs.extend(struct.pack(f"<{per}i", *fat[i * per:(i + 1) * per]) for i in range(n_fat))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<iiiiiiiii", 0, n_fat, dir_start, 0, 0, end, 0, end, 0)
              + struct.pack("<109i", *range(fat_start, fat_start + n_fat), *([free] * (109 - n_fat))))
    assert len(header) == 512
    return header + b"".join(data_secs)
