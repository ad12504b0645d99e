"""单位自查: a unit checks its own submission before sending it; findings are worded as guidance.

A unit user only ever sees self-checks of its own unit (the service scopes every query).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import gradio as gr

from review_assistant.checks.models import SEVERITY_ZH
from review_assistant.drafting.guidance import as_guidance
from review_assistant.review.records import ReviewDetail
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.ui import render
from review_assistant.ui.common import boundary, current_user, parse_id
from review_assistant.ui.workbench import review_choices

INTRO = ("请上传本单位的绩效目标申报表或事前绩效评估报告。系统按审核规则逐项检查，并给出修改提示；"
         "自查结果仅本单位可见，不代替财政部门的正式审核。")


def guidance_html(detail: ReviewDetail) -> str:
    items = [f for f in detail.findings if f.status != "rejected"]
    head = render.review_summary(detail)
    if not items:
        return head + '<p class="ra-ok">未发现问题，请核对无误后报送。</p>'
    out = [head, '<ol class="ra-guidance">']
    for f in items:
        evidence = f'<div class="ra-muted">原文：{render.esc(f.evidence)}（{render.esc(f.location.describe())}）</div>' \
            if f.evidence else ""
        out.append(f"<li>{render.severity_badge(f.severity)} <b>{render.esc(as_guidance(f.message, f.suggestion))}</b>"
                   f"<div>问题：{render.esc(f.message)}</div>{evidence}</li>")
    out.append("</ol>")
    return "".join(out)


def self_check(service: ReviewService, user: User, files: Sequence[str], progress: Any = None) -> tuple[str, int | None]:
    """Run the self-check; returns the guidance HTML of the first checked file and its review id."""
    if not files:
        return f'<p class="ra-muted">{render.esc(INTRO)}</p>', None
    items = service.check_files(user, [Path(f) for f in files], purpose="self_check", progress=progress)
    errors = "".join(f'<p class="ra-error">{render.esc(it.error)}</p>' for it in items if it.error)
    first = next((it.review_id for it in items if it.review_id), None)
    if first is None:
        return errors or "<p>未能自查。</p>", None
    return errors + guidance_html(service.get_review(user, first)), first


def report_file(service: ReviewService, user: User, review_id: int | None) -> str:
    if review_id is None:
        raise gr.Error("请先完成一次自查。")
    out = Path(tempfile.mkdtemp(prefix="ra-self-")) / f"自查报告_{review_id}.docx"
    return str(service.self_check_report(user, review_id, out))


def summary_counts(detail: ReviewDetail) -> str:
    c = detail.counts()
    return "，".join(f"{SEVERITY_ZH[k]} {v} 项" for k, v in c.by_severity().items())


def build(service: ReviewService) -> dict[str, Any]:
    gr.Markdown(INTRO)
    with gr.Row():
        files = gr.File(label="上传本单位材料", file_count="multiple",
                        file_types=[".docx", ".pdf", ".xlsx", ".md", ".txt"], elem_id="sc-files", scale=3)
        with gr.Column(scale=2):
            run = gr.Button("开始自查", variant="primary", elem_id="sc-run")
            history = gr.Dropdown(label="本单位以往自查", choices=[], allow_custom_value=True, elem_id="sc-history")
    result = gr.HTML(elem_id="sc-result")
    download = gr.Button("生成自查报告（Word）", elem_id="sc-download")
    report = gr.File(label="自查报告", elem_id="sc-report")

    @boundary
    def on_run(paths: list[str] | None, request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        user = current_user(service, request)
        html, rid = self_check(service, user, paths or [], progress=lambda f, m: progress(f, desc=m))
        choices = review_choices(service, user, purpose="self_check")
        value = next((c for c in choices if parse_id(c) == rid), None)
        return html, gr.update(choices=choices, value=value)

    run.click(on_run, [files], [result, history], api_name="self_check")

    @boundary
    def on_history(label: str | None, request: gr.Request) -> str:
        rid = parse_id(label)
        if rid is None:
            return ""
        return guidance_html(service.get_review(current_user(service, request), rid))

    history.change(on_history, [history], [result], api_name="self_check_history")

    @boundary
    def on_download(label: str | None, request: gr.Request) -> str:
        return report_file(service, current_user(service, request), parse_id(label))

    download.click(on_download, [history], [report], api_name="self_check_report")

    @boundary
    def on_load(request: gr.Request) -> Any:
        return gr.update(choices=review_choices(service, current_user(service, request), purpose="self_check"))

    return {"load": (on_load, history)}
