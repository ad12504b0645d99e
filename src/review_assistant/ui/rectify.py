"""整改情况报送 in the 单位自查 tab: a unit answers the office's 整改要求 for its own projects.

The office registers a requirement (CLI ``rectify add`` or the 项目 tab); the unit sees it here, writes
what it has done and submits it through the same service call as ``rectify report``; the office then
closes it. Every step is in the audit log. The unit's text is shown escaped (HTML and Markdown).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import gradio as gr

from review_assistant.errors import ReviewAssistantError
from review_assistant.review.projects import Rectification
from review_assistant.review.store import local_time
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.ui import decide, render
from review_assistant.ui.common import boundary, current_user, parse_id

INTRO = ("财政部门提出的整改要求列在下面。请选择一项，写明已采取的整改措施和结果后报送；"
         "财政部门核实后销号。已报送的可以补充修改后重新报送。")
EMPTY = '<p class="ra-muted">目前没有需要本单位报送整改情况的事项。</p>'


@dataclass
class RectifyView:
    html: str
    choices: list[str] = field(default_factory=list)


def _project(r: Rectification) -> str:
    return r.project_key.split("|", 1)[-1] or "（未注明项目）"


def choice_label(r: Rectification) -> str:
    return f"#{r.id} {_project(r)}：{r.requirement[:30]}（{r.status_zh}）"


def rectify_view(items: Sequence[Rectification]) -> RectifyView:
    """The unit's rectifications as a table (every text escaped); open and reported ones can be answered."""
    if not items:
        return RectifyView(EMPTY)
    rows = ["<table class=\"ra-doc-table\" id=\"sc-rect-table\"><tr><th>编号</th><th>项目</th><th>整改要求</th>"
            "<th>期限</th><th>状态</th><th>本单位报送的整改情况</th></tr>"]
    for r in items:
        due = r.due_date or "未定"
        if r.overdue():
            due += "（已逾期）"
        reported = f"（{local_time(r.reported_at)}）" if r.reported_at else ""
        rows.append(f"<tr><td>{r.id}</td><td>{render.esc(_project(r))}</td><td>{render.esc(r.requirement)}</td>"
                    f"<td>{render.esc(due)}</td><td>{render.esc(r.status_zh)}</td>"
                    f"<td>{render.esc(r.response or '')}{render.esc(reported)}</td></tr>")
    rows.append("</table>")
    return RectifyView("".join(rows), [choice_label(r) for r in items if r.status in {"open", "reported"}])


def load(service: ReviewService, user: User) -> RectifyView:
    return rectify_view(service.cycle.unit_rectifications(user))


def submit(service: ReviewService, user: User, label: str | None, response: str) -> tuple[str, RectifyView]:
    """Report one item's 整改情况; returns the status line (or an inline hint) and the refreshed list."""
    rid = parse_id(label)
    if rid is None:
        return decide.hint_html("请先在“整改事项”中选择一项。"), load(service, user)
    if not (response or "").strip():
        return decide.hint_html("请填写整改情况。"), load(service, user)
    try:
        service.cycle.report_rectification(user, rid, response)
    except ReviewAssistantError as exc:  # shown beside the field, like every validation message
        return decide.hint_html(exc.message), load(service, user)
    return f'<span class="ra-ok">已报送整改事项 {rid} 的整改情况，待财政部门核实销号。</span>', load(service, user)


def build(service: ReviewService) -> dict[str, Any]:
    """The panel inside the 单位自查 tab; returns its load hook (called after login)."""
    with gr.Accordion("整改情况报送", open=True, elem_id="sc-rect"):
        gr.Markdown(INTRO)
        table = gr.HTML(EMPTY, elem_id="sc-rect-list")
        with gr.Row(equal_height=False):
            item = gr.Dropdown(label="整改事项", choices=[], elem_id="sc-rect-item", scale=2)
            text = gr.Textbox(label="整改情况（已采取的措施和结果）", lines=3, elem_id="sc-rect-text", scale=3)
        send = gr.Button("报送整改情况", variant="primary", elem_id="sc-rect-send")
        said = gr.HTML(elem_id="sc-rect-said")

    @boundary
    def on_send(label: str | None, response: str, request: gr.Request) -> tuple[Any, ...]:
        user = current_user(service, request)
        line, view = submit(service, user, label, response or "")
        done = "ra-ok" in line
        return (line, view.html, gr.update(choices=view.choices, value=label if not done else None),
                "" if done else gr.update())

    send.click(on_send, [item, text], [said, table, item, text], api_name="report_rectification")

    @boundary
    def on_load(request: gr.Request) -> tuple[Any, ...]:
        view = load(service, current_user(service, request))
        return view.html, gr.update(choices=view.choices)

    return {"load": (on_load, [table, item])}
