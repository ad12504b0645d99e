"""Fifth reading round for reports: conclusions headed in local words (六、评审结论, 四、论证结论, 综合评价结论 …),
and what EA-RPT-01 says when a report's conclusion is there but under a heading it does not know."""

from __future__ import annotations

import pytest

from docbuild import make_doc
from reportbuild import findings
from review_assistant.checks.models import Finding
from review_assistant.extract.report import extract_report
from review_assistant.extract.report_sections import canonical_key
from review_assistant.parsing.model import ParsedDocument
from review_assistant.settings import Settings

DIMENSIONS = [
    "一、立项必要性：项目符合县全民健身规划，群众需求经问卷调查确认，属本部门职责。",
    "二、投入经济性：按每公里造价和近两年同类工程结算价测算，单价基本合理。",
    "三、绩效目标合理性：新建步道8公里、群众满意度不低于90%，指标明确可衡量。",
    "四、实施方案可行性：用地已落实，施工方案和进度安排可行。",
    "五、筹资合规性：资金来源为县级一般公共预算，符合县级事权。",
]


def _opinion(closing: str) -> ParsedDocument:
    return make_doc("关于示例县步道建设项目事前绩效评估的专家评审意见", "示例材料：本文为虚构示例。",
                    "专家组审阅资料并现场踏勘，形成意见如下：", *DIMENSIONS, closing, "2024年11月6日",
                    path="评审意见.docx")


def _structure(doc: ParsedDocument, settings: Settings) -> list[Finding]:
    return [f for f in findings(settings, (doc, "appraisal_report"))[0] if f.rule_id == "EA-RPT-01"]


@pytest.mark.parametrize("title", ["评审结论", "论证结论", "评价结论", "综合评价结论", "总体评价", "评审意见及建议",
                                   "专家组结论", "评估结论及建议", "审核结论"])
def test_local_conclusion_headings_are_the_overall_conclusion(title: str) -> None:
    assert canonical_key(title) == "overall_conclusion"


@pytest.mark.parametrize(("title", "key"), [("项目实施的必要性", "necessity"), ("论证工作情况", "work"),
                                            ("论证内容", "assessment"), ("立项必要性结论", "necessity")])
def test_demonstration_report_words(title: str, key: str) -> None:
    assert canonical_key(title) == key


def test_a_dimension_conclusion_is_not_the_overall_one() -> None:
    assert canonical_key("经济性结论") == ""  # names a dimension: not taken for the report's verdict


def test_a_review_conclusion_inline_is_found(settings: Settings) -> None:
    doc = _opinion("六、评审结论：综合评分80分，调整后予以支持，建议预算控制数200万元。")
    report = extract_report(doc)
    conclusion = report.section("overall_conclusion")
    assert conclusion is not None and "调整后予以支持" in conclusion.text
    assert not [f for f in _structure(doc, settings) if "总体结论" in f.message]


def test_an_unknown_conclusion_like_heading_is_a_warning_naming_it(settings: Settings) -> None:
    doc = _opinion("六、专家组总体意见：项目可按调整后的方案实施。")
    found = [f for f in _structure(doc, settings) if "总体结论" in f.message]
    assert [f.severity for f in found] == ["warning"]
    assert "专家组总体意见" in found[0].message and found[0].evidence.startswith("六、专家组总体意见")


def test_a_conclusion_sentence_without_a_heading_is_a_warning_quoting_it(settings: Settings) -> None:
    # In a report the sentence may be the conclusion part: a warning quoting it.
    doc = make_doc("示例县步道建设项目事前绩效评估报告", "示例材料：本文为虚构示例。", *DIMENSIONS,
                   "经专家组综合评议，该项目予以支持。", "2024年11月6日", path="报告.docx")
    found = [f for f in _structure(doc, settings) if "总体结论" in f.message]
    assert [f.severity for f in found] == ["warning"]
    assert "予以支持" in found[0].message and "予以支持" in found[0].evidence
    # An expert opinion's closing sentence is its conclusion (heldout10): no heading is needed.
    assert not [f for f in _structure(_opinion("经专家组综合评议，该项目予以支持。"), settings) if "总体结论" in f.message]


def test_no_conclusion_at_all_stays_an_error(settings: Settings) -> None:
    doc = _opinion("六、其他事项：项目单位应按规定办理用地手续。")
    found = [f for f in _structure(doc, settings) if "总体结论" in f.message]
    assert [f.severity for f in found] == ["error"]


def test_a_demonstration_report_signature_line_gives_evaluator_and_date() -> None:
    doc = make_doc("示例县应急避难场所改造项目事前论证报告", "示例材料：本文为虚构示例。", "四、论证结论",
                   "综合评分86分，论证结论为予以支持，建议预算控制数150万元。",
                   "论证组长：论证员甲（示例）    成员：论证员乙、论证员丙（示例）    2024年9月20日",
                   "本报告作为2025年预算申报材料，预算申报截止日期为2024年10月31日。", path="论证报告.docx")
    report = extract_report(doc)
    assert report.section("overall_conclusion") is not None
    assert report.evaluator is not None and report.evaluator.value == "论证员甲（示例）"
    assert report.report_date is not None and str(report.report_date.value) == "2024-09-20"
