"""The heldout20 goal-sheet class of fixer42 (samples rl197–rl199, LAYOUTS.md L105): funds in 元 beside a banner with no
total cell ("项目资金（元）" merged over "其中：财政资金 | 3600000.00" and "其他资金 | 400000.00"), also as the second of
three worksheets."""

from __future__ import annotations

from pathlib import Path

from docbuild import make_doc
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"
INDICATORS = [["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
              ["产出指标", "数量指标", "改造管网", "≥", "16", "公里"]]


def _funds(name: str) -> dict[str, float | None]:
    sheet = extract_goal_sheets(parse_file(SAMPLES / name))[0]
    return {k: f.value_wan for k, f in sheet.funds.items()}


def test_the_total_is_the_sum_of_the_sources_beside_the_banner() -> None:
    for name in ("rl197_yuan_sources_no_total.docx", "rl198_yuan_sources_three_sheets.xlsx"):
        assert _funds(name) == {"total": 400.0, "fiscal": 360.0, "other": 40.0}, name
    sheet = extract_goal_sheets(parse_file(SAMPLES / "rl197_yuan_sources_no_total.docx"))[0]
    assert any("之和计为400.00万元" in n.message for n in sheet.notes)


def test_three_worksheets_take_the_form_sheets_dated_title() -> None:
    sheet = extract_goal_sheets(parse_file(SAMPLES / "rl198_yuan_sources_three_sheets.xlsx"))[0]
    assert sheet.title == "2027年度项目支出绩效目标申报表"
    assert (sheet.fiscal_year, sheet.fiscal_year_source) == (2027, "title")


def test_clean_and_over_budget_samples(settings: Settings) -> None:
    def findings(name: str) -> list[tuple[str, str]]:
        return [(f.rule_id, f.severity) for f in check_paths([SAMPLES / name], settings, CheckOptions())[0].findings]

    assert not [f for f in findings("rl197_yuan_sources_no_total.docx") if f[0].startswith("GS")]
    assert ("GS-13", "error") in findings("rl199_yuan_sources_three_sheets_over.xlsx")


def _banner_doc(*source_rows: list[str]) -> dict[str, float | None]:
    doc = make_doc("2027年度项目支出绩效目标申报表", "金额单位：元",
                   [["项目名称", "供水管网改造", "供水管网改造"], *source_rows, *INDICATORS])
    return {k: f.value_wan for k, f in extract_goal_sheet(doc).funds.items()}


def test_a_banner_with_a_blank_source_stays_unread() -> None:
    funds = _banner_doc(["项目资金（元）", "其中：财政资金", "3600000.00"], ["项目资金（元）", "其他资金", ""])
    assert funds.get("total") is None


def test_items_of_the_fiscal_funds_are_not_added_to_it() -> None:
    """财政资金 with 本级/上级 lines under the same banner: the lines may itemise it, so nothing is summed."""
    funds = _banner_doc(["项目资金（元）", "其中：财政资金", "3600000.00"], ["项目资金（元）", "本级资金", "1600000.00"],
                        ["项目资金（元）", "上级资金", "2000000.00"])
    assert funds.get("total") is None


def test_a_written_total_is_kept() -> None:
    funds = _banner_doc(["项目资金（元）", "3900000.00", "其中：财政资金", "3600000.00"],
                        ["项目资金（元）", "3900000.00", "其他资金", "400000.00"])
    assert funds["total"] == 390.0


def test_a_blank_total_cell_beside_its_label_is_not_filled_in() -> None:
    """"年度资金总额 | （空） | 其中：财政资金 | …": the form has a total cell and it was left blank (GS-01 says so)."""
    funds = _banner_doc(["年度资金总额", "", "其中：财政资金", "3600000.00"], ["年度资金总额", "", "其他资金", "400000.00"])
    assert funds.get("total") is None
