"""Seeded random self-evaluations: the recomputed score of every indicator equals the generator's Fraction arithmetic."""

from __future__ import annotations

import importlib.util
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from review_assistant.checks.evaluation import scoring as S
from review_assistant.review.pipeline import CheckOptions, prepare
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"


def _generator() -> Any:
    sys.path.insert(0, str(SAMPLES))
    spec = importlib.util.spec_from_file_location("make_cycle", SAMPLES / "make_cycle.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_cycle"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("seed", range(12))
def test_random_forms_recompute_exactly(seed: int, settings: Settings, tmp_path: Path) -> None:
    gen = _generator()
    rng = random.Random(seed)
    rows = []
    weights = [20, 10, 10, 10, 20, 10, 10]
    names = ["数量甲", "质量乙", "时效丙", "成本丁", "效益戊", "效益己", "满意度庚"]
    families = ["产出指标"] * 4 + ["效益指标"] * 2 + ["满意度指标"]
    for name, fam, w in zip(names, families, weights, strict=True):
        if name == "时效丙":
            rows.append(gen.ERow(fam, "时效指标", name, "定性", "年底前完成", "", "达成年度指标", w))
            continue
        sign = "≤" if name == "成本丁" else "≥"
        target = Decimal(rng.randint(3, 900)) / (Decimal(10) if rng.random() < 0.5 else 1)
        actual = target * Decimal(rng.randint(60, 115)) / 100
        actual = actual.quantize(Decimal("0.01"))
        rows.append(gen.ERow(fam, "数量指标", name, sign, str(target), "个", str(actual), w,
                             cause="原因已说明，措施已落实。"))
    budget = Decimal(rng.randint(20, 500))
    executed = (budget * Decimal(rng.randint(50, 100)) / 100).quantize(Decimal("0.01"))
    layout = "sichuan" if seed % 2 else "chizhou"
    suffix = [".docx", ".xlsx", ".pdf"][seed % 3]
    spec = gen.EvalSpec(f"r{seed}{suffix}", layout, rows=rows, budget=str(budget), executed=str(executed))
    path = gen.write(gen.eval_model(spec), tmp_path / spec.file)
    ctx = prepare(path, settings, CheckOptions())
    ev = ctx.cycle
    got = {i.level3: S.indicator_score(i) for i in ev.indicators if not i.qualitative}
    want = {r.name: r.rule_score() for r in rows if r.sign != "定性"}
    assert got == want
    rate = S.execution_rate(ev.executed.value, ev.budget.value)
    assert S.execution_score(ev.exec_weight.value, rate) == spec.exec_score()
    assert ev.total.value == spec.stated_total()
