"""Every committed sample workbook (goal sheets with merged headers, monitoring and self-evaluation
tables, evaluation score sheets), saved as Excel 97-2003, reads into the same blocks and gets the same
findings: same rule ids, severities, messages, locations and evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import LimitSettings, Settings
from xlsbuild import xlsx_to_xls

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"
# A workbook whose formulas were never calculated has no values to save: an .xls cannot hold that state.
_XLSX_ONLY = {"rl30_unsaved_formulas.xlsx"}
WORKBOOKS = sorted(p for p in SAMPLES.rglob("*.xlsx") if p.name not in _XLSX_ONLY)
LIMITS = LimitSettings(sandbox=False)


def _findings(path: Path, settings: Settings) -> list[tuple[str, str, str, str, str]]:
    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]
    assert result.error is None, result.error
    return sorted((f.rule_id, f.severity, f.message, f.evidence, f.location.model_dump_json())
                  for f in result.findings)


def test_there_are_workbooks_of_each_kind() -> None:
    folders = {p.parent.name for p in WORKBOOKS}
    assert {"goal_sheets", "cycle"} <= folders and len(WORKBOOKS) >= 40


@pytest.mark.parametrize("xlsx", WORKBOOKS, ids=[p.stem for p in WORKBOOKS])
def test_xls_copy_reads_and_checks_the_same(xlsx: Path, tmp_path: Path, settings: Settings) -> None:
    xls = xlsx_to_xls(xlsx, tmp_path / f"{xlsx.stem}.xls")
    a, b = parse_file(xlsx, LIMITS), parse_file(xls, LIMITS)
    assert b.file_type == "xls"
    assert [blk.model_dump() for blk in a.blocks] == [blk.model_dump() for blk in b.blocks]
    assert (a.title, a.pages, a.warnings) == (b.title, b.pages, b.warnings)
    same_name = tmp_path / "x" / xlsx.name
    same_name.parent.mkdir()
    same_name.write_bytes(xlsx.read_bytes())
    expected = _findings(same_name, settings)
    got = _findings(xls, settings)
    assert got == expected
