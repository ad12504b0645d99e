"""The original document rendered beside the findings, every finding's evidence highlighted.

Paragraphs and tables come from the :class:`ParsedDocument` (a PDF shows as its text pages). Each
highlight carries ``data-f="<finding ids>"`` so the workbench can scroll to a finding's evidence;
all document text goes through :func:`render.esc` (HTML and Markdown escaped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from review_assistant.parsing.model import Block, ParsedDocument
from review_assistant.review.records import StoredFinding
from review_assistant.settings import LimitSettings
from review_assistant.ui import render

MAX_BLOCKS = 3000  # a document longer than this is shown up to here, with a note


@lru_cache(maxsize=32)
def _parsed(path: str, mtime: float, limits_json: str) -> ParsedDocument | None:
    from review_assistant.parsing import parse_file

    del mtime  # part of the cache key only: a replaced file is parsed again
    try:  # the home's limits, in the parse sandbox like the check itself
        return parse_file(Path(path), LimitSettings.model_validate_json(limits_json))
    except Exception:  # the stored copy was checked on upload; a failure here only hides the view
        return None


def parsed_document(path: str, limits: LimitSettings | None = None) -> ParsedDocument | None:
    """The stored upload parsed again (cached by path, modification time and limits); None when unreadable."""
    p = Path(path)
    if not p.exists():
        return None
    return _parsed(str(p), p.stat().st_mtime, (limits or LimitSettings()).model_dump_json())


def _pattern(evidence: str) -> re.Pattern[str] | None:
    chars = re.sub(r"\s+", "", evidence)
    if len(chars) < 2:
        return None
    return re.compile(r"\s*".join(re.escape(ch) for ch in chars))


@dataclass
class _Marks:
    """Highlight spans per text unit (a paragraph or a cell): (start, end, finding id)."""

    spans: dict[tuple[int, int, int], list[tuple[int, int, int]]] = field(default_factory=dict)
    rows: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    found: set[int] = field(default_factory=set)

    def add(self, unit: tuple[int, int, int], start: int, end: int, fid: int) -> None:
        self.spans.setdefault(unit, []).append((start, end, fid))
        self.found.add(fid)


def _units(blocks: Sequence[Block]) -> list[tuple[tuple[int, int, int], str]]:
    """Every text unit of the document: (block index, row, column) → text; paragraphs use row -1."""
    out: list[tuple[tuple[int, int, int], str]] = []
    for bi, b in enumerate(blocks):
        if b.table is not None:
            for ri, row in enumerate(b.table.rows):
                for ci, cell in enumerate(row):
                    if not cell.merged and cell.text:
                        out.append(((bi, ri, ci), cell.text))
        elif b.text:
            out.append(((bi, -1, -1), b.text))
    return out


def _locate(doc: ParsedDocument, findings: Sequence[StoredFinding]) -> _Marks:
    marks = _Marks()
    blocks = doc.blocks[:MAX_BLOCKS]
    units = _units(blocks)
    for f in findings:
        pattern = _pattern(f.evidence or "")
        if pattern is not None:
            _mark(pattern, f.id, blocks, units, marks)
    return marks


def _mark(pattern: re.Pattern[str], fid: int, blocks: Sequence[Block],
          units: list[tuple[tuple[int, int, int], str]], marks: _Marks) -> bool:
    hit = False
    for unit, text in units:
        for m in pattern.finditer(text):
            marks.add(unit, m.start(), m.end(), fid)
            hit = True
    if hit:
        return True
    # A quote spanning cells: the table row whose text contains it is highlighted as a whole.
    for bi, b in enumerate(blocks):
        if b.table is None:
            continue
        for ri in range(b.table.n_rows):
            if pattern.search(b.table.row_text(ri)):
                marks.rows.setdefault((bi, ri), []).append(fid)
                marks.found.add(fid)
                hit = True
    return hit


def _attr(ids: Sequence[int]) -> str:
    return " ".join(str(i) for i in sorted(set(ids)))


def _marked(text: str, spans: Sequence[tuple[int, int, int]]) -> str:
    """``text`` escaped, with overlapping spans merged into one ``<mark>`` naming every finding in it."""
    merged: list[tuple[int, int, list[int]]] = []
    for start, end, fid in sorted(spans):
        if merged and start <= merged[-1][1]:
            s, e, ids = merged[-1]
            merged[-1] = (s, max(e, end), [*ids, fid])
        else:
            merged.append((start, end, [fid]))
    out, pos = [], 0
    for start, end, ids in merged:
        out.append(render.esc(text[pos:start]))
        out.append(f'<mark class="ra-ev" data-f="{_attr(ids)}">{render.esc(text[start:end])}</mark>')
        pos = end
    out.append(render.esc(text[pos:]))
    return "".join(out)


def _block_html(bi: int, b: Block, marks: _Marks) -> str:
    if b.table is None:
        body = _marked(b.text, marks.spans.get((bi, -1, -1), []))
        if b.kind == "heading":
            level = min(max(b.level or 1, 1), 4) + 2
            return f'<h{level} class="ra-doc-h">{body}</h{level}>'
        return f'<p class="ra-doc-p">{body}</p>'
    rows = []
    for ri, row in enumerate(b.table.rows):
        row_ids = marks.rows.get((bi, ri))
        attrs = f' class="ra-ev-row" data-f="{_attr(row_ids)}"' if row_ids else ""
        cells = []
        for ci, cell in enumerate(row):
            if cell.merged:
                continue
            span = 1
            while ci + span < len(row) and row[ci + span].merged and row[ci + span].text == cell.text:
                span += 1
            colspan = f' colspan="{span}"' if span > 1 else ""
            cells.append(f"<td{colspan}>{_marked(cell.text, marks.spans.get((bi, ri, ci), []))}</td>")
        rows.append(f"<tr{attrs}>{''.join(cells)}</tr>")
    return f'<table class="ra-doc-table">{"".join(rows)}</table>'


def document_html(path: str, findings: Sequence[StoredFinding], title: str = "",
                  limits: LimitSettings | None = None) -> str:
    """The whole document as HTML with highlights; a short note when it cannot be shown."""
    doc = parsed_document(path, limits)
    if doc is None:
        return '<p class="ra-muted">原文暂时无法显示（文件已不在或无法读取），问题列表不受影响。</p>'
    marks = _locate(doc, findings)
    parts = [f'<div class="ra-doc" data-title="{render.esc(title)}">']
    page: int | None = None
    sheet: str | None = None
    for bi, b in enumerate(doc.blocks[:MAX_BLOCKS]):
        if b.location.sheet and b.location.sheet != sheet:
            sheet = b.location.sheet
            parts.append(f'<div class="ra-doc-page">工作表“{render.esc(sheet)}”</div>')
        elif doc.file_type == "pdf" and b.location.page is not None and b.location.page != page:
            page = b.location.page
            parts.append(f'<div class="ra-doc-page">第 {page} 页</div>')
        parts.append(_block_html(bi, b, marks))
    if len(doc.blocks) > MAX_BLOCKS:
        parts.append(f'<p class="ra-muted">文件较长，只显示前 {MAX_BLOCKS} 段。</p>')
    missing = [f for f in findings if f.evidence and f.id not in marks.found]
    if missing:
        parts.append('<div class="ra-doc-missing"><b>未在本文件中定位到原文的问题：</b><ul>')
        parts += [f'<li data-f="{f.id}">{render.esc(f.rule_id)}：{render.esc(f.evidence)}</li>' for f in missing]
        parts.append("</ul></div>")
    parts.append("</div>")
    return "".join(parts)


# Scrolls the document pane to the evidence of the finding in the dropdown label ("#12 …").
SCROLL_JS = """
(label) => {
  const m = String(label || '').match(/^#?(\\d+)/);
  const pane = document.querySelector('#wb-doc');
  if (!pane) return;
  pane.querySelectorAll('.ra-ev-active').forEach(e => e.classList.remove('ra-ev-active'));
  if (!m) return;
  const hits = pane.querySelectorAll('[data-f~="' + m[1] + '"]');
  hits.forEach(e => e.classList.add('ra-ev-active'));
  if (hits.length) hits[0].scrollIntoView({block: 'center', behavior: 'instant'});
}
"""
