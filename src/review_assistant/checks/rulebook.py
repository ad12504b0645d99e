"""Rule metadata (dimension, title, policy basis) loaded once from ``rule_basis.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from review_assistant.checks.models import PolicyRef
from review_assistant.resources import require_file

_BASIS_FILE = Path(__file__).with_name("rule_basis.yaml")


@dataclass(frozen=True)
class RuleInfo:
    rule_id: str
    dimension: str
    title: str
    refs: tuple[PolicyRef, ...] = field(default_factory=tuple)


@lru_cache(maxsize=1)
def rulebook() -> dict[str, RuleInfo]:
    """Every known rule id with its metadata. A rule missing from the file gets a bare entry."""
    data = yaml.safe_load(require_file(_BASIS_FILE, "规则依据文件 rule_basis.yaml").read_text(encoding="utf-8"))
    out: dict[str, RuleInfo] = {}
    for rule_id, entry in (data or {}).items():
        refs = tuple(
            PolicyRef(document=r.get("document", ""), doc_number=r.get("doc_number"), article=r.get("article"))
            for r in entry.get("refs") or []
        )
        out[str(rule_id)] = RuleInfo(str(rule_id), entry.get("dimension", ""), entry.get("title", ""), refs)
    return out


def rule_info(rule_id: str) -> RuleInfo:
    return rulebook().get(rule_id) or RuleInfo(rule_id, "", rule_id)
