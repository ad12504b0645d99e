"""Real-world extraction cases built in memory: continued tables, year sources, inline funds, notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docbuild import HEADER_ROWS, INDICATOR_HEADER, make_doc
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.goal_sheet import extract_goal_sheet, money_pairs

ROWS = [
    ["产出指标", "数量指标", "改造小区数量", "=", "3", "个"],
    ["产出指标", "质量指标", "工程验收合格率", "=", "100", "%"],
    ["效益指标", "社会效益指标", "受益居民户数", "≥", "1500", "户"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "90", "%"],
]


def _header(**replace: list[str]) -> list[list[str]]:
    rows = [list(r) for r in HEADER_ROWS]
    for label, row in replace.items():
        rows = [row if label in r else r for r in rows]
    return [[*r, *([""] * (6 - len(r)))] for r in rows]


def test_a_table_continued_without_header_is_read_on() -> None:
    first = [*_header(), list(INDICATOR_HEADER), *ROWS[:2]]
    doc = make_doc("2025年度项目支出绩效目标申报表", first, [list(r) for r in ROWS[2:]])
    sheet = extract_goal_sheet(doc)
    assert [i.level3 for i in sheet.indicators] == [r[2] for r in ROWS]
    assert any("续表" in n.message for n in sheet.notes)


def test_a_following_table_of_another_width_is_not_a_continuation() -> None:
    first = [*_header(), list(INDICATOR_HEADER), *ROWS[:2]]
    doc = make_doc("2025年度项目支出绩效目标申报表", first, [["填报人", "张三"], ["审核意见", "同意"]])
    assert len(extract_goal_sheet(doc).indicators) == 2


@pytest.mark.parametrize(("title", "extra", "path", "year", "source"), [
    ("项目支出绩效目标申报表", [], "表.docx", None, ""),
    ("项目支出绩效目标申报表", [["预算年度", "2026年"]], "表.docx", 2026, "budget_year"),
    ("项目支出绩效目标申报表", [["填报日期", "2025年3月2日"]], "表.docx", 2025, "fill_date"),
    ("项目支出绩效目标申报表", [], "2024年 养护项目 绩效目标表.docx", 2024, "file_name"),
    ("（2023年度）", [["预算年度", "2026年"]], "2024年表.docx", 2023, "title"),
])
def test_budget_year_in_order_of_trust(title: str, extra: list[list[str]], path: str, year: int | None,
                                       source: str) -> None:
    header = _header(项目期限=["项目期限", "全年", "项目负责人", "张三"])
    doc = make_doc(title, [*header, *[[*r, "", "", "", ""] for r in extra], list(INDICATOR_HEADER), *ROWS], path=path)
    sheet = extract_goal_sheet(doc)
    assert (sheet.fiscal_year, sheet.fiscal_year_source) == (year, source)
    if year is None:
        assert any(n.part == "year" for n in sheet.notes)


def test_multi_year_period_alone_does_not_decide_the_year() -> None:
    header = _header(项目期限=["项目期限", "2024年—2026年", "项目负责人", "张三"])
    doc = make_doc("项目支出绩效目标申报表", [*header, list(INDICATOR_HEADER), *ROWS], path="表.docx")
    assert extract_goal_sheet(doc).fiscal_year is None


def test_several_amounts_in_one_cell() -> None:
    text = "总额500万元，财政拨款：450万元（其中：上级补助资金：300万元；本级财政：150万元），自筹资金50万元"
    assert money_pairs(text) == [("总额", "500万元"), ("财政拨款", "450万元"), ("上级补助资金", "300万元"),
                                 ("本级财政", "150万元"), ("自筹资金", "50万元")]
    assert money_pairs("年度资金总额120万元") == []


def test_fund_name_written_as_a_value_is_not_a_fund() -> None:
    header = _header(项目负责人=["项目期限", "2025年", "资金性质", "一般公共预算"])
    sheet = extract_goal_sheet(make_doc("2025年度项目支出绩效目标申报表", [*header, list(INDICATOR_HEADER), *ROWS]))
    assert not any(k.startswith("fiscal_part") for k in sheet.funds)


def test_one_table_with_several_projects_is_split() -> None:
    header = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"]
    rows = [header,
            ["示例镇", "甲项目", "100,000.00", "完成甲。", "产出指标", "数量指标", "甲数量", "≥1个"],
            ["", "", "", "", "满意度指标", "服务对象满意度指标", "甲满意度", "≥90%"],
            ["示例镇", "乙项目", "50,000.00", "完成乙。", "产出指标", "数量指标", "乙数量", "≥2个"]]
    sheets = extract_goal_sheets(make_doc("部门预算项目绩效目标申报表（2025年度）", "金额单位：元", rows))
    assert [(s.project_name, s.total_wan(), len(s.indicators)) for s in sheets] == [("甲项目", 10.0, 2), ("乙项目", 5.0, 1)]
    assert sheets[1].project_label == "第2个项目：乙项目"
    assert sheets[0].annual_goal is not None and sheets[0].annual_goal.value == "完成甲。"


def test_notes_reach_the_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from review_assistant.cli import main

    sample = Path(__file__).resolve().parents[2] / "corpus/samples/goal_sheets/rl22_funds_unknown_label.docx"
    with pytest.raises(SystemExit):
        main(["check", str(sample), "--format", "json", "--no-llm", "--home", str(tmp_path)])
    data = json.loads(capsys.readouterr().out)
    notes = data["notes"]
    assert any("专项债券安排" in n and "抽取说明" in n for n in notes)


def _no_goal_header() -> list[list[str]]:
    return [r for r in _header() if "年度绩效目标" not in r]


def test_annual_goal_as_numbered_lines_under_a_heading() -> None:
    doc = make_doc("2025年度项目支出绩效目标申报表", _no_goal_header(), "二、年度绩效目标",
                   "1.完成3个老旧小区改造；", "2.受益居民不少于1500户。", [list(INDICATOR_HEADER), *ROWS])
    sheet = extract_goal_sheet(doc)
    assert sheet.annual_goal is not None
    assert "完成3个老旧小区改造" in sheet.annual_goal.value and "1500户" in sheet.annual_goal.value


def test_annual_goal_as_a_paragraph_under_a_heading() -> None:
    doc = make_doc("2025年度项目支出绩效目标申报表", _no_goal_header(), "绩效目标",
                   "全年完成3个老旧小区改造，改善居民居住条件。", [list(INDICATOR_HEADER), *ROWS])
    sheet = extract_goal_sheet(doc)
    assert sheet.annual_goal is not None and sheet.annual_goal.value.startswith("全年完成3个")


def test_only_an_overall_goal_cell() -> None:
    header = [*_no_goal_header(), ["总体目标", "完成3个老旧小区改造。", "", "", "", ""]]
    sheet = extract_goal_sheet(make_doc("2025年度项目支出绩效目标申报表", [*header, list(INDICATOR_HEADER), *ROWS]))
    assert sheet.annual_goal is not None and sheet.annual_goal.value == "完成3个老旧小区改造。"
