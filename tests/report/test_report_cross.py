"""Batch rules: GEN-01 (report required) and EA-GOAL-03 (report vs goal sheet), including via the CLI."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from reportbuild import CHARGER, doc_of, findings, report, sheet_doc
from review_assistant.checks.cross.pairing import normalize_name
from review_assistant.cli import main
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"


def ids(fs: list) -> set[str]:  # type: ignore[type-arg]
    return {f.rule_id for f in fs}


# ---- GEN-01 --------------------------------------------------------------------------------------


def test_new_project_above_threshold_without_report(settings: Settings) -> None:
    [got] = findings(settings, (sheet_doc(CHARGER), "goal_sheet"))
    gen = [f for f in got if f.rule_id == "GEN-01"]
    assert gen and gen[0].severity == "warning" and "120.00万元" in gen[0].message
    assert gen[0].evidence == "项目资金（万元） 年度资金总额 120"


def test_new_project_with_its_report_in_the_batch(settings: Settings) -> None:
    sheet, _ = findings(settings, (sheet_doc(CHARGER), "goal_sheet"), (doc_of(report()), "appraisal_report"))
    assert "GEN-01" not in ids(sheet)


def test_report_of_another_project_does_not_count(settings: Settings) -> None:
    other = report(name="云溪区社区书屋提升项目")
    sheet, _ = findings(settings, (sheet_doc(CHARGER), "goal_sheet"), (doc_of(other), "appraisal_report"))
    assert "GEN-01" in ids(sheet)


@pytest.mark.parametrize(("attribute", "period", "total", "flagged"), [
    ("新增", "2025年1月—2025年12月", "19.9", False),
    ("新增", "2025年1月—2025年12月", "20", True),
    ("延续", "2022年1月—2024年12月", "120", True),
    ("延续", "2024年1月—2026年12月", "120", False),
])
def test_applicability(attribute: str, period: str, total: str, flagged: bool, settings: Settings) -> None:
    sheet = copy.deepcopy(CHARGER)
    sheet.attribute, sheet.period, sheet.total, sheet.fiscal = attribute, period, total, total
    [got] = findings(settings, (sheet_doc(sheet), "goal_sheet"))
    assert ("GEN-01" in ids(got)) is flagged


def test_threshold_is_a_setting(settings: Settings) -> None:
    settings.review.ex_ante_threshold_wan = 500
    [got] = findings(settings, (sheet_doc(CHARGER), "goal_sheet"))
    assert "GEN-01" not in ids(got)


# ---- pairing and EA-GOAL-03 ----------------------------------------------------------------------


def test_normalize_name() -> None:
    assert normalize_name("2025年度 云溪区公共充电设施建设项目（示例）") == normalize_name("云溪区公共充电设施建设")
    assert normalize_name("云溪区“公共充电设施”建设项目") == "云溪区公共充电设施建设"


def test_embedded_sheet_mismatch(settings: Settings) -> None:
    bad = copy.deepcopy(CHARGER)
    bad.total = bad.fiscal = "100"
    bad.indicators[0] = ["产出指标", "数量指标", "新建公共充电桩数量", "≥", "150", "个"]
    [got] = findings(settings, (doc_of(report(sheet=bad)), "appraisal_report"))
    goal = [f for f in got if f.rule_id == "EA-GOAL-03"]
    money = next(f for f in goal if "年度资金" in f.message)
    assert money.severity == "error"
    assert money.evidence == "申请财政资金120万元" and money.related[0].evidence == "项目资金（万元） 年度资金总额 100"
    target = next(f for f in goal if "充电桩" in f.message)
    assert target.evidence == "新建公共充电桩200个" and "150" in target.related[0].evidence
    # Certainly the same target, but 200 meets the sheet's "≥150": they differ without contradicting, a warning.
    assert target.severity == "warning"


def test_separate_sheet_mismatch_is_reported_on_both(settings: Settings) -> None:
    other = copy.deepcopy(CHARGER)
    other.period = "2025年1月—2026年6月"
    other.indicators[1] = ["产出指标", "质量指标", "充电设施验收合格率", "≥", "95", "%"]
    rep, sheet = findings(settings, (doc_of(report(), "r.docx"), "appraisal_report"),
                          (sheet_doc(other, "s.xlsx"), "goal_sheet"))
    for side, me in ((rep, "报告"), (sheet, "申报表")):
        goal = [f for f in side if f.rule_id == "EA-GOAL-03"]
        assert {("实施期限" in f.message) for f in goal} == {True, False}, [f.message for f in goal]
        assert all(f.message.startswith(me) and f.related for f in goal)
    assert {f.related[0].path for f in rep if f.rule_id == "EA-GOAL-03"} == {"s.xlsx"}
    assert {f.related[0].path for f in sheet if f.rule_id == "EA-GOAL-03"} == {"r.docx"}


def test_consistent_pair_is_clean_and_noted(settings: Settings) -> None:
    from reportbuild import context

    a, b = context(doc_of(report(), "r.docx"), settings), context(sheet_doc(CHARGER, "s.xlsx"), settings, "goal_sheet")
    a.batch = b.batch = [a, b]
    from review_assistant.review.pipeline import CheckOptions, run_checks

    assert run_checks(a, CheckOptions(), batch_phase=True) == []
    assert run_checks(b, CheckOptions(), batch_phase=True) == []
    assert a.notes == ["已与 s.xlsx 配对（项目名称一致）。"] and b.notes == ["已与 r.docx 配对（项目名称一致）。"]


def test_name_variants(settings: Settings) -> None:
    other = copy.deepcopy(CHARGER)
    other.name = "2025年云溪区公共充电设施建设项目（一期）"  # equal after normalisation: paired, no name finding
    rep, _ = findings(settings, (doc_of(report()), "appraisal_report"), (sheet_doc(other), "goal_sheet"))
    assert not any("项目名称" in f.message for f in rep)
    other.name = "云溪区公共充电设施建设二期项目"  # one name inside the other: paired, names flagged on both
    rep, sheet = findings(settings, (doc_of(report()), "appraisal_report"), (sheet_doc(other), "goal_sheet"))
    assert any("项目名称" in f.message for f in rep) and any("项目名称" in f.message for f in sheet)
    other.name = "云溪区智慧停车诱导系统建设项目"  # another project: not paired, the sheet still needs a report
    rep, sheet = findings(settings, (doc_of(report()), "appraisal_report"), (sheet_doc(other), "goal_sheet"))
    assert "EA-GOAL-03" not in ids(rep) and "GEN-01" in ids(sheet)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
        raise SystemExit(0)
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def test_cli_pairs_report_and_sheet(capsys: pytest.CaptureFixture[str]) -> None:
    report_path, sheet_path = SAMPLES / "d10_pair_report.docx", SAMPLES / "d10_pair_sheet.xlsx"
    code, out, _ = _run(["check", str(report_path), str(sheet_path), "--format", "json"], capsys)
    assert code == 0
    rep, sheet = json.loads(out)
    assert rep["document"]["kind"] == "appraisal_report" and sheet["document"]["kind"] == "goal_sheet"
    assert "已与 d10_pair_sheet.xlsx 配对（项目名称一致）。" in rep["notes"]
    assert "已与 d10_pair_report.docx 配对（项目名称一致）。" in sheet["notes"]
    money_r = next(f for f in rep["findings"] if f["rule_id"] == "EA-GOAL-03" and "年度资金" in f["message"])
    money_s = next(f for f in sheet["findings"] if f["rule_id"] == "EA-GOAL-03" and "年度资金" in f["message"])
    assert money_r["severity"] == money_s["severity"] == "error"
    assert money_r["evidence"] == "申请财政资金120万元"
    assert money_r["related"][0] == {"path": str(sheet_path), "evidence": money_s["evidence"],
                                     "location": money_s["location"]}
    assert money_s["evidence"] == "项目资金（万元） 年度资金总额 100"
    assert money_s["related"][0]["path"] == str(report_path)
    assert money_s["related"][0]["evidence"] == money_r["evidence"]
    goal = [f["message"] for f in rep["findings"] if f["rule_id"] == "EA-GOAL-03"]
    assert len(goal) == 3
    assert {k for k in ("年度资金", "实施期限", "新建公共充电桩数量") for m in goal if k in m} == \
        {"年度资金", "实施期限", "新建公共充电桩数量"}
    assert money_r["policy_refs"] and money_r["suggestion"]


def test_cli_markdown_quotes_both_files(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["check", str(SAMPLES / "d10_pair_report.docx"), str(SAMPLES / "d10_pair_sheet.xlsx"),
                         "--format", "markdown"], capsys)
    assert code == 0
    assert "已与 d10_pair_sheet.xlsx 配对" in out and "申请财政资金120万元；对照 d10_pair_sheet.xlsx：" in out


def test_a_report_without_any_goal_sheet_says_so(settings: Settings) -> None:
    from reportbuild import context
    from review_assistant.review.pipeline import CheckOptions, run_checks

    ctx = context(doc_of(report()), settings)
    ctx.batch = [ctx]
    assert run_checks(ctx, CheckOptions(), batch_phase=True) == []
    assert ctx.notes and "未核对报告与申报表" in ctx.notes[0]
