"""Findings: the one record every check (deterministic or LLM) produces, per the JSON contract."""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, Field

from review_assistant.models import PolicyRef
from review_assistant.parsing.model import Location

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
SEVERITY_ZH: dict[str, str] = {"error": "错误", "warning": "警告", "info": "提示"}
__all__ = ["SEVERITY_ORDER", "SEVERITY_ZH", "Finding", "PolicyRef", "RelatedEvidence", "Severity", "sort_findings"]


class RelatedEvidence(BaseModel):
    """Evidence for a finding that sits in another document of the same batch (cross-document checks)."""

    path: str = Field(description="The other document's path as given on the command line")
    evidence: str = Field(description="Verbatim text from the other document")
    location: Location = Field(default_factory=Location)


class Finding(BaseModel):
    """One problem found in one document."""

    id: str = Field("", description="Stable id within the document (rule, location, evidence)")
    rule_id: str
    dimension: str = Field("", description="审核维度，如 完整性、细化量化")
    severity: Severity
    message: str = Field(description="问题描述（中文）")
    evidence: str = Field("", description="Verbatim text from the document")
    location: Location = Field(default_factory=Location)
    policy_refs: list[PolicyRef] = Field(default_factory=list)
    suggestion: str = Field("", description="修改建议（中文，单位可据此操作）")
    source: Literal["rule", "llm"] = "rule"
    confidence: float = 1.0
    model: str | None = Field(None, description="LLM findings: the model that produced it")
    related: list[RelatedEvidence] = Field(
        default_factory=list, description="Cross-document findings: the matching evidence in the other document")
    order: int = Field(0, exclude=True, description="Position in the document, for sorting")

    def with_stable_id(self) -> Finding:
        parts = [self.rule_id, self.location.model_dump_json(), self.evidence, self.message if not self.evidence else ""]
        # A cross-document finding is distinct per other document and per quote there.
        parts.extend(f"{r.path}|{r.evidence}" for r in self.related)
        key = "|".join(parts)
        return self.model_copy(update={"id": f"{self.rule_id}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"})


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Severity first, then position in the document (the contract's order)."""
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.order, f.rule_id))
