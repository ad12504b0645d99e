"""Row kinds of a self-evaluation's indicator table, decided once after the rows are read.

* A note written across the table under the indicators is not one either.
* Template rows left in the form are not indicators: "……" lines and bare "指标2：" under a 二级 (天长式 10号 附件2), and
  the not-applicable row "指标1：/ | / | / | /" whose points were moved to another indicator.
* The 预算执行率 row of a form that scores budget execution among the indicators (银川式: a 三级 indicator of
  项目管理 with its 分值 10) is the execution rate, not a performance target: a rate under 100% is not a gap that the
  未完成原因 column has to explain. Its stated rate stands for the money block's when that block has none.
* A time-span target without a comparison sign ("培训结束后3个月内") whose completion is stated in words ("按期发放")
  is judged like a deadline: qualitative, not a quantity whose 实际完成值 failed to be read.
"""

from __future__ import annotations

import re

from review_assistant.extract import labels as L
from review_assistant.extract.cycle_models import Amount, CycleIndicator, SelfEvaluation
from review_assistant.extract.values import parse_decimal

# Cells a not-applicable or empty template row holds: nothing, "/", dashes.
_EMPTY_CELL = re.compile(r"^[\s/／\\—–\-_]*$")
_SIGN = re.compile(r"[≥≤=<>≧≦]|不(?:少|低|多|高|超)于|以上|以下|不超过")
_EXECUTION_NAME = re.compile(r"^(?:项目)?(?:预算|资金)?执行率$|^(?:项目)?预算(?:资金)?执行(?:率|进度)$")
# "3个月内", "15个工作日内", "24小时以内", "结束后10日内": a span of time, the target of a 时效 row.
_TIME_SPAN = re.compile(r"\d+(?:\.\d+)?\s*个?\s*(?:工作日|自然日|日|天|周|个月|月|小时|分钟|年)\s*(?:以内|之内|内|前)")


def is_template_row(ind: CycleIndicator) -> bool:
    """A row of the form's own scaffolding: its name is a placeholder ("……", "指标2：", "指标1：/") and its 分值,
    年度指标值, 实际完成值 and 得分 cells are empty or "/"."""
    name = L.NAME_NUMBER_PREFIX.sub("", ind.level3).strip()
    placeholder = not name or bool(L.TEMPLATE_ROW_NAME.match(name)) or bool(_EMPTY_CELL.match(name))
    cells = (ind.target_text, ind.actual_text)
    return placeholder and ind.weight is None and ind.score is None and all(_EMPTY_CELL.match(c) for c in cells)


def is_execution_row(ind: CycleIndicator) -> bool:
    """The 预算执行率 scored as an indicator row (its name is the rate; its target and completion are percentages)."""
    name = L.NAME_NUMBER_PREFIX.sub("", ind.level3)
    return bool(_EXECUTION_NAME.match(L.norm_label(name))) and ind.unit in {"%", None} \
        and (ind.target is None or ind.target <= 100)


def is_time_span_in_words(ind: CycleIndicator) -> bool:
    """A "within N months" target written without a sign ("15个工作日内": its ≤ is read from 内), whose completion
    cell has no number ("按期发放")."""
    return not _SIGN.search(ind.target_text) and bool(_TIME_SPAN.search(ind.target_text)) \
        and bool(ind.actual_text.strip()) and parse_decimal(ind.actual_text) is None


def is_note_row(ind: CycleIndicator) -> bool:
    """A note written across the table under the indicators ("说明：年中追加……" in one merged row: its 一级, name and
    target cells hold the same text, which no indicator row does; the numbers in it are not a 分值)."""
    text = ind.level3.strip()
    return bool(text) and text == ind.target_text.strip() == ind.level1.strip()


# The weight families of the 10号 self-evaluation (settings ``cycle.eval_weights``; 成本 counts where they say).
WEIGHT_FAMILIES = frozenset({"产出", "效益", "满意度", "成本"})


def local_blocks(ev: SelfEvaluation) -> list[Amount]:
    """The 一级 points of a form scored in its own blocks, when one of them is not a 10号 family (项目决策, 项目管理,
    过程, 项目绩效): every row sits in a block whose points its 一级 cell states, and those points are what the
    weights are checked against. Empty for the 10号 form (产出/效益/满意度 blocks, the execution rate apart)."""
    blocks = ev.family_weights
    if not blocks or all(b in WEIGHT_FAMILIES for b in blocks):
        return []
    if any(i.block not in blocks for i in ev.indicators):
        return []  # a row outside any stated block: the layout is not certain
    return list(blocks.values())


def local_blocks_note(ev: SelfEvaluation, weights: dict[str, float]) -> str | None:
    """What the reviewer is told about such a form: its blocks, and that the 10号 default weights were not applied."""
    blocks = local_blocks(ev)
    if not blocks:
        return None
    default = "、".join(f"{'预算执行率' if k == '执行率' else k}{v:g}分" for k, v in weights.items())
    return (f"本表按本地表式的一级指标分段计分（{'、'.join(a.raw for a in blocks)}），不是财预〔2020〕10号自评表的默认权重"
            f"（{default}）：分值按表中各段标注的分值核对。")


def classify_rows(out: SelfEvaluation) -> None:
    """Drop template rows, mark the execution row and the time-span rows (see the module's docstring)."""
    out.indicators = [i for i in out.indicators if not (is_template_row(i) or is_note_row(i))]
    for ind in out.indicators:
        if is_execution_row(ind):
            ind.execution = True
            if out.exec_rate is None and ind.actual is not None:
                out.exec_rate = Amount(label=ind.level3, raw=ind.actual_text, value=ind.actual, location=ind.location)
        elif not ind.qualitative and is_time_span_in_words(ind):
            ind.qualitative = True
            ind.target = None
