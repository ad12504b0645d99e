"""bench/qa_sets.py: ranks come from what ``ask`` cites (or, refused, from what retrieval gives), refusals by kind."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from review_assistant.kb.index import KnowledgeBase


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "qa_sets.py"
    spec = importlib.util.spec_from_file_location("qa_sets", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["qa_sets"] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def test_a_set_is_scored_on_the_product_path(kb: KnowledgeBase, tmp_path: Path) -> None:
    bench = _bench()
    lines = [
        {"id": "a", "question": "满意度指标值一般不低于多少？",
         "expected": [{"doc_number": "测财绩〔2025〕1号", "article": "第五条"}]},
        {"id": "b", "question": "满意度指标值一般不低于多少？",
         "expected": [{"doc_number": "测财绩〔2025〕1号", "article": "第一条"}]},  # not the clause cited first
        {"id": "c", "question": "个人所得税的起征点是多少？", "expected": [], "kind": "out_of_domain"},
    ]
    path = tmp_path / "qa_probe.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    detail: dict[str, dict[str, object]] = {}
    tally = bench.score(path, kb, detail)
    assert detail["qa_probe:a"]["rank"] == 1
    assert detail["qa_probe:b"]["rank"] != 1
    assert (tally.n, tally.hit1, tally.refusals.n_out_of_domain, tally.refusals.n_answerable) == (2, 1, 1, 2)
    total = bench.Tally()
    total.add(tally)
    total.add(tally)
    assert (total.n, total.hit1, total.refusals.n_out_of_domain) == (4, 2, 2)
