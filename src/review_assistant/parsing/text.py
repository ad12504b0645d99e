"""Plain text (.txt) and Markdown (.md) → blocks.

Encoding: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK/GB2312, which
older Chinese Windows tools write). Lines are regrouped into paragraphs: blank lines separate them,
a line that opens an enumeration ("第三条", "一、", "（二）", "1.") starts a new one, and a line is
only joined to the previous one when that one looks wrapped (long, no sentence-final punctuation).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from review_assistant.errors import DocumentError
from review_assistant.parsing.common import (
    ENUM_START,
    PARAGRAPH_END,
    BlockBuilder,
    ParseResult,
    join_wrapped,
)
from review_assistant.parsing.model import Cell
from review_assistant.settings import LimitSettings

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^ {0,3}(```+|~~~+)")
_TABLE_DELIM = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_UNORDERED = re.compile(r"^\s*[-*+]\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_CODE = re.compile(r"`([^`]+)`")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_INDENT = ("\u3000", "\t", "  ")


def decode_text(path: Path, data: bytes) -> str:
    """Decode a text file, or raise :class:`DocumentError` when no supported encoding fits."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "gb18030"]
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise DocumentError(path, "无法识别文件编码（不是 UTF-8 或 GBK/GB18030 文本），请另存为 UTF-8 编码后再上传")


def parse_text(path: Path, limits: LimitSettings, *, markdown: bool) -> ParseResult:
    """Parse a .txt or .md file (already vetted by the guard)."""
    text = decode_text(path, path.read_bytes())
    meta: dict[str, str] = {}
    if markdown:
        text, meta = _front_matter(text)
        text = _HTML_COMMENT.sub("", text)
    builder = BlockBuilder()
    _LineParser(builder, markdown).feed(text.split("\n"))
    return ParseResult(blocks=builder.blocks, title=meta.get("title") or builder.guess_title(), properties=meta)


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Split off a YAML front-matter block (``---`` … ``---``) and read its simple ``key: value`` lines."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, {}
    meta: dict[str, str] = {}
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")) and value.strip():
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return text[m.end() :], meta


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _inline(s: str) -> str:
    s = _LINK.sub(r"\1", s)
    s = _EMPHASIS.sub(r"\2", s)
    return _CODE.sub(r"\1", s)


class _LineParser:
    def __init__(self, builder: BlockBuilder, markdown: bool) -> None:
        self.b = builder
        self.md = markdown
        self.buf: list[str] = []  # raw lines of the current blank-line-separated run

    def feed(self, lines: list[str]) -> None:
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                self.flush()
                i += 1
                continue
            if self.md:
                consumed = self._markdown(lines, i)
                if consumed:
                    i += consumed
                    continue
            self.buf.append(line)
            i += 1
        self.flush()

    def _markdown(self, lines: list[str], i: int) -> int:
        """Handle a Markdown construct starting at ``lines[i]``; return the lines consumed (0: none)."""
        line = lines[i]
        if m := _ATX.match(line):
            self.flush()
            self.b.heading(_inline(m.group(2) or ""), len(m.group(1)))
            return 1
        if (m := _SETEXT.match(line)) and len(self.buf) == 1:
            title = self.buf.pop()
            self.b.heading(_inline(title.strip()), 1 if m.group(1)[0] == "=" else 2)
            return 1
        if _SETEXT.match(line) and line.strip().startswith("-") and not self.buf:
            return 1  # thematic break
        if m := _FENCE.match(line):
            self.flush()
            end = i + 1
            while end < len(lines) and not lines[end].strip().startswith(m.group(1)):
                end += 1
            self.b.paragraph("\n".join(lines[i + 1 : end]))
            return end - i + 1
        if "|" in line and i + 1 < len(lines) and _is_delimiter(lines[i + 1]):
            self.flush()
            end = i + 2
            while end < len(lines) and "|" in lines[end] and lines[end].strip():
                end += 1
            self.b.table(_pipe_table([lines[i], *lines[i + 2 : end]]))
            return end - i
        if _BULLET.match(line) or _QUOTE.match(line):
            self.flush()
            stripped = _QUOTE.sub("", line)
            self.buf.append(_UNORDERED.sub("", stripped))
            return 1
        return 0

    def flush(self) -> None:
        if not self.buf:
            return
        lines = self.buf
        self.buf = []
        widest = max(_width(ln.strip()) for ln in lines)
        para: list[str] = []
        for line in lines:
            if para and self._breaks(para[-1], line, widest):
                self._emit(para)
                para = []
            para.append(line)
        self._emit(para)

    def _breaks(self, prev: str, line: str, widest: int) -> bool:
        """Whether ``line`` starts a new paragraph after ``prev`` within one run of non-blank lines."""
        if prev.rstrip().endswith(PARAGRAPH_END) or ENUM_START.match(line):
            return True
        if not self.md and line.startswith(_INDENT):
            return True
        # Only a line filling (nearly) the run's width was wrapped by an editor; a short one ended.
        return widest < 40 or _width(prev.strip()) < 0.8 * widest

    def _emit(self, lines: list[str]) -> None:
        text = join_wrapped(lines)
        self.b.paragraph(_inline(text) if self.md else text)


def _is_delimiter(line: str) -> bool:
    return "|" in line and "-" in line and bool(_TABLE_DELIM.match(line))


def _split_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [_inline(c.strip().replace("\\|", "|")) for c in cells]


def _pipe_table(lines: list[str]) -> list[list[Cell]]:
    rows = [_split_row(ln) for ln in lines]
    return [[Cell(text=t, row=r, column=c) for c, t in enumerate(row)] for r, row in enumerate(rows)]
