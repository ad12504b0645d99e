"""Render a simple block model (headings, paragraphs, tables) to docx, xlsx or pdf.

A document is a list of blocks: ("h", text), ("p", text) or ("t", rows) where rows is a list of lists
of cell strings. Written for the heldout3 blind set; it knows nothing about the engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

Block = tuple[str, Any]


def to_docx(blocks: list[Block], path: Path) -> None:
    from docx import Document

    doc = Document()
    for kind, body in blocks:
        if kind == "h":
            doc.add_heading(body, level=1)
        elif kind == "p":
            doc.add_paragraph(body)
        else:
            width = max(len(r) for r in body)
            table = doc.add_table(rows=len(body), cols=width)
            table.style = "Table Grid"
            for i, row in enumerate(body):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = str(cell)
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
        for kind, body in part:
            if kind in ("h", "p"):
                ws.cell(row=r, column=1, value=body)
                r += 1
            else:
                for row in body:
                    for j, cell in enumerate(row):
                        if cell != "":
                            ws.cell(row=r, column=j + 1, value=cell)
                    r += 1
    wb.save(str(path))


def to_pdf(blocks: list[Block], path: Path) -> None:
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
    for kind, body in blocks:
        if kind == "h":
            story += [Paragraph(body, head_style), Spacer(1, 6)]
        elif kind == "p":
            story += [Paragraph(body, body_style), Spacer(1, 3)]
        else:
            width = max(len(r) for r in body)
            data = [[Paragraph(str(c), cell_style) for c in row] + [""] * (width - len(row)) for row in body]
            t = Table(data, repeatRows=0)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [t, Spacer(1, 6)]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=30, rightMargin=30).build(story)


def render(blocks: list[Block], path: Path, **kw: Any) -> None:
    {"docx": to_docx, "xlsx": to_xlsx, "pdf": to_pdf}[path.suffix[1:]](blocks, path, **kw)
