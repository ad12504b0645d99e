"""Verification by code: verbatim evidence, known citation keys; otherwise dropped and counted."""

from __future__ import annotations

from docbuild import CLEAN_INDICATORS, HEADER_ROWS, INDICATOR_HEADER, make_doc
from review_assistant.checks.llm.verify import locate, verify_issues
from review_assistant.llm.structured import LLMIssue

DOC = make_doc("2025年度项目支出绩效目标申报表", "本项目计划 改造3个老旧小区，惠及居民1500户。",
               HEADER_ROWS, [INDICATOR_HEADER, *CLEAN_INDICATORS])


def issue(evidence: str, citations: list[str] | None = None) -> LLMIssue:
    return LLMIssue(problem="问题", evidence=evidence, citations=citations or [])


def test_verbatim_and_whitespace_normalised_evidence_is_kept() -> None:
    kept, stats = verify_issues([issue("改造3个老旧小区，惠及居民1500户"), issue("改造 3 个老旧\n小区", ["P1"])],
                                DOC, ["P1"])
    assert len(kept) == 2 and stats.kept == 2 and stats.dropped_total == 0


def test_paraphrase_short_quote_and_unknown_citation_are_dropped() -> None:
    kept, stats = verify_issues(
        [issue("计划改造三个老旧小区"), issue("改造"), issue("改造3个老旧小区", ["P9"]), issue("")], DOC, ["P1", "P2"])
    assert kept == []
    assert stats.dropped == {"evidence_not_in_document": 1, "evidence_missing": 2, "unknown_citation": 1}


def test_citation_keys_tolerate_brackets() -> None:
    kept, _ = verify_issues([issue("改造3个老旧小区", ["[P1]", "p2"])], DOC, ["P1", "P2"])
    assert len(kept) == 1


def test_locate_finds_the_table_row() -> None:
    loc = locate(DOC, "工程验收合格率")
    assert loc.table == 1 and loc.row == 3
    assert locate(DOC, "惠及居民1500户").paragraph == 1
