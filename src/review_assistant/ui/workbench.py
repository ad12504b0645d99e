"""审核工作台: upload, findings with filters, evidence in context, decisions, manual findings, drafts.

The ``*_view``/``do_*`` functions are plain functions over the service and a :class:`User`, tested
without a browser; :func:`build` wires them to components.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from review_assistant.checks.models import SEVERITY_ZH
from review_assistant.review.records import STATUS_ZH, BatchItem, ReviewDetail, StoredFinding
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.ui import render
from review_assistant.ui.common import boundary, current_user, parse_id

TABLE_HEADERS = ["编号", "级别", "规则", "维度", "位置", "问题", "状态", "来源"]
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


def review_label(r: Any) -> str:
    unit = f"（{r.unit or r.owner_unit}）" if (r.unit or r.owner_unit) else ""
    return f"#{r.id} {r.title}{unit} 第{r.version}版"


def finding_label(f: StoredFinding) -> str:
    return f"#{f.id} [{SEVERITY_ZH.get(f.severity, f.severity)}] {f.rule_id} {f.final_message[:40]}"


def review_choices(service: ReviewService, user: User, purpose: str = "review") -> list[str]:
    return [review_label(r) for r in service.list_reviews(user, purpose=purpose, limit=200)]


def upload_view(service: ReviewService, user: User, files: Sequence[str], progress: Any = None,
                purpose: str = "review") -> tuple[str, list[BatchItem]]:
    """Check uploaded files; returns a Markdown batch report and the items."""
    if not files:
        return "请先选择要审核的文件（可多选，或上传 .zip 压缩包）。", []
    items = service.check_files(user, [Path(f) for f in files], purpose=purpose, progress=progress)
    lines = ["| 文件 | 项目 | 错误 | 警告 | 结论 | 编号 |", "|---|---|---|---|---|---|"]
    for it in items:
        if it.error:
            lines.append(f"| {_md(it.name)} | 无法审核：{_md(it.error)} | | | | |")
        else:
            extra = f"（较上一版已整改 {it.resolved} 项）" if it.resolved else ""
            if it.same_as is not None:
                extra = "（与已审核的文件完全相同，沿用原审核记录，未重复审核）"
            lines.append(f"| {_md(it.name)} | {_md(it.project or '')} | {it.errors} | {it.warnings} | "
                         f"{_md(it.conclusion)}{extra} | {it.review_id} |")
    done = sum(1 for it in items if it.review_id)
    return f"已审核 {done} 份文件，{len(items) - done} 份无法审核。\n\n" + "\n".join(lines), items


def _md(text: str) -> str:
    """Escape for a Markdown table cell rendered as HTML (no raw HTML from documents)."""
    return render.esc(text).replace("|", "\\|").replace("\n", " ")


def review_view(service: ReviewService, user: User, review_id: int | None, filters: Filters | None = None) -> ReviewView:
    if review_id is None:
        return ReviewView(summary_html='<p class="ra-muted">请上传文件或选择一条审核记录。</p>')
    detail = service.get_review(user, review_id)
    return _view(detail, filters or Filters())


def _view(detail: ReviewDetail, filters: Filters) -> ReviewView:
    shown = [f for f in detail.findings if filters.keep(f)]
    rows = [[f.id, SEVERITY_ZH.get(f.severity, f.severity), f.rule_id, f.dimension or "其他", f.location.describe(),
             f.final_message, STATUS_ZH.get(f.status, f.status), f.source_label] for f in shown]
    return ReviewView(
        summary_html=render.review_summary(detail), rows=rows, finding_choices=[finding_label(f) for f in shown],
        rules=sorted({f.rule_id for f in detail.findings}),
        dimensions=sorted({f.dimension or "其他" for f in detail.findings}),
    )


def finding_html(service: ReviewService, user: User, finding_id: int | None) -> str:
    if finding_id is None:
        return '<p class="ra-muted">在上方表格中点选一个问题，查看原文上下文和政策依据。</p>'
    f = service.get_finding(user, finding_id)
    detail = service.get_review(user, f.review_id)
    text = render.document_text(detail.review.stored_path)
    return render.finding_detail(f, text, lambda ref: service.article_text(user, ref), service.audit_trail(user, finding_id))


def do_action(service: ReviewService, user: User, finding_id: int | None, action: str, *,
              reason: str = "", message: str = "", suggestion: str = "", version: int | None = None) -> str:
    """Apply a decision made on ``version`` of the finding (the one displayed; a raw API call that
    displayed none acts on the current one); the text is shown only after the store committed it."""
    if finding_id is None:
        return "请先在表格中选择一个问题。"
    if version is None:
        version = service.decidable(user, finding_id).version
    if action == "confirm":
        f = service.confirm(user, finding_id, version)
    elif action == "reject":
        f = service.reject(user, finding_id, version, reason)
    elif action == "edit":
        f = service.edit(user, finding_id, version, message, suggestion)
    else:
        f = service.reset(user, finding_id, version)
    return f"已保存：问题 {f.id}（{f.rule_id}）{STATUS_ZH[f.status]}。"


def draft_file(service: ReviewService, user: User, review_id: int | None, kind: str) -> str:
    if review_id is None:
        raise gr.Error("请先选择一条审核记录。")
    out_dir = Path(tempfile.mkdtemp(prefix="ra-draft-"))
    if kind == "opinion":
        return str(service.draft_opinion(user, review_id, out_dir / f"审核意见_{review_id}.docx"))
    return str(service.draft_comments(user, review_id, out_dir / f"批注版_{review_id}.docx"))


def build(service: ReviewService) -> dict[str, Any]:
    """Create the tab's components inside the current Blocks; returns those other tabs need."""
    with gr.Row():
        files = gr.File(label="上传申报材料（.docx/.pdf/.xlsx/.md/.txt，可多选或 .zip 批量）", file_count="multiple",
                        file_types=[".docx", ".pdf", ".xlsx", ".md", ".txt", ".zip"], elem_id="wb-files", scale=3)
        with gr.Column(scale=2):
            run = gr.Button("开始审核", variant="primary", elem_id="wb-run")
            batch_xlsx = gr.File(label="批量汇总表", visible=False, elem_id="wb-batch-xlsx")
    report = gr.Markdown(elem_id="wb-report")
    with gr.Row():
        review = gr.Dropdown(label="审核记录（可输入编号）", choices=[], allow_custom_value=True, elem_id="wb-review", scale=4)
        refresh = gr.Button("刷新列表", scale=1)
    summary = gr.HTML(elem_id="wb-summary")
    with gr.Accordion("筛选", open=False):
        with gr.Row():
            f_sev = gr.CheckboxGroup(SEVERITY_CHOICES, label="级别")
            f_status = gr.CheckboxGroup(STATUS_CHOICES, label="状态")
            f_source = gr.CheckboxGroup(SOURCE_CHOICES, label="来源")
        with gr.Row():
            f_rule = gr.Dropdown(label="规则", choices=[], multiselect=True)
            f_dim = gr.Dropdown(label="维度", choices=[], multiselect=True)
    table = gr.Dataframe(headers=TABLE_HEADERS, value=[], interactive=False, wrap=True, elem_id="wb-table",
                         column_widths=["6%", "7%", "8%", "10%", "15%", "38%", "8%", "8%"])
    finding = gr.Dropdown(label="当前问题", choices=[], allow_custom_value=True, elem_id="wb-finding")
    detail = gr.HTML(elem_id="wb-detail")
    seen = gr.State(None)  # (finding id, version) on screen: decisions are made on that version
    with gr.Row():
        confirm = gr.Button("确认", variant="primary", elem_id="wb-confirm")
        reject = gr.Button("驳回", variant="stop", elem_id="wb-reject")
        reset = gr.Button("撤销为待确认", elem_id="wb-reset")
    reason = gr.Textbox(label="驳回理由（驳回时必填）", elem_id="wb-reason")
    saved = gr.Markdown(elem_id="wb-saved")
    with gr.Accordion("修改问题表述", open=False):
        new_msg = gr.Textbox(label="修改后的问题描述", lines=2, elem_id="wb-edit-msg")
        new_sug = gr.Textbox(label="修改后的修改要求", lines=2)
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
        add = gr.Button("添加", elem_id="wb-manual-add")
    with gr.Row():
        draft = gr.Button("生成审核意见（Word）", variant="primary", elem_id="wb-draft")
        commented = gr.Button("生成批注版原文（Word 批注）", elem_id="wb-commented")
    draft_out = gr.File(label="下载", elem_id="wb-draft-file")

    filters_in: list[Any] = [f_sev, f_status, f_source, f_rule, f_dim]

    def _filters(sev: list[str], st: list[str], src: list[str], rules: list[str], dims: list[str]) -> Filters:
        return Filters(sev or (), st or (), src or (), rules or (), dims or ())

    def _outputs(view: ReviewView) -> tuple[Any, ...]:
        return (view.summary_html, view.rows, gr.update(choices=view.finding_choices, value=None),
                gr.update(choices=view.rules), gr.update(choices=view.dimensions))

    view_out = [summary, table, finding, f_rule, f_dim]

    @boundary
    def on_upload(paths: list[str] | None, request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        user = current_user(service, request)
        text, items = upload_view(service, user, paths or [], progress=lambda f, m: progress(f, desc=m))
        ok = [it.review_id for it in items if it.review_id]
        choices = review_choices(service, user)
        first = next((c for c in choices if parse_id(c) == ok[0]), None) if ok else None
        xlsx = gr.update(visible=False, value=None)
        if len(items) > 1:
            out = Path(tempfile.mkdtemp(prefix="ra-batch-")) / "批量审核汇总.xlsx"
            service.batch_workbook(user, [i for i in ok if i], out, [it for it in items if it.error])
            xlsx = gr.update(visible=True, value=str(out))
        view = review_view(service, user, parse_id(first))
        return (text, gr.update(choices=choices, value=first), xlsx, *_outputs(view))

    run.click(on_upload, [files], [report, review, batch_xlsx, *view_out], api_name="upload")

    @boundary
    def on_review(label: str | None, sev: list[str], st: list[str], src: list[str], rules: list[str], dims: list[str],
                  request: gr.Request) -> tuple[Any, ...]:
        view = review_view(service, current_user(service, request), parse_id(label), _filters(sev, st, src, rules, dims))
        return _outputs(view)

    review.change(on_review, [review, *filters_in], view_out, api_name="open_review")
    for comp in filters_in:
        comp.change(on_review, [review, *filters_in], view_out, api_visibility="private")

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
    def on_finding(label: str | None, request: gr.Request) -> tuple[Any, ...]:
        user = current_user(service, request)
        fid = parse_id(label)
        f = service.get_finding(user, fid) if fid is not None else None
        return finding_html(service, user, fid), f.final_message if f else "", (f.id, f.version) if f else None

    finding.change(on_finding, [finding], [detail, new_msg, seen], api_name="show_finding")

    def _after(action: str) -> Any:
        @boundary
        def handler(review_label_: str | None, label: str | None, why: str, msg: str, sug: str,
                    sev: list[str], st: list[str], src: list[str], rules: list[str], dims: list[str],
                    shown: tuple[int, int] | None, request: gr.Request) -> tuple[Any, ...]:
            user = current_user(service, request)
            fid = parse_id(label)
            version = shown[1] if shown and shown[0] == fid else None
            status = do_action(service, user, fid, action, reason=why, message=msg, suggestion=sug, version=version)
            view = review_view(service, user, parse_id(review_label_), _filters(sev, st, src, rules, dims))
            keep = next((c for c in view.finding_choices if parse_id(c) == fid), None)
            now_seen = (fid, service.get_finding(user, fid).version) if fid is not None else None
            return (status, view.summary_html, view.rows, gr.update(choices=view.finding_choices, value=keep),
                    finding_html(service, user, fid), "" if action == "reject" else why, now_seen)

        return handler

    action_in = [review, finding, reason, new_msg, new_sug, *filters_in, seen]
    action_out = [saved, summary, table, finding, detail, reason, seen]
    confirm.click(_after("confirm"), action_in, action_out, api_name="confirm")
    reject.click(_after("reject"), action_in, action_out, api_name="reject")
    edit.click(_after("edit"), action_in, action_out, api_name="edit")
    reset.click(_after("reset"), action_in, action_out, api_name="reset")

    @boundary
    def on_add(label: str | None, msg: str, m_sev_: str, dim: str, evi: str, sug: str, doc: str, art: str,
               sev: list[str], st: list[str], src: list[str], rules: list[str], dims: list[str], request: gr.Request) -> tuple[Any, ...]:
        user = current_user(service, request)
        rid = parse_id(label)
        if rid is None:
            raise gr.Error("请先选择一条审核记录。")
        f = service.add_manual(user, rid, message=msg, severity=m_sev_, dimension=dim, evidence=evi, suggestion=sug,
                               policy_document=doc, policy_article=art)
        view = review_view(service, user, rid, _filters(sev, st, src, rules, dims))
        return (f"已保存：人工问题 {f.id}。", view.summary_html, view.rows,
                gr.update(choices=view.finding_choices, value=finding_label(f)), "")

    add.click(on_add, [review, m_msg, m_sev, m_dim, m_evi, m_sug, m_doc, m_art, *filters_in],
              [saved, summary, table, finding, m_msg], api_name="add_manual")

    @boundary
    def on_draft(label: str | None, request: gr.Request) -> str:
        return draft_file(service, current_user(service, request), parse_id(label), "opinion")

    @boundary
    def on_commented(label: str | None, request: gr.Request) -> str:
        return draft_file(service, current_user(service, request), parse_id(label), "comments")

    draft.click(on_draft, [review], [draft_out], api_name="draft")
    commented.click(on_commented, [review], [draft_out], api_name="commented_copy")
    return {"review": review, "refresh": on_refresh}
