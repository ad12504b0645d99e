"""Shared fixtures: every test gets its own home folder and real tracebacks."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "ra_home"
    monkeypatch.setenv("REVIEW_ASSISTANT_HOME", str(home))
    yield home


@pytest.fixture
def settings(_isolated_home: Path):  # type: ignore[no-untyped-def]
    from review_assistant.settings import load_settings

    return load_settings(_isolated_home)
