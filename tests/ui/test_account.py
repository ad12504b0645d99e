"""Password change by every user and reset by an admin, as the 账号 tab's plain functions."""

from __future__ import annotations

from review_assistant.review import users
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.ui import account
from reviewkit import PASSWORD


def test_own_password_change_checks_everything_first(service: ReviewService, unit_a: User) -> None:
    change = account.change_own_password
    assert change(service, unit_a, PASSWORD, "new-pass-1", "new-pass-2") == "两次输入的新密码不一致，请重新输入。"
    assert change(service, unit_a, "wrong-password", "new-pass-1", "new-pass-1") == "原密码不正确。"
    assert change(service, unit_a, PASSWORD, "short", "short") == "密码至少 8 位。"
    assert service.authenticate("unit_a", PASSWORD) is not None  # nothing changed so far
    assert change(service, unit_a, PASSWORD, "new-pass-1", "new-pass-1").startswith("密码已修改")
    assert service.authenticate("unit_a", PASSWORD) is None
    assert service.authenticate("unit_a", "new-pass-1") is not None


def test_only_an_admin_resets_and_the_reset_is_audited(service: ReviewService, reviewer: User, unit_a: User) -> None:
    admin = users.add_user(service.store, "boss", PASSWORD, "admin")
    assert account.reset_password(service, reviewer, "unit_a", "reset-pass-1").startswith("只有管理员")
    assert account.reset_password(service, admin, "nobody", "reset-pass-1") == "用户“nobody”不存在。"
    assert "已重置用户“unit_a”的密码" in account.reset_password(service, admin, "unit_a", "reset-pass-1")
    assert service.authenticate("unit_a", "reset-pass-1") is not None
    with service.store.read() as conn:
        row = conn.execute("SELECT actor, after_json FROM audit WHERE action = 'user.password'").fetchone()
    assert row["actor"] == "boss" and "reset-pass-1" not in row["after_json"]
