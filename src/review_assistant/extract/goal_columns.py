"""Goal sheets laid out as two columns, ``栏目 | 填报内容``: every header field and every indicator is one row.

Indicator rows name their levels in the left cell ("产出指标—数量指标", "产出指标-时效指标", "效益指标/社会效益指标",
"产出指标（质量指标）", or just "数量指标") and list the targets in the right cell, several to a cell separated by
"；", line breaks or numbers ("1.…2.…"): "居家上门服务对象≥420人；上门服务次数≥5000人次". A row may also give the two
levels in two cells ("产出指标 | 数量指标 | 名称≥值").

Each target is read like a 公示 clause (``goal_text.clause_indicator``). A piece with several values that cannot be
cut into one target each ("覆盖率和满意度分别≥95%、≥90%") is not guessed at: it is kept in ``sheet.unsplit_indicators``
so the checks say what could not be read instead of reporting a missing value or family.
"""

from __future__ import annotations

import re

from review_assistant.extract import labels as L
from review_assistant.extract.goal_text import clause_indicator
from review_assistant.extract.models import GoalSheet, Indicator
from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument

# Between the two level names of a label cell: dashes, slashes, colons, ">" or an opening bracket.
_LABEL_SPLIT = re.compile(r"\s*(?:[—–－\-~～/／>＞·•:：|]+|[（(])\s*")
# Between targets in a content cell: semicolons, line breaks, full stops, or a number opening a target.
_PIECE_SPLIT = re.compile(r"[；;\n。]+|\s*(?<![\d.])(?:\d{1,2}\s*[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])\s*")
# Where a target's value starts: a comparison sign (or word) before a number or a date.
_VALUE_START = re.compile(r"(?:>=|<=|[≥≤<>=＞＜]|不低于|不少于|不高于|不超过)\s*\d")
_COMMA = re.compile(r"[，,、]")
# A second level opening a target inside a first-level row ("产出指标 | 数量指标：服务人次≥500人次；质量指标：…").
_LEVEL2_PREFIX = re.compile(r"^(?P<l2>[\u4e00-\u9fff]{2,12}指标)\s*[：:]\s*(?P<rest>\S.*)$", re.S)
# A level the form leaves empty ("产出指标—成本指标 | 无").
_NOTHING = {"无", "暂无", "—", "——", "-", "/", "／", "不适用", "不涉及", "无此项"}
# The column headers of such a sheet ("栏目 | 填报内容", "项目 | 内容").
_HEADER_WORDS = {"栏目", "项目", "内容", "填报内容", "申报内容", "具体内容", "填写内容"}


def level_label(text: str) -> tuple[str, str] | None:
    """(level1, level2) named by a label cell ("产出指标—数量指标" → 产出指标, 数量指标; "数量指标" → 产出指标, 数量指标;
    "成本指标—经济成本指标" → 成本指标, 经济成本指标); None when the cell is not a level label. level2 may be ''."""
    parts = [p for p in _LABEL_SPLIT.split(text.strip().rstrip("）)")) if p]
    if not parts or len(parts) > 2 or re.search(r"\d", text):
        return None
    if len(parts) == 1:
        return L.level_name(parts[0])
    first = L.norm_label(parts[0])
    first = first if first.endswith("指标") else first + "指标"
    if first not in L.LEVEL1_NAMES:
        return None
    second = L.level_name(parts[1])
    if second is not None and second[1]:
        return first, second[1]
    # A second level the vocabulary does not know ("产出指标—工作量指标"): kept as written when it is a short name.
    if len(parts[1]) <= 12 and re.fullmatch(r"[\u4e00-\u9fff]+", parts[1]):
        return first, parts[1]
    return None


def _pieces(content: str) -> list[str]:
    return [p.strip(" ，,、：:") for p in _PIECE_SPLIT.split(content) if p and p.strip(" ，,、：:")]


def _split_piece(piece: str) -> list[str] | None:
    """One target per part of ``piece``; None when it holds several values that cannot be told apart."""
    starts = list(_VALUE_START.finditer(piece))
    if len(starts) <= 1:
        return [piece]
    parts = [p.strip() for p in _COMMA.split(piece) if p.strip()]
    # Certain only when every part is "name + one value" ("A≥18处，B≥12.5公里").
    if all(len(found := _VALUE_START.findall(p)) == 1 and not p.startswith(found[0]) for p in parts):
        return parts
    return None


def _read_target(piece: str, l1: str, l2: str, block: Block) -> Indicator | None:
    ind = clause_indicator(piece, l1, l2, block)
    if ind is None or not re.search(r"[\u4e00-\u9fff]", ind.level3):
        return None
    start = _VALUE_START.search(piece)
    if start is not None and (start.start() == 0 or not ind.value_text.startswith(piece[start.start()])):
        return None  # a signed value without a name before it, or inside the text ("≥420人的服务对象"): not certain
    return ind.model_copy(update={"levels_inferred": False})


def _row_levels(texts: list[str]) -> tuple[str, str, int] | None:
    """The levels a row's leading cells name and how many cells they take (one "一级—二级" cell or two cells)."""
    first = level_label(texts[0])
    if first is None:
        return None
    if len(texts) > 2 and (second := level_label(texts[1])) is not None and not first[1] and second[1]:
        return first[0], second[1], 2
    return first[0], first[1], 1


def read_label_cells(doc: ParsedDocument, sheet: GoalSheet) -> None:
    """Read the indicator rows of a ``栏目 | 填报内容`` sheet into ``sheet`` (nothing when there are fewer than two)."""
    found: list[Indicator] = []
    unsplit: list[Indicator] = []
    for b in doc.blocks:
        if b.table is None:
            continue
        for r, row in enumerate(b.table.rows):
            texts = list(dict.fromkeys(c.text.strip() for c in row if c.text.strip()))
            if len(texts) < 2 or L.norm_label(texts[0]) in _HEADER_WORDS:
                continue
            levels = _row_levels(texts)
            if levels is None:
                continue
            l1, l2, used = levels
            content = "；".join(texts[used:])
            col = next((c for c, cell in enumerate(row) if cell.text.strip() == texts[used]), used)
            loc = b.location.model_copy(update={"row": r, "column": col})
            cell = Block(kind=BlockKind.PARAGRAPH, text=content, location=loc)
            for piece in _pieces(content):
                if piece in _NOTHING:
                    continue
                sub = l2
                if (m := _LEVEL2_PREFIX.match(piece)) and (named := L.level_name(m.group("l2"))) and named[1]:
                    sub, piece = named[1], m.group("rest")
                parts = _split_piece(piece)
                targets = [_read_target(p, l1, sub, cell) for p in parts] if parts is not None else [None]
                if all(t is not None for t in targets):
                    found.extend(t for t in targets if t is not None)
                else:
                    unsplit.append(_unsplit(piece, l1, sub, texts[:used], loc))
    if len(found) + len(unsplit) < 2:
        return
    sheet.indicators.extend(found)
    sheet.unsplit_indicators.extend(unsplit)
    sheet.indicator_table_found = True
    sheet.note("layout", "申报表为“栏目 | 填报内容”两列式，指标按“一级—二级”栏目逐格读取，一格中分号隔开的多条指标已逐条拆分。")
    for u in unsplit:
        sheet.note("indicators", f"栏目“{u.raw[0]}”中的“{u.value_text}”含有多个指标值，未能确定地拆分成单个指标，未计入指标。",
                   evidence=u.value_text, location=u.location)


def _unsplit(piece: str, l1: str, l2: str, label: list[str], loc: Location) -> Indicator:
    return Indicator(level1=l1, level2=l2, value_text=piece, raw=["—".join(label), piece], evidence=piece, location=loc)
