"""The 分值-first 自评表 (heldout8): the indicator subtotal is not the total, full marks for an unmet target, a deadline
met late, grades as tick boxes, and the year written in a header field of self-evaluations and monitoring tables."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.evaluation import scoring as S
from review_assistant.checks.evaluation.rules import EV02Scores, EV03Qualitative, EV04TotalGrade
from review_assistant.checks.models import Finding
from review_assistant.extract.cycle_models import SelfEvaluation
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing.model import ParsedDocument
from review_assistant.settings import Settings

HEAD = [
    ["项目支出绩效自评表", "", "", "", "", "", "", ""],
    ["项目名称", "示例社区设备购置", "主管部门", "示例区卫生健康局", "", "", "", ""],
    ["实施单位", "示例区卫生健康局", "自评年度", "2024年度", "", "", "", ""],
    ["资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", ""],
    ["年度资金总额", "100", "100", "96", "96.00%", "10", "9.6", ""],
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "未完成原因及改进措施"],
]


def rows(satisfaction: str = "93%", sat_score: str = "10", deadline: str = "10月20日完成", time_score: str = "10") -> list[
        list[str]]:
    return [
        ["产出指标（50分）", "数量指标", "配置设备台数", "30", "≥6台", "6台", "30", ""],
        ["产出指标（50分）", "时效指标", "安装完成时间", "10", "2024年10月31日前", deadline, time_score,
         "" if time_score == "10" else "到货延迟"],
        ["产出指标（50分）", "成本指标", "采购总成本", "10", "≤100万元", "96万元", "10", ""],
        ["效益指标（30分）", "社会效益指标", "检查人次", "30", "≥1000人次", "900人次", "27", "培训推迟"],
        ["满意度指标（10分）", "服务对象满意度指标", "居民满意度", "10", "≥90%", satisfaction, sat_score, ""],
    ]


def form(body: list[list[str]], total: str, grade: str = "优", separate: bool = False) -> ParsedDocument:
    points = sum(Decimal(r[3]) for r in body)
    scored = sum(Decimal(r[6]) for r in body)
    subtotal = ["合计", "合计", "合计", str(points), "", "", str(scored), ""]
    total_row = ["自评总分", total, "自评等级", grade]
    if separate:  # a PDF: the 自评总分 row comes out as a small table of its own
        return make_doc([*HEAD, *body, subtotal], [total_row])
    return make_doc([*HEAD, *body, subtotal, [*total_row, "", "", "", ""]])


def findings(rule: object, ev: SelfEvaluation, doc: ParsedDocument, settings: Settings) -> list[Finding]:
    ctx = CheckContext(document=doc, kind="self_evaluation", settings=settings, fiscal_year=ev.fiscal_year or 2024,
                       cycle=ev)
    return list(rule.check(ctx, ev))  # type: ignore[attr-defined]


@pytest.mark.parametrize("separate", [False, True])
def test_the_indicator_subtotal_is_not_the_total(separate: bool) -> None:
    ev = extract_self_evaluation(form(rows(), "96.6", separate=separate))
    assert ev.total is not None and ev.total.value == Decimal("96.6")
    assert ev.fiscal_year == 2024 and ev.grade is not None and ev.grade.value == "优"
    assert len(ev.indicators) == 5


def test_the_grade_is_checked_against_the_real_total(settings: Settings) -> None:
    body = rows()
    body[3][5:7] = ["660人次", "19.8"]  # 9.6 + 79.8 = 89.4: 良
    doc = form(body, "89.4", grade="优")
    ev = extract_self_evaluation(doc)
    got = findings(EV04TotalGrade(), ev, doc, settings)
    assert [f.severity for f in got] == ["error"]
    assert "总分89.4分对应等级“良”" in got[0].message  # not "总分填79.8分" against the subtotal


def test_a_hundred_point_sum_row_is_still_the_total() -> None:
    body = rows()
    body[0][3] = "40"  # 40+10+10+30+10 = 100: the indicators carry all the points
    doc = make_doc([*HEAD[:3], HEAD[5], *body, ["合计", "合计", "合计", "100", "", "", "87", ""]])
    ev = extract_self_evaluation(doc)
    assert ev.total is not None and ev.total.value == Decimal("87")


def test_a_subtotal_without_a_total_row_is_not_taken_for_the_total() -> None:
    points = sum(Decimal(r[3]) for r in rows())
    doc = make_doc([*HEAD, *rows(), ["合计", "合计", "合计", str(points), "", "", "87", ""]])
    assert extract_self_evaluation(doc).total is None


def test_a_wrong_subtotal_is_reported_and_a_missing_total_said(settings: Settings) -> None:
    doc = make_doc([*HEAD, *rows(), ["合计", "合计", "合计", "90", "", "", "85", ""], ["自评总分", "96.6", "自评等级", "优"]])
    ev = extract_self_evaluation(doc)
    assert ev.subtotal is not None and ev.subtotal_points == Decimal(90)
    got = findings(EV04TotalGrade(), ev, doc, settings)
    assert [(f.severity, f.message) for f in got] == [("error", "指标部分小计（“合计”行）填85分，但各指标得分之和为87分。")]
    alone = make_doc([*HEAD, *rows(), ["合计", "合计", "合计", "90", "", "", "87", ""]])
    ev = extract_self_evaluation(alone)
    got = findings(EV04TotalGrade(), ev, alone, settings)
    assert [f.severity for f in got] == ["warning"] and "未找到含预算执行率得分的自评总分" in got[0].message


def test_a_sum_row_scoring_more_than_its_points_is_the_total() -> None:
    """"合计 | 90 | 96.6": more than the 90 indicator points, so the execution score is in it."""
    points = sum(Decimal(r[3]) for r in rows())
    doc = make_doc([*HEAD, *rows(), ["合计", "合计", "合计", str(points), "", "", "96.6", ""]])
    total = extract_self_evaluation(doc).total
    assert total is not None and total.value == Decimal("96.6")


@pytest.mark.parametrize(("cell", "grade"), [("□优　■良　□中　□差", "良"), ("☑优 □良 □中 □差", "优"),
                                             ("□优 □良 □中 □差", None), ("■优 ■良 □中 □差", None)])
def test_a_grade_written_as_tick_boxes(cell: str, grade: str | None) -> None:
    ev = extract_self_evaluation(form(rows(), "96.6", grade=cell))
    assert (ev.grade.value if ev.grade else None) == grade


def test_full_marks_for_an_unmet_target_are_an_error_even_when_rounded(settings: Settings) -> None:
    doc = form(rows(satisfaction="86%", sat_score="10"), "96.6")
    ev = extract_self_evaluation(doc)
    got = findings(EV02Scores(), ev, doc, settings)
    assert [(f.rule_id, f.severity) for f in got] == [("EV-02", "error")]
    assert "未完成目标却给了满分" in got[0].message and "9.56" in got[0].message


def test_a_rounded_score_below_full_marks_is_not_flagged(settings: Settings) -> None:
    doc = form(rows(satisfaction="86%", sat_score="9.6"), "96.2")
    ev = extract_self_evaluation(doc)
    assert findings(EV02Scores(), ev, doc, settings) == []


def test_score_disagrees() -> None:
    ten = Decimal(10)
    assert S.score_disagrees(ten, Decimal("9.56"), ten)  # rounds to 10, but full marks need the target met
    assert not S.score_disagrees(Decimal("9.6"), Decimal("9.56"), ten)
    assert not S.score_disagrees(ten, ten, ten)
    assert S.score_disagrees(Decimal(8), Decimal("9.56"), ten)


@pytest.mark.parametrize(("target", "actual", "late", "high", "certain"), [
    ("2024年9月30日前", "11月20日完成", True, "0.8", True),  # the year of the target
    ("2024年9月30日前", "2024年11月20日完成", True, "0.8", True),
    ("2024年9月30日前", "9月18日完成", False, "1", True),
    ("2024年9月30日前", "2024.09.30", False, "1", False),  # on time, no wording: the band, as a warning
    ("2024年9月30日前", "11月20日未完成", True, "0.6", True),  # the stricter wording stands
    ("按期完成", "11月20日完成", False, "1", False),  # nothing to compare with: the wording, as a warning
    ("2024年9月30日前", "6月、11月各完成一批", False, "1", False),
])
def test_a_deadline_met_late_is_not_achieved(target: str, actual: str, late: bool, high: str, certain: bool) -> None:
    band = S.deadline_band(target, actual, 2024)
    assert band is not None
    assert (band.late, band.high, band.certain) == (late, Decimal(high), certain)


def test_no_date_in_the_completion_keeps_the_wording() -> None:
    band = S.deadline_band("2024年9月30日前", "已完成", 2024)
    assert band is not None and (band.low, band.high, band.certain, band.late) == (Decimal("0.8"), 1, True, False)
    assert S.deadline_band("2024年9月30日前", "按进度推进", 2024) is None
    assert S.deadline_band("2024年9月30日前", "11月20日", 2024) == S.Band(
        Decimal(0), Decimal("0.8"), True, date(2024, 9, 30), date(2024, 11, 20))


def test_ev03_on_a_late_deadline(settings: Settings) -> None:
    scored_low = form(rows(deadline="11月20日完成", time_score="4"), "90.6")
    ev = extract_self_evaluation(scored_low)
    assert findings(EV03Qualitative(), ev, scored_low, settings) == []  # 40%: within the band of a missed date
    full = form(rows(deadline="11月20日完成", time_score="10"), "96.6")
    ev = extract_self_evaluation(full)
    got = findings(EV03Qualitative(), ev, full, settings)
    assert [(f.rule_id, f.severity) for f in got] == [("EV-03", "error")]
    assert "晚于目标" in got[0].message and "2024年11月20日" in got[0].message


def test_ev03_warns_when_the_dates_cannot_be_compared(settings: Settings) -> None:
    body = rows(deadline="11月20日完成", time_score="4")
    body[1][4] = "按期完成"
    doc = form(body, "90.6")
    ev = extract_self_evaluation(doc)
    got = findings(EV03Qualitative(), ev, doc, settings)
    assert [(f.rule_id, f.severity) for f in got] == [("EV-03", "warning")]
    assert "未能与目标日期确定地比较" in got[0].message


@pytest.mark.parametrize(("label", "value", "year"), [
    ("监控时点", "2025年6月30日", 2025), ("监控期间", "2025年1-8月", 2025), ("监控年度", "2025年", 2025),
    ("填报日期", "2026年7月5日", None),  # the filing date is not the year monitored
])
def test_the_monitoring_year_from_a_header_field(label: str, value: str, year: int | None) -> None:
    doc = make_doc([
        ["项目支出绩效运行监控表", "", "", ""],
        ["项目名称", "示例免疫补助", label, value],
        ["资金类别", "年初预算数", "1-6月执行数", "执行率"],
        ["合计", "60", "30", "50.00%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "全年预计完成值"],
        ["产出指标", "数量指标", "免疫数量", "≥3万只", "1.9万只", "3.2万只"],
    ])
    assert extract_monitoring(doc).fiscal_year == year


def test_the_title_year_wins_over_the_field() -> None:
    doc = make_doc("2024年度项目支出绩效自评表", [["项目名称", "示例", "自评年度", "2023年度"]])
    assert extract_self_evaluation(doc).fiscal_year == 2024
