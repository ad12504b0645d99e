"""Measure the engine on the blind held-out set heldout4 (labels.jsonl), through the CLI only.

The scoring is heldout2's script, run on this folder (same label schema, same conventions):

    PYTHONPATH=src .venv/bin/python corpus/eval/heldout4/measure.py [--json out.json] [--from-json out.json]
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("heldout2_measure", HERE.parent / "heldout2" / "measure.py")
assert _spec is not None and _spec.loader is not None
_measure = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_measure)

if __name__ == "__main__":
    _measure.main(HERE)
