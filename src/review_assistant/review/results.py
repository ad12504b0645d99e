"""The result of checking one document, exactly as ``check --format json`` prints it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from pydantic import BaseModel, Field

from review_assistant.checks.models import Finding

CHECK_SCHEMA = "review_assistant.check/1"


class DocumentInfo(BaseModel):
    path: str
    sha256: str | None = None
    kind: Literal["goal_sheet", "appraisal_report", "monitoring_table", "self_evaluation", "other"] | None = None
    fiscal_year: int | None = None
    title: str | None = None
    pages: int | None = None
    project_name: str | None = Field(None, description="项目名称 (for pairing and batch summaries)")
    unit: str | None = Field(None, description="实施单位")
    amount_wan: float | None = Field(None, description="资金（万元）：申报表的年度资金总额，报告所述申请金额，或监控表、自评表的年初预算数")
    appraisal_conclusion: str | None = Field(None, description="事前评估报告的评估结论用语")
    appraisal_score: float | None = Field(None, description="事前评估报告的评估得分")
    recommended_budget_wan: float | None = Field(None, description="事前评估报告的建议预算控制数（万元）")


def conclusion_for(severities: Iterable[str], words: Mapping[str, str]) -> str:
    """The overall conclusion for findings of these severities, in the settings' wording
    (``review.summary_conclusions``): any error → ``error``, else any warning → ``warning``, else any
    提示 → ``info`` (``none`` when a bureau's settings do not word that case), else ``none``."""
    present = set(severities)
    key = next((k for k in ("error", "warning", "info") if k in present), "none")
    if key == "info" and "info" not in words:
        key = "none"
    return words.get(key, key)


class Summary(BaseModel):
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    conclusion: str = ""


class CheckResult(BaseModel):
    """One document's findings, or the error that stopped it from being checked."""

    schema_: str = Field(CHECK_SCHEMA, alias="schema", serialization_alias="schema")
    document: DocumentInfo
    findings: list[Finding] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    error: str | None = Field(None, description="Chinese message when the file could not be checked")
    notes: list[str] = Field(default_factory=list, description="e.g. LLM rules skipped")
    meta: dict[str, Any] = Field(default_factory=dict, description="rule-set version, model, LLM cost")

    model_config = {"populate_by_name": True}

    def to_json_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", by_alias=True, exclude_none=False)
        if self.error is None:
            data.pop("error", None)
        return data
