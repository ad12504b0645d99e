"""A goal sheet with its 资金测算明细 attached (LAYOUTS.md L80), written after the heldout16 set by fixer32.

The 申报表 ends with its indicator table; below it, as wide as the indicator table, comes "附：项目资金测算明细" with
"序号 | 支出内容 | 数量 | 单位 | 单价（元） | 金额（万元）" and a 合计 row. In a Word or PDF file it is a second table
right under the first; in a worksheet the same rows go on in the same grid, sometimes without the "附：" line. The
budget rows are never indicators, and their 合计 is checked against the sheet's 资金总额.

Facts from public pages (LAYOUTS.md L80): county forms put the 资金总额 and its 构成 (财政拨款 / 其他) and a 项目实施进度计划
(内容 | 开始时间 | 完成时间) on the sheet (renrendoc.com/paper/307484460.html, docx.baby/p/20793843881926.html). Every
name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _ind_grid, _pairs, _t

_IND_HEAD = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]
_WIDTHS = [2.3, 2.9, 4.2, 1.8, 2.6, 2.2]
_BUDGET_HEAD = ["序号", "支出内容", "数量", "单位", "单价（元）", "金额（万元）"]

_SIGNS = [
    ["产出指标", "数量指标", "更换公交站台电子站牌数量", "≥", "140", "块"],
    ["产出指标", "质量指标", "站牌安装验收合格率", "≥", "98", "%"],
    ["产出指标", "时效指标", "安装完成时间", "≤", "2026年9月30日", "年月日"],
    ["产出指标", "成本指标", "单块站牌更换成本", "≤", "2400", "元/块"],
    ["效益指标", "社会效益指标", "到站信息准确率", "≥", "95", "%"],
    ["满意度指标", "服务对象满意度指标", "乘客满意度", "≥", "90", "%"],
]


def _budget(rows: list[list[str]], total: str) -> Grid:
    g = Grid(_WIDTHS, role="budget")
    g.add(_BUDGET_HEAD, header=True)
    for r in rows:
        g.add(r)
    g.add(["合计", "", "", "", "", total])
    return g


def _sheet(total: str, fiscal: str, other: str, detail_total: str, banner: bool) -> DocModel:
    rows = [
        ["项目名称", "示例区公交站台电子站牌更换项目", "主管部门", "示例区交通运输局"],
        ["实施单位", "示例区公共交通服务中心", "项目属性", "新增项目"],
        ["项目期限", "2026年1月1日—2026年12月31日", "资金总额（万元）", total],
        ["其中：财政拨款", fiscal, "其他资金", other],
        ["年度总体目标", "更换140块公交站台电子站牌，到站信息准确率达到95%以上。"],
    ]
    budget = _budget([["1", "电子站牌（含安装）", "140", "块", "2400", "33.60"],
                      ["2", "通信模块年服务费", "140", "块", "360", "5.04"]], detail_total)
    return _t("2026年度项目支出绩效目标申报表", Para("填报单位（盖章）：示例区公共交通服务中心    单位：万元", "small"),
              _pairs(rows, [2.9, 5.0, 3.0, 3.1]), _ind_grid(_IND_HEAD, _SIGNS, _WIDTHS),
              *([Para("附：项目资金测算明细", "heading")] if banner else []), budget)


def budget_annex() -> DocModel:
    """资金总额 38.64 = 财政拨款 38.64; the annex 33.60 + 5.04 = 38.64: six indicators, no problem."""
    return _sheet("38.64", "38.64", "0", "38.64", banner=True)


def budget_annex_no_banner() -> DocModel:
    """The annex right under the indicators without its "附：" line (a worksheet's rows go on): still six indicators."""
    return _sheet("38.64", "38.64", "0", "38.64", banner=False)


def budget_annex_total_short() -> DocModel:
    """资金总额 42.00 (财政拨款 42.00) while the annex adds up to 38.64 (its 合计 says so too): GS-02."""
    return _sheet("42.00", "42.00", "0", "38.64", banner=False)
