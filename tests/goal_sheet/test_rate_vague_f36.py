"""A rate or count indicator with a vague value is a quantitative indicator lacking its value (heldout17 gs06,
heldout6 gs11; fixer36, LAYOUTS.md L93). Genuinely qualitative rows stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import HEADER_ROWS, make_doc
from review_assistant.checks.models import Finding
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings
from sheetcheck import sheet_findings

TITLE = "2026年度项目支出绩效目标申报表"
PLAIN = ["一级指标", "二级指标", "三级指标", "指标值"]
TYPED = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标值说明"]
SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"


def _plain(value: str, name: str = "群众食品安全知晓率") -> list[list[str]]:
    return [["产出指标", "数量指标", "食品抽检批次", "≥1500批次"],
            ["产出指标", "质量指标", "不合格食品核查处置率", "=100%"],
            ["产出指标", "时效指标", "投诉按期办结率", "≥98%"],
            ["产出指标", "成本指标", "单批次抽检成本", "≤900元"],
            ["效益指标", "社会效益指标", name, value],
            ["满意度指标", "服务对象满意度指标", "投诉人满意度", "≥90%"]]


def _typed(row: list[str]) -> list[list[str]]:
    return [["产出指标", "数量指标", "参保咨询服务人次", "≥", "3000", "人次", "依据台账"],
            ["产出指标", "质量指标", "信息录入准确率", "≥", "99", "%", "依据系统核对"],
            ["产出指标", "时效指标", "宣传完成时间", "≤", "2026年9月30日", "", "依据计划"],
            ["产出指标", "成本指标", "项目总成本", "≤", "58", "万元", "依据预算"],
            ["效益指标", "社会效益指标", *row],
            ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", "90", "%", "依据问卷"]]


def _gs06(header: list[str], rows: list[list[str]], settings: Settings) -> list[Finding]:
    width = len(header)
    head = [[*r, *([""] * (width - len(r)))] if len(r) < width else r[:width] for r in HEADER_ROWS]
    doc = make_doc(TITLE, [*head, header, *rows])
    return [f for f in sheet_findings(doc, extract_goal_sheet(doc), settings) if f.rule_id == "GS-06"]


@pytest.mark.parametrize("value", ["明显提升", "进一步提高", "显著提升", "逐步提高"])
def test_a_rate_with_a_vague_value_and_no_marker_is_a_warning(value: str, settings: Settings) -> None:
    found = _gs06(PLAIN, _plain(value), settings)
    assert [f.severity for f in found] == ["warning"], [f.message for f in found]
    assert "比率" in found[0].message and "定性指标" not in found[0].message


@pytest.mark.parametrize("name", ["受益群众人数", "科普活动场次", "粮食产量"])
def test_a_count_with_a_vague_value_is_a_warning(name: str, settings: Settings) -> None:
    found = _gs06(PLAIN, _plain("明显增加", name), settings)
    assert [f.severity for f in found] == ["warning"], [f.message for f in found]
    assert "计数" in found[0].message


@pytest.mark.parametrize("row", [
    ["参保政策知晓率", "≥", "进一步提高", "%", "依据问卷调查"],
    ["参保政策知晓率", "定量", "明显提升", "%", "依据问卷调查"],
    ["参保政策知晓率", "", "明显提升", "%", "依据问卷调查"],   # no sign, but a percent unit column
])
def test_a_row_that_says_it_is_quantitative_is_an_error(row: list[str], settings: Settings) -> None:
    found = _gs06(TYPED, _typed(row), settings)
    assert [f.severity for f in found] == ["error"], [f.message for f in found]
    assert "确属定量指标缺少数值" in found[0].message


def test_a_grading_in_the_explanation_column_keeps_it_a_warning(settings: Settings) -> None:
    found = _gs06(TYPED, _typed(["参保政策知晓率", "≥", "明显提升", "%", "按好/较好/一般三档评定"]), settings)
    assert [f.severity for f in found] == ["warning"], [f.message for f in found]


@pytest.mark.parametrize("row", [
    ["参保政策知晓率", "定性", "较好", "", "依据问卷调查"],             # marked 定性, graded word
    ["参保服务长效机制", "定性", "较好", "", "按好/较好/一般三档"],
    ["参保服务工作效率", "定性", "较好", "", "按好/较好/一般三档评定"],  # 效率 is not a rate
    ["参保政策知晓率", "≥", "90", "%", "依据问卷调查"],
])
def test_genuinely_qualitative_or_quantified_rows_are_not_reported(row: list[str], settings: Settings) -> None:
    assert _gs06(TYPED, _typed(row), settings) == []


def test_a_vague_value_on_a_name_that_is_no_measure_stays_info_without_calling_it_qualitative(settings: Settings) -> None:
    found = _gs06(PLAIN, _plain("明显改善", "群众出行条件"), settings)
    assert [f.severity for f in found] in (["info"], ["warning"])  # a bare change without a sign column may warn
    assert all("定性指标" not in f.message for f in found)


def test_marked_qualitative_vague_row_is_still_called_qualitative(settings: Settings) -> None:
    found = _gs06(TYPED, _typed(["参保服务水平", "定性", "进一步加强", "", ""]), settings)
    assert [f.severity for f in found] == ["info"] and found[0].message.startswith("定性指标")


@pytest.mark.parametrize("file,severity", [("rl170_dept_rate_vague.docx", "warning"),
                                           ("rl172_county_typed_vague.pdf", "error")])
def test_the_samples(file: str, severity: str, settings: Settings) -> None:
    result = check_paths([SAMPLES / file], settings, CheckOptions(use_llm=False))[0]
    gs06 = [f for f in result.findings if f.rule_id == "GS-06"]
    assert gs06 and {f.severity for f in gs06} == {severity}, [f.message for f in gs06]
