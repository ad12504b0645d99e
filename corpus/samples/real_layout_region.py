"""Layout of the heldout11 regional transfer-payment class (LAYOUTS.md L64): a province's or city's 转移支付区域绩效目标表
headed "专项资金名称", whose funds are one row of headings "资金情况（万元） | 年度金额 | 其中：中央补助 | 省级资金 |
市县配套资金" over one row of amounts (the banner merged down both rows), a "区域年度总体目标" row, a four-column
indicator table, and an annex "县（市、区） | 分配金额 | 其中：中央补助 | 省级资金 | 市县配套资金 | 主要任务" closed by a 合计
row; in a workbook the annex follows the indicators on the same worksheet.

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t

_NAME = "示例省农村公路养护补助资金"
_GOAL = "完成示例市农村公路日常养护2600公里、危桥改造9座，优良中等路率稳定在85%以上。"
_INDICATORS = [["产出指标", "数量指标", "农村公路日常养护里程", "≥2600公里"],
               ["产出指标", "数量指标", "危桥改造座数", "≥9座"],
               ["产出指标", "质量指标", "养护工程交工验收合格率", "100%"],
               ["产出指标", "时效指标", "危桥改造完工时间", "2025年11月底前"],
               ["产出指标", "成本指标", "每公里日常养护补助", "≤0.35万元/公里"],
               ["效益指标", "社会效益指标", "农村公路优良中等路率", "≥85%"],
               ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"]]
# County, central, provincial, city/county matching; the amount is their sum.
_COUNTIES = [("示例甲县", 600.0, 210.0, 110.0, "养护 1000 公里、改造危桥 3 座"),
             ("示例乙县", 460.0, 160.0, 80.0, "养护 820 公里、改造危桥 3 座"),
             ("示例丙区", 420.0, 150.0, 70.0, "养护 780 公里、改造危桥 3 座")]


def _f2(x: float) -> str:
    return f"{x:.2f}"


def region_levels(total: float | None = None, local: float | None = None, drop_county: bool = False) -> DocModel:
    """The clean sheet: 年度金额 2260 = 中央补助 1480 + 省级资金 520 + 市县配套资金 260, and the annex adds up to it.

    ``total``/``local`` override the header's 年度金额 / 市县配套资金; ``drop_county`` leaves the last county out of the
    annex (its 合计 still the sum of the rows listed)."""
    counties = _COUNTIES[:-1] if drop_county else _COUNTIES
    central = sum(c[1] for c in _COUNTIES)
    province = sum(c[2] for c in _COUNTIES)
    local_sum = sum(c[3] for c in _COUNTIES)
    local = local_sum if local is None else local
    total = central + province + local_sum if total is None else total
    g = Grid([2.4, 2.0, 2.2, 2.0, 2.2], role="header")
    g.add(["专项资金名称", (_NAME, 4)], labels=(0,))
    g.add(["省级主管部门", ("示例省交通运输厅", 2), "市级主管部门", "示例市交通运输局"], labels=(0, 3))
    g.add(["市级财政部门", ("示例市财政局", 2), "实施期", "2025年"], labels=(0, 3))
    top = g.add(["资金情况（万元）", "年度金额", "其中：中央补助", "省级资金", "市县配套资金"], labels=(0, 1, 2, 3, 4))
    g.add(["", _f2(total), _f2(central), _f2(province), _f2(local)])
    g.vmerge(0, top, top + 1)
    g.add(["区域年度总体目标", (_GOAL, 4)], labels=(0,))
    ind = Grid([1.8, 2.2, 3.6, 2.0], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标值"], header=True)
    for row in _INDICATORS:
        ind.add(row)
    annex = Grid([1.6, 1.4, 1.6, 1.4, 1.6, 3.0], role="other")
    annex.add(["县（市、区）", "分配金额", "其中：中央补助", "省级资金", "市县配套资金", "主要任务"], header=True)
    sums = [0.0, 0.0, 0.0, 0.0]
    for name, c, p, m, task in counties:
        amounts = [c + p + m, c, p, m]
        annex.add([name, *[_f2(x) for x in amounts], task])
        sums = [a + b for a, b in zip(sums, amounts, strict=True)]
    annex.add(["合计", *[_f2(x) for x in sums], ""])
    return _t("2025年度转移支付区域绩效目标表", Para("填报单位（盖章）：示例市交通运输局　　金额单位：万元", "right"), g,
              Para("绩效指标", "heading"), ind, Para("附表：各县（市、区）资金分配及任务表", "heading"), annex)


def region_levels_mismatch() -> DocModel:
    """年度金额 2260 with 市县配套资金 written 200: 1480 + 520 + 200 = 2200 (the annex's 市县 column adds up to 260)."""
    return region_levels(local=200.0)


def region_annex_short() -> DocModel:
    """The annex lists two of the three counties: its 合计 1620 is not the sheet's 年度金额 2260."""
    return region_levels(drop_county=True)
