"""Monitoring tables and self-evaluations of the heldout9 failure classes (all fictitious, 示例).

Written after the heldout9 blind set (``corpus/eval/heldout9/README.md``; its facts from public pages: exports without
merged cells write the header "金额单位 | 元" as two adjacent cells and the money in 元 with thousands separators; forms
typed with full-width digits, the title's year included ("２０２４年度项目支出绩效自评表"); a narrow column wraps a
target as "=" / "12个"). The projects, texts and figures are our own.

* ``se_clean_yuan_unit_cells.xlsx``: 自评表 with "金额单位 | 元" in two cells, money in 元 (clean; 年初预算数 186万元).
* ``mon_clean_yuan_unit_cells.pdf``: 1-6月 monitoring table, the same two-cell unit, money in 元 (clean).
* ``se_clean_fullwidth_year.docx``: 自评表 typed in full-width digits, the year only in the title "２０２４年度……" (clean).
* ``mon_clean_name_year.xlsx``: monitoring table whose title and header name no year; the project's name starts with
  it ("2025年……"), read as the year with a note (clean).
* ``mon03_wrapped_cells.docx``: the targets wrap in their cells ("=\\n12个", "≥\\n3,100户"); two rows fall short with no
  cause or measure (MON-03); the findings quote the targets joined.

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_heldout9.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"
MON_RULES = ["MON-01", "MON-02", "MON-03", "MON-04"]
EV_RULES = ["EV-01", "EV-02", "EV-03", "EV-04", "EV-05", "EV-06"]

_FW = str.maketrans("0123456789.", "０１２３４５６７８９．")

# 自评表 rows: 一级, 二级, 三级, 年度指标值, 实际完成值, 分值 (all met: 得分 = 分值; 产出50 + 效益30 + 满意度10 = 90 points,
# plus 10 for execution).
SE_ROWS = [
    ["产出指标", "数量指标", "维护村级公共照明路灯", "≥1,200盏", "1,236盏", "15"],
    ["产出指标", "质量指标", "路灯亮灯率", "≥95%", "97.2%", "15"],
    ["产出指标", "时效指标", "故障报修处置时限", "≤3日", "2日", "10"],
    ["产出指标", "成本指标", "每盏路灯年度维护成本", "≤1,500元", "1,470元", "10"],
    ["效益指标", "社会效益指标", "夜间出行安全事故起数", "≤2起", "0起", "15"],
    ["效益指标", "可持续影响指标", "路灯设施完好率", "≥95%", "96.5%", "15"],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "94%", "10"],
]


def _self_evaluation(title: str, project: str, unit_cells: bool, budget: str, executed: str, rows: list[list[str]],
                     digits: Any = None, unit: str = "元") -> DocModel:
    tr = (lambda s: s.translate(digits)) if digits else (lambda s: s)
    g = Grid([2.0] * 8)
    g.add([(title, 8)], header=True)
    g.add(["项目名称", (project, 3), "主管部门", ("示例区城市管理局", 3)], labels=(0, 4))
    if unit_cells:
        g.add(["实施单位", ("示例区市政设施维护所", 3), "金额单位", unit, ("", 2)], labels=(0, 4))
        money_head = "项目资金"
    else:
        g.add(["实施单位", ("示例区市政设施维护所", 7)], labels=(0,))
        money_head = "项目资金（万元）"
    g.add([money_head, "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], header=True)
    g.add(["", "年度资金总额", tr(budget), tr(budget), tr(executed), tr("10"), tr("98.00%"), tr("9.8")])
    g.add(["", "其中：财政拨款", tr(budget), tr(budget), tr(executed), "—", "—", "—"])
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          header=True)
    for l1, l2, l3, target, actual, weight in rows:
        g.add([l1, l2, l3, tr(target), tr(actual), tr(weight), tr(weight), ""])
    g.add([("总分", 5), tr("100"), tr("99.8"), "自评等级：优"], labels=(0,))
    return DocModel(title=title, blocks=[Para(title, "title"), Para(NOTICE, "notice"), g], notice=NOTICE,
                    sheet_name="自评表")


# 监控表 rows: 一级, 二级, 三级, 年度指标值, 1-6月完成值, 全年预计完成值, 完成目标可能性, 偏差原因及纠偏措施.
MON_ROWS = [
    ["产出指标", "数量指标", "清运农村生活垃圾", "≥5,400吨", "2,760吨", "5,450吨", "确定能", ""],
    ["产出指标", "数量指标", "配置分类收集桶", "=1,200个", "1,200个", "1,200个", "确定能", ""],
    ["产出指标", "质量指标", "垃圾日产日清率", "≥98%", "98.6%", "98.5%", "确定能", ""],
    ["产出指标", "成本指标", "每吨清运成本", "≤260元", "252元", "255元", "确定能", ""],
    ["效益指标", "生态效益指标", "村庄环境卫生达标率", "≥95%", "96%", "96%", "确定能", ""],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "年底调查", "92%", "确定能", ""],
]


def _monitoring(title: str | None, project: str, unit_cells: bool, budget: str, executed: str,
                rows: list[list[str]], period: bool = True, unit: str = "元") -> DocModel:
    g = Grid([2.0] * 8)
    g.add(["项目名称", (project, 3), "主管部门", ("示例县住房和城乡建设局", 3)], labels=(0, 4))
    if unit_cells:
        g.add(["实施单位", ("示例县环境卫生管理所", 3), "金额单位", unit, ("", 2)], labels=(0, 4))
        money_head = "项目资金"
    else:
        g.add(["实施单位", ("示例县环境卫生管理所", 7)], labels=(0,))
        money_head = "项目资金（万元）"
    if period:
        g.add(["监控期间", ("2025年1-6月", 7)], labels=(0,))
    g.add([money_head, "资金来源", "年初预算数", "1-6月执行数", "执行率", ("全年预计执行数", 3)], header=True)
    rate = f"{float(executed.replace(',', '')) / float(budget.replace(',', '')) * 100:.2f}%"
    g.add(["", "年度资金总额", budget, executed, rate, (budget, 3)])
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "全年预计完成值", "完成目标可能性",
           "偏差原因及纠偏措施"], header=True)
    for r in rows:
        g.add(r)
    blocks: list[Any] = [Para(title, "title")] if title else []
    head = title or "项目支出绩效运行监控表"
    return DocModel(title=head, blocks=[*blocks, Para(NOTICE, "notice"), g], notice=NOTICE, sheet_name="监控表")


WRAPPED_ROWS = [
    ["产出指标", "数量指标", "改造背街小巷", "=\n12条", "5条", "10条", "不可能", ""],
    ["产出指标", "质量指标", "工程验收合格率", "=100%", "100%", "100%", "确定能", ""],
    ["效益指标", "社会效益指标", "受益居民户数", "≥\n3,100户", "1,350户", "2,600户", "有可能", ""],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "年底调查", "91%", "确定能", ""],
]


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


def build_heldout9(out: Path) -> list[dict[str, Any]]:
    """Write the five samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write(_self_evaluation("项目支出绩效自评表（2024年度）", "示例区村级公共照明维护项目", True, "1,860,000.00",
                           "1,822,800.00", SE_ROWS), out / "se_clean_yuan_unit_cells.xlsx")
    write(_monitoring("示例县2025年1-6月项目支出绩效运行监控表", "示例县农村生活垃圾清运项目", True, "2,400,000.00",
                      "1,176,000.00", MON_ROWS), out / "mon_clean_yuan_unit_cells.pdf")
    write(_self_evaluation("２０２４年度项目支出绩效自评表", "示例区村级公共照明维护项目", False, "186", "182.28",
                           SE_ROWS, digits=_FW), out / "se_clean_fullwidth_year.docx")
    write(_monitoring(None, "2025年示例县农村生活垃圾清运项目", False, "240", "117.6", MON_ROWS, period=False),
          out / "mon_clean_name_year.xlsx")
    write(_monitoring("示例县2025年1-6月项目支出绩效运行监控表", "示例县背街小巷改造项目", False, "620", "260",
                      WRAPPED_ROWS), out / "mon03_wrapped_cells.docx")
    se_expect = {"project_name": "示例区村级公共照明维护项目", "amount_wan": 186.0}
    return [
        {"file": "cycle/se_clean_yuan_unit_cells.xlsx", "kind": "self_evaluation", "fiscal_year": 2024,
         "must": [], "must_not": list(EV_RULES),
         "note": "没有合并格的导出表：表头“金额单位 | 元”是两个相邻格，资金按元、千分位填写（1,860,000.00）：年初预算数读作186万元，无问题。",
         "expect": se_expect},
        {"file": "cycle/mon_clean_yuan_unit_cells.pdf", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": [], "must_not": list(MON_RULES),
         "note": "PDF 监控表：表头“金额单位 | 元”两格，资金按元（2,400,000.00，1-6月执行49%）：年初预算数读作240万元，无问题。",
         "expect": {"project_name": "示例县农村生活垃圾清运项目", "month": 6, "rate": 49.0, "amount_wan": 240.0}},
        {"file": "cycle/se_clean_fullwidth_year.docx", "kind": "self_evaluation", "fiscal_year": 2024,
         "must": [], "must_not": list(EV_RULES),
         "note": "全角数字的自评表：年度只写在表题“２０２４年度项目支出绩效自评表”里，资金、指标值、分值都是全角：年度读作2024，无问题。",
         "expect": se_expect},
        {"file": "cycle/mon_clean_name_year.xlsx", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": [], "must_not": list(MON_RULES),
         "note": "表题只写“项目支出绩效运行监控表”、没有监控期间栏，年份只在项目名称开头（“2025年……”）：按项目名称推定为2025年并说明，无问题。",
         "expect": {"project_name": "2025年示例县农村生活垃圾清运项目", "month": 6, "rate": 49.0, "amount_wan": 240.0}},
        {"file": "cycle/mon03_wrapped_cells.docx", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": ["MON-03"], "must_not": ["MON-01", "MON-02"],
         "note": "指标值在格内断行（“=”/“12条”、“≥”/“3,100户”）；两项全年预计达不到、偏差原因和纠偏措施都空着（MON-03，另有 MON-04）："
                 "消息引用的指标值应是连起来的“=12条”“≥3,100户”。",
         "expect": {"project_name": "示例县背街小巷改造项目", "month": 6, "rate": 41.94, "amount_wan": 620.0}},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_heldout9(HERE / "cycle")), "份样本已写入", HERE / "cycle")
