"""Several projects in one file: one goal sheet per project, each saying which one it is.

Two shapes are met in published budgets: several complete forms one after another (a provincial
department's PDF), and one big table with 单位名称 / 项目名称 / 预算数 / 年度目标 columns beside the
indicator columns (a township's budget disclosure). Blocks keep their original locations, so
findings on any project point into the original file.
"""

from __future__ import annotations

import re
from itertools import pairwise

from review_assistant.extract import labels as L
from review_assistant.extract.goal_sheet import (
    assign_field,
    document_money_unit,
    extract_goal_sheet,
    table_money_unit,
)
from review_assistant.extract.goal_title import GOAL_SHEET_TITLE
from review_assistant.extract.indicator_table import P_FUND, header_groups
from review_assistant.extract.models import GoalSheet, MoneyField, TextField
from review_assistant.extract.values import money_to_wan, unit_in_label
from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument


def extract_goal_sheets(doc: ParsedDocument, fiscal_year: int | None = None) -> list[GoalSheet]:
    """One :class:`GoalSheet` per project in ``doc`` (a list of one for ordinary files)."""
    segments = _segments(doc)
    continued: list[str] = []
    if len(segments) > 1:
        whole = extract_goal_sheet(doc, fiscal_year)
        sheets = [_numbered_name(seg, extract_goal_sheet(doc.model_copy(update={"blocks": seg}), fiscal_year))
                  for seg in segments]
        sheets, continued = _join_continuations(doc, segments, sheets, fiscal_year)
        sheets = [s for s in sheets if s.indicator_table_found]
        for s in sheets:
            if s.fiscal_year is None and whole.fiscal_year is not None:
                s.fiscal_year, s.fiscal_year_source = whole.fiscal_year, whole.fiscal_year_source
                s.notes = [n for n in s.notes if n.part != "year"]
        if len(sheets) > 1:
            _share_unit_line(sheets)
            return _labelled(sheets)
    sheet = extract_goal_sheet(doc, fiscal_year)
    if continued:
        _note_continued(sheet, continued)
    if len(sheet.project_rows) > 1 and not _one_project_by_place(sheet):
        return _labelled(_split_rows(doc, sheet))
    return [sheet]


def _join_continuations(doc: ParsedDocument, segments: list[list[Block]], sheets: list[GoalSheet],
                        fiscal_year: int | None) -> tuple[list[GoalSheet], list[str]]:
    """Put a segment that names no project of its own back onto the one before it.

    A PDF table broken across pages comes out as the first table, a page footer ("第 1 页，共 2 页"), the title again
    with "（续表）" and a table opening with the repeated header: the title cuts a segment, but what follows has no
    项目名称, funds or goal of its own. That is the test a worksheet's repeated title row already passes (a table starts
    a form only with a 项目名称 cell in it); a second project of a multi-project file brings its own name or funds. A
    segment repeating the previous project's name continues it too. Returns the sheets and the continued titles.
    """
    out_segments: list[list[Block]] = []
    out_sheets: list[GoalSheet] = []
    continued: list[list[str]] = []
    for seg, sheet in zip(segments, sheets, strict=True):
        if out_sheets and out_sheets[-1].indicator_table_found and sheet.indicator_table_found \
                and _names_no_other_project(sheet, out_sheets[-1]):
            out_segments[-1] = [*out_segments[-1], *seg]
            out_sheets[-1] = extract_goal_sheet(doc.model_copy(update={"blocks": out_segments[-1]}), fiscal_year)
            title = next((b.text.strip() for b in seg if b.kind != BlockKind.TABLE and b.text.strip()), "")
            continued[-1].append(f"“{title[:40]}”下的表格" if title else "后一张表格")
            _note_continued(out_sheets[-1], continued[-1])
            continue
        out_segments.append(seg)
        out_sheets.append(sheet)
        continued.append([])
    return out_sheets, [t for titles in continued for t in titles]


def _names_no_other_project(sheet: GoalSheet, before: GoalSheet) -> bool:
    if sheet.project_name:
        return L.norm_label(sheet.project_name) == L.norm_label(before.project_name)
    return not sheet.funds and sheet.annual_goal is None


def _note_continued(sheet: GoalSheet, continued: list[str]) -> None:
    sheet.note("layout", f"{'、'.join(continued)}是上一张指标表的续表（没有另写项目名称、资金和目标），按同一个项目读取。")


def _one_project_by_place(sheet: GoalSheet) -> bool:
    """A table giving each village its own value column under the form's own 项目名称, 资金总额 or 总体目标 is one
    project whose targets are set per place: it stays one sheet, each place's values checked and named."""
    if not sheet.indicators or not all(i.place for i in sheet.indicators) or not sheet.project_name \
            or (sheet.total_wan() is None and sheet.annual_goal is None):
        return False
    places = list(sheet.project_rows)
    sheet.project_rows = {}
    for ind in sheet.indicators:
        ind.project = ""
    sheet.note("layout", f"指标值按{len(places)}个地方分列（{'、'.join(places)}），项目名称、资金和总体目标按表头读取，"
                         "各地方的指标值逐一审核，问题中注明所属地方。")
    return True


def _labelled(sheets: list[GoalSheet]) -> list[GoalSheet]:
    for i, s in enumerate(sheets, start=1):
        s.project_label = f"第{i}个项目：{s.project_name or '（未写项目名称）'}"
    for s in sheets:  # the same note on every project: the result says it once
        s.note("layout", f"本文件包含{len(sheets)}个项目，已逐个审核，问题前标明所属项目。")
    return sheets


# A project's own header line inside a department's table: "（2）项目名称：校舍维修    主管部门：……".
_PROJECT_LINE = re.compile(r"^\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、．]|[一二三四五六七八九十]+[、.．])?\s*项目名称\s*[:：]\s*\S")


# A street office's sheet numbering its projects one under another: "项目1 | 某街道…… | 资金总额 | 48.00".
_NUMBERED_PROJECT = re.compile(r"^项目\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})$")


def numbered_project(cells: list[str]) -> tuple[str, int] | None:
    """(name, column) when a row opens a numbered project block ("项目2 | 名称 | 资金总额 | 54.00"): the label cell
    first, then a name that is no label or amount. None for any other row."""
    if not cells or not _NUMBERED_PROJECT.match(re.sub(r"\s+", "", cells[0])):
        return None
    for c, text in enumerate(cells[1:], start=1):
        if not text or text == cells[0]:
            continue
        if L.is_label(text) or money_to_wan(text) is not None or len(text) < 4:
            return None
        return text, c
    return None


def _numbered_name(blocks: list[Block], sheet: GoalSheet) -> GoalSheet:
    """A numbered project's name ("项目2 | 某街道……") as the sheet's 项目名称, when it has none of its own."""
    first = next((b for b in blocks if b.kind == BlockKind.TABLE and b.table is not None), None)
    if sheet.project_name or first is None or first.table is None:
        return sheet
    for r, row in enumerate(first.table.rows[:3]):  # the block's first table opens with the numbered row
        found = numbered_project([c.text.strip() for c in row])
        if found is not None:
            name, c = found
            sheet.fields["project_name"] = TextField(label=row[0].text.strip(), value=name,
                                                     location=first.location.model_copy(update={"row": r, "column": c}))
            break
    return sheet


def _share_unit_line(sheets: list[GoalSheet]) -> None:
    """The 填报单位 / 单位名称 line above the first numbered project ("单位名称：某街道办事处") holds for every project."""
    first = sheets[0]
    unit, name = first.fields.get("implementer"), first.fields.get("project_name")
    if unit is None or name is None or not _NUMBERED_PROJECT.match(re.sub(r"\s+", "", name.label)):
        return
    above = unit.location.table is None or (unit.location.table == name.location.table
                                            and (unit.location.row or 0) < (name.location.row or 0))
    if not above:
        return
    for s in sheets[1:]:
        if "implementer" not in s.fields:
            s.fields["implementer"] = unit
            s.note("header", f"表上方的“{unit.label}：{unit.value}”读作各项目的填报单位。", location=unit.location)


def _is_form_start(block: Block) -> bool:
    if block.kind != BlockKind.TABLE:
        return (bool(GOAL_SHEET_TITLE.search(block.text)) and len(block.text.strip()) <= 60) \
            or bool(_PROJECT_LINE.match(block.text))
    table = block.table
    if table is None:
        return False
    for r in range(min(3, table.n_rows)):
        cells = [c.text.strip() for c in table.rows[r]]
        if any(L.match(L.HEADER_INDEX, t) == "project_name" or _PROJECT_LINE.match(t) for t in cells) \
                and not header_groups(cells):
            return True
        if numbered_project(cells) is not None:
            return True
    return False


def _has_indicator_header(blocks: list[Block]) -> bool:
    for b in blocks:
        if b.kind == BlockKind.TABLE and b.table is not None and \
                any(header_groups([c.text.strip() for c in row]) for row in b.table.rows[:80]):
            return True
    return False


def _segments(doc: ParsedDocument) -> list[list[Block]]:
    """Runs of blocks, a new one starting at a form title or header table after an indicator table.

    A worksheet holding several forms one under another is one table: it is cut at each form's title row.
    """
    out: list[list[Block]] = [[]]
    for b in _cut_stacked_forms(doc.blocks):
        if _is_form_start(b) and _has_indicator_header(out[-1]):
            out.append([])
        out[-1].append(b)
    return [seg for seg in out if seg]


def _cut_stacked_forms(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        table = b.table
        if table is None or table.n_rows < 6:
            out.append(b)
            continue
        starts: list[int] = []
        seen_header = False
        for r, row in enumerate(table.rows):
            cells = [c.text.strip() for c in row]
            if header_groups(cells):
                seen_header = True
            elif seen_header and len(set(cells) - {""}) == 1 and \
                    (GOAL_SHEET_TITLE.search(" ".join(cells)) or any(_PROJECT_LINE.match(t) for t in cells)):
                starts.append(r)
                seen_header = False
            elif seen_header and numbered_project(cells) is not None:
                starts.append(r)  # the next numbered project's block under the previous one's indicators
                seen_header = False
        if not starts:
            out.append(b)
            continue
        bounds = [0, *starts, table.n_rows]
        for lo, hi in pairwise(bounds):
            part = table.model_copy(update={"rows": table.rows[lo:hi]})
            out.append(b.model_copy(update={"table": part}))
    return out


_SUBTOTAL = re.compile(r"^(?:合计|小计|总计|共计)")


def _allocated(doc: ParsedDocument, name: str) -> tuple[str, int]:
    """The amount an allocation table (镇 | 补助资金（万元） | …) gives ``name``, with its unit, and how many rows
    it adds up ('' and 0 if none). A table listed by village under each township ("甲镇 | 东村 | 12", then
    " | 西村 | 8" or the township repeated) gives the township the sum of its villages. The indicator table itself
    is not an allocation table, and a merged amount cell counts once (not once per row it covers)."""
    for _, table in doc.tables():
        if not table.rows or any(header_groups([c.text.strip() for c in row]) for row in table.rows[:3]):
            continue
        header = [c.text.strip() for c in table.rows[0]]
        money = [(i, u) for i, h in enumerate(header) if re.search(r"资金|金额|预算", h) and (u := unit_in_label(h))]
        for i, unit in money[:1]:
            amounts: list[str] = []
            place = ""
            for row in table.rows[1:]:
                texts = [c.text.strip() for c in row]
                if not texts or any(_SUBTOTAL.match(t) for t in texts):
                    place = ""
                    continue
                place = texts[0] or place  # a blank (merged) township cell continues the one above
                if place == name and i < len(texts) and texts[i] and not row[i].merged:
                    amounts.append(texts[i])
            if len(amounts) == 1:
                return amounts[0] + ("" if re.search(r"元|万", amounts[0]) else unit), 1
            values = [money_to_wan(a, unit) for a in amounts]
            if amounts and all(v is not None for v in values):
                return f"{sum(v or 0.0 for v in values):g}万元", len(amounts)
    return "", 0


def _above_projects(loc: Location, sheet: GoalSheet) -> bool:
    """A field written above the projects' rows ("填报单位：某县……中心" over the table) holds for all of them; one read
    inside the rows (a 单位名称 column) is one project's."""
    if loc.table is None:
        return True
    rows = [int(c["row"]) for c in sheet.project_rows.values() if c.get("table") == str(loc.table) and "row" in c]
    return loc.row is not None and bool(rows) and loc.row < min(rows)


# A line naming the publishing unit above a budget disclosure's table ("某县重大项目推进协调服务中心" under
# "2026年部门（单位）预算公开表"): an organisation's name and nothing else.
_UNIT_LINE = re.compile(r"^[\u4e00-\u9fff（）()·]{3,40}(?:中心|局|委员会|委|办公室|办事处|政府|站|所|院|馆|队|处|部|会|学校|小学|中学|"
                        r"幼儿园|医院|公司|集团|厂|社|台)$")


def _publishing_unit(doc: ParsedDocument) -> TextField | None:
    """The unit a multi-project disclosure table belongs to, named on a line of its own above the first table."""
    for b in doc.blocks:
        if b.kind == BlockKind.TABLE:
            return None
        text = re.sub(r"\s+", "", b.text)
        if _UNIT_LINE.match(text) and not re.search(r"表|预算|决算|公开|目标|年度|说明|\d", text):
            return TextField(label="单位名称", value=text, location=b.location)
    return None


def _split_rows(doc: ParsedDocument, sheet: GoalSheet) -> list[GoalSheet]:
    if "implementer" not in sheet.fields and "department" not in sheet.fields \
            and (publisher := _publishing_unit(doc)) is not None:
        sheet.fields["implementer"] = publisher
        sheet.note("header", f"表上方单独一行写的“{publisher.value}”读作各项目的填报单位。", location=publisher.location)
    unit = next((u for _, t in doc.tables() if (u := table_money_unit(t))), None) or document_money_unit(doc)
    # Project names that read like money labels ("……专项经费 | 38") were noted as unknown funds labels.
    names = {L.norm_label(n) for n in sheet.project_rows}
    out: list[GoalSheet] = []
    for name, cells in sheet.project_rows.items():
        part = sheet.model_copy(deep=True)
        part.project_rows = {}
        part.form = "project_row"
        part.unknown_fund_labels = [x for x in sheet.unknown_fund_labels if x not in names]
        part.notes = [n for n in part.notes if not (n.part == "funds" and L.norm_label(n.evidence) in names)]
        part.indicators = [i for i in sheet.indicators if i.project == name]
        loc = part.indicators[0].location if part.indicators else sheet.indicators[0].location
        row_loc = loc.model_copy(update={"row": int(cells.get("row", loc.row or 0)), "column": None})
        part.fields = {k: v for k, v in sheet.fields.items()
                       if k != "project_name" and (k != "implementer" or _above_projects(v.location, sheet))}
        part.fields["project_name"] = TextField(label="项目名称", value=name, location=row_loc)
        if cells.get("implementer"):
            part.fields["implementer"] = TextField(label="单位名称", value=cells["implementer"], location=row_loc)
        part.funds = {}
        if part.budget_detail_kind == "allocation" and out:
            part.budget_detail, part.budget_detail_kind = None, ""  # the notice's allocation table is checked once
        found, rows = _allocated(doc, name) if not cells.get("total") else ("", 0)
        if found:
            cells = {**cells, "total": found}
            if rows > 1:
                part.note("funds", f"资金按资金安排表中“{name}”下{rows}行（各村）的金额合计为{found}。")
        if cells.get("total"):
            part.funds["total"] = MoneyField(label="预算数", raw=cells["total"], value_wan=money_to_wan(cells["total"], unit),
                                             unit=unit, location=row_loc)
        for key, value in cells.items():
            if key.startswith(P_FUND):  # 财政拨款 | 其他资金 | 上年结转 columns beside the project's 资金总额
                assign_field(part, key.removeprefix(P_FUND), value, row_loc, unit_in_label(key) or unit)
        part.annual_goal = TextField(label="年度目标", value=cells["goal"], location=row_loc) if cells.get("goal") else None
        if len(part.funds) < 2:
            part.note("funds", "一表多项目的版式只列出各项目的预算数，没有资金来源构成，未核对来源合计。")
        out.append(part)
    return out
