"""GS-11: keyword hints that an indicator sits in the wrong family (warnings for the reviewer to judge)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from review_assistant.checks.base import CheckContext, GoalSheetRule, register
from review_assistant.checks.goal_sheet.common import SATISFACTION_NAME, indicator_label
from review_assistant.checks.models import Finding
from review_assistant.extract.models import GoalSheet, Indicator

_PROCESS_MEASURES = re.compile(r"预算执行率|执行率|结余率|支付进度|资金到位|资金支付|科目调整|拨付率|资金使用率|预算完成率")
# Product-quality measures only: bare 合格率/达标率 are often real outcomes (体质健康合格率, 水质达标率).
_QUALITY_MEASURES = re.compile(r"验收合格|工程合格|产品合格|设备故障率|故障率|完好率|验收通过|返工率|交付合格")
_COST_WORDS = re.compile(r"成本|费用|节约资金|资金节约|控制在预算|不超预算")


# Financial measures of spending the money, never a result of it: a 效益 row named so is certainly misfiled.
_FINANCIAL_MEASURES = re.compile(r"预算执行率|资金执行率|资金使用率|资金支付率|资金拨付率|资金到位率|结余率|科目调整|支付进度|拨付进度")
# What a satisfaction row may measure besides 满意: opinions of the people served.
_OPINION_WORDS = re.compile(r"满意|好评|评价|认可|认同|获得感|幸福感|安全感|投诉|意见|支持率|信任|口碑|赞成|称赞|感受|体验")
# Work or output measures (资料审核合格率, 工单办结率, 验收合格率): no opinion of anyone served.
_WORK_MEASURES = re.compile(r"审核|验收|台账|(?:合格|达标|完成|办结|执行|到位|通过|准确|完好|覆盖|及时)率$|数量$|时间$|时限$|成本$")


def _certain(ind: Indicator) -> bool:
    """The misfiling is certain from the name alone (GS-11 error): a financial measure under 效益, or a work measure
    with no word of anyone's opinion under 满意度."""
    name = re.sub(r"[（(][^）)]*[)）]$", "", ind.level3.strip())
    if ind.family == "效益":
        return bool(_FINANCIAL_MEASURES.search(name))
    if ind.family == "满意度":
        return bool(_WORK_MEASURES.search(name)) and not _OPINION_WORDS.search(name)
    return False


def _misfiled(ind: Indicator) -> tuple[str, str] | None:
    """(what is wrong, where it belongs) for one indicator, or None."""
    name = ind.level3
    if ind.family == "效益" and _PROCESS_MEASURES.search(name):
        return "是过程或财务管理指标，不反映项目效果", "不宜列为效益指标，可在自评的预算执行率中体现"
    if ind.family == "效益" and _QUALITY_MEASURES.search(name):
        return "反映的是产出质量", "应列入“产出指标—质量指标”"
    if ind.family == "效益" and ind.sub_family == "生态" and _COST_WORDS.search(name):
        return "是成本控制内容，不是生态效益", "应列入成本指标"
    if ind.family == "满意度" and not SATISFACTION_NAME.search(name):
        return "没有衡量服务对象的满意程度", "满意度指标应填写服务对象满意度（如“受益群众满意度≥90%”）"
    if ind.family == "产出" and SATISFACTION_NAME.search(name):
        return "是满意度内容", "应列入“满意度指标”"
    return None


@register
class GS11FamilyHints(GoalSheetRule):
    rule_id = "GS-11"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        for ind in sheet.indicators:
            wrong = _misfiled(ind)
            if wrong is None:
                continue
            what, where = wrong
            certain = _certain(ind)
            reason = ("（指标名称本身就是资金管理指标，不是项目效果，可确定归类错误）" if ind.family == "效益" else
                      "（指标名称是工作或产出指标，不含任何服务对象的评价，可确定不是满意度指标）") if certain else ""
            yield ctx.finding(
                self.rule_id, "error" if certain else "warning",
                f"指标{indicator_label(ind)}列在“{ind.level1}{('—' + ind.level2) if ind.level2 else ''}”下，但{what}{reason}。",
                evidence=ind.evidence, location=ind.location, suggestion=f"请调整指标归类：{where}。",
            )
