"""Render a simple block model (headings, paragraphs, tables) to docx, xlsx or pdf, with merged cells.

The one renderer of the blind held-out sets (heldout3, heldout4, heldout5: each set's make_docs.py imports
it). Block ("t", rows, repeat) repeats the first `repeat` rows of a pdf table on each page, as published
budget PDFs do. A document is a list of blocks: ("h", text),
("p", text) or ("t", rows) where rows is a list of lists of cell strings. In a table, a cell "^" is merged
with the cell above it and a cell "<" with the cell to its left (as offices draw 一级/二级 columns and
banner rows). The pdf keeps the text of the first cell of a span and draws the span. It knows nothing
about the engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

Block = tuple[Any, ...]
MERGE_UP, MERGE_LEFT = "^", "<"


def _spans(rows: list[list[str]]) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """Padded rows with merge markers blanked, and spans (r0, c0, r1, c1) of merged ranges."""
    width = max(len(r) for r in rows)
    grid = [list(r) + [""] * (width - len(r)) for r in rows]
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for i, row in enumerate(grid):
        for j, cell in enumerate(row):
            if cell == MERGE_UP and i > 0:
                owner[(i, j)] = owner.get((i - 1, j), (i - 1, j))
            elif cell == MERGE_LEFT and j > 0:
                owner[(i, j)] = owner.get((i, j - 1), (i, j - 1))
    ranges: dict[tuple[int, int], list[int]] = {}
    for (i, j), (oi, oj) in owner.items():
        rng = ranges.setdefault((oi, oj), [oi, oj, oi, oj])
        rng[2], rng[3] = max(rng[2], i), max(rng[3], j)
    clean = [[("" if (i, j) in owner else c) for j, c in enumerate(row)] for i, row in enumerate(grid)]
    return clean, [tuple(v) for v in ranges.values()]  # type: ignore[misc]


def to_docx(blocks: list[Block], path: Path) -> None:
    from docx import Document

    doc = Document()
    for block in blocks:
        kind, body = block[0], block[1]
        if kind == "h":
            doc.add_heading(body, level=1)
        elif kind == "p":
            doc.add_paragraph(body)
        else:
            grid, spans = _spans(body)
            table = doc.add_table(rows=len(grid), cols=len(grid[0]))
            table.style = "Table Grid"
            for i, row in enumerate(grid):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = str(cell)
            for r0, c0, r1, c1 in spans:
                text = grid[r0][c0]
                merged = table.cell(r0, c0).merge(table.cell(r1, c1))
                merged.text = text
    doc.save(str(path))


def to_xlsx(blocks: list[Block], path: Path, sheets: list[list[Block]] | None = None,
            names: list[str] | None = None) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    parts = sheets or [blocks]
    for k, part in enumerate(parts):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = (names or [f"Sheet{i + 1}" for i in range(len(parts))])[k]
        r = 1
        for block in part:
            kind, body = block[0], block[1]
            if kind in ("h", "p"):
                ws.cell(row=r, column=1, value=body)
                r += 1
            else:
                grid, spans = _spans(body)
                for i, row in enumerate(grid):
                    for j, cell in enumerate(row):
                        if cell != "":
                            c = ws.cell(row=r + i, column=j + 1, value=cell)
                            if str(cell).startswith("="):  # "=100%" is text typed by the office, not a formula
                                c.data_type = "s"
                for r0, c0, r1, c1 in spans:
                    ws.merge_cells(start_row=r + r0, start_column=c0 + 1, end_row=r + r1, end_column=c1 + 1)
                r += len(grid)
    wb.save(str(path))


def content_widths(rows: list[list[str]], avail: float) -> list[float]:
    """Column widths shared out by the longest unmerged cell of each column (capped at 14 characters), so
    that short numbers in a wide table do not wrap one character a line."""
    width = max(len(r) for r in rows)
    grid = [list(r) + [""] * (width - len(r)) for r in rows]
    need = [2.0] * width
    for row in grid:
        for j, cell in enumerate(row):
            spanned = j + 1 < width and row[j + 1] == MERGE_LEFT
            if cell not in (MERGE_UP, MERGE_LEFT) and not spanned:
                need[j] = max(need[j], min(len(str(cell)), 14))
    return [avail * n / sum(need) for n in need]


def to_pdf(blocks: list[Block], path: Path, widths: str | None = None) -> None:
    """widths="content" sets column widths from the cells (content_widths); by default reportlab shares them out."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body_style = ParagraphStyle("b", fontName="STSong-Light", fontSize=9, leading=12)
    head_style = ParagraphStyle("h", fontName="STSong-Light", fontSize=14, leading=18, alignment=1)
    cell_style = ParagraphStyle("c", fontName="STSong-Light", fontSize=8, leading=10)
    story: list[Any] = []
    for block in blocks:
        kind, body = block[0], block[1]
        if kind == "h":
            story += [Paragraph(body, head_style), Spacer(1, 6)]
        elif kind == "p":
            story += [Paragraph(body, body_style), Spacer(1, 3)]
        else:
            grid, spans = _spans(body)
            data = [[Paragraph(str(c), cell_style) for c in row] for row in grid]
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            style += [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in spans]
            col_widths = content_widths(body, landscape(A4)[0] - 60) if widths == "content" else None
            t = Table(data, colWidths=col_widths, repeatRows=block[2] if len(block) > 2 else 0)
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=30, rightMargin=30).build(story)


def render(blocks: list[Block], path: Path, **kw: Any) -> None:
    {"docx": to_docx, "xlsx": to_xlsx, "pdf": to_pdf}[path.suffix[1:]](blocks, path, **kw)
