"""The heldout8 failure classes of ex-ante material (samples rr16, rr17; LAYOUTS.md §5 R18, R20): the rows of a two-column
一体化 事前绩效评估表 are its sections, a written expert opinion's "1.项目必要性充分，……" is a sentence (its scoring table
names the dimensions), and a year written before the amount ("2025年度县级财政资金85万元") is not the amount."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import make_doc
from reportbuild import findings
from review_assistant.extract.report import extract_report
from review_assistant.extract.report_sections import DIMENSION_KEYS, find_sections, heading_of
from review_assistant.extract.values import money_to_wan
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import Block, BlockKind
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"
FORM = SAMPLES / "rr16_integrated_form.xlsx"
OPINION = SAMPLES / "rr17_expert_opinion_scoring_table.pdf"


@pytest.mark.parametrize(("text", "wan"), [
    ("2025年度县级财政资金85万元", 85.0), ("2026年 300", 300.0), ("120", 120.0), ("1,200,000.00元", 120.0),
    ("2025年12月", None), ("3年", None),
])
def test_a_year_before_the_amount_is_not_the_amount(text: str, wan: float | None) -> None:
    assert money_to_wan(text) == wan


def test_the_rows_of_a_two_column_form_are_its_sections(settings: Settings) -> None:
    doc = parse_file(FORM)
    report = extract_report(doc)
    by_key = {s.key: s for s in report.sections}
    assert set(by_key) >= {*DIMENSION_KEYS, "basic_info", "work", "overall_conclusion", "suggestions", "other"}
    assert all(s.table_row for s in report.sections if s.key)
    assert "予以支持" in by_key["overall_conclusion"].text
    assert report.conclusion is not None and report.conclusion.term == "予以支持"
    assert report.score is not None and report.score.value == 86.0
    assert report.requested_amount is not None and report.requested_amount.value_wan == 46.0
    assert report.recommended_budget is not None and report.recommended_budget.value_wan == 46.0
    found = findings(settings, (doc, "appraisal_report"))[0]
    assert not [f for f in found if f.rule_id in {"EA-RPT-01", "EA-RPT-03", "EA-RPT-04"}], [f.message for f in found]


def test_a_field_table_inside_a_written_report_is_not_read_as_sections() -> None:
    fields = [["项目名称", "示例项目"], ["资金构成", "申请2025年度资金50万元"], ["项目概况", "示例"], ["总体结论", "见正文"]]
    headed = make_doc("示例项目事前绩效评估报告", "一、评估对象基本情况", fields, "二、评估工作开展情况", "评估组查阅了资料。",
                      path="报告.docx")
    assert not [s for s in find_sections(headed) if s.table_row]
    two_rows = make_doc("示例项目事前绩效评估表", [["栏目", "内容"], ["总体结论", "予以支持。"], ["相关建议", "加强管理。"]],
                        path="表.docx")
    assert not [s for s in find_sections(two_rows) if s.table_row]  # too few 栏目 to be the whole form


def _heading(text: str) -> bool:
    return heading_of(Block(kind=BlockKind.PARAGRAPH, text=text)) is not None


def test_a_numbered_verdict_sentence_is_not_a_dimension_heading() -> None:
    assert not _heading("1.项目必要性充分，3个站点出水氨氮超标，需在汛期前完成改造。")
    assert not _heading("2.投入经济性一般，膜组件单价按品牌报价测算。")
    assert _heading("1.立项必要性，该项目属于县级事权，与其他项目不重复。")  # the name itself, its text inline
    assert _heading("（一）立项必要性")


def test_an_expert_opinion_with_a_merged_dimension_column(settings: Settings) -> None:
    doc = parse_file(OPINION)
    report = extract_report(doc)
    dims = [s for s in report.sections if s.key in DIMENSION_KEYS]
    assert {s.key for s in dims} == set(DIMENSION_KEYS) and all(s.table_row for s in dims)
    assert report.requested_amount is not None and report.requested_amount.value_wan == 85.0
    assert report.recommended_budget is not None and report.recommended_budget.value_wan == 80.0
    assert report.score is not None and report.score.value == 82.0
    found = findings(settings, (doc, "appraisal_report"))[0]
    assert not [f for f in found if f.severity == "error"], [f.message for f in found if f.severity == "error"]
    assert not [f for f in found if "2025万元" in f.message]


def _rpt01(settings: Settings, *parts: str | list[list[str]]) -> list[tuple[str, str]]:
    doc = make_doc(*parts, path="报告.docx")
    return [(f.severity, f.message) for f in findings(settings, (doc, "appraisal_report"))[0] if f.rule_id == "EA-RPT-01"]


BODY = ["二、评估工作开展情况", "评估组查阅了申报材料并现场调研。", "三、评估内容", "（一）立项必要性", "属于区级事权，需求迫切，与其他项目不重复。",
        "（二）投入经济性", "按数量和单价测算，依据充分，标准合理。", "（三）绩效目标合理性", "目标明确，指标量化，可以考核。",
        "（四）实施方案可行性", "进度安排具体，职责分工明确。", "（五）筹资合规性", "资金来源为区级一般公共预算，支持方式合理。",
        "四、总体结论", "综合评分86分，予以支持。", "五、相关建议", "建议加强过程管理。"]
FIELDS = [["项目名称", "示例项目"], ["项目单位", "示例区住房和城乡建设局"], ["申请资金", "450万元"]]


def test_a_field_table_is_the_content_of_the_basic_information_section(settings: Settings) -> None:
    """北京式 "一、项目基本情况" is a 项目名称 | 项目单位 | 申请资金 table, not a paragraph (heldout8 ea01)."""
    assert not [m for _, m in _rpt01(settings, "示例项目事前绩效评估报告", "一、项目基本情况", FIELDS, *BODY)
                if "评估对象基本情况" in m]
    assert ("warning", "“评估对象基本情况”部分没有实质内容（标题下无正文）。") in \
        _rpt01(settings, "示例项目事前绩效评估报告", "一、项目基本情况", *BODY)


def test_a_dimension_with_only_a_table_is_a_warning_and_an_empty_one_an_error(settings: Settings) -> None:
    table = [["费用名称", "数量", "单价（万元）", "金额（万元）"], ["设备", "10", "4.5", "45"], ["合计", "", "", "45"]]
    i = BODY.index("按数量和单价测算，依据充分，标准合理。")
    with_table = [*BODY[:i], table, *BODY[i + 1:]]
    found = _rpt01(settings, "示例项目事前绩效评估报告", "一、评估对象基本情况", "示例区申请450万元用于示例项目。", *with_table)
    assert [s for s, m in found if "投入经济性" in m] == ["warning"] and "只有表格" in found[0][1]
    empty = [*BODY[:i], *BODY[i + 1:]]
    found = _rpt01(settings, "示例项目事前绩效评估报告", "一、评估对象基本情况", "示例区申请450万元用于示例项目。", *empty)
    assert ("error", "“投入经济性”部分没有实质内容（标题下无正文）。") in found
