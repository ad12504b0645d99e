"""Reviewer decisions and drafts as plain functions: what the workbench shows after each click.

Validation problems come back as an inline hint (shown next to the field), never as an exception:
no red panel, no toast, nothing in the server log. A stale decision (someone else changed the
finding since it was opened) comes back as the service's message naming who and when.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document

from review_assistant.errors import InputError
from review_assistant.review.records import STATUS_ZH, ReviewDetail, StoredFinding
from review_assistant.review.service import ReviewService
from review_assistant.review.users import User
from review_assistant.ui import render

ACTIONS = ("confirm", "reject", "edit", "reset")


@dataclass
class Decision:
    saved: str = ""  # the status line under the buttons
    hint: str = ""  # the inline hint next to the reason / edit field
    done: bool = False  # the store committed the decision


def hint_html(text: str) -> str:
    return f'<span class="ra-hint">{render.esc(text)}</span>' if text else ""


def do_action(service: ReviewService, user: User, finding_id: int | None, action: str, *,
              reason: str = "", message: str = "", suggestion: str = "") -> Decision:
    """Apply one decision; the saved line is shown only after the store committed it."""
    if finding_id is None:
        return Decision(hint="请先在问题列表中选择一个问题。")
    if action not in ACTIONS:
        return Decision(hint=f"未知操作“{action}”。")
    if action == "reject" and not reason.strip():
        return Decision(hint="请填写驳回理由（例如：该指标已在总表中体现）。")
    if action == "edit" and not message.strip():
        return Decision(hint="请填写修改后的问题描述。")
    try:
        if action == "confirm":
            f = service.confirm(user, finding_id)
        elif action == "reject":
            f = service.reject(user, finding_id, reason)
        elif action == "edit":
            f = service.edit(user, finding_id, message, suggestion)
        else:
            f = service.reset(user, finding_id)
    except InputError as exc:
        return Decision(hint=exc.message)
    return Decision(saved=f"已保存：问题 {f.id}（{f.rule_id}）{STATUS_ZH[f.status]}。", done=True)


def next_pending(findings: Sequence[StoredFinding], current: int | None) -> int | None:
    """The first pending finding after ``current`` in list order, wrapping round; None when all are decided."""
    ids = [f.id for f in findings if f.status == "pending"]
    if not ids:
        return None
    order = [f.id for f in findings]
    if current in order:
        pos = order.index(current)
        later = [f.id for f in findings[pos + 1:] if f.status == "pending"]
        if later:
            return later[0]
    return ids[0]


def pending_errors(detail: ReviewDetail) -> int:
    return sum(1 for f in detail.findings if f.status == "pending" and f.severity == "error")


@dataclass
class Draft:
    path: str | None = None
    warning: str = ""  # shown with the 仍然生成 button when errors are pending
    preview: str = ""


def draft_opinion(service: ReviewService, user: User, review_id: int | None, *, allow_pending: bool = False) -> Draft:
    """The 审核意见 draft, or a warning naming how many error-level findings are still pending."""
    if review_id is None:
        return Draft(warning="请先选择一条审核记录。")
    waiting = pending_errors(service.get_review(user, review_id))
    if waiting and not allow_pending:
        return Draft(warning=f"尚有 {waiting} 项错误级问题待确认。审核意见只写入已确认的问题，现在生成可能与审核结果不符。"
                             "请先处理这些问题；确需现在生成，请点击“仍然生成”。")
    out = Path(tempfile.mkdtemp(prefix="ra-draft-")) / f"审核意见_{review_id}.docx"
    service.draft_opinion(user, review_id, out)
    return Draft(path=str(out), preview=docx_preview(out))


def docx_preview(path: Path) -> str:
    """The draft as it will be downloaded: its paragraphs (and tables) read back from the .docx."""
    doc = Document(str(path))
    parts = ['<div class="ra-preview">']
    for p in doc.paragraphs:
        text = p.text.strip()
        if not text:
            continue
        align = p.alignment
        cls = "ra-pv-c" if align is not None and int(align) == 1 else "ra-pv-r" if align is not None and int(align) == 2 else ""
        parts.append(f'<p class="{cls}">{render.esc(text)}</p>')
    for t in doc.tables:
        rows = "".join("<tr>" + "".join(f"<td>{render.esc(c.text)}</td>" for c in r.cells) + "</tr>" for r in t.rows)
        parts.append(f'<table class="ra-doc-table">{rows}</table>')
    parts.append("</div>")
    return "".join(parts)
