from __future__ import annotations

from typing import Any

from review_assistant.checks.models import Finding
from review_assistant.review.records import StoredFinding, finding_row


def _stored(f: Finding) -> StoredFinding:
    row: dict[str, Any] = {"id": 1, "status": "pending", "edited_message": None, "edited_suggestion": None,
                           "reject_reason": None, "carried_from": None, "resolved_by": None, "updated_by": None,
                           "updated_at": None, "version": 1, **finding_row(1, f)}
    return StoredFinding.from_row(row)  # type: ignore[arg-type]


def test_llm_findings_name_their_model() -> None:
    llm = Finding(rule_id="GS-08", severity="warning", message="m", source="llm", model="qwen2.5-7b")
    rule = Finding(rule_id="GS-02", severity="error", message="m")
    assert _stored(llm).source_label == "大模型（qwen2.5-7b）"
    assert _stored(rule).source_label == "规则"
