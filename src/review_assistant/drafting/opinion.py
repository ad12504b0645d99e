"""The 审核意见 draft (.docx): an official-style letter from the reviewer's accepted findings.

Only confirmed and edited findings are used; the reviewer's edited wording replaces the machine's.
The overall conclusion is computed from those findings alone (never 审核通过 beside a confirmed
problem); a draft with undecided findings says how many are left out, and one forced past an
undecided error gives the conclusion as 待定 (never 审核通过 beside an undecided error). The letter is first laid out as :class:`Line` s — the same lines the workbench previews —
and then written with the GB/T 9704 fonts and margins of :mod:`drafting.wordstyle`: title, addressee,
the project with its unit, amount and (for a report) the appraisal's conclusion, score and
recommended budget; the conclusion; opinions grouped by dimension (一、二、…) and numbered, each with
its policy basis (every document once, with its articles) and the required change; then the
reviewing office, the date and page numbers.
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
    add_page_numbers,
    cn_date,
    cn_number,
    paragraph,
    setup_page,
    today_beijing,
)
from review_assistant.extract.models import KIND_ZH
from review_assistant.extract.values import fmt_wan
from review_assistant.review.records import ReviewDetail
from review_assistant.review.results import conclusion_for
from review_assistant.settings import Settings

LEVEL_ZH = {"error": "须修改", "warning": "建议完善", "info": "提示"}
NO_OFFICE = "（审核单位盖章）"


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
    kind: str
    conclusion: str
    items: list[OpinionItem]
    amount_wan: float | None = None
    appraisal_conclusion: str | None = None
    appraisal_score: float | None = None
    recommended_budget_wan: float | None = None
    office: str = ""
    review_id: int | None = None
    issued: str = field(default_factory=today_beijing)
    note: str = ""
    pending: int = 0  # findings still undecided (not in the letter): the letter never reads as a pass then


@dataclass(frozen=True)
class Line:
    """One paragraph of the letter: its role (which decides the style) and its text."""

    role: str  # title subtitle blank addressee body note conclusion heading item quote basis change closing office date meta
    text: str = ""


def opinion_from_review(detail: ReviewDetail, settings: Settings) -> Opinion:
    accepted = [f for f in detail.findings if f.accepted]
    items = [OpinionItem(dimension=f.dimension or "其他", severity=f.severity, message=f.final_message,
                         suggestion=f.final_suggestion, evidence=f.evidence, refs=f.policy_refs) for f in accepted]
    r = detail.review
    doc = r.result.get("document", {})
    words = settings.review.summary_conclusions
    conclusion = conclusion_for([i.severity for i in items], words)
    pending = [f for f in detail.findings if f.status == "pending"]
    note = ""
    if pending:
        # Say what is left out; a draft forced past an undecided error (--allow-pending / 仍然生成)
        # gives no conclusion that error could overturn.
        c = detail.counts()
        what = f"尚有 {c.pending} 项问题待审核人员确认" + (f"（其中“错误”级 {c.pending_error} 项）" if c.pending_error else "")
        note = f"说明：{what}，未写入本稿。"
        if c.pending_error and not any(i.severity == "error" for i in items):
            conclusion = f"待定（尚有 {c.pending_error} 项“错误”级问题待确认，确认后再定）"
    return Opinion(project=r.title, unit=r.unit or r.owner_unit or "", kind=r.kind or "", conclusion=conclusion,
                   items=items, amount_wan=doc.get("amount_wan"), appraisal_conclusion=doc.get("appraisal_conclusion"),
                   appraisal_score=doc.get("appraisal_score"), recommended_budget_wan=doc.get("recommended_budget_wan"),
                   office=settings.review.office_name, review_id=r.id, note=note, pending=len(pending))


def ref_text(refs: Sequence[PolicyRef]) -> str:
    """Policy references with each document named once: 《A》（文号）第三条、第五条；《B》第二条."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for p in refs:
        doc = p.document if p.document.startswith("《") else f"《{p.document}》"
        articles = grouped.setdefault((doc, p.doc_number or ""), [])
        if p.article and p.article not in articles:
            articles.append(p.article)
    return "；".join(doc + (f"（{number}）" if number else "") + "、".join(articles)
                    for (doc, number), articles in grouped.items())


def _facts(op: Opinion, kind: str) -> str:
    text = f"你单位报送的“{op.project}”{kind}已收悉。"
    if op.amount_wan is not None:
        text += f"该项目申请资金{fmt_wan(op.amount_wan)}。"
    appraisal = []
    if op.appraisal_conclusion:
        appraisal.append(f"评估结论为“{op.appraisal_conclusion}”")
    if op.appraisal_score is not None:
        appraisal.append(f"评估得分{op.appraisal_score:g}分")
    if op.recommended_budget_wan is not None:
        appraisal.append(f"建议预算控制数{fmt_wan(op.recommended_budget_wan)}")
    if appraisal:
        text += "事前绩效评估报告" + "，".join(appraisal) + "。"
    return text + "经审核，现提出审核意见如下。"


def opinion_lines(op: Opinion) -> list[Line]:
    """The letter as styled lines (the .docx and the workbench preview are both made from these)."""
    kind = KIND_ZH.get(op.kind, "申报材料")
    lines = [Line("title", f"关于“{op.project}”{kind}的审核意见"), Line("subtitle", "（初稿）"), Line("blank"),
             Line("addressee", f"{op.unit or '申报单位'}："), Line("body", _facts(op, kind))]
    if op.note:
        lines.append(Line("note", op.note))
    lines.append(Line("conclusion", f"审核结论：{op.conclusion}。"))
    problems = any(i.severity in {"error", "warning"} for i in op.items)
    if not op.items:
        lines.append(Line("body", "目前尚无已确认的问题。" if op.pending else "经审核，未发现需要修改的问题。"))
    elif not problems:
        lines.append(Line("body", "经审核，有以下事项请予关注。"))
    groups: dict[str, list[OpinionItem]] = {}
    for item in sorted(op.items, key=lambda i: SEVERITY_ORDER.get(i.severity, 9)):
        groups.setdefault(item.dimension, []).append(item)
    for gi, (dimension, items) in enumerate(groups.items(), 1):
        lines.append(Line("heading", f"{cn_number(gi)}、{dimension}方面"))
        for ii, item in enumerate(items, 1):
            lines.append(Line("item", f"{ii}. {item.message}（{LEVEL_ZH.get(item.severity, '提示')}）"))
            if item.evidence:
                lines.append(Line("quote", f"原文：“{item.evidence}”"))
            if item.refs:
                lines.append(Line("basis", f"政策依据：{ref_text(item.refs)}。"))
            if item.suggestion:
                lines.append(Line("change", f"修改要求：{item.suggestion}"))
    closing = "请按上述意见修改完善后重新报送。" if problems else "请在项目实施中关注上述提示事项。" if op.items \
        else "特此反馈。"
    lines += [Line("closing", closing), Line("blank"), Line("office", op.office or NO_OFFICE),
              Line("date", cn_date(op.issued))]
    if op.review_id is not None:
        lines.append(Line("meta", f"审核编号：{op.review_id}"))
    return lines


_STYLE: dict[str, dict[str, object]] = {
    "title": {"font": TITLE_FONT, "size": 22, "align": "center", "indent": False},
    "subtitle": {"font": KAITI, "size": 16, "align": "center", "indent": False},
    "blank": {"indent": False},
    "addressee": {"indent": False},
    "note": {"font": KAITI},
    "conclusion": {"bold": True},
    "heading": {"font": HEADING_FONT},
    "quote": {"font": KAITI},
    "office": {"align": "right", "indent": False},
    "date": {"align": "right", "indent": False},
    "meta": {"size": 10.5, "align": "left", "indent": False},
}


def write_opinion(detail: ReviewDetail, settings: Settings, out: Path) -> Path:
    return render(opinion_from_review(detail, settings), out)


def render(op: Opinion, out: Path) -> Path:
    document = Document()
    setup_page(document)
    for line in opinion_lines(op):
        paragraph(document, line.text, **_STYLE.get(line.role, {}))  # type: ignore[arg-type]
    add_page_numbers(document)
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    return out
