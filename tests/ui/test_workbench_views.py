"""The workbench's document view and decision flow as plain functions over the service."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document

from review_assistant.review.users import User
from review_assistant.service import ReviewService
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
    assert render.esc("![](x)") == "!&#91;&#93;(x)"


def test_reject_without_reason_is_a_hint_and_nothing_is_saved(service: ReviewService, reviewer: User,
                                                             sheet: Path) -> None:
    rid = _review(service, reviewer, sheet)
    fid = service.get_review(reviewer, rid).findings[0].id
    result = decide.do_action(service, reviewer, fid, "reject", reason="  ")
    assert not result.done and "驳回必须填写理由" in result.hint and result.saved == ""
    assert service.get_finding(reviewer, fid).status == "pending"
    assert not decide.do_action(service, reviewer, fid, "edit", message="").done


def test_hints_name_their_field(service: ReviewService, reviewer: User, sheet: Path) -> None:
    rid = _review(service, reviewer, sheet)
    fid = service.get_review(reviewer, rid).findings[0].id
    assert decide.do_action(service, reviewer, fid, "reject", reason="").field == "reason"
    assert decide.do_action(service, reviewer, fid, "edit", message=" ").field == "edit"


def test_a_stale_decision_is_refused_naming_who_changed_it(service: ReviewService, reviewer: User,
                                                          sheet: Path) -> None:
    from review_assistant.review import users

    other = users.add_user(service.store, "reviewer2", "password-123", "reviewer")
    rid = _review(service, reviewer, sheet)
    shown = service.get_review(reviewer, rid).findings[0]  # what reviewer1 has on screen
    assert decide.do_action(service, other, shown.id, "reject", reason="误报", version=shown.version).done
    late = decide.do_action(service, reviewer, shown.id, "confirm", version=shown.version)
    assert late.stale and not late.done and "reviewer2" in late.saved and "未保存" in late.saved
    assert service.get_finding(reviewer, shown.id).status == "rejected"


def test_confirm_all_warnings_of_a_rule(service: ReviewService, reviewer: User, sheet: Path) -> None:
    rid = _review(service, reviewer, sheet)
    warnings = [f for f in service.get_review(reviewer, rid).findings if f.severity == "warning"]
    rule = warnings[0].rule_id
    same = [f.id for f in warnings if f.rule_id == rule]
    result = decide.confirm_rule_warnings(service, reviewer, rid, warnings[0].id)
    assert result.done and f"规则 {rule} 的 {len(same)} 项警告已确认" in result.saved
    after = {f.id: f.status for f in service.get_review(reviewer, rid).findings}
    assert all(after[i] == "confirmed" for i in same)
    assert sum(1 for s in after.values() if s == "confirmed") == len(same)  # nothing else touched
    assert decide.confirm_rule_warnings(service, reviewer, rid, None).hint


def test_draft_refused_while_errors_pending_then_forced_and_previewed(service: ReviewService, reviewer: User,
                                                                     sheet: Path) -> None:
    rid = _review(service, reviewer, sheet)
    detail = service.get_review(reviewer, rid)
    waiting = sum(1 for f in detail.findings if f.severity == "error")
    assert waiting
    refused = decide.draft_opinion(service, reviewer, rid)
    assert refused.path is None and f"尚有 {waiting} 项“错误”级问题待确认" in refused.warning
    assert "ra-preview" in refused.preview  # the letter as it would be is shown even when refused
    forced = decide.draft_opinion(service, reviewer, rid, allow_pending=True)
    assert forced.path and Path(forced.path).exists()
    body = [p.text for p in Document(forced.path).paragraphs if p.text.strip()]
    assert all(render.esc(text) in forced.preview for text in body[:6])  # preview = the downloaded letter
    for f in detail.findings:
        if f.severity == "error":
            service.confirm(reviewer, f.id, f.version)
    assert decide.draft_opinion(service, reviewer, rid).path


def test_a_pdf_is_shown_as_its_text_pages(service: ReviewService, reviewer: User) -> None:
    pdf = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets" / "gs01_placeholder_leader.pdf"
    detail = service.get_review(reviewer, _review(service, reviewer, pdf))
    html = docview.document_html(detail.review.stored_path, detail.findings)
    assert '<div class="ra-doc-page">第 1 页</div>' in html
    located = {int(i) for ids in re.findall(r'data-f="([0-9 ]+)"', html) for i in ids.split()}
    gs01 = [f.id for f in detail.findings if f.rule_id == "GS-01" and f.evidence]
    assert gs01 and set(gs01) <= located


def test_cross_document_findings_are_marked_in_each_file(service: ReviewService, reviewer: User) -> None:
    reports = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"
    up = workbench.upload_view(service, reviewer, [str(reports / "d10_pair_report.docx"),
                                                   str(reports / "d10_pair_sheet.xlsx")])
    report_id = next(it.review_id for it in up.items if it.name.endswith(".docx"))
    detail = service.get_review(reviewer, report_id or 0)
    cross = [f for f in detail.findings if f.rule_id == "EA-GOAL-03"]
    assert len(cross) == 3
    html = docview.document_html(detail.review.stored_path, detail.findings)
    located = {int(i) for ids in re.findall(r'data-f="([0-9 ]+)"', html) for i in ids.split()}
    assert {f.id for f in cross} <= located
    assert "未在本文件中定位" not in html
