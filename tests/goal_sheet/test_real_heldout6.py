"""The heldout6 failure classes of goal sheets (samples rl60–rl64, LAYOUTS.md L40–L42): a whole sheet in two columns
栏目 | 填报内容 with several targets per "一级—二级" cell, a 项目支出明细 by 支出经济分类科目 against the funds total, and
numbered tick boxes with the mark after the option."""

from __future__ import annotations

import pytest

from docbuild import make_doc
from review_assistant.checks.models import Finding
from review_assistant.extract import labels as L
from review_assistant.extract.goal_columns import level_label
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.goal_ticks import tick_box_choice
from review_assistant.parsing.model import ParsedDocument
from review_assistant.settings import Settings
from sheetcheck import sample_sheet, sheet_findings


def _errors(findings: list[Finding]) -> list[str]:
    return [f"{f.rule_id} {f.message}" for f in findings if f.severity == "error"]


_HEAD = [["栏目", "填报内容"], ["项目名称", "示例项目"], ["申报单位", "示例中心"], ["主管部门", "示例局"],
         ["项目属性", "延续项目"], ["实施周期", "2025年1月1日至2025年12月31日"], ["申请年度资金", "30万元（县级财政资金）"],
         ["年度绩效目标", "完成示例任务。"]]


def _two_column(*rows: list[str]) -> ParsedDocument:
    return make_doc("项目支出绩效目标申报表", [*_HEAD, *rows])


# ---- L40 栏目 | 填报内容 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "levels"), [
    ("产出指标—数量指标", ("产出指标", "数量指标")),
    ("产出指标-时效指标", ("产出指标", "时效指标")),
    ("产出指标/质量指标", ("产出指标", "质量指标")),
    ("产出指标（成本指标）", ("产出指标", "成本指标")),
    ("效益指标——社会效益指标", ("效益指标", "社会效益指标")),
    ("满意度指标—服务对象满意度指标", ("满意度指标", "服务对象满意度指标")),
    ("成本指标—经济成本指标", ("成本指标", "经济成本指标")),  # 2021 layout: 成本 is a first level
    ("数量指标", ("产出指标", "数量指标")),
    ("产出指标—工作量指标", ("产出指标", "工作量指标")),  # a local second level, kept as written
])
def test_level_labels(text: str, levels: tuple[str, str]) -> None:
    assert level_label(text) == levels


@pytest.mark.parametrize("text", ["项目名称", "年度绩效目标", "申请年度资金", "实施周期", "产出指标—2025年", "栏目"])
def test_other_labels_are_not_levels(text: str) -> None:
    assert level_label(text) is None


def test_apply_amount_label_is_the_total() -> None:
    assert L.match(L.FUND_INDEX, "申请年度资金") == "total"
    assert L.match(L.FUND_INDEX, "申请资金") == "total"


def test_two_column_sheet_is_read_cell_by_cell(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl60_two_column_sheet.pdf", settings)
    assert sheet.project_name == "示例县农村学校营养餐食堂设备更新"
    assert sheet.total_wan() == 52.0
    assert sheet.fiscal_year == 2025 and sheet.fiscal_year_source == "period"
    assert sheet.field_value("attribute") == "延续项目"
    assert len(sheet.indicators) == 9 and not sheet.unsplit_indicators
    by_name = {i.level3: i for i in sheet.indicators}
    # "1.…2.…" numbering, "；", and every label spelling give the levels and the target.
    assert by_name["受益学生"].level2 == "数量指标" and by_name["受益学生"].number == 3600
    assert by_name["食品留样记录完整率"].level2 == "质量指标" and by_name["食品留样记录完整率"].sign == "≥"
    assert by_name["设备安装完成时间"].date_value is not None
    assert by_name["每校设备更新成本"].level2 == "成本指标" and by_name["每校设备更新成本"].unit == "万元"
    assert by_name["学生及家长满意度"].family == "满意度"
    assert not _errors(findings)


def test_deadline_after_the_year_and_an_unsplit_cell(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl61_two_column_deadline.docx", settings)
    assert len(sheet.indicators) == 6
    [unsplit] = sheet.unsplit_indicators
    assert unsplit.level1 == "效益指标" and "分别≥40%、≥10%" in unsplit.value_text
    assert [f.rule_id for f in findings if f.severity == "error"] == ["GS-10"]
    gs03 = [f for f in findings if f.rule_id == "GS-03"]
    assert [f.severity for f in gs03] == ["warning"] and "未能确定地拆分" in gs03[0].message
    # The unsplit cell's label says 效益指标: that family is not reported missing.
    assert not [f for f in findings if f.rule_id == "GS-04" and "效益" in f.message]


def test_targets_joined_by_commas_are_split_when_each_has_its_own_name(settings: Settings) -> None:
    doc = _two_column(["产出指标—数量指标", "新建错车道≥18处，硬化道路≥12.5公里"],
                      ["效益指标—社会效益指标", "受益农户≥860户"], ["满意度指标", "群众满意度≥90%"])
    sheet = extract_goal_sheet(doc)
    assert [(i.level3, i.value_text) for i in sheet.indicators[:2]] == [("新建错车道", "≥18处"), ("硬化道路", "≥12.5公里")]
    assert not sheet.unsplit_indicators


@pytest.mark.parametrize("content", ["覆盖率和满意度分别≥95%、≥90%", "≥420人的服务对象得到照护"])
def test_a_cell_that_cannot_be_split_is_a_warning_never_an_error(content: str, settings: Settings) -> None:
    doc = _two_column(["产出指标—数量指标", "服务对象≥420人"], ["效益指标—社会效益指标", content])
    sheet = extract_goal_sheet(doc)
    assert len(sheet.indicators) == 1 and [u.value_text for u in sheet.unsplit_indicators] == [content]
    findings = sheet_findings(doc, sheet, settings)
    assert not _errors(findings)  # GS-16 (only one indicator) and GS-04 become warnings that say why
    gs16 = [f for f in findings if f.rule_id == "GS-16"]
    assert gs16 and gs16[0].severity == "warning" and "未能拆分" in gs16[0].message
    assert any(f.rule_id == "GS-03" and content in f.message for f in findings)


def test_second_levels_inside_a_first_level_row_and_empty_levels(settings: Settings) -> None:
    doc = _two_column(["产出指标", "数量指标：服务人次≥500人次；质量指标：服务合格率≥95%"],
                      ["产出指标—成本指标", "无"], ["效益指标", "社会效益指标：受益人口≥1万人"],
                      ["满意度指标", "服务对象满意度≥90%"])
    sheet = extract_goal_sheet(doc)
    assert [(i.level1, i.level2, i.level3) for i in sheet.indicators] == [
        ("产出指标", "数量指标", "服务人次"), ("产出指标", "质量指标", "服务合格率"),
        ("效益指标", "社会效益指标", "受益人口"), ("满意度指标", "满意度指标", "服务对象满意度")]
    assert not sheet.unsplit_indicators  # "无" is an empty level, not a target
    assert not _errors(sheet_findings(doc, sheet, settings))


def test_a_single_level_row_is_not_a_two_column_sheet() -> None:
    doc = _two_column(["产出指标—数量指标", "服务对象≥420人"])
    assert not extract_goal_sheet(doc).indicator_table_found


# ---- L41 项目支出明细（经济分类） ---------------------------------------------------------------------------------


def test_economic_detail_that_matches_the_total(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl62_economic_detail.docx", settings)
    assert sheet.budget_detail_kind == "economic" and sheet.budget_detail is not None
    assert sheet.budget_detail.total is not None and sheet.budget_detail.total.amount_wan == 48.0
    assert not [f for f in findings if f.rule_id == "GS-02"]
    assert not _errors(findings)


def test_economic_detail_below_the_total_is_an_error(settings: Settings) -> None:
    _, findings = sample_sheet("rl63_economic_detail_mismatch.docx", settings)
    gs02 = [f for f in findings if f.rule_id == "GS-02"]
    assert [f.severity for f in gs02] == ["error"]
    assert "42.00" in gs02[0].message and "48.00" in gs02[0].message


def _detail_doc(amount_header: str, *before: str, fiscal: str = "45", other: str = "5") -> ParsedDocument:
    """Funds total 50 (财政拨款 ``fiscal`` + 其他资金 ``other``), a detail of 30 + 10 with its 合计 40."""
    head = [["项目名称", "示例项目"], ["主管部门", "示例局"], ["实施单位", "示例中心"], ["资金总额（万元）", "50"],
            ["财政拨款", fiscal], ["其他资金", other], ["年度目标", "完成示例任务。"]]
    detail = [["支出经济分类科目", "支出内容", amount_header], ["30227 委托业务费", "服务外包", "30"],
              ["30218 专用材料费", "材料", "10"], ["合计", "", "40"]]
    indicators = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "服务人次", "≥100人次"],
                  ["效益指标", "社会效益指标", "受益人口", "≥1万人"], ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
    return make_doc("2025年度项目支出绩效目标申报表", head, *before, detail, indicators)


def _gs02(doc: ParsedDocument, settings: Settings) -> list[Finding]:
    sheet = extract_goal_sheet(doc)
    assert sheet.budget_detail_kind == "economic"
    return [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-02"]


def test_economic_detail_with_its_unit_written_is_certain(settings: Settings) -> None:
    for doc in (_detail_doc("金额（万元）"), _detail_doc("金额", "单位：万元")):  # in the header or the caption above
        gs02 = _gs02(doc, settings)
        assert [f.severity for f in gs02] == ["error"] and "40.00" in gs02[0].message


@pytest.mark.parametrize(("header", "why"), [
    ("金额", "未写明"),  # the detail's unit is not written: 40 may be 元 or 万元
    ("金额（元）", "为元"),  # the units differ
])
def test_economic_detail_in_an_unsure_unit_is_a_warning(header: str, why: str, settings: Settings) -> None:
    gs02 = _gs02(_detail_doc(header), settings)
    assert [f.severity for f in gs02] == ["warning"] and why in gs02[0].message


def test_economic_detail_equal_to_one_source_is_a_warning(settings: Settings) -> None:
    gs02 = _gs02(_detail_doc("金额（万元）", fiscal="40", other="10"), settings)  # the detail may list fiscal money only
    assert [f.severity for f in gs02] == ["warning"] and "其中一项资金来源" in gs02[0].message


# ---- L42 编号勾选项 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "ticked"), [
    ("1、持续性项目 √  2、新增性项目 □", ["持续性项目"]),
    ("1、持续性项目 □  2、新增性项目 ☑", ["新增性项目"]),
    ("1、√持续性项目 2、□新增性项目", ["持续性项目"]),
    ("（1）新增项目 ■ （2）延续项目 □", ["新增项目"]),
    ("1、持续性项目 □  2、新增性项目 □", []),
])
def test_numbered_tick_boxes(text: str, ticked: list[str]) -> None:
    assert tick_box_choice(text) == (ticked, True)


def test_numbered_ticks_sample_reads_the_attribute(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl64_numbered_ticks.docx", settings)
    assert sheet.field_value("attribute") == "持续性项目"
    assert not [f for f in findings if f.rule_id == "GS-01" and "项目属性" in f.message]
    assert not _errors(findings)
