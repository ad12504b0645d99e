"""Report layouts met in the held-out set: scored headings, local conclusion wordings."""

from __future__ import annotations

from docbuild import make_doc
from reportbuild import findings
from review_assistant.extract.classify import classify
from review_assistant.extract.report import extract_report
from review_assistant.extract.report_sections import find_sections
from review_assistant.settings import Settings


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


def test_a_county_report_with_merged_dimensions_is_a_report_and_not_missing_them(settings: Settings) -> None:
    doc = make_doc(
        "某镇垃圾转运站运营项目事前绩效评估报告",
        "一、评估情况",
        "（一）必要性和可行性：转运站已建成，需委托专业单位运营，运营单位经比选确定。",
        "（二）预算的合理性和投入的经济性：运营单价参照上年合同价确定。",
        "（三）预期绩效的可实现性：转运及时率目标不低于95%，可以实现。",
        "（四）筹资的合规性：资金为镇级一般公共预算，渠道合规。",
        "二、评估结论：予以支持，建议预算80万元。",
    )
    assert classify(doc) == "appraisal_report"
    titles = [s.title for s in find_sections(doc)]
    assert "必要性和可行性" in titles and "预算的合理性和投入的经济性" in titles
    got = [f for f in findings(settings, (doc, "appraisal_report"))[0] if f.rule_id == "EA-RPT-01"]
    # Each dimension is there or may be inside a merged heading: nothing is certainly missing.
    assert not [f for f in got if f.severity == "error"]
    merged = [f.message for f in got if "可能与其他内容合并" in f.message]
    assert any("绩效目标合理性" in m for m in merged)


def test_a_one_table_expert_opinion_form_is_read() -> None:
    doc = make_doc(
        "某区2025年预算项目事前绩效评估专家评审意见",
        [
            ["项目名称", "某区公厕保洁服务"],
            ["申报金额（万元）", "120"],
            ["建议金额（万元）", "110"],
            ["核减原因", "保洁频次高于市级标准，核减10万元"],
            ["评审结论", "予以支持"],
            ["专家签名", "甲某、乙某"],
            ["评审日期", "2024年9月3日"],
        ],
    )
    r = extract_report(doc)
    assert r.recommended_budget is not None and r.recommended_budget.value_wan == 110
    assert r.reduction is not None
    assert r.conclusion is not None and r.conclusion.term == "予以支持"
    assert r.evaluator is not None and "甲某" in r.evaluator.value
    assert r.report_date is not None and r.report_date.value.isoformat() == "2024-09-03"


def test_a_signature_label_names_the_evaluator() -> None:
    doc = make_doc("某项目事前绩效评估评分表", "评估结论：予以支持。", "评估人员签名：丙某、丁某    评估日期：2024年10月8日")
    r = extract_report(doc)
    assert r.evaluator is not None and r.evaluator.value.startswith("丙某")
