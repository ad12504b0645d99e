"""EA-GOAL-03 targets (LAYOUTS.md L81, heldout16 ea04/ea05/ea09): the report's 绩效目标 paragraph against the same
indicators of its goal table, compared only when the clause certainly states that indicator's whole annual target."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reportbuild import findings
from review_assistant.checks.cross.targets import covered, goal_text_clashes
from review_assistant.extract.models import Indicator
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import Location
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"
LOC = Location(paragraph=3)


def _ind(name: str, number: float | None = None, unit: str | None = None, when: date | None = None,
         level2: str = "数量指标") -> Indicator:
    return Indicator(level1="产出指标", level2=level2, level3=name, number=number, unit=unit, date_value=when,
                     sign="≥" if number is not None else "≤", value_text=str(number) if number is not None else "")


TRAINED = _ind("培训人次", 300, "人次")
TOWNS = _ind("配置转运车乡镇数", 6, "个")
PASS_RATE = _ind("培训合格率", 90, "%", level2="质量指标")
ACCEPTED = _ind("验收合格率", 95, "%", level2="质量指标")
DONE = _ind("项目完成时间", when=date(2026, 12, 31), level2="时效指标")
BOUGHT = _ind("采购完成时间", when=date(2026, 9, 30), level2="时效指标")
SHEET = [TRAINED, TOWNS, PASS_RATE, ACCEPTED, DONE]


def _clashes(text: str, indicators: list[Indicator] | None = None) -> list[tuple[str, str, bool]]:
    found, _ = goal_text_clashes([(text, LOC)], indicators if indicators is not None else SHEET, 2026)
    return [(c.indicator.level3, c.stated, c.certain) for c in found]


def test_words_covered_in_pieces() -> None:
    assert covered("配置转运车乡镇", "2026年为8个乡镇配置压缩式垃圾转运车")
    assert covered("培训", "开展家政服务技能培训500人次")
    assert not covered("验收合格率", "培训合格率不低于90%")
    assert not covered("", "任何文字")


@pytest.mark.parametrize(("text", "expected"), [
    # more than the sheet's "≥300", earlier than its "≤12月31日": different, yet within the sheet's bound (a warning)
    ("2026年开展家政服务技能培训500人次，培训合格率不低于90%。", [("培训人次", "500人次", False)]),
    ("2026年为8个乡镇配置压缩式垃圾转运车，垃圾日产日清率达到95%。", [("配置转运车乡镇数", "8个", False)]),
    ("2026年10月底前完成全部改造并投入使用。", [("项目完成时间", "2026年10月底前", False)]),
    # below the sheet's minimum: the two cannot both hold (an error)
    ("2026年开展家政服务技能培训200人次。", [("培训人次", "200人次", True)]),
    ("2026年为4个乡镇配置压缩式垃圾转运车。", [("配置转运车乡镇数", "4个", True)]),
    ("计划10月前完成全部改造。", [("项目完成时间", "10月前", False)]),  # "10月前": which day is not certain
    ("全年开展技能培训约500人次。", [("培训人次", "500人次", False)]),  # an estimate: only a warning
])
def test_a_target_stated_differently(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _clashes(text) == expected


@pytest.mark.parametrize("text", [
    "2026年开展技能培训300人次，培训合格率不低于90%，2026年12月底前完成全部培训。",  # agrees
    "2025年已培训260人次，全省累计培训1.8万人次。",  # past year, cumulative, provincial
    "上半年完成120人次，全年完成300人次。",  # a stage; the whole-year clause does not name the indicator
    "培训人次较上年提高100人次。",  # a change, not the target
    "6月底前完成设计和招标。",  # one step, not the project's completion
    "合格率达到95%。",  # which 合格率: the clause names neither indicator fully
    "培训费按300人次×3天测算。",  # a product in a calculation
    "2027年培训500人次。",  # another year
])
def test_not_compared(text: str) -> None:
    assert _clashes(text) == []


def test_an_agreeing_clause_settles_the_indicator() -> None:
    found, judged = goal_text_clashes([("全年开展技能培训300人次。", LOC), ("开展技能培训500人次。", LOC)], SHEET, 2026)
    assert found == [] and id(TRAINED) in judged


def test_a_clause_matching_two_indicators_is_left_alone() -> None:
    both = [_ind("培训人次", 300, "人次"), _ind("技能培训人次", 200, "人次")]
    assert _clashes("开展技能培训500人次。", both) == []


def test_dated_step_named_by_the_indicator() -> None:
    assert _clashes("2026年10月底前完成采购。", [BOUGHT]) == [("采购完成时间", "2026年10月底前", True)]
    assert _clashes("2026年9月底前完成采购。", [BOUGHT]) == []
    assert _clashes("2026年底前全面完成。", [DONE]) == []  # 年底 is 31 December
    assert _clashes("2026年11月30日前完成项目全部内容。", [DONE]) == [("项目完成时间", "2026年11月30日前", False)]


@pytest.mark.parametrize(("name", "clash"), [("rr_goal_text_clean_f32.docx", None),
                                             ("rr_goal_text_count_f32.pdf", "420人次"),
                                             ("rr_goal_text_date_f32.docx", "2026年9月底前")])
def test_samples(name: str, clash: str | None, settings: Settings) -> None:
    [got] = findings(settings, (parse_file(SAMPLES / name), "appraisal_report"))
    goal = [f for f in got if f.rule_id == "EA-GOAL-03"]
    if clash is None:
        assert goal == []
    else:
        # both samples state more (420 against "≥360") or earlier (9月底 against "≤11月30日") than the sheet: a warning
        assert len(goal) == 1 and goal[0].severity == "warning" and f"“{clash}”" in goal[0].message
        assert goal[0].related and goal[0].related[0].evidence
