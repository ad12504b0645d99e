"""Every goal-sheet rule in both directions: the defect is found, the clean sheet is not flagged."""

from __future__ import annotations

import copy

import pytest

from docbuild import CLEAN_INDICATORS, HEADER_ROWS, clean_doc, make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.pipeline import CheckOptions, run_checks
from review_assistant.settings import Settings

RULES = ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-06", "GS-07", "GS-10", "GS-11", "GS-13", "GS-15", "GS-16"]


def findings_for(doc: ParsedDocument, settings: Settings) -> list[Finding]:
    sheet = extract_goal_sheet(doc)
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=sheet.fiscal_year or 2025,
                       goal_sheet=sheet)
    return run_checks(ctx, CheckOptions(), batch_phase=False)


def rule_ids(doc: ParsedDocument, settings: Settings) -> set[str]:
    return {f.rule_id for f in findings_for(doc, settings)}


def replace_indicator(name: str, new: list[str]) -> list[list[str]]:
    rows = copy.deepcopy(CLEAN_INDICATORS)
    return [new if r[2] == name else r for r in rows]


def replace_header(label: str, value: str) -> list[list[str]]:
    rows = copy.deepcopy(HEADER_ROWS)
    for r in rows:
        for i, cell in enumerate(r[:-1]):
            if cell == label:
                r[i + 1] = value
    return rows


def test_clean_sheet_triggers_nothing(settings: Settings) -> None:
    assert findings_for(clean_doc(), settings) == []


DEFECTS: list[tuple[str, ParsedDocument]] = [
    ("GS-01", clean_doc(header=replace_header("实施单位", "XX"))),
    ("GS-01", clean_doc(header=[r for r in HEADER_ROWS if r[0] != "年度绩效目标"])),
    ("GS-02", clean_doc(header=[r if r[1] != "其他资金" else [r[0], r[1], "0", "0"] for r in HEADER_ROWS])),
    ("GS-03", clean_doc(indicators=replace_indicator("改造面积", ["产出指标", "数量指标", "改造面积", "≥", "24000", ""]))),
    ("GS-04", clean_doc(indicators=[r for r in CLEAN_INDICATORS if r[0] != "满意度指标"])),
    ("GS-04", clean_doc(indicators=[r for r in CLEAN_INDICATORS if r[1] != "成本指标"])),
    ("GS-05", clean_doc(indicators=replace_indicator("工程验收合格率", ["产出指标", "质量指标", "工程验收合格率", "≥", "98", "百分比"]))),
    ("GS-06", clean_doc(indicators=replace_indicator("改造面积", ["产出指标", "数量指标", "改造面积", "", "进一步提升", ""]))),
    ("GS-07", clean_doc(indicators=replace_indicator("居民满意度", ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "100", "%"]))),
    ("GS-07", clean_doc(indicators=replace_indicator("居民满意度", ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "70", "%"]))),
    ("GS-10", clean_doc(indicators=replace_indicator("项目完成时间", ["产出指标", "时效指标", "项目完成时间", "≤", "2026年6月底前", ""]))),
    ("GS-11", clean_doc(indicators=[*CLEAN_INDICATORS, ["效益指标", "经济效益指标", "预算执行率", "≥", "95", "%"]])),
    ("GS-11", clean_doc(indicators=replace_indicator("居民满意度", ["满意度指标", "服务对象满意度指标", "资料审核通过率", "≥", "98", "%"]))),
    ("GS-13", clean_doc(indicators=replace_indicator("项目总成本", ["产出指标", "成本指标", "项目总成本", "≤", "150", "万元"]))),
    ("GS-13", clean_doc(indicators=replace_indicator("项目总成本", ["产出指标", "成本指标", "项目总成本", "", "不超预算", ""]))),
    ("GS-15", clean_doc(header=[r if r[0] != "年度绩效目标" else [r[0], "已完成3个小区改造，居民满意度均已达到90%。", "", ""] for r in HEADER_ROWS])),
    ("GS-16", clean_doc(indicators=CLEAN_INDICATORS[:2])),
]


@pytest.mark.parametrize(("rule", "doc"), DEFECTS, ids=[f"{r}-{i}" for i, (r, _) in enumerate(DEFECTS)])
def test_defect_is_found(rule: str, doc: ParsedDocument, settings: Settings) -> None:
    found = findings_for(doc, settings)
    hits = [f for f in found if f.rule_id == rule]
    assert hits, f"{rule} not reported; got {[f.rule_id for f in found]}"
    for f in hits:
        assert f.message and f.suggestion and f.dimension
        assert f.policy_refs, f"{rule} has no policy basis"
        assert not f.evidence or doc.contains(f.evidence)


def test_cost_in_yuan_matching_budget_in_wan_is_not_flagged(settings: Settings) -> None:
    doc = clean_doc(indicators=replace_indicator("项目总成本", ["产出指标", "成本指标", "项目总成本", "≤", "1200000", "元"]))
    assert "GS-13" not in rule_ids(doc, settings)
    over = clean_doc(indicators=replace_indicator("项目总成本", ["产出指标", "成本指标", "项目总成本", "≤", "1300000", "元"]))
    assert "GS-13" in rule_ids(over, settings)


def test_2021_layout_cost_first_level_satisfies_coverage(settings: Settings) -> None:
    rows = [r if r[1] != "成本指标" else ["成本指标", "经济成本指标", "项目总成本", "≤", "120", "万元"]
            for r in CLEAN_INDICATORS]
    assert "GS-04" not in rule_ids(clean_doc(indicators=rows), settings)


def test_local_parameters_come_from_settings(settings: Settings) -> None:
    doc = clean_doc(indicators=replace_indicator("居民满意度", ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "88", "%"]))
    assert "GS-07" not in rule_ids(doc, settings)
    stricter = settings.model_copy(update={"review": settings.review.model_copy(update={"satisfaction_floor": 90.0})})
    assert "GS-07" in rule_ids(doc, stricter)
    fewer = settings.model_copy(update={"review": settings.review.model_copy(update={"min_indicators": 10})})
    assert "GS-16" in rule_ids(clean_doc(), fewer)


def test_multi_year_project_without_long_term_target(settings: Settings) -> None:
    doc = clean_doc(header=replace_header("项目期限", "2024年—2026年"))
    assert "GS-10" in rule_ids(doc, settings)


def test_finding_ids_are_stable(settings: Settings) -> None:
    doc = clean_doc(indicators=CLEAN_INDICATORS[:2])
    assert [f.id for f in findings_for(doc, settings)] == [f.id for f in findings_for(doc, settings)]


def test_evidence_is_verbatim(settings: Settings) -> None:
    doc = make_doc("2025年度项目支出绩效目标申报表", [["一级指标", "二级指标", "三级指标", "指标值"],
                                                 ["产出指标", "数量指标", "培训人次", "≥100百分比"]])
    for f in findings_for(doc, settings):
        assert not f.evidence or doc.contains(f.evidence)


def test_gs15_ignores_plans_built_on_past_work(settings: Settings) -> None:
    goal = "在已完成一期改造的基础上，计划完成3个小区改造。"
    doc = clean_doc(header=[r if r[0] != "年度绩效目标" else [r[0], goal, "", ""] for r in HEADER_ROWS])
    assert "GS-15" not in rule_ids(doc, settings)


def test_gs11_accepts_outcome_rates(settings: Settings) -> None:
    rows = [*CLEAN_INDICATORS, ["效益指标", "生态效益指标", "河道断面水质达标率", "≥", "90", "%"]]
    assert "GS-11" not in rule_ids(clean_doc(indicators=rows), settings)


def test_gs03_missing_signs_without_sign_column_is_one_finding(settings: Settings) -> None:
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "培训人次", "300人次"], ["产出指标", "数量指标", "培训场次", "12场"],
            ["产出指标", "质量指标", "考核合格率", "≥95%"]]
    doc = make_doc("2025年度项目支出绩效目标申报表", rows)
    gs03 = [f for f in findings_for(doc, settings) if f.rule_id == "GS-03"]
    assert len(gs03) == 1 and "2个定量指标" in gs03[0].message
