"""Monitoring tables and a self-evaluation of the heldout20 classes handled by fixer42 (LAYOUTS_CYCLE.md; all fictitious).

Facts from public pages, as heldout20's README records them: monitoring covers both budget execution and the targets
(双监控, fx361.cc/page/2022/0909/11814735.shtml); departments publish 部门整体支出绩效自评表 (www.shouxian.gov.cn/public/
118322758/1259995520.html, bongotimes.com/info/4561/1229214.html). That README says no concrete monitoring form was
found; the layouts met in heldout20 and written here again in our own figures are the set's: a monitoring table split
over two worksheets (budget execution on one, the indicators on the other, each with its own title row), the year alone
in the line under the title ("（2026年1—8月）"), a department's form naming the department (部门（单位）名称 / 部门名称)
where a project form names the project. The projects, texts and figures are our own.

* ``mon_two_sheets_f42.xlsx``: worksheet "预算执行情况" (项目名称, 主管部门, the funds row) and worksheet "目标完成情况"
  titled "绩效目标实现情况监控（2026年1—9月）" with the indicator columns; every forecast filled (clean).
* ``mon_two_sheets_blank_f42.xlsx``: the same workbook, two indicators only half done at 1—9月 and their 全年预计完成值
  and 完成目标可能性 left blank (MON-03).
* ``mon_period_line_f42.xlsx``: "项目支出绩效运行监控表" with the year only in the line "（2026年1—8月）" below it (clean;
  the fiscal year is 2026, not the default).
* ``mon_dept_whole_f42.docx``: a 部门整体支出绩效运行监控表 whose first row is "部门（单位）名称 | 示例县农业农村局" (clean;
  the department is read as the project name).
* ``se_dept_whole_f42.pdf``: a 部门整体支出绩效自评表 with "部门名称" and no 二级指标 column (clean; the department is the
  project name).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_f42.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"
MON_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "{period}实际完成值", "全年预计完成值", "完成目标可能性",
              "偏差原因（经费/制度/人员/硬件/其他）", "纠偏措施", "备注"]
MON_RULES = ["MON-01", "MON-02", "MON-03", "MON-04"]

# 三级, 年度指标值, 1-9月完成值, 全年预计, 可能性 (一级/二级 in front, causes and measures blank)
LAMP_ROWS = [
    ["产出指标", "数量指标", "新装太阳能路灯", "≥1200盏", "900盏", "1200盏", "确定能", "", "", ""],
    ["产出指标", "数量指标", "维修更换老旧灯杆", "≥300根", "240根", "300根", "确定能", "", "", ""],
    ["产出指标", "质量指标", "路灯亮灯率", "≥98%", "98.6%", "≥98%", "确定能", "", "", ""],
    ["产出指标", "时效指标", "路灯安装完成时间", "2026年11月底前", "3个乡镇已完成", "2026年11月底前", "确定能", "", "", ""],
    ["效益指标", "社会效益指标", "村庄夜间照明覆盖率", "≥95%", "80%", "≥95%", "确定能", "", "", ""],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "—", "≥90%", "确定能", "", "", "年末调查"],
]
LAMP = "示例县2026年农村公共照明提升项目"


def _two_sheets(rows: list[list[str]]) -> DocModel:
    title = "项目资金执行情况（2026年1—9月）"
    money = Grid([2.2, 2.0, 1.6, 2.2, 3.0])
    money.add(["项目名称", (LAMP, 4)], labels=(0,))
    money.add(["主管部门", "示例县住房和城乡建设局", "实施单位", ("示例县市政设施管理所", 2)], labels=(0, 2))
    money.add(["年初预算数（万元）", "1—9月执行数（万元）", "执行率", "全年预计执行数（万元）", "说明"], header=True)
    money.add(["360.00", "298.80", "83.0%", "360.00", "路灯分三批验收付款"])
    ind = Grid([1.6, 1.8, 2.4, 1.6, 1.6, 1.6, 1.4, 2.2, 2.0, 1.4])
    ind.add(["年度总体目标", ("为全县42个行政村新装太阳能路灯1200盏、更换老旧灯杆300根，改善村庄夜间照明。", 9)], labels=(0,))
    ind.add([t.format(period="1—9月") for t in MON_HEADER], header=True)
    for r in rows:
        ind.add(r)
    blocks: list[Any] = [Para(title, "title"), Para(NOTICE, "notice"), money,
                         Para("目标完成情况", "sheet"), Para("绩效目标实现情况监控（2026年1—9月）", "title"), ind]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="预算执行情况")


SCHOOL_ROWS = [
    ["产出指标", "数量指标", "改造学校食堂", "≥8所", "6所", "8所", "确定能", "", "", ""],
    ["产出指标", "数量指标", "配置食堂留样冷柜", "≥8台", "8台", "8台", "确定能", "", "", "已完成"],
    ["产出指标", "质量指标", "改造工程验收合格率", "=100%", "100%", "100%", "确定能", "", "", ""],
    ["产出指标", "时效指标", "食堂改造完工时间", "2026年10月底前", "6所已完工", "2026年10月底前", "有可能",
     "硬件：2所学校需先完成排烟管道改线", "暑期集中施工，增加一个施工班组", ""],
    ["效益指标", "社会效益指标", "食堂食品安全量化等级A级率", "≥90%", "75%", "≥90%", "确定能", "", "", ""],
    ["满意度指标", "服务对象满意度指标", "师生就餐满意度", "≥90%", "—", "≥90%", "确定能", "", "", "年末调查"],
]


def _period_line() -> DocModel:
    title = "项目支出绩效运行监控表"
    g = Grid([1.6, 1.8, 2.4, 1.6, 1.6, 1.6, 1.4, 2.2, 2.0, 1.4])
    g.add(["项目名称", ("示例县2026年中小学食堂改造项目", 9)], labels=(0,))
    g.add(["主管部门", ("示例县教育体育局", 3), "实施单位", ("示例县学校后勤管理中心", 5)], labels=(0, 4))
    g.add(["项目资金（万元）", "年初预算数", "1—8月执行数", "执行率", "全年预计执行数", ("说明", 5)], header=True)
    g.add(["项目资金（万元）", "240.00", "156.00", "65.0%", "240.00", ("按工程进度结算", 5)])
    g.add(["年度总体目标", ("完成8所学校食堂改造并配置留样冷柜，提升学校食品安全保障水平。", 9)], labels=(0,))
    g.add([t.format(period="1—8月") for t in MON_HEADER], header=True)
    for r in SCHOOL_ROWS:
        g.add(r)
    blocks: list[Any] = [Para(title, "title"), Para("（2026年1—8月）", "right"), Para(NOTICE, "notice"), g]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="监控表")


AGRI_ROWS = [
    ["产出指标", "数量指标", "高标准农田建设面积", "≥1.2万亩", "0.5万亩", "1.2万亩", "确定能", "", "", ""],
    ["产出指标", "数量指标", "农业技术培训人次", "≥2000人次", "1100人次", "2000人次", "确定能", "", "", ""],
    ["产出指标", "质量指标", "动物疫病强制免疫密度", "≥90%", "93%", "≥90%", "确定能", "", "", ""],
    ["产出指标", "时效指标", "耕地地力补贴发放时间", "2026年6月底前", "已发放", "2026年6月底前", "确定能", "", "", ""],
    ["效益指标", "经济效益指标", "农村居民人均可支配收入增长", "≥6%", "半年增长3.2%", "≥6%", "确定能", "", "", ""],
    ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "—", "≥90%", "确定能", "", "", "年末调查"],
]


def _dept_monitoring() -> DocModel:
    title = "部门整体支出绩效运行监控表"
    g = Grid([1.6, 1.8, 2.4, 1.6, 1.6, 1.6, 1.4, 2.2, 2.0, 1.4])
    g.add(["部门（单位）名称", ("示例县农业农村局", 9)], labels=(0,))
    g.add(["部门预算（万元）", "年初预算数", "1—6月执行数", "执行率", "全年预计执行数", ("说明", 5)], header=True)
    g.add(["部门预算（万元）", "1520.00", "684.00", "45.0%", "1520.00", ("序时进度50%，高标准农田工程款下半年结算", 5)])
    g.add(["年度整体绩效目标", ("完成高标准农田建设、农技培训和动物防疫等年度任务，保障粮食生产和农民增收。", 9)], labels=(0,))
    g.add([t.format(period="1—6月") for t in MON_HEADER], header=True)
    for r in AGRI_ROWS:
        g.add(r)
    blocks: list[Any] = [Para(title, "title"), Para("（2026年1—6月）", "right"), Para(NOTICE, "notice"), g]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="监控表")


# 一级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
DEPT_EVAL_ROWS = [
    ["产出指标", "城乡低保按时足额发放率", "=100%", "100%", "20", "20.00", ""],
    ["产出指标", "特困人员集中供养人数", "≥320人", "326人", "15", "15.00", ""],
    ["产出指标", "临时救助办结时限达标率", "≥95%", "97%", "15", "15.00", ""],
    ["效益指标", "困难群众基本生活保障率", "=100%", "100%", "20", "20.00", ""],
    ["效益指标", "养老服务机构安全事故", "=0起", "0起", "10", "10.00", ""],
    ["满意度指标", "救助对象满意度", "≥90%", "95.1%", "10", "10.00", ""],
]


def _dept_evaluation() -> DocModel:
    title = "部门整体支出绩效自评表"
    g = Grid([1.8, 3.0, 1.6, 1.6, 1.0, 1.0, 3.0])
    g.add(["部门名称", ("示例县民政局", 6)], labels=(0,))
    g.add(["年度预算（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], header=True)
    g.add(["年度预算（万元）", "2400.00", "2500.00", "2450.00", "10", "98.00%", "9.80"])
    g.add(["年度总体目标", ("保障城乡低保、特困供养和临时救助资金按时足额发放，提升养老服务机构安全管理水平。", 6)], labels=(0,))
    g.add(["实际完成情况", ("各项救助资金按月足额发放，特困人员集中供养326人，全年养老机构无安全事故。", 6)], labels=(0,))
    g.add(["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], header=True)
    for r in DEPT_EVAL_ROWS:
        g.add(r)
    g.add([("总分", 4), "100", "99.80", "优"])
    blocks: list[Any] = [Para(title, "title"), Para("（2025年度）", "right"), Para(NOTICE, "notice"), g]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="自评表")


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


def build_f42(out: Path) -> list[dict[str, Any]]:
    """Write the five samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write(_two_sheets(LAMP_ROWS), out / "mon_two_sheets_f42.xlsx")
    blank = [list(r) for r in LAMP_ROWS]
    blank[0] = ["产出指标", "数量指标", "新装太阳能路灯", "≥1200盏", "600盏", "", "", "", "", ""]
    blank[3] = ["产出指标", "时效指标", "路灯安装完成时间", "2026年11月底前", "第一批已安装", "", "", "", "", ""]
    write(_two_sheets(blank), out / "mon_two_sheets_blank_f42.xlsx")
    write(_period_line(), out / "mon_period_line_f42.xlsx")
    write(_dept_monitoring(), out / "mon_dept_whole_f42.docx")
    write(_dept_evaluation(), out / "se_dept_whole_f42.pdf")
    return [
        {"file": "cycle/mon_two_sheets_f42.xlsx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": list(MON_RULES),
         "note": "监控表拆成两张工作表：“预算执行情况”（项目名称、主管部门、资金一行，执行率83.0%）和“目标完成情况”"
                 "（表题“绩效目标实现情况监控（2026年1—9月）”、年度总体目标和指标列），各项全年预计均已填写：按监控表读取，无问题。",
         "expect": {"project_name": LAMP, "month": 9, "rate": 83.0, "amount_wan": 360.0}},
        {"file": "cycle/mon_two_sheets_blank_f42.xlsx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": ["MON-03"], "must_not": ["MON-01", "MON-02"],
         "note": "同一工作簿，“新装太阳能路灯”1—9月只完成600盏（目标≥1200盏）、“路灯安装完成时间”只装了第一批，"
                 "两项的全年预计完成值和完成目标可能性都空着（MON-03）。",
         "expect": {"project_name": LAMP, "month": 9, "rate": 83.0, "amount_wan": 360.0}},
        {"file": "cycle/mon_period_line_f42.xlsx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": list(MON_RULES),
         "note": "表题“项目支出绩效运行监控表”不写年份，年份只在表题下一行“（2026年1—8月）”里（项目名称中的2026年不在开头）："
                 "监控年度读为2026年；执行率156÷240＝65.0%，高于8月末60%进度线，无问题。",
         "expect": {"project_name": "示例县2026年中小学食堂改造项目", "month": 8, "rate": 65.0, "amount_wan": 240.0}},
        {"file": "cycle/mon_dept_whole_f42.docx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": list(MON_RULES),
         "note": "部门整体支出绩效运行监控表：首行“部门（单位）名称 | 示例县农业农村局”，没有项目名称栏，按部门名称读作审核对象；"
                 "执行率684÷1520＝45.0%，高于6月末40%进度线，无问题。",
         "expect": {"project_name": "示例县农业农村局", "month": 6, "rate": 45.0, "amount_wan": 1520.0}},
        {"file": "cycle/se_dept_whole_f42.pdf", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": [], "must_not": ["EV-01", "EV-02", "EV-04", "EV-05"],
         "note": "部门整体支出绩效自评表（PDF）：“部门名称 | 示例县民政局”，年度预算“年初预算数 | 全年预算数 | 全年执行数 | 分值 | "
                 "执行率 | 得分”，没有二级指标列，总分99.80：部门名称读作审核对象，无问题。",
         "expect": {"project_name": "示例县民政局", "amount_wan": 2400.0}},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_f42(HERE / "cycle")), "份样本已写入", HERE / "cycle")
