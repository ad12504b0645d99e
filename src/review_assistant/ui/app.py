"""``build_app(service)``: the reviewer workspace as one ``gr.Blocks`` with a tab per task.

Tabs a role cannot use are hidden after login (and every handler checks the role again):
trainees see only 政策问答; units see 单位自查 and 政策问答.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

import review_assistant.ui  # noqa: F401  (sets GRADIO_ANALYTICS_ENABLED before gradio is imported)
from review_assistant.resources import RESOURCE_ROOT, require_file
from review_assistant.service import ReviewService
from review_assistant.ui import account, history, i18n, kb, projects, qa, render, selfcheck, workbench_tab
from review_assistant.ui.common import current_user, parse_id
from review_assistant.ui.security import SecurityMiddleware, check_bind, make_auth

TITLE = "预算绩效审核助手"
CSS_PATH = RESOURCE_ROOT / "ui" / "app.css"
JS_PATH = RESOURCE_ROOT / "ui" / "app.js"
FONT_STACK = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei",
              "sans-serif"]


def theme() -> gr.themes.Base:
    """A theme with local fonts only: the default theme would fetch web fonts from the internet."""
    return gr.themes.Default(primary_hue="blue", neutral_hue="slate", font=FONT_STACK,
                             font_mono=["Noto Sans Mono CJK SC", "monospace"])


def build_app(service: ReviewService) -> gr.Blocks:
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True) as demo:
        with gr.Row(elem_classes="ra-header"):
            gr.Markdown(f"## {TITLE}", elem_id="ra-title")
            who = gr.HTML(elem_id="ra-user")
        # Role tabs start hidden and are shown after login: Gradio 6 shows a hidden tab on update
        # reliably, but does not hide a shown one.
        with gr.Tabs(selected="qa") as tabs:
            with gr.Tab("审核工作台", id="workbench", elem_id="tab-workbench", visible=False) as t_wb:
                wb = workbench_tab.build(service)
            with gr.Tab("单位自查", id="selfcheck", elem_id="tab-selfcheck", visible=False) as t_sc:
                sc = selfcheck.build(service)
            with gr.Tab("政策问答", id="qa", elem_id="tab-qa"):
                qa.build(service)
            with gr.Tab("知识库", id="kb", elem_id="tab-kb", visible=False) as t_kb:
                k = kb.build(service)
            with gr.Tab("历史与统计", id="history", elem_id="tab-history", visible=False) as t_hs:
                hs = history.build(service)
            with gr.Tab("项目", id="projects", elem_id="tab-projects", visible=False) as t_pj:
                pj = projects.build(service)
            with gr.Tab("账号", id="account", elem_id="tab-account", visible=False) as t_ac:
                ac = account.build(service)

        def on_load(request: gr.Request) -> tuple[Any, ...]:
            user = current_user(service, request)
            review_ok, unit_ok = user.can_review, user.can_self_check
            wb_update = wb["refresh"](request) if review_ok else gr.update()
            sc_rows = sc["load"][0](request) if unit_ok else (gr.update(),) * len(sc["load"][1])
            kb_rows = k["load"][0](request) if review_ok else ([], gr.update(), "")
            hs_rows = hs["load"][0](request) if review_ok else ([], [])
            pj_rows = pj["load"][0](request) if review_ok else ([], gr.update())
            # target=_self: a Markdown link would open a new tab and leave this one logged in.
            logout = ' · <a href="/logout" target="_self" id="ra-logout">退出登录</a>' if service.settings.ui.auth else ""
            start = "workbench" if review_ok else "selfcheck" if unit_ok else "qa"
            return (f"当前用户：{render.esc(user.describe())}{logout}", gr.Tabs(selected=start),
                    gr.Tab(visible=review_ok), gr.Tab(visible=unit_ok), gr.Tab(visible=review_ok),
                    gr.Tab(visible=review_ok), gr.Tab(visible=service.settings.ui.auth), wb_update, *sc_rows,
                    *kb_rows, *hs_rows, *ac["load"][0](user), gr.Tab(visible=review_ok), *pj_rows)

        def open_from_history(evt: gr.SelectData) -> tuple[Any, ...]:
            row = evt.row_value or []
            rid = parse_id(row[0]) if row else None
            if rid is None:
                return gr.update(), gr.update()
            return gr.Tabs(selected="workbench"), gr.update(value=f"#{rid}")

        t_hs.select(hs["load"][0], None, hs["load"][1], api_visibility="private", show_progress="hidden")
        hs["reviews"].select(open_from_history, None, [tabs, wb["review"]], api_visibility="private")

        demo.load(on_load, None, [who, tabs, t_wb, t_sc, t_kb, t_hs, t_ac, wb["review"], *sc["load"][1],
                                  *k["load"][1], *hs["load"][1], *ac["load"][1], t_pj, *pj["load"][1]],
                  api_visibility="private")
    return demo


def launch(service: ReviewService, host: str | None = None, port: int | None = None, *,
           prevent_thread_lock: bool = False) -> gr.Blocks:
    """Start the server on ``host:port`` (settings by default) with login against the users table."""
    settings = service.settings
    if settings.limits.sandbox:
        from review_assistant.parsing.sandbox import warm

        warm()  # the fork server for parse children, started before the server's threads exist
    demo = build_app(service)
    bind = host or settings.ui.host
    check_bind(settings, bind)
    auth: Any = make_auth(service) if settings.ui.auth else None  # Gradio awaits a coroutine function
    # Uploads and generated files are deleted from Gradio's cache after this long (and at restart).
    demo.delete_cache = (settings.ui.cache_max_age_s, settings.ui.cache_max_age_s)
    demo.queue(default_concurrency_limit=8)
    demo.launch(
        server_name=bind, server_port=port or settings.ui.port, auth=auth,
        # Gradio's own texts in Chinese whatever the browser's language (the login page included).
        app_kwargs={"middleware": [Middleware(SecurityMiddleware, service=service), Middleware(i18n.TranslatedPages)]},
        i18n=i18n.translations(),
        auth_message="预算绩效审核助手：请使用系统管理员分配的账号和密码登录。",
        prevent_thread_lock=True, share=False, inbrowser=False, show_error=False, quiet=True,
        enable_monitoring=False, ssr_mode=False, theme=theme(),
        css_paths=[require_file(CSS_PATH, "界面样式表 ui/app.css")],
        js=require_file(JS_PATH, "界面脚本 ui/app.js").read_text(encoding="utf-8"),
        allowed_paths=[], max_file_size=f"{int(settings.limits.max_upload_mb)}mb",
        footer_links=[], favicon_path=_favicon(),
    )
    if not prevent_thread_lock:
        _serve_until_interrupted(demo, service)
    return demo


def _serve_until_interrupted(demo: gr.Blocks, service: ReviewService) -> None:
    """Block until Ctrl+C, then close the server with a Chinese message (Gradio's own is English)."""
    try:
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        print("\n已收到 Ctrl+C，正在关闭审核工作台……", file=sys.stderr, flush=True)
        demo.close(verbose=False)
        if service.kb_indexing():
            # The background indexing would keep the process alive for minutes; its writes are
            # transactional, so stopping now loses only the unfinished part, redone at next start.
            print("随附政策的索引尚未完成，已中断，下次启动时会继续。", file=sys.stderr, flush=True)
            print("审核工作台已关闭。", file=sys.stderr, flush=True)
            os._exit(130)
        print("审核工作台已关闭。", file=sys.stderr, flush=True)


def _favicon() -> str | None:
    icon = RESOURCE_ROOT / "ui" / "favicon.svg"
    return str(icon) if icon.exists() else None


__all__ = ["Path", "build_app", "launch"]
