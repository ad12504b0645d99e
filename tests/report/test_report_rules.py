"""Every report rule in both directions, on in-memory reports varied one fact at a time."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from reportbuild import CHARGER, doc_of, findings, report, report_findings, rule_ids
from review_assistant.checks.models import Finding
from review_assistant.checks.report.conclusion import expected_conclusion
from review_assistant.settings import Settings

REPORT_RULES = ["EA-RPT-01", "EA-ECO-01", "EA-NEC-04", "EA-RPT-03", "EA-RPT-04", "EA-RPT-05", "GEN-04", "EA-GOAL-03"]


def _beyond_the_beneficiary_gap(findings: list[Finding]) -> list[Finding]:
    """The clean sample says only "服务对象明确" and never how many are served: EA-NEC-91 rightly points at
    that (a vendor count, "三家供应商询价", is no beneficiary count). Everything else must stay silent."""
    assert [(f.rule_id, f.severity) for f in findings if f.rule_id == "EA-NEC-91"] == [("EA-NEC-91", "warning")]
    return [f for f in findings if f.rule_id != "EA-NEC-91"]


def test_clean_report_triggers_no_report_rule(settings: Settings) -> None:
    assert _beyond_the_beneficiary_gap(report_findings(report(), settings)) == []


def test_clean_report_with_embedded_sheet_triggers_nothing(settings: Settings) -> None:
    assert _beyond_the_beneficiary_gap(report_findings(report(sheet=copy.deepcopy(CHARGER)), settings)) == []


# ---- EA-RPT-01 -----------------------------------------------------------------------------------


def test_missing_dimension_is_an_error(settings: Settings) -> None:
    got = [f for f in report_findings(report(omit={"economy"}), settings) if f.rule_id == "EA-RPT-01"]
    assert [f.severity for f in got] == ["error"]
    assert "投入经济性" in got[0].message


def test_empty_section_quotes_its_heading(settings: Settings) -> None:
    got = [f for f in report_findings(report(empty={"necessity"}), settings) if f.rule_id == "EA-RPT-01"]
    assert len(got) == 1 and got[0].evidence == "（一）立项必要性" and "无" in got[0].message


def test_no_structure_at_all_is_one_finding(settings: Settings) -> None:
    from docbuild import make_doc

    doc = make_doc("某项目事前绩效评估报告", "本项目很有必要，建议予以支持。评估日期：2024年9月1日")
    got = [f for f in findings(settings, (doc, "appraisal_report"))[0] if f.rule_id == "EA-RPT-01"]
    assert len(got) == 1 and "未识别到" in got[0].message


def test_required_sections_are_a_setting(settings: Settings) -> None:
    settings.review.report_required_sections = ["necessity"]
    assert "EA-RPT-01" not in rule_ids(report(omit={"economy"}), settings)


# ---- EA-ECO-01 -----------------------------------------------------------------------------------

BUDGET = [
    ["充电桩设备购置", "200", "5000", "100", "询价"],
    ["安装调试及线路改造", "200", "800", "16", "结算价"],
    ["监理及验收检测", "1", "40000", "4", "取费标准"],
]


def eco(r_budget: list[list[str]], settings: Settings, **kw: object) -> list[str]:
    r = report(budget=r_budget, **kw)
    return [f.message for f in report_findings(r, settings) if f.rule_id == "EA-ECO-01"]


def test_budget_in_yuan_and_wan_adds_up(settings: Settings) -> None:
    assert eco(BUDGET, settings) == []


def test_yuan_wan_mixup_is_named(settings: Settings) -> None:
    bad = copy.deepcopy(BUDGET)
    bad[1][3] = "160000"  # amount written in 元 in a 万元 column
    msgs = eco(bad, settings, budget_total="120")
    assert any("安装调试" in m and "元与万元" in m for m in msgs)
    assert any("各项之和" in m for m in msgs)


def test_line_arithmetic_error(settings: Settings) -> None:
    bad = copy.deepcopy(BUDGET)
    bad[0][3] = "110"
    msgs = eco(bad, settings, budget_total="120", requested="120")
    assert any("充电桩设备购置" in m and "100.00万元" in m for m in msgs)


def test_total_differs_from_request(settings: Settings) -> None:
    msgs = eco(BUDGET, settings, requested="150")
    assert len(msgs) == 1 and "申请金额" in msgs[0] and "150" in msgs[0]


def test_quantity_product_and_rounding_tolerated(settings: Settings) -> None:
    lines = [["服务补贴", "800人×12月", "75", "72", "标准"], ["评估", "3", "16666.67", "5", "询价"]]
    assert eco(lines, settings, requested="77") == []


def test_a_quantity_with_its_own_magnitude_word(settings: Settings) -> None:
    """"6万亩 × 40元/亩 = 240万元" adds up: 6万亩 is 60,000 亩, not 6."""
    lines = [["全程托管作业补助", "6万亩", "40", "240", "补助标准"], ["单环节托管作业补助", "8万亩", "15", "120", "补助标准"]]
    assert eco(lines, settings, requested="360", budget_total="360") == []
    lines[0][3] = "24"
    msgs = eco(lines, settings, requested="144", budget_total="144")
    assert any("全程托管作业补助" in m and "240.00万元" in m for m in msgs)


# ---- EA-NEC-04 -----------------------------------------------------------------------------------


@pytest.mark.parametrize("citation", [
    "依据《财政支出绩效评价管理暂行办法》（财预〔2011〕285号）开展评估。",
    "根据财预[2011]285号文件要求开展评估。",
    "根据财预（2009）76号文件要求开展评估。",
])
def test_superseded_national_documents(citation: str, settings: Settings) -> None:
    got = [f for f in report_findings(report(citations=citation), settings) if f.rule_id == "EA-NEC-04"]
    assert len(got) == 1 and "已废止" in got[0].message and got[0].evidence in citation


def test_builtin_list_works_without_validity_file(settings: Settings, tmp_path: object) -> None:
    settings.kb.policies_dir = settings.home / "no-policies"
    got = [f for f in report_findings(report(citations="根据财预〔2011〕285号执行。"), settings)
           if f.rule_id == "EA-NEC-04"]
    assert got and "财预〔2020〕10号" in got[0].message and "内置" in got[0].message


@pytest.mark.parametrize(("citation", "flagged"), [
    ("符合《云溪区“十三五”能源发展规划》要求。", True),
    ("符合本区十三五规划的要求。", True),
    ("符合《云溪区能源发展规划（2016—2020年）》要求。", True),
    ("符合《云溪区国民经济和社会发展第十四个五年规划纲要》要求。", False),
    ("“十三五”期间本区新建充电桩800个，仍不能满足需求。", False),
])
def test_plan_periods(citation: str, flagged: bool, settings: Settings) -> None:
    assert ("EA-NEC-04" in rule_ids(report(citations=citation), settings)) is flagged


def test_plan_of_the_project_year_for_a_later_year(settings: Settings) -> None:
    r = report(citations="符合《云溪区国民经济和社会发展第十四个五年规划纲要》要求。")
    doc = doc_of(r)
    from reportbuild import context

    ctx = context(doc, settings)
    ctx.fiscal_year = 2026
    from review_assistant.review.pipeline import CheckOptions, run_checks

    got = [f for f in run_checks(ctx, CheckOptions(), batch_phase=False) if f.rule_id == "EA-NEC-04"]
    assert got and "2021—2025" in got[0].message


def test_knowledge_base_lookup_is_used_when_present(settings: Settings, tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "validity.yaml").write_text(
        "- doc_number: 云财绩〔2024〕2号\n  title: 云溪区绩效目标编制指引\n  status: 已修订\n  replaced_by: 云财绩〔2025〕3号\n",
        encoding="utf-8")
    settings.kb.policies_dir = policies
    got = [f for f in report_findings(report(citations="依据云财绩[2024]2号编制绩效目标。"), settings)
           if f.rule_id == "EA-NEC-04"]
    assert got and "已修订" in got[0].message and "云财绩〔2025〕3号" in got[0].message and "知识库" in got[0].message


def test_broken_validity_file_is_noted_and_the_builtin_list_still_applies(settings: Settings, tmp_path: Path) -> None:
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "validity.yaml").write_text("doc_number: [unclosed\n", encoding="utf-8")
    settings.kb.policies_dir = policies
    from reportbuild import context

    ctx = context(doc_of(report(citations="根据财预〔2011〕285号执行。")), settings)
    from review_assistant.review.pipeline import CheckOptions, run_checks

    got = [f for f in run_checks(ctx, CheckOptions(), batch_phase=False) if f.rule_id == "EA-NEC-04"]
    assert got and "内置" in got[0].message
    assert any("validity.yaml" in n for n in ctx.notes)


def test_current_documents_pass(settings: Settings) -> None:
    assert "EA-NEC-04" not in rule_ids(report(), settings)


# ---- EA-RPT-03 -----------------------------------------------------------------------------------


def test_conclusion_missing(settings: Settings) -> None:
    got = [f for f in report_findings(report(conclusion="项目总体较好。", score=None), settings)
           if f.rule_id == "EA-RPT-03"]
    # The conclusion section is there but says no verdict the engine knows: not certain, so a warning.
    assert [f.severity for f in got] == ["warning"] and "未能识别出评估结论用语" in got[0].message


def test_conclusion_outside_vocabulary(settings: Settings) -> None:
    got = [f for f in report_findings(report(conclusion="评估结论为“基本可行”。"), settings) if f.rule_id == "EA-RPT-03"]
    assert got and got[0].severity == "warning" and "基本可行" in got[0].message


def test_vocabulary_is_a_setting(settings: Settings) -> None:
    settings.review.conclusion_vocabulary = ["支持", "调整后支持", "不予支持"]
    r = report(conclusion="综合评估得分86分，评估结论为“支持”。")
    assert "EA-RPT-03" not in rule_ids(r, settings)


def test_listing_the_vocabulary_is_not_the_conclusion(settings: Settings) -> None:
    r = report(conclusion="评估结论分为予以支持、调整后予以支持、不予支持三类。综合评估得分70分，评估结论为“调整后予以支持”。")
    assert "EA-RPT-03" not in rule_ids(r, settings)


@pytest.mark.parametrize(("score", "words", "flagged"), [
    ("86", "予以支持", False), ("72", "调整后予以支持", False), ("72", "予以支持", "error"),
    ("55", "不予支持", False), ("55", "予以支持", "error"),
    # One band stricter than the score (a reservation the report may justify): a warning, not an error.
    ("80", "调整后予以支持", "warning"),
])
def test_conclusion_matches_score(score: str, words: str, flagged: str | bool, settings: Settings) -> None:
    r = report(conclusion=f"综合评估得分{score}分，评估结论为“{words}”。")
    got = [f for f in report_findings(r, settings) if f.rule_id == "EA-RPT-03"]
    assert bool(got) is bool(flagged)
    if flagged:
        assert got[0].severity == flagged and got[0].evidence == f"综合评估得分{score}分，评估结论为“{words}”。"


def test_expected_conclusion_needs_matching_settings() -> None:
    assert expected_conclusion(90, ["甲", "乙"], [80.0, 60.0]) is None
    assert expected_conclusion(59.5, ["甲", "乙", "丙"], [80.0, 60.0]) == "丙"


# ---- EA-RPT-04 -----------------------------------------------------------------------------------


def test_no_recommended_budget(settings: Settings) -> None:
    assert "EA-RPT-04" in rule_ids(report(recommended=None), settings)


def test_not_supported_needs_no_budget(settings: Settings) -> None:
    r = report(recommended=None, conclusion="综合评估得分50分，评估结论为“不予支持”。")
    assert "EA-RPT-04" not in rule_ids(r, settings)


def test_cut_without_reasons(settings: Settings) -> None:
    got = [f for f in report_findings(report(recommended="建议预算控制数为100万元。"), settings)
           if f.rule_id == "EA-RPT-04"]
    assert got and "核减" in got[0].message and got[0].evidence == "建议预算控制数为100万元"


def test_cut_with_reasons(settings: Settings) -> None:
    r = report(recommended="建议预算控制数为100万元，核减监理费等20万元，理由是取费偏高。")
    assert "EA-RPT-04" not in rule_ids(r, settings)


# ---- EA-RPT-05 and GEN-04 ------------------------------------------------------------------------


def test_missing_evaluator_only(settings: Settings) -> None:
    got = [f for f in report_findings(report(evaluator=None), settings) if f.rule_id == "EA-RPT-05"]
    assert len(got) == 1 and "评估机构" in got[0].message and "评估日期" not in got[0].message


def test_missing_date_only(settings: Settings) -> None:
    got = [f for f in report_findings(report(report_date=None), settings) if f.rule_id == "EA-RPT-05"]
    assert len(got) == 1 and "评估日期" in got[0].message


def test_report_after_submission(settings: Settings) -> None:
    got = [f for f in report_findings(report(report_date="2024年11月1日"), settings) if f.rule_id == "GEN-04"]
    assert got and got[0].severity == "error" and got[0].evidence == "评估日期：2024年11月1日"


def test_report_on_submission_day_is_fine(settings: Settings) -> None:
    assert "GEN-04" not in rule_ids(report(report_date="2024年10月31日"), settings)


def test_chinese_numeral_dates(settings: Settings) -> None:
    assert "GEN-04" in rule_ids(report(report_date="二〇二四年十一月五日"), settings)


def test_expired_plan_and_abolished_document_in_one_sentence(settings: Settings) -> None:
    r = report(citations="依据《云溪区“十三五”水利发展规划》和财预〔2011〕285号开展。")
    got = [f.evidence for f in report_findings(r, settings) if f.rule_id == "EA-NEC-04"]
    assert sorted(got) == ["《云溪区“十三五”水利发展规划》", "财预〔2011〕285号"]


def test_a_reduction_is_a_recommended_figure(settings: Settings) -> None:
    r = report(recommended="建议核减监理费20万元，理由是取费标准偏高。")
    assert "EA-RPT-04" not in rule_ids(r, settings)


def test_budget_preparation_start_is_not_the_submission(settings: Settings) -> None:
    r = report(submission="2024年9月1日启动2025年预算编制工作，预算申报截止日期为2024年10月31日。")
    assert "GEN-04" not in rule_ids(r, settings)
    assert "GEN-04" in rule_ids(report(submission="2024年9月1日起报送2025年预算。"), settings)


def test_request_wins_over_total_investment(settings: Settings) -> None:
    from reportbuild import context

    r = report(requested="120")
    r.submission = "项目总投资300万元，分三年实施。" + r.submission
    ctx = context(doc_of(r), settings)
    assert ctx.report.requested_amount.value_wan == 120  # type: ignore[union-attr]


def test_no_budget_detail(settings: Settings) -> None:
    got = [f for f in report_findings(report(budget=[]), settings) if f.rule_id == "EA-ECO-01"]
    assert len(got) == 1 and got[0].severity == "warning" and "未见预算测算表" in got[0].message


def test_table_findings_name_their_section(settings: Settings) -> None:
    bad = copy.deepcopy(BUDGET)
    bad[2][3] = "5"
    got = [f for f in report_findings(report(budget=bad, budget_total="121", requested="121"), settings)
           if f.rule_id == "EA-ECO-01"]
    assert got and all(f.location.section == "资金构成" and f.location.table == 0 for f in got)


def test_score_in_a_scoring_table_contradicts_the_conclusion(settings: Settings) -> None:
    from docbuild import make_doc

    doc = make_doc("某项目事前绩效评估报告", "（六）总体结论", "评估结论为“予以支持”。",
                   [["评估维度", "分值", "得分"], ["立项必要性", "20", "10"], ["合计", "100", "58"]])
    got = [f for f in findings(settings, (doc, "appraisal_report"))[0] if f.rule_id == "EA-RPT-03"]
    assert len(got) == 1 and "58分" in got[0].message and got[0].evidence == "合计 100 58"
