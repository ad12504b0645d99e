"""``check --format docx|xlsx``: file outputs for check results that have not been reviewed yet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from review_assistant.drafting.opinion import Opinion, OpinionItem, render
from review_assistant.drafting.workbook import rows_from_results, write_workbook
from review_assistant.errors import InputError
from review_assistant.review.results import CheckResult, conclusion_for
from review_assistant.settings import Settings

UNREVIEWED = "说明：本稿由审核助手根据机器审核结果生成，问题尚未经审核人员逐项确认，仅供参考。"


def write(results: Sequence[CheckResult], fmt: str, out: Path, settings: Settings) -> Path:
    if fmt == "xlsx":
        return write_workbook(rows_from_results(results), out)
    if fmt == "docx":
        ok = [r for r in results if not r.error]
        if len(ok) != 1:
            raise InputError("--format docx 一次只能输出一份文件的审核意见；多份文件请用 --format xlsx。")
        return render(_opinion(ok[0], settings), out)
    raise InputError(f"不支持的输出格式“{fmt}”。")


def _opinion(result: CheckResult, settings: Settings) -> Opinion:
    d = result.document
    items = [OpinionItem(dimension=f.dimension or "其他", severity=f.severity, message=f.message,
                         suggestion=f.suggestion, evidence=f.evidence, refs=f.policy_refs) for f in result.findings]
    return Opinion(project=d.project_name or d.title or Path(d.path).stem, unit=d.unit or "", kind=d.kind or "",
                   conclusion=conclusion_for([i.severity for i in items], settings.review.summary_conclusions),
                   items=items, amount_wan=d.amount_wan, appraisal_conclusion=d.appraisal_conclusion,
                   appraisal_score=d.appraisal_score, recommended_budget_wan=d.recommended_budget_wan,
                   office=settings.review.office_name, note=UNREVIEWED, review_id=result.meta.get("review_id"))
