"""单位自查: a unit checks its own submission before sending it; findings are worded for the unit.

A unit user only ever sees self-checks of its own unit (the service scopes every query). Nothing a
reviewer uses internally appears here: no review number, no machine conclusion, no progress count,
no setting names.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from review_assistant.drafting.guidance import as_guidance
from review_assistant.parsing.guard import UPLOAD_SUFFIXES
from review_assistant.review.records import BatchItem, ReviewDetail
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.ui import rectify, render
from review_assistant.ui.common import boundary, cancel_llm, current_user, parse_id, progress_bar, ui_error
from review_assistant.ui.workbench import SessionCancel

INTRO = ("请上传本单位的绩效目标申报表或事前绩效评估报告（可一次选择多份）。系统逐项检查并给出修改提示；"
         "自查结果仅本单位可见，不代替财政部门的正式审核。")
SKIPPED_NOTE = "部分需要人工判断的内容（如指标与目标是否相关、测算是否合理）本次未作检查，财政部门审核时仍会审查。"
SEVERITY_UNIT = {"error": "须修改", "warning": "建议完善", "info": "提示"}
CANCELLED_NOTE = "已按您的要求停止大模型判断：已完成的检查结果均已给出，其余需要判断的内容本次未作检查。"


@dataclass
class SelfCheckView:
    html: str
    review_ids: list[int] = field(default_factory=list)


def _unit_notes(notes: Sequence[str]) -> list[str]:
    """The check's notes as a unit reads them: notes naming settings or the model become one plain sentence."""
    out: list[str] = []
    for n in notes:
        text = SKIPPED_NOTE if ("llm" in n.lower() or "大模型" in n) else n
        if text not in out:
            out.append(text)
    return out


def unit_mismatch(detail: ReviewDetail, user: User) -> str:
    """A warning when the document names another unit than the one this account belongs to."""
    doc_unit = (detail.review.unit or "").strip()
    if user.role != "unit" or not user.unit or not doc_unit:
        return ""
    if doc_unit.replace(" ", "") == user.unit.replace(" ", ""):
        return ""
    return (f"该文件填写的单位是“{doc_unit}”，与您账号所属的单位“{user.unit}”不一致。"
            "请确认是否上传了其他单位的材料，或核对文件中的单位名称。")


def guidance_html(detail: ReviewDetail, user: User | None = None, lookup: render.ArticleLookup | None = None) -> str:
    """One file's self-check result: what to fix, why, where, and on which policy basis."""
    r = detail.review
    items = [f for f in detail.findings if f.status != "rejected"]
    counts = detail.counts()  # the same figures as the self-check report
    must, should = counts.error, counts.warning
    kind = render.KIND_ZH.get(r.kind or "", "")
    out = [f'<div class="ra-sc-file"><h3>{render.esc(r.file_name)}</h3>',
           f'<p>{render.esc(kind)}{"：" if kind else ""}{render.esc(r.title)}'
           f'{"（" + render.esc(r.unit) + "）" if r.unit else ""}</p>']
    mismatch = unit_mismatch(detail, user) if user is not None else ""
    if mismatch:
        out.append(f'<p class="ra-warn">注意：{render.esc(mismatch)}</p>')
    out += [f'<p class="ra-note">{render.esc(n)}</p>' for n in _unit_notes(r.notes)]
    if not items:
        out.append('<p class="ra-ok">未发现问题，请核对无误后报送。</p></div>')
        return "".join(out)
    out.append(f"<p><b>须修改 {must} 项，建议完善 {should} 项。</b>请逐项修改后再报送。</p>")
    out.append('<ol class="ra-guidance">')
    for f in items:
        badge = f'<span class="ra-badge ra-{render.esc(f.severity)}">{SEVERITY_UNIT.get(f.severity, "提示")}</span>'
        evidence = (f'<div class="ra-muted">所在位置：{render.esc(f.location.describe())}；原文：'
                    f'“{render.esc(f.evidence)}”</div>') if f.evidence else ""
        basis = (f'<div class="ra-sc-basis"><b>政策依据：</b>{render.policy_refs_html(f.policy_refs, lookup)}</div>'
                 if f.policy_refs else "")
        out.append(f"<li>{badge} <b>{render.esc(as_guidance(f.rule_id, f.message))}</b>"
                   f"<div>具体情况：{render.esc(f.message)}</div>{evidence}{basis}</li>")
    out.append("</ol></div>")
    return "".join(out)


def self_check(service: ReviewService, user: User, files: Sequence[str], progress: Any = None,
               cancel: threading.Event | None = None) -> SelfCheckView:
    """Self-check every file; each checked file gets its own result, each refused file its reason.

    Through the same engine call as the workbench's upload: ``progress`` gets a line per file and per
    rule put to the model; ``cancel`` (the session's "取消大模型判断" flag) stops the model's calls."""
    if not files:
        return SelfCheckView(f'<p class="ra-muted">{render.esc(INTRO)}</p>')
    if cancel is not None:
        cancel.clear()  # a cancel pressed during an earlier self-check does not stop this one
    items = service.check_files(user, [Path(f) for f in files], purpose="self_check", progress=progress,
                                cancel=cancel)
    view = results_view(service, user, items)
    if cancel is not None and cancel.is_set() and service.settings.llm.provider != "none":
        view.html = f'<p class="ra-note" id="sc-cancelled">{render.esc(CANCELLED_NOTE)}</p>' + view.html
    return view


def results_view(service: ReviewService, user: User, items: Sequence[BatchItem]) -> SelfCheckView:
    parts: list[str] = []
    ids = [it.review_id for it in items if it.review_id]
    if len(items) > 1:
        parts.append(f"<p><b>共自查 {len(items)} 份文件</b>：{len(ids)} 份已给出结果"
                     + (f"，{len(items) - len(ids)} 份无法读取" if len(ids) < len(items) else "") + "。</p>")
    for it in items:
        if it.error:
            parts.append(f'<div class="ra-sc-file"><h3>{render.esc(it.name)}</h3>'
                         f'<p class="ra-warn">无法自查：{render.esc(it.error)}</p></div>')
        elif it.review_id:
            parts.append(guidance_html(service.get_review(user, it.review_id), user, lambda ref: service.article_text(user, ref)))
    return SelfCheckView("".join(parts) or "<p>未能自查。</p>", ids)


def report_file(service: ReviewService, user: User, review_id: int | None) -> str:
    if review_id is None:
        raise ui_error("请先完成一次自查，或在“本单位以往自查”中选择一份。")
    out = Path(tempfile.mkdtemp(prefix="ra-self-")) / f"自查报告_{review_id}.docx"
    return str(service.self_check_report(user, review_id, out))


def self_check_label(r: Any) -> str:
    """A unit's own past self-check, named by file, project and date (no internal numbers shown first)."""
    return f"#{r.id} {r.file_name}（{r.title}，{render.local_time(r.created_at)}）"


def build(service: ReviewService) -> dict[str, Any]:
    gr.Markdown(INTRO)
    with gr.Row(equal_height=False):
        files = gr.File(label="上传本单位材料（可多选）", file_count="multiple",
                        file_types=UPLOAD_SUFFIXES, elem_id="sc-files", scale=3, height=150)
        with gr.Column(scale=2):
            run = gr.Button("开始自查", variant="primary", elem_id="sc-run")
            stop = gr.Button("取消大模型判断", size="sm", elem_id="sc-cancel-llm",
                             visible=service.settings.llm.provider != "none")
            stopped = gr.Markdown(elem_id="sc-cancel-note")
            history = gr.Dropdown(label="本单位以往自查", choices=[], allow_custom_value=True, elem_id="sc-history")
    result = gr.HTML(elem_id="sc-result")
    with gr.Row():
        download = gr.Button("生成自查报告（Word）", elem_id="sc-download")
    report = gr.File(label="自查报告", elem_id="sc-report")

    def _choices(user: User) -> list[tuple[str, str]]:
        return [(self_check_label(r), f"#{r.id}") for r in service.list_reviews(user, purpose="self_check", limit=200)]

    cancel = gr.State(SessionCancel)  # per browser session, like the workbench's

    @boundary
    def on_run(paths: list[str] | None, event: threading.Event | None, request: gr.Request,
               progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        user = current_user(service, request)
        view = self_check(service, user, paths or [], progress=progress_bar(progress), cancel=event)
        value = f"#{view.review_ids[0]}" if view.review_ids else None
        return view.html, gr.update(choices=_choices(user), value=value)

    # The "已请求取消" line goes once the check has ended (the API keeps its two outputs).
    run.click(on_run, [files, cancel], [result, history], api_name="self_check").then(
        lambda: "", None, [stopped], api_visibility="private", show_progress="hidden")
    stop.click(cancel_llm, [cancel], [stopped], api_name="self_check_cancel_llm", concurrency_limit=None,
               queue=False, show_progress="hidden")

    @boundary
    def on_history(label: str | None, request: gr.Request) -> Any:
        rid = parse_id(label)
        if rid is None:
            return gr.update()
        user = current_user(service, request)
        return guidance_html(service.get_review(user, rid), user, lambda ref: service.article_text(user, ref))

    history.input(on_history, [history], [result], api_name="self_check_history")

    @boundary
    def on_download(label: str | None, request: gr.Request) -> str:
        return report_file(service, current_user(service, request), parse_id(label))

    download.click(on_download, [history], [report], api_name="self_check_report")

    rect = rectify.build(service)

    @boundary
    def on_load(request: gr.Request) -> tuple[Any, ...]:
        user = current_user(service, request)
        return gr.update(choices=_choices(user)), *rect["load"][0](request)

    return {"load": (on_load, [history, *rect["load"][1]])}
