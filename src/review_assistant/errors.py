"""One small exception hierarchy. Each error carries a Chinese message for the person at the screen.

The CLI and the UI each have one error boundary that turns these into a one-line Chinese message;
set ``REVIEW_ASSISTANT_RAISE=1`` to let them propagate (tests, debugging).
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path


class ReviewAssistantError(Exception):
    """Base of every error the product raises on purpose. ``message`` is Chinese, user-facing."""

    exit_code = 1
    retryable = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DocumentError(ReviewAssistantError):
    """The input file is the problem: missing, unreadable, unsupported, corrupt, encrypted, too big, empty."""

    exit_code = 2

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{Path(self.path).name}：{problem}")


class InputError(ReviewAssistantError):
    """A bad option or argument (not tied to one file)."""

    exit_code = 2


class FieldError(InputError):
    """A value the user typed is not acceptable (a rejection without a reason, an empty message …).

    ``field`` names the input it belongs to (``reason``, ``message``, ``suggestion`` …), so the UI can
    show the Chinese message inline next to that field; it is expected, never logged as a traceback.
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class StaleDecision(ReviewAssistantError):
    """A decision made on a view of a finding that someone else has changed since; nothing was saved."""

    exit_code = 2


class PendingFindings(ReviewAssistantError):
    """A 审核意见 was asked for while error-level findings are still undecided; ``count`` says how many."""

    exit_code = 2

    def __init__(self, message: str, count: int) -> None:
        super().__init__(message)
        self.count = count


class Interrupted(ReviewAssistantError):
    """The user pressed Ctrl+C part-way; the message says what was already stored (exit code 130, as shells use)."""

    exit_code = 130


NO_LLM_CONFIGURED = "未配置大模型（llm.provider=none），无法使用 --llm；请在 settings.toml 的 [llm] 中配置，或去掉 --llm。"

INTERRUPTED = "已中断（Ctrl+C）：命令未完成；此前已保存的数据不受影响。"


class ConfigError(ReviewAssistantError):
    """Settings are invalid or a configured service cannot be used."""

    exit_code = 2


class NotFoundError(ReviewAssistantError):
    """A requested stored object (review, finding, document) does not exist or is not visible to the user."""

    exit_code = 2


class PermissionDenied(ReviewAssistantError):
    """The current user's role does not allow the action."""

    exit_code = 2


class ModelError(ReviewAssistantError):
    """The LLM or embedding service misbehaved (bad output, refused, timed out)."""

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class ResourceMissing(ReviewAssistantError):
    """The installation lacks a bundled resource (prompts, rule metadata, policies, CSS): not the user's input."""


def should_reraise() -> bool:
    """True when tests or a developer want real tracebacks instead of the friendly boundary."""
    return os.environ.get("REVIEW_ASSISTANT_RAISE", "").lower() in {"1", "true", "yes"}


_ERRNO_ZH = {
    errno.ENOENT: "路径不存在", errno.EACCES: "没有权限", errno.EPERM: "操作不被允许", errno.EROFS: "只读文件系统",
    errno.ENOSPC: "磁盘空间不足", errno.EISDIR: "这是一个文件夹", errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EEXIST: "已有同名文件", errno.ENAMETOOLONG: "文件名太长", errno.EDQUOT: "超出磁盘配额",
    errno.EADDRINUSE: "端口已被占用", errno.EADDRNOTAVAIL: "本机没有这个地址",
}


def os_reason(exc: BaseException) -> str:
    """The reason of an OS error in Chinese (the system's own words for an errno this does not know)."""
    code = getattr(exc, "errno", None)
    if code in _ERRNO_ZH:
        return _ERRNO_ZH[code]
    return getattr(exc, "strerror", None) or str(exc)


# pydantic's value messages (typer's option values, settings.toml), in Chinese; others are kept as they are.
_VALUE_PROBLEMS: Sequence[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = (
    (re.compile(r"Extra inputs are not permitted"), lambda m: "不是已知的配置项（拼写有误？review-assistant init 写出的 settings.toml 列有全部参数）"),
    (re.compile(r"valid integer"), lambda m: "应为整数"),
    (re.compile(r"valid number"), lambda m: "应为数字"),
    (re.compile(r"valid boolean"), lambda m: "应为 true 或 false"),
    (re.compile(r"valid string"), lambda m: "应为文字（加英文引号）"),
    (re.compile(r"valid (?:list|tuple|array)"), lambda m: "应为列表，如 [\"a\", \"b\"]"),
    (re.compile(r"valid dictionary"), lambda m: "应为一个 [节]，不是单个值"),
    (re.compile(r"greater than or equal to (\S+)"), lambda m: f"应不小于 {m.group(1)}"),
    (re.compile(r"less than or equal to (\S+)"), lambda m: f"应不大于 {m.group(1)}"),
    (re.compile(r"greater than (\S+)"), lambda m: f"应大于 {m.group(1)}"),
    (re.compile(r"less than (\S+)"), lambda m: f"应小于 {m.group(1)}"),
    (re.compile(r"Input should be (.+)$"), lambda m: f"应为 {m.group(1).replace(' or ', ' 或 ')}"),
)


def value_problem_zh(text: str) -> str:
    """A pydantic validation message (\"Input should be a valid integer …\") in Chinese."""
    for pattern, word in _VALUE_PROBLEMS:
        m = pattern.search(text)
        if m:
            return word(m)
    return text
