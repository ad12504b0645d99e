"""The heldout8 failure classes of monitoring material (samples cycle/mon_situation_note_funds_only.docx,
mon_possibility_ticks_clean.docx, mon_remark_box_clean.xlsx): a "……绩效运行监控情况说明" is a monitoring report, the
period in its title is not part of the project name, 完成目标可能性 may be three tick columns, and a measure written in
the cause cell, in 备注 or in the closing 纠偏措施 box is a measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.monitoring.rules import MON03IndicatorProgress, MON04Treatment
from review_assistant.extract.classify import classify
from review_assistant.extract.cycle_tables import name_from_title, states_measure
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "全年预计完成值", "完成目标可能性", "偏差原因", "纠偏措施"]
MONEY = [["资金情况（万元）", "年初预算数", "1-6月执行数", "执行率"], ["年度资金总额", "100", "50", "50.00%"]]


def test_a_situation_note_is_a_monitoring_report_and_funds_alone_are_mon01(settings: Settings) -> None:
    path = SAMPLES / "mon_situation_note_funds_only.docx"
    doc = parse_file(path)
    assert classify(doc) == "monitoring_table"
    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]
    assert result.document.project_name == "示例区城建档案数字化项目"
    mon01 = [f for f in result.findings if f.rule_id == "MON-01"]
    assert [f.severity for f in mon01] == ["error"] and "只监控了预算执行" in mon01[0].message


@pytest.mark.parametrize(("title", "name"), [
    ("某县城区路灯维护项目2026年1-6月绩效运行监控报告", "某县城区路灯维护项目"),
    ("示例区档案数字化项目（1-8月）绩效运行监控情况说明", "示例区档案数字化项目"),
    ("示例县农村公路养护项目上半年绩效监控报告", "示例县农村公路养护项目"),
    ("2024年示例经费绩效运行监控报告", "2024年示例经费"),
    ("示例局2025年项目运行绩效监控报告", ""),  # a unit and a year, no project
])
def test_the_title_period_is_not_part_of_the_project_name(title: str, name: str) -> None:
    assert name_from_title(title) == name


def test_possibility_tick_columns_are_read() -> None:
    mt = extract_monitoring(parse_file(SAMPLES / "mon_possibility_ticks_clean.docx"))
    grades = {i.level3: i.possibility for i in mt.indicators}
    assert grades["问题整改销号率"] == "有可能" and grades["巡查河道长度"] == "确定能"
    assert mt.measure_note is not None and mt.measure_note.label == "存在问题及纠偏措施"


@pytest.mark.parametrize(("text", "says"), [
    ("汛期问题集中；已增派两个巡查组，三季度集中整改销号", True), ("雨季停工，三季度集中施工", True),
    ("9月底前完成购买服务招标；必要时按程序调整年度指标", True),
    ("雨季停工", False), ("按计划推进", False), ("无", False), ("", False),
])
def test_states_measure(text: str, says: bool) -> None:
    assert states_measure(text) is says


def _mon(doc: ParsedDocument, settings: Settings, rule: type) -> list[tuple[str, str]]:
    mt = extract_monitoring(doc)
    ctx = CheckContext(document=doc, kind="monitoring_table", settings=settings, fiscal_year=2025, cycle=mt)
    return [(f.severity, f.message) for f in rule().run(ctx)]


def test_a_measure_in_the_closing_box_or_in_the_cause_cell_counts(settings: Settings) -> None:
    short = ["产出指标", "数量指标", "培训人次", "≥600人次", "300人次", "520人次", "有可能", "教员借调", ""]
    boxed = make_doc("2025年项目绩效运行监控表（1-6月）", MONEY, [HEAD, short],
                     [["纠偏措施", "已通过政府购买服务补充师资，新增两个培训班。"]], path="监控表.docx")
    assert _mon(boxed, settings, MON03IndicatorProgress) == []
    in_cause = [*short[:7], "教员借调，已通过政府购买服务补充师资", ""]
    assert _mon(make_doc("2025年项目绩效运行监控表（1-6月）", MONEY, [HEAD, in_cause], path="监控表.docx"),
                settings, MON03IndicatorProgress) == []


def test_a_formula_box_is_no_measure_and_blank_explanations_stay_errors(settings: Settings) -> None:
    short = ["产出指标", "数量指标", "检测批次", "≥1200批次", "400批次", "700批次", "确定能", "", ""]
    doc = make_doc("2025年项目绩效运行监控表（1-6月）", MONEY, [HEAD, short],
                   [["偏差原因说明", "无"]], [["纠偏措施", "按计划推进"]], path="监控表.docx")
    found = _mon(doc, settings, MON03IndicatorProgress)
    assert ("error", "指标“检测批次”全年预计700批次，达不到年度指标值≥1200批次，但未说明偏差原因、纠偏措施。") in found


def test_mon04_reads_a_treatment_in_the_closing_box(settings: Settings) -> None:
    hopeless = ["产出指标", "数量指标", "覆盖学校数", "≥40所", "10所", "20所", "完全不可能", "场地不足", ""]
    plain = make_doc("2025年项目绩效运行监控表（1-6月）", MONEY, [HEAD, hopeless], path="监控表.docx")
    assert [s for s, _ in _mon(plain, settings, MON04Treatment)] == ["warning"]
    treated = make_doc("2025年项目绩效运行监控表（1-6月）", MONEY, [HEAD, hopeless],
                       [["纠偏措施", "按程序调减预算20万元，同步调整年度指标。"]], path="监控表.docx")
    assert _mon(treated, settings, MON04Treatment) == []
