"""Word (.docx) → blocks, walking the body XML once so paragraphs and tables keep their order.

python-docx only opens the package; the body is read straight from its lxml tree because the
high-level API loses the interleaving of paragraphs and tables, ignores content controls, tracked
insertions and merged-cell geometry, and looks styles up per paragraph (too slow for long files).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from review_assistant.parsing.common import BlockBuilder, ParseResult, is_page_number
from review_assistant.parsing.docx_numbering import Numbering
from review_assistant.parsing.docx_parts import (
    MAX_BOX_DEPTH,
    MC_ALTERNATE,
    W_TXBX_CONTENT,
    alternate_branch,
    header_footer_elements,
    picture_count,
    text_boxes,
)
from review_assistant.parsing.model import Cell
from review_assistant.settings import LimitSettings

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_P, W_TBL, W_TR, W_TC, W_SDT = f"{W}p", f"{W}tbl", f"{W}tr", f"{W}tc", f"{W}sdt"
W_SDT_CONTENT, W_CUSTOM_XML = f"{W}sdtContent", f"{W}customXml"
# Containers whose children are body-level content (block-level content controls, custom XML).
_TRANSPARENT = {W_SDT, W_SDT_CONTENT, W_CUSTOM_XML}
# Subtrees holding no visible text of the paragraph (properties, deleted runs, field codes).
_SKIP = {f"{W}pPr", f"{W}rPr", f"{W}del", f"{W}instrText", f"{W}delInstrText", f"{W}fldData",
         f"{W}sdtPr", f"{W}sdtEndPr", f"{W}rt"}
_TEXT = {f"{W}t": None, f"{W}tab": "\t", f"{W}cr": "\n", f"{W}noBreakHyphen": "-", f"{W}softHyphen": ""}
W_BR, W_SYM = f"{W}br", f"{W}sym"
# Symbol-font check boxes that forms use for 是/否 choices (w:sym font + code → the character shown).
_SYMBOLS = {("wingdings", "F0A8"): "□", ("wingdings", "F06F"): "□", ("wingdings", "F0FE"): "☑",
            ("wingdings", "F078"): "☒", ("wingdings", "F0FD"): "☒", ("wingdings 2", "F0A3"): "□",
            ("wingdings 2", "F052"): "☑", ("wingdings 2", "F054"): "☒", ("wingdings 2", "F053"): "☒"}
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = {"title", "标题"}
_CORE_FIELDS = ("title", "subject", "author", "keywords", "category", "comments", "last_modified_by",
                "created", "modified")


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    num_id: str | None
    ilvl: int | None


class _Styles:
    """Paragraph styles by id, read once: name, heading level and list numbering (through ``basedOn``)."""

    def __init__(self, styles_el: Any | None) -> None:
        self._styles: dict[str, _Style] = {}
        self.default: str | None = None
        self._levels: dict[str | None, int | None] = {}
        if styles_el is None:
            return
        for st in styles_el.iterfind(f"{W}style"):
            if st.get(f"{W}type") not in (None, "paragraph"):
                continue
            sid = st.get(f"{W}styleId") or ""
            ppr = st.find(f"{W}pPr")
            outline = _int(_val(ppr, f"{W}outlineLvl"))
            num_id = _val(ppr, f"{W}numPr/{W}numId")
            self._styles[sid] = _Style(
                name=_val(st, f"{W}name") or sid,
                based_on=_val(st, f"{W}basedOn"),
                outline=outline,
                num_id=num_id,
                ilvl=_int(_val(ppr, f"{W}numPr/{W}ilvl")),
            )
            if st.get(f"{W}default") in {"1", "true"}:
                self.default = sid

    def _chain(self, sid: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while sid and sid in self._styles and sid not in seen:
            seen.add(sid)
            st = self._styles[sid]
            yield st
            sid = st.based_on

    def name(self, sid: str | None) -> str | None:
        st = self._styles.get(sid or self.default or "")
        return _display_name(st.name) if st else sid

    def heading_level(self, sid: str | None) -> int | None:
        if sid not in self._levels:
            self._levels[sid] = self._compute_level(sid)
        return self._levels[sid]

    def _compute_level(self, sid: str | None) -> int | None:
        for st in self._chain(sid):
            name = st.name.strip()
            if name.lower() in _TITLE_NAMES:
                return 1
            m = _HEADING_NAME.match(name)
            if m:
                return int(m.group(1))
            if st.outline is not None and 0 <= st.outline <= 8:
                return st.outline + 1
        return None

    def numbering(self, sid: str | None) -> tuple[str | None, int]:
        for st in self._chain(sid):
            if st.num_id is not None:
                return st.num_id, st.ilvl or 0
        return None, 0


def _display_name(name: str) -> str:
    # Built-in styles are stored lower-case ("heading 1"); Word shows them capitalised.
    return name[:1].upper() + name[1:] if name[:1].islower() else name


def _val(el: Any, path: str) -> str | None:
    if el is None:
        return None
    found = el.find(path)
    return None if found is None else found.get(f"{W}val")


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.lstrip("-").isdigit() else None


class _DocxReader:
    def __init__(self, document: Any) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        part = document.part
        self.styles = _Styles(_part_element(part, RT.STYLES))
        self.numbering = Numbering(_part_element(part, RT.NUMBERING))

    def paragraph(self, p: Any, *, boxes: bool = True) -> tuple[str, str | None, int | None]:
        """Text (with any list label), style name and heading level of one ``w:p``; with ``boxes`` false the
        text of text boxes anchored in it is left out (the caller reads them as blocks of their own)."""
        ppr = p.find(f"{W}pPr")
        sid = _val(ppr, f"{W}pStyle")
        text = _text(p, boxes=boxes)
        level = self.styles.heading_level(sid)
        direct_outline = _int(_val(ppr, f"{W}outlineLvl"))
        if direct_outline is not None:
            level = direct_outline + 1 if 0 <= direct_outline <= 8 else None
        num_id = _val(ppr, f"{W}numPr/{W}numId")
        ilvl = _int(_val(ppr, f"{W}numPr/{W}ilvl"))
        if num_id is None:
            num_id, style_ilvl = self.styles.numbering(sid)
            ilvl = style_ilvl if ilvl is None else ilvl
        if num_id and num_id != "0":
            # Word numbers empty list paragraphs too, so the counter advances even without text.
            label = self.numbering.label(num_id, ilvl or 0)
            if text.strip():
                text = label + text.lstrip()
        return text, self.styles.name(sid), level

    def table_rows(self, tbl: Any, *, flatten: bool = True) -> list[list[Cell]]:
        """Resolve ``gridSpan``/``vMerge``/``hMerge`` so each grid position holds its (merged) text
        (``flatten``: see :meth:`cell_text`)."""
        rows: list[list[Cell]] = []
        for r, tr in enumerate(_children(tbl, W_TR)):
            row: list[Cell] = []
            trpr = tr.find(f"{W}trPr")
            for _ in range(_int(_val(trpr, f"{W}gridBefore")) or 0):
                row.append(Cell(text="", row=r, column=len(row)))
            above = rows[-1] if rows else []
            for tc in _children(tr, W_TC):
                tcpr = tc.find(f"{W}tcPr")
                span = max(1, _int(_val(tcpr, f"{W}gridSpan")) or 1)
                col = len(row)
                vmerge = tcpr.find(f"{W}vMerge") if tcpr is not None else None
                hmerge = tcpr.find(f"{W}hMerge") if tcpr is not None else None
                covered = False
                if vmerge is not None and vmerge.get(f"{W}val", "continue") == "continue" and col < len(above):
                    text, covered = above[col].text, True
                elif hmerge is not None and hmerge.get(f"{W}val", "continue") == "continue" and row:
                    text, covered = row[-1].text, True
                else:
                    text = self.cell_text(tc, flatten=flatten)
                for k in range(span):
                    row.append(Cell(text=text, row=r, column=col + k, merged=covered or k > 0))
            rows.append(row)
        return rows

    def cell_text(self, tc: Any, *, flatten: bool = True) -> str:
        """A cell's text; a table nested in it is flattened into lines, or left out when ``flatten`` is false
        (the caller then reads it as a table of its own)."""
        parts: list[str] = []
        for el in _content(tc):
            if el.tag == W_P:
                parts.append(self.paragraph(el)[0].strip())
            elif el.tag == W_TBL and flatten:
                # A nested table is flattened into its cell: one line per row.
                nested = self.table_rows(el)
                for nrow in nested:
                    texts: list[str] = []
                    for c in nrow:
                        if c.text and not c.merged:
                            texts.append(c.text.replace("\n", " "))
                    parts.append(" ".join(texts))
        return "\n".join(p for p in parts if p)


def _part_element(part: Any, reltype: str) -> Any | None:
    # Looked up by relationship: python-docx's accessors would create a missing part instead.
    try:
        sub = part.part_related_by(reltype)
    except KeyError:
        return None
    return getattr(sub, "element", None)


def _children(el: Any, tag: str) -> Iterator[Any]:
    """Children with ``tag``, looking through content controls and custom XML wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in _TRANSPARENT:
            yield from _children(child, tag)


def _content(el: Any) -> Iterator[Any]:
    """Block-level content (``w:p`` and ``w:tbl``) of a body or cell, in order."""
    for child in el:
        if child.tag in (W_P, W_TBL):
            yield child
        elif child.tag in _TRANSPARENT:
            yield from _content(child)


def _text(el: Any, *, boxes: bool = True) -> str:
    out: list[str] = []
    _collect(el, out, boxes)
    return "".join(out)


def _collect(el: Any, out: list[str], boxes: bool) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP or (tag == W_TXBX_CONTENT and not boxes):
            continue
        if tag == MC_ALTERNATE:
            # Two renderings of the same content (a text box's DrawingML and VML copies): read one.
            branch = alternate_branch(child)
            if branch is not None:
                _collect(branch, out, boxes)
            continue
        if tag in _TEXT:
            fixed = _TEXT[tag]
            out.append(child.text or "" if fixed is None else fixed)
        elif tag == W_BR:
            if child.get(f"{W}type") in (None, "textWrapping"):
                out.append("\n")
        elif tag == W_SYM:
            key = ((child.get(f"{W}font") or "").lower(), (child.get(f"{W}char") or "").upper())
            out.append(_SYMBOLS.get(key, ""))
        elif tag == W_P:
            # A paragraph inside a text box: keep it apart from the surrounding text.
            out.append("\n")
            _collect(child, out, boxes)
        else:
            _collect(child, out, boxes)


class _Walker:
    """Appends a story's blocks (body, header, text box, unwrapped frame cell) to one builder in order."""

    def __init__(self, reader: _DocxReader, builder: BlockBuilder) -> None:
        self.reader = reader
        self.builder = builder

    def story(self, container: Any, depth: int = 0, *, furniture: bool = False) -> None:
        for el in _content(container):
            if el.tag == W_P:
                self.paragraph(el, depth, furniture=furniture)
            else:
                self.table(el, depth, furniture=furniture)

    def paragraph(self, p: Any, depth: int, *, furniture: bool) -> None:
        # Text boxes anchored in the paragraph are read after it as blocks of their own (an indicator
        # table drawn in a text box is a table, not words spliced into the anchor paragraph).
        boxes = list(text_boxes(p)) if depth < MAX_BOX_DEPTH else []
        text, style, level = self.reader.paragraph(p, boxes=not boxes)
        if furniture and is_page_number(text):
            pass
        elif level is not None:
            self.builder.heading(text.replace("\n", " "), level, style=style)
        else:
            self.builder.paragraph(text, style=style)
        for box in boxes:
            self.story(box, depth + 1, furniture=furniture)

    def table(self, tbl: Any, depth: int, *, furniture: bool) -> None:
        nested = [t for tc in _table_cells(tbl) for t in _children(tc, W_TBL)] if depth < MAX_BOX_DEPTH else []
        if not nested:
            self.builder.table(self.reader.table_rows(tbl))
        elif _is_frame(tbl):
            # A one-column frame around the form (title, the form's tables, signatures): its cells are
            # read as the page they lay out.
            for tc in _table_cells(tbl):
                self.story(tc, depth + 1, furniture=furniture)
        else:
            # Tables nested in cells of a real table follow it as tables of their own, read once.
            self.builder.table(self.reader.table_rows(tbl, flatten=False))
            for t in nested:
                self.table(t, depth + 1, furniture=furniture)


def _table_cells(tbl: Any) -> Iterator[Any]:
    for tr in _children(tbl, W_TR):
        yield from _children(tr, W_TC)


def _is_frame(tbl: Any) -> bool:
    """A table of one column on every row (a frame laid around the content, not a grid of data)."""
    return all(len(list(_children(tr, W_TC))) == 1 for tr in _children(tbl, W_TR))


def parse_docx(path: Path, limits: LimitSettings) -> ParseResult:
    """Parse a .docx (already vetted by the guard) into ordered blocks.

    Page headers and footers come first, as the leading text of the document (a form whose 项目名称 and
    title are in the page header); each header part is read once, page-number lines left out."""
    import docx

    document = docx.Document(str(path))
    reader = _DocxReader(document)
    builder = BlockBuilder()
    walker = _Walker(reader, builder)
    for part in header_footer_elements(document):
        walker.story(part, furniture=True)
    furniture = len(builder.blocks)
    walker.story(document.element.body)
    props = _core_properties(document)
    title = props.get("title") or builder.guess_title(start=furniture) or builder.guess_title()
    return ParseResult(blocks=builder.blocks, title=title, properties=props, header_blocks=furniture,
                       pictures=picture_count(document.element.body))


def _core_properties(document: Any) -> dict[str, str]:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        document.part.package.part_related_by(RT.CORE_PROPERTIES)
    except KeyError:
        return {}  # python-docx would invent defaults ("Word Document"); report none instead
    cp = document.core_properties
    props: dict[str, str] = {}
    for name in _CORE_FIELDS:
        value = getattr(cp, name, None)
        if value is None or value == "":
            continue
        props[name] = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    return {k: v for k, v in props.items() if v}
