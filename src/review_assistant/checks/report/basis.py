"""EA-NEC-04: cited bases are current — no abolished or revised documents, no plan whose period has ended.

Validity comes from the knowledge base's registry (the bureau's ``policies/validity.yaml`` merged
with the ingested documents' metadata, see :func:`review_assistant.kb.meta.lookup_validity`), then
from a short built-in list of national documents known to be superseded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from review_assistant.checks.base import CheckContext, ReportRule, register
from review_assistant.checks.models import Finding
from review_assistant.checks.report.common import located
from review_assistant.errors import DocumentError
from review_assistant.extract.report import AppraisalReport, CitedBasis
from review_assistant.kb.meta import lookup_validity

# Superseded national documents that can be stated with confidence (rulebook §1.4).
BUILTIN_SUPERSEDED: dict[str, tuple[str, str, str]] = {
    # 文号: (title, status, replaced_by)
    "财预〔2011〕285号": ("财政支出绩效评价管理暂行办法", "已废止", "财预〔2020〕10号"),
    "财预〔2009〕76号": ("财政支出绩效评价管理暂行办法", "已废止", "财预〔2011〕285号"),
}


@dataclass(frozen=True)
class Validity:
    status: str  # 有效 / 已废止 / 已修订
    replaced_by: str | None = None
    title: str | None = None
    source: str = ""


def validity_of(key: str, ctx: CheckContext) -> Validity | None:
    """The validity of a document cited by 文号 or title, from the best source that knows it."""
    try:
        found = lookup_validity(key, ctx.settings)
    except DocumentError as exc:  # a broken validity.yaml: say so once, and judge from the built-in list
        if exc.message not in ctx.notes:
            ctx.notes.append(exc.message)
        found = None
    if found is not None:
        return Validity(found.status, found.replaced_by, found.title or None, "知识库")
    if key in BUILTIN_SUPERSEDED:
        title, status, replaced = BUILTIN_SUPERSEDED[key]
        return Validity(status, replaced, title, "内置已废止文件清单")
    return None


@register
class EANEC04ValidBasis(ReportRule):
    rule_id = "EA-NEC-04"

    def check(self, ctx: CheckContext, report: AppraisalReport) -> Iterable[Finding]:
        seen: set[str] = set()
        for basis in report.cited_bases:
            key = basis.doc_number or basis.title or basis.text
            if key in seen:
                continue
            seen.add(key)
            if basis.period is not None and basis.period[1] < ctx.fiscal_year:
                yield self._expired_plan(ctx, report, basis)
            for k in (basis.doc_number, basis.title):
                v = validity_of(k, ctx) if k else None
                if v is not None and v.status in {"已废止", "已修订", "失效", "已失效"}:
                    yield self._superseded(ctx, report, basis, v)
                    break

    def _superseded(self, ctx: CheckContext, report: AppraisalReport, basis: CitedBasis, v: Validity) -> Finding:
        name = basis.doc_number or f"《{basis.title}》"
        replaced = f"，现行依据为{v.replaced_by}" if v.replaced_by else ""
        return ctx.finding(
            self.rule_id, "warning",
            f"立项依据引用的{name}{('《' + v.title + '》') if v.title and basis.doc_number else ''}"
            f"{v.status}{replaced}（来源：{v.source}）。",
            evidence=basis.text, location=located(report, basis.location),
            suggestion=f"请改为引用现行有效的文件{('（' + v.replaced_by + '）') if v.replaced_by else ''}，"
            "并核实立项依据是否仍然成立。",
        )

    def _expired_plan(self, ctx: CheckContext, report: AppraisalReport, basis: CitedBasis) -> Finding:
        assert basis.period is not None
        start, end = basis.period
        name = f"“{basis.plan}”规划" if basis.plan else "规划"
        return ctx.finding(
            self.rule_id, "warning",
            f"立项依据引用的{name}（{start}—{end}年）实施期已结束，早于项目预算年度{ctx.fiscal_year}年。",
            evidence=basis.text, location=located(report, basis.location),
            suggestion="请引用当前实施期内的规划（如本地最新五年规划或专项规划）作为立项依据。",
        )
