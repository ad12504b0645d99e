"""Everything the command line prints by itself is Chinese: help pages, usage errors, kb ensure steps."""

from __future__ import annotations

import re

import pytest

from review_assistant.cli import main

ENGLISH = re.compile(r"Usage|Options|Commands|Arguments|Missing|Error|Show this|No such|default:|required|"
                     r"Did you mean|Possible|Input should|requires an argument")


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out = capsys.readouterr()
    return int(exc.value.code or 0), out.out + out.err


@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"], ["kb", "--help"], ["users", "add", "--help"],
                                  ["serve", "--help"], ["kb"]])
def test_help_pages_are_chinese(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    _, text = _run(argv, capsys)
    assert "用法：" in text
    assert not ENGLISH.search(text), ENGLISH.search(text)


@pytest.mark.parametrize("argv", [
    ["check"], ["bogus"], ["chek"], ["check", "x.docx", "--format"], ["check", "--kindd", "x"],
    ["ask", "--top-k", "abc", "问题"], ["ask", "--top-k", "99", "问题"],
])
def test_usage_errors_are_chinese_with_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    # The exact wording is asserted in test_cli_help.py; here: exit 2 and no English from typer/click.
    code, text = _run(argv, capsys)
    assert code == 2
    assert text.strip() and not ENGLISH.search(text), text
