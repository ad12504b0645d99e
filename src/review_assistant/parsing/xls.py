"""Excel 97-2003 (.xls) and WPS (.et) workbooks in the BIFF format → the neutral sheet grid, via xlrd.

The grid is the one the .xlsx reader makes for the same sheet, so :mod:`review_assistant.parsing.sheets`
builds identical blocks: numbers go through the same :func:`render_value` with the cell's number format,
and serial dates are converted with openpyxl's own rule (same date formats, same epochs).

Before xlrd builds anything, one pass over the BIFF records counts the cells and the positions merged
ranges cover (as the .xlsx pre-scan does), so a small file claiming millions of cells is refused first.
Sheets are then loaded one at a time (``on_demand``) and unloaded once their grid is made.

A file named .xls that is really a web page (budget systems export HTML tables under that name) is read
by :mod:`review_assistant.parsing.html_table` into the same grid.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from review_assistant.errors import DocumentError
from review_assistant.parsing.common import ParseResult
from review_assistant.parsing.sheets import (
    SheetGrid,
    Workbook,
    build_workbook,
    check_cell_total,
    render_value,
)
from review_assistant.settings import LimitSettings

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# BIFF records holding one cell each (NUMBER, RK, LABELSST, LABEL, BOOLERR, FORMULA, BLANK, RSTRING),
# the two holding a run of cells, and the merged-ranges record.
_ONE_CELL = frozenset({0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x0201, 0x00D6})
_MULRK, _MULBLANK, _MERGEDCELLS = 0x00BD, 0x00BE, 0x00E5
_HEADER = struct.Struct("<HH")
_RANGE = struct.Struct("<HHHH")


def parse_xls(path: Path, limits: LimitSettings) -> ParseResult:
    """Parse a workbook the guard has let through as ``xls`` (a BIFF workbook or an HTML table)."""
    data = path.read_bytes()  # the guard has bounded the size
    if not data.startswith(OLE_MAGIC):
        from review_assistant.parsing.html_table import read_html_workbook

        return build_workbook(path, read_html_workbook(path, data, limits), limits)
    import xlrd

    log = io.StringIO()  # xlrd writes its warnings to a log; stdout carries JSON output
    try:
        stream, base, size, summary = _workbook_stream(path, data, log)
        check_cell_total(path, _count_cells(stream, base, size), limits)
        del stream
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True,
                                  ragged_rows=True, logfile=log, verbosity=0)
    except DocumentError:
        raise
    except Exception as exc:  # XLRDError, CompDocError, struct.error, IndexError... on a damaged file
        raise _failure(path, exc) from exc
    try:
        properties = {"lastModifiedBy": name} if (name := str(book.user_name or "").strip()) else {}
        properties.update(summary)  # the summary's last author, when present, is the better source
        return build_workbook(path, Workbook(names=book.sheet_names(), sheets=_sheets(book),
                                             properties=properties), limits)
    except (DocumentError, MemoryError, RecursionError):
        raise
    except Exception as exc:
        raise _failure(path, exc) from exc
    finally:
        book.release_resources()


def _app(path: Path) -> str:
    return "WPS 表格" if path.suffix.lower() == ".et" else "Excel 或 WPS"


def _failure(path: Path, exc: BaseException) -> DocumentError:
    text = str(exc)
    if "encrypted" in text:
        return DocumentError(path, f"工作簿设置了打开密码（已加密），请在 {_app(path)} 中取消密码后再上传")
    return DocumentError(
        path, f"文件已损坏或不完整（Excel 97-2003 工作簿结构错误），无法读取；请用 {_app(path)} 打开后另存为 .xlsx 再上传"
    )


def _workbook_stream(path: Path, data: bytes, log: Any) -> tuple[bytes, int, int, dict[str, str]]:
    """The BIFF stream inside the OLE2 container (named Workbook, or Book in Excel 5/95 files), and the
    document properties from the summary stream beside it."""
    from xlrd.compdoc import CompDoc

    doc = CompDoc(data, logfile=log)
    for name in ("Workbook", "Book"):
        stream, base, size = doc.locate_named_stream(name)
        if stream:
            return stream, base, size, _summary(doc)
    if doc.locate_named_stream("WordDocument")[0]:
        raise DocumentError(path, "文件实际是 Word 文档（.doc），只是扩展名为表格格式；请上传正确的文件或用 Word 另存为 .docx")
    if path.suffix.lower() == ".et":
        raise DocumentError(path, "这是 WPS 表格的专有格式，无法直接读取；请在 WPS 表格中另存为 .xlsx 后再上传")
    raise DocumentError(path, "文件内没有 Excel 工作簿数据（不是 Excel 97-2003 工作簿），可能是改了扩展名的其他文件")


def _count_cells(stream: bytes, base: int, size: int) -> int:
    """Cell records plus the grid positions merged ranges cover, from the record headers alone."""
    total = 0
    pos, end = base, min(base + size, len(stream))
    while pos + 4 <= end:
        rtype, rlen = _HEADER.unpack_from(stream, pos)
        body = pos + 4
        if rtype in _ONE_CELL:
            total += 1
        elif rtype == _MULRK:
            total += max(0, (rlen - 6) // 6)
        elif rtype == _MULBLANK:
            total += max(0, (rlen - 6) // 2)
        elif rtype == _MERGEDCELLS and rlen >= 2 and body + rlen <= end:
            (count,) = struct.unpack_from("<H", stream, body)
            for i in range(min(count, (rlen - 2) // 8)):
                r0, r1, c0, c1 = _RANGE.unpack_from(stream, body + 2 + 8 * i)
                total += (abs(r1 - r0) + 1) * (abs(c1 - c0) + 1)
        pos = body + rlen
    return total


def _sheets(book: Any) -> Iterator[SheetGrid]:
    from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH

    epoch = MAC_EPOCH if book.datemode == 1 else WINDOWS_EPOCH
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        try:
            yield _grid(book, sheet, epoch)
        finally:
            book.unload_sheet(index)


def _grid(book: Any, sheet: Any, epoch: datetime) -> SheetGrid:
    values: dict[tuple[int, int], str] = {}
    for r in range(sheet.nrows):
        for c in range(sheet.row_len(r)):
            text = _render(book, sheet, r, c, epoch)
            if text:
                values[(r + 1, c + 1)] = text
    # xlrd: (first row, row after last, first column, column after last), 0-based.
    merges = [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in sheet.merged_cells if r1 > r0 and c1 > c0]
    rows_info = getattr(sheet, "rowinfo_map", {}) or {}
    cols_info = getattr(sheet, "colinfo_map", {}) or {}
    return SheetGrid(title=sheet.name, values=values, merges=merges, hidden=sheet.visibility != 0,
                     hidden_rows={r + 1 for r, info in rows_info.items() if getattr(info, "hidden", 0)},
                     hidden_cols={c + 1 for c, info in cols_info.items() if getattr(info, "hidden", 0)})


def _render(book: Any, sheet: Any, r: int, c: int, epoch: datetime) -> str:
    import xlrd
    from openpyxl.styles.numbers import is_date_format, is_timedelta_format
    from openpyxl.utils.datetime import from_excel

    ctype = sheet.cell_type(r, c)
    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    value = sheet.cell_value(r, c)
    if ctype == xlrd.XL_CELL_TEXT:
        return render_value(value)
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return render_value(bool(value))
    if ctype == xlrd.XL_CELL_ERROR:
        return str(xlrd.error_text_from_code.get(value, "#VALUE!"))
    fmt = _number_format(book, sheet.cell_xf_index(r, c))
    if is_date_format(fmt):
        try:
            value = from_excel(value, epoch, timedelta=is_timedelta_format(fmt))
        except (OverflowError, ValueError):
            return "#VALUE!"  # what openpyxl makes of a date cell outside the calendar
    return render_value(value, fmt)


def _number_format(book: Any, xf_index: int) -> str:
    try:
        fmt = book.format_map.get(book.xf_list[xf_index].format_key)
    except (IndexError, AttributeError):
        return "General"
    return fmt.format_str if fmt is not None and fmt.format_str else "General"


# Summary information property ids (MS-OLEPS) → the names the .xlsx reader uses for core properties.
_SUMMARY_IDS = {2: "title", 3: "subject", 4: "creator", 5: "keywords", 6: "description", 8: "lastModifiedBy",
                12: "created", 13: "modified"}
_VT_I2, _VT_LPSTR, _VT_LPWSTR, _VT_FILETIME = 0x02, 0x1E, 0x1F, 0x40
_FILETIME_EPOCH = datetime(1601, 1, 1)


def _summary(doc: Any) -> dict[str, str]:
    """Title, author and dates from the ``\\x05SummaryInformation`` stream; nothing when it is absent or odd."""
    try:
        stream, base, size = doc.locate_named_stream("\x05SummaryInformation")
        return parse_summary(bytes(stream[base:base + size])) if stream else {}
    except Exception:  # a damaged summary never stops the workbook from being read
        return {}


def parse_summary(data: bytes) -> dict[str, str]:
    """The first property set of a summary-information stream, as ``{"title": ..., "creator": ...}``."""
    if len(data) < 48 or data[:2] != b"\xfe\xff":
        return {}
    (start,) = struct.unpack_from("<I", data, 44)
    _size, count = struct.unpack_from("<II", data, start)
    entries = [struct.unpack_from("<II", data, start + 8 + 8 * i) for i in range(min(count, 256))]
    codepage = 1252
    values: dict[int, Any] = {}
    for pid, offset in entries:
        at = start + offset
        (vt,) = struct.unpack_from("<H", data, at)
        if vt == _VT_I2:
            values[pid] = struct.unpack_from("<h", data, at + 4)[0]
        elif vt in (_VT_LPSTR, _VT_LPWSTR):
            (n,) = struct.unpack_from("<I", data, at + 4)
            raw = data[at + 8: at + 8 + min(n * (2 if vt == _VT_LPWSTR else 1), 65536)]
            values[pid] = (vt, raw)
        elif vt == _VT_FILETIME:
            (ticks,) = struct.unpack_from("<Q", data, at + 4)
            values[pid] = _FILETIME_EPOCH + timedelta(microseconds=ticks // 10) if ticks else None
    if isinstance(values.get(1), int):
        codepage = values[1] & 0xFFFF
    out: dict[str, str] = {}
    for pid, name in _SUMMARY_IDS.items():
        value = values.get(pid)
        if isinstance(value, datetime):
            out[name] = value.isoformat()
        elif isinstance(value, tuple):
            vt, raw = value
            text = raw.decode("utf-16-le", "replace") if vt == _VT_LPWSTR else _decode_ansi(raw, codepage)
            if text := text.split("\x00", 1)[0].strip():
                out[name] = text
    return out


def _decode_ansi(raw: bytes, codepage: int) -> str:
    encoding = {65001: "utf-8", 1200: "utf-16-le", 936: "gb18030", 950: "cp950"}.get(codepage, f"cp{codepage}")
    try:
        return raw.decode(encoding, "replace")
    except LookupError:
        return raw.decode("gb18030", "replace")
