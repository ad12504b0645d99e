"""The extractive answer: the clause's own words that answer the question, first; then the rest.

Layout (plain text, one item a line)::

    <the sentence of the best article that answers the question, with its list kept whole>〔1〕
    <up to two supporting sentences from other articles>〔2〕
    依据：〔1〕《标题》（文号）第X条；〔2〕…
    <which of two documents is more specific and which is newer, when two answer>
    （注：…sample / notes / abolished caveats）

A sentence that opens a list ("…包括以下内容：") is never shown without its items （一）（二）…,
1. 2. …, and an item is never shown without the sentence that opens its list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from review_assistant.kb.question import UNITS, asking_part, figure_pattern
from review_assistant.kb.rerank import figure_types
from review_assistant.kb.retrieve import Hit
from review_assistant.parsing.numbering import ARTICLE

_SENTENCE = re.compile(r"[^。；！？]+[。；！？]?")
_ITEM = re.compile(r"^\s*(?:（[一二三四五六七八九十]+）|\([一二三四五六七八九十\d]+\)|\d{1,2}[.、．]|[一二三四五六七八九十]+、|[①-⑳])")
_MAX_SUPPORT = 2
#: A sentence of another article is added when it scores at least this share of the lead's.
_SUPPORT_SHARE = 0.7
#: For a question asking a figure, another article's sentence stating a figure of that kind (a second
#: threshold, another deadline) is added at this lower share: the asker needs both figures side by side.
_FIGURE_SUPPORT_SHARE = 0.4
#: ... and when the best article states none, the best-ranked one that does leads at this share of its score.
_FIGURE_LEAD_SHARE = 0.25
_LEVEL_RANK = {"中央": 0, "省": 1, "市": 2, "区": 3, "单位": 4}
_LEVEL_ZH = {"中央": "中央", "省": "省级", "市": "市级", "区": "区级", "单位": "单位"}


@dataclass(frozen=True)
class Unit:
    """A sentence, or a list with the sentence that opens it: the smallest thing an answer quotes."""

    text: str
    parts: tuple[str, ...]
    position: int


def units(text: str) -> list[Unit]:
    """Split a clause (article number removed) into sentences, keeping each list whole."""
    body = ARTICLE.sub("", text, count=1).strip()
    out: list[Unit] = []
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    i = 0
    while i < len(lines):
        line = lines[i]
        if _ITEM.match(line) and out and out[-1].text.endswith(("：", ":")):
            # A list whose opening sentence is already a unit: attach the items to it.
            items = []
            while i < len(lines) and _ITEM.match(lines[i]):
                items.append(lines[i])
                i += 1
            last = out.pop()
            out.append(Unit("\n".join([last.text, *items]), (*last.parts, *items), last.position))
            continue
        if _ITEM.match(line):
            out.append(Unit(line, (line,), len(out)))
            i += 1
            continue
        for sentence in (s.strip() for s in _SENTENCE.findall(line)):
            if sentence:
                out.append(Unit(sentence, (sentence,), len(out)))
        i += 1
    return out


def _score(unit: Unit, q_tokens: set[str], idf: dict[str, float]) -> float:
    from review_assistant.kb.keywords import tokenize

    best = 0.0
    for part in unit.parts:
        if len(part) < 4:
            continue
        weight = sum(idf.get(t, 1.0) for t in q_tokens & set(tokenize(part)))
        best = max(best, weight / (1 + len(part) / 150))
    return best


def cite_label(hit: Hit) -> str:
    """《标题》（文号）第X条"""
    number = f"（{hit.doc_number}）" if hit.doc_number else ""
    return f"《{hit.title}》{number}{hit.article}"


def compare_documents(hits: list[Hit]) -> str:
    """Which of two answering documents is more specific (lower level) and which is newer."""
    docs: list[Hit] = []
    for h in hits:
        if all((d.title, d.doc_number) != (h.title, h.doc_number) for d in docs):
            docs.append(h)
    if len(docs) < 2:
        return ""
    a, b = docs[0], docs[1]
    parts = []
    ra, rb = _LEVEL_RANK.get(a.level or ""), _LEVEL_RANK.get(b.level or "")
    if ra is not None and rb is not None and ra != rb:
        local, upper = (a, b) if ra > rb else (b, a)
        parts.append(f"《{local.title}》是{_LEVEL_ZH[local.level or '']}文件，规定更具体，本地执行以它为准；"
                     f"《{upper.title}》是{_LEVEL_ZH[upper.level or '']}文件，是上位依据")
    if a.effective and b.effective and a.effective != b.effective:
        newer, older = (a, b) if a.effective > b.effective else (b, a)
        parts.append(f"较新的是《{newer.title}》（{newer.effective}），《{older.title}》为{older.effective}")
    return ("两份文件都有规定：" + "；".join(parts) + "。") if parts else ""


#: Kinds of figure a sentence states unmistakably (a count or a share can be "两种", "一级").
_CLEAR_KINDS = ("amount", "period")


def stated_figure(question: str) -> tuple[re.Pattern[str] | None, bool]:
    """For a question asking a figure, what states one of that kind (the unit it names decides: "多少天" wants
    days, not "6月末"), and whether such a statement is unmistakable: a unit named or an amount or a period."""
    kinds = figure_types(question)
    if not kinds:
        return None, False
    asking = asking_part(question)
    named = next((gives for asks, gives in UNITS if asks.search(asking)), None)
    return named or figure_pattern(kinds[0]), named is not None or kinds[0] in _CLEAR_KINDS


def extractive_answer(question: str, hits: list[Hit], idf: dict[str, float] | None = None) -> str:
    """The answering sentence of the best hit first, then supporting sentences; citations numbered as in ``hits``.

    For a question asking a figure the first sentence is one stating a figure of that kind when one of the
    three best articles has it ("10个工作日内" for "多少天之内"), and a second article's figure of that kind
    (a second threshold) is shown beside it.
    """
    from review_assistant.kb.keywords import tokenize

    if not hits:
        return ""
    idf = idf or {}
    q_tokens = set(tokenize(question))
    gives, clear = stated_figure(question)
    best: list[tuple[float, int, Unit]] = []  # per article: its best sentence, scored with the rank discount
    for rank, hit in enumerate(hits[:3]):
        candidates = units(hit.text) or ([Unit(hit.text, (hit.text,), 0)] if rank == 0 else [])
        if not candidates:
            continue
        if gives and any(gives.search(u.text) for u in candidates):
            # the sentence stating the figure asked, when the article has one
            candidates = [u for u in candidates if gives.search(u.text)]
        unit = max(candidates, key=lambda u: (_score(u, q_tokens, idf), -u.position))
        best.append((_score(unit, q_tokens, idf) * (1 - 0.15 * rank), rank, unit))
    lead_score, lead_rank, lead = best[0]
    if gives and clear and not gives.search(lead.text):
        stating = [b for b in best[1:] if gives.search(b[2].text) and b[0] >= _FIGURE_LEAD_SHARE * lead_score]
        if stating:
            lead_score, lead_rank, lead = stating[0]  # the best-ranked article stating it
    lines = [f"{lead.text}〔{lead_rank + 1}〕"]
    cited = [lead_rank]
    support: list[tuple[float, int, Unit]] = []
    for score, rank, unit in best:
        if rank == lead_rank or score <= 0:
            continue
        # a second figure of the kind asked, or the best-ranked article the figure's sentence displaced
        second_figure = bool(gives and gives.search(unit.text) and gives.search(lead.text))
        share = _FIGURE_SUPPORT_SHARE if second_figure or rank == 0 else _SUPPORT_SHARE
        if score >= share * lead_score:
            support.append((score, rank, unit))
    for _, rank, unit in sorted(support, key=lambda s: -s[0])[:_MAX_SUPPORT]:
        lines.append(f"{unit.text}〔{rank + 1}〕")
        cited.append(rank)
    lines.append("依据：" + "；".join(f"〔{r + 1}〕{cite_label(hits[r])}" for r in sorted(cited)))
    used = [hits[r] for r in sorted(cited)]
    comparison = compare_documents(used)
    if comparison:
        lines.append(comparison)
    caveats = [text for flag, text in (
        (any(h.sample for h in used), "引用含虚构示例文件，不能作为审核依据"),
        (any(h.notes for h in used), "引用含学习笔记（转述，条款序号为近似值），以官方原文为准"),
        (any(h.status != "有效" for h in used), "引用含已废止或已修订的文件：" + "；".join(dict.fromkeys(
            f"《{h.title}》{h.status}" + (f"，现行为{h.replaced_by}" if h.replaced_by else "")
            for h in used if h.status != "有效"))),
    ) if flag]
    if caveats:
        lines.append(f"（注：{'；'.join(caveats)}。）")
    return "\n".join(lines)
