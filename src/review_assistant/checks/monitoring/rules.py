"""MON-01…MON-04 on a 绩效运行监控表.

Ids follow the rulebook (§2.4): MON-01 both sides of 双监控; MON-02 the execution rate (its arithmetic,
执行率 = 执行数 ÷ 调整后预算, and the configured progress line for the monitoring month); MON-03 each
indicator's 1–N月 value, forecast, deviation cause and 完成目标可能性, with a forecast below target
needing a cause and a measure; MON-04 a deviation judged unreachable needs a proportionate treatment
(adjust budget and target, or stop disbursement) — a deterministic pre-filter for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from review_assistant.checks.base import CheckContext, MonitoringRule, register
from review_assistant.checks.evaluation.scoring import agrees, as_percent, direction, execution_rate, fmt, met
from review_assistant.checks.models import Finding
from review_assistant.extract.cycle_models import CycleIndicator, MonitoringTable
from review_assistant.extract.cycle_tables import is_blank_explanation, states_measure

_TREATMENT = re.compile(r"调整|调减|调剂|收回|暂停|停止|暂缓|核减|压减|取消")
# What the document calls itself ("……绩效运行监控情况说明" / "……监控报告"), for the findings' wording.
_KIND_WORD = re.compile(r"监控(情况说明|情况汇报|工作报告|情况报告|报告|情况表|表)")


def document_word(mt: MonitoringTable, default: str = "监控表") -> str:
    """How a finding names the document: "监控情况说明", "监控报告" … as its title says, else ``default``."""
    m = _KIND_WORD.search(mt.title or "")
    return "监控" + m.group(1) if m else default


def progress_line(month: int | None, lines: dict[str, float]) -> tuple[int, Decimal] | None:
    """The warning line in force at the end of ``month``: the latest configured month not after it."""
    if month is None:
        return None
    eligible = sorted((int(m), v) for m, v in lines.items() if str(m).isdigit() and int(m) <= month)
    if not eligible:
        return None
    m, v = eligible[-1]
    return m, Decimal(str(v))


def _stated_measure(ind: CycleIndicator, mt: MonitoringTable) -> str:
    """The measure written for ``ind``: its 纠偏措施 cell, else a cause or 备注 cell that names an action, else the
    table's closing 纠偏措施 box when it names one ('' when none does)."""
    if not is_blank_explanation(ind.measure):
        return ind.measure
    box = mt.measure_note.value if mt.measure_note is not None else ""
    return next((t for t in (ind.cause, ind.note, box) if states_measure(t)), "")


def _forecast_short(ind: CycleIndicator) -> bool:
    if ind.qualitative or ind.target is None or ind.forecast is None:
        return False
    return met(ind.sign, ind.target, ind.forecast) is False


@register
class MON01DualMonitoring(MonitoringRule):
    rule_id = "MON-01"

    def check(self, ctx: CheckContext, mt: MonitoringTable) -> Iterable[Finding]:
        if mt.prose_sentence:
            read = "、".join(a.raw for a in (mt.budget, mt.executed, mt.rate) if a is not None)
            ctx.notes.append(f"未见预算执行情况表，已从正文读取预算执行情况（{read}），原句：“{mt.prose_sentence}”，请核对。")
        if mt.executed is None or mt.executed.value is None:
            if not mt.execution_labels_seen:
                yield ctx.finding("MON-01", "error", f"{document_word(mt)}没有预算执行情况（年度预算数、1—N月执行数、执行率），"
                                  "只监控了绩效目标，不符合“双监控”要求。",
                                  suggestion="补填年度（调整后）预算数、截至监控月份的执行数和执行率。")
            elif mt.rate is not None and mt.rate.value is not None:
                yield ctx.finding("MON-01", "warning", f"已读出执行率（{mt.rate.raw}），但未能读出执行数（金额），"
                                  "执行率的计算未能核对，请人工核对。", suggestion="写明截至监控月份的执行数（万元）。")
            else:
                yield ctx.finding("MON-01", "warning", "文件中有预算执行的栏目或文字，但未能读出执行数，请人工核对是否已填写。",
                                  suggestion="在执行数栏填写金额（万元）。")
        if not mt.indicator_table_found or not mt.indicators:
            yield _no_indicators(ctx, mt)
        elif all(not i.actual_text.strip() for i in mt.indicators):
            if mt.completion_column_found:
                yield ctx.finding("MON-01", "error", "绩效指标表的1—N月完成值全部为空，未监控绩效目标实现程度。",
                                  suggestion="逐项填写截至监控月份的实际完成值。")
            else:
                # No header named the completion column: the values may sit in a column not recognised.
                yield ctx.finding("MON-01", "warning", "绩效指标表中未识别出1—N月完成值（执行情况）栏目，"
                                  "未能核对绩效目标的完成情况，请人工核对是否已逐项填写。",
                                  suggestion="在指标表中设“1—N月实际完成值”一栏，逐项填写截至监控月份的完成情况。")


def _no_indicators(ctx: CheckContext, mt: MonitoringTable) -> Finding:
    """No indicator completion was read: an error only when the document certainly has none (tables, and no word
    of targets or completion anywhere); otherwise a warning that says what could not be read."""
    gap = "没有绩效指标完成情况（年度指标值、1—N月完成值、全年预计完成值），只监控了预算执行，不符合“双监控”要求。"
    suggestion = "按批复的绩效目标逐项填写截至监控月份的完成情况和全年预计。"
    if mt.unread_indicator_table:
        return ctx.finding("MON-01", "warning", f"文件中有表格（“{mt.unread_indicator_table}”）像是指标完成情况表，但未能读出"
                           "其中的指标（未识别出指标名称、年度指标值和完成值栏目），绩效目标监控情况未能核对，请人工核对。",
                           suggestion=suggestion)
    if not mt.has_tables:
        said = "正文提到了指标或目标完成情况，但没有逐项列出" if mt.indicator_words_seen else \
            "正文也未见年度指标值、完成值、全年预计等内容"
        return ctx.finding("MON-01", "warning", f"{document_word(mt, '监控报告')}只有正文、没有指标完成情况表，{said}：可能{gap}请人工核对。",
                           suggestion=suggestion)
    if mt.indicator_words_seen:
        return ctx.finding("MON-01", "warning", "未能读出绩效指标完成情况表（文件中提到了指标或目标完成情况），"
                           "绩效目标监控情况未能核对，请人工核对。", suggestion=suggestion)
    return ctx.finding("MON-01", "error", document_word(mt) + gap, suggestion=suggestion)


@register
class MON02ExecutionRate(MonitoringRule):
    rule_id = "MON-02"

    def check(self, ctx: CheckContext, mt: MonitoringTable) -> Iterable[Finding]:
        base = mt.base_budget
        rate: Decimal | None = None
        if base is not None and base.value is not None and mt.executed is not None and mt.executed.value is not None:
            rate = execution_rate(mt.executed.value, base.value)
            if rate is not None and mt.rate is not None and mt.rate.value is not None \
                    and not agrees(as_percent(mt.rate.value, rate), rate):
                yield ctx.finding("MON-02", "error", f"执行率填{mt.rate.raw}，但执行数{mt.executed.raw}÷"
                                  f"{base.label or '预算数'}{base.raw}={fmt(rate)}%。",
                                  evidence=mt.rate.raw, location=mt.rate.location,
                                  suggestion="执行率=执行数÷（调整后）预算数，请重算。")
        elif mt.rate is not None and mt.rate.value is not None:
            rate = mt.rate.value
        yield from _part_rates(ctx, mt)
        if rate is None:
            return
        line = progress_line(mt.month, ctx.settings.cycle.progress_lines)
        if mt.month is None:
            ctx.notes.append("未能识别监控截至月份，未对照执行进度预警线。")
            return
        if line is not None and rate < line[1]:
            yield ctx.finding(
                "MON-02", "warning",
                f"截至{mt.month}月预算执行率{fmt(rate)}%，低于{line[0]}月末{fmt(line[1])}%的进度预警线。",
                evidence=mt.rate.raw if mt.rate else "", location=mt.rate.location if mt.rate else None,
                suggestion="分析执行缓慢的原因；确实无法支出的，按程序调减预算或调剂使用，并同步调整绩效目标。")


def _part_rates(ctx: CheckContext, mt: MonitoringTable) -> Iterable[Finding]:
    """Each level row above the 合计 row (中央补助 / 省级补助 / 县级配套): its own 执行率 against its 执行数 ÷ 预算数."""
    for part in mt.fund_parts:
        b, e, r = part.budget, part.executed, part.rate
        if b is None or e is None or r is None or b.value is None or e.value is None or r.value is None:
            continue
        rate = execution_rate(e.value, b.value)
        if rate is not None and not agrees(as_percent(r.value, rate), rate):
            yield ctx.finding("MON-02", "error", f"资金层级“{part.label}”执行率填{r.raw}，但执行数{e.raw}÷{b.label or '预算数'}"
                              f"{b.raw}={fmt(rate)}%。", evidence=r.raw, location=r.location,
                              suggestion="执行率=执行数÷（调整后）预算数，请按该层级重算。")


def _as_adjusted(ctx: CheckContext, ind: CycleIndicator) -> tuple[CycleIndicator, bool]:
    """The indicator judged against its adjusted target, when the table (or its attached 调整申请表) gives one as a
    number: the result note says so. Unchanged (and False) otherwise."""
    if ind.adjusted is None or ind.qualitative:
        return ind, False
    adjusted = ind.model_copy(update={"target": ind.adjusted, "target_text": ind.adjusted_text,
                                      "sign": ind.adjusted_sign or ind.sign})
    reason = f"，调整原因：{ind.adjust_reason}" if ind.adjust_reason else ""
    ctx.notes.append(f"指标“{ind.name}”的年度指标值{ind.target_display}在{ind.adjust_source}中调整为{adjusted.target_display}"
                     f"{reason}；全年预计完成情况按调整后指标值核对。")
    return adjusted, True


def _behind_schedule(ind: CycleIndicator, month_no: int | None, month: str) -> str:
    """"；1—8月完成3200平方米，为年度指标值≥12000平方米的26.67%，低于时间进度66.67%，也未说明偏差原因" for a
    cumulative quantity (higher is better, not a percentage) whose 1–N月 value lags the share of the year elapsed;
    '' otherwise. Only a hint beside the blank forecast: a seasonal task may well catch up, so it stays a warning."""
    if month_no is None or not 1 <= month_no < 12 or ind.qualitative or ind.unit_mismatch:
        return ""
    if direction(ind.sign) != "up" or ind.target is None or ind.target <= 0 or ind.actual is None:
        return ""
    if (ind.unit or "").strip() in {"%", "％"} or "%" in ind.target_text or "％" in ind.target_text:
        return ""
    share = ind.actual / ind.target * 100
    elapsed = Decimal(month_no) / 12 * 100
    if share >= elapsed:
        return ""
    return (f"；{month}完成{ind.actual_text}，为年度指标值{ind.target_display}的{fmt(share)}%，"
            f"低于时间进度{fmt(elapsed)}%，也未说明偏差原因")


_AT_RISK = re.compile(r"有可能|不可能|难以|无法")


def _at_risk(ind: CycleIndicator) -> bool:
    """The unit itself judges the target may not be reached (完成目标可能性 "有可能" / "（完全）不可能") and no full-year
    forecast shows it reached: the forecast is blank or cannot be compared with the target. A forecast that meets
    the target ("24处" for ≥24处) answers the doubt."""
    if not _AT_RISK.search(ind.possibility) or ind.possibility.strip().startswith("确定能"):
        return False
    comparable = not ind.qualitative and ind.target is not None and ind.forecast is not None \
        and met(ind.sign, ind.target, ind.forecast) is not None
    return not ind.forecast_text.strip() or not comparable


def _unexplained(ind: CycleIndicator, mt: MonitoringTable) -> tuple[bool, bool]:
    """(no cause, no measure) for ``ind``: a 备注, a measure in the cause cell or the boxes below the table count."""
    no_cause = is_blank_explanation(ind.cause) and is_blank_explanation(ind.note) and mt.cause_note is None
    return no_cause, not _stated_measure(ind, mt)


def _bare_row(ind: CycleIndicator, mt: MonitoringTable) -> bool:
    """The row leaves its full-year forecast, 完成目标可能性, cause and measure cells all empty while another row of the
    same table fills its forecast and 可能性: the columns are there and read, this row was simply not filled in."""
    if any(t.strip() for t in (ind.forecast_text, ind.possibility, ind.cause, ind.measure, ind.note)):
        return False
    if mt.cause_note is not None or mt.measure_note is not None:
        return False
    table = ind.location.table
    return table is not None and any(
        o is not ind and o.location.table == table and o.forecast_text.strip() and o.possibility.strip()
        for o in mt.indicators)


_DEVIATED_YES = {"是", "√", "✓", "有", "存在", "偏离"}


@register
class MON03IndicatorProgress(MonitoringRule):
    rule_id = "MON-03"

    def check(self, ctx: CheckContext, mt: MonitoringTable) -> Iterable[Finding]:
        month = f"1—{mt.month}月" if mt.month else "截至监控月份"
        for ind in mt.indicators:
            ind, adjusted = _as_adjusted(ctx, ind)
            blanks = [name for name, text in ((f"{month}完成值", ind.actual_text), ("全年预计完成值", ind.forecast_text))
                      if not text.strip()]
            short = not blanks and _forecast_short(ind)
            no_cause, no_measure = _unexplained(ind, mt)
            if ind.deviated.strip() in _DEVIATED_YES and no_cause and no_measure:
                # The unit itself marks the indicator as deviating and leaves both explanations empty: certain.
                also = f"，也未填{'、'.join(blanks)}" if blanks else ""
                lag = _behind_schedule(ind, mt.month, month).removesuffix("，也未说明偏差原因")
                yield ctx.finding("MON-03", "error",
                                  f"指标“{ind.name}”的“是否偏离”填“{ind.deviated.strip()}”，但偏离原因和纠偏措施都空着"
                                  f"{also}{lag}。",
                                  evidence=ind.evidence, location=ind.location,
                                  suggestion="已判定偏离的指标，请说明偏离原因（经费、制度、人员、硬件条件或其他）、"
                                             "提出纠偏措施，并填写全年预计完成值。")
                continue
            if blanks and _bare_row(ind, mt):
                lag = _behind_schedule(ind, mt.month, month).removesuffix("，也未说明偏差原因")
                yield ctx.finding("MON-03", "error",
                                  f"指标“{ind.name}”的{'、'.join(blanks)}、完成目标可能性、偏差原因和纠偏措施都空着"
                                  f"（同表其他指标填了这几栏）{lag}。",
                                  evidence=ind.evidence, location=ind.location,
                                  suggestion="逐项填写全年预计完成值和完成目标可能性；预计达不到目标的，说明偏差原因并提出纠偏措施。")
                continue
            if blanks and not (_at_risk(ind) and no_cause and no_measure):
                lag = _behind_schedule(ind, mt.month, month) if no_cause else ""
                yield ctx.finding("MON-03", "warning", f"指标“{ind.name}”未填{'、'.join(blanks)}{lag}。",
                                  evidence=ind.evidence, location=ind.location, suggestion="逐项填写完成值和全年预计。")
                continue
            if not (short or _at_risk(ind)):
                continue
            # A form may explain the deviation in 备注, put the measure in the cause cell ("……，已加密抽检"), or write
            # both once in the boxes below the table (偏差原因说明 / 纠偏措施): any of them counts.
            if no_cause or no_measure:
                missing = "、".join(x for x, gone in (("偏差原因", no_cause), ("纠偏措施", no_measure)) if gone)
                if short:
                    why = f"全年预计{ind.forecast_text}，达不到{'调整后' if adjusted else '年度'}指标值{ind.target_display}"
                else:
                    done = f"{month}完成{ind.actual_text}" if ind.actual_text.strip() else f"未填{month}完成值"
                    why = (f"完成目标可能性填“{ind.possibility}”（年度指标值{ind.target_display}，{done}），"
                           "即单位判断可能达不到目标") + (f"，又未填{'、'.join(blanks)}" if blanks else "")
                # Judged at risk without a forecast short of the target: certain only when nothing at all is written,
                # not even a forecast (one that cannot be compared with the target, "按计划推进", may answer the doubt).
                certain = no_cause and no_measure and (short or (not ind.forecast_text.strip()
                                                                 and is_blank_explanation(ind.measure)
                                                                 and mt.measure_note is None))
                yield ctx.finding(
                    "MON-03", "error" if certain else "warning",
                    f"指标“{ind.name}”{why}，{'也' if blanks else '但'}未说明{missing}。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="说明偏差原因（经费、制度、人员、硬件条件或其他）并提出纠偏措施。")
            if not short:
                continue
            if ind.possibility.strip().startswith("确定能"):
                yield ctx.finding("MON-03", "warning", f"指标“{ind.name}”全年预计{ind.forecast_text}达不到目标"
                                  f"{ind.target_display}，完成目标可能性却填“{ind.possibility}”。",
                                  evidence=ind.evidence, location=ind.location, suggestion="核实全年预计或完成可能性。")
            elif not ind.possibility.strip():
                yield ctx.finding("MON-03", "warning", f"指标“{ind.name}”预计达不到目标，未填完成目标可能性。",
                                  evidence=ind.evidence, location=ind.location,
                                  suggestion="填写“确定能 / 有可能 / 完全不可能”。")


@register
class MON04Treatment(MonitoringRule):
    rule_id = "MON-04"

    def check(self, ctx: CheckContext, mt: MonitoringTable) -> Iterable[Finding]:
        for ind in mt.indicators:
            hopeless = "不可能" in ind.possibility
            if not hopeless:
                continue
            measure = _stated_measure(ind, mt)
            if _TREATMENT.search(measure):
                continue
            written = measure.strip() or (mt.measure_note.value.strip() if mt.measure_note is not None else "")
            said = f"“{written}”" if written else "空白"
            yield ctx.finding(
                "MON-04", "warning",
                f"指标“{ind.name}”完成目标可能性为“{ind.possibility}”，纠偏措施为{said}，未提出调整预算和绩效目标、"
                "暂缓或停止拨款等相应处理。", evidence=ind.evidence, location=ind.location,
                suggestion="客观原因导致目标无法实现的，按程序调减预算并同步调整目标；问题严重的暂缓或停止执行。")
