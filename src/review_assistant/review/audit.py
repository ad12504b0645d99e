"""The append-only audit log: who did what, when, with the record before and after.

Entries are written inside the same transaction as the change they describe, so the log and the
data can never disagree. Triggers in the schema refuse UPDATE and DELETE on the table.
"""

from __future__ import annotations

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


def record(conn: sqlite3.Connection, actor: str, action: str, object_type: str, object_id: object,
           before: Any = None, after: Any = None) -> None:
    """Append one entry using the caller's open transaction."""
    conn.execute(
        "INSERT INTO audit (at, actor, action, object_type, object_id, before_json, after_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (now(), actor, action, object_type, str(object_id), _dump(before), _dump(after)),
    )


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
