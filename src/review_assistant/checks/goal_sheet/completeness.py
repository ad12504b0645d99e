"""GS-01 (header fields filled), GS-02 (funds add up), GS-03 (indicator rows complete)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from review_assistant.checks.base import CheckContext, GoalSheetRule, register
from review_assistant.checks.goal_sheet.common import row_text
from review_assistant.checks.models import Finding, Severity
from review_assistant.extract.models import GoalSheet
from review_assistant.extract.values import fmt_wan

_PLACEHOLDER = re.compile(r"^(?:[XxＸｘ×]+|\*+|＊+|…+|\.{2,}|。{2,}|-+|—+|/|／|无|暂无|待定|待填|略|88|100|0|x+年x+月)$")

# (key, Chinese name, severity when missing)
_REQUIRED_FIELDS: tuple[tuple[str, str, Severity], ...] = (
    ("project_name", "项目名称", "error"),
    ("department", "主管部门", "error"),
    ("implementer", "实施单位", "error"),
    ("attribute", "项目属性", "warning"),
    ("period", "项目期限", "warning"),
    ("leader", "项目负责人", "warning"),
)


def is_placeholder(value: str) -> bool:
    v = re.sub(r"\s+", "", value)
    return not v or bool(_PLACEHOLDER.match(v))


@register
class GS01HeaderComplete(GoalSheetRule):
    rule_id = "GS-01"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        for key, name, severity in _REQUIRED_FIELDS:
            field = sheet.fields.get(key)
            if field is None or not field.value.strip():
                yield ctx.finding(
                    self.rule_id, severity,
                    f"表头未填写“{name}”。",
                    evidence=field.label if field else "",
                    location=field.location if field else None,
                    suggestion=f"请在申报表表头填写{name}。",
                )
            elif is_placeholder(field.value):
                yield ctx.finding(
                    self.rule_id, severity,
                    f"“{name}”填写的是占位内容（“{field.value}”），视同未填。",
                    evidence=field.value, location=field.location,
                    suggestion=f"请将{name}替换为真实内容。",
                )
        total = sheet.funds.get("total")
        if total is None or total.value_wan is None:
            yield ctx.finding(
                self.rule_id, "error", "未填写年度资金总额，或资金总额不是有效数字。",
                evidence=total.raw if total else "", location=total.location if total else None,
                suggestion="请填写年度资金总额（万元）及其资金来源构成。",
            )
        goal = sheet.annual_goal or sheet.long_term_goal
        if goal is None or is_placeholder(goal.value):
            yield ctx.finding(
                self.rule_id, "error", "未填写年度绩效目标（总体目标）。",
                evidence=goal.value if goal else "", location=goal.location if goal else None,
                suggestion="请用一段话概括本年度预期达到的产出和效果。",
            )
        if not sheet.indicators:
            yield ctx.finding(
                self.rule_id, "error", "未填写任何绩效指标。",
                suggestion="请按产出、效益、满意度等维度填写三级绩效指标。",
            )


@register
class GS02FundsConsistent(GoalSheetRule):
    rule_id = "GS-02"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        f = sheet.funds
        total = f.get("total")
        if total is None or total.value_wan is None:
            return

        def val(key: str) -> float | None:
            item = f.get(key)
            return item.value_wan if item else None

        fiscal = val("fiscal")
        local, upper = val("fiscal_local"), val("fiscal_upper")
        parts_fiscal = (local or 0.0) + (upper or 0.0)
        if fiscal is None and (local is not None or upper is not None):
            fiscal = parts_fiscal
        elif fiscal is not None and (local is not None or upper is not None) and abs(fiscal - parts_fiscal) > 0.005:
            item = f["fiscal"]
            yield ctx.finding(
                self.rule_id, "error",
                f"财政拨款（{fmt_wan(fiscal)}）与本级、上级财政拨款之和（{fmt_wan(parts_fiscal)}）不一致。",
                evidence=row_text(ctx, item.location) or item.raw, location=item.location,
                suggestion="请核对财政拨款的本级、上级构成，使其合计与财政拨款一致。",
            )
        sources = [v for v in (fiscal, val("carryover"), val("other")) if v is not None]
        if not sources:
            return
        total_sources = sum(sources)
        if total.value_wan == 0 and total_sources > 0:
            msg = f"年度资金总额填为0，但各来源合计为{fmt_wan(total_sources)}。"
        elif abs(total.value_wan - total_sources) > 0.005:
            msg = (f"年度资金总额（{fmt_wan(total.value_wan)}）与各来源之和"
                   f"（{fmt_wan(total_sources)}）不一致。")
        else:
            return
        yield ctx.finding(
            self.rule_id, "error", msg,
            evidence=row_text(ctx, total.location) or total.raw, location=total.location,
            suggestion="请核对资金来源明细（财政拨款、上年结转、其他资金），使合计与年度资金总额一致。",
        )


@register
class GS03IndicatorRowsComplete(GoalSheetRule):
    rule_id = "GS-03"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        unsigned = []  # quantitative rows with no sign in a table that has no sign column at all
        for ind in sheet.indicators:
            name = ind.level3 or "（未命名指标）"
            missing: list[str] = []
            if not ind.level1:
                missing.append("一级指标")
            if not ind.level2:
                missing.append("二级指标")
            if not ind.level3:
                missing.append("三级指标名称")
            if not ind.value_text.strip():
                missing.append("指标值")
            quantitative = not ind.qualitative and ind.number is not None
            if quantitative and ind.sign is None:
                if ind.has_sign_column:
                    missing.append("指标性质（≥、≤、=等）")
                else:
                    unsigned.append(ind)
            if quantitative and not ind.unit and ind.date_value is None:
                missing.append("计量单位")
            if not missing:
                continue
            severity: Severity = "error" if {"三级指标名称", "指标值", "计量单位"} & set(missing) else "warning"
            yield ctx.finding(
                self.rule_id, severity,
                f"指标“{name}”缺少{'、'.join(missing)}。",
                evidence=ind.evidence, location=ind.location,
                suggestion=f"请为该指标补充{'、'.join(missing)}，定量指标须写明比较符号、数值和计量单位。",
            )
        if unsigned:
            # One finding for the form rather than one per row: the whole table lacks the column.
            names = "、".join(f"“{i.level3}”" for i in unsigned[:5]) + ("等" if len(unsigned) > 5 else "")
            yield ctx.finding(
                self.rule_id, "warning",
                f"{len(unsigned)}个定量指标的指标值没有比较符号（≥、≤、=等），如{names}。",
                evidence=unsigned[0].evidence, location=unsigned[0].location,
                suggestion="请在指标值前写明比较符号（如“≥300个”“≤120万元”），或增加“指标性质”列。",
            )
