"""``init`` writes a settings.toml whose every key is where the settings read it, so editing it takes effect."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from docx import Document

from review_assistant.cli import main
from review_assistant.settings import Settings, load_settings

SHEET = str(Path(__file__).resolve().parents[1] / "corpus" / "samples" / "goal_sheets" / "gs02_funds_mismatch.docx")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> int:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    capsys.readouterr()
    return int(exc.value.code or 0)


def test_init_file_keys_belong_to_their_sections(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["init", "--home", str(tmp_path)], capsys) == 0
    data = tomllib.loads((tmp_path / "settings.toml").read_text(encoding="utf-8"))
    defaults = Settings(home=tmp_path)
    sections = {name: type(getattr(defaults, name)) for name in type(defaults).model_fields if name != "home"}
    assert set(data) == set(sections)  # no stray top-level table such as [summary_conclusions]
    for name, values in data.items():
        assert set(values) <= set(sections[name].model_fields), name
    assert "summary_conclusions" in data["review"] and "office_name" in data["review"]
    # What init writes is the defaults.
    loaded = load_settings(tmp_path)
    assert loaded.model_dump(exclude={"home"}) == Settings(home=tmp_path).model_dump(exclude={"home"})


def test_edited_init_file_takes_effect(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "h"
    assert run(["init", "--home", str(home)], capsys) == 0
    path = home / "settings.toml"
    text = path.read_text(encoding="utf-8").replace('office_name = ""', 'office_name = "云溪区财政局"')
    line = next(x for x in text.splitlines() if x.startswith("summary_conclusions"))
    text = text.replace(line, line.replace('"修改后再审"', '"退回修改"'))
    path.write_text(text, encoding="utf-8")
    settings = load_settings(home)
    assert settings.review.office_name == "云溪区财政局"
    assert settings.review.summary_conclusions["error"] == "退回修改"
    out = tmp_path / "意见.docx"
    assert run(["check", SHEET, "--format", "docx", "--out", str(out), "--no-llm", "--home", str(home)], capsys) == 0
    paragraphs = [p.text for p in Document(str(out)).paragraphs]
    assert "云溪区财政局" in paragraphs and "审核结论：退回修改。" in paragraphs
