"""Small helpers shared by the goal-sheet rules."""

from __future__ import annotations

import re

from review_assistant.checks.base import CheckContext
from review_assistant.extract.models import GoalSheet, Indicator
from review_assistant.extract.values import WAN_PER_UNIT
from review_assistant.parsing.model import Location

# Money units as written in an indicator's unit (a bare 万 there counts people or items, not money).
MONEY_UNITS = {unit: factor for unit, factor in WAN_PER_UNIT.items() if unit.endswith("元")}
RATE_NAME = re.compile(r"率|满意度|比例|占比|覆盖面")
# What real sheets call a satisfaction measure: 满意度/满意率, the 好评率 of 政务服务“好差评”, 认可度 …. Not 幸福感 or
# 获得感: an outcome for the public, not the service users' judgement of the service (heldout g17).
SATISFACTION_NAME = re.compile(r"满意|好评|认可度|认同度|信任度|美誉度")


def row_text(ctx: CheckContext, loc: Location) -> str:
    """The verbatim text of the table row at ``loc`` (empty when it cannot be found)."""
    if loc.table is None or loc.row is None:
        return ""
    tables = ctx.document.tables()
    if loc.table >= len(tables):
        return ""
    table = tables[loc.table][1]
    return table.row_text(loc.row) if loc.row < table.n_rows else ""


def scored_indicators(sheet: GoalSheet) -> list[Indicator]:
    """The annual indicators, or all of them when the sheet has no annual table."""
    annual = sheet.annual_indicators()
    return annual or sheet.indicators


def is_rate(ind: Indicator) -> bool:
    return ind.unit in {"%", "百分比"} or bool(RATE_NAME.search(ind.level3))


# An indicator named as a count ("培训人次", "受益户数", "新建公厕数量"): its unit is a count, never "%".
COUNT_NAME = re.compile(r"(?:人次|人数|户数|次数|个数|件数|台数|场次|班次|数量|总数|总量|面积|长度|里程|人口)$")


# A quantity with no unit by nature: a coefficient, an index, a ratio of like quantities ("渠系水利用系数提高 ≥0.08",
# "容积率 ≤2.5", "水质pH值 6-9"). The name may end with the change it targets ("…系数提高", "…指数达到").
DIMENSIONLESS_NAME = re.compile(
    r"(?:系数|指数|因数|因子|容积率|比值|[pP][hH]值?)(?:的?(?:提高|提升|增加|增长|增幅|降低|下降|减少|达到|保持))?(?:值)?$")


def is_dimensionless(ind: Indicator) -> bool:
    """The indicator names a coefficient, index or ratio: a bare number is its complete value."""
    name = re.sub(r"[（(][^）)]*[)）]$", "", ind.level3.strip())
    return bool(DIMENSIONLESS_NAME.search(name))


def percent_contradicts_name(ind: Indicator) -> bool:
    """A count indicator whose unit is "%": unit and indicator contradict each other, so whether it is a rate
    (and may not exceed 100%) is not certain."""
    name = re.sub(r"[（(][^）)]*[)）]$", "", ind.level3.strip())
    return ind.unit in {"%", "百分比"} and not RATE_NAME.search(name) and bool(COUNT_NAME.search(name))


def is_cost(ind: Indicator) -> bool:
    return ind.family == "成本" or ind.sub_family == "成本"


def is_economic_cost(ind: Indicator) -> bool:
    """A money cost: 产出—成本指标 (2015 layout) or 成本指标—经济成本指标 (2021 layout).

    社会成本 and 生态环境成本 measure harm (days of disruption, emissions), not money.
    """
    if not is_cost(ind):
        return False
    return not any(word in ind.level2 for word in ("社会成本", "生态", "环境成本"))


def indicator_label(ind: Indicator) -> str:
    name = f"“{ind.level3 or ind.level2 or '（未命名）'}”"
    return f"{name}（{ind.place}）" if ind.place else name
