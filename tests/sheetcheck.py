"""Shared helpers for the goal-sheet layout tests: run every check on an extracted sheet, or on a bundled sample."""

from __future__ import annotations

from pathlib import Path

from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.models import GoalSheet
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.pipeline import CheckOptions, run_checks
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "goal_sheets"


def sheet_findings(doc: ParsedDocument, sheet: GoalSheet, settings: Settings) -> list[Finding]:
    """All findings of the per-document checks on ``sheet`` (its year, else 2025)."""
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=sheet.fiscal_year or 2025,
                       goal_sheet=sheet)
    return run_checks(ctx, CheckOptions(), batch_phase=False)


def sample_sheet(name: str, settings: Settings) -> tuple[GoalSheet, list[Finding]]:
    """The one goal sheet of a bundled sample and its findings."""
    doc = parse_file(SAMPLES / name)
    sheets = extract_goal_sheets(doc)
    assert len(sheets) == 1
    return sheets[0], sheet_findings(doc, sheets[0], settings)
