"""EA-RPT-03 (conclusion wording and consistency with the score) and EA-RPT-04 (recommended budget)."""

from __future__ import annotations

from collections.abc import Iterable

from review_assistant.checks.base import CheckContext, ReportRule, register
from review_assistant.checks.models import Finding
from review_assistant.checks.report.budget_figures import comparison_findings, figure_findings
from review_assistant.checks.report.common import located
from review_assistant.extract.report import LIBRARY_ADMITTED, AppraisalReport, ConclusionField
from review_assistant.extract.values import fmt_wan


def expected_conclusion(score: float, vocabulary: list[str], bands: list[float]) -> str | None:
    """The conclusion the score calls for: ≥ bands[0] → vocabulary[0], ≥ bands[1] → vocabulary[1] …"""
    if len(vocabulary) != len(bands) + 1:
        return None  # the bureau's settings do not define a score → conclusion mapping
    for word, floor in zip(vocabulary, bands, strict=False):
        if score >= floor:
            return word
    return vocabulary[-1]


def _quoted(words: list[str]) -> str:
    return "、".join(f"“{w}”" for w in words)


@register
class EARPT03Conclusion(ReportRule):
    rule_id = "EA-RPT-03"

    def check(self, ctx: CheckContext, report: AppraisalReport) -> Iterable[Finding]:
        vocabulary = ctx.settings.review.conclusion_vocabulary
        conclusion = report.conclusion
        if conclusion is None:
            section = report.section("overall_conclusion")
            if section is not None and section.text.strip():
                # There is a conclusion section, only its wording was not recognised: not certain.
                yield ctx.finding(
                    self.rule_id, "warning", f"“{section.title}”部分未能识别出评估结论用语，请人工核对。",
                    evidence=section.heading, location=section.location,
                    suggestion=f"评估结论宜使用规定用语{_quoted(vocabulary)}之一。",
                )
                return
            if report.conclusion_listing:
                # The conclusion terms appear, only in a sentence listing several (the score bands): not certain.
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"报告中的结论用语只出现在列举多种结论的句子里（“{report.conclusion_listing[:60]}”），"
                    "未能确定本项目的评估结论，请人工核对。",
                    evidence=report.conclusion_listing, location=section.location if section else None,
                    suggestion=f"请单独写明本项目的评估结论，用语为{_quoted(vocabulary)}之一。",
                )
                return
            yield ctx.finding(
                self.rule_id, "error", "报告没有明确的评估结论。",
                evidence=section.heading if section else "", location=section.location if section else None,
                suggestion=f"请在“总体结论”中写明评估结论，用语为{_quoted(vocabulary)}之一。",
            )
            return
        loc = located(report, conclusion.location)
        if conclusion.term == LIBRARY_ADMITTED:
            yield from self._admitted(ctx, report, conclusion)
            return
        elaborated = conclusion.term is not None and conclusion.equivalent is not None \
            and conclusion.term not in vocabulary and _elaborates(conclusion.term, conclusion.equivalent)
        if conclusion.term is not None and conclusion.term not in vocabulary and conclusion.equivalent \
                and not elaborated:
            # A local wording whose meaning is clear: say so, and still compare it with the score.
            yield ctx.finding(
                self.rule_id, "info",
                f"评估结论写为“{conclusion.term}”，按“{conclusion.equivalent}”理解；规定的结论用语为{_quoted(vocabulary)}。",
                evidence=conclusion.sentence, location=loc,
                suggestion=f"建议直接使用规定用语“{conclusion.equivalent}”。",
            )
        elif not elaborated and (conclusion.term is None or conclusion.term not in vocabulary):
            wrote = f"写为“{conclusion.term}”" if conclusion.term else "未使用规定用语"
            yield ctx.finding(
                self.rule_id, "warning",
                f"评估结论{wrote}，不属于规定的结论用语（{_quoted(vocabulary)}）。",
                evidence=conclusion.sentence, location=loc,
                suggestion=f"请按规定从{_quoted(vocabulary)}中选用一种作为评估结论。",
            )
            return
        score = report.score
        if score is None:
            return
        expected = expected_conclusion(score.value, vocabulary, ctx.settings.review.score_bands)
        term = conclusion.term if conclusion.term in vocabulary else conclusion.equivalent
        if term is None:
            return
        if expected is not None and expected != term:
            bands = ctx.settings.review.score_bands
            together = score.text in conclusion.sentence  # one sentence states both: quote it
            # A conclusion stricter than the score by one band ("82分 … 调整后予以支持") is a reviewer's
            # reservation the report may explain (核减, 补充材料); only a more lenient one contradicts the score.
            stricter = vocabulary.index(term) == vocabulary.index(expected) + 1
            yield ctx.finding(
                self.rule_id, "warning" if stricter else "error",
                f"报告评分为{score.value:g}分，按评分标准（{bands[0]:g}分以上“{vocabulary[0]}”，"
                f"{bands[-1]:g}分以下“{vocabulary[-1]}”）应为“{expected}”，但结论为“{conclusion.term}”"
                + ("，比评分所对应的结论更严格，请核对报告是否说明了理由。" if stricter else "，二者矛盾。"),
                evidence=conclusion.sentence if together else score.text,
                location=loc if together else located(report, score.location),
                suggestion="请核对评分与结论：按评分标准确定结论，或说明不按分数确定结论的理由（如依据失效、重复申报等一票否决情形）。",
            )


    def _admitted(self, ctx: CheckContext, report: AppraisalReport, conclusion: ConclusionField) -> Iterable[Finding]:
        """"同意纳入项目库" supports the project (in full or after adjustment): it contradicts a failing score."""
        vocabulary = ctx.settings.review.conclusion_vocabulary
        bands = ctx.settings.review.score_bands
        score = report.score
        expected = expected_conclusion(score.value, vocabulary, bands) if score else None
        loc = located(report, conclusion.location)
        if score is not None and expected is not None and expected == vocabulary[-1]:
            together = score.text in conclusion.sentence
            yield ctx.finding(
                self.rule_id, "error",
                f"审核得分{score.value:g}分，按评分标准（{bands[-1]:g}分以下“{vocabulary[-1]}”）应为“{expected}”，"
                f"但结论为“{LIBRARY_ADMITTED}”，二者矛盾。",
                evidence=conclusion.sentence if together else score.text,
                location=loc if together else located(report, score.location),
                suggestion="请核对评分与结论：达不到支持分数线的项目不应纳入项目库，或说明不按分数确定结论的理由。",
            )
            return
        yield ctx.finding(
            self.rule_id, "info",
            f"结论写为“{LIBRARY_ADMITTED}”，按支持理解，未写明是{_quoted(vocabulary[:-1])}中的哪一种。",
            evidence=conclusion.sentence, location=loc,
            suggestion=f"建议写明规定的结论用语（{_quoted(vocabulary)}之一）。",
        )


@register
class EARPT04RecommendedBudget(ReportRule):
    rule_id = "EA-RPT-04"

    def check(self, ctx: CheckContext, report: AppraisalReport) -> Iterable[Finding]:
        yield from comparison_findings(ctx, report, self.rule_id)
        vocabulary = ctx.settings.review.conclusion_vocabulary
        if report.conclusion and report.conclusion.term == vocabulary[-1]:
            return  # 不予支持: no budget to recommend
        yield from figure_findings(ctx, report, self.rule_id)
        recommended = report.recommended_budget
        if (recommended is None or recommended.value_wan is None) and report.reduction is not None:
            return  # "建议核减20万元": the figure follows from the request
        table = report.budget_comparison
        if (recommended is None or recommended.value_wan is None) and table is not None \
                and "recommended" in table.columns and table.columns["recommended"].total is not None:
            return  # the comparison table's 建议数 合计 is the recommended figure
        if recommended is None or recommended.value_wan is None:
            section = report.section("overall_conclusion")
            yield ctx.finding(
                self.rule_id, "warning", "报告未提出建议预算控制数（建议安排金额）。",
                evidence=section.heading if section else "", location=section.location if section else None,
                suggestion="请在评估结论中写明建议预算控制数；低于申请金额的，逐项列明核减内容、金额和理由。",
            )
            return
        requested = report.requested_amount
        if requested is None or requested.value_wan is None or report.reduction is not None:
            return
        if recommended.value_wan < requested.value_wan - 0.005:
            yield ctx.finding(
                self.rule_id, "warning",
                f"建议预算控制数（{fmt_wan(recommended.value_wan)}）低于申请金额（{fmt_wan(requested.value_wan)}），"
                "但报告未列明核减内容、核减金额和理由。",
                evidence=recommended.raw, location=located(report, recommended.location),
                suggestion="请逐项列明核减的明细、金额和核减理由。",
            )


def _elaborates(term: str, prescribed: str) -> bool:
    """The prescribed wording with words inserted ("调整完善后予以支持" for 调整后予以支持): same start and end,
    and every character of the prescribed term in order. Such a conclusion is written in the prescribed words."""
    if len(prescribed) < 4 or term[:2] != prescribed[:2] or term[-2:] != prescribed[-2:]:
        return False
    rest = iter(term)
    return all(ch in rest for ch in prescribed)
