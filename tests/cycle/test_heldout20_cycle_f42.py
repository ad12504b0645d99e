"""The heldout20 cycle classes of fixer42 (samples ``cycle/*_f42.*``, LAYOUTS_CYCLE.md): a monitoring table split over
two worksheets, the year only in the period line under the title, 部门整体 forms named by the department, and a cause
column that lists its categories in brackets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from docbuild import make_doc
from review_assistant.extract.classify import classify
from review_assistant.extract.cycle_tables import column_key
from review_assistant.extract.monitoring import TITLE_RE, extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

CYCLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"
MON_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "1—6月实际完成值", "全年预计完成值", "完成目标可能性",
              "偏差原因（经费/制度/人员/硬件/其他）", "纠偏措施"]
MON_ROW = ["产出指标", "数量指标", "送戏下乡演出场次", "≥100场", "52场", "100场", "确定能", "", ""]


@pytest.mark.parametrize(("title", "hit"), [
    ("绩效目标监控", True), ("绩效目标完成情况监控（2026年1—8月）", True), ("绩效目标实现情况监控", True),
    ("项目支出绩效运行监控表", True), ("绩效目标申报表", False), ("项目预算执行情况（2026年1—8月）", False),
])
def test_the_indicator_sheet_of_a_split_form_names_a_monitoring_table(title: str, hit: bool) -> None:
    assert bool(TITLE_RE.search(title)) is hit


def test_a_workbook_whose_second_sheet_monitors_the_targets_is_a_monitoring_table() -> None:
    doc = parse_file(CYCLE / "mon_two_sheets_f42.xlsx")
    assert classify(doc) == "monitoring_table"
    mt = extract_monitoring(doc)
    assert mt.budget is not None and mt.budget.value == 360
    assert mt.executed is not None and mt.executed.value == Decimal("298.80")
    assert mt.fiscal_year == 2026 and mt.month == 9
    assert mt.title == "绩效目标实现情况监控（2026年1—9月）"  # the dated title row of the indicator sheet


def test_the_split_form_with_blank_forecasts_reports_mon03(settings: Settings) -> None:
    result = check_paths([CYCLE / "mon_two_sheets_blank_f42.xlsx"], settings, CheckOptions(use_llm=False))[0]
    assert result.document.kind == "monitoring_table" and result.document.amount_wan == 360.0
    named = {n for f in result.findings if f.rule_id == "MON-03" for n in ("新装太阳能路灯", "路灯安装完成时间")
             if n in f.message}
    assert named == {"新装太阳能路灯", "路灯安装完成时间"}


def test_a_workbook_with_a_goal_sheet_title_is_not_taken_for_a_split_monitoring_form() -> None:
    """A later sheet's title alone is not enough: its indicator table must have a forecast or 完成目标可能性 column."""
    def workbook(columns: list[str], row: list[str]) -> ParsedDocument:
        doc = make_doc("资金", [["2026年项目资金情况"], ["年初预算数", "执行率"], ["100", "预计50%"]],
                       [["绩效目标执行情况监控"], columns, row])
        for block, sheet in zip([b for b in doc.blocks if b.table is not None], ("资金", "指标"), strict=True):
            block.location = block.location.model_copy(update={"sheet": sheet})
        return doc

    goal = workbook(["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人次", "≥100人次"])
    assert classify(goal) != "monitoring_table"
    staged = workbook(["一级指标", "二级指标", "三级指标", "指标值", "1—6月完成值", "全年预计完成值"],
                      ["产出指标", "数量指标", "培训人次", "≥100人次", "40人次", "100人次"])
    assert classify(staged) == "monitoring_table"


@pytest.mark.parametrize("line", ["（2026年1—8月）", "(2026年1-6月)", "2026年上半年", "（2026年度）"])
def test_the_period_line_under_the_title_gives_the_year(line: str) -> None:
    doc = make_doc("Sheet1", [["项目支出绩效运行监控表"], [line], ["项目名称", "某县2025年结转道路工程"],
                              ["年初预算数", "1—6月执行数", "执行率"], ["100", "50", "50%"], MON_HEADER, MON_ROW])
    assert extract_monitoring(doc).fiscal_year == 2026


def test_a_line_with_more_than_the_period_is_no_year_line() -> None:
    doc = make_doc("Sheet1", [["项目支出绩效运行监控表"], ["（2026年1—8月，单位：万元，2025年结转）"],
                              ["项目名称", "道路养护"], MON_HEADER, MON_ROW])
    assert extract_monitoring(doc).fiscal_year is None


def test_a_department_monitoring_table_is_named_by_its_department() -> None:
    mt = extract_monitoring(parse_file(CYCLE / "mon_dept_whole_f42.docx"))
    assert mt.fields["project_name"].value == "示例县农业农村局"
    assert mt.budget is not None and mt.budget.value == 1520


def test_a_department_self_evaluation_is_named_by_its_department() -> None:
    ev = extract_self_evaluation(parse_file(CYCLE / "se_dept_whole_f42.pdf"))
    assert ev.fields["project_name"].value == "示例县民政局"


def test_a_unit_name_is_the_project_only_on_a_department_form() -> None:
    doc = make_doc("项目支出绩效自评表", [["单位名称", "示例县民政局"], ["项目名称", ""],
                                        ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]])
    field = extract_self_evaluation(doc).fields.get("project_name")
    assert field is None or field.value != "示例县民政局"
    dept = make_doc("2025年度部门整体支出绩效评价自评表", [["单位名称", "示例县民政局", "年度预算数（万元）", "300"],
                                                       ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]])
    assert extract_self_evaluation(dept).fields["project_name"].value == "示例县民政局"


@pytest.mark.parametrize(("text", "key"), [
    ("偏差原因（经费/制度/人员/硬件/其他）", "cause"), ("偏差原因(经费保障/制度保障/人员保障/硬件条件保障/其他)", "cause"),
    ("偏差原因", "cause"), ("纠偏措施", "measure"),
])
def test_a_cause_column_listing_its_categories_is_the_cause_column(text: str, key: str) -> None:
    assert column_key(text) == key


def test_the_cause_written_in_that_column_explains_the_deviation(settings: Settings) -> None:
    result = check_paths([CYCLE / "mon_period_line_f42.xlsx"], settings, CheckOptions(use_llm=False))[0]
    assert result.document.fiscal_year == 2026
    assert not [f for f in result.findings if f.rule_id == "MON-03"]
