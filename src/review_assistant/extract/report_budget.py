"""Budget-calculation tables (预算测算表 / 预算明细): item, quantity, unit price, amount, basis.

Columns are found by header synonyms, wherever the header row sits in the first rows of a table.
Amounts are converted to 万元 using the unit written in the column header, in the cell, or in the
table's caption ("单位：元"); a price and an amount in different units are compared after conversion.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from review_assistant.extract import labels as L
from review_assistant.extract.budget_structure import is_part_label, mark_structure
from review_assistant.extract.values import money_to_wan, money_unit_written, parse_number, unit_in_label
from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument, Table

# Header synonyms by column; the first column kind whose pattern matches a header cell claims it.
_COLUMN_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("basis", re.compile(r"依据|说明|备注|计算过程|测算过程|计算方法")),
    ("price", re.compile(r"单价|单位价格|单位成本|价格|标准")),
    ("quantity", re.compile(r"数量|工作量|工程量|人次|次数|数额")),
    ("unit", re.compile(r"^(?:计量)?单位$|^数量单位$")),
    ("amount", re.compile(r"金额|合计|小计|总价|总额|预算数|测算数|资金数|^预算$|^资金$|^费用$|^经费$")),
    ("item", re.compile(r"项目|内容|名称|明细|品目|费用|科目|事项|类别|用途")),
)
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|共\s*计|总\s*额)|^合计|总计$|^(?:经费|项目)?(?:支出|预算|资金)合计$")
# An item cell that is only the total's own word: the row is the block's 合计 whatever stands left of it.
_TOTAL_ITEM = re.compile(r"^(?:合计|总计|共计)[：:]?$")
_SUBTOTAL = re.compile(r"小\s*计")
# The item column of a 科目×来源 table names spending ("预算科目名称", "支出内容"), not projects ("项目名称 | 资金总额 |
# 财政拨款" is a list of projects with their funds).
_SPENDING_ITEM = re.compile(r"科目|支出|费用|明细|用途")
_TIMES = re.compile(r"[×xX*＊]")


#: Said of a subtotal gap in a table without quantities or prices, whose groups were read from the row numbering.
GUESSED_GROUPS = "（表中没有数量和单价，分组是按序号层级判断的，请人工核对该行是否为其下各项的小计。）"


class BudgetLine(BaseModel):
    """One row of a budget-calculation table."""

    item: str = ""
    quantity: float | None = None
    quantity_text: str = ""
    unit_price_wan: float | None = Field(None, description="Unit price in 万元")
    price_text: str = ""
    amount_wan: float | None = Field(None, description="Amount in 万元")
    amount_text: str = ""
    basis: str = ""
    serial: str = Field("", description="The cells left of the item column (序号), as written")
    kind: str = Field("line", description="line, subtotal, heading (a group row without an amount), part (a 其中 "
                                          "row splitting the row above) or total")
    parent: int | None = Field(None, description="Index in the table's lines of the subtotal (or heading) this line "
                                                 "belongs to")
    sources: dict[str, float | None] = Field(default_factory=dict, description="Amount (万元) under each fund-source "
                                             "column of a 科目×来源 table, by header; None when unreadable")
    evidence: str = Field("", description="The row's text, verbatim")
    location: Location = Field(default_factory=Location)


class BudgetTable(BaseModel):
    """A budget-calculation table with its lines and total row."""

    location: Location = Field(default_factory=Location)
    columns: dict[str, int] = Field(default_factory=dict)
    headers: dict[str, str] = Field(default_factory=dict, description="Header cell of each found column, as written")
    amount_unit: str = "万元"
    amount_unit_written: bool = Field(False, description="The amount unit is written (column header or caption), not assumed")
    price_unit: str = "万元"
    lines: list[BudgetLine] = Field(default_factory=list)
    total: BudgetLine | None = None
    fund_totals: dict[str, float] = Field(default_factory=dict, description="The 合计 row's amount (万元) under each "
                                          "fund-source column of an allocation table (其中：中央补助, 省级资金 …), by header")
    source_columns: dict[str, int] = Field(default_factory=dict, description="Fund-source columns of a 预算科目×资金来源 "
                                           "table (合计 | 财政拨款 | 上年结转), by header")
    sources_complete: bool = Field(False, description="The source columns are all the table's money columns beside 合计")

    @property
    def items(self) -> list[BudgetLine]:
        """The spending lines: no subtotal, group heading, 其中 breakdown or total."""
        return [ln for ln in self.lines if ln.kind == "line"]

    def groups(self) -> list[tuple[BudgetLine, list[BudgetLine]]]:
        """Each subtotal row with the rows it adds up (its lines and any subtotals under it), when it has any."""
        out = [(ln, [c for c in self.lines if c.parent == i and c.kind in {"line", "subtotal"}])
               for i, ln in enumerate(self.lines) if ln.kind == "subtotal"]
        return [(sub, kids) for sub, kids in out if kids]

    @property
    def priced(self) -> bool:
        """Some line has a quantity or a unit price: its group rows are subtotals for certain, not numbering guesses."""
        return any(ln.quantity is not None or ln.unit_price_wan is not None for ln in self.lines)

    def items_sum(self) -> float:
        """The sum of the spending lines that were read."""
        return round(sum(ln.amount_wan or 0.0 for ln in self.items), 6)

    def top_sum(self) -> float:
        """The outermost rows as written (subtotals and lines under no subtotal): what a 合计 computed from wrong
        subtotals shows. A group heading without an amount does not count as a subtotal."""
        def outer(ln: BudgetLine) -> bool:
            seen: set[int] = set()
            while ln.parent is not None and ln.parent not in seen:
                seen.add(ln.parent)
                ln = self.lines[ln.parent]
                if ln.kind != "heading":
                    return False
            return True
        return round(sum(ln.amount_wan or 0.0 for ln in self.lines if ln.kind in {"line", "subtotal"} and outer(ln)), 6)


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    cols: dict[str, int] = {}
    for i, raw in enumerate(cells):
        text = re.sub(r"\s+", "", re.sub(r"[（(][^）)]*[)）]", "", raw))
        if not text or len(text) > 12:
            continue
        for kind, pattern in _COLUMN_PATTERNS:
            # "测算明细" merged down the first column beside "服务内容 | 数量 | 单价 | 金额" names the block, not its items
            # (taken as the item column below only when no other cell names one).
            if kind == "item" and L.is_other_block_banner([raw]):
                continue
            if pattern.search(text) and kind not in cols:
                cols[kind] = i
                break
    if "amount" not in cols:
        return None
    if not ("price" in cols or "quantity" in cols) and (
            "item" not in cols or not _SPENDING_ITEM.search(cells[cols["item"]]) or not source_columns(cells, cols)):
        return None  # a 科目×来源 table ("预算科目名称 | 合计 | 区级财政拨款 | 上年结转") needs neither
    if "item" not in cols:
        free = [i for i in range(len(cells)) if i not in cols.values() and cells[i].strip() != "序号"]
        if not free:
            return None
        cols["item"] = free[0]
    return cols


def budget_header(cells: list[str]) -> bool:
    """The header row of a 资金测算明细 / 预算测算表 ("序号 | 支出内容 | 数量 | 单位 | 单价（元） | 金额（万元）"): an amount
    column with a unit price or a quantity column, no indicator column and no figures. Whatever follows it is budget
    lines, never indicators, even when the table is as wide as the indicator table above it."""
    cols = _header_columns(cells)
    return cols is not None and _certainly_header(cells, cols)


def _certainly_header(cells: list[str], cols: dict[str, int]) -> bool:
    """``budget_header`` for a row whose columns are already read."""
    texts = [t.strip() for t in cells if t.strip()]
    if len(texts) < 3 or any("指标" in t or re.search(r"\d", re.sub(r"[（(][^）)]*[)）]", "", t)) for t in texts):
        return False
    return "price" in cols or ("quantity" in cols and bool(cells[cols["item"]].strip()))


def _opens_block(cols: dict[str, int]) -> bool:
    """Columns that start a budget-calculation block: quantity and price together, or neither (科目×来源)."""
    return {"quantity", "price"} <= cols.keys() or ("price" not in cols and "quantity" not in cols)


# Source columns a 经费预算表 names beside the fund vocabulary: "专项经费", "申请经费", "中央财政投入", "银行融资".
_SOURCE_HEAD = re.compile(r"经费|资金|拨款|结转|自筹|补助|投入|投资|融资")


def source_columns(cells: list[str], cols: dict[str, int]) -> dict[str, int]:
    """The fund-source columns of a header row beside its item and amount columns, by header ({} unless one of
    them is a known fund name)."""
    taken = set(cols.values())
    named = {t: i for i, raw in enumerate(cells) if i not in taken and (t := raw.strip())
             and L.match(L.FUND_INDEX, t) not in {None, "total"}}
    if not named:
        return {}
    return {t: i for i, raw in enumerate(cells) if i not in taken and (t := raw.strip())
            and (t in named or _SOURCE_HEAD.search(t))}


def _sources_complete(cells: list[str], cols: dict[str, int], sources: dict[str, int]) -> bool:
    """Every column beside the 序号, item, amount and basis is a source column: a row's sources add up to its 合计."""
    used = set(cols.values()) | set(sources.values())
    return all(i in used or not t.strip() or t.strip() in {"序号", "编号", "行号"} for i, t in enumerate(cells))


def budget_header_row(table: Table) -> int | None:
    """The header row of a budget-calculation block in ``table`` (a column each for the item, the quantity, the unit
    price and the amount: "序号 | 支出内容 | 数量 | 单位 | 单价（元） | 金额（万元）", or a 预算科目×资金来源 header), or
    None. Rows from there on are costs, and a "其中：县级补助 | 150000" or "镇自筹 | 36000" among them splits the cost,
    not the sheet's funds; nor is the amount under a "区级财政拨款" column head that source's total."""
    for r in range(table.n_rows):
        cells = [c.text.strip() for c in table.rows[r]]
        cols = _header_columns(cells)
        if cols is not None and _opens_block(cols) and not any(_BARE_FIGURE.match(t) for t in cells):
            return r
    return None


# A cell holding only a figure: a row with one is a label-and-amount row ("预算数 | 86.00 | 其中：财政资金 86.00 |
# 其他资金"), never the column names of a budget block.
_BARE_FIGURE = re.compile(r"^-?\d[\d,，]*(?:\.\d+)?$")


def caption_unit(doc: ParsedDocument, index: int) -> str | None:
    """The money unit a caption just above block ``index`` writes ("单位：万元")."""
    for b in reversed(doc.blocks[max(0, index - 2):index]):
        if b.kind != BlockKind.TABLE and (u := unit_in_label(b.text)):
            return u
    return None


#: A quantity's own magnitude word: "6万亩" is 60,000 亩, "1.2万人次", "3千册" (never money: "万元" is not a count).
_MAGNITUDE = re.compile(r"\d(?:[\d,，]*\d)?(?:\.\d+)?\s*(?P<mag>[万千亿])(?!元)")
_MAGNITUDES = {"千": 1e3, "万": 1e4, "亿": 1e8}


def _quantity(text: str) -> float | None:
    """A quantity such as "50", "50人×3天", "20*2" (a product of its factors) or "6万亩" (60,000)."""
    if not text.strip():
        return None
    parts = [p for p in _TIMES.split(text) if p.strip()]
    value = 1.0
    for p in parts:
        n = parse_number(p)
        if n is None:
            return None
        m = _MAGNITUDE.search(p)
        value *= n * (_MAGNITUDES[m.group("mag")] if m else 1.0)
    return value if parts else None


# "材料费（检测试剂 9600批次×22.5元）": the quantity and unit price written in the item of a 科目 table.
_INLINE_RATE = re.compile(r"(?P<qty>\d[\d,，]*(?:\.\d+)?)\s*[\u4e00-\u9fff·/]{0,4}\s*[×xX*＊]\s*"
                          r"(?P<price>\d[\d,，]*(?:\.\d+)?)\s*(?P<unit>万元|元)")


def _inline_rate(line: BudgetLine) -> None:
    m = _INLINE_RATE.search(line.item)
    if m is None or len(_INLINE_RATE.findall(line.item)) != 1:
        return
    # the measure after the number may carry a magnitude ("6万亩×40元")
    line.quantity, line.quantity_text = _quantity(_TIMES.split(m.group(0))[0]), m.group("qty")
    line.unit_price_wan = money_to_wan(m.group("price"), m.group("unit"))
    line.price_text = m.group("price") + m.group("unit")


def _money(text: str, unit: str) -> float | None:
    cell_unit = money_unit_written(text)
    if not re.search(r"\d", text):
        return None
    return money_to_wan(text, cell_unit or unit)


def extract_budget_tables(doc: ParsedDocument) -> list[BudgetTable]:
    """Every budget-calculation table of ``doc``."""
    out: list[BudgetTable] = []
    for index, block in enumerate(doc.blocks):
        if block.table is not None:
            table = _read_table(doc, index, block, block.table)
            if table is not None:
                out.append(table)
    return out


def _read_table(doc: ParsedDocument, index: int, block: Block, table: Table) -> BudgetTable | None:
    # The header near the top; further down a worksheet that holds the whole form, only a header that is certainly
    # one (a 资金测算明细 below the indicators) or that starts a budget block (the first such row: the loop ends at
    # the first header it takes).
    for r in range(table.n_rows):
        cells = [c.text.strip() for c in table.rows[r]]
        cols = _header_columns(cells)
        if cols is None or (r >= 4 and not (_opens_block(cols) or _certainly_header(cells, cols))):
            continue
        caption = (caption_unit(doc, index) if r < 4 else None) or next((u for c in cells if (u := unit_in_label(c))), None)
        written = unit_in_label(cells[cols["amount"]]) or caption
        amount_unit = written or "万元"
        price_unit = (unit_in_label(cells[cols["price"]]) if "price" in cols else None) or caption or amount_unit
        result = BudgetTable(location=block.location, columns=cols, headers={k: cells[i] for k, i in cols.items()},
                             amount_unit=amount_unit, amount_unit_written=written is not None, price_unit=price_unit,
                             source_columns=source_columns(cells, cols) if "price" not in cols else {})
        result.sources_complete = bool(result.source_columns) and _sources_complete(cells, cols, result.source_columns)
        for rr in range(r + 1, table.n_rows):
            if _spans_block(table, rr, cols):
                if result.lines:
                    break  # "核减说明 | …" / "审核结论 | …" written across the block's columns: the block has ended
                continue
            line = _read_line(table, rr, cols, amount_unit, price_unit, block.location)
            if line is None:
                if r >= 4 and result.lines and not any(c.text.strip() for c in table.rows[rr]):
                    break  # the block ends at a blank row (填表说明, signatures follow)
                continue
            line.sources = {h: _money(table.rows[rr][i].text if i < len(table.rows[rr]) else "", amount_unit)
                            for h, i in result.source_columns.items()}
            if "price" not in cols and "quantity" not in cols:
                _inline_rate(line)
            if line.kind == "total" and result.total is None:
                result.total = line
            result.lines.append(line)
        mark_structure(result)
        return result if result.lines else None
    return None


def _spans_block(table: Table, r: int, cols: dict[str, int]) -> bool:
    """Row ``r`` holds one text merged across the item and amount columns (a 核减说明 / 审核结论 box under the block):
    a remark, never a cost line."""
    cells = [c.text.strip() for c in table.rows[r]]
    item, amount = cols.get("item"), cols["amount"]
    if item is None or max(item, amount) >= len(cells):
        return False
    text = cells[amount]
    return bool(text) and cells[item] == text and len(text) > 12 and not _BARE_FIGURE.match(text)


def _read_line(table: Table, r: int, cols: dict[str, int], amount_unit: str, price_unit: str,
               loc: Location) -> BudgetLine | None:
    cells = [c.text.strip() for c in table.rows[r]]

    def col(key: str) -> str:
        i = cols.get(key)
        return cells[i] if i is not None and i < len(cells) else ""

    item = col("item")
    amount_text = col("amount")
    if not item and not amount_text:
        return None
    # the block's banner merged down the first column ("测算明细") is no part of a row's label
    row_label = " ".join(c for c in cells[: max(1, cols["item"] + 1)] if not L.is_other_block_banner([c]))
    # "其中：县级财政补助 | … | 60.00" splits the row above; "小计" may also stand in the 测算依据 column.
    # A banner merged down the first column ("预算测算复核 | 合计 | | | 260.00") puts the row's 合计 in the item cell.
    kind = "part" if any(is_part_label(c) for c in cells[: cols["item"] + 1]) else \
        "total" if _TOTAL.search(re.sub(r"\s+", "", row_label)) or _TOTAL_ITEM.match(re.sub(r"\s+", "", item)) else \
        "subtotal" if _SUBTOTAL.search(row_label) or any(_SUBTOTAL.fullmatch(c) for c in cells) else "line"
    # A price column holding "800元/人" carries its own unit; a separate unit column ("元/人") may too.
    price_text = col("price")
    unit_col = col("unit")
    price_unit_here = next((u for u in ("万元", "元") if unit_col.startswith(u)), None) or price_unit
    return BudgetLine(
        item=item, quantity=_quantity(col("quantity")), quantity_text=col("quantity"),
        unit_price_wan=_money(price_text, price_unit_here) if price_text else None, price_text=price_text,
        amount_wan=_money(amount_text, amount_unit), amount_text=amount_text, basis=col("basis"), kind=kind,
        serial=" ".join(c for c in cells[: cols["item"]] if c),
        evidence=table.row_text(r), location=loc.model_copy(update={"row": r}),
    )
