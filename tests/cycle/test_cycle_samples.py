"""Monitoring tables and self-evaluations: labelled samples, exact score recomputation, the linked project."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from review_assistant.checks.evaluation import scoring as S
from review_assistant.extract.cycle_models import SelfEvaluation
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths, prepare
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"
LABELS: list[dict[str, Any]] = yaml.safe_load((SAMPLES / "cycle_labels.yaml").read_text(encoding="utf-8"))
SINGLE = [lab for lab in LABELS if "batch" not in lab]
PROJECT = [lab for lab in LABELS if "batch" in lab]


def test_every_rule_has_a_positive_and_the_clean_samples_cover_all_formats() -> None:
    positives = {r for lab in SINGLE for r in lab["must"]}
    assert positives >= {"EV-01", "EV-02", "EV-03", "EV-04", "EV-05", "EV-06", "MON-01", "MON-02", "MON-03", "MON-04"}
    clean = [lab for lab in SINGLE if not lab["must"]]
    assert {Path(lab["file"]).suffix for lab in clean} == {".docx", ".xlsx", ".pdf"}
    assert {lab["kind"] for lab in clean} == {"monitoring_table", "self_evaluation"}


@pytest.mark.parametrize("label", SINGLE, ids=[lab["file"] for lab in SINGLE])
def test_sample(label: dict[str, Any], settings: Settings) -> None:
    result = check_paths([SAMPLES / label["file"]], settings, CheckOptions(use_llm=False))[0]
    assert result.error is None, result.error
    assert result.document.kind == label["kind"]  # auto-detected
    assert result.document.fiscal_year == label["fiscal_year"]
    assert result.document.project_name == label["expect"]["project_name"]
    if "amount_wan" in label["expect"]:  # the 年初预算数 in 万元, also when the form is filled in 元
        assert result.document.amount_wan == label["expect"]["amount_wan"]
    got = {f.rule_id for f in result.findings}
    assert not set(label["must"]) - got, [f.message for f in result.findings]
    assert not set(label["must_not"]) & got, [f.message for f in result.findings if f.rule_id in label["must_not"]]
    if not label["must"]:
        assert not [f for f in result.findings if f.severity == "error"]
    text = parse_file(SAMPLES / label["file"]).normalized_text
    for f in result.findings:
        assert not f.evidence or "".join(f.evidence.split()) in text


EVALS = [lab for lab in SINGLE if lab["kind"] == "self_evaluation" and "rule_scores" in lab["expect"]]


@pytest.mark.parametrize("label", EVALS, ids=[lab["file"] for lab in EVALS])
def test_score_recomputation_is_exact(label: dict[str, Any], settings: Settings) -> None:
    """Every quantitative indicator's score, the execution score and the rule total equal the generator's Fraction arithmetic."""
    from review_assistant.checks.evaluation.rules import recomputed_total, rule_total

    ctx = prepare(SAMPLES / label["file"], settings, CheckOptions())
    ev = ctx.cycle
    assert isinstance(ev, SelfEvaluation)
    want = {k: Decimal(str(v)) for k, v in label["expect"]["rule_scores"].items()}
    got = {i.level3: S.indicator_score(i) for i in ev.indicators if not i.qualitative}
    assert got == {k: S.cents(v) for k, v in want.items()}
    assert ev.budget and ev.executed and ev.exec_weight and ev.budget.value and ev.executed.value is not None
    rate = S.execution_rate(ev.executed.value, ev.budget.value)
    assert rate is not None and ev.exec_weight.value is not None
    if "exec_score" in label["expect"]:  # absent where the form's 年度资金总额 row is left at 0
        assert S.execution_score(ev.exec_weight.value, rate) == S.cents(Decimal(str(label["expect"]["exec_score"])))
    assert ev.total is not None and ev.total.value == Decimal(str(label["expect"]["stated_total"]))
    assert rule_total(ev) == S.cents(Decimal(str(label["expect"]["rule_total"])))
    if not label["must"]:  # a clean table: its scores differ from the rule's only by rounding, so its total stands
        assert recomputed_total(ev) == ev.total.value
    assert S.grade_for(ev.total.value, settings.cycle.grade_bands) == label["expect"]["grade"] or \
        "EV-04" in label["must"]


def test_the_project_across_two_years_and_four_stages(settings: Settings) -> None:
    files = [SAMPLES / lab["file"] for lab in PROJECT]
    results = check_paths(files, settings, CheckOptions(use_llm=False))
    stage_rules = {"EV-07", "MON-05", "GS-14"}
    for lab, result in zip(PROJECT, results, strict=True):
        assert result.error is None, result.error
        assert result.document.kind == lab["kind"] and result.document.fiscal_year == lab["fiscal_year"]
        got = {f.rule_id for f in result.findings} & stage_rules
        assert got == set(lab["must"]), (lab["file"], [f.message for f in result.findings if f.rule_id in got])
        assert set(lab["must"]) | set(lab["must_not"]) == stage_rules
        assert len(lab["batch"]) == len(PROJECT) - 1
        # a cross-stage finding quotes the other document too
        for f in result.findings:
            if f.rule_id in {"EV-07", "MON-05"}:
                assert f.related and Path(f.related[0].path).name.startswith("p")
    # no cross-year pairing of the 2024 goal sheet with the 2025 report
    assert not [f for f in results[0].findings if f.rule_id == "EA-GOAL-03"]


def test_the_cross_stage_checks_need_the_other_documents(settings: Settings) -> None:
    alone = check_paths([SAMPLES / "cycle/project/p6_2025_self_evaluation.docx"], settings, CheckOptions(use_llm=False))
    assert not {f.rule_id for f in alone[0].findings} & {"EV-07", "MON-05"}


def test_scoring_rule_edges() -> None:
    from review_assistant.extract.cycle_models import CycleIndicator

    def score(sign: str, target: str, actual: str, weight: str = "10") -> Decimal | None:
        return S.indicator_score(CycleIndicator(level3="x", sign=sign, target=Decimal(target), actual=Decimal(actual),
                                                weight=Decimal(weight)))

    assert score("≥", "200", "190", "20") == Decimal("19.00")
    assert score("≥", "3", "2") == Decimal("6.67")  # 6.666… rounds half up at the cent
    assert score("≤", "0.6", "0.75") == Decimal("8.00")
    assert score("≤", "0.6", "0.5") == Decimal("10.00")
    assert score("=", "100", "98") == Decimal("9.80")
    assert score("≥", "0", "0") == Decimal("10.00")
    assert S.grade_for(Decimal("89.99"), {"优": 90, "良": 80, "中": 60, "差": 0}) == "良"
    assert S.grade_for(Decimal("90"), {"优": 90, "良": 80, "中": 60, "差": 0}) == "优"
    assert S.qualitative_band("部分达成") == (Decimal("0.6"), Decimal("0.8"), False)
    assert S.as_percent(Decimal("0.95"), Decimal("95")) == Decimal("95")
    assert S.agrees(Decimal("6.7"), Decimal("6.67")) and S.agrees(Decimal("19"), Decimal("19.40"))
    assert S.agrees(Decimal("6.6"), Decimal("6.65")) and S.agrees(Decimal("37.50"), Decimal("37.54"))
    assert not S.agrees(Decimal("19"), Decimal("20.00")) and not S.agrees(Decimal("19"), Decimal("18.40"))
    assert not S.agrees(Decimal("20"), Decimal("19.00")) and S.agrees(Decimal("98.5"), Decimal("98.50"))


def test_progress_lines_are_settings(settings: Settings) -> None:
    from review_assistant.checks.monitoring.rules import progress_line

    assert progress_line(7, settings.cycle.progress_lines) == (6, Decimal("40.0"))
    assert progress_line(3, settings.cycle.progress_lines) is None
    assert progress_line(12, {"9": 70.0}) == (9, Decimal("70.0"))
    local = settings.model_copy(update={"cycle": settings.cycle.model_copy(update={"progress_lines": {"8": 20.0}})})
    result = check_paths([SAMPLES / "cycle/mon02_low_rate.xlsx"], local, CheckOptions(use_llm=False))[0]
    assert "MON-02" not in {f.rule_id for f in result.findings}  # 30% ≥ a local 20% line


@pytest.mark.parametrize(("text", "target", "unit", "want", "ok"), [
    ("截至6月完成120个", "200", "个", "120", True),  # the month is not the value
    ("预计12月底完成200个", "200", "个", "200", True),
    ("0.98", "95", "%", "98.00", True),  # a rate written as a fraction
    ("98.5%", "95", "%", "98.5", True),
    ("899,740元", "90", "万元", "89.974", True),  # converted to the target's money unit
    ("12台", "10", "个", "12", False),  # another unit: not recomputed
    ("达成预期指标", None, None, None, True),
])
def test_completion_cells_are_read_in_the_targets_unit(text: str, target: str | None, unit: str | None,
                                                       want: str | None, ok: bool) -> None:
    from review_assistant.extract.cycle_tables import measured

    value, same_unit = measured(text, Decimal(target) if target else None, unit)
    assert (value, same_unit) == (Decimal(want) if want else None, ok)


def test_a_form_without_content_is_refused_with_a_chinese_message(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from docx import Document

    from review_assistant.cli import main

    path = tmp_path / "空白自评表.docx"
    doc = Document()
    doc.add_paragraph("2024年度项目支出绩效自评表")
    doc.add_paragraph("本表待填写实际完成值。")
    doc.save(str(path))
    with pytest.raises(SystemExit) as exc:
        main(["check", str(path), "--no-llm"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "空白自评表.docx" in err and "未找到可识别的自评内容" in err and "Traceback" not in err


def test_sums_are_errors_only_when_every_row_was_read(settings: Settings) -> None:
    """A row the extractor missed must not turn into an error: the sums are certain only when they close."""
    from review_assistant.checks.base import CheckContext
    from review_assistant.checks.evaluation.rules import EV01Weights, EV04TotalGrade
    from review_assistant.extract.cycle_models import Amount, CycleIndicator
    from review_assistant.parsing.model import ParsedDocument

    def ind(name: str, fam: str, weight: str, score: str) -> CycleIndicator:
        return CycleIndicator(level1=fam, level3=name, sign="≥", target=Decimal(1), actual=Decimal(1),
                              weight=Decimal(weight), score=Decimal(score))

    rows = [ind("甲", "产出指标", "50", "50"), ind("乙", "效益指标", "30", "30")]  # 满意度 row not read
    ev = SelfEvaluation(indicators=rows, indicator_table_found=True,
                        exec_weight=Amount(label="分值", raw="10", value=Decimal(10)),
                        exec_score=Amount(label="得分", raw="10", value=Decimal(10)),
                        total=Amount(label="总分", raw="100", value=Decimal(100)))
    ctx = CheckContext(document=ParsedDocument(path="x.docx", sha256="", file_type="docx"), kind="self_evaluation",
                       settings=settings, fiscal_year=2024, cycle=ev)
    ev01 = [f for f in EV01Weights().run(ctx) if "不是100分" in f.message]
    ev04 = [f for f in EV04TotalGrade().run(ctx) if "各项得分之和" in f.message]
    assert [f.severity for f in ev01] == ["warning"] and "是否全部读出" in ev01[0].message
    assert [f.severity for f in ev04] == ["warning"] and "未读出的行" in ev04[0].message
    ev.indicators.append(ind("丙", "满意度指标", "10", "10"))
    ev.total = Amount(label="总分", raw="99", value=Decimal(99))  # every row read, the total is wrong
    assert [f.severity for f in EV04TotalGrade().run(ctx) if "各项得分之和" in f.message] == ["error"]
