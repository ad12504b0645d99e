"""`review-assistant eval checks`: scores computed from labels, and bad label files refused cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from review_assistant.cli import main
from review_assistant.review.evaluation import evaluate, format_evaluation, load_labels
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


def _subset(tmp_path: Path, names: list[str], **changes: object) -> Path:
    labels = [lab for lab in yaml.safe_load((SAMPLES / "labels.yaml").read_text(encoding="utf-8"))
              if Path(lab["file"]).name in names]
    for lab in labels:
        lab["file"] = str(SAMPLES / lab["file"])
        lab.update(changes)
    path = tmp_path / "labels.yaml"
    path.write_text(yaml.safe_dump(labels, allow_unicode=True), encoding="utf-8")
    return path


def test_scores_follow_the_labels(tmp_path: Path, settings: Settings) -> None:
    path = _subset(tmp_path, ["rl21_funds_mismatch.docx", "rl22_funds_unknown_label.docx", "clean_classic.docx"])
    ev = evaluate(load_labels([path]), settings)
    assert ev.files == 3
    assert ev.rules["GS-02"].tp == 2 and ev.rules["GS-02"].fn == 0 and ev.rules["GS-02"].fp == 0
    assert ev.errors_wrong == [] and ev.errors_right >= 1
    assert ev.layouts["L01"].files == 2 and ev.layouts["L01"].year_right == 2
    text = format_evaluation(ev)
    assert "GS-02" in text and "错误级精确率" in text


def test_a_wrong_label_shows_as_a_miss_and_a_false_error(tmp_path: Path, settings: Settings) -> None:
    # Claim the mismatch sample must not report GS-02: its certain error becomes a wrong error.
    path = _subset(tmp_path, ["rl21_funds_mismatch.docx"], must=[], must_not=["GS-02"])
    ev = evaluate(load_labels([path]), settings)
    assert ev.rules["GS-02"].fp == 1 and ev.rules["GS-02"].precision == 0
    assert len(ev.errors_wrong) == 1 and "GS-02" in ev.errors_wrong[0]


def test_cli_refuses_a_bad_label_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("just: a mapping\n", encoding="utf-8")
    for labels in (bad, tmp_path / "none.yaml"):
        with pytest.raises(SystemExit) as exc:
            main(["eval", "checks", "--labels", str(labels), "--home", str(tmp_path / "h")])
        assert exc.value.code == 2
        err = capsys.readouterr().err
        assert "标注文件" in err and str(labels.name) in err and "Traceback" not in err


def test_cli_prints_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _subset(tmp_path, ["rl04_level_in_cell.docx"])
    with pytest.raises(SystemExit) as exc:
        main(["eval", "checks", "--labels", str(path), "--home", str(tmp_path / "h")])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "L17" in out and "召回率" in out
