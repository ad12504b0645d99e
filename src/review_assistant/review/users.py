"""Users and roles, with salted scrypt password hashes kept in the review store.

Roles: ``admin`` (everything, manages users), ``reviewer`` (reviews every unit's submissions),
``unit`` (bound to one unit: self-check of its own documents only), ``trainee`` (policy Q&A only).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Literal, get_args

from review_assistant.errors import InputError, NotFoundError
from review_assistant.review import audit
from review_assistant.review.store import Store, now

Role = Literal["admin", "reviewer", "unit", "trainee"]
ROLES: tuple[str, ...] = get_args(Role)
ROLE_ZH: dict[str, str] = {"admin": "管理员", "reviewer": "审核人员", "unit": "预算单位", "trainee": "学员"}

# scrypt cost: ~50 ms per login on a small server, 16 MB memory.
_N, _R, _P = 2**14, 8, 1
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,40}$")


@dataclass(frozen=True)
class User:
    username: str
    role: str
    unit: str | None = None

    @property
    def can_review(self) -> bool:
        return self.role in {"admin", "reviewer"}

    @property
    def can_self_check(self) -> bool:
        return self.role in {"admin", "reviewer", "unit"}

    @property
    def can_manage_kb(self) -> bool:
        return self.role in {"admin", "reviewer"}

    def describe(self) -> str:
        who = f"{self.username}（{ROLE_ZH.get(self.role, self.role)}"
        return who + (f"，{self.unit}）" if self.unit else "）")


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                               dklen=len(digest) // 2)
    return hmac.compare_digest(candidate.hex(), digest)


def add_user(store: Store, username: str, password: str, role: str, unit: str | None = None,
             *, actor: str = "system") -> User:
    """Create a user (or raise :class:`InputError` with the reason in Chinese)."""
    if not _USERNAME.match(username):
        raise InputError(f"用户名“{username}”无效：2～40 个字符，可用字母、数字、汉字、下划线、点和连字符。")
    if role not in ROLES:
        raise InputError(f"角色“{role}”无效，可选：{'、'.join(ROLES)}。")
    if role == "unit" and not (unit and unit.strip()):
        raise InputError("单位用户必须用 --unit 绑定一个单位。")
    if role != "unit":
        unit = None
    check_password(password)
    with store.tx() as conn:
        if conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
            raise InputError(f"用户“{username}”已存在。")
        conn.execute("INSERT INTO users (username, password_hash, role, unit, created_at) VALUES (?, ?, ?, ?, ?)",
                     (username, hash_password(password), role, unit, now()))
        audit.record(conn, actor, "user.add", "user", username, None, {"role": role, "unit": unit})
    return User(username, role, unit)


def check_password(password: str) -> None:
    """The one password rule (raises :class:`InputError` with the reason in Chinese)."""
    if len(password) < 8:
        raise InputError("密码至少 8 位。")


def set_password(store: Store, username: str, password: str, *, actor: str = "system") -> None:
    """Replace a user's password (own change or an admin's reset); audited without the secret."""
    check_password(password)
    with store.tx() as conn:
        cur = conn.execute("UPDATE users SET password_hash = ? WHERE username = ?", (hash_password(password), username))
        if cur.rowcount == 0:
            raise NotFoundError(f"用户“{username}”不存在。")
        audit.record(conn, actor, "user.password", "user", username, None,
                     {"by": "self" if actor == username else "admin"})


def remove_user(store: Store, username: str, *, actor: str = "system") -> None:
    with store.tx() as conn:
        row = conn.execute("SELECT role, unit FROM users WHERE username = ?", (username,)).fetchone()
        if row is None:
            raise NotFoundError(f"用户“{username}”不存在。")
        conn.execute("DELETE FROM users WHERE username = ?", (username,))
        audit.record(conn, actor, "user.remove", "user", username, {"role": row["role"], "unit": row["unit"]}, None)


def list_users(store: Store) -> list[User]:
    with store.read() as conn:
        rows = conn.execute("SELECT username, role, unit FROM users ORDER BY username").fetchall()
    return [User(r["username"], r["role"], r["unit"]) for r in rows]


def get_user(store: Store, username: str) -> User | None:
    with store.read() as conn:
        r = conn.execute("SELECT username, role, unit FROM users WHERE username = ?", (username,)).fetchone()
    return None if r is None else User(r["username"], r["role"], r["unit"])


def authenticate(store: Store, username: str, password: str) -> User | None:
    """The user when the password matches, else None (same work either way, to not leak which)."""
    with store.read() as conn:
        r = conn.execute("SELECT username, password_hash, role, unit FROM users WHERE username = ?",
                         (username,)).fetchone()
    if r is None:
        verify_password(password, _DUMMY)
        return None
    if not verify_password(password, r["password_hash"]):
        return None
    return User(r["username"], r["role"], r["unit"])


_DUMMY = "scrypt$16384$8$1$" + "00" * 16 + "$" + "00" * 32
