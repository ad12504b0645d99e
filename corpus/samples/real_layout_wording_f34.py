"""Layouts of the heldout15 classes handled by fixer34 (LAYOUTS.md L86–L88): the comparison sign written in a column
headed "指标值类型" under a merged "绩效指标" banner column (L86); a 101号 sheet whose 社会成本 row is qualitative
("无明显影响") and graded in a "指标值说明" column (L87); rates targeted at 100% written "≥100%" or "=100%", and a
satisfaction row named "好评率" (L88).

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t


def _header(name: str, department: str, implementer: str, total: str, goal: str, width: int) -> Grid:
    """The header fields as a 4-column table, widened to ``width`` columns with the last cell spanning."""
    g = Grid([2.4, 3.0, 2.4, 3.0] + [1.4] * (width - 4), role="header")
    extra = width - 4
    g.add(["项目名称", (name, 3 + extra)], labels=(0,))
    g.add(["主管部门", department, "实施单位", (implementer, 1 + extra)], labels=(0, 2))
    g.add(["项目属性", "新增项目", "项目期限", ("2026年1月—2026年12月", 1 + extra)], labels=(0, 2))
    g.add(["项目资金（万元）", "资金总额", (total, 2 + extra)], labels=(0, 1))
    g.add(["", "其中：财政拨款", (total, 2 + extra)], labels=(1,))
    g.add(["", "其他资金", ("0", 2 + extra)], labels=(1,))
    g.vmerge(0, 3, 5)
    g.add(["年度总体目标", (goal, 3 + extra)], labels=(0,))
    return g


def sign_in_type_column(training_sign: str = "≥") -> DocModel:
    """L86: a department's project sheet whose indicator table opens with a "绩效指标" column merged down the whole
    table; the comparison sign of each row is in the column headed "指标值类型" ("≥ / ≤ / = / 定性"), the number
    in "指标值", the unit in "度量单位". ``training_sign`` '' leaves one quantitative row's sign blank (the defect)."""
    g = _header("示例县退役军人服务站运行保障项目", "示例县退役军人事务局", "示例县退役军人服务中心", "64",
                "保障县乡两级退役军人服务站正常运行，全年开展政策宣讲和就业技能培训，走访慰问重点对象。", 7)
    ind = Grid([1.2, 1.6, 2.0, 3.2, 1.4, 1.6, 1.4], role="indicators")
    ind.add(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "度量单位"], header=True)
    rows = [
        ["产出指标", "数量指标", "开展政策宣讲场次", "≥", "24", "场"],
        ["产出指标", "数量指标", "组织就业技能培训人次", training_sign, "300", "人次"],
        ["产出指标", "质量指标", "服务站建档立卡完成率", "=", "100", "%"],
        ["产出指标", "时效指标", "走访慰问完成时间", "≤", "2026年12月31日", ""],
        ["产出指标", "成本指标", "项目总成本", "≤", "64", "万元"],
        ["效益指标", "社会效益指标", "退役军人政策知晓率", "≥", "90", "%"],
        ["效益指标", "可持续影响指标", "服务站规范化运行", "定性", "较好", ""],
        ["满意度指标", "服务对象满意度指标", "退役军人好评率", "≥", "92", "%"],
    ]
    first = len(ind.rows)
    for row in rows:
        ind.add(["绩效指标", *row])
    ind.vmerge(0, first - 1, len(ind.rows) - 1)
    return _t("示例县2026年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), g, ind)


def sign_in_type_column_missing() -> DocModel:
    """The same sheet with the sign of "组织就业技能培训人次" left blank in the 指标值类型 column."""
    return sign_in_type_column(training_sign="")


def graded_social_cost(quality: str = "符合设计要求") -> DocModel:
    """L87: a 财预〔2021〕101号 sheet with 成本指标 as a first level; its 社会成本 row is qualitative
    ("对沿线居民出行的影响 | 定性 | 无明显影响") and the "指标值说明" column grades it (three grades and the
    record it is judged by). ``quality`` is the 质量 row's qualitative value (a vague one is the defect)."""
    g = _header("示例区背街小巷路面修复项目", "示例区城市管理局", "示例区市政设施维护中心", "86",
                "修复背街小巷破损路面2.6万平方米，消除路面坑槽安全隐患。", 7)
    ind = Grid([1.6, 2.0, 3.0, 1.2, 1.8, 1.2, 3.4], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值说明"], header=True)
    for row in (["产出指标", "数量指标", "修复破损路面面积", "≥", "26000", "平方米", "依据年度维修计划"],
                ["产出指标", "质量指标", "修复路面平整度", "定性", quality, "", ""],
                ["产出指标", "时效指标", "修复完工时间", "≤", "2026年10月31日", "", "依据年度工作计划"],
                ["成本指标", "经济成本指标", "单位面积修复成本", "≤", "33", "元/平方米", "依据市政维修定额"],
                ["成本指标", "社会成本指标", "对沿线居民出行的影响", "定性", "无明显影响", "",
                 "按无影响/轻微影响/明显影响三档评定，依据12345热线投诉记录"],
                ["成本指标", "生态环境成本指标", "施工噪声超标次数", "≤", "0", "次", "依据环保巡查记录"],
                ["效益指标", "社会效益指标", "路面坑槽隐患消除数量", "≥", "120", "处", "依据隐患台账"],
                ["效益指标", "可持续影响指标", "道路养护长效机制", "定性", "较好", "", "按好/较好/一般三档，依据养护考核记录"],
                ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥", "90", "%", "依据问卷调查"]):
        ind.add(row)
    return _t("示例区2026年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), g,
              Para("年度绩效指标", "heading"), ind)


def graded_social_cost_vague() -> DocModel:
    """The same sheet with the 质量 row "修复路面平整度 | 定性 | 明显提升" and nothing in its 指标值说明 cell."""
    return graded_social_cost(quality="明显提升")


def full_rates(employment: str = "85") -> DocModel:
    """L88: rates targeted at 100%: the unit's own work written "≥100%" (验收合格率) and "=100%" (补贴发放率,
    隐患整改销号率 under 效益), an outcome rate (培训后就业率) and a satisfaction row named "好评率".
    ``employment`` "100" makes the outcome rate "≥100%" (the defect: an outcome the unit cannot promise)."""
    g = _header("示例市农民工职业技能提升项目", "示例市人力资源和社会保障局", "示例市职业技能鉴定中心", "150",
                "全年培训农民工2000人次，发放培训补贴，提高农民工就业能力。", 6)
    ind = Grid([1.6, 2.0, 3.2, 1.2, 1.8, 1.2], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"], header=True)
    for row in (["产出指标", "数量指标", "培训农民工人次", "≥", "2000", "人次"],
                ["产出指标", "质量指标", "实训设备安装验收合格率", "≥", "100", "%"],
                ["产出指标", "质量指标", "培训补贴发放率", "=", "100", "%"],
                ["产出指标", "时效指标", "培训完成时间", "≤", "2026年11月30日", ""],
                ["产出指标", "成本指标", "人均培训成本", "≤", "750", "元/人"],
                ["效益指标", "社会效益指标", "培训后就业率", "≥", employment, "%"],
                ["效益指标", "社会效益指标", "实训场所安全隐患整改销号率", "=", "100", "%"],
                ["满意度指标", "服务对象满意度指标", "参训农民工好评率", "≥", "90", "%"]):
        ind.add(row)
    return _t("示例市2026年度项目支出绩效目标表", Para("金额单位：万元", "right"), g, Para("绩效指标", "heading"), ind)


def full_rate_outcome() -> DocModel:
    """The same sheet with "培训后就业率 ≥100%": an outcome the unit does not control, set at 100%."""
    return full_rates(employment="100")
