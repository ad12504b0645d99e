"""Verification by code of what a model says, before anyone sees it.

An LLM finding is kept only when its evidence is a verbatim (whitespace-normalised) substring of the
document and every citation key is one the prompt offered. Anything else is dropped and counted;
it is never shown with its evidence blanked, because then it would be an unsupported claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from review_assistant.llm.structured import LLMIssue
from review_assistant.parsing.model import Location, ParsedDocument, normalize_ws

MIN_EVIDENCE_CHARS = 4
_KEY = re.compile(r"[\[\]【】()（）\s]")


@dataclass
class VerifyStats:
    kept: int = 0
    dropped: Counter[str] = field(default_factory=Counter)

    @property
    def dropped_total(self) -> int:
        return sum(self.dropped.values())

    def merge(self, other: VerifyStats) -> None:
        self.kept += other.kept
        self.dropped.update(other.dropped)


def normalize_key(key: str) -> str:
    return _KEY.sub("", key).upper()


def check_issue(issue: LLMIssue, doc: ParsedDocument, allowed_keys: Iterable[str]) -> str | None:
    """Why ``issue`` must be dropped, or None when it passes."""
    evidence = issue.evidence.strip().strip("“”\"'「」『』")
    if len(normalize_ws(evidence)) < MIN_EVIDENCE_CHARS:
        return "evidence_missing"
    if not doc.contains(evidence):
        return "evidence_not_in_document"
    allowed = {normalize_key(k) for k in allowed_keys}
    if any(normalize_key(c) not in allowed for c in issue.citations):
        return "unknown_citation"
    return None


def verify_issues(
    issues: Sequence[LLMIssue], doc: ParsedDocument, allowed_keys: Iterable[str]
) -> tuple[list[LLMIssue], VerifyStats]:
    keys = list(allowed_keys)
    stats = VerifyStats()
    kept: list[LLMIssue] = []
    for issue in issues:
        why = check_issue(issue, doc, keys)
        if why is None:
            kept.append(issue.model_copy(update={"evidence": issue.evidence.strip().strip("“”\"'「」『』")}))
            stats.kept += 1
        else:
            stats.dropped[why] += 1
    return kept, stats


def locate(doc: ParsedDocument, quote: str) -> Location:
    """The location of the first block (or table row) holding ``quote``."""
    q = normalize_ws(quote)
    for b in doc.blocks:
        if b.table is not None:
            for i in range(b.table.n_rows):
                if q in normalize_ws(b.table.row_text(i)):
                    return b.location.model_copy(update={"row": i})
        elif q in normalize_ws(b.text):
            return b.location
    return Location()
