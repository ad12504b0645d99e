"""The heldout24 letter-spaced goal sheet of fixer46 (samples rl210–rl212, LAYOUTS.md L108): spaced title, headings and
一级/二级 names read as their words, the closing 备注说明 row is no indicator, and a target left as the template's "≥XX%"
is a GS-01 error (a placeholder with more words beside it stays a warning)."""

from __future__ import annotations

from pathlib import Path

from review_assistant.extract.classify import classify
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"
NAMES = ("rl210_spaced_clean.docx", "rl211_spaced_placeholder.pdf", "rl212_spaced_deadline_late.xlsx")


def _findings(settings: Settings, name: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message)
            for f in check_paths([SAMPLES / name], settings, CheckOptions())[0].findings]


def test_spaced_levels_are_read_and_the_remark_row_is_no_indicator() -> None:
    for name in NAMES:
        doc = parse_file(SAMPLES / name)
        assert classify(doc) == "goal_sheet", name
        sheet = extract_goal_sheet(doc)
        assert sheet.fiscal_year == 2027, name
        assert len(sheet.indicators) == 11, name
        assert {i.level2 for i in sheet.indicators} >= {"数量指标", "质量指标", "时效指标", "成本指标"}, name
        assert not [i for i in sheet.indicators if "乡镇配套" in i.level3 or "备注" in i.level1], name


def test_clean_placeholder_and_late_deadline(settings: Settings) -> None:
    clean = _findings(settings, "rl210_spaced_clean.docx")
    assert not [f for f in clean if f[0].startswith("GS") and f[1] != "info"]
    placeholder = [f for f in _findings(settings, "rl211_spaced_placeholder.pdf") if f[0] == "GS-01"]
    assert [(f[1], "≥XX%" in f[2]) for f in placeholder] == [("error", True)]
    late = _findings(settings, "rl212_spaced_deadline_late.xlsx")
    assert [(r, s) for r, s, _ in late if r.startswith("GS")] == [("GS-10", "error")]
