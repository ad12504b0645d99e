"""Layouts of the heldout17 class handled by fixer36 (LAYOUTS.md L93): a rate or count indicator whose value is only a
vague phrase. A 部门整体 sheet "一级 | 二级 | 三级 | 指标值" without any 指标性质 column writes "群众政策知晓率 | 明显提升"
(a rate with no number and no 定性 marker: GS-06 warning); a county sheet with 指标性质 / 计量单位 columns writes
"≥ | 进一步提高 | %" on a rate and "定量 | 有所增加 | 人次" on a count (the row says it is quantitative: GS-06 error);
genuinely qualitative rows ("定性 | 较好", graded in the explanation column) stay as they are.

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t
from real_layout_wording_f34 import _header


def dept_rate_vague(value: str = "明显提升") -> DocModel:
    """L93: 部门整体支出绩效目标表, indicator table "一级 | 二级 | 三级 | 指标值" (sign, number and unit in one cell);
    ``value`` is the 知晓率 row's target ("≥90%" is the clean sheet, "明显提升" the defect)."""
    g = Grid([2.4, 3.0, 2.4, 3.0], role="header")
    g.add(["部门（单位）名称", ("示例县市场监督管理局", 3)], labels=(0,))
    g.add(["年度预算总额", "312", "其中：财政拨款", "312"], labels=(0, 2))
    g.add(["年度主要任务", ("开展食品安全抽检和日常监管；开展消费维权和法规宣传；推进特种设备安全检查。", 3)], labels=(0,))
    g.add(["年度绩效目标", ("完成年度抽检计划，群众食品安全知晓率和投诉处理质量稳步提高。", 3)], labels=(0,))
    ind = Grid([2.0, 2.4, 4.0, 2.6], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标值"], header=True)
    for row in (["产出指标", "数量指标", "食品安全监督抽检批次", "≥1500批次"],
                ["产出指标", "质量指标", "抽检不合格食品核查处置率", "=100%"],
                ["产出指标", "时效指标", "投诉举报按期办结率", "≥98%"],
                ["产出指标", "成本指标", "单批次抽检成本", "≤900元"],
                ["效益指标", "社会效益指标", "群众食品安全知晓率", value],
                ["效益指标", "社会效益指标", "特种设备安全事故起数", "=0起"],
                ["满意度指标", "服务对象满意度指标", "投诉人满意度", "≥90%"]):
        ind.add(row)
    return _t("示例县2026年度部门整体支出绩效目标表", Para("金额单位：万元", "right"), g, Para("年度绩效指标", "heading"), ind)


def dept_rate_vague_defect() -> DocModel:
    return dept_rate_vague("明显提升")


def dept_rate_clean() -> DocModel:
    return dept_rate_vague("≥90%")


def county_typed(rate: tuple[str, str, str] = ("≥", "92", "%"), count: tuple[str, str, str] = ("≥", "3000", "人次"),
                 ) -> DocModel:
    """L93: county sheet "一级 | 二级 | 三级 | 指标性质 | 指标值 | 计量单位 | 指标值说明"; genuinely qualitative rows are
    marked 定性 and graded. ``rate``/``count``: the 参保政策知晓率 and 参保咨询服务人次 rows (sign, value, unit)."""
    g = _header("示例县城乡居民医保参保服务项目", "示例县医疗保障局", "示例县医疗保障服务中心", "58",
                "开展参保政策宣传和上门服务，提高城乡居民参保服务便利度。", 7)
    ind = Grid([1.6, 2.0, 3.0, 1.2, 1.8, 1.2, 3.4], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标值说明"], header=True)
    for row in (["产出指标", "数量指标", "参保咨询服务人次", *count, "依据服务台账"],
                ["产出指标", "质量指标", "参保信息录入准确率", "≥", "99", "%", "依据系统核对"],
                ["产出指标", "时效指标", "集中宣传完成时间", "≤", "2026年9月30日", "", "依据工作计划"],
                ["产出指标", "成本指标", "项目总成本", "≤", "58", "万元", "依据预算"],
                ["效益指标", "社会效益指标", "参保政策知晓率", *rate, "依据问卷调查"],
                ["效益指标", "可持续影响指标", "参保服务长效机制", "定性", "较好", "", "按好/较好/一般三档，依据年度考核"],
                ["满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", "90", "%", "依据问卷调查"]):
        ind.add(row)
    return _t("示例县2026年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), g, Para("年度绩效指标", "heading"), ind)


def county_typed_clean() -> DocModel:
    return county_typed()


def county_typed_vague() -> DocModel:
    """The rate row "≥ | 进一步提高 | %" and the count row "定量 | 有所增加 | 人次" (a 指标性质 cell some counties fill with
    定量/定性 instead of a sign): the row says it is quantitative and gives no number."""
    return county_typed(rate=("≥", "进一步提高", "%"), count=("定量", "有所增加", "人次"))
