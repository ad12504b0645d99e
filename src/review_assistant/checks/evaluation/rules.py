"""EV-01…EV-06 on a self-evaluation: weights, every score recomputed, total and grade, explanations of gaps.

The arithmetic is in :mod:`scoring` (Decimal, two decimals half-up). A figure the engine can read on
both sides and that disagrees is an error; what it cannot read is a warning that says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from review_assistant.checks.base import CheckContext, EvaluationRule, register
from review_assistant.checks.evaluation import scoring as S
from review_assistant.checks.evaluation.scoring import fmt
from review_assistant.checks.evaluation.summary import summary_grades, summary_rates
from review_assistant.checks.models import Finding
from review_assistant.extract import labels as L
from review_assistant.extract.cycle_models import CycleIndicator, SelfEvaluation
from review_assistant.extract.cycle_tables import is_blank_explanation, is_form_prompt
from review_assistant.extract.eval_rows import local_blocks
from review_assistant.extract.self_evaluation import FAMILY_POINTS


def _label(ind: CycleIndicator) -> str:
    return f"“{ind.name}”"


@register
class EV01Weights(EvaluationRule):
    rule_id = "EV-01"

    def check(self, ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
        if ev.form != "table" or ev.evaluation_type != "自评" or not ev.indicators:
            return
        cfg = ctx.settings.cycle
        weights = [i.weight for i in ev.indicators]
        if any(w is None for w in weights):
            missing = [i.name for i in ev.indicators if i.weight is None]
            yield ctx.finding("EV-01", "warning", f"未能读出{len(missing)}个指标的分值（{'、'.join(missing[:5])}），"
                              "权重核对不完整。", suggestion="在“分值”列逐项填写分值。")
            return
        sums: dict[str, Decimal] = {}  # by weight family (成本 counted where the settings say)
        written: dict[str, Decimal] = {}  # by the 一级 block, for the points written in the 一级 cell
        for ind in ev.indicators:
            fam = S.family_of(ind, cfg.cost_family)
            sums[fam] = sums.get(fam, Decimal(0)) + (ind.weight or Decimal(0))
            written[ind.block] = written.get(ind.block, Decimal(0)) + (ind.weight or Decimal(0))
        exec_w = ev.exec_weight.value if ev.exec_weight and ev.exec_weight.value is not None else None
        local = local_blocks(ev)
        total = sum(sums.values(), Decimal(0)) + (exec_w or Decimal(0))
        if (exec_w is not None or local) and not S.same(total, S.HUNDRED):
            # Certain only when every row was read: the stated scores add up to the stated total.
            complete = _all_rows_read(ev)
            parts = f"预算执行率{fmt(exec_w)}分、绩效指标{fmt(total - exec_w)}分" if exec_w is not None else \
                "、".join(f"{_block_name(ev, b)}{fmt(w)}分" for b, w in written.items())
            yield ctx.finding("EV-01", "error" if complete else "warning",
                              f"各项分值合计为{fmt(total)}分（{parts}），"
                              "不是100分。" + ("" if complete else "（表格如有跨页或拆分，请核对是否全部读出。）"),
                              suggestion="核对各指标分值，使总分值为100分。")
        for block, stated in ev.family_weights.items():
            if stated.value is not None and block in written and not S.same(stated.value, written[block]):
                yield ctx.finding("EV-01", "error", f"一级指标“{stated.raw}”标注{fmt(stated.value)}分，但其下各三级指标"
                                  f"分值合计{fmt(written[block])}分。", evidence=stated.raw, location=stated.location,
                                  suggestion="使一级指标分值与所含三级指标分值之和一致。")
        if local:
            return  # the form's own blocks (项目决策/项目管理/…): the 10号 families do not apply (a layout note says so)
        expected = {k: Decimal(str(v)) for k, v in cfg.eval_weights.items()}
        if "满意度" not in sums and "满意度" in expected:
            expected["效益"] = expected.get("效益", Decimal(0)) + expected.pop("满意度")
        diffs = [f"{fam}{fmt(sums.get(fam, Decimal(0)))}分（应为{fmt(want)}分）" for fam, want in expected.items()
                 if fam != "执行率" and not S.same(sums.get(fam, Decimal(0)), want)]
        if exec_w is not None and "执行率" in expected and not S.same(exec_w, expected["执行率"]):
            diffs.insert(0, f"预算执行率{fmt(exec_w)}分（应为{fmt(expected['执行率'])}分）")
        if diffs:
            yield ctx.finding("EV-01", "warning", "一级指标权重与设定不一致：" + "；".join(diffs) +
                              "。如本地办法另有规定，请在设置 cycle.eval_weights 中配置。",
                              suggestion="按财预〔2020〕10号或本地办法调整分值。")


def _block_name(ev: SelfEvaluation, block: str) -> str:
    """The block as its 一级 cell names it, without the points ("项目产出（30分）" → 项目产出)."""
    stated = ev.family_weights.get(block)
    return FAMILY_POINTS.sub("", stated.raw).strip() if stated is not None else block


def _signless_short(ctx: CheckContext, ind: CycleIndicator) -> Iterable[Finding]:
    """A target written without ≥/≤/= ("20条") whose actual falls short (16条) and still scored above actual÷target:
    read as "reach the target" (≥ and = give the same share below it), but the direction is not written, so a warning.
    A 成本 row is left alone: a bare cost target usually means "no more than" (below it is met)."""
    if ind.sign is not None or ind.qualitative or ind.unit_mismatch or ind.execution or family_of_cost(ind):
        return
    if ind.weight is None or ind.score is None or ind.target is None or ind.actual is None:
        return
    if not (Decimal(0) <= ind.actual < ind.target) or ind.target <= 0:
        return
    exact = (ind.weight * ind.actual / ind.target).quantize(S.EXACT)
    if not S.score_disagrees(ind.score, exact, ind.weight) or ind.score < exact:
        return
    full = "未完成目标却给了满分，" if ind.score >= ind.weight else ""
    yield ctx.finding(
        "EV-02", "warning",
        f"指标{_label(ind)}目标{ind.target_display}、实际{ind.actual_text}、分值{fmt(ind.weight)}，{full}"
        f"按“实际值÷目标值×分值”应得{fmt(S.cents(exact))}分，表内填{fmt(ind.score)}分（目标值未写“≥”“≤”“＝”，"
        "按“达到目标值”理解；如该指标是越低越好，请说明）。",
        evidence=ind.evidence, location=ind.location, suggestion="按定量指标计分规则重算该项得分，并在目标值前写明“≥”或“≤”。")


# "即时办结" / "当日办结" against a time limit of at most N days: done within the limit, whatever N is.
_SAME_DAY = re.compile(r"^(?:即时|当日|当天|当场|立即|随到随)(?:办结|办理|完成|受理|处理|办)?$")
_DAY_UNITS = re.compile(r"日|天")


def _done_same_day(ind: CycleIndicator) -> bool:
    """A ≤ time-limit target in days or working days reported as handled on the spot, with full marks: nothing to
    recompute (the share is 100%)."""
    return (ind.sign in {"≤", "<"} and ind.target is not None and ind.target >= 1
            and bool(_DAY_UNITS.search(f"{ind.unit or ''}{ind.target_text}"))
            and bool(_SAME_DAY.match(ind.actual_text.strip())) and ind.score is not None and ind.weight is not None
            and ind.score >= ind.weight)


def family_of_cost(ind: CycleIndicator) -> bool:
    """A 成本 row (the 二级 成本指标 under 产出, or a 一级 成本指标 block)."""
    return ind.family == "成本" or "成本" in ind.level2 or "成本" in ind.level1


@register
class EV02Scores(EvaluationRule):
    rule_id = "EV-02"

    def check(self, ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
        yield from summary_rates(ctx, ev)
        if ev.form != "table":
            return
        yield from _execution(ctx, ev)
        scored = [i for i in ev.indicators if not i.qualitative and i.score is not None and i.target is not None]
        if scored and all(not i.actual_text.strip() for i in ev.indicators):
            yield ctx.finding("EV-02", "warning", f"表中没有读出实际完成值（没有“实际完成值”栏目或全部未填），{len(scored)}个定量"
                              "指标的得分未能按计分规则重算，请人工核对得分依据。",
                              suggestion="逐项填写实际完成值，得分按“实际值÷目标值×分值”计算。")
        unreadable: list[str] = []
        mismatched = [ind.name for ind in ev.indicators if ind.unit_mismatch and not ind.qualitative]
        if mismatched:
            yield ctx.finding("EV-02", "warning", f"{len(mismatched)}个指标的实际完成值与年度指标值计量单位不同（"
                              f"{'、'.join(mismatched[:5])}），未能重算得分，请人工核对。",
                              suggestion="实际完成值使用与年度指标值相同的计量单位。")
        for ind in ev.indicators:
            if ind.qualitative:
                continue
            exact = S.exact_indicator_score(ind)
            if exact is None:
                if ind.weight is not None and ind.target is not None and ind.actual is None and ind.actual_text \
                        and not _done_same_day(ind):
                    unreadable.append(ind.name)
                yield from _signless_short(ctx, ind)
                continue
            expected = S.cents(exact)
            if ind.score is not None and S.score_disagrees(ind.score, exact, ind.weight):
                rule = {"up": "实际值÷目标值×分值", "down": "目标值÷实际值×分值", "eq": "较小值÷较大值×分值"}.get(
                    S.direction(ind.sign) or "", "")
                own = "（表中列有本表的评分标准，按10号计分规则重算的结果仅供对照）" if ev.has_scoring_rules else ""
                full = "未完成目标却给了满分，" if S.agrees(ind.score, exact) else ""
                yield ctx.finding(
                    "EV-02", "warning" if ev.has_scoring_rules else "error",
                    f"指标{_label(ind)}目标{ind.target_display}、实际{ind.actual_text}、分值{fmt(ind.weight or Decimal(0))}，"
                    f"{full}按计分规则应得{fmt(expected)}分（{rule if expected < (ind.weight or 0) else '达到目标得满分'}），"
                    f"表内填{fmt(ind.score)}分。{own}",
                    evidence=ind.evidence, location=ind.location, suggestion="按定量指标计分规则重算该项得分。")
            ratio = Decimal(str(ctx.settings.cycle.overachieve_ratio))
            # A range target ("300-400人次") is met anywhere inside it: only going past its upper end is overachieving.
            ranged = ind.target_high is not None and ind.target_high > (ind.target or 0)
            top = ind.target_high if ranged else ind.target
            if S.direction(ind.sign) == "up" and top and ind.actual is not None and top > 0 \
                    and ind.unit not in {"%", "百分比"} and ind.actual >= top * ratio:
                yield ctx.finding(
                    "EV-02", "warning",
                    f"指标{_label(ind)}实际完成{ind.actual_text}，为目标{ind.target_display}{'上限' if ranged else ''}的"
                    f"{fmt(ind.actual / top * S.HUNDRED)}%，超额较多：请分析是否年初目标明显偏低"
                    "（按规定因目标偏低而超额完成的应按偏离程度扣分）。",
                    evidence=ind.evidence, location=ind.location, suggestion="说明超额原因；目标偏低的应扣分并在下年度提高目标。")
        if unreadable:
            yield ctx.finding("EV-02", "warning", f"未能读出{len(unreadable)}个定量指标的实际完成值（"
                              f"{'、'.join(unreadable[:5])}），这些指标的得分未能重算。",
                              suggestion="实际完成值填写数值（与年度指标值同一计量单位）。")


def _execution(ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
    if ev.funds_note is not None:
        yield ctx.finding("EV-02", "warning", f"“年度资金总额”行为0或未填，而“{ev.funds_note.label}”行有金额：执行率按该行"
                          "核对，请补填资金总额。", evidence=ev.funds_note.value, location=ev.funds_note.location,
                          suggestion="年度资金总额应等于各来源之和，并据此计算预算执行率。")
        return  # the stated rate and score belong to the empty row: nothing certain to compare
    if not (ev.budget and ev.executed and ev.budget.value is not None and ev.executed.value is not None):
        return
    rate = S.execution_rate(ev.executed.value, ev.budget.value)
    if rate is None:
        return
    if ev.exec_rate and ev.exec_rate.value is not None and not S.agrees(S.as_percent(ev.exec_rate.value, rate), rate):
        budget = L.norm_label(ev.budget.label) if "预算" in ev.budget.label else "全年预算数"  # 调整预算数（A）, 年初预算数
        yield ctx.finding("EV-02", "error", f"预算执行率填{ev.exec_rate.raw}，但全年执行数{ev.executed.raw}÷{budget}"
                          f"{ev.budget.raw}={fmt(rate)}%。", evidence=ev.exec_rate.raw, location=ev.exec_rate.location,
                          suggestion="按“全年执行数÷全年预算数”重算执行率。")
    weight = ev.exec_weight.value if ev.exec_weight else None
    if weight is not None and ev.exec_score and ev.exec_score.value is not None:
        want = S.execution_score(weight, rate)
        if not S.execution_score_agrees(ev.exec_score.value, weight, ev.executed.value, ev.budget.value):
            yield ctx.finding("EV-02", "error", f"预算执行率{fmt(rate)}%、分值{fmt(weight)}分，应得{fmt(want)}分，"
                              f"表内填{fmt(ev.exec_score.value)}分。", location=ev.exec_score.location,
                              suggestion="预算执行率得分=分值×执行率（不超过分值）。")


@register
class EV03Qualitative(EvaluationRule):
    rule_id = "EV-03"

    def check(self, ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
        for ind in ev.indicators:
            if not ind.qualitative or ind.weight is None or ind.score is None or ind.weight <= 0:
                continue
            band = S.deadline_band(ind.target_text, ind.actual_text, ev.fiscal_year)
            if band is None:
                continue
            low, high = band.low, band.high
            share = ind.score / ind.weight
            if low <= share <= high:
                continue
            if band.late and band.done is not None:
                done = f"{band.done.year}年{band.done.month}月{band.done.day}日"
                why = (f"实际完成时间（“{ind.actual_text}”，即{done}）晚于目标“{ind.target_text}”，未达成年度指标，"
                       f"得分不应超过分值的{fmt(high * S.HUNDRED)}%（{fmt(ind.weight * high)}分）")
            else:
                why = (f"实际完成情况为“{ind.actual_text}”，按分档规则应得分值的{fmt(low * S.HUNDRED)}%—"
                       f"{fmt(high * S.HUNDRED)}%（{fmt(ind.weight * low)}—{fmt(ind.weight * high)}分）")
            unsure = "（实际完成值写了日期，但未能与目标日期确定地比较，请人工核对是否按期完成。）" if band.uncompared else ""
            yield ctx.finding(
                "EV-03", "error" if band.certain else "warning",
                f"定性指标{_label(ind)}{why}，表内填{fmt(ind.score)}分。{unsure}",
                evidence=ind.evidence, location=ind.location, suggestion="按定性指标三档计分规则调整得分。")


@register
class EV04TotalGrade(EvaluationRule):
    rule_id = "EV-04"

    def check(self, ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
        bands = ctx.settings.cycle.grade_bands
        total = ev.total.value if ev.total and ev.total.value is not None else None
        if ev.total is not None and total is not None and ev.form == "table" and ev.indicators \
                and all(i.score is not None for i in ev.indicators):
            exec_score = ev.exec_score.value if ev.exec_score and ev.exec_score.value is not None else Decimal(0)
            summed = sum((i.score or Decimal(0) for i in ev.indicators), exec_score)
            if not S.agrees(total, summed):
                weights = sum((i.weight or Decimal(0) for i in ev.indicators), Decimal(0)) + (
                    ev.exec_weight.value if ev.exec_weight and ev.exec_weight.value is not None else Decimal(0))
                complete = S.same(weights, S.HUNDRED)  # every row read: the points add up to 100
                yield ctx.finding("EV-04", "error" if complete and not ev.total_unsure else "warning",
                                  f"总分填{ev.total.raw}分，但各项得分之和为{fmt(summed)}分。"
                                  + ("" if complete else "（读出的分值合计不是100分，可能有未读出的行，请核对。）")
                                  + _unsure_total(ev),
                                  evidence=ev.total.raw, location=ev.total.location, suggestion="按各项得分重新合计总分。")
            recomputed = recomputed_total(ev)
            if recomputed is not None and not S.same(recomputed, summed) and _some_score_disagrees(ev):
                stated_grade = S.grade_for(total, bands)
                new_grade = S.grade_for(recomputed, bands)
                yield ctx.finding(
                    "EV-04", "error" if new_grade != stated_grade and not ev.total_unsure else "warning",
                    f"按计分规则重算，总分应为{fmt(recomputed)}分（等级“{new_grade}”），表内各项得分合计{fmt(summed)}分"
                    f"（等级“{stated_grade}”）。" + _unsure_total(ev), location=ev.total.location,
                    suggestion="先改正各项得分（见 EV-02），再重新合计总分并评定等级。")
        yield from _subtotal(ctx, ev)
        yield from summary_grades(ctx, ev)
        if total is not None and ev.grade is not None:
            want = S.grade_for(total, bands)
            if ev.grade.value[:1] != want:
                floors = S.grade_floors(bands)
                yield ctx.finding("EV-04", "warning" if ev.total_unsure else "error",
                                  f"总分{fmt(total)}分对应等级“{want}”（{floors}），"
                                  f"文件写“{ev.grade.value}”。" + _unsure_total(ev), evidence=ev.grade.value,
                                  location=ev.grade.location,
                                  suggestion="按评价等级分数线改正等级。")
        elif total is None and ev.form == "report":
            yield ctx.finding("EV-04", "warning", "未能在自评报告中读出自评得分，得分与等级未能核对。",
                              suggestion="在报告中写明自评得分和等级，如“自评得分92分，等级为优”。")


def _unsure_total(ev: SelfEvaluation) -> str:
    """The note of a total read from a row whose 得分 cell the header did not name (the finding is then a warning)."""
    return f"（{ev.total_unsure}，未能确认，请核对。）" if ev.total_unsure else ""


def _subtotal(ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
    """The indicator block's own 合计 row (分值 90, the execution points apart): its sum, and a total that is missing."""
    sub = ev.subtotal
    if sub is None or sub.value is None or ev.form != "table":
        return
    points = f"分值{fmt(ev.subtotal_points)}分、" if ev.subtotal_points is not None else ""
    if ev.total is None:
        yield ctx.finding("EV-04", "warning", f"指标表末的“{sub.label}”行（{points}得分{sub.raw}分）是绩效指标部分的小计，"
                          "未找到含预算执行率得分的自评总分，总分和等级未能核对。", evidence=sub.raw, location=sub.location,
                          suggestion="另起一行写明自评总分（预算执行率得分＋各指标得分）和自评等级。")
    if not ev.indicators or any(i.score is None for i in ev.indicators):
        return
    summed = sum((i.score or Decimal(0) for i in ev.indicators), Decimal(0))
    if S.agrees(sub.value, summed):
        return
    weights = sum((i.weight or Decimal(0) for i in ev.indicators), Decimal(0))
    complete = ev.subtotal_points is not None and S.same(weights, ev.subtotal_points)  # every indicator row read
    yield ctx.finding("EV-04", "error" if complete else "warning",
                      f"指标部分小计（“{sub.label}”行）填{sub.raw}分，但各指标得分之和为{fmt(summed)}分。"
                      + ("" if complete else "（读出的指标分值合计与小计的分值不符，可能有未读出的行，请核对。）"),
                      evidence=sub.raw, location=sub.location, suggestion="按各指标得分重新合计小计。")


def _some_score_disagrees(ev: SelfEvaluation) -> bool:
    """A stated score differs from the rule's by more than its own rounding (so the totals differ for a reason)."""
    for ind in ev.indicators:
        rule = S.exact_indicator_score(ind)
        if rule is not None and ind.score is not None and S.score_disagrees(ind.score, rule, ind.weight):
            return True
    if ev.exec_score and ev.exec_score.value is not None and ev.exec_weight and ev.exec_weight.value is not None \
            and ev.budget and ev.executed and ev.budget.value and ev.executed.value is not None and ev.funds_note is None:
        return not S.execution_score_agrees(ev.exec_score.value, ev.exec_weight.value, ev.executed.value,
                                            ev.budget.value)
    return False


def _all_rows_read(ev: SelfEvaluation) -> bool:
    """The stated scores (and the execution score) add up to the stated total: no row was missed."""
    if ev.total is None or ev.total.value is None or any(i.score is None for i in ev.indicators):
        return False
    exec_score = ev.exec_score.value if ev.exec_score and ev.exec_score.value is not None else Decimal(0)
    return S.agrees(ev.total.value, sum((i.score or Decimal(0) for i in ev.indicators), exec_score))


def rule_total(ev: SelfEvaluation) -> Decimal | None:
    """Every quantitative score (and the execution score) replaced by the rule's, rounded to the cent."""
    return _total(ev, keep_agreeing=False)


def recomputed_total(ev: SelfEvaluation) -> Decimal | None:
    """The total the table should show: its own scores where they agree with the rule, the rule's where not."""
    return _total(ev, keep_agreeing=True)


def _total(ev: SelfEvaluation, keep_agreeing: bool) -> Decimal | None:
    """Stated scores replaced by the rule's wherever the rule applies and the stated one disagrees with it (qualitative
    rows, and scores that differ only by rounding, keep theirs: the total is a sum of rounded item scores)."""
    total = Decimal(0)
    if ev.exec_score and ev.exec_score.value is not None and ev.funds_note is not None:
        total += ev.exec_score.value  # the money block is incomplete: keep the unit's own execution score
    elif ev.exec_score and ev.exec_score.value is not None:
        executed = ev.executed.value if ev.executed else None
        budget = ev.budget.value if ev.budget else None
        rate = S.execution_rate(executed, budget) if executed is not None and budget is not None else None
        weight = ev.exec_weight.value if ev.exec_weight else None
        if rate is None or weight is None or executed is None or budget is None \
                or (keep_agreeing and S.execution_score_agrees(ev.exec_score.value, weight, executed, budget)):
            total += ev.exec_score.value
        else:
            total += S.execution_score(weight, rate)
    for ind in ev.indicators:
        exact = S.exact_indicator_score(ind)
        if exact is None or (keep_agreeing and ind.score is not None
                             and not S.score_disagrees(ind.score, exact, ind.weight)):
            score = ind.score
        else:
            score = S.cents(exact)
        if score is None:
            return None
        total += score
    return total


@register
class EV05Explanations(EvaluationRule):
    rule_id = "EV-05"

    def check(self, ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
        gaps: list[CycleIndicator] = []
        # A form without a 偏差原因 column (青神式) explains gaps in 存在问题/改进措施: those are checked below.
        per_row = ev.explanation_column or not ({"problems", "measures"} & set(ev.narrative))
        # Nothing anywhere explains a gap: the row's 偏差原因 column and both closing boxes (存在问题, 改进措施) are
        # there and say "无" or nothing. Then an arithmetically unmet target is certainly unexplained.
        closing_blank = all(key in ev.narrative and not is_form_prompt(ev.narrative[key].value)
                            and is_blank_explanation(ev.narrative[key].value) for key in ("problems", "measures"))
        for ind in ev.indicators:
            if ind.execution:
                continue  # the execution rate scored as a row (银川式): not a performance target to explain
            short = ind.score is not None and ind.weight is not None and ind.score < ind.weight
            unmet = not ind.qualitative and ind.target is not None and ind.actual is not None \
                and S.met(ind.sign, ind.target, ind.actual) is False
            if not (short or unmet):
                continue
            gaps.append(ind)
            if per_row and is_blank_explanation(ind.cause) and is_blank_explanation(ind.measure):
                said = f"写“{ind.cause}”" if ind.cause.strip() else "为空"
                certain = unmet and ev.explanation_column and closing_blank
                also = "，表后“存在问题”“改进措施”也没有说明" if certain else ""
                yield ctx.finding("EV-05", "error" if certain else "warning",
                                  f"指标{_label(ind)}未完成目标（目标{ind.target_display}，实际"
                                  f"{ind.actual_text or '未填'}），偏差原因及改进措施{said}{also}。",
                                  evidence=ind.evidence, location=ind.location,
                                  suggestion="说明未完成的具体原因和拟采取的改进措施；“暂无”“无”不是说明。")
        prompts = set()
        for key, label in (("conclusion", "评价结论"), ("problems", "存在问题"), ("measures", "改进措施")):
            field = ev.narrative.get(key)
            if field is not None and is_form_prompt(field.value):
                prompts.add(key)
                yield ctx.finding("EV-05", "warning", f"“{label}”栏写的仍是表单的填写说明（“{field.value}”），没有填写实际内容。",
                                  evidence=field.value, location=field.location,
                                  suggestion=f"删除填写说明，如实填写{label}。")
        total = ev.total.value if ev.total and ev.total.value is not None else None
        has_gap = bool(gaps) or (total is not None and total < S.HUNDRED)
        if not has_gap:
            return
        for key, label in (("problems", "存在问题"), ("measures", "改进措施")):
            field = ev.narrative.get(key)
            if field is not None and key not in prompts and is_blank_explanation(field.value):
                yield ctx.finding("EV-05", "warning", f"自评未得满分（{'有' + str(len(gaps)) + '个指标未完成' if gaps else '总分' + fmt(total or Decimal(0)) + '分'}），"
                                  f"但“{label}”写“{field.value}”。", evidence=field.value, location=field.location,
                                  suggestion=f"如实填写{label}，对应扣分的指标逐项说明。")


@register
class EV06DepartmentWeights(EvaluationRule):
    rule_id = "EV-06"

    def check(self, ctx: CheckContext, ev: SelfEvaluation) -> Iterable[Finding]:
        if ev.evaluation_type == "自评" or not ev.indicators:
            return
        if any(i.weight is None for i in ev.indicators):
            return
        total = sum((i.weight or Decimal(0) for i in ev.indicators), Decimal(0))
        ob = sum((i.weight or Decimal(0) for i in ev.indicators if i.family in {"产出", "效益", "满意度", "成本"}),
                 Decimal(0))
        if total <= 0:
            return
        share = ob / total * S.HUNDRED
        floor = Decimal(str(ctx.settings.cycle.min_department_output_benefit))
        if share < floor:
            yield ctx.finding("EV-06", "warning", f"{ev.evaluation_type}中产出和效益指标权重合计{fmt(share)}%，"
                              f"低于{fmt(floor)}%。", suggestion="提高产出、效益指标的权重（原则上不低于60%）。")
