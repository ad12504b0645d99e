"""A goal sheet's title line and its budget year, with where the year was read (title, 预算年度, 项目期限, ...)."""

from __future__ import annotations

import re
from pathlib import Path

from review_assistant.extract import labels as L
from review_assistant.extract.models import GoalSheet
from review_assistant.extract.values import half_width, year_in_text, year_opening_name
from review_assistant.parsing.model import BlockKind, ParsedDocument

GOAL_SHEET_TITLE = re.compile(r"绩效目标(申报|申报表|表|审核表|审批表|设定)|绩效目标和指标|项目支出绩效目标")


_ANNEX_LIST = re.compile(r"^附\s*件\s*\d*\s*[:：]\s*\d")


def sheet_title(doc: ParsedDocument) -> str:
    """The form's title line; one that names the year wins over a bare sheet name, and a worksheet's own title
    row wins over the sheet's name ("绩效目标表" as the tab of a "部门整体支出绩效目标申报表")."""
    candidates: list[str] = []
    sheet_names: list[str] = []
    annex_lists: list[str] = []
    # The lines above the first table (a funds notice runs a dozen paragraphs before its 附件2 title), at least ten.
    first_table = next((i for i, b in enumerate(doc.blocks) if b.kind == BlockKind.TABLE), len(doc.blocks))
    for b in doc.blocks[:min(max(10, first_table), 30)]:
        if b.kind != BlockKind.TABLE and GOAL_SHEET_TITLE.search(b.text):
            text = b.text.strip()
            # "附件：1.资金分配表  2.绩效目标申报表": a notice's list of attachments, a title only when nothing else is.
            (sheet_names if b.style == "sheet" else annex_lists if _ANNEX_LIST.match(text) else candidates).append(text)
    # The form's own title row: in the first table, or in the first one that has one (a workbook whose first
    # worksheet is the department's 财政拨款收支总表 and whose second is "2025年项目支出绩效目标表"). A cover sheet's title
    # with no year ("项目支出绩效目标申报材料") lets the next worksheet's dated title row ("2027年度……申报表") in too.
    for _, t in doc.tables()[:3]:
        rows = [t.row_text(r).strip() for r in range(min(3, t.n_rows)) if GOAL_SHEET_TITLE.search(t.row_text(r))]
        if not rows:
            # A worksheet that opens with the notice sending the form out ("某县财政局关于下达……的通知", its paragraphs,
            # 落款, "附件"): the form's title is the first lone short row naming a goal sheet, above its first label row.
            for r in range(3, min(16, t.n_rows)):
                cells = {c.text.strip() for c in t.rows[r] if c.text.strip()}
                if len(cells) > 1:
                    break
                if len(cells) == 1 and len(text := cells.pop()) <= 60 and GOAL_SHEET_TITLE.search(text):
                    rows.append(text)
                    break
        candidates += rows
        if any(year_in_text(row) for row in rows):
            break
    candidates += sheet_names + annex_lists
    with_year = [c for c in candidates if year_in_text(c)]
    if with_year or candidates:
        return (with_year or candidates)[0][:80]
    return (doc.title or doc.first_heading_or_paragraph())[:80]


_YEAR_BANNER = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年度?\s*[)）]|((?:19|20)\d{2})\s*年度")
_ANY_YEAR = re.compile(r"((?:19|20)\d{2})")
_FILL_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:年|[.\-/])\s*(1[0-2]|0?[1-9])")


def sheet_fiscal_year(doc: ParsedDocument, sheet: GoalSheet) -> tuple[int | None, str]:
    """The budget year and where it came from, in order of trust; (None, '') when undecidable.

    Title (or a "（2025年度）" line or first-table row) → 预算年度 field → 项目期限 (one year only) →
    a project name that starts with its year → 填报日期 (a date from July on is for next year's budget) → a year in the file name.
    """
    if sheet.title and (y := year_in_text(sheet.title)):
        span = L.YEAR_SPAN.search(half_width(sheet.title))
        if span is None:
            return y, "title"
        # A title over several years ("（2027—2029年滚动）"): the 预算年度 the form states is the year under review;
        # without one, a rolling plan starts at its budget year.
        field = sheet.fields.get("budget_year")
        if field and (m := _ANY_YEAR.search(field.value)):
            return int(m.group(1)), "budget_year"
        return (int(span.group(1)) if "滚动" in sheet.title else y), "title"
    for b in doc.blocks[:6]:
        if b.kind != BlockKind.TABLE and (m := _YEAR_BANNER.search(b.text)) and len(b.text.strip()) <= 60:
            return int(m.group(1) or m.group(2)), "title"
    first = next((b for b in doc.blocks[:3] if b.kind != BlockKind.TABLE and b.text.strip()), None)
    if first is not None and len(first.text.strip()) <= 60 and (y := year_in_text(first.text)):
        return y, "title"  # the document's own title ("关于下达2025年……资金的通知")
    for _, t in doc.tables()[:1]:
        for r in range(min(12, t.n_rows)):
            cells = {c.text.strip() for c in t.rows[r] if c.text.strip()}
            row = t.row_text(r)
            if len(cells) == 1 and len(row) <= 80 and (m := _YEAR_BANNER.search(row)):
                return int(m.group(1) or m.group(2)), "title"  # a "（2025年度）" line inside a sheet
            if r == 0 and len(cells) == 1 and len(row) <= 60 and (y := year_in_text(row)):
                return y, "title"  # the document title as the first row of a worksheet
    field = sheet.fields.get("budget_year")
    if field and (m := _ANY_YEAR.search(field.value)):
        return int(m.group(1)), "budget_year"
    spans = [sheet.fields[k].value for k in ("period", "start_date", "end_date") if k in sheet.fields]
    years = sorted({int(y) for text in spans for y in _ANY_YEAR.findall(text)})
    if len(years) == 1:
        return years[0], "period"
    name = sheet.fields.get("project_name")
    if name and (y := year_opening_name(name.value)):
        return y, "project_name"  # a fund named by its year ("2025年省级乡村振兴试点示范专项资金")
    fill = sheet.fields.get("fill_date")
    if fill and (m := _FILL_DATE.search(fill.value)):
        year, month = int(m.group(1)), int(m.group(2))
        return (year + 1 if month >= 7 else year), "fill_date"
    file_name = Path(doc.path).name if doc.path else ""
    found = {int(y) for y in _ANY_YEAR.findall(file_name)}
    if len(found) == 1:
        return found.pop(), "file_name"
    return None, ""
