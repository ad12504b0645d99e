"""The result of checking one document, exactly as ``check --format json`` prints it."""

from __future__ import annotations

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
