"""A 资金测算明细 attached under a goal sheet's indicators (LAYOUTS.md L80, heldout16 gs01/gs03/gs05/gs07/gs08):
its rows are budget lines, never indicators, whether it is a second table of the same width or rows of the same grid."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import clean_sheet_rows, make_doc
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.report_budget import budget_header
from review_assistant.parsing import parse_file

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"

BUDGET = [
    ["序号", "支出内容", "数量", "单位", "单价（元）", "金额（万元）"],
    ["1", "路灯维护", "1150", "盏", "365", "41.98"],
    ["2", "灯杆刷漆", "80", "根", "150", "1.20"],
    ["合计", "", "", "", "", "43.18"],
]


def _names(doc_parts: tuple[str | list[list[str]], ...]) -> list[str]:
    sheet = extract_goal_sheet(make_doc(*doc_parts))
    return [i.level3 for i in sheet.indicators]


@pytest.mark.parametrize("between", [("附：项目资金测算明细",), ("附件2",), ()])
def test_second_table_of_the_same_width_is_not_a_continuation(between: tuple[str, ...]) -> None:
    rows = clean_sheet_rows()
    sheet = extract_goal_sheet(make_doc("2025年度项目支出绩效目标申报表", rows, *between, BUDGET))
    assert len(sheet.indicators) == 7
    assert not {"1150", "数量", "灯杆刷漆", "路灯维护"} & {i.level3 for i in sheet.indicators}
    assert not any("续表" in n.message for n in sheet.notes)
    assert sheet.budget_detail is not None and [ln.item for ln in sheet.budget_detail.items] == ["路灯维护", "灯杆刷漆"]


def test_budget_rows_in_the_same_grid_end_the_indicators() -> None:
    """A worksheet: the budget header follows the last indicator row directly, with no "附：" banner."""
    rows = [*clean_sheet_rows(), *BUDGET]
    sheet = extract_goal_sheet(make_doc("2025年度项目支出绩效目标申报表", rows))
    assert len(sheet.indicators) == 7
    assert sheet.budget_detail is not None and sheet.budget_detail.total is not None
    assert sheet.budget_detail.total.amount_wan == pytest.approx(43.18)
    assert [ln.item for ln in sheet.budget_detail.items] == ["路灯维护", "灯杆刷漆"]


def test_a_real_continuation_is_still_read() -> None:
    """A table broken across pages without repeating its header stays one indicator table."""
    rows = clean_sheet_rows()
    head, tail = rows[:-3], rows[-3:]
    sheet = extract_goal_sheet(make_doc("2025年度项目支出绩效目标申报表", head, tail))
    assert len(sheet.indicators) == 7


@pytest.mark.parametrize(("cells", "expected"), [
    (["序号", "支出内容", "数量", "单位", "单价（元）", "金额（万元）"], True),
    (["明细", "数量", "单价", "金额"], True),
    (["项目", "数量", "单位", "金额（元）"], True),
    (["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"], False),
    (["产出指标", "数量指标", "发放补贴金额", "≥", "30", "万元"], False),  # an indicator row
    (["资金来源", "金额（万元）"], False),  # a funds table: no price, no quantity
    (["1", "路灯维护", "1150", "盏", "365", "41.98"], False),  # a budget line
    (["序号", "数量", "金额"], False),  # no item column with a name
])
def test_budget_header(cells: list[str], expected: bool) -> None:
    assert budget_header(cells) is expected


@pytest.mark.parametrize("name", ["rl133_budget_annex.docx", "rl133_budget_annex.pdf",
                                  "rl134_budget_annex_no_banner.xlsx", "rl135_budget_annex_total_short.xlsx"])
def test_samples_read_six_indicators_and_the_annex(name: str) -> None:
    sheet = extract_goal_sheet(parse_file(SAMPLES / name))
    assert [i.level3 for i in sheet.indicators][-1] == "乘客满意度" and len(sheet.indicators) == 6
    assert sheet.budget_detail is not None and sheet.budget_detail.total is not None
    assert sheet.budget_detail.total.amount_wan == pytest.approx(38.64)
    assert not any("名称只有数字" in n.message or "单价" in n.message for n in sheet.notes)
