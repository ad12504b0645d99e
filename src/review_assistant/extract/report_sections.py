"""Finding the canonical sections of an ex-ante appraisal report, whatever its layout.

Reports arrive as Word files with heading styles, Word files whose headings are plain numbered
paragraphs (一、 （一） 1. （1）), and PDFs where every heading is just a line of text. A heading is
therefore recognised from any of: a heading style, a numbering prefix, or a short line that is one of
the known section names. The name is then mapped to a canonical key through a synonym table, which
covers the Henan five-dimension format, the Beijing 评估内容 format and the policy variants
(政策设立必要性 …). A heading written inline ("（一）立项必要性。该项目……") keeps its body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, Field

from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument
from review_assistant.parsing.numbering import CN_NUMERALS

# Canonical key → (Chinese name used in messages, synonyms as written in reports).
SECTION_SYNONYMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "basic_info": ("评估对象基本情况", (
        "评估对象基本情况", "事前绩效评估对象基本情况", "评估对象概况", "项目基本情况", "项目概况", "基本情况",
        "政策基本情况", "项目（政策）基本情况", "政策概况", "评估对象情况", "评估对象",
        # the 概况 row of the 一体化 事前绩效评估表 (名称, 绩效目标, 资金构成, 概况 …)
        "概况")),
    "background": ("立项背景", ("立项背景", "项目背景", "政策背景", "立项依据", "项目立项背景", "背景情况")),
    "content": ("主要内容", ("主要内容", "项目主要内容", "政策主要内容", "实施内容", "项目内容", "建设内容")),
    "goals": ("绩效目标", ("绩效目标", "项目绩效目标", "预期绩效目标", "政策绩效目标", "预期绩效")),
    "funding": ("资金构成", ("资金构成", "资金来源", "项目资金", "资金情况", "预算安排", "资金构成及来源",
                         "项目资金构成", "资金预算", "预算情况", "资金安排", "资金来源及构成")),
    "work": ("评估工作开展情况", (
        "评估工作开展情况", "评估工作情况", "评估工作开展", "评估程序和方法", "评估程序及方法", "评估方法",
        "评估程序", "评估目的", "评估原则", "评估目的及对象", "评估思路及方式方法", "评估思路及方式、方法",
        "评估工作程序", "评估依据", "评估方式", "评估思路", "评估工作概述", "评估工作概况", "评估工作开展情况概述",
        # 事前论证报告 and 评审意见 write 论证/评审 for 评估
        "论证工作情况", "论证工作开展情况", "论证程序和方法", "论证方法", "评审工作情况", "评审工作开展情况", "评审程序",
        "评审过程", "评估过程", "论证过程")),
    "assessment": ("综合评估情况与评估结论", (
        "综合评估情况与评估结论", "综合评估情况及评估结论", "综合评估情况", "评估内容", "评估情况",
        "评估内容及结论", "评估分析", "评估情况及结论", "论证内容", "论证情况", "论证分析", "评审内容", "评审情况")),
    "necessity": ("立项必要性", (
        "立项必要性", "必要性分析", "政策设立必要性", "项目必要性", "必要性论证", "立项必要性分析",
        "项目立项必要性", "设立必要性", "实施必要性", "必要性")),
    "economy": ("投入经济性", (
        "投入经济性", "经济性论证", "经济性分析", "政策保障充分性", "投入经济性分析", "投入的经济性",
        "项目预算科学性", "预算科学性", "经济性")),
    "goal_rationality": ("绩效目标合理性", (
        "绩效目标合理性", "目标合理性", "政策目标合理性", "绩效目标设置合理性", "绩效目标合理性分析")),
    "feasibility": ("实施方案可行性", (
        "实施方案可行性", "实施可行性", "可行性分析", "政策实施可持续性", "可行性论证", "实施方案可行性分析",
        "方案可行性", "可行性")),
    "funding_compliance": ("筹资合规性", (
        "筹资合规性", "政策资金合规性", "财政支持方式科学性", "财政支持方式", "筹资合规性分析", "资金来源合规性",
        "筹资方式合规性", "筹资合规")),
    "overall_conclusion": ("总体结论", (
        "总体结论", "评估结论", "综合评估结论", "总体评估结论", "结论", "评估总体结论", "综合结论", "评估意见",
        # local words of 评审意见, 事前论证报告 and county reports
        "评审结论", "论证结论", "评价结论", "综合评价结论", "总体评价结论", "综合评审结论", "专家评审结论", "审核结论",
        "审查结论", "总体评价", "综合评价", "论证意见", "评审意见及建议", "结论及建议", "结论与建议", "结论和建议",
        "评估结论及建议", "评估结论和建议", "评审结论及建议", "论证结论及建议")),
    "suggestions": ("相关建议", (
        "相关建议", "评估建议", "建议", "意见和建议", "有关建议", "评估的相关建议", "相关意见建议", "对策建议",
        "改进建议", "工作建议", "意见建议", "存在问题及建议", "问题和建议", "主要问题及建议")),
    "other": ("其他需要说明的问题", (
        "其他需要说明的问题", "其他说明事项", "其他事项", "其他需说明的问题", "需要说明的其他问题",
        "其他需要说明的事项", "其他问题", "其他说明")),
}

SECTION_NAMES: dict[str, str] = {key: name for key, (name, _) in SECTION_SYNONYMS.items()}
DIMENSION_KEYS = ("necessity", "economy", "goal_rationality", "feasibility", "funding_compliance")
# The core word of each dimension. A heading that carries one but is no known name ("必要性和可行性",
# "预算的合理性和投入的经济性") is a merged heading that may cover several dimensions.
DIMENSION_CORE_WORDS: dict[str, tuple[str, ...]] = {
    "necessity": ("必要性",), "economy": ("经济性",), "goal_rationality": ("合理性", "可实现性"),
    "feasibility": ("可行性",), "funding_compliance": ("合规性",),
}
# Keys that sit at the top of the hierarchy when a heading carries neither style nor numbering.
_TOP_KEYS = {"basic_info", "work", "assessment", "suggestions", "other"}

_CN = CN_NUMERALS
# (rank, pattern) for numbering prefixes; rank 1 is the outermost.
_NUMBERING: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^第[{_CN}\d]+(?:部分|章)\s*")),
    (1, re.compile(rf"^[{_CN}]{{1,3}}\s*[、.．]\s*")),
    (2, re.compile(rf"^[（(]\s*[{_CN}]{{1,3}}\s*[)）]\s*[、.．]?\s*")),
    (3, re.compile(r"^\d{1,2}\s*(?:[、]|[.．](?!\d))\s*")),
    (4, re.compile(r"^[（(]\s*\d{1,2}\s*[)）]\s*[、.．]?\s*")),
    (5, re.compile(r"^[①-⑳]\s*")),
)
_TITLE_END = re.compile(r"[。：:；;，,！？!?]")
_MAX_TITLE = 24
_TRAILING_SCORE = re.compile(r"[（(][^（()）]*\d[^（()）]*[）)]\s*$")
_NORM_DROP = re.compile(r"[\s\u3000“”\"'‘’《》、.．（）()]+")


def norm_title(text: str) -> str:
    """A heading title reduced for synonym matching (no spaces, quotes, brackets or trailing 情况分析)."""
    return _NORM_DROP.sub("", text)


def _synonym_index() -> list[tuple[str, str]]:
    pairs = [(norm_title(s), key) for key, (_, syns) in SECTION_SYNONYMS.items() for s in syns]
    return sorted(pairs, key=lambda p: -len(p[0]))


_INDEX = _synonym_index()
_EXACT = {syn: key for syn, key in reversed(_INDEX)}


_PREFIXES = ("关于", "项目", "政策", "对")
_SUFFIXES = ("分析", "论证", "情况", "评价", "评估", "说明", "方面", "审核", "论述")


def _strip_affixes(t: str) -> str:
    t = t.replace("的", "")
    changed = True
    while changed and t:
        changed = False
        for p in _PREFIXES:
            if t.startswith(p) and len(t) > len(p) + 1:
                t, changed = t[len(p):], True
        for s in _SUFFIXES:
            if t.endswith(s) and len(t) > len(s) + 1:
                t, changed = t[: -len(s)], True
    return t


def _names_exactly(title: str) -> bool:
    """The title is a section name as such (qualifiers such as 项目/分析 aside), not a name inside a longer phrase:
    "1.项目必要性充分，……" is an opinion's sentence, "1.立项必要性，……" a heading with its text inline."""
    t = norm_title(title)
    return t in _EXACT or _strip_affixes(t) in _EXACT


def canonical_key(title: str) -> str:
    """The canonical key of a heading title, or "" when it names no known section.

    Exact synonyms win, then a synonym once qualifiers such as 项目/政策 and 分析/论证 are dropped,
    then (for synonyms of four or more characters) the longest synonym the title contains with at
    most four extra characters. So 绩效目标合理性 is not read as 绩效目标, 综合评估情况与评估结论 not as
    评估结论, and a sentence such as 建议加强资金管理 is not a 建议 heading.
    """
    t = norm_title(title)
    if not t or len(t) > _MAX_TITLE:
        return ""
    exact = _EXACT.get(t) or _EXACT.get(_strip_affixes(t))
    if exact:
        return exact
    for syn, key in _INDEX:
        if len(syn) >= 4 and syn in t and len(t) - len(syn) <= 4:
            return key
    if _CONCLUSION_TITLE.match(t):
        return "overall_conclusion"  # "专家组结论", "主要结论", "项目论证结论"
    return ""


# Words of a numbered title that gives a verdict ("专家组总体意见", "综合评议"): a heading even with its text inline.
_VERDICT_TITLE = re.compile(r"结论|意见|评价|评议")
# A short title that ends in 结论 and names no dimension: the report's conclusion in local words.
_CONCLUSION_TITLE = re.compile(r"^[^性]{0,6}结论$")


class ReportSection(BaseModel):
    """One heading of the report and the text under it (including its sub-sections)."""

    key: str = Field("", description="Canonical key (necessity, economy …) or '' for other headings")
    title: str = Field(description="Heading title as written, without its number")
    heading: str = Field(description="The heading line as written (number included): quotable evidence")
    number: str = Field("", description="Numbering prefix as written, e.g. 一、 or （一）")
    level: int = Field(description="Depth: 1 outermost")
    text: str = Field("", description="Body text under the heading, sub-sections included")
    location: Location = Field(default_factory=Location)
    block_start: int = Field(description="Index of the heading block in the document")
    block_end: int = Field(description="Index one past the section's last block")
    parent: int | None = Field(None, description="Index of the enclosing section in AppraisalReport.sections")
    inline: bool = Field(False, description="Heading and body share one paragraph")
    table_row: bool = Field(False, description="Read from a table row (a scoring table's dimension, a form's 栏目 | 内容), "
                                               "not from a heading: the text is the row's other cells")
    tables: list[int] = Field(default_factory=list, description="Indices of the tables under the section")


@dataclass
class _Heading:
    block: int
    number: str
    title: str
    rank: int
    body: str  # inline body text after the title
    heading: str


def _numbering(text: str) -> tuple[int, str, str] | None:
    for rank, pattern in _NUMBERING:
        m = pattern.match(text)
        if m:
            return rank, text[: m.end()].strip(), text[m.end():]
    return None


def _split_title(rest: str) -> tuple[str, str, str]:
    """Split "立项必要性。该项目……" into title, separator and inline body."""
    # A separator inside brackets ("立项必要性（得分18分，满分20分）：") does not end the title.
    depth = 0
    for i, ch in enumerate(rest):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and _TITLE_END.match(ch):
            return _drop_score(rest[:i].strip()), ch, rest[i + 1:].strip()
    return _drop_score(rest.strip()), "", ""


def _drop_score(title: str) -> str:
    """A trailing bracketed score or weight ("（得分18分，满分20分）", "（20分）") is not part of the title."""
    m = _TRAILING_SCORE.search(title)
    return title[: m.start()].rstrip() if m and m.start() > 0 else title


_TOC_LINE = re.compile(r"(?:[.．·…。]\s*){4,}\s*\d{1,3}\s*$|…{2,}\s*\d{1,3}\s*$")


_TOC_PAGE = re.compile(r"(?<!\d)[ \t\u3000]*\d{1,3}$")


def _is_bare_toc_line(text: str) -> bool:
    """A known section name followed by a page number, with no dot leaders ("一、评估对象基本情况    2",
    "一、项目基本情况4"): headings never end in a bare number."""
    m = _TOC_PAGE.search(text)
    if not m:
        return False
    head = text[: m.start()]
    numbered = _numbering(head)
    return bool(canonical_key((numbered[2] if numbered else head).strip()))


def heading_of(block: Block) -> _Heading | None:
    """Whether ``block`` opens a section, and how (rank, number, title, inline body)."""
    if block.kind == BlockKind.TABLE:
        return None
    text = block.text.strip()
    if not text or _TOC_LINE.search(text):
        return None  # empty, or a contents-page entry ("一、评估对象 ........ 3")
    if _is_bare_toc_line(text):
        return None  # a contents entry without dot leaders ("一、评估对象基本情况 3")
    styled = block.kind == BlockKind.HEADING
    numbered = _numbering(text)
    if numbered is not None:
        rank, number, rest = numbered
        title, sep, body = _split_title(rest)
        if canonical_key(title) and not (sep in "，," and sep and body and not _names_exactly(title)):
            return _Heading(-1, number, title, rank, body, text)
        if sep in "：:" and sep and len(norm_title(title)) <= 16 and \
                any(w in title for words in DIMENSION_CORE_WORDS.values() for w in words):
            return _Heading(-1, number, title, rank, body, text)  # a merged dimension heading
        if sep in "：:" and sep and len(norm_title(title)) <= 10 and _VERDICT_TITLE.search(title):
            return _Heading(-1, number, title, rank, body, text)  # "六、专家组总体意见：……": a verdict in local words
        short = len(norm_title(rest)) <= _MAX_TITLE and not rest.rstrip().endswith(("。", "；", ";"))
        if styled or short:
            return _Heading(-1, number, rest.strip().rstrip("：:"), rank, "", text)
        return None
    if styled:
        return _Heading(-1, "", text.rstrip("：:"), block.level or 1, "", text)
    # An unnumbered, unstyled line is a heading only when it is a known section name, alone or
    # followed by a colon ("立项必要性：该项目……").
    title, sep, body = _split_title(text)
    key = canonical_key(title)
    size = len(norm_title(title))
    if key and size <= 12 and (not body or (sep in "：:" and size >= 4)):
        return _Heading(-1, "", title, 1 if key in _TOP_KEYS else 2, body, text)
    return None


def find_sections(doc: ParsedDocument) -> list[ReportSection]:
    """All headings of ``doc`` with their text and nesting."""
    heads: list[_Heading] = []
    for i, block in enumerate(doc.blocks):
        h = heading_of(block)
        if h is None:
            continue
        if block.kind == BlockKind.HEADING and not h.number and _is_document_title(block.text):
            continue
        h.block = i
        heads.append(h)
    sections: list[ReportSection] = []
    stack: list[int] = []
    for n, h in enumerate(heads):
        end = len(doc.blocks)
        for later in heads[n + 1:]:
            if later.rank <= h.rank:
                end = later.block
                break
        while stack and sections[stack[-1]].level >= h.rank:
            stack.pop()
        parent = stack[-1] if stack else None
        body_parts = [h.body] if h.body else []
        tables: list[int] = []
        for b in doc.blocks[h.block + 1:end]:
            if b.kind == BlockKind.TABLE:
                if b.location.table is not None:
                    tables.append(b.location.table)
                continue
            body_parts.append(b.text.strip())
        block = doc.blocks[h.block]
        sections.append(ReportSection(
            key=canonical_key(h.title), title=h.title, heading=h.heading, number=h.number, level=h.rank,
            text="\n".join(p for p in body_parts if p), location=block.location.model_copy(update={"section": h.title}),
            block_start=h.block, block_end=end, parent=parent, inline=bool(h.body), tables=tables,
        ))
        stack.append(len(sections) - 1)
    _resolve_context(sections)
    sections.extend(_merged_copies(sections))
    headed = {s.key for s in sections if s.key}
    # A scoring table stands for the sections only when it is the whole assessment (no dimension has a
    # heading). In a report written by sections, a dimension that only the appendix 评分表 names has no section.
    if not headed & set(DIMENSION_KEYS):
        sections.extend(table_dimension_sections(doc, headed))
    # The 一体化 事前绩效评估表 (栏目 | 内容: 概况, 评估程序, 五性, 总体结论, 相关建议 …) has no headings at all: its rows
    # are the sections. A table with fewer such rows is a field table inside a written report, not the report.
    if not headed:
        found = {s.key for s in sections if s.key}
        others = tuple(k for k in SECTION_SYNONYMS if k not in DIMENSION_KEYS)
        sections.extend(table_dimension_sections(doc, found, others, min_keys=_FORM_MIN_KEYS))
    return sections


_FORM_MIN_KEYS = 3


def table_dimension_sections(doc: ParsedDocument, found: set[str], keys: tuple[str, ...] = DIMENSION_KEYS,
                             min_keys: int = 1) -> list[ReportSection]:
    """Sections assessed in the rows of a table when no heading names them: the dimensions of a scoring table
    ("一、立项必要性（20分） | 审核要点 | 分值 | 审核意见 | 得分"), or the 栏目 of a two-column form ("总体结论 | 评估得分88分，
    予以支持。"). The rows' other cells are that section's text; a table counts when its first column names at least
    ``min_keys`` of ``keys``."""
    out: dict[str, ReportSection] = {}
    for i, b in enumerate(doc.blocks):
        if b.table is None:
            continue
        rows: list[tuple[int, str, str, str, tuple[int, str, str] | None, str]] = []
        for r, row in enumerate(b.table.rows):
            first = row[0].text.strip() if row else ""
            numbered = _numbering(first)
            title = _drop_score((numbered[2] if numbered else first).strip())
            key, inline = canonical_key(title), ""
            if key not in keys and numbered:  # a form's "1. 立项必要性：项目涉及老旧小区27个……" in one cell
                head, _sep, inline = _split_title(numbered[2])
                key, title = (canonical_key(head), head) if inline else (key, title)
            if key in keys:
                rows.append((r, key, first, title, numbered, inline))
        if len({key for _, key, *_ in rows}) < min_keys:
            continue
        for r, key, first, title, numbered, inline in rows:
            if key in found:
                continue
            rest = [inline] if inline else []
            rest += [c.text.strip() for c in b.table.rows[r][1:] if c.text.strip() and c.text.strip() != first]
            if key in out:
                out[key].text = "\n".join([out[key].text, " ".join(rest)]).strip()
                continue
            out[key] = ReportSection(
                key=key, title=title, heading=first, number=numbered[1] if numbered else "",
                level=1 if key in _TOP_KEYS else 2, text=" ".join(rest),
                location=b.location.model_copy(update={"row": r, "column": 0, "section": title}),
                block_start=i, block_end=i, tables=[b.location.table] if b.location.table is not None else [],
                table_row=True,
            )
    return list(out.values())


_JOIN = re.compile(r"与|和|及|暨|、|兼")


def _merged_copies(sections: list[ReportSection]) -> list[ReportSection]:
    """Short county reports merge dimensions under one heading ("立项必要性与可行性", "投入经济性和筹资合规性"):
    the section counts for each dimension it names (a copy per extra dimension, appended at the end)."""
    out: list[ReportSection] = []
    for s in sections:
        if s.key and s.key not in DIMENSION_KEYS:
            continue
        parts = [p for p in _JOIN.split(s.title) if p]
        keys = list(dict.fromkeys(k for k in (canonical_key(p) for p in parts) if k in DIMENSION_KEYS))
        if len(keys) < 2:
            continue
        if not s.key:
            s.key = keys[0]
        out.extend(s.model_copy(update={"key": key}) for key in keys if key != s.key)
    return out


def _is_document_title(text: str) -> bool:
    return bool(re.search(r"报告|评估书|论证书", text)) and not canonical_key(text)


def _resolve_context(sections: list[ReportSection]) -> None:
    """Drop keys that the nesting shows to be local: "3. 结论" or "建议" inside 立项必要性 belongs to that
    dimension (it is not the report's overall conclusion), and "1. 必要性" inside 投入经济性 is not a second
    necessity section."""
    for s in sections:
        if s.key in {"overall_conclusion", "suggestions"} and s.parent is not None:
            parent = sections[s.parent]
            if parent.key in DIMENSION_KEYS:
                s.key = ""
        if s.key in DIMENSION_KEYS and s.parent is not None and sections[s.parent].key in DIMENSION_KEYS:
            s.key = ""
