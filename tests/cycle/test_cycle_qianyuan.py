"""千元 on monitoring tables and self-evaluations (fixer28, heldout13): the one money-unit table of every kind."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from docbuild import make_doc
from review_assistant.extract.cycle_tables import measured
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.extract.values import money_to_wan, money_unit_written
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

CYCLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"


@pytest.mark.parametrize(("text", "unit"), [
    ("1,500千元", "千元"), ("600,000元", "元"), ("85万元", "万元"), ("0.12亿元", "亿元"), ("1,500", None),
    ("64,000 元/所", "元"),
])
def test_the_unit_a_cell_writes(text: str, unit: str | None) -> None:
    assert money_unit_written(text) == unit


def _self_evaluation(lead: list[str], unit_row: list[str], amount: str, executed: str) -> list[list[list[str]] | str]:
    return ["项目支出绩效自评表（2025年度）", *lead, [
        ["项目名称", "某县老年人免费健康体检项目", "主管部门", "某县卫生健康局"],
        unit_row,
        ["项目资金", "年初预算数", "全年预算数", "全年执行数"],
        ["年度资金总额", amount, amount, executed],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "完成体检人数", "≥12000人", "12360人", "90", "90"],
    ]]


@pytest.mark.parametrize(("lead", "unit_row", "amount"), [
    ([], ["实施单位", "某县疾病预防控制中心", "金额单位", "千元"], "3,600"),
    (["单位：千元"], ["实施单位", "某县疾病预防控制中心", "", ""], "3,600"),
    ([], ["实施单位", "某县疾病预防控制中心", "金额单位", "万元"], "3,600千元"),  # the cell's own unit wins
])
def test_qianyuan_self_evaluation_budget(lead: list[str], unit_row: list[str], amount: str) -> None:
    ev = extract_self_evaluation(make_doc(*_self_evaluation(lead, unit_row, amount, amount)))
    assert ev.budget is not None and ev.budget.value == Decimal(360)


def test_qianyuan_monitoring_budget_and_rate() -> None:
    doc = make_doc("2026年项目支出绩效运行监控表", "单位：千元", [
        ["项目名称", "某镇农村公厕改造项目", "主管部门", "某镇人民政府"],
        ["项目资金", "年初预算数", "1-6月执行数", "执行率"],
        ["年度资金总额", "1,500", "690", "46.00%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "全年预计完成值", "完成目标可能性"],
        ["产出指标", "数量指标", "改造农村公厕", "≥30座", "14座", "30座", "确定能"],
    ])
    mt = extract_monitoring(doc)
    assert mt.budget is not None and mt.budget.value == Decimal(150)
    assert mt.executed is not None and mt.executed.value == Decimal(69)


def test_qianyuan_in_monitoring_prose() -> None:
    doc = make_doc("2024年项目绩效运行监控报告", "本项目年度预算1,200千元。截至6月底累计支出480千元，执行率40%。",
                   path="监控报告.docx")
    mt = extract_monitoring(doc)
    assert mt.budget is not None and mt.budget.value == Decimal(120)
    assert mt.executed is not None and mt.executed.value == Decimal(48)
    assert mt.rate is not None and mt.rate.value == Decimal(40)


def test_a_completion_in_qianyuan_is_measured_in_the_target_unit() -> None:
    value, comparable = measured("1,470千元", Decimal(150), "万元")
    assert comparable and value == Decimal(147)
    assert money_to_wan("1,470千元") == 147.0


@pytest.mark.parametrize(("name", "amount"), [("se_clean_qianyuan_f28.docx", 186.0), ("mon_clean_qianyuan_f28.pdf", 240.0)])
def test_qianyuan_samples(name: str, amount: float, settings: Settings) -> None:
    result = check_paths([CYCLE / name], settings, CheckOptions(use_llm=False))[0]
    assert result.error is None and result.document.amount_wan == amount
    assert not [f for f in result.findings if f.severity == "error"]
