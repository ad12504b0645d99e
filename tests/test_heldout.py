"""The held-out set (corpus/eval/heldout) loads, is marked as samples, and never crashes the engine.

No quality thresholds here: corpus/eval/heldout/measure.py prints where the engine stands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

HELDOUT = Path(__file__).resolve().parents[1] / "corpus" / "eval" / "heldout"
LABELS: list[dict[str, Any]] = yaml.safe_load((HELDOUT / "labels.yaml").read_text(encoding="utf-8"))
KINDS = {"goal_sheet", "appraisal_report", "monitoring_table", "self_evaluation"}
LABEL_KINDS = KINDS | {"other"}  # other: a mislabelled document (refusal is a right answer)


def test_labels_are_well_formed() -> None:
    assert len(LABELS) >= 30
    files = [lab["file"] for lab in LABELS]
    assert len(files) == len(set(files))
    for lab in LABELS:
        assert (HELDOUT / lab["file"]).is_file(), lab["file"]
        assert lab["kind"] in LABEL_KINDS
        assert lab["source"], lab["file"]
        wanted = {alt for rule in lab["must"] for alt in rule.split("|")}
        assert not wanted & set(lab["must_not"]), lab["file"]
        assert set(lab.get("evidence") or {}) <= set(lab["must"]), lab["file"]


@pytest.mark.parametrize("label", LABELS, ids=[lab["file"] for lab in LABELS])
def test_marked_as_sample(label: dict[str, Any]) -> None:
    from review_assistant.parsing import parse_file

    doc = parse_file(HELDOUT / label["file"])
    head = " ".join(b.text for b in doc.blocks[:4])
    assert "示例材料" in head


def test_engine_checks_or_refuses_every_file_cleanly(tmp_path: Path) -> None:
    from review_assistant.engine import Engine
    from review_assistant.settings import load_settings

    paths = [HELDOUT / lab["file"] for lab in LABELS]
    engine = Engine(load_settings(tmp_path))
    for path in paths:  # one at a time: a crash names its file
        [result] = engine.check([path], use_llm=False)
        if result.error:
            assert path.name in result.error  # a Chinese message naming the file, not a traceback
            assert "Traceback" not in result.error
        else:
            assert result.document.kind in KINDS
            assert all(f.rule_id for f in result.findings)
