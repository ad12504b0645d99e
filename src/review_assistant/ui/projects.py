"""项目: one project across stages and years — timeline, cross-stage findings, links to confirm, 整改,
and the 结果应用 / 公开 exports. Handlers are plain functions over ``service.cycle`` (tested without a browser).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.ui import render
from review_assistant.ui.common import boundary, current_user, parse_id

PROJECT_HEADERS = ["单位", "项目", "年度", "材料数", "待确认关联", "整改（未销号）"]
TIMELINE_HEADERS = ["年度", "环节", "文件", "版本", "时间", "机审结论", "错误", "警告", "处理情况", "结果", "审核编号"]
RECT_HEADERS = ["编号", "整改要求", "期限", "状态", "整改情况", "登记人", "销号人"]
KEY_SEP = " ｜ "


def project_label(p: Any) -> str:
    return f"{p.unit or '（单位未填）'}{KEY_SEP}{p.name}{KEY_SEP}{p.key}"


def key_of(label: str | None) -> str | None:
    if not label:
        return None
    return str(label).rsplit(KEY_SEP, 1)[-1].strip() or None


def project_rows(service: ReviewService, user: User) -> tuple[list[list[Any]], list[str]]:
    projects = service.cycle.projects(user)
    open_rects: dict[str, int] = {}
    for r in service.cycle.rectifications(user):
        if r.status != "closed":
            open_rects[r.project_key] = open_rects.get(r.project_key, 0) + 1
    rows = [[p.unit, p.name, "、".join(map(str, p.years)), len(p.latest()), len(p.proposals), open_rects.get(p.key, 0)]
            for p in projects]
    return rows, [project_label(p) for p in projects]


@dataclass
class ProjectView:
    title_html: str
    timeline: list[list[Any]]
    findings_html: str
    proposals_html: str
    proposal_choices: list[str]
    rectifications: list[list[Any]]
    events_html: str = ""


def project_view(service: ReviewService, user: User, key: str | None) -> ProjectView:
    if not key:
        return ProjectView("", [], "", "", [], [])
    p = service.cycle.project(user, key)
    timeline = [[r.year or "", r.stage, r.file_name, f"第{r.version}版", render.local_time(r.created_at), r.conclusion,
                 r.errors, r.warnings, r.decided, r.result, r.review_id] for r in service.cycle.timeline(user, key)]
    stage = service.cycle.stage_findings(user, key)
    if stage:
        items = "".join(
            f"<li>{render.severity_badge(s.finding.severity)} <b>{render.esc(s.finding.rule_id)}</b> "
            f"{render.esc(s.file_name)}：{render.esc(s.finding.message)}"
            + (f"<br><small>对照：{render.esc(s.finding.related[0].evidence[:120])}</small>" if s.finding.related else "")
            + "</li>" for s in stage)
        findings = f"<p>跨环节检查发现 {len(stage)} 项问题：</p><ul>{items}</ul>"
    else:
        findings = "<p>跨环节检查（自评与批复目标、监控预计与实际、本年目标与上年实际）未发现问题。</p>"
    proposals = "".join(f"<li>{render.esc(x.file_name)}：{render.esc(x.reason)}</li>" for x in p.proposals)
    rects = [[r.id, r.requirement, r.due_date or "", r.status_zh + ("（已逾期）" if r.overdue() else ""), r.response or "",
              r.created_by, r.closed_by or ""] for r in service.cycle.rectifications(user, key)]
    years = "、".join(map(str, p.years)) or "年度未知"
    title = f"<h3>{render.esc(p.name)}</h3><p>{render.esc(p.unit or '单位未填')} · {render.esc(years)}</p>"
    events = "".join(f"<li>{render.esc(render.local_time(e.at))} {render.esc(e.actor)}：{render.esc(e.what)}</li>"
                     for e in service.cycle.events(user, key))
    return ProjectView(title, timeline, findings,
                       f"<p>以下材料可能属于本项目，请确认：</p><ul>{proposals}</ul>" if proposals else "",
                       [f"#{x.document_id} {x.file_name}" for x in p.proposals], rects,
                       f"<p>处理记录：</p><ul>{events}</ul>" if events else "")


def link_action(service: ReviewService, user: User, key: str | None, choice: str | None, confirm: bool) -> str:
    document_id = parse_id(choice)
    if not key or document_id is None:
        raise gr.Error("请先选择项目和待确认的材料。")
    service.cycle.decide_link(user, document_id, key, confirm)
    return f"已{'确认' if confirm else '否定'}材料 {document_id} 与本项目的关联。"


def rect_action(service: ReviewService, user: User, key: str | None, action: str, *, requirement: str = "",
                due: str = "", rect_id: float | int | str | None = None, response: str = "") -> str:
    if not key:
        raise gr.Error("请先选择项目。")
    if action == "add":
        r = service.cycle.add_rectification(user, key, requirement, due or None)
        return f"已登记整改事项 {r.id}。"
    rid = parse_id(rect_id)
    if rid is None:
        raise gr.Error("请填写整改事项编号。")
    if action == "report":
        service.cycle.report_rectification(user, rid, response)
        return f"已登记整改事项 {rid} 的整改情况。"
    service.cycle.close_rectification(user, rid)
    return f"整改事项 {rid} 已销号。"


def export_results(service: ReviewService, user: User, year: float | int | None) -> str:
    out = Path(tempfile.mkdtemp(prefix="ra-results-")) / "结果应用表.xlsx"
    return str(service.cycle.results_workbook(user, out, int(year) if year else None))


def export_disclosure(service: ReviewService, user: User, year: float | int | None) -> list[str]:
    out = Path(tempfile.mkdtemp(prefix="ra-disclose-"))
    docx, xlsx = service.cycle.disclose(user, out, int(year) if year else None)
    return [str(docx), str(xlsx)]


def build(service: ReviewService) -> dict[str, Any]:
    with gr.Row():
        refresh = gr.Button("刷新项目列表", elem_id="pj-refresh", scale=1)
        year = gr.Number(label="导出年度（空为全部）", precision=0, elem_id="pj-year", scale=1)
        results_btn = gr.Button("导出结果应用表（Excel）", variant="primary", elem_id="pj-results", scale=2)
        disclose_btn = gr.Button("导出公开材料（Word＋Excel）", elem_id="pj-disclose", scale=2)
    exports = gr.File(label="下载", file_count="multiple", elem_id="pj-exports")
    projects = gr.Dataframe(headers=PROJECT_HEADERS, value=[], interactive=False, wrap=True, elem_id="pj-projects")
    project = gr.Dropdown(label="项目", choices=[], elem_id="pj-project")
    title = gr.HTML(elem_id="pj-title")
    timeline = gr.Dataframe(headers=TIMELINE_HEADERS, value=[], interactive=False, wrap=True, elem_id="pj-timeline")
    findings = gr.HTML(elem_id="pj-findings")
    proposals = gr.HTML(elem_id="pj-proposals")
    with gr.Row():
        proposal = gr.Dropdown(label="待确认的材料", choices=[], elem_id="pj-proposal", scale=3)
        confirm = gr.Button("确认属于本项目", elem_id="pj-confirm", scale=1)
        deny = gr.Button("不属于本项目", elem_id="pj-deny", scale=1)
    gr.Markdown("#### 整改跟踪（整改要求 → 整改情况 → 销号）")
    rects = gr.Dataframe(headers=RECT_HEADERS, value=[], interactive=False, wrap=True, elem_id="pj-rects")
    events = gr.HTML(elem_id="pj-events")
    with gr.Row():
        requirement = gr.Textbox(label="整改要求", scale=3, elem_id="pj-req")
        due = gr.Textbox(label="期限（如 2025-10-31）", scale=1, elem_id="pj-due")
        add = gr.Button("登记", elem_id="pj-add", scale=1)
    with gr.Row():
        rect_id = gr.Number(label="整改事项编号", precision=0, scale=1, elem_id="pj-rid")
        response = gr.Textbox(label="整改情况", scale=3, elem_id="pj-resp")
        report = gr.Button("登记整改情况", scale=1, elem_id="pj-report")
        close = gr.Button("销号", scale=1, elem_id="pj-close")
    saved = gr.Markdown(elem_id="pj-saved")

    def _view(user: User, label: str | None) -> tuple[Any, ...]:
        v = project_view(service, user, key_of(label))
        return (v.title_html, v.timeline, v.findings_html, v.proposals_html,
                gr.Dropdown(choices=v.proposal_choices, value=None), v.rectifications, v.events_html)

    view_out = [title, timeline, findings, proposals, proposal, rects, events]

    @boundary
    def on_refresh(request: gr.Request) -> tuple[Any, ...]:
        rows, choices = project_rows(service, current_user(service, request))
        return rows, gr.Dropdown(choices=choices, value=None)

    @boundary
    def on_select(label: str | None, request: gr.Request) -> tuple[Any, ...]:
        return _view(current_user(service, request), label)

    @boundary
    def on_link(label: str | None, choice: str | None, ok: bool, request: gr.Request) -> tuple[Any, ...]:
        user = current_user(service, request)
        msg = link_action(service, user, key_of(label), choice, ok)
        return (msg, *_view(user, label))

    @boundary
    def on_rect(label: str | None, action: str, req: str, when: str, rid: Any, resp: str,
                request: gr.Request) -> tuple[Any, ...]:
        user = current_user(service, request)
        msg = rect_action(service, user, key_of(label), action, requirement=req or "", due=when or "", rect_id=rid,
                          response=resp or "")
        return (msg, *_view(user, label))

    @boundary
    def on_confirm(label: str | None, choice: str | None, request: gr.Request) -> tuple[Any, ...]:
        return on_link(label, choice, True, request)

    @boundary
    def on_deny(label: str | None, choice: str | None, request: gr.Request) -> tuple[Any, ...]:
        return on_link(label, choice, False, request)

    @boundary
    def on_add(label: str | None, req: str, when: str, rid: Any, resp: str, request: gr.Request) -> tuple[Any, ...]:
        return on_rect(label, "add", req, when, rid, resp, request)

    @boundary
    def on_report(label: str | None, req: str, when: str, rid: Any, resp: str, request: gr.Request) -> tuple[Any, ...]:
        return on_rect(label, "report", req, when, rid, resp, request)

    @boundary
    def on_close(label: str | None, req: str, when: str, rid: Any, resp: str, request: gr.Request) -> tuple[Any, ...]:
        return on_rect(label, "close", req, when, rid, resp, request)

    @boundary
    def on_results(y: float | None, request: gr.Request) -> list[str]:
        return [export_results(service, current_user(service, request), y)]

    @boundary
    def on_disclose(y: float | None, request: gr.Request) -> list[str]:
        return export_disclosure(service, current_user(service, request), y)

    refresh.click(on_refresh, None, [projects, project], api_name="projects")
    project.change(on_select, [project], view_out, api_visibility="private")
    confirm.click(on_confirm, [project, proposal], [saved, *view_out], api_visibility="private")
    deny.click(on_deny, [project, proposal], [saved, *view_out], api_visibility="private")
    rect_in = [project, requirement, due, rect_id, response]
    add.click(on_add, rect_in, [saved, *view_out], api_visibility="private")
    report.click(on_report, rect_in, [saved, *view_out], api_visibility="private")
    close.click(on_close, rect_in, [saved, *view_out], api_visibility="private")
    results_btn.click(on_results, [year], [exports], api_name="results_workbook")
    disclose_btn.click(on_disclose, [year], [exports], api_name="disclose")
    return {"load": (on_refresh, [projects, project])}
