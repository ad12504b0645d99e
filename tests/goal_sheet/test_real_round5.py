"""Fifth reading round for goal sheets: columns of prior-year actuals, history or baselines beside the target
(上年度实际水平 | 本年度计划水平, 历史值, 基期值) are reference data, never the indicator's value or this year's funds."""

from __future__ import annotations

import pytest

from docbuild import make_doc
from review_assistant.extract import labels as L
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.parsing.model import ParsedDocument

HEADER = [["项目名称", "食品安全抽检", "主管部门", "示例市市场监督管理局"],
          ["实施单位", "示例市食品检验所", "项目期限", "2025年1月至2025年12月"]]
FUNDS = [["资金来源（万元）", "上年度预算安排", "上年度实际执行", "本年度申请金额"],
         ["合计", "150", "146.2", "168"], ["财政拨款", "150", "146.2", "160"], ["上年结转", "——", "——", "8"]]
GOAL = [["年度绩效目标", "全年抽检食品2400批次以上，问题食品核查处置率达到100%。"]]


def _sheet(indicator_header: list[str]) -> ParsedDocument:
    rows = [indicator_header,
            ["数量指标", "食品抽检批次", "2300批次", "≥2400批次"],
            ["质量指标", "不合格食品核查处置率", "98%", "100%"],
            ["成本指标", "单批次抽检费用", "610元", "≤650元"],
            ["社会效益指标", "抽检合格率", "97.1%", "≥97%"],
            ["满意度指标", "群众满意度", "86%", "≥88%"]]
    return make_doc("示例市部门预算项目支出绩效目标申报表（2025年度）", "示例材料：本表为虚构示例。",
                    HEADER, FUNDS, GOAL, rows, path="申报表.docx")


@pytest.mark.parametrize("label", ["上年度实际水平", "历史值", "基期值", "2024年实际完成值", "上年指标值", "现状值"])
def test_prior_and_baseline_columns_are_recognised(label: str) -> None:
    assert L.prior_value_column(label)
    assert not L.loose_value_column(label)


@pytest.mark.parametrize("label", ["本年度计划水平", "年度指标值", "目标值", "本年度申请金额"])
def test_target_columns_are_not_prior_columns(label: str) -> None:
    assert not L.prior_value_column(label)


@pytest.mark.parametrize("prior", ["上年度实际水平", "历史值", "基期值"])
def test_the_target_is_read_from_the_plan_column_not_the_prior_one(prior: str) -> None:
    sheets = extract_goal_sheets(_sheet(["二级指标", "三级指标", prior, "本年度计划水平"]))
    assert len(sheets) == 1, "a prior-year column is not a second project"
    sheet = sheets[0]
    values = {i.level3: i.value_text for i in sheet.indicators}
    assert values["食品抽检批次"] == "≥2400批次" and values["群众满意度"] == "≥88%"
    assert any(prior in n.message and "不作为本年度指标值读取" in n.message for n in sheet.notes)


def test_funds_are_read_from_the_current_year_column() -> None:
    sheet = extract_goal_sheets(_sheet(["二级指标", "三级指标", "上年度实际水平", "本年度计划水平"]))[0]
    assert sheet.funds["total"].value_wan == 168.0
    assert sheet.funds["fiscal"].value_wan == 160.0 and sheet.funds["carryover"].value_wan == 8.0
    assert any("本年度申请金额" in n.message for n in sheet.notes if n.part == "funds")


def test_an_ordinary_funds_table_with_a_carryover_row_is_unchanged() -> None:
    funds = [["资金来源", "金额（万元）"], ["年度资金总额", "120"], ["上年结转", "20"], ["财政拨款", "100"]]
    doc = make_doc("2025年度项目支出绩效目标申报表", HEADER, funds, GOAL,
                   [["二级指标", "三级指标", "指标值"], ["数量指标", "抽检批次", "≥2400批次"]], path="申报表.docx")
    sheet = extract_goal_sheets(doc)[0]
    assert sheet.funds["total"].value_wan == 120.0 and sheet.funds["carryover"].value_wan == 20.0
    assert not any("以前年度" in n.message for n in sheet.notes)
