"""More real layouts of the later stages (all fictitious, 示例): the 青神式 自评表 and monitoring reports in prose.

Written after the heldout4 blind set showed three layouts the engine could not read (see
``corpus/eval/heldout4/README.md``); the texts, projects and figures here are our own.

* 青神式自评表 (部门预算项目支出绩效自评表, facts from the public 青神县 form): 报表编号; a first column merged
  down each block and carrying the block's points ("预算执行情况（10分）", "绩效指标（90分）"); money columns
  年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 with rows 总额 / 其中：财政资金 / …; the indicator
  block 一级 / 二级 / 三级 / 指标性质 / 指标值 / 度量单位 / 完成值 / 权重 / 得分 (optionally 未完成原因分析);
  a 合计 row; the total and grade stated only in the 评价结论 sentence; 存在问题, 改进措施, signatures.
* 岳阳式自评报告: a cover page and the money block as label/value pairs in a small table ("执行率得分（10分） | 9.8").
* 监控报告正文 with a small completion table whose name column is just "指标" (no 一级/二级 columns) and the
  execution written in a sentence ("执行62.4万元，执行率65%").
* 监控报告正文 without any table, reporting only money arrived and used (MON-01: no target monitoring).

Expected scores come from ``make_cycle``'s Fraction arithmetic (ERow / EvalSpec), not from the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from make_cycle import (
    EV_RULES,
    MON_RULES,
    NOTICE,
    REPORT_NOTICE,
    ERow,
    EvalSpec,
    MonSpec,
    Sample,
    _edit,
    _label,
    show,
    write,
)
from make_goal_sheets import DocModel, Grid, Para

# ---- 青神式自评表 ------------------------------------------------------------------------------------


@dataclass
class QingshenSpec(EvalSpec):
    initial: str = ""  # 年初预算 (the 调整后预算数 is EvalSpec.budget, the base of the execution rate)
    cause_column: bool = False  # the indicator block has a 未完成原因分析 column
    money_block: str = "预算执行情况（10分）"
    indicator_block: str = "绩效指标（90分）"
    report_no: str = "YXQ-2024-ZP-0217"


def transfer_rows() -> list[ERow]:
    return [
        ERow("产出指标", "数量指标", "配置密闭式转运车辆", "=", "12", "辆", "12", 15),
        ERow("产出指标", "数量指标", "日均垃圾转运量", "≥", "85", "吨", "88", 15),
        ERow("产出指标", "质量指标", "转运车辆密闭化率", "=", "100", "%", "100", 10),
        ERow("产出指标", "时效指标", "垃圾日产日清及时率", "≥", "95", "%", "91", 5,
             cause="雨季两座转运站设备检修，清运顺延。"),
        ERow("产出指标", "成本指标", "吨垃圾转运成本", "≤", "160", "元/吨", "152", 5),
        ERow("效益指标", "社会效益指标", "行政村垃圾收运覆盖率", "≥", "98", "%", "98.5", 20),
        ERow("效益指标", "生态效益指标", "转运站周边异味投诉次数", "≤", "12", "次", "9", 10),
        ERow("满意度指标", "服务对象满意度指标", "村民满意度", "≥", "90", "%", "92", 10),
    ]


def qingshen_model(spec: QingshenSpec) -> DocModel:
    title = f"部门预算项目支出绩效自评表（{spec.year}年度）"
    ncol = 11 if spec.cause_column else 10
    g = Grid([2.0] * ncol)
    g.add([(f"报表编号：{spec.report_no}", ncol)])
    g.add([(title, ncol)], header=True)
    g.add(["项目名称", (spec.project, 3), "主管部门", (spec.department, 2), "实施单位（盖章）", (spec.unit, ncol - 8)],
          labels=(0, 4, 7))
    money0 = g.add([spec.money_block, "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重",
                    "得分", ("原因", ncol - 8)], header=True)
    rate = f"{show(spec.rate())}%"
    initial = spec.initial or spec.budget
    g.add(["", "总额", initial, spec.budget, spec.executed, rate, str(spec.exec_weight), show(spec.exec_score()),
           ("", ncol - 8)])
    g.add(["", "其中：财政资金", initial, spec.budget, spec.executed, rate, "/", "/", ("", ncol - 8)])
    g.add(["", "财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", ("", ncol - 8)])
    money1 = g.add(["", "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", ("", ncol - 8)])
    g.vmerge(0, money0, money1)
    head = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"]
    ind0 = g.add([spec.indicator_block, *head, *(["未完成原因分析"] if spec.cause_column else [])], header=True)
    for r in spec.rows:
        g.add(["", r.l1, r.l2, r.name, r.sign, r.target, r.unit, r.actual, str(r.weight), show(r.stated_score()),
               *([r.cause] if spec.cause_column else [])])
    g.vmerge(0, ind0, len(g.rows) - 1)
    total = show(spec.stated_total())
    g.add([("合计", 8), "100", total, *([""] if spec.cause_column else [])], labels=(0,))
    g.add(["评价结论", (f"经单位自评，本项目综合得分{total}分，自评等级：{spec.grade()}。", ncol - 1)], labels=(0,))
    g.add(["存在问题", (spec.problems, ncol - 1)], labels=(0,))
    g.add(["改进措施", (spec.measures, ncol - 1)], labels=(0,))
    g.add(["项目负责人：", ("钱某（示例）", 4), "财务负责人：", ("孙某（示例）", ncol - 6)], labels=(0, 5))
    return DocModel(title=title, blocks=[Para(NOTICE, "notice"), g], notice=NOTICE, sheet_name="自评表")


def qingshen_samples() -> list[Sample]:
    rows = transfer_rows()
    base: dict[str, Any] = dict(
        layout="qingshen", project="云溪区农村生活垃圾转运项目", department="云溪区城市管理局",
        unit="云溪区环境卫生服务中心", initial="268", budget="260", executed="251.6",
        problems="雨季两座转运站设备检修，日产日清及时率91%，低于95%的目标。",
        measures="2025年增配一台备用压缩设备，检修期间跨站调度车辆。")
    low = _edit(_edit(_edit(rows, "日均垃圾转运量", actual="70", cause="两个乡镇转运站改造停运两个月。"),
                      "行政村垃圾收运覆盖率", actual="60", cause="山区村收运线路尚未开通。"),
                "村民满意度", actual="78", cause="收运频次不足，群众意见较多。")
    return [
        Sample(QingshenSpec("se_clean_qingshen.docx", rows=rows, **base), [],
               "青神式：首列“预算执行情况（10分）”“绩效指标（90分）”纵向合并，得分在最后一列，权重代替分值，"
               "调整后预算260万元小于年初268万元；无原因列，未完成指标在存在问题里说明；等级只写在评价结论句子里。"),
        Sample(QingshenSpec("ev04_qingshen_grade.xlsx", rows=low, grade_override="优", cause_column=True,
                            money_block="预算执行（10分）",
                            problems="转运站改造和山区线路未开通，转运量、覆盖率、满意度均未达标。",
                            measures="2025年完成两座转运站改造并开通山区收运线路。",
                            **{k: v for k, v in base.items() if k not in {"problems", "measures"}}),
               ["EV-04"], "青神式 xlsx（带未完成原因分析列）：按计分规则各项得分无误，总分不到90分，评价结论却写“自评等级：优”。"),
        Sample(QingshenSpec("ev02_qingshen_full_score.docx",
                            rows=_edit(rows, "日均垃圾转运量", actual="70", score="15"), **base),
               ["EV-02"], "青神式：日均转运量70吨未达85吨，仍给满分15分（应得12.35分）。", may=("EV-04",)),
    ]


# ---- 自评报告 with the money block as label/value pairs (岳阳式封面 + 基本概况小表) --------------------------


def pairs_report_model(spec: EvalSpec) -> DocModel:
    title = "绩效评价自评报告"
    blocks: list[Any] = [Para(f"云溪区{spec.year}年度项目支出", "title"), Para(title, "title"), Para(REPORT_NOTICE, "notice"),
                         Para(f"项目名称：{spec.project}"), Para("预算编码：YX-906231"),
                         Para("评价方式：部门（单位）绩效自评"), Para("评价机构：部门（单位）评价组"),
                         Para(f"报告日期：{spec.year + 1}年03月12日"), Para("云溪区财政局（制）", "right"),
                         Para("一、项目基本概况", "heading")]
    money = Grid([2.5, 2.0, 2.5, 2.0])
    money.add(["联系人", "周某（示例）", "联系电话", "0730-0000000"], labels=(0, 2))
    money.add(["年初预算数（万元）", spec.budget, "全年执行数（万元）", spec.executed], labels=(0, 2))
    money.add(["预算执行率", spec.exec_rate_override or f"{show(spec.rate())}%", f"执行率得分（{spec.exec_weight}分）",
               show(spec.exec_score())], labels=(0, 2))
    g = Grid([2.0, 2.0, 3.0, 2.0, 2.0, 1.2, 1.2])
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], header=True)
    for r in spec.rows:
        g.add([r.l1, r.l2, r.name, r.target_cell(), r.actual if r.sign == "定性" else f"{r.actual}{r.unit}",
               str(r.weight), show(r.stated_score())])
    g.add([("合计", 5), "100", show(spec.stated_total())], labels=(0,))
    blocks += [money, Para("二、绩效指标完成情况", "heading"), g,
               Para(f"三、自评结论：本项目自评得分{show(spec.stated_total())}分，等级为{spec.grade()}。"),
               Para(f"四、存在问题及改进措施：{spec.problems}{spec.measures}")]
    return DocModel(title=title, blocks=blocks, notice=REPORT_NOTICE, sheet_name="自评报告")


def pairs_samples() -> list[Sample]:
    rows = [
        ERow("产出指标", "数量指标", "为老年人提供助餐服务人次", "≥", "36000", "人次", "37200", 20),
        ERow("产出指标", "质量指标", "食品安全抽检合格率", "=", "100", "%", "100", 10),
        ERow("产出指标", "时效指标", "运营补助按季拨付", "定性", "每季度首月拨付", "", "达成年度指标", 10),
        ERow("产出指标", "成本指标", "每餐补助标准", "≤", "4", "元", "4", 10),
        ERow("效益指标", "社会效益指标", "高龄老人助餐覆盖率", "≥", "55", "%", "58", 30),
        ERow("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥", "90", "%", "94", 10),
    ]
    base: dict[str, Any] = dict(layout="pairs", project="云溪区社区助餐服务补助项目", department="云溪区民政局",
                                unit="云溪区民政局", budget="96", executed="86.4", rows=rows,
                                problems="个别社区食堂就餐高峰排队时间较长，", measures="2025年增设分时段取餐。")
    return [
        Sample(EvalSpec("se_clean_pairs_report.docx", **base), [],
               "岳阳式自评报告：封面（预算编码、评价方式、评价机构、报告日期）；年初预算数、全年执行数、预算执行率、"
               "执行率得分（10分）写成标签—数值对的小表；总分和等级写在正文结论里。"),
        Sample(EvalSpec("ev02_pairs_exec_rate.docx", exec_rate_override="98%", **base), ["EV-02"],
               "同上：执行率填98%，86.4÷96=90%。"),
    ]


# ---- monitoring reports in prose -------------------------------------------------------------------


@dataclass
class MonReportSpec(MonSpec):
    name_column: str = "指标"
    completion_column: str = "1—8月完成值"
    forecast_column: str = "全年预计"
    short_forecast: str = ""  # the 助餐服务人次 forecast when it falls short (cause left blank)


def meal_rows(spec: MonReportSpec) -> list[list[str]]:
    visits = spec.short_forecast or "62000人次"
    cause = "" if spec.short_forecast else "无"
    possible = "有可能" if spec.short_forecast else "确定能"
    return [
        ["补助社区长者食堂", "12个", "12个", "12个", "无", "确定能"],
        ["累计助餐服务人次", "≥60000人次", "41200人次", visits, cause, possible],
        ["食品安全抽检合格率", "100%", "100%", "100%", "无", "确定能"],
        ["运营补助按季拨付及时率", "≥95%", "100%", "100%", "无", "确定能"],
        ["就餐老人满意度", "≥90%", "年底开展调查", "≥90%", "—", "确定能"],
    ]


def mon_report_model(spec: MonReportSpec) -> DocModel:
    title = f"{spec.project}{spec.year}年绩效运行监控报告"
    blocks: list[Any] = [Para(title, "title"), Para(REPORT_NOTICE, "notice"), Para("一、项目基本情况", "heading"),
                         Para(f"（一）项目名称：{spec.project}"), Para(f"（二）实施单位：{spec.unit}")]
    if spec.layout == "report_table":
        blocks += [
            Para(f"本项目年初预算{spec.budget}万元，全部为区级财政资金，用于社区长者食堂的运营补助。"),
            Para("二、预算执行情况", "heading"),
            Para(f"截至{spec.year}年{spec.month}月{31 if spec.month in (1, 3, 5, 7, 8, 10, 12) else 30}日，"
                 f"项目执行{spec.executed}万元，执行率{show(spec.rate())}%，与序时进度基本相符。"),
            Para("三、绩效目标完成情况", "heading"),
        ]
        g = Grid([3.0, 2.0, 2.0, 2.0, 2.0, 2.0])
        g.add([spec.name_column, "年度指标值", spec.completion_column, spec.forecast_column, "偏差原因", "完成可能性"],
              header=True)
        for row in meal_rows(spec):
            g.add(row)
        blocks += [g, Para("四、下一步工作", "heading"), Para("按季度拨付运营补助，年底前完成就餐老人满意度调查。")]
    else:  # report_prose: money only, no target monitoring at all
        blocks += [
            Para(f"（三）资金安排：{spec.year}年区级财政预算安排资金{spec.budget}万元。"),
            Para("二、资金到位及使用情况", "heading"),
            Para(f"截至{spec.year}年{spec.month}月30日，资金已到位60万元，使用{spec.executed}万元，使用率80%。"),
            Para("三、监控工作开展情况", "heading"),
            Para("单位按月汇总资金使用台账，及时办理支付手续。"),
            Para("四、下一步工作", "heading"), Para("加快资金拨付进度。"),
        ]
    return DocModel(title=title, blocks=blocks, notice=REPORT_NOTICE, sheet_name="监控报告")


def mon_report_samples() -> list[Sample]:
    meal: dict[str, Any] = dict(project="云溪区社区助餐服务补助项目", department="云溪区民政局", unit="云溪区民政局",
                                month=8, budget="96", adjusted="", executed="62.4")
    return [
        Sample(MonReportSpec("mon_clean_report_table.docx", "report_table", **meal), [],
               "监控报告正文+指标完成情况小表（首列只写“指标”，无一级/二级列）；执行数和执行率写在正文句子里。"),
        Sample(MonReportSpec("mon03_report_table_short.docx", "report_table", name_column="监控指标",
                             completion_column="截至8月完成值", forecast_column="全年预计完成值",
                             short_forecast="52000人次", **meal),
               ["MON-03"], "同上（首列“监控指标”）：助餐人次全年预计52000人次，达不到60000人次，偏差原因空白。"),
        Sample(MonReportSpec("mon01_report_funds_only.docx", "report_prose", project="云溪区老年人助浴服务项目",
                             department="云溪区民政局", unit="云溪区民政局", month=6, budget="90", adjusted="",
                             executed="48"),
               ["MON-01"], "监控报告只有正文：只写资金到位和使用（使用率以到位数为分母），没有任何绩效指标完成情况。"),
    ]


def build_layouts(out: Path) -> list[dict[str, Any]]:
    labels: list[dict[str, Any]] = []
    for sample in qingshen_samples():
        assert isinstance(sample.spec, QingshenSpec)
        write(qingshen_model(sample.spec), out / sample.spec.file)
        labels.append(_label(sample, "cycle", EV_RULES))
    for sample in pairs_samples():
        assert isinstance(sample.spec, EvalSpec)
        write(pairs_report_model(sample.spec), out / sample.spec.file)
        labels.append(_label(sample, "cycle", EV_RULES))
    for sample in mon_report_samples():
        assert isinstance(sample.spec, MonReportSpec)
        write(mon_report_model(sample.spec), out / sample.spec.file)
        labels.append(_label(sample, "cycle", MON_RULES))
    return labels
