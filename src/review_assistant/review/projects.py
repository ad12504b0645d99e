"""Projects over the stored reviews: grouping by unit + normalised name, link decisions, rectifications.

A project's key is ``<normalised unit>|<normalised name>`` (the normaliser of
:mod:`review_assistant.checks.cross.pairing`, one definition). Documents whose names only contain one
another, or whose unit is missing, are *proposed* for a project and join it once a reviewer confirms;
a rejected proposal is not made again. Every decision and every rectification step is audited.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from review_assistant.checks.cross.pairing import normalize_name
from review_assistant.checks.cross.projects import STAGE_ORDER, STAGE_ZH, match_normalized, normalize_unit
from review_assistant.errors import InputError, NotFoundError
from review_assistant.review import audit
from review_assistant.review.records import ReviewRecord
from review_assistant.review.store import Store, now

RECT_STATUS_ZH = {"open": "待整改", "reported": "已报整改情况", "closed": "已销号"}


def project_identity(unit: str | None, name: str | None) -> str:
    """A project across stages and years: normalised unit | normalised name (no kind, no year)."""
    return f"{normalize_unit(unit or '')}|{normalize_name(name or '')}"


@dataclass
class Proposal:
    """A document that may belong to a project; the reviewer confirms or rejects it."""

    document_id: int
    file_name: str
    project_key: str
    reason: str


@dataclass
class Project:
    key: str
    name: str
    unit: str
    reviews: list[ReviewRecord] = field(default_factory=list)  # every version, sorted by year and stage
    proposals: list[Proposal] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return sorted({y for r in self.reviews if (y := r.fiscal_year)})

    @property
    def stages(self) -> list[str]:
        return sorted({r.kind or "" for r in self.reviews}, key=lambda k: STAGE_ORDER.get(k, 9))

    def latest(self) -> list[ReviewRecord]:
        """The newest version of each document: one review per stage and year.

        The store chains versions by unit + name + kind only, so next year's sheet would count as a new
        version of this year's; the year keeps them apart here.
        """
        seen: dict[tuple[str, int | None], ReviewRecord] = {}
        for r in self.reviews:
            key = (r.project_key, r.fiscal_year)
            if key not in seen or r.id > seen[key].id:
                seen[key] = r
        return sorted(seen.values(), key=_order)


def _order(r: ReviewRecord) -> tuple[int, int, int]:
    return (r.fiscal_year or 0, STAGE_ORDER.get(r.kind or "", 9), r.id)


def stage_label(kind: str | None) -> str:
    return STAGE_ZH.get(kind or "", kind or "")


def group_projects(reviews: list[ReviewRecord], decisions: dict[int, tuple[str, str]]) -> list[Project]:
    """Group reviews into projects; ``decisions`` maps document id → (status, project key)."""
    projects: dict[str, Project] = {}
    for r in reviews:
        unit = r.unit or r.owner_unit or ""
        key = project_identity(unit, r.project)
        status, target = decisions.get(r.document_id, ("", ""))
        if status == "confirmed":
            key = target
        p = projects.setdefault(key, Project(key, r.project or r.file_name, unit))
        p.reviews.append(r)
        if not p.unit and unit:
            p.unit = unit
    for p in projects.values():
        p.reviews.sort(key=_order)
    # Unsure links: the documents of a smaller project whose name/unit is close to a bigger one's are proposed for it.
    norm = {k: (normalize_name(p.name), normalize_unit(p.unit)) for k, p in projects.items()}
    for a, b in _candidate_pairs(norm):
        if match_normalized(*norm[a], *norm[b]) is None:
            continue
        big, small = sorted((a, b), key=lambda k: (-len(projects[k].reviews), k))
        _propose(projects[big], projects[small], decisions)
    return sorted(projects.values(), key=lambda p: (p.unit, p.name))


def _candidate_pairs(norm: dict[str, tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Only pairs that can match: the same unit, or one side without a unit (not all n² pairs)."""
    by_unit: dict[str, list[str]] = {}
    for key, (_, unit) in norm.items():
        by_unit.setdefault(unit, []).append(key)
    blank = by_unit.get("", [])
    for unit, keys in by_unit.items():
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                yield a, b
            if unit:
                for b in blank:
                    yield a, b


def _propose(main: Project, other: Project, decisions: dict[int, tuple[str, str]]) -> None:
    for r in other.latest():
        status, target = decisions.get(r.document_id, ("", ""))
        if status == "rejected" and target == main.key:
            continue
        why = "单位未填" if not (main.unit and other.unit) else "项目名称相近"
        main.proposals.append(Proposal(r.document_id, r.file_name, main.key, f"{why}：“{other.name}”与“{main.name}”"))


# ---- repository: link decisions -------------------------------------------------------------------


def link_decisions(store: Store) -> dict[int, tuple[str, str]]:
    with store.read() as conn:
        rows = conn.execute("SELECT document_id, status, project_key FROM project_links").fetchall()
    return {int(r["document_id"]): (r["status"], r["project_key"]) for r in rows}


def decide_link(store: Store, actor: str, document_id: int, key: str, status: str) -> None:
    if status not in {"confirmed", "rejected"}:
        raise InputError(f"关联决定“{status}”无效（confirmed 或 rejected）。")
    with store.tx() as conn:
        if conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is None:
            raise NotFoundError(f"文件 {document_id} 不存在。")
        before = _row(conn, "SELECT * FROM project_links WHERE document_id = ?", document_id)
        conn.execute("INSERT INTO project_links (document_id, project_key, status, decided_by, decided_at)"
                     " VALUES (?, ?, ?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET project_key = excluded.project_key,"
                     " status = excluded.status, decided_by = excluded.decided_by, decided_at = excluded.decided_at",
                     (document_id, key, status, actor, now()))
        audit.record(conn, actor, f"project.link_{status}", "document", document_id, before,
                     {"project_key": key, "status": status})


# ---- repository: rectifications -------------------------------------------------------------------


@dataclass
class Rectification:
    id: int
    project_key: str
    review_id: int | None
    requirement: str
    due_date: str | None
    status: str
    response: str | None
    reported_at: str | None
    closed_by: str | None
    closed_at: str | None
    created_by: str
    created_at: str

    @property
    def status_zh(self) -> str:
        return RECT_STATUS_ZH.get(self.status, self.status)

    def overdue(self, today: date | None = None) -> bool:
        if self.status == "closed" or not self.due_date:
            return False
        return self.due_date < (today or date.today()).isoformat()


def _row(conn: sqlite3.Connection, sql: str, *args: object) -> dict[str, object] | None:
    row = conn.execute(sql, args).fetchone()
    return dict(row) if row is not None else None


def _valid_date(text: str | None) -> str | None:
    if not text or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError as exc:
        raise InputError(f"日期“{text}”无效，请写成 2025-10-31 的形式。") from exc


def add_rectification(store: Store, actor: str, key: str, requirement: str, due_date: str | None = None,
                      review_id: int | None = None) -> Rectification:
    if not requirement.strip():
        raise InputError("请填写整改要求。")
    due = _valid_date(due_date)
    with store.tx() as conn:
        cur = conn.execute("INSERT INTO rectifications (project_key, review_id, requirement, due_date, created_by,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?)", (key, review_id, requirement.strip(), due, actor, now()))
        rid = int(cur.lastrowid or 0)
        audit.record(conn, actor, "rectification.add", "rectification", rid, None,
                     {"project_key": key, "requirement": requirement.strip(), "due_date": due})
    return get_rectification(store, rid)


def report_rectification(store: Store, actor: str, rid: int, response: str) -> Rectification:
    if not response.strip():
        raise InputError("请填写整改情况。")
    return _update(store, actor, rid, "report", {"status": "reported", "response": response.strip(), "reported_at": now()},
                   allowed={"open", "reported"})


def close_rectification(store: Store, actor: str, rid: int) -> Rectification:
    current = get_rectification(store, rid)
    if not (current.response or "").strip():
        raise InputError("尚未报送整改情况，不能销号。")
    return _update(store, actor, rid, "close", {"status": "closed", "closed_by": actor, "closed_at": now()},
                   allowed={"reported"})


def _update(store: Store, actor: str, rid: int, action: str, update: dict[str, str], allowed: set[str]) -> Rectification:
    with store.tx() as conn:
        before = _row(conn, "SELECT * FROM rectifications WHERE id = ?", rid)
        if before is None:
            raise NotFoundError(f"整改事项 {rid} 不存在。")
        if before["status"] not in allowed:
            state = RECT_STATUS_ZH.get(str(before["status"]), str(before["status"]))
            verb = {"report": "报送整改情况", "close": "销号"}[action]
            raise InputError(f"整改事项 {rid} 当前为“{state}”，不能{verb}。")
        conn.execute(f"UPDATE rectifications SET {', '.join(f'{k} = ?' for k in update)} WHERE id = ?",
                     [*update.values(), rid])
        after = _row(conn, "SELECT * FROM rectifications WHERE id = ?", rid)
        audit.record(conn, actor, f"rectification.{action}", "rectification", rid, before, after)
    return get_rectification(store, rid)


def get_rectification(store: Store, rid: int) -> Rectification:
    with store.read() as conn:
        row = conn.execute("SELECT * FROM rectifications WHERE id = ?", (rid,)).fetchone()
    if row is None:
        raise NotFoundError(f"整改事项 {rid} 不存在。")
    return Rectification(**dict(row))


def list_rectifications(store: Store, key: str | None = None) -> list[Rectification]:
    sql, args = "SELECT * FROM rectifications", []
    if key is not None:
        sql += " WHERE project_key = ?"
        args.append(key)
    with store.read() as conn:
        return [Rectification(**dict(r)) for r in conn.execute(sql + " ORDER BY id", args).fetchall()]
