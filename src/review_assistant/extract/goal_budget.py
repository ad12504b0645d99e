"""Budget tables inside a goal sheet: a 预算明细 (item, quantity, unit price, amount), the task budgets of a
部门整体绩效目标表 (任务名称 | 主要内容 | 预算金额), a city form's 项目支出明细 by economic classification
(支出经济分类科目 | 支出内容 | 金额（万元）, closed by a 合计 row) or the allocation table of a notice that sends the
goal table out (分配表: 村名 | 金额 | 列支科目 | 备注, 合计). Their lines should add up to the sheet's funds total."""

from __future__ import annotations

import re

from review_assistant.extract import labels as L
from review_assistant.extract.models import GoalSheet
from review_assistant.extract.report_budget import (
    BudgetLine,
    BudgetTable,
    caption_unit,
    extract_budget_tables,
)
from review_assistant.extract.values import money_to_wan, unit_in_label
from review_assistant.parsing.model import Cell, Location, ParsedDocument, Table

_TASK_NAME = re.compile(r"^(?:年度)?(?:主要|重点|工作)?任务(?:名称)?$|^任务$|^项目名称$")
# The item column of an expenditure detail by economic classification: "支出经济分类科目", "经济分类科目", "经济分类".
_ECONOMIC_NAME = re.compile(r"^(?:支出|部门预算支出|政府预算支出)?经济分类(?:科目)?(?:名称)?$")
# The place column of a notice's allocation table (分配表 / 资金安排表: "村名 | 金额 | 列支科目", "序号 | 乡镇名称 | 项目名称 |
# 金额"), compared after norm_label drops "（镇）", "（社区）" and the like.
_PLACE_NAME = re.compile(r"^(?:村|村名|行政村|乡|乡镇|乡名|镇名|乡镇街道|县|县区|县市区|地区)(?:名称)?$")
_TASK_AMOUNT = re.compile(r"金额|预算|资金|数额")
# A task's money in a 部门整体 sheet may be named by what it is: "对应项目支出（万元）".
_TASK_SPENDING = re.compile(r"金额|预算|资金|数额|项目支出")
_TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计|小\s*计)")
DEPARTMENT_TITLE = re.compile(r"部门整体(?:支出)?绩效|部门整体")

# The tables of a 部门预算公开 PDF that come before its 项目支出绩效目标表: the department's 收支总表 (收入 | 支出
# column groups, 收入总计), 功能分类 tables (科目编码 | 科目名称) and the "三公" 经费 table. Their amounts are the
# department's, never a project's funds or budget detail. A 政府采购 table (采购项目 | 采购品目) counts only beside
# them: on its own it may be the project's own purchase list.
_STATEMENT_HEADER = re.compile(r"科目编码|功能分类科目|因公出国|公务接待费|三公”?经费")
_PURCHASE_HEADER = re.compile(r"采购品目|采购项目|政府采购")
_STATEMENT_TOTAL = re.compile(r"^(?:收入总计|支出总计|本年收入合计|本年支出合计)$")


def _project_table(table: Table) -> bool:
    """A table carrying a project's own header (项目名称), a goal or an indicator column."""
    return any(L.match(L.HEADER_INDEX, c.text) == "project_name" or L.match(L.GOAL_INDEX, c.text)
               or L.match(L.COLUMN_INDEX, c.text) in {"l1", "l2", "l3"} for row in table.rows for c in row)


def _core_statement(table: Table) -> bool:
    heads = [L.norm_label(c.text) for row in table.rows[:3] for c in row]
    if any(_STATEMENT_HEADER.search(t) for t in heads):
        return True
    if any({"收入", "支出"} <= {L.norm_label(c.text) for c in row} for row in table.rows[:3]):
        return True
    return any(_STATEMENT_TOTAL.match(L.norm_label(row[0].text)) for row in table.rows if row)


def budget_statements(tables: list[Table]) -> set[int]:
    """Indexes (into ``tables``) of a department's budget statements (收支总表, 功能分类支出表, "三公"经费表, and a
    政府采购表 beside them): never a project's form."""
    core = {i for i, t in enumerate(tables) if not _project_table(t) and _core_statement(t)}
    if not core:
        return core
    purchase = {i for i, t in enumerate(tables) if i not in core and not _project_table(t)
                and any(_PURCHASE_HEADER.search(L.norm_label(c.text)) for row in t.rows[:2] for c in row)}
    return core | purchase


def read_goal_budget(doc: ParsedDocument, sheet: GoalSheet) -> None:
    """Store the sheet's budget detail (or task budgets) in ``sheet.budget_detail``."""
    tables = [t for _, t in doc.tables()]
    skip = {id(tables[i]) for i in budget_statements(tables)}
    if skip:
        doc = doc.model_copy(update={"blocks": [b for b in doc.blocks if b.table is None or id(b.table) not in skip]})
    # A report's 预算科目×资金来源 table has no rates: a sheet's detail by classification is read as "economic" below.
    detail = next((t for t in extract_budget_tables(doc) if t.items and not t.source_columns), None)
    if detail is not None:
        sheet.budget_detail, sheet.budget_detail_kind = detail, "detail"
        return
    department = DEPARTMENT_TITLE.search(sheet.title)
    for index, block in enumerate(doc.blocks):
        if block.table is None:
            continue
        caption = caption_unit(doc, index)
        if department and (tasks := _named_amount_table(block.table, block.location, _TASK_NAME, caption,
                                                        amount_head=_TASK_SPENDING)) is not None:
            sheet.budget_detail, sheet.budget_detail_kind = tasks, "tasks"
            return
        if not department and (spent := _named_amount_table(block.table, block.location, _ECONOMIC_NAME,
                                                             caption)) is not None:
            sheet.budget_detail, sheet.budget_detail_kind = spent, "economic"
            return
    if department:
        return
    for index, block in enumerate(doc.blocks):
        if block.table is not None and (start := _allocation_start(block.table)) is not None and \
                (alloc := _named_amount_table(block.table, block.location, _PLACE_NAME, caption_unit(doc, index), start)):
            sheet.budget_detail, sheet.budget_detail_kind = alloc, "allocation"
            return


def allocation_header(cells: list[str]) -> bool:
    """The header row of an allocation table: a place column among the first three and an amount column
    ("县（市、区） | 分配金额 | 其中：中央补助 | 省级资金 | 市县资金 | 主要任务", "序号 | 乡镇名称 | 项目名称 | 金额").
    Under an indicator table in the same worksheet it starts the annex, whose rows are places, not indicators."""
    place = next((i for i, t in enumerate(cells[:3]) if _PLACE_NAME.match(L.norm_label(t))), None)
    return place is not None and any(i != place and _TASK_AMOUNT.search(t) and not re.search(r"\d", t)
                                     for i, t in enumerate(cells))


def _level_columns(row: list[Cell]) -> bool:
    return any(L.match(L.COLUMN_INDEX, c.text) in {"l1", "l2", "l3"} for c in row)


def _allocation_start(table: Table) -> int | None:
    """Where to look for an allocation table in ``table``: from the top, or, in a table that begins with indicator
    columns (a transposed one has a row per place too, but its amounts are targets), only an annex whose own header
    comes after the last indicator header (a worksheet holding the sheet and its 分县 annex one under the other)."""
    if not any(_level_columns(row) for row in table.rows[:6]):
        return 0
    last = max(r for r, row in enumerate(table.rows) if _level_columns(row))
    return next((r for r in range(last + 1, table.n_rows)
                 if allocation_header([c.text.strip() for c in table.rows[r]])), None)


def _named_amount_table(table: Table, loc: Location, name: re.Pattern[str],
                        caption: str | None = None, start: int = 0,
                        amount_head: re.Pattern[str] = _TASK_AMOUNT) -> BudgetTable | None:
    """``任务名称 | 主要内容 | 预算金额（万元）`` (or ``支出经济分类科目 | 支出内容 | 金额（万元）``) rows, with a 合计 row
    when the form has one; its header at ``start`` or below."""
    for r in range(start, table.n_rows):
        cells = [c.text.strip() for c in table.rows[r]]
        # The last such column: "年度主要任务 | 任务名称 | …" has the block's label before the names' column.
        name_col = next((i for i in range(len(cells) - 1, -1, -1) if name.match(L.norm_label(cells[i]))), None)
        amount_col = next((i for i, t in enumerate(cells) if i != name_col and amount_head.search(t)), None)
        if name_col is None or amount_col is None:
            continue
        written = unit_in_label(cells[amount_col]) or caption
        out = BudgetTable(location=loc, columns={"item": name_col, "amount": amount_col},
                          headers={"item": cells[name_col], "amount": cells[amount_col]}, amount_unit=written or "万元",
                          amount_unit_written=written is not None)
        for rr in range(r + 1, table.n_rows):
            row = [c.text.strip() for c in table.rows[rr]]
            item = row[name_col] if name_col < len(row) else ""
            amount = row[amount_col] if amount_col < len(row) else ""
            if not item or (not amount and not _TOTAL_ROW.match(item)):
                break  # the task block has ended (年度总体目标, the indicator table)
            if L.match(L.GOAL_INDEX, item) or L.match(L.COLUMN_INDEX, item):
                break
            lead = row[0] if name_col > 0 and row else ""
            if lead and lead != cells[0] and L.is_label(lead):
                break  # the next part of a one-table form ("年度绩效目标 | ……" under "年度主要任务 | 任务名称 | …")
            amount_wan = money_to_wan(amount, out.amount_unit) if re.search(r"\d", amount) else None
            line = BudgetLine(item=item, amount_wan=amount_wan,
                              amount_text=amount, kind="total" if _TOTAL_ROW.match(item) else "line",
                              evidence=table.row_text(rr), location=loc.model_copy(update={"row": rr}))
            out.lines.append(line)
            if line.kind == "total":
                out.total = line
                out.fund_totals = _fund_totals(cells, row, {name_col, amount_col}, out.amount_unit)
                break
        return out if out.items else None
    return None


def _fund_totals(header: list[str], total: list[str], skip: set[int], unit: str) -> dict[str, float]:
    """The 合计 row's amounts under the fund-source columns ("分配金额 | 其中：中央补助 | 省级资金 | 市县资金")."""
    out: dict[str, float] = {}
    for i, head in enumerate(header):
        if i in skip or i >= len(total) or not L.match(L.FUND_INDEX, head) or head in out:
            continue
        value = money_to_wan(total[i], unit) if re.search(r"\d", total[i]) else None
        if value is not None:
            out[head] = value
    return out
