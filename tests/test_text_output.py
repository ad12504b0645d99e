"""The exact text `check` writes for one sample (``--format text --out``: fixed width, no colour).

The expected file was produced by this command on the sample and read line by line; a change to
any message, suggestion, location, policy basis or the table layout shows up here as a diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.cli import main
from review_assistant.resources import REPO_ROOT

SAMPLE = "corpus/samples/goal_sheets/gs07_satisfaction_100.docx"
EXPECTED = Path(__file__).parent / "golden" / "check_gs07_satisfaction_100.txt"


def test_check_text_output_is_exact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO_ROOT)  # the path is printed as given
    out = tmp_path / "check.txt"
    with pytest.raises(SystemExit) as exc:
        main(["check", SAMPLE, "--format", "text", "--out", str(out)])
    assert exc.value.code in (0, None)
    assert out.read_text(encoding="utf-8") == EXPECTED.read_text(encoding="utf-8")
