"""Decisions are never lost or misapplied: versions refuse stale views, validation is a typed inline message,
the next pending finding, and 'confirm all warnings of this rule' as one audited action."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from review_assistant.errors import FieldError, StaleDecision
from review_assistant.review import audit, users
from review_assistant.review.store import MIGRATIONS, Store, _statements
from review_assistant.review.users import User
from review_assistant.service import ReviewService

REPORTS = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"


def _first_review(service: ReviewService, user: User, sheet: Path) -> int:
    [item] = service.check_files(user, [sheet])
    return item.review_id or 0


def test_a_decision_on_a_stale_view_is_refused(service: ReviewService, reviewer: User, sheet: Path) -> None:
    other = users.add_user(service.store, "reviewer2", "password-123", "reviewer")
    rid = _first_review(service, reviewer, sheet)
    seen = service.get_review(reviewer, rid).findings[0]  # both reviewers look at the same version
    assert seen.version == 1
    confirmed = service.confirm(other, seen.id, seen.version)
    assert confirmed.version == 2 and confirmed.updated_by == "reviewer2"
    with pytest.raises(StaleDecision) as exc:
        service.reject(reviewer, seen.id, seen.version, "误报")
    message = exc.value.message
    assert "reviewer2" in message and "已确认" in message and "未保存" in message
    assert confirmed.updated_at and confirmed.updated_at[:4] in message  # when (Beijing time, to the minute)
    now = service.get_finding(reviewer, seen.id)
    assert (now.status, now.version, now.reject_reason) == ("confirmed", 2, None)
    trail = service.audit_trail(reviewer, seen.id)
    assert [e.action for e in trail] == ["finding.confirm"]
    assert trail[0].before["version"] == 1 and trail[0].after["version"] == 2
    # On the current version the decision goes through.
    assert service.reject(reviewer, seen.id, now.version, "误报").version == 3


def test_validation_errors_are_typed_and_name_their_field(service: ReviewService, reviewer: User,
                                                         sheet: Path) -> None:
    rid = _first_review(service, reviewer, sheet)
    f = service.get_review(reviewer, rid).findings[0]
    with pytest.raises(FieldError) as exc:
        service.reject(reviewer, f.id, f.version, "  ")
    assert exc.value.field == "reason" and exc.value.message == "驳回必须填写理由。"
    with pytest.raises(FieldError) as exc:
        service.edit(reviewer, f.id, f.version, "")
    assert exc.value.field == "message"
    with pytest.raises(FieldError) as exc:
        service.add_manual(reviewer, rid, message="x", severity="fatal")
    assert exc.value.field == "severity"
    unchanged = service.get_finding(reviewer, f.id)
    assert (unchanged.status, unchanged.version) == ("pending", 1)


def test_next_pending_follows_reading_order_and_wraps(service: ReviewService, reviewer: User, sheet: Path) -> None:
    rid = _first_review(service, reviewer, sheet)
    findings = service.get_review(reviewer, rid).findings
    first, second, third = findings[:3]
    assert service.next_pending(reviewer, rid) == first
    assert service.next_pending(reviewer, rid, after=first.id) == second
    service.confirm(reviewer, second.id, second.version)
    assert service.next_pending(reviewer, rid, after=first.id) == third
    # From the last one it wraps round to the first still pending.
    assert service.next_pending(reviewer, rid, after=findings[-1].id) == first
    for f in service.get_review(reviewer, rid).findings:
        if f.status == "pending":
            service.confirm(reviewer, f.id, f.version)
    assert service.next_pending(reviewer, rid, after=first.id) is None


def test_confirm_all_warnings_of_a_rule_is_one_audited_action(service: ReviewService, reviewer: User) -> None:
    other = users.add_user(service.store, "reviewer2", "password-123", "reviewer")
    items = service.check_files(reviewer, [REPORTS / "d10_pair_report.docx", REPORTS / "d10_pair_sheet.xlsx"])
    rid = items[0].review_id or 0
    goal = [f for f in service.get_review(reviewer, rid).findings if f.rule_id == "EA-GOAL-03"]
    warnings = [f for f in goal if f.severity == "warning"]
    errors = [f for f in goal if f.severity == "error"]
    assert len(warnings) >= 2 and errors
    decided_by_other = service.reject(other, warnings[0].id, warnings[0].version, "期限已另行说明")
    done = service.confirm_rule_warnings(reviewer, rid, "EA-GOAL-03")
    assert [f.id for f in done] == [f.id for f in warnings[1:]] and all(f.status == "confirmed" for f in done)
    after = {f.id: f for f in service.get_review(reviewer, rid).findings}
    assert after[decided_by_other.id].status == "rejected"  # another reviewer's decision is kept
    assert all(after[f.id].status == "pending" for f in errors)  # errors are never bulk-confirmed
    [entry] = audit.entries(service.store, object_type="review", object_id=rid)[:1]
    assert entry.action == "review.confirm_rule_warnings" and entry.actor == "reviewer1"
    assert entry.after["confirmed"] == [f.id for f in done] and entry.after["skipped"] == [warnings[0].id]
    assert service.audit_trail(reviewer, done[0].id)[0].after["bulk"] == "EA-GOAL-03"
    with pytest.raises(FieldError):
        service.confirm_rule_warnings(reviewer, rid, "GS-99")


def test_old_database_gets_finding_versions(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1)")
    conn.execute("INSERT INTO documents (sha256, file_name, stored_path, uploader, created_at)"
                 " VALUES ('x', 'a.docx', '/a', 'u', 't')")
    conn.execute("INSERT INTO reviews (document_id, purpose, project_key, version, created_by, created_at)"
                 " VALUES (1, 'review', 'k', 1, 'u', 't')")
    conn.execute("INSERT INTO findings (review_id, finding_key, match_key, rule_id, severity, message)"
                 " VALUES (1, 'f', 'm', 'GS-02', 'error', 'x')")
    conn.close()
    store = Store(db)
    assert store.schema_version() == len(MIGRATIONS)
    with store.read() as c:
        assert c.execute("SELECT version FROM findings").fetchone()[0] == 1
