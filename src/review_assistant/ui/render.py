"""HTML fragments for the UI. Every piece of document or user text goes through :func:`esc`."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from typing import Any

from review_assistant.checks.models import SEVERITY_ZH, PolicyRef
from review_assistant.drafting.opinion import ref_text
from review_assistant.extract.models import KIND_ZH
from review_assistant.review.records import PURPOSE_ZH, STATUS_ZH, ReviewDetail, StoredFinding
from review_assistant.review.store import local_time
from review_assistant.settings import LimitSettings

CONTEXT_CHARS = 60


# After HTML escaping, the characters that would still make Markdown (gr.Markdown, the chat) turn text
# into a link, an image or a table cell border become numeric character references, which both HTML
# and Markdown show as the plain character: `![](/logout)` stays text and fetches nothing.
_MD_ACTIVE = re.compile(r"[\[\]|@]|://|(?i:www)\.")
_MD_ENTITIES = {"[": "&#91;", "]": "&#93;", "|": "&#124;", "@": "&#64;", "://": "&#58;//"}


def esc(text: object) -> str:
    """Escape document or user text for any place the UI shows it: HTML and Markdown alike."""
    escaped = html.escape("" if text is None else str(text), quote=True)
    return _MD_ACTIVE.sub(lambda m: _MD_ENTITIES.get(m.group(0), m.group(0)[:-1] + "&#46;"), escaped)


def document_text(path: str, limits: LimitSettings | None = None) -> str:
    from review_assistant.ui.docview import parsed_document

    doc = parsed_document(path, limits)
    return doc.full_text if doc is not None else ""


def evidence_in_context(full_text: str, evidence: str, width: int = CONTEXT_CHARS) -> str:
    """The evidence marked inside its surrounding text, all escaped; whitespace differences tolerated."""
    if not evidence.strip():
        return ""
    pattern = r"\s*".join(re.escape(ch) for ch in re.sub(r"\s+", "", evidence))
    m = re.search(pattern, full_text) if pattern else None
    if m is None:
        return f'<span class="ra-context"><mark>{esc(evidence)}</mark></span>'
    start, end = m.span()
    before = full_text[max(0, start - width):start]
    after = full_text[end:end + width]
    return (f'<span class="ra-context">{"…" if start > width else ""}{esc(before)}<mark>{esc(m.group(0))}</mark>'
            f'{esc(after)}{"…" if end + width < len(full_text) else ""}</span>')


def severity_badge(severity: str) -> str:
    return f'<span class="ra-badge ra-{esc(severity)}">{esc(SEVERITY_ZH.get(severity, severity))}</span>'


def status_badge(status: str) -> str:
    return f'<span class="ra-status ra-st-{esc(status)}">{esc(STATUS_ZH.get(status, status))}</span>'


def review_summary(detail: ReviewDetail) -> str:
    r = detail.review
    c = detail.counts()
    parts = [
        '<div class="ra-summary">',
        f"<h3>{esc(r.title)}</h3>",
        '<table class="ra-kv">',
        f"<tr><th>文件</th><td>{esc(r.file_name)}</td><th>类型</th><td>{esc(KIND_ZH.get(r.kind or '', r.kind or ''))}</td></tr>",
        f"<tr><th>实施单位</th><td>{esc(r.unit or r.owner_unit or '—')}</td><th>预算年度</th><td>{esc(r.fiscal_year or '—')}</td></tr>",
        f"<tr><th>审核编号</th><td>{r.id}（第{r.version}版，{esc(PURPOSE_ZH.get(r.purpose, r.purpose))}）</td>"
        f"<th>审核时间</th><td>{esc(local_time(r.created_at))}（{esc(r.created_by)}）</td></tr>",
        f"<tr><th>机审结论</th><td><b>{esc(r.conclusion)}</b></td><th>问题</th><td>错误 {c['error']} 项，"
        f"警告 {c['warning']} 项，提示 {c['info']} 项；已处理 {c.decided}/{c.total}</td></tr>",
        "</table>",
    ]
    parts += [f'<p class="ra-note">说明：{esc(n)}</p>' for n in r.notes]
    if detail.resolved:
        parts.append(f'<p class="ra-resolved">与上一版相比，已整改 {len(detail.resolved)} 项：</p><ul>')
        parts += [f"<li>{esc(f.rule_id)} {esc(f.final_message)}</li>" for f in detail.resolved]
        parts.append("</ul>")
    parts.append("</div>")
    return "".join(parts)


ArticleLookup = Callable[[PolicyRef], str | None]


def policy_refs_html(refs: Sequence[PolicyRef], lookup: ArticleLookup | None) -> str:
    if not refs:
        return '<p class="ra-muted">本规则暂未登记政策依据。</p>'
    items = []
    for ref in refs:
        text = lookup(ref) if lookup else None
        body = esc(text) if text else "知识库中暂无该条款原文（请先导入对应政策文件）。"
        items.append(f'<details class="ra-article"><summary>{esc(ref_text([ref]))}</summary>'
                     f'<div class="ra-article-text">{body}</div></details>')
    return "".join(items)


ACTION_ZH = {"finding.confirm": "确认", "finding.reject": "驳回", "finding.edit": "修改", "finding.reset": "撤销为待确认",
             "finding.add_manual": "补充人工问题", "finding.carry_rejection": "沿用上一版驳回"}


def audit_html(entries: Sequence[Any]) -> str:
    """The finding's history from the audit log, newest first, collapsed."""
    if not entries:
        return ""
    items = []
    for e in entries:
        after = e.after or {}
        extra = f"：{after.get('reject_reason')}" if after.get("reject_reason") else ""
        items.append(f"<li>{esc(local_time(e.at))} {esc(e.actor)} {esc(ACTION_ZH.get(e.action, e.action))}{esc(extra)}</li>")
    return f'<details class="ra-audit"><summary>处理记录（{len(entries)}）</summary><ul>{"".join(items)}</ul></details>'


def finding_detail(f: StoredFinding, full_text: str, lookup: ArticleLookup | None,
                   history: Sequence[Any] = ()) -> str:
    rows = [
        '<div class="ra-finding">',
        f"<p>{severity_badge(f.severity)} {status_badge(f.status)} <code>{esc(f.rule_id)}</code> "
        f"{esc(f.dimension or '')} · 来源：{esc(f.source_label)} · 编号 {f.id}</p>",
        f'<p class="ra-message">{esc(f.final_message)}</p>',
    ]
    if f.edited_message:
        rows.append(f'<p class="ra-muted">机审原文：{esc(f.message)}</p>')
    rows.append(f"<p><b>位置：</b>{esc(f.location.describe())}</p>")
    if f.evidence:
        rows.append(f"<p><b>原文：</b>{evidence_in_context(full_text, f.evidence)}</p>")
    if f.final_suggestion:
        rows.append(f"<p><b>修改建议：</b>{esc(f.final_suggestion)}</p>")
    if f.reject_reason:
        rows.append(f"<p><b>驳回理由：</b>{esc(f.reject_reason)}</p>")
    rows.append("<p><b>政策依据：</b>（点击条款查看原文）</p>")
    rows.append(policy_refs_html(f.policy_refs, lookup))
    if f.updated_by:
        rows.append(f'<p class="ra-muted">最后处理：{esc(f.updated_by)} {esc(local_time(f.updated_at or ""))}</p>')
    rows.append(audit_html(history))
    rows.append("</div>")
    return "".join(rows)
