"""PDF → blocks with pdfplumber: ruled tables per page (or a form table rebuilt from text positions when the page
has no ruling lines, :mod:`~review_assistant.parsing.pdf_borderless`), and the text outside them as paragraphs.

A PDF has no paragraphs, only positioned lines; they are regrouped here with layout cues (sentence-end
punctuation, short last lines, first-line indents, vertical gaps). Headings are not decided here:
a later stage classifies lines such as "一、" or "第一章" from their text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

from review_assistant.errors import DocumentError
from review_assistant.parsing.common import (
    ENUM_START,
    PARAGRAPH_END,
    BlockBuilder,
    ParseResult,
    is_page_number,
    join_cell_lines,
    join_wrapped,
)
from review_assistant.parsing.model import Cell
from review_assistant.parsing.pdf_borderless import Borderless, TextLine, find_borderless
from review_assistant.settings import LimitSettings

_PLACEHOLDER_TITLES = {"(anonymous)", "(unspecified)", "untitled", "无标题", "title", "标题"}
_MARGIN_BAND = 0.08  # top/bottom fraction of the page where running headers and page numbers live


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float


def parse_pdf(path: Path, limits: LimitSettings) -> ParseResult:
    """Parse a text-layer PDF (already vetted by the guard) into ordered blocks."""
    import pdfplumber

    # pdfminer logs every recoverable oddity (missing FontBBox, bad xref offsets) as a warning;
    # they are noise for the reviewer, and real failures still raise.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    result = ParseResult()
    builder = BlockBuilder()
    empty_pages: list[int] = []
    with pdfplumber.open(str(path)) as pdf:
        n_pages = len(pdf.pages)
        if n_pages > limits.max_pages:
            raise DocumentError(path, f"PDF 共 {n_pages} 页，超过上限 {limits.max_pages} 页，请拆分后再上传")
        result.pages = n_pages
        result.properties = _metadata(pdf.metadata)
        any_text = any_image = False
        flow = _Flow(builder)
        for number, page in enumerate(pdf.pages, start=1):
            try:
                if not page.chars:
                    empty_pages.append(number)
                    any_image = any_image or bool(page.images)
                    continue
                any_text = True
                flow.page(page.dedupe_chars(), number)
            finally:
                page.close()
    if not any_text:
        # Without any image either, the content streams may be damaged rather than scanned.
        maybe = "" if any_image else "（也可能是文件已损坏）"
        raise DocumentError(
            path, f"PDF 没有文字层，看起来是扫描件（图片型 PDF）{maybe}；暂不支持 OCR 识别，"
            "请提供可复制文字的 PDF 或 Word 版本",
        )
    if empty_pages:
        shown = "、".join(str(n) for n in empty_pages[:10]) + ("等" if len(empty_pages) > 10 else "")
        result.warnings.append(f"第 {shown} 页没有文字层（可能是扫描图片），其中的内容未能读取")
    result.blocks = builder.blocks
    result.title = _meta_title(result.properties.get("title")) or builder.guess_title()
    return result


def _meta_title(title: str | None) -> str | None:
    """The metadata title unless it is a generator placeholder or a file name ("Microsoft Word - x.docx")."""
    if not title:
        return None
    title = re.sub(r"^Microsoft (?:Word|Excel|PowerPoint) - ", "", title).strip()
    if title.lower() in _PLACEHOLDER_TITLES or re.search(r"\.(?:docx?|wps|xlsx?|pdf|txt)$", title, re.I):
        return None
    return title


def _metadata(meta: dict[str, Any]) -> dict[str, str]:
    props: dict[str, str] = {}
    for key, value in (meta or {}).items():
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if isinstance(value, str | int | float) and str(value).strip():
            props[str(key).lower()] = str(value).strip()
    return props


class _Flow:
    """Emits one page after another, joining a table that continues from one page onto the next.

    A long indicator table spans pages; when a page starts with a table laid out on the same columns
    as the table that ended the previous page, its rows are appended (a repeated header row is
    dropped) and the joined table keeps the location of its first part.
    """

    def __init__(self, builder: BlockBuilder) -> None:
        self.builder = builder
        self._open: tuple[int, tuple[float, ...]] | None = None  # (block index, column edges)

    def page(self, page: Any, number: int) -> None:
        tables = page.find_tables()
        boxes = [t.bbox for t in tables]

        def outside(obj: dict[str, Any]) -> bool:
            if obj.get("object_type") != "char":
                return True
            cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
            return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

        text_page = page.filter(outside) if boxes else page
        raw = [ln for ln in text_page.extract_text_lines(strip=True, return_chars=not tables) if ln["text"].strip()]
        borderless = [] if tables else find_borderless(
            [TextLine(ln["text"], ln["top"], ln["bottom"], ln["x0"], ln["x1"], ln.get("chars") or []) for ln in raw])
        used = {(round(ln.top, 2), round(ln.x0, 2)) for b in borderless for ln in b.lines}
        lines = [
            _Line(ln["text"], ln["top"], ln["bottom"], ln["x0"], ln["x1"]) for ln in raw
            if (round(ln["top"], 2), round(ln["x0"], 2)) not in used
        ]
        lines = [ln for ln in lines if not _is_running_number(ln, page.height)]

        items: list[tuple[float, str, Any]] = [(ln.top, "line", ln) for ln in lines]
        items += [(t.bbox[1], "table", t) for t in tables]
        items += [(b.top, "table", b) for b in borderless]
        items.sort(key=lambda item: (item[0], item[1]))
        layout = _Layout(lines)
        pending: list[_Line] = []
        first = True
        for _, kind, obj in items:
            if kind == "line":
                pending.append(obj)
                continue
            if pending:
                # A running header above a continued table does not interrupt it.
                header_only = all(ln.bottom < page.height * _MARGIN_BAND for ln in pending)
                _flush(pending, layout, number, self.builder)
                if not (first and header_only):
                    first, self._open = False, None
                pending = []
            self._table(obj, number, continues=first)
            first = False
        if pending:
            _flush(pending, layout, number, self.builder)
            self._open = None

    def _table(self, table: Any, number: int, *, continues: bool) -> None:
        if isinstance(table, Borderless):
            cells, edges = table.rows, table.edges
        else:
            cells, edges = table_cells(table), _column_edges(table)
        if continues and self._open is not None and _same_columns(self._open[1], edges):
            self.builder.extend_table(self._open[0], cells, skip_repeated_header=True)
            return
        before = len(self.builder.blocks)
        self.builder.table(cells, page=number)
        self._open = (before, edges) if len(self.builder.blocks) > before else None


def _column_edges(table: Any) -> tuple[float, ...]:
    return (*sorted({c[0] for c in table.cells}), max(c[2] for c in table.cells))


def _same_columns(a: tuple[float, ...], b: tuple[float, ...], tolerance: float = 3.0) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def _is_running_number(line: _Line, height: float) -> bool:
    in_margin = line.top < height * _MARGIN_BAND or line.bottom > height * (1 - _MARGIN_BAND)
    return in_margin and is_page_number(line.text)


class _Layout:
    """Page-wide measures used to decide where a paragraph ends."""

    def __init__(self, lines: list[_Line]) -> None:
        self.left = min((ln.x0 for ln in lines), default=0.0)
        self.right = max((ln.x1 for ln in lines), default=0.0)
        self.size = median([ln.bottom - ln.top for ln in lines]) if lines else 10.0

    def ends_paragraph(self, line: _Line) -> bool:
        return line.text.endswith(PARAGRAPH_END) or line.x1 < self.right - 2 * self.size

    def starts_paragraph(self, line: _Line, prev: _Line) -> bool:
        gap = line.top - prev.bottom
        indented = line.x0 > self.left + 1.5 * self.size
        return gap > 1.2 * self.size or indented or bool(ENUM_START.match(line.text)) or _size_changes(line, prev)


def _size_changes(line: _Line, prev: _Line) -> bool:
    """A line set in a clearly different type size (a centred title above "项目名称：…") is not its neighbour's wrap."""
    a, b = line.bottom - line.top, prev.bottom - prev.top
    return min(a, b) > 0 and max(a, b) / min(a, b) > 1.3


def _flush(lines: list[_Line], layout: _Layout, page: int, builder: BlockBuilder) -> None:
    para: list[_Line] = []
    for line in lines:
        if para and (layout.ends_paragraph(para[-1]) or layout.starts_paragraph(line, para[-1])):
            builder.paragraph(join_wrapped([ln.text for ln in para]), page=page)
            para = []
        para.append(line)
    if para:
        builder.paragraph(join_wrapped([ln.text for ln in para]), page=page)


def table_cells(table: Any) -> list[list[Cell]]:
    """Extract a pdfplumber table; a position covered by a merged cell repeats its text (``merged``)."""
    raw: list[list[str | None]] = table.extract()
    texts = [[join_cell_lines(t) if t else t for t in row] for row in raw]
    tops = sorted({c[1] for c in table.cells})
    xs = sorted({c[0] for c in table.cells})
    rows: list[list[Cell]] = []
    for r, row in enumerate(texts):
        out: list[Cell] = []
        for c, text in enumerate(row):
            if text is not None:
                out.append(Cell(text=text, row=r, column=c))
                continue
            src = _covering(table.cells, tops, xs, r, c)
            if src is not None and src != (r, c) and src[0] < len(texts) and src[1] < len(texts[src[0]]):
                filled = texts[src[0]][src[1]] or ""
            elif c > 0:
                filled = out[c - 1].text
            elif rows and c < len(rows[-1]):
                filled = rows[-1][c].text
            else:
                filled = ""
            out.append(Cell(text=filled, row=r, column=c, merged=True))
        rows.append(out)
    return rows


def _covering(
    cells: list[tuple[float, float, float, float]], tops: list[float], xs: list[float], r: int, c: int
) -> tuple[int, int] | None:
    """Grid origin (row, column) of the cell spanning grid position ``r``/``c``, if any."""
    if r >= len(tops) or c >= len(xs):
        return None
    x, y = xs[c], tops[r]
    for x0, top, x1, bottom in cells:
        if x0 <= x < x1 and top <= y < bottom:
            return tops.index(top), xs.index(x0)
    return None
