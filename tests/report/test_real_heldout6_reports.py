"""The heldout6 failure class of reports (sample rr15; LAYOUTS.md §5 R17): the budget year of an expert opinion is the
year named with the funds applied for ("申请2026年度县级财政资金"), not the year after the review date nor a background
sentence's."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import make_doc
from review_assistant.extract.report import extract_report
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, prepare
from review_assistant.settings import Settings

R17 = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports" / "rr15_applied_year_opinion.docx"


def test_the_year_of_the_funds_applied_for_is_the_budget_year(settings: Settings) -> None:
    report = extract_report(parse_file(R17))
    assert report.fiscal_year == 2026  # not 2027 (the year after the review) nor 2025 (the funds already arranged)
    assert report.requested_amount is not None and report.requested_amount.value_wan == 64.0
    assert prepare(R17, settings, CheckOptions()).fiscal_year == 2026


@pytest.mark.parametrize(("sentence", "year"), [
    ("2025年11月12日，某市财政局组织专家对示例项目（申请2026年度市级财政资金90万元）进行评审。", 2026),
    ("示例县组织专家对示例项目进行评审，项目申请2026年县级财政资金60万元。", 2026),
    ("2024年度市级财政资金已安排40万元。2025年9月3日组织评审，申请2026年度资金50万元。", 2026),
])
def test_applied_funds_name_the_year(sentence: str, year: int) -> None:
    doc = make_doc("示例项目事前绩效评估专家评审意见", sentence, "评审结论：予以支持。", path="意见.docx")
    assert extract_report(doc).fiscal_year == year
