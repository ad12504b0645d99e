"""The heldout4 failure classes of reports: the requested amount is the header's 申请资金总额 (or the 合计 of a
sentence that lists the sources), and a 评审意见 written as a letter is a review opinion, not an unknown document
(samples rr11, rr12; LAYOUTS.md §5 R13–R14)."""

from __future__ import annotations

from pathlib import Path

from docbuild import make_doc
from reportbuild import findings
from review_assistant.extract.classify import classify
from review_assistant.extract.report import extract_report, is_opinion_letter
from review_assistant.parsing import parse_file
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"


def test_header_total_outranks_the_first_source_in_the_prose() -> None:
    report = extract_report(parse_file(SAMPLES / "rr11_header_total_sources.docx"), fiscal_year=2025)
    assert report.requested_amount is not None
    assert report.requested_amount.value_wan == 60.0 and report.requested_amount.label == "申请资金总额"


def test_a_sentence_listing_sources_gives_its_total() -> None:
    doc = make_doc("示例县路灯维护项目事前绩效评估报告", "一、评估对象基本情况",
                   "（四）项目资金构成", "申请县级财政资金18.60万元、上级转移支付12.00万元，合计30.60万元。",
                   "二、评估工作开展情况", "按评分指标体系打分。", path="示例报告.docx")
    report = extract_report(doc, fiscal_year=2025)
    assert report.requested_amount is not None and report.requested_amount.value_wan == 30.6


def test_a_smaller_total_later_in_the_sentence_is_not_the_request() -> None:
    doc = make_doc("示例县路灯维护项目事前绩效评估报告", "一、评估对象基本情况",
                   "本项目申请县级财政资金85万元，另有单位自筹合计5万元用于设计。", path="示例报告.docx")
    report = extract_report(doc, fiscal_year=2025)
    assert report.requested_amount is not None and report.requested_amount.value_wan == 85.0


def test_an_opinion_letter_is_a_review_opinion(settings: Settings) -> None:
    doc = parse_file(SAMPLES / "rr12_opinion_letter.docx")
    assert classify(doc) == "appraisal_report"
    assert is_opinion_letter(doc)
    report = extract_report(doc, fiscal_year=2025)
    assert report.opinion_form
    assert report.evaluator is not None and report.evaluator.value == "专家丁"
    assert report.conclusion is not None and report.conclusion.equivalent == "调整后予以支持"
    found = findings(settings, (doc, "appraisal_report"))[0]
    assert not [f for f in found if f.severity == "error"]
    structure = [f for f in found if f.rule_id == "EA-RPT-01"]
    assert len(structure) == 1 and "意见函" in structure[0].message


def test_a_letter_without_a_verdict_is_not_an_opinion() -> None:
    doc = make_doc("关于示例县路灯维护项目事前绩效评估的评审意见", "示例县城市管理局：",
                   "你局报送的材料收悉，请于10月底前补充预算测算依据后重新报送。", path="意见.docx")
    assert not is_opinion_letter(doc)
