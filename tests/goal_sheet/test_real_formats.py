"""Every real-world layout also read from the two formats it was not committed in (docx / xlsx / pdf).

A layout found in a Word file is often published as a PDF or pasted into a spreadsheet: the same
document rendered in another format must not be refused, must give the same projects and indicator
rows, and must not turn a must-not rule into an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import make_goal_sheets as mgs  # corpus/samples is on pytest's pythonpath
import pytest
from make_real_layouts import real_samples

from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.models import indicators_by_row
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

RENDER = {"docx": mgs._docx_render, "xlsx": mgs._xlsx_render, "pdf": mgs._pdf_render}
CASES = [(s, ext) for s in real_samples() if s.other_formats for ext in RENDER if not s.file.endswith(ext)]


@pytest.mark.parametrize(("sample", "ext"), CASES, ids=[f"{Path(s.file).stem}.{e}" for s, e in CASES])
def test_layout_in_another_format(sample: Any, ext: str, tmp_path: Path, settings: Settings) -> None:
    model = sample.build()
    path = tmp_path / f"{Path(sample.file).stem}.{ext}"
    RENDER[ext](model, path, model.title)
    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]
    assert result.error is None, result.error
    label = sample.label("")
    no_error = set(label["must_not"]) | set(label["must_not_error"])
    assert not [f.message for f in result.findings if f.severity == "error" and f.rule_id in no_error]
    assert set(label["must"]) <= {f.rule_id for f in result.findings}
    sheets = extract_goal_sheets(parse_file(path))
    assert len(sheets) == label["expect"].get("projects", 1)
    assert len(indicators_by_row(sheets[0].annual_indicators())) == label["expect"]["indicator_count"]
