"""Layouts of the heldout17 classes handled by fixer35 (LAYOUTS.md L89–L91): a funds notice whose body asks for
绩效运行监控 and 绩效自评 and whose 附件 is the goal sheet (L89, and the same notice with no table at all); a 转移支付
区域绩效目标表 whose labels carry the filer's government level and the year ("县级实施单位", "2027年度目标",
"三年总体目标", L90); a goal sheet followed by a sign-off table ("财务处审核意见 | 经审核……同意申报", L91).

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _t

_NOTICE_TITLE = "示例区财政局关于提前下达2027年农村供水保障补助资金的通知"


def _notice_body(total: str, central: str, city: str, attached: bool) -> list[Para]:
    """The notice: its number, addressee, the amounts, the usual requests (监控, 自评) and the list of 附件."""
    annex = "具体绩效目标见附件2。" if attached else "绩效目标表另行下达。"
    return [
        Para("示财农〔2026〕45号", "right"),
        Para("区水务局："),
        Para(f"经区政府同意，现提前下达2027年农村供水保障补助资金{total}万元（其中：中央资金{central}万元，"
             f"市级资金{city}万元），请列入2027年部门预算，分配明细见附件1。"),
        Para("一、请对照绩效目标做好绩效运行监控，发现偏差及时纠正；年度终了对资金使用情况开展绩效自评，"
             "自评结果报区财政局。"),
        Para(f"二、请加强资金管理，专款专用，加快预算执行。{annex}"),
        Para("附件：1.资金分配表  2.绩效目标申报表" if attached else "附件：资金分配表"),
        Para("示例区财政局  2026年11月20日", "right"),
    ]


def _attached_sheet(total: str, central: str, city: str) -> list[Para | Grid]:
    g = Grid([2.4, 3.0, 2.4, 3.0], role="header")
    g.add(["项目名称", ("2027年农村供水保障项目", 3)], labels=(0,))
    g.add(["主管部门", "示例区水务局", "实施单位", "示例区农村供水管理站"], labels=(0, 2))
    g.add(["项目属性", "延续项目", "项目期限", "2027年1月—2027年12月"], labels=(0, 2))
    g.add(["资金情况（万元）", "年度资金总额", "中央资金", "市级资金"], labels=(0, 1, 2, 3))
    g.add(["资金情况（万元）", total, central, city], labels=(0,))
    g.vmerge(0, 3, 4)
    g.add(["年度绩效目标", ("维修改造农村供水工程18处，保障2.4万农村人口稳定饮水。", 3)], labels=(0,))
    ind = Grid([2.0, 2.4, 3.6, 2.2], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标值"], header=True)
    for row in (["产出指标", "数量指标", "维修改造供水工程处数", "≥18处"],
                ["产出指标", "质量指标", "工程验收合格率", "=100%"],
                ["产出指标", "时效指标", "工程完工时间", "2027年10月31日前"],
                ["产出指标", "成本指标", "单处工程平均补助", "≤7万元/处"],
                ["效益指标", "社会效益指标", "受益农村人口", "≥2.4万人"],
                ["效益指标", "可持续影响指标", "工程设计使用年限", "≥15年"],
                ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"]):
        ind.add(row)
    return [Para("附件2", "heading"), Para("2027年农村供水保障项目绩效目标申报表", "heading"), g, ind]


def notice_attached_sheet(total: str = "126", central: str = "96", city: str = "30") -> DocModel:
    """L89: a red-header funds notice (its body asks for 绩效运行监控 and 绩效自评) with the goal sheet as 附件2.
    ``total`` other than central + city is the defect (the total stated in the sheet does not add up)."""
    return DocModel(_NOTICE_TITLE, [Para("示例区财政局文件", "title"), Para("示例材料：本文为虚构示例，仅用于测试。", "notice"),
                                    Para(_NOTICE_TITLE, "heading"), *_notice_body(total, central, city, True),
                                    *_attached_sheet(total, central, city)])


def notice_attached_sheet_sum() -> DocModel:
    """The same notice and sheet with 年度资金总额 126 while 中央资金 106 + 市级资金 30 = 136."""
    return notice_attached_sheet(central="106")


def notice_without_table() -> DocModel:
    """The same notice sent without its goal sheet (the targets "另行下达"): no table at all."""
    return DocModel(_NOTICE_TITLE, [Para("示例区财政局文件", "title"), Para("示例材料：本文为虚构示例，仅用于测试。", "notice"),
                                    Para(_NOTICE_TITLE, "heading"), *_notice_body("126", "96", "30", False)])


def region_level_labels(implementer: str = "示例县水利局") -> DocModel:
    """L90: a 转移支付区域绩效目标表 filled by a county: "省级主管部门 | … | 县级主管部门 | …", "县级实施单位 | …",
    "三年总体目标", "2027年度目标", and the 三年总体指标值 / 年度指标值 columns side by side. ``implementer`` ''
    leaves the 县级实施单位 cell blank (the defect: the label is read, its cell is empty)."""
    g = Grid([2.4, 2.6, 2.4, 2.2, 2.2], role="header")
    g.add(["专项名称", ("示例县2027年小型水库除险加固补助资金", 4)], labels=(0,))
    g.add(["省级主管部门", "示例省水利厅", "县级主管部门", ("示例县水利局", 2)], labels=(0, 2))
    g.add(["县级实施单位", (implementer, 4)], labels=(0,))
    g.add(["资金情况（万元）", "年度资金总额", "其中：中央补助", "省级补助", "县级配套"], labels=(0, 1, 2, 3, 4))
    g.add(["资金情况（万元）", "640", "480", "100", "60"], labels=(0,))
    g.vmerge(0, 3, 4)
    g.add(["三年总体目标", ("2027—2029年完成12座小型水库除险加固，消除病险隐患。", 4)], labels=(0,))
    g.add(["2027年度目标", ("2027年完成4座小型水库除险加固，汛前完成主体工程。", 4)], labels=(0,))
    ind = Grid([1.8, 2.2, 3.2, 2.0, 2.0], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "三年总体指标值", "年度指标值"], header=True)
    for row in (["产出指标", "数量指标", "除险加固水库座数", "≥12座", "≥4座"],
                ["产出指标", "质量指标", "工程验收合格率", "=100%", "=100%"],
                ["产出指标", "时效指标", "年度主体工程完工时间", "2029年5月31日前", "2027年5月31日前"],
                ["产出指标", "成本指标", "单座水库平均补助", "≤160万元/座", "≤160万元/座"],
                ["效益指标", "社会效益指标", "保护下游人口", "≥3.6万人", "≥1.2万人"],
                ["效益指标", "可持续影响指标", "工程设计使用年限", "≥30年", "≥30年"],
                ["满意度指标", "服务对象满意度指标", "下游群众满意度", "≥90%", "≥90%"]):
        ind.add(row)
    foot = Grid([12.0], role="footer")
    foot.add(["填报单位（盖章）：            填报日期：2026年11月"])
    return _t("专项转移支付区域绩效目标申报表（2027年度）", Para("附表2", "small"), g, ind, foot)


def region_level_labels_blank_unit() -> DocModel:
    """The same table with the 县级实施单位 cell left blank."""
    return region_level_labels(implementer="")


def _school_sheet(satisfaction: bool) -> list[Para | Grid]:
    g = Grid([2.4, 3.0, 2.4, 3.0], role="header")
    g.add(["项目名称", ("智能制造实训室建设项目", 3)], labels=(0,))
    g.add(["主管部门", "示例市教育局", "项目单位", "示例市职业技术学院智能制造学院"], labels=(0, 2))
    g.add(["项目类型", "一次性项目", "实施期限", "2027年3月—2027年9月"], labels=(0, 2))
    g.add(["申请金额（万元）", "88", "其中：财政拨款", "80"], labels=(0, 2))
    g.add(["申请金额（万元）", "88", "学校自筹", "8"], labels=(0, 2))
    g.vmerge(0, 3, 4)
    g.vmerge(1, 3, 4)
    g.add(["年度绩效目标", ("2027年建成智能制造实训室1间，购置实训设备24台套，满足300名学生实训。", 3)], labels=(0,))
    ind = Grid([2.0, 2.4, 3.6, 2.2], role="indicators")
    ind.add(["一级指标", "二级指标", "三级指标", "指标值"], header=True)
    rows = [["产出指标", "数量指标", "购置实训设备台套数", "≥24台套"],
            ["产出指标", "质量指标", "设备验收合格率", "=100%"],
            ["产出指标", "时效指标", "实训室建成时间", "2027年9月30日前"],
            ["成本指标", "经济成本指标", "实训室建设总成本", "≤88万元"],
            ["效益指标", "社会效益指标", "年度实训学生人数", "≥300人"]]
    if satisfaction:
        rows.append(["满意度指标", "服务对象满意度指标", "实训学生满意度", "≥90%"])
    for row in rows:
        ind.add(row)
    sign = Grid([2.4, 3.0, 2.4, 3.0], role="footer")
    sign.add(["学院审核意见", ("经学院党政联席会研究，同意申报。", 3)], labels=(0,))
    sign.add(["财务处审核意见", ("经审核，绩效目标与项目内容相符，同意申报。", 3)], labels=(0,))
    sign.add(["填报人", "（签字）", "审核人", "（签字）"], labels=(0, 2))
    return [g, ind, sign]


def signoff_after_sheet() -> DocModel:
    """L91: a college department's sheet followed by a separate sign-off table (学院审核意见, 财务处审核意见,
    填报人/审核人): the sign-off lines are no indicators."""
    return _t("示例市职业技术学院2027年项目支出绩效目标申报表", *_school_sheet(True))


def signoff_after_sheet_nosat() -> DocModel:
    """The same sheet without any 满意度 indicator (the defect), still followed by the sign-off table."""
    return _t("示例市职业技术学院2027年项目支出绩效目标申报表", *_school_sheet(False))
