"""Login throttling: a rate limit per address, and a lockout per account and per address after repeated
failures (``ui.login_*`` settings). Failures and lockouts are written to the audit log.

Failures and lockouts are kept in the store (``login_failures``, ``login_lockouts``), so a restart does
not lift a lockout and every server over one database sees the same ones; times are wall-clock seconds.
The per-minute attempt count is a throttle of this process only (it needs no history). The clock is
injectable so tests need not sleep.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from review_assistant.review import audit
from review_assistant.review.store import Store
from review_assistant.settings import UISettings

_MAX_KEYS = 10_000  # bound the in-memory attempt table under a flood of made-up addresses


class LoginGuard:
    def __init__(self, store: Store, settings: UISettings, clock: Callable[[], float] = time.time) -> None:
        self.store, self.settings, self.clock = store, settings, clock
        self._lock = threading.Lock()
        self._attempts: dict[str, deque[float]] = {}

    def refusal(self, username: str, address: str) -> str | None:
        """A Chinese message when this attempt must not be tried at all, else None (the attempt is counted)."""
        now = self.clock()
        keys = (_user_key(username), _addr_key(address))
        with self.store.read() as conn:
            locked = dict(conn.execute("SELECT key, until FROM login_lockouts WHERE key IN (?, ?) AND until > ?",
                                       (*keys, now)).fetchall())
        for key in keys:  # the account first: its message is the more useful one
            if key in locked:
                minutes = max(1, round((locked[key] - now) / 60))
                who = "该账号" if key.startswith("u:") else "您所在的地址"
                return f"{who}登录失败次数过多，已暂时锁定，请约 {minutes} 分钟后再试。"
        with self._lock:
            attempts = self._attempts.setdefault(keys[1], deque())
            while attempts and attempts[0] <= now - 60.0:
                attempts.popleft()
            if len(attempts) >= self.settings.login_rate_per_minute:
                return "登录尝试过于频繁，请稍后再试。"
            attempts.append(now)
            if len(self._attempts) > _MAX_KEYS:
                for key in [k for k, q in self._attempts.items() if not q or q[-1] <= now - 60.0]:
                    del self._attempts[key]
        return None

    def failed(self, username: str, address: str) -> None:
        """Count a failure for the account and the address; lock either one that reaches the limit."""
        now = self.clock()
        since = now - self.settings.login_window_s
        with self.store.tx() as conn:
            conn.execute("DELETE FROM login_failures WHERE at <= ?", (since,))
            conn.execute("DELETE FROM login_lockouts WHERE until <= ?", (now,))
            audit.record(conn, username or "（空）", "login.fail", "user", username, None, {"address": address})
            for key in (_user_key(username), _addr_key(address)):
                conn.execute("INSERT INTO login_failures (key, at) VALUES (?, ?)", (key, now))
                count = conn.execute("SELECT count(*) FROM login_failures WHERE key = ? AND at > ?",
                                     (key, since)).fetchone()[0]
                if count < self.settings.login_max_failures:
                    continue
                if conn.execute("SELECT 1 FROM login_lockouts WHERE key = ?", (key,)).fetchone():
                    continue  # already locked (another server counted the same flood)
                conn.execute("INSERT INTO login_lockouts (key, until) VALUES (?, ?)",
                             (key, now + self.settings.login_lockout_s))
                conn.execute("DELETE FROM login_failures WHERE key = ?", (key,))
                audit.record(conn, "system", "login.lockout", "user" if key.startswith("u:") else "address",
                             key[2:], None, {"seconds": self.settings.login_lockout_s, "address": address})

    def succeeded(self, username: str) -> None:
        """A good password clears the account's failure count (not the address's: one valid account must
        not let an address go on guessing others)."""
        with self.store.tx() as conn:
            conn.execute("DELETE FROM login_failures WHERE key = ?", (_user_key(username),))


def _user_key(username: str) -> str:
    return "u:" + username.strip().lower()


def _addr_key(address: str) -> str:
    return "a:" + address
