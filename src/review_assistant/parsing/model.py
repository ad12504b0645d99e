"""The parsed form of any input document: ordered blocks with locations.

Every parser (docx, pdf, xlsx, md/txt) produces a :class:`ParsedDocument`; everything downstream
(classification, extraction, checks, evidence matching, knowledge-base chunking) reads only this.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field

_WS = re.compile(r"\s+")


def normalize_ws(text: str) -> str:
    """Remove all whitespace, full-width spaces included.

    Evidence matching compares texts after this normalisation, so a quote survives line wraps and
    the padding spaces Word and PDF layouts insert (Chinese text has no meaningful spaces; for the
    rare Latin words, dropping spaces can only make a match easier, never invent one).
    """
    return _WS.sub("", text.replace("\u3000", " "))


class Location(BaseModel):
    """Where a block (or a cell) sits in the source file. Unknown parts stay ``None``."""

    model_config = ConfigDict(frozen=True)

    page: int | None = Field(None, description="1-based page number (PDF) or sheet number (xlsx/xls)")
    section: str | None = Field(None, description="Nearest heading text above the block")
    paragraph: int | None = Field(None, description="0-based paragraph index in the document body")
    table: int | None = Field(None, description="0-based table index in the document")
    row: int | None = Field(None, description="0-based row index within the table")
    column: int | None = Field(None, description="0-based column index within the table")
    sheet: str | None = Field(None, description="Worksheet name for .xlsx/.xls input")

    def describe(self) -> str:
        """A short Chinese description such as ``第1页 表1 第4行``."""
        parts: list[str] = []
        if self.sheet:
            parts.append(f"工作表“{self.sheet}”")
        elif self.page is not None:
            parts.append(f"第{self.page}页")
        if self.section and self.section != self.sheet:
            parts.append(f"“{self.section[:20]}”部分")
        if self.table is not None:
            parts.append(f"表{self.table + 1}")
            if self.row is not None:
                parts.append(f"第{self.row + 1}行")
            if self.column is not None:
                parts.append(f"第{self.column + 1}列")
        elif self.paragraph is not None:
            parts.append(f"第{self.paragraph + 1}段")
        return " ".join(parts) or "全文"


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    TABLE = "table"


class Cell(BaseModel):
    """One logical cell. A merged region appears once per covered grid position, with ``merged`` set."""

    text: str
    row: int
    column: int
    merged: bool = Field(False, description="True when this position is covered by a merge from another cell")
    unread: bool = Field(False, description="A formula whose result was never saved (workbook not recalculated): "
                         "the value could not be read, the text is empty")


class Table(BaseModel):
    """A rectangular grid of cells after merges were resolved (every row has ``n_cols`` cells)."""

    rows: list[list[Cell]]

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def text_rows(self) -> list[list[str]]:
        """Rows as plain strings (merged positions repeat the merged text)."""
        return [[c.text for c in r] for r in self.rows]

    def row_texts(self, i: int, start: int = 0) -> list[str]:
        """Distinct cell texts of one row (from column ``start`` on), merged repeats removed."""
        seen: list[str] = []
        for c in self.rows[i][start:]:
            if c.text and (not seen or seen[-1] != c.text):
                seen.append(c.text)
        return seen

    def row_text(self, i: int, start: int = 0) -> str:
        """Distinct cell texts of one row (from column ``start`` on) joined by spaces (merged repeats removed)."""
        return " ".join(self.row_texts(i, start))


class Block(BaseModel):
    """A heading, a paragraph, or a table, in document order."""

    kind: BlockKind
    text: str = Field("", description="Paragraph/heading text; for tables, the rows' text joined")
    level: int | None = Field(None, description="Heading level (1 = top) when kind is heading")
    table: Table | None = None
    location: Location = Field(default_factory=Location)
    style: str | None = Field(None, description="Source style name, e.g. 'Heading 1' in Word")


class ParsedDocument(BaseModel):
    """A parsed input file: metadata plus ordered blocks."""

    path: str
    sha256: str
    file_type: str = Field(description="docx, pdf, xlsx, xls (Excel 97-2003, WPS .et, HTML saved as .xls), md or txt")
    title: str | None = None
    pages: int | None = None
    blocks: list[Block] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list, description="Non-fatal parse notes (Chinese)")
    properties: dict[str, str] = Field(default_factory=dict, description="Core properties found in the file")
    header_blocks: int = Field(0, description="How many leading blocks were read from page headers/footers (docx)")
    pictures: int = Field(0, description="Pictures in the document body, whose content cannot be read as text")

    @cached_property
    def full_text(self) -> str:
        """All block texts joined by newlines, in order: the text evidence must be found in.

        A table contributes one line per row (its distinct cell texts joined by spaces), so a quote of
        a whole row, or of any single cell, is a substring of this text.
        """
        parts: list[str] = []
        for b in self.blocks:
            if b.table is not None:
                parts.extend(b.table.row_text(i) for i in range(b.table.n_rows))
            elif b.text:
                parts.append(b.text)
        return "\n".join(parts)

    @cached_property
    def normalized_text(self) -> str:
        return normalize_ws(self.full_text)

    def contains(self, quote: str) -> bool:
        """Whether ``quote`` is a verbatim substring of the document (whitespace-normalised)."""
        q = normalize_ws(quote)
        return bool(q) and q in self.normalized_text

    def tables(self) -> list[tuple[Block, Table]]:
        return [(b, b.table) for b in self.blocks if b.table is not None]

    def first_heading_or_paragraph(self) -> str:
        for b in self.blocks:
            if b.kind != BlockKind.TABLE and b.text.strip():
                return b.text.strip()
        return ""
