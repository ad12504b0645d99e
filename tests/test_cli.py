"""The command line per the contract: formats, batches, exit codes, Chinese one-line errors."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from review_assistant.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "goal_sheets"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
        raise SystemExit(0)
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def test_json_contract_single(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", str(SAMPLES / "gs02_funds_mismatch.docx"), "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "review_assistant.check/1"
    assert set(data["document"]) >= {"path", "sha256", "kind", "fiscal_year", "title", "pages"}
    assert data["document"]["kind"] == "goal_sheet"
    f = next(f for f in data["findings"] if f["rule_id"] == "GS-02")
    assert set(f) >= {"id", "rule_id", "dimension", "severity", "message", "evidence", "location", "policy_refs",
                      "suggestion", "source", "confidence"}
    assert f["severity"] == "error" and f["source"] == "rule"
    assert f["policy_refs"][0]["document"] and f["policy_refs"][0]["article"]
    assert set(f["location"]) >= {"page", "section", "table", "row", "paragraph"}
    sev = [x["severity"] for x in data["findings"]]
    assert sev == sorted(sev, key=["error", "warning", "info"].index)
    assert data["summary"]["errors"] >= 1 and data["summary"]["conclusion"] == "修改后再审"


def test_batch_with_bad_file_keeps_going(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "坏 文件.docx"
    bad.write_text("not a zip", encoding="utf-8")
    good = SAMPLES / "clean_classic.docx"
    code, out, err = run(["check", str(good), str(bad), "--format", "json"], capsys)
    assert code == 2
    data = json.loads(out)
    assert [d["document"]["path"] for d in data] == [str(good), str(bad)]
    assert data[0]["summary"]["errors"] == 0 and "error" not in data[0]
    assert "坏 文件.docx" in data[1]["error"]
    assert err.strip().count("\n") == 0 and "坏 文件.docx" in err


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("missing.docx", None, "不存在"),
        ("empty.docx", b"", "空"),
        ("sheet.doc", b"binary", "不支持"),
    ],
)
def test_bad_input_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes | None,
                          needle: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, _, err = run(["check", str(path)], capsys)
    assert code == 2
    assert name in err and needle in err
    assert "Traceback" not in err


def test_docx_without_indicator_table_is_rejected_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("2025年度项目支出绩效目标申报表")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "项目名称", "示例项目"
    t.cell(1, 0).text, t.cell(1, 1).text = "说明", "本表没有指标列"
    path = tmp_path / "无指标.docx"
    d.save(str(path))
    code, _, err = run(["check", str(path)], capsys)
    assert code == 2 and "未找到可识别的绩效指标表" in err and "无指标.docx" in err


def test_other_document_reported_as_such(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", str(SAMPLES / "other_meeting_notice.docx")], capsys)
    assert code == 2 and "不是绩效目标申报表" in err


def test_bad_option_is_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", str(SAMPLES / "clean_classic.docx"), "--kind", "bogus"], capsys)
    assert code == 2 and "--kind" in err
    code, _, err = run(["check", str(SAMPLES / "clean_classic.docx"), "--no-such-option"], capsys)
    assert code == 2 and "参数错误" in err


def test_text_and_markdown_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", str(SAMPLES / "gs16_two_indicators.docx")], capsys)
    assert code == 0 and "GS-16" in out and "结论" in out
    md = tmp_path / "out.md"
    code, _, _ = run(["check", str(SAMPLES / "gs16_two_indicators.docx"), "--format", "markdown", "--out", str(md)],
                     capsys)
    text = md.read_text(encoding="utf-8")
    assert code == 0 and "| 序号 | 级别 |" in text and "GS-16" in text


def test_fiscal_year_option_overrides_title(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", str(SAMPLES / "clean_classic.docx"), "--format", "json", "--fiscal-year", "2024"],
                       capsys)
    data = json.loads(out)
    assert code == 0 and data["document"]["fiscal_year"] == 2024
    assert any(f["rule_id"] == "GS-10" for f in data["findings"])  # its 2025 deadline now lies outside the year


def test_zip_bomb_docx_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEW_ASSISTANT_LIMITS__MAX_UNCOMPRESSED_MB", "1")
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (5 * 1024 * 1024))
    code, _, err = run(["check", str(path)], capsys)
    assert code == 2 and "bomb.docx" in err


def test_settings_toml_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "h"
    home.mkdir()
    (home / "settings.toml").write_text("[review]\nmin_indicators = 20\n", encoding="utf-8")
    code, out, _ = run(["check", str(SAMPLES / "clean_classic.docx"), "--format", "json", "--home", str(home)], capsys)
    assert code == 0 and any(f["rule_id"] == "GS-16" for f in json.loads(out)["findings"])
    (home / "settings.toml").write_text("[review\n", encoding="utf-8")
    code, _, err = run(["check", str(SAMPLES / "clean_classic.docx"), "--home", str(home)], capsys)
    assert code == 2 and "settings.toml" in err
