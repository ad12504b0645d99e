"""Expert opinions after heldout8 (sample rr20; LAYOUTS.md §5 R21): an opinion titled "……专家评审意见书" is the experts'
opinion even when it goes dimension by dimension under a project table — no report sections (评估对象基本情况 …) are
required of it and the report's offline evidence checks (EA-*-90) do not run on it, with a note saying so."""

from __future__ import annotations

from pathlib import Path

from docbuild import make_doc
from reportbuild import context, findings
from review_assistant.checks.report.evidence import OFFLINE_RULES, OPINION_NOTE, find_gaps
from review_assistant.extract.report import extract_report, is_opinion_letter
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports" / "rr20_expert_opinion_dimension_headings.docx"
PROJECT = [["项目名称", "示例路灯补盲", "申报单位", "示例县城市管理局"], ["申请资金", "2025年度县级财政资金72万元", "评审日期", "2024年11月5日"]]
DIMENSIONS = ["（一）立项必要性", "项目符合县城市容提升计划，与城市管理局职责相符，必要性充分。",
              "（二）投入经济性", "灯具单价参照近期同类采购成交价，测算基本合理。",
              "（三）绩效目标合理性", "目标与资金匹配，产出和效益指标可衡量。",
              "（四）实施方案可行性", "实施方案基本可行，建议细化分批施工安排。",
              "（五）筹资合规性", "资金来源为县级一般公共预算，符合规定。"]


def test_the_sample_opinion_gets_no_report_findings(settings: Settings) -> None:
    result = check_paths([SAMPLE], settings, CheckOptions(use_llm=False))[0]
    assert result.error is None and result.document.kind == "appraisal_report"
    assert result.document.amount_wan == 72.0 and result.document.appraisal_score == 85.0
    assert [f.rule_id for f in result.findings] == []
    assert OPINION_NOTE in result.notes


def test_a_dimension_by_dimension_opinion_is_an_opinion(settings: Settings) -> None:
    doc = make_doc("示例路灯补盲项目事前绩效评估专家评审意见书", PROJECT, "一、评审过程", "专家组审阅报告并打分。",
                   "二、评审意见", *DIMENSIONS, "三、评审结论", "综合评分85分，予以支持。")
    assert not is_opinion_letter(doc)  # the classifier's narrower reading is unchanged
    report = extract_report(doc)
    assert report.opinion_form
    ctx = context(doc, settings)
    assert find_gaps(ctx) == []
    got = findings(settings, (doc, "appraisal_report"))[0]
    assert not [f for f in got if f.rule_id in OFFLINE_RULES]
    assert not [f for f in got if f.rule_id == "EA-RPT-01"], [f.message for f in got]


def test_an_opinion_missing_a_dimension_or_saying_one_word_gets_warnings(settings: Settings) -> None:
    doc = make_doc("示例路灯补盲项目事前绩效评估专家评审意见书", PROJECT, "一、评审意见", "（一）立项必要性", "必要性充分。",
                   *DIMENSIONS[2:8], "二、评审结论", "综合评分85分，予以支持。")
    got = [(f.severity, f.message) for f in findings(settings, (doc, "appraisal_report"))[0] if f.rule_id == "EA-RPT-01"]
    assert got == [("warning", "“立项必要性”部分没有实质内容（仅写“必要性充分。”）。"), ("warning", "报告缺少“筹资合规性”部分。")]


def test_a_report_keeps_its_evidence_checks(settings: Settings) -> None:
    doc = make_doc("示例路灯补盲项目事前绩效评估报告", "一、评估对象基本情况", "项目补齐背街小巷路灯。", "二、评估工作开展情况",
                   "评估组查阅资料。", "三、综合评估情况与评估结论", *DIMENSIONS, "（六）总体结论", "综合评分85分，予以支持。")
    assert not extract_report(doc).opinion_form
    got = findings(settings, (doc, "appraisal_report"))[0]
    assert {f.rule_id for f in got} & set(OFFLINE_RULES)
