"""Sections provider: report model sections when present, else headings; goal-sheet parts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from review_assistant.checks.llm.sections import document_sections, select_sections
from review_assistant.review.pipeline import CheckOptions, prepare
from review_assistant.settings import load_settings

HERE = Path(__file__).parent


def test_report_sections_from_headings(_isolated_home: Path) -> None:
    ctx = prepare(HERE / "sample_report.md", load_settings(_isolated_home), CheckOptions())
    assert ctx.kind == "appraisal_report"
    secs = document_sections(ctx)
    assert secs["goal_rationality"].text == "绩效目标明确，指标细化量化，合理可行。"
    assert "事权" in secs["funding_compliance"].text and "评估结论为予以支持" in secs["overall_conclusion"].text
    for s in secs.values():
        for line in s.text.splitlines():
            assert ctx.document.contains(line)


@dataclass
class _S:
    key: str
    title: str
    text: str


@dataclass
class _Report:
    sections: list[_S]
    project_name: str = "养老"
    goal_sheet: None = None


def test_report_model_sections_win(_isolated_home: Path) -> None:
    ctx = prepare(HERE / "sample_report.md", load_settings(_isolated_home), CheckOptions())
    ctx.report = _Report([_S("necessity", "立项必要性", "需求迫切"), _S("necessity", "必要性补充", "第二段")])
    secs = document_sections(ctx)
    assert secs["necessity"].text == "需求迫切\n第二段" and "goal_rationality" not in secs
    assert [s.key for s in select_sections(secs, ("goal_rationality",))] == ["full"]


def test_goal_sheet_sections(_isolated_home: Path) -> None:
    ctx = prepare(HERE / "sample_sheet.md", load_settings(_isolated_home), CheckOptions())
    secs = document_sections(ctx)
    assert {"header", "funds", "annual_goal", "indicators", "text"} <= secs.keys()
    for line in secs["indicators"].text.splitlines():
        assert ctx.document.contains(line)
