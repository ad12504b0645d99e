"""Help and usage errors are Chinese: headings, option notes, and one line per usage error with exit code 2."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from review_assistant.cli import main

ENGLISH = re.compile(r"Usage:|Options:|Arguments:|Commands:|Show this message|\[default|\[required|<list\[|<str>|<int>"
                     r"|Missing|No such|Invalid value|Got unexpected|requires an")

def _all_commands() -> list[list[str]]:
    """Every command and subcommand the CLI has, walked from the app itself (new ones are covered too)."""
    import typer

    from review_assistant.cli import app

    out: list[list[str]] = []

    def walk(cmd: object, path: list[str]) -> None:
        out.append(path)
        for name, sub in sorted(getattr(cmd, "commands", {}).items()):
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return out


COMMANDS = _all_commands()


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "top")
def test_every_help_is_chinese(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([*command, "--help"], capsys)
    assert code == 0
    assert out.startswith("用法：review-assistant") and "显示本帮助并退出。" in out
    assert not ENGLISH.search(out), out
    assert "选项：" in out


def test_help_columns_line_up_in_terminal_cells(capsys: pytest.CaptureFixture[str]) -> None:
    from rich.cells import cell_len

    _, out, _ = run(["check", "--help"], capsys)
    starts = set()
    for line in out.splitlines():
        if line.startswith("  --"):
            first, _, rest = line[2:].partition("  ")
            starts.add(cell_len("  " + first + "  ") + cell_len(rest) - cell_len(rest.lstrip()))
    assert len(starts) == 1, out
    assert "[默认：text]" in out and "[必填]" in out


@pytest.mark.parametrize(("argv", "needle"), [
    (["check"], "缺少参数 文件"),
    (["draft"], "缺少参数 审核编号"),
    (["draft", "1"], "缺少选项 --out"),
    (["check", "a.docx", "--bogus"], "没有选项 --bogus"),
    (["frobnicate"], "没有命令“frobnicate”"),
    (["draft", "abc", "--out", "x.docx"], "参数 审核编号 的取值无效：应为整数"),
    (["check", "a.docx", "--fiscal-year", "abc"], "选项 --fiscal-year 的取值无效：应为整数"),
    (["ask", "q", "--top-k", "0"], "选项 --top-k 的取值无效：应不小于 1"),
    (["check", "a.docx", "--format"], "选项 --format 后面需要给出取值"),
    (["users", "list", "extra"], "多余的参数：extra"),
])
def test_usage_errors_are_one_chinese_line(argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2 and out == ""
    line = err.strip()
    assert "\n" not in line and needle in line and line.startswith("参数错误：") and "--help" in line, line
    assert not ENGLISH.search(line), line


def test_bare_group_prints_its_help_not_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["kb"], capsys)
    assert code == 2 and err.startswith("用法：review-assistant kb") and "参数错误" not in err


def test_real_entry_point_usage_error() -> None:
    """Through the installed script (what a user types), not only in-process."""
    script = Path(sys.executable).with_name("review-assistant")
    if not script.exists():
        pytest.skip("review-assistant script not installed beside this interpreter")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    p = subprocess.run([str(script), "draft", "abc", "--out", "x.docx"], capture_output=True, text=True, env=env,
                       timeout=120, check=False)
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.strip() == "参数错误：参数 审核编号 的取值无效：应为整数（用 review-assistant draft --help 查看用法）"
