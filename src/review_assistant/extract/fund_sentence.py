"""The 资金构成 sentence of a report or a prose goal sheet: "（四）资金构成。资金总额96.00万元，其中区级财政拨款70.00万元、
上年结转资金16.00万元。" gives the total and the sources the sentence lists after its one "其中"."""

from __future__ import annotations

import re

from review_assistant.extract import labels as L
from review_assistant.parsing.model import Block, BlockKind

# A paragraph headed by the funds item of a report's basic information ("（四）资金构成。", "资金来源：").
_COMPOSITION_HEAD = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+\s*[、.．])?\s*"
    r"(?:项目)?(?:资金构成|资金来源|资金筹措|资金安排|资金情况|资金来源及构成|资金规模)\s*[。：:．.]")


_SENTENCE_END = ("。", "；", ";", "！")


def composition_text(blocks: list[Block], index: int) -> str:
    """The paragraph at ``index`` with the lines a PDF split off it ("……上年结转资金" / "16.00万元。"): following text
    blocks are joined while the sentence has not ended, up to three of them."""
    text = blocks[index].text.strip()
    if not _COMPOSITION_HEAD.match(text):
        return text
    for b in blocks[index + 1:index + 4]:
        if text.endswith(_SENTENCE_END) or b.kind == BlockKind.TABLE or not b.text.strip():
            break
        text += b.text.strip()
    return text


def composition_pairs(text: str, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (label, amount) pairs of a 资金构成 sentence that split its total, total first; [] when ``text`` is no such
    sentence or its split is not plain. ``pairs`` are the fund amounts ``text`` writes, in order.

    Only "总额X，其中A Y、B Z" is read: the first amount names the total and every other amount comes after the one
    "其中". A sentence that splits a source ("申请区级财政资金86.40万元，其中一般公共预算拨款86.40万元") or nests a
    second 其中 or brackets ("财政拨款70万元（其中上级50万元）") is left alone."""
    if not _COMPOSITION_HEAD.match(text) or len(pairs) < 2 or L.match(L.FUND_INDEX, pairs[0][0]) != "total":
        return []
    body = _COMPOSITION_HEAD.sub("", text, count=1)
    if body.count("其中") != 1 or re.search(r"[（(]", body):
        return []
    first_end = body.find(pairs[0][1]) + len(pairs[0][1])
    split = body.find("其中")
    if first_end <= 0 or split < first_end or re.search(r"\d", body[first_end:split]):
        return []
    if any(L.match(L.FUND_INDEX, label) in {None, "total"} for label, _ in pairs[1:]):
        return []
    last_end = body.rfind(pairs[-1][1]) + len(pairs[-1][1])
    if re.search(r"[\u4e00-\u9fff\d]", body[last_end:]):
        return []  # more is written after the last amount ("、上年结转资金" cut off by a line break): not read whole
    return [(re.sub(r"^其中\s*[:：]?", "", label), value) for label, value in pairs]
