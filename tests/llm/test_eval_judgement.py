"""``review-assistant eval judgement``: the set, the selection, the table, bad input, and scoring with a fake model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review_assistant.checks.llm.runner import LLMRunner
from review_assistant.cli import main
from review_assistant.review.judgement_eval import DEFAULT_CASES, evaluate, load_cases, select
from review_assistant.settings import load_settings

from .fakes import always, fake_handle

LLM_RULES = {"EA-NEC-02", "EA-NEC-03", "EA-ECO-02", "EA-ECO-04", "EA-ECO-05", "EA-FEA-01", "EA-FEA-02", "EA-FEA-03",
             "EA-FEA-04", "EA-FUND-01", "EA-FUND-02", "EA-FUND-03", "EA-FUND-04", "EA-GOAL-02", "EA-RPT-02",
             "GS-08", "GS-09", "GS-12", "GS-14"}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


def test_the_set_covers_every_judgement_rule_with_defects_cleans_and_near_misses() -> None:
    cases = load_cases(DEFAULT_CASES)
    assert len(cases) >= 80 and len({c["id"] for c in cases}) == len(cases)
    assert {c["rule"] for c in cases} == LLM_RULES
    for rule in LLM_RULES:
        labels = [c["label"] for c in cases if c["rule"] == rule]
        assert "defect" in labels and "clean" in labels, rule
    assert sum(c["near_miss"] for c in cases) >= 15
    assert all(c["text"].splitlines()[0].endswith("（示例）") for c in cases)


def test_select_alternates_labels_under_a_limit() -> None:
    chosen = select(load_cases(DEFAULT_CASES), ["EA-NEC-02", "GS-09"], limit=2)
    assert [c["rule"] for c in chosen] == ["EA-NEC-02", "EA-NEC-02", "GS-09", "GS-09"]
    assert [c["label"] for c in chosen] == ["defect", "clean", "defect", "clean"]


def test_offline_only_prints_the_table(capsys: pytest.CaptureFixture[str], _isolated_home: Path) -> None:
    code, out, _ = run(["eval", "judgement", "--offline-only", "--rules", "EA-NEC-02"], capsys)
    assert code == 0 and "离线证据检查" in out and "EA-NEC-90" in out and "共 6 个用例" in out


def test_bad_cases_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    code, _, err = run(["eval", "judgement", "--offline-only", "--cases", str(bad)], capsys)
    assert code == 2 and "bad.jsonl" in err and "缺少" in err
    code, _, err = run(["eval", "judgement", "--cases", str(tmp_path / "none.jsonl")], capsys)
    assert code == 2 and "不存在" in err


def test_scoring_counts_only_verified_findings(_isolated_home: Path) -> None:
    """A fake model that always answers 'fail': unverifiable quotes find nothing; a real quote finds everything."""
    settings = load_settings(_isolated_home, llm={"provider": "openai", "model": "fake-model",
                                                  "base_url": "http://127.0.0.1:9/v1", "use_server_slots": False})
    cases = select(load_cases(DEFAULT_CASES), ["EA-NEC-02"], limit=4)

    def score(evidence: str) -> dict[str, object]:
        handle, _ = fake_handle(*always({"verdict": "fail", "findings": [{"problem": "无数据", "evidence": evidence}]}))
        runner = LLMRunner(settings, handle=handle, retriever=lambda q, k: [])
        return evaluate(settings, cases, runner=runner).llm["EA-NEC-02"].as_dict()

    invented = score("项目将带来十亿元效益")
    assert invented["cases"] == 4 and invented["tp"] == 0 and invented["fp"] == 0 and invented["recall"] == 0.0
    assert invented["dropped"] == 4 and invented["calls"] == 4 and invented["prompt_tokens"] == 400
    quoted = score("申请财政资金")  # in every case's 项目概况
    assert quoted["recall"] == 1.0 and quoted["precision"] == 0.5 and quoted["dropped"] == 0
    assert json.loads(json.dumps(quoted))["errors"]
