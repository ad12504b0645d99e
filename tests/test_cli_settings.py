"""A broken settings.toml (or variable) in the home: one Chinese line naming the file and the setting, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.cli import main

SHEET = str(Path(__file__).resolve().parents[1] / "corpus" / "samples" / "goal_sheets" / "gs02_funds_mismatch.docx")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    return int(exc.value.code or 0), capsys.readouterr().err.strip()


@pytest.mark.parametrize(("content", "needles"), [
    (b"[review\nmin_indicators = 3\n", ["TOML 语法错误（第 1 行第 8 列）"]),
    (b'[review]\nmin_indicators = "three"\n', ["review.min_indicators 应为整数", "'three'"]),
    (b"review = 5\n", ["review 应为一个 [节]"]),
    (b"[review]\nconclusion_vocabulary = 5\n", ["review.conclusion_vocabulary 应为列表"]),
    (b'[ui]\nauth = "maybe"\n', ["ui.auth 应为 true 或 false"]),
    (b"\xff\xfe[review]\n", ["不是 UTF-8 编码"]),
])
def test_bad_settings_file(content: bytes, needles: list[str], tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "settings.toml").write_bytes(content)
    for argv in (["check", SHEET, "--no-llm"], ["users", "list"], ["draft", "1", "--out", str(tmp_path / "a.docx")]):
        code, err = run([*argv, "--home", str(tmp_path)], capsys)
        assert code == 2 and "\n" not in err, err
        assert err.startswith(f"配置无效（{(tmp_path / 'settings.toml').as_posix()}）："), err
        assert all(n in err for n in needles) and "pydantic" not in err and "Input should" not in err, err
    assert (tmp_path / "settings.toml").read_bytes() == content  # never rewritten


def test_bad_environment_variable_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("REVIEW_ASSISTANT_REVIEW__MIN_INDICATORS", "abc")
    code, err = run(["check", SHEET, "--no-llm", "--home", str(tmp_path)], capsys)
    assert code == 2 and "来自环境变量 REVIEW_ASSISTANT_REVIEW__MIN_INDICATORS" in err
