"""Deciding what a document is: a goal sheet, an ex-ante appraisal report, or something else."""

from __future__ import annotations

import re

from review_assistant.extract.goal_sheet import looks_like_goal_sheet
from review_assistant.extract.models import DocumentKind
from review_assistant.extract.monitoring import looks_like_monitoring
from review_assistant.extract.report import is_opinion_form, is_opinion_letter
from review_assistant.extract.report_sections import DIMENSION_CORE_WORDS
from review_assistant.extract.self_evaluation import looks_like_self_evaluation
from review_assistant.extract.typing_evidence import tables_say_goal_sheet
from review_assistant.parsing.model import BlockKind, ParsedDocument

_REPORT_TITLE = re.compile(r"事前(绩效)?评估报告|事前(绩效)?论证报告|事前绩效评估|事前评估|论证报告")
_DIMENSIONS = ("立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性", "财政支持方式")
# Policy-type reports name the five dimensions differently (rulebook §4.1).
_POLICY_DIMENSIONS = ("政策设立必要性", "政策保障充分性", "政策目标合理性", "政策实施可持续性", "政策资金合规性")


def classify(doc: ParsedDocument) -> DocumentKind:
    """``appraisal_report`` wins over ``goal_sheet`` because reports often embed a goal sheet."""
    head = " ".join(b.text for b in doc.blocks[:12] if b.kind != BlockKind.TABLE)
    if doc.title:
        head = doc.title + " " + head
    text = doc.normalized_text
    text += " " + text.replace("的", "")  # county wordings: 投入的经济性, 筹资的合规性
    dimension_hits = max(sum(1 for d in _DIMENSIONS if d in text), sum(1 for d in _POLICY_DIMENSIONS if d in text))
    # A short county report merges dimensions under headings such as "必要性和可行性"、"经济性";
    # a 评审意见表 under an ex-ante title need not name a dimension.
    core_hits = sum(1 for words in DIMENSION_CORE_WORDS.values() if any(w in text for w in words))
    if (_REPORT_TITLE.search(head) and (dimension_hits >= 1 or core_hits >= 2 or is_opinion_form(doc)
                                        or is_opinion_letter(doc))) or dimension_hits >= 4:
        return "appraisal_report"
    cycle: DocumentKind | None = "monitoring_table" if looks_like_monitoring(doc) else \
        "self_evaluation" if looks_like_self_evaluation(doc) else None
    # "做好绩效运行监控……开展绩效自评" in a funds notice's body: the tables (a goal sheet's, or none) decide.
    if cycle is not None and not tables_say_goal_sheet(doc, cycle):
        return cycle
    if looks_like_goal_sheet(doc):
        return "goal_sheet"
    return "other"
