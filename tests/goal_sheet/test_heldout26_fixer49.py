"""The heldout26 goal-sheet classes of fixer49 (samples rl230–rl237, LAYOUTS.md L120–L122): a school-style
项目支出目标申报表 with 指标方向 | 年度数值 | 度量单位 columns, one fund cell naming two sources with their amounts, and a
street office's sheet holding numbered projects one under another."""

from __future__ import annotations

from pathlib import Path

from docbuild import make_doc
from review_assistant.extract.classify import classify
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.indicator_table import header_groups
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"


def _findings(settings: Settings, name: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message)
            for f in check_paths([SAMPLES / name], settings, CheckOptions())[0].findings]


# ---- L120 -------------------------------------------------------------------------------------------------------------
def test_school_form_is_a_goal_sheet_read_with_direction_value_and_unit() -> None:
    for name in ("rl230_school_operator_clean.docx", "rl231_school_operator_rate_over.pdf",
                 "rl232_school_operator_cost_over.xlsx"):
        doc = parse_file(SAMPLES / name)
        assert classify(doc) == "goal_sheet", name
        sheet = extract_goal_sheet(doc)
        assert sheet.project_name == "示例镇中心小学2027年图书室藏书补充", name
        assert sheet.total_wan() == 24.0, name
        assert len(sheet.annual_indicators()) == 7, name
    by_name = {i.level3: i for i in extract_goal_sheet(parse_file(SAMPLES / "rl230_school_operator_clean.docx")).indicators}
    books = by_name["新增图书册数"]
    assert (books.sign, books.number, books.unit) == ("≥", 6000, "册")
    assert by_name["图书上架完成时间"].date_value is not None
    assert not by_name["图书室开放时间"].unit  # "—" in the unit column is no unit


def test_school_form_findings(settings: Settings) -> None:
    clean = _findings(settings, "rl230_school_operator_clean.docx")
    assert not [f for f in clean if f[1] == "error"], clean
    # no goal row, only 项目总体情况: a warning saying so, not "未填写年度绩效目标"
    assert [f[1] for f in clean if f[0] == "GS-01"] == ["warning"]
    assert "项目总体情况" in next(f[2] for f in clean if f[0] == "GS-01")
    assert not [f for f in clean if f[0] == "GS-03"]  # the 定性 row's "—" unit is no unit mismatch
    rate = [f for f in _findings(settings, "rl231_school_operator_rate_over.pdf") if f[0] == "GS-07"]
    assert [f[1] for f in rate] == ["error"] and "102" in rate[0][2]
    cost = [f for f in _findings(settings, "rl232_school_operator_cost_over.xlsx") if f[0] == "GS-13"]
    assert [f[1] for f in cost] == ["error"] and "24.00万元" in cost[0][2]


def test_year_figure_column_needs_the_level_columns() -> None:
    assert header_groups(["一级指标", "二级指标", "三级指标", "指标方向", "年度数值", "度量单位"])[0]["value"] == 4
    assert header_groups(["指标名称", "年度数值", "单位"]) == []
    summary = make_doc("某镇2026年工作总结", "一、主要指标完成情况",
                       [["指标名称", "年度数值", "单位"], ["地区生产总值", "52.3", "亿元"], ["一般公共预算收入", "3.1", "亿元"]],
                       "二、下一步工作打算")
    assert classify(summary) != "goal_sheet"


# ---- L121 -------------------------------------------------------------------------------------------------------------
def test_one_cell_naming_two_sources_is_read_as_both(settings: Settings) -> None:
    sheet = extract_goal_sheet(parse_file(SAMPLES / "rl233_carryover_other_cell_clean.xlsx"))
    assert {k: f.value_wan for k, f in sheet.funds.items()} == {"total": 84.0, "fiscal": 70.0, "carryover": 10.0,
                                                                "other": 4.0}
    assert not [f for f in _findings(settings, "rl233_carryover_other_cell_clean.xlsx") if f[0] == "GS-02"]
    short = [f for f in _findings(settings, "rl234_carryover_other_cell_short.docx") if f[0] == "GS-02"]
    assert [f[1] for f in short] == ["error"] and "74.00万元" in short[0][2]


# ---- L122 -------------------------------------------------------------------------------------------------------------
def test_numbered_projects_are_split_and_named() -> None:
    for name in ("rl235_street_numbered_clean.xlsx", "rl236_street_numbered_late.pdf", "rl237_street_numbered_clean.docx"):
        sheets = extract_goal_sheets(parse_file(SAMPLES / name))
        assert [s.project_name for s in sheets] == ["示例街道社区文化活动中心运行经费", "示例街道背街小巷路灯维修更换"], name
        assert [s.total_wan() for s in sheets] == [36.0, 28.0], name
        # the next project's 项目N / 其中 / 年度目标 rows are not indicators of the one above
        assert [len(s.annual_indicators()) for s in sheets] == [6, 6], name
        assert all(s.field_value("implementer") == "示例市示例街道办事处" for s in sheets), name


def test_numbered_projects_findings(settings: Settings) -> None:
    clean = _findings(settings, "rl235_street_numbered_clean.xlsx")
    assert not [f for f in clean if f[1] == "error"], clean
    assert not [f for f in clean if f[0] in {"GS-03", "GS-02"}], clean
    late = [f for f in _findings(settings, "rl236_street_numbered_late.pdf") if f[0] == "GS-10"]
    assert [f[1] for f in late] == ["error"]
    assert "第2个项目" in late[0][2] and "2028年4月30日" in late[0][2]
