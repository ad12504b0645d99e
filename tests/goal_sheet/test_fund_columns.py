"""Funds tables with one column per year (资金来源 | 上年度预算安排 | 上年度实际执行 | 本年度申请金额): this year's
column is read, whatever the headers, total row and unit are called, in a Word table of its own and inside a
worksheet (the header row further down one big table)."""

from __future__ import annotations

import pytest

from docbuild import make_doc
from review_assistant.extract import labels as L
from review_assistant.extract.fund_columns import year_columns_funds
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.models import GoalSheet
from review_assistant.parsing.model import ParsedDocument

HEAD = [["项目名称", "示例路灯维护", "主管部门", "示例市城市管理局"], ["实施单位", "示例市路灯管理所", "项目期限", "2025年1月至2025年12月"]]
GOAL = [["年度绩效目标", "完成城区路灯维护1200盏，亮灯率保持在98%以上。"]]
INDICATORS = [["二级指标", "三级指标", "上年度实际水平", "本年度计划水平"], ["数量指标", "维护路灯数量", "1100盏", "≥1200盏"],
              ["质量指标", "亮灯率", "97%", "≥98%"], ["满意度指标", "居民满意度", "88%", "≥90%"]]
HEADER = ["资金来源（万元）", "上年度预算安排", "上年度实际执行", "本年度申请金额"]
ROWS = [["合计", "40", "38", "45"], ["财政拨款", "40", "38", "41"], ["上年结转", "——", "——", "4"]]


def _sheet(funds: list[list[str]], worksheet: bool = False) -> GoalSheet:
    """The funds rows as a table of their own (a Word form) or inside the one table of a worksheet."""
    doc: ParsedDocument
    if worksheet:
        doc = make_doc("示例市部门预算项目支出绩效目标申报表（2025年度）",
                       [*HEAD, ["项目资金情况", "", "", ""], *funds, *GOAL, *INDICATORS], path="申报表.xlsx")
    else:
        doc = make_doc("示例市部门预算项目支出绩效目标申报表（2025年度）", HEAD, funds, GOAL, INDICATORS,
                       path="申报表.docx")
    sheets = extract_goal_sheets(doc)
    assert len(sheets) == 1
    return sheets[0]


def _amounts(sheet: GoalSheet) -> dict[str, float | None]:
    return {k: f.value_wan for k, f in sheet.funds.items()}


LAYOUTS = pytest.mark.parametrize("worksheet", [False, True], ids=["word", "worksheet"])


@LAYOUTS
@pytest.mark.parametrize("header", [
    HEADER,
    ["资金来源（万元）", "上年度预算安排", "上年度实际执行", "2025年拟安排金额"],
    ["资金来源（万元）", "上年度预算安排", "上年度实际执行", "2025年申报数"],
    ["资金来源（万元）", "上年度预算安排", "上年度实际执行", "2025年度预算"],
    ["资金来源（万元）", "2024年预算数", "2024年实际执行数", "2025年申请数"],  # two name a budget: the rightmost
    ["资金来源（万元）", "历史执行数", "往年平均", "本年度申请金额"],
    ["资金来源（万元）", "上年度年初预算安排及年中追加调整数", "上年度实际执行", "本年度申请金额"],
    ["资金来源（万元）", "上年度预算安排（含年中追加调整及上年结转）", "上年度实际执行", "本年度申请金额（含上年结转，单位：万元）"],
    ["经费来源", "上年度预算安排", "上年度实际执行", "本年度申请金额"],
    ["", "上年度预算安排", "上年度实际执行", "本年度申请金额"],
], ids=["standard", "拟安排", "申报数", "年度预算", "rightmost", "历史", "long", "asides", "经费来源", "blank-corner"])
def test_this_years_column_is_read_whatever_the_headers_say(header: list[str], worksheet: bool) -> None:
    sheet = _sheet([header, *ROWS], worksheet)
    assert _amounts(sheet) == {"total": 45.0, "fiscal": 41.0, "carryover": 4.0}
    assert not sheet.unknown_fund_labels
    assert [i.value_text for i in sheet.indicators] == ["≥1200盏", "≥98%", "≥90%"]


@LAYOUTS
@pytest.mark.parametrize("total", ["合计", "总计", "总  计", "合计数", "资金合计", "小计合计"])
def test_every_spelling_of_the_total_row_is_the_years_total(total: str, worksheet: bool) -> None:
    assert L.is_total_row(total)
    sheet = _sheet([HEADER, [total, "40", "38", "45"], *ROWS[1:]], worksheet)
    assert sheet.funds["total"].value_wan == 45.0
    assert not sheet.unknown_fund_labels


@LAYOUTS
@pytest.mark.parametrize("header, rows", [
    (["资金来源（元）", *HEADER[1:]], [["合计", "400000", "380000", "450000"], ["财政拨款", "400000", "380000", "410000"],
                                   ["上年结转", "——", "——", "40000"]]),
    (HEADER, [["合计（元）", "400000", "380000", "450000"], ["财政拨款（元）", "400000", "380000", "410000"],
              ["上年结转（元）", "——", "——", "40000"]]),
], ids=["unit-in-corner", "unit-in-row-labels"])
def test_amounts_in_yuan_are_converted(header: list[str], rows: list[list[str]], worksheet: bool) -> None:
    sheet = _sheet([header, *rows], worksheet)
    assert _amounts(sheet) == {"total": 45.0, "fiscal": 41.0, "carryover": 4.0}
    assert sheet.funds["total"].unit == "元"


@LAYOUTS
@pytest.mark.parametrize("rows", [
    [["合计", "40", "38", "45"], ["财政拨款", "40", "38", "41"], ["其中：", "其中：", "其中：", "其中："],
     ["本级财政拨款", "30", "28", "31"], ["上级财政拨款", "10", "10", "10"], ["上年结转", "——", "——", "4"]],
    [["合计", "40", "38", "45"], ["财政拨款", "40", "38", "41（含年中追加）"], ["上年结转", "——", "——", "4"]],
    [["合计", "40", "38", "45"], ["", "", "", ""], ["财政拨款", "40", "38", "41"], ["上年结转", "——", "——", "4"]],
], ids=["其中-line", "annotated-amount", "blank-row"])
def test_rows_after_a_break_in_the_table_are_still_this_years(rows: list[list[str]], worksheet: bool) -> None:
    amounts = _amounts(_sheet([HEADER, *rows], worksheet))
    assert (amounts["total"], amounts["fiscal"], amounts["carryover"]) == (45.0, 41.0, 4.0)
    assert amounts.get("fiscal_local", 31.0) == 31.0


def test_a_source_named_further_right_of_a_blank_corner_is_read() -> None:
    header = ["资金来源（万元）", "资金来源（万元）", "上年度预算安排", "本年度申请金额"]
    sheet = _sheet([header, ["合计", "合计", "40", "45"], ["", "财政拨款", "40", "41"], ["", "上年结转", "—", "4"]])
    assert _amounts(sheet) == {"total": 45.0, "fiscal": 41.0, "carryover": 4.0}


@LAYOUTS
def test_an_unknown_source_row_is_noted_not_added(worksheet: bool) -> None:
    sheet = _sheet([HEADER, *ROWS[:2], ["村集体筹资", "—", "—", "4"]], worksheet)
    assert _amounts(sheet) == {"total": 45.0, "fiscal": 41.0}
    assert sheet.unknown_fund_labels == ["村集体筹资"]
    assert any("村集体筹资" in n.message and "（4）" in n.message for n in sheet.notes)


@LAYOUTS
def test_the_column_read_is_said(worksheet: bool) -> None:
    sheet = _sheet([["资金来源（万元）", "上年度预算安排", "上年度实际执行", "2025年申报数"], *ROWS], worksheet)
    notes = [n.message for n in sheet.notes if n.part == "funds"]
    assert notes == ["资金表另有以前年度的预算或执行数列，已按“2025年申报数”列读取本年度资金。"]


def test_fund_names_written_beside_their_amounts_are_not_year_columns() -> None:
    """"年度资金总额 | 100 | 上年结转 | 20 | 本年财政拨款 | 80": 上年结转 is a source, so this is no per-year table."""
    rows = [["年度资金总额", "100", "上年结转", "20", "本年财政拨款", "80"], ["其他资金", "0", "", "", "", ""]]
    doc = make_doc("示例市部门预算项目支出绩效目标申报表（2025年度）", HEAD, rows, GOAL, INDICATORS, path="申报表.docx")
    assert doc.blocks[2].table is not None and year_columns_funds(doc.blocks[2].table) is None
    sheet = extract_goal_sheets(doc)[0]
    assert _amounts(sheet) == {"total": 100.0, "carryover": 20.0, "fiscal": 80.0, "other": 0.0}


def test_an_indicator_table_with_last_years_column_is_not_a_funds_table() -> None:
    rows = [["二级指标", "三级指标", "上年度实际水平", "本年度计划水平"], ["满意度指标", "居民满意度", "88", "90"],
            ["数量指标", "维护路灯数量", "1100", "1200"], ["质量指标", "亮灯率", "97", "98"]]
    doc = make_doc("示例市部门预算项目支出绩效目标申报表（2025年度）", HEAD, [HEADER, *ROWS], GOAL, rows, path="申报表.docx")
    assert doc.blocks[4].table is not None and year_columns_funds(doc.blocks[4].table) is None
    sheet = extract_goal_sheets(doc)[0]
    assert not sheet.unknown_fund_labels
    assert [(i.level3, i.value_text) for i in sheet.indicators] == [("居民满意度", "90"), ("维护路灯数量", "1200"),
                                                                    ("亮灯率", "98")]
