"""The heldout19 goal-sheet classes of fixer38 (samples rl189–rl194, LAYOUTS.md L101–L103): a source's name and amount
in one cell ("其中：财政资金 86.00"), a 合计 written right after the funds banner ("资金来源（万元） | 合计 | 620 | …"), a
hospital's or school's own income as a source, and a workbook's separate 中期目标 worksheet as the long-term table."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.extract import labels as L
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.goal_sheet import _label_amount
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"


def _findings(name: str, settings: Settings) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message) for f in check_paths([SAMPLES / name], settings, CheckOptions())[0].findings]


def _funds(name: str) -> dict[str, float | None]:
    sheet = extract_goal_sheets(parse_file(SAMPLES / name))[0]
    return {k: f.value_wan for k, f in sheet.funds.items()}


@pytest.mark.parametrize(("text", "pair"), [
    ("其中：财政资金 86.00", ("财政资金", "86.00")), ("其他资金 6.00", ("其他资金", "6.00")),
    ("财政拨款 12万元", ("财政拨款", "12万元")), ("项目名称 2027", None), ("审判法庭 6", None), ("财政资金", None),
])
def test_a_source_and_its_amount_in_one_cell(text: str, pair: tuple[str, str] | None) -> None:
    assert _label_amount(text) == pair


@pytest.mark.parametrize(("text", "key"), [
    ("学校事业收入", "other"), ("医院医疗收入", "other"), ("医院自有资金（医疗收入）", "other"), ("学校经费", None),
])
def test_own_income_of_a_school_or_hospital_is_a_source(text: str, key: str | None) -> None:
    assert L.match(L.FUND_INDEX, text) == key


def test_scale_and_use_block_is_read_and_adds_up(settings: Settings) -> None:
    assert _funds("rl189_scale_use_funds.docx") == {"total": 36.0, "fiscal": 30.0, "other": 6.0}
    assert not [f for f in _findings("rl189_scale_use_funds.docx", settings) if f[0] == "GS-02"]


def test_scale_and_use_block_that_does_not_add_up_is_an_error(settings: Settings) -> None:
    found = [f for f in _findings("rl190_scale_use_funds_short.docx", settings) if f[0] == "GS-02"]
    assert found and found[0][1] == "error" and "40.00" in found[0][2] and "36.00" in found[0][2]


def test_total_beside_the_funds_banner(settings: Settings) -> None:
    assert _funds("rl191_funds_total_beside_banner.pdf") == {"total": 168.0, "fiscal": 100.0, "other": 68.0}
    assert not [f for f in _findings("rl191_funds_total_beside_banner.pdf", settings) if f[0] in {"GS-01", "GS-02"}]
    found = [f for f in _findings("rl192_funds_total_beside_banner_short.pdf", settings) if f[0] == "GS-02"]
    assert found and found[0][1] == "error" and "188.00" in found[0][2]


def test_mid_term_worksheet_is_the_long_term_table(settings: Settings) -> None:
    sheet = extract_goal_sheets(parse_file(SAMPLES / "rl193_mid_term_sheet.xlsx"))[0]
    long_rows = [i for i in sheet.indicators if i.period == "long_term"]
    assert [i.level3 for i in long_rows][:2] == ["累计改造实验室（间）", "全部实验室改造完成时间"]
    assert len(sheet.annual_indicators()) == 6
    assert any("中期（多年）目标表" in n.message for n in sheet.notes)
    assert sheet.funds["other"].value_wan == 10.0  # 学校事业收入
    assert not [f for f in _findings("rl193_mid_term_sheet.xlsx", settings) if f[0] in {"GS-10", "GS-02"}]


def test_the_annual_worksheet_is_still_checked(settings: Settings) -> None:
    late = [f for f in _findings("rl194_mid_term_sheet_late.xlsx", settings) if f[0] == "GS-10"]
    assert len(late) == 1 and late[0][1] == "error" and "2028年8月底前" in late[0][2]


def test_bracket_headings_and_items_are_cut_from_one_cell() -> None:
    from review_assistant.extract.goal_bracket import _indicators, bracket_headings
    from review_assistant.parsing.model import Location

    text = ("【项目概况】：更新机柜。【总体目标】完成更新。【产出指标-数量指标】指标1：机柜数量（≥77台）指标2：交换机（含配件）数量（≥16台）"
            "【效益指标—社会效益指标】指标1：业务网络运行保障（正面支撑）")
    assert bracket_headings(text) == 2
    rows = [(i.level1, i.level2, i.level3, i.value_text, i.sign, i.number) for i in _indicators(text, Location())]
    assert rows == [("产出指标", "数量指标", "机柜数量", "≥77台", "≥", 77.0),
                    ("产出指标", "数量指标", "交换机（含配件）数量", "≥16台", "≥", 16.0),
                    ("效益指标", "社会效益指标", "业务网络运行保障", "正面支撑", None, None)]


@pytest.mark.parametrize("name", ["rl195_text_list_in_cell.docx", "rl196_text_list_in_cell_over.pdf"])
def test_text_list_sheet_is_read(name: str) -> None:
    sheet = extract_goal_sheets(parse_file(SAMPLES / name))[0]
    assert sheet.form == "text_list" and len(sheet.indicators) == 8
    assert sheet.project_name == "公安机房设备更新项目" and sheet.field_value("implementer") == "示例县公安局"
    assert sheet.total_wan() == pytest.approx(118.0)
    assert sheet.annual_goal is not None and "上线运行" in sheet.annual_goal.value
    assert any("按文字拆分读取为8个指标" in n.message for n in sheet.notes)


def test_text_list_cost_over_budget_is_an_error_and_clean_list_has_none(settings: Settings) -> None:
    over = [f for f in _findings("rl196_text_list_in_cell_over.pdf", settings) if f[0] == "GS-13"]
    assert len(over) == 1 and over[0][1] == "error"
    clean = _findings("rl195_text_list_in_cell.docx", settings)
    assert not [f for f in clean if f[1] == "error"]
    assert any(f[0] == "GS-01" and "整段写在一个单元格里" in f[2] for f in clean)
