"""Goal sheets of the heldout19 classes handled by fixer38 (LAYOUTS.md L101–L103).

L101: a court's "预算规模及资金用途" block: "预算数 | 86.00 | 其中：财政资金 86.00 | 其他资金", each source's name and
amount in one cell with a space between, the use of the funds in the row below. L102: a funds row opened by its
banner, "资金来源（万元） | 合计 | 620 | 财政拨款 | 400 | 医院自有资金（医疗收入） | 220" (the 合计 beside the banner is the
total; a hospital's or school's own income is a source). L103: a workbook with a "年度目标" worksheet and a second
"中期目标" worksheet repeating the project's name and funds over the 2027—2029 targets (the long-term table).

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t

# 一级, 二级, 三级, 绩效指标描述, 指标值
SCALE_ROWS = [
    ["产出指标", "数量指标", "调解室音视频设备改造间数", "改造的调解室间数", "≥4间"],
    ["产出指标", "质量指标", "设备验收合格率", "验收合格设备占比", "100%"],
    ["产出指标", "时效指标", "改造完成时间", "全部调解室投入使用", "2027年9月底前"],
    ["产出指标", "成本指标", "每间调解室改造成本", "单间改造费用", "≤9万元"],
    ["效益指标", "社会效益指标", "线上调解案件占比", "通过视频调解的案件占比", "≥30%"],
    ["满意度指标", "服务对象满意度指标", "当事人满意度", "调解当事人问卷满意度", "≥90%"],
]


def scale_use(total: str = "36.00", fiscal: str = "30.00", other: str = "6.00") -> DocModel:
    """L101: "预算规模及资金用途 | 预算数 | 36.00 | 其中：财政资金 30.00 | 其他资金 6.00" with the use of the funds
    in the next row; the unit code and the unit's name in the first row. ``total`` other than the sources' sum is
    the defect."""
    g = Grid([2.4, 2.4, 2.4, 3.0, 2.4], role="header")
    g.add([("317201示例区人民法院", 3), ("单位：万元", 2)])
    g.add(["项目名称", ("诉前调解室智能化改造", 4)], labels=(0,))
    r = g.add(["预算规模及资金用途", "预算数", total, f"其中：财政资金 {fiscal}", f"其他资金 {other}".strip()],
              labels=(0, 1))
    g.add(["", ("用于4间诉前调解室音视频和在线调解设备改造", 4)])
    g.vmerge(0, r, r + 1)
    g.add(["绩效目标", ("完成4间诉前调解室智能化改造，开展在线视频调解。", 4)], labels=(0,))
    ind = Grid([2.4, 2.4, 2.4, 3.0, 2.4], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"], header=True)
    for row in SCALE_ROWS:
        ind.add(row)
    return _t("项目支出绩效目标表", Para("（2027年）", "right"), g, ind)


def scale_use_short() -> DocModel:
    """The same block whose 预算数 40.00 is more than 财政资金 30.00 + 其他资金 6.00 (GS-02)."""
    return scale_use(total="40.00")


# 一级, 二级, 三级, 指标性质, 指标值, 计量单位, 备注
HOSPITAL_ROWS = [
    ["产出指标", "数量指标", "购置血液透析机", "=", "6", "台", ""],
    ["产出指标", "数量指标", "年透析人次", "≥", "4800", "人次", "按2026年4100人次测算"],
    ["产出指标", "质量指标", "设备验收合格率", "=", "100", "%", ""],
    ["产出指标", "时效指标", "设备投入使用时间", "≤", "2027年6月30日", "", ""],
    ["成本指标", "经济成本指标", "单台设备采购成本", "≤", "28", "万元", "政府采购限价"],
    ["效益指标", "社会效益指标", "患者外转透析率", "≤", "8", "%", "反向指标"],
    ["满意度指标", "服务对象满意度指标", "透析患者满意度", "≥", "90", "%", ""],
]


def total_beside_banner(total: str = "168") -> DocModel:
    """L102: "资金来源（万元） | 合计 | 168 | 财政拨款 | 100 | 医院自有资金（医疗收入） | 68" in one row."""
    g = Grid([2.4, 1.6, 1.4, 1.6, 1.4, 2.6, 1.4], role="header")
    g.add(["项目名称", ("血液透析中心扩容项目", 2), "项目属性", ("新增项目", 3)], labels=(0, 3))
    g.add(["主管部门", ("示例县卫生健康局", 2), "实施单位", ("示例县人民医院", 3)], labels=(0, 3))
    g.add(["资金来源（万元）", "合计", total, "财政拨款", "100", "医院自有资金（医疗收入）", "68"], labels=(0, 1, 3, 5))
    g.add(["年度绩效目标", ("2027年6月底前新增6台血液透析机并投入使用，全年透析4800人次以上。", 6)], labels=(0,))
    ind = Grid([1.6, 2.0, 2.6, 1.0, 1.6, 1.2, 2.4], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "备注"], header=True)
    for row in HOSPITAL_ROWS:
        ind.add(row)
    return _t("项目支出绩效目标申报表", Para("填报单位（盖章）：示例县人民医院　　2027年度", "right"), g, ind)


# 一级, 二级, 三级（指标说明）, 目标值, 分值, 备注
ANNUAL_ROWS = [
    ["产出指标", "数量指标", "改造实验室（间）", "3", "15", ""],
    ["产出指标", "质量指标", "设备验收合格率（%）", "100", "15", ""],
    ["产出指标", "时效指标", "实验室改造完成时间", "2027年8月25日前", "10", "秋季开学前"],
    ["产出指标", "成本指标", "每间实验室改造成本（万元）", "≤20", "10", ""],
    ["效益指标", "社会效益指标", "分组实验开出率（%）", "≥95", "30", ""],
    ["满意度指标", "服务对象满意度指标", "师生满意度（%）", "≥90", "20", "年末问卷"],
]
MID_ROWS = [
    ["产出指标", "数量指标", "累计改造实验室（间）", "8", "", "三年分批"],
    ["产出指标", "时效指标", "全部实验室改造完成时间", "2029年8月底前", "", ""],
    ["效益指标", "社会效益指标", "分组实验开出率（%）", "100", "", ""],
    ["满意度指标", "服务对象满意度指标", "师生满意度（%）", "≥92", "", ""],
]


def _school_sheet(goal_label: str, goal: str, rows: list[list[str]]) -> tuple[Grid, Grid]:
    g = Grid([2.4, 2.4, 3.0, 1.8, 1.2, 2.2], role="header")
    g.add(["项目名称", ("初中理化生实验室改造项目", 2), "主管部门", ("示例县教育体育局", 2)], labels=(0, 3))
    g.add(["实施单位", ("示例县第三中学", 2), "项目属性", ("新增", 2)], labels=(0, 3))
    r = g.add(["资金情况（万元）", "年度资金总额", "60", "其中：财政拨款", ("50", 2)], labels=(0, 1, 3))
    g.add(["", "学校事业收入", "10", "上年结转", ("0", 2)], labels=(1, 3))
    g.vmerge(0, r, r + 1)
    g.add([goal_label, (goal, 5)], labels=(0,))
    ind = Grid([2.4, 2.4, 3.0, 1.8, 1.2, 2.2], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标（指标说明）", "目标值", "分值", "备注"], header=True)
    for row in rows:
        ind.add(row)
    return g, ind


def mid_term_sheet(annual_due: str = "2027年8月25日前") -> DocModel:
    """L103: worksheet "年度目标" (the 2027 table) and worksheet "中期目标" titled "……中期绩效目标表（2027—2029年）"
    with the same project name and funds; its 2029 date is a long-term target. ``annual_due`` is the annual sheet's
    时效 value (one in 2028 is the defect)."""
    rows = [[*r[:3], annual_due if "时间" in r[2] else r[3], *r[4:]] for r in ANNUAL_ROWS]
    head, ind = _school_sheet("绩效目标", "2027年完成3间实验室改造，分组实验开出率达到95%。", rows)
    mid_head, mid_ind = _school_sheet("绩效目标", "三年内全校8间理化生实验室全部完成改造。", MID_ROWS)
    model = _t("初中理化生实验室改造项目绩效目标表（2027年度）", head, ind, sheet="年度目标")
    model.blocks += [Para("中期目标", "sheet"), Para("初中理化生实验室改造项目中期绩效目标表（2027—2029年）", "title"),
                     mid_head, mid_ind]
    return model


def mid_term_sheet_late() -> DocModel:
    """The same workbook whose annual sheet sets the lab work for "2028年8月底前", after the budget year."""
    return mid_term_sheet(annual_due="2028年8月底前")
