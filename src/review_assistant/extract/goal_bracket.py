"""A budget-disclosure table whose whole indicator list sits in one 绩效目标 cell (LAYOUTS.md L104).

"单位编码 | 单位名称（项目类别/支出项目） | 年度预算安排（元） | 项目内容 | 绩效目标", one row for the unit and one per
project; the project's 绩效目标 cell reads "【项目概况】：…【总体目标】…【产出指标-数量指标】指标1：机柜数量（≥77台）
指标2：…【效益指标-社会效益指标】指标1：…（正面支撑）". The bracketed heading gives the 一级 and 二级, each "指标N：" one
indicator whose value is the last bracket. Read only when no indicator table was found; the sheet notes that the
indicators were cut out of the cell's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from review_assistant.extract import labels as L
from review_assistant.extract.models import GoalSheet, Indicator, TextField
from review_assistant.extract.values import parse_value, unit_in_label, unit_in_name
from review_assistant.parsing.model import Location, ParsedDocument

Assign = Callable[[GoalSheet, str, str, Location, str], None]

# "【产出指标-数量指标】", "【效益指标—社会效益指标】", "【满意度指标－服务对象满意度指标】"
_HEADING = re.compile(r"【\s*(?P<l1>[^】\-－—–]{2,12}?指标)\s*[-－—–]+\s*(?P<l2>[^】]{2,16}?)\s*】")
_SECTION = re.compile(r"【\s*(?P<name>[^】]{2,12}?)\s*】\s*[:：]?")
_ITEM = re.compile(r"指标\s*\d{1,2}\s*[:：]\s*(?P<body>.+?)(?=指标\s*\d{1,2}\s*[:：]|【|\Z)", re.S)
_LAST_BRACKET = re.compile(r"[（(](?P<value>[^（）()]*)[)）]\s*[；;。，,]?\s*$")


def bracket_headings(text: str) -> int:
    """How many "【一级-二级】" indicator headings ``text`` holds."""
    return len(_HEADING.findall(text))


def _indicators(text: str, loc: Location) -> list[Indicator]:
    out: list[Indicator] = []
    heads = list(_HEADING.finditer(text))
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        part = text[h.end():end]
        part = part[:m.start()] if (m := re.search(r"【", part)) else part  # a further 【说明】 section ends the list
        l1, l2 = h.group("l1").strip(), h.group("l2").strip()
        for item in _ITEM.finditer(part):
            body = re.sub(r"\s+", "", item.group("body"))
            vm = _LAST_BRACKET.search(body)
            name = body[:vm.start()] if vm else body.rstrip("；;。，,")
            value = vm.group("value").strip() if vm else ""
            if not name:
                continue
            pv = parse_value(value, unit_hint=unit_in_name(name))
            out.append(Indicator(
                level1=l1, level2=l2, level3=name, sign=pv.sign, value_text=value, number=pv.number,
                date_value=pv.date_value, unit=pv.unit, qualitative=pv.qualitative and pv.date_value is None,
                raw=[body], evidence=item.group(0).strip(), location=loc, number_high=pv.number_high,
            ))
    return out


def _sections(text: str) -> dict[str, str]:
    """The text after each "【名称】" that is not an indicator heading ("【总体目标】…", "【项目概况】：…")."""
    out: dict[str, str] = {}
    marks = [m for m in _SECTION.finditer(text) if not _HEADING.match(text, m.start())]
    for m in marks:
        nxt = text.find("【", m.end())
        out.setdefault(m.group("name"), text[m.end(): nxt if nxt >= 0 else len(text)].strip())
    return out


def read_bracket_list(doc: ParsedDocument, sheet: GoalSheet, assign: Assign) -> None:
    """Fill ``sheet`` from the first table cell holding at least two "【一级-二级】" headings, and the columns of its row
    (项目名称, 年度预算, the unit in the row above)."""
    for block, table in doc.tables():
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                text = cell.text.strip()
                if bracket_headings(text) < 2:
                    continue
                loc = block.location.model_copy(update={"row": r, "column": c})
                found = _indicators(text, loc)
                if len(found) < 2:
                    continue
                sheet.indicators.extend(found)
                sheet.indicator_table_found = True
                sheet.form = "text_list"
                header = _header_row(table.text_rows(), r)
                _row_fields(sheet, table.text_rows(), header, r, block.location, assign)
                goal = next((v for k, v in _sections(text).items() if L.match(L.GOAL_INDEX, k) and v), "")
                if goal:
                    assign(sheet, "总体目标", goal, loc, "")
                sheet.note("layout", f"本表没有指标表，整套绩效指标以“【一级指标-二级指标】指标1：名称（指标值）”写在一个单元格里，"
                                     f"已按文字拆分读取为{len(found)}个指标（级别取自方括号，指标值取自名称后的括号），请核对拆分是否完整。",
                           evidence=text[:60], location=loc)
                more = sum(1 for rr in table.rows[r + 1:] for x in rr if bracket_headings(x.text) >= 2)
                if more:
                    sheet.note("layout", f"表中另有{more}个单元格也写有整段指标（可能是其他项目），未读取，请分别审核。",
                               location=loc)
                return


def _header_row(rows: list[list[str]], r: int) -> list[str]:
    """The column names above row ``r``: the nearest row above naming a 项目/单位 and a 预算/资金 column."""
    for x in range(r - 1, -1, -1):
        cells = rows[x]
        if any("项目" in t or "单位" in t for t in cells) and any(re.search(r"预算|资金|金额", t) for t in cells):
            return cells
    return []


def _row_fields(sheet: GoalSheet, rows: list[list[str]], header: list[str], r: int, where: Location,
                assign: Assign) -> None:
    cells = rows[r]
    for c, head in enumerate(header):
        value = cells[c].strip() if c < len(cells) else ""
        if not head or not value or (c > 0 and header[c - 1] == head):
            continue
        loc = where.model_copy(update={"row": r, "column": c})
        if re.search(r"支出项目|项目名称", head):
            sheet.fields["project_name"] = TextField(label=head, value=value, location=loc)
            above = rows[r - 1][c].strip() if r > 0 and c < len(rows[r - 1]) else ""
            if above and above != value and above != head:
                # "单位名称（项目类别/支出项目）": the unit's own row stands above its projects.
                sheet.fields["implementer"] = TextField(label=head, value=above,
                                                        location=where.model_copy(update={"row": r - 1, "column": c}))
        elif re.search(r"预算|资金|金额", head) and re.fullmatch(r"-?\d[\d,，]*(?:\.\d+)?", value):
            label = head if L.match(L.FUND_INDEX, head) else "年度预算"
            assign(sheet, label, value, loc, unit_in_label(head) or "万元")
    if sheet.fields.get("implementer") and L.is_label(sheet.fields["implementer"].value):
        del sheet.fields["implementer"]  # a column name read as the value of a header-row label
