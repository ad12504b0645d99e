"""The heldout5 failure classes of goal sheets (samples rl54–rl59, LAYOUTS.md L37–L39): a 转移支付区域绩效目标表's
年度金额 / 中央补助资金 / 地方财政分担资金, budget statements before a disclosure's project table, and an 一体化 export's
cover sheet with "资金来源 | 金额（元）" and 合计."""

from __future__ import annotations

from docbuild import make_doc
from review_assistant.extract import labels as L
from review_assistant.extract.fund_columns import source_list_funds
from review_assistant.extract.goal_budget import budget_statements
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.settings import Settings
from sheetcheck import sample_sheet, sheet_findings

_INDICATORS = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "改造管网长度", "≥10公里"],
               ["效益指标", "社会效益指标", "受益人口", "≥1万人"], ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]


# ---- L37 转移支付区域绩效目标表 ------------------------------------------------------------------------------


def test_region_table_labels_are_known() -> None:
    assert L.match(L.FUND_INDEX, "年度金额") == "total"
    assert L.match(L.FUND_INDEX, "地方财政分担资金") == "fiscal_part"
    assert L.match(L.FUND_INDEX, "市级分担资金") == "fiscal_part"  # composed from its parts
    assert L.match(L.FUND_INDEX, "其中：中央补助资金") == "fiscal_upper"
    assert L.match(L.HEADER_INDEX, "中央主管部门") == "department"


def test_region_table_reads_the_annual_amount_and_both_shares(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl54_transfer_region.docx", settings)
    assert sheet.funds["total"].value_wan == 1500.0
    assert sheet.funds["fiscal_upper"].value_wan == 1200.0
    assert sheet.funds["fiscal_part"].value_wan == 300.0
    assert not sheet.unknown_fund_labels
    assert not [f for f in findings if f.severity == "error"], [f.message for f in findings]
    assert not [f for f in findings if "实施单位" in f.message]  # the regional form has 区域, not a 实施单位


def test_region_table_total_that_is_not_the_sum_is_found(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl55_transfer_region_mismatch.xlsx", settings)
    assert sheet.funds["total"].value_wan == 1600.0
    gs02 = [f for f in findings if f.rule_id == "GS-02"]
    assert gs02 and "1,500.00" in gs02[0].message


def test_words_beside_a_total_label_are_a_warning_not_an_error(settings: Settings) -> None:
    """A total-like label followed by a sub-label the engine does not know: the total was not read, not left blank."""
    rows = [["项目名称", "示例项目"], ["主管部门", "示例局"], ["实施单位", "示例中心"],
            ["年度资金（万元）", "年度安排数额"], ["年度目标", "完成示例任务。"], *_INDICATORS]
    doc = make_doc("2025年度项目支出绩效目标申报表", rows)
    sheet = extract_goal_sheet(doc)
    gs01 = [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-01" and "资金总额" in f.message]
    assert gs01 and all(f.severity == "warning" for f in gs01)
    assert "年度安排数额" in gs01[0].message


def test_a_blank_total_is_still_an_error(settings: Settings) -> None:
    rows = [["项目名称", "示例项目"], ["主管部门", "示例局"], ["实施单位", "示例中心"],
            ["年度资金总额", "—"], ["年度目标", "完成示例任务。"], *_INDICATORS]
    doc = make_doc("2025年度项目支出绩效目标申报表", rows)
    sheet = extract_goal_sheet(doc)
    gs01 = [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-01" and "资金总额" in f.message]
    assert [f.severity for f in gs01] == ["error"]


# ---- L38 部门预算公开 PDF：预算表在项目表之前 -----------------------------------------------------------------


def test_budget_statements_are_not_the_projects_funds(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl56_disclosure_statements.pdf", settings)
    assert sheet.funds["total"].value_wan == 80.0
    assert not sheet.unknown_fund_labels  # "一、财政拨款收入" of the 收支总表 is not read as a funds row
    assert sheet.budget_detail is None  # the 政府采购表 is not the project's budget detail
    assert not [f for f in findings if f.rule_id == "GS-02"], [f.message for f in findings]


def test_cost_is_compared_with_the_projects_own_funds(settings: Settings) -> None:
    _, findings = sample_sheet("rl57_disclosure_statements_cost.pdf", settings)
    gs13 = [f for f in findings if f.rule_id == "GS-13"]
    assert gs13 and "80.00" in gs13[0].message


def test_statement_table_recognition() -> None:
    summary = [["收入", "收入", "支出", "支出"], ["项目", "预算数", "项目", "预算数"], ["一、财政拨款收入", "10", "教育支出", "10"]]
    functional = [["功能分类科目编码", "功能分类科目名称", "合计"], ["205", "教育支出", "10"]]
    purchase = [["采购项目", "采购品目", "预算金额（万元）"], ["设备购置", "计算机", "3"]]
    project = [["项目名称", "示例项目"], ["资金总额", "10"], ["年度目标", "完成示例任务。"]]
    income = [["收入构成", "当年金额"], ["财政拨款", "10"], ["合计", "10"]]  # a department sheet's own block
    doc = make_doc("示例部门预算公开", summary, functional, purchase, project, income)
    assert budget_statements([t for _, t in doc.tables()]) == {0, 1, 2}
    # A purchase list on its own is the project's, not a department statement.
    alone = make_doc("2025年度项目支出绩效目标申报表", project, purchase)
    assert budget_statements([t for _, t in alone.tables()]) == set()


# ---- L39 一体化导出：封面 + 指标工作表 ------------------------------------------------------------------------


def test_cover_sheet_sources_and_total(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl58_cover_indicator_sheets.xlsx", settings)
    assert sheet.funds["total"].value_wan == 110.0
    assert sheet.funds["fiscal_upper"].value_wan == 46.0  # 一般公共预算拨款—中央转移支付
    assert sheet.funds["fiscal_local"].value_wan == 64.0  # 一般公共预算拨款—本级
    assert len(sheet.indicators) == 6
    assert not [f for f in findings if f.severity == "error" or f.rule_id == "GS-02"], [f.message for f in findings]


def test_cover_sheet_total_above_its_sources(settings: Settings) -> None:
    _, findings = sample_sheet("rl59_cover_indicator_sheets_mismatch.xlsx", settings)
    assert any(f.rule_id == "GS-02" and "100.00" in f.message for f in findings)


def test_source_list_needs_a_known_source_or_total() -> None:
    known = [["资金来源", "金额（元）"], ["上年结转", "1,000.00"], ["合计", "1,000.00"]]
    unknown = [["资金来源", "金额"], ["张三", "1"], ["李四", "2"]]
    doc = make_doc("资金", known, unknown)
    found = [source_list_funds(t) for _, t in doc.tables()]
    assert found[0] is not None and (found[0].header, found[0].column, found[0].end) == (0, 1, 3)
    assert found[1] is None
    assert L.match(L.FUND_INDEX, "上年结转—本级") is None  # a carry-over is not split by level
