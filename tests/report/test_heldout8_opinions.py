"""Expert opinions after heldout8 (sample rr20; LAYOUTS.md §5 R21; ea05/ea06 of the set): an opinion letter or form
does not get the report's offline evidence checks (EA-*-90; a note says so), and an opinion titled "……专家评审意见书"
that opens with the project's details table is not missing its 评估对象基本情况. A written opinion going dimension by
dimension keeps the evidence checks only when it carries the report's own content (项目基本情况, a 测算表), as the
judgement set blind3's opinions do."""

from __future__ import annotations

from pathlib import Path

from docbuild import make_doc
from reportbuild import context, findings
from review_assistant.checks.report.evidence import OFFLINE_RULES, OPINION_NOTE, find_gaps
from review_assistant.extract.report import extract_report, is_opinion_titled
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports" / "rr20_expert_opinion_dimension_headings.docx"
HELDOUT8 = Path(__file__).resolve().parents[2] / "corpus" / "eval" / "heldout8" / "files"
TITLE = "示例路灯补盲项目事前绩效评估专家评审意见书"
PROJECT = [["项目名称", "示例路灯补盲", "申报单位", "示例县城市管理局"], ["申请资金", "2025年度县级财政资金72万元", "评审日期", "2024年11月5日"]]
DIMENSIONS = ["（一）立项必要性", "项目符合县城市容提升计划，与城市管理局职责相符，必要性充分。",
              "（二）投入经济性", "灯具单价参照近期同类采购成交价，测算基本合理。",
              "（三）绩效目标合理性", "目标与资金匹配，产出和效益指标可衡量。",
              "（四）实施方案可行性", "实施方案基本可行，建议细化分批施工安排。",
              "（五）筹资合规性", "资金来源为县级一般公共预算，符合规定。"]


def _rpt01(doc: object, settings: Settings) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in findings(settings, (doc, "appraisal_report"))[0]  # type: ignore[arg-type]
            if f.rule_id == "EA-RPT-01"]


def test_the_project_table_on_top_of_an_opinion_is_its_basic_information(settings: Settings) -> None:
    result = check_paths([SAMPLE], settings, CheckOptions(use_llm=False))[0]
    assert result.error is None and result.document.kind == "appraisal_report"
    assert result.document.amount_wan == 72.0 and result.document.appraisal_score == 85.0
    assert not [f for f in result.findings if f.rule_id == "EA-RPT-01" or f.severity == "error"]
    # An opinion without the report's own content (基本情况, 测算表) gets no evidence checks (heldout10).
    assert not {f.rule_id for f in result.findings} & set(OFFLINE_RULES)
    body = ["一、评审过程", "专家组审阅报告并打分。", "二、评审意见", *DIMENSIONS, "三、评审结论", "综合评分85分，予以支持，建议预算控制数72万元。"]
    assert _rpt01(make_doc(TITLE, PROJECT, *body), settings) == []
    # without the table the opinion is still an opinion (no report parts asked, heldout10); under a report's title
    # the part is missing
    assert _rpt01(make_doc(TITLE, *body), settings) == []
    report_title = "示例路灯补盲项目事前绩效评估报告"
    assert not is_opinion_titled(report_title) and is_opinion_titled(TITLE)
    assert ("warning", "报告缺少“评估对象基本情况”部分。") in _rpt01(make_doc(report_title, PROJECT, *body), settings)


def test_opinion_letters_skip_the_evidence_checks_with_a_note(settings: Settings) -> None:
    for name in ("ea05_expert_score_conflict.docx", "ea06_expert_clean.pdf"):
        result = check_paths([HELDOUT8 / name], settings, CheckOptions(use_llm=False))[0]
        assert result.error is None
        assert not [f for f in result.findings if f.rule_id in OFFLINE_RULES], name
        assert OPINION_NOTE in result.notes
    letter = make_doc(TITLE, PROJECT, "一、评审过程", "专家组审阅报告并打分。", "二、评审意见", "1.项目必要性充分。",
                      "三、评审结论", "综合评分85分，予以支持。")
    assert extract_report(letter).opinion_form
    assert find_gaps(context(letter, settings)) == []


def test_a_scored_opinion_with_a_thin_dimension_gets_a_warning_not_an_error(settings: Settings) -> None:
    rows = [["评估维度", "分值", "得分"], *([d, "20", "17"] for d in ("立项必要性", "投入经济性", "绩效目标合理性",
                                                                  "实施方案可行性", "筹资合规性")), ["合计", "100", "85"]]
    doc = make_doc(TITLE, PROJECT, [["评审意见", "项目可行"], ["评审结论", "予以支持"], ["专家签名", "示例甲"]], rows)
    assert extract_report(doc).opinion_form
    assert not [s for s, _ in _rpt01(doc, settings) if s == "error"]
