"""Named text sections of a document, for putting only what a rule needs into its prompt.

Goal sheets come from ``ctx.goal_sheet``; appraisal reports from ``ctx.report`` (the report model's
``sections`` with canonical keys) when it was extracted, else from the document's headings. Every
section's text is document text as extracted (table rows as their cells joined by spaces), so a
quote the model copies from it is found again by ``ParsedDocument.contains``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from review_assistant.checks.base import CheckContext
from review_assistant.extract.models import GoalSheet
from review_assistant.parsing.model import BlockKind, ParsedDocument

SECTION_ZH = {
    "header": "申报表表头", "funds": "项目资金", "annual_goal": "年度绩效目标", "long_term_goal": "长期绩效目标",
    "indicators": "绩效指标", "text": "项目概况与说明", "basic_info": "评估对象基本情况", "background": "立项背景",
    "content": "主要内容", "goals": "绩效目标", "funding": "资金构成", "necessity": "立项必要性",
    "economy": "投入经济性", "goal_rationality": "绩效目标合理性", "feasibility": "实施方案可行性",
    "funding_compliance": "筹资合规性", "overall_conclusion": "总体结论", "suggestions": "相关建议", "other": "其他需要说明的问题",
    "full": "全文",
}

# Heading keywords for reports when the report model is absent (first match wins).
_HEADING_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("necessity", ("必要性",)),
    ("economy", ("经济性", "预算科学性", "保障充分性")),
    ("goal_rationality", ("目标合理性",)),
    ("feasibility", ("可行性", "可持续性")),
    ("funding_compliance", ("合规性", "支持方式")),
    ("overall_conclusion", ("总体结论", "评估结论")),
    ("other", ("其他需要说明", "其他说明", "其他事项")),
    ("suggestions", ("建议",)),
    ("background", ("背景", "立项依据")),
    ("content", ("主要内容", "实施内容", "建设内容")),
    ("goals", ("绩效目标",)),
    ("funding", ("资金构成", "资金来源", "预算安排")),
    ("basic_info", ("基本情况", "概况")),
)


_NUMBERED = re.compile(r"^(?:第[一二三四五六七八九十\d]+[部分章节]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])")


def _is_heading(kind: BlockKind, text: str) -> bool:
    """A styled heading, or a short numbered line that is not a sentence (PDFs lose heading styles)."""
    if kind == BlockKind.HEADING:
        return True
    return len(text) <= 30 and not text.endswith(("。", "；", ";")) and bool(_NUMBERED.match(text))


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    text: str


class SectionsProvider(Protocol):
    def __call__(self, ctx: CheckContext) -> dict[str, Section]: ...


def document_sections(ctx: CheckContext) -> dict[str, Section]:
    """Every section this document offers, by canonical key."""
    out: dict[str, Section] = {}
    report = ctx.report
    report_sections = getattr(report, "sections", None) if report is not None else None
    if report_sections:
        for s in report_sections:
            key = str(getattr(s, "key", "") or "")
            text = str(getattr(s, "text", "") or "").strip()
            if key and text:
                prev = out.get(key)
                merged = f"{prev.text}\n{text}" if prev else text
                out[key] = Section(key, SECTION_ZH.get(key, str(getattr(s, "title", key))), merged)
    elif ctx.kind == "appraisal_report":
        out.update(_heading_sections(ctx.document))
    sheet = ctx.goal_sheet or getattr(report, "goal_sheet", None)
    if isinstance(sheet, GoalSheet):
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


def _heading_sections(doc: ParsedDocument) -> dict[str, Section]:
    out: dict[str, list[str]] = {}
    current: str | None = None
    for b in doc.blocks:
        text = b.text.strip()
        if not text:
            continue
        if b.table is None and _is_heading(b.kind, text):
            key = next((k for k, words in _HEADING_KEYS if any(w in text for w in words)), None)
            if key is not None:
                current = key
                out.setdefault(key, [])
                continue
        if current is not None:
            if b.table is not None:
                out[current].extend(b.table.row_text(i) for i in range(b.table.n_rows))
            else:
                out[current].append(text)
    return {k: Section(k, SECTION_ZH.get(k, k), "\n".join(v)) for k, v in out.items() if v}
