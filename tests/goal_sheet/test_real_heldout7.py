"""The heldout7 failure classes of goal sheets (samples rl80–rl85, LAYOUTS.md L50–L52): coefficient targets that have
no unit by nature, a special fund's sheet with one value column per village under its own 项目名称 / 资金总额 / 总体目标,
and an allocation table (村名 | 金额 | 列支科目) beside the target table."""

from __future__ import annotations

import pytest

from docbuild import make_doc
from review_assistant.checks.goal_sheet.common import is_dimensionless
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.models import Indicator, indicators_by_row
from review_assistant.parsing.model import ParsedDocument
from review_assistant.settings import Settings
from sheetcheck import sample_sheet, sheet_findings

# ---- L50 无量纲系数 -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "expected"), [
    ("灌溉水有效利用系数", True), ("渠系水利用系数提高", True), ("空气质量综合指数", True), ("容积率", True),
    ("出水pH值", True), ("灌溉水有效利用系数（%）", True), ("系数调整次数", False), ("受益人口", False),
    ("新建渠道长度", False), ("指数化管理覆盖率", False),
])
def test_dimensionless_names(name: str, expected: bool) -> None:
    assert is_dimensionless(Indicator(level3=name)) is expected


def test_a_coefficient_without_unit_is_complete_and_a_length_is_not(settings: Settings) -> None:
    _, clean = sample_sheet("rl80_coefficient_values.docx", settings)
    assert not [f for f in clean if f.rule_id == "GS-03"]
    sheet, found = sample_sheet("rl81_coefficient_count_no_unit.xlsx", settings)
    coefficient = next(i for i in sheet.indicators if i.level3 == "灌溉水有效利用系数提高")
    assert (coefficient.sign, coefficient.number, coefficient.unit) == ("≥", 0.02, None)
    errors = [f for f in found if f.rule_id == "GS-03" and f.severity == "error"]
    assert [f.message for f in errors] == ["指标“斗渠防渗改造长度”缺少计量单位。"]


# ---- L51 按村分列指标值 -------------------------------------------------------------------------------------------


def test_village_columns_under_the_forms_own_header_are_one_project(settings: Settings) -> None:
    sheet, found = sample_sheet("rl82_village_value_columns.xlsx", settings)
    assert sheet.project_name == "2025年省级农村饮水工程维修养护资金"
    assert sheet.total_wan() == 30.0
    assert sheet.annual_goal is not None and sheet.annual_goal.value.startswith("维修3个村")
    assert sheet.project_rows == {} and {i.place for i in sheet.indicators} == {"东坑村", "西坑村", "南岭村"}
    rows = indicators_by_row(sheet.indicators)
    assert len(rows) == 7 and len(sheet.indicators) == 21
    assert [(i.place, i.target) for i in rows[0]] == [("东坑村", "≥1200米"), ("西坑村", "≥800米"), ("南岭村", "≥1000米")]
    assert any("按3个地方分列" in n.message for n in sheet.notes)
    assert not [f for f in found if f.severity == "error"]
    assert not [f for f in found if f.rule_id == "GS-01" and ("资金总额" in f.message or "总体目标" in f.message)]


def test_a_late_village_is_named_in_its_finding(settings: Settings) -> None:
    _, found = sample_sheet("rl83_village_value_columns_late.xlsx", settings)
    late = [f for f in found if f.rule_id == "GS-10"]
    assert [f.severity for f in late] == ["error"]
    assert "（西坑村）" in late[0].message and "2026年4月底前" in late[0].message


def test_an_allocation_header_row_is_no_project_name() -> None:
    # "序号 | 乡镇名称 | 项目名称 | 金额" heads a list: the form's own 项目名称 row further down is the name.
    alloc = [["序号", "乡镇名称", "项目名称", "金额"], ["1", "甲镇", "甲镇护岸", "20"], ["合计", "", "", "20"]]
    head = [["项目名称", "2025年省级水利专项资金"], ["资金总额", "20"]]
    ind = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "修复护岸长度", "≥300米"]]
    doc = make_doc("附件", "资金安排表", alloc, head, ind, path="通知.docx")
    assert extract_goal_sheet(doc).project_name == "2025年省级水利专项资金"


def test_place_columns_without_a_form_header_stay_one_project_per_place() -> None:
    # No 项目名称 / 资金总额 / 总体目标 of its own: each town is its project, as before.
    rows = [["一级指标", "二级指标", "三级指标", "指标解释", "甲镇", "乙镇"],
            ["产出指标", "数量指标", "修复工程个数（个）", "反映工程数量", "1", "2"],
            ["满意度指标", "服务对象满意度指标", "群众满意度（%）", "反映评价", "≥90", "≥90"]]
    doc = make_doc("绩效目标表", "", rows, path="表.docx")
    assert [s.project_name for s in extract_goal_sheets(doc)] == ["甲镇", "乙镇"]


def test_a_rate_written_as_a_fraction_is_a_warning_to_check_not_a_missing_unit(settings: Settings) -> None:
    head = [["项目名称", "示例灌区改造"], ["年度资金总额", "100"], ["年度绩效目标", "改造渠道10公里。"]]
    rows = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "改造渠道长度", "≥10公里"],
            ["效益指标", "生态效益指标", "渠系水利用率", "≥0.85"], ["效益指标", "生态效益指标", "新建住宅容积率", "≤2.5"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
    doc = make_doc("示例县2025年度项目绩效目标申报表", head, rows)
    sheet = extract_goal_sheet(doc)
    found = [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-03"]
    assert [(f.severity, "85%" in f.message) for f in found] == [("warning", True)]


# ---- L52 分配表 + 绩效目标表 ---------------------------------------------------------------------------------------


def test_allocation_rows_that_miss_their_total_are_an_error(settings: Settings) -> None:
    sheet, found = sample_sheet("rl85_allocation_sum_wrong.docx", settings)
    assert sheet.budget_detail_kind == "allocation" and sheet.budget_detail is not None
    assert [ln.amount_wan for ln in sheet.budget_detail.items] == [22.0, 10.0, 18.0]  # not the 列支科目 split
    funds = [f for f in found if f.rule_id == "GS-02"]
    assert [(f.severity, "50.00万元" in f.message and "58.00万元" in f.message) for f in funds] == [("error", True)]
    _, clean = sample_sheet("rl84_allocation_table.docx", settings)
    assert not [f for f in clean if f.rule_id == "GS-02"]


def _notice(alloc_total: str, rows: list[list[str]]) -> ParsedDocument:
    alloc = [["村名", "金额", "列支科目", "备注"], *rows, ["合  计", alloc_total, "", ""]]
    head = [["项目名称", "2025年省级示范村建设资金"], ["资金总额", "40"], ["年度目标", "建设2个示范村。"]]
    ind = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "示范村数量", "2个"],
           ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"]]
    return make_doc("关于下达资金的通知", "附件1：分配表", "单位：万元", alloc, "附件2：绩效目标表", head, ind)


def test_an_allocation_total_other_than_the_goal_tables_funds_is_only_a_warning(settings: Settings) -> None:
    doc = _notice("60", [["甲村", "30", "2130505", ""], ["乙村", "30", "2130505", ""]])
    sheet = extract_goal_sheet(doc)
    assert sheet.total_wan() == 40.0 and sheet.budget_detail_kind == "allocation"
    funds = [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-02"]
    assert [f.severity for f in funds] == ["warning"] and "本目标表以外" in funds[0].message
