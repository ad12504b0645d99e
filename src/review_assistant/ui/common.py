"""What every tab shares: who is logged in, and the UI's one error boundary."""

from __future__ import annotations

import contextvars
import functools
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import gradio as gr

from review_assistant.errors import PermissionDenied, ReviewAssistantError, should_reraise
from review_assistant.review.users import User
from review_assistant.service import ReviewService

F = TypeVar("F", bound=Callable[..., Any])
LOCAL_USER = User("本机用户", "admin")  # when login is switched off (ui.auth = false)
RELOGIN = "登录已失效（可能已退出、超时或服务已重启），请重新登录。"


def ui_error(message: str) -> gr.Error:
    """A pop-up with a Chinese title and no traceback in the server log (the message says it all)."""
    return gr.Error(message, title="提示", print_exception=False)


def progress_bar(progress: gr.Progress) -> Callable[[float, str], None]:
    """``progress(fraction, line)`` for the service, callable from any thread.

    Gradio finds the event a ``gr.Progress`` belongs to through context variables, which the LLM
    runner's worker threads do not inherit; each call therefore runs in the handler's own context
    (one at a time: a context cannot be entered by two threads at once)."""
    context = contextvars.copy_context()
    lock = threading.Lock()

    def say(fraction: float, line: str) -> None:
        with lock:
            context.run(progress, fraction, desc=line)

    return say


def cancel_llm(event: threading.Event | None) -> str:
    """The "取消大模型判断" button of a tab: sets the session's flag; the model stops before its next call.

    Runs beside the check (outside the queue), so it answers while the check is still running."""
    if event is None:
        return ""
    event.set()
    return "已请求取消大模型判断：正在进行的调用结束后停止，已得到的结果会保存。"


def current_user(service: ReviewService, request: gr.Request | None) -> User:
    """The logged-in user, re-read from the store on every call (a removed user loses access at once)."""
    username = getattr(request, "username", None) if request is not None else None
    if not username:
        if service.settings.ui.auth:
            raise ui_error(RELOGIN)
        return LOCAL_USER
    try:
        return service.user(username)
    except ReviewAssistantError as exc:
        raise ui_error(RELOGIN if isinstance(exc, PermissionDenied) else exc.message) from exc


def boundary(fn: F) -> F:
    """Turn product errors into a Chinese pop-up; unexpected errors into a short internal-error note."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except ReviewAssistantError as exc:
            if should_reraise():
                raise
            raise ui_error(exc.message) from exc
        except Exception as exc:
            if should_reraise():
                raise
            logging.getLogger("review_assistant.ui").exception("unexpected error in %s", fn.__name__)
            raise ui_error(f"内部错误（请联系维护人员）：{type(exc).__name__}") from exc

    return wrapper  # type: ignore[return-value]


def parse_id(label: str | int | float | None) -> int | None:
    """Dropdown labels start with ``#<id>``; numbers pass through."""
    if label is None or label == "":
        return None
    if isinstance(label, int | float):
        return int(label)
    text = str(label).strip().lstrip("#")
    digits = ""
    for ch in text:
        if not ch.isdigit():
            break
        digits += ch
    return int(digits) if digits else None
