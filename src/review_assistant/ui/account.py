"""账号: every user changes their own password; an admin resets another user's password.

Results come back as one Chinese line shown under the form (no pop-up); passwords are never echoed.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from review_assistant.errors import InputError, NotFoundError
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.ui import decide
from review_assistant.ui.common import LOCAL_USER, boundary, current_user


def change_own_password(service: ReviewService, user: User, old: str, new: str, again: str) -> str:
    """The message to show; the password is changed only when every check passes."""
    if user is LOCAL_USER:
        return "当前未启用登录，无需修改密码。"
    if not old or not new:
        return "请填写原密码和新密码。"
    if new != again:
        return "两次输入的新密码不一致，请重新输入。"
    try:
        service.change_password(user, user.username, new, old_password=old)
    except (InputError, NotFoundError) as exc:
        return exc.message
    return "密码已修改，下次登录请使用新密码。"


def reset_password(service: ReviewService, admin: User, username: str, new: str) -> str:
    if admin.role != "admin":
        return "只有管理员可以重置其他用户的密码。"
    if not username.strip() or not new:
        return "请填写用户名和新密码。"
    try:
        service.change_password(admin, username.strip(), new)
    except (InputError, NotFoundError) as exc:
        return exc.message
    return f"已重置用户“{username.strip()}”的密码，请通过安全渠道告知本人，并提醒其登录后自行修改。"


def build(service: ReviewService) -> dict[str, Any]:
    gr.Markdown("#### 修改本人密码")
    with gr.Row():
        old = gr.Textbox(label="原密码", type="password", elem_id="ac-old")
        new = gr.Textbox(label=f"新密码（至少 {service.settings.ui.min_password_length} 位，不能是常见密码）", type="password",
                         elem_id="ac-new")
        again = gr.Textbox(label="再次输入新密码", type="password", elem_id="ac-again")
    change = gr.Button("修改密码", variant="primary", elem_id="ac-change")
    changed = gr.HTML(elem_id="ac-changed")
    with gr.Group(visible=False) as admin_box:
        gr.Markdown("#### 重置其他用户的密码（管理员）")
        with gr.Row():
            who = gr.Dropdown(label="用户", choices=[], allow_custom_value=True, elem_id="ac-user")
            fresh = gr.Textbox(label="新密码", type="password", elem_id="ac-reset-pw")
        reset = gr.Button("重置密码", elem_id="ac-reset")
        was_reset = gr.HTML(elem_id="ac-reset-done")

    @boundary
    def on_change(o: str, n: str, a: str, request: gr.Request) -> tuple[str, str, str, str]:
        msg = change_own_password(service, current_user(service, request), o or "", n or "", a or "")
        return decide.hint_html(msg), "", "", ""

    change.click(on_change, [old, new, again], [changed, old, new, again], api_visibility="private")

    @boundary
    def on_reset(u: str | None, pw: str, request: gr.Request) -> tuple[str, str]:
        return decide.hint_html(reset_password(service, current_user(service, request), u or "", pw or "")), ""

    reset.click(on_reset, [who, fresh], [was_reset, fresh], api_visibility="private")

    def on_load(user: User) -> tuple[Any, ...]:
        if user.role != "admin" or user is LOCAL_USER:
            return (gr.Group(visible=False), gr.update())
        names = [u.username for u in service.list_users(user) if u.username != user.username]
        return gr.Group(visible=True), gr.update(choices=names)

    return {"load": (on_load, [admin_box, who])}
