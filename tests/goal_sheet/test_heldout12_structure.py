"""heldout12's .xlsx/.pdf file-structure classes (samples goal_sheets/st01–st05): hidden sheets, rows and columns are
not part of the submission; formula cells are read by their saved results and an unsaved helper formula nobody
reads changes nothing; a 资金测算明细 block under the table is neither indicators nor fund sources; a banner row
("一级指标：产出指标") sets the group; a PDF table without ruling lines is rebuilt from its text positions."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from docbuild import make_doc
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.labels import is_other_block_banner
from review_assistant.parsing import parse_file
from review_assistant.parsing.pdf_borderless import TextLine, find_borderless
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"


def _findings(name: str, settings: Settings) -> list[tuple[str, str]]:
    result = check_paths([SAMPLES / name], settings, CheckOptions())[0]
    return [(f.rule_id, f.severity) for f in result.findings]


def test_hidden_rows_columns_and_sheets_are_left_out_with_a_warning(settings: Settings) -> None:
    doc = parse_file(SAMPLES / "st01_hidden_rows_sheet.xlsx")
    assert [b.location.sheet for b, _t in doc.tables()] == ["绩效目标表"]  # not the hidden "2024年（旧）"
    text = doc.normalized_text
    assert "指标1" not in text and "**" not in text and "时效指标不得超出" not in text and "2024年6月底前" not in text
    assert any("2024年（旧）" in w and "未读取" in w for w in doc.warnings)
    assert any("2行" in w and "1列" in w for w in doc.warnings)
    sheet = extract_goal_sheets(doc)[0]
    assert len(sheet.indicators) == 8
    assert not [f for f in _findings("st01_hidden_rows_sheet.xlsx", settings) if f[0].startswith("GS-")]


def test_a_workbook_with_only_hidden_content_is_still_read(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "项目名称"
    ws["B1"] = "示例项目"
    ws.sheet_state = "hidden"
    wb.create_sheet("空白")
    wb.active = 1
    wb.save(tmp_path / "a.xlsx")
    doc = parse_file(tmp_path / "a.xlsx")
    assert "示例项目" in doc.normalized_text
    assert any("没有其他有内容的工作表" in w for w in doc.warnings)


def test_formula_sources_use_their_saved_results_and_the_detail_block_is_no_source(settings: Settings) -> None:
    sheet = extract_goal_sheets(parse_file(SAMPLES / "st02_formula_sources_detail.xlsx"))[0]
    assert {k: f.value_wan for k, f in sheet.funds.items()} == {"total": 150.0, "fiscal": 100.0, "other": 30.0}
    assert len(sheet.indicators) == 8 and all(i.level3 not in {"单位自筹", "转运车辆购置"} for i in sheet.indicators)
    assert ("GS-02", "error") in _findings("st02_formula_sources_detail.xlsx", settings)


def test_an_unsaved_formula_in_a_hidden_helper_column_does_not_make_gs10_unsure(settings: Settings) -> None:
    sheet = extract_goal_sheets(parse_file(SAMPLES / "st03_hidden_helper_formula_late.xlsx"))[0]
    assert sheet.unread_cells == []
    assert ("GS-10", "error") in _findings("st03_hidden_helper_formula_late.xlsx", settings)


@pytest.mark.parametrize(("text", "expected"), [
    ("资金测算明细（万元）", True), ("预算明细", True), ("三、资金测算明细", True), ("填表说明：1.……", True),
    ("一级指标：产出指标", False), ("年度绩效指标", False), ("资金情况（万元）", False),
])
def test_other_block_banners(text: str, expected: bool) -> None:
    assert is_other_block_banner([text, text, ""]) is expected


def test_a_detail_block_ends_the_indicator_table() -> None:
    doc = make_doc("2025年度项目支出绩效目标申报表", [
        ["项目名称", "示例项目", "示例项目", "示例项目"],
        ["资金情况（万元）", "年度资金总额", "120", "120"],
        ["资金情况（万元）", "其中：财政拨款", "100", "100"],
        ["资金情况（万元）", "其他资金", "20", "20"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造户厕数", "≥300户"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
        ["资金测算明细（万元）", "资金测算明细（万元）", "资金测算明细（万元）", "资金测算明细（万元）"],
        ["", "户厕改造补助", "80", ""],
        ["", "村集体自筹", "20", ""],
    ])
    sheet = extract_goal_sheets(doc)[0]
    assert [i.level3 for i in sheet.indicators] == ["改造户厕数", "村民满意度"]
    assert set(sheet.funds) == {"total", "fiscal", "other"}


def test_a_banner_row_sets_the_level_and_is_no_indicator() -> None:
    doc = make_doc("2025年度项目支出绩效目标申报表", [
        ["二级指标", "三级指标", "指标值", "计量单位"],
        ["一级指标：产出指标"] * 4,
        ["数量指标", "抽检批次", "≥1600", "批次"],
        ["一级指标：效益指标"] * 4,
        ["社会效益", "重大食品安全事故起数", "=0", "起"],
    ])
    sheet = extract_goal_sheets(doc)[0]
    assert [(i.level1, i.level3) for i in sheet.indicators] == [("产出指标", "抽检批次"), ("效益指标", "重大食品安全事故起数")]


@pytest.mark.parametrize(("name", "rows", "must"), [
    ("st04_borderless.pdf", 8, None), ("st05_borderless_no_satisfaction.pdf", 7, "GS-04")])
def test_a_pdf_without_ruling_lines_is_read_as_a_table(name: str, rows: int, must: str | None,
                                                       settings: Settings) -> None:
    doc = parse_file(SAMPLES / name)
    sheet = extract_goal_sheets(doc)[0]
    assert sheet.form == "table" and sheet.fields["project_name"].value == "示例县农村生活垃圾收运项目"
    assert sheet.funds["total"].value_wan == 160.0
    assert len(sheet.indicators) == rows
    # the merged 一级/二级 texts sit between rows: every row gets its own
    assert [(i.level1, i.level2) for i in sheet.indicators[:2]] == [("产出指标", "数量指标")] * 2
    assert {i.level1 for i in sheet.indicators[5:7]} == {"效益指标"}
    found = {f[0] for f in _findings(name, settings) if f[0].startswith("GS-")}
    assert found == ({must} if must else set())


def _line(top: float, *cells: tuple[float, str]) -> TextLine:
    chars = []
    for x0, text in cells:
        for k, ch in enumerate(text):
            chars.append({"text": ch, "x0": x0 + 10 * k, "x1": x0 + 10 * k + 10})
    return TextLine(" ".join(t for _x, t in cells), top, top + 10, cells[0][0], chars[-1]["x1"], chars)


def test_a_label_centred_on_its_rows_covers_exactly_them() -> None:
    lines = [_line(0, (0, "一级指标"), (100, "二级指标"), (200, "三级指标"), (400, "指标值")),
             _line(24, (200, "甲"), (400, "1")),
             _line(36, (100, "数量指标")),  # centred on the two rows around it
             _line(48, (200, "乙"), (400, "2")),
             _line(72, (0, "产出指标"), (100, "质量指标"), (200, "丙"), (400, "3")),  # centred on rows 24–120
             _line(96, (100, "时效指标"), (200, "丁"), (400, "4")),
             _line(120, (100, "成本指标"), (200, "戊"), (400, "5")),
             _line(144, (100, "社会效益指标"), (200, "己"), (400, "6")),
             _line(156, (0, "效益指标")),
             _line(168, (100, "生态效益指标"), (200, "庚"), (400, "7"))]
    [table] = find_borderless(lines)
    got = [[c.text for c in row] for row in table.rows]
    assert got[1:] == [["产出指标", "数量指标", "甲", "1"], ["产出指标", "数量指标", "乙", "2"],
                       ["产出指标", "质量指标", "丙", "3"], ["产出指标", "时效指标", "丁", "4"],
                       ["产出指标", "成本指标", "戊", "5"], ["效益指标", "社会效益指标", "己", "6"],
                       ["效益指标", "生态效益指标", "庚", "7"]]


def test_aligned_text_that_is_no_form_table_stays_text() -> None:
    lines = [_line(0, (0, "支出内容"), (200, "金额")), _line(24, (0, "路灯"), (200, "48")),
             _line(48, (0, "安装"), (200, "12")), _line(72, (0, "合计"), (200, "60"))]
    assert find_borderless(lines) == []
