"""Password policy: short, common, repeated/sequential and username-containing passwords are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.errors import InputError
from review_assistant.review import audit, users
from review_assistant.review.store import Store


@pytest.mark.parametrize("weak", ["12345678", "Password1", "qwertyuiop", "aaaaaaaaaa", "abababab", "87654321",
                                  "abcdefghij", "admin12345"])
def test_common_and_guessable_passwords_are_refused(weak: str) -> None:
    with pytest.raises(InputError):
        users.validate_password(weak)


def test_length_setting_and_username() -> None:
    with pytest.raises(InputError, match="至少 12 位"):
        users.validate_password("yunxi-budg7", min_length=12)
    with pytest.raises(InputError, match="用户名"):
        users.validate_password("zhangsan-2026!", "zhangsan")
    users.validate_password("yunxi-budget-7", "zhangsan")


def test_add_user_and_change_password_use_the_policy(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite3")
    with pytest.raises(InputError, match="太常见"):
        users.add_user(store, "li", "12345678", "reviewer")
    users.add_user(store, "li", "yunxi-budget-7", "reviewer")
    with pytest.raises(InputError, match="原密码不正确"):
        users.change_password(store, "li", "another-good-9", old_password="wrong-one-1")
    with pytest.raises(InputError, match="太常见"):
        users.change_password(store, "li", "password123", old_password="yunxi-budget-7")
    users.change_password(store, "li", "another-good-9", old_password="yunxi-budget-7", actor="li")
    assert users.authenticate(store, "li", "another-good-9") is not None
    assert users.authenticate(store, "li", "yunxi-budget-7") is None
    assert audit.entries(store)[0].action == "user.password"
