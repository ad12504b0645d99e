"""Amounts and their units on goal sheets (LAYOUTS.md L75–L76), written after the heldout13 blind set by fixer28.

* L75: the heading says "金额单位：元" but each money cell writes its own unit ("92万元", "770,000元"), 财政拨款 and
  上年结转 are the only sources (no 其他资金 row); a gap read in those written units is certain. With 财政拨款 alone
  listed under a larger total, a source may be missing and the gap is only a warning.
* L76: sources beyond the budget beside 财政拨款, as investment forms list them (市级财政资金, 企业自筹, 社会资本,
  银行贷款; 财政拨款 and 体彩公益金 side by side, adding up to the total).

Facts from public pages (see LAYOUTS.md L75/L76 for the addresses): fund-source rows such as "中央财政投入 / 地方财政投入 /
企业投资 / 银行融资 / 其他", "省厅补助 / 自筹 / 贷款 / 配套", "其他财政拨款 / 单位自有货币资金 / 其他资金"; 彩票公益金 is
spent under the 政府性基金 heading 2296 ("用于体育事业的彩票公益金支出"). Every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Para
from real_layout_docs import _ind_grid, _pairs, _t

_IND_HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
_IND_WIDTHS = [2.4, 3.0, 5.2, 3.4]

_LAMPS = [
    ["产出指标", "数量指标", "更换节能路灯数量", "≥460盏"],
    ["产出指标", "质量指标", "路灯亮灯率", "≥98%"],
    ["产出指标", "时效指标", "更换工程完成时间", "2026年10月31日前"],
    ["产出指标", "成本指标", "每盏路灯更换成本", "≤2000元"],
    ["效益指标", "社会效益指标", "夜间出行安全事故起数", "≤2起"],
    ["效益指标", "可持续影响指标", "路灯设施使用年限", "≥8年"],
    ["满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%"],
]

_WATER = [
    ["产出指标", "数量指标", "改造二次供水泵房", "≥16座"],
    ["产出指标", "质量指标", "改造后水质达标率", "100%"],
    ["产出指标", "时效指标", "改造完成时间", "2026年11月30日前"],
    ["产出指标", "成本指标", "每座泵房改造成本", "≤53.75万元"],
    ["效益指标", "社会效益指标", "受益居民户数", "≥6800户"],
    ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"],
]

_FITNESS = [
    ["产出指标", "数量指标", "更新全民健身路径", "≥26条"],
    ["产出指标", "质量指标", "器材验收合格率", "100%"],
    ["产出指标", "时效指标", "器材安装完成时间", "2026年9月30日前"],
    ["产出指标", "成本指标", "每条健身路径更新成本", "≤2万元"],
    ["效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥38%"],
    ["满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"],
]


def _lamp_form(total: str, fiscal: str, carry: str | None) -> DocModel:
    rows = [
        ["项目名称", "示例区背街小巷节能路灯更换项目", "项目期限", "2026年3月—2026年10月"],
        ["主管部门", "示例区城市管理局", "实施单位", "示例区市政照明管理所"],
        ["年度资金总额", total, "其中：财政拨款", fiscal],
        *([["上年结转", carry, "", ""]] if carry is not None else []),
        ["年度绩效目标", "更换背街小巷节能路灯460盏，亮灯率保持在98%以上。"],
    ]
    return _t("2026年度项目支出绩效目标申报表", Para("填报单位：示例区市政照明管理所    金额单位：元", "small"),
              _pairs(rows, [3.0, 4.6, 3.0, 3.4]), Para("绩效指标", "heading"),
              _ind_grid(_IND_HEAD, _LAMPS, _IND_WIDTHS))


def mixed_units_balanced() -> DocModel:
    """Heading in 元, the cells in their own units: 92万元 = 770,000元 + 150,000元."""
    return _lamp_form("92万元", "770,000元", "150,000元")


def mixed_units_gap() -> DocModel:
    """The same form: 92万元 against 720,000元 + 150,000元 = 87万元 (every source read, every unit written)."""
    return _lamp_form("92万元", "720,000元", "150,000元")


def single_source_short() -> DocModel:
    """Only 财政拨款 (800,000元) under a total of 92万元: the rest may come from a source the form left out."""
    return _lamp_form("92万元", "800,000元", None)


def enterprise_sources() -> DocModel:
    """An investment project: 市级财政资金 500, 企业自筹 180, 社会资本 100, 银行贷款 80 = 860 万元."""
    rows = [
        ["项目名称", "示例市老旧小区二次供水改造项目", "项目期限", "2026年1月—2026年12月"],
        ["主管部门", "示例市住房和城乡建设局", "实施单位", "示例市供水服务中心"],
        ["年度资金总额", "860", "其中：市级财政资金", "500"],
        ["企业自筹", "180", "社会资本", "100"],
        ["银行贷款", "80", "", ""],
        ["年度绩效目标", "完成16座老旧小区二次供水泵房改造，受益居民6800户以上。"],
    ]
    return _t("2026年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), _pairs(rows, [3.0, 4.6, 3.0, 3.4]),
              Para("绩效指标", "heading"), _ind_grid(_IND_HEAD, _WATER, _IND_WIDTHS))


def lottery_beside_fiscal() -> DocModel:
    """财政拨款 40 and 体彩公益金 12 side by side, adding up to the total 52 (not an item under 财政拨款)."""
    rows = [
        ["项目名称", "示例区全民健身路径更新项目", "项目期限", "2026年1月—2026年12月"],
        ["主管部门", "示例区文化体育和旅游局", "实施单位", "示例区体育设施管理中心"],
        ["年度资金总额", "52.00", "其中：财政拨款", "40.00"],
        ["体彩公益金", "12.00", "", ""],
        ["年度绩效目标", "更新全区26条全民健身路径，器材验收合格率100%。"],
    ]
    return _t("2026年度区级项目支出绩效目标表", Para("金额单位：万元", "right"), _pairs(rows, [3.0, 4.6, 3.0, 3.4]),
              Para("绩效指标", "heading"), _ind_grid(_IND_HEAD, _FITNESS, _IND_WIDTHS))
