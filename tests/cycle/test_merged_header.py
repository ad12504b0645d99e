"""Monitoring and self-evaluation tables with a merged two-row indicator header (heldout5; samples
cycle/mon_merged_header_no_cause.docx, cycle/se_clean_merged_header.xlsx): the 三级指标 names come from the lower
header row, not from the group label "绩效指标" merged over the name columns."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docbuild import make_doc
from review_assistant.extract.cycle_tables import find_indicator_header
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"
GROUP = ["绩效指标", "绩效指标", "绩效指标", "年度指标值", "实际完成值", "分值", "得分"]
NAMES = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def test_the_lower_header_row_names_the_indicator_columns() -> None:
    doc = make_doc("示例", [GROUP, NAMES, ["产出指标", "数量指标", "培训人数", "≥100人", "100人", "20", "20"]])
    header = find_indicator_header(doc.tables()[0][1], ("l3", "target"))
    assert header is not None and header.row == 1
    assert (header.cols["l1"], header.cols["l2"], header.cols["l3"]) == (0, 1, 2)
    assert header.cols["weight"] == 5 and header.cols["score"] == 6


def test_a_single_header_row_is_unchanged() -> None:
    doc = make_doc("示例", [NAMES, ["产出指标", "数量指标", "培训人数", "≥100人", "100人", "20", "20"]])
    header = find_indicator_header(doc.tables()[0][1], ("l3", "target"))
    assert header is not None and header.row == 0 and header.cols["l3"] == 2


def test_monitoring_indicators_are_named_by_the_third_level(settings: Settings) -> None:
    mt = extract_monitoring(parse_file(SAMPLES / "mon_merged_header_no_cause.docx"))
    assert [i.level3 for i in mt.indicators] == ["运维站点数量", "车辆完好率", "日均骑行人次", "市民满意度"]
    assert mt.indicators[1].level1 == "产出指标" and mt.indicators[1].forecast == Decimal(90)
    results = check_paths([SAMPLES / "mon_merged_header_no_cause.docx"], settings, CheckOptions())
    mon03 = [f for f in results[0].findings if f.rule_id == "MON-03"]
    assert [f.severity for f in mon03] == ["error"] and "车辆完好率" in mon03[0].message


def test_self_evaluation_reads_every_weight_and_the_execution_score(settings: Settings) -> None:
    ev = extract_self_evaluation(parse_file(SAMPLES / "se_clean_merged_header.xlsx"))
    assert len(ev.indicators) == 5 and all(i.weight is not None for i in ev.indicators)
    assert "一级指标" not in {i.level3 for i in ev.indicators}
    assert ev.exec_score is not None and ev.exec_score.value == Decimal("9.6")
    assert ev.budget is not None and ev.budget.value == Decimal(150)
    results = check_paths([SAMPLES / "se_clean_merged_header.xlsx"], settings, CheckOptions())
    assert not [f for f in results[0].findings if f.rule_id.startswith("EV-")]
