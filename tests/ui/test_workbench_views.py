"""The workbench's document view and decision flow as plain functions over the service."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document

from review_assistant.review.service import ReviewService
from review_assistant.review.users import User
from review_assistant.ui import decide, docview, render, workbench


def _review(service: ReviewService, reviewer: User, sheet: Path) -> int:
    up = workbench.upload_view(service, reviewer, [str(sheet)])
    return up.items[0].review_id or 0


def test_document_view_highlights_every_located_finding(service: ReviewService, reviewer: User,
                                                        sheet: Path) -> None:
    detail = service.get_review(reviewer, _review(service, reviewer, sheet))
    html = docview.document_html(detail.review.stored_path, detail.findings)
    assert '<table class="ra-doc-table">' in html and "老旧小区改造提升项目" in html
    marked = {int(i) for ids in re.findall(r'data-f="([0-9 ]+)"', html) for i in ids.split()}
    with_evidence = {f.id for f in detail.findings if f.evidence}
    assert with_evidence and with_evidence <= marked | _listed_as_missing(html)
    assert marked  # at least one evidence sits in the rendered document itself


def _listed_as_missing(html: str) -> set[int]:
    part = html.split("未在本文件中定位到原文的问题", 1)
    return {int(i) for i in re.findall(r'<li data-f="(\d+)"', part[1])} if len(part) > 1 else set()


def test_document_view_escapes_html_and_markdown(service: ReviewService, reviewer: User, tmp_path: Path) -> None:
    from docbuild import clean_sheet_rows
    from sheetfiles import FLAWED_INDICATORS, flawed_header, write_sheet

    rows = clean_sheet_rows(FLAWED_INDICATORS, flawed_header(project="![](/logout)<b>改造</b>[x](//evil)项目"))
    path = write_sheet(tmp_path / "evil.docx", rows)
    detail = service.get_review(reviewer, _review(service, reviewer, path))
    html = docview.document_html(detail.review.stored_path, detail.findings)
    assert "<b>改造" not in html and "](" not in html and "![" not in html
    assert "&lt;b&gt;改造&lt;/b&gt;" in html


def test_overlapping_highlights_merge_into_one_mark() -> None:
    out = docview._marked("项目年度资金总额150万元", [(2, 8, 1), (4, 10, 2)])
    assert out.count("<mark") == 1 and 'data-f="1 2"' in out
    assert render.esc("a_b*c") == "a&#95;b&#42;c"


def test_reject_without_reason_is_a_hint_and_nothing_is_saved(service: ReviewService, reviewer: User,
                                                             sheet: Path) -> None:
    rid = _review(service, reviewer, sheet)
    fid = service.get_review(reviewer, rid).findings[0].id
    result = decide.do_action(service, reviewer, fid, "reject", reason="  ")
    assert not result.done and "请填写驳回理由" in result.hint and result.saved == ""
    assert service.get_finding(reviewer, fid).status == "pending"
    assert not decide.do_action(service, reviewer, fid, "edit", message="").done


def test_next_pending_moves_on_and_wraps(service: ReviewService, reviewer: User, sheet: Path) -> None:
    rid = _review(service, reviewer, sheet)
    findings = service.get_review(reviewer, rid).findings
    assert len(findings) >= 3
    first, second, third = (f.id for f in findings[:3])
    assert decide.next_pending(findings, None) == first
    decide.do_action(service, reviewer, first, "confirm")
    findings = service.get_review(reviewer, rid).findings
    assert decide.next_pending(findings, first) == second
    last = findings[-1].id
    assert decide.next_pending(findings, last) == second  # wraps to the first pending one
    for f in findings:
        service.confirm(reviewer, f.id)
    assert decide.next_pending(service.get_review(reviewer, rid).findings, third) is None


def test_draft_refused_while_errors_pending_then_forced_and_previewed(service: ReviewService, reviewer: User,
                                                                     sheet: Path) -> None:
    rid = _review(service, reviewer, sheet)
    detail = service.get_review(reviewer, rid)
    waiting = sum(1 for f in detail.findings if f.severity == "error")
    assert waiting
    refused = decide.draft_opinion(service, reviewer, rid)
    assert refused.path is None and f"尚有 {waiting} 项错误级问题待确认" in refused.warning
    forced = decide.draft_opinion(service, reviewer, rid, allow_pending=True)
    assert forced.path and Path(forced.path).exists()
    body = [p.text for p in Document(forced.path).paragraphs if p.text.strip()]
    assert body[0] in forced.preview or render.esc(body[0]) in forced.preview
    for f in detail.findings:
        if f.severity == "error":
            service.confirm(reviewer, f.id)
    assert decide.draft_opinion(service, reviewer, rid).path
