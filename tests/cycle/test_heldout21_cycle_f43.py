"""The heldout21 cycle classes of fixer43 (samples ``cycle/*_f43.*``, LAYOUTS_CYCLE.md): a 政府购买服务 monitoring table
without a 二级指标 column ("合同约定（年度指标值）", "1—N月履约情况", "1—N月已支付"), the period line that also carries the
money unit, and a two-part self-evaluation whose budget sits in a small unlabelled table above the scoring table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from docbuild import make_doc
from review_assistant.checks.monitoring.rules import _behind_schedule, _unexplained
from review_assistant.extract.cycle_tables import column_key
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

CYCLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"
PURCHASE_HEADER = ["一级指标", "三级指标", "合同约定（年度指标值）", "1—8月履约情况", "全年预计完成值", "完成目标可能性",
                   "偏差原因及纠偏措施", "备注"]


@pytest.mark.parametrize(("text", "key"), [
    ("合同约定（年度指标值）", "target"), ("合同约定", "target"), ("1—8月履约情况", "actual"), ("履约情况", "actual"),
    ("全年预计完成值", "forecast"), ("偏差原因及纠偏措施", "cause"),
])
def test_the_purchase_monitoring_columns_are_named(text: str, key: str) -> None:
    assert column_key(text) == key


@pytest.mark.parametrize("name", ["mon_purchase_f43.xlsx", "mon_purchase_lag_f43.pdf"])
def test_a_purchase_monitoring_table_without_a_level2_column_is_read(name: str) -> None:
    mt = extract_monitoring(parse_file(CYCLE / name))
    assert [i.level3 for i in mt.indicators][:3] == ["公厕日常保洁座数", "破损设施维修件数", "除臭消杀次数"]
    assert len(mt.indicators) == 6 and all(i.level2 == "" for i in mt.indicators)
    assert mt.indicators[0].level1 == "产出指标" and mt.indicators[0].target == 64
    assert mt.month == 7 and mt.completion_column_found
    # "1—7月已支付（万元）" is the execution of a purchased service paid by milestones
    assert mt.executed is not None and mt.executed.value == 56
    assert mt.budget is not None and mt.budget.value == 96


def test_the_clean_purchase_table_reports_nothing(settings: Settings) -> None:
    result = check_paths([CYCLE / "mon_purchase_f43.xlsx"], settings, CheckOptions(use_llm=False))[0]
    assert result.error is None and result.document.kind == "monitoring_table"
    assert not [f.message for f in result.findings if f.rule_id.startswith("MON-")]


def test_quantities_far_behind_with_nothing_written_are_a_mon03_warning(settings: Settings) -> None:
    result = check_paths([CYCLE / "mon_purchase_lag_f43.pdf"], settings, CheckOptions(use_llm=False))[0]
    mon03 = [f for f in result.findings if f.rule_id == "MON-03"]
    assert {n for f in mon03 for n in ("破损设施维修件数", "除臭消杀次数") if n in f.message} == {"破损设施维修件数", "除臭消杀次数"}
    # Forecast, 可能性, cause and measure all left empty while the other rows fill them: the omission is certain (an
    # error, fixer46); the lag beside it is only a hint, since a seasonal task may still catch up.
    assert all(f.severity == "error" for f in mon03)
    lag = next(f for f in mon03 if "破损设施维修件数" in f.message)
    assert "1—7月完成120件" in lag.message and "25%" in lag.message and "时间进度58.33%" in lag.message
    assert not [f for f in result.findings if f.rule_id in {"MON-01", "MON-02"}]


def _purchase_doc(row: list[str]) -> list[list[str]]:
    return [["政府购买服务项目绩效运行监控表"], ["（2026年1—8月）"], ["项目名称", "某区道路保洁服务"],
            ["年度预算数（万元）", "1—8月已支付（万元）", "支付进度"], ["120", "80", "66.7%"], PURCHASE_HEADER, row]


@pytest.mark.parametrize(("row", "lag"), [
    (["产出指标", "补植面积", "≥1000平方米", "300平方米", "", "", "", ""], True),
    (["产出指标", "补植面积", "≥1000平方米", "700平方米", "", "", "", ""], False),  # ahead of the 8 months elapsed
    (["产出指标", "养护合格率", "≥95%", "50%", "", "", "", ""], False),  # a rate is not a cumulative quantity
    (["产出指标", "投诉处理时长", "≤2天", "5天", "", "", "", ""], False),  # lower is better
    (["产出指标", "补植面积", "≥1000平方米", "300平方米", "", "", "冬季集中补植", ""], False),  # a cause is written
])
def test_the_blank_forecast_warning_says_when_the_value_lags_time(row: list[str], lag: bool) -> None:
    mt = extract_monitoring(make_doc("Sheet1", _purchase_doc(row)))
    assert len(mt.indicators) == 1
    ind = mt.indicators[0]
    no_cause, _ = _unexplained(ind, mt)  # MON-03 adds the lag only where no cause is written
    text = _behind_schedule(ind, mt.month, "1—8月") if no_cause else ""
    assert bool(text) is lag


def test_the_period_line_with_the_money_unit_gives_the_year() -> None:
    mt = extract_monitoring(parse_file(CYCLE / "mon_bond_unit_line_f43.xlsx"))
    assert mt.fiscal_year == 2026 and mt.month == 9
    doc = make_doc("Sheet1", [["专项债券项目绩效运行监控表"], ["（2026年1—9月）      金额单位：万元"],
                              ["项目名称", "某县2026年雨污分流项目"], ["年度预算数", "1—9月支出数", "支出进度"],
                              ["100", "70", "70%"]])
    assert extract_monitoring(doc).fiscal_year == 2026
    # anything else beside the period is still no year line
    other = make_doc("Sheet1", [["专项债券项目绩效运行监控表"], ["（2026年1—9月，含2025年结转）  金额单位：万元"],
                                ["项目名称", "某县雨污分流项目"], ["年度预算数", "1—9月支出数", "支出进度"], ["100", "70", "70%"]])
    assert extract_monitoring(other).fiscal_year is None


def test_the_budget_in_the_small_table_above_a_two_part_scoring_table_is_read(settings: Settings) -> None:
    ev = extract_self_evaluation(parse_file(CYCLE / "se_two_part_f43.docx"))
    assert ev.budget is not None and ev.budget.value == Decimal("262.08")
    assert ev.executed is not None and ev.executed.value == Decimal("258.15")
    assert ev.total is not None and ev.total.value == Decimal("99.85")
    result = check_paths([CYCLE / "se_two_part_f43.docx"], settings, CheckOptions(use_llm=False))[0]
    assert result.document.amount_wan == 262.08
    assert not [f for f in result.findings if f.severity == "error"]


def test_a_labelled_money_block_still_needs_its_total_row() -> None:
    """Only a header whose first cell is itself a money column takes the row under it; a labelled block does not."""
    scoring = ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    unlabelled = make_doc("项目支出绩效自评表", [["年初预算数", "全年预算数", "全年执行数", "执行率"],
                                            ["100", "100", "90", "90%"]], [scoring])
    assert extract_self_evaluation(unlabelled).budget is not None
    labelled = make_doc("项目支出绩效自评表", [["资金类别", "年初预算数", "全年预算数", "全年执行数"],
                                          ["其中：上级资金", "60", "60", "50"]], [scoring])
    assert extract_self_evaluation(labelled).budget is None
