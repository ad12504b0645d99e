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


@pytest.mark.parametrize(("argv", "expected"), [
    (["check"], "缺少参数 paths。"),
    (["bogus"], "没有名为 'bogus' 的命令。"),
    (["chek"], "你是不是想用 'check'？"),
    (["check", "x.docx", "--format"], "选项 --format 需要一个取值。"),
    (["check", "--kindd", "x"], "没有选项 --kindd（可用的选项：--kind）"),
    (["ask", "--top-k", "abc", "问题"], "选项 --top-k 的取值无效：应为整数。"),
    (["ask", "--top-k", "99", "问题"], "应不大于 50。"),
])
def test_usage_errors_are_chinese_with_exit_2(argv: list[str], expected: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, text = _run(argv, capsys)
    assert code == 2
    assert expected in text and text.startswith("参数错误：")
    assert not ENGLISH.search(text), text


def test_password_prompt_is_chinese_and_a_mismatch_adds_nobody(tmp_path: object, capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["first-pass-1", "other-pass-2"])
    monkeypatch.setattr("typer.prompt", lambda text, **kw: (print(text + kw.get("prompt_suffix", "")), next(answers))[1])
    monkeypatch.delenv("REVIEW_ASSISTANT_PASSWORD", raising=False)
    code, text = _run(["users", "add", "zz", "--role", "reviewer", "--home", str(tmp_path)], capsys)
    assert code == 2 and "密码：" in text and "再次输入密码：" in text and "两次输入的密码不一致，未添加用户。" in text
    code, text = _run(["users", "list", "--home", str(tmp_path)], capsys)
    assert "zz" not in text
