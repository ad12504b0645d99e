"""Findings worded for the submitting unit (self-check): one sentence per rule from ``unit_guidance.yaml``.

The reviewer's suggestion is written for a reviewer ("跨年度项目应……"); putting 请 in front of it
made sentences like "请跨年度项目应…". Each rule id instead has its own unit-facing sentence; a rule
without one shows the finding's message as it is.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from review_assistant.resources import require_file

_GUIDANCE_FILE = Path(__file__).resolve().parents[1] / "checks" / "unit_guidance.yaml"


@lru_cache(maxsize=1)
def unit_guidance() -> dict[str, str]:
    """Rule id → the sentence shown to a unit."""
    path = require_file(_GUIDANCE_FILE, "单位自查提示语 checks/unit_guidance.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(k): str(v).strip() for k, v in (data or {}).items() if v}


def as_guidance(rule_id: str, message: str) -> str:
    """What the unit should do about one finding, in one sentence."""
    return unit_guidance().get(rule_id) or f"请核实并修改：{message.strip()}"
