"""Goal-sheet extraction: from any province's layout to a typed :class:`GoalSheet`.

The forms differ in order, labels, merges and whether sign, value and unit share a cell, so nothing
here relies on positions: labels are matched against vocabularies (``labels.py``), values are the
next non-label cell to the right (or below, when a row holds only labels), and the indicator table
is found by its header row wherever it sits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from review_assistant.extract import labels as L
from review_assistant.extract.models import GoalSheet, Indicator, MoneyField, TextField
from review_assistant.extract.values import money_to_wan, parse_value, unit_in_label, year_in_text
from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument, Table

_GOAL_SHEET_TITLE = re.compile(r"绩效目标(申报|申报表|表|审核表)|绩效目标和指标|项目支出绩效目标")
_LONG_HINT = re.compile(r"长期|中长期|中期|实施期|整体期|总体指标")
_ANNUAL_HINT = re.compile(r"年度")


@dataclass
class _Grid:
    block: Block
    table: Table
    index: int

    def cell(self, r: int, c: int) -> str:
        row = self.table.rows[r]
        return row[c].text.strip() if c < len(row) else ""

    def loc(self, r: int, c: int | None = None) -> Location:
        return self.block.location.model_copy(update={"row": r, "column": c})


def extract_goal_sheet(doc: ParsedDocument, fiscal_year: int | None = None) -> GoalSheet:
    """Read a goal sheet out of ``doc``. Missing parts stay empty; checks decide what is missing."""
    sheet = GoalSheet(title=_title(doc))
    grids = [_Grid(b, t, i) for i, (b, t) in enumerate(doc.tables())]
    doc_unit = _document_money_unit(doc)
    for g in grids:
        _read_label_values(g, sheet, doc_unit)
        _read_indicators(g, sheet, doc, fiscal_year)
    _read_paragraph_fields(doc, sheet, doc_unit)
    sheet.fiscal_year = fiscal_year or _fiscal_year(doc, sheet)
    if sheet.fiscal_year:
        # Dates written without a year ("12月底前") are resolved against the budget year.
        for ind in sheet.indicators:
            if ind.date_value is None and ind.number is None and "月" in ind.value_text:
                pv = parse_value(ind.value_text, default_year=sheet.fiscal_year)
                ind.date_value = pv.date_value
                ind.qualitative = pv.qualitative
    if any("成本" in i.level1 for i in sheet.indicators):
        sheet.layout = "2021"
    return sheet


def looks_like_goal_sheet(doc: ParsedDocument) -> bool:
    """A title that names a goal sheet, or an indicator table with 三级 and 指标值 columns."""
    titles = [b.text for b in doc.blocks[:8] if b.kind != BlockKind.TABLE and len(b.text.strip()) <= 40]
    if any(_GOAL_SHEET_TITLE.search(t) for t in [*titles, doc.title or ""]):
        return True
    for _, table in doc.tables():
        for r in range(min(table.n_rows, 60)):
            if _header_columns([c.text for c in table.rows[r]]) is not None:
                return True
    return False


# ---- header fields, funds, goals -----------------------------------------------------------------


def _read_label_values(g: _Grid, sheet: GoalSheet, doc_unit: str) -> None:
    table_unit = _table_money_unit(g.table) or doc_unit
    annual_from = _annual_funds_column(g.table)
    for r in range(g.table.n_rows):
        row = g.table.rows[r]
        row_unit = next((u for c in row if (u := unit_in_label(c.text))), None)
        for c in range(len(row)):
            text = row[c].text.strip()
            if not text or (c > 0 and row[c - 1].text.strip() == text):
                continue
            if c < annual_from and L.match(L.FUND_INDEX, text):
                continue  # the 中期 (multi-year) funds column of a side-by-side form
            if _is_any_label(text):
                value, vr, vc = _value_for(g, r, c)
                if value is not None:
                    _assign(sheet, text, value, g.loc(vr, vc), unit_in_label(text) or row_unit or table_unit)
            else:
                # "年度资金总额：120万元" or several "标签：值" pairs inside one cell.
                for label, value in _inline_pairs(text):
                    _assign(sheet, label, value, g.loc(r, c), unit_in_label(label) or row_unit or table_unit)


_MID_TERM_FUNDS = re.compile(r"(中期|中长期|实施期|项目期|总)资金总额")


def _annual_funds_column(table: Table) -> int:
    """First column of the 年度 funds when 中期 and 年度 funds sit side by side, else 0."""
    for row in table.rows:
        mid = next((c.column for c in row if _MID_TERM_FUNDS.search(c.text)), None)
        annual = next((c.column for c in row if "年度资金" in c.text), None)
        if mid is not None and annual is not None and annual > mid:
            return annual
    return 0


def _is_any_label(text: str) -> bool:
    return any(L.match(index, text) for index in (L.HEADER_INDEX, L.FUND_INDEX, L.GOAL_INDEX))


def _assign(sheet: GoalSheet, label: str, value: str, loc: Location, unit: str) -> None:
    """Store ``value`` under whichever vocabulary ``label`` belongs to (first writer wins)."""
    header_key = L.match(L.HEADER_INDEX, label)
    fund_key = L.match(L.FUND_INDEX, label)
    goal_key = L.match(L.GOAL_INDEX, label)
    if fund_key and (header_key is None or money_to_wan(value) is not None):
        _set_fund(sheet, fund_key, label, value, loc, unit)
    elif header_key and (header_key not in sheet.fields or (value.strip() and not sheet.fields[header_key].value)):
        sheet.fields[header_key] = TextField(label=label, value=value, location=loc)
    elif goal_key:
        _set_goal(sheet, goal_key, label, value, loc)


_PAIR_SPLIT = re.compile(r"[ \u3000]{2,}|\t|；|;")
_PAIR = re.compile(r"^\s*(?P<label>[^：:]{2,14})[：:]\s*(?P<value>.*)$")


def _inline_pairs(text: str) -> list[tuple[str, str]]:
    """"标签：值" pairs in one line or cell, several pairs separated by wide spaces or semicolons."""
    out: list[tuple[str, str]] = []
    for segment in _PAIR_SPLIT.split(text):
        m = _PAIR.match(re.sub(r"^\s*其中\s*[：:]", "", segment))
        if m and _is_any_label(m.group("label")):
            out.append((m.group("label").strip(), m.group("value").strip()))
    return out


def _value_for(g: _Grid, r: int, c: int) -> tuple[str | None, int, int]:
    """The value belonging to the label at (r, c): the next distinct cell to the right, else below.

    An empty string means the label is there but its value is not (reported by the checks).
    """
    label = g.cell(r, c)
    want_money = L.match(L.FUND_INDEX, label) is not None and L.match(L.HEADER_INDEX, label) is None
    row = g.table.rows[r]
    for cc in range(c + 1, len(row)):
        t = row[cc].text.strip()
        if not t or t == label:
            continue
        if L.is_label(t):
            break
        return t, r, cc
    below = _below(g, r, c, label, want_money)
    if below is not None:
        return below, r + 1, c
    return "", r, c


def _below(g: _Grid, r: int, c: int, label: str, want_money: bool) -> str | None:
    """The cell under a label, for header-row layouts (labels in one row, values in the next)."""
    if r + 1 >= g.table.n_rows:
        return None
    t = g.cell(r + 1, c)
    if not t or t == label or L.is_label(t):
        return None
    if want_money and money_to_wan(t) is None:
        return None
    return t


def _set_fund(sheet: GoalSheet, key: str, label: str, value: str, loc: Location, unit: str) -> None:
    if key in sheet.funds and sheet.funds[key].value_wan is not None:
        return
    cell_unit = next((u for u in ("亿元", "万元", "元") if u in value), None)
    sheet.funds[key] = MoneyField(
        label=label, raw=value, value_wan=money_to_wan(value, unit), unit=cell_unit or unit, location=loc
    )


def _set_goal(sheet: GoalSheet, key: str, label: str, value: str, loc: Location) -> None:
    """First non-empty value wins; an empty one only records where the label is."""
    field = TextField(label=label, value=value, location=loc)

    def vacant(current: TextField | None) -> bool:
        return current is None or (not current.value.strip() and bool(value.strip()))

    if key == "annual" and vacant(sheet.annual_goal):
        sheet.annual_goal = field
    elif key == "long_term" and vacant(sheet.long_term_goal):
        sheet.long_term_goal = field
    elif key == "generic" and value.strip():
        if vacant(sheet.annual_goal):
            sheet.annual_goal = field
        elif vacant(sheet.long_term_goal):
            sheet.long_term_goal = field


def _read_paragraph_fields(doc: ParsedDocument, sheet: GoalSheet, doc_unit: str) -> None:
    """Label: value lines outside tables, and goal text under a goal heading."""
    pending_goal: tuple[str, str] | None = None
    for b in doc.blocks:
        if b.kind == BlockKind.TABLE:
            pending_goal = None
            continue
        text = b.text.strip()
        if not text:
            continue
        if pending_goal is not None and not _is_any_label(text):
            _set_goal(sheet, pending_goal[0], pending_goal[1], text, b.location)
            pending_goal = None
            continue
        goal_key = L.match(L.GOAL_INDEX, text)
        if goal_key:
            pending_goal = (goal_key, text)
            continue
        for label, value in _inline_pairs(text):
            if value:
                _assign(sheet, label, value, b.location, unit_in_label(label) or doc_unit)


def _table_money_unit(table: Table) -> str | None:
    for r in range(min(table.n_rows, 40)):
        for c in table.rows[r]:
            if ("资金" in c.text or "金额" in c.text or "单位" in c.text) and (u := unit_in_label(c.text)):
                return u
    return None


def _document_money_unit(doc: ParsedDocument) -> str:
    for b in doc.blocks[:15]:
        if b.kind != BlockKind.TABLE and (u := unit_in_label(b.text)):
            return u
    return "万元"


# ---- indicators ----------------------------------------------------------------------------------


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    """Column map when ``cells`` is an indicator header row (has a 三级 column and a value column)."""
    groups = _header_groups(cells)
    return groups[0] if groups else None


def _header_groups(cells: list[str]) -> list[dict[str, int]]:
    """One column map per indicator group in a header row.

    Most forms have one group. The 财预〔2015〕88号 template puts 中期 and 年度 indicators side by
    side ("一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 指标值"): a repeated 三级 column starts a new
    group, which shares the first group's 一级 column.
    """
    groups: list[dict[str, int]] = [{}]
    for i, text in enumerate(cells):
        if i > 0 and text == cells[i - 1]:
            continue  # a merged header cell repeated across columns
        key = L.match(L.COLUMN_INDEX, text)
        if not key:
            continue
        current = groups[-1]
        if key in current and key in {"l2", "l3"} and ("value" in current or "value_long" in current):
            groups.append({"l1": current["l1"]} if "l1" in current else {})
            current = groups[-1]
        current.setdefault(key, i)
    return [g for g in groups if "l3" in g and ("value" in g or "value_long" in g)]


@dataclass
class _Group:
    cols: dict[str, int]
    period: str
    prev_l1: str = ""
    prev_l2: str = ""


def _read_indicators(g: _Grid, sheet: GoalSheet, doc: ParsedDocument, fiscal_year: int | None) -> None:
    groups: list[_Group] = []
    context = _preceding_text(doc, g.block)
    skip_row = -1
    for r in range(g.table.n_rows):
        if r == skip_row:
            continue
        cells = [c.text.strip() for c in g.table.rows[r]]
        header = _header_groups(cells)
        if not header and r + 1 < g.table.n_rows and any(L.match(L.COLUMN_INDEX, t) == "l3" for t in cells):
            # A two-row header: "指标值" spans sub-columns such as 符号 | 数值 | 单位 in the next row.
            below = [c.text.strip() for c in g.table.rows[r + 1]]
            combined = [b if b != a and L.match(L.COLUMN_INDEX, b) else a for a, b in zip(cells, below, strict=False)]
            header = _header_groups(combined)
            if header:
                skip_row = r + 1
                cells = combined
        if header:
            sheet.indicator_table_found = True
            above = " ".join(g.table.row_text(x) for x in range(max(0, r - 2), r))
            period = _period_of(" ".join([context if r < 3 else "", above, " ".join(cells)]))
            if len(header) > 1:
                # Side-by-side groups: the template's order is 中期 then 年度, unless labelled otherwise.
                groups = [_Group(cols, _group_period(g, r, cols, i)) for i, cols in enumerate(header)]
            else:
                groups = [_Group(header[0], period)]
            continue
        if not groups:
            continue
        distinct = {t for t in cells if t}
        if len(distinct) == 1 and (_LONG_HINT.search(cells[0]) or _ANNUAL_HINT.search(cells[0])):
            for grp in groups:
                grp.period = _period_of(cells[0])  # a banner row such as "年度绩效指标"
            continue
        if any(L.norm_label(t).startswith(tuple(L.norm_label(f) for f in L.FOOTER_LABELS)) for t in distinct) \
                or (distinct and all(L.match(L.GOAL_INDEX, t) or L.match(L.HEADER_INDEX, t) for t in distinct)):
            groups = []  # the indicator block has ended
            continue
        for grp in groups:
            ind = _indicator_from_row(g, r, cells, grp.cols, grp.prev_l1, grp.prev_l2, grp.period,
                                      fiscal_year or sheet.fiscal_year)
            if ind is None:
                continue
            grp.prev_l1, grp.prev_l2 = ind[0].level1, ind[0].level2
            sheet.indicators.extend(ind)


def _group_period(g: _Grid, header_row: int, cols: dict[str, int], index: int) -> str:
    """Period of one side-by-side group: from a label above its columns, else by template order."""
    first = min(v for k, v in cols.items() if k != "l1")
    for r in range(max(0, header_row - 2), header_row):
        text = g.cell(r, first)
        if _LONG_HINT.search(text) or "中期" in text:
            return "long_term"
        if "年度" in text:
            return "annual"
    return "long_term" if index == 0 else "annual"


def _indicator_from_row(
    g: _Grid, r: int, cells: list[str], cols: dict[str, int], prev_l1: str, prev_l2: str, period: str,
    fiscal_year: int | None,
) -> list[Indicator] | None:
    def col(key: str) -> str:
        i = cols.get(key)
        return cells[i] if i is not None and i < len(cells) else ""

    l3 = col("l3")
    value_cols = [k for k in ("value", "value_long") if k in cols]
    values = {k: col(k) for k in value_cols}
    if not l3 and not any(values.values()):
        return None
    if l3 and l3 == col("l2") == col("l1"):
        return None  # a spanning banner row
    l1 = col("l1") or prev_l1
    l2 = col("l2") or prev_l2
    sign_text = col("sign")
    unit_text = col("unit")
    row_period = period
    for i, text in enumerate(cells):
        if i not in cols.values() and text and _LONG_HINT.search(text):
            row_period = "long_term"
        elif i not in cols.values() and text and text.startswith("年度"):
            row_period = "annual"
    out: list[Indicator] = []
    for key, value_text in values.items():
        this_period = "long_term" if key == "value_long" else row_period
        if len(values) > 1 and not value_text:
            continue
        pv = parse_value(value_text, sign_hint=sign_text or None, unit_hint=unit_text or None,
                         default_year=fiscal_year)
        value_col = cols[key]
        out.append(
            Indicator(
                level1=l1, level2=l2, level3=l3, sign=pv.sign, value_text=value_text, number=pv.number,
                date_value=pv.date_value, unit=pv.unit, qualitative=pv.qualitative, period=this_period,
                raw=cells, evidence=g.table.row_text(r), location=g.loc(r, value_col),
                has_sign_column="sign" in cols, has_unit_column="unit" in cols,
            )
        )
    return out


def _period_of(text: str) -> str:
    if _LONG_HINT.search(text) and not re.search(r"年度(绩效)?(指标|目标)", text):
        return "long_term"
    return "annual"


def _preceding_text(doc: ParsedDocument, block: Block) -> str:
    """Text of the two non-empty blocks right before ``block`` (a table's caption)."""
    out: list[str] = []
    for b in doc.blocks:
        if b is block:
            break
        if b.kind != BlockKind.TABLE and b.text.strip():
            out.append(b.text.strip())
        elif b.kind == BlockKind.TABLE:
            out.clear()
    return " ".join(out[-2:])


# ---- title and year ------------------------------------------------------------------------------


def _title(doc: ParsedDocument) -> str:
    """The form's title line; one that names the year wins over a bare sheet name."""
    candidates: list[str] = []
    for b in doc.blocks[:10]:
        if b.kind != BlockKind.TABLE and _GOAL_SHEET_TITLE.search(b.text):
            candidates.append(b.text.strip())
    for _, t in doc.tables()[:1]:
        for r in range(min(3, t.n_rows)):
            if _GOAL_SHEET_TITLE.search(t.row_text(r)):
                candidates.append(t.row_text(r).strip())
    with_year = [c for c in candidates if year_in_text(c)]
    if with_year or candidates:
        return (with_year or candidates)[0][:80]
    return (doc.title or doc.first_heading_or_paragraph())[:80]


def _fiscal_year(doc: ParsedDocument, sheet: GoalSheet) -> int | None:
    if sheet.title and (y := year_in_text(sheet.title)):
        return y
    for b in doc.blocks[:6]:
        if b.kind != BlockKind.TABLE and "年度" in b.text and (y := year_in_text(b.text)):
            return y
    period = sheet.fields.get("period")
    years = sorted({int(y) for y in re.findall(r"((?:19|20)\d{2})", period.value)}) if period else []
    if len(years) == 1:
        return years[0]
    return None
