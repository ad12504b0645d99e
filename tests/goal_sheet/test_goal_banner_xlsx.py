"""An empty 年度绩效目标 cell is certain in a Word form, not in a worksheet (the text may sit below the banner)."""

from __future__ import annotations

from docbuild import HEADER_ROWS, clean_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.pipeline import CheckOptions, run_checks
from review_assistant.settings import Settings


def _gs01(doc: ParsedDocument, settings: Settings) -> list[Finding]:
    sheet = extract_goal_sheet(doc)
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=2025, goal_sheet=sheet)
    return [f for f in run_checks(ctx, CheckOptions(), batch_phase=False) if f.rule_id == "GS-01"]


def _empty_goal_doc() -> ParsedDocument:
    header = [list(r) for r in HEADER_ROWS if "年度绩效目标" not in r] + [["年度绩效目标", "", "", ""]]
    return clean_doc(header=header)


def test_an_empty_goal_cell_in_a_word_form_is_an_error(settings: Settings) -> None:
    got = _gs01(_empty_goal_doc(), settings)
    assert [(f.severity, "未填写年度绩效目标" in f.message) for f in got] == [("error", True)]


def test_an_empty_goal_cell_in_a_worksheet_is_a_warning_saying_what_was_read(settings: Settings) -> None:
    doc = _empty_goal_doc().model_copy(update={"file_type": "xlsx"})
    got = _gs01(doc, settings)
    assert len(got) == 1 and got[0].severity == "warning", [(f.severity, f.message) for f in got]
    assert "读到“年度绩效目标”栏目" in got[0].message and "未能读出" in got[0].message
