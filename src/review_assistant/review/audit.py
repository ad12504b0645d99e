"""The append-only audit log: who did what, when, with the record before and after.

Entries are written inside the same transaction as the change they describe, so the log and the
data can never disagree. Triggers in the schema refuse UPDATE, DELETE and INSERT OR REPLACE on the table.

Rows are also chained: each stores ``prev_hash`` (the previous row's hash) and ``row_hash`` (SHA-256 of
its own id, content and ``prev_hash``). Someone who edits the file past the triggers has to rewrite every
later row too, and :func:`verify` names the first row where the chain breaks. The newest hash it reports
can be noted down elsewhere: a chain rebuilt from an older row on will not end in it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from review_assistant.review.store import Store, now


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    object_type: str
    object_id: str
    before: Any
    after: Any


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of :func:`verify`: rows read, the first broken row (None when intact) and why."""

    rows: int
    broken_id: int | None
    reason: str
    head: str  # the newest row's hash ("" for an empty log)

    @property
    def ok(self) -> bool:
        return self.broken_id is None


_FIELDS = ("id", "at", "actor", "action", "object_type", "object_id", "before_json", "after_json")


def row_hash(row: Any, prev_hash: str) -> str:
    """SHA-256 of one row's id and content and the previous row's hash (``row`` maps the column names)."""
    payload = json.dumps([row[f] for f in _FIELDS] + [prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(conn: sqlite3.Connection, actor: str, action: str, object_type: str, object_id: object,
           before: Any = None, after: Any = None) -> None:
    """Append one entry using the caller's open transaction (``BEGIN IMMEDIATE``: no other writer can
    append between reading the last hash and inserting)."""
    last = conn.execute("SELECT id, row_hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev = (last[1] or "") if last else ""
    row = {"id": (last[0] + 1) if last else 1, "at": now(), "actor": actor, "action": action,
           "object_type": object_type, "object_id": str(object_id), "before_json": _dump(before),
           "after_json": _dump(after)}
    conn.execute(
        "INSERT INTO audit (id, at, actor, action, object_type, object_id, before_json, after_json, prev_hash,"
        " row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*[row[f] for f in _FIELDS], prev, row_hash(row, prev)),
    )


def verify(store: Store) -> ChainCheck:
    """Walk the log oldest first and recompute every hash; stop at the first row that does not match."""
    prev, count = "", 0
    with store.read() as conn:
        for row in conn.execute("SELECT * FROM audit ORDER BY id"):
            count += 1
            rid = int(row["id"])
            if (row["prev_hash"] or "") != prev:
                return ChainCheck(count, rid, f"第 {rid} 条记下的上一条哈希与上一条不符（它或之前的记录被改写、删除或插入）",
                                  prev)
            digest = row_hash(row, prev)
            if row["row_hash"] != digest:
                return ChainCheck(count, rid, f"第 {rid} 条的内容与其哈希不符（该条记录被改写）", prev)
            prev = digest
    return ChainCheck(count, None, "", prev)


def entries(store: Store, *, object_type: str | None = None, object_id: object | None = None,
            limit: int = 500) -> list[AuditEntry]:
    """Newest first, optionally for one object."""
    sql = "SELECT * FROM audit"
    args: list[Any] = []
    if object_type is not None:
        sql += " WHERE object_type = ?"
        args.append(object_type)
        if object_id is not None:
            sql += " AND object_id = ?"
            args.append(str(object_id))
    sql += " ORDER BY id DESC LIMIT ?"
    args.append(limit)
    with store.read() as conn:
        rows = conn.execute(sql, args).fetchall()
    return [AuditEntry(id=r["id"], at=r["at"], actor=r["actor"], action=r["action"],
                       object_type=r["object_type"], object_id=r["object_id"],
                       before=_load(r["before_json"]), after=_load(r["after_json"])) for r in rows]


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)
