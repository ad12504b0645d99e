from __future__ import annotations

from datetime import date

import pytest

from review_assistant.extract.values import (
    money_to_wan,
    normalize_sign,
    parse_date,
    parse_value,
    unit_in_label,
)


@pytest.mark.parametrize(
    ("text", "sign", "number", "unit"),
    [
        ("≥95%", "≥", 95.0, "%"),
        ("95%以上", "≥", 95.0, "%"),
        ("不低于90%", "≥", 90.0, "%"),
        (">= 95 %", "≥", 95.0, "%"),
        ("≤90万元", "≤", 90.0, "万元"),
        ("1,200 平方米", None, 1200.0, "平方米"),
        ("＝３个", "=", 3.0, "个"),
        ("30天内", "≤", 30.0, "天"),
        ("≥100百分比", "≥", 100.0, "百分比"),
        ("≤0.9‰", "≤", 0.9, "‰"),  # a 千分率 (forest-fire damage rate): a unit like %
        ("≤5‱", "≤", 5.0, "‱"),
    ],
)
def test_parse_value_splits_sign_number_unit(text: str, sign: str | None, number: float, unit: str) -> None:
    v = parse_value(text)
    assert (v.sign, v.number, v.unit, v.qualitative) == (sign, number, unit, False)


def test_parse_value_dates_and_qualitative() -> None:
    v = parse_value("2025年12月底前")
    assert v.date_value == date(2025, 12, 31) and v.sign == "≤" and v.number is None
    assert parse_value("6月30日前", default_year=2025).date_value == date(2025, 6, 30)
    q = parse_value("效果明显")
    assert q.qualitative and q.number is None


def test_separate_columns_take_precedence() -> None:
    v = parse_value("95", sign_hint="≥", unit_hint="%")
    assert (v.sign, v.number, v.unit) == ("≥", 95.0, "%")
    assert parse_value("达到预期", sign_hint="定性").qualitative


@pytest.mark.parametrize(
    ("text", "expected"),
    [("120", 120.0), ("1,200,000.00元", 120.0), ("1.2亿元", 12000.0), ("35.5万元", 35.5), ("无", None)],
)
def test_money_to_wan(text: str, expected: float | None) -> None:
    assert money_to_wan(text) == expected


def test_money_default_unit_from_label() -> None:
    assert unit_in_label("项目资金（元）") == "元"
    assert money_to_wan("1200000", unit_in_label("金额(元)") or "万元") == 120.0


def test_signs_and_dates() -> None:
    assert normalize_sign("大于等于") == "≥"
    assert normalize_sign("定性") == "定性"
    assert normalize_sign("反向指标") == "≤"
    assert parse_date("2026年第二季度") == date(2026, 6, 30)
    assert parse_date("2025年年底") == date(2025, 12, 31)
