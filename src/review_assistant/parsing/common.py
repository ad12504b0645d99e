"""Pieces every parser shares: the parse result, block construction, and CJK-aware text joining."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from review_assistant.parsing.bounds import charge_text
from review_assistant.parsing.model import Block, BlockKind, Cell, Location, Table
from review_assistant.parsing.numbering import CN_NUMERALS

# CJK ideographs, CJK/full-width punctuation and kana: no space is written between these in Chinese text,
# so a line wrap between two of them must be joined with nothing.
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2010-\u206f]")

# A letter-spaced run: single CJK characters (ideographs or CJK punctuation) each followed by blanks, as scanned and
# PDF-converted forms write titles and labels ("项 目 支 出 绩 效 自 评 表", "产 出 指 标", "一 、 评 估 对 象"). A number
# standing between two spaced characters belongs to the run ("（ 2027 年 度 ）"); the last character may carry what is
# written close up to it ("产 出 指 标（50分）").
_SPACED_CHAR = r"[\u2e80-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uffef]"
_SPACED_RUN = re.compile(
    rf"(?<![\w\u3001-\u303f\uff01-\uffef]){_SPACED_CHAR}(?:[ \t\u3000]+(?:\d+(?:\.\d+)?[ \t\u3000]+)?{_SPACED_CHAR})+"
)
_SPACED_TOKEN = re.compile(rf"^(?:{_SPACED_CHAR}|\d+(?:\.\d+)?)$")


def _close_run(m: re.Match[str]) -> str:
    tokens = m.group(0).split()
    if not all(_SPACED_TOKEN.match(t) for t in tokens):
        return m.group(0)
    return "".join(tokens)


# A PDF text layer splits a grouped figure before its thousands separator ("1 ,340,000.00元"): one number.
_SPLIT_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0]+(?=,\d{3}(?:[,.]\d|(?!\d)))")


def despace_cjk(text: str) -> str:
    """Close up letter-spaced Chinese: "产 出 指 标（50分）" is "产出指标（50分）", "（ 2027 年 度 ）" is "（2027年度）".

    Only runs where every character stands alone between blanks are closed; words written with ordinary spacing
    ("项目名称  某县某局", "XXX  XXXXXXXX") are left as they are. A figure split before its thousands separator
    ("1 ,340,000.00") is closed up too.
    """
    if " " not in text and "\t" not in text and "\u3000" not in text and "\u00a0" not in text:
        return text
    return _SPACED_RUN.sub(_close_run, _SPLIT_THOUSANDS.sub("", text))


# Markers that open an item of an enumeration: 第一章/第三条, 一、, （一）, (1), 1. 1、 1）.
# "1.5%" must not count, hence the lookahead after the Arabic dot.
ENUM_START = re.compile(
    r"^\s*(?:"
    rf"第[{CN_NUMERALS}\d]+[章节条款部分篇]"
    rf"|[{CN_NUMERALS}]+[、.．]"
    rf"|[（(][{CN_NUMERALS}\d]+[)）]"
    r"|\d+(?:[、)）]|[.．](?!\d))"
    r"|[①-⑳]"
    r")"
)

# Sentence-final punctuation: a line ending with one of these ends its paragraph.
PARAGRAPH_END = ("。", "；", "：", "！", "？", ";", ":", "!", "?", "」", "』")


@dataclass
class ParseResult:
    """What a format parser hands back; :func:`review_assistant.parsing.parse_file` adds path and hash."""

    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)
    header_blocks: int = 0
    pictures: int = 0


# A wrap after a hyphen or a comparison sign ("≥" / "3,100户" in a narrow column) joins with nothing.
_NO_SPACE_AFTER = frozenset("-≥≤=<>≧≦")


def _decimal_wrap(before: str, after: str) -> bool:
    """A number wrapped at its decimal point in a narrow cell ("87." over "34" is 87.34)."""
    return len(before) >= 2 and before[-1] in ".．" and before[-2].isdigit() and after[:1].isdigit()


_GROUP_OPEN = re.compile(r"(?:^|[^\d,])\d{1,3}(?:,\d{3})*,\d{0,2}$")


def _grouped_wrap(before: str, after: str) -> bool:
    """A grouped figure wrapped inside a narrow cell or at a line end: "470,4" over "00.00", "1" over ",340,000.00",
    "470," over "400.00" is one number (a figure never starts with a comma, a thousands group has three digits)."""
    if not before or not after:
        return False
    if before[-1].isdigit() and after[0] == "," and after[1:2].isdigit():
        return True
    m = _GROUP_OPEN.search(before)
    if m is None or not after[0].isdigit():
        return False
    done = len(before) - before.rfind(",") - 1  # digits of the open group already written
    return re.match(rf"\d{{{3 - done}}}(?!\d)", after) is not None


def join_wrapped(parts: list[str]) -> str:
    """Join lines that a layout wrapped: nothing between CJK characters, one space between Latin words."""
    out = ""
    for raw in parts:
        piece = raw.strip()
        if not piece:
            continue
        if out and not (_CJK.match(out[-1]) or _CJK.match(piece[0]) or out[-1] in _NO_SPACE_AFTER
                        or _decimal_wrap(out, piece) or _grouped_wrap(out, piece)):
            out += " "
        out += piece
    return out


def join_cell_lines(text: str) -> str:
    """Re-join a cell's wrapped lines; a line opening an enumeration item keeps its own line."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    groups: list[list[str]] = []
    for ln in lines:
        if not groups or ENUM_START.match(ln):
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return "\n".join(join_wrapped(g) for g in groups)


def joined_row_text(table: Table, i: int, start: int = 0) -> str:
    """:meth:`Table.row_text` with each cell's wrapped lines re-joined ("效\n益\n指\n标" → "效益指标"): the row as
    evidence a reader sees; still verbatim, since evidence is matched with whitespace removed."""
    return " ".join(join_cell_lines(t) for t in table.row_texts(i, start))


def table_text(table: Table) -> str:
    """The text a table block carries: each row's distinct cell texts, rows on separate lines."""
    return "\n".join(t for t in (table.row_text(i) for i in range(table.n_rows)) if t)


def rectangular(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Pad short rows with empty cells so every row has the same width."""
    width = max((len(r) for r in rows), default=0)
    for i, r in enumerate(rows):
        for j in range(len(r), width):
            r.append(Cell(text="", row=i, column=j))
    return rows


def _cells_chars(rows: list[list[Cell]]) -> int:
    # A table's text is held twice (cells and the joined block text), hence the factor.
    return 2 * sum(len(c.text) + 1 for row in rows for c in row)


class BlockBuilder:
    """Appends blocks in order while tracking the nearest heading and paragraph/table counters."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.section: str | None = None
        self._paragraphs = 0
        self._tables = 0

    def heading(
        self, text: str, level: int, *, style: str | None = None, page: int | None = None,
        sheet: str | None = None,
    ) -> None:
        text = text.strip()
        if not text:
            return
        charge_text(len(text))
        loc = Location(page=page, section=self.section, paragraph=self._paragraphs, sheet=sheet)
        self.blocks.append(Block(kind=BlockKind.HEADING, text=text, level=level, location=loc, style=style))
        self._paragraphs += 1
        self.section = text

    def paragraph(self, text: str, *, style: str | None = None, page: int | None = None) -> None:
        text = text.strip()
        if not text:
            return
        charge_text(len(text))
        loc = Location(page=page, section=self.section, paragraph=self._paragraphs)
        self.blocks.append(Block(kind=BlockKind.PARAGRAPH, text=text, location=loc, style=style))
        self._paragraphs += 1

    def table(
        self, rows: list[list[Cell]], *, page: int | None = None, sheet: str | None = None,
        style: str | None = None,
    ) -> None:
        charge_text(_cells_chars(rows))
        rows = rectangular(rows)
        if not rows or not any(c.text for r in rows for c in r):
            return
        table = Table(rows=rows)
        loc = Location(page=page, section=self.section, table=self._tables, sheet=sheet)
        self.blocks.append(
            Block(kind=BlockKind.TABLE, text=table_text(table), table=table, location=loc, style=style)
        )
        self._tables += 1

    def extend_table(self, index: int, rows: list[list[Cell]], *, skip_repeated_header: bool = False) -> None:
        """Append ``rows`` to the table block at ``index`` (a table continued on the next page)."""
        block = self.blocks[index]
        assert block.table is not None
        old = block.table.rows
        if skip_repeated_header and rows and old and [c.text for c in rows[0]] == [c.text for c in old[0]]:
            rows = rows[1:]
        charge_text(_cells_chars(rows))
        start = len(old)
        added = [
            [c.model_copy(update={"row": start + i}) for c in row]
            for i, row in enumerate(rows)
        ]
        block.table = Table(rows=rectangular(old + added))
        block.text = table_text(block.table)

    def first_heading(self, start: int = 0) -> str | None:
        for b in self.blocks[start:]:
            if b.kind == BlockKind.HEADING:
                return b.text
        return None

    def guess_title(self, max_chars: int = 80, *, start: int = 0) -> str | None:
        """First heading, else the first paragraph when it is short enough to be a title (from block ``start``)."""
        heading = self.first_heading(start)
        if heading:
            return heading
        for b in self.blocks[start:]:
            if b.kind == BlockKind.PARAGRAPH:
                return b.text if len(b.text) <= max_chars else None
        return None


#: A line that only numbers the page, spaces removed: "3", "- 3 -", "第 3 页", "第3页，共10页", "3 / 10", "共10页第3页",
#: "Page 3 of 10" (a running header or footer, not document text).
_PAGE_NUMBER = re.compile(
    r"^[\-—–－·•]*(?:第?\d+页?(?:[/／]\d+|[,，/／]?共\d+页?)?|共\d+页第\d+页|page\d+(?:of\d+)?|\d+of\d+)[\-—–－·•]*$",
    re.IGNORECASE,
)


def is_page_number(text: str) -> bool:
    """Whether ``text`` only numbers the page (PDF margins, Word headers and footers)."""
    return bool(_PAGE_NUMBER.match(re.sub(r"\s+", "", text)))
