"""Document parsing: guard the file, then turn .docx/.pdf/.xlsx/.md/.txt into a ParsedDocument.

Parser libraries are imported inside the functions that use them, so importing this package is cheap.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from review_assistant.errors import DocumentError
from review_assistant.parsing.common import ParseResult
from review_assistant.parsing.guard import SUPPORTED, check_file
from review_assistant.parsing.model import Block, BlockKind, Cell, Location, ParsedDocument, Table
from review_assistant.settings import LimitSettings

__all__ = [
    "SUPPORTED",
    "Block",
    "BlockKind",
    "Cell",
    "DocumentError",
    "Location",
    "ParsedDocument",
    "Table",
    "check_file",
    "parse_file",
]


def parse_file(path: Path | str, limits: LimitSettings | None = None) -> ParsedDocument:
    """Parse one input file into ordered blocks.

    Raises :class:`DocumentError` (with a Chinese message naming the file) for anything wrong with
    the file itself: missing, unsupported, too big, corrupt, encrypted, hostile, scanned or empty.
    """
    path = Path(path)
    limits = limits or LimitSettings()
    try:
        file_type = check_file(path, limits)
        result = _dispatch(path, file_type, limits)
    except DocumentError:
        raise
    except MemoryError as exc:
        raise DocumentError(path, "文件内容过大，解析时内存不足，请拆分后再上传") from exc
    except Exception as exc:  # any library failure on a damaged file must reach the user as a DocumentError
        raise DocumentError(
            path, f"文件已损坏或格式异常，无法解析（{type(exc).__name__}），请用原软件重新导出后再上传"
        ) from exc
    if not any(b.text.strip() for b in result.blocks):
        raise DocumentError(path, "文档中没有任何文字内容（空文档）")
    return ParsedDocument(
        path=str(path),
        sha256=sha256_file(path),
        file_type=file_type,
        title=result.title,
        pages=result.pages,
        blocks=result.blocks,
        warnings=result.warnings,
        properties=result.properties,
    )


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of the file's bytes (identifies an upload regardless of its name)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _dispatch(path: Path, file_type: str, limits: LimitSettings) -> ParseResult:
    if file_type == "docx":
        from review_assistant.parsing.docx import parse_docx

        return parse_docx(path, limits)
    if file_type == "pdf":
        from review_assistant.parsing.pdf import parse_pdf

        return parse_pdf(path, limits)
    if file_type == "xlsx":
        from review_assistant.parsing.xlsx import parse_xlsx

        return parse_xlsx(path, limits)
    from review_assistant.parsing.text import parse_text

    return parse_text(path, limits, markdown=file_type == "md")
