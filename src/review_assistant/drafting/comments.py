"""A copy of the original .docx with each accepted finding as a Word comment (批注) at its evidence.

The comment is anchored to the runs of the paragraph (or table row/cell) that holds the evidence;
a finding whose evidence cannot be located is anchored to the first paragraph and says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx import Document

from review_assistant.checks.models import SEVERITY_ZH
from review_assistant.drafting.opinion import ref_text
from review_assistant.errors import InputError
from review_assistant.parsing.model import normalize_ws
from review_assistant.review.records import ReviewDetail, StoredFinding


def _paragraphs(container: Any) -> Iterator[Any]:
    """Every paragraph, including those in (nested) table cells, in document order."""
    yield from container.paragraphs
    for table in getattr(container, "tables", []):
        for row in table.rows:
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue  # merged cells repeat
                seen.add(id(cell._tc))
                yield from _paragraphs(cell)


def _row_runs(document: Any, f: StoredFinding) -> list[Any]:
    loc = f.location
    if loc.table is None or loc.row is None or loc.table >= len(document.tables):
        return []
    table = document.tables[loc.table]
    if loc.row >= len(table.rows):
        return []
    cells = table.rows[loc.row].cells
    if loc.column is not None and loc.column < len(cells):
        cells = [cells[loc.column]]
    text = normalize_ws("".join(c.text for c in cells))
    if f.evidence and normalize_ws(f.evidence) not in text:
        return []
    return [r for c in cells for p in c.paragraphs for r in p.runs]


def _table_runs(document: Any, f: StoredFinding) -> list[Any]:
    """A finding about a whole table (e.g. a missing indicator): the table's first row."""
    loc = f.location
    if loc.table is None or loc.row is not None or loc.table >= len(document.tables):
        return []
    rows = document.tables[loc.table].rows
    return [r for c in rows[0].cells for p in c.paragraphs for r in p.runs] if len(rows) else []


def _anchor(document: Any, f: StoredFinding) -> list[Any]:
    runs = _row_runs(document, f) or (_table_runs(document, f) if not f.evidence else [])
    if runs:
        return runs
    quote = normalize_ws(f.evidence)
    if quote:
        hits = [p for p in _paragraphs(document) if p.runs and quote in normalize_ws(p.text)]
        if hits:
            return list(min(hits, key=lambda p: len(p.text)).runs)
        # A quote of a table row spans cells: anchor the row whose text holds it.
        for table in document.tables:
            for row in table.rows:
                if quote in normalize_ws("".join(c.text for c in row.cells)):
                    return [r for c in row.cells for p in c.paragraphs for r in p.runs]
    return []


def write_commented_copy(detail: ReviewDetail, original: Path, out: Path, *, author: str) -> Path:
    if original.suffix.lower() != ".docx":
        raise InputError(f"原文件“{detail.review.file_name}”不是 Word（.docx）文档，无法生成批注版。")
    document = Document(str(original))
    fallback = next((list(p.runs) for p in _paragraphs(document) if p.runs), [])
    for f in detail.findings:
        if not f.accepted:
            continue
        runs = _anchor(document, f)
        prefix = ""
        if not runs:
            # Without a quote the finding is about the whole document; with one, say it was not found.
            runs, prefix = fallback, "（未能在原文中定位）" if f.evidence else "（针对全文）"
        if not runs:
            continue
        text = f"{prefix}【{SEVERITY_ZH.get(f.severity, f.severity)}】{f.final_message}"
        if f.final_suggestion:
            text += f"\n修改要求：{f.final_suggestion}"
        if f.policy_refs:
            text += f"\n依据：{ref_text(f.policy_refs)}"
        document.add_comment(runs, text=text, author=author or "审核人员", initials="审")
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    return out
