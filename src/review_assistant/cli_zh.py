"""Chinese words for what typer itself prints: help headings and usage errors.

typer's bundled click writes ``Usage:``, ``Options:``, ``[default: …]`` and its usage errors in English
(no message catalogue to plug in). :class:`ZhTyper` gives every command a context whose help
formatter writes those words in Chinese; :func:`usage_message` turns a usage error into the one
Chinese line the CLI prints (the option or argument named, typer's own text as the fallback).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import typer
from rich.cells import cell_len
from typer import _click
from typer._click import exceptions as cx
from typer.core import TyperCommand, TyperGroup

from review_assistant.errors import value_problem_zh

_HEADINGS = {"Usage": "用法", "Options": "选项", "Arguments": "参数", "Commands": "命令"}
_HELP_OPTION = "Show this message and exit."
_USAGE_WORDS = (("[OPTIONS]", "[选项]"), ("COMMAND [ARGS]...", "命令 [参数]..."))
# Bracketed notes after an option's help: "[default: text; required]".
_REQUIRED_ARG = re.compile(r"\{([^{}]+)\}")
_NO_LINE_START = frozenset("，。；：、）」』”’！？…")  # punctuation a line may not begin with
_TYPE_TAG = re.compile(r" <([^<>]+)>$")
_TYPE_ZH = {"path": "路径", "int": "整数", "str": "文字", "float": "数字", "list[Path]": "路径", "list[str]": "文字"}
_NOTE = re.compile(r"\[([^\[\]]*(?:default: |required)[^\[\]]*)\]$")



def _wrap_cells(text: str, width: int) -> list[str]:
    """Greedy wrap by terminal cells; breaks anywhere in Chinese text, at spaces in Latin words."""
    lines: list[str] = []
    line = ""
    for token in re.findall(r"[!-~]+ ?|\s|.", text):
        if line and cell_len(line + token.rstrip()) > width and token not in _NO_LINE_START:
            lines.append(line.rstrip())
            line = token.lstrip()
        else:
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _note_zh(note: str) -> str:
    parts = []
    for part in note.split("; "):
        if part == "required":
            parts.append("必填")
        elif part.startswith("default: "):
            parts.append(f"默认：{part.removeprefix('default: ')}")
        else:
            parts.append(part)
    return f"[{'；'.join(parts)}]"


class ZhHelpFormatter(_click.HelpFormatter):
    """click's help layout with its own words in Chinese."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        for en, zh in _USAGE_WORDS:
            args = args.replace(en, zh)
        args = _REQUIRED_ARG.sub(r"\1", args)  # typer marks a required argument {NAME}: plain NAME reads better
        super().write_usage(prog, args, "用法：" if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{_HEADINGS.get(heading, heading)}：\n")

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        """click's two-column list, measured in terminal cells (a Chinese character is two)."""
        items = []
        for first, second in rows:
            # An argument's name says what it is ("文件 <list[Path]>"); an option's value type, in Chinese.
            first = _TYPE_TAG.sub("" if not first.startswith("-") else lambda m: " " + _TYPE_ZH.get(m.group(1), m.group(1)), first)
            second = "显示本帮助并退出。" if second == _HELP_OPTION else _NOTE.sub(lambda m: _note_zh(m.group(1)), second)
            items.append((first, second))
        first_col = min(max((cell_len(f) for f, _ in items), default=0), col_max) + col_spacing
        text_width = max(self.width - first_col - self.current_indent, 20)
        for first, second in items:
            pad = first_col - cell_len(first)
            lines = _wrap_cells(second, text_width)
            if pad < col_spacing:  # too long: the help starts on the next line
                self.write(f"{'':>{self.current_indent}}{first}\n")
                pad = first_col + self.current_indent
                self.write(" " * pad)
            else:
                self.write(f"{'':>{self.current_indent}}{first}" + " " * pad)
                pad = first_col + self.current_indent
            self.write((lines[0] if lines else "") + "\n")
            for line in lines[1:]:
                self.write(" " * pad + line + "\n")


class ZhContext(typer.Context):
    formatter_class = ZhHelpFormatter


class ZhCommand(TyperCommand):
    context_class = ZhContext


class ZhGroup(TyperGroup):
    context_class = ZhContext


class ZhTyper(typer.Typer):
    """A typer app whose groups and commands print their help in Chinese."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", ZhGroup)
        super().__init__(**kwargs)

    def command(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", ZhCommand)
        return super().command(*args, **kwargs)


def _param_label(param: Any) -> str:
    if param is None:
        return "参数"
    if getattr(param, "param_type_name", "") == "option":
        return f"选项 {' / '.join(param.opts) or param.name}"
    return f"参数 {param.metavar or (param.name or '').upper()}"


def usage_message(exc: typer.TyperException) -> str:
    """One Chinese line for a usage error (missing argument, unknown option or command, bad value)."""
    if isinstance(exc, cx.NoSuchOption):
        msg = f"没有选项 {exc.option_name}"
        if exc.possibilities:
            msg += f"（是否想用：{'、'.join(sorted(exc.possibilities))}）"
    elif isinstance(exc, cx.MissingParameter):
        msg = f"缺少{_param_label(exc.param)}"
    elif isinstance(exc, cx.BadParameter):
        msg = f"{_param_label(exc.param)} 的取值无效：{value_problem_zh(exc.message)}"
    elif isinstance(exc, cx.BadOptionUsage):
        if "requires" in exc.message:
            msg = f"选项 {exc.option_name} 后面需要给出取值"
        elif "does not take a value" in exc.message:
            msg = f"选项 {exc.option_name} 不带取值"
        else:
            msg = exc.message
    else:
        text = exc.format_message() if isinstance(exc, cx.ClickException) else str(exc)
        if m := re.match(r"No such command '(.*)'\.", text):
            msg = f"没有命令“{m.group(1)}”"
        elif m := re.match(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)", text):
            msg = f"多余的参数：{m.group(1)}"
        elif text.startswith("Missing command"):
            msg = "缺少子命令"
        else:
            msg = text
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "review-assistant"
    return f"参数错误：{msg}（用 {where} --help 查看用法）"
