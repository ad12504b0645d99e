"""Writers for the held-out set: one small document model rendered as .docx, .xlsx or .pdf.

A document is a list of blocks: ``P`` (a paragraph, optionally a heading) and ``T`` (a table given
as rows of cell strings). ``T.vmerge`` names columns whose vertically repeated cells are merged in
.docx/.xlsx (offices merge the 一级/二级 level cells); ``T.hspan`` merges a row's trailing empty
cells into the last filled one (a label row spanning the table).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

FIXED_DATE = datetime(2024, 11, 20, 9, 0, 0)
ZIP_DATE = (2024, 11, 20, 9, 0, 0)
AUTHOR = "review_assistant 留出集生成器"
PDF_FONT = "STSong-Light"


@dataclass
class P:
    text: str
    heading: bool = False


@dataclass
class T:
    rows: list[list[str]]
    vmerge: tuple[int, ...] = ()
    hspan: bool = True


@dataclass
class Doc:
    blocks: list[P | T] = field(default_factory=list)

    def p(self, text: str, heading: bool = False) -> Doc:
        self.blocks.append(P(text, heading))
        return self

    def t(self, rows: list[list[str]], vmerge: tuple[int, ...] = (), hspan: bool = True) -> Doc:
        width = max(len(r) for r in rows)
        self.blocks.append(T([r + [""] * (width - len(r)) for r in rows], vmerge, hspan))
        return self


def _runs(rows: list[list[str]], col: int) -> list[tuple[int, int]]:
    """(start, end) row ranges where column ``col`` repeats the same non-empty text."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][col] != rows[start][col] or not rows[start][col]:
            if i - start > 1 and rows[start][col]:
                out.append((start, i - 1))
            start = i
    return out


def _span_end(row: list[str], c: int) -> int:
    end = c
    while end + 1 < len(row) and row[end + 1] == "":
        end += 1
    return end


def write_docx(doc: Doc, path: Path) -> None:
    from docx import Document

    d = Document()
    props = d.core_properties
    props.author = AUTHOR
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.last_modified_by = AUTHOR
    for block in doc.blocks:
        if isinstance(block, P):
            if block.heading:
                d.add_heading(block.text, level=1)
            else:
                d.add_paragraph(block.text)
            continue
        rows = block.rows
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        for col in block.vmerge:
            for a, b in _runs(rows, col):
                top = table.cell(a, col)
                for r in range(a + 1, b + 1):
                    table.cell(r, col).text = ""
                merged = top.merge(table.cell(b, col))
                merged.text = rows[a][col]
        if block.hspan:
            for r, row in enumerate(rows):
                filled = [c for c, t in enumerate(row) if t]
                if filled and filled[-1] < len(row) - 1 and all(c not in block.vmerge for c in range(len(row))):
                    last = filled[-1]
                    table.cell(r, last).merge(table.cell(r, len(row) - 1)).text = row[last]
    buf = io.BytesIO()
    d.save(buf)
    _write_stable_zip(buf.getvalue(), path)


def write_xlsx(doc: Doc, path: Path, sheet_title: str = "Sheet1") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    wb.properties.creator = AUTHOR
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    r0 = 1
    for block in doc.blocks:
        if isinstance(block, P):
            ws.cell(r0, 1, block.text)
            r0 += 1
            continue
        rows = block.rows
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text:
                    cell = ws.cell(r0 + r, c + 1, _xlsx_value(text))
                    cell.alignment = Alignment(wrap_text=True, vertical="center")
        for col in block.vmerge:
            for a, b in _runs(rows, col):
                for r in range(a + 1, b + 1):
                    ws.cell(r0 + r, col + 1).value = None
                ws.merge_cells(start_row=r0 + a, start_column=col + 1, end_row=r0 + b, end_column=col + 1)
        if block.hspan and not block.vmerge:
            for r, row in enumerate(rows):
                filled = [c for c, t in enumerate(row) if t]
                if filled and filled[-1] < len(row) - 1:
                    ws.merge_cells(start_row=r0 + r, start_column=filled[-1] + 1,
                                   end_row=r0 + r, end_column=len(row))
        r0 += len(rows) + 1
    for letter in "ABCDEFGHIJKL":
        ws.column_dimensions[letter].width = 16
    buf = io.BytesIO()
    wb.save(buf)
    _write_stable_zip(buf.getvalue(), path)


def _xlsx_value(text: str) -> str | float:
    """Plain numbers become numeric cells, as in exported budget tables; everything else stays text."""
    try:
        if text.replace(".", "", 1).isdigit():
            return float(text)
    except ValueError:
        pass
    return text


def write_pdf(doc: Doc, path: Path) -> None:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    body = ParagraphStyle("b", fontName=PDF_FONT, fontSize=10, leading=14)
    cell = ParagraphStyle("c", fontName=PDF_FONT, fontSize=8, leading=10)
    head = ParagraphStyle("h", fontName=PDF_FONT, fontSize=14, leading=20, alignment=1)
    story: list[object] = []
    for block in doc.blocks:
        if isinstance(block, P):
            story.append(Paragraph(escape(block.text), head if block.heading else body))
            continue
        data = [[Paragraph(escape(t), cell) for t in row] for row in block.rows]
        width = (A4[0] - 60) / len(block.rows[0])
        table = Table(data, colWidths=[width] * len(block.rows[0]))
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story.append(table)
        story.append(Spacer(1, 8))
    saved = rl_config.invariant
    rl_config.invariant = 1
    try:
        SimpleDocTemplate(str(path), pagesize=A4, leftMargin=30, rightMargin=30, topMargin=30,
                          bottomMargin=30, author=AUTHOR, invariant=1).build(story)
    finally:
        rl_config.invariant = saved


def _write_stable_zip(data: bytes, path: Path) -> None:
    """Re-pack an Office zip with fixed member timestamps so regeneration is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", body)
            dst.writestr(member, body)
    path.write_bytes(out.getvalue())


def write(doc: Doc, path: Path) -> None:
    {".docx": write_docx, ".xlsx": write_xlsx, ".pdf": write_pdf}[path.suffix](doc, path)
