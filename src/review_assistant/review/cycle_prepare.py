"""Check contexts for the later stages of the cycle: monitoring tables and self-evaluations.

The extracted model sits in ``CheckContext.cycle``; rules read it with an ``isinstance`` test, and the
pipeline's document summary reads its ``title``/``project_name``/``unit``.
"""

from __future__ import annotations

from pathlib import Path

from review_assistant.checks.base import CheckContext, PolicyResolver
from review_assistant.errors import DocumentError
from review_assistant.extract.cycle_models import CycleDocument, MonitoringTable, SelfEvaluation
from review_assistant.extract.eval_rows import local_blocks_note
from review_assistant.extract.models import DocumentKind, ExtractionNote, undecided_year_message
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.extract.typing_evidence import cycle_basis
from review_assistant.parsing import ParsedDocument
from review_assistant.settings import Settings

CYCLE_KINDS: frozenset[str] = frozenset({"monitoring_table", "self_evaluation"})


def extract_cycle(doc: ParsedDocument, kind: str, fiscal_year: int | None) -> CycleDocument:
    if kind == "monitoring_table":
        return extract_monitoring(doc, fiscal_year)
    return extract_self_evaluation(doc, fiscal_year)


def prepare_cycle(doc: ParsedDocument, path: Path, kind: DocumentKind, settings: Settings, fiscal_year: int | None,
                  resolve_ref: PolicyResolver | None, *, kind_given: bool = False) -> CheckContext:
    """``kind_given``: the user named the kind (--kind); a refusal then need not explain how it was guessed."""
    model = extract_cycle(doc, kind, fiscal_year)

    def basis() -> str:
        return "" if kind_given else cycle_basis(doc, kind)

    if isinstance(model, MonitoringTable) and not model.indicator_table_found and not model.execution_labels_seen:
        raise DocumentError(path, "未找到可识别的监控内容：需要有预算执行栏目（执行数/执行率）或包含“三级指标”和“年度指标值”列的指标表。"
                                  + basis())
    if isinstance(model, SelfEvaluation) and not model.indicator_table_found and model.total is None \
            and model.grade is None:
        raise DocumentError(path, "未找到可识别的自评内容：需要有包含“三级指标”“年度指标值”“实际完成值”列的自评表，或写明自评得分、等级。"
                                  + basis())
    year = fiscal_year or model.fiscal_year or settings.default_fiscal_year()
    undecided = not fiscal_year and not model.fiscal_year
    model.fiscal_year = year
    ctx = CheckContext(document=doc, kind=kind, settings=settings, fiscal_year=year, cycle=model,
                       resolve_ref=resolve_ref)
    if undecided:
        ctx.notes.append(ExtractionNote(part="year", message=undecided_year_message(year)).text())
    elif not fiscal_year and model.fiscal_year_source == "project_name":
        ctx.notes.append(ExtractionNote(part="year", message=f"表题和年度栏没有读出年份，年度{year}年是按项目名称中的年份推定的。").text())
    if isinstance(model, SelfEvaluation) and (note := local_blocks_note(model, settings.cycle.eval_weights)):
        ctx.notes.append(ExtractionNote(part="layout", message=note).text())
    return ctx
