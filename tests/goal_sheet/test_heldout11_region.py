"""The heldout11 regional transfer-payment class (samples rl106–rl108, LAYOUTS.md L64): "专项资金名称" and "区域年度总体目标",
a row of funds headings "年度金额 | 其中：中央补助 | 省级资金 | 市县配套资金" over a row of amounts, and a county allocation
annex ("县（市、区） | 分配金额 | …" with a 合计 row) that follows the indicators on the same worksheet."""

from __future__ import annotations

import pytest

from docbuild import make_doc
from review_assistant.extract import labels as L
from review_assistant.extract.goal_budget import allocation_header
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.settings import Settings
from sheetcheck import sample_sheet, sheet_findings

_BANNER = "资金情况（万元）"
_INDICATORS = [["一级指标", "二级指标", "三级指标", "指标值"],
               ["产出指标", "数量指标", "改造户数", "≥300户"],
               ["产出指标", "时效指标", "资金下达时间", "2026年3月底前"],
               ["效益指标", "社会效益指标", "覆盖率", "≥90%"],
               ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]


def _region_rows(heads: list[str], amounts: list[str]) -> list[list[str]]:
    return [["专项资金名称", "某省残疾人家庭无障碍改造补助资金", "", "", ""],
            ["省级主管部门", "某省残联", "", "市级主管部门", "某市残联"],
            [_BANNER, *heads],
            [_BANNER, *amounts],
            ["区域年度总体目标", "完成困难重度残疾人家庭无障碍改造300户。", "", "", ""]]


@pytest.mark.parametrize("name", ["rl106_region_levels.xlsx", "rl106_region_levels.docx"])
def test_clean_region_sheet_reads_every_level_and_the_annex_apart(name: str, settings: Settings) -> None:
    sheet, findings = sample_sheet(name, settings)
    assert sheet.fields["project_name"].value == "示例省农村公路养护补助资金"
    assert sheet.annual_goal is not None and sheet.annual_goal.value.startswith("完成示例市农村公路日常养护")
    assert {k: f.value_wan for k, f in sheet.funds.items()} == {
        "total": 2260.0, "fiscal_upper": 1480.0, "fiscal_part": 520.0, "fiscal_part:市县配套资金": 260.0}
    assert not sheet.unknown_fund_labels  # the merged "资金情况（万元）" banner is not a funds line
    # The annex is the allocation table, not seven more indicators (in the workbook it sits under them).
    assert [i.level3 for i in sheet.indicators][-1] == "沿线群众满意度" and len(sheet.indicators) == 7
    assert sheet.budget_detail_kind == "allocation" and sheet.budget_detail is not None
    assert sheet.budget_detail.total is not None and sheet.budget_detail.total.amount_wan == 2260.0
    assert not [f for f in findings if f.rule_id in {"GS-01", "GS-02", "GS-03"}], [f.message for f in findings]


def test_levels_that_do_not_add_up_are_reported_with_every_level(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl107_region_levels_mismatch.pdf", settings)
    assert sheet.funds["fiscal_part:市县配套资金"].value_wan == 200.0
    gs02 = [f for f in findings if f.rule_id == "GS-02"]
    assert [f.severity for f in gs02] == ["warning", "warning"]
    assert "2,260.00万元" in gs02[0].message and "2,200.00万元" in gs02[0].message
    assert "与中央补助1,480.00万元、省级资金520.00万元、市县配套资金200.00万元之和" in gs02[0].message
    # The annex adds up to 2260 too, but its 市县 column gives 260: where the header's 200 disagrees.
    assert "“市县配套资金”栏合计260.00万元，表头为200.00万元" in gs02[1].message
    assert "中央补助" not in gs02[1].message.split("不符：")[1]


def test_annex_total_unlike_the_sheet_total_is_said(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl108_region_annex_short.xlsx", settings)
    assert len(sheet.indicators) == 7
    gs02 = [f for f in findings if f.rule_id == "GS-02"]
    assert len(gs02) == 1 and gs02[0].severity == "warning"
    assert "1,620.00万元" in gs02[0].message and "2,260.00万元" in gs02[0].message
    assert "“中央补助”栏合计1,060.00万元，表头为1,480.00万元" in gs02[0].message


def test_an_unknown_heading_in_the_row_is_not_the_amount_of_the_one_before(settings: Settings) -> None:
    doc = make_doc("2026年转移支付区域绩效目标表", [
        *_region_rows(["年度金额", "其中：中央补助", "地方资金", "慈善捐助款"], ["500", "300", "150", "50"]),
        *_INDICATORS])
    sheet = extract_goal_sheet(doc)
    assert sheet.funds["fiscal_part"].value_wan == 150.0  # not "慈善捐助款", the next heading
    doc = make_doc("2026年转移支付区域绩效目标表", [
        *_region_rows(["年度金额", "其中：中央补助", "地方资金", "社会投入资金"], ["500", "300", "150", "50"]),
        *_INDICATORS])
    sheet = extract_goal_sheet(doc)
    assert sheet.funds["fiscal_part"].value_wan == 150.0
    gs02 = [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-02"]
    assert all(f.severity == "warning" for f in gs02)


def test_region_levels_that_add_up_give_no_funds_finding(settings: Settings) -> None:
    doc = make_doc("2026年转移支付区域绩效目标表", [
        *_region_rows(["年度金额", "其中：中央补助", "省级资金", "市县资金"], ["500.00", "300.00", "120.00", "80.00"]),
        *_INDICATORS])
    sheet = extract_goal_sheet(doc)
    assert sheet.total_wan() == 500.0
    assert sheet.fields["project_name"].value == "某省残疾人家庭无障碍改造补助资金"
    assert not [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-02"]


def test_annex_under_the_indicators_in_one_table_ends_them() -> None:
    annex = [["县（市、区）", "分配金额", "其中：中央补助", "省级资金", "市县资金"],
             ["某甲县", "260.00", "150.00", "70.00", "40.00"],
             ["某乙县", "240.00", "150.00", "50.00", "40.00"],
             ["合计", "500.00", "300.00", "120.00", "80.00"]]
    rows = [*_region_rows(["年度金额", "其中：中央补助", "省级资金", "市县资金"], ["500", "300", "120", "80"]),
            *_INDICATORS, ["附表：分县资金分配表", "", "", "", ""], annex[0], *annex[1:]]
    sheet = extract_goal_sheet(make_doc("2026年转移支付区域绩效目标表", rows))
    assert [i.level3 for i in sheet.indicators] == ["改造户数", "资金下达时间", "覆盖率", "群众满意度"]
    assert sheet.budget_detail is not None and [ln.item for ln in sheet.budget_detail.items] == ["某甲县", "某乙县"]
    assert sheet.budget_detail.fund_totals == {"其中：中央补助": 300.0, "省级资金": 120.0, "市县资金": 80.0}


@pytest.mark.parametrize(("cells", "expected"), [
    (["县（市、区）", "分配金额", "其中：中央补助", "省级资金", "市县资金", "主要任务"], True),
    (["序号", "乡镇名称", "项目名称", "金额（万元）"], True),
    (["一级指标", "二级指标", "三级指标", "指标值"], False),
    (["产出指标", "数量指标", "覆盖乡镇数", "≥12个"], False),
    (["县", "620.00", "400.00"], False),  # a data row, not a header
])
def test_allocation_header(cells: list[str], expected: bool) -> None:
    assert allocation_header(cells) is expected


def test_vocabulary_of_region_sheets() -> None:
    assert L.match(L.HEADER_INDEX, "专项资金名称") == "project_name"
    assert L.match(L.GOAL_INDEX, "区域年度总体目标") == "annual"
    assert L.match(L.GOAL_INDEX, "区域实施期目标") == "long_term"
    for name in ("市县资金", "市县配套资金", "区县配套资金", "市县级财政资金"):
        assert L.match(L.FUND_INDEX, name) == "fiscal_part", name
