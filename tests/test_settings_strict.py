"""A misspelt or impossible setting is refused in Chinese, naming it — never silently ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.errors import ConfigError
from review_assistant.settings import load_settings


def _home(tmp_path: Path, toml: str) -> Path:
    (tmp_path / "settings.toml").write_text(toml, encoding="utf-8")
    return tmp_path


def test_misspelt_key_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as exc:
        load_settings(_home(tmp_path, "[review]\nmin_indicator = 5\n"))
    assert "review.min_indicator" in exc.value.message and "不是已知的配置项" in exc.value.message


def test_right_key_still_applies(tmp_path: Path) -> None:
    assert load_settings(_home(tmp_path, "[review]\nmin_indicators = 5\n")).review.min_indicators == 5


@pytest.mark.parametrize("key", ["max_upload_mb", "parse_timeout_s", "max_pages"])
def test_limits_must_be_positive(tmp_path: Path, key: str) -> None:
    with pytest.raises(ConfigError) as exc:
        load_settings(_home(tmp_path, f"[limits]\n{key} = -5\n"))
    assert f"limits.{key} 应大于 0" in exc.value.message
