"""Goal-sheet extraction: from any province's layout to a typed :class:`GoalSheet`.

The forms differ in order, labels, merges and whether sign, value and unit share a cell, so nothing
here relies on positions: labels are matched against vocabularies (``labels.py``), values are the
next non-label cell to the right (or below, when a row holds only labels), and the indicator table
is found by its header row wherever it sits.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from review_assistant.extract import labels as L
from review_assistant.extract.fund_columns import (
    AMOUNT_HEAD,
    MONEY_WORDS,
    composition_blocks,
    heading_over_amounts,
    note_year_columns,
    read_composition_row,
    read_period_label,
    read_year_column_row,
    source_list_funds,
    year_columns_funds,
)
from review_assistant.extract.fund_sentence import composition_pairs, composition_text
from review_assistant.extract.goal_bracket import read_bracket_list
from review_assistant.extract.goal_budget import DEPARTMENT_TITLE, budget_statements, read_goal_budget
from review_assistant.extract.goal_columns import read_label_cells
from review_assistant.extract.goal_text import count_level_lines, read_notice
from review_assistant.extract.goal_ticks import read_tick_boxes
from review_assistant.extract.goal_title import GOAL_SHEET_TITLE, sheet_fiscal_year, sheet_title
from review_assistant.extract.indicator_table import (
    Grid,
    TableState,
    block_after_indicators,
    header_groups,
    read_indicators,
)
from review_assistant.extract.models import GoalSheet, MoneyField, TextField, undecided_year_message
from review_assistant.extract.report_budget import budget_header_row
from review_assistant.extract.values import (
    MONEY_UNIT_RE,
    PLAIN_AMOUNT,
    fmt_wan,
    money_to_wan,
    money_unit_written,
    parse_value,
    row_money_unit,
    unit_in_label,
)
from review_assistant.parsing.model import BlockKind, Cell, Location, ParsedDocument, Table

_Grid = Grid


def extract_goal_sheet(doc: ParsedDocument, fiscal_year: int | None = None) -> GoalSheet:
    """Read a goal sheet out of ``doc``. Missing parts stay empty; checks decide what is missing."""
    sheet = GoalSheet(title=sheet_title(doc))
    grids = [Grid(b, t, i) for i, (b, t) in enumerate(doc.tables())]
    doc_unit = document_money_unit(doc)
    state = TableState()
    statements = {grids[i].index for i in budget_statements([g.table for g in grids])}
    if statements:
        sheet.note("funds", f"文件中有{len(statements)}张部门预算表（收支总表、支出功能分类表、“三公”经费表或政府采购表），"
                            "其金额是部门的，未作为项目资金读取。")
    prose: list[tuple[str, Location]] = []
    for g in grids:
        if g.index not in statements:
            prose += _read_label_values(g, sheet, doc_unit, fiscal_year)
        state = read_indicators(g, sheet, doc, fiscal_year, state)
    _read_paragraph_fields(doc, sheet, doc_unit)
    if prose and not sheet.source_amounts():
        # A notice's sentence in a worksheet row ("现将……860.00万元（其中：中央补助720.00万元……）下达给你们"): its amounts
        # are read only when the form itself gives no sources, never added to the form's own.
        for text, loc in prose:
            for label, value in money_pairs(text):
                assign_field(sheet, label, value, loc, unit_in_label(label) or doc_unit)
    _derive_fields(sheet)
    read_goal_budget(doc, sheet)
    if not sheet.indicator_table_found:
        read_label_cells(doc, sheet)
    if not sheet.indicator_table_found:
        read_notice(doc, sheet)
    if not sheet.indicator_table_found:
        read_bracket_list(doc, sheet, assign_field)
    sheet.fiscal_year, sheet.fiscal_year_source = (fiscal_year, "given") if fiscal_year else sheet_fiscal_year(doc, sheet)
    if sheet.fiscal_year is None:
        sheet.note("year", undecided_year_message())
    elif sheet.fiscal_year_source not in {"title", "given", "budget_year"}:
        where = {"period": "项目期限", "project_name": "项目名称中的年份", "fill_date": "填报日期",
                 "file_name": "文件名"}[sheet.fiscal_year_source]
        sheet.note("year", f"表题和预算年度栏没有写年份，预算年度{sheet.fiscal_year}年是按{where}推定的。")
    if sheet.fiscal_year:
        # Dates written without a year ("12月底前", "次年一季度", "三月底前") are resolved against the budget year.
        for ind in sheet.indicators:
            if ind.date_value is None and re.search(r"[\d一二三四五六七八九十]\s*(?:月|季度)", ind.value_text):
                pv = parse_value(ind.value_text, default_year=sheet.fiscal_year)
                if pv.date_value is not None:
                    ind.date_value, ind.number, ind.unit, ind.qualitative = pv.date_value, None, None, False
    if any("成本" in i.level1 for i in sheet.indicators):
        sheet.layout = "2021"
    _note_funds(sheet)
    _total_from_year_schedule(grids, sheet)
    _note_unread(grids, sheet)
    _total_from_banner(grids, sheet)  # after the unread cells are known: a total in an unsaved formula stays unread
    if fiscal_year is None and sheet.fiscal_year and (_off_year_values(sheet, sheet.fiscal_year)
                                                      or _year_grid_unread(grids, statements, sheet.fiscal_year)):
        # Values read from another year's column before the budget year was known (it came from a later part of the
        # form), or a source × year funds grid whose columns name only their years: read again with the year, kept
        # when that finds the year's own column.
        again = extract_goal_sheet(doc, sheet.fiscal_year)
        if not _off_year_values(again, sheet.fiscal_year):
            again.fiscal_year_source = sheet.fiscal_year_source
            again.notes = [n for n in again.notes if n.part != "year"] + [n for n in sheet.notes if n.part == "year"]
            return again
    return sheet


def _year_grid_unread(grids: list[Grid], statements: set[int], year: int) -> bool:
    """A 分年度资金安排 grid ("资金来源 | 2026年 | 2027年 | 2028年 | 合计") whose budget-year column is known only from the
    year (no "本年申请" aside): read without the year, its first amounts were taken instead."""
    return any(g.index not in statements and year_columns_funds(g.table) is None
               and (cols := year_columns_funds(g.table, year)) is not None and cols.year == year for g in grids)


def _off_year_values(sheet: GoalSheet, year: int) -> bool:
    return any(i.column_year is not None and i.column_year != year for i in sheet.indicators)


def _note_unread(grids: list[Grid], sheet: GoalSheet) -> None:
    """Formula cells without a saved result: where they are, so checks do not call them missing."""
    for g in grids:
        for r, row in enumerate(g.table.rows):
            for c, cell in enumerate(row):
                if cell.unread and not cell.merged:
                    sheet.unread_cells.append(g.loc(r, c))
    if sheet.unread_cells:
        where = "、".join(loc.describe() for loc in sheet.unread_cells[:3])
        more = f"等{len(sheet.unread_cells)}处" if len(sheet.unread_cells) > 3 else ""
        sheet.note("layout", f"{where}{more}是没有保存计算结果的公式（工作簿生成后未重新计算），数值无法读取；"
                             "涉及这些数值的问题只作提示，请在 Excel 中打开、保存后重新审核。",
                   location=sheet.unread_cells[0])


# Fund kinds that sit side by side under one banner; 本级/上级/by-level lines may instead itemise 财政拨款.
_TOP_SOURCES = frozenset({"fiscal", "carryover", "other"})
_PART_SOURCES = frozenset({"fiscal_local", "fiscal_upper", "fiscal_part"})


def _total_from_banner(grids: list[Grid], sheet: GoalSheet) -> None:
    """A funds banner with no amount of its own, its sources beside it ("项目资金（元）" merged over the rows "其中：财政资金
    | 4800000.00" and "其他资金 | 0.00"): the total is the sum of those sources, and a note says it was computed."""
    total = sheet.funds.get("total")
    if total is None or total.value_wan is not None or total.raw.strip() or sheet.unread_cells:
        return
    g = next((g for g in grids if g.block.location.table == total.location.table), None)
    col = total.location.column
    if g is None or col is None:
        return
    start = next((r for r in range(g.table.n_rows) if g.loc(r).row == total.location.row), None)
    if start is None:
        return
    label = g.cell(start, col)
    first, last = start, start
    while first > 0 and g.cell(first - 1, col) == label:  # the banner merged down over its source rows
        first -= 1
    while last + 1 < g.table.n_rows and g.cell(last + 1, col) == label:
        last += 1
    for r in range(first, last + 1):
        row = g.table.rows[r]
        beside = next((x.text.strip() for x in row[col + 1:] if x.text.strip() != label), "")
        if not beside:
            return  # "年度资金总额 | （空） | 其中：财政拨款 | 120": a total cell left blank, not a banner with no cell
    rows = {g.loc(r).row for r in range(first, last + 1)}
    sources = [(k, f) for k, f in sheet.funds.items() if k != "total" and f.location.table == total.location.table
               and f.location.row in rows]
    kinds = {k.split(":")[0] for k, _ in sources}
    if not sources or any(f.value_wan is None for _, f in sources) or not kinds <= _TOP_SOURCES | _PART_SOURCES \
            or ("fiscal" in kinds and kinds & _PART_SOURCES):
        return  # nothing beside it, an unread source, or items that may itemise 财政拨款 rather than add to it
    value = round(sum(f.value_wan or 0.0 for _, f in sources), 6)
    names = "”“".join(f.label.removeprefix("其中：").removeprefix("其中:") for _, f in sources)
    sheet.funds["total"] = total.model_copy(update={"raw": "+".join(f.raw for _, f in sources), "value_wan": value})
    sheet.note("funds", f"“{total.label}”栏本身没有填金额，资金总额按其所列“{names}”之和计为{fmt_wan(value)}。",
               location=total.location)


def _derive_fields(sheet: GoalSheet) -> None:
    """项目属性 written as 项目类型 (新增项目/延续项目) or as tick boxes; 项目期限 as 开始日期 + 完成日期."""
    category = sheet.fields.get("category")
    if "attribute" not in sheet.fields and category and re.search(r"新增|延续|持续", category.value):
        sheet.fields["attribute"] = category
    read_tick_boxes(sheet)
    department = sheet.fields.get("department")
    if "project_name" not in sheet.fields and department and DEPARTMENT_TITLE.search(sheet.title):
        # 部门整体绩效目标表: the department is what the sheet sets targets for.
        sheet.fields["project_name"] = department
        sheet.note("layout", f"本表为部门整体绩效目标表，按部门“{department.value}”读取和审核。", location=department.location)
    start, end = sheet.fields.get("start_date"), sheet.fields.get("end_date")
    if "period" not in sheet.fields and start and end and start.value and end.value:
        sheet.fields["period"] = TextField(label=f"{start.label}、{end.label}", value=f"{start.value}至{end.value}",
                                           location=start.location)


def _derive_total(sheet: GoalSheet) -> None:
    """Forms that give only 本级 and 上级 amounts (湘潭式 "年度本级预算金额 / 该项目支出上级资金") and no
    total: the total is their sum, and the note says it was computed."""
    f = sheet.funds
    investment = f.get("investment")
    whole_period = investment is not None and L.norm_label(investment.label) in L.WHOLE_PERIOD_LABELS
    if investment is not None and "total" not in f:
        f["total"] = f.pop("investment")  # only the total investment is written: it is the sheet's total
    elif investment is not None and investment.value_wan is not None:
        what = "整个实施期的项目总预算" if whole_period else "项目总投资"
        sheet.note("funds", f"“{investment.label}”{fmt_wan(investment.value_wan)}是{what}，资金总额按本年度资金"
                            f"“{f['total'].label}”读取。", location=investment.location)
        if whole_period and "total" not in sheet.period_funds:
            sheet.period_funds["total"] = f.pop("investment")  # the year's funds cannot exceed it (GS-02)
    if "total" in f or set(f) - {"fiscal_local", "fiscal_upper"} or len(f) != 2:
        return
    local, upper = f["fiscal_local"], f["fiscal_upper"]
    if local.value_wan is None or upper.value_wan is None:
        return
    total = round(local.value_wan + upper.value_wan, 6)
    f["total"] = MoneyField(label=f"{local.label}+{upper.label}", raw=f"{local.raw}+{upper.raw}", value_wan=total,
                            unit=local.unit, location=local.location)
    sheet.note("funds", f"表中没有资金总额栏，年度资金总额按“{local.label}”与“{upper.label}”之和计为{fmt_wan(total)}。",
               location=local.location)


_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:[—–\-－~～至到]+)\s*((?:19|20)\d{2})")
_YEAR_HEAD = re.compile(r"^\s*((?:19|20)\d{2})\s*年(?:度)?(?:\s*[（(][^）)]{0,10}[)）])?\s*$")


def multi_year_sheet(sheet: GoalSheet) -> str:
    """The years of a multi-year project as written ("2026年—2028年（共3年）"), or "" for a single-year (or unknown) one:
    from the 项目期限 field or a year range in the project's name ("……项目（2026—2028年）")."""
    period = sheet.fields.get("period")
    if period is not None:
        years = {int(y) for y in re.findall(r"(?:19|20)\d{2}", period.value)}
        if len(years) >= 2:
            return period.value.strip()
    name = sheet.fields.get("project_name")
    m = _YEAR_RANGE.search(name.value) if name is not None else None
    if m is not None and int(m.group(2)) > int(m.group(1)):
        return m.group(0)
    return ""


def whole_period_total(sheet: GoalSheet) -> bool:
    """The 资金总额 was read from a whole-period label (项目总预算, 项目总投资) of a multi-year project, the form giving no
    row of the budget year's funds: the year's own funds are not known."""
    total = sheet.funds.get("total")
    return total is not None and L.norm_label(total.label) in L.WHOLE_LIFE_LABELS \
        and bool(multi_year_sheet(sheet))


def _total_from_year_schedule(grids: list[Grid], sheet: GoalSheet) -> None:
    """A multi-year form with no 年度资金总额 row, only 项目总预算 and a 分年度资金安排 row ("年度 | 2026年（已安排）|
    2027年（本年申请）| 2028年（计划）| 合计" over "金额 | 1200 | 1600 | 1000 | 3800"): the budget year's amount is the
    year's total, and 项目总预算 the whole period's."""
    total = sheet.funds.get("total")
    year = sheet.fiscal_year
    if total is None or year is None or not whole_period_total(sheet):
        return
    for g in grids:
        for r in range(g.table.n_rows - 1):
            heads = {c: int(m.group(1)) for c, cell in enumerate(g.table.rows[r])
                     if (m := _YEAR_HEAD.match(cell.text)) is not None}
            if len(set(heads.values())) < 2 or list(heads.values()).count(year) != 1:
                continue
            col = next(c for c, y in heads.items() if y == year)
            below = g.table.rows[r + 1]
            amounts = [unicodedata.normalize("NFKC", below[c].text).strip() for c in heads if c < len(below)]
            if len(amounts) != len(heads) or not all(PLAIN_AMOUNT.match(a) for a in amounts):
                continue
            unit = row_money_unit([x.text for x in g.table.rows[r]]) or row_money_unit([x.text for x in below]) \
                or total.unit
            value = money_to_wan(unicodedata.normalize("NFKC", below[col].text).strip(), unit)
            if value is None:
                continue
            head = g.cell(r, col)
            sheet.period_funds.setdefault("total", total)
            sheet.funds["total"] = MoneyField(label=head, raw=g.cell(r + 1, col), value_wan=value, unit=unit,
                                              location=g.loc(r + 1, col))
            sheet.note("funds", f"表中没有本年度资金总额栏，年度资金总额按分年度资金安排的“{head}”一栏读取为{fmt_wan(value)}；"
                                f"“{total.label}”{fmt_wan(total.value_wan or 0.0)}是整个实施期的预算。",
                       location=g.loc(r + 1, col))
            return


def _note_funds(sheet: GoalSheet) -> None:
    """Say when sources listed under 其中 cover only part of their parent (legal, but worth knowing)."""
    _derive_total(sheet)
    fiscal = sheet.funds.get("fiscal")
    parts = [f.value_wan for k, f in sheet.funds.items()
             if k.split(":")[0] in {"fiscal_local", "fiscal_upper", "fiscal_part"} and f.value_wan is not None]
    if fiscal is not None and fiscal.value_wan is not None and parts and sum(parts) < fiscal.value_wan - 0.005 \
            and not sheet.fiscal_parts_are_siblings():
        sheet.funds_itemised_partly = True
        sheet.note("funds", f"财政拨款{fmt_wan(fiscal.value_wan)}下只列出了部分分项（合计{fmt_wan(sum(parts))}），"
                            "其余部分未写明来源。", location=fiscal.location)


def looks_like_goal_sheet(doc: ParsedDocument) -> bool:
    """A title that names a goal sheet, or an indicator table with 三级 and 指标值 columns."""
    titles = [b.text for b in doc.blocks[:8] if b.kind != BlockKind.TABLE and len(b.text.strip()) <= 40]
    if any(GOAL_SHEET_TITLE.search(t) for t in [*titles, doc.title or ""]):
        return True
    for _, table in doc.tables():
        titled = named = False
        for r in range(min(table.n_rows, 60)):
            cells = [c.text.strip() for c in table.rows[r]]
            if header_groups(cells):
                return True
            distinct = {t for t in cells if t}
            # A worksheet's own title row ("附件2" then "……补助资金绩效目标表") over a 三级指标 column without a 指标值
            # column (one value column per village): a goal sheet too.
            titled = titled or (len(distinct) == 1 and len(next(iter(distinct))) <= 40
                                and bool(GOAL_SHEET_TITLE.search(next(iter(distinct)))))
            named = named or any(L.match(L.COLUMN_INDEX, t) == "l3" and L.norm_label(t) == "三级指标" for t in cells)
            if titled and named:
                return True
    return looks_like_notice(doc)


_NOTICE_TITLE = re.compile(r"绩效目标")
_NOTICE_BODY = re.compile(r"(产出指标|数量指标)[^。]{0,200}(效益指标|满意度)", re.S)


def looks_like_notice(doc: ParsedDocument) -> bool:
    """A 公示/通知 page whose paragraphs set out a project's performance targets."""
    head = " ".join(b.text for b in doc.blocks[:6] if b.kind != BlockKind.TABLE)
    body = "\n".join(b.text for b in doc.blocks if b.kind != BlockKind.TABLE)
    lines = [b.text for b in doc.blocks if b.kind != BlockKind.TABLE]
    return bool(_NOTICE_TITLE.search(head + (doc.title or ""))) and \
        (bool(_NOTICE_BODY.search(body)) or count_level_lines(lines) >= 3)


# ---- header fields, funds, goals -----------------------------------------------------------------


_SENTENCE = re.compile(r"[。；;]\s*$|[。；;].{0,40}[，,。]")


def prose_row(cells: list[str]) -> str | None:
    """The text of a row that holds one long sentence and nothing else (a notice's paragraph put in a worksheet row,
    merged across it), or None. A label-and-value cell ("年度资金总额：120万元，其中……") is no sentence of prose."""
    distinct = {t.strip() for t in cells if t.strip()}
    if len(distinct) != 1:
        return None
    text = next(iter(distinct))
    if len(text) < 30 or not _SENTENCE.search(text) or _inline_pairs(text[:20]):
        return None
    return text


def _read_label_values(g: _Grid, sheet: GoalSheet, doc_unit: str,
                       fiscal_year: int | None = None) -> list[tuple[str, Location]]:
    """Read the labels and values of one table; returns the rows of prose it holds (read later, like paragraphs)."""
    prose: list[tuple[str, Location]] = []
    table_unit = table_money_unit(g.table) or doc_unit
    annual_from = _annual_funds_column(g.table)
    year_columns = year_columns_funds(g.table, fiscal_year)
    if year_columns is not None:
        note_year_columns(g, sheet, year_columns)
    else:
        year_columns = source_list_funds(g.table)
    blocks = composition_blocks(g.table)
    if blocks and blocks[0].first_row > blocks[0].header:
        first = blocks[0]
        sheet.note("funds", f"资金表按“{g.cell(first.header, first.label_col)}”“"
                            f"{g.cell(first.header, first.amount_col)}”列读取：收入合计为资金总额，收入各项为资金来源；"
                            "支出构成另行核对，其他年度的金额只作参照。",
                   location=g.loc(first.header, first.label_col))
    detail_from = min((r for r in (block_after_indicators(g.table), budget_header_row(g.table)) if r is not None),
                      default=None)
    for r in range(g.table.n_rows):
        row = g.table.rows[r]
        # A 资金测算明细 / 填表说明 block under the indicator table: its "村集体自筹 | 20" lines are costs, not the
        # sheet's fund sources; other labels there (填报人, 填报日期) are still read.
        detail = detail_from is not None and r >= detail_from
        if not detail and (text := prose_row([x.text for x in row])) is not None and money_pairs(text):
            prose.append((text, g.loc(r, 0)))
            continue
        row_unit = next((u for c in row if (u := unit_in_label(c.text))), None)
        block = None if detail else next((b for b in blocks if b.header <= r < b.end), None)
        if block is not None:
            if r >= block.first_row:
                head_unit = next((u for c in g.table.rows[block.header] if (u := unit_in_label(c.text))), None)
                read_composition_row(g, sheet, block, r, row_unit or head_unit or table_unit, assign_field)
            continue
        if year_columns is not None and year_columns.header < r < year_columns.end and not detail:
            # "合计 | 150（上年预算） | 146.2（上年执行） | 168（本年申请）": this year's column only.
            read_year_column_row(g, sheet, r, year_columns, row_unit or table_unit, assign_field)
            continue
        if year_columns is not None and r == year_columns.header:
            continue  # "资金情况（万元） | 实施期资金总额 | 2026年度资金总额": column names, read with the rows
        for c in range(len(row)):
            text = row[c].text.strip()
            if not text or (c > 0 and row[c - 1].text.strip() == text):
                continue
            if detail and (L.match(L.FUND_INDEX, text) or not _is_any_label(text)):
                continue
            if c < annual_from and read_period_label(g, sheet, r, c, row_unit or table_unit):
                continue  # the 中期 (multi-year) funds column of a side-by-side form
            left = next((row[x].text.strip() for x in range(c - 1, -1, -1) if row[x].text.strip() != text), "")
            if left and L.match(L.HEADER_INDEX, left) and not L.match(L.FUND_INDEX, left) \
                    and L.match(L.FUND_INDEX, text) not in {None, "total"}:
                continue  # a value that happens to be a fund name ("资金性质 | 一般公共预算"); a total is a column label
            if _banner_over_row_sources(g, r, c, text):
                continue  # "项目资金（万元）" merged down beside its headings row and amounts row: a banner, no value
            if _is_any_label(text):
                value, vr, vc = _value_for(g, r, c)
                if value is not None:
                    assign_field(sheet, text, value, g.loc(vr, vc), unit_in_label(text) or row_unit or table_unit)
            elif (cell_pair := _label_amount(text)) is not None:
                # "其中：财政资金 86.00", "其他资金 6.00": a source and its amount in one cell, no colon between.
                assign_field(sheet, cell_pair[0], cell_pair[1], g.loc(r, c), row_unit or table_unit)
            elif L.is_total_row(text) and c > 0 and _funds_banner(row[0].text) and \
                    (total := _value_for(g, r, c))[0] and (total[1] == r or _row_sources_heading(g, r, c)) \
                    and PLAIN_AMOUNT.match(total[0] or ""):
                # "资金来源（万元） | 合计 | 620 | 财政拨款 | 400 | …": the 合计 beside the funds banner is the total
                # (its amount in the same row; "资金情况 | 2027年 | … | 合计" heads year columns instead).
                _set_fund(sheet, "total", text, total[0] or "", g.loc(total[1], total[2]),
                          unit_in_label(row[0].text) or row_unit or table_unit)
            elif _read_expenditure_cell(g, sheet, r, c, row_unit or table_unit):
                continue
            else:
                # "年度资金总额：120万元" or several "标签：值" pairs inside one cell.
                amounts = money_pairs(text)  # several amounts in one cell: read them one by one
                pairs = [(lab, v) for lab, v in _inline_pairs(text) if not (amounts and L.match(L.FUND_INDEX, lab))]
                for label, value in [*amounts, *pairs]:
                    assign_field(sheet, label, value, g.loc(r, c), unit_in_label(label) or row_unit or table_unit)
                if not pairs and not amounts:
                    _note_unknown_money_label(g, sheet, r, c, text)
    return prose


_EXPENDITURE_CELL = {"基本支出": "basic", "项目支出": "project"}


def _read_expenditure_cell(g: _Grid, sheet: GoalSheet, r: int, c: int, unit: str) -> bool:
    """A 部门整体 sheet's "其中：基本支出 | 1,420.60 | 项目支出 | 765.80" row under its funds: the amount beside each
    name is the department's 基本支出 or 项目支出 (the tasks' budgets add up to the latter). False when not such a cell."""
    key = _EXPENDITURE_CELL.get(L.norm_label(g.cell(r, c)))
    if key is None or not DEPARTMENT_TITLE.search(sheet.title):
        return False
    row = g.table.rows[r]
    text = row[c].text.strip()
    cc = next((x for x in range(c + 1, len(row)) if row[x].text.strip() and row[x].text.strip() != text), None)
    value = unicodedata.normalize("NFKC", row[cc].text).strip() if cc is not None else ""
    if cc is None or not PLAIN_AMOUNT.match(value):
        return False
    if key not in sheet.expenditure:
        sheet.expenditure[key] = MoneyField(label=text, raw=row[cc].text.strip(), value_wan=money_to_wan(value, unit),
                                            unit=unit, location=g.loc(r, cc))
    return True


_MONEY_PAIR = re.compile(r"(?P<label>[\u4e00-\u9fff（）()]{2,16}?)\s*[:：]?\s*(?P<num>-?\d[\d,，]*(?:\.\d+)?)\s*"
                         rf"(?P<unit>{MONEY_UNIT_RE}|万)")


def money_pairs(text: str) -> list[tuple[str, str]]:
    """Fund amounts written together in one cell or sentence: "总额120万元，财政拨款：100万元（其中：上级80万元）"."""
    out: list[tuple[str, str]] = []
    if len(re.findall(rf"\d[\d,，.]*\s*(?:{MONEY_UNIT_RE}|万)", text)) < 2:
        return out
    for m in _MONEY_PAIR.finditer(text):
        label = m.group("label")
        for start in range(len(label) - 1):
            candidate = label[start:]
            if L.match(L.FUND_INDEX, candidate):
                out.append((candidate, m.group("num") + m.group("unit")))
                break
    return out


def _note_unknown_money_label(g: Grid, sheet: GoalSheet, r: int, c: int, text: str) -> None:
    """A short money-like label with an amount beside it that no vocabulary knows: the funds may not add up."""
    n = L.norm_label(text)
    if not 2 <= len(n) <= 16 or not MONEY_WORDS.search(n) or L.match(L.COLUMN_INDEX, text):
        return
    if any(f.value.strip() == text for f in sheet.fields.values()):
        return  # a header field's value ("补助项目" as the 项目名称 under its label), not a funds label
    if n in L.ALL_LABELS and r > 0 and g.cell(r - 1, c) == text:
        return  # a banner merged down beside the funds ("资金情况（万元）" over its headings and amounts rows)
    row = g.table.rows[r]
    nxt = next((x.text.strip() for x in row[c + 1:] if x.text.strip() and x.text.strip() != text), "")
    if not nxt or not PLAIN_AMOUNT.match(nxt):
        return
    near = [g.table.rows[x] for x in (r - 1, r, r + 1) if 0 <= x < g.table.n_rows]
    if not any(L.match(L.FUND_INDEX, cell.text) for cells in near for cell in cells):
        return  # not in the funds block (an indicator row, a project row)
    if n not in sheet.unknown_fund_labels:
        sheet.unknown_fund_labels.append(n)
        sheet.note("funds", f"资金栏“{text}”（{nxt}）不在已知的资金来源名称中，未计入来源合计。",
                   evidence=text, location=g.loc(r, c))


_LABEL_AMOUNT = re.compile(r"^\s*(?:其中\s*[:：]?\s*)?(?P<label>[\u4e00-\u9fff（）()]{2,20}?)\s+(?P<num>-?\d[\d,，]*(?:\.\d+)?)\s*"
                           rf"(?P<unit>{MONEY_UNIT_RE}|万)?\s*$")


def _label_amount(text: str) -> tuple[str, str] | None:
    """A fund label and its amount in one cell, a space between them ("其中：财政资金 86.00"): (label, amount)."""
    m = _LABEL_AMOUNT.match(text)
    if m is None or L.match(L.FUND_INDEX, m.group("label")) is None or L.match(L.HEADER_INDEX, m.group("label")):
        return None
    return m.group("label"), m.group("num") + (m.group("unit") or "")


def _row_sources_heading(g: _Grid, r: int, c: int) -> bool:
    """The 合计 at (r, c) heads a column of a funds headings row over a row of amounts ("项目资金（万元） | 本级财政 |
    上级补助 | 单位自筹 | 合计" over "380 | 250 | 20 | 650"): a known source heads another column of the row and
    every heading of the row has a bare amount under it."""
    if r + 1 >= g.table.n_rows:
        return False
    row, below = g.table.rows[r], g.table.rows[r + 1]
    heads = [x for x in range(1, len(row)) if row[x].text.strip() and row[x].text.strip() != row[x - 1].text.strip()]
    if c not in heads or not any(x != c and L.match(L.FUND_INDEX, row[x].text) not in {None, "total"} for x in heads):
        return False
    return all(x < len(below) and PLAIN_AMOUNT.match(unicodedata.normalize("NFKC", below[x].text).strip())
               for x in heads)


def _banner_over_row_sources(g: _Grid, r: int, c: int, text: str) -> bool:
    """The funds banner at (r, c) sits beside a row of sources over their amounts (the banner merged down over both
    rows): its own row holds no value of its own, so the amount right of it is a source's, not the total."""
    if not _funds_banner(text):
        return False
    for h in (r, r - 1):
        if h < 0 or g.cell(h, c) != text:
            continue
        row = g.table.rows[h]
        tot = next((x for x in range(c + 1, len(row)) if L.is_total_row(row[x].text.strip())), None)
        if tot is not None and _row_sources_heading(g, h, tot):
            return True
    return False


# The banner of a funds row ("资金来源（万元）", "资金情况", "项目资金"): a 合计 written beside it is the year's total.
_FUNDS_BANNER = re.compile(r"^(?:项目|年度)?资金(?:来源|情况|构成|安排)?(?:及构成)?$")


def _funds_banner(text: str) -> bool:
    return bool(_FUNDS_BANNER.match(L.norm_label(text)))


_MID_TERM_FUNDS = re.compile(r"(中期|中长期|实施期|项目期|总)资金总额|^\s*(项目)?资金总额\s*[:：]?\s*$")


def _annual_funds_column(table: Table) -> int:
    """First column of the 年度 funds when 中期 and 年度 funds sit side by side, else 0."""
    for row in table.rows:
        mid = next((c.column for c in row if _MID_TERM_FUNDS.search(c.text)), None)
        annual = next((c.column for c in row if re.search(r"年度资金|当年资金", c.text)), None)
        if mid is not None and annual is not None and annual > mid:
            return annual
    return 0


def _is_any_label(text: str) -> bool:
    return any(L.match(index, text) for index in (L.HEADER_INDEX, L.FUND_INDEX, L.GOAL_INDEX))


_STAMP_LABEL = re.compile(r"[（(]\s*(?:盖章|签章|签字|签名|公章)\s*[)）]")


def assign_field(sheet: GoalSheet, label: str, value: str, loc: Location, unit: str) -> None:
    """Store ``value`` under whichever vocabulary ``label`` belongs to (first writer wins)."""
    header_key = L.match(L.HEADER_INDEX, label)
    fund_key = L.match(L.FUND_INDEX, label)
    goal_key = L.match(L.GOAL_INDEX, label)
    if fund_key and (parts := _named_amounts(value)):
        for part_label, amount in parts:  # "上年结转及其他资金 | 上年结转0.00；其他20.00": each source on its own
            _set_fund(sheet, L.match(L.FUND_INDEX, part_label) or fund_key, part_label, amount, loc, unit)
    elif fund_key and (header_key is None or money_to_wan(value) is not None):
        _set_fund(sheet, fund_key, label, value, loc, unit)
    elif header_key and not value.strip() and _STAMP_LABEL.search(label):
        return  # "填报单位（盖章）：" on a sign-off line: the stamp goes there, it is no blank header field
    elif header_key and (header_key not in sheet.fields or (value.strip() and not sheet.fields[header_key].value)):
        sheet.fields[header_key] = TextField(label=label, value=value, location=loc)
    elif goal_key:
        _set_goal(sheet, goal_key, label, value, loc)


_NAMED_AMOUNT = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff（）()]{2,12}?)\s*[:：]?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*$")


def _named_amounts(value: str) -> list[tuple[str, str]]:
    """A cell naming two or more sources with their amounts ("上年结转0.00；其他20.00"); [] unless every part is a
    known fund label followed by a bare amount."""
    parts = [p for p in re.split(r"[；;，,、]", value) if p.strip()]
    out: list[tuple[str, str]] = []
    for part in parts:
        m = _NAMED_AMOUNT.match(part)
        if m is None or L.match(L.FUND_INDEX, m.group("label")) in {None, "total"}:
            return []
        out.append((m.group("label"), m.group("num")))
    return out if len(out) >= 2 else []


_PAIR_SPLIT = re.compile(r"[ \u3000]{2,}|\t|；|;")
_PAIR = re.compile(r"^\s*(?P<label>[^：:]{2,14})[：:]\s*(?P<value>.*)$")
_NEXT_PAIR = re.compile(r"\s+(?=[^\s：:，,。；;]{2,14}[：:])")  # "实施单位：县国土局 项目属性：延续"
_LONG_PAIR = re.compile(r"^\s*(?P<label>[^：:\s]{2,40})[：:]\s*(?P<value>.*)$")


def _inline_pairs(text: str) -> list[tuple[str, str]]:
    """"标签：值" pairs in one line or cell, several pairs separated by wide spaces or semicolons."""
    out: list[tuple[str, str]] = []
    segments = [q for seg in _PAIR_SPLIT.split(text) for p in _NEXT_PAIR.split(seg) for q in _split_at_labels(p)]
    for segment in segments:
        m = _PAIR.match(re.sub(r"^\s*其中\s*[：:]", "", L.ORDINAL.sub("", segment)))
        if m is None:
            m = _LONG_PAIR.match(segment)
        if m is None:
            continue
        label = m.group("label").strip()
        # A title run into the first label ("2018年度……绩效目标表项目名称：……"): the label is its known tail.
        label = next((label[i:] for i in range(len(label) - 1) if _is_any_label(label[i:])), "")
        if label:
            out.append((label, m.group("value").strip()))
    return out


_CJK_LABEL = re.compile(r"^[\u4e00-\u9fff（）()]+$")


def _split_at_labels(segment: str) -> list[str]:
    """Cut a segment before every further known "标签：" (a line wrap in a PDF loses the space between pairs)."""
    cuts: list[int] = []
    for m in re.finditer(r"[：:]", segment):
        if m.start() == segment.find("：") or m.start() == segment.find(":"):
            continue  # the segment's own label
        for n in range(8, 1, -1):
            start = m.start() - n
            if start > 0 and _CJK_LABEL.match(segment[start:m.start()]) and _is_any_label(segment[start:m.start()]):
                cuts.append(start)
                break
    bounds = [0, *cuts, len(segment)]
    return [segment[a:b] for a, b in pairwise(bounds) if segment[a:b].strip()]


def _value_for(g: _Grid, r: int, c: int) -> tuple[str | None, int, int]:
    """The value belonging to the label at (r, c): the next distinct cell to the right, else below.

    An empty string means the label is there but its value is not (reported by the checks); None that the label
    is a column heading of a list table, not a field.
    """
    label = g.cell(r, c)
    want_money = L.match(L.FUND_INDEX, label) is not None and L.match(L.HEADER_INDEX, label) is None
    row = g.table.rows[r]
    for cc in range(c + 1, len(row)):
        t = row[cc].text.strip()
        if not t or t == label:
            continue
        if want_money and L.is_total_row(t) and _amount_after(row, cc):
            continue  # "年度预算（万元） | 合计 | 520.00 | 其中：财政资金 | 520.00": the 合计's amount is the total
        if not want_money and AMOUNT_HEAD.match(L.norm_label(t)):
            if (single := _single_project_export(g, r, c)) is not None:
                return single, r + 1, c  # "单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 …" over one project's rows
            return None, r, c  # "序号 | 乡镇名称 | 项目名称 | 金额": a column heading of an allocation table
        if L.is_label(t) or (want_money and heading_over_amounts(g.table, r, c, cc)):
            break  # "年度金额 | 其中：中央补助 | 省级资金 | 社会资金" over a row of amounts: the next heading, not a value
        return t, r, cc
    banner = _goal_under_banner(g, r, label)
    if banner is not None:
        return banner
    below = _below(g, r, c, label, want_money)
    if below is not None:
        return below, r + 1, c
    return "", r, c


def _amount_after(row: list[Cell], c: int) -> bool:
    """The next distinct cell right of (c) holds a bare amount."""
    text = row[c].text.strip()
    nxt = next((x.text.strip() for x in row[c + 1:] if x.text.strip() and x.text.strip() != text), "")
    return bool(PLAIN_AMOUNT.match(unicodedata.normalize("NFKC", nxt).strip()))


def _single_project_export(g: _Grid, r: int, c: int) -> str | None:
    """A one-header-row export of one project ("单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标
    | …", one row per indicator): the header row also heads the indicator levels and every row under the label repeats
    the same value. That value, or None (an allocation table lists a different project in each row)."""
    heads = {L.norm_label(x.text) for x in g.table.rows[r]}
    if not {"一级指标", "二级指标", "三级指标"} <= heads:
        return None
    values = {g.cell(x, c) for x in range(r + 1, g.table.n_rows) if any(y.text.strip() for y in g.table.rows[x])}
    values.discard("")
    if len(values) != 1:
        return None
    value = values.pop()
    return None if L.is_label(value) or PLAIN_AMOUNT.match(value) else value


_WRAPPED_NUMBER = re.compile(r"(?<=[\d,.])\s+(?=[\d,.])")


def _goal_under_banner(g: _Grid, r: int, label: str) -> tuple[str, int, int] | None:
    """A worksheet's lone goal banner ("项目年度绩效目标" alone in its row) with the text in the next row, often in a
    range merged from another column: (text, row, column), or None when the next row is a label or a table header."""
    if r + 1 >= g.table.n_rows or L.match(L.GOAL_INDEX, label) is None or L.match(L.HEADER_INDEX, label) \
            or L.match(L.FUND_INDEX, label):
        return None
    if {x.text.strip() for x in g.table.rows[r]} - {"", label}:
        return None  # not a lone banner: the row holds other labels or values
    row = g.table.rows[r + 1]
    texts = [x.text.strip() for x in row]
    if header_groups(texts):
        return None  # the indicator table starts right below: the goal is truly empty
    c, t = next(((i, t) for i, t in enumerate(texts) if t), (0, ""))
    if not t or L.is_label(t) or _inline_pairs(t) or PLAIN_AMOUNT.match(t):
        return None
    lines = [t]
    for nxt in g.table.rows[r + 2:]:  # "目标1：……" / "目标2：……" one row each under the first
        more = list(dict.fromkeys(x.text.strip() for x in nxt if x.text.strip()))
        if not (_NUMBERED.match(t) and len(more) == 1 and _NUMBERED.match(more[0]) and not L.is_label(more[0])):
            break
        lines.append(more[0])
    return "\n".join(lines), r + 1, c


def _below(g: _Grid, r: int, c: int, label: str, want_money: bool) -> str | None:
    """The cell under a label, for header-row layouts (labels in one row, values in the next)."""
    if r + 1 >= g.table.n_rows:
        return None
    t = g.cell(r + 1, c)
    if not t or t == label or L.is_label(t):
        return None
    if want_money:
        t = _WRAPPED_NUMBER.sub("", t)  # a PDF cell wrapped inside a number ("900,000. 00")
    if want_money and not PLAIN_AMOUNT.match(unicodedata.normalize("NFKC", t).strip()) and not _named_amounts(t):
        # Only a bare amount belongs to the label above: a number inside prose or a percentage in
        # the next row ("目标1：……", "完成主体工程70%") is that row's own text.
        return None
    return t


_MULTI_SOURCE_KEYS = {"fiscal_part", "other", "fiscal_upper", "fiscal_local"}


def _set_fund(sheet: GoalSheet, key: str, label: str, value: str, loc: Location, unit: str) -> None:
    if key == "total" and L.norm_label(label) in L.WHOLE_LIFE_LABELS:
        key = "investment"  # 项目总投资/项目总预算 span the project's life; this year's funds are the total (_derive_total)
    existing = sheet.funds.get(key)
    if existing is not None and key in _MULTI_SOURCE_KEYS and L.norm_label(existing.label) != L.norm_label(label) \
            and existing.value_wan is not None:
        key = f"{key}:{L.norm_label(label)}"  # a second source of the same kind (自筹 and 事业收入)
        existing = sheet.funds.get(key)
    if existing is not None and existing.value_wan is not None:
        return
    cell_unit = money_unit_written(value)
    sheet.funds[key] = MoneyField(
        label=label, raw=value, value_wan=money_to_wan(value, unit), unit=cell_unit or unit, location=loc
    )


def _set_goal(sheet: GoalSheet, key: str, label: str, value: str, loc: Location) -> None:
    """First non-empty value wins; an empty one only records where the label is."""
    field = TextField(label=label, value=value, location=loc)

    def vacant(current: TextField | None) -> bool:
        return current is None or (not current.value.strip() and bool(value.strip()))

    if key == "annual" and sheet.annual_goal is not None and sheet.annual_goal.value.strip() and value.strip() \
            and L.match(L.GOAL_INDEX, sheet.annual_goal.label) == "generic" and sheet.long_term_goal is None:
        # "总体目标" above "年度目标": the overall goal is the project's long-term one.
        sheet.long_term_goal, sheet.annual_goal = sheet.annual_goal, field
    elif key == "annual" and vacant(sheet.annual_goal):
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
    collecting: TextField | None = None
    for index, b in enumerate(doc.blocks):
        if b.kind == BlockKind.TABLE:
            pending_goal = collecting = None
            continue
        text = b.text.strip()
        if not text:
            continue
        if collecting is not None and _NUMBERED.match(text) and not _is_any_label(text):
            collecting.value = f"{collecting.value}\n{text}"  # numbered goal lines under one heading
            continue
        collecting = None
        if pending_goal is not None and not _is_any_label(text):
            _set_goal(sheet, pending_goal[0], pending_goal[1], text, b.location)
            goal = sheet.annual_goal if pending_goal[0] != "long_term" else sheet.long_term_goal
            collecting = goal if goal is not None and goal.value == text and _NUMBERED.match(text) else None
            pending_goal = None
            continue
        goal_key = L.match(L.GOAL_INDEX, re.sub(r"^[一二三四五六七八九十]+[、.．]\s*|^[（(][一二三四五六七八九十\d]+[)）]\s*", "", text))
        if goal_key:
            pending_goal = (goal_key, text)
            continue
        for label, value in _inline_pairs(text):
            if value:
                assign_field(sheet, label, value, b.location, unit_in_label(label) or doc_unit)
        _read_composition(sheet, composition_text(doc.blocks, index), b.location, doc_unit)


def _read_composition(sheet: GoalSheet, text: str, loc: Location, doc_unit: str) -> None:
    """A report's "资金构成。资金总额96万元，其中……" sentence, when the tables gave no fund sources (the sources of a
    table and of the prose are never mixed) and its total is the sheet's."""
    pairs = composition_pairs(text, money_pairs(text))
    if not pairs or sheet.source_amounts():
        return
    total = sheet.funds.get("total")
    stated = money_to_wan(pairs[0][1], doc_unit)
    if total is not None and total.value_wan is not None and (stated is None or abs(total.value_wan - stated) > 0.005):
        return
    for label, value in pairs:
        assign_field(sheet, label, value, loc, doc_unit)


_NUMBERED = re.compile(r"^\s*(?:\d+\s*[.、．)）]|[（(]\s*\d+\s*[)）]|[一二三四五六七八九十]+是|目标\s*\d)")


def table_money_unit(table: Table) -> str | None:
    return next((u for r in range(min(table.n_rows, 40)) if (u := row_money_unit([c.text for c in table.rows[r]]))), None)


def document_money_unit(doc: ParsedDocument) -> str:
    for b in doc.blocks[:15]:
        if b.kind != BlockKind.TABLE and (u := unit_in_label(b.text)):
            return u
    return "万元"
