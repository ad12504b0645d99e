"""Budget-disclosure tables with several projects and a two-row funds header (LAYOUTS.md L45), and the year
written only in the project name (L46): samples rl70–rl72."""

from __future__ import annotations

from pathlib import Path

import make_goal_sheets as mgs  # corpus/samples is on pytest's pythonpath
import pytest
from real_layout_disclosure import allocation_year_in_name, disclosure_multi_funds

from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.goal_title import sheet_fiscal_year
from review_assistant.extract.indicator_table import P_FUND, header_groups
from review_assistant.extract.models import GoalSheet, TextField
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import Location, ParsedDocument
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"
PROJECTS = {"招商项目策划包装经费": (32.0, 24.0, 8.0, 0.0), "重点企业帮扶服务经费": (18.0, 18.0, 0.0, 0.0),
            "投资促进宣传推介费": (12.5, 10.0, 0.0, 2.5)}


def _funds(sheet: GoalSheet) -> tuple[float | None, ...]:
    return tuple(sheet.funds[k].value_wan if k in sheet.funds else None for k in ("total", "fiscal", "carryover", "other"))


def test_funds_columns_under_a_two_row_header_are_read_per_project() -> None:
    sheets = extract_goal_sheets(parse_file(SAMPLES / "rl70_disclosure_multi_funds.xlsx"))
    assert {s.project_name: _funds(s) for s in sheets} == PROJECTS
    for s in sheets:
        assert len(s.annual_indicators()) == 6
        # Project names ending in 经费/费 are not unknown funds labels, and the sources were checked.
        assert s.unknown_fund_labels == []
        assert not [n for n in s.notes if "不在已知的资金来源名称" in n.message or "没有资金来源构成" in n.message]
        # An indicator's evidence quotes its own cells, not the project's name, funds and goal merged down beside it.
        assert all(i.evidence.startswith(i.level1) or i.evidence.startswith(i.level2) for i in s.indicators)
        assert not [i for i in s.indicators if s.project_name in i.evidence]
        # "填报单位：……" above the table holds for every project.
        assert s.field_value("implementer") == "示例县投资促进服务中心"


@pytest.mark.parametrize("ext", ["docx", "pdf"])
def test_a_merged_funds_cell_counts_once(ext: str, tmp_path: Path) -> None:
    """Word and PDF repeat a merged cell's text on every row it covers: the project's funds are its first row's."""
    model = disclosure_multi_funds()
    path = tmp_path / f"multi.{ext}"
    {"docx": mgs._docx_render, "pdf": mgs._pdf_render}[ext](model, path, model.title)
    sheets = extract_goal_sheets(parse_file(path))
    assert {s.project_name: _funds(s) for s in sheets} == PROJECTS
    assert all(s.fiscal_year == 2025 for s in sheets)


def test_year_from_the_second_worksheet_title() -> None:
    """The first worksheet is the department's 财政拨款收支总表; the year is in the project sheet's title row."""
    sheets = extract_goal_sheets(parse_file(SAMPLES / "rl70_disclosure_multi_funds.xlsx"))
    assert {(s.title, s.fiscal_year, s.fiscal_year_source) for s in sheets} == {("2025年项目支出绩效目标表", 2025, "title")}


def test_one_project_whose_total_is_not_its_sources_is_an_error(settings: Settings) -> None:
    result = check_paths([SAMPLES / "rl71_disclosure_multi_funds_mismatch.pdf"], settings, CheckOptions(use_llm=False))[0]
    funds = [f for f in result.findings if f.rule_id == "GS-02"]
    assert [(f.severity, f.message.split("】")[0]) for f in funds] == [("error", "【第2个项目：重点企业帮扶服务经费")]
    assert "20" in funds[0].evidence and "20.00万元" in funds[0].message
    assert not [f for f in result.findings if f.severity == "error" and f.rule_id != "GS-02"]


def test_header_groups_map_funds_sub_columns() -> None:
    cells = ["项目名称", "合计", "财政拨款", "上年结转", "其他资金", "年度绩效目标", "一级指标", "二级指标", "三级指标",
             "指标值", "计量单位"]
    cols = header_groups(cells)[0]
    assert (cols["p_name"], cols["p_budget"], cols["p_goal"], cols["l3"], cols["value"]) == (0, 1, 5, 8, 9)
    assert {k: v for k, v in cols.items() if k.startswith(P_FUND)} == \
        {f"{P_FUND}财政拨款": 2, f"{P_FUND}上年结转": 3, f"{P_FUND}其他资金": 4}


def test_year_only_in_the_project_name(settings: Settings) -> None:
    path = SAMPLES / "rl72_allocation_year_in_name.docx"
    sheet = extract_goal_sheets(parse_file(path))[0]
    assert (sheet.fiscal_year, sheet.fiscal_year_source) == (2025, "project_name")
    assert any(n.part == "year" and "项目名称" in n.message for n in sheet.notes)
    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]
    assert result.document.fiscal_year == 2025
    assert not [f for f in result.findings if f.rule_id == "GS-10"]


@pytest.mark.parametrize(("name", "year"), [
    ("2025年省级乡村振兴试点示范专项资金", 2025),
    ("2024年度中央财政衔接推进乡村振兴补助资金", 2024),
    ("示例县2025年农村公路养护", None),  # a year inside the name is not the name's year
    ("2025年3月开工的村道改造", None),  # a date, not a fund's year
    ("示例区社区养老服务补助", None),
])
def test_project_name_year(name: str, year: int | None) -> None:
    sheet = GoalSheet(title="绩效目标表")
    sheet.fields["project_name"] = TextField(label="项目名称", value=name, location=Location())
    doc = ParsedDocument(path="示例.docx", sha256="0", file_type="docx", blocks=[])
    assert sheet_fiscal_year(doc, sheet)[0] == year


def test_allocation_sample_is_clean_in_other_formats(tmp_path: Path, settings: Settings) -> None:
    model = allocation_year_in_name()
    path = tmp_path / "alloc.pdf"
    mgs._pdf_render(model, path, model.title)
    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]
    assert result.document.fiscal_year == 2025
    assert not [f for f in result.findings if f.severity == "error"]


def test_deadline_after_a_year_read_from_the_name_is_a_warning(tmp_path: Path, settings: Settings) -> None:
    """The year a project's name starts with is a good guess, not a certainty: a later deadline is worth a warning."""
    model = allocation_year_in_name()
    for block in model.blocks:
        for row in getattr(block, "rows", []):
            row[:] = ["2026年6月底前" if cell == "2025年12月31日前" else cell for cell in row]
    path = tmp_path / "alloc_late.docx"
    mgs._docx_render(model, path, model.title)
    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]
    late = [f for f in result.findings if f.rule_id == "GS-10"]
    assert [f.severity for f in late] == ["warning"]
    assert "项目名称中的年份" in late[0].message and "2026年6月底前" in late[0].message
