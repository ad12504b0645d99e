"""GS-05 (units fit the indicator), GS-06 (no vague values in quantitative rows), GS-07 (values testable)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from review_assistant.checks.base import CheckContext, GoalSheetRule, register
from review_assistant.checks.goal_sheet.common import (
    MONEY_UNITS,
    SATISFACTION_NAME,
    indicator_label,
    is_economic_cost,
    is_rate,
    percent_contradicts_name,
)
from review_assistant.checks.goal_sheet.cost import cost_text_problem
from review_assistant.checks.models import Finding, Severity
from review_assistant.extract.models import GoalSheet, Indicator
from review_assistant.extract.values import find_unit, looks_misread, unit_in_name

_RATE_UNITS = {"%", "‰", "‱", "百分点", "个百分点"}
_GRADED = re.compile(r"[优良中差]|好|较好|一般|等级|档|合格|达标|通过|符合")
_VAGUE = re.compile(r"进一步|明显|显著|有效|逐步|大幅|较好|良好|提升|提高|改善|加强|增强|持续|稳步|不断|较大|尽快|及时")
# A qualitative value that states a checkable state: "无明显影响", "零事故", "未发生", "达标", "符合国家标准".
_CLEAR_STATE = re.compile(r"^(?:无|没有|未发生|零)(?:明显|重大|较大|严重)?[\u4e00-\u9fff]{0,8}$"
                          r"|^(?:全部|全面|均)?(?:达标|合格|通过验收|符合(?:[\u4e00-\u9fff]{0,8})?(?:标准|要求))$")
# An explanation column that grades a qualitative value ("按无影响/轻微影响/明显影响三档", "按好（≥10人）/较好/一般分档").
_GRADED_BASIS = re.compile(r"[两二三四五六七八九3-9]\s*[档级等]|分档|档次|等级|分级|分为|评分|扣分|得分|[优良中差][、/][优良中差]"
                           r"|好\s*[（(/、].{0,20}较好|[/、]\s*(?:一般|较差|差)")


@register
class GS05UnitsFit(GoalSheetRule):
    rule_id = "GS-05"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        for ind in sheet.indicators:
            if ind.qualitative or ind.number is None:
                continue
            written = _written_unit_problem(ind)
            if written:
                yield ctx.finding(
                    self.rule_id, "warning", f"指标{indicator_label(ind)}的指标值“{ind.value_text}”{written}",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="请在指标值中写明完整的计量单位（如“≥85%”“≤28.40元/株”），并与指标名称、计量单位列保持一致。",
                )
                continue
            if not ind.unit:
                continue
            problem = _unit_problem(ind)
            if problem:
                certain = _count_unit_on_rate(ind)
                yield ctx.finding(
                    self.rule_id, "error" if certain else "warning",
                    f"指标{indicator_label(ind)}的计量单位“{ind.unit}”{problem}"
                    + ("（指标名称是百分比性质的比率，单位却是计数或实物单位，二者必有一处填错。）" if certain else ""),
                    evidence=ind.evidence, location=ind.location,
                    suggestion="请使用与指标含义一致的规范计量单位：比率类用“%”，金额类用“万元”或“元”，数量类用个、人次、平方米等。",
                )


_HALF_UNIT = re.compile(r"\d(?:\.\d+)?\s*/\s*[\u4e00-\u9fff]")
_NUMBER_IN_NAME = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>[\u4e00-\u9fff%％]{1,3})$")


def _written_unit_problem(ind: Indicator) -> str:
    """What is wrong with the unit as the sheet writes it ('' when nothing): half a unit ("28.40/株"),
    a unit only the template's prompt gives, or a count in the name whose unit contradicts the unit column."""
    if _HALF_UNIT.search(ind.value_text):
        return "的计量单位不完整：“/”前缺少单位（如“元/株”中的“元”）。"
    if ind.unit_hinted:
        return f"没有写计量单位，只有模板提示中写着“{ind.unit}”。"
    m = _NUMBER_IN_NAME.search(ind.level3)
    if m and ind.unit and float(m.group("num").replace(",", "")) == ind.number:
        named = find_unit(m.group(0))
        if named and named.replace("％", "%") != ind.unit and named not in ind.unit:
            return f"按计量单位“{ind.unit}”计，但指标名称写的是“{m.group(0)}”，单位互相矛盾。"
    return ""


def _unit_problem(ind: Indicator) -> str:
    unit = ind.unit or ""
    if percent_contradicts_name(ind):
        return "与指标不符：该指标计的是数量，不是比率，请核对单位（如人次、个、户）。"
    if unit == "百分比":
        return "不规范，比率应以“%”表示。"
    if re.search(r"率|满意度", ind.level3) and unit not in _RATE_UNITS and "/" not in unit and unit != "分":
        return "与比率类指标不符，比率类指标应以“%”计量。"
    if is_economic_cost(ind) and not re.search(r"率|比例", ind.level3) and unit not in MONEY_UNITS and "元" not in unit:
        return "与成本指标不符，成本指标应以金额（万元或元）计量。"
    if ind.sub_family == "数量" and unit in MONEY_UNITS and not _MONEY_NAME.search(ind.level3):
        return "与数量指标不符：数量指标计的是实物或服务的数量（如台、个、人次），指标名称也没有金额的含义，请核对单位。"
    return ""


# Units that count things or measure them physically: never the unit of a rate written as a percentage.
_COUNT_UNITS = {"个", "次", "人次", "人", "名", "户", "件", "项", "台", "套", "辆", "所", "家", "座", "处", "条", "份", "册",
                "本", "场", "批", "床", "张", "株", "棵", "只", "头", "篇", "间", "块", "盏", "栋", "支", "眼", "段", "宗",
                "例", "公里", "千米", "米", "平方米", "亩", "公顷", "吨", "立方米", "元", "万元", "亿元"}


def _count_unit_on_rate(ind: Indicator) -> bool:
    """Certain unit mismatch (GS-05 error): the name is a percentage rate (合格率, 覆盖率, 满意度 …, not 周转率 or
    频率, which may count times), the unit column or value gives a count or physical unit, and no cell of the row
    disagrees about the unit."""
    name = re.sub(r"[（(][^）)]*[)）]$", "", ind.level3.strip())
    percentage = bool(_FLOOR_RATE.search(name)) or name.endswith(("满意度", "满意率"))
    return percentage and ind.unit in _COUNT_UNITS and ind.cell_unit in {None, ind.unit} and not ind.unit_hinted


# Names of quantity indicators that count money ("发放补助资金", "完成投资额"): a money unit fits them.
_MONEY_NAME = re.compile(r"资金|金额|经费|补助|补贴|津贴|补偿|投资|投入|费|款|额|收入|奖|预算|工资|薪|价|成本|支出|拨付|基金"
                         r"|资产|产值|销售|营收|税|融资|债|利润|贷")


@register
class GS06Quantified(GoalSheetRule):
    rule_id = "GS-06"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        for ind in sheet.indicators:
            value = ind.value_text.strip()
            if not value or ind.number is not None or ind.date_value is not None:
                continue
            if cost_text_problem(ind) is not None:
                continue  # a cost cell with words and no amount: GS-13 reports it, once
            vague = _VAGUE.search(value)
            must_quantify = (ind.family == "产出" and ind.sub_family == "数量") or is_economic_cost(ind)
            # A qualitative row judged by a stated state or by grades in its explanation column is measurable (88号).
            graded = ind.sign not in {"≥", "≤", ">", "<"} and bool(_GRADED_BASIS.search(ind.basis))
            state = ind.sign not in {"≥", "≤", ">", "<"} and bool(_CLEAR_STATE.match(value)) and not _CHANGE.search(value)
            marked = _marked_qualitative(ind)
            # "群众食品安全知晓率 | 明显提升": the name is a rate or a count, so the target is a number; without a 定性
            # marker the row is a quantitative indicator whose value is missing. Certain (error) when the row itself
            # says it is quantitative: a comparison sign, "定量", or a rate/count unit in the unit column.
            measure = not marked and _measure_named(ind)
            # a grading in the explanation column ("按三档评定") leaves open that the unit meant a graded judgement
            certain = measure and _marked_quantitative(ind) and not _GRADED_BASIS.search(ind.basis)
            severity: Severity = "error" if certain else "warning"
            named = f"；名称表明它是{_measure_kind(ind)}指标，表中没有标明定性，应按定量指标填写数值" if measure else ""
            said = "（该行写明了比较符号、“定量”或计量单位，确属定量指标缺少数值）" if certain else ""
            if must_quantify or (vague and ind.family in {"产出", "成本", "满意度"} and not graded and not state):
                yield ctx.finding(
                    self.rule_id, severity,
                    f"指标{indicator_label(ind)}属于{ind.family}指标，但指标值“{value}”没有量化数值{named}{said}。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="请将该指标改为“比较符号+数值+单位”的量化表述，如“≥95%”“≤120万元”“≥1200平方米”。",
                )
            elif vague and ind.sign in {"≥", "≤", ">", "<"} and not _GRADED.search(value):
                # "≥进一步提升": a comparison sign promises a number that the value does not give.
                yield ctx.finding(
                    self.rule_id, severity,
                    f"指标{indicator_label(ind)}的指标值“{ind.target}”写了比较符号，却没有数值，只有笼统表述，无法衡量是否达成"
                    f"{named}{said}。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="请改为“比较符号+数值+单位”的量化表述（如“≥95%”），确属定性的，写明评判标准或分级。",
                )
            elif measure and (vague or _CHANGE.search(value)) and len(value) <= 20 and not _GRADED.search(value) and not graded and not state:
                yield ctx.finding(
                    self.rule_id, severity,
                    f"指标{indicator_label(ind)}的名称表明它是{_measure_kind(ind)}指标，应有数值目标，但指标值“{value}”只有笼统表述、"
                    f"没有数值{said}；表中没有标明定性，也没有写分级标准，无法衡量是否达成。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="请改为“比较符号+数值+单位”的量化表述（如“≥90%”“≥500人次”）；确属定性的，标明“定性”并写明评判标准或分级。",
                )
            elif vague and not marked and _typed_quantitative(ind) and not _GRADED.search(value) and not graded:
                # "重点路段交通事故起数下降幅度 | 定量 | 有效提升": the row's own 指标类型 cell says 定量, its value has no number.
                # Which of the two is wrong (the type or the value) the sheet does not say: a warning.
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"指标{indicator_label(ind)}在指标类型一栏标为“定量”，但指标值“{value}”没有数值，只有笼统表述，"
                    "无法衡量是否达成。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="定量指标请写“比较符号+数值+单位”（如“下降≥5%”）；确属定性的，请把指标类型改为“定性”并写明评判标准或分级。",
                )
            elif state and vague and not graded and not ind.basis.strip():
                yield ctx.finding(
                    self.rule_id, "info",
                    f"定性指标{indicator_label(ind)}的指标值“{value}”是可核实的状态，但表中没有写明据以判定的依据或分档。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="请写明判定依据（如信访记录、巡查记录）或分档（如“无影响/轻微影响/明显影响”）。",
                )
            elif vague and len(value) <= 12 and not _GRADED.search(value) and _bare_change(ind) and not graded and not state:
                # "带动农户户均增收 | 进一步提升 | （备注空）": no sign column says the row is qualitative, the value
                # says a quantity moves without saying how much, and no cell of the row grades it or names a source.
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"指标{indicator_label(ind)}的指标值“{value}”只说明变化方向，没有数值；表中没有指标性质栏，"
                    "该行也没有写分级标准或评判依据，无法衡量是否达成。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="请改为“比较符号+数值+单位”的量化表述（如“≥500元”“≥5%”），确属定性的，写明评判标准或分级及数据来源。",
                )
            elif vague and len(value) <= 12 and not _GRADED.search(value) and not state:
                kind = "定性指标" if marked else "指标"
                unmarked = "" if marked or _typed_quantitative(ind) else "（表中没有标明定性或定量）"
                yield ctx.finding(
                    self.rule_id, "info",
                    f"{kind}{indicator_label(ind)}的指标值“{value}”较笼统{unmarked}，难以评判是否达成。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="定性指标应可衡量：请写明评判标准或分级（如“好/较好/一般/较差/差”）及数据来源，能量化的尽量量化。",
                )


# The name of a rate or a count: "知晓率", "覆盖率（%）", "受益人数", "培训次数", "粮食产量", "发放金额" (not "效率",
# "质量", "能力"): such an indicator is measured by a number.
_RATE_NAME = re.compile(r"(?<!效)率(?:[（(][^）)]*[)）])?$|满意度$|比例$|占比$|比重$")
_COUNT_NAME = re.compile(r"人数|户数|人次|次数|场次|数量|总量|产量|销量|里程|面积|长度|(?<!指)[数额]$|(?<![质能力])量$")
_QUAL_MARK = re.compile(r"^定性(?:指标)?$")
_QUANT_MARK = re.compile(r"^定量(?:指标)?$|^[≥≤><=＝]$")


def _measure_named(ind: Indicator) -> bool:
    """The name is a rate or a count, or it writes a rate or count unit in its brackets ("食堂管理水平（%）")."""
    name = ind.level3.strip()
    unit = unit_in_name(name)
    return bool(_RATE_NAME.search(name) or _COUNT_NAME.search(name)) \
        or (unit is not None and (unit in _RATE_UNITS or unit in _COUNT_UNITS))


def _measure_kind(ind: Indicator) -> str:
    name = re.sub(r"[（(][^）)]*[)）]$", "", ind.level3.strip())
    rate = _RATE_NAME.search(ind.level3.strip()) or name.endswith(("率", "满意度")) \
        or unit_in_name(ind.level3.strip()) in _RATE_UNITS
    return "比率" if rate else "计数"


def _cells_beside(ind: Indicator) -> list[str]:
    """The row's cells other than its names and its value."""
    skip = {ind.level1, ind.level2, ind.level3, ind.value_text}
    return [c.strip() for c in ind.raw if c.strip() and c not in skip]


def _marked_qualitative(ind: Indicator) -> bool:
    """The row says it is qualitative: a 指标性质/类型 cell "定性" (or the 二级 name says so)."""
    return any(_QUAL_MARK.match(c) for c in _cells_beside(ind)) or "定性" in ind.level2


_QUANT_TYPE = re.compile(r"^定量(?:指标)?$")


def _typed_quantitative(ind: Indicator) -> bool:
    """A cell of the row other than its names and value reads "定量" (a 指标类型/指标性质 column)."""
    return any(_QUANT_TYPE.match(c) for c in _cells_beside(ind))


def _marked_quantitative(ind: Indicator) -> bool:
    """The row says it is quantitative: a sign or "定量" in its own cell, or a rate/count unit in the unit column."""
    if any(_QUANT_MARK.match(c) for c in _cells_beside(ind)):
        return True
    unit = ind.unit_column_text.strip()
    return bool(unit) and (unit in _RATE_UNITS or unit in _COUNT_UNITS or unit == "百分比")


# A value that says a quantity moves ("进一步提升", "明显增加", "有所下降") without saying how much.
_CHANGE = re.compile(r"提升|提高|增加|增长|增收|上升|扩大|减少|降低|下降|缩短|改善")


# A name that counts or measures ("户均增收", "接待游客数量", "粮食产量", "入园率"): its target is a number.
_QUANTITY_NAME = re.compile(r"收入|增收|产值|产量|销量|数量|人数|户数|人次|次数|面积|长度|里程|金额|资金|投资|率|比例|占比|总量|[数量额]$")


def _bare_change(ind: Indicator) -> bool:
    """No sign column, a name that counts or measures, a change word as the whole target, and nothing else written
    in the row (a score or weight column holds only digits). "服务水平 | 进一步提升" names no quantity: it stays info."""
    if ind.has_sign_column or not _CHANGE.search(ind.value_text) or not _QUANTITY_NAME.search(ind.level3):
        return False
    named = {ind.level1, ind.level2, ind.level3, ind.value_text}
    return not any(re.search(r"[\u4e00-\u9fff]", c) for c in ind.raw if c.strip() and c not in named)


@register
class GS07Testable(GoalSheetRule):
    rule_id = "GS-07"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        floor = ctx.settings.review.satisfaction_floor
        seen: set[tuple[str | None, ...]] = set()
        for ind in sheet.indicators:
            if ind.number is None or not is_rate(ind) or (ind.unit and ind.unit not in {"%", "百分比"}):
                continue
            if (upper := _ceiling_on_floor(ind)) and (ind.level3, ind.sign, ind.value_text) not in seen:
                seen.add((ind.level3, ind.sign, ind.value_text))  # once, when the 实施期 row repeats the year's
                yield ctx.finding(self.rule_id, upper, _ceiling_message(ind), evidence=ind.evidence,
                                  location=ind.location,
                                  suggestion=f"满意度、合格率、覆盖率这类越高越好的指标应设下限，请改为“≥{ind.value_text.lstrip('≤<＜ ')}”"
                                             "一类的写法，并核对指标性质（运算符号）一栏。")
            if (ind.level3, ind.sign, ind.value_text, "value") in seen:
                continue  # a 中期 row repeating the year's row word for word: judged once
            seen.add((ind.level3, ind.sign, ind.value_text, "value"))
            n = ind.number
            label = indicator_label(ind)
            if n >= 100 and _UNCAPPED.search(ind.level3):
                continue  # 国有资本保值增值率 ≥100%: a ratio of this year to the last, not a share capped at 100%
            misread = looks_misread(ind.value_text) if n > 100 and ind.sign is None else None
            if misread:
                guess = f"，可能原为“{misread}”" if misread.startswith("≥") else misread
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"比率指标{label}的指标值“{ind.value_text}”疑似识别或转换错字{guess}，未按超过100%判错。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="请对照原件核对该指标值，改正后重新审核。",
                )
            elif n > 100 and percent_contradicts_name(ind):
                # The unit says rate, the name says count (GS-05): which one is wrong is not certain.
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"指标{label}的单位为“%”，指标值{ind.value_text}超过100%；但指标名称计的是数量，"
                    "可能是单位填错，未按比率超过100%判错。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="请核对计量单位：计数指标应使用人次、个、户等单位；确属比率的，取值应在0～100%之间。",
                )
            elif n > 100:
                yield ctx.finding(
                    self.rule_id, "error", f"比率指标{label}的指标值为{ind.value_text}，超过100%。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion="比率类指标的取值应在0～100%之间，请核实计算口径。",
                )
            elif n == 100 and ind.sign in {"≥", "=", ">"}:
                yield from _full_rate(ctx, self.rule_id, ind)
            if (SATISFACTION_NAME.search(ind.level3) or ind.family == "满意度") and n < floor and ind.sign in {"≥", ">", "=", None}:
                yield ctx.finding(
                    self.rule_id, "warning", f"满意度指标{label}的目标值{ind.value_text}低于本地要求的{floor:g}%。",
                    evidence=ind.evidence, location=ind.location,
                    suggestion=f"满意度目标一般不低于{floor:g}%，请结合以往调查结果重新设定。",
                )


# Ratios of one amount to another that may pass 100% (期末/期初 权益, this year over the last): never a share.
_UNCAPPED = re.compile(r"保值增值率|增值率|增长率|增幅|增速|同比|环比|比上年|较上年|产销率|倍")
# Rates that count the unit's own work (验收合格率, 办结率, 隐患消除率, 补贴发放率): the unit can deliver 100% of them.
_OWN_WORK = re.compile(r"验收|抽检|检测|检验|办结|完工|完成|消除|整改|销号|发放|拨付|兑付|到位|建档|录入|公示|处置")


def _full_rate(ctx: CheckContext, rule_id: str, ind: Indicator) -> Iterable[Finding]:
    """A rate targeted at 100% (GS-07). "≥100%" and "=100%" set the same target, so they are judged alike, by what
    the rate measures: an outcome the unit does not control (就业率, 满意度, a 效益 rate) is a warning; a rate of
    the unit's own work (验收合格率, an output rate) is legitimate, and "≥" there only gets a note on the notation.
    ">100%" cannot be met at all."""
    label = indicator_label(ind)
    # "百分之百" is quoted as written: the sign and unit are in its words.
    target = ind.target if re.search(r"\d", ind.value_text) else ind.value_text.strip()
    if ind.sign == ">":
        yield ctx.finding(rule_id, "warning", f"比率指标{label}设为“{target}”，比率不可能超过100%，目标无法实现、难以考核。",
                          evidence=ind.evidence, location=ind.location,
                          suggestion="请改为“=100%”或结合历史水平设定合理目标值（如“≥98%”）。")
        return
    name = re.sub(r"[（(][^）)]*[)）]$", "", ind.level3.strip())
    outcome = bool(SATISFACTION_NAME.search(name)) or (ind.family in {"效益", "满意度"} and not _OWN_WORK.search(name))
    if outcome:
        extra = "；比率最高为100%，写成“≥100%”实际只能等于100%" if ind.sign == "≥" else ""
        yield ctx.finding(rule_id, "warning", f"效果类指标{label}设为“{target}”，单位难以完全控制，目标不够合理{extra}。",
                          evidence=ind.evidence, location=ind.location,
                          suggestion="请结合历史数据和行业标准设定可实现、可考核的目标值（如“≥95%”）。")
    elif ind.sign == "≥":
        yield ctx.finding(rule_id, "info", f"比率指标{label}写作“{target}”：比率最高为100%，实际只能等于100%，"
                                           "对单位可控的事项（如验收、办结）这一目标是合理的，建议直接写“=100%”。",
                          evidence=ind.evidence, location=ind.location, suggestion="请将“≥100%”改写为“=100%”。")


# Rates whose target is a floor: the higher the better ("验收合格率", "政策知晓率", "苗木成活率").
_FLOOR_RATE = re.compile(r"(?:合格|达标|完成|覆盖|完好|知晓|入学|巩固|参保|普及|到位|通过|治愈|处置|及格|优良|就业|存活|成活|受益|"
                         r"满足|响应|办结|结案|出勤|接种|保障|开通|回复|解决)率$")
# A name that counts what is not wanted ("不满意率", "投诉率", "故障率"): a ceiling fits it.
_UNWANTED = re.compile(r"不|未|差错|故障|事故|投诉|发生|损失|超标|流失|空置|辍学|返贫|误差|偏差|违规|死亡|发病|感染|缺陷|退回|逾期")


def _ceiling_on_floor(ind: Indicator) -> Severity | None:
    """"error" for a 满意度 written as an upper limit ("≤ | 90 | %"), "warning" for another rate the name says is
    a floor (合格率, 覆盖率 …), None otherwise. A satisfaction target is always a floor; for other rates the name
    is the only evidence, so it is a warning."""
    if ind.sign not in {"≤", "<"}:
        return None
    name = re.sub(r"[（(][^）)]*[)）]$", "", ind.level3.strip())
    if _UNWANTED.search(name):
        return None
    if "满意" in name:
        return "error"
    return "warning" if _FLOOR_RATE.search(name) else None


def _ceiling_message(ind: Indicator) -> str:
    kind = "满意度指标" if "满意" in ind.level3 else "比率指标"
    where = "指标性质（运算符号）一栏写" if ind.has_sign_column else "指标值写"
    return (f"{kind}{indicator_label(ind)}的{where}“{ind.sign}”，目标成了“{ind.target}”：这类指标越高越好，"
            "应设下限（≥），写成上限与指标含义矛盾，也无法据此考核。")
