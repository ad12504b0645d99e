"""Layouts of the heldout11 goal-sheet classes handled by fixer23 (LAYOUTS.md L68–L69): a multi-year project's sheet
whose funds table has a 实施期 column and an annual column under one heading merged down the first column
("项目资金（万元） | 资金总额 | 中期资金总额 | 年度资金总额"), with 实施期 and 年度 indicator values side by side; and an
一体化 export whose indicator table has its own 指标方向 (运算符号) column.

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t

_MULTI_GOAL = ("三年完成示例县12个行政村污水收集管网建设，农村生活污水治理率达到80%以上。",
               "2025年完成4个行政村污水收集管网建设和2座处理站建设。")


def multiyear_period_columns(annual_total: str = "420", annual_fiscal: str = "380", pipe_year: str = "≥16公里") -> DocModel:
    """A 2025—2027 project: the funds' heading "项目资金（万元）" merged down the first column, the source names in the
    second, the 中期 amounts in the third and the year's in the fourth; indicators with both values per row."""
    g = Grid([2.6, 2.6, 2.4, 2.4], role="header")
    g.add(["项目名称", "示例县农村生活污水治理", "项目期限", "2025年1月—2027年12月"], labels=(0, 2))
    g.add(["主管部门", "示例县生态环境局", "实施单位", "示例县农村环境整治中心"], labels=(0, 2))
    g.add(["项目属性", "延续项目", "项目负责人", "李示例"], labels=(0, 2))
    first = g.add(["项目资金（万元）", "", "中期资金总额", "年度资金总额"], labels=(0, 2, 3))
    g.add(["", "资金总额", "1260", annual_total], labels=(1,))
    g.add(["", "其中：财政拨款", "1140", annual_fiscal], labels=(1,))
    g.add(["", "其他资金", "120", "40"], labels=(1,))
    g.vmerge(0, first, first + 3)
    g.add(["总体目标", "中期目标", ("年度目标", 2)], labels=(0, 1, 2))
    g.add(["", _MULTI_GOAL[0], (_MULTI_GOAL[1], 2)])
    ind = Grid([1.8, 2.2, 3.0, 1.8, 1.8], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"], header=True)
    for row in (["产出指标", "数量指标", "建成污水收集管网长度", "≥48公里", pipe_year],
                ["产出指标", "数量指标", "建成污水处理站", "6座", "2座"],
                ["产出指标", "质量指标", "工程验收合格率", "100%", "100%"],
                ["产出指标", "时效指标", "年度工程完工时间", "2027年11月底前", "2025年11月底前"],
                ["产出指标", "成本指标", "每公里管网建设成本", "≤22万元/公里", "≤22万元/公里"],
                ["效益指标", "生态效益指标", "农村生活污水治理率", "≥80%", "≥45%"],
                ["效益指标", "社会效益指标", "日均处理污水量", "≥900吨", "≥300吨"],
                ["满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%", "≥90%"]):
        ind.add(row)
    return _t("项目支出绩效目标申报表（2025年度）", Para("金额单位：万元", "right"), g, Para("绩效指标", "heading"), ind)


def multiyear_annual_over_period() -> DocModel:
    """The same sheet with the year's 资金总额 (1380) and 财政拨款 (1340) written above the 中期 ones (1260, 1140)."""
    return multiyear_period_columns(annual_total="1380", annual_fiscal="1340")


def multiyear_indicator_over_period() -> DocModel:
    """The same sheet with the year's pipe length (≥52公里) above the three years' (≥48公里)."""
    return multiyear_period_columns(pipe_year="≥52公里")


def export_sign_column(satisfaction_sign: str = "≥") -> DocModel:
    """An 一体化 export: 项目编码 and 项目期限 in the header, the funds one per cell, and an indicator table
    一级 | 二级 | 三级 | 指标方向 | 指标值 | 计量单位 | 指标值类型 | 是否核心指标 (定性 rows: 方向 "定性", unit blank)."""
    g = Grid([2.4, 3.0, 2.4, 3.0], role="header")
    g.add(["项目名称", "示例区社区卫生服务站运行补助", "项目编码", "21030125000000000031"], labels=(0, 2))
    g.add(["主管部门", "示例区卫生健康局", "实施单位", "示例区社区卫生服务中心"], labels=(0, 2))
    g.add(["项目属性", "延续项目", "项目期限", "1年"], labels=(0, 2))
    g.add(["资金总额：96.00", "财政拨款：90.00", "其他资金：6.00", "上年结转：0.00"])
    g.add(["年度绩效目标", ("保障全区14个社区卫生服务站正常运行，全年提供基本诊疗服务8万人次。", 3)], labels=(0,))
    ind = Grid([1.6, 2.0, 2.8, 1.2, 1.2, 1.2, 1.4, 1.4], role="indicators")
    ind.add(["一级指标", "二级指标", "绩效指标", "指标方向", "指标值", "计量单位", "指标值类型", "是否核心指标"], header=True)
    for row in (["产出指标", "数量指标", "保障运行的服务站数", "=", "14", "个", "定量", "是"],
                ["产出指标", "数量指标", "基本诊疗服务人次", "≥", "80000", "人次", "定量", "是"],
                ["产出指标", "质量指标", "门诊处方合格率", "≥", "95", "%", "定量", "否"],
                ["产出指标", "时效指标", "补助资金拨付时限", "≤", "30", "个工作日", "定量", "否"],
                ["产出指标", "成本指标", "每站年运行补助", "≤", "6.5", "万元", "定量", "是"],
                ["效益指标", "社会效益指标", "基层首诊服务能力", "定性", "符合基层首诊考核标准", "", "定性", "否"],
                ["满意度指标", "服务对象满意度指标", "就诊居民满意度", satisfaction_sign, "92", "%", "定量", "是"]):
        ind.add(row)
    return _t("2025年项目支出绩效目标表", Para("单位：万元", "right"), g, Para("绩效指标", "heading"), ind)


def export_sign_column_ceiling() -> DocModel:
    """The same export with the satisfaction floor written as an upper limit: 指标方向 "≤", 指标值 92, unit %."""
    return export_sign_column(satisfaction_sign="≤")
