"""Reviewer decisions on findings (confirm, edit, reject, reset, manual findings) and their statistics."""

from __future__ import annotations

from typing import Any

from review_assistant.checks.models import Finding, PolicyRef
from review_assistant.errors import InputError
from review_assistant.parsing.model import Location
from review_assistant.review import audit, repo, users
from review_assistant.review.records import RuleStat, StoredFinding, finding_row
from review_assistant.review.store import now
from review_assistant.service.base import ServiceBase

SEVERITIES = ("error", "warning", "info")


class Decisions(ServiceBase):
    def confirm(self, user: users.User, finding_id: int) -> StoredFinding:
        return self._decide(user, finding_id, "confirm", {"status": "confirmed", "reject_reason": None})

    def edit(self, user: users.User, finding_id: int, message: str, suggestion: str | None = None) -> StoredFinding:
        if not message.strip():
            raise InputError("修改后的问题描述不能为空。")
        update: dict[str, Any] = {"status": "edited", "edited_message": message.strip(), "reject_reason": None}
        if suggestion is not None:
            update["edited_suggestion"] = suggestion.strip()
        return self._decide(user, finding_id, "edit", update)

    def reject(self, user: users.User, finding_id: int, reason: str) -> StoredFinding:
        if not reason.strip():
            raise InputError("驳回必须填写理由。")
        return self._decide(user, finding_id, "reject", {"status": "rejected", "reject_reason": reason.strip()})

    def reset(self, user: users.User, finding_id: int) -> StoredFinding:
        return self._decide(user, finding_id, "reset", {"status": "pending", "reject_reason": None})

    def _decide(self, user: users.User, finding_id: int, action: str, update: dict[str, Any]) -> StoredFinding:
        self._require_review(user)
        self.get_finding(user, finding_id)  # scope check
        update = {**update, "updated_by": user.username, "updated_at": now()}
        with self.store.tx() as conn:
            before = repo.finding(conn, finding_id)
            assert before is not None
            repo.update_finding(conn, finding_id, update)
            after = repo.finding(conn, finding_id)
            assert after is not None
            audit.record(conn, user.username, f"finding.{action}", "finding", finding_id,
                         before.snapshot(), after.snapshot())
        return after

    def add_manual(self, user: users.User, review_id: int, *, message: str, severity: str = "warning",
                   dimension: str = "", evidence: str = "", suggestion: str = "", rule_id: str = "MANUAL",
                   policy_document: str = "", policy_article: str = "") -> StoredFinding:
        """A reviewer's own finding; stored as confirmed (the reviewer is its author)."""
        self._require_review(user)
        self.get_review(user, review_id)
        if not message.strip():
            raise InputError("请填写问题描述。")
        if severity not in SEVERITIES:
            raise InputError(f"级别“{severity}”无效。")
        refs = [PolicyRef(document=policy_document.strip(), article=policy_article.strip() or None)] \
            if policy_document.strip() else []
        f = Finding(rule_id=rule_id.strip() or "MANUAL", dimension=dimension.strip() or "人工补充",
                    severity=severity,
                    message=message.strip(), evidence=evidence.strip(), location=Location(), policy_refs=refs,
                    suggestion=suggestion.strip(), order=10**6).with_stable_id()
        row = finding_row(review_id, f, manual=True)
        row.update(status="confirmed", updated_by=user.username, updated_at=now())
        with self.store.tx() as conn:
            new_id = repo.insert_finding(conn, row)
            audit.record(conn, user.username, "finding.add_manual", "finding", new_id, None,
                         {"review_id": review_id, "message": f.message, "severity": severity})
        return self.get_finding(user, new_id)

    # ---- statistics ----------------------------------------------------------------------------
    def rule_stats(self, user: users.User) -> list[RuleStat]:
        """Per rule: how reviewers decided its findings (the false-positive signal for tuning)."""
        self._require_review(user)
        with self.store.read() as conn:
            return repo.rule_stats(conn)

    def audit_trail(self, user: users.User, finding_id: int) -> list[audit.AuditEntry]:
        self.get_finding(user, finding_id)
        return audit.entries(self.store, object_type="finding", object_id=finding_id)
