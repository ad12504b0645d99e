"""The check protocol and the one registry.

A check is a small object with a ``rule_id``, the document kinds it applies to, and ``run(ctx)``
returning findings. Deterministic rules and LLM rule prompts register the same way, so the engine,
the CLI and the UI never need to know which is which.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Protocol, TypeVar, runtime_checkable

from review_assistant.checks.models import Finding, PolicyRef, Severity
from review_assistant.checks.rulebook import rule_info
from review_assistant.extract.cycle_models import CycleDocument, MonitoringTable, SelfEvaluation
from review_assistant.extract.models import DocumentKind, GoalSheet
from review_assistant.extract.report import AppraisalReport
from review_assistant.parsing.common import join_cell_lines
from review_assistant.parsing.model import Location, ParsedDocument
from review_assistant.settings import Settings

PolicyResolver = Callable[[PolicyRef], PolicyRef]


@dataclass
class CheckContext:
    """Everything a check may read. Checks never mutate it."""

    document: ParsedDocument
    kind: DocumentKind
    settings: Settings
    fiscal_year: int
    goal_sheet: GoalSheet | None = None
    report: AppraisalReport | None = None
    cycle: CycleDocument | None = None  # a MonitoringTable or SelfEvaluation (the later stages of the cycle)
    batch: list[CheckContext] = field(default_factory=list, repr=False)
    resolve_ref: PolicyResolver | None = None
    notes: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # copied into CheckResult.meta (e.g. LLM cost)

    def finding(
        self,
        rule_id: str,
        severity: Severity,
        message: str,
        *,
        evidence: str = "",
        location: Location | None = None,
        suggestion: str = "",
        order: int | None = None,
        refs: list[PolicyRef] | None = None,
        source: Literal["rule", "llm"] = "rule",
        confidence: float = 1.0,
        model: str | None = None,
    ) -> Finding:
        """A finding with the rule's dimension and policy basis filled from the rulebook.

        Every check, deterministic or LLM, builds its findings here. ``refs`` replaces the rule's own
        basis (an LLM finding cites the articles it was shown). Evidence that is not verbatim in the
        document is dropped here, so no check can quote what the document does not say.
        """
        info = rule_info(rule_id)
        refs = [self.resolve_ref(r) if self.resolve_ref else r for r in (refs if refs is not None else info.refs)]
        if evidence and not self.document.contains(evidence):
            evidence = ""
        if "\n" in message:
            message = join_cell_lines(message)  # a cell quoted as written: "达不到年度指标值=\n12个" reads "=12个"
        loc = location or Location()
        return Finding(
            rule_id=rule_id,
            dimension=info.dimension,
            severity=severity,
            message=message,
            evidence=evidence.strip(),
            location=loc,
            policy_refs=refs,
            suggestion=suggestion,
            source=source,
            confidence=confidence,
            model=model,
            order=order if order is not None else _order_of(loc),
        ).with_stable_id()


def _order_of(loc: Location) -> int:
    """A sortable position: tables after their page/paragraph, rows in order."""
    page = loc.page or 0
    table = loc.table if loc.table is not None else -1
    row = loc.row or 0
    para = loc.paragraph or 0
    return page * 10_000_000 + (table + 1) * 100_000 + row * 100 + min(para, 99)


@runtime_checkable
class Check(Protocol):
    """What the engine needs of a check."""

    rule_id: ClassVar[str]
    kinds: ClassVar[frozenset[str]]
    source: ClassVar[str]  # "rule" or "llm"
    needs_batch: ClassVar[bool]  # True: run after every document of the batch is extracted

    def run(self, ctx: CheckContext) -> Iterable[Finding]: ...


_REGISTRY: dict[str, Check] = {}


T = TypeVar("T")


def register(cls: type[T]) -> type[T]:
    """Class decorator: instantiate and register a check under its rule id."""
    instance = cls()
    rule_id = instance.rule_id  # type: ignore[attr-defined]
    # A hybrid (H) rule has a deterministic pre-filter and an LLM judgement under the same rule id.
    key = rule_id if getattr(instance, "source", "rule") == "rule" else f"{rule_id}@{instance.source}"  # type: ignore[attr-defined]
    if key in _REGISTRY and type(_REGISTRY[key]) is not cls:
        raise ValueError(f"duplicate check for {key}")
    _REGISTRY[key] = instance  # type: ignore[assignment]
    return cls


def registered_checks() -> list[Check]:
    """All checks, importing the built-in rule modules on first use."""
    from review_assistant.checks import load_builtin_checks

    load_builtin_checks()
    return list(_REGISTRY.values())


class RuleCheck(ABC):
    """Base for deterministic checks that read the whole context (cross-document rules)."""

    rule_id: ClassVar[str] = ""
    kinds: ClassVar[frozenset[str]] = frozenset({"goal_sheet", "appraisal_report"})
    source: ClassVar[str] = "rule"
    needs_batch: ClassVar[bool] = False

    @abstractmethod
    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        """Yield the findings of this rule for ``ctx``."""


class GoalSheetRule(RuleCheck):
    """A rule on the goal sheet (its own, or the one embedded in a report): nothing when none was read."""

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        sheet = ctx.goal_sheet
        if sheet is None:
            return ()
        if not sheet.unread_cells:
            return self.check(ctx, sheet)
        return [_unsure_of_unread(f, len(sheet.unread_cells)) for f in self.check(ctx, sheet)]

    @abstractmethod
    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        """Yield the findings of this rule for ``sheet``."""


def _unsure_of_unread(f: Finding, n: int) -> Finding:
    """On a sheet with formula cells that could not be read, nothing is certain enough for an error."""
    if f.severity != "error":
        return f
    note = f"（表中有{n}个公式单元格没有保存计算结果，数值无法读取，此问题未能确认）"
    return f.model_copy(update={"severity": "warning", "message": f.message + note}).with_stable_id()


REPORT_KINDS = frozenset({"appraisal_report"})


class ReportRule(RuleCheck):
    """A rule on the appraisal report model: nothing when the document is not a report."""

    kinds: ClassVar[frozenset[str]] = REPORT_KINDS

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        return () if ctx.report is None else self.check(ctx, ctx.report)

    @abstractmethod
    def check(self, ctx: CheckContext, report: AppraisalReport) -> Iterable[Finding]:
        """Yield the findings of this rule for ``report``."""


class MonitoringRule(RuleCheck):
    """A rule on a 绩效运行监控表: nothing when the document is not one."""

    kinds: ClassVar[frozenset[str]] = frozenset({"monitoring_table"})

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        return self.check(ctx, ctx.cycle) if isinstance(ctx.cycle, MonitoringTable) else ()

    @abstractmethod
    def check(self, ctx: CheckContext, table: MonitoringTable) -> Iterable[Finding]:
        """Yield the findings of this rule for ``table``."""


class EvaluationRule(RuleCheck):
    """A rule on a self-evaluation (自评表 or 自评报告): nothing when the document is not one."""

    kinds: ClassVar[frozenset[str]] = frozenset({"self_evaluation"})

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        return self.check(ctx, ctx.cycle) if isinstance(ctx.cycle, SelfEvaluation) else ()

    @abstractmethod
    def check(self, ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
        """Yield the findings of this rule for ``ev``."""
