"""The heldout23 goal-sheet class of fixer45 (samples rl205–rl207, LAYOUTS.md L107): fund sources across one row with
their 合计 last ("项目资金（万元） | 本级财政 | 上级补助 | 单位自筹 | 合计" over the amounts). The 合计 is the total, the
other amounts are the sources; when one cell is read both as the total and as a source, GS-02 is only a warning."""

from __future__ import annotations

from pathlib import Path

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths, run_checks
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"
INDICATORS = [["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
              ["产出指标", "数量指标", "改造日间照料中心", "≥14个", "计划标准"]]


def _findings(settings: Settings, name: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message)
            for f in check_paths([SAMPLES / name], settings, CheckOptions())[0].findings]


def test_the_total_is_the_last_column() -> None:
    for name in ("rl205_row_sources_clean.docx", "rl207_row_sources_cost_over.pdf"):
        sheet = extract_goal_sheet(parse_file(SAMPLES / name))
        got = {k: f.value_wan for k, f in sheet.funds.items()}
        assert got == {"total": 180.0, "fiscal_local": 120.0, "fiscal_upper": 50.0, "other": 10.0}, name
        assert sheet.funds["total"].label == "合计"


def test_clean_mismatch_and_cost_over(settings: Settings) -> None:
    assert not [f for f in _findings(settings, "rl205_row_sources_clean.docx") if f[0].startswith("GS") and f[1] != "info"]
    mismatch = [f for f in _findings(settings, "rl206_row_sources_mismatch.xlsx") if f[0] == "GS-02"]
    assert [f[1] for f in mismatch] == ["error"]
    assert "180.00万元" in mismatch[0][2] and "165.00万元" in mismatch[0][2]
    over = _findings(settings, "rl207_row_sources_cost_over.pdf")
    assert any(r == "GS-13" and s == "error" and "180.00万元" in m for r, s, m in over)
    assert not [f for f in over if f[0] == "GS-02"]


def test_row_without_a_total_is_read_as_before() -> None:
    """"项目资金 | 本级财政 | 上级补助" over amounts with no 合计 column: not this layout, nothing is set aside."""
    doc = make_doc("2027年度项目支出绩效目标表", "单位：万元",
                   [["项目名称", "照料中心改造", "照料中心改造", "照料中心改造"],
                    ["项目资金（万元）", "本级财政", "上级补助", "单位自筹"],
                    ["项目资金（万元）", "120.00", "50.00", "10.00"], *INDICATORS])
    sheet = extract_goal_sheet(doc)
    assert sheet.funds["fiscal_local"].value_wan == 120.0
    assert sheet.funds["fiscal_upper"].value_wan == 50.0


def test_one_cell_read_as_total_and_source_is_only_a_warning(settings: Settings) -> None:
    """The banner's amount is also 本级财政's (no 合计 column): which cell is the total cannot be told."""
    doc = make_doc("2027年度项目支出绩效目标表", "单位：万元",
                   [["项目名称", "照料中心改造", "照料中心改造", "照料中心改造"],
                    ["项目资金（万元）", "本级财政", "上级补助", "单位自筹"],
                    ["项目资金（万元）", "120.00", "50.00", "10.00"], *INDICATORS])
    sheet = extract_goal_sheet(doc)
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=2027, goal_sheet=sheet)
    gs02 = [f for f in run_checks(ctx, CheckOptions(), batch_phase=False) if f.rule_id == "GS-02"]
    assert sheet.funds["total"].location == sheet.funds["fiscal_local"].location
    assert [f.severity for f in gs02] == ["warning"]
    assert "无法确定哪一栏是资金总额" in gs02[0].message


def test_single_header_export_project_name(settings: Settings) -> None:
    sheet = extract_goal_sheet(parse_file(SAMPLES / "rl208_single_header_export.xlsx"))
    assert sheet.project_name == "2027年社区居民健康素养促进讲座"
    assert sheet.funds["total"].value_wan == 12.0
    found = _findings(settings, "rl208_single_header_export.xlsx")
    assert not [f for f in found if f[0].startswith("GS") and f[1] == "error"]


def test_allocation_table_project_column_is_still_not_a_field() -> None:
    """"序号 | 乡镇名称 | 项目名称 | 金额" with a different project in each row is a list, not the sheet's name."""
    doc = make_doc("2027年度项目支出绩效目标表", "单位：万元",
                   [["项目名称", "镇村道路提升", "镇村道路提升", "镇村道路提升"],
                    ["年度资金总额", "100.00", "其中：财政拨款", "100.00"]],
                   [["序号", "乡镇名称", "项目名称", "金额"],
                    ["1", "东镇", "东镇道路硬化", "60.00"],
                    ["2", "西镇", "西镇道路硬化", "40.00"]], INDICATORS)
    assert extract_goal_sheet(doc).project_name == "镇村道路提升"


def test_annual_rows_after_a_page_break_in_a_narrower_table(settings: Settings) -> None:
    """The 年度 header ("指标内容" merged over two columns) ends page 1; its rows follow in a table one column narrower."""
    sheet = extract_goal_sheet(parse_file(SAMPLES / "rl209_annual_header_page_break.pdf"))
    annual = [i for i in sheet.indicators if i.period == "annual"]
    assert len(sheet.indicators) == 10 and len(annual) == 7
    assert annual[0].level3 == "本年度改造危旧桥梁" and annual[3].level1 == "成本指标"
    assert not [f for f in _findings(settings, "rl209_annual_header_page_break.pdf") if f[0].startswith("GS") and f[1] != "info"]


def test_a_narrower_table_without_a_merged_heading_is_no_continuation() -> None:
    """Without a merged heading in the open table's header a narrower headless table is not read as its rows."""
    doc = make_doc("2027年度项目支出绩效目标表", "单位：万元",
                   [["项目名称", "照料中心改造", "照料中心改造", "照料中心改造", "照料中心改造"],
                    ["年度资金总额", "100.00", "其中：财政拨款", "100.00", ""],
                    ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
                    ["产出指标", "数量指标", "改造日间照料中心", "≥14个", ""]],
                   [["东镇", "改造站点", "20.00", "完成"]])
    assert len(extract_goal_sheet(doc).indicators) == 1
