"""A table without ruling lines on a PDF page, rebuilt from the positions of its text.

WPS and some form systems export a table as positioned text only: no lines or rectangles, so pdfplumber finds
no table and the rows would read as paragraphs ("项目名称 某县……"). Cells are runs of characters separated by a
gap wider than 1.5 characters; columns are the left edges the rows share. A vertically merged cell
("产出指标" over five rows) is written once, centred on its rows — on the middle row's line or on a line of its
own between two rows: each such text covers the run of rows, next to it, whose centre is closest to its own,
and the rows that run covers get it as a merged copy (as a ruled table's merged cell would). A line that only
continues the cells of the row above (a wrapped long text) is joined to that row.

Only a region that looks like a performance form's table is rebuilt: at least four multi-cell lines and a
header naming the indicator columns (三级指标 / 指标值 …); other aligned text (a report's detail list) stays text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median
from typing import Any

from review_assistant.parsing.model import Cell

_HEADER_WORDS = frozenset({"三级指标", "二级指标", "一级指标", "指标值", "年度指标值", "目标值", "指标名称", "绩效指标"})
_GAP = 1.5  # a gap wider than this many character heights separates two cells
_ALIGN = 6.0  # left edges within this many points are one column


@dataclass
class TextLine:
    """One line of text with its characters' boxes (pdfplumber ``extract_text_lines(return_chars=True)``)."""

    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    chars: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Row:
    top: float
    bottom: float
    cells: dict[int, str]
    label_only: bool = False  # a merged cell's text on a line of its own (not a row of the table)
    merged: set[int] = field(default_factory=set)  # columns filled from a merged cell above or below
    used: bool = False  # a label line whose text was given to rows

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Borderless:
    """A rebuilt table: its rows of cells, the column edges, and the page lines it was made of."""

    rows: list[list[Cell]]
    edges: tuple[float, ...]
    top: float
    lines: list[TextLine]


def find_borderless(lines: list[TextLine]) -> list[Borderless]:
    """The form tables among the lines of a page without ruled tables (usually none or one)."""
    if not lines:
        return []
    size = median(ln.bottom - ln.top for ln in lines) or 10.0
    split = [_cells(ln, size) for ln in lines]
    found: list[Borderless] = []
    i = 0
    while i < len(lines):
        if len(split[i]) < 2:
            i += 1
            continue
        j = last = i
        while j + 1 < len(lines) and lines[j + 1].top - lines[j].bottom <= 2.5 * size:
            j += 1
            if len(split[j]) >= 2:
                last = j
        region = range(i, last + 1)
        multi = [k for k in region if len(split[k]) >= 2]
        words = {t.replace(" ", "") for k in region for _x0, t in split[k]}
        if len(multi) >= 4 and words & _HEADER_WORDS:
            found.append(_build([lines[k] for k in region], [split[k] for k in region], size))
        i = last + 1
    return found


def _cells(line: TextLine, size: float) -> list[tuple[float, str]]:
    """The line's cells: (left edge, text), split where characters are further apart than a cell gap."""
    chars = sorted((c for c in line.chars if c.get("text", "").strip()), key=lambda c: c["x0"])
    out: list[tuple[float, list[str]]] = []
    prev: dict[str, Any] | None = None
    for ch in chars:
        gap = ch["x0"] - prev["x1"] if prev is not None else 0.0
        if prev is None or gap > _GAP * size:
            out.append((ch["x0"], [ch["text"]]))
        else:
            out[-1][1].append((" " if gap > 0.3 * size else "") + ch["text"])
        prev = ch
    return [(x0, "".join(parts)) for x0, parts in out]


def _build(lines: list[TextLine], split: list[list[tuple[float, str]]], size: float) -> Borderless:
    edges = _columns([x0 for cells in split if len(cells) >= 2 for x0, _t in cells])
    rows: list[_Row] = []
    for ln, cells in zip(lines, split, strict=True):
        by_col: dict[int, str] = {}
        for x0, text in cells:
            col = _column(edges, x0)
            by_col[col] = f"{by_col[col]} {text}" if col in by_col else text
        prev = rows[-1] if rows else None
        if prev is not None and ln.top - prev.bottom < 0.6 * size and all(prev.cells.get(c) for c in by_col):
            for c, text in by_col.items():  # a wrapped line of the cells above
                prev.cells[c] += text
            prev.bottom = ln.bottom
            continue
        rows.append(_Row(ln.top, ln.bottom, by_col))
    _label_lines(rows)
    for c in range(len(edges)):
        _spread(rows, c)
    table = [r for r in rows if not (r.label_only and r.used)]  # an unplaced label line stays a row
    grid = [[Cell(text=r.cells.get(c, ""), row=i, column=c, merged=c in r.merged) for c in range(len(edges))]
            for i, r in enumerate(table)]
    return Borderless(rows=grid, edges=(*edges, max(ln.x1 for ln in lines)), top=lines[0].top, lines=lines)


def _columns(xs: list[float]) -> list[float]:
    edges: list[float] = []
    for x in sorted(xs):
        if not edges or x - edges[-1] > _ALIGN:
            edges.append(x)
    return edges


def _column(edges: list[float], x0: float) -> int:
    return max((i for i, e in enumerate(edges) if e <= x0 + _ALIGN), default=0)


def _label_lines(rows: list[_Row]) -> None:
    """A merged cell's text on a line of its own: the lines right above and below have its columns empty."""
    for i in range(1, len(rows) - 1):
        r, above, below = rows[i], rows[i - 1], rows[i + 1]
        r.label_only = all(not above.cells.get(c) and not below.cells.get(c) for c in r.cells)


def _needs(r: _Row, c: int) -> bool:
    """A table row whose column ``c`` is blank while a column to its right holds text: under a merged cell."""
    return not r.label_only and not r.cells.get(c) and any(k > c and t for k, t in r.cells.items())


def _spread(rows: list[_Row], c: int) -> None:
    """Give each blank cell of column ``c`` the text of the merged cell it lies under (see the module doc)."""
    owners = [i for i, r in enumerate(rows) if r.cells.get(c)]
    taken = -1  # the last row index already covered
    for n, o in enumerate(owners):
        limit = owners[n + 1] if n + 1 < len(owners) else len(rows)
        above: list[int] = []
        for i in range(o - 1, taken, -1):  # the blank cells right above, up to the previous owner's run
            if rows[i].label_only:
                continue
            if not _needs(rows[i], c):
                break
            above.insert(0, i)
        below: list[int] = []
        for i in range(o + 1, limit):
            if rows[i].label_only:
                continue
            if not _needs(rows[i], c):
                break
            below.append(i)
        own = [] if rows[o].label_only else [o]
        best: list[int] = [*above, *own]
        best_off = _offset(rows, best, rows[o].centre)
        for k in range(1, len(below) + 1):
            run = [*above, *own, *below[:k]]
            off = _offset(rows, run, rows[o].centre)
            if off < best_off - 0.5:
                best, best_off = run, off
        for i in best:
            if i != o:
                rows[i].cells[c] = rows[o].cells[c]
                rows[i].merged.add(c)
        rows[o].used = rows[o].used or bool(best)
        taken = max([o, *best])


def _offset(rows: list[_Row], run: list[int], centre: float) -> float:
    if not run:
        return float("inf")
    return abs((rows[run[0]].top + rows[run[-1]].bottom) / 2 - centre)
