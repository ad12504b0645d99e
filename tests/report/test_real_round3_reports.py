"""Third reading round for reports and self-evaluations: a scoring table as the whole report, a one-table
expert opinion, conditional support written in local words, and a self-evaluation whose narrative cells
still hold the form's prompts."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from docbuild import make_doc
from reportbuild import findings, report, report_findings
from review_assistant.checks.models import Finding
from review_assistant.extract.cycle_tables import is_form_prompt
from review_assistant.extract.report import extract_report
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SCORING_ROWS = [
    ["评估内容", "审核要点", "分值", "审核意见", "得分"],
    ["一、立项必要性（20分）", "符合县级规划，与单位职责相关", "20", "优□ 良√ 中□ 差□", "16"],
    ["二、投入经济性（20分）", "预算明细清晰，测算依据充分", "20", "优□ 良√ 中□ 差□", "16"],
    ["三、绩效目标合理性（20分）", "绩效目标明确，指标量化", "20", "优□ 良√ 中□ 差□", "17"],
    ["四、实施方案可行性（20分）", "进度安排合理，责任明确", "20", "优√ 良□ 中□ 差□", "18"],
    ["五、筹资合规性（20分）", "资金来源合规，事权财权匹配", "20", "优√ 良□ 中□ 差□", "18"],
    ["合计", "", "100", "", "85"],
]


def _rules(found: list[Finding], rule: str) -> list[Finding]:
    return [f for f in found if f.rule_id == rule]


def test_a_scoring_table_gives_the_five_dimensions(settings: Settings) -> None:
    doc = make_doc("示例县集贸市场提升项目事前绩效评估评分表", "示例材料：本表为虚构示例。", SCORING_ROWS,
                   "评估结论：予以支持。申请资金80万元，建议安排80万元。", "评估日期：2024年9月10日",
                   path="评分表.docx")
    report = extract_report(doc)
    keys = {s.key for s in report.sections}
    assert {"necessity", "economy", "goal_rationality", "feasibility", "funding_compliance"} <= keys
    necessity = report.section("necessity")
    assert necessity is not None and "县级规划" in necessity.text
    found = _rules(findings(settings, (doc, "appraisal_report"))[0], "EA-RPT-01")
    assert all(f.severity == "warning" for f in found)
    assert not any("立项必要性" in f.message for f in found)


OPINION_ROWS = [
    ["项目名称", "示例区河道保洁服务"],
    ["项目单位", "示例区水利局"],
    ["申报金额（万元）", "200"],
    ["建议金额（万元）", "180"],
    ["核减原因", "保洁人员配置偏多，核减20万元"],
    ["评审意见", "项目立项必要，绩效目标基本合理，实施方案可行。"],
    ["评审结论", "调整完善后予以支持"],
    ["专家签名", "甲某、乙某、丙某"],
    ["评审日期", "2024年9月30日"],
]


def test_a_one_table_expert_opinion_is_no_missing_report_error(settings: Settings) -> None:
    doc = make_doc("示例区2025年预算项目事前绩效评估专家评审意见", "示例材料：本文为虚构示例。", OPINION_ROWS,
                   path="评审意见.docx")
    report = extract_report(doc)
    assert report.opinion_form
    assert report.conclusion is not None and report.conclusion.term == "调整完善后予以支持"
    assert report.conclusion.equivalent == "调整后予以支持"
    found = findings(settings, (doc, "appraisal_report"))[0]
    structure = _rules(found, "EA-RPT-01")
    assert [f.severity for f in structure] == ["warning"]
    assert "评审意见表" in structure[0].message and "未提到投入经济性、筹资合规性" in structure[0].message
    assert not [f for f in found if f.severity == "error" and f.rule_id == "EA-RPT-03"]


def test_a_written_report_is_not_an_opinion_form() -> None:
    doc = make_doc("示例项目事前绩效评估报告", "一、评估对象基本情况", "项目申请资金80万元。",
                   [["项目名称", "示例项目"], ["申请金额", "80"]])
    assert not extract_report(doc).opinion_form


@pytest.mark.parametrize(("sentence", "term", "equivalent"), [
    ("评估结论为调整完善后予以支持。", "调整完善后予以支持", "调整后予以支持"),
    ("评估结论为予以支持。", "予以支持", None),
    ("评估结论为调整后予以支持。", "调整后予以支持", None),
])
def test_conditional_support_is_not_read_as_plain_support(sentence: str, term: str, equivalent: str | None) -> None:
    doc = make_doc("示例项目事前绩效评估报告", "三、总体结论", sentence)
    conclusion = extract_report(doc).conclusion
    assert conclusion is not None and conclusion.term == term and conclusion.equivalent == equivalent


@pytest.mark.parametrize(("score", "conclusion", "severity"), [
    ("82", "调整完善后予以支持", "warning"),  # stricter than the score by one band: a reservation
    ("70", "予以支持", "error"),  # more lenient than the score: a contradiction
])
def test_score_and_conclusion_bands(score: str, conclusion: str, severity: str, settings: Settings) -> None:
    r = report(score=score, conclusion=f"综合评估得分{score}分，评估结论为“{conclusion}”。")
    found = [f for f in report_findings(r, settings) if f.rule_id == "EA-RPT-03" and f.severity != "info"]
    assert [f.severity for f in found] == [severity]


@pytest.mark.parametrize(("text", "prompt"), [
    ("结合自评情况，分析存在的问题及原因。（200字以内）", True),
    ("针对项目自评中发现的问题，提出下一步改进完善的意见。（200字以内）", True),
    ("请填写存在的主要问题", True),
    ("部分乡镇资金拨付滞后，原因是项目验收推迟。", False),
    ("无", False),
])
def test_form_prompts_are_recognised(text: str, prompt: bool) -> None:
    assert is_form_prompt(text) is prompt


def test_self_evaluation_with_prompt_text_is_flagged(tmp_path: Path, settings: Settings) -> None:
    d = docx.Document()
    d.add_paragraph("部门预算项目支出绩效自评表（2024年度）")
    d.add_paragraph("示例材料：本表为虚构示例，仅用于测试。")
    head = d.add_table(rows=2, cols=4)
    for r, row in enumerate([["项目名称", "乡村道路养护", "主管部门", "示例县交通运输局"],
                             ["年度预算数（万元）", "80", "预算执行数", "80"]]):
        for c, text in enumerate(row):
            head.cell(r, c).text = text
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            ["产出指标", "数量指标", "养护里程", "≥120公里", "125公里", "50", "50", ""],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "40", "40", ""]]
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    tail = d.add_table(rows=2, cols=2)
    for r, row in enumerate([["存在问题", "结合自评情况，分析存在的问题及原因。（200字以内）"],
                             ["改进措施", "养护资金按季度拨付，年底前完成路况复查。"]]):
        for c, text in enumerate(row):
            tail.cell(r, c).text = text
    path = tmp_path / "自评表.docx"
    d.save(str(path))
    result = check_paths([path], settings, CheckOptions())[0]
    assert result.document.kind == "self_evaluation"
    ev05 = [f for f in result.findings if f.rule_id == "EV-05"]
    assert len(ev05) == 1 and "存在问题" in ev05[0].message and ev05[0].severity == "warning"


def test_contents_lines_with_bare_page_numbers_are_not_sections() -> None:
    doc = make_doc("示例项目事前绩效评估报告", "目录", "一、评估对象基本情况    2", "（一）立项必要性3",
                   "一、评估对象基本情况", "项目申请市级财政资金48万元，实施期限为2025年。",
                   "（一）立项必要性", "2024年晚间到馆人次约占全天的35%，延时开放必要。")
    report = extract_report(doc)
    basic = [s for s in report.sections if s.key == "basic_info"]
    assert len(basic) == 1 and "48万元" in basic[0].text
    assert [s.key for s in report.sections].count("necessity") == 1
    dated = extract_report(make_doc("示例项目事前绩效评估报告", "一、项目基本情况2025", "项目申请资金48万元。"))
    assert [s.key for s in dated.sections] == ["basic_info"]  # a year at the end is no page number


def test_an_opinion_form_under_an_ex_ante_title_is_a_report() -> None:
    from review_assistant.extract.classify import classify

    rows = [r for r in OPINION_ROWS if r[0] != "评审意见"]  # no dimension named anywhere
    doc = make_doc("示例区预算项目事前绩效评估专家评审意见", "示例材料：本文为虚构示例。", rows)
    assert classify(doc) == "appraisal_report"
    assert classify(make_doc("示例区会议纪要", "示例材料：本文为虚构示例。", rows)) == "other"
