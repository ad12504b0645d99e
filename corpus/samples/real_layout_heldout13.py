"""Layouts of the heldout13 classes handled by fixer27 (LAYOUTS.md L70–L71): indicator values written with Chinese
numerals ("十二个", "两台", "一百二十台（套）", "百分之九十五以上", "不超过两个工作日", "二〇二五年十月底前"), and 时效
values that name the year relative to the budget year ("次年3月底前", "下年一季度") beside ones that stay within it
("年内", "第四季度", "当年12月底前", "项目周期内").

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t


def _header(name: str, department: str, implementer: str, total: str, goal: str) -> Grid:
    g = Grid([2.4, 3.0, 2.4, 3.0], role="header")
    g.add(["项目名称", (name, 3)], labels=(0,))
    g.add(["主管部门", department, "实施单位", implementer], labels=(0, 2))
    g.add(["项目资金（万元）", "年度资金总额", (total, 2)], labels=(0, 1))
    g.add(["", "其中：财政拨款", (total, 2)], labels=(1,))
    g.add(["", "其他资金", ("0", 2)], labels=(1,))
    g.vmerge(0, 2, 4)
    g.add(["年度绩效目标", (goal, 3)], labels=(0,))
    return g


def cn_numeral_values(rate: str = "百分之九十五以上") -> DocModel:
    """A 2025 sheet whose indicator values are written with Chinese numerals, unit in the same cell, no sign column."""
    g = _header("示例县村级便民服务点建设项目", "示例县政务服务管理局", "示例县便民服务中心", "96",
                "2025年建成十二个村级便民服务点，配齐自助服务终端，群众办事就近可办。")
    ind = Grid([1.8, 2.2, 3.2, 2.8], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标值"], header=True)
    for row in (["产出指标", "数量指标", "新建村级便民服务点", "十二个"],
                ["产出指标", "数量指标", "每个服务点配置自助服务终端", "两台"],
                ["产出指标", "数量指标", "配置办公桌椅及档案柜", "一百二十台（套）"],
                ["产出指标", "质量指标", "设备安装验收合格率", rate],
                ["产出指标", "时效指标", "服务点建成投用时间", "二〇二五年十月底前"],
                ["产出指标", "时效指标", "群众申请事项办结时限", "不超过两个工作日"],
                ["成本指标", "经济成本指标", "单个服务点建设成本", "不超过八万元"],
                ["效益指标", "社会效益指标", "年服务群众", "不少于三万人次"],
                ["满意度指标", "服务对象满意度指标", "办事群众满意度", "百分之九十以上"]):
        ind.add(row)
    return _t("2025年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), g, Para("绩效指标", "heading"), ind)


def cn_numeral_rate_over() -> DocModel:
    """The same sheet with the acceptance rate written "百分之一百零五": a rate above 100% in words."""
    return cn_numeral_values(rate="百分之一百零五")


def relative_deadlines(acceptance: str = "第四季度", handover: str = "当年12月底前") -> DocModel:
    """A 2025 sheet with 指标性质 and 计量单位 columns whose 时效 rows use words for the time: 年内, 第四季度, 当年……,
    项目周期内 (all within 2025) — or, in the defect variants, 次年…/下年… (beyond it)."""
    g = _header("示例区老旧小区雨污分流改造项目", "示例区住房和城乡建设局", "示例区城市更新服务中心", "320",
                "2025年完成3个老旧小区雨污分流改造，改造管网4.2公里，解决雨天污水外溢问题。")
    ind = Grid([1.6, 2.0, 3.0, 1.2, 2.2, 1.2], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"], header=True)
    for row in (["产出指标", "数量指标", "完成雨污分流改造小区", "=", "3", "个"],
                ["产出指标", "数量指标", "改造雨污管网长度", "≥", "4.2", "公里"],
                ["产出指标", "质量指标", "管网闭水试验合格率", "≥", "98", "%"],
                ["产出指标", "时效指标", "开工时间", "定性", "年内", ""],
                ["产出指标", "时效指标", "工程竣工验收时间", "定性", acceptance, ""],
                ["产出指标", "时效指标", "管网移交运维时间", "定性", handover, ""],
                ["产出指标", "时效指标", "施工期间道路通行保障", "定性", "项目周期内", ""],
                ["成本指标", "经济成本指标", "每公里管网改造成本", "≤", "76", "万元"],
                ["效益指标", "生态效益指标", "小区雨天污水外溢点", "≤", "1", "处"],
                ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥", "90", "%"]):
        ind.add(row)
    return _t("2025年项目支出绩效目标表", Para("金额单位：万元", "right"), g, Para("绩效指标", "heading"), ind)


def relative_deadline_next_year() -> DocModel:
    """The same sheet with the acceptance "次年3月底前" (March 2026, beyond the 2025 budget year)."""
    return relative_deadlines(acceptance="次年3月底前")


def relative_deadline_next_quarter() -> DocModel:
    """The same sheet with the handover "下年一季度" (the first quarter of 2026)."""
    return relative_deadlines(handover="下年一季度")
