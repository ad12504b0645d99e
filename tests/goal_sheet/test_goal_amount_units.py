"""Amounts and their units on goal sheets (fixer28, heldout13): GS-02 across units written in the cells, and the
fund-source names of investment forms (企业自筹, 社会资本, 彩票公益金 beside 财政拨款)."""

from __future__ import annotations

import pytest

from docbuild import make_doc
from review_assistant.extract import labels as L
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.settings import Settings
from sheetcheck import sample_sheet, sheet_findings


@pytest.mark.parametrize(("label", "key"), [
    ("企业自筹", "other"), ("其中：企业自筹资金", "other"), ("建设单位自筹", "other"), ("社会资本", "other"),
    ("社会资本投入", "other"), ("银行贷款", "other"), ("企业投资", "other"), ("社会捐赠", "other"),
    ("体彩公益金", "fiscal_part"), ("省级彩票公益金", "fiscal_part"), ("中央专项彩票公益金", "fiscal_upper"),
    ("专项债", "fiscal_part"), ("政府专项债券", "fiscal_part"), ("上级补助", "fiscal_upper"),
    ("县级自筹资金", "other"), ("专项债券安排", None), ("企业", None), ("贷款利率", None),
    ("——体彩公益金", "fiscal_part"), ("省级体育彩票公益金", "fiscal_part"), ("上级补助收入", "fiscal_upper"),
    ("事业单位自筹", "other"), ("超长期特别国债", "fiscal_upper"), ("（2）社会资本", "other"), ("补助", None),
])
def test_fund_source_names(label: str, key: str | None) -> None:
    assert L.match(L.FUND_INDEX, label) == key


def _sheet_doc(total: str, sources: list[tuple[str, str]]) -> list[list[list[str]] | str]:
    rows = [["项目名称", "某区背街小巷路灯改造项目", "主管部门", "某区城市管理局"],
            ["实施单位", "某区市政设施维护所", "项目属性", "一次性项目"],
            ["年度资金总额", total, "", ""],
            *[[label, value, "", ""] for label, value in sources],
            ["年度绩效目标", "完成背街小巷路灯改造420盏。", "", ""]]
    indicators = [["一级指标", "二级指标", "三级指标", "指标值"],
                  ["产出指标", "数量指标", "改造路灯数量", "≥420盏"],
                  ["产出指标", "质量指标", "亮灯率", "≥98%"],
                  ["产出指标", "时效指标", "改造完成时间", "2026年11月底前"],
                  ["效益指标", "社会效益指标", "受益居民户数", "≥1200户"],
                  ["满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%"]]
    return ["2026年度项目支出绩效目标申报表", "金额单位：元", rows, indicators]


def _gs02(settings: Settings, total: str, sources: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = make_doc(*_sheet_doc(total, sources))
    sheet = extract_goal_sheet(doc, 2026)
    return [(f.severity, f.message) for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-02"]


def test_a_gap_read_in_written_units_with_fiscal_and_carryover_is_certain(settings: Settings) -> None:
    found = _gs02(settings, "85万元", [("其中：财政拨款", "600,000元"), ("上年结转", "150,000元")])
    assert [s for s, _ in found] == ["error"]
    assert "75.00万元" in found[0][1] and "差10.00万元" in found[0][1]


def test_the_same_sources_adding_up_are_clean(settings: Settings) -> None:
    assert _gs02(settings, "75万元", [("其中：财政拨款", "600,000元"), ("上年结转", "150,000元")]) == []


def test_a_unit_taken_from_the_heading_beside_written_ones_leaves_a_warning(settings: Settings) -> None:
    # 上年结转 "15" has no unit of its own: read as the heading's 元 beside 万元 cells, the sum is not certain.
    found = _gs02(settings, "85万元", [("其中：财政拨款", "600,000元"), ("上年结转", "15")])
    assert found and all(s == "warning" for s, _ in found)


def test_one_source_under_a_larger_total_stays_a_warning(settings: Settings) -> None:
    found = _gs02(settings, "85万元", [("其中：财政拨款", "600,000元")])
    assert [s for s, _ in found] == ["warning"] and "可能是只列出了部分来源" in found[0][1]


def test_an_unread_source_name_leaves_a_warning(settings: Settings) -> None:
    found = _gs02(settings, "85万元", [("其中：财政拨款", "600,000元"), ("上年结转", "150,000元"), ("工会经费", "50,000元")])
    assert found and all(s == "warning" for s, _ in found)


def test_enterprise_sources_are_summed(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl143_enterprise_sources.docx", settings)
    assert sheet.unknown_fund_labels == []
    assert round(sum(f.value_wan or 0.0 for k, f in sheet.funds.items() if k != "total"), 6) == 860.0
    assert not [f for f in findings if f.rule_id == "GS-02"]


def test_lottery_fund_beside_fiscal_is_a_sibling_source(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl144_lottery_beside_fiscal.pdf", settings)
    assert sheet.fiscal_parts_are_siblings()
    assert not sheet.funds_itemised_partly and not any("部分分项" in n.message for n in sheet.notes)
    assert not [f for f in findings if f.rule_id == "GS-02"]


def test_mixed_unit_samples(settings: Settings) -> None:
    _, gap = sample_sheet("rl141_mixed_units_gap.xlsx", settings)
    assert [(f.severity, "差5.00万元" in f.message) for f in gap if f.rule_id == "GS-02"] == [("error", True)]
    _, short = sample_sheet("rl142_single_source_short.pdf", settings)
    assert [f.severity for f in short if f.rule_id == "GS-02"] == ["warning"]
    sheet, clean = sample_sheet("rl140_mixed_units.docx", settings)
    assert sheet.total_wan() == 92.0 and not [f for f in clean if f.rule_id == "GS-02"]


def test_qianyuan_written_in_one_cell_or_sentence() -> None:
    from review_assistant.extract.goal_sheet import money_pairs
    from review_assistant.extract.values import PLAIN_AMOUNT, money_to_wan

    assert money_pairs("资金总额：860千元，其中财政拨款：700千元") == [("资金总额", "860千元"), ("其中财政拨款", "700千元")]
    assert PLAIN_AMOUNT.match("1,500千元") and money_to_wan("1,500千元") == 150.0
