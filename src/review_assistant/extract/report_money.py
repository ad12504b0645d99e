"""Amounts of an appraisal report: requested, recommended and reduced funds.

Read from the preferred sections first (a form's 资金构成 row, the basic-information or funding section),
then from label/value pairs in cover tables; every amount keeps its verbatim text and location.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from review_assistant.extract import labels as L
from review_assistant.extract.models import MoneyField
from review_assistant.extract.report_compare import read_comparison
from review_assistant.extract.report_text import (
    BUDGET_TOTAL_RE,
    RECOMMENDED_ARRANGED_RE,
    RECOMMENDED_CUT_TO_RE,
    RECOMMENDED_RE,
    REDUCTION_RE,
    REQUESTED_RE,
    SENTENCE_TOTAL_RE,
    MoneyMatch,
    find_money,
)
from review_assistant.extract.values import money_to_wan, unit_in_label
from review_assistant.parsing.model import BlockKind, Location, ParsedDocument

if TYPE_CHECKING:
    from review_assistant.extract.report import AppraisalReport


def _first_money(doc: ParsedDocument, report: AppraisalReport, pattern: re.Pattern[str],
                 prefer: tuple[str, ...], sentence_total: bool = False) -> tuple[MoneyMatch, Location] | None:
    """The first match of ``pattern`` in the preferred sections, else anywhere in the text. With ``sentence_total``,
    a sentence that adds several amounts up gives its 合计 instead ("申请县级资金18.6万元、上级12万元，合计30.6万元")."""
    ordered: list[tuple[str, Location]] = []
    for key in prefer:
        for s in report.sections:
            if s.key == key and s.table_row:  # a form's "资金构成 | 申请2027年度市级财政资金540万元，……"
                ordered.append((s.text, s.location.model_copy(update={"column": 1})))
            elif s.key == key:
                ordered.extend((b.text, b.location) for b in doc.blocks[s.block_start:s.block_end]
                               if b.kind != BlockKind.TABLE)
    ordered.extend((b.text, b.location) for b in doc.blocks if b.kind != BlockKind.TABLE)
    for text, location in ordered:
        found = find_money(pattern, text)
        if found:
            first = found[0]
            if sentence_total:
                rest = text[text.find(first.text) + len(first.text):]
                total = find_money(SENTENCE_TOTAL_RE, re.split(r"[。；;\n]", rest, maxsplit=1)[0])
                if total and total[-1].value_wan >= first.value_wan:  # a 合计 is never below one of its parts
                    first = total[-1]
            return first, location
    return None


def _money_field(label: str, found: tuple[MoneyMatch, Location] | None) -> MoneyField | None:
    if found is None:
        return None
    match, loc = found
    return MoneyField(label=label, raw=match.text, value_wan=match.value_wan, unit=match.unit, location=loc)


def read_money(doc: ParsedDocument, report: AppraisalReport) -> None:
    """Fill ``report``'s requested amount, recommended budget and reduction."""
    prefer = ("basic_info", "funding", "content")
    # A header field naming the total ("申请资金总额 | 30.6万元") outranks the first amount of the prose, which may
    # be one source of several ("申请县级财政资金18.60万元、上级转移支付12.00万元，合计30.60万元").
    report.requested_amount = _table_amount(doc, _REQUESTED_TOTAL_LABELS) \
        or _money_field("申请资金", _first_money(doc, report, REQUESTED_RE, prefer, sentence_total=True)) \
        or _table_amount(doc) or _money_field("项目预算", _first_money(doc, report, BUDGET_TOTAL_RE, prefer))
    closing = ("overall_conclusion", "assessment", "suggestions")
    report.recommended_budget = _money_field("建议预算", _first_money(doc, report, RECOMMENDED_CUT_TO_RE, closing)) \
        or _money_field("建议预算", _first_money(doc, report, RECOMMENDED_RE, closing)) \
        or _table_amount(doc, _RECOMMENDED_LABELS) \
        or _money_field("建议预算", _first_money(doc, report, RECOMMENDED_ARRANGED_RE, closing))
    report.reduction = _money_field(
        "建议核减", _first_money(doc, report, REDUCTION_RE, ("overall_conclusion", "assessment", "suggestions"))) \
        or _table_amount(doc, _REDUCTION_LABELS) or _reduction_beside_recommended(doc)
    report.budget_comparison = read_comparison(doc)


_REQUESTED_TOTAL_LABELS = re.compile(r"^(?:申请(?:财政)?资金总额|申请(?:资金)?合计|申请总额|申报资金总额|申请预算总额|申报金额合计)$")


def requested_from_total_field(field: MoneyField) -> bool:
    """Whether the requested amount was read from a field naming the whole request ("申请资金总额 | 120万元")."""
    return bool(_REQUESTED_TOTAL_LABELS.match(L.norm_label(field.label)))


_REQUESTED_LABELS = re.compile(r"^(?:申请(?:财政)?资金|申请金额|申报金额|项目预算|预算金额|项目总预算|申请预算)")
# An expert-opinion form: "建议金额（万元） | 248".
_RECOMMENDED_LABELS = re.compile(r"^(?:建议(?:安排)?金额|建议预算(?:控制数)?|建议安排(?:资金|预算)?|核定金额|审定金额)")

# "核减金额 | 27" or "核减原因 | 人员配置偏高，核减27万元": the form states the cut and its reason.
_REDUCTION_LABELS = re.compile(r"^(?:核减金额|核减数|核减原因|核减理由)")


def _reduction_beside_recommended(doc: ParsedDocument) -> MoneyField | None:
    """A cut written in the recommended-budget cell of a review form ("建议预算 | 建议安排200.00万元（核减……20.00万元）")."""
    for b in doc.blocks:
        if b.table is None or "三级指标" in b.text:
            continue
        for r, row in enumerate(b.table.rows):
            texts = [c.text.strip() for c in row]
            for c, text in enumerate(texts):
                if not _RECOMMENDED_LABELS.match(L.norm_label(text)):
                    continue
                value = next((t for t in texts[c + 1:] if t and t != text), "")
                found = find_money(REDUCTION_RE, value)
                if found:
                    return MoneyField(label="建议核减", raw=found[0].text, value_wan=found[0].value_wan,
                                      unit=found[0].unit, location=b.location.model_copy(update={"row": r, "column": c + 1}))
    return None


def _table_amount(doc: ParsedDocument, labels: re.Pattern[str] = _REQUESTED_LABELS) -> MoneyField | None:
    """An amount written as a label/value pair in a (non-indicator) table, e.g. a cover table (申请资金)."""
    for b in doc.blocks:
        if b.table is None or "三级指标" in b.text:
            continue
        for r, row in enumerate(b.table.rows):
            texts = [c.text.strip() for c in row]
            for c, text in enumerate(texts):
                if not labels.match(L.norm_label(text)):
                    continue
                value = next((t for t in texts[c + 1:] if t and t != text), "")
                unit = unit_in_label(text) or "万元"
                wan = money_to_wan(value, unit)
                if wan is not None:
                    return MoneyField(label=text, raw=value, value_wan=wan, unit=unit,
                                      location=b.location.model_copy(update={"row": r, "column": c + 1}))
    return None
