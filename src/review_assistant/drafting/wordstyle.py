"""Shared Word formatting for the official-style drafts (GB/T 9704 conventions, simplified)."""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
KAITI = "楷体_GB2312"
_CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 12 → 十二, 21 → 二十一 (enough for headings)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def cn_date(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def today_beijing() -> str:
    """Today's date at the bureau (UTC+8), ISO format: the server may run on UTC."""
    from datetime import datetime, timedelta, timezone

    return datetime.now(timezone(timedelta(hours=8))).date().isoformat()


def set_font(run: Any, name: str, size_pt: float, *, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)


def setup_page(document: Any) -> None:
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def paragraph(document: Any, text: str, *, font: str = BODY_FONT, size: float = 16, bold: bool = False,
              align: str = "justify", indent: bool = True) -> Any:
    p = document.add_paragraph()
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                   "left": WD_ALIGN_PARAGRAPH.LEFT}.get(align, WD_ALIGN_PARAGRAPH.JUSTIFY)
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    set_font(p.add_run(text), font, size, bold=bold)
    return p


def add_page_numbers(document: Any, *, font: str = "宋体", size: float = 14) -> None:
    """Page numbers centred in the footer as “— 1 —” (GB/T 9704: 4号 digits with a dash each side)."""
    for section in document.sections:
        p = section.footer.paragraphs[0] if section.footer.paragraphs else section.footer.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run("— "), font, size)
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = p.add_run("1")  # shown until Word updates the field
        set_font(run, font, size)
        field.append(run._r)
        p._p.append(field)
        set_font(p.add_run(" —"), font, size)
