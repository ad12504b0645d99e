"""Budget-calculation tables (预算测算表 / 预算明细): item, quantity, unit price, amount, basis.

Columns are found by header synonyms, wherever the header row sits in the first rows of a table.
Amounts are converted to 万元 using the unit written in the column header, in the cell, or in the
table's caption ("单位：元"); a price and an amount in different units are compared after conversion.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from review_assistant.extract.values import money_to_wan, money_unit_written, parse_number, unit_in_label
from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument, Table

# Header synonyms by column; the first column kind whose pattern matches a header cell claims it.
_COLUMN_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("basis", re.compile(r"依据|说明|备注|计算过程|测算过程|计算方法")),
    ("price", re.compile(r"单价|单位价格|单位成本|价格|标准")),
    ("quantity", re.compile(r"数量|工作量|人次|次数|数额")),
    ("unit", re.compile(r"^(?:计量)?单位$|^数量单位$")),
    ("amount", re.compile(r"金额|合计|小计|总价|总额|预算数|测算数|资金数|^预算$|^资金$|^费用$|^经费$")),
    ("item", re.compile(r"项目|内容|名称|明细|品目|费用|科目|事项|类别|用途")),
)
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|共\s*计|总\s*额)|^合计|总计$")
_SUBTOTAL = re.compile(r"小\s*计")
_TIMES = re.compile(r"[×xX*＊]")


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
    kind: str = Field("line", description="line, subtotal or total")
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

    @property
    def items(self) -> list[BudgetLine]:
        return [ln for ln in self.lines if ln.kind == "line"]


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    cols: dict[str, int] = {}
    for i, raw in enumerate(cells):
        text = re.sub(r"\s+", "", re.sub(r"[（(][^）)]*[)）]", "", raw))
        if not text or len(text) > 12:
            continue
        for kind, pattern in _COLUMN_PATTERNS:
            if pattern.search(text) and kind not in cols:
                cols[kind] = i
                break
    if "amount" not in cols or not ("price" in cols or "quantity" in cols):
        return None
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
    texts = [t.strip() for t in cells if t.strip()]
    if len(texts) < 3 or any("指标" in t or re.search(r"\d", re.sub(r"[（(][^）)]*[)）]", "", t)) for t in texts):
        return False
    cols = _header_columns(cells)
    if cols is None:
        return False
    return "price" in cols or ("quantity" in cols and bool(cells[cols["item"]].strip()))


def caption_unit(doc: ParsedDocument, index: int) -> str | None:
    """The money unit a caption just above block ``index`` writes ("单位：万元")."""
    for b in reversed(doc.blocks[max(0, index - 2):index]):
        if b.kind != BlockKind.TABLE and (u := unit_in_label(b.text)):
            return u
    return None


def _quantity(text: str) -> float | None:
    """A quantity such as "50", "50人×3天" or "20*2" (a product of its factors)."""
    if not text.strip():
        return None
    parts = [p for p in _TIMES.split(text) if p.strip()]
    value = 1.0
    for p in parts:
        n = parse_number(p)
        if n is None:
            return None
        value *= n
    return value if parts else None


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
    for r in range(table.n_rows):
        cells = [c.text.strip() for c in table.rows[r]]
        # Lower down, only a header that is certainly one: a worksheet holding the goal sheet with its
        # 资金测算明细 below the indicators.
        cols = _header_columns(cells) if r < 4 or budget_header(cells) else None
        if cols is None:
            continue
        caption = caption_unit(doc, index) or next((u for c in cells if (u := unit_in_label(c))), None)
        written = unit_in_label(cells[cols["amount"]]) or caption
        amount_unit = written or "万元"
        price_unit = (unit_in_label(cells[cols["price"]]) if "price" in cols else None) or caption or amount_unit
        result = BudgetTable(location=block.location, columns=cols, headers={k: cells[i] for k, i in cols.items()},
                             amount_unit=amount_unit, amount_unit_written=written is not None, price_unit=price_unit)
        for rr in range(r + 1, table.n_rows):
            line = _read_line(table, rr, cols, amount_unit, price_unit, block.location)
            if line is None:
                continue
            if line.kind == "total" and result.total is None:
                result.total = line
            result.lines.append(line)
        _mark_categories(result)
        return result if result.lines else None
    return None


_CATEGORY = re.compile(r"^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）])")


def _mark_categories(table: BudgetTable) -> None:
    """Category rows ("一、设备购置费  100") carry the sum of the detail rows below them, not an item:
    in a table whose detail rows have quantities or prices, such rows are subtotals."""
    if not any(ln.quantity is not None or ln.unit_price_wan is not None for ln in table.lines):
        return
    for ln in table.lines:
        if ln.kind == "line" and ln.quantity is None and ln.unit_price_wan is None and _CATEGORY.match(ln.item):
            ln.kind = "subtotal"


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
    row_label = " ".join(cells[: max(1, cols["item"] + 1)])
    kind = "total" if _TOTAL.search(re.sub(r"\s+", "", row_label)) else \
        "subtotal" if _SUBTOTAL.search(row_label) else "line"
    # A price column holding "800元/人" carries its own unit; a separate unit column ("元/人") may too.
    price_text = col("price")
    unit_col = col("unit")
    price_unit_here = next((u for u in ("万元", "元") if unit_col.startswith(u)), None) or price_unit
    return BudgetLine(
        item=item, quantity=_quantity(col("quantity")), quantity_text=col("quantity"),
        unit_price_wan=_money(price_text, price_unit_here) if price_text else None, price_text=price_text,
        amount_wan=_money(amount_text, amount_unit), amount_text=amount_text, basis=col("basis"), kind=kind,
        evidence=table.row_text(r), location=loc.model_copy(update={"row": r}),
    )
