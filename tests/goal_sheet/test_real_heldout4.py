"""The heldout4 failure classes of goal sheets: a "资金来源 | 金额（元）" table under an export's indicators, the sign
of a value that carries it, quantity indicators counted in 万元, "≥进一步提升", and a department's 收入构成 /
支出构成 funds table (samples rl50–rl53, LAYOUTS.md L33–L35)."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.indicator_table import funds_table_head
from review_assistant.extract.models import GoalSheet, Indicator
from review_assistant.extract.values import target_text
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.facts import document_facts
from review_assistant.review.pipeline import CheckOptions, run_checks
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"


def _context(doc: ParsedDocument, sheet: GoalSheet, settings: Settings) -> CheckContext:
    return CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=sheet.fiscal_year or 2025,
                        goal_sheet=sheet)


def _checked(name: str, settings: Settings) -> tuple[list[GoalSheet], list[Finding], CheckContext]:
    doc = parse_file(SAMPLES / name)
    sheets = extract_goal_sheets(doc)
    ctx = _context(doc, sheets[0], settings)
    return sheets, run_checks(ctx, CheckOptions(), batch_phase=False), ctx


# ---- 1. a funds-source table under the indicators is not a project ----------------------------------------


def test_a_funds_source_table_under_an_export_is_not_another_project(settings: Settings) -> None:
    sheets, found, _ = _checked("rl50_yuan_export_sources.xlsx", settings)
    assert len(sheets) == 1 and sheets[0].project_label == ""
    sheet = sheets[0]
    assert sheet.project_name == "示例区困难家庭学生资助项目"
    assert sheet.total_wan() == pytest.approx(90.0)
    parts = {f.label: f.value_wan for k, f in sheet.funds.items() if k != "total"}
    assert parts == {"区级财政资金": pytest.approx(72.0), "体彩公益金": pytest.approx(18.0)}
    assert sheet.unknown_fund_labels == []  # the project's name beside its amount is not a funds label
    assert not [f for f in found if f.severity == "error"]
    assert not [f for f in found if f.rule_id == "GS-02"]


def test_funds_table_header_rows() -> None:
    assert funds_table_head({"资金来源", "金额（元）"})
    assert funds_table_head({"收入构成", "当年金额", "占比"})
    assert not funds_table_head({"资金来源", "项目名称"})
    assert not funds_table_head({"金额（元）"})  # no caption naming a funds table


def _project_rows(*extra: list[str]) -> ParsedDocument:
    rows = [
        ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["示例镇政府", "村级保洁", "300,000.00", "完成8个村的保洁。", "产出指标", "数量指标", "保洁村数", "=8个"],
        ["", "", "", "", "产出指标", "质量指标", "垃圾清运率", "≥95%"],
        ["", "", "", "", "满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
        ["示例镇政府", "村级运转补助", "200,000.00", "保障村级组织运转。", "产出指标", "数量指标", "补助村数", "=12个"],
        ["", "", "", "", "效益指标", "社会效益指标", "村级组织正常运转率", "≥95%"],
        *extra,
    ]
    return make_doc("示例镇2025年部门预算项目绩效目标表", "金额单位：元", rows, path="示例 多项目.xlsx")


def test_an_amount_under_the_project_column_is_not_a_project() -> None:
    doc = _project_rows(["", "600,000.00", "", "", "", "", "", ""], ["", "金额（元）", "", "", "", "", "", ""])
    sheets = extract_goal_sheets(doc)
    assert [s.project_name for s in sheets] == ["村级保洁", "村级运转补助"]


def test_a_project_row_without_indicators_is_a_warning_not_an_error(settings: Settings) -> None:
    doc = _project_rows(["示例镇政府", "集镇绿化养护", "100,000.00", "养护集镇绿地。", "", "", "", ""])
    sheets = extract_goal_sheets(doc)
    assert [s.project_name for s in sheets] == ["村级保洁", "村级运转补助", "集镇绿化养护"]
    empty = sheets[2]
    found = [f for f in run_checks(_context(doc, empty, settings), CheckOptions(), batch_phase=False)
             if f.rule_id == "GS-01" and "绩效指标" in f.message]
    assert [f.severity for f in found] == ["warning"]


# ---- 2. the sign of a value that carries it ---------------------------------------------------------------


@pytest.mark.parametrize(("sign", "value", "unit", "shown"), [
    ("≥", "≥20", "万元", "≥20万元"),
    ("≥", "20", "万元", "≥20万元"),
    ("=", "=100%", "%", "=100%"),
    ("≥", ">=95", "%", ">=95%"),
    ("≥", "不低于95%", "%", "不低于95%"),
    ("≤", "2025年5月31日", None, "≤2025年5月31日"),
    (None, "按时完成", None, "按时完成"),
])
def test_target_text_writes_sign_and_unit_once(sign: str | None, value: str, unit: str | None, shown: str) -> None:
    assert target_text(sign, value, unit) == shown


def test_merged_table_values_keep_one_sign_and_the_unit_checks_run(settings: Settings) -> None:
    sheets, found, ctx = _checked("rl51_merged_signed_values.docx", settings)
    sheet = sheets[0]
    assert sheet.total_wan() == pytest.approx(60.0)
    targets = [row[3] for row in document_facts(ctx)["indicators"]]
    assert targets[:3] == ["≥36万元", "≥120个", "≥95%"]
    assert not any(t.startswith(("≥≥", "≤≤", "==")) for t in targets)
    gs05 = [f for f in found if f.rule_id == "GS-05"]
    assert len(gs05) == 1 and "维护自动雨量监测站" in gs05[0].message and gs05[0].severity == "warning"
    gs06 = [f for f in found if f.rule_id == "GS-06"]
    assert len(gs06) == 1 and gs06[0].severity == "warning" and "≥进一步提升" in gs06[0].message
    assert "定性" not in gs06[0].message


def test_a_quantity_of_money_may_be_counted_in_wan(settings: Settings) -> None:
    rows = [
        ["项目名称", "示例县产业奖补", "年度资金总额（万元）", "500"],
        ["年度绩效目标", "发放产业发展奖补资金500万元。", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "发放产业奖补资金", "≥500万元"],
        ["产出指标", "数量指标", "购置农机具", "≥30万元"],
    ]
    doc = make_doc("2025年度项目支出绩效目标表", rows)
    sheet = extract_goal_sheets(doc)[0]
    found = [f for f in run_checks(_context(doc, sheet, settings), CheckOptions(), batch_phase=False)
             if f.rule_id == "GS-05"]
    assert [f.message.split("”")[0] for f in found] == ["指标“购置农机具"]


def test_a_vague_value_without_a_sign_stays_an_info(settings: Settings) -> None:
    ind = Indicator(level1="效益指标", level2="社会效益指标", level3="服务水平", value_text="进一步提升", qualitative=True)
    sheet = GoalSheet(title="2025年度项目支出绩效目标表", indicators=[ind])
    doc = make_doc("2025年度项目支出绩效目标表")
    found = [f for f in run_checks(_context(doc, sheet, settings), CheckOptions(), batch_phase=False)
             if f.rule_id == "GS-06"]
    assert [f.severity for f in found] == ["info"]


# ---- 3. a department's 收入构成 / 支出构成 -----------------------------------------------------------------


def test_department_income_and_expense_blocks(settings: Settings) -> None:
    sheets, found, _ = _checked("rl52_department_composition.docx", settings)
    sheet = sheets[0]
    assert sheet.project_name == "示例县档案馆"
    assert sheet.total_wan() == pytest.approx(418.0)
    assert {k: f.value_wan for k, f in sheet.funds.items()} == {
        "fiscal": pytest.approx(410.0), "other": pytest.approx(8.0), "total": pytest.approx(418.0)}
    assert {k: f.value_wan for k, f in sheet.expenditure.items()} == {
        "basic": pytest.approx(268.0), "project": pytest.approx(150.0), "total": pytest.approx(418.0)}
    assert sheet.budget_detail is not None and [ln.item for ln in sheet.budget_detail.items] == [
        "馆藏档案数字化", "库房安全维护", "档案展览"]
    assert any("收入构成" in n.message for n in sheet.notes)
    assert not [f for f in found if f.rule_id in {"GS-01", "GS-02"} and f.severity != "info"
                and ("资金" in f.message or "支出" in f.message)]


def test_department_expense_written_in_yuan_is_reported(settings: Settings) -> None:
    sheets, found, _ = _checked("rl53_department_yuan_slip.xlsx", settings)
    assert sheets[0].project_name == "示例县档案馆"  # the title row, not the worksheet's tab name
    assert sheets[0].total_wan() == pytest.approx(418.0)
    gs02 = [f for f in found if f.rule_id == "GS-02"]
    assert len(gs02) == 1 and gs02[0].severity == "warning"
    assert "基本支出" in gs02[0].message and "268.00万元" in gs02[0].message and "按元" in gs02[0].message


def test_department_expense_parts_that_do_not_add_up_are_an_error(settings: Settings) -> None:
    rows = [
        ["部门（单位）名称", "示例县气象局", "", ""],
        ["部门总体资金情况（单位：万元）", "收入构成", "当年金额", "占比"],
        ["部门总体资金情况（单位：万元）", "财政拨款", "200", ""],
        ["部门总体资金情况（单位：万元）", "合计", "200", "100%"],
        ["部门总体资金情况（单位：万元）", "支出构成", "当年金额", "占比"],
        ["部门总体资金情况（单位：万元）", "基本支出", "120", ""],
        ["部门总体资金情况（单位：万元）", "项目支出", "60", ""],
        ["部门总体资金情况（单位：万元）", "合计", "200", "100%"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "发布预警信息", "≥300条"],
    ]
    doc = make_doc("2025年度部门整体支出绩效目标申报表", rows)
    sheet = extract_goal_sheets(doc)[0]
    gs02 = [f for f in run_checks(_context(doc, sheet, settings), CheckOptions(), batch_phase=False)
            if f.rule_id == "GS-02"]
    assert [f.severity for f in gs02] == ["error"] and "180.00万元" in gs02[0].message
