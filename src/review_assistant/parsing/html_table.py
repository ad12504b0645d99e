"""A web page saved under an Excel name (.xls) → the neutral sheet grid.

Budget and finance systems often "export to Excel" by writing an HTML table into a file named .xls
(Excel opens it after a warning; xlrd cannot, see python-excel/xlrd#350). Each top-level ``<table>``
becomes one sheet: ``colspan``/``rowspan`` become merged ranges, ``<br>`` a line break inside the
cell, other whitespace collapses as a browser shows it. Text inside a nested table joins the text of
the cell holding it. Sheet names come from Excel's own ``<x:Name>`` markers when the page has them
(Excel's "save as web page"), else from the file name.

Spans are capped as browsers cap them (colspan 1000, rowspan 65534) and every grid position a cell
or span takes is counted against ``limits.max_xlsx_cells`` while parsing.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from review_assistant.errors import DocumentError
from review_assistant.parsing.sheets import Merge, Position, SheetGrid, Workbook, check_cell_total
from review_assistant.parsing.text import decode_text
from review_assistant.settings import LimitSettings

_MAX_COLSPAN, _MAX_ROWSPAN = 1000, 65534
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_SHEET_NAME = re.compile(r"<x:Name>([^<]{1,100})</x:Name>", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
# Chinese pages declare the national encodings by their older names; GB18030 reads them all.
_GB = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"}
_SKIP = frozenset({"script", "style"})


def read_html_workbook(path: Path, data: bytes, limits: LimitSettings) -> Workbook:
    text = _decode(path, data)
    parser = _Tables(path, limits)
    parser.feed(text)
    parser.close()
    grids = [g for g in parser.grids if g.values]
    if not grids:
        raise DocumentError(path, "文件实际是网页（HTML）格式，只是扩展名为 .xls，但其中没有可读取的表格内容；"
                            "请用 Excel 或 WPS 打开后另存为 .xlsx 再上传")
    names = _SHEET_NAME.findall(text)
    stem = path.stem or "Sheet1"
    for i, grid in enumerate(grids):
        grid.title = names[i].strip() if len(names) == len(grids) and names[i].strip() else (
            stem if len(grids) == 1 else f"{stem}（{i + 1}）")
    return Workbook(names=[g.title for g in grids], sheets=grids)


def _decode(path: Path, data: bytes) -> str:
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _CHARSET.search(data[:4096])
        if m:
            name = m.group(1).decode("ascii", "replace").lower()
            try:
                return data.decode("gb18030" if name in _GB else name)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: guess like a text file
    return decode_text(path, data)


class _Tables(HTMLParser):
    """Collects the top-level tables of a page as grids (1-based positions, as Excel counts)."""

    def __init__(self, path: Path, limits: LimitSettings) -> None:
        super().__init__(convert_charrefs=True)
        self.path = path
        self.limits = limits
        self.grids: list[SheetGrid] = []
        self._depth = 0  # table nesting
        self._skip = 0  # inside <script>, <style>, <head>
        self._row = 0
        # Columns taken by rowspans from rows above, for this row and those below (rows passed are dropped).
        self._taken: dict[int, set[int]] = {}
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._at: Position = (0, 0)
        self._positions = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
            return
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.grids.append(SheetGrid(title=""))
                self._row, self._taken, self._cell = 0, {}, None
            return
        if self._depth != 1:
            if self._cell is not None:  # a nested table: its cells join the outer cell's text
                self._cell.append({"br": "\n", "tr": "\n", "td": " ", "th": " "}.get(tag, ""))
            return
        if tag == "tr":
            self._end_cell()
            self._taken.pop(self._row, None)
            self._row += 1
        elif tag in ("td", "th"):
            self._end_cell()
            if self._row == 0:
                self._row = 1
            span = dict(attrs)
            self._span = (_span(span.get("rowspan"), _MAX_ROWSPAN), _span(span.get("colspan"), _MAX_COLSPAN))
            col = 1
            taken = self._taken.get(self._row, set())
            while col in taken:
                col += 1
            self._at = (self._row, col)
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP or tag == "table":
            return  # a self-closed <table/> or <style/> opens nothing
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "table" and self._depth:
            if self._depth == 1:
                self._end_cell()
            self._depth -= 1
        elif self._depth == 1 and tag in ("td", "th", "tr"):
            self._end_cell()

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._skip:
            self._cell.append(data)

    def _end_cell(self) -> None:
        if self._cell is None:
            return
        lines = (_SPACES.sub(" ", ln).strip() for ln in "".join(self._cell).split("\n"))
        text = "\n".join(ln for ln in lines if ln)
        self._cell = None
        grid = self.grids[-1]
        (r0, c0), (rows, cols) = self._at, self._span
        self._positions += rows * cols
        check_cell_total(self.path, self._positions, self.limits)
        for r in range(r0, r0 + rows):
            self._taken.setdefault(r, set()).update(range(c0, c0 + cols))
        if text:
            grid.values[(r0, c0)] = text
        if rows > 1 or cols > 1:
            merge: Merge = (r0, c0, r0 + rows - 1, c0 + cols - 1)
            grid.merges.append(merge)


def _span(value: str | None, cap: int) -> int:
    try:
        n = int((value or "1").strip().rstrip(";"))
    except ValueError:
        return 1
    return min(max(n, 1), cap)
