"""Expert review opinions (heldout17 ea06 class; fixer36, LAYOUTS.md L94): the review date in running text, the
report-structure rules that do not apply to an opinion (said as info), the cut-to recommendation and the panel's
average score; and a facility's served scale as the beneficiary count (heldout17 ea01)."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.checks.report.evidence import BENEFICIARIES
from review_assistant.review.pipeline import CheckOptions, check_paths, prepare
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"

OPINION = """# 云溪区农贸市场改造项目事前绩效评估专家评审意见

{opening}

| 专家 | 立项必要性 | 投入经济性 | 绩效目标合理性 | 实施方案可行性 | 筹资合规性 | 合计 |
|---|---|---|---|---|---|---|
| 专家1 | 17 | 14 | 16 | 15 | 16 | 78 |
| 专家2 | 16 | 12 | 15 | 14 | 15 | 72 |
| 专家3 | 15 | 12 | 15 | 14 | 14 | 70 |

专家组平均分73.3分。主要意见：项目必要性充分；冷链设施单价偏高。

评审结论：调整完善后予以支持。建议预算控制数由540万元核减至480万元，核减60万元。

专家组组长（签字）：周某某
"""
OPENING = "2026年11月26日，区财政局组织3名专家对区商务局申报的云溪区农贸市场改造项目开展事前绩效评估评审，项目申请2027年度区级财政资金540万元。"


def _opinion(tmp_path: Path, opening: str = OPENING) -> Path:
    path = tmp_path / "opinion.md"
    path.write_text(OPINION.format(opening=opening), encoding="utf-8")
    return path


def test_the_review_date_is_read_from_the_opening_sentence(tmp_path: Path, settings: Settings) -> None:
    ctx = prepare(_opinion(tmp_path), settings, CheckOptions(kind="appraisal_report"))
    report = ctx.report
    assert report is not None and report.opinion_form
    assert report.report_date is not None and report.report_date.value.isoformat() == "2026-11-26"
    assert report.recommended_budget is not None and report.recommended_budget.value_wan == 480.0
    assert report.score is not None and report.score.value == pytest.approx(73.3)


def test_a_deadline_in_running_text_is_no_review_date(tmp_path: Path, settings: Settings) -> None:
    opening = "区商务局应于2026年11月26日前组织专家对云溪区农贸市场改造项目开展事前绩效评估评审。"
    ctx = prepare(_opinion(tmp_path, opening), settings, CheckOptions(kind="appraisal_report"))
    assert ctx.report is not None and ctx.report.report_date is None


def test_structure_rules_say_they_do_not_apply_to_an_opinion(tmp_path: Path, settings: Settings) -> None:
    result = check_paths([_opinion(tmp_path)], settings, CheckOptions(kind="appraisal_report"))[0]
    by_rule = {f.rule_id: f for f in result.findings}
    assert "EA-RPT-05" not in by_rule, by_rule["EA-RPT-05"].message
    for rule in ("EA-RPT-01", "EA-ECO-01"):
        assert by_rule[rule].severity == "info" and "不适用于评审意见" in by_rule[rule].message
    assert not [f for f in result.findings if f.severity in {"warning", "error"}], [f.message for f in result.findings]


def test_an_opinion_silent_on_two_dimensions_still_warns(settings: Settings) -> None:
    result = check_paths([SAMPLES / "rr_opinion_three_dims_f36.docx"], settings, CheckOptions(use_llm=False))[0]
    rpt01 = [f for f in result.findings if f.rule_id == "EA-RPT-01"]
    assert [f.severity for f in rpt01] == ["warning"]
    assert "不适用于评审意见" in rpt01[0].message and "绩效目标合理性、筹资合规性" in rpt01[0].message


def test_the_clean_opinion_sample(settings: Settings) -> None:
    result = check_paths([SAMPLES / "rr_opinion_dated_clean_f36.docx"], settings, CheckOptions(use_llm=False))[0]
    assert {f.rule_id: f.severity for f in result.findings} == {"EA-RPT-01": "info", "EA-ECO-01": "info"}


def test_a_full_report_without_a_calculation_table_still_warns(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "r.md"
    path.write_text("# 云溪区路灯改造项目事前绩效评估报告\n\n## 一、评估对象基本情况\n\n申请财政资金80万元。\n\n"
                    "## 二、综合评估情况与评估结论\n\n### （二）投入经济性\n\n预算合理。\n", encoding="utf-8")
    result = check_paths([path], settings, CheckOptions(kind="appraisal_report"))[0]
    eco = [f for f in result.findings if f.rule_id == "EA-ECO-01"]
    assert eco and eco[0].severity == "warning" and "未见预算测算表" in eco[0].message


@pytest.mark.parametrize("text,found", [
    ("2027年底前建成诱导系统并上线，覆盖公共泊位6000个。", True),
    ("项目建成后服务辖区12个社区。", True),
    ("购置服务器2台。", False),
    ("覆盖率达到95%。", False),
    ("服务期3个月。", False),
])
def test_a_facility_served_scale_counts_as_the_beneficiaries(text: str, found: bool) -> None:
    assert bool(BENEFICIARIES.search(text)) is found
