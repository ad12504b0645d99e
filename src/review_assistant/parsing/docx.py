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

from review_assistant.parsing.common import BlockBuilder, ParseResult
from review_assistant.parsing.docx_numbering import Numbering
from review_assistant.parsing.model import Cell
from review_assistant.settings import LimitSettings

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
W_P, W_TBL, W_TR, W_TC, W_SDT = f"{W}p", f"{W}tbl", f"{W}tr", f"{W}tc", f"{W}sdt"
W_SDT_CONTENT, W_CUSTOM_XML = f"{W}sdtContent", f"{W}customXml"
# Containers whose children are body-level content (block-level content controls, custom XML).
_TRANSPARENT = {W_SDT, W_SDT_CONTENT, W_CUSTOM_XML}
# Subtrees holding no visible text of the paragraph (properties, deleted runs, field codes) and the
# Fallback copy of a text box, whose Choice copy is already read.
_SKIP = {f"{W}pPr", f"{W}rPr", f"{W}del", f"{W}instrText", f"{W}delInstrText", f"{W}fldData",
         f"{W}sdtPr", f"{W}sdtEndPr", f"{W}rt", MC_FALLBACK}
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

    def paragraph(self, p: Any) -> tuple[str, str | None, int | None]:
        """Text (with any list label), style name and heading level of one ``w:p``."""
        ppr = p.find(f"{W}pPr")
        sid = _val(ppr, f"{W}pStyle")
        text = _text(p)
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

    def table_rows(self, tbl: Any) -> list[list[Cell]]:
        """Resolve ``gridSpan``/``vMerge``/``hMerge`` so each grid position holds its (merged) text."""
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
                    text = self.cell_text(tc)
                for k in range(span):
                    row.append(Cell(text=text, row=r, column=col + k, merged=covered or k > 0))
            rows.append(row)
        return rows

    def cell_text(self, tc: Any) -> str:
        parts: list[str] = []
        for el in _content(tc):
            if el.tag == W_P:
                parts.append(self.paragraph(el)[0].strip())
            elif el.tag == W_TBL:
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


def _text(el: Any) -> str:
    out: list[str] = []
    _collect(el, out)
    return "".join(out)


def _collect(el: Any, out: list[str]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
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
            _collect(child, out)
        else:
            _collect(child, out)


def parse_docx(path: Path, limits: LimitSettings) -> ParseResult:
    """Parse a .docx (already vetted by the guard) into ordered blocks."""
    import docx

    document = docx.Document(str(path))
    reader = _DocxReader(document)
    builder = BlockBuilder()
    for el in _content(document.element.body):
        if el.tag == W_P:
            text, style, level = reader.paragraph(el)
            if level is not None:
                builder.heading(text.replace("\n", " "), level, style=style)
            else:
                builder.paragraph(text, style=style)
        else:
            builder.table(reader.table_rows(el))
    props = _core_properties(document)
    title = props.get("title") or builder.guess_title()
    return ParseResult(blocks=builder.blocks, title=title, properties=props)


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
