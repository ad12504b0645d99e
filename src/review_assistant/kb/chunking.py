"""Structure-aware splitting of a parsed policy document into citable chunks.

A chunk never spans two articles (第X条). Each one carries its heading path (章/节, or 一、/（一）
sections in documents without articles) and the label a citation shows: the article, or the
nearest section heading. An article longer than the budget is split between its paragraphs (款)
and, only when one paragraph alone is too long, between sentences; every piece repeats the
heading path so it can be understood and retrieved on its own.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from review_assistant.parsing.model import BlockKind, ParsedDocument
from review_assistant.parsing.numbering import ARTICLE, CHAPTER, PART, SECTION, SUBPART

_SENTENCE_END = re.compile(r"(?<=[。；！？])")
# Lines in front of the body that describe the file rather than rule anything.
_FRONT_MATTER = re.compile(r"^(示例文本|学习笔记|文号|发文机关|发布日期|印发日期|施行日期)[：:]")
# A reader's note after an article (学习提示, 待核事项 …) is its own chunk, not part of the article.
_NOTE = re.compile(r"^(学习提示|待核事项|补充说明|编者注|备注|[^，。：:（(\s]{2,10}(?=[（(]不是原文))[（(：:]")
_HEADING_MAX_CHARS = 40
PREAMBLE_LABEL = "文件说明"
#: Bump when the splitting rules change, so the next ingest re-chunks unchanged files.
CHUNKER_VERSION = "3"


@dataclass(frozen=True)
class Chunk:
    """One retrievable, citable piece of a policy document."""

    chunk_id: str
    ordinal: int
    article: str
    heading_path: tuple[str, ...]
    text: str
    part: int = 0
    paragraph: int | None = None
    page: int | None = None

    def index_text(self, title: str) -> str:
        """What both indexes see: the document title and heading path, then the text."""
        head = " ".join([title, *self.heading_path, *([self.article] if self.article not in self.heading_path else [])])
        return f"{head}\n{self.text}"


@dataclass
class _Unit:
    headings: tuple[str, ...]
    article: str | None
    paragraphs: list[str] = field(default_factory=list)
    paragraph: int | None = None
    page: int | None = None


def is_commentary(text: str) -> bool:
    """A reader's note split off an article (学习提示 …): searchable, but never ahead of a rule."""
    return bool(_NOTE.match(text))


def heading_rank(text: str) -> int | None:
    """Rank of a structural heading (smaller is higher), or None when the text is not one."""
    for rank, pattern in enumerate((CHAPTER, SECTION, PART, SUBPART), start=1):
        if pattern.match(text):
            return rank
    return None


def _looks_like_heading(text: str) -> bool:
    return len(text) <= _HEADING_MAX_CHARS and "。" not in text and heading_rank(text) is not None


def chunk_document(doc: ParsedDocument, *, doc_key: str, title: str, max_chars: int) -> list[Chunk]:
    """Split ``doc`` into chunks; ``doc_key`` (文号 or title) makes chunk ids unique across documents."""
    units = _units(doc, title)
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for unit in units:
        label = unit.article or (unit.headings[-1] if unit.headings else PREAMBLE_LABEL)
        for part, text in enumerate(_split(unit.paragraphs, max_chars)):
            key = "\n".join([doc_key, "/".join(unit.headings), label, text])
            chunk_id = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
            n = 1
            while chunk_id in seen:  # the same words twice under the same heading: keep both, apart
                chunk_id = hashlib.sha256(f"{key}\n{n}".encode()).hexdigest()[:20]
                n += 1
            seen.add(chunk_id)
            chunks.append(
                Chunk(
                    chunk_id=chunk_id,
                    ordinal=len(chunks),
                    article=label,
                    heading_path=unit.headings,
                    text=text,
                    part=part,
                    paragraph=unit.paragraph,
                    page=unit.page,
                )
            )
    return chunks


def _units(doc: ParsedDocument, title: str) -> list[_Unit]:
    """Group the document's blocks into articles (or sections), tracking the heading stack."""
    stack: list[tuple[int, str]] = []
    units: list[_Unit] = []
    current: _Unit | None = None
    has_articles = any(b.kind != BlockKind.HEADING and ARTICLE.match(b.text) for b in doc.blocks)
    seen_body = False

    def close() -> None:
        nonlocal current
        if current is not None and current.paragraphs:
            units.append(current)
        current = None

    for block in doc.blocks:
        text = block.text.strip()
        if not text:
            continue
        if block.kind == BlockKind.HEADING or (
            block.kind == BlockKind.PARAGRAPH and _looks_like_heading(text) and not ARTICLE.match(text)
            and (not has_articles or CHAPTER.match(text) or SECTION.match(text))
        ):
            if not stack and not seen_body and _same_title(text, title):
                continue  # the document's own title heads everything already
            rank = heading_rank(text) or 10 + (block.level or 1)
            close()
            while stack and stack[-1][0] >= rank:
                stack.pop()
            stack.append((rank, " ".join(text.split())))
            continue
        if block.kind == BlockKind.TABLE and block.table is not None:
            rows = [block.table.row_text(i) for i in range(block.table.n_rows)]
            text = "\n".join(r for r in rows if r)
        article = ARTICLE.match(text)
        note = _NOTE.match(text)
        if article:
            close()
            current = _Unit(tuple(h for _, h in stack), article.group(1))
        elif note and current is not None and current.article and ARTICLE.match(current.article):
            close()
            current = _Unit(tuple(h for _, h in stack), note.group(1))
        elif current is None:
            if not stack and _is_front_matter(text, title):
                continue
            current = _Unit(tuple(h for _, h in stack), None)
        seen_body = True
        if current.paragraph is None:
            current.paragraph = block.location.paragraph
            current.page = block.location.page
        current.paragraphs.append(text)
    close()
    return units


def _same_title(text: str, title: str) -> bool:
    return bool(title) and "".join(text.split()) == "".join(title.split())


def _is_front_matter(text: str, title: str) -> bool:
    if _FRONT_MATTER.match(text) or _same_title(text, title):
        return True
    # A short line carrying the 文号 and/or the date under the title.
    return len(text) <= 40 and ("〔" in text or "印发" in text) and "。" not in text


def _split(paragraphs: list[str], max_chars: int) -> list[str]:
    """Pack paragraphs (款, items) into pieces of at most ``max_chars``; split oversize ones at sentences."""
    pieces: list[str] = []
    for para in paragraphs:
        if len(para) <= max_chars:
            pieces.append(para)
            continue
        buf = ""
        for sentence in (s for s in _SENTENCE_END.split(para) if s):
            if buf and len(buf) + len(sentence) > max_chars:
                pieces.append(buf)
                buf = ""
            buf += sentence
        if buf:
            pieces.append(buf)
    out: list[str] = []
    buf_parts: list[str] = []
    size = 0
    for piece in pieces:
        if buf_parts and size + len(piece) + 1 > max_chars:
            out.append("\n".join(buf_parts))
            buf_parts, size = [], 0
        buf_parts.append(piece)
        size += len(piece) + 1
    if buf_parts:
        out.append("\n".join(buf_parts))
    return out
