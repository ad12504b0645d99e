"""Batch summary workbook (.xlsx): one row per submission, plus a sheet with every finding."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from review_assistant.checks.models import SEVERITY_ZH
from review_assistant.extract.models import KIND_ZH
from review_assistant.review.records import STATUS_ZH, BatchItem, ReviewDetail
from review_assistant.review.results import CheckResult

SUMMARY_HEADER = ["序号", "文件", "项目名称", "实施单位", "类型", "错误", "警告", "提示", "审核结论", "审核编号", "说明"]
FINDING_HEADER = ["审核编号", "文件", "级别", "规则", "维度", "位置", "问题", "原文", "修改建议", "状态"]


@dataclass
class SummaryRow:
    file: str
    project: str = ""
    unit: str = ""
    kind: str = ""
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    conclusion: str = ""
    review_id: int | None = None
    note: str = ""
    findings: list[list[str]] = field(default_factory=list)


def rows_from_results(results: Sequence[CheckResult]) -> list[SummaryRow]:
    out: list[SummaryRow] = []
    for r in results:
        d = r.document
        if r.error:
            out.append(SummaryRow(file=d.path, note=r.error))
            continue
        out.append(SummaryRow(
            file=d.path, project=d.project_name or d.title or "", unit=d.unit or "", kind=KIND_ZH.get(d.kind or "", ""),
            errors=r.summary.errors, warnings=r.summary.warnings, infos=r.summary.infos,
            conclusion=r.summary.conclusion, review_id=r.meta.get("review_id"), note="；".join(r.notes),
            findings=[["", d.path, SEVERITY_ZH[f.severity], f.rule_id, f.dimension, f.location.describe(),
                       f.message, f.evidence, f.suggestion, "待确认"] for f in r.findings]))
    return out


def rows_from_reviews(details: Sequence[ReviewDetail], failed: Sequence[BatchItem] = ()) -> list[SummaryRow]:
    out: list[SummaryRow] = []
    for det in details:
        r = det.review
        c = det.counts()
        out.append(SummaryRow(
            file=r.file_name, project=r.title, unit=r.unit or r.owner_unit or "", kind=KIND_ZH.get(r.kind or "", ""),
            errors=c["error"], warnings=c["warning"], infos=c["info"], conclusion=r.conclusion, review_id=r.id,
            note=f"第{r.version}版" if r.version > 1 else "",
            findings=[[str(r.id), r.file_name, SEVERITY_ZH.get(f.severity, f.severity), f.rule_id, f.dimension,
                       f.location.describe(), f.final_message, f.evidence, f.final_suggestion,
                       STATUS_ZH.get(f.status, f.status)] for f in det.findings]))
    out.extend(SummaryRow(file=b.name, note=b.error or "") for b in failed)
    return out


def write_workbook(rows: Sequence[SummaryRow], out: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "汇总"
    _header(ws, SUMMARY_HEADER)
    for i, row in enumerate(rows, 1):
        ws.append([i, row.file, row.project, row.unit, row.kind, row.errors, row.warnings, row.infos,
                   row.conclusion, row.review_id if row.review_id is not None else "", row.note])
    for col, width in zip("ABCDEFGHIJK", (6, 30, 30, 24, 16, 6, 6, 6, 12, 10, 40), strict=True):
        ws.column_dimensions[col].width = width
    detail = wb.create_sheet("问题清单")
    _header(detail, FINDING_HEADER)
    for row in rows:
        for f in row.findings:
            detail.append(f)
    for col, width in zip("ABCDEFGHIJ", (10, 24, 6, 8, 10, 18, 50, 40, 40, 8), strict=True):
        detail.column_dimensions[col].width = width
    for r in detail.iter_rows(min_row=2):
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(out))
    return out


def write_review_workbook(details: Sequence[ReviewDetail], failed: Sequence[BatchItem], out: Path) -> Path:
    return write_workbook(rows_from_reviews(details, failed), out)


def _header(ws: object, names: list[str]) -> None:
    ws.append(names)  # type: ignore[attr-defined]
    for cell in ws[1]:  # type: ignore[index]
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F3")
    ws.freeze_panes = "A2"  # type: ignore[attr-defined]
