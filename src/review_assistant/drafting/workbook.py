"""Batch summary workbook (.xlsx): one row per submission, every finding, and a summary per unit.

Sheets: 汇总 (one row per file), 问题清单 (one row per finding, with 项目名称 and 政策依据), 按单位汇总
(one row per unit) and one sheet per unit with that unit's files. Every sheet has a bold header,
autofilter, borders, wrapped text, frozen header and a landscape page fitted to the paper width.
The figures of a stored review come from :func:`count_findings`, the same as on screen and in the
draft. Document text is written as plain strings (never as formulas) without control characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from review_assistant.checks.models import SEVERITY_ZH
from review_assistant.drafting.opinion import ref_text
from review_assistant.extract.models import KIND_ZH
from review_assistant.review.records import STATUS_ZH, BatchItem, ReviewDetail
from review_assistant.review.results import CheckResult

SUMMARY_HEADER = ["序号", "文件", "项目名称", "实施单位", "类型", "版本", "错误", "警告", "提示", "待确认", "已确认",
                  "已驳回", "审核结论", "审核编号", "说明"]
SUMMARY_WIDTHS = (6, 28, 28, 22, 14, 6, 6, 6, 6, 7, 7, 7, 14, 9, 36)
FINDING_HEADER = ["审核编号", "文件", "项目名称", "实施单位", "级别", "规则", "维度", "位置", "问题", "原文", "政策依据",
                  "修改建议", "状态"]
FINDING_WIDTHS = (9, 22, 22, 18, 6, 10, 10, 16, 40, 36, 36, 36, 8)
UNIT_HEADER = ["实施单位", "文件数", "需修改的文件", "错误", "警告", "提示", "待确认", "已确认", "已驳回"]
UNIT_WIDTHS = (30, 8, 10, 7, 7, 7, 8, 8, 8)
NO_UNIT = "（未识别单位）"
EVIDENCE_MAX = 500  # characters of quoted text per cell: enough to read, short enough to print
HEADER_FILL = "DDE7F3"  # the pale blue of every header row
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass
class SummaryRow:
    file: str
    project: str = ""
    unit: str = ""
    kind: str = ""
    version: int | None = None
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    pending: int = 0
    accepted: int = 0
    rejected: int = 0
    conclusion: str = ""
    review_id: int | None = None
    note: str = ""
    findings: list[list[Any]] = field(default_factory=list)
    failed: bool = False  # the file could not be checked; ``note`` says why


def readable(text: str, limit: int | None = None) -> str:
    """Document text for a cell: whitespace runs collapsed, control characters dropped, optionally capped."""
    text = ILLEGAL_CHARACTERS_RE.sub("", re.sub(r"\s+", " ", text or "")).strip()
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def rows_from_results(results: Sequence[CheckResult]) -> list[SummaryRow]:
    """Rows for checked, not yet reviewed results (``check --format xlsx``): every finding is 待确认."""
    out: list[SummaryRow] = []
    for r in results:
        d = r.document
        if r.error:
            out.append(SummaryRow(file=d.path, note=r.error, failed=True))
            continue
        project, unit = d.project_name or d.title or "", d.unit or ""
        out.append(SummaryRow(
            file=d.path, project=project, unit=unit, kind=KIND_ZH.get(d.kind or "", ""),
            errors=r.summary.errors, warnings=r.summary.warnings, infos=r.summary.infos, pending=len(r.findings),
            conclusion=r.summary.conclusion, review_id=r.meta.get("review_id"), note="；".join(r.notes),
            findings=[[r.meta.get("review_id") or "", d.path, project, unit, SEVERITY_ZH[f.severity], f.rule_id,
                       f.dimension, f.location.describe(), f.message, readable(f.evidence, EVIDENCE_MAX),
                       ref_text(f.policy_refs), f.suggestion, STATUS_ZH["pending"]] for f in r.findings]))
    return out


def rows_from_reviews(details: Sequence[ReviewDetail], failed: Sequence[BatchItem] = ()) -> list[SummaryRow]:
    out: list[SummaryRow] = []
    for det in details:
        r = det.review
        c = det.counts()
        unit = r.unit or r.owner_unit or ""
        out.append(SummaryRow(
            file=r.file_name, project=r.title, unit=unit, kind=KIND_ZH.get(r.kind or "", ""), version=r.version,
            errors=c.error, warnings=c.warning, infos=c.info, pending=c.pending, accepted=c.accepted,
            rejected=c.rejected, conclusion=r.conclusion, review_id=r.id, note="；".join(r.notes),
            findings=[[r.id, r.file_name, r.title, unit, SEVERITY_ZH.get(f.severity, f.severity), f.rule_id,
                       f.dimension, f.location.describe(), f.final_message, readable(f.evidence, EVIDENCE_MAX),
                       ref_text(f.policy_refs), f.final_suggestion, STATUS_ZH.get(f.status, f.status)]
                      for f in det.findings]))
    out.extend(SummaryRow(file=b.name, note=b.error or "", failed=True) for b in failed)
    return out


def _summary_values(i: int, row: SummaryRow, *, with_unit: bool = True) -> list[Any]:
    values: list[Any] = [i, row.file, row.project, row.unit, row.kind, row.version or "", row.errors, row.warnings,
                         row.infos, row.pending, row.accepted, row.rejected, row.conclusion,
                         row.review_id if row.review_id is not None else "", row.note]
    if not with_unit:
        del values[3]
    return values


def write_workbook(rows: Sequence[SummaryRow], out: Path) -> Path:
    wb, ws = new_workbook("汇总")
    _fill(ws, SUMMARY_HEADER, [_summary_values(i, row) for i, row in enumerate(rows, 1)], SUMMARY_WIDTHS)
    _fill(wb.create_sheet("问题清单"), FINDING_HEADER, [f for row in rows for f in row.findings], FINDING_WIDTHS)
    units: dict[str, list[SummaryRow]] = {}
    for row in rows:
        if not row.failed:
            units.setdefault(row.unit or NO_UNIT, []).append(row)
    _fill(wb.create_sheet("按单位汇总"), UNIT_HEADER, [_unit_totals(unit, mine) for unit, mine in units.items()],
          UNIT_WIDTHS)
    taken = set(wb.sheetnames)
    header = [h for h in SUMMARY_HEADER if h != "实施单位"]
    widths = tuple(w for h, w in zip(SUMMARY_HEADER, SUMMARY_WIDTHS, strict=True) if h != "实施单位")
    for unit, mine in units.items():
        sheet = wb.create_sheet(_sheet_title(unit, taken))
        totals = _unit_totals(unit, mine)
        body = [_summary_values(i, row, with_unit=False) for i, row in enumerate(mine, 1)]
        body.append(["合计", f"{totals[1]} 份", "", "", "", *totals[3:], "", "", "", ""])
        _fill(sheet, header, body, widths)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(out))
    return out


def write_review_workbook(details: Sequence[ReviewDetail], failed: Sequence[BatchItem], out: Path) -> Path:
    return write_workbook(rows_from_reviews(details, failed), out)


def _unit_totals(unit: str, rows: Sequence[SummaryRow]) -> list[Any]:
    return [unit, len(rows), sum(1 for r in rows if r.errors), sum(r.errors for r in rows),
            sum(r.warnings for r in rows), sum(r.infos for r in rows), sum(r.pending for r in rows),
            sum(r.accepted for r in rows), sum(r.rejected for r in rows)]


def _sheet_title(unit: str, taken: set[str]) -> str:
    """A valid, unique sheet name for a unit (≤31 characters, none of []:*?/\\)."""
    base = re.sub(r"[\[\]:*?/\\]", "_", unit)[:28] or NO_UNIT
    title, n = base, 2
    while title in taken:
        title, n = f"{base[:26]}_{n}", n + 1
    taken.add(title)
    return title


def new_workbook(title: str) -> tuple[Workbook, Worksheet]:
    """A workbook whose first sheet is named ``title``."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    return wb, ws


def append_text_row(ws: Any, values: Sequence[object]) -> None:
    """Append a row of document text: control characters dropped, and no text becomes a formula.

    Document text (project and unit names) is untrusted: openpyxl would store "=HYPERLINK(…)" as a live formula.
    """
    ws.append([_plain(v) for v in values])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def text_sheet(ws: Any, header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[int] = (),
               *, freeze: bool = False) -> None:
    """A plain sheet: a bold shaded header, the rows as text (:func:`append_text_row`), wrapped cells."""
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    if freeze:
        ws.freeze_panes = "A2"
    for values in rows:
        append_text_row(ws, values)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _fill(ws: Worksheet, header: Sequence[str], body: Sequence[Sequence[Any]], widths: Sequence[int]) -> None:
    ws.append(list(header))
    for values in body:
        append_text_row(ws, values)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = _BORDER
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = _BORDER
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    last = get_column_letter(len(header))
    ws.auto_filter.ref = f"A1:{last}{max(ws.max_row, 1)}"
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _plain(value: Any) -> Any:
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value
