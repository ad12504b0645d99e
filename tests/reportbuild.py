"""Appraisal reports as in-memory ParsedDocuments, rendered from the sample generator's Report model.

The same ``Report`` dataclass that writes the .docx/.pdf samples is turned straight into blocks here,
so rule tests can vary one fact at a time without touching files.
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any

import make_reports as mr

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.report import extract_report
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.pipeline import CheckOptions, run_checks
from review_assistant.settings import Settings

CHARGER = mr.CHARGER


def report(**changes: Any) -> mr.Report:
    """The clean Henan-style charger report with ``changes`` applied."""
    r = copy.deepcopy(next(s.report for s in mr.sample_set() if s.file.startswith("r01")))
    assert r is not None
    r.sheet = None
    for k, v in changes.items():
        setattr(r, k, v)
    return r


def doc_of(r: mr.Report, path: str = "示例报告.docx") -> ParsedDocument:
    parts: list[str | list[list[str]]] = []
    for e in mr.render(r):
        if e[0] in {"title", "p"}:
            parts.append(e[1])
        elif e[0] == "h":
            parts.append(e[2])
        elif e[0] == "table":
            parts.append(e[1])
    return _distinct(make_doc(*parts, path=path))


def sheet_doc(sheet: mr.Sheet, path: str = "示例申报表.xlsx") -> ParsedDocument:
    return _distinct(make_doc("2025年度项目支出绩效目标申报表（示例）", sheet.rows(), path=path))


def _distinct(doc: ParsedDocument) -> ParsedDocument:
    """A content hash, so that two built documents are not taken for the same file given twice."""
    return doc.model_copy(update={"sha256": hashlib.sha256(doc.full_text.encode()).hexdigest()})


def context(doc: ParsedDocument, settings: Settings, kind: str = "appraisal_report") -> CheckContext:
    sheet = extract_goal_sheet(doc)
    rep = extract_report(doc, goal_sheet=sheet, vocabulary=settings.review.conclusion_vocabulary) \
        if kind == "appraisal_report" else None
    fy = sheet.fiscal_year or (rep.fiscal_year if rep else None) or 2025
    return CheckContext(document=doc, kind=kind, settings=settings, fiscal_year=fy,  # type: ignore[arg-type]
                        goal_sheet=sheet if sheet.indicator_table_found else None, report=rep)


def findings(settings: Settings, *docs: tuple[ParsedDocument, str]) -> list[list[Finding]]:
    """Both phases over a batch of (document, kind); one findings list per document."""
    ctxs = [context(d, settings, k) for d, k in docs]
    for c in ctxs:
        c.batch = ctxs
    out = [run_checks(c, CheckOptions(), batch_phase=False) for c in ctxs]
    for i, c in enumerate(ctxs):
        out[i].extend(run_checks(c, CheckOptions(), batch_phase=True))
    return out


def report_findings(r: mr.Report, settings: Settings) -> list[Finding]:
    return findings(settings, (doc_of(r), "appraisal_report"))[0]


def rule_ids(r: mr.Report, settings: Settings) -> set[str]:
    return {f.rule_id for f in report_findings(r, settings)}
