"""A monitoring report that states budget execution only in sentences ("截至6月底已支付36万元，执行率60%")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docbuild import make_doc
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"


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


def test_the_prose_sample_is_checked_with_a_note_and_no_execution_warning(settings: Settings) -> None:
    result = check_paths([SAMPLES / "cycle" / "mon_clean_prose.docx"], settings, CheckOptions(use_llm=False))[0]
    assert result.error is None and result.document.kind == "monitoring_table"
    assert not [f for f in result.findings if f.rule_id in {"MON-01", "MON-02"}], [f.message for f in result.findings]
    assert any("已从正文读取预算执行情况" in n and "已支付36万元" in n for n in result.notes)


def test_a_rate_only_in_prose_keeps_the_honest_warning(settings: Settings, tmp_path: Path) -> None:
    from make_cycle import write
    from make_goal_sheets import DocModel, Grid, Para

    g = Grid([2.0] * 6)
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", "截至6月完成值", "全年预计完成值"], header=True)
    g.add(["产出指标", "数量指标", "新建充电桩数量", "≥200个", "120个", "200个"])
    model = DocModel(title="2025年项目支出绩效运行监控报告", blocks=[
        Para("2025年项目支出绩效运行监控报告", "title"), Para("示例材料：本文为虚构示例。", "notice"),
        Para("截至2025年6月30日，预算执行率32.8%。", "body"), g], notice="示例", sheet_name="监控")
    path = write(model, tmp_path / "监控报告.docx")
    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]
    mon01 = [f for f in result.findings if f.rule_id == "MON-01"]
    assert [f.severity for f in mon01] == ["warning"] and "未能读出执行数" in mon01[0].message
    assert any("预算执行率32.8%" in n for n in result.notes)
