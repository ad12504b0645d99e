"""Named text sections of a document, for putting only what a rule needs into its prompt.

Goal sheets come from ``ctx.goal_sheet``; appraisal reports from ``ctx.report`` (the report model's
``sections`` with canonical keys, the one section finder in ``extract/report_sections.py``). Every
section's text is document text as extracted (table rows as their cells joined by spaces), so a
quote the model copies from it is found again by ``ParsedDocument.contains``. A rule whose sections
the document lacks gets the whole text.
"""

from __future__ import annotations

from dataclasses import dataclass

from review_assistant.checks.base import CheckContext
from review_assistant.extract.models import GoalSheet
from review_assistant.extract.report_sections import SECTION_NAMES
from review_assistant.parsing.model import BlockKind, ParsedDocument

SECTION_ZH = {
    "header": "申报表表头", "funds": "项目资金", "annual_goal": "年度绩效目标", "long_term_goal": "长期绩效目标",
    "indicators": "绩效指标", "text": "项目概况与说明", **SECTION_NAMES, "full": "全文",
}


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    text: str


def document_sections(ctx: CheckContext) -> dict[str, Section]:
    """Every section this document offers, by canonical key."""
    out: dict[str, Section] = {}
    report = ctx.report
    for s in report.sections if report is not None else []:
        text = s.text.strip()
        if s.key and text:
            prev = out.get(s.key)
            merged = f"{prev.text}\n{text}" if prev else text
            out[s.key] = Section(s.key, SECTION_ZH.get(s.key, s.title), merged)
    sheet = ctx.goal_sheet or (report.goal_sheet if report is not None else None)
    if sheet is not None:
        for key, section in _sheet_sections(sheet, ctx.document).items():
            out.setdefault(key, section)
    out["full"] = Section("full", "全文", ctx.document.full_text)
    return out


def select_sections(available: dict[str, Section], wanted: tuple[str, ...]) -> list[Section]:
    """The wanted sections that exist, in the wanted order; the whole text when none exists.

    A parent section (评估对象基本情况) often holds its children's text too: text already chosen
    is not sent twice (a section wholly inside a chosen one is skipped; a chosen one inside a later
    section is cut out of it), which keeps small models' prompts short.
    """
    chosen: list[Section] = []
    for key in wanted:
        section = available.get(key)
        if section is None or not section.text.strip():
            continue
        text = section.text
        if any(text.strip() in c.text for c in chosen):
            continue
        for c in chosen:
            text = text.replace(c.text.strip(), "")
        text = "\n".join(line for line in text.splitlines() if line.strip())
        if text.strip():
            chosen.append(Section(section.key, section.title, text))
    return chosen or [available["full"]]


def _sheet_sections(sheet: GoalSheet, doc: ParsedDocument) -> dict[str, Section]:
    out: dict[str, Section] = {}
    header = [f"{f.label} {f.value}" for f in sheet.fields.values() if f.value]
    if header:
        out["header"] = Section("header", SECTION_ZH["header"], "\n".join(header))
    funds = [f"{m.label} {m.raw}" for m in sheet.funds.values() if m.raw]
    if funds:
        out["funds"] = Section("funds", SECTION_ZH["funds"], "\n".join(funds))
    if sheet.annual_goal and sheet.annual_goal.value:
        out["annual_goal"] = Section("annual_goal", SECTION_ZH["annual_goal"], sheet.annual_goal.value)
    if sheet.long_term_goal and sheet.long_term_goal.value:
        out["long_term_goal"] = Section("long_term_goal", SECTION_ZH["long_term_goal"], sheet.long_term_goal.value)
    rows = [_row_text(ind.raw) for ind in sheet.indicators if ind.raw]
    if rows:
        out["indicators"] = Section("indicators", SECTION_ZH["indicators"], "\n".join(rows))
    paragraphs = [b.text for b in doc.blocks if b.kind != BlockKind.TABLE and b.text.strip()]
    if paragraphs:
        out["text"] = Section("text", SECTION_ZH["text"], "\n".join(paragraphs))
    return out


def _row_text(cells: list[str]) -> str:
    """Cells joined like ``Table.row_text`` (merged repeats dropped), so quotes match the document."""
    seen: list[str] = []
    for c in cells:
        if c and (not seen or seen[-1] != c):
            seen.append(c)
    return " ".join(seen)
