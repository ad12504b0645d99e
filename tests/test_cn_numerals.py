"""Chinese numerals and relative years in indicator values (the heldout13 classes: "十二", "百分之九十五", "次年3月前")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from review_assistant.extract.cn_numerals import arabic_dates, arabic_value, cn_integer, cn_number
from review_assistant.extract.cycle_tables import measured
from review_assistant.extract.report_text import find_dates
from review_assistant.extract.values import parse_date, parse_value
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


@pytest.mark.parametrize(("text", "value"), [
    ("十二", 12), ("两", 2), ("十八", 18), ("一百二十", 120), ("五百二十", 520), ("一千零五", 1005), ("一万零三百", 10300),
    ("两万", 20000), ("一亿二千万", 120_000_000), ("二十万零五", 200_005), ("二〇二六", 2026), ("十", 10), ("零", 0),
])
def test_integers(text: str, value: int) -> None:
    assert cn_integer(text) == value


@pytest.mark.parametrize("text", ["十四五", "三五", "百", "万", "十百", "一般", "", "12"])
def test_what_is_not_one_numeral(text: str) -> None:
    assert cn_integer(text) is None


def test_decimals() -> None:
    assert cn_number("三点五") == Decimal("3.5")
    assert cn_number("零点九八") == Decimal("0.98")
    assert cn_number("三点") is None


@pytest.mark.parametrize(("text", "arabic"), [
    ("十二", "12"), ("两个工作日", "2个工作日"), ("不少于三次", "不少于3次"), ("≥四百人", "≥400人"),
    ("百分之九十五", "95%"), ("百分之百", "100%"), ("百分之九十以上", "90%以上"), ("达到百分之九十", "达到90%"),
    ("千分之三", "3‰"), ("一百二十台（套）", "120台（套）"), ("三万人次", "3万人次"), ("不超过八万元", "不超过8万元"),
    ("三点五万亩", "3.5万亩"), ("十二月底前", "12月底前"), ("百分之九十至百分之九十五", "90%-95%"),
    ("百分之九十至九十五", "90%-95%"), ("三至五次", "3-5次"),
])
def test_values_written_in_words(text: str, arabic: str) -> None:
    assert arabic_value(text) == arabic


@pytest.mark.parametrize("text", ["一般", "统一规划", "一次性", "十四五", "第一季度", "一流", "一体化", "全年（十二个月）",
                                  "百分之九十五的人", "三五天", "较好", "12个", "万一"])
def test_words_that_only_contain_a_numeral_stay(text: str) -> None:
    assert arabic_value(text) == text


def test_dates_in_words() -> None:
    assert arabic_dates("次年三月前") == "次年3月前"
    assert arabic_dates("二〇二六年十二月三十一日") == "2026年12月31日"
    assert arabic_dates("三个月") == "三个月"
    assert arabic_dates("第三月") == "第三月"


@pytest.mark.parametrize(("text", "number", "unit", "sign"), [
    ("十二", 12, None, None), ("十二个", 12, "个", None), ("百分之九十五", 95, "%", None), ("百分之九十以上", 90, "%", "≥"),
    ("不少于三次", 3, "次", "≥"), ("一百二十台（套）", 120, "台", None), ("不超过两个工作日", 2, "个工作日", "≤"),
])
def test_goal_sheet_values_are_quantified(text: str, number: float, unit: str | None, sign: str | None) -> None:
    pv = parse_value(text)
    assert (pv.number, pv.unit, pv.sign, pv.qualitative) == (number, unit, sign, False)


def test_a_range_in_words_is_read_as_a_range() -> None:
    pv = parse_value("百分之九十至九十五")
    assert (pv.number, pv.number_high, pv.unit, pv.sign) == (90, 95, "%", "≥")


def test_a_unit_column_still_applies() -> None:
    pv = parse_value("百分之九十五", sign_hint="≥", unit_hint="")
    assert (pv.number, pv.unit, pv.sign) == (95, "%", "≥")
    assert parse_value("十八", unit_hint="辆").unit == "辆"


@pytest.mark.parametrize(("text", "due"), [
    ("次年3月前", date(2027, 3, 31)), ("下年1月10日", date(2027, 1, 10)), ("次年一季度", date(2027, 3, 31)),
    ("次年底前", date(2027, 12, 31)), ("于次年三月底前完成", date(2027, 3, 31)), ("次年度6月", date(2027, 6, 30)),
    ("当年12月底前", date(2026, 12, 31)), ("第四季度", date(2026, 12, 31)), ("12月31日前", date(2026, 12, 31)),
    ("2027/3/31", date(2027, 3, 31)), ("十二月底前", date(2026, 12, 31)),
])
def test_deadlines_relative_to_the_budget_year(text: str, due: date) -> None:
    assert parse_value(text, default_year=2026).date_value == due


def test_within_the_year_words_are_no_date_and_an_unknown_year_resolves_nothing() -> None:
    for text in ("年内", "项目周期内", "本年度内"):
        assert parse_value(text, default_year=2026).date_value is None
    assert parse_date("次年3月前") is None  # no budget year: the words cannot be placed


@pytest.mark.parametrize(("text", "target_unit", "value"), [
    ("百分之八十八", "%", Decimal(88)), ("五百二十", "人次", Decimal(520)), ("两次", "次", Decimal(2)),
    ("百分之百", "%", Decimal(100)),
])
def test_self_evaluation_actuals_in_words(text: str, target_unit: str, value: Decimal) -> None:
    assert measured(text, Decimal(95), target_unit) == (value, True)


def test_report_dates_in_words_still_read() -> None:
    [(when, span)] = find_dates("评审时间：二〇二五年十月十一日")
    assert when == date(2025, 10, 11) and span.text == "二〇二五年十月十一日"


def test_a_relative_deadline_is_an_error_quoting_the_date(settings: Settings) -> None:
    result = check_paths([SAMPLES / "goal_sheets" / "rl123_relative_deadline_next_year.docx"], settings,
                         CheckOptions(use_llm=False))[0]
    [f] = [f for f in result.findings if f.rule_id == "GS-10"]
    assert f.severity == "error" and "次年3月底前" in f.message and "2026年3月31日" in f.message


def test_words_for_numbers_are_no_vague_values(settings: Settings) -> None:
    result = check_paths([SAMPLES / "goal_sheets" / "rl120_cn_numeral_values.docx"], settings,
                         CheckOptions(use_llm=False))[0]
    assert not [f for f in result.findings if f.rule_id in {"GS-06", "GS-07", "GS-10", "GS-13"}]
