"""bench/kb_fit.py: the cross-validated weight fit it reports on must find a signal the hand weights ignore."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "kb_fit.py"
    spec = importlib.util.spec_from_file_location("kb_fit", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _candidates(bench: ModuleType, n: int, seed: int) -> Any:
    """Signal 0 is noise the hand weights trust; signal 1 marks the expected clause (hand weight 0)."""
    rng = np.random.default_rng(seed)
    depth, nf = 5, 2
    features = np.zeros((n, depth, nf))
    features[:, :, 0] = rng.normal(size=(n, depth))
    match = np.zeros((n, depth), bool)
    match[np.arange(n), rng.integers(0, depth - 1, n)] = True
    features[:, :, 1] = match
    fixed = np.zeros((n, depth))
    fixed[:, -1] -= 1e9  # the last slot is empty: it never ranks
    return bench.Candidates(features, match, fixed, np.arange(n) % 4, np.arange(n) % 2 == 1)


def test_the_fit_finds_the_signal_that_marks_the_answer() -> None:
    bench = _bench()
    data = _candidates(bench, 200, 0)
    hand = np.array([1.0, 0.0])
    assert data.metrics(hand)[0] < 0.6  # the noise decides
    w = bench.fit(data, hand)
    assert w[1] > 1.0
    assert data.metrics(w)[0] == 1.0


def test_cross_validation_scores_each_corpus_on_held_out_rounds() -> None:
    bench = _bench()
    data = _candidates(bench, 200, 1)
    result = bench.cross_validate(data, np.array([1.0, 0.0]), folds=4)
    for corpus in ("政策", "法规"):
        assert result[corpus]["fitted"][0] == 1.0
        assert result[corpus]["hand"][0] < 0.6


def test_rounds_come_from_the_set_name() -> None:
    bench = _bench()
    assert bench.set_round("qa_blind31") == 31
    assert bench.set_round("laws_blind7") == 7
    assert bench.set_round("qa") == 0
