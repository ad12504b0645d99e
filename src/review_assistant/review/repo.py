"""Repository functions over the review store: every SQL statement the service needs, in one place.

Each function takes an open connection from :meth:`Store.tx` (writes) or :meth:`Store.read`, so the
service decides the transaction boundaries and these functions decide the SQL. Queries for reviews
carry a :class:`Scope` (who may see what), never a bare ``WHERE``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from review_assistant.review import audit
from review_assistant.review.records import REVIEW_SELECT, ReviewRecord, RuleStat, StoredFinding
from review_assistant.review.store import now


@dataclass(frozen=True)
class Scope:
    """The reviews a user may see, as a SQL condition over ``reviews r JOIN documents d``."""

    where: str
    args: tuple[Any, ...] = field(default_factory=tuple)

    @classmethod
    def for_role(cls, role: str, unit: str | None) -> Scope:
        if role in {"admin", "reviewer"}:
            return cls("1 = 1")
        if role == "unit" and unit:
            return cls("r.purpose = 'self_check' AND d.owner_unit = ?", (unit,))
        return cls("0 = 1")


# ---- writing a checked batch ------------------------------------------------------------------
def insert_document(conn: sqlite3.Connection, *, sha256: str, file_name: str, stored_path: str, kind: str | None,
                    project: str, unit: str | None, owner_unit: str | None, uploader: str) -> int:
    cur = conn.execute(
        "INSERT INTO documents (sha256, file_name, stored_path, kind, project, unit, owner_unit, uploader,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sha256, file_name, stored_path, kind, project, unit, owner_unit, uploader, now()))
    return int(cur.lastrowid or 0)


def latest_review(conn: sqlite3.Connection, project_key: str, purpose: str,
                  batch_id: str | None = None) -> sqlite3.Row | None:
    """The newest review of the same project (same unit, project and kind) for the same purpose that
    came in an earlier upload: files of one batch are never versions of each other."""
    row: sqlite3.Row | None = conn.execute(
        "SELECT r.id, r.version FROM reviews r WHERE r.project_key = ? AND r.purpose = ?"
        " AND (? IS NULL OR r.batch_id IS NULL OR r.batch_id != ?) ORDER BY r.id DESC LIMIT 1",
        (project_key, purpose, batch_id, batch_id)).fetchone()
    return row


def review_of_same_file(conn: sqlite3.Connection, sha256: str, project_key: str, purpose: str) -> int | None:
    """The newest review of a byte-identical file of the same project and purpose (a re-upload)."""
    row = conn.execute(
        "SELECT r.id FROM reviews r JOIN documents d ON d.id = r.document_id"
        " WHERE d.sha256 = ? AND r.project_key = ? AND r.purpose = ? ORDER BY r.id DESC LIMIT 1",
        (sha256, project_key, purpose)).fetchone()
    return int(row["id"]) if row is not None else None


def insert_review(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    return _insert(conn, "reviews", {**values, "created_at": now()})


def insert_finding(conn: sqlite3.Connection, row: dict[str, Any]) -> int:
    return _insert(conn, "findings", row)


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    cur = conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       list(row.values()))
    return int(cur.lastrowid or 0)


def link_versions(conn: sqlite3.Connection, prev_id: int, new_id: int, actor: str) -> tuple[int, int]:
    """Mark findings of the previous version that are gone as resolved; carry rejections forward."""
    prev = [StoredFinding.from_row(r) for r in conn.execute(
        "SELECT * FROM findings WHERE review_id = ? AND manual = 0", (prev_id,)).fetchall()]
    new_keys = {r["match_key"]: r["id"] for r in conn.execute(
        "SELECT id, match_key FROM findings WHERE review_id = ?", (new_id,)).fetchall()}
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
                         " updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                         (reason, f.id, actor, now(), new_keys[key]))
            audit.record(conn, actor, "finding.carry_rejection", "finding", new_keys[key],
                         {"status": "pending"}, {"status": "rejected", "reject_reason": reason, "from": f.id})
            carried += 1
    return resolved, carried


# ---- reading ------------------------------------------------------------------------------------
def list_reviews(conn: sqlite3.Connection, scope: Scope, *, unit: str | None = None, project: str | None = None,
                 purpose: str | None = None, limit: int = 500) -> list[ReviewRecord]:
    sql = REVIEW_SELECT + f" WHERE {scope.where}"
    args: list[Any] = list(scope.args)
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
    return [ReviewRecord.from_row(r) for r in conn.execute(sql, args).fetchall()]


def review(conn: sqlite3.Connection, scope: Scope, review_id: int) -> ReviewRecord | None:
    row = conn.execute(REVIEW_SELECT + f" WHERE r.id = ? AND {scope.where}", [review_id, *scope.args]).fetchone()
    return ReviewRecord.from_row(row) if row is not None else None


def findings_of(conn: sqlite3.Connection, review_id: int) -> list[StoredFinding]:
    """A review's findings in reading order: machine findings by severity and position, then manual ones."""
    return [StoredFinding.from_row(r) for r in conn.execute(
        "SELECT * FROM findings WHERE review_id = ? ORDER BY manual,"
        " CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, position, id",
        (review_id,)).fetchall()]


def resolved_by(conn: sqlite3.Connection, review_id: int) -> list[StoredFinding]:
    """Findings of the previous version that this review no longer raises."""
    return [StoredFinding.from_row(r) for r in conn.execute(
        "SELECT * FROM findings WHERE resolved_by = ? ORDER BY id", (review_id,)).fetchall()]


def finding(conn: sqlite3.Connection, finding_id: int) -> StoredFinding | None:
    row = conn.execute("SELECT * FROM findings WHERE id = ?", (finding_id,)).fetchone()
    return StoredFinding.from_row(row) if row is not None else None


def review_id_of_finding(conn: sqlite3.Connection, finding_id: int) -> int | None:
    row = conn.execute("SELECT review_id FROM findings WHERE id = ?", (finding_id,)).fetchone()
    return int(row["review_id"]) if row is not None else None


def update_finding(conn: sqlite3.Connection, finding_id: int, update: dict[str, Any], version: int) -> bool:
    """Apply a decision made on ``version`` and raise the version; False (nothing written) when the
    finding has moved on since."""
    cur = conn.execute(f"UPDATE findings SET {', '.join(f'{k} = ?' for k in update)}, version = version + 1"
                       " WHERE id = ? AND version = ?", [*update.values(), finding_id, version])
    return cur.rowcount == 1


def rule_stats(conn: sqlite3.Connection) -> list[RuleStat]:
    """Per rule: how reviewers decided its machine findings in reviews (not self-checks, not carried)."""
    rows = conn.execute(
        "SELECT f.rule_id, count(*) AS total,"
        " sum(f.status = 'confirmed') AS confirmed, sum(f.status = 'edited') AS edited,"
        " sum(f.status = 'rejected') AS rejected, sum(f.status = 'pending') AS pending"
        " FROM findings f JOIN reviews r ON r.id = f.review_id"
        " WHERE f.manual = 0 AND f.carried_from IS NULL AND r.purpose = 'review'"
        " GROUP BY f.rule_id ORDER BY f.rule_id").fetchall()
    return [RuleStat(r["rule_id"], r["total"], r["confirmed"], r["edited"], r["rejected"], r["pending"])
            for r in rows]
