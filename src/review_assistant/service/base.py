"""What every part of the service shares: the store, the engine, the knowledge base, users and scope.

Every method takes the acting :class:`User` and checks the role before touching data; every query
for reviews carries the user's :class:`Scope`, so a unit user cannot reach another unit's document
or review by guessing an id — it simply does not exist for them (:class:`NotFoundError`).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from review_assistant.engine import Engine
from review_assistant.errors import InputError, NotFoundError, PermissionDenied, os_reason
from review_assistant.review import audit, repo, users
from review_assistant.review.records import ReviewDetail, ReviewRecord, StoredFinding
from review_assistant.review.store import Store
from review_assistant.service.kb_adapter import KBAdapter
from review_assistant.settings import Settings

PURPOSES = ("review", "self_check")


class ServiceBase:
    """Reviews, findings and decisions over one :class:`Store` in the settings' home."""

    def __init__(self, settings: Settings, *, engine: Engine | None = None) -> None:
        self.settings = settings
        try:
            self.store = Store(settings.db_path)
        except (OSError, sqlite3.OperationalError) as exc:
            raise InputError(f"数据主目录 {settings.home} 无法使用（{os_reason(exc)}）：请用 --home 指定一个可写的文件夹。") from exc
        self.kb = KBAdapter(settings)
        self.engine = engine or Engine(settings)  # an engine over the same settings (tests pass one with a fake model)

    def close(self) -> None:
        """Release the knowledge base's thread and connections."""
        self.kb.close()

    # ---- users -------------------------------------------------------------------------------
    def authenticate(self, username: str, password: str) -> users.User | None:
        return users.authenticate(self.store, username, password)

    def user(self, username: str) -> users.User:
        found = users.get_user(self.store, username)
        if found is None:
            raise PermissionDenied(f"用户“{username}”不存在或已被删除，请重新登录。")
        return found

    def list_users(self, actor: users.User) -> list[users.User]:
        self._require_admin(actor)
        return users.list_users(self.store)

    def add_user(self, actor: users.User, username: str, password: str, role: str,
                 unit: str | None = None) -> users.User:
        self._require_admin(actor)
        return users.add_user(self.store, username, password, role, unit, actor=actor.username,
                              min_length=self.settings.ui.min_password_length)

    def change_password(self, actor: users.User, username: str, new_password: str,
                        old_password: str | None = None) -> None:
        """A user changes their own password (the old one required); an admin sets anyone's."""
        if actor.username != username:
            self._require_admin(actor)
        elif old_password is None and actor.role != "admin":
            raise InputError("请填写原密码。")
        users.change_password(self.store, username, new_password, old_password=old_password,
                              actor=actor.username, min_length=self.settings.ui.min_password_length)

    def remove_user(self, actor: users.User, username: str) -> None:
        self._require_admin(actor)
        users.remove_user(self.store, username, actor=actor.username)

    def verify_audit(self, actor: users.User) -> audit.ChainCheck:
        """Recompute the audit log's hash chain (administrators only); names the first broken row."""
        self._require_admin(actor)
        return audit.verify(self.store)

    def has_users(self) -> bool:
        return bool(users.list_users(self.store))

    # ---- reading -------------------------------------------------------------------------------
    @staticmethod
    def _scope(user: users.User) -> repo.Scope:
        return repo.Scope.for_role(user.role, user.unit)

    def list_reviews(self, user: users.User, *, unit: str | None = None, project: str | None = None,
                     purpose: str | None = None, limit: int = 500) -> list[ReviewRecord]:
        """Reviews visible to ``user``, newest first, optionally filtered by unit/project (substring)."""
        with self.store.read() as conn:
            return repo.list_reviews(conn, self._scope(user), unit=unit, project=project, purpose=purpose,
                                     limit=limit)

    def get_review(self, user: users.User, review_id: int) -> ReviewDetail:
        if not 0 < review_id < 2**63:  # SQLite integers are 64-bit; a longer number names nothing
            raise NotFoundError(f"审核记录 {review_id} 不存在或无权查看。")
        with self.store.read() as conn:
            review = repo.review(conn, self._scope(user), review_id)
            if review is None:
                raise NotFoundError(f"审核记录 {review_id} 不存在或无权查看。")
            return ReviewDetail(review=review, findings=repo.findings_of(conn, review_id),
                                resolved=repo.resolved_by(conn, review_id))

    def get_finding(self, user: users.User, finding_id: int) -> StoredFinding:
        missing = NotFoundError(f"问题 {finding_id} 不存在或无权查看。")
        if not 0 < finding_id < 2**63:
            raise missing
        with self.store.read() as conn:
            review_id = repo.review_id_of_finding(conn, finding_id)
        if review_id is None:
            raise missing
        try:
            detail = self.get_review(user, review_id)  # raises for reviews out of scope
        except NotFoundError:
            raise missing from None  # the same words as a missing one: the review id is not revealed
        return next(f for f in detail.findings if f.id == finding_id)

    # ---- helpers -------------------------------------------------------------------------------
    def _log(self, user: users.User, action: str, kind: str, oid: object, after: Any) -> None:
        with self.store.tx() as conn:
            audit.record(conn, user.username, action, kind, oid, None, after)

    @staticmethod
    def _require_admin(user: users.User) -> None:
        if user.role != "admin":
            raise PermissionDenied("只有管理员可以管理账号。")

    @staticmethod
    def _require_review(user: users.User) -> None:
        if not user.can_review:
            raise PermissionDenied("当前账号没有审核权限（需要审核人员或管理员）。")

    @staticmethod
    def _require_check(user: users.User, purpose: str) -> None:
        if purpose not in PURPOSES:
            raise InputError(f"未知的审核用途“{purpose}”。")
        if purpose == "review" and not user.can_review:
            raise PermissionDenied("当前账号没有审核权限；预算单位请使用“单位自查”。")
        if purpose == "self_check" and not user.can_self_check:
            raise PermissionDenied("当前账号不能使用单位自查。")
