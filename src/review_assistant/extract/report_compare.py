"""The "建议预算数与申请数对比表" of an appraisal report or expert opinion: one row per spending item with the
requested amount, the recommended amount and the cut ("支出内容 | 申请数（万元） | 建议数（万元） | 核减数（万元） | 核减理由"),
closed by a 合计 row. Each column keeps its item amounts and the total written on the 合计 row, so the checks can
add them up; a cell that is not a plain amount leaves its column unread (no sum is then compared).
"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, Field

from review_assistant.extract import labels as L
from review_assistant.extract.values import PLAIN_AMOUNT, money_to_wan, unit_in_label
from review_assistant.parsing.model import Location, ParsedDocument, Table

# Column headers, after dropping the unit aside: "申请数（万元）", "申报金额", "建议数", "建议安排金额", "核减数".
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("requested", re.compile(r"^(?:申请|申报)(?:数|金额|资金|预算数?)$")),
    ("recommended", re.compile(r"^(?:建议|审定|核定)(?:安排)?(?:数|金额|资金|预算数?|控制数)$")),
    ("reduction", re.compile(r"^(?:核减|审减|调减)(?:数|金额|资金)$")),
)
_ASIDE = re.compile(r"[（(][^）)]*[)）]")


class ComparisonColumn(BaseModel):
    """One amount column of the comparison table, in 万元."""

    header: str
    items: list[float] = Field(default_factory=list)
    total: float | None = Field(None, description="The amount on the 合计 row")
    total_text: str = ""
    location: Location = Field(default_factory=Location, description="The 合计 row's cell")
    complete: bool = Field(True, description="False when an item cell is not a plain amount")


class BudgetComparison(BaseModel):
    """A 建议预算数与申请数对比表: its columns by kind (requested, recommended, reduction) and item names."""

    columns: dict[str, ComparisonColumn] = Field(default_factory=dict)
    items: list[str] = Field(default_factory=list)


def _column_kind(text: str) -> str | None:
    n = L.norm_label(_ASIDE.sub("", text))
    return next((kind for kind, pattern in _COLUMNS if pattern.match(n)), None)


def _comparison(table: Table, base: Location) -> BudgetComparison | None:
    for r, row in enumerate(table.rows[:8]):
        kinds = {c: k for c, cell in enumerate(row) if (k := _column_kind(cell.text.strip()))}
        if "requested" not in kinds.values() or "recommended" not in kinds.values() or min(kinds) == 0:
            continue
        out = BudgetComparison(columns={k: ComparisonColumn(header=row[c].text.strip()) for c, k in kinds.items()})
        units = {c: unit_in_label(row[c].text) or "万元" for c in kinds}
        for rr in range(r + 1, table.n_rows):
            cells = table.rows[rr]
            label = cells[0].text.strip()
            if not label:
                continue
            total = L.is_total_row(label)
            for c, kind in kinds.items():
                text = unicodedata.normalize("NFKC", cells[c].text).strip() if c < len(cells) else ""
                value = money_to_wan(text, units[c]) if PLAIN_AMOUNT.match(text) else None
                col = out.columns[kind]
                if total:
                    col.total, col.total_text = value, cells[c].text.strip()
                    col.location = base.model_copy(update={"row": rr, "column": c})
                elif value is None:
                    col.complete = col.complete and text in {"", "-", "—", "/"}
                else:
                    col.items.append(value)
            if total:
                return out if out.items else None
            out.items.append(label)
    return None


def read_comparison(doc: ParsedDocument) -> BudgetComparison | None:
    """The first table comparing requested and recommended amounts item by item, with a 合计 row; None if none."""
    for block, table in doc.tables():
        found = _comparison(table, block.location)
        if found is not None:
            return found
    return None
