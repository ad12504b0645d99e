"""Fixtures shared by the store and UI tests: a service in the test's home, users, sample sheets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from review_assistant.review import users
from review_assistant.service import ReviewService
from review_assistant.settings import Settings
from sheetfiles import flawed_sheet

UNIT_A = "云溪区城市更新中心"
UNIT_B = "云溪区教育局"
PASSWORD = "password-123"


@pytest.fixture
def service(settings: Settings) -> Iterator[ReviewService]:
    yield ReviewService(settings)


@pytest.fixture
def reviewer(service: ReviewService) -> users.User:
    return users.add_user(service.store, "reviewer1", PASSWORD, "reviewer")


@pytest.fixture
def unit_a(service: ReviewService) -> users.User:
    return users.add_user(service.store, "unit_a", PASSWORD, "unit", UNIT_A)


@pytest.fixture
def unit_b(service: ReviewService) -> users.User:
    return users.add_user(service.store, "unit_b", PASSWORD, "unit", UNIT_B)


@pytest.fixture
def trainee(service: ReviewService) -> users.User:
    return users.add_user(service.store, "trainee1", PASSWORD, "trainee")


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return flawed_sheet(tmp_path / "申报表A.docx")


@pytest.fixture
def sheet_b(tmp_path: Path) -> Path:
    return flawed_sheet(tmp_path / "申报表B.docx", unit=UNIT_B, project="校舍维修项目")
