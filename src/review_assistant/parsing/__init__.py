"""Document parsing: guard the file, then turn .docx/.pdf/.xlsx/.xls/.md/.txt into a ParsedDocument.

Parser libraries are imported inside the functions that use them, so importing this package is cheap.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from review_assistant.errors import DocumentError
from review_assistant.parsing.common import ParseResult, despace_cjk, table_text
from review_assistant.parsing.guard import SPREADSHEET_TYPES, SUPPORTED, check_file
from review_assistant.parsing.model import Block, BlockKind, Cell, Location, ParsedDocument, Table
from review_assistant.settings import LimitSettings

__all__ = [
    "SPREADSHEET_TYPES",
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
    "parse_in_process",
]


def parse_file(path: Path | str, limits: LimitSettings | None = None) -> ParsedDocument:
    """Parse one input file into ordered blocks, in a child process with CPU, memory and time limits.

    Raises :class:`DocumentError` (with a Chinese message naming the file) for anything wrong with
    the file itself: missing, unsupported, too big, corrupt, encrypted, hostile, scanned or empty, or
    too costly to parse (``limits.parse_*``). ``limits.sandbox = false`` parses in this process.
    """
    path = Path(path)
    limits = limits or LimitSettings()
    if not limits.sandbox:
        return parse_in_process(path, limits)
    from review_assistant.parsing.sandbox import parse_bounded

    return parse_bounded(path, limits)


def parse_in_process(path: Path, limits: LimitSettings) -> ParsedDocument:
    """The guard and the parser in this process, without resource limits (the sandbox child runs this)."""
    from review_assistant.parsing.bounds import budget

    try:
        with budget(path, limits):
            file_type = check_file(path, limits)
            result = _dispatch(path, file_type, limits)
    except DocumentError:
        raise
    except Exception as exc:  # any library failure on a damaged file must reach the user as a DocumentError
        raise _refusal(path, exc) from exc
    if not any(b.text.strip() for b in result.blocks):
        raise DocumentError(path, "文档中没有任何文字内容（空文档）")
    _close_spaced_text(result)
    return ParsedDocument(
        path=str(path),
        sha256=sha256_file(path),
        file_type=file_type,
        title=result.title,
        pages=result.pages,
        blocks=result.blocks,
        warnings=result.warnings,
        properties=result.properties,
        header_blocks=result.header_blocks,
        pictures=result.pictures,
    )


def _close_spaced_text(result: ParseResult) -> None:
    """Letter-spaced titles, labels and headers ("项 目 支 出 绩 效 自 评 表", "数 量 指 标") read as their words.

    Every reader downstream (classification, header labels, indicator categories) then sees the words as written
    without the padding; evidence is matched with whitespace removed, so quotes still match the file.
    """
    if result.title:
        result.title = despace_cjk(result.title)
    for block in result.blocks:
        section = block.location.section
        if section and despace_cjk(section) != section:
            block.location = block.location.model_copy(update={"section": despace_cjk(section)})
        if block.table is None:
            block.text = despace_cjk(block.text)
            continue
        changed = False
        for row in block.table.rows:
            for cell in row:
                closed = despace_cjk(cell.text)
                if closed != cell.text:
                    cell.text = closed
                    changed = True
        if changed:
            block.text = table_text(block.table)


def _refusal(path: Path, exc: BaseException) -> DocumentError:
    """The message for a parser failure; a refusal raised deep inside a library (and wrapped) wins."""
    from review_assistant.parsing.bounds import memory_message

    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen and len(seen) < 20:
        seen.append(cur)
        if isinstance(cur, DocumentError):
            return cur
        cur = cur.__cause__ or cur.__context__
    if any(isinstance(e, MemoryError) for e in seen):
        return DocumentError(path, memory_message())
    if any(isinstance(e, RecursionError) for e in seen):
        return DocumentError(path, "文件内部结构嵌套过深，疑似恶意构造的文件，已拒绝")
    return DocumentError(
        path, f"文件已损坏或格式异常，无法解析（{type(exc).__name__}），请用原软件重新导出后再上传"
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
    if file_type == "xls":
        from review_assistant.parsing.xls import parse_xls

        return parse_xls(path, limits)
    from review_assistant.parsing.text import parse_text

    return parse_text(path, limits, markdown=file_type == "md")
