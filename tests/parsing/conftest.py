"""Fixture builders for the parsing tests: every input file is generated in ``tmp_path``."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOC_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    "<w:body>{body}<w:sectPr/></w:body></w:document>"
)


def rewrite_zip(path: Path, replace: dict[str, bytes | str]) -> None:
    """Rewrite an OOXML package with some parts replaced or added."""
    src = io.BytesIO(path.read_bytes())
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename not in replace:
                zout.writestr(info, zin.read(info.filename))
        for name, data in replace.items():
            zout.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)


def write_docx(path: Path, body_xml: str, parts: dict[str, bytes | str] | None = None) -> Path:
    """A .docx from python-docx's template whose body is ``body_xml`` (plus optional replaced parts)."""
    import docx

    docx.Document().save(str(path))
    rewrite_zip(path, {"word/document.xml": DOC_XML.format(body=body_xml), **(parts or {})})
    return path


@pytest.fixture
def docx_writer(tmp_path: Path) -> Callable[..., Path]:
    def make(body_xml: str, name: str = "test.docx", parts: dict[str, bytes | str] | None = None) -> Path:
        return write_docx(tmp_path / name, body_xml, parts)

    return make


@pytest.fixture
def zip_rewriter() -> Callable[[Path, dict[str, bytes | str]], None]:
    return rewrite_zip


@pytest.fixture
def cjk_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"
