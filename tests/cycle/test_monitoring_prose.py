"""A monitoring report that states budget execution only in sentences ("截至6月底已支付36万元，执行率60%")."""

from __future__ import annotations

from decimal import Decimal

from docbuild import make_doc
from review_assistant.extract.monitoring import extract_monitoring


def test_executed_amount_and_rate_are_read_from_prose_with_the_sentence() -> None:
    doc = make_doc("示例县2024年乡镇参保代办项目绩效运行监控报告", "一、项目基本情况：本项目年度预算60万元。",
                   "二、预算执行情况：截至2024年6月30日，已支付36万元，执行率60%。", path="监控报告.docx")
    mt = extract_monitoring(doc)
    assert mt.budget is not None and mt.budget.value == Decimal(60)
    assert mt.executed is not None and mt.executed.value == Decimal(36)
    assert mt.rate is not None and mt.rate.value == Decimal(60)
    assert "已支付36万元" in mt.prose_sentence and "年度预算" not in mt.prose_sentence


def test_amounts_in_yuan_are_converted() -> None:
    doc = make_doc("2024年项目绩效运行监控报告", "截至6月底累计支出125,000元。", path="监控报告.docx")
    mt = extract_monitoring(doc)
    assert mt.executed is not None and mt.executed.value == Decimal("12.5")


def test_a_budget_alone_is_not_read_as_execution() -> None:
    doc = make_doc("2024年项目绩效运行监控报告", "本项目年度预算60万元，用于代办工作经费。", path="监控报告.docx")
    mt = extract_monitoring(doc)
    assert mt.executed is None and mt.rate is None and not mt.prose_sentence
