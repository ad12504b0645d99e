"""Users and roles, with salted scrypt password hashes kept in the review store.

Roles: ``admin`` (everything, manages users), ``reviewer`` (reviews every unit's submissions),
``unit`` (bound to one unit: self-check of its own documents only), ``trainee`` (policy Q&A only).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from review_assistant.errors import InputError, NotFoundError
from review_assistant.review import audit
from review_assistant.review.store import Store, now

Role = Literal["admin", "reviewer", "unit", "trainee"]
ROLES: tuple[str, ...] = get_args(Role)
ROLE_ZH: dict[str, str] = {"admin": "管理员", "reviewer": "审核人员", "unit": "预算单位", "trainee": "学员"}

# scrypt cost: ~50 ms per login on a small server, 16 MB memory.
_N, _R, _P = 2**14, 8, 1
MIN_PASSWORD_LENGTH = 8  # the default of ``ui.min_password_length``
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
             *, actor: str = "system", min_length: int = MIN_PASSWORD_LENGTH) -> User:
    """Create a user (or raise :class:`InputError` with the reason in Chinese)."""
    if not _USERNAME.match(username):
        raise InputError(f"用户名“{username}”无效：2～40 个字符，可用字母、数字、汉字、下划线、点和连字符。")
    if role not in ROLES:
        raise InputError(f"角色“{role}”无效，可选：{'、'.join(ROLES)}。")
    if role == "unit" and not (unit and unit.strip()):
        raise InputError("单位用户必须用 --unit 绑定一个单位。")
    if role != "unit":
        unit = None
    validate_password(password, username, min_length=min_length)
    with store.tx() as conn:
        if conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
            raise InputError(f"用户“{username}”已存在。")
        conn.execute("INSERT INTO users (username, password_hash, role, unit, created_at) VALUES (?, ?, ?, ?, ?)",
                     (username, hash_password(password), role, unit, now()))
        audit.record(conn, actor, "user.add", "user", username, None, {"role": role, "unit": unit})
    return User(username, role, unit)


def validate_password(password: str, username: str | None = None, *,
                      min_length: int = MIN_PASSWORD_LENGTH) -> None:
    """Refuse short, common and guessable passwords with the reason in Chinese (:class:`InputError`)."""
    if len(password) < min_length:
        raise InputError(f"密码至少 {min_length} 位。")
    if password != password.strip():
        raise InputError("密码首尾不能有空格。")
    lowered = password.lower()
    if lowered in _common_passwords():
        raise InputError("这个密码太常见，容易被猜中，请换一个（建议用几个词组合并加入数字或符号）。")
    if len(set(lowered)) <= 2 or lowered in _SEQUENCES:
        raise InputError("密码不能是重复或连续的字符，请换一个。")
    if username and username.lower() in lowered:
        raise InputError("密码不能包含用户名。")


def change_password(store: Store, username: str, new_password: str, *, old_password: str | None = None,
                    actor: str = "system", min_length: int = MIN_PASSWORD_LENGTH) -> None:
    """Set a new password (checked by :func:`validate_password`); with ``old_password`` it must match first."""
    with store.read() as conn:
        row = conn.execute("SELECT password_hash FROM users WHERE username = ?", (username,)).fetchone()
    if row is None:
        raise NotFoundError(f"用户“{username}”不存在。")
    if old_password is not None and not verify_password(old_password, row["password_hash"]):
        raise InputError("原密码不正确。")
    if old_password is not None and old_password == new_password:
        raise InputError("新密码不能与原密码相同。")
    validate_password(new_password, username, min_length=min_length)
    with store.tx() as conn:
        conn.execute("UPDATE users SET password_hash = ? WHERE username = ?", (hash_password(new_password), username))
        audit.record(conn, actor, "user.password", "user", username, None, {"changed": True})


@functools.cache
def _common_passwords() -> frozenset[str]:
    text = (Path(__file__).with_name("common_passwords.txt")).read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _runs() -> frozenset[str]:
    out: set[str] = set()
    for alphabet in ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm"):
        for seq in (alphabet, alphabet[::-1]):
            for i in range(len(seq)):
                for j in range(i + 6, len(seq) + 1):
                    out.add(seq[i:j])
    return frozenset(out)


_SEQUENCES = _runs()


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
