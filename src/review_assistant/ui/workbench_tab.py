"""The 审核工作台 tab: components and events over :mod:`workbench` and :mod:`decide`.

Layout: upload and batch table across the top; below, the original document (left) beside the
findings, the selected finding and the decision controls (right); the draft with its preview last.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Any

import gradio as gr

from review_assistant.errors import FieldError
from review_assistant.parsing.guard import UPLOAD_SUFFIXES
from review_assistant.service import ReviewService
from review_assistant.ui import decide, docview
from review_assistant.ui.common import boundary, cancel_llm, current_user, parse_id, progress_bar
from review_assistant.ui.workbench import (
    BATCH_HEADERS,
    DOC_PLACEHOLDER,
    SEVERITY_CHOICES,
    SOURCE_CHOICES,
    STATUS_CHOICES,
    TABLE_HEADERS,
    Filters,
    ReviewView,
    SessionCancel,
    commented_file,
    finding_html,
    finding_label,
    review_choices,
    review_view,
    upload_view,
)

SHORTCUTS = "快捷键：Alt+Y 确认　Alt+R 驳回　Alt+N 下一条待确认"


def _choice(choices: list[str], fid: int | None) -> str | None:
    return next((c for c in choices if parse_id(c) == fid), None) if fid is not None else None


def _next(service: ReviewService, user: Any, review_id: int | None, after: int | None) -> int | None:
    if review_id is None:
        return None
    found = service.next_pending(user, review_id, after)
    return found.id if found else None


def build(service: ReviewService) -> dict[str, Any]:
    """Create the tab's components inside the current Blocks; returns those other tabs need."""
    with gr.Row(equal_height=False):
        files = gr.File(label="上传申报材料（.docx/.pdf/.xlsx/.xls/.et/.md/.txt，可多选或 .zip 批量；报告与申报表可一起上传）",
                        file_count="multiple", file_types=[*UPLOAD_SUFFIXES, ".zip"],
                        elem_id="wb-files", scale=3, height=150)
        with gr.Column(scale=1, min_width=220):
            run = gr.Button("开始审核", variant="primary", elem_id="wb-run")
            stop = gr.Button("取消大模型判断", size="sm", elem_id="wb-cancel-llm",
                             visible=service.settings.llm.provider != "none")
            stopped = gr.Markdown(elem_id="wb-cancel-note")
            batch_xlsx = gr.File(label="批量汇总表", visible=False, elem_id="wb-batch-xlsx")
    report = gr.Markdown(elem_id="wb-report")
    batch = gr.Dataframe(headers=BATCH_HEADERS, value=[], interactive=False, wrap=True, elem_id="wb-batch",
                         visible=False)
    with gr.Row(equal_height=False):
        review = gr.Dropdown(label="审核记录（可输入编号）", choices=[], allow_custom_value=True, elem_id="wb-review",
                             scale=5)
        refresh = gr.Button("刷新列表", scale=1, min_width=120)
    summary = gr.HTML(elem_id="wb-summary")
    with gr.Row(equal_height=False, elem_id="wb-main"):
        with gr.Column(scale=5, min_width=420):
            gr.Markdown("#### 原文", elem_classes="ra-pane-title")
            doc = gr.HTML(DOC_PLACEHOLDER, elem_id="wb-doc", max_height=760)
            # A click on a highlight in the document writes its finding id here (ui/app.js).
            jump = gr.Textbox(elem_id="wb-jump", elem_classes="ra-hidden", show_label=False, container=False)
        with gr.Column(scale=6, min_width=480):
            with gr.Accordion("筛选", open=False):
                with gr.Row():
                    f_sev = gr.CheckboxGroup(SEVERITY_CHOICES, label="级别")
                    f_status = gr.CheckboxGroup(STATUS_CHOICES, label="状态")
                    f_source = gr.CheckboxGroup(SOURCE_CHOICES, label="来源")
                with gr.Row():
                    f_rule = gr.Dropdown(label="规则", choices=[], multiselect=True)
                    f_dim = gr.Dropdown(label="维度", choices=[], multiselect=True)
            table = gr.Dataframe(headers=TABLE_HEADERS, value=[], interactive=False, wrap=True, elem_id="wb-table",
                                 max_height=360, column_widths=["8%", "8%", "16%", "44%", "10%", "14%"])
            finding = gr.Dropdown(label="当前问题", choices=[], allow_custom_value=True, elem_id="wb-finding")
            detail = gr.HTML(elem_id="wb-detail")
            seen = gr.State(None)  # (finding id, version) on screen: decisions are made on that version
            with gr.Row():
                confirm = gr.Button("确认", variant="primary", elem_id="wb-confirm", min_width=90)
                reject = gr.Button("驳回", variant="stop", elem_id="wb-reject", min_width=90)
                nxt = gr.Button("下一条待确认", elem_id="wb-next", min_width=120)
                reset = gr.Button("撤销为待确认", elem_id="wb-reset", min_width=120)
            gr.Markdown(SHORTCUTS, elem_classes="ra-muted")
            reason = gr.Textbox(label="驳回理由（驳回时必填）", elem_id="wb-reason")
            reason_hint = gr.HTML(elem_id="wb-reason-hint")
            saved = gr.Markdown(elem_id="wb-saved")
            bulk = gr.Button("确认本规则的全部警告", size="sm", elem_id="wb-bulk")
            with gr.Accordion("修改问题表述", open=False):
                new_msg = gr.Textbox(label="修改后的问题描述", lines=2, elem_id="wb-edit-msg")
                new_sug = gr.Textbox(label="修改后的修改要求", lines=2, elem_id="wb-edit-sug")
                edit_hint = gr.HTML(elem_id="wb-edit-hint")
                edit = gr.Button("保存修改", elem_id="wb-edit")
            with gr.Accordion("补充人工问题", open=False):
                m_msg = gr.Textbox(label="问题描述", lines=2, elem_id="wb-manual-msg")
                with gr.Row():
                    m_sev = gr.Dropdown(SEVERITY_CHOICES, value="warning", label="级别")
                    m_dim = gr.Textbox(label="维度", value="人工补充")
                m_evi = gr.Textbox(label="原文（可选）")
                m_sug = gr.Textbox(label="修改要求")
                with gr.Row():
                    m_doc = gr.Textbox(label="政策文件（可选）")
                    m_art = gr.Textbox(label="条款（可选）")
                m_hint = gr.HTML(elem_id="wb-manual-hint")
                add = gr.Button("添加", elem_id="wb-manual-add")
    with gr.Row():
        draft = gr.Button("生成审核意见（Word）", variant="primary", elem_id="wb-draft")
        commented = gr.Button("生成批注版原文（Word 批注）", elem_id="wb-commented")
    draft_warn = gr.HTML(elem_id="wb-draft-warn")
    force = gr.Button("仍然生成", variant="stop", visible=False, elem_id="wb-draft-force")
    preview = gr.HTML(elem_id="wb-draft-preview")
    draft_out = gr.File(label="下载", elem_id="wb-draft-file")

    filters_in: list[Any] = [f_sev, f_status, f_source, f_rule, f_dim]

    def _filters(sev: list[str], st: list[str], src: list[str], rules: list[str], dims: list[str]) -> Filters:
        return Filters(sev or (), st or (), src or (), rules or (), dims or ())

    def _outputs(view: ReviewView, selected: int | None) -> tuple[Any, ...]:
        return (view.summary_html, view.rows, gr.update(choices=view.finding_choices,
                                                        value=_choice(view.finding_choices, selected)),
                gr.update(choices=view.rules), gr.update(choices=view.dimensions),
                view.document_html or gr.update())

    view_out = [summary, table, finding, f_rule, f_dim, doc]
    draft_reset = ["", gr.update(visible=False), "", None]
    draft_out_all = [draft_warn, force, preview, draft_out]
    cancel = gr.State(SessionCancel)  # called per session: each browser tab cancels only its own upload

    @boundary
    def on_upload(paths: list[str] | None, event: threading.Event | None, request: gr.Request,
                  progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        user = current_user(service, request)
        up = upload_view(service, user, paths or [], progress=progress_bar(progress), cancel=event)
        ok = [it.review_id for it in up.items if it.review_id]
        choices = review_choices(service, user)
        first = _choice(choices, ok[0]) if ok else None
        xlsx = gr.update(visible=False, value=None)
        if len(up.items) > 1:
            out = Path(tempfile.mkdtemp(prefix="ra-batch-")) / "批量审核汇总.xlsx"
            service.batch_workbook(user, [i for i in ok if i], out, [it for it in up.items if it.error])
            xlsx = gr.update(visible=True, value=str(out))
        # The document pane is filled by the review's change event that this value triggers (rendering
        # it here too would parse the file twice); the findings come back with this call.
        view = review_view(service, user, parse_id(first), with_document=False)
        start = _next(service, user, parse_id(first), None)
        return (up.text, gr.update(value=up.rows, visible=len(up.items) > 1), gr.update(choices=choices, value=first),
                xlsx, *_outputs(view, start), *draft_reset, "")

    run.click(on_upload, [files, cancel], [report, batch, review, batch_xlsx, *view_out, *draft_out_all, stopped],
              api_name="upload")

    stop.click(cancel_llm, [cancel], [stopped], api_name="cancel_llm", concurrency_limit=None, queue=False,
               show_progress="hidden")

    @boundary
    def on_batch_row(evt: gr.SelectData, request: gr.Request) -> Any:
        row = evt.row_value or []
        rid = parse_id(row[0]) if row else None
        if rid is None:
            return gr.update()
        choices = review_choices(service, current_user(service, request))
        return gr.update(choices=choices, value=_choice(choices, rid))

    batch.select(on_batch_row, None, review, api_visibility="private")

    @boundary
    def on_review(label: str | None, sev: list[str], st: list[str], src: list[str], rules: list[str], dims: list[str],
                  request: gr.Request) -> tuple[Any, ...]:
        user = current_user(service, request)
        view = review_view(service, user, parse_id(label), _filters(sev, st, src, rules, dims))
        return (*_outputs(view, _next(service, user, parse_id(label), None)), *draft_reset)

    review.change(on_review, [review, *filters_in], [*view_out, *draft_out_all], api_name="open_review").then(
        None, [finding], None, js=docview.SCROLL_JS)
    for comp in filters_in:
        comp.change(on_review, [review, *filters_in], [*view_out, *draft_out_all], api_visibility="private")

    @boundary
    def on_refresh(request: gr.Request) -> Any:
        return gr.update(choices=review_choices(service, current_user(service, request)))

    refresh.click(on_refresh, None, review, api_visibility="private")

    @boundary
    def on_select(evt: gr.SelectData, request: gr.Request) -> Any:
        row = evt.row_value or []
        fid = parse_id(row[0]) if row else None
        f = service.get_finding(current_user(service, request), fid) if fid is not None else None
        return gr.update(value=finding_label(f) if f else None)

    table.select(on_select, None, finding, api_visibility="private")

    @boundary
    def on_jump(value: str, request: gr.Request) -> Any:
        """A highlight clicked in the document selects its finding."""
        fid = parse_id((value or "").split(":", 1)[0])
        if fid is None:
            return gr.update()
        f = service.get_finding(current_user(service, request), fid)
        return gr.update(value=finding_label(f))

    jump.change(on_jump, [jump], [finding], api_visibility="private", show_progress="hidden")

    @boundary
    def on_finding(label: str | None, request: gr.Request) -> tuple[Any, ...]:
        """A newly selected finding: its detail, and every edit field reset to this finding's values."""
        user = current_user(service, request)
        fid = parse_id(label)
        f = service.get_finding(user, fid) if fid is not None else None
        return (finding_html(service, user, fid), f.final_message if f else "", f.final_suggestion if f else "",
                "", "", "", (f.id, f.version) if f else None)

    # The status line of the last action stays (it often reports the move to this finding).
    finding.change(on_finding, [finding], [detail, new_msg, new_sug, reason, reason_hint, edit_hint, seen],
                   api_name="show_finding").then(None, [finding], None, js=docview.SCROLL_JS)

    def _after(action: str) -> Any:
        @boundary
        def handler(review_label_: str | None, label: str | None, why: str, msg: str, sug: str,
                    sev: list[str], st: list[str], src: list[str], rules: list[str], dims: list[str],
                    shown: tuple[int, int] | None, request: gr.Request) -> tuple[Any, ...]:
            user = current_user(service, request)
            fid = parse_id(label)
            version = shown[1] if shown and shown[0] == fid else None
            result = decide.do_action(service, user, fid, action, reason=why or "", message=msg or "",
                                      suggestion=sug or "", version=version)
            if not result.done and not result.stale:  # nothing saved: keep the view and the typed text
                hint = decide.hint_html(result.hint)
                at_edit = result.field == "edit" or (action == "edit" and not result.field)
                return ("", "" if at_edit else hint, hint if at_edit else "", *([gr.update()] * 6))
            rid = parse_id(review_label_)
            view = review_view(service, user, rid, _filters(sev, st, src, rules, dims))
            move = result.done and action in {"confirm", "reject"}
            target = (_next(service, user, rid, fid) if move else fid) or fid
            current = service.get_finding(user, fid) if fid is not None else None
            # A stale decision shows the finding as it is now (and that version becomes the one on screen).
            now_seen = (fid, current.version) if current is not None and target == fid else gr.update()
            return (result.saved, "", "", view.summary_html, view.rows,
                    gr.update(choices=view.finding_choices, value=_choice(view.finding_choices, target)),
                    view.document_html, finding_html(service, user, target) if target == fid else gr.update(),
                    now_seen)

        return handler

    action_in = [review, finding, reason, new_msg, new_sug, *filters_in, seen]
    action_out = [saved, reason_hint, edit_hint, summary, table, finding, doc, detail, seen]
    confirm.click(_after("confirm"), action_in, action_out, api_name="confirm")
    reject.click(_after("reject"), action_in, action_out, api_name="reject")
    edit.click(_after("edit"), action_in, action_out, api_name="edit")
    reset.click(_after("reset"), action_in, action_out, api_name="reset")

    @boundary
    def on_bulk(review_label_: str | None, label: str | None, sev: list[str], st: list[str], src: list[str],
                rules: list[str], dims: list[str], request: gr.Request) -> tuple[Any, ...]:
        user = current_user(service, request)
        rid, fid = parse_id(review_label_), parse_id(label)
        result = decide.confirm_rule_warnings(service, user, rid, fid)
        if not result.done:
            return (decide.hint_html(result.hint), *([gr.update()] * 5))
        view = review_view(service, user, rid, _filters(sev, st, src, rules, dims))
        target = _next(service, user, rid, fid) or fid
        return (result.saved, view.summary_html, view.rows,
                gr.update(choices=view.finding_choices, value=_choice(view.finding_choices, target)),
                view.document_html, finding_html(service, user, target) if target == fid else gr.update())

    bulk.click(on_bulk, [review, finding, *filters_in], [saved, summary, table, finding, doc, detail],
               api_name="confirm_rule_warnings")

    @boundary
    def on_next(review_label_: str | None, label: str | None, request: gr.Request) -> Any:
        user = current_user(service, request)
        view = review_view(service, user, parse_id(review_label_))
        target = _next(service, user, parse_id(review_label_), parse_id(label))
        if target is None:
            return gr.update(), "本记录的问题均已处理。"
        return gr.update(value=_choice(view.finding_choices, target)), ""

    nxt.click(on_next, [review, finding], [finding, saved], api_visibility="private")

    @boundary
    def on_add(label: str | None, msg: str, m_sev_: str, dim: str, evi: str, sug: str, doc_: str, art: str,
               sev: list[str], st: list[str], src: list[str], rules: list[str], dims: list[str],
               request: gr.Request) -> tuple[Any, ...]:
        user = current_user(service, request)
        rid = parse_id(label)
        if rid is None:
            return (gr.update(), decide.hint_html("请先选择一条审核记录。"), *([gr.update()] * 4))
        try:
            f = service.add_manual(user, rid, message=msg or "", severity=m_sev_, dimension=dim, evidence=evi,
                                   suggestion=sug, policy_document=doc_, policy_article=art)
        except FieldError as exc:  # shown beside the form, like every other validation message
            return (gr.update(), decide.hint_html(exc.message), *([gr.update()] * 4))
        view = review_view(service, user, rid, _filters(sev, st, src, rules, dims))
        return (f"已保存：人工问题 {f.id}。", "", view.summary_html, view.rows,
                gr.update(choices=view.finding_choices, value=finding_label(f)), "")

    add.click(on_add, [review, m_msg, m_sev, m_dim, m_evi, m_sug, m_doc, m_art, *filters_in],
              [saved, m_hint, summary, table, finding, m_msg], api_name="add_manual")

    def _draft(allow: bool) -> Any:
        @boundary
        def handler(label: str | None, request: gr.Request) -> tuple[Any, ...]:
            result = decide.draft_opinion(service, current_user(service, request), parse_id(label),
                                          allow_pending=allow)
            if result.path is None:
                return (decide.hint_html(result.warning), gr.update(visible=parse_id(label) is not None),
                        result.preview, None)
            note = '<span class="ra-ok">已生成审核意见草稿，请核对下方预览后下载。</span>'
            return note, gr.update(visible=False), result.preview, result.path

        return handler

    draft.click(_draft(False), [review], draft_out_all, api_name="draft")
    force.click(_draft(True), [review], draft_out_all, api_name="draft_anyway")

    @boundary
    def on_commented(label: str | None, request: gr.Request) -> str:
        return commented_file(service, current_user(service, request), parse_id(label))

    commented.click(on_commented, [review], [draft_out], api_name="commented_copy")
    return {"review": review, "refresh": on_refresh}
