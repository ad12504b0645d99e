"""Chinese for what typer prints itself: help headings, usage lines, option notes and usage errors.

Typer (0.29, with its bundled click) writes some of these through ``gettext`` (patched here with a
catalogue) and others as fixed English strings, which :func:`help_zh` and :func:`error_zh` rewrite.
:func:`install` is called once by :func:`review_assistant.cli.main`.
"""

from __future__ import annotations

import re
from typing import Any

CATALOGUE = {
    "Arguments": "参数",
    "Options": "选项",
    "Commands": "命令",
    "Aborted!": "已取消。",
    "(dynamic)": "（动态）",
    "required": "必填",
    "default: {default}": "默认：{default}",
    "env var: {var}": "环境变量：{var}",
    "Missing command.": "缺少命令。",
    "No such command {name!r}.": "没有名为 {name!r} 的命令。",
}

_HELP = [
    (re.compile(r"^Usage: ", re.M), "用法："),
    (re.compile(r"\[OPTIONS\]"), "[选项]"),
    (re.compile(r"COMMAND \[ARGS\]\.\.\."), "命令 [参数]..."),
    (re.compile(r"Show this message and exit\."), "显示本帮助并退出。"),
    (re.compile(r"<list\[Path\]>"), "<文件…>"),
    (re.compile(r"<path>"), "<路径>"),
    (re.compile(r"<str>"), "<文本>"),
    (re.compile(r"<int>"), "<整数>"),
    (re.compile(r"<float>"), "<数值>"),
    (re.compile(r"<(integer|int) range[^>]*>"), "<整数>"),
    (re.compile(r"Try '([^']+)' for help\."), r"用 '\1' 查看帮助。"),
    (re.compile(r"\{paths\}"), "文件"),
    (re.compile(r"^(参数|选项|命令):$", re.M), r"\1："),
]

_ERRORS = [
    (re.compile(r"^Missing argument '([^']+)'\.?"), r"缺少参数 \1。"),
    (re.compile(r"^Missing option '([^']+)'\.?"), r"缺少选项 \1。"),
    (re.compile(r"^Missing parameter: (.+)$"), r"缺少参数 \1。"),
    (re.compile(r"^No such option: (\S+)"), r"没有选项 \1"),
    (re.compile(r"^No such command '([^']+)'\."), r"没有名为“\1”的命令。"),
    (re.compile(r"Did you mean (.+)\?"), r"你是不是想用 \1？"),
    (re.compile(r"^Option '([^']+)' requires an argument\."), r"选项 \1 需要一个取值。"),
    (re.compile(r"^Option '([^']+)' does not take a value\."), r"选项 \1 不需要取值。"),
    (re.compile(r"^Got unexpected extra arguments? \((.+)\)"), r"多余的参数：\1。"),
    (re.compile(r"^Invalid value for '([^']+)': (.+)$"), r"选项 \1 的取值无效：\2"),
    (re.compile(r"^Invalid value: (.+)$"), r"取值无效：\1"),
    (re.compile(r"'(.+)' is not a valid integer\.?"), r"“\1”不是整数。"),
    (re.compile(r"'(.+)' is not a valid float\.?"), r"“\1”不是数字。"),
    (re.compile(r"(\S+) is not in the range (.+)\.?$"), r"\1 不在允许范围 \2 内。"),
    (re.compile(r"(File|Path|Directory) '([^']+)' does not exist\.?"), r"文件“\2”不存在。"),
    (re.compile(r"Missing command\."), "缺少命令。"),
    (re.compile(r"\s*\(Possible options: (.+)\)"), r"（可用的选项：\1）"),
    (re.compile(r"Input should be a valid integer.*$"), "应为整数。"),
    (re.compile(r"Input should be a valid number.*$"), "应为数字。"),
    (re.compile(r"Input should be less than or equal to (\S+)"), r"应不大于 \1。"),
    (re.compile(r"Input should be greater than or equal to (\S+)"), r"应不小于 \1。"),
    (re.compile(r"。\. "), "。"),
]


def _gettext(message: str) -> str:
    return CATALOGUE.get(message, message)


def help_zh(text: str) -> str:
    for pattern, repl in _HELP:
        text = pattern.sub(repl, text)
    return text


def error_zh(message: str) -> str:
    for pattern, repl in _ERRORS:
        message = pattern.sub(repl, message)
    return message


def install() -> None:
    """Patch typer once: gettext calls get the catalogue, help pages are rewritten on the way out."""
    import typer.core
    from typer._click import core as click_core

    if getattr(click_core.Context.get_help, "_zh", False):
        return
    typer.core._ = _gettext
    original = click_core.Context.get_help

    def get_help(self: Any) -> str:
        return help_zh(original(self))

    get_help._zh = True  # type: ignore[attr-defined]
    click_core.Context.get_help = get_help  # type: ignore[method-assign]
