"""Monitoring tables and a self-evaluation of the heldout21 classes handled by fixer43 (LAYOUTS_CYCLE.md; all fictitious).

Facts from public pages, as heldout21's README records them: a city's digital city-management information service was
bought from a contractor (政府购买服务) and its performance evaluated by the finance bureau (www.hengyang.gov.cn/czj/ztxx/
czysjsgk/cxzyhyjsgk/gzdt/20211026/i2520549.html); a special-purpose bond repays from the project's own fund or special
income (www.hkyyi.com/html/zhuan-xiang-zhai-quan-zhu-yao-pin-zhong-jie-xi-ji-ying-yong-zhi-nan.html); evaluation
guides weight 项目管理 and 项目绩效 separately (60/40). That README says no concrete form was found for these; the layouts
met in heldout21 and written here again in our own projects and figures are the set's:

* ``mon_purchase_f43.xlsx``: 政府购买服务项目绩效运行监控表 with 购买主体/承接主体, one money row "合同金额 | 年度预算数 |
  1—7月已支付 | 支付进度 | 付款节点", and an indicator table without a 二级指标 column: "一级指标 | 三级指标 | 合同约定（年度
  指标值） | 1—7月履约情况 | 全年预计完成值 | 完成目标可能性 | 偏差原因及纠偏措施 | 备注"; every forecast filled (clean).
* ``mon_purchase_lag_f43.pdf``: the same form, two quantities far behind the months elapsed (1—7月 a quarter of the
  year's figure) with 全年预计完成值, 完成目标可能性 and the cause left blank (MON-03, a warning: a seasonal task may catch up).
* ``mon_bond_unit_line_f43.xlsx``: 专项债券项目绩效运行监控表 whose title names no year; the line under it holds the period
  and the money unit in one cell ("（2026年1—9月）      金额单位：万元"); funds by source (专项债券资金 / 县级财政配套 /
  合计) (clean; the fiscal year is 2026, not the default).
* ``se_two_part_f43.docx``: 项目支出绩效自评评分表 with a small budget table above the scoring table (one header row
  "年初预算数（万元） | 全年预算数（万元） | 全年执行数（万元） | 执行率 | 自评得分 | 自评等级" over one row of figures, no
  label column), the scoring table in two parts "项目管理（60分）" (资金管理 30, 组织实施 30) and "项目绩效（40分）"
  (产出或结果 20, 经济或社会效益 20) (clean; the budget is read).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_f43.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"
MON_RULES = ["MON-01", "MON-02", "MON-03", "MON-04"]
PURCHASE_HEADER = ["一级指标", "三级指标", "合同约定（年度指标值）", "1—7月履约情况", "全年预计完成值", "完成目标可能性",
                   "偏差原因及纠偏措施", "备注"]
PURCHASE = "示例区2026年城区公厕保洁管护服务购买项目"
# 一级, 三级, 合同约定, 1—7月履约, 全年预计, 可能性, 偏差原因及纠偏措施, 备注
TOILET_ROWS = [
    ["产出指标", "公厕日常保洁座数", "≥64座", "64座", "64座", "确定能", "", ""],
    ["产出指标", "破损设施维修件数", "≥480件", "300件", "480件", "确定能", "", ""],
    ["产出指标", "除臭消杀次数", "≥24次", "15次", "24次", "确定能", "", "每月两次"],
    ["产出指标", "保洁质量月检查合格率", "≥95%", "97.2%", "≥95%", "确定能", "", ""],
    ["效益指标", "公厕异味投诉办结率", "=100%", "100%", "100%", "确定能", "", ""],
    ["满意度指标", "如厕群众满意度", "≥90%", "—", "≥90%", "确定能", "", "年底抽样调查"],
]


def _purchase(rows: list[list[str]]) -> DocModel:
    title = "政府购买服务项目绩效运行监控表"
    g = Grid([1.6, 2.6, 1.8, 1.8, 1.6, 1.4, 2.6, 1.4])
    g.add(["项目名称", (PURCHASE, 7)], labels=(0,))
    g.add(["购买主体", ("示例区城市管理局", 3), "承接主体", ("示例区某物业服务有限公司", 3)], labels=(0, 4))
    g.add(["合同金额（万元）", "年度预算数（万元）", "1—7月已支付（万元）", "支付进度", ("付款节点", 4)], header=True)
    g.add(["96.00", "96.00", "56.00", "58.3%", ("按月考核后支付，已付7个月", 4)])
    g.add(["年度总体目标", ("完成城区64座公厕日常保洁和设施维修，除臭消杀每月两次，群众满意度90%以上。", 7)], labels=(0,))
    g.add(PURCHASE_HEADER, header=True)
    for r in rows:
        g.add(r)
    blocks: list[Any] = [Para(title, "title"), Para("（2026年1—7月）", "right"), Para(NOTICE, "notice"), g]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="履约监控")


BOND = "示例县2026年城区排水防涝设施改造专项债券项目"
BOND_ROWS = [
    ["产出指标", "数量指标", "新建改造排水管网", "≥12公里", "9.3公里", "12公里", "确定能", "", ""],
    ["产出指标", "数量指标", "新建雨水调蓄池", "≥3座", "2座", "3座", "确定能", "", ""],
    ["产出指标", "质量指标", "管网工程验收合格率", "=100%", "100%", "100%", "确定能", "", ""],
    ["产出指标", "时效指标", "工程完工时间", "2026年11月底前", "主体工程完成78%", "2026年11月底前", "确定能", "", ""],
    ["效益指标", "社会效益指标", "消除易涝点", "≥9处", "7处", "9处", "确定能", "", ""],
    ["满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "—", "≥90%", "确定能", "", "年底调查"],
]


def _bond_unit_line() -> DocModel:
    title = "专项债券项目绩效运行监控表"
    g = Grid([1.8, 1.8, 2.4, 1.6, 1.6, 1.6, 1.4, 2.0, 2.0])
    g.add(["项目名称", (BOND, 8)], labels=(0,))
    g.add(["主管部门", ("示例县住房和城乡建设局", 3), "项目单位", ("示例县排水管理所", 4)], labels=(0, 4))
    g.add(["资金来源", "年度预算数（万元）", "1—9月到位数", "1—9月支出数", "支出进度", "全年预计支出数", ("说明", 3)],
          header=True)
    g.add(["专项债券资金", "4000.00", "4000.00", "2960.00", "74.00%", "4000.00", ("债券资金已全额到位", 3)])
    g.add(["县级财政配套", "500.00", "500.00", "340.00", "68.00%", "500.00", ("按工程进度拨付", 3)])
    g.add(["合计", "4500.00", "4500.00", "3300.00", "73.33%", "4500.00", ("", 3)])
    g.add(["年度总体目标", ("新建改造排水管网12公里、雨水调蓄池3座，消除城区易涝点9处。", 8)], labels=(0,))
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", "1—9月完成值", "全年预计完成值", "完成目标可能性", "偏差原因",
           "纠偏措施"], header=True)
    for r in BOND_ROWS:
        g.add(r)
    blocks: list[Any] = [Para(title, "title"), Para("（2026年1—9月）      金额单位：万元", "right"),
                         Para(NOTICE, "notice"), g]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="1-9月监控")


TWO_PART = "示例县2025年城乡环卫公益性岗位补贴项目"
# 一级, 二级, 三级, 分值, 年度指标值, 实际完成值, 评分标准, 得分
TWO_PART_ROWS = [
    ["项目管理（60分）", "资金管理（30分）", "资金到位率", "10", "=100%", "100%", "到位率×分值", "10.00"],
    ["项目管理（60分）", "资金管理（30分）", "预算执行率", "10", "=100%", "98.50%", "执行率×分值", "9.85"],
    ["项目管理（60分）", "资金管理（30分）", "资金使用合规性", "10", "—", "无违规", "无违规得满分，发现一处扣2分", "10.00"],
    ["项目管理（60分）", "组织实施（30分）", "管理制度健全性", "10", "—", "制度健全", "制度健全得满分", "10.00"],
    ["项目管理（60分）", "组织实施（30分）", "岗位人员考勤管理规范性", "10", "—", "规范", "考勤规范得满分，每发现一次未按时上报扣0.5分",
     "10.00"],
    ["项目管理（60分）", "组织实施（30分）", "补贴发放及时性", "10", "—", "按月发放", "按月足额发放得满分", "10.00"],
    ["项目绩效（40分）", "产出或结果（20分）", "开发环卫公益性岗位", "10", "≥260个", "260个", "完成率×分值", "10.00"],
    ["项目绩效（40分）", "产出或结果（20分）", "村庄保洁覆盖率", "10", "≥98%", "99%", "达到目标得满分，未达到按比例", "10.00"],
    ["项目绩效（40分）", "经济或社会效益（20分）", "岗位人员人均年增收", "10", "≥8400元", "8400元", "达到目标得满分，未达到按比例",
     "10.00"],
    ["项目绩效（40分）", "经济或社会效益（20分）", "村民满意度", "10", "≥90%", "93%", "达到目标得满分，未达到按比例", "10.00"],
]


def _two_part() -> DocModel:
    title = "项目支出绩效自评评分表"
    head = Grid([2.2, 2.2, 2.2, 1.6, 1.6, 1.6])
    head.add(["项目名称", (TWO_PART, 5)], labels=(0,))
    head.add(["主管部门", ("示例县人力资源和社会保障局", 2), "实施单位", ("示例县就业服务中心", 2)], labels=(0, 3))
    head.add(["年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "自评等级"], header=True)
    head.add(["262.08", "262.08", "258.15", "98.50%", "99.85", "优"])
    g = Grid([2.0, 2.2, 2.6, 0.9, 1.4, 1.6, 3.0, 1.2])
    g.add(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "评分标准", "自评得分"], header=True)
    for r in TWO_PART_ROWS:
        g.add(r)
    g.vmerge(0, 1, 6)
    g.vmerge(0, 7, 10)
    for r0, r1 in ((1, 3), (4, 6), (7, 8), (9, 10)):
        g.vmerge(1, r0, r1)
    g.add([("合计", 3), "100", "", "", "", "99.85"])
    blocks: list[Any] = [
        Para(title, "title"), Para("（2025年度）", "right"), Para(NOTICE, "notice"), head, g,
        Para("自评结论：项目全年开发城乡环卫公益性岗位260个，补贴按月足额发放，自评得分99.85分，等级为“优”。"),
        Para("存在问题：个别村保洁员年龄偏大，雨雪天气作业安全有隐患。"),
        Para("改进措施：2026年为岗位人员统一购买意外伤害保险，雨雪天气调整作业时段。"),
    ]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="自评表")


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


def build_f43(out: Path) -> list[dict[str, Any]]:
    """Write the four samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write(_purchase(TOILET_ROWS), out / "mon_purchase_f43.xlsx")
    lag = [list(r) for r in TOILET_ROWS]
    lag[1] = ["产出指标", "破损设施维修件数", "≥480件", "120件", "", "", "", ""]
    lag[2] = ["产出指标", "除臭消杀次数", "≥24次", "6次", "", "", "", ""]
    write(_purchase(lag), out / "mon_purchase_lag_f43.pdf")
    write(_bond_unit_line(), out / "mon_bond_unit_line_f43.xlsx")
    write(_two_part(), out / "se_two_part_f43.docx")
    return [
        {"file": "cycle/mon_purchase_f43.xlsx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": list(MON_RULES),
         "note": "政府购买服务项目绩效运行监控表：资金一行“合同金额 | 年度预算数 | 1—7月已支付 | 支付进度”（56÷96＝58.3%），"
                 "指标表没有二级指标列，年度指标值写在“合同约定（年度指标值）”、完成值写在“1—7月履约情况”，各项全年预计均已填写：无问题。",
         "expect": {"project_name": PURCHASE, "month": 7, "rate": 58.3, "amount_wan": 96.0}},
        {"file": "cycle/mon_purchase_lag_f43.pdf", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": ["MON-03"], "must_not": ["MON-01", "MON-02"],
         "note": "同一表式（PDF），“破损设施维修件数”1—7月只完成120件（合同约定≥480件，25%）、“除臭消杀次数”只完成6次（≥24次），"
                 "远低于7个月的时间进度，两项全年预计、完成目标可能性和偏差原因都空着，同表其他指标都填了（MON-03 错误：栏目漏填是确定的；进度落后本身不作定论，季节性工作可能赶上）。",
         "expect": {"project_name": PURCHASE, "month": 7, "rate": 58.3, "amount_wan": 96.0}},
        {"file": "cycle/mon_bond_unit_line_f43.xlsx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": list(MON_RULES),
         "note": "专项债券项目绩效运行监控表：表题不写年份，表题下一格写“（2026年1—9月）      金额单位：万元”（期间和金额单位在同一格），"
                 "项目名称中的2026年不在开头：监控年度读为2026年；资金按来源分行，合计3300÷4500＝73.33%，无问题。",
         "expect": {"project_name": BOND, "month": 9, "rate": 73.33, "amount_wan": 4500.0}},
        {"file": "cycle/se_two_part_f43.docx", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": [], "must_not": ["EV-01", "EV-02", "EV-04", "EV-05"],
         "note": "项目支出绩效自评评分表：评分表上方小表一行表头“年初预算数（万元）| 全年预算数（万元）| 全年执行数（万元）| 执行率 | "
                 "自评得分 | 自评等级”、下一行数字（没有行名列），评分表分“项目管理（60分）”和“项目绩效（40分）”两段，合计99.85优："
                 "预算读为262.08万元，无问题。",
         "expect": {"project_name": TWO_PART, "amount_wan": 262.08}},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_f43(HERE / "cycle")), "份样本已写入", HERE / "cycle")
