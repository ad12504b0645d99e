"""The review store: one SQLite file in the home (WAL, one transaction per action, versioned schema).

Every write goes through :meth:`Store.tx`, which opens ``BEGIN IMMEDIATE`` and commits before it
returns, with ``synchronous=FULL``: once a caller gets control back, the action is on disk, so a
killed server loses nothing the UI already reported as saved.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

# Each entry moves the schema one version forward. Never edit a released entry: append a new one.
# An entry is SQL, or a function run on the migration's open transaction (for steps SQL cannot do).
Migration = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = [
    # 1: users, documents, reviews, findings, append-only audit log
    """
    CREATE TABLE users (
        username TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'unit', 'trainee')),
        unit TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL,
        file_name TEXT NOT NULL,
        stored_path TEXT NOT NULL,
        kind TEXT,
        project TEXT,
        unit TEXT,
        owner_unit TEXT,
        uploader TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX documents_sha ON documents(sha256);
    CREATE INDEX documents_owner ON documents(owner_unit);
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        purpose TEXT NOT NULL CHECK (purpose IN ('review', 'self_check')),
        project_key TEXT NOT NULL,
        version INTEGER NOT NULL,
        previous_id INTEGER REFERENCES reviews(id),
        batch_id TEXT,
        conclusion TEXT NOT NULL DEFAULT '',
        rules_version TEXT NOT NULL DEFAULT '',
        prompt_version TEXT NOT NULL DEFAULT '',
        model TEXT,
        settings_json TEXT NOT NULL DEFAULT '{}',
        result_json TEXT NOT NULL DEFAULT '{}',
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX reviews_project ON reviews(project_key, purpose);
    CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        review_id INTEGER NOT NULL REFERENCES reviews(id),
        finding_key TEXT NOT NULL,
        match_key TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        dimension TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL,
        message TEXT NOT NULL,
        evidence TEXT NOT NULL DEFAULT '',
        location_json TEXT NOT NULL DEFAULT '{}',
        policy_refs_json TEXT NOT NULL DEFAULT '[]',
        suggestion TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'rule',
        confidence REAL NOT NULL DEFAULT 1.0,
        model TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        manual INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'pending'
            CHECK (status IN ('pending', 'confirmed', 'edited', 'rejected')),
        edited_message TEXT,
        edited_suggestion TEXT,
        reject_reason TEXT,
        carried_from INTEGER REFERENCES findings(id),
        resolved_by INTEGER REFERENCES reviews(id),
        updated_by TEXT,
        updated_at TEXT,
        CHECK (status != 'rejected' OR length(trim(coalesce(reject_reason, ''))) > 0)
    );
    CREATE INDEX findings_review ON findings(review_id);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        object_type TEXT NOT NULL,
        object_id TEXT NOT NULL,
        before_json TEXT,
        after_json TEXT
    );
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    """,
    # 2: every finding carries a version, raised by each decision; a decision names the version it was
    # made on, and one made on an older version is refused (no last-writer-wins)
    """
    ALTER TABLE findings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    """,
    # 3: an audit row cannot be replaced either: INSERT OR REPLACE deletes the old row without firing
    # the delete trigger (recursive_triggers is off), so refuse any insert that reuses an id.
    """
    CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit
        WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    """,
    # 4: cycle: a reviewer's decision on an unsure project link; rectification tracking (整改)
    """
    CREATE TABLE project_links (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id),
        project_key TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected')),
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL
    );
    CREATE TABLE rectifications (
        id INTEGER PRIMARY KEY,
        project_key TEXT NOT NULL,
        review_id INTEGER REFERENCES reviews(id),
        requirement TEXT NOT NULL CHECK (length(trim(requirement)) > 0),
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reported', 'closed')),
        response TEXT,
        reported_at TEXT,
        closed_by TEXT,
        closed_at TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK (status = 'open' OR length(trim(coalesce(response, ''))) > 0)
    );
    CREATE INDEX rectifications_project ON rectifications(project_key);
    """,
    # 5: audit rows are chained by hash (a rewrite past the triggers is detected); existing rows chained
    lambda conn: _chain_audit(conn),
    # 6: login failures and lockouts survive a restart and are shared by every server over one database
    """
    CREATE TABLE login_failures (
        key TEXT NOT NULL,
        at REAL NOT NULL
    );
    CREATE INDEX login_failures_key ON login_failures(key, at);
    CREATE INDEX login_failures_at ON login_failures(at);
    CREATE TABLE login_lockouts (
        key TEXT PRIMARY KEY,
        until REAL NOT NULL
    );
    """,
]


def _chain_audit(conn: sqlite3.Connection) -> None:
    """Migration 5: add ``prev_hash``/``row_hash`` and fill them for the rows already there, in id order.
    The append-only triggers are lifted for this one transaction only."""
    from review_assistant.review.audit import row_hash  # audit imports this module

    conn.execute("ALTER TABLE audit ADD COLUMN prev_hash TEXT")
    conn.execute("ALTER TABLE audit ADD COLUMN row_hash TEXT")
    conn.execute("CREATE INDEX audit_actor ON audit(actor, action, at)")
    conn.execute("DROP TRIGGER audit_no_update")
    prev = ""
    for row in conn.execute("SELECT * FROM audit ORDER BY id").fetchall():
        digest = row_hash(row, prev)
        conn.execute("UPDATE audit SET prev_hash = ?, row_hash = ? WHERE id = ?", (prev, digest, row["id"]))
        prev = digest
    conn.execute("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                 " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END")


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it owner-only (0700): the home holds the
    database, uploads and knowledge base, which other accounts on the machine must not read."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # a folder owned by someone else stays as it is
        if path.stat().st_mode & 0o077:
            path.chmod(path.stat().st_mode & 0o700)
    return path


def now() -> str:
    """UTC timestamp, second precision, ISO 8601."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def local_time(iso: str) -> str:
    """A stored UTC time as the bureau reads it: Beijing time, minute precision."""
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(timezone(timedelta(hours=8))).strftime("%Y-%m-%d %H:%M")


class Store:
    """Connections to the review database. Safe to share between threads: each call opens its own."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        private_dir(self.path.parent)
        if not self.path.exists():
            # Created owner-only before SQLite opens it; SQLite gives the -wal/-shm files the same mode.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        self._migrate_lock = threading.Lock()
        self.migrate()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed when the block ends, rolled back on any exception."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read-only snapshot."""
        conn = self._connect()
        try:
            conn.execute("BEGIN")
            yield conn
            conn.execute("COMMIT")
        finally:
            conn.close()

    def schema_version(self) -> int:
        with self.read() as conn:
            return _version(conn)

    def migrate(self) -> None:
        """Bring the schema to the newest version, one migration per transaction."""
        with self._migrate_lock, self.tx() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = _version(conn)
            for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
                if callable(script):
                    script(conn)
                else:
                    for statement in _statements(script):
                        conn.execute(statement)
                conn.execute("DELETE FROM schema_version")
                conn.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))


def _version(conn: sqlite3.Connection) -> int:
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (``BEGIN … END;``) whole."""
    out: list[str] = []
    buf = ""
    for part in script.split(";"):
        buf += part + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                out.append(buf.strip())
            buf = ""
    return out
