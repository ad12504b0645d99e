"""``serve`` refuses an address it cannot listen on before starting; ``users add`` prompts in Chinese."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest

from review_assistant.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def test_serve_on_a_taken_port(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, _, err = run(["serve", "--port", str(port), "--home", str(tmp_path)], capsys)
    assert code == 2
    assert err.strip() == f"无法在 127.0.0.1:{port} 启动审核工作台（端口已被占用）：请用 --port 换一个端口，或检查 --host。"
    assert not (tmp_path / "reviews.sqlite3").exists()  # nothing started, no admin account created


@pytest.mark.parametrize(("argv", "needle"), [
    (["--port", "99999"], "选项 --port 的取值无效：应不大于 65535"),
    (["--host", "no-such-host.invalid", "--port", "7999"], "--host no-such-host.invalid：无法识别这个地址。"),
])
def test_serve_bad_address(argv: list[str], needle: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["serve", *argv, "--home", str(tmp_path)], capsys)
    assert code == 2 and needle in err and "内部错误" not in err


def test_users_add_password_prompt_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("REVIEW_ASSISTANT_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("Yunxi-2025-a\nYunxi-2025-b\nYunxi-2025-a\nYunxi-2025-a\n"))
    code, out, err = run(["users", "add", "li", "--home", str(tmp_path)], capsys)
    assert code == 0 and "已添加用户：li" in out
    assert "两次输入的密码不一致，请重新输入。" in err and "Repeat" not in out + err and "Warning" not in err
    monkeypatch.setattr("sys.stdin", io.StringIO("a1\nb1\na2\nb2\na3\nb3\n"))
    code, _, err = run(["users", "add", "wang", "--home", str(tmp_path)], capsys)
    assert code == 2 and err.strip().endswith("两次输入的密码三次都不一致，未作修改。")
