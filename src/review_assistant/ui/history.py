"""历史与统计: past reviews by unit/project, and per-rule confirm/reject rates (false-positive signal)."""

from __future__ import annotations

from typing import Any

import gradio as gr

from review_assistant.review.records import PURPOSE_ZH
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.ui import render
from review_assistant.ui.common import boundary, current_user

REVIEW_HEADERS = ["编号", "时间", "用途", "项目", "单位", "版本", "机审结论", "文件", "操作人"]
REFRESH_SECONDS = 30
STAT_HEADERS = ["规则", "问题数", "确认", "修改后确认", "驳回", "待处理", "确认率", "驳回率"]


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def history_rows(service: ReviewService, user: User, unit: str = "", project: str = "") -> list[list[Any]]:
    return [[r.id, render.local_time(r.created_at), PURPOSE_ZH.get(r.purpose, r.purpose), r.title,
             r.unit or r.owner_unit or "", f"第{r.version}版", r.conclusion, r.file_name, r.created_by]
            for r in service.list_reviews(user, unit=unit.strip() or None, project=project.strip() or None)]


def stats_rows(service: ReviewService, user: User) -> list[list[Any]]:
    if not user.can_review:
        return []
    return [[s.rule_id, s.total, s.confirmed, s.edited, s.rejected, s.pending, _pct(s.confirm_rate),
             _pct(s.reject_rate)] for s in service.rule_stats(user)]


def build(service: ReviewService) -> dict[str, Any]:
    with gr.Row():
        unit = gr.Textbox(label="单位（包含）", scale=2)
        project = gr.Textbox(label="项目（包含）", scale=2)
        search = gr.Button("查询", variant="primary", scale=1, elem_id="hs-search")
    gr.Markdown("点击一行打开该审核记录；列表每 30 秒自动刷新。", elem_classes="ra-muted")
    reviews = gr.Dataframe(headers=REVIEW_HEADERS, value=[], interactive=False, wrap=True, elem_id="hs-reviews",
                           max_height=520)
    gr.Markdown("### 规则采纳情况\n驳回率高的规则可能误报较多，可据此调整规则或本地参数。")
    stats = gr.Dataframe(headers=STAT_HEADERS, value=[], interactive=False, elem_id="hs-stats")

    @boundary
    def on_search(u: str, p: str, request: gr.Request) -> tuple[Any, ...]:
        user = current_user(service, request)
        return history_rows(service, user, u or "", p or ""), stats_rows(service, user)

    search.click(on_search, [unit, project], [reviews, stats], api_name="history")

    # The list refreshes on its own while the page is open (new uploads by colleagues appear).
    timer = gr.Timer(REFRESH_SECONDS)

    def on_tick(u: str, p: str, request: gr.Request) -> tuple[Any, ...]:
        try:
            user = current_user(service, request)
        except gr.Error:
            return gr.update(), gr.update()
        if not user.can_review:
            return gr.update(), gr.update()
        return history_rows(service, user, u or "", p or ""), stats_rows(service, user)

    timer.tick(on_tick, [unit, project], [reviews, stats], api_visibility="private", show_progress="hidden")
    def on_load(request: gr.Request) -> tuple[Any, ...]:
        return on_search("", "", request)

    return {"load": (on_load, [reviews, stats]), "reviews": reviews}
