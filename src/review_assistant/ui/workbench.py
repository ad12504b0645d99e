"""审核工作台: upload, the document beside its findings, decisions, manual findings, drafts.

The ``*_view`` functions here and in :mod:`decide` are plain functions over the service and a
:class:`User`, tested without a browser; :mod:`workbench_tab` wires them to components.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from review_assistant.checks.models import SEVERITY_ZH
from review_assistant.review.records import STATUS_ZH, BatchItem, ReviewDetail, StoredFinding
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.settings import LimitSettings
from review_assistant.ui import docview, render
from review_assistant.ui.common import ui_error

DOC_PLACEHOLDER = '<p class="ra-muted">上传文件或选择一条审核记录后，原文显示在这里，问题所在的文字以黄色标出。</p>'
TABLE_HEADERS = ["编号", "级别", "规则", "问题", "状态", "位置"]  # dimension and source: in the detail
SEVERITY_CHOICES = [(v, k) for k, v in SEVERITY_ZH.items()]
STATUS_CHOICES = [(v, k) for k, v in STATUS_ZH.items()]
SOURCE_CHOICES = [("规则", "rule"), ("大模型", "llm"), ("人工", "manual")]


@dataclass
class Filters:
    severities: Sequence[str] = ()
    statuses: Sequence[str] = ()
    sources: Sequence[str] = ()
    rules: Sequence[str] = ()
    dimensions: Sequence[str] = ()

    def keep(self, f: StoredFinding) -> bool:
        source = "manual" if f.manual else f.source
        return ((not self.severities or f.severity in self.severities)
                and (not self.statuses or f.status in self.statuses)
                and (not self.sources or source in self.sources)
                and (not self.rules or f.rule_id in self.rules)
                and (not self.dimensions or (f.dimension or "其他") in self.dimensions))


@dataclass
class ReviewView:
    summary_html: str = ""
    rows: list[list[Any]] = field(default_factory=list)
    finding_choices: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    dimensions: list[str] = field(default_factory=list)
    document_html: str = ""
    findings: list[StoredFinding] = field(default_factory=list)


def review_label(r: Any) -> str:
    unit = f"（{r.unit or r.owner_unit}）" if (r.unit or r.owner_unit) else ""
    return f"#{r.id} {r.title}{unit} 第{r.version}版"


def finding_label(f: StoredFinding) -> str:
    return f"#{f.id} [{SEVERITY_ZH.get(f.severity, f.severity)}] {f.rule_id} {f.final_message[:40]}"


def review_choices(service: ReviewService, user: User, purpose: str = "review") -> list[str]:
    return [review_label(r) for r in service.list_reviews(user, purpose=purpose, limit=200)]


class SessionCancel(threading.Event):
    """The "取消大模型判断" flag of one browser session (kept in a ``gr.State``).

    Gradio deep-copies a state's value when a session first uses it, and an Event's lock cannot be
    copied; the value is created fresh per session anyway, so the copy is the object itself."""

    def __deepcopy__(self, memo: dict[int, Any]) -> SessionCancel:
        return self


BATCH_HEADERS = ["编号", "文件", "项目", "单位", "错误", "警告", "结论"]


@dataclass
class UploadView:
    text: str  # one status line
    rows: list[list[Any]] = field(default_factory=list)  # the batch table; a row opens its review
    items: list[BatchItem] = field(default_factory=list)


def upload_view(service: ReviewService, user: User, files: Sequence[str], progress: Any = None,
                purpose: str = "review", cancel: threading.Event | None = None) -> UploadView:
    """Check uploaded files; returns the status line, the batch table rows and the items.

    ``cancel`` (the session's "取消大模型判断" event) stops the model's calls; what was judged is stored."""
    if not files:
        return UploadView("请先选择要审核的文件（可多选，或上传 .zip 压缩包）。")
    if cancel is not None:
        cancel.clear()  # a cancel pressed during an earlier upload does not stop this one
    items = service.check_files(user, [Path(f) for f in files], purpose=purpose, progress=progress, cancel=cancel)
    rows: list[list[Any]] = []
    for it in items:
        if it.error:
            rows.append(["", it.name, f"无法审核：{it.error}", "", "", "", ""])
        else:
            extra = f"（较上一版已整改 {it.resolved} 项）" if it.resolved else ""
            if it.same_as is not None:
                extra = "（与已审核的文件完全相同，沿用原审核记录，未重复审核）"
            rows.append([it.review_id, it.name, it.project or "", it.unit or "", it.errors, it.warnings,
                         f"{it.conclusion}{extra}"])
    done = sum(1 for it in items if it.review_id)
    hint = "点击表格中的一行打开该文件的审核。" if done > 1 else ""
    if cancel is not None and cancel.is_set() and service.settings.llm.provider != "none":
        hint = "已取消大模型判断：规则检查结果和已完成的大模型判断均已保存，未判断的规则写在审核说明中。" + hint
    return UploadView(f"已审核 {done} 份文件，{len(items) - done} 份无法审核。{hint}", rows, items)


def review_view(service: ReviewService, user: User, review_id: int | None, filters: Filters | None = None, *,
                with_document: bool = True) -> ReviewView:
    """The review's summary, findings table and (unless ``with_document`` is off) the marked-up document."""
    if review_id is None:
        return ReviewView(summary_html='<p class="ra-muted">请上传文件，或在“审核记录”中选择一条记录。</p>',
                          document_html=DOC_PLACEHOLDER)
    detail = service.get_review(user, review_id)
    return _view(detail, filters or Filters(), service.settings.limits if with_document else None)


def _view(detail: ReviewDetail, filters: Filters, limits: LimitSettings | None) -> ReviewView:
    shown = [f for f in detail.findings if filters.keep(f)]
    rows = [[f.id, SEVERITY_ZH.get(f.severity, f.severity), f.rule_id, f.final_message, STATUS_ZH.get(f.status, f.status),
             f.location.describe()] for f in shown]
    return ReviewView(
        summary_html=render.review_summary(detail), rows=rows, finding_choices=[finding_label(f) for f in shown],
        rules=sorted({f.rule_id for f in detail.findings}),
        dimensions=sorted({f.dimension or "其他" for f in detail.findings}),
        document_html="" if limits is None else docview.document_html(
            detail.review.stored_path, detail.findings, detail.review.file_name, limits),
        findings=detail.findings,
    )


def finding_html(service: ReviewService, user: User, finding_id: int | None) -> str:
    if finding_id is None:
        return '<p class="ra-muted">在问题列表中点选一个问题，查看原文上下文和政策依据；左侧原文会滚动到该处。</p>'
    f = service.get_finding(user, finding_id)
    detail = service.get_review(user, f.review_id)
    text = render.document_text(detail.review.stored_path, service.settings.limits)
    return render.finding_detail(f, text, lambda ref: service.article_text(user, ref), service.audit_trail(user, finding_id))


def commented_file(service: ReviewService, user: User, review_id: int | None) -> str:
    """The original with the accepted findings as Word comments."""
    if review_id is None:
        raise ui_error("请先选择一条审核记录。")
    out = Path(tempfile.mkdtemp(prefix="ra-draft-")) / f"批注版_{review_id}.docx"
    return str(service.draft_comments(user, review_id, out))
