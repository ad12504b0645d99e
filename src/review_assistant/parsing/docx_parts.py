"""Word content outside the body's plain paragraph/table flow: text boxes, page headers/footers, pictures.

Word stores a modern text box twice inside ``mc:AlternateContent`` (ECMA-376 Part 3, Markup Compatibility):
the DrawingML copy (``wps:txbx``) in ``mc:Choice`` and the same content as VML (``v:textbox``) in
``mc:Fallback``; a consumer takes exactly one branch. Older files have the VML text box alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MC_ALTERNATE, MC_CHOICE, MC_FALLBACK = f"{_MC}AlternateContent", f"{_MC}Choice", f"{_MC}Fallback"
W_TXBX_CONTENT = f"{W}txbxContent"
W_SECT_PR = f"{W}sectPr"
_PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"
_VML_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
# Header/footer references of a section, in the order their content is read (first page, odd, even).
_REF_ORDER = {"first": 0, "default": 1, "even": 2}
# Text boxes inside text boxes are followed this deep at most.
MAX_BOX_DEPTH = 6
# A header or footer line that only numbers the page: "第 1 页 共 3 页", "- 2 -", "1/3", "Page 1 of 3".

def alternate_branch(alt: Any) -> Any | None:
    """The one branch of an ``mc:AlternateContent`` to read: the first ``mc:Choice``, unless only the
    ``mc:Fallback`` holds text-box content (then the Fallback)."""
    choice = alt.find(MC_CHOICE)
    fallback = alt.find(MC_FALLBACK)
    if choice is not None and (fallback is None or _has_box(choice) or not _has_box(fallback)):
        return choice
    return fallback


def _has_box(el: Any) -> bool:
    return next(el.iter(W_TXBX_CONTENT), None) is not None


def text_boxes(el: Any) -> Iterator[Any]:
    """The outermost ``w:txbxContent`` elements under ``el`` in document order, one copy per text box."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == W_TXBX_CONTENT:
            yield child
        elif tag == MC_ALTERNATE:
            branch = alternate_branch(child)
            if branch is not None:
                yield from text_boxes(branch)
        else:
            yield from text_boxes(child)


def picture_count(el: Any) -> int:
    """Pictures (DrawingML ``pic:pic`` or VML ``v:imagedata``) under ``el``, each counted once."""
    count = 0
    stack = [el]
    while stack:
        node = stack.pop()
        for child in node:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag in (_PIC, _VML_IMAGEDATA):
                count += 1
            elif tag == MC_ALTERNATE:
                branch = alternate_branch(child)
                if branch is not None:
                    stack.append(branch)
            else:
                stack.append(child)
    return count


def header_footer_elements(document: Any) -> list[Any]:
    """Root elements (``w:hdr``/``w:ftr``) of the page headers, then the footers, of all sections in order;
    a part referenced by several sections is listed once."""
    body = document.element.body
    related = document.part.related_parts
    headers: list[Any] = []
    footers: list[Any] = []
    seen: set[str] = set()
    for sect in body.iter(W_SECT_PR):
        refs = [(ref, ref.tag == f"{W}headerReference") for ref in sect
                if ref.tag in (f"{W}headerReference", f"{W}footerReference")]
        refs.sort(key=lambda r: _REF_ORDER.get(r[0].get(f"{W}type") or "default", 1))
        for ref, is_header in refs:
            part = related.get(ref.get(R_ID) or "")
            element = getattr(part, "element", None)
            name = str(getattr(part, "partname", id(part)))
            if element is None or name in seen:
                continue
            seen.add(name)
            (headers if is_header else footers).append(element)
    return headers + footers
