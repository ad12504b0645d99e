"""Bad input a new user gives the command line: one Chinese line naming the problem, exit 2, no traceback,
nothing stored lost. (Found by walking the CLI by hand; each case was an internal error or English before.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "goal_sheets"
SHEET = str(SAMPLES / "gs02_funds_mismatch.docx")
UNWRITABLE = Path("/proc/ra-no-such-dir/out")  # /proc refuses new entries even for root


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def one_chinese_line(err: str) -> str:
    line = err.strip()
    assert line and "\n" not in line, err
    assert "Traceback" not in line and "内部错误" not in line, line
    return line


@pytest.mark.parametrize("review_id", ["99999999999999999999999", "0"])
def test_draft_impossible_review_id(review_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["draft", review_id, "--out", str(tmp_path / "a.docx"), "--home", str(tmp_path / "h")], capsys)
    assert code == 2
    assert f"审核编号 {review_id} 无效" in one_chinese_line(err)


@pytest.mark.parametrize("fmt", ["json", "xlsx", "docx", "text"])
def test_check_unwritable_out_is_bad_input(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = UNWRITABLE / f"a.{fmt}"
    code, _, err = run(["check", SHEET, "--format", fmt, "--out", str(out), "--no-llm",
                        "--home", str(tmp_path / "h")], capsys)
    assert code == 2
    line = one_chinese_line(err)
    assert str(out) in line and "路径不存在" in line


def test_check_out_is_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", SHEET, "--format", "docx", "--out", str(tmp_path), "--no-llm",
                        "--home", str(tmp_path / "h")], capsys)
    assert code == 2 and "这是一个文件夹" in one_chinese_line(err)


def test_unwritable_out_is_refused_before_saving(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--save with an --out that cannot be written stores nothing half-way: the command does no work."""
    home = tmp_path / "h"
    code, _, _ = run(["check", SHEET, "--save", "--no-llm", "--home", str(home)], capsys)
    assert code == 0
    before = (home / "reviews.sqlite3").read_bytes()
    code, _, err = run(["check", SHEET, "--save", "--format", "xlsx", "--out", str(UNWRITABLE / "a.xlsx"),
                        "--no-llm", "--home", str(home)], capsys)
    assert code == 2 and "--out" in one_chinese_line(err)
    assert (home / "reviews.sqlite3").read_bytes() == before
    code, _, err = run(["draft", "1", "--out", str(UNWRITABLE / "a.docx"), "--allow-pending",
                        "--home", str(home)], capsys)
    assert code == 2 and "--out" in one_chinese_line(err)


def test_home_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home.txt"
    home.write_text("x", encoding="utf-8")
    for argv in (["users", "list"], ["check", SHEET, "--save", "--no-llm"], ["init"]):
        code, _, err = run([*argv, "--home", str(home)], capsys)
        assert code == 2 and str(home) in one_chinese_line(err), argv
    assert home.read_text(encoding="utf-8") == "x"


def test_home_that_cannot_be_created(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["users", "list", "--home", str(UNWRITABLE)], capsys)
    assert code == 2 and "数据主目录" in one_chinese_line(err)


def test_fiscal_year_message_says_the_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", SHEET, "--fiscal-year", "1999", "--home", str(tmp_path)], capsys)
    assert code == 2 and "2000—2100" in one_chinese_line(err)


def test_overlong_question_is_refused_before_any_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["ask", "预算" * 300, "--no-llm", "--home", str(tmp_path)], capsys)
    assert code == 2 and "问题过长（600 字）" in one_chinese_line(err)


def test_same_file_twice_is_one_review_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", SHEET, SHEET, "--save", "--no-llm", "--home", str(tmp_path)], capsys)
    assert code == 0 and "已保存为审核记录，编号：1\n" in err


def test_docx_of_a_refused_file_names_only_its_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "截断.docx"
    bad.write_bytes((SAMPLES / "gs02_funds_mismatch.docx").read_bytes()[:3000])
    out = tmp_path / "意见.docx"
    code, _, err = run(["check", str(bad), "--format", "docx", "--out", str(out), "--no-llm",
                        "--home", str(tmp_path / "h")], capsys)
    assert code == 2 and one_chinese_line(err).startswith("截断.docx：") and not out.exists()


def test_check_llm_without_a_model_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Like ask --llm: an explicit --llm with llm.provider = none is refused, not silently skipped."""
    code, out, err = run(["check", SHEET, "--llm", "--home", str(tmp_path)], capsys)
    assert code == 2 and out == "" and "未配置大模型（llm.provider=none），无法使用 --llm" in one_chinese_line(err)
