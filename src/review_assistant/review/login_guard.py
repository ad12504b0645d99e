"""Login throttling: a rate limit per address, and a lockout per account and per address after repeated
failures (``ui.login_*`` settings). Failures and lockouts are written to the audit log.

State is kept in memory by the one server process (a restart clears lockouts; the audit rows stay).
The clock is injectable so tests need not sleep.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from review_assistant.review import audit
from review_assistant.review.store import Store
from review_assistant.settings import UISettings

_MAX_KEYS = 10_000  # bound the tables under a flood of made-up user names or addresses


class LoginGuard:
    def __init__(self, store: Store, settings: UISettings, clock: Callable[[], float] = time.monotonic) -> None:
        self.store, self.settings, self.clock = store, settings, clock
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = {}
        self._locked: dict[str, float] = {}
        self._attempts: dict[str, deque[float]] = {}

    def refusal(self, username: str, address: str) -> str | None:
        """A Chinese message when this attempt must not be tried at all, else None (the attempt is counted)."""
        now = self.clock()
        with self._lock:
            for key in (_user_key(username), _addr_key(address)):
                until = self._locked.get(key, 0.0)
                if until > now:
                    minutes = max(1, round((until - now) / 60))
                    who = "该账号" if key.startswith("u:") else "您所在的地址"
                    return f"{who}登录失败次数过多，已暂时锁定，请约 {minutes} 分钟后再试。"
            attempts = self._recent(self._attempts, _addr_key(address), now, 60.0)
            if len(attempts) >= self.settings.login_rate_per_minute:
                return "登录尝试过于频繁，请稍后再试。"
            attempts.append(now)
        return None

    def failed(self, username: str, address: str) -> None:
        now = self.clock()
        newly_locked: list[str] = []
        with self._lock:
            for key in (_user_key(username), _addr_key(address)):
                window = self._recent(self._failures, key, now, float(self.settings.login_window_s))
                window.append(now)
                if len(window) >= self.settings.login_max_failures and self._locked.get(key, 0.0) <= now:
                    self._locked[key] = now + self.settings.login_lockout_s
                    window.clear()
                    newly_locked.append(key)
            self._prune(now)
        with self.store.tx() as conn:
            audit.record(conn, username or "（空）", "login.fail", "user", username, None, {"address": address})
            for key in newly_locked:
                audit.record(conn, "system", "login.lockout", "user" if key.startswith("u:") else "address",
                             key[2:], None, {"seconds": self.settings.login_lockout_s, "address": address})

    def succeeded(self, username: str) -> None:
        """A good password clears the account's failure count (not the address's: one valid account must
        not let an address go on guessing others)."""
        with self._lock:
            self._failures.pop(_user_key(username), None)

    def _recent(self, table: dict[str, deque[float]], key: str, now: float, span: float) -> deque[float]:
        q = table.setdefault(key, deque())
        while q and q[0] <= now - span:
            q.popleft()
        return q

    def _prune(self, now: float) -> None:
        if len(self._failures) + len(self._attempts) + len(self._locked) < _MAX_KEYS:
            return
        self._locked = {k: v for k, v in self._locked.items() if v > now}
        span = float(max(self.settings.login_window_s, 60))
        for table in (self._failures, self._attempts):
            for key in [k for k, q in table.items() if not q or q[-1] <= now - span]:
                del table[key]


def _user_key(username: str) -> str:
    return "u:" + username.strip().lower()


def _addr_key(address: str) -> str:
    return "a:" + address
