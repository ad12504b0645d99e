"""The audit log's hash chain: a row rewritten past the triggers is named by ``audit verify``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from review_assistant.cli import main
from review_assistant.errors import PermissionDenied
from review_assistant.review import audit, users
from review_assistant.review.store import MIGRATIONS, Store, _statements
from review_assistant.service import ReviewService


def _some_rows(service: ReviewService, admin: users.User) -> list[int]:
    for i in range(4):
        service.add_user(admin, f"user{i}", f"long-pass-{i}-xyz", "reviewer")
    with service.store.read() as conn:
        return [r[0] for r in conn.execute("SELECT id FROM audit ORDER BY id")]


def _raw(store: Store) -> sqlite3.Connection:
    """A plain connection with the append-only triggers dropped: what someone editing the file can do."""
    conn = sqlite3.connect(store.path, isolation_level=None)
    for name in ("audit_no_update", "audit_no_delete", "audit_no_replace"):
        conn.execute(f"DROP TRIGGER {name}")
    return conn


@pytest.fixture
def admin(service: ReviewService) -> users.User:
    return users.add_user(service.store, "boss", "long-pass-admin", "admin")


def test_intact_log_verifies_and_each_row_links_to_the_previous(service: ReviewService, admin: users.User) -> None:
    ids = _some_rows(service, admin)
    check = service.verify_audit(admin)
    assert check.ok and check.rows == len(ids) >= 5
    with service.store.read() as conn:
        rows = conn.execute("SELECT prev_hash, row_hash FROM audit ORDER BY id").fetchall()
    assert rows[0][0] == "" and all(rows[i][0] == rows[i - 1][1] for i in range(1, len(rows)))
    assert check.head == rows[-1][1]


def test_rewritten_row_is_named(service: ReviewService, admin: users.User) -> None:
    ids = _some_rows(service, admin)
    target = ids[2]
    conn = _raw(service.store)
    conn.execute("UPDATE audit SET actor = 'someone-else' WHERE id = ?", (target,))
    conn.close()
    check = service.verify_audit(admin)
    assert not check.ok and check.broken_id == target and "改写" in check.reason
    assert check.rows == 3  # the two before it were read and found good


def test_rewrite_with_a_recomputed_own_hash_breaks_at_the_next_row(service: ReviewService, admin: users.User) -> None:
    ids = _some_rows(service, admin)
    target = ids[1]
    conn = _raw(service.store)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM audit WHERE id = ?", (target,)).fetchone())
    row["after_json"] = '{"role": "admin"}'
    conn.execute("UPDATE audit SET after_json = ?, row_hash = ? WHERE id = ?",
                 (row["after_json"], audit.row_hash(row, row["prev_hash"]), target))
    conn.close()
    check = service.verify_audit(admin)
    assert check.broken_id == ids[2] and "上一条" in check.reason


def test_deleted_row_is_detected_at_its_successor(service: ReviewService, admin: users.User) -> None:
    ids = _some_rows(service, admin)
    conn = _raw(service.store)
    conn.execute("DELETE FROM audit WHERE id = ?", (ids[3],))
    conn.close()
    assert service.verify_audit(admin).broken_id == ids[4]


def test_only_admins_verify(service: ReviewService, reviewer: users.User) -> None:
    with pytest.raises(PermissionDenied):
        service.verify_audit(reviewer)


def test_rows_written_before_the_chain_are_chained_by_the_migration(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for script in MIGRATIONS[:3]:
        assert isinstance(script, str)
        for statement in _statements(script):
            conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (3)")
    for i in range(3):
        conn.execute("INSERT INTO audit (at, actor, action, object_type, object_id, after_json)"
                     " VALUES ('2026-01-01T00:00:00+00:00', 'old', 'user.add', 'user', ?, '{}')", (f"u{i}",))
    conn.close()
    store = Store(db)
    assert store.schema_version() == len(MIGRATIONS)
    with store.tx() as c:
        audit.record(c, "new", "user.add", "user", "u3")
    check = audit.verify(store)
    assert check.ok and check.rows == 4
    with store.read() as c:
        assert [r[0] for r in c.execute("SELECT actor FROM audit ORDER BY id")] == ["old", "old", "old", "new"]
    with pytest.raises(sqlite3.DatabaseError, match="append-only"), store.tx() as c:
        c.execute("UPDATE audit SET actor = 'x' WHERE id = 1")  # the trigger is back after the migration


def test_cli_verify_reports_the_broken_row(service: ReviewService, admin: users.User,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    ids = _some_rows(service, admin)
    home = str(service.settings.home)
    with pytest.raises(SystemExit) as exc:
        main(["audit", "verify", "--home", home])
    assert exc.value.code == 0 and "完好" in capsys.readouterr().out
    conn = _raw(service.store)
    conn.execute("UPDATE audit SET object_id = 'forged' WHERE id = ?", (ids[-1],))
    conn.close()
    with pytest.raises(SystemExit) as exc:
        main(["audit", "verify", "--home", home])
    assert exc.value.code == 3 and f"第 {ids[-1]} 条" in capsys.readouterr().err
