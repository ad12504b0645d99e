"""Department summaries, a grant-payment form and monitoring tables of the heldout14 failure classes (all fictitious, 示例).

Written after heldout14 (``corpus/eval/heldout14/README.md``). Facts from public pages (search, pages corpus): department
self-evaluations list the year's projects with 年初批复 / 调整后 budgets, the money executed and each project's own
自评 result (红河州数据发展中心 2024 自评报告: several projects, 年初批复 and 调整预算 apart; 岳阳 部门整体支出自评报告及评分表);
a county's 发放类 自评表 writes each indicator with its target in one cell ("足额保障率=100%"), scores it by 权重 and
closes with "合计 100" (dyrmt.com). The projects, texts and figures are our own.

* ``se_dept_summary_clean_f30.xlsx``: 部门整体支出绩效自评表 with the 项目自评汇总 table; one project's budget adjusted
  upwards (rate against the adjusted budget); the conclusion sentence is a worksheet row (clean).
* ``se_dept_summary_wrong_f30.docx``: the same table, a project scored 83 rated "优" and the 合计 row's rate written
  88% while 合计执行 ÷ 合计调整后预算 is 95% (EV-02, EV-04).
* ``se_grant_weights_f30.pdf``: 发放类 自评表, "三级指标及指标值" in one cell, 权重（分）/得分, "合计 | 100 | 100" (clean).
* ``mon03_at_risk_blank_f30.docx``: 济南式 monitoring table; one indicator judged "有可能" with no full-year forecast,
  cause or measure (MON-03 error).
* ``mon01_budget_only_note_f30.pdf``: a monitoring table with the budget block only; its footnote explains how to fill
  in 全年预计 and 完成目标可能性 (MON-01 error: no indicator at all).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_f30.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"
MON_RULES = ["MON-01", "MON-02", "MON-03", "MON-04"]
EV_RULES = ["EV-01", "EV-02", "EV-03", "EV-04", "EV-05", "EV-06"]

# 项目名称, 年初预算数, 调整后预算数, 全年执行数, 执行率, 自评得分, 自评等级, 未完成原因和改进措施
CLEAN_PROJECTS = [
    ["城区公厕运行维护", "64", "64", "62.08", "97%", "95.5", "优", "—"],
    ["道路清扫保洁作业", "210", "236", "231.28", "98%", "93", "优", "年中新增两条道路，追加26万元"],
    ["环卫车辆更新购置", "120", "120", "96", "80%", "82.6", "良", "一辆压缩车到货延后；已督促供货"],
    ["垃圾分类宣传督导", "36", "36", "25.2", "70%", "74", "中", "督导员招聘不足；下年改为购买服务"],
]
CLEAN_TOTAL = ["合计", "430", "456", "414.56", "90.91%"]
WRONG_PROJECTS = [
    ["乡村医生培训", "48", "48", "45.6", "95%", "92", "优", "—"],
    ["家庭医生签约服务补助", "150", "150", "144", "96%", "83", "优", "签约随访记录不全；已开展专项整改"],
    ["妇幼健康服务", "72", "80", "76.8", "96%", "91", "优", "年中追加8万元"],
]
WRONG_TOTAL = ["合计", "270", "278", "266.4", "88%"]


def _summary(dept: str, projects: list[list[str]], total: list[str], overall: str, grade: str) -> DocModel:
    title = f"{dept}2024年度部门整体支出绩效自评表"
    g = Grid([0.8, 3.0, 1.4, 1.4, 1.4, 1.2, 1.2, 1.2, 3.2])
    g.add(["序号", "项目名称", "年初预算数", "调整后预算数", "全年执行数", "执行率", "自评得分", "自评等级", "未完成原因和改进措施"],
          header=True)
    for k, p in enumerate(projects, 1):
        g.add([str(k), *p])
    g.add([(total[0], 2), *total[1:], "—", "—", ""], labels=(0,))
    blocks: list[Any] = [
        Para(title, "title"), Para(NOTICE, "notice"), Para("一、项目支出绩效自评汇总（金额单位：万元）", "heading"), g,
        Para(f"二、部门整体自评结论：按部门整体支出绩效评价指标体系逐项打分，总分{overall}分，等级为“{grade}”。"),
        Para("等级标准：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。", "small"),
    ]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="部门整体自评")


GRANT_ROWS = [
    ["预算执行", "预算执行率", "预算执行率=100%", "10", "10"],
    ["产出指标", "数量指标", "困难残疾人生活补贴发放人数≥3200人", "20", "20"],
    ["产出指标", "质量指标", "补贴对象认定准确率=100%", "15", "15"],
    ["产出指标", "时效指标", "补贴按季发放及时率=100%", "15", "15"],
    ["效益指标", "社会效益指标", "困难残疾人基本生活=得到保障", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "补贴对象满意度≥90%", "10", "10"],
]


def _grant() -> DocModel:
    title = "2024年度项目支出绩效自评表"
    g = Grid([2.0, 2.4, 4.4, 1.4, 1.4])
    g.add(["项目名称", ("示例县困难残疾人生活补贴发放", 4)], labels=(0,))
    g.add(["主管部门", "示例县残疾人联合会", "实施单位", ("示例县残疾人服务中心", 2)], labels=(0, 2))
    g.add(["年初预算数（万元）", "384", "全年执行数（万元）", ("384", 2)], labels=(0, 2))
    g.add(["一级指标", "二级指标", "三级指标及指标值", "权重（分）", "得分"], header=True)
    for row in GRANT_ROWS:
        g.add(row)
    g.add([("合计", 3), "100", "100"], labels=(0,))
    g.add(["评价结论", ("按季足额发放，各项指标全部完成。", 4)], labels=(0,))
    g.add(["存在问题", ("无（指标全部完成）", 4)], labels=(0,))
    g.add(["改进措施", ("继续做好补贴对象动态复核。", 4)], labels=(0,))
    return DocModel(title=title, blocks=[Para(title, "title"), Para(NOTICE, "notice"), g], notice=NOTICE,
                    sheet_name="自评表")


AT_RISK_ROWS = [
    ["产出指标", "数量指标", "新建社区充电桩", "≥600个", "310个", "", "", "", "有可能"],
    ["产出指标", "质量指标", "充电桩验收合格率", "100%", "100%", "100%", "无", "无", "确定能"],
    ["效益指标", "社会效益指标", "居民充电平均距离", "≤1公里", "1.3公里", "≤1公里", "无", "无", "确定能"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "—（年末调查）", "≥90%", "无", "无", "确定能"],
]


def _monitoring(title: str, project: str, budget: str, executed: str, rate: str, rows: list[list[str]],
                *notes: str) -> DocModel:
    g = Grid([2.2, 1.6, 2.4, 1.5, 1.6, 1.6, 1.6, 1.6, 1.6])
    g.add(["项目名称", (project, 8)], labels=(0,))
    g.add(["主管部门", ("示例市城市管理局", 3), "实施单位", ("示例市市政设施服务中心", 4)], labels=(0, 4))
    g.add(["预算执行情况（万元）", "年初预算数", "调整后预算数", "1-9月执行数", "执行率", "全年预计执行数", "预计结转结余",
           ("执行偏差原因", 2)], header=True)
    g.add(["", budget, budget, executed, rate, budget, "0", ("无", 2)])
    if rows:
        g.add(["一级指标", "二级指标", "三级指标", "年度目标值", "1-9月实际完成值", "全年预计完成值", "偏差原因", "纠偏措施",
               "完成目标可能性"], header=True)
        for r in rows:
            g.add(r)
    blocks: list[Any] = [Para(title, "title"), Para(NOTICE, "notice"), g, *(Para(n, "small") for n in notes)]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="监控表")


NOTE = ("注：执行率＝1-9月执行数÷调整后预算数；全年预计完成值按目前进度估算；完成目标可能性填“确定能”“有可能”“不可能”，"
        "填“有可能”“不可能”的须写明偏差原因和纠偏措施。")


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


def build_f30(out: Path) -> list[dict[str, Any]]:
    """Write the five samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write(_summary("示例市城市管理局", CLEAN_PROJECTS, CLEAN_TOTAL, "84.5", "良"), out / "se_dept_summary_clean_f30.xlsx")
    write(_summary("示例县卫生健康局", WRONG_PROJECTS, WRONG_TOTAL, "90.2", "优"), out / "se_dept_summary_wrong_f30.docx")
    write(_grant(), out / "se_grant_weights_f30.pdf")
    write(_monitoring("2025年度项目支出绩效运行监控表（1-9月）", "示例市社区充电设施建设", "300", "216", "72%",
                      AT_RISK_ROWS, NOTE), out / "mon03_at_risk_blank_f30.docx")
    write(_monitoring("2025年度项目支出绩效运行监控表（1-9月）", "示例市桥梁日常检测", "90", "63", "70%", [],
                      "说明：本项目绩效目标由业务科室另行按季度跟踪。", NOTE), out / "mon01_budget_only_note_f30.pdf")
    return [
        {"file": "cycle/se_dept_summary_clean_f30.xlsx", "kind": "self_evaluation", "fiscal_year": 2024,
         "must": [], "must_not": list(EV_RULES),
         "note": "部门整体支出自评的项目汇总表（工作表）：道路清扫年中追加26万元，执行率按调整后预算231.28÷236＝98%；各项目等级与得分相符"
                 "（74分“中”），合计行各列等于各项目之和，整体总分84.5分“良”写在表下一行：无问题。",
         "expect": {"project_name": "示例市城市管理局部门整体支出", "amount_wan": 430.0, "projects": 4}},
        {"file": "cycle/se_dept_summary_wrong_f30.docx", "kind": "self_evaluation", "fiscal_year": 2024,
         "must": ["EV-02", "EV-04"], "must_not": ["EV-01", "EV-03", "EV-05", "EV-06"],
         "note": "项目汇总表：家庭医生签约服务补助自评83分却评“优”（EV-04）；合计行执行率写88%，266.4÷278＝95.83%（EV-02）。"
                 "整体总分90.2分“优”相符。",
         "expect": {"project_name": "示例县卫生健康局部门整体支出", "amount_wan": 270.0, "projects": 3}},
        {"file": "cycle/se_grant_weights_f30.pdf", "kind": "self_evaluation", "fiscal_year": 2024,
         "must": [], "must_not": [r for r in EV_RULES if r != "EV-02"],  # EV-02 only warns: no completion to rescore
         "note": "发放类自评表：三级指标与指标值同格（“补贴对象认定准确率=100%”），权重（分）/得分两列，末行“合计 100 100”，"
                 "没有实际完成值栏：读出6个指标和总分100，无错误（只提示得分未能按实际值重算）。",
         "expect": {"project_name": "示例县困难残疾人生活补贴发放", "amount_wan": 384.0, "indicators": 6}},
        {"file": "cycle/mon03_at_risk_blank_f30.docx", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": ["MON-03"], "must_not": ["MON-01", "MON-02"],
         "note": "新建充电桩1-9月完成310/600个，完成目标可能性填“有可能”，全年预计、偏差原因、纠偏措施都空着：MON-03 应为 error。",
         "expect": {"project_name": "示例市社区充电设施建设", "month": 9, "rate": 72.0, "amount_wan": 300.0}},
        {"file": "cycle/mon01_budget_only_note_f30.pdf", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": ["MON-01"], "must_not": ["MON-02", "MON-03"],
         "note": "只有预算执行一栏、没有任何指标；表下说明与填表注释提到“全年预计”“完成目标可能性”，但那是填表说明：MON-01 应为 error。",
         "expect": {"project_name": "示例市桥梁日常检测", "month": 9, "rate": 70.0, "amount_wan": 90.0}},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_f30(HERE / "cycle")), "份样本已写入", HERE / "cycle")
