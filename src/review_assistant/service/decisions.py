"""Reviewer decisions on findings (confirm, edit, reject, reset, manual findings) and their statistics."""

from __future__ import annotations

from typing import Any

from review_assistant.checks.models import Finding, PolicyRef
from review_assistant.errors import FieldError, StaleDecision
from review_assistant.parsing.model import Location
from review_assistant.review import audit, repo, users
from review_assistant.review.records import STATUS_ZH, RuleStat, StoredFinding, finding_row
from review_assistant.review.store import local_time, now
from review_assistant.service.base import ServiceBase

SEVERITIES = ("error", "warning", "info")


def stale_message(current: StoredFinding) -> str:
    who = current.updated_by or "其他审核人员"
    return (f"问题 {current.id} 已被“{who}”于 {local_time(current.updated_at) if current.updated_at else '刚才'} 改为“{STATUS_ZH.get(current.status, current.status)}”，"
            "你看到的是修改前的内容，本次操作未保存；请查看最新内容后再决定。")


class Decisions(ServiceBase):
    """Every decision names the ``version`` of the finding the reviewer saw (``StoredFinding.version``)."""

    def decidable(self, user: users.User, finding_id: int) -> StoredFinding:
        """The finding as it is now, for a reviewer about to decide on it (role checked first)."""
        self._require_review(user)
        return self.get_finding(user, finding_id)

    def confirm(self, user: users.User, finding_id: int, version: int) -> StoredFinding:
        return self._decide(user, finding_id, version, "confirm", {"status": "confirmed", "reject_reason": None})

    def edit(self, user: users.User, finding_id: int, version: int, message: str,
             suggestion: str | None = None) -> StoredFinding:
        if not message.strip():
            raise FieldError("修改后的问题描述不能为空。", "message")
        update: dict[str, Any] = {"status": "edited", "edited_message": message.strip(), "reject_reason": None}
        if suggestion is not None:
            update["edited_suggestion"] = suggestion.strip()
        return self._decide(user, finding_id, version, "edit", update)

    def reject(self, user: users.User, finding_id: int, version: int, reason: str) -> StoredFinding:
        if not reason.strip():
            raise FieldError("驳回必须填写理由。", "reason")
        return self._decide(user, finding_id, version, "reject",
                            {"status": "rejected", "reject_reason": reason.strip()})

    def reset(self, user: users.User, finding_id: int, version: int) -> StoredFinding:
        return self._decide(user, finding_id, version, "reset", {"status": "pending", "reject_reason": None})

    def _decide(self, user: users.User, finding_id: int, version: int, action: str,
                update: dict[str, Any]) -> StoredFinding:
        self._require_review(user)
        self.get_finding(user, finding_id)  # scope check
        update = {**update, "updated_by": user.username, "updated_at": now()}
        with self.store.tx() as conn:
            before = repo.finding(conn, finding_id)
            assert before is not None
            if before.version != version or not repo.update_finding(conn, finding_id, update, version):
                raise StaleDecision(stale_message(before))
            after = repo.finding(conn, finding_id)
            assert after is not None
            audit.record(conn, user.username, f"finding.{action}", "finding", finding_id,
                         {**before.snapshot(), "version": before.version}, {**after.snapshot(), "version": after.version})
        return after

    def confirm_rule_warnings(self, user: users.User, review_id: int, rule_id: str) -> list[StoredFinding]:
        """Confirm every pending warning of ``rule_id`` in one review, as one audited action.

        Only findings still pending when the action runs are touched: one another reviewer decided
        meanwhile keeps that decision.
        """
        self._require_review(user)
        detail = self.get_review(user, review_id)  # scope check
        wanted = [f for f in detail.findings if f.rule_id == rule_id and f.severity == "warning"]
        if not wanted:
            raise FieldError(f"该审核记录中没有规则 {rule_id} 的警告。", "rule")
        update = {"status": "confirmed", "reject_reason": None, "updated_by": user.username, "updated_at": now()}
        done: list[int] = []
        with self.store.tx() as conn:
            for f in wanted:
                current = repo.finding(conn, f.id)
                if current is None or current.status != "pending":
                    continue
                if repo.update_finding(conn, f.id, update, current.version):
                    done.append(f.id)
                    audit.record(conn, user.username, "finding.confirm", "finding", f.id,
                                 {**current.snapshot(), "version": current.version},
                                 {"status": "confirmed", "version": current.version + 1, "bulk": rule_id})
            audit.record(conn, user.username, "review.confirm_rule_warnings", "review", review_id, None,
                         {"rule_id": rule_id, "confirmed": done, "skipped": [f.id for f in wanted if f.id not in done]})
            confirmed = [x for x in (repo.finding(conn, i) for i in done) if x is not None]
        return confirmed

    def next_pending(self, user: users.User, review_id: int, after: int | None = None) -> StoredFinding | None:
        """The first pending finding after finding ``after`` in reading order (wrapping round), or None."""
        findings = self.get_review(user, review_id).findings
        ids = [f.id for f in findings]
        start = ids.index(after) + 1 if after in ids else 0
        ordered = findings[start:] + findings[:start]
        return next((f for f in ordered if f.status == "pending" and f.id != after), None)

    def add_manual(self, user: users.User, review_id: int, *, message: str, severity: str = "warning",
                   dimension: str = "", evidence: str = "", suggestion: str = "", rule_id: str = "MANUAL",
                   policy_document: str = "", policy_article: str = "") -> StoredFinding:
        """A reviewer's own finding; stored as confirmed (the reviewer is its author)."""
        self._require_review(user)
        self.get_review(user, review_id)
        if not message.strip():
            raise FieldError("请填写问题描述。", "message")
        if severity not in SEVERITIES:
            raise FieldError(f"级别“{severity}”无效。", "severity")
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
