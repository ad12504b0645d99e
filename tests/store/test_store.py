"""The SQLite store: migrations, transactions, append-only audit, users."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from review_assistant.errors import InputError, NotFoundError
from review_assistant.review import audit, users
from review_assistant.review.store import MIGRATIONS, Store


def test_fresh_store_is_migrated_and_reopening_is_idempotent(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite3")
    assert store.schema_version() == len(MIGRATIONS)
    again = Store(tmp_path / "r.sqlite3")
    assert again.schema_version() == len(MIGRATIONS)
    with store.read() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"users", "documents", "reviews", "findings", "audit", "schema_version"} <= tables


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite3")
    with pytest.raises(RuntimeError), store.tx() as conn:
        conn.execute("INSERT INTO users VALUES ('x', 'h', 'admin', NULL, 'now')")
        raise RuntimeError("boom")
    assert users.list_users(store) == []


def test_audit_log_refuses_update_and_delete(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite3")
    with store.tx() as conn:
        audit.record(conn, "alice", "test", "thing", 1, {"a": 1}, {"a": 2})
    for sql in ("UPDATE audit SET actor = 'mallory'", "DELETE FROM audit"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"), store.tx() as conn:
            conn.execute(sql)
    [entry] = audit.entries(store)
    assert (entry.actor, entry.before, entry.after) == ("alice", {"a": 1}, {"a": 2})


def test_rejection_without_reason_is_refused_by_the_schema(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite3")
    with store.tx() as conn:
        conn.execute("INSERT INTO documents (id, sha256, file_name, stored_path, uploader, created_at)"
                     " VALUES (1, 's', 'f', 'p', 'u', 't')")
        conn.execute("INSERT INTO reviews (id, document_id, purpose, project_key, version, created_by, created_at)"
                     " VALUES (1, 1, 'review', 'k', 1, 'u', 't')")
    with pytest.raises(sqlite3.IntegrityError), store.tx() as conn:
        conn.execute("INSERT INTO findings (review_id, finding_key, match_key, rule_id, severity, message, status)"
                     " VALUES (1, 'k', 'm', 'GS-01', 'error', 'x', 'rejected')")


def test_passwords_are_salted_hashes(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite3")
    users.add_user(store, "alice", "correct horse", "reviewer")
    users.add_user(store, "bob", "correct horse", "reviewer")
    with store.read() as conn:
        hashes = [r[0] for r in conn.execute("SELECT password_hash FROM users")]
    assert all("correct horse" not in h and h.startswith("scrypt$") for h in hashes)
    assert hashes[0] != hashes[1]
    assert users.authenticate(store, "alice", "correct horse") == users.User("alice", "reviewer")
    assert users.authenticate(store, "alice", "wrong password") is None
    assert users.authenticate(store, "nobody", "correct horse") is None


def test_user_validation(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite3")
    with pytest.raises(InputError, match="绑定"):
        users.add_user(store, "u1", "password1", "unit")
    with pytest.raises(InputError, match="角色"):
        users.add_user(store, "u1", "password1", "boss")
    with pytest.raises(InputError, match="8 位"):
        users.add_user(store, "u1", "short", "reviewer")
    users.add_user(store, "u1", "yunxi-budget-7", "unit", "教育局")
    with pytest.raises(InputError, match="已存在"):
        users.add_user(store, "u1", "yunxi-budget-7", "reviewer")
    users.remove_user(store, "u1")
    with pytest.raises(NotFoundError):
        users.remove_user(store, "u1")
    actions = [e.action for e in audit.entries(store)]
    assert actions == ["user.remove", "user.add"]
