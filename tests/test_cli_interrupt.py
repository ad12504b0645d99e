"""Ctrl+C during ``check`` of a batch: a Chinese line saying what is stored, exit 130, the database intact."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from review_assistant.cli import main
from review_assistant.service.checking import Checking

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "goal_sheets"
FILES = [SAMPLES / n for n in ("gs02_funds_mismatch.docx", "clean_classic.docx", "gs16_two_indicators.docx")]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def test_interrupt_while_saving_says_which_reviews_are_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    real = Checking._save_result
    calls = {"n": 0}

    def interrupted_on_second(self: Checking, *args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Checking, "_save_result", interrupted_on_second)
    home = tmp_path / "h"
    code, _, err = run(["check", *map(str, FILES), "--save", "--no-llm", "--home", str(home)], capsys)
    assert code == 130
    assert err.strip() == "已中断（Ctrl+C）：已保存 1 份（审核编号 1），其余 2 份未保存。"
    monkeypatch.setattr(Checking, "_save_result", real)
    # What was stored is there and usable.
    code, _, err = run(["draft", "1", "--out", str(tmp_path / "a.docx"), "--allow-pending", "--home", str(home)], capsys)
    assert code == 0 and (tmp_path / "a.docx").exists()


def test_interrupt_before_saving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*_a: Any, **_k: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr("review_assistant.engine.check_paths", interrupted)
    code, _, err = run(["check", *map(str, FILES), "--no-llm", "--home", str(tmp_path)], capsys)
    assert code == 130 and err.strip() == "已中断（Ctrl+C）：命令未完成；此前已保存的数据不受影响。"


def test_real_sigint_during_a_batch(tmp_path: Path) -> None:
    """The installed script, a real SIGINT mid-batch: no traceback, exit 130, the stored reviews intact."""
    script = Path(sys.executable).with_name("review-assistant")
    if not script.exists():
        pytest.skip("review-assistant script not installed beside this interpreter")
    home = tmp_path / "h"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"), "TMPDIR": str(tmp_path)}
    first = subprocess.run([str(script), "check", str(FILES[0]), "--save", "--no-llm", "--home", str(home)],
                           capture_output=True, text=True, env=env, timeout=120, check=False)
    assert first.returncode == 0
    batch = [str(f) for f in FILES] * 60  # long enough to be mid-check when the signal comes
    p = subprocess.Popen([str(script), "check", *batch, "--save", "--no-llm", "--home", str(home)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # Signal once the batch has begun (its unpack folder exists), not after a fixed delay: on a loaded machine
    # the interpreter may still be importing after seconds, and a SIGINT there is Python's own traceback, not ours.
    deadline = time.monotonic() + 90
    while not list(tmp_path.glob("ra-batch-*")) and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert p.poll() is None, f"the batch ended before it could be interrupted: {p.returncode}"
    assert list(tmp_path.glob("ra-batch-*")), "the batch did not start within 90 s"
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 130, err
    assert "Traceback" not in err and "已中断（Ctrl+C）" in err.splitlines()[-1]
    with sqlite3.connect(home / "reviews.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM reviews WHERE id = 1").fetchone()[0] == 1
    assert not list(tmp_path.glob("ra-batch-*"))  # the batch's unpack folder is gone


def test_interrupt_while_the_cli_is_still_loading(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import builtins

    from review_assistant import entry

    real_import = builtins.__import__

    def slow_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "review_assistant.cli":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", slow_import)
    with pytest.raises(SystemExit) as exc:
        entry.run()
    assert exc.value.code == 130
    assert capsys.readouterr().err.strip() == "已中断（Ctrl+C）：命令未完成；此前已保存的数据不受影响。"


def test_console_script_runs_the_cli_through_the_entry() -> None:
    import tomllib

    scripts = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts["review-assistant"] == "review_assistant.entry:run"


def test_ctrl_c_while_the_batch_folder_is_being_made_leaves_no_folder(monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    """The signal lands just after the folder exists (where TemporaryDirectory had not yet registered its clean-up)."""
    import tempfile

    from review_assistant import engine

    made: list[str] = []
    real = tempfile.mkdtemp

    def mkdtemp_then_ctrl_c(*args: object, **kwargs: object) -> str:
        made.append(real(dir=str(tmp_path), prefix="ra-batch-"))
        os.kill(os.getpid(), signal.SIGINT)
        return made[-1]

    monkeypatch.setattr(engine.tempfile, "mkdtemp", mkdtemp_then_ctrl_c)
    # Python's own handler, whatever this process inherited (started in the background, SIGINT comes in ignored)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt), engine._work_dir():
            pytest.fail("the interrupt comes before the block runs")
    finally:
        signal.signal(signal.SIGINT, previous)
    assert made and not Path(made[0]).exists()
