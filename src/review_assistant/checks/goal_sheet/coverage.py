"""GS-04 (indicator families present, in either the 2015 or the 2021 layout) and GS-16 (enough indicators)."""

from __future__ import annotations

from collections.abc import Iterable

from review_assistant.checks.base import CheckContext, GoalSheetRule, register
from review_assistant.checks.goal_sheet.common import is_economic_cost, scored_indicators
from review_assistant.checks.models import Finding, Severity
from review_assistant.extract.labels import level_name
from review_assistant.extract.models import GoalSheet, Indicator

# (name, predicate, severity, suggestion)
_REQUIRED: tuple[tuple[str, str, Severity, str], ...] = (
    ("产出-数量指标", "数量", "error", "请补充反映产出规模的数量指标（如完成改造面积、服务人次）。"),
    ("产出-质量指标", "质量", "warning", "请补充反映产出质量的指标（如验收合格率、达标率）。"),
    ("产出-时效指标", "时效", "warning", "请补充时效指标（如完成时间、及时率），时间应在预算年度内。"),
    ("成本指标", "成本", "warning", "请补充成本指标：旧版表样列在“产出指标—成本指标”下，"
     "财预〔2021〕101号表样列为一级“成本指标—经济成本指标”。"),
    ("效益指标", "效益", "error", "请补充效益指标（经济、社会、生态效益或可持续影响），反映项目实施的效果。"),
    ("满意度指标", "满意度", "warning", "如项目有明确服务对象，请补充服务对象满意度指标；确无服务对象的请说明理由。"),
)


def _has(indicators: list[Indicator], kind: str) -> bool:
    if kind == "成本":
        return any(is_economic_cost(i) for i in indicators)
    if kind == "效益":
        return any(i.family == "效益" for i in indicators)
    if kind == "满意度":
        return any(i.family == "满意度" or "满意" in i.level2 for i in indicators)
    return any(i.family == "产出" and i.sub_family == kind for i in indicators)


@register
class GS04FamiliesPresent(GoalSheetRule):
    rule_id = "GS-04"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        if not sheet.indicators:
            return
        indicators = scored_indicators(sheet)
        unclassified = [i for i in indicators if not i.family and not level_name(i.level1) and not level_name(i.level2)]
        unsure = ""
        if unclassified:
            names = "、".join(f"“{i.level3}”" for i in unclassified[:3]) + ("等" if len(unclassified) > 3 else "")
            unsure = f"（有{len(unclassified)}个指标未能识别所属类别，如{names}，缺少的类别可能就在其中，请人工核对。）"
        elif sheet.form == "notice":
            unsure = "（指标从公示正文中读取，可能不全。）"
        elif sheet.unsplit_indicators:
            unsure = f"（有{len(sheet.unsplit_indicators)}条栏目内容未能拆分成单个指标，缺少的指标可能就在其中，请人工核对。）"
        # Output rows without a second level (a header with only 一级 and names): their kind is unknown.
        no_sub = [i for i in indicators if i.family == "产出" and not i.sub_family]
        for name, kind, severity, suggestion in _REQUIRED:
            # An unsplit cell's levels are known from its label ("产出指标—数量指标"): its family is present.
            if not _has(indicators + sheet.unsplit_indicators, kind):
                why = unsure
                if not why and no_sub and kind in {"数量", "质量", "时效"}:
                    why = f"（有{len(no_sub)}个产出指标没有写二级指标，无法判断是否属于此类，请人工核对。）"
                yield ctx.finding(
                    self.rule_id, "warning" if why else severity, f"绩效指标中缺少{name}。{why}",
                    suggestion=suggestion,
                    location=indicators[0].location.model_copy(update={"row": None, "column": None}),
                )


@register
class GS16EnoughIndicators(GoalSheetRule):
    rule_id = "GS-16"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        if not sheet.indicators:
            return
        indicators = scored_indicators(sheet)
        minimum = ctx.settings.review.min_indicators
        if len(indicators) < minimum:
            unsplit = sheet.unsplit_indicators
            yield ctx.finding(
                self.rule_id, "warning" if unsplit else "error",
                f"三级绩效指标只有{len(indicators)}个，少于本地规定的最少{minimum}个。"
                + (f"（另有{len(unsplit)}条栏目内容未能拆分成单个指标，未计入，请人工核对。）" if unsplit else ""),
                evidence=indicators[0].evidence, location=indicators[0].location,
                suggestion=f"请围绕主要产出和效果补充三级指标，总数不少于{minimum}个。",
            )
