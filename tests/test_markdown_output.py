"""``check --format markdown`` (and text) shows document text as typed: no HTML, links or emphasis when rendered; a refused
file's line names it once."""

from __future__ import annotations

from markdown_it import MarkdownIt

from review_assistant.checks.models import Finding
from review_assistant.drafting.markdown import render_markdown
from review_assistant.review.results import CheckResult, DocumentInfo

HOSTILE = "<img src=x onerror=alert(1)> **要** [点此](javascript:alert(1)) a|b `code` _x_"


def test_document_text_is_inert_when_rendered() -> None:
    result = CheckResult(
        document=DocumentInfo(path="单位/<b>表</b>.docx", kind="goal_sheet", fiscal_year=2025, title=f"# {HOSTILE}"),
        findings=[Finding(rule_id="GS-06", severity="warning", message=f"指标值“{HOSTILE}”不可衡量。",
                          evidence=HOSTILE, suggestion="请量化。")],
    )
    text = render_markdown([result])
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    for bad in ("<img", "<b>", "<a ", "<strong>", "<em>", "<code>", "javascript:alert(1)\">"):
        assert bad not in rendered, bad
    assert "&lt;img src=x onerror=alert(1)&gt;" in rendered and "**要**" in rendered
    # The table keeps its 8 columns: the document's "|" does not split a cell.
    row = next(line for line in text.splitlines() if line.startswith("| 1 |"))
    assert row.count(" | ") == 7 and "a\\|b" in row
    assert rendered.count("<h2>") == 1  # the title's "#" is not a heading of its own


def test_refused_file_is_named_once() -> None:
    result = CheckResult(document=DocumentInfo(path="d/坏.docx"), error="坏.docx：文件已损坏或不完整")
    text = render_markdown([result])
    assert "- **无法审核**：文件已损坏或不完整" in text and text.count("坏.docx") == 2  # heading and 文件 line


def test_console_names_a_refused_file_once_on_one_line() -> None:
    import io

    from rich.console import Console

    from review_assistant.drafting.console import print_results

    buf = io.StringIO()
    long_path = "/tmp/" + "很长的目录名" * 8 + "/坏.docx"
    print_results([CheckResult(document=DocumentInfo(path=long_path), error="坏.docx：文件已损坏或不完整")],
                  Console(file=buf, width=60, no_color=True))
    assert buf.getvalue().strip() == f"✗ {long_path}：文件已损坏或不完整"
