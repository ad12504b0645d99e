"""Report layouts met in the held-out set: scored headings, local conclusion wordings."""

from __future__ import annotations

from docbuild import make_doc
from review_assistant.extract.report import extract_report
from review_assistant.extract.report_sections import find_sections


def test_a_bracketed_score_after_a_heading_is_not_part_of_its_title() -> None:
    doc = make_doc(
        "某公园改造项目事前绩效评估报告",
        "一、评估内容",
        "（一）立项必要性（得分17分，满分20分）：周边居民休闲场地不足。",
        "（二）投入经济性（15分）：单价参照同类工程。",
        "（三）实施方案可行性（权重20%，得分18分）。实施计划明确。",
    )
    by_key = {s.key: s for s in find_sections(doc)}
    assert by_key["necessity"].title == "立项必要性"
    assert by_key["necessity"].text.startswith("周边居民")
    assert by_key["economy"].title == "投入经济性"
    assert by_key["feasibility"].title == "实施方案可行性"


def test_a_local_conclusion_wording_under_the_conclusion_heading_is_read() -> None:
    doc = make_doc(
        "某公园改造项目事前绩效评估报告",
        "一、评估结论",
        "同意实施，建议按审定的金额编列预算。",
    )
    conclusion = extract_report(doc).conclusion
    assert conclusion is not None
    assert conclusion.term == "同意实施" and conclusion.equivalent == "予以支持"


def test_a_conclusion_word_elsewhere_without_a_cue_is_not_the_conclusion() -> None:
    doc = make_doc(
        "某公园改造项目事前绩效评估报告",
        "一、项目概况",
        "主管部门同意实施，项目单位已完成选址。",
    )
    assert extract_report(doc).conclusion is None
