"""Typed views of stored reviews and findings (what the service hands to the CLI, UI and drafting)."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from review_assistant.checks.models import Finding, PolicyRef
from review_assistant.parsing.model import Location, normalize_ws

STATUS_ZH: dict[str, str] = {"pending": "待确认", "confirmed": "已确认", "edited": "已修改", "rejected": "已驳回"}
PURPOSE_ZH: dict[str, str] = {"review": "审核", "self_check": "单位自查"}
SOURCE_ZH: dict[str, str] = {"rule": "规则", "llm": "大模型", "manual": "人工"}


def match_key(rule_id: str, evidence: str, message: str) -> str:
    """What makes two findings in two versions of a project 'the same problem'.

    The stored ``finding_key`` includes the location, which moves when a unit edits its sheet; the
    rule plus the quoted text (or the message when nothing is quoted) survives such edits. Figures
    are blanked: a corrected amount in the same row is still the same problem, not a new one.
    """
    return f"{rule_id}|{re.sub(r'[0-9.,，]+', '#', normalize_ws(evidence) or normalize_ws(message))}"


@dataclass
class StoredFinding:
    """A finding as stored, with the reviewer's decision."""

    id: int
    review_id: int
    finding_key: str
    rule_id: str
    dimension: str
    severity: str
    message: str
    evidence: str
    location: Location
    policy_refs: list[PolicyRef]
    suggestion: str
    source: str
    confidence: float
    model: str | None
    manual: bool
    status: str
    edited_message: str | None = None
    edited_suggestion: str | None = None
    reject_reason: str | None = None
    carried_from: int | None = None
    resolved_by: int | None = None
    updated_by: str | None = None
    updated_at: str | None = None
    version: int = 1  # raised by every decision; decisions name the version they were made on

    @property
    def final_message(self) -> str:
        return self.edited_message or self.message

    @property
    def final_suggestion(self) -> str:
        return self.edited_suggestion if self.edited_suggestion is not None else self.suggestion

    @property
    def accepted(self) -> bool:
        """Confirmed or edited: goes into the opinion draft."""
        return self.status in {"confirmed", "edited"}

    @property
    def source_label(self) -> str:
        """规则 / 人工 / 大模型（模型名）: an LLM finding always names the model that produced it."""
        if self.manual:
            return SOURCE_ZH["manual"]
        label = SOURCE_ZH.get(self.source, self.source)
        return f"{label}（{self.model}）" if self.source == "llm" and self.model else label

    def snapshot(self) -> dict[str, Any]:
        """The decision fields, for the audit log's before/after."""
        return {"status": self.status, "message": self.final_message, "suggestion": self.final_suggestion,
                "reject_reason": self.reject_reason}

    @classmethod
    def from_row(cls, r: sqlite3.Row) -> StoredFinding:
        return cls(
            id=r["id"], review_id=r["review_id"], finding_key=r["finding_key"], rule_id=r["rule_id"],
            dimension=r["dimension"], severity=r["severity"], message=r["message"], evidence=r["evidence"],
            location=Location.model_validate_json(r["location_json"]),
            policy_refs=[PolicyRef.model_validate(p) for p in json.loads(r["policy_refs_json"])],
            suggestion=r["suggestion"], source=r["source"], confidence=r["confidence"], model=r["model"],
            manual=bool(r["manual"]), status=r["status"], edited_message=r["edited_message"],
            edited_suggestion=r["edited_suggestion"], reject_reason=r["reject_reason"],
            carried_from=r["carried_from"], resolved_by=r["resolved_by"], updated_by=r["updated_by"],
            updated_at=r["updated_at"], version=r["version"],
        )


def finding_row(review_id: int, f: Finding, *, manual: bool = False) -> dict[str, Any]:
    """Column values for inserting a checked finding."""
    return {
        "review_id": review_id, "finding_key": f.id, "match_key": match_key(f.rule_id, f.evidence, f.message),
        "rule_id": f.rule_id, "dimension": f.dimension, "severity": f.severity, "message": f.message,
        "evidence": f.evidence, "location_json": f.location.model_dump_json(),
        "policy_refs_json": json.dumps([p.model_dump() for p in f.policy_refs], ensure_ascii=False),
        "suggestion": f.suggestion, "source": f.source, "confidence": f.confidence, "model": f.model,
        "position": f.order, "manual": int(manual),
    }


@dataclass
class ReviewRecord:
    """One stored review of one document."""

    id: int
    document_id: int
    purpose: str
    project_key: str
    version: int
    previous_id: int | None
    batch_id: str | None
    conclusion: str
    created_by: str
    created_at: str
    file_name: str
    stored_path: str
    sha256: str
    kind: str | None
    project: str | None
    unit: str | None
    owner_unit: str | None
    result: dict[str, Any] = field(default_factory=dict)
    rules_version: str = ""
    model: str | None = None

    @property
    def title(self) -> str:
        return self.project or str(self.result.get("document", {}).get("title") or self.file_name)

    @property
    def fiscal_year(self) -> int | None:
        value = self.result.get("document", {}).get("fiscal_year")
        return int(value) if value else None

    @property
    def notes(self) -> list[str]:
        return list(self.result.get("notes", []))

    @classmethod
    def from_row(cls, r: sqlite3.Row) -> ReviewRecord:
        return cls(
            id=r["id"], document_id=r["document_id"], purpose=r["purpose"], project_key=r["project_key"],
            version=r["version"], previous_id=r["previous_id"], batch_id=r["batch_id"],
            conclusion=r["conclusion"], created_by=r["created_by"], created_at=r["created_at"],
            file_name=r["file_name"], stored_path=r["stored_path"], sha256=r["sha256"], kind=r["kind"],
            project=r["project"], unit=r["unit"], owner_unit=r["owner_unit"],
            result=json.loads(r["result_json"] or "{}"), rules_version=r["rules_version"], model=r["model"],
        )


REVIEW_SELECT = """
SELECT r.*, d.file_name, d.stored_path, d.sha256, d.kind, d.project, d.unit, d.owner_unit
FROM reviews r JOIN documents d ON d.id = r.document_id
"""


@dataclass(frozen=True)
class Counts:
    """The figures of one review, as the screen, the draft and the batch workbook all show them.

    ``error``/``warning``/``info``: findings still standing (not rejected), by severity.
    """

    error: int = 0
    warning: int = 0
    info: int = 0
    pending: int = 0
    pending_error: int = 0  # undecided error-level findings: the draft waits for these
    accepted: int = 0
    rejected: int = 0

    @property
    def total(self) -> int:
        return self.pending + self.accepted + self.rejected

    @property
    def decided(self) -> int:
        return self.accepted + self.rejected

    def by_severity(self) -> dict[str, int]:
        return {"error": self.error, "warning": self.warning, "info": self.info}

    def __getitem__(self, severity: str) -> int:
        return self.by_severity()[severity]


def count_findings(findings: Sequence[StoredFinding]) -> Counts:
    """The one place a review's figures are computed."""
    standing = [f for f in findings if f.status != "rejected"]
    pending = [f for f in findings if f.status == "pending"]
    return Counts(
        error=sum(f.severity == "error" for f in standing), warning=sum(f.severity == "warning" for f in standing),
        info=sum(f.severity == "info" for f in standing), pending=len(pending),
        pending_error=sum(f.severity == "error" for f in pending), accepted=sum(f.accepted for f in findings),
        rejected=sum(f.status == "rejected" for f in findings))


@dataclass
class ReviewDetail:
    review: ReviewRecord
    findings: list[StoredFinding]
    resolved: list[StoredFinding] = field(default_factory=list)  # earlier version's findings now gone

    def counts(self) -> Counts:
        return count_findings(self.findings)


@dataclass
class BatchItem:
    """The outcome of one uploaded file."""

    name: str
    review_id: int | None = None
    error: str | None = None
    project: str | None = None
    unit: str | None = None
    errors: int = 0
    warnings: int = 0
    conclusion: str = ""
    resolved: int = 0
    carried: int = 0
    infos: int = 0
    version: int = 1
    same_as: int | None = None  # an identical file was already reviewed: this is that review, not a new one


@dataclass
class RuleStat:
    rule_id: str
    total: int
    confirmed: int
    edited: int
    rejected: int
    pending: int

    @property
    def decided(self) -> int:
        return self.confirmed + self.edited + self.rejected

    @property
    def confirm_rate(self) -> float | None:
        return (self.confirmed + self.edited) / self.decided if self.decided else None

    @property
    def reject_rate(self) -> float | None:
        return self.rejected / self.decided if self.decided else None
