"""Self-evaluation and monitoring forms of the heldout24 class handled by fixer46 (LAYOUTS_CYCLE.md; all fictitious).

The layouts met in heldout24 (its README cites the 衡山县 专项资金绩效目标自评表 at taowenge.com/p-72820237.html for the
letter-spaced level names and the 全年完成值 column, and the 池州市贵池区 自评表 for 年初预算数 | 全年预算数 | 全年执行数) are
written here again with our own projects and figures:

* ``se_spaced_title_fixer46.docx``: a letter-spaced 自评表 ("项 目 支 出 绩 效 自 评 表", "一 级 指 标", "产 出 指 标（50分）"),
  funds in 元 "年初预算数 | 全年预算数（A）| 全年执行数（B）| 执行率（B/A）| 分值 | 得分", the indicator columns
  "一级 | 二级 | 三级 | 分值 | 年度指标值 | 全年实际完成值 | 得分 | 未完成原因和改进措施", 说明 / 存在问题 / 改进措施 rows
  under the total; every target met and the budget spent, 100 优: clean.
* ``se_spaced_unexplained_fixer46.pdf``: the same form with two targets missed whose cause reads "无", and 存在问题 /
  改进措施 "无"; 执行率 98.00% (470,400 ÷ 480,000) scores 9.80 (EV-05).
* ``mon_head_lines_fixer46.xlsx``: a 1—8月 monitoring form whose 项目名称 and 监控时段 are lines above the two tables
  (in the workbook, rows holding one text in column A), "一、预算执行情况" (年初 / 调整后 / 1—8月执行数 / 执行率, in 元)
  and "二、绩效目标完成情况"; 执行率 70.00% on the adjusted budget: clean.
* ``mon_bare_row_fixer46.docx``: the same form where one indicator leaves its 全年预计完成值, 完成目标可能性, 偏差原因
  and 纠偏措施 empty while the other rows fill them (MON-03 error).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_fixer46.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"
EV_RULES = ["EV-01", "EV-02", "EV-04", "EV-05"]
MON_RULES = ["MON-01", "MON-02", "MON-03", "MON-04"]
SE_PROJECT = "示例县2025年非物质文化遗产保护传承项目"
MON_PROJECT = "示例市2026年农村客运班线运营补助项目"


def spaced(text: str) -> str:
    """The letter-spaced writing of ``text``: "产出指标" → "产 出 指 标"."""
    return " ".join(text)


# 一级, 二级, 三级, 分值, 年度指标值, 全年实际完成值, 得分, 未完成原因和改进措施
SE_ROWS = [
    ["产出指标（50分）", "数量指标", "举办非遗展演场次", "15", "≥20场", "22场", "15.00", "—"],
    ["产出指标（50分）", "数量指标", "培训非遗传承人人次", "10", "≥150人次", "160人次", "10.00", "—"],
    ["产出指标（50分）", "质量指标", "传承人培训考核合格率", "10", "≥90%", "95%", "10.00", "—"],
    ["产出指标（50分）", "时效指标", "年度展演任务完成时间", "10", "2025年11月底前", "2025年11月", "10.00", "—"],
    ["产出指标（50分）", "成本指标", "单场展演平均成本", "5", "≤8000元", "7600元", "5.00", "—"],
    ["效益指标（30分）", "社会效益指标", "非遗项目群众知晓率", "20", "≥70%", "75%", "20.00", "—"],
    ["效益指标（30分）", "可持续影响指标", "传承人队伍稳定率", "10", "≥90%", "93%", "10.00", "—"],
    ["满意度指标（10分）", "服务对象满意度指标", "观众满意度", "10", "≥90%", "92%", "10.00", "—"],
]
# Two targets missed, the cause left as "无" (15/20 场 → 11.25; 12月 against 11月底前 → 6.00).
_MISSED = {"举办非遗展演场次": ("15场", "11.25", "无"), "年度展演任务完成时间": ("2025年12月", "6.00", "无")}


def _self_evaluation(missed: bool) -> DocModel:
    rows = [list(r) for r in SE_ROWS]
    if missed:
        for r in rows:
            if r[2] in _MISSED:
                r[5], r[6], r[7] = _MISSED[r[2]]
    executed, rate, exec_score = ("470,400.00", "98.00%", "9.80") if missed else ("480,000.00", "100.00%", "10.00")
    total = float(exec_score) + sum(float(r[6]) for r in rows)
    g = Grid([2.0, 1.6, 2.4, 1.0, 1.6, 1.8, 1.0, 2.2])
    g.add([spaced("项目名称"), (SE_PROJECT, 3), spaced("负责人及电话"), ("XXX  XXXXXXXXXXX", 3)], labels=(0, 4))
    g.add([spaced("主管部门"), ("示例县文化和旅游局", 3), spaced("实施单位"), ("示例县非遗保护中心", 3)], labels=(0, 4))
    g.add([spaced("项目资金（元）"), "年初预算数", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）", "分值",
           ("得分", 2)], labels=(0,))
    g.add(["年度资金总额", "500,000.00", "480,000.00", executed, rate, "10", (exec_score, 2)], labels=(0,))
    g.add(["其中：县级财政资金", "500,000.00", "480,000.00", executed, "—", "—", ("—", 2)], labels=(0,))
    g.add([spaced("年度总体目标"), "年初设定目标", ("举办非遗展演20场以上，培训传承人150人次", 2), "全年实际完成情况",
           ("展演22场，培训160人次" if not missed else "展演15场，培训160人次，展演12月完成", 3)], labels=(0,))
    g.add([spaced("一级指标"), spaced("二级指标"), spaced("三级指标"), spaced("分值"), "年度指标值", "全年实际完成值",
           spaced("得分"), "未完成原因和改进措施"], header=True)
    first = len(g.rows)
    for r in rows:
        l1 = r[0].split("（")[0]
        g.add([spaced(l1) + "（" + r[0].split("（")[1], spaced(r[1]), *r[2:]])
    for col in (0, 1):
        start = first
        for r in range(first + 1, len(g.rows) + 1):
            if r == len(g.rows) or g.rows[r][col] != g.rows[start][col]:
                g.vmerge(col, start, r - 1)
                start = r
    grade = "优" if total >= 90 else "良"
    g.add([(spaced("总分"), 3), "100", "", "", f"{total:.2f}", f"自评等级：{grade}"], labels=(0,))
    g.add([spaced("说明"), ("项目按计划完成。" if not missed else "项目基本完成年度目标。", 7)], labels=(0,))
    g.add([spaced("存在问题"), ("无", 7)], labels=(0,))
    g.add([spaced("改进措施"), ("无", 7)], labels=(0,))
    title = spaced("项目支出绩效自评表")
    blocks: list[Any] = [Para(title, "title"), Para("（ 2025 年 度 ）", "right"), Para(NOTICE, "notice"), g,
                         Para("注：执行率按全年预算数计算；定量指标按实际完成值与指标值之比计分。", "body")]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="Sheet1")


MON_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "1—8月完成值", "全年预计完成值", "完成目标可能性",
              "偏差原因", "纠偏措施"]
MON_ROWS = [
    ["产出指标", "数量指标", "开通农村客运班线条数", "≥24条", "24条", "24条", "确定能", "—", "—"],
    ["产出指标", "数量指标", "更新农村客运车辆台数", "≥20台", "12台", "20台", "确定能", "经费保障：第二批补助9月到位",
     "资金到位后完成采购"],
    ["产出指标", "质量指标", "班线发车正点率", "≥92%", "94%", "94%", "确定能", "—", "—"],
    ["产出指标", "时效指标", "补助资金按季度拨付及时率", "=100%", "100%", "100%", "确定能", "—", "—"],
    ["效益指标", "社会效益指标", "建制村通客车率", "=100%", "100%", "100%", "确定能", "—", "—"],
    ["满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "—", "92%", "确定能", "—", "—"],
]


def _monitoring(bare: bool) -> DocModel:
    rows = [list(r) for r in MON_ROWS]
    if bare:
        rows[1][5:] = ["", "", "", ""]  # 更新农村客运车辆台数: forecast, 可能性, cause, measure left empty
    money = Grid([2.0, 2.0, 2.0, 2.0, 1.6])
    money.add(["资金来源", "年初预算数", "调整后预算数", "1—8月执行数", "执行率"], header=True)
    money.add(["财政拨款", "5,000,000.00", "4,000,000.00", "2,800,000.00", "70.00%"], labels=(0,))
    money.add(["其他资金", "1,000,000.00", "1,000,000.00", "700,000.00", "70.00%"], labels=(0,))
    money.add(["合计", "6,000,000.00", "5,000,000.00", "3,500,000.00", "70.00%"], labels=(0,))
    ind = Grid([1.5, 1.6, 2.4, 1.4, 1.4, 1.4, 1.4, 2.0, 2.0])
    ind.add(MON_HEADER, header=True)
    for r in rows:
        ind.add(r)
    title = "项目支出绩效运行监控表"
    blocks: list[Any] = [
        Para(title, "title"), Para(NOTICE, "notice"), Para(f"项目名称：{MON_PROJECT}", "body"),
        Para("主管部门：示例市交通运输局      监控时段：2026年1—8月      单位：元", "body"),
        Para("一、预算执行情况", "body"), money, Para("二、绩效目标完成情况", "body"), ind,
        Para("三、存在问题及下一步工作：第二批补助到位后完成车辆更新。", "body"),
    ]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="Sheet1")


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


def build_fixer46(out: Path) -> list[dict[str, Any]]:
    """Write the four samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write(_self_evaluation(False), out / "se_spaced_title_fixer46.docx")
    write(_self_evaluation(True), out / "se_spaced_unexplained_fixer46.pdf")
    write(_monitoring(False), out / "mon_head_lines_fixer46.xlsx")
    write(_monitoring(True), out / "mon_bare_row_fixer46.docx")
    return [
        {"file": "cycle/se_spaced_title_fixer46.docx", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": [], "must_not": list(EV_RULES),
         "note": "间隔字自评表：表题“项 目 支 出 绩 效 自 评 表”“（ 2025 年 度 ）”，一级、二级指标名带空格并带分值（“产 出 指 标（50分）”），"
                 "资金（元）“年初预算数 | 全年预算数（A）| 全年执行数（B）| 执行率（B/A）| 分值 | 得分”，指标列“分值”紧随三级指标、"
                 "完成列写“全年实际完成值”，总分下有说明、存在问题、改进措施三行：按自评表读，目标全部完成、全年预算480,000.00元全部执行，100分优，无问题。",
         "expect": {"project_name": SE_PROJECT, "amount_wan": 50.0}},
        {"file": "cycle/se_spaced_unexplained_fixer46.pdf", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": ["EV-05"], "must_not": ["EV-01", "EV-02", "EV-04"],
         "note": "同一表式（PDF），展演15/20场、完成时间推迟到12月两项未完成，原因栏写“无”，存在问题、改进措施也写“无”（EV-05）；执行率98.00%（470,400.00÷480,000.00）得9.80分，总分92.05优。",
         "expect": {"project_name": SE_PROJECT, "amount_wan": 50.0}},
        {"file": "cycle/mon_head_lines_fixer46.xlsx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": list(MON_RULES),
         "note": "资金、指标两表的1—8月监控表（xlsx）：项目名称、主管部门和监控时段写在表上方A列的单独一行里，"
                 "“一、预算执行情况”年初600万、调整后500万、1—8月执行350万（元），执行率按调整后预算70.00%：名称、年度照读，无问题。",
         "expect": {"project_name": MON_PROJECT, "month": 8, "rate": 70.0, "amount_wan": 600.0}},
        {"file": "cycle/mon_bare_row_fixer46.docx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": ["MON-03"], "must_not": ["MON-01", "MON-02"],
         "note": "同一表式（docx），“更新农村客运车辆台数”（1—8月12台，目标≥20台）的全年预计完成值、完成目标可能性、偏差原因、"
                 "纠偏措施都空着，同表其他指标都填了（MON-03 错误）。",
         "expect": {"project_name": MON_PROJECT, "month": 8, "rate": 70.0, "amount_wan": 600.0}},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_fixer46(HERE / "cycle")), "份样本已写入", HERE / "cycle")
