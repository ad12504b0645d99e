"""Measure the engine on the blind held-out set heldout27 through the CLI, with heldout2's scorer (same labels).

    PYTHONPATH=src .venv/bin/python corpus/eval/heldout27/measure.py [--json out.json] [--from-json out.json]
"""

import runpy
from pathlib import Path

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    runpy.run_path(str(here.parent / "heldout2" / "measure.py"), run_name="heldout2_measure")["main"](here)
