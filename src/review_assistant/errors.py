"""One small exception hierarchy. Each error carries a Chinese message for the person at the screen.

The CLI and the UI each have one error boundary that turns these into a one-line Chinese message;
set ``REVIEW_ASSISTANT_RAISE=1`` to let them propagate (tests, debugging).
"""

from __future__ import annotations

import errno
import os
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
}


def os_reason(exc: BaseException) -> str:
    """The reason of an OS error in Chinese (the system's own words for an errno this does not know)."""
    code = getattr(exc, "errno", None)
    if code in _ERRNO_ZH:
        return _ERRNO_ZH[code]
    return getattr(exc, "strerror", None) or str(exc)
