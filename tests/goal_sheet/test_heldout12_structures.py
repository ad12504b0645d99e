"""The heldout12 docx file structures end to end (samples rl109–rl113, LAYOUTS.md L65–L67): a form inside a frame
table, indicators in a text box, the 表头 in the page header; a field not found in a file with a page header or
pictures is a warning, never an error; an indicator table pasted as a picture is refused with a message saying so."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.shared import Cm

from docbuild import HEADER_ROWS, clean_doc
from review_assistant.checks.base import CheckContext
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths, run_checks
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"


@pytest.mark.parametrize(("name", "project", "total", "rows"), [
    ("rl109_frame_table.docx", "示例区背街小巷改造提升项目", 480.0, 7),
    ("rl111_text_box_indicators.docx", "示例县村卫生室巡回诊疗设备配置项目", 64.0, 8),
    ("rl113_header_in_page_header.docx", "示例县农村流动图书服务项目", 36.0, 6),
])
def test_structures_give_the_whole_form(name: str, project: str, total: float, rows: int) -> None:
    doc = parse_file(SAMPLES / name)
    sheet = extract_goal_sheets(doc)[0]
    assert sheet.indicator_table_found
    assert sheet.fields["project_name"].value == project
    assert sheet.funds["total"].value_wan == pytest.approx(total)
    assert len(sheet.indicators) == rows
    assert sheet.fiscal_year == 2025
    assert doc.full_text.count(sheet.indicators[0].level3) == 1  # nested / boxed content read once


@pytest.mark.parametrize(("name", "rule", "severity"), [
    ("rl110_frame_table_no_satisfaction.docx", "GS-04", "warning"),
    ("rl112_text_box_late.docx", "GS-10", "error"),
])
def test_defects_inside_the_structures_are_reported(name: str, rule: str, severity: str, settings: Settings) -> None:
    result = check_paths([SAMPLES / name], settings, CheckOptions(use_llm=False))[0]
    assert result.error is None
    assert [f.severity for f in result.findings if f.rule_id == rule] == [severity]
    assert not [f for f in result.findings if f.severity == "error" and f.rule_id != rule]


def _goal_findings(header_blocks: int, pictures: int, settings: Settings) -> list[tuple[str, str]]:
    doc = clean_doc(header=[r for r in HEADER_ROWS if "目标" not in r[0]])
    doc.header_blocks, doc.pictures = header_blocks, pictures
    sheet = extract_goal_sheets(doc)[0]
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=2025, goal_sheet=sheet)
    return [(f.severity, f.message) for f in run_checks(ctx, CheckOptions(), batch_phase=False)
            if f.rule_id == "GS-01" and "年度绩效目标" in f.message]


def test_goal_not_found_is_an_error_only_when_the_whole_file_was_read(settings: Settings) -> None:
    assert [s for s, _ in _goal_findings(0, 0, settings)] == ["error"]
    (severity, message), = _goal_findings(2, 0, settings)
    assert severity == "warning" and "页眉/页脚" in message
    (severity, message), = _goal_findings(0, 1, settings)
    assert severity == "warning" and "图片" in message


def test_picture_indicator_table_is_refused_naming_the_picture(tmp_path: Path, settings: Settings) -> None:
    from PIL import Image

    image = tmp_path / "指标表截图.png"
    Image.new("RGB", (60, 30), "white").save(image)
    d = docx.Document()
    d.add_paragraph("2025年度项目支出绩效目标申报表")
    table = d.add_table(rows=len(HEADER_ROWS), cols=4)
    for r, row in enumerate(HEADER_ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_paragraph("绩效指标（截图）")
    d.add_picture(str(image), width=Cm(15))
    path = tmp_path / "申报表_指标截图.docx"
    d.save(str(path))

    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]

    assert result.error is not None and "申报表_指标截图.docx" in result.error
    assert "图片" in result.error and "无法读取" in result.error
    assert not result.findings
