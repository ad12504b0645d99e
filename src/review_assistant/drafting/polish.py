"""Optional LLM polish of the review-opinion draft (审核意见). The template draft stays the default.

The model may only rephrase: code checks that every number, quoted text, 文号 and 条款 of the
template survives, and that no new ones appear; otherwise the template is returned with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from review_assistant.checks.models import Finding
from review_assistant.parsing.model import normalize_ws

if TYPE_CHECKING:  # pragma: no cover
    from review_assistant.llm.models import ChatHandle, Usage

_FACTS = (
    re.compile(r"\d+(?:\.\d+)?\s*(?:%|万元|元|亿元)?"),
    re.compile(r"“[^”]+”"),
    re.compile(r"[\u4e00-\u9fa5]+〔\d{4}〕\d+号"),
    re.compile(r"第[一二三四五六七八九十百零\d]+条"),
)
_NUM = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class PolishResult:
    text: str
    polished: bool
    reason: str = ""


def template_draft(findings: Sequence[Finding], project: str = "") -> str:
    """The plain template draft: one numbered paragraph per finding, facts verbatim."""
    lines = [f"关于{project}的审核意见：" if project else "审核意见："]
    for i, f in enumerate(findings, 1):
        parts = [f"{i}. {f.dimension + '方面，' if f.dimension else ''}{f.message.rstrip('。')}。"]
        if f.evidence:
            parts.append(f"原文为“{f.evidence}”。")
        refs = "、".join(f"《{r.document}》{f'（{r.doc_number}）' if r.doc_number else ''}{r.article or ''}"
                        for r in f.policy_refs[:2])
        if refs:
            parts.append(f"依据{refs}。")
        if f.suggestion:
            parts.append(f"建议{f.suggestion.removeprefix('建议')}")
        lines.append("".join(parts))
    return "\n".join(lines)


def facts_of(text: str) -> set[str]:
    return {normalize_ws(m.group(0)) for rx in _FACTS for m in rx.finditer(text)}


def check_polish(template: str, polished: str) -> str:
    """Empty when ``polished`` keeps every fact of ``template`` and adds no number; else the reason."""
    flat = normalize_ws(polished)
    missing = sorted(f for f in facts_of(template) if f not in flat)
    if missing:
        return f"润色稿遗漏或改动了：{'、'.join(missing[:5])}"
    new_numbers = set(_NUM.findall(polished)) - set(_NUM.findall(template))
    if new_numbers:
        return f"润色稿出现了模板稿中没有的数字：{'、'.join(sorted(new_numbers)[:5])}"
    return ""


def polish_draft(findings: Sequence[Finding], handle: ChatHandle, *, project: str = "",
                 usage: Usage | None = None) -> PolishResult:
    """The LLM-polished draft when it keeps every fact; otherwise the template draft and why."""
    from langchain_core.messages import HumanMessage

    from review_assistant.errors import ModelError
    from review_assistant.llm.prompts import data_block, load_prompts

    template = template_draft(findings, project)
    if not findings:
        return PolishResult(template, polished=False, reason="没有需要写入意见的问题")
    block, _ = data_block([("模板稿", template)])
    try:
        reply = handle.invoke([HumanMessage(load_prompts()["_polish"].render(draft=block))], usage)
    except ModelError as exc:
        return PolishResult(template, polished=False, reason=exc.message)
    text = reply.content.strip() if isinstance(reply.content, str) else ""
    why = check_polish(template, text) if text else "模型没有输出"
    return PolishResult(template, polished=False, reason=why) if why else PolishResult(text, polished=True)
