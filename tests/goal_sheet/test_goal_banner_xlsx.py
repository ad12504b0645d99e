"""An empty 年度绩效目标 cell is certain in a Word form, not in a worksheet (the text may sit below the banner)."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import HEADER_ROWS, clean_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.parsing import parse_file
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


def test_an_empty_goal_cell_in_a_worksheet_followed_by_the_indicator_header_is_an_error(settings: Settings) -> None:
    # Nothing right of the label and the next row is the indicator table's header: the goal is certainly blank.
    doc = _empty_goal_doc().model_copy(update={"file_type": "xlsx"})
    got = _gs01(doc, settings)
    assert [(f.severity, "未填写年度绩效目标" in f.message) for f in got] == [("error", True)]


def test_an_empty_goal_cell_ending_a_worksheet_table_is_a_warning_saying_what_was_read(settings: Settings) -> None:
    header = [list(r) for r in HEADER_ROWS if "年度绩效目标" not in r] + [["年度绩效目标", "", "", ""]]
    doc = clean_doc(header=header)
    table = doc.blocks[2].table
    assert table is not None
    cut = next(r for r, row in enumerate(table.rows) if row[0].text == "年度绩效目标") + 1
    doc.blocks[2] = doc.blocks[2].model_copy(update={"table": table.model_copy(update={"rows": table.rows[:cut]})})
    got = _gs01(doc.model_copy(update={"file_type": "xlsx"}), settings)
    goal = [f for f in got if "年度绩效目标" in f.message]
    assert len(goal) == 1 and goal[0].severity == "warning", [(f.severity, f.message) for f in got]
    assert "读到“年度绩效目标”栏目" in goal[0].message and "未能读出" in goal[0].message


# ---- the text below the banner (corpus/samples/goal_sheets/rl47_goal_below_banner.xlsx) -----------------

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"
GOAL = "依托10个社区托管点，为双职工家庭提供课后托管服务不少于1.5万人次，家长满意度达到90%以上。"


def test_the_goal_in_the_merged_range_below_a_lone_banner_is_read_and_gs01_is_silent(settings: Settings) -> None:
    doc = parse_file(SAMPLES / "rl47_goal_below_banner.xlsx")
    sheet = extract_goal_sheet(doc)
    assert sheet.annual_goal is not None and sheet.annual_goal.value == GOAL
    assert sheet.annual_goal.label == "项目年度绩效目标"
    banner_row = next(r for r, row in enumerate(doc.tables()[0][1].rows) if row[0].text == "项目年度绩效目标")
    assert (sheet.annual_goal.location.row, sheet.annual_goal.location.column) == (banner_row + 1, 1)
    assert _gs01(doc, settings) == []


def _xlsx(rows: list[list[str]]) -> ParsedDocument:
    """The clean form with its goal row replaced by ``rows``, read as a worksheet."""
    header = [list(r) for r in HEADER_ROWS if "年度绩效目标" not in r]
    return clean_doc(header=[*header, *rows]).model_copy(update={"file_type": "xlsx"})


def test_numbered_goal_lines_under_the_banner_are_read_together(settings: Settings) -> None:
    doc = _xlsx([["年度绩效目标", "", "", ""], ["目标1：完成12个村的道路养护。", "", "", ""],
                 ["目标2：群众满意度达到90%以上。", "", "", ""]])
    sheet = extract_goal_sheet(doc)
    assert sheet.annual_goal is not None
    assert sheet.annual_goal.value == "目标1：完成12个村的道路养护。\n目标2：群众满意度达到90%以上。"
    assert _gs01(doc, settings) == []


@pytest.mark.parametrize(("below", "severity"), [
    ([], "error"),  # the indicator table's header is the next row: certainly blank
    ([["绩效指标", "", "", ""]], "warning"),  # another lone banner: the row proves nothing about a merged range
    ([["项目负责人", "张某", "", ""]], "error"),  # another field with its value: certainly blank
])
def test_a_banner_with_no_text_below_stays_empty_and_gs01_reports_it(below: list[list[str]], severity: str,
                                                                     settings: Settings) -> None:
    doc = _xlsx([["项目年度绩效目标", "", "", ""], *below])
    sheet = extract_goal_sheet(doc)
    assert sheet.annual_goal is not None and sheet.annual_goal.value == ""
    got = _gs01(doc, settings)
    assert [f.severity for f in got if "年度绩效目标" in f.message] == [severity], [f.message for f in got]


def test_a_banner_beside_a_value_does_not_take_the_row_below(settings: Settings) -> None:
    doc = _xlsx([["年度绩效目标", "", "", "见附件"], ["另起一行的说明文字。", "", "", ""]])
    sheet = extract_goal_sheet(doc)
    assert sheet.annual_goal is not None and sheet.annual_goal.value == "见附件"
