"""Generators of hostile input files: small on disk, huge or slow once parsed. Used by tests and bench.

Each ``make_*`` writes one file under ``folder`` and returns its path. Nothing here is a real document.
"""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

_MB = 1024 * 1024


# ---- PDF ------------------------------------------------------------------------------------------
def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies (object i+1 = objects[i]) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _stream(data: bytes, *, flate: bool) -> bytes:
    if flate:
        packed = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _deflate_repeated(unit: bytes, total: int) -> bytes:
    """zlib data inflating to ``unit`` repeated up to ``total`` bytes, made without holding it all."""
    comp = zlib.compressobj(9)
    block = unit * max(1, (1 * _MB) // len(unit))
    parts = [comp.compress(block) for _ in range(max(1, total // len(block)))]
    parts.append(comp.flush())
    return b"".join(parts)


def make_pdf_flate_bomb(folder: Path, inflated_mb: int = 1024) -> Path:
    """One page whose content stream is a few hundred KB of zlib inflating to ``inflated_mb`` MB."""
    packed = _deflate_repeated(b"0 0 m 1 1 l S\n", inflated_mb * _MB)
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            content]
    path = folder / "flate_bomb.pdf"
    path.write_bytes(_pdf(objs))
    return path


def make_pdf_text_flood(folder: Path, inflated_mb: int = 48) -> Path:
    """A content stream under the stream limit that shows millions of characters (a CPU/memory bomb)."""
    packed = _deflate_repeated(b"BT /F1 1 Tf 1 0 0 1 10 10 Tm (AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj ET\n",
                               inflated_mb * _MB)
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            content, _FONT]
    path = folder / "text_flood.pdf"
    path.write_bytes(_pdf(objs))
    return path


def make_pdf_many_pages(folder: Path, declared: int = 10_000_000) -> Path:
    """A page tree that declares ``declared`` pages (a reader sizing its work from /Count trusts it)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % declared,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(b"BT /F1 12 Tf 72 720 Td (page) Tj ET", flate=False), _FONT]
    path = folder / "many_pages.pdf"
    path.write_bytes(_pdf(objs))
    return path


def make_pdf_deep_tree(folder: Path, depth: int = 50_000) -> Path:
    """A page tree nested ``depth`` levels deep (each /Pages node has one /Pages kid)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for i in range(depth):
        number = 2 + i
        kid = number + 1
        objs.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % kid)
    page_no = 2 + depth
    objs.append(b"<< /Type /Page /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>"
                % (page_no + 1, page_no + 2))
    objs.append(_stream(b"BT /F1 12 Tf 72 720 Td (deep) Tj ET", flate=False))
    objs.append(_FONT)
    path = folder / "deep_tree.pdf"
    path.write_bytes(_pdf(objs))
    return path


def make_pdf_many_objects(folder: Path, count: int = 300_000) -> Path:
    """Hundreds of thousands of tiny objects (each costs the reader a parse and a dictionary)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(b"BT /F1 12 Tf 72 720 Td (objects) Tj ET", flate=False), _FONT]
    objs += [b"[%d]" % i for i in range(count)]
    path = folder / "many_objects.pdf"
    path.write_bytes(_pdf(objs))
    return path


# ---- Office ---------------------------------------------------------------------------------------
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
       'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
       'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
         '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="{target}"/></Relationships>')


def _docx_bytes(document_xml: Callable[[zipfile.ZipFile], None]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT.format(overrides=(
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/>')))
        z.writestr("_rels/.rels", _RELS.format(target="word/document.xml"))
        document_xml(z)
    return buf.getvalue()


def make_docx_huge_xml(folder: Path, xml_mb: int = 48, seed: int = 1) -> Path:
    """A .docx whose document.xml is ``xml_mb`` MB of short paragraphs that still compresses ~100:1
    (under the compression-ratio check): enough varied digits that the ratio stays below the limit."""
    rnd = random.Random(seed)

    def write(z: zipfile.ZipFile) -> None:
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'.encode())
            para = "<w:p><w:r><w:t>指标{}</w:t></w:r></w:p>"
            written, chunk = 0, []
            while written < xml_mb * _MB:
                chunk = [para.format(rnd.randrange(10**6)) for _ in range(5000)]
                data = "".join(chunk).encode()
                fh.write(data)
                written += len(data)
            fh.write(b"</w:body></w:document>")

    path = folder / "huge_xml.docx"
    path.write_bytes(_docx_bytes(write))
    return path


def _xlsx(folder: Path, name: str, sheet_xml: str | bytes, shared: str | None = None) -> Path:
    buf = io.BytesIO()
    overrides = ('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
                 '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    if shared is not None:
        overrides += ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                      'officedocument.spreadsheetml.sharedStrings+xml"/>')
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    wb_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
               'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
               'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                  'sharedStrings" Target="sharedStrings.xml"/>' if shared is not None else "")
               + "</Relationships>")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT.format(overrides=overrides))
        z.writestr("_rels/.rels", _RELS.format(target="xl/workbook.xml"))
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}" '
                   f'xmlns:r="{rel_ns}"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
    path = folder / name
    path.write_bytes(buf.getvalue())
    return path


_SHEET = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main"><sheetData>{rows}</sheetData>{merge}</worksheet>')


def make_xlsx_shared_string_laughs(folder: Path, string_kb: int = 512, cells: int = 60_000) -> Path:
    """Billion laughs without a DTD: one long shared string referenced by every cell of a sheet."""
    shared = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
              f'2006/main" count="{cells}" uniqueCount="1"><si><t>{"哈" * (string_kb * 1024 // 3)}</t></si></sst>')
    per_row = 50
    rows = []
    for r in range(1, cells // per_row + 1):
        row_cells = "".join(f'<c r="{_col(c)}{r}" t="s"><v>0</v></c>' for c in range(1, per_row + 1))
        rows.append(f'<row r="{r}">{row_cells}</row>')
    return _xlsx(folder, "shared_laughs.xlsx", _SHEET.format(rows="".join(rows), merge=""), shared)


def make_xlsx_sprawl(folder: Path) -> Path:
    """Two cells at opposite corners of the sheet and one merged range over all of it."""
    rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t>指标</t></is></c></row>'
            '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>值</t></is></c></row>')
    merge = '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    return _xlsx(folder, "sprawl.xlsx", _SHEET.format(rows=rows, merge=merge))


def _col(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


# ---- XLS (Excel 97-2003) and HTML saved as .xls -----------------------------------------------------------
def make_xls_sprawl(folder: Path) -> Path:
    """A small BIFF8 sheet whose one merged range claims the whole sheet (65536 × 256 = 16.7M positions)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("表1", cell_overwrite_ok=True)
    sheet.write(0, 0, "指标")
    sheet.merge(0, 1, 0, 1)
    buf = io.BytesIO()
    book.save(buf)
    # MERGEDCELLS (0x00E5), one range: first row, last row, first column, last column.
    small = b"\xe5\x00\x0a\x00\x01\x00" + b"\x00\x00\x01\x00\x00\x00\x01\x00"
    whole = b"\xe5\x00\x0a\x00\x01\x00" + b"\x00\x00\xff\xff\x00\x00\xff\x00"
    data = buf.getvalue()
    assert data.count(small) == 1
    path = folder / "sprawl.xls"
    path.write_bytes(data.replace(small, whole))
    return path


def make_xls_shared_string_laughs(folder: Path, cells: int = 60_000) -> Path:
    """One 32K-character shared string referenced by every cell: a few hundred KB, ~4 GB of cell text."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("表1")
    text = "哈" * 32_000
    per_row = 200
    for i in range(cells):
        sheet.write(i // per_row, i % per_row, text)
    path = folder / "shared_laughs.xls"
    book.save(str(path))
    return path


def make_html_xls_spans(folder: Path, cells: int = 2_000) -> Path:
    """A web page named .xls whose cells each span 65534 rows × 1000 columns."""
    path = folder / "spans.xls"
    path.write_text("<html><body><table>" + '<tr><td rowspan="65534" colspan="1000">x</td></tr>' * cells
                    + "</table></body></html>", encoding="utf-8")
    return path


HOSTILE: dict[str, Callable[[Path], Path]] = {
    "pdf_flate_bomb": make_pdf_flate_bomb,
    "pdf_text_flood": make_pdf_text_flood,
    "pdf_many_pages": make_pdf_many_pages,
    "pdf_deep_tree": make_pdf_deep_tree,
    "pdf_many_objects": make_pdf_many_objects,
    "docx_huge_xml": make_docx_huge_xml,
    "xlsx_shared_laughs": make_xlsx_shared_string_laughs,
    "xlsx_sprawl": make_xlsx_sprawl,
    "xls_sprawl": make_xls_sprawl,
    "xls_shared_laughs": make_xls_shared_string_laughs,
    "html_xls_spans": make_html_xls_spans,
}
