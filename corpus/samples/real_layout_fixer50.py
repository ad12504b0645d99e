"""Goal sheets of the heldout27 classes handled by fixer50 (LAYOUTS.md L125–L126).

L125: a sheet whose funds are in 万元 with two decimals and a two-level 其中: "年度资金总额 / 其中：财政拨款 /
其中：一般公共预算 | 政府性基金 / 上年结转 / 其他资金", the second 其中 splitting 财政拨款 again (not counted in the total
a second time). L126: a sheet with an upper table of sources down the rows (合计 first, above the sources) and an
indicator table "一级 | 二级 | 三级 | 指标类型 | 指标值 | 指标值说明" whose type cell reads 定量 or 定性, values
written as ranges ("2-4次"), floors ("不低于…"), qualitative words and dates.

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import SAMPLE_NOTICE, DocModel, Grid, Para

# ---- L125: 万元 two decimals, two levels of 其中 ---------------------------------------------------------------------
HEATING_PROJECT = "示例县城区公共场所冬季供暖设施改造项目"
HEATING_ROWS = [
    ["产出指标", "数量指标", "改造公共场所供暖换热站座数", "≥5座"],
    ["产出指标", "数量指标", "冬季供暖设施巡检次数", "2-4次"],
    ["产出指标", "质量指标", "改造工程验收合格率", "=100%"],
    ["产出指标", "时效指标", "改造工程完工时间", "2027年10月15日前"],
    ["成本指标", "经济成本指标", "单座换热站改造成本", "≤38.00万元/座"],
    ["效益指标", "社会效益指标", "公共场所冬季室温达标情况", "明显改善"],
    ["满意度指标", "服务对象满意度指标", "场所使用群众满意度", "不低于90%"],
]


def _two_level_doc(total: str, fiscal: str, general: str, fund: str, carry: str, other: str) -> DocModel:
    g = Grid([2.0, 2.2, 1.6, 1.6, 1.6, 1.4], role="header")
    g.add(["项目名称", (HEATING_PROJECT, 3), "项目编码", "000000-27-0101"], labels=(0, 4))
    g.add(["主管部门", ("示例县住房和城乡建设局", 3), "实施单位", "示例县供热管理站"], labels=(0, 4))
    g.add(["项目类别", ("特定目标类", 3), "实施期限", "2027年1月—2027年12月"], labels=(0, 4))
    r = g.add(["资金情况（万元）", "年度资金总额", (total, 4)], labels=(0, 1))
    g.add(["", "其中：财政拨款", (fiscal, 4)], labels=(1,))
    g.add(["", "　　其中：一般公共预算", general, "政府性基金", (fund, 2)], labels=(1, 3))
    g.add(["", "上年结转", (carry, 4)], labels=(1,))
    g.add(["", "其他资金", (other, 4)], labels=(1,))
    g.vmerge(0, r, r + 4)
    g.add(["年度绩效目标", ("完成5座公共场所供暖换热站改造，冬季公共场所室温达标。", 5)], labels=(0,))
    g.add(["一级指标", "二级指标", ("三级指标", 2), "指标值", "备注"], header=True)
    for l1, l2, l3, value in HEATING_ROWS:
        g.add([l1, l2, (l3, 2), value, ""])
    title = "项目支出绩效目标申报表"
    return DocModel(title, [Para(title, "title"), Para("（2027年度）", "body"), Para("单位：万元", "body"),
                            Para(SAMPLE_NOTICE, "notice"), g])


def two_level_clean() -> DocModel:
    """L125: 212.40 = 190.00 + 14.40 + 8.00, and 财政拨款 190.00 = 一般公共预算 150.00 + 政府性基金 40.00 (clean)."""
    return _two_level_doc("212.40", "190.00", "150.00", "40.00", "14.40", "8.00")


def two_level_inner_short() -> DocModel:
    """The total still adds up (212.40 = 190.00 + 14.40 + 8.00), but 一般公共预算 150.00 + 政府性基金 25.00 = 175.00
    is short of 财政拨款 190.00 (GS-02 warning: a third kind of fiscal money may be unlisted)."""
    return _two_level_doc("212.40", "190.00", "150.00", "25.00", "14.40", "8.00")


# ---- L126: 指标类型 定量/定性 column, ranges ----------------------------------------------------------------------------
LIBRARY_PROJECT = "示例县乡镇综合文化站图书流动服务项目"


def _typed_doc(benefit_type: str, benefit_value: str) -> DocModel:
    rows = [
        ["产出指标", "数量指标", "流动图书车下乡服务场次", "定量", "≥96场", "按乡镇数×年均场次确定"],
        ["产出指标", "数量指标", "每个文化站年均图书轮换次数", "定量", "2-4次", "按上年平均水平确定"],
        ["产出指标", "质量指标", "流动图书完好率", "定量", "不低于95%", "行业标准"],
        ["产出指标", "时效指标", "年度服务任务完成时间", "定性", "2027年12月20日前", "按年度计划"],
        ["成本指标", "经济成本指标", "每场下乡服务平均成本", "定量", "≤0.45万元/场", "按上年决算数确定"],
        ["效益指标", "社会效益指标", "乡镇居民借阅册次增长幅度", benefit_type, benefit_value, "按借阅系统统计"],
        ["效益指标", "可持续影响指标", "基层阅读服务能力", "定性", "有效提升", "以年度考核为准"],
        ["满意度指标", "服务对象满意度指标", "借阅群众满意度", "定量", "≥90%", "问卷调查"],
    ]
    head = Grid([2.0, 2.0, 1.6, 1.6, 1.6, 1.6], role="header")
    head.add(["项目名称", (LIBRARY_PROJECT, 5)], labels=(0,))
    head.add(["主管部门", ("示例县文化和旅游局", 2), "实施单位", ("示例县图书馆", 2)], labels=(0, 3))
    head.add([("资金来源", 2), ("金额（万元）", 2), ("占比", 2)], header=True)
    head.add([("合计", 2), ("48.00", 2), ("100.00%", 2)])
    head.add([("财政拨款", 2), ("43.20", 2), ("90.00%", 2)])
    head.add([("其他资金", 2), ("4.80", 2), ("10.00%", 2)])
    head.add(["年度绩效目标", ("全年流动图书车下乡服务96场以上，文化站图书每年轮换2—4次。", 5)], labels=(0,))
    ind = Grid([1.8, 2.0, 3.0, 1.2, 1.6, 2.2])
    ind.add(["一级指标", "二级指标", "三级指标", "指标类型", "指标值", "指标值说明"], header=True)
    for row in rows:
        ind.add(row)
    title = "项目绩效目标申报表"
    return DocModel(title, [Para(title, "title"), Para("预算年度：2027年", "body"), Para(SAMPLE_NOTICE, "notice"),
                            head, ind])


def typed_ranges_clean() -> DocModel:
    """L126: ranges and floors typed 定量, qualitative words and dates typed 定性 (clean)."""
    return _typed_doc("定量", "≥8%")


def typed_quant_vague() -> DocModel:
    """A benefit row typed 定量 whose value is only "明显提高" (GS-06 warning: the type cell says 定量, the value has
    no number)."""
    return _typed_doc("定量", "明显提高")
