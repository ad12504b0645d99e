"""EA-NEC-04: cited bases are current — no abolished or revised documents, no plan whose period has ended.

Validity comes from, in order: the knowledge base (when its module is installed), the bureau's
``policies/validity.yaml``, and a short built-in list of national documents known to be superseded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from review_assistant.checks.base import CheckContext, RuleCheck, register
from review_assistant.checks.models import Finding
from review_assistant.checks.report.common import REPORT_KINDS, located, report_of
from review_assistant.extract.report import AppraisalReport, CitedBasis
from review_assistant.settings import Settings

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


@lru_cache(maxsize=4)
def _registry(path: str) -> dict[str, Validity]:
    """``validity.yaml`` as {文号 or title: Validity}; a list of entries or a mapping keyed by 文号."""
    p = Path(path)
    if not p.is_file():
        return {}
    try:
        data: Any = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    entries: list[dict[str, Any]] = []
    if isinstance(data, list):
        entries = [e for e in data if isinstance(e, dict)]
    elif isinstance(data, dict):
        entries = [{"doc_number": k, **v} for k, v in data.items() if isinstance(v, dict)]
    out: dict[str, Validity] = {}
    for e in entries:
        v = Validity(str(e.get("status") or "有效"), e.get("replaced_by"), e.get("title"), "validity.yaml")
        for key in (e.get("doc_number"), e.get("title")):
            if key:
                out[str(key)] = v
    return out


@lru_cache(maxsize=1)
def _kb_lookup_function() -> Any | None:
    """``review_assistant.kb.meta.lookup_validity`` when the knowledge base is installed (looked up once).

    Only the light metadata module is imported; the knowledge base keeps its heavy dependencies
    (vector store, embedder) out of ``kb/__init__`` and ``kb/meta``.
    """
    try:
        from review_assistant.kb import meta  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    return getattr(meta, "lookup_validity", None)


def _kb_lookup(key: str, settings: Settings) -> Validity | None:
    """The knowledge base's view of a document's validity, if it has one."""
    lookup = _kb_lookup_function()
    if lookup is None:
        return None
    try:
        # The check's own settings: they name the home and the policies folder the registry lives in.
        found = lookup(key, settings)
    except Exception:  # a broken knowledge base must not stop a check
        return None
    if not found:
        return None
    get = found.get if isinstance(found, dict) else lambda k: getattr(found, k, None)
    status = get("status")
    return Validity(str(status), get("replaced_by"), get("title"), "知识库") if status else None


def validity_of(key: str, validity_file: Path, settings: Settings) -> Validity | None:
    """The validity of a document cited by 文号 or title, from the best source that knows it."""
    found = _kb_lookup(key, settings) or _registry(str(validity_file)).get(key)
    if found is None and key in BUILTIN_SUPERSEDED:
        title, status, replaced = BUILTIN_SUPERSEDED[key]
        found = Validity(status, replaced, title, "内置已废止文件清单")
    return found


@register
class EANEC04ValidBasis(RuleCheck):
    rule_id = "EA-NEC-04"
    kinds = REPORT_KINDS

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        report = report_of(ctx)
        if report is None:
            return
        validity_file = ctx.settings.kb.policies_dir / "validity.yaml"
        seen: set[str] = set()
        for basis in report.cited_bases:
            key = basis.doc_number or basis.title or basis.text
            if key in seen:
                continue
            seen.add(key)
            if basis.period is not None and basis.period[1] < ctx.fiscal_year:
                yield self._expired_plan(ctx, report, basis)
            for k in (basis.doc_number, basis.title):
                v = validity_of(k, validity_file, ctx.settings) if k else None
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
