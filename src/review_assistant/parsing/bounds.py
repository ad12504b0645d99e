"""Per-parse budgets checked while a file is read, before the costly structures exist.

:func:`budget` opens one budget for the file being parsed (a context variable, so parses in other
threads keep their own). Two things draw on it:

* PDF stream decompression: pdfminer inflates every FlateDecode stream whole with ``zlib``; a few KB
  can inflate to gigabytes. :func:`install_pdf_bounds` gives pdfminer a stand-in for ``zlib`` that
  inflates at most ``limits.max_pdf_stream_mb`` per stream and ``max_pdf_decoded_mb`` per file.
* Text: every block a parser emits is charged (:func:`charge_text`), so one shared string or one
  merged cell repeated a million times is refused at ``limits.max_text_mb`` instead of filling memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from review_assistant.errors import DocumentError
from review_assistant.settings import LimitSettings

_MB = 1024 * 1024


@dataclass
class _Budget:
    path: Path
    limits: LimitSettings
    stream_max: int
    decoded_left: int
    text_left: int
    blocks_left: int
    page_chars_left: int = 0


_current: ContextVar[_Budget | None] = ContextVar("parse_budget", default=None)


def timeout_message(limits: LimitSettings) -> str:
    return (f"文件解析超时（超过 {limits.parse_timeout_s:g} 秒），已拒绝；文件可能异常或经过恶意构造。"
            "如确为正常文件，请拆分后再上传")


def memory_message(limits: LimitSettings | None = None) -> str:
    bound = f"（超过 {limits.parse_memory_mb} MB）" if limits is not None else ""
    return (f"文件解析占用内存过大{bound}，已拒绝；文件可能异常或经过恶意构造。"
            "如确为正常文件，请拆分后再上传")


@contextmanager
def budget(path: Path, limits: LimitSettings) -> Iterator[None]:
    token = _current.set(_Budget(path, limits, int(limits.max_pdf_stream_mb * _MB),
                                 int(limits.max_pdf_decoded_mb * _MB), int(limits.max_text_mb * _MB),
                                 limits.max_blocks))
    try:
        yield
    finally:
        _current.reset(token)


def charge_text(chars: int) -> None:
    """Count one more block of ``chars`` characters of parsed text against the file's budget."""
    b = _current.get()
    if b is None:
        return
    b.blocks_left -= 1
    if b.blocks_left < 0:
        raise DocumentError(
            b.path, f"文件的段落和表格超过 {b.limits.max_blocks} 个（正常的申报材料远少于此），疑似异常文件，已拒绝；"
            "如确为正常文件，请拆分后再上传",
        )
    b.text_left -= chars
    if b.text_left < 0:
        raise DocumentError(
            b.path, f"文件解析出的文字总量超过上限 {b.limits.max_text_mb:g} MB（可能是同一内容被大量重复引用），"
            "疑似恶意构造的文件，已拒绝",
        )


def _charge_decoded(b: _Budget, produced: int) -> None:
    b.decoded_left -= produced
    if b.decoded_left < 0:
        raise DocumentError(
            b.path, f"PDF 内部数据解压后总量超过上限 {b.limits.max_pdf_decoded_mb:g} MB，疑似压缩炸弹，已拒绝"
        )


def _stream_too_big(b: _Budget) -> DocumentError:
    return DocumentError(
        b.path, f"PDF 内部数据流解压后超过上限 {b.limits.max_pdf_stream_mb:g} MB，疑似压缩炸弹，已拒绝"
    )


class _CountingDecompressor:
    """A ``zlib.decompressobj`` whose output is counted against the open budget."""

    def __init__(self, b: _Budget, inner: Any) -> None:
        self._b, self._inner, self._made = b, inner, 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out: bytes = self._inner.decompress(data, max_length)
        self._made += len(out)
        if self._made > self._b.stream_max:
            raise _stream_too_big(self._b)
        _charge_decoded(self._b, len(out))
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes`` (only what it uses)."""

    error = zlib.error

    @staticmethod
    def decompress(data: bytes, wbits: int = zlib.MAX_WBITS, bufsize: int = zlib.DEF_BUF_SIZE) -> bytes:
        b = _current.get()
        if b is None:
            return zlib.decompress(data, wbits, bufsize)
        d = zlib.decompressobj(wbits)
        out = d.decompress(data, b.stream_max + 1)
        if len(out) > b.stream_max:
            raise _stream_too_big(b)
        if not d.eof:
            # zlib.decompress refuses a truncated stream; pdfminer relies on that to try its repair path.
            raise zlib.error("incomplete or truncated stream")
        _charge_decoded(b, len(out))
        return out

    @staticmethod
    def decompressobj(*args: Any, **kwargs: Any) -> Any:
        inner = zlib.decompressobj(*args, **kwargs)
        b = _current.get()
        return inner if b is None else _CountingDecompressor(b, inner)


def install_pdf_bounds() -> None:
    """Route pdfminer's stream inflation through :class:`BoundedZlib`, and count the characters each
    page lays out (a content stream can show millions of characters on one page) — idempotent."""
    import pdfminer.pdftypes as pdftypes
    from pdfminer.converter import PDFLayoutAnalyzer

    if not isinstance(pdftypes.zlib, BoundedZlib):
        pdftypes.zlib = BoundedZlib()  # type: ignore[assignment]
    if getattr(PDFLayoutAnalyzer.render_char, "_bounded", False):
        return
    begin_page, render_char = PDFLayoutAnalyzer.begin_page, PDFLayoutAnalyzer.render_char

    def counted_begin_page(self: Any, *args: Any, **kwargs: Any) -> Any:
        b = _current.get()
        if b is not None:
            b.page_chars_left = b.limits.max_pdf_page_chars
        return begin_page(self, *args, **kwargs)

    def counted_render_char(self: Any, *args: Any, **kwargs: Any) -> Any:
        b = _current.get()
        if b is not None:
            b.page_chars_left -= 1
            if b.page_chars_left < 0:
                raise DocumentError(
                    b.path, f"PDF 第 {getattr(self, 'pageno', '?')} 页的字符超过 {b.limits.max_pdf_page_chars} 个"
                    "（正常页面只有几千个），疑似恶意构造的文件，已拒绝",
                )
        return render_char(self, *args, **kwargs)

    counted_render_char._bounded = True  # type: ignore[attr-defined]
    PDFLayoutAnalyzer.begin_page = counted_begin_page  # type: ignore[method-assign]
    PDFLayoutAnalyzer.render_char = counted_render_char  # type: ignore[method-assign]
