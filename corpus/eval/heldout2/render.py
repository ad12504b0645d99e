"""Render a document described as a list of blocks into docx, xlsx or pdf.

A block is one of:
    ("h", text)                      heading / title line
    ("p", text)                      paragraph
    ("t", rows, merges)              table: rows of cell strings; merges = [(r0, c0, r1, c1), ...]
    ("sheet", name)                  xlsx only: start a new worksheet (ignored elsewhere)
    ("break",)                       page break (docx/pdf); a blank row in xlsx

Written for the held-out set heldout2 only; it does not use the project's own generators.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

Block = tuple[Any, ...]


def to_docx(blocks: list[Block], path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    for block in blocks:
        kind = block[0]
        if kind == "h":
            doc.add_heading(block[1], level=1)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "t":
            rows, merges = block[1], block[2] if len(block) > 2 else []
            ncols = max(len(r) for r in rows)
            table = doc.add_table(rows=len(rows), cols=ncols)
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncols):
                    table.cell(i, j).text = row[j] if j < len(row) else ""
            for r0, c0, r1, c1 in merges or []:
                keep = table.cell(r0, c0).text
                merged = table.cell(r0, c0).merge(table.cell(r1, c1))
                merged.text = keep
    doc.save(str(path))


def to_xlsx(blocks: list[Block], path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    first = True
    row = 1
    for block in blocks:
        kind = block[0]
        if kind == "sheet":
            if first:
                ws.title = block[1]
            else:
                ws = wb.create_sheet(block[1])
                row = 1
            first = False
            continue
        first = False
        if kind in ("h", "p"):
            ws.cell(row=row, column=1, value=block[1])
            row += 1
        elif kind == "break":
            row += 1
        elif kind == "t":
            rows, merges = block[1], block[2] if len(block) > 2 else []
            for i, cells in enumerate(rows):
                for j, value in enumerate(cells):
                    if value != "":
                        c = ws.cell(row=row + i, column=j + 1, value=_xlsx_value(value))
                        if isinstance(value, str) and value.startswith("="):
                            c.data_type = "s"  # "=100%" typed as text, not a formula
            for r0, c0, r1, c1 in merges or []:
                ws.merge_cells(start_row=row + r0, start_column=c0 + 1, end_row=row + r1, end_column=c1 + 1)
            row += len(rows)
    wb.save(str(path))


def _xlsx_value(value: str) -> Any:
    """Plain numbers go into the sheet as numbers, as offices type them."""
    try:
        if value.strip() and value.strip().replace(".", "", 1).isdigit():
            return float(value) if "." in value else int(value)
    except ValueError:
        pass
    return value


_FONT = "STSong-Light"


def to_pdf(blocks: list[Block], path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
    body = ParagraphStyle("body", fontName=_FONT, fontSize=10, leading=15)
    head = ParagraphStyle("head", fontName=_FONT, fontSize=14, leading=20, alignment=1)
    cell = ParagraphStyle("cell", fontName=_FONT, fontSize=8.5, leading=11)
    story: list[Any] = []
    for block in blocks:
        kind = block[0]
        if kind == "h":
            story.append(Paragraph(block[1], head))
        elif kind == "p":
            story.append(Paragraph(block[1], body))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "t":
            rows, merges = block[1], block[2] if len(block) > 2 else []
            ncols = max(len(r) for r in rows)
            data = [[Paragraph(r[j], cell) if j < len(r) and r[j] else "" for j in range(ncols)] for r in rows]
            style = [("FONTNAME", (0, 0), (-1, -1), _FONT), ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            for r0, c0, r1, c1 in merges or []:
                style.append(("SPAN", (c0, r0), (c1, r1)))
            story.append(Table(data, style=style, repeatRows=0, colWidths=[(A4[0] - 100) / ncols] * ncols))
            story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50).build(story)


def render(blocks: list[Block], path: Path) -> None:
    {".docx": to_docx, ".xlsx": to_xlsx, ".pdf": to_pdf}[path.suffix](blocks, path)
