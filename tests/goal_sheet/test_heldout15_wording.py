"""heldout15 (fixer33): a vague change in a sheet without a 指标性质 column (L83) and the severity of wording
defects the text alone decides, on the committed samples rl145–rl152."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import HEADER_ROWS, make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.review.pipeline import CheckOptions, check_paths, run_checks
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"

_TOWN_HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "备注"]
_TOWN_ROWS = [
    ["产出指标", "数量指标", "扶持建设大棚数量", "≥30个", "依据年度实施方案"],
    ["产出指标", "质量指标", "大棚建设验收合格率", "≥98%", "依据验收记录"],
    ["产出指标", "时效指标", "大棚建成时间", "≤2025年9月30日", "依据年度工作计划"],
    ["产出指标", "成本指标", "项目总成本", "≤120万元", "依据支出标准测算"],
    ["效益指标", "经济效益指标", "参与农户户均增收", "≥600元", "依据农户收入台账"],
    ["满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "依据问卷调查"],
]


def _town_findings(settings: Settings, income: list[str]) -> list[tuple[str, str, str]]:
    rows = [income if r[0] == "效益指标" else r for r in _TOWN_ROWS]
    table = [[*r, *([""] * (5 - len(r)))] for r in [*HEADER_ROWS, _TOWN_HEADER, *rows]]
    doc = make_doc("2025年度项目支出绩效目标表", "示例材料：本表为虚构示例。", table)
    sheet = extract_goal_sheet(doc)
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=2025, goal_sheet=sheet)
    return [(f.rule_id, f.severity, f.message) for f in run_checks(ctx, CheckOptions(), batch_phase=False)
            if f.rule_id == "GS-06"]


def test_town_sheet_clean_income_has_no_gs06(settings: Settings) -> None:
    assert _town_findings(settings, ["效益指标", "经济效益指标", "参与农户户均增收", "≥600元", "依据农户收入台账"]) == []


def test_bare_change_with_empty_remark_is_a_warning(settings: Settings) -> None:
    got = _town_findings(settings, ["效益指标", "经济效益指标", "参与农户户均增收", "进一步提升", ""])
    assert [(r, s) for r, s, _ in got] == [("GS-06", "warning")]
    assert "只说明变化方向，没有数值" in got[0][2] and "没有写分级标准或评判依据" in got[0][2]


def test_change_with_a_grading_remark_stays_info(settings: Settings) -> None:
    # The remark grades the row and names its source: a qualitative row the reviewer may accept.
    got = _town_findings(settings, ["效益指标", "经济效益指标", "参与农户户均增收", "明显提升",
                                    "按明显提升/有所提升/无变化三档，依据农户收入台账"])
    assert [(r, s) for r, s, _ in got] == [("GS-06", "info")]


def test_change_of_a_name_that_counts_nothing_stays_info(settings: Settings) -> None:
    # "服务水平" names no quantity: whether the row is qualitative is the reviewer's call.
    got = _town_findings(settings, ["效益指标", "经济效益指标", "服务水平", "进一步提升", ""])
    assert [(r, s) for r, s, _ in got] == [("GS-06", "info")]


def test_grade_word_without_remark_is_not_a_bare_change(settings: Settings) -> None:
    # "较好" is a grade, not a quantity moving: nothing to report.
    assert _town_findings(settings, ["效益指标", "经济效益指标", "参与农户户均增收", "较好", ""]) == []


@pytest.mark.parametrize(("name", "rule", "severity", "words"), [
    ("rl145_town_joined.pdf", None, None, ""),
    ("rl146_town_vague_change.docx", "GS-06", "warning", "进一步提升"),
    ("rl147_cost_formula_only.xlsx", "GS-13", "error", "表中也没有其他写明金额的成本指标"),
    ("rl148_cost_formula_beside_amount.docx", "GS-13", "warning", "只写了“不超预算”"),
    ("rl149_misfiled_benefit_satisfaction.xlsx", "GS-11", "error", "可确定"),
    ("rl150_long_in_annual_deadline.pdf", "GS-10", "error", "“长期”不是年度内可考核的时间"),
    ("rl151_rate_in_count_unit.docx", "GS-05", "error", "二者必有一处填错"),
    ("rl152_town_past_figure.xlsx", "GS-15", "error", "已完成12万元"),
])
def test_sample_severity(settings: Settings, name: str, rule: str | None, severity: str | None, words: str) -> None:
    findings = check_paths([SAMPLES / name], settings, CheckOptions(use_llm=False))[0].findings
    gs = [f for f in findings if f.rule_id.startswith("GS-") and f.severity != "info"]
    if rule is None:
        assert gs == [], [(f.rule_id, f.severity, f.message) for f in gs]
        return
    hits = [f for f in gs if f.rule_id == rule]
    assert hits and all(f.severity == severity for f in hits), [(f.rule_id, f.severity, f.message) for f in gs]
    assert any(words in f.message for f in hits)
    # One finding per defect per cell: the cost cell in words is GS-13's alone.
    if rule == "GS-13":
        assert not [f for f in gs if f.rule_id == "GS-06"]
