"""The third blind set for the offline evidence checks is well formed and matches its generator."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from review_assistant.checks.report.evidence import OFFLINE_RULES
from review_assistant.review.judgement_eval import load_cases

HERE = Path(__file__).resolve().parents[1] / "corpus" / "eval" / "judgement"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_blind3", HERE / "make_blind3.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_blind3"] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


def test_committed_set_matches_generator() -> None:
    built = _generator().build()
    committed = load_cases(HERE / "blind3.jsonl")
    assert [json.dumps(c, ensure_ascii=False, sort_keys=True) for c in built] == \
        [json.dumps(c, ensure_ascii=False, sort_keys=True) for c in committed]


def test_every_case_is_a_marked_sample_labelled_for_all_offline_rules() -> None:
    cases = load_cases(HERE / "blind3.jsonl")
    assert len(cases) >= 40
    for c in cases:
        assert "（示例）" in c["text"].splitlines()[0], c["id"]
        assert set(c["offline"]) == set(OFFLINE_RULES), c["id"]
        assert set(c["offline"].values()) <= {"defect", "clean"}
    for rid in OFFLINE_RULES:
        values = [c["offline"][rid] for c in cases]
        assert values.count("defect") >= 4 and values.count("clean") >= 30, rid
