"""The 审核意见 draft (.docx): an official-style letter from the reviewer's accepted findings.

Only confirmed and edited findings are used; the reviewer's edited wording replaces the machine's.
Layout: title, addressee, project/unit/date block, overall conclusion in the configured vocabulary,
opinions grouped by dimension (一、二、…) and numbered (1. 2. …), each with the policy basis
(document + article) and the required change, then the issuer line and date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document

from review_assistant.checks.models import SEVERITY_ORDER, PolicyRef
from review_assistant.drafting.wordstyle import (
    HEADING_FONT,
    KAITI,
    TITLE_FONT,
    cn_date,
    cn_number,
    paragraph,
    setup_page,
    today_beijing,
)
from review_assistant.extract.models import KIND_ZH
from review_assistant.review.records import ReviewDetail
from review_assistant.review.results import conclusion_for
from review_assistant.settings import Settings


@dataclass
class OpinionItem:
    dimension: str
    severity: str
    message: str
    suggestion: str
    evidence: str = ""
    refs: list[PolicyRef] = field(default_factory=list)


@dataclass
class Opinion:
    project: str
    unit: str
    file_name: str
    kind: str
    conclusion: str
    items: list[OpinionItem]
    review_id: int | None = None
    issued: str = field(default_factory=today_beijing)
    note: str = ""


def opinion_from_review(detail: ReviewDetail, settings: Settings) -> Opinion:
    accepted = [f for f in detail.findings if f.accepted]
    items = [OpinionItem(dimension=f.dimension or "其他", severity=f.severity, message=f.final_message,
                         suggestion=f.final_suggestion, evidence=f.evidence, refs=f.policy_refs) for f in accepted]
    r = detail.review
    return Opinion(project=r.title, unit=r.unit or r.owner_unit or "", file_name=r.file_name, kind=r.kind or "",
                   conclusion=conclusion_for([i.severity for i in items], settings), items=items, review_id=r.id)


def ref_text(refs: Sequence[PolicyRef]) -> str:
    parts = []
    for p in refs:
        doc = p.document if p.document.startswith("《") else f"《{p.document}》"
        parts.append(doc + (f"（{p.doc_number}）" if p.doc_number else "") + (p.article or ""))
    return "；".join(parts)


def write_opinion(detail: ReviewDetail, settings: Settings, out: Path) -> Path:
    return render(opinion_from_review(detail, settings), out)


def render(op: Opinion, out: Path) -> Path:
    document = Document()
    setup_page(document)
    kind = KIND_ZH.get(op.kind, "申报材料")
    paragraph(document, f"关于“{op.project}”{kind}的审核意见", font=TITLE_FONT, size=22, align="center", indent=False)
    paragraph(document, "（初稿）", font=KAITI, size=16, align="center", indent=False)
    paragraph(document, "", indent=False)
    paragraph(document, f"{op.unit or '申报单位'}：", indent=False)
    facts = f"你单位报送的《{op.file_name}》（项目名称：{op.project}）已收悉。经审核，现提出审核意见如下。"
    paragraph(document, facts)
    if op.note:
        paragraph(document, op.note, font=KAITI)
    paragraph(document, f"审核结论：{op.conclusion}。", bold=True)
    if not op.items:
        paragraph(document, "经审核，未发现需要修改的问题。")
    groups: dict[str, list[OpinionItem]] = {}
    for item in sorted(op.items, key=lambda i: SEVERITY_ORDER.get(i.severity, 9)):
        groups.setdefault(item.dimension, []).append(item)
    for gi, (dimension, items) in enumerate(groups.items(), 1):
        paragraph(document, f"{cn_number(gi)}、{dimension}方面", font=HEADING_FONT)
        for ii, item in enumerate(items, 1):
            level = "须修改" if item.severity == "error" else "建议完善" if item.severity == "warning" else "提示"
            paragraph(document, f"{ii}. {item.message}（{level}）")
            if item.evidence:
                paragraph(document, f"原文：“{item.evidence}”", font=KAITI)
            if item.refs:
                paragraph(document, f"政策依据：{ref_text(item.refs)}。")
            if item.suggestion:
                paragraph(document, f"修改要求：{item.suggestion}")
    paragraph(document, "请按上述意见修改完善后重新报送。" if op.items else "特此反馈。")
    paragraph(document, "", indent=False)
    paragraph(document, "（审核单位盖章）", align="right", indent=False)
    paragraph(document, cn_date(op.issued), align="right", indent=False)
    if op.review_id is not None:
        paragraph(document, f"审核编号：{op.review_id}", size=10.5, align="left", indent=False)
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    return out
