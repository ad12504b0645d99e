"""LoginGuard with a fake clock: lockout per account and per address, expiry, rate limit, audit rows."""

from __future__ import annotations

from pathlib import Path

from review_assistant.review import audit
from review_assistant.review.login_guard import LoginGuard
from review_assistant.review.store import Store
from review_assistant.settings import Settings, UISettings


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _guard(tmp_path: Path, **kw: int) -> tuple[LoginGuard, Clock, Store]:
    clock, store = Clock(), Store(tmp_path / "r.sqlite3")
    settings = UISettings(**{"login_max_failures": 3, "login_lockout_s": 600, "login_window_s": 300,
                             "login_rate_per_minute": 100, **kw})
    return LoginGuard(store, settings, clock), clock, store


def test_account_locks_after_failures_and_unlocks_after_the_lockout(tmp_path: Path) -> None:
    guard, clock, store = _guard(tmp_path)
    for _ in range(3):
        assert guard.refusal("li", "10.0.0.1") is None
        guard.failed("li", "10.0.0.1")
    assert "该账号" in (guard.refusal("li", "10.0.0.9") or "")  # from any address
    clock.t += 601
    assert guard.refusal("li", "10.0.0.9") is None
    actions = [e.action for e in audit.entries(store)]
    assert actions.count("login.fail") == 3 and actions.count("login.lockout") == 2  # account and address


def test_address_guessing_many_accounts_is_locked(tmp_path: Path) -> None:
    guard, _clock, _store = _guard(tmp_path)
    for name in ("a1", "a2", "a3"):
        guard.failed(name, "10.0.0.2")
    assert "地址" in (guard.refusal("fresh", "10.0.0.2") or "")
    assert guard.refusal("fresh", "10.0.0.3") is None


def test_failures_outside_the_window_do_not_count_and_success_clears(tmp_path: Path) -> None:
    guard, clock, _store = _guard(tmp_path)
    guard.failed("li", "10.0.0.1")
    guard.failed("li", "10.0.0.2")
    clock.t += 301
    guard.failed("li", "10.0.0.3")
    assert guard.refusal("li", "10.0.0.4") is None
    guard.failed("li", "10.0.0.5")
    guard.succeeded("li")
    guard.failed("li", "10.0.0.6")
    assert guard.refusal("li", "10.0.0.7") is None


def test_rate_limit_per_address(tmp_path: Path) -> None:
    guard, clock, _store = _guard(tmp_path, login_rate_per_minute=5)
    assert all(guard.refusal("li", "10.0.0.1") is None for _ in range(5))
    assert "频繁" in (guard.refusal("li", "10.0.0.1") or "")
    clock.t += 61
    assert guard.refusal("li", "10.0.0.1") is None


def test_lockout_survives_a_restart_and_is_shared_by_two_servers(settings: Settings) -> None:
    """Two services over one database (a restart, or two server processes): a lockout set through one
    holds in the other, and failures counted by both add up."""
    from review_assistant.service import ReviewService

    clock = Clock()
    first, second = ReviewService(settings), ReviewService(settings)
    ui = settings.ui.model_copy(update={"login_max_failures": 4, "login_rate_per_minute": 100})
    a, b = LoginGuard(first.store, ui, clock), LoginGuard(second.store, ui, clock)
    a.failed("li", "10.0.0.1")
    b.failed("li", "10.0.0.2")
    a.failed("li", "10.0.0.3")
    assert b.refusal("li", "10.0.0.4") is None
    b.failed("li", "10.0.0.4")  # the fourth failure, counted across both
    assert "该账号" in (a.refusal("li", "10.0.0.5") or "")
    restarted = LoginGuard(ReviewService(settings).store, ui, clock)
    assert "该账号" in (restarted.refusal("li", "10.0.0.6") or "")
    clock.t += ui.login_lockout_s + 1
    assert restarted.refusal("li", "10.0.0.6") is None
    with first.store.read() as conn:
        assert conn.execute("SELECT count(*) FROM login_lockouts WHERE key = 'u:li'").fetchone()[0] == 1
    a.failed("li", "10.0.0.7")  # the next failure clears expired lockouts
    with first.store.read() as conn:
        assert conn.execute("SELECT count(*) FROM login_lockouts WHERE key = 'u:li'").fetchone()[0] == 0
    for s in (first, second):
        s.close()
