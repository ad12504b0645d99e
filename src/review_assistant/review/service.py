"""The one service the CLI and the UI call: check and store submissions, reviewer decisions, drafts.

Every method takes the acting :class:`User` and checks the role before touching data; every query
for reviews is filtered by :meth:`ReviewService._scope`, so a unit user cannot reach another unit's
document or review by guessing an id — it simply does not exist for them (:class:`NotFoundError`).
"""

from __future__ import annotations

import functools
import json
import tempfile
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from review_assistant import __version__
from review_assistant.checks.models import Finding, PolicyRef
from review_assistant.errors import InputError, NotFoundError, PermissionDenied
from review_assistant.parsing.model import Location, normalize_ws
from review_assistant.review import audit, users
from review_assistant.review.kb_adapter import KBAdapter
from review_assistant.review.records import (
    REVIEW_SELECT,
    BatchItem,
    ReviewDetail,
    ReviewRecord,
    RuleStat,
    StoredFinding,
    finding_row,
)
from review_assistant.review.results import CheckResult
from review_assistant.review.store import Store, now
from review_assistant.review.uploads import Incoming, expand, keep_copy
from review_assistant.settings import Settings

if TYPE_CHECKING:
    from review_assistant.review.cycle_service import CycleService

Progress = Callable[[float, str], None]
SEVERITIES = ("error", "warning", "info")


class ReviewService:
    """Reviews, findings and decisions over one :class:`Store` in the settings' home."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store(settings.db_path)
        self.kb = KBAdapter(settings)

    @functools.cached_property
    def cycle(self) -> CycleService:
        """Projects across stages and years, 结果应用, disclosure and rectification (review/cycle_service.py)."""
        from review_assistant.review.cycle_service import CycleService

        return CycleService(self)

    # ---- users -------------------------------------------------------------------------------
    def authenticate(self, username: str, password: str) -> users.User | None:
        return users.authenticate(self.store, username, password)

    def user(self, username: str) -> users.User:
        found = users.get_user(self.store, username)
        if found is None:
            raise PermissionDenied(f"用户“{username}”不存在或已被删除，请重新登录。")
        return found

    # ---- checking ------------------------------------------------------------------------------
    def check_files(self, user: users.User, paths: Sequence[Path], *, purpose: str = "review",
                    progress: Progress | None = None, use_llm: bool | None = None) -> list[BatchItem]:
        """Check files (or .zip batches), store one review per document, return one item per file."""
        self._require_check(user, purpose)
        say = progress or (lambda _f, _m: None)
        batch_id = uuid.uuid4().hex[:12] if len(paths) > 1 else None
        with tempfile.TemporaryDirectory(prefix="ra-upload-") as work:
            files, bad = expand([Path(p) for p in paths], Path(work), self.settings.limits)
            items = [BatchItem(name=Path(e.path).name, error=e.message) for e in bad]
            total = max(len(files), 1)
            for i, incoming in enumerate(files):
                say(i / total, f"正在审核 {incoming.name}（{i + 1}/{len(files)}）")
                items.append(self._check_one(user, incoming, purpose, batch_id, use_llm))
        say(1.0, "审核完成")
        return items

    def _check_one(self, user: users.User, incoming: Incoming, purpose: str, batch_id: str | None,
                   use_llm: bool | None) -> BatchItem:
        from review_assistant.review.pipeline import CheckOptions, check_paths

        options = CheckOptions(use_llm=use_llm, resolve_ref=self.kb.ref_resolver())
        result = check_paths([incoming.path], self.settings, options)[0]
        if result.error:  # refused files are not kept
            return BatchItem(name=incoming.name, error=result.error.replace(incoming.path.name, incoming.name, 1))
        try:
            stored, digest = keep_copy(incoming.path, self.settings.uploads_dir)
        except OSError as exc:
            return BatchItem(name=incoming.name, error=f"{incoming.name}：无法保存上传文件（{exc.strerror}）")
        return self._save_result(user, incoming.name, stored, digest, result, purpose, batch_id)

    def save_results(self, user: users.User, results: Sequence[CheckResult], *, purpose: str = "review",
                     names: Sequence[str] | None = None) -> list[int]:
        """Store results checked elsewhere (``check --save``); sets ``meta['review_id']`` on each stored one."""
        self._require_check(user, purpose)
        batch_id = uuid.uuid4().hex[:12] if len(results) > 1 else None
        ids: list[int] = []
        for i, r in enumerate(results):
            if r.error:
                continue
            source = Path(r.document.path)
            stored, digest = keep_copy(source, self.settings.uploads_dir)
            name = names[i] if names is not None else source.name
            item = self._save_result(user, name, stored, digest, r, purpose, batch_id)
            r.meta["review_id"] = item.review_id
            ids.append(item.review_id or 0)
        return ids

    def _save_result(self, user: users.User, name: str, stored: Path, digest: str, result: CheckResult,
                     purpose: str, batch_id: str | None) -> BatchItem:
        doc = result.document
        project = doc.project_name or doc.title or Path(name).stem
        owner = user.unit if user.role == "unit" else (doc.unit or None)
        key = "|".join([owner or "", normalize_ws(project), doc.kind or ""])
        payload = result.to_json_dict()
        payload["document"]["path"] = name
        with self.store.tx() as conn:
            cur = conn.execute(
                "INSERT INTO documents (sha256, file_name, stored_path, kind, project, unit, owner_unit, uploader,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (digest, name, str(stored), doc.kind, project, doc.unit, owner, user.username, now()))
            document_id = cur.lastrowid
            prev = conn.execute(
                "SELECT id, version FROM reviews WHERE project_key = ? AND purpose = ? ORDER BY id DESC LIMIT 1",
                (key, purpose)).fetchone()
            cur = conn.execute(
                "INSERT INTO reviews (document_id, purpose, project_key, version, previous_id, batch_id, conclusion,"
                " rules_version, prompt_version, model, settings_json, result_json, created_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (document_id, purpose, key, (prev["version"] + 1) if prev else 1, prev["id"] if prev else None,
                 batch_id, result.summary.conclusion, str(result.meta.get("rules_version", __version__)),
                 str(result.meta.get("prompt_version", "")), result.meta.get("llm"),
                 self.settings.review.model_dump_json(), json.dumps(payload, ensure_ascii=False),
                 user.username, now()))
            review_id = int(cur.lastrowid or 0)
            for f in result.findings:
                row = finding_row(review_id, f)
                conn.execute(f"INSERT INTO findings ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                             list(row.values()))
            resolved = carried = 0
            if prev is not None:
                resolved, carried = _link_versions(conn, prev["id"], review_id, user.username)
            audit.record(conn, user.username, "review.create", "review", review_id, None,
                         {"file": name, "purpose": purpose, "findings": len(result.findings),
                          "previous": prev["id"] if prev else None, "resolved": resolved, "carried": carried})
        return BatchItem(name=name, review_id=review_id, project=project, unit=doc.unit,
                         errors=result.summary.errors, warnings=result.summary.warnings,
                         conclusion=result.summary.conclusion, resolved=resolved, carried=carried)

    # ---- reading -------------------------------------------------------------------------------
    def _scope(self, user: users.User) -> tuple[str, list[Any]]:
        """The WHERE clause every review query carries for this user."""
        if user.role in {"admin", "reviewer"}:
            return "1 = 1", []
        if user.role == "unit" and user.unit:
            return "r.purpose = 'self_check' AND d.owner_unit = ?", [user.unit]
        return "0 = 1", []

    def list_reviews(self, user: users.User, *, unit: str | None = None, project: str | None = None,
                     purpose: str | None = None, limit: int = 500) -> list[ReviewRecord]:
        """Reviews visible to ``user``, newest first, optionally filtered by unit/project (substring)."""
        where, args = self._scope(user)
        sql = REVIEW_SELECT + f" WHERE {where}"
        if unit:
            sql += " AND (coalesce(d.unit, '') LIKE ? OR coalesce(d.owner_unit, '') LIKE ?)"
            args += [f"%{unit}%", f"%{unit}%"]
        if project:
            sql += " AND (coalesce(d.project, '') LIKE ? OR d.file_name LIKE ?)"
            args += [f"%{project}%", f"%{project}%"]
        if purpose:
            sql += " AND r.purpose = ?"
            args.append(purpose)
        sql += " ORDER BY r.id DESC LIMIT ?"
        args.append(limit)
        with self.store.read() as conn:
            return [ReviewRecord.from_row(r) for r in conn.execute(sql, args).fetchall()]

    def get_review(self, user: users.User, review_id: int) -> ReviewDetail:
        where, args = self._scope(user)
        with self.store.read() as conn:
            row = conn.execute(REVIEW_SELECT + f" WHERE r.id = ? AND {where}", [review_id, *args]).fetchone()
            if row is None:
                raise NotFoundError(f"审核记录 {review_id} 不存在或无权查看。")
            review = ReviewRecord.from_row(row)
            findings = [StoredFinding.from_row(r) for r in conn.execute(
                "SELECT * FROM findings WHERE review_id = ? ORDER BY manual,"
                " CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, position, id",
                (review_id,)).fetchall()]
            resolved = [StoredFinding.from_row(r) for r in conn.execute(
                "SELECT * FROM findings WHERE resolved_by = ? ORDER BY id", (review_id,)).fetchall()]
        return ReviewDetail(review=review, findings=findings, resolved=resolved)

    def get_finding(self, user: users.User, finding_id: int) -> StoredFinding:
        with self.store.read() as conn:
            row = conn.execute("SELECT review_id FROM findings WHERE id = ?", (finding_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"问题 {finding_id} 不存在或无权查看。")
        detail = self.get_review(user, int(row["review_id"]))  # raises for reviews out of scope
        return next(f for f in detail.findings if f.id == finding_id)

    # ---- decisions -----------------------------------------------------------------------------
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
            before = StoredFinding.from_row(conn.execute("SELECT * FROM findings WHERE id = ?", (finding_id,)).fetchone())
            conn.execute(f"UPDATE findings SET {', '.join(f'{k} = ?' for k in update)} WHERE id = ?",
                         [*update.values(), finding_id])
            after = StoredFinding.from_row(conn.execute("SELECT * FROM findings WHERE id = ?", (finding_id,)).fetchone())
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
            cur = conn.execute(f"INSERT INTO findings ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                               list(row.values()))
            new_id = int(cur.lastrowid or 0)
            audit.record(conn, user.username, "finding.add_manual", "finding", new_id, None,
                         {"review_id": review_id, "message": f.message, "severity": severity})
        return self.get_finding(user, new_id)

    # ---- drafting ------------------------------------------------------------------------------
    def draft_opinion(self, user: users.User, review_id: int, out: Path) -> Path:
        from review_assistant.drafting.opinion import write_opinion

        self._require_review(user)
        detail = self.get_review(user, review_id)
        write_opinion(detail, self.settings, out)
        self._log(user, "review.draft", "review", review_id, {"out": out.name})
        return out

    def draft_comments(self, user: users.User, review_id: int, out: Path) -> Path:
        from review_assistant.drafting.comments import write_commented_copy

        self._require_review(user)
        detail = self.get_review(user, review_id)
        write_commented_copy(detail, Path(detail.review.stored_path), out, author=user.username)
        return out

    def self_check_report(self, user: users.User, review_id: int, out: Path) -> Path:
        from review_assistant.drafting.selfcheck import write_self_check

        write_self_check(self.get_review(user, review_id), out)
        return out

    def batch_workbook(self, user: users.User, review_ids: Sequence[int], out: Path,
                       failed: Sequence[BatchItem] = ()) -> Path:
        from review_assistant.drafting.workbook import write_review_workbook

        details = [self.get_review(user, rid) for rid in review_ids]
        write_review_workbook(details, list(failed), out)
        return out

    # ---- statistics ----------------------------------------------------------------------------
    def rule_stats(self, user: users.User) -> list[RuleStat]:
        """Per rule: how reviewers decided its findings (the false-positive signal for tuning)."""
        self._require_review(user)
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT f.rule_id, count(*) AS total,"
                " sum(f.status = 'confirmed') AS confirmed, sum(f.status = 'edited') AS edited,"
                " sum(f.status = 'rejected') AS rejected, sum(f.status = 'pending') AS pending"
                " FROM findings f JOIN reviews r ON r.id = f.review_id"
                " WHERE f.manual = 0 AND f.carried_from IS NULL AND r.purpose = 'review'"
                " GROUP BY f.rule_id ORDER BY f.rule_id").fetchall()
        return [RuleStat(r["rule_id"], r["total"], r["confirmed"], r["edited"], r["rejected"], r["pending"])
                for r in rows]

    def audit_trail(self, user: users.User, finding_id: int) -> list[audit.AuditEntry]:
        self.get_finding(user, finding_id)
        return audit.entries(self.store, object_type="finding", object_id=finding_id)

    # ---- helpers -------------------------------------------------------------------------------
    def _log(self, user: users.User, action: str, kind: str, oid: object, after: Any) -> None:
        with self.store.tx() as conn:
            audit.record(conn, user.username, action, kind, oid, None, after)

    @staticmethod
    def _require_review(user: users.User) -> None:
        if not user.can_review:
            raise PermissionDenied("当前账号没有审核权限（需要审核人员或管理员）。")

    @staticmethod
    def _require_check(user: users.User, purpose: str) -> None:
        if purpose not in {"review", "self_check"}:
            raise InputError(f"未知的审核用途“{purpose}”。")
        if purpose == "review" and not user.can_review:
            raise PermissionDenied("当前账号没有审核权限；预算单位请使用“单位自查”。")
        if purpose == "self_check" and not user.can_self_check:
            raise PermissionDenied("当前账号不能使用单位自查。")


def _link_versions(conn: Any, prev_id: int, new_id: int, actor: str) -> tuple[int, int]:
    """Mark findings of the previous version that are gone as resolved; carry rejections forward."""
    prev = [StoredFinding.from_row(r) for r in conn.execute(
        "SELECT * FROM findings WHERE review_id = ? AND manual = 0", (prev_id,)).fetchall()]
    new_rows = conn.execute("SELECT id, match_key FROM findings WHERE review_id = ?", (new_id,)).fetchall()
    new_keys = {r["match_key"]: r["id"] for r in new_rows}
    prev_keys = {r["id"]: r["match_key"] for r in conn.execute(
        "SELECT id, match_key FROM findings WHERE review_id = ?", (prev_id,)).fetchall()}
    resolved = carried = 0
    for f in prev:
        key = prev_keys[f.id]
        if key not in new_keys:
            conn.execute("UPDATE findings SET resolved_by = ? WHERE id = ?", (new_id, f.id))
            resolved += 1
        elif f.status == "rejected":
            reason = f"沿用上一版驳回意见：{f.reject_reason}"
            conn.execute("UPDATE findings SET status = 'rejected', reject_reason = ?, carried_from = ?,"
                         " updated_by = ?, updated_at = ? WHERE id = ?",
                         (reason, f.id, actor, now(), new_keys[key]))
            audit.record(conn, actor, "finding.carry_rejection", "finding", new_keys[key],
                         {"status": "pending"}, {"status": "rejected", "reject_reason": reason, "from": f.id})
            carried += 1
    return resolved, carried
