"""Goal sheets written as prose: a 公示/通知 page whose paragraphs list the project, funds and targets.

Typical body (宁夏、湖南 county and township notices): one paragraph naming the fund document, the
amount, the person in charge, the works and the overall target; then "一、产出指标 二、效益指标
三、满意度指标", each with "数量指标：名称（≥**株）>=17600株；名称>=85；……". Targets are read one
clause at a time; a clause with no recognisable value is kept as a qualitative indicator.
"""

from __future__ import annotations

import re

from review_assistant.extract import labels as L
from review_assistant.extract.models import GoalSheet, Indicator, MoneyField, TextField
from review_assistant.extract.values import MONEY_UNIT_RE, money_to_wan, parse_value
from review_assistant.parsing.model import Block, BlockKind, ParsedDocument

_SECTION = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])?\s*"
                      r"(?P<l1>产出指标|效益指标|满意度指标|成本指标)\s*[：:]?\s*(?P<rest>.*)$", re.S)
_LEVEL2 = re.compile(r"(?P<l2>[\u4e00-\u9fff]{2,10}(?:指标|目标))\s*[：:]")
# A numbered line that opens with a level name: "1.数量指标：送戏下乡场次 ≥120场；……" (no 产出指标 heading above).
_LEVEL_LINE = re.compile(r"^\s*(?:\d+\s*[.、．)）]|[（(]\d+[)）]|[一二三四五六七八九十]+[、.．])?\s*"
                         r"(?P<l2>[\u4e00-\u9fff]{2,12}指标)\s*[：:]\s*(?P<rest>\S.*)$", re.S)
_CLAUSE_SPLIT = re.compile(r"[；;。]|，(?=[\u4e00-\u9fff]{2,10}(?:指标|目标)[：:])")
_PLACEHOLDER = re.compile(r"[（(][^（）()]*\*\*[^（）()]*[)）]")
_SIGN_WORD = r"(?:>=|<=|[≥≤<>=＞＜]|不低于|不少于|不高于|不超过|达到|达)"
# A date target, signed or not: "≤2026年12月31日", "2025年11月底前".
_DATE_TARGET = (r"(?:" + _SIGN_WORD + r"\s*)?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
                r"\s*(?:之前|以前|前|底前|底|止)?")
_VALUE_TAIL = re.compile(
    r"(?P<value>" + _DATE_TARGET + "|" + _SIGN_WORD + r"\s*\d[\d,.]*\s*[^\s，,；;。、（(]{0,6}"
    r"|\d[\d,.]*\s*%(?:以上|以下)?)\s*$"
)
_NOTICE_TITLE = re.compile(r"关于(?P<name>.+?)(?:项目)?绩效目标(?:设定|设置|申报|情况)?的?(?:公示|公告|通知)")
_FUNDS = re.compile(r"(?:资金|投资|预算|安排)[^，。；]{0,12}?(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
                    rf"(?P<unit>{MONEY_UNIT_RE})")
_LEADER = re.compile(r"项目负责人\s*[：:为是]?\s*(?P<v>[\u4e00-\u9fff]{2,4})")
_OVERALL = re.compile(r"(?:总体)?绩效目标(?:是|为)?[：:]\s*(?P<v>[^。]+。?)")
_SIGNER = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|局|委员会|中心|办公室|街道办事处|管理委员会)$")
_DATE_LINE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def read_notice(doc: ParsedDocument, sheet: GoalSheet) -> None:
    """Fill ``sheet`` from paragraphs when the document has no indicator table but reads as a notice.

    A one-column indicator table whose cells each hold level, name and value ("数量指标：临时救助人次
    ≥800人次") is read the same way, cell by cell.
    """
    paragraphs: list[Block] = []
    in_cells = 0
    for b in doc.blocks:
        if b.kind != BlockKind.TABLE:
            if b.text.strip():
                paragraphs.append(b)
        elif b.table is not None:  # a notice pasted into a spreadsheet: one text cell per row
            for r, row in enumerate(b.table.rows):
                texts = list(dict.fromkeys(c.text.strip() for c in row if c.text.strip()))
                level_cells = [(c, t) for c, t in enumerate(texts) if _is_level_line(t)]
                if len(texts) == 1 or level_cells:
                    c, text = level_cells[0] if level_cells else (0, texts[0])
                    in_cells += bool(level_cells and len(texts) > 1)
                    paragraphs.append(Block(kind=BlockKind.PARAGRAPH, text=text,
                                            location=b.location.model_copy(update={"row": r, "column": c})))
    found = _indicators(paragraphs)
    if len(found) < 2:
        return
    sheet.indicators.extend(found)
    sheet.indicator_table_found = True
    if in_cells >= 2:
        sheet.form = "level_in_cell"
        sheet.note("layout", "指标表只有一栏，级别、指标名称和指标值写在同一单元格里（如“数量指标：…≥…”），已逐格拆分读取。")
    else:
        sheet.form = "notice"
        sheet.note("layout", "本文件是公示或通知正文，没有申报表表格；项目信息和绩效指标从段落中读取，表头栏目可能不全。")
    _header(paragraphs, sheet)


def _is_level_line(text: str) -> bool:
    m = _LEVEL_LINE.match(text)
    return bool(m and L.level_name(m.group("l2")))


def count_level_lines(texts: list[str]) -> int:
    """How many distinct indicator levels open a line of ``texts`` ("1.数量指标：…", "满意度指标：…")."""
    found = {m.group("l2") for t in texts if (m := _LEVEL_LINE.match(t.strip())) and L.level_name(m.group("l2"))}
    return len(found)


def _indicators(paragraphs: list[Block]) -> list[Indicator]:
    out: list[Indicator] = []
    l1 = ""
    for b in paragraphs:
        text = b.text.strip()
        m = _SECTION.match(text)
        lm = _LEVEL_LINE.match(text)
        named = L.level_name(lm.group("l2")) if lm else None
        if lm and named and named[1]:
            l1 = named[0]  # "1.数量指标：……" with no 产出指标 heading: the level names its own level 1
            text = text[lm.start("l2"):]
        elif m:
            l1 = m.group("l1")
            text = m.group("rest")
        elif not l1:
            continue
        elif not (_LEVEL2.search(text) or _VALUE_TAIL.search(text.rstrip("。；;"))):
            l1 = ""  # the targets have ended (a closing sentence, the signature, the date)
            continue
        if not text:
            continue
        l2 = ""
        for clause in _CLAUSE_SPLIT.split(text):
            clause = clause.strip(" ，,、")
            if not clause:
                continue
            lm = _LEVEL2.match(clause)
            if lm:
                l2 = lm.group("l2").replace("目标", "指标")
                clause = clause[lm.end():].strip()
                if not clause:
                    continue
            named = L.level_name(l2) if l2 else None
            this_l1 = named[0] if named and named[0] else l1
            ind = clause_indicator(clause, this_l1 or l1, l2, b)
            if ind is not None:
                out.append(ind)
    return out


def clause_indicator(clause: str, l1: str, l2: str, b: Block) -> Indicator | None:
    """One target clause ("名称≥值", "名称（≥**%）>=85", a phrase kept as qualitative); None when it has no name."""
    placeholder = _PLACEHOLDER.search(clause)
    # The template's placeholder names the unit the value should have: "（≥**%）" → %.
    hint = re.sub(r"[（()）≥≤<>=\s*]|以上|以下", "", placeholder.group(0)) if placeholder else ""
    name = _PLACEHOLDER.sub("", clause.lstrip("★☆*＊ ")).strip()
    vm = _VALUE_TAIL.search(name)
    value = vm.group("value").strip() if vm else ""
    if vm:
        name = name[: vm.start()].strip(" ，,：:")
    if not name or len(name) > 40:
        return None
    if not value:
        value = name  # a qualitative target written as a phrase ("生态修复功能提高")
    pv = parse_value(value, unit_hint=hint or None)
    written = parse_value(value).unit
    return Indicator(
        level1=l1, level2=l2, level3=name, sign=pv.sign, value_text=value, number=pv.number, date_value=pv.date_value,
        unit=pv.unit, qualitative=pv.qualitative, raw=[clause], evidence=clause, location=b.location,
        levels_inferred=not l2, number_high=pv.number_high,
        unit_hinted=bool(hint) and pv.number is not None and pv.unit is not None and written != pv.unit,
    )


def _header(paragraphs: list[Block], sheet: GoalSheet) -> None:
    for b in paragraphs[:4]:
        if (m := _NOTICE_TITLE.search(b.text)) and "project_name" not in sheet.fields:
            sheet.fields["project_name"] = TextField(label="公示标题", value=m.group("name").strip(), location=b.location)
            if not sheet.title:
                sheet.title = b.text.strip()[:80]
    body = [b for b in paragraphs if not _SECTION.match(b.text.strip())]
    funds_done = any(k != "total" for k in sheet.funds)
    for b in body:
        text = b.text
        if not funds_done and (m := _FUNDS.search(text)):
            funds_done = _funds_sentence(sheet, b, text, m.group("num") + m.group("unit"), m.group("unit"))
        if "leader" not in sheet.fields and (m := _LEADER.search(text)):
            sheet.fields["leader"] = TextField(label="项目负责人", value=m.group("v"), location=b.location)
        if sheet.annual_goal is None and (m := _OVERALL.search(text)):
            sheet.annual_goal = TextField(label="总体绩效目标", value=m.group("v").strip(), location=b.location)
    for b in reversed(paragraphs[-4:]):
        text = b.text.strip()
        if _DATE_LINE.match(text) and "fill_date" not in sheet.fields:
            sheet.fields["fill_date"] = TextField(label="公示日期", value=text, location=b.location)
        elif _SIGNER.match(text) and "implementer" not in sheet.fields:
            sheet.fields["implementer"] = TextField(label="落款单位", value=text, location=b.location)


def _funds_sentence(sheet: GoalSheet, b: Block, text: str, raw: str, unit: str) -> bool:
    """The total and sources in one sentence ("年度资金总额85万元，其中县级财政资金60万元，上级补助资金25万元").

    Returns whether the funds are settled (a later sentence naming an amount is then not the funds).
    """
    from review_assistant.extract.goal_sheet import (  # goal_sheet imports this module
        assign_field,
        money_pairs,
    )

    pairs = money_pairs(text)
    for label, value in pairs:
        assign_field(sheet, label, value, b.location, "万元")
    if not pairs and "total" in sheet.funds:
        return False  # a line of its own already gave the total: this sentence is something else
    if "total" not in sheet.funds:
        sheet.funds["total"] = MoneyField(label="正文所述资金", raw=raw, value_wan=money_to_wan(raw), unit=unit,
                                          location=b.location)
    sources = [f for k, f in sheet.funds.items() if k != "total"]
    if sources:
        sheet.note("funds", f"资金总额和来源取自正文（{'、'.join(f.label + f.raw for f in sources)}）。",
                   evidence=text[:60], location=b.location)
    else:
        sheet.note("funds", f"资金总额取自正文（{raw}），正文没有列出资金来源构成。", evidence=raw, location=b.location)
    return True
