"""A worksheet whose year stands on its own row under the title (held-out layout e01)."""

from __future__ import annotations

from docbuild import make_doc
from review_assistant.extract.self_evaluation import extract_self_evaluation


def test_a_year_row_under_the_title_gives_the_fiscal_year() -> None:
    doc = make_doc(
        "Sheet1",
        [
            ["项目支出绩效自评表", "项目支出绩效自评表", "项目支出绩效自评表"],
            ["（2023年度）", "（2023年度）", "（2023年度）"],
            ["项目名称", "村级公路养护", "村级公路养护"],
        ],
    )
    assert extract_self_evaluation(doc).fiscal_year == 2023


def test_a_row_that_only_mentions_a_year_is_not_the_year_line() -> None:
    doc = make_doc(
        "Sheet1",
        [
            ["项目支出绩效自评表", "项目支出绩效自评表"],
            ["项目名称", "2019年建成道路的养护"],
        ],
    )
    assert extract_self_evaluation(doc).fiscal_year is None
