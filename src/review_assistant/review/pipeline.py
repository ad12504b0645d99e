"""check: file → guard → parse → classify → extract → checks → findings.

Pure functions over settings; the store and the UI sit on top (``service.py``). Heavy optional
parts (knowledge base, LLM) are reached only through hooks, so a cold ``check`` stays light.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from review_assistant import __version__
from review_assistant.checks.base import CheckContext, PolicyResolver, registered_checks
from review_assistant.checks.goal_sheet.projects import extraction_notes, per_project
from review_assistant.checks.models import Finding, sort_findings
from review_assistant.errors import DocumentError, ReviewAssistantError
from review_assistant.extract.classify import classify
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.models import (
    DocumentKind,
    ExtractionNote,
    GoalSheet,
    MoneyField,
    undecided_year_message,
)
from review_assistant.extract.report import AppraisalReport
from review_assistant.extract.typing_evidence import notice_title, other_reason
from review_assistant.parsing import ParsedDocument, parse_file
from review_assistant.review.cycle_prepare import CYCLE_KINDS, prepare_cycle
from review_assistant.review.facts import document_facts
from review_assistant.review.results import CheckResult, DocumentInfo, Summary, conclusion_for
from review_assistant.settings import Settings

KIND_ALIASES: dict[str, DocumentKind | None] = {
    "auto": None, "goal-sheet": "goal_sheet", "goal_sheet": "goal_sheet",
    "appraisal": "appraisal_report", "appraisal_report": "appraisal_report",
    "monitoring": "monitoring_table", "monitoring_table": "monitoring_table",
    "self-evaluation": "self_evaluation", "self_evaluation": "self_evaluation",
}



@dataclass
class CheckOptions:
    kind: DocumentKind | None = None
    fiscal_year: int | None = None
    use_llm: bool | None = None  # None: use the LLM when one is configured
    resolve_ref: PolicyResolver | None = None
    llm_runner: Callable[[CheckContext], list[Finding]] | None = None
    extra_notes: list[str] = field(default_factory=list)


def prepare(path: Path, settings: Settings, options: CheckOptions) -> CheckContext:
    """Parse, classify and extract one file into a check context (raises DocumentError)."""
    doc = parse_file(path, settings.limits)
    kind = options.kind or classify(doc)
    if kind == "other":
        raise DocumentError(path, other_reason(doc))
    if kind in CYCLE_KINDS:
        return prepare_cycle(doc, path, kind, settings, options.fiscal_year, options.resolve_ref,
                             kind_given=options.kind is not None)
    sheets = extract_goal_sheets(doc, options.fiscal_year)
    sheet = sheets[0]
    report = None
    if kind == "appraisal_report":
        # The report reads its own budget year (title, 预算年度 field, embedded sheet, "2026年度资金"): a goal-sheet
        # reading of a report's first paragraph may be its review-meeting date.
        report = _extract_report(doc, settings, options.fiscal_year, sheet)
    elif not sheet.indicator_table_found:
        raise DocumentError(path, _no_indicator_table(doc))
    fiscal_year = options.fiscal_year or (report.fiscal_year if report else None) or sheet.fiscal_year \
        or settings.default_fiscal_year()
    ctx = CheckContext(
        document=doc, kind=kind, settings=settings, fiscal_year=fiscal_year,
        goal_sheet=sheet if sheet.indicator_table_found else None, report=report,
        resolve_ref=options.resolve_ref,
    )
    if report is not None and not options.fiscal_year and not sheet.fiscal_year and not report.fiscal_year:
        ctx.notes.append(ExtractionNote(part="year", message=undecided_year_message(fiscal_year)).text())
    if kind == "goal_sheet" and len(sheets) > 1:
        ctx.meta["goal_sheets"] = sheets
    if kind == "goal_sheet":
        ctx.notes.extend(extraction_notes(sheets))
    elif sheet.indicator_table_found:  # a report's embedded sheet: its year is the report's
        sheet.notes = [n for n in sheet.notes if n.part != "year"]
        ctx.notes.extend(extraction_notes([sheet]))
    return ctx


def _no_indicator_table(doc: ParsedDocument) -> str:
    """The refusal when no indicator table was read; pictures in the file most likely hold it."""
    if doc.pictures:
        return (f"未找到可识别的绩效指标表：文件中有{doc.pictures}张图片，指标表看起来是贴进来的图片（截图），"
                "其中的文字无法读取；请提供指标表为可编辑表格的 Word 或 Excel 版本。")
    if notice_title(doc):
        return other_reason(doc)  # a funds notice sent without its goal sheet: say what the file is
    return "未找到可识别的绩效指标表：需要有包含“三级指标”和“指标值”（或“目标值”）列的表格。"


def _extract_report(doc: ParsedDocument, settings: Settings, fiscal_year: int | None, sheet: GoalSheet) -> AppraisalReport:
    from review_assistant.extract.report import extract_report

    # The goal sheet already read from the document is reused as the embedded sheet (not re-extracted).
    return extract_report(doc, fiscal_year=fiscal_year, goal_sheet=sheet,
                          vocabulary=settings.review.conclusion_vocabulary)


def run_checks(ctx: CheckContext, options: CheckOptions, *, batch_phase: bool) -> list[Finding]:
    """Run the registered rule checks of one phase (per document, or batch-level) on ``ctx``.

    A file holding several projects is checked once per project; each finding names its project.
    """
    sheets = ctx.meta.get("goal_sheets")
    if sheets and not batch_phase:
        return per_project(ctx, sheets, lambda c: _run_checks(c, batch_phase=False))
    return _run_checks(ctx, batch_phase=batch_phase)


def _run_checks(ctx: CheckContext, *, batch_phase: bool) -> list[Finding]:
    findings: list[Finding] = []
    for check in registered_checks():
        if check.source != "rule" or check.needs_batch != batch_phase or ctx.kind not in check.kinds:
            continue
        findings.extend(check.run(ctx))
    return findings


def summarize(findings: Sequence[Finding], settings: Settings) -> Summary:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f.severity] += 1
    return Summary(errors=counts["error"], warnings=counts["warning"], infos=counts["info"],
                   conclusion=conclusion_for([f.severity for f in findings], settings.review.summary_conclusions))


def check_paths(paths: Sequence[Path], settings: Settings, options: CheckOptions | None = None,
                progress: Callable[[int], None] | None = None) -> list[CheckResult]:
    """Check every file as one batch; a bad file becomes an entry with ``error`` and does not stop the others.

    ``progress(i)`` is called before the i-th file is read.
    """
    options = options or CheckOptions()
    contexts: list[CheckContext | None] = []
    results: list[CheckResult] = []
    for i, path in enumerate(paths):
        if progress is not None:
            progress(i)
        try:
            prepared = prepare(Path(path), settings, options)
        except ReviewAssistantError as exc:
            contexts.append(None)
            results.append(CheckResult(document=DocumentInfo(path=str(path)), error=exc.message))
            continue
        contexts.append(prepared)
        results.append(CheckResult(document=_info(prepared, str(path))))
    live = [c for c in contexts if c is not None]
    per_doc: list[list[Finding]] = []
    for maybe in contexts:
        if maybe is None:
            per_doc.append([])
            continue
        maybe.batch = live
        per_doc.append(run_checks(maybe, options, batch_phase=False))
    for i, maybe in enumerate(contexts):
        if maybe is not None:
            per_doc[i].extend(run_checks(maybe, options, batch_phase=True))
    for i, maybe in enumerate(contexts):
        if maybe is None:
            continue
        ctx = maybe
        findings = per_doc[i]
        if options.llm_runner is not None and llm_enabled(settings, options):
            findings.extend(options.llm_runner(ctx))
        findings = sort_findings(_dedupe(findings))
        results[i].findings = findings
        results[i].summary = summarize(findings, settings)
        results[i].notes = [*ctx.notes, *_llm_notes(settings, options, ctx.kind), *options.extra_notes]
        results[i].meta = {"rules_version": __version__, "llm": settings.llm.model if llm_enabled(settings, options) else None,
                           **({"llm_review": ctx.meta["llm"]} if "llm" in ctx.meta else {}),
                           "facts": document_facts(ctx)}
    return results


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[str] = set()
    out: list[Finding] = []
    for f in findings:
        if f.id in seen:
            continue
        seen.add(f.id)
        out.append(f)
    return out


def llm_enabled(settings: Settings, options: CheckOptions) -> bool:
    if options.use_llm is False:
        return False
    return settings.llm.provider != "none"


def _llm_notes(settings: Settings, options: CheckOptions, kind: DocumentKind) -> list[str]:
    """Without a model: which offline evidence checks ran on this document and which judgements did not."""
    if llm_enabled(settings, options):
        return []
    from review_assistant.checks.report.evidence import OFFLINE_RULES

    checks = [c for c in registered_checks() if kind in c.kinds]
    llm_rules = sorted({c.rule_id for c in checks if c.source == "llm"})
    if not llm_rules:
        return []
    why = "已按 --no-llm 关闭大模型" if options.use_llm is False else "未配置大模型（llm.provider=none）"
    offline = [r for r in OFFLINE_RULES if any(c.rule_id == r and c.source == "rule" for c in checks)]
    ran = (f"已运行离线证据检查 {len(offline)} 条（{'、'.join(offline)}：只检查材料是否写明数据、受益对象、进度、"
           f"责任主体、测算依据、方案比较、支持方式和量化目标）；") if offline else ""
    return [f"{why}：{ran}需要大模型判断的规则 {len(llm_rules)} 条未运行（{'、'.join(llm_rules)}），"
            "相关内容请审核人员判断。"]


def _info(ctx: CheckContext, path: str) -> DocumentInfo:
    doc = ctx.document
    sheet, report, later = ctx.goal_sheet, ctx.report, ctx.cycle  # later: monitoring table or self-evaluation
    title = (sheet.title if sheet and ctx.kind == "goal_sheet" else None) or (report.title if report else None) \
        or (later.title if later else None) or doc.title or doc.first_heading_or_paragraph()[:60]
    project = (sheet.project_name if sheet else "") or (report.project_name if report else "") \
        or (later.project_name if later else "") or None
    unit = (sheet.field_value("implementer") if sheet else "") or (report.unit if report else "") \
        or (later.unit if later else "") or None
    report = report if ctx.kind == "appraisal_report" else None
    amount = _wan(report.requested_amount) if report is not None else None
    if amount is None and sheet is not None:
        amount = sheet.total_wan()
    if amount is None and later is not None:
        amount = later.budget_wan()
    conclusion = report.conclusion if report is not None else None
    score = report.score if report is not None else None
    return DocumentInfo(path=path, sha256=doc.sha256, kind=ctx.kind, fiscal_year=ctx.fiscal_year, title=title,
                        pages=doc.pages, project_name=project, unit=unit, amount_wan=amount,
                        appraisal_conclusion=(conclusion.term if conclusion else None) or None,
                        appraisal_score=score.value if score else None,
                        recommended_budget_wan=_wan(report.recommended_budget) if report is not None else None)


def _wan(money: MoneyField | None) -> float | None:
    """The amount of an extracted money field in 万元, when there is one."""
    return money.value_wan if money is not None else None
