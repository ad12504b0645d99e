"""The second reading round: tick boxes, unsaved formulas, OCR misreadings, two-row transposed tables,
one value column per place, units in the indicator name (samples rl25–rl32)."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.goal_ticks import tick_box_choice
from review_assistant.extract.models import GoalSheet
from review_assistant.extract.values import looks_misread, parse_value, unit_in_name
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SHEETS = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"


def _sheets(name: str) -> list[GoalSheet]:
    return extract_goal_sheets(parse_file(SHEETS / name))


@pytest.mark.parametrize(("text", "ticked"), [
    ("新增项目□ 延续项目√", ["延续项目"]),
    ("新增项目√延续项目□", ["新增项目"]),
    ("☑新增 □延续", ["新增"]),
    ("□新增 ■延续", ["延续"]),
    ("新增□ 延续□", []),
    ("新增√ 延续√", ["新增", "延续"]),
])
def test_tick_boxes_are_decoded(text: str, ticked: list[str]) -> None:
    assert tick_box_choice(text) == (ticked, True)


def test_plain_attribute_is_not_a_tick_box() -> None:
    assert tick_box_choice("新增") is None
    assert tick_box_choice("延续项目") is None


def test_unticked_attribute_is_left_empty_with_a_note(tmp_path: Path) -> None:
    import make_goal_sheets as mgs  # corpus/samples is on pytest's pythonpath
    from real_layout_more import tick_boxes

    model = tick_boxes()
    for block in model.blocks:
        rows = getattr(block, "rows", [])
        for row in rows:
            for i, text in enumerate(row):
                if text == "新增项目□ 延续项目√":
                    row[i] = "新增项目□ 延续项目□"
    path = tmp_path / "unticked.docx"
    mgs._docx_render(model, path, model.title)
    sheet = extract_goal_sheets(parse_file(path))[0]
    assert sheet.field_value("attribute") == ""
    assert any("没有一项打勾" in n.message for n in sheet.notes)


def test_unsaved_formulas_are_unread_and_never_errors(settings: Settings) -> None:
    doc = parse_file(SHEETS / "rl30_unsaved_formulas.xlsx")
    assert any("没有保存计算结果" in w for w in doc.warnings)
    sheet = extract_goal_sheets(doc)[0]
    assert len(sheet.unread_cells) == 2
    assert any("数值无法读取" in n.message for n in sheet.notes)
    result = check_paths([SHEETS / "rl30_unsaved_formulas.xlsx"], settings, CheckOptions(use_llm=False))[0]
    assert not [f for f in result.findings if f.severity == "error"]
    unsure = [f for f in result.findings if "数值无法读取" in f.message]
    assert {f.rule_id for f in unsure} >= {"GS-01", "GS-03"}
    assert all(f.severity == "warning" for f in unsure)


def test_recalculated_workbook_has_no_unread_cells(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["B1"] = "资金总额", 120  # a plain value: nothing to warn about
    wb.save(tmp_path / "plain.xlsx")
    doc = parse_file(tmp_path / "plain.xlsx")
    assert not doc.warnings
    assert not any(c.unread for b, t in doc.tables() for row in t.rows for c in row)


@pytest.mark.parametrize(("text", "hint"), [("292%", "≥92%"), ("290%", "≥90%"), ("2100%", "≥100%"),
                                            ("880%^80%", "（符号或数字有错字）"), ("120%", None), ("95%", None)])
def test_misread_values(text: str, hint: str | None) -> None:
    assert looks_misread(text) == hint


def test_ocr_misread_rates_are_warnings(settings: Settings) -> None:
    result = check_paths([SHEETS / "rl31_ocr_misread.pdf"], settings, CheckOptions(use_llm=False))[0]
    gs07 = [f for f in result.findings if f.rule_id == "GS-07"]
    assert len(gs07) == 2
    assert all(f.severity == "warning" and "疑似" in f.message for f in gs07)
    assert any("≥92%" in f.message for f in gs07)


def test_a_clean_rate_over_100_is_still_an_error(tmp_path: Path, settings: Settings) -> None:
    import make_goal_sheets as mgs
    from real_layout_more import ocr_misread

    model = ocr_misread()
    for block in model.blocks:
        for row in getattr(block, "rows", []):
            for i, text in enumerate(row):
                if text in {"292%", "290%"}:
                    row[i] = "≥120%" if text == "292%" else "≥90%"
    path = tmp_path / "over.docx"
    mgs._docx_render(model, path, model.title)
    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]
    assert [f.rule_id for f in result.findings if f.severity == "error"] == ["GS-07"]


def test_box_drawing_equals_and_full_width_signs() -> None:
    assert parse_value("═100").sign == "="
    assert parse_value("≧95").sign == "≥"
    sheet = _sheets("rl29_tick_boxes.docx")[0]
    assert [i.sign for i in sheet.indicators] == ["=", "≥", "=", "≤", "≥", "≥"]
    assert sheet.field_value("attribute") == "延续项目"


def test_two_row_transposed_header_and_a_name_over_two_columns() -> None:
    sheets = _sheets("rl32_transposed_two_rows.docx")
    assert [s.project_name for s in sheets] == ["东村", "西村"]
    first = sheets[0].indicators[0]
    assert (first.level1, first.level3, first.value_text) == ("产出指标", "新建灌溉渠道长度", "≥1.2公里")
    assert (first.sign, first.number, first.unit) == ("≥", 1.2, "公里")
    assert [i.level1 for i in sheets[1].indicators] == ["产出指标"] * 3 + ["满意度指标"]


def test_one_value_column_per_place() -> None:
    # One project (the form's own 项目名称 and 资金总额), each town's values kept and named by town.
    sheets = _sheets("rl26_place_columns.docx")
    assert [s.project_name for s in sheets] == ["2025年省级水利专项资金"]
    assert sheets[0].total_wan() == 35.0
    people = [i for i in sheets[0].indicators if i.level3.startswith("受益人口")]
    assert [(i.place, i.sign, i.number, i.unit) for i in people] == [("甲镇", "≥", 1200.0, "人"), ("乙镇", "≥", 800.0, "人")]


@pytest.mark.parametrize(("name", "unit"), [("受益人口（人）", "人"), ("合格率(%)", "%"), ("成本（万元）", "万元"),
                                            ("种植数量(≥**株)", None), ("项目(工程)验收合格率", None)])
def test_unit_in_name(name: str, unit: str | None) -> None:
    assert unit_in_name(name) == unit


def test_side_by_side_funds_and_department_with_code() -> None:
    sheet = _sheets("rl25_side_by_side_periods.docx")[0]
    assert sheet.field_value("department") == "[021001]示例区教育局"
    assert sheet.total_wan() == 800.0
    assert not [n for n in sheet.notes if n.part == "funds"]
    bt = _sheets("rl27_bingtuan_funds.docx")[0]
    assert bt.total_wan() == 900.0 and bt.funds["fiscal"].value_wan == 900.0
    assert bt.annual_goal is not None and bt.annual_goal.value.startswith("2025年完成")


def test_value_with_only_a_unit_is_a_warning(settings: Settings) -> None:
    result = check_paths([SHEETS / "rl28_units_only.docx"], settings, CheckOptions(use_llm=False))[0]
    msgs = [f.message for f in result.findings if f.rule_id == "GS-03"]
    assert any("只写了“≧ %”" in m for m in msgs)
    assert not [f for f in result.findings if f.severity == "error"]
