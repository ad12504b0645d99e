"""Monitoring tables and self-evaluation reports of the heldout25 classes handled by fixer47 (LAYOUTS_CYCLE.md; all
fictitious).

The layouts met in heldout25 are written here again in our own projects, figures and words (that set's README says no
finance-office form was found for the warning table and wrote it from the rulebook's MON-02/MON-03 and the 项目预算执行
情况表 at www.boteman.cn/paper/399852947.html; the by-level transfer table follows its notes on 忠县 / 荣昌 notices that
split the funds 中央 / 市级; the report follows the 南县 / 岳阳 / 平泉 self-evaluation reports it cites):

* 监控预警表 (L113): title "……绩效运行监控预警表", a line "监控时点 … 序时进度 50%", one money row "年度预算数 |
  1—6月执行数 | 执行率 | 序时进度 | 执行偏差（百分点） | 预警等级 | 全年预计执行数" and indicator columns "年度指标值 |
  1—6月完成值 | 完成进度 | 预警等级 | 全年预计完成值 | 完成目标可能性 | 偏差原因及纠偏措施", the warning rule below.
  ``mon_warning_level_fixer47.xlsx`` (a yellow item with cause and measure: clean), ``mon_warning_level_rate_fixer47.pdf``
  (执行率 48.00% where 96.00÷240.00 = 40%: MON-02), ``mon_warning_level_red_fixer47.docx`` (two red items whose forecast,
  possibility and cause are blank: MON-03).
* 分层级转移支付监控表 (L114): 资金名称 on top, the money split in rows 中央补助 / 省级补助 / 县级配套 / 合计 under a merged
  "资金情况（万元）" with the level in the second column. ``mon_fund_levels_fixer47.docx`` (clean, 合计 300.00),
  ``mon_fund_levels_total_rate_fixer47.xlsx`` (合计 rate 58.00% where 152.00÷300.00 = 50.67%; the 中央补助 row's own
  rate is right: MON-02), ``mon_fund_levels_part_rate_fixer47.pdf`` (合计 right, the 省级补助 row's 54.00% where
  27.00÷60.00 = 45%: MON-02 on that level).
* 正文式自评报告 (L115): title "X项目2025年度绩效自评报告", one line "主管部门：… 实施单位：… 项目类型：…", the money only
  in the text (年初预算, 年中调整为, 全年执行, 执行率), the score table the only table, at the end; a time limit
  "≤1个工作日" reported "即时受理" with full marks. ``se_prose_report_fixer47.docx`` (clean),
  ``se_prose_report_rate_fixer47.pdf`` (the table's 预算执行率 98.00% where the text's 133.00÷140.00 = 95%: EV-02).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_fixer47.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"
MON_RULES = ["MON-01", "MON-02", "MON-03", "MON-04"]
EV_RULES = ["EV-01", "EV-02", "EV-03", "EV-04", "EV-05", "EV-06"]

# ---- 监控预警表 -----------------------------------------------------------------------------------------------------
WARN_PROJECT = "示例县2026年农村生活污水治理项目"
WARN_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "1—6月完成值", "完成进度", "预警等级", "全年预计完成值",
               "完成目标可能性", "偏差原因及纠偏措施"]
WARN_ROWS = [
    ["产出指标", "数量指标", "新建村级污水处理站", "≥8座", "4座", "50%", "绿", "8座", "确定能", "—"],
    ["产出指标", "数量指标", "铺设污水收集管网长度", "≥36公里", "14公里", "39%", "黄", "36公里", "有可能",
     "雨季管沟开挖受阻；增加两个施工班组，9月底前完成铺设"],
    ["产出指标", "质量指标", "处理站出水水质达标率", "≥95%", "96%", "—", "绿", "≥95%", "确定能", "—"],
    ["产出指标", "时效指标", "项目完工时间", "2026年11月底前", "按计划推进", "—", "绿", "2026年11月", "确定能", "—"],
    ["效益指标", "生态效益指标", "生活污水得到治理的农户数", "≥3200户", "1500户", "47%", "绿", "3200户", "确定能", "—"],
    ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "—", "—", "绿", "92%", "确定能", "年底入户调查"],
]
# Two items far behind the 50% time progress, marked red, with nothing filled after the warning level.
WARN_RED_ROWS = [
    row if row[2] not in {"新建村级污水处理站", "生活污水得到治理的农户数"} else
    [*row[:4], "1座" if row[2] == "新建村级污水处理站" else "600户",
     "13%" if row[2] == "新建村级污水处理站" else "19%", "红", "", "", ""]
    for row in WARN_ROWS
]


def _warning_table(spent: str, rate: str, deviation: str, level: str, rows: list[list[str]]) -> DocModel:
    title = "示例县2026年项目绩效运行监控预警表"
    g = Grid([1.6, 1.4, 2.4, 1.3, 1.3, 1.1, 1.0, 1.3, 1.2, 2.6])
    g.add(["项目名称", (WARN_PROJECT, 3), "主管部门", ("示例县生态环境分局", 2), "实施单位", ("示例县农村环境服务站", 2)],
          labels=(0, 4, 7))
    r = g.add(["预算执行", ("年度预算数", 2), "1—6月执行数", "执行率", "序时进度", "执行偏差（百分点）", "预警等级",
               ("全年预计执行数", 2)], labels=(0,))
    g.add(["", ("240.00", 2), spent, rate, "50%", deviation, level, ("240.00", 2)])
    g.vmerge(0, r, r + 1)
    g.add(WARN_HEADER, header=True)
    for row in rows:
        g.add(row)
    g.add(["存在问题", ("管网铺设受雨季影响，进度慢于序时进度。", 9)], labels=(0,))
    g.add(["下一步措施", ("增加施工班组，按周调度进度。", 9)], labels=(0,))
    blocks: list[Any] = [
        Para(title, "title"), Para("监控时点：2026年6月30日    序时进度：50%    金额单位：万元", "right"), Para(NOTICE, "notice"), g,
        Para("预警规则：执行率或完成进度比序时进度低5至15个百分点的为黄色预警，低15个百分点以上的为红色预警，"
             "其余为绿色；黄色、红色预警的指标须填写偏差原因和纠偏措施。"),
    ]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="Sheet1")


# ---- 分层级转移支付监控表 ---------------------------------------------------------------------------------------------
FUND = "2026年基本公共卫生服务补助资金"
LEVELS = [("中央补助", "200.00", "200.00", "110.00", "55.00%"), ("省级补助", "60.00", "60.00", "27.00", "45.00%"),
          ("县级配套", "40.00", "20.00", "15.00", "37.50%")]
LEVEL_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "1—6月完成值", "全年预计完成值", "完成目标可能性",
                "偏差原因及措施"]
LEVEL_ROWS = [
    ["产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥5200人", "2900人", "5300人", "确定能", "—"],
    ["产出指标", "数量指标", "高血压患者规范管理人数", "≥3800人", "2000人", "3850人", "确定能", "—"],
    ["产出指标", "质量指标", "电子健康档案规范建档率", "≥90%", "91%", "≥90%", "确定能", "—"],
    ["产出指标", "时效指标", "补助资金拨付时间", "每季度首月底前", "按季拨付", "按季拨付", "确定能", "—"],
    ["效益指标", "社会效益指标", "居民健康素养水平", "≥28%", "—", "28%", "有可能", "年底开展监测；加强健康教育"],
    ["满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "—", "91%", "确定能", "—"],
]


def _level_table(total_rate: str, levels: list[tuple[str, str, str, str, str]] = LEVELS) -> DocModel:
    title = "2026年转移支付资金绩效运行监控表"
    g = Grid([1.8, 1.4, 2.4, 1.4, 1.4, 1.4, 1.3, 2.2])
    g.add(["资金名称", (FUND, 7)], labels=(0,))
    g.add(["区县财政部门", ("示例县财政局", 3), "区县主管部门", ("示例县卫生健康委员会", 3)], labels=(0, 4))
    r = g.add(["资金情况（万元）", "资金层级", "全年预算数", "1—6月下达数", "1—6月执行数", "执行率", "全年预计执行数", "备注"],
              labels=(0,))
    for level, budget, issued, spent, rate in levels:
        g.add(["", level, budget, issued, spent, rate, budget, ""])
    last = g.add(["", "合计", "300.00", "280.00", "152.00", total_rate, "300.00", ""])
    g.vmerge(0, r, last)
    g.add(["年度目标", ("为辖区常住居民提供基本公共卫生服务，老年人和慢病患者规范管理率达到省定标准。", 7)], labels=(0,))
    g.add(["1—6月完成情况", ("已完成老年人健康体检2900人，高血压患者随访2000人。", 7)], labels=(0,))
    g.add(LEVEL_HEADER, header=True)
    for row in LEVEL_ROWS:
        g.add(row)
    blocks: list[Any] = [Para(title, "title"), Para("（区域：示例县    监控期：2026年1—6月）", "right"),
                         Para(NOTICE, "notice"), g]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="Sheet1")


# ---- 正文式自评报告 ---------------------------------------------------------------------------------------------------
SE_PROJECT = "示例县社区居家养老服务项目"
# (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
SE_ROWS = [
    ("产出指标", "数量指标", "上门服务老年人数", "≥600人", "612人", 15, "15.00", "—"),
    ("产出指标", "数量指标", "开展助浴助洁服务人次", "≥4800人次", "4560人次", 15, "14.25",
     "部分老人冬季减少助浴需求；下年按季调整服务计划"),
    ("产出指标", "质量指标", "服务记录完整率", "≥95%", "98%", 10, "10.00", "—"),
    ("产出指标", "时效指标", "服务申请受理时限", "≤1个工作日", "即时受理", 10, "10.00", "—"),
    ("效益指标", "社会效益指标", "失能半失能老人照护覆盖率", "≥80%", "83%", 30, "30.00", "—"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%", 10, "10.00", "—"),
]


def _prose_report(table_rate: str, exec_score: str) -> DocModel:
    title = f"{SE_PROJECT}2025年度绩效自评报告"
    total = float(exec_score) + sum(float(r[6]) for r in SE_ROWS)
    g = Grid([1.5, 1.6, 2.6, 1.4, 1.4, 0.9, 0.9, 2.6])
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], header=True)
    g.add([("预算执行", 2), "预算执行率", "100%", table_rate, "10", exec_score, "—"])
    for row in SE_ROWS:
        g.add([*row[:5], str(row[5]), row[6], row[7]])
    g.add([("总分", 5), "100", f"{total:.2f}", "自评等级：优"])
    blocks: list[Any] = [
        Para(title, "title"), Para(NOTICE, "notice"),
        Para("主管部门：示例县民政局    实施单位：示例县养老服务指导中心    项目类型：政府购买服务"),
        Para("一、项目基本情况", "heading"),
        Para("（一）项目概况。项目向社会组织购买居家养老上门服务，为辖区失能、半失能和高龄独居老人提供助浴、助洁和照护服务。"),
        Para("（二）资金投入和使用情况。项目年初预算150.00万元，年中调整为140.00万元，全年执行133.00万元，"
             "预算执行率95.00%（按调整后预算计算）。"),
        Para("二、绩效目标完成情况分析", "heading"),
        Para("上门服务、服务记录和照护覆盖率均达到年度目标；助浴助洁服务4560人次，未达到4800人次的目标，按完成比例计分。"),
        Para("三、偏离绩效目标的原因和下一步改进措施", "heading"),
        Para("冬季助浴需求下降是服务人次未达标的主要原因，下一年度按季节调整服务计划，并提前公布服务时间。"),
        Para("四、绩效自评结果拟应用和公开情况", "heading"),
        Para("自评结果报送县财政局，作为下一年度预算安排的参考，并随部门决算公开。"),
        Para("五、其他需要说明的问题", "heading"), Para("无。"),
        Para(f"本项目自评得分{total:.2f}分，自评等级为“优”，得分明细见附表。"),
        Para("附表：项目支出绩效自评得分表"), g,
    ]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="Sheet1")


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


def build_fixer47(out: Path) -> list[dict[str, Any]]:
    """Write the eight samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write(_warning_table("108.00", "45.00%", "-5.00", "绿", WARN_ROWS), out / "mon_warning_level_fixer47.xlsx")
    write(_warning_table("96.00", "48.00%", "-2.00", "绿", WARN_ROWS), out / "mon_warning_level_rate_fixer47.pdf")
    write(_warning_table("108.00", "45.00%", "-5.00", "绿", WARN_RED_ROWS), out / "mon_warning_level_red_fixer47.docx")
    write(_level_table("50.67%"), out / "mon_fund_levels_fixer47.docx")
    write(_level_table("58.00%"), out / "mon_fund_levels_total_rate_fixer47.xlsx")
    part_wrong = [(lv, b, i, e, "54.00%" if lv == "省级补助" else r) for lv, b, i, e, r in LEVELS]
    write(_level_table("50.67%", part_wrong), out / "mon_fund_levels_part_rate_fixer47.pdf")
    write(_prose_report("95.00%", "9.50"), out / "se_prose_report_fixer47.docx")
    write(_prose_report("98.00%", "9.80"), out / "se_prose_report_rate_fixer47.pdf")
    warn = {"project_name": WARN_PROJECT, "month": 6, "amount_wan": 240.0}
    level = {"project_name": FUND, "month": 6, "amount_wan": 300.0}
    prose = {"project_name": SE_PROJECT, "amount_wan": 150.0}
    return [
        {"file": "cycle/mon_warning_level_fixer47.xlsx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": list(MON_RULES),
         "note": "监控预警表：表题“……绩效运行监控预警表”，资金一行“年度预算数 | 1—6月执行数 | 执行率 | 序时进度 | 执行偏差 | 预警等级 | "
                 "全年预计执行数”（240 | 108 | 45.00%），指标列带“完成进度 | 预警等级”；按监控表读取（不是申报表），"
                 "黄色预警项写了原因和措施，无问题。",
         "expect": {**warn, "rate": 45.0}},
        {"file": "cycle/mon_warning_level_rate_fixer47.pdf", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": ["MON-02"], "must_not": ["MON-01", "MON-03"],
         "note": "同一表式（PDF），执行率写48.00%，96.00÷240.00＝40%（MON-02）。",
         "expect": {**warn, "rate": 48.0}},
        {"file": "cycle/mon_warning_level_red_fixer47.docx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": ["MON-03"], "must_not": ["MON-01", "MON-02"],
         "note": "同一表式（docx），两项红色预警指标（处理站1/8座、治理农户600/3200户）的全年预计完成值、完成目标可能性、"
                 "偏差原因及纠偏措施都空着（MON-03）。",
         "expect": {**warn, "rate": 45.0}},
        {"file": "cycle/mon_fund_levels_fixer47.docx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": list(MON_RULES),
         "note": "分层级转移支付监控表：“资金名称”一栏是审核对象，资金按“中央补助 | 省级补助 | 县级配套 | 合计”分行（层级写在第二列），"
                 "按合计行读取（300 | 152 | 50.67%），县级配套下达数小于预算数，无问题。",
         "expect": {**level, "rate": 50.67}},
        {"file": "cycle/mon_fund_levels_total_rate_fixer47.xlsx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": ["MON-02"], "must_not": ["MON-01", "MON-03"],
         "note": "同一表式（xlsx），合计行执行率写58.00%，152.00÷300.00＝50.67%（第一行中央补助110÷200＝55%是对的）（MON-02）。",
         "expect": {**level, "rate": 58.0}},
        {"file": "cycle/mon_fund_levels_part_rate_fixer47.pdf", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": ["MON-02"], "must_not": ["MON-01", "MON-03"],
         "note": "同一表式（PDF），合计行执行率50.67%是对的，但“省级补助”一行执行率写54.00%，27.00÷60.00＝45%（MON-02，指向该层级）。",
         "expect": {**level, "rate": 50.67}},
        {"file": "cycle/se_prose_report_fixer47.docx", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": [], "must_not": list(EV_RULES),
         "note": "正文式自评报告：名称在表题里（“X项目2025年度绩效自评报告”），资金只写在正文（年初150、调整为140、执行133、95%），"
                 "唯一的表格是末尾得分表；“≤1个工作日”写“即时受理”得满分，不提示未读出实际值；无问题。",
         "expect": dict(prose)},
        {"file": "cycle/se_prose_report_rate_fixer47.pdf", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": ["EV-02"], "must_not": ["EV-01", "EV-05"],
         "note": "同一报告（PDF，表头一行的几个栏目只隔一个空格），得分表预算执行率写98.00%、得9.80分，"
                 "正文133.00÷140.00＝95%（EV-02；按计分规则重算的总分随之不同，EV-04 可提示）。",
         "expect": dict(prose)},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_fixer47(HERE / "cycle")), "份样本已写入", HERE / "cycle")
