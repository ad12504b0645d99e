"""Reading the indicator table of a goal sheet, whatever its columns are called.

A header row is any row with a name column (三级指标, 指标名称, 指标内容, 绩效指标 …) and a value
column (指标值, 目标值, 年度指标值, 当年预期实现值 …). Levels may sit in their own columns, be
missing, be left blank, or be written inside the name cell ("数量指标：培训人次"); a table may go
on over several page-tables without repeating its header, and one table may hold several projects
(a 项目名称 column). What cannot be read becomes an extraction note on the sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from review_assistant.extract import labels as L
from review_assistant.extract.goal_budget import allocation_header
from review_assistant.extract.goal_title import sheet_fiscal_year
from review_assistant.extract.models import GoalSheet, Indicator
from review_assistant.extract.report_budget import budget_header
from review_assistant.extract.values import (
    PLAIN_AMOUNT,
    only_sign_or_unit,
    parse_value,
    unit_in_name,
    year_in_text,
)
from review_assistant.parsing.common import joined_row_text
from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument, Table

_LONG_HINT = re.compile(r"长期|中长期|中期|实施期|整体期|总体指标")
_ANNUAL_HINT = re.compile(r"年度")
_WEAK_L3 = {"绩效指标", "绩效内容"}  # also banner words: a name column only when nothing better is there
_STRONG_L3 = {"三级指标", "三级指标名称"}
_LEVEL_IN_CELL = re.compile(r"^\s*[★☆*＊]*\s*(?P<level>[\u4e00-\u9fff]{2,12}指标)\s*[：:]\s*(?P<rest>.+)$")
_VALUE_AT_END = re.compile(
    r"^(?P<name>.*?[^\s≥≤<>=])\s*(?P<value>(?:[≥≤<>=]|>=|<=|不低于|不少于|不高于|不超过|达到)\s*\d[\d,.]*\s*\S{0,6})$"
)
_TIME_NAME = re.compile(r"时间|时限|日期|完成期|期限")
_PROJECT_COLUMNS = {"project_name": "p_name", "implementer": "p_unit"}
_KNOWN_EXTRA = {"序号", "权重", "分值", "备注", "指标解释", "指标说明"}
# The header of a small funds table under the indicators ("资金来源 | 金额（元）", "收入构成 | 当年金额 | 占比").
_FUNDS_HEAD = re.compile(r"^(?:资金|经费|收入|支出)?(?:来源|构成)(?:渠道|名称|明细|情况)?$")
_AMOUNT_HEAD = re.compile(r"^(?:当年|本年|本年度|年度)?(?:金额|数额|预算数|预算金额|资金数|资金)$|^占比$|^比例$|^备注$")


@dataclass
class Grid:
    block: Block
    table: Table
    index: int

    def cell(self, r: int, c: int) -> str:
        row = self.table.rows[r]
        return row[c].text.strip() if c < len(row) else ""

    def loc(self, r: int, c: int | None = None) -> Location:
        row = self.table.rows[r] if r < len(self.table.rows) else []
        # A table cut out of a bigger one (several forms in one worksheet) keeps its cells' own row numbers.
        return self.block.location.model_copy(update={"row": row[0].row if row else r, "column": c})


@dataclass
class _Group:
    cols: dict[str, int]
    period: str
    prev_l1: str = ""
    prev_l2: str = ""
    rows_read: int = 0
    beside: int | None = None  # an unheaded (or unknown) column right of the value, not read: it may hold units
    beside_label: str = ""  # that column's unknown name ('' when it has none)
    value_label: str = ""  # the value column's header as written (for a column named by its year)


@dataclass
class TableState:
    """Indicator groups still open at the end of a table (for a table continued on the next page)."""

    groups: list[_Group] = field(default_factory=list)
    width: int = 0
    project: str = ""
    # Columns of the last header row that repeat the heading on their left ("指标内容 | 指标内容": one heading merged
    # over two columns); a continuation on the next page may have them as one column.
    spans: tuple[int, ...] = ()


# Column keys of value columns labelled by their year: YEAR_KEY + the year ("year:2027").
YEAR_KEY = "year:"


# A value column named only by the year's figure (学校式“项目支出目标申报表”: "指标方向 | 年度数值 | 度量单位"): it is
# the indicator value only under the 一级/二级 level columns, never in a statistics table ("指标名称 | 年度数值 | 单位").
_LEVELLED_VALUE = frozenset({"年度数值"})


def header_groups(cells: list[str], fiscal_year: int | None = None) -> list[dict[str, int]]:
    """One column map per indicator group in a header row.

    Most forms have one group. The 财预〔2015〕88号 template puts 中期 and 年度 indicators side by
    side ("一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 指标值"): a repeated 三级 column starts a new
    group, which shares the first group's 一级 column. Forms without a 三级 column (鄂州 style:
    "一级指标 | 二级指标 | 绩效标准 | 当年预期实现值") read their last level column as the name
    (key ``shifted`` marks it).

    Value columns labelled by their year ("2026年度指标值 | 2026年度实际完成值 | 2027年度指标值", a rolling table's
    "2027年指标值 | 2028年指标值 | 2029年指标值") are kept as ``year:YYYY`` keys; the one of ``fiscal_year`` is the
    value column (see ``_year_value``).
    """
    norms = [L.norm_label(t) for t in cells]
    has_named_l3 = any(L.match(L.COLUMN_INDEX, t) == "l3" and n not in _WEAK_L3 for t, n in zip(cells, norms, strict=True))
    has_strong_l3 = any(n in _STRONG_L3 for n in norms)
    groups: list[dict[str, int]] = [{}]
    # No value column in the form's words: accept one written locally (noted by _note_columns).
    loose = not any(L.match(L.COLUMN_INDEX, t) in {"value", "value_long"} for t in cells)
    levelled = any(L.match(L.COLUMN_INDEX, t) in {"l1", "l2"} for t in cells)
    for i, text in enumerate(cells):
        if i > 0 and text == cells[i - 1]:
            continue  # a merged header cell repeated across columns
        key = L.match(L.COLUMN_INDEX, text) or ("value" if loose and L.loose_value_column(text) else None)
        if key is None and norms[i] in _LEVELLED_VALUE and levelled:
            key = "value"
        if (year := L.year_value_column(text)) is not None:
            key = f"{YEAR_KEY}{year}"
        if not key:
            continue
        if key == "l3" and ((norms[i] in _WEAK_L3 and has_named_l3) or (has_strong_l3 and norms[i] not in _STRONG_L3)):
            key = "l3_extra"  # 指标内容 beside 三级指标 explains the indicator
        current = groups[-1]
        if key in current and key in {"l2", "l3"} and _has_value(current):
            groups.append({"l1": current["l1"]} if "l1" in current else {})
            current = groups[-1]
        if key == "sign" and "sign" in current:
            key = "direction"  # 指标性质 (正向) and 指标方向 (=) both present
        current.setdefault(key, i)
    out: list[dict[str, int]] = []
    for g in groups:
        _year_value(g, fiscal_year)
        if "value" not in g and "value_long" not in g:
            continue
        if "l3" not in g and "l3_extra" in g:
            g["l3"] = g.pop("l3_extra")
        if "l3" not in g and "l2" in g:
            g["l3"] = g.pop("l2")
            if "l1" in g:
                g["l2"] = g.pop("l1")
            g["shifted"] = 1
        if "l3" in g:
            out.append(g)
    if out:
        for i, text in enumerate(cells):
            key = L.match(L.HEADER_INDEX, text)
            if key in _PROJECT_COLUMNS:
                out[0].setdefault(_PROJECT_COLUMNS[key], i)
            elif (fund := L.match(L.FUND_INDEX, text)) == "total" or (fund is None and L.is_total_row(text)):
                out[0].setdefault("p_budget", i)
            elif fund and i not in out[0].values():
                out[0].setdefault(f"{P_FUND}{text}", i)  # a project's funds source column (财政拨款 | 上年结转)
            elif L.match(L.GOAL_INDEX, text):
                out[0].setdefault("p_goal", i)
    return out


def _has_value(cols: dict[str, int]) -> bool:
    return any(k in {"value", "value_long"} or k.startswith(YEAR_KEY) for k in cols)


def year_columns(cols: dict[str, int]) -> dict[int, int]:
    """The year-labelled value columns of a group: year → column."""
    return {int(k[len(YEAR_KEY):]): v for k, v in cols.items() if k.startswith(YEAR_KEY)}


def value_column_year(cols: dict[str, int]) -> int | None:
    """The year the group's value column names, when it is one of its year-labelled columns."""
    return next((y for y, c in year_columns(cols).items() if c == cols.get("value")), None)


def _year_value(g: dict[str, int], fiscal_year: int | None) -> None:
    """Make the budget year's column the value column of a group whose value columns name their years. A column
    without a year that the form names as this year's ("本年指标值") stays the value column. When no column is the
    budget year's, the nearest year is read (the later one on a tie) and the checks say the years do not match;
    without a budget year, the first column is read."""
    years = year_columns(g)
    if not years or "value" in g:
        return
    if fiscal_year is None:
        g["value"] = min(years.values())
    elif fiscal_year in years:
        g["value"] = years[fiscal_year]
    else:
        g["value"] = years[min(years, key=lambda y: (abs(y - fiscal_year), -y))]


# Column keys of a multi-project table's funds sources: P_FUND + the header text ("p_fund:财政拨款").
P_FUND = "p_fund:"
_MONEY_BANNER = re.compile(r"资金|预算|金额|经费|拨款")


def _fund_under_banner(top: str, below: str) -> bool:
    """A funds sub-column under a spanning money banner ("资金（万元）" over "资金总额 | 财政拨款 | 上年结转")."""
    return bool(below) and bool(_MONEY_BANNER.search(top)) and \
        (L.match(L.FUND_INDEX, below) is not None or L.is_total_row(below))


def funds_table_head(cells: set[str]) -> bool:
    """A row heading a small funds table ("资金来源 | 金额（元）"): it ends an indicator block above it."""
    norms = {L.norm_label(t) for t in cells if t}
    return any(_FUNDS_HEAD.match(n) for n in norms) and \
        all(_FUNDS_HEAD.match(n) or _AMOUNT_HEAD.match(n) or L.match(L.FUND_INDEX, n) for n in norms)


def _note_empty_side(g: Grid, sheet: GoalSheet, groups: list[_Group]) -> None:
    """中期 and 年度 indicators side by side with one side left blank (L18): say so instead of staying silent."""
    if not any(grp.rows_read for grp in groups):
        return
    for grp in groups:
        if grp.rows_read == 0:
            side = "中长期（实施期）" if grp.period == "long_term" else "年度"
            sheet.note("indicators", f"指标表中{side}一侧的指标整列未填写，只读取了另一侧的指标。",
                       location=g.loc(0, grp.cols.get("l3")))


_BANNER_PREFIX = re.compile(r"^\s*(?:一级指标|一级|指标类别|指标类型)\s*[：:]\s*")


def _level_banner(cells: list[str]) -> tuple[str, str] | None:
    """The (一级, 二级) a row spanning the table names ("一级指标：产出指标", or "产出指标" merged across), else None."""
    filled = [t for t in cells if t]
    if not filled or len(set(filled)) != 1:
        return None
    text = filled[0]
    prefixed = _BANNER_PREFIX.match(text) is not None
    if not prefixed and len(filled) < 2:
        return None  # one cell: a level written in its own column, read by the row logic
    level = L.level_name(L.ORDINAL.sub("", _BANNER_PREFIX.sub("", text)))
    return (level[0], "" if level[1] == level[0] else level[1]) if level else None


def block_after_indicators(table: Table) -> int | None:
    """The row of a banner opening another block (资金测算明细, 填表说明) below the table's indicator header, or None."""
    seen_header = False
    for r in range(table.n_rows):
        cells = [c.text.strip() for c in table.rows[r]]
        if seen_header and L.is_other_block_banner(cells):
            return r
        seen_header = seen_header or bool(header_groups(cells))
    return None


def read_indicators(g: Grid, sheet: GoalSheet, doc: ParsedDocument, fiscal_year: int | None,
                    state: TableState) -> TableState:
    """Append the indicator rows of ``g`` to ``sheet``; returns the groups still open at its end."""
    if read_transposed(g, sheet) or read_place_columns(g, sheet):
        return TableState()
    groups: list[_Group] = []
    if state.groups and (continued := _continued_groups(g, state)) is not None \
            and not L.is_other_block_banner([_preceding_text(doc, g.block, 1)]):
        groups = continued
        sheet.note("indicators", f"第{g.index + 1}个表格没有表头，按上一表格的续表读取。", location=g.loc(0))
    project = state.project
    context = _preceding_text(doc, g.block)
    # The budget year as far as the sheet says it so far: it picks the column of a table with one column per year.
    year_hint = fiscal_year or sheet.fiscal_year or sheet_fiscal_year(doc, sheet)[0]
    skip_row = -1
    side_by_side: list[_Group] = []
    spans: tuple[int, ...] = state.spans if groups else ()
    for r in range(g.table.n_rows):
        if r == skip_row:
            continue
        cells = [c.text.strip() for c in g.table.rows[r]]
        header = header_groups(cells, year_hint)
        if not header and r + 1 < g.table.n_rows and any(L.match(L.COLUMN_INDEX, t) == "l3" for t in cells):
            # A two-row header: "指标值" spans sub-columns such as 符号 | 数值 | 单位 in the next row, "资金（万元）"
            # spans 资金总额 | 财政拨款 | 上年结转; a label merged down over both rows may sit in either of them.
            below = [c.text.strip() for c in g.table.rows[r + 1]]
            combined = [b if b != a and (not a or L.match(L.COLUMN_INDEX, b) or _fund_under_banner(a, b)) else a
                        for a, b in zip(cells, below, strict=False)]
            header = header_groups(combined, year_hint)
            if header:
                skip_row = r + 1
                cells = combined
        if header:
            sheet.indicator_table_found = True
            _note_columns(sheet, g, r, cells, header, year_hint)
            spans = tuple(i for i in range(1, len(cells)) if cells[i] and cells[i] == cells[i - 1])
            above = " ".join(g.table.row_text(x) for x in range(max(0, r - 2), r))
            # A 实施期 value column's own label ("实施期指标值") does not make the other value column long-term.
            long_cols = {cols["value_long"] for cols in header if "value_long" in cols}
            own = " ".join(t for i, t in enumerate(cells) if i not in long_cols)
            period = _period_of(" ".join([context if r < 3 else "", above, own]))
            banner = {t.strip() for t in g.table.text_rows()[r - 1] if t.strip()} if r > 0 else set()
            if len(banner) == 1 and (_LONG_HINT.search(first := next(iter(banner))) or _ANNUAL_HINT.search(first)):
                period = _period_of(first)  # the banner right above ("长期绩效指标") outranks a 年度目标 row higher up
            if period == "annual" and len(header) == 1 and not _ANNUAL_HINT.search(own + " " + above) \
                    and (whole := _long_term_table(g)):
                # A workbook's own 中期目标 worksheet, or a table titled "……中期绩效目标表（2027—2029年）": its rows
                # are the long-term targets of the project, even when it repeats the project's name and funds.
                period = "long_term"
                sheet.note("indicators", f"“{whole}”是中期（多年）目标表，其中的指标按中长期指标读取，"
                                         "不按年度指标核对时效。", evidence=whole, location=g.loc(r))
            if len(header) > 1:
                # Side-by-side groups: the template's order is 中期 then 年度, unless labelled otherwise.
                groups = [_Group(cols, _group_period(g, r, cols, i)) for i, cols in enumerate(header)]
                side_by_side.extend(groups)
            else:
                groups = [_Group(header[0], period)]
            for grp in groups:
                grp.value_label = cells[grp.cols["value"]] if grp.cols.get("value", len(cells)) < len(cells) else ""
                signs_in_type_column(g, r, grp.cols, sheet)
                _unit_beside_value(g, r, cells, grp, sheet)
            continue
        if not groups:
            continue
        distinct = {t for t in cells if t}
        if len(distinct) == 1 and (_LONG_HINT.search(cells[0]) or _ANNUAL_HINT.search(cells[0])):
            for grp in groups:
                grp.period = _period_of(cells[0])  # a banner row such as "年度绩效指标"
            continue
        if (level := _level_banner(cells)) is not None:
            for grp in groups:  # "一级指标：产出指标" across the row: it opens a group, it is no indicator
                grp.prev_l1, grp.prev_l2 = level
            continue
        if any(L.norm_label(t).startswith(tuple(L.norm_label(f) for f in L.FOOTER_LABELS)) for t in distinct) \
                or _sign_off_row(cells) or _note_row(cells) \
                or (distinct and all(L.match(L.GOAL_INDEX, t) or L.match(L.HEADER_INDEX, t) for t in distinct)) \
                or funds_table_head(distinct) or allocation_header(cells) or L.is_other_block_banner(cells) \
                or budget_header(cells) \
                or (len(distinct) <= 4 and any(L.match(L.HEADER_INDEX, t) in {"project_name", "parent_project"}
                                               for t in distinct)):
            groups = []  # the indicator block has ended
            continue
        project = _project_cell(g, r, cells, groups[0].cols, sheet, project)
        for grp in groups:
            ind = _indicator_from_row(g, r, cells, grp, fiscal_year or sheet.fiscal_year, sheet)
            if ind is None:
                continue
            for i in ind:
                i.project = project
            grp.prev_l1, grp.prev_l2 = ind[0].level1, ind[0].level2
            grp.rows_read += len(ind)
            sheet.indicators.extend(ind)
    _note_empty_side(g, sheet, side_by_side)
    return TableState(groups=groups, width=max((len(r) for r in g.table.rows), default=0), project=project,
                      spans=spans)


# The form's closing remark row ("备注说明 | 无", "说明 | 其他资金为企业配套"): a label and one text merged across.
_NOTE_LABELS = frozenset(("备注", "说明", "备注说明", "其他说明", "补充说明", "情况说明", "备注及说明"))


def _note_row(cells: list[str]) -> bool:
    """A remark row after the indicators: its first filled cell is a 备注/说明 label and the rest one merged text."""
    filled = [t for t in cells if t.strip()]
    if not filled or L.norm_label(filled[0]) not in _NOTE_LABELS:
        return False
    return len({t.strip() for t in filled[1:]}) <= 1


def _sign_off_row(cells: list[str]) -> bool:
    """A sign-off line after the indicators ("财务处审核意见 | 经审核，同意申报。", "主管部门意见（盖章） | …"): its first
    filled cell names who approves or signs and is no level name."""
    first = next((t for t in cells if t), "")
    return L.level_name(first) is None and L.is_sign_off_label(first)


def _unit_beside_value(g: Grid, r: int, cells: list[str], grp: _Group, sheet: GoalSheet) -> None:
    """A unit column without a name of its own: "*指标值" spans two columns, "≥95" in one and "%" or "所" in the
    next, whose header cell is blank or the spanning header again. When every filled cell of that column below the
    header is a unit, it is read as the 计量单位 column; otherwise it is remembered, so that a value without a unit
    there is not called certainly missing."""
    cols = grp.cols
    v = cols.get("value")
    if v is None or "unit" in cols:
        return
    n = v + 1
    if n >= len(cells) or n in cols.values():
        return
    named = bool(cells[n]) and cells[n] != cells[v]
    if named and (L.match(L.COLUMN_INDEX, cells[n]) or L.norm_label(cells[n]) in _KNOWN_EXTRA
                  or L.prior_value_column(cells[n]) or L.match(L.HEADER_INDEX, cells[n]) or L.match(L.FUND_INDEX, cells[n])):
        return  # a column the form names (依据, 备注, 上年实际值 …): not where a unit would be
    texts: list[str] = []
    for row in g.table.rows[r + 1:]:
        row_cells = [c.text.strip() for c in row]
        if header_groups(row_cells):
            break
        if n < len(row_cells) and row_cells[n] and row_cells[n] != row_cells[v]:
            texts.append(row_cells[n])
    if named:
        grp.beside, grp.beside_label = (n, cells[n]) if texts else (None, "")  # a column of unknown name: only unread
    elif texts and all(_unit_text(t) for t in texts):
        cols["unit"] = n
        examples = "".join(f"“{t}”" for t in dict.fromkeys(texts[:6]))
        sheet.note("indicators", f"指标值右侧一列没有列名，其中写的是计量单位（{examples}），已按计量单位列读取。",
                   evidence=texts[0], location=g.loc(r, n))
    elif texts:
        grp.beside = n


def _unit_text(text: str) -> bool:
    """A cell holding a unit and nothing else ("%", "所", "万人", "元/学期", "元/人次")."""
    return not re.search(r"[≥≤=<>≧≦＞＜＝\d]", text) and \
        (only_sign_or_unit(text) or all(part and only_sign_or_unit(part) for part in text.split("/")))


def _continued_groups(g: Grid, state: TableState) -> list[_Group] | None:
    """The open groups, when ``g`` is a table with no header of its own whose first row is a data row, as wide as the
    open indicator table, or narrower by its header's merged headings ("指标内容" over two columns there, one column
    on the next page: the columns right of each such heading move left). None when it is no continuation."""
    if not g.table.rows:
        return None
    width = max(len(r) for r in g.table.rows)
    groups = state.groups
    shifted = width != state.width
    if shifted:
        if not state.spans or width != state.width - len(state.spans):
            return None
        groups = [_shift_group(grp, state.spans) for grp in state.groups]
    first = [c.text.strip() for c in g.table.rows[0]]
    if header_groups(first) or budget_header(first) or any(L.match(L.HEADER_INDEX, t) or L.match(L.FUND_INDEX, t) for t in first if t):
        return None
    cols = groups[0].cols
    value = first[cols["value"]] if "value" in cols and cols["value"] < len(first) else ""
    name = first[cols["l3"]] if cols["l3"] < len(first) else ""
    if shifted:
        return groups if name and value else None  # a narrower table: both the name and the value where expected
    return groups if name or value else None


def _shift_group(grp: _Group, spans: tuple[int, ...]) -> _Group:
    """``grp`` with each column moved left by the merged headings on its left."""
    def move(i: int) -> int:
        return i - sum(1 for s in spans if s <= i)

    cols = {k: (v if k == "shifted" else move(v)) for k, v in grp.cols.items()}
    return replace(grp, cols=cols, beside=None if grp.beside is None else move(grp.beside))


def _note_columns(sheet: GoalSheet, g: Grid, r: int, cells: list[str], header: list[dict[str, int]],
                  fiscal_year: int | None = None) -> None:
    used = {i for grp in header for k, i in grp.items() if not k.startswith(YEAR_KEY) or i == grp.get("value")}
    for i, text in enumerate(cells):
        if not text or i in used or (i > 0 and cells[i - 1] == text):
            continue
        if (year := L.year_value_column(text)) is not None:
            when = "以前年度" if fiscal_year and year < fiscal_year else "以后年度" if fiscal_year and year > fiscal_year \
                else "其他年度"
            sheet.note("indicators", f"指标表中的“{text}”列是{when}的指标值，不作为本年度指标值读取。",
                       evidence=text, location=g.loc(r, i))
            continue
        n = L.norm_label(text)
        if L.match(L.COLUMN_INDEX, text) or n in _KNOWN_EXTRA or L.match(L.HEADER_INDEX, text) or L.match(L.FUND_INDEX, text):
            continue
        if L.prior_value_column(text) or _past_year_actuals(text, fiscal_year):
            sheet.note("indicators", f"指标表中的“{text}”列是以前年度的实际值或基期值，不作为本年度指标值读取。",
                       evidence=text, location=g.loc(r, i))
            continue
        sheet.note("indicators", f"指标表中的“{text}”列未能识别，其内容未读取。", evidence=text, location=g.loc(r, i))
    grp = header[0]
    value_col = grp.get("value")
    if (year := value_column_year(grp)) is not None and value_col is not None:
        if fiscal_year is None:
            said = f"预算年度未能确定，已按第一个指标值列“{cells[value_col]}”读取指标值"
        elif year == fiscal_year:
            said = f"已按与预算年度（{fiscal_year}年）对应的“{cells[value_col]}”列读取指标值"
        else:
            said = f"没有与预算年度（{fiscal_year}年）对应的列，已按“{cells[value_col]}”列读取指标值，请核对"
        sheet.note("indicators", f"指标表按年度分列指标值，{said}。", evidence=cells[value_col], location=g.loc(r, value_col))
    elif value_col is not None and L.match(L.COLUMN_INDEX, cells[value_col]) != "value":
        sheet.note("indicators", f"指标表没有“指标值”列，已按“{cells[value_col]}”列读取指标值。",
                   evidence=cells[value_col], location=g.loc(r, value_col))
    if grp.get("shifted"):
        sheet.note("indicators", "指标表没有“三级指标”列，已把最后一个层级列当作指标名称读取。", location=g.loc(r))
    if "l1" not in grp and "l2" not in grp:
        sheet.note("indicators", "指标表没有一级、二级指标列，层级从指标名称中的“××指标：”前缀推断。", location=g.loc(r))
    elif "l1" not in grp:
        sheet.note("indicators", "指标表没有一级指标列，一级指标按二级指标名称推断。", location=g.loc(r))


def _past_year_actuals(text: str, fiscal_year: int | None) -> bool:
    """A column of an earlier year's results ("2026年完成值", "2026年度完成情况")."""
    year = year_in_text(text)
    return fiscal_year is not None and year is not None and year < fiscal_year and "完成" in text


def _project_cell(g: Grid, r: int, cells: list[str], cols: dict[str, int], sheet: GoalSheet, current: str) -> str:
    """The project a row of a multi-project table belongs to (a 项目名称 column); '' for ordinary tables."""
    i = cols.get("p_name")
    if i is None or i >= len(cells) or not cells[i]:
        return current
    name = cells[i]
    n = L.norm_label(name)
    if PLAIN_AMOUNT.match(name) or L.is_label(name) or _FUNDS_HEAD.match(n) or _AMOUNT_HEAD.match(n):
        return current  # an amount or a funds label under the 项目名称 column is not a project's name
    if name != current:
        extra = sheet.project_rows.setdefault(name, {})
        extra["project_name"] = name
        funds = [(k, c) for k, c in cols.items() if k.startswith(P_FUND)]
        for key, col in [("implementer", cols.get("p_unit")), ("total", cols.get("p_budget")), ("goal", cols.get("p_goal")),
                         *funds]:
            # The project's first row: a merged (or repeated) funds cell below it is the same amount, read once.
            if col is not None and col < len(cells) and cells[col]:
                extra.setdefault(key, cells[col])
        extra.setdefault("row", str(r))
        extra.setdefault("table", str(g.block.location.table if g.block.location.table is not None else g.index))
    return name


def _group_period(g: Grid, header_row: int, cols: dict[str, int], index: int) -> str:
    """Period of one side-by-side group: from a label above its columns, else by template order."""
    first = min(v for k, v in cols.items() if k not in {"l1", "shifted"})
    for r in range(max(0, header_row - 2), header_row):
        text = g.cell(r, first)
        if _LONG_HINT.search(text) or "中期" in text:
            return "long_term"
        if "年度" in text:
            return "annual"
    return "long_term" if index == 0 else "annual"


def _levels(l1: str, l2: str, l3: str) -> tuple[str, str, str, bool]:
    """Put level names where they belong: a 二级 name in the 一级 column, a level inside the name cell."""
    inferred = False
    m = _LEVEL_IN_CELL.match(l3)
    if m and L.level_name(m.group("level")):
        lv1, lv2 = L.level_name(m.group("level")) or ("", "")
        if lv2:
            l2 = l2 or lv2
            l1 = l1 or lv1
        else:
            l1 = l1 or lv1
        l3 = m.group("rest").strip()
        inferred = True
    if l1 and not l2:
        named = L.level_name(l1)
        if named and named[1]:
            l1, l2 = named[0], named[1]
            inferred = True
    if l2 and not l1:
        named = L.level_name(l2)
        if named:
            l1 = named[0]
            inferred = True
    return l1, l2, l3, inferred


def _row_levels(own_l1: str, own_l2: str, l3: str, grp: _Group) -> tuple[str, str, str, bool]:
    """Levels of one row: its own cells, a level written in the name cell, then the rows above (merges)."""
    m = _LEVEL_IN_CELL.match(l3)
    if m and L.level_name(m.group("level")):
        return _levels(own_l1, own_l2, l3)
    if own_l2 and not own_l1 and L.level_name(own_l2):
        return _levels("", own_l2, l3)  # no (or a blank) 一级 column: infer it from this row's 二级
    l1 = own_l1 or grp.prev_l1
    l2 = own_l2 or (grp.prev_l2 if not own_l1 or own_l1 == grp.prev_l1 else "")
    return _levels(l1, l2, l3)


def _indicator_from_row(
    g: Grid, r: int, cells: list[str], grp: _Group, fiscal_year: int | None, sheet: GoalSheet,
) -> list[Indicator] | None:
    cols = grp.cols

    def col(key: str) -> str:
        i = cols.get(key)
        return cells[i] if i is not None and i < len(cells) else ""

    l3 = L.NAME_NUMBER_PREFIX.sub("", col("l3"))
    value_cols = [k for k in ("value", "value_long") if k in cols]
    values = {k: col(k) for k in value_cols}
    if not l3 and not any(values.values()):
        return None
    # "指标3： | ≥ %": a numbered template row whose value is still only the form's sign and/or unit.
    if L.TEMPLATE_ROW_NAME.match(l3) and all(not v.strip() or only_sign_or_unit(v) for v in values.values()):
        if not any("模板留下的空白行" in n.message for n in sheet.notes):
            sheet.note("indicators", f"指标表中有模板留下的空白行（如“{l3}”），没有名称和指标值，未作为指标读取。",
                       evidence=l3, location=g.loc(r, cols["l3"]))
        return None
    if l3 and l3 == col("l2") == col("l1"):
        return None  # a spanning banner row
    if L.level_name(l3) and not any(values.values()):
        return None  # a level-only row ("数量指标" with nothing else): no indicator
    l1, l2, l3, inferred = _row_levels(col("l1"), col("l2"), l3, grp)
    if len(values) == 1 and not next(iter(values.values())) and (m := _VALUE_AT_END.match(l3)):
        l3, values[value_cols[0]] = m.group("name").strip(), m.group("value").strip()
        sheet.note("indicators", f"指标“{l3}”的指标值写在名称单元格里，已拆开读取。", evidence=cells[cols["l3"]],
                   location=g.loc(r, cols["l3"]))
    sign_text = col("sign")
    direction = col("direction")
    if direction and (not sign_text or sign_text.startswith(("正向", "反向"))):
        sign_text = direction if not direction.startswith(("正向", "反向")) else sign_text or direction
    unit_text = col("unit")
    if _NO_UNIT.fullmatch(unit_text):
        unit_text = ""  # "—" / "/" / "无" in the unit column of a qualitative row: no unit, not a unit named "—"
    beside = cells[grp.beside] if grp.beside is not None and grp.beside < len(cells) else ""
    beside = beside if len(beside) <= 8 else ""  # a sentence there ("反映……情况") is not a unit
    row_period = grp.period
    for i, text in enumerate(cells):
        if i not in cols.values() and text and _LONG_HINT.search(text) and "p_goal" not in cols:
            row_period = "long_term"
        elif i not in cols.values() and text and text.startswith("年度") and "p_goal" not in cols:
            row_period = "annual"
    out: list[Indicator] = []
    for key, value_text in values.items():
        this_period = "long_term" if key == "value_long" else row_period
        if len(values) > 1 and not value_text:
            continue
        pv = parse_value(value_text, sign_hint=sign_text or None, unit_hint=unit_text or unit_in_name(l3),
                         default_year=fiscal_year)
        date_value, number, unit = pv.date_value, pv.number, pv.unit
        if number is not None and _TIME_NAME.search(l3) and 36526 <= number <= 55153 and not unit:
            date_value, number = date(1899, 12, 30) + timedelta(days=int(number)), None  # an Excel date serial
            sheet.note("indicators", f"指标“{l3}”的值“{value_text}”按Excel日期序列号读作{date_value.isoformat()}。",
                       evidence=value_text, location=g.loc(r, cols[key]))
        if pv.cell_unit:
            sheet.note("indicators", f"指标“{l3}”的指标值写“{value_text}”，计量单位列写“{unit_text}”，两者不一致，按指标值中的单位读取。",
                       evidence=value_text, location=g.loc(r, cols[key]))
        value_col = cols[key]
        out.append(
            Indicator(
                level1=l1, level2=l2, level3=l3, sign=pv.sign, value_text=value_text, number=number,
                date_value=date_value, unit=unit, qualitative=pv.qualitative and date_value is None, period=this_period,
                raw=cells, evidence=joined_row_text(g.table, r, _indicator_start(cols)), location=g.loc(r, value_col),
                has_sign_column="sign" in cols, has_unit_column="unit" in cols, number_high=pv.number_high,
                levels_inferred=inferred or "l1" not in cols, cell_unit=pv.cell_unit, unit_column_text=unit_text,
                unread_beside=beside if beside != value_text else "", unread_beside_label=grp.beside_label,
                basis=col("basis"),
                column_year=value_column_year(cols) if key == "value" else None,
                column_label=grp.value_label if key == "value" and value_column_year(cols) is not None else "",
            )
        )
    return out


_NO_UNIT = re.compile(r"[\s—–\-－/／无]+")


def _indicator_start(cols: dict[str, int]) -> int:
    """Where a row's quotable indicator part begins: after a multi-project table's 项目名称 / 资金 / 年度目标 cells
    (merged down from the project's first row, they would open every indicator's evidence), else column 0."""
    first = min(v for k, v in cols.items() if k in {"l1", "l2", "l3"})
    project = [v for k, v in cols.items() if k.startswith("p_")]
    return first if "p_name" in cols and project and max(project) < first else 0


def _long_term_table(g: Grid) -> str:
    """The worksheet name or the table's own title row when it names a 中期/中长期/实施期 table and no 年度
    ("中期目标", "……中期绩效目标表（2027—2029年）"), else ''."""
    names = [g.block.location.sheet or ""]
    if g.table.n_rows:
        first = {t.strip() for t in g.table.text_rows()[0] if t.strip()}
        if len(first) == 1:
            names.append(next(iter(first)))
    for name in names:
        if name and len(name) <= 60 and _LONG_HINT.search(name) and not _ANNUAL_HINT.search(name):
            return name
    return ""


def _period_of(text: str) -> str:
    if _LONG_HINT.search(text) and not re.search(r"年度(绩效)?(指标|目标)", text):
        return "long_term"
    return "annual"


def _preceding_text(doc: ParsedDocument, block: Block, n: int = 2) -> str:
    """Text of the ``n`` non-empty blocks right before ``block`` (a table's caption), after the previous table."""
    out: list[str] = []
    for b in doc.blocks:
        if b is block:
            break
        if b.kind != BlockKind.TABLE and b.text.strip():
            out.append(b.text.strip())
        elif b.kind == BlockKind.TABLE:
            out.clear()
    return " ".join(out[-n:])


from review_assistant.extract.indicator_grids import (  # noqa: E402  (uses Grid)
    read_place_columns,
    read_transposed,
    signs_in_type_column,
)
