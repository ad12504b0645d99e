"""Reviewer decisions and drafts as plain functions: what the workbench shows after each click.

Validation problems come back as an inline hint (shown next to the field), never as an exception:
no red panel, no toast, nothing in the server log. A stale decision (someone else changed the
finding since it was opened) comes back as the service's message naming who and when.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from review_assistant.errors import FieldError, PendingFindings, StaleDecision
from review_assistant.review.records import STATUS_ZH
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.ui import render

ACTIONS = ("confirm", "reject", "edit", "reset")
# Where each kind of input problem is shown: the rejection reason, or the edit fields.
HINT_FIELD = {"reason": "reason", "message": "edit", "suggestion": "edit"}


@dataclass
class Decision:
    saved: str = ""  # the status line under the buttons (also a stale decision's message)
    hint: str = ""  # the inline hint next to the field named by ``field``
    field: str = ""  # "reason" or "edit" (or "" when the hint is about the selection)
    done: bool = False  # the store committed the decision
    stale: bool = False  # refused: someone changed the finding since it was shown


def hint_html(text: str) -> str:
    return f'<span class="ra-hint">{render.esc(text)}</span>' if text else ""


def do_action(service: ReviewService, user: User, finding_id: int | None, action: str, *,
              reason: str = "", message: str = "", suggestion: str = "", version: int | None = None) -> Decision:
    """Apply one decision made on ``version`` of the finding (the one on screen; a caller that showed
    none acts on the current one). The saved line is shown only after the store committed it."""
    if finding_id is None:
        return Decision(hint="请先在问题列表中选择一个问题。")
    if action not in ACTIONS:
        return Decision(hint=f"未知操作“{action}”。")
    if version is None:
        version = service.decidable(user, finding_id).version
    try:
        if action == "confirm":
            f = service.confirm(user, finding_id, version)
        elif action == "reject":
            f = service.reject(user, finding_id, version, reason)
        elif action == "edit":
            f = service.edit(user, finding_id, version, message, suggestion)
        else:
            f = service.reset(user, finding_id, version)
    except FieldError as exc:
        return Decision(hint=exc.message, field=HINT_FIELD.get(exc.field, ""))
    except StaleDecision as exc:
        return Decision(saved=exc.message, stale=True)
    return Decision(saved=f"已保存：问题 {f.id}（{render.esc(f.rule_id)}）{STATUS_ZH[f.status]}。", done=True)


def confirm_rule_warnings(service: ReviewService, user: User, review_id: int | None,
                          finding_id: int | None) -> Decision:
    """"确认本规则的全部警告": every pending warning of the selected finding's rule, one audited action."""
    if review_id is None or finding_id is None:
        return Decision(hint="请先选择一个问题，再确认该规则的全部警告。")
    rule_id = service.get_finding(user, finding_id).rule_id
    try:
        done = service.confirm_rule_warnings(user, review_id, rule_id)
    except FieldError as exc:
        return Decision(hint=exc.message)
    if not done:
        return Decision(saved=f"规则 {render.esc(rule_id)} 没有待确认的警告。", done=True)
    return Decision(saved=f"已保存：规则 {render.esc(rule_id)} 的 {len(done)} 项警告已确认。", done=True)


@dataclass
class Draft:
    path: str | None = None
    warning: str = ""  # shown with the 仍然生成 button when errors are pending
    preview: str = ""


def preview_html(service: ReviewService, user: User, review_id: int) -> str:
    """The 审核意见 as it would be written now: the same lines the .docx is made of, escaped."""
    lines = service.draft_preview(user, review_id).lines
    body = "".join(f'<p class="ra-draft-{render.esc(line.role)}">{render.esc(line.text) or "&nbsp;"}</p>'
                   for line in lines)
    return f'<div class="ra-preview">{body}</div>'


def draft_opinion(service: ReviewService, user: User, review_id: int | None, *, allow_pending: bool = False) -> Draft:
    """The 审核意见 draft with its preview, or the service's refusal naming how many errors are pending."""
    if review_id is None:
        return Draft(warning="请先选择一条审核记录。")
    preview = preview_html(service, user, review_id)
    out = Path(tempfile.mkdtemp(prefix="ra-draft-")) / f"审核意见_{review_id}.docx"
    try:
        service.draft_opinion(user, review_id, out, allow_pending=allow_pending)
    except PendingFindings as exc:
        return Draft(warning=exc.message, preview=preview)
    return Draft(path=str(out), preview=preview)
