"""Monitoring layouts of the heldout8 failure classes (all fictitious, 示例).

Written after the heldout8 blind set (``corpus/eval/heldout8/README.md``; facts: 湖北黄石 monitoring-table note — 完成目标
可能性 graded 确定能 / 有可能 / 不可能, and a deviation needs its causes and 相关建议或举措; 财预〔2019〕136号 cause
categories; monitoring reports titled "项目运行绩效监控报告" / "……绩效运行监控情况说明" with 一、（一） sections). The texts,
projects and figures are our own.

* ``mon_situation_note_funds_only.docx``: a "……项目2025年1-6月绩效运行监控情况说明" in paragraphs with one funds table and
  no word on the targets (MON-01); the title's period is not part of the project name.
* ``mon_possibility_ticks_clean.docx``: 完成目标可能性 as three tick columns; the one "有可能" row writes its cause and
  measure in the 偏差原因 cell, and the closing box "存在问题及纠偏措施" repeats the measure (clean).
* ``mon_remark_box_clean.xlsx``: cause categories ticked, the explanation in 备注, and the closing rows 偏差原因说明 /
  纠偏措施 below the indicator table (clean).

* ``mon_combined_cause_measure_clean.docx``: one column "偏差原因及纠偏措施"; the short row writes "原因：……；措施：……"
  in it (clean). ``mon_combined_cause_stock_phrase.xlsx``: one column "偏差原因分析及改进措施" holding a cause and only
  "按计划推进" (MON-03 warning: no measure).
* ``se_score_row_only_clean.docx`` / ``se_score_row_only_sum.docx``: a 自评表 whose last row is labelled only "自评得分"
  (no 总分 row) and carries the whole score; in the second it disagrees with the sum of the scores (EV-04).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_heldout8.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"
MON_RULES = ["MON-01", "MON-02", "MON-03", "MON-04"]
EV_RULES = ["EV-01", "EV-02", "EV-03", "EV-04", "EV-05", "EV-06"]

NOTE_TITLE = "示例区城建档案数字化项目2025年1-6月绩效运行监控情况说明"
NOTE_PARAGRAPHS = [
    "一、项目基本情况",
    "（一）项目概况。项目对1985—2005年城建档案进行扫描、著录和挂接，年初预算120万元，全部为区级财政拨款。",
    "（二）实施期限。2025年1月1日至2025年12月31日。",
    "二、监控工作开展情况",
    "区城建档案馆财务室按月汇总支付台账，业务科按季度报送加工量。",
    "三、预算执行情况",
    "截至2025年6月30日，支付第一期加工费66万元，执行率55.00%。",
]
NOTE_TABLE = [["资金类别", "年初预算数（万元）", "1-6月执行数（万元）", "执行率"],
              ["区级财政拨款", "120", "66", "55.00%"],
              ["合计", "120", "66", "55.00%"]]
NOTE_TAIL = ["四、下一步工作", "按合同在三季度末支付第二期加工费，四季度验收后支付尾款。", "示例区城建档案馆　2025年7月10日"]

TICK_HEAD = ["一级指标", "二级指标", "三级指标", "年度目标值", "1-6月完成值", "全年预计完成值", "完成目标可能性", "", "", "偏差原因"]
TICK_SUB = ["", "", "", "", "", "", "确定能", "有可能", "完全不可能", ""]
TICK_ROWS = [
    ["产出指标", "数量指标", "巡查河道长度", "≥320公里", "170公里", "330公里", "√", "", "", ""],
    ["产出指标", "质量指标", "问题整改销号率", "≥95%", "91%", "93%", "", "√", "",
     "汛期问题集中、销号滞后；已增派两个巡查组，三季度集中整改销号"],
    ["产出指标", "时效指标", "问题发现到交办时限", "≤2个工作日", "1个工作日", "1个工作日", "√", "", "", ""],
    ["产出指标", "成本指标", "每公里巡查成本", "≤1800元", "1750元", "1760元", "√", "", "", ""],
    ["效益指标", "生态效益指标", "河道水质达标断面比例", "≥90%", "92%", "92%", "√", "", "", ""],
    ["满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "年底开展调查", "92%", "√", "", "", ""],
]

REMARK_ROWS = [
    ["示例市2025年项目支出绩效运行监控表（1-8月）"] + [""] * 12,
    ["项目名称", "示例市社区矫正教育帮扶经费", "", "主管部门", "示例市司法局", ""] + [""] * 7,
    ["项目资金（万元）", "年初预算数", "调整后预算数", "1-8月执行数", "执行率", ""] + [""] * 7,
    ["年度资金总额", "210", "210", "138.6", "66.00%", ""] + [""] * 7,
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-8月实际完成值", "全年预计完成值",
     "偏差原因分析", "", "", "", "", "完成目标可能性", "备注"],
    ["", "", "", "", "", "", "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他", "", ""],
    ["产出指标", "数量指标", "组织教育帮扶活动场次", "≥240场", "150场", "245场", "", "", "", "", "", "确定能", ""],
    ["产出指标", "数量指标", "职业技能培训人次", "≥600人次", "310人次", "520人次", "", "", "√", "", "", "有可能",
     "两名专职教员借调，已通过政府购买服务补充师资，预计全年520人次"],
    ["产出指标", "质量指标", "帮扶对象再犯罪率", "≤0.2%", "0%", "0.1%", "", "", "", "", "", "确定能", ""],
    ["效益指标", "社会效益指标", "帮扶对象就业率", "≥70%", "72%", "72%", "", "", "", "", "", "确定能", ""],
    ["满意度指标", "服务对象满意度指标", "帮扶对象满意度", "≥90%", "93%", "93%", "", "", "", "", "", "确定能", ""],
    ["偏差原因说明", "职业技能培训受专职教员借调影响，全年预计比目标少约80人次。"] + [""] * 11,
    ["纠偏措施", "9月底前完成购买服务合同签订，新增两个培训班；必要时按程序调整年度指标。"] + [""] * 11,
]


def write_situation_note(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading(NOTE_TITLE, level=1)
    d.add_paragraph(NOTICE)
    for text in NOTE_PARAGRAPHS:
        d.add_paragraph(text)
    table = d.add_table(rows=len(NOTE_TABLE), cols=len(NOTE_TABLE[0]))
    for r, row in enumerate(NOTE_TABLE):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for text in NOTE_TAIL:
        d.add_paragraph(text)
    d.save(str(path))


def write_possibility_ticks(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("2025年度项目绩效运行监控表（1-6月）")
    d.add_paragraph(NOTICE)
    head = d.add_table(rows=2, cols=4)
    for r, row in enumerate([["单位名称（盖章）", "示例区水利局", "填报日期", "2025年7月8日"],
                             ["项目名称", "示例区河湖日常巡查管护", "实施单位", "示例区河湖管护中心"]]):
        for c, text in enumerate(row):
            head.cell(r, c).text = text
    money = d.add_table(rows=2, cols=5)
    for r, row in enumerate([["资金情况（万元）", "年初预算数", "1-6月执行数", "执行率", "全年预计执行数"],
                             ["年度资金总额", "64", "30.72", "48.00%", "64"]]):
        for c, text in enumerate(row):
            money.cell(r, c).text = text
    rows = [TICK_HEAD, TICK_SUB, *TICK_ROWS]
    table = d.add_table(rows=len(rows), cols=len(TICK_HEAD))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    for c in (0, 1, 2, 3, 4, 5, 9):  # the other header cells span both header rows
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(0, 6).merge(table.cell(0, 8))
    box = d.add_table(rows=1, cols=2)
    box.cell(0, 0).text = "存在问题及纠偏措施"
    box.cell(0, 1).text = "问题整改销号率略低于目标，原因是汛期问题集中；已增派巡查组并实行周销号通报。"
    d.save(str(path))


def write_remark_box(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "监控表"
    for r, row in enumerate(REMARK_ROWS, start=1):
        for c, text in enumerate(row, start=1):
            if text:
                ws.cell(row=r, column=c, value=text)
    ws.merge_cells("A1:M1")
    ws.merge_cells("G5:K5")
    for col in "ABCDEFLM":  # header cells spanning both header rows
        ws.merge_cells(f"{col}5:{col}6")
    for r in (12, 13):
        ws.merge_cells(f"B{r}:M{r}")
    ws.cell(row=len(REMARK_ROWS) + 2, column=1, value=NOTICE)
    wb.save(str(path))


COMBINED_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "全年预计完成值", "完成目标可能性"]
COMBINED_ROWS = [
    ["产出指标", "数量指标", "维护农村客运招呼站数量", "≥150个", "80个", "150个", "确定能", ""],
    ["产出指标", "质量指标", "站点设施完好率", "≥95%", "90%", "92%", "有可能",
     "原因：雨季损坏集中、配件到货晚；措施：7月起每月集中维修一次，配件改在县内采购"],
    ["产出指标", "时效指标", "故障报修响应时间", "≤3个工作日", "2个工作日", "2个工作日", "确定能", ""],
    ["产出指标", "成本指标", "单站年均维护成本", "≤6000元", "2900元", "5800元", "确定能", ""],
    ["满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "年底开展调查", "91%", "确定能", ""],
]
STOCK_ROWS = [
    ["示例市2025年项目支出绩效运行监控表（1-6月）"] + [""] * 7,
    ["项目名称", "示例市公共自行车系统运维", "", "主管部门", "示例市城市管理局", "", "", ""],
    ["项目资金（万元）", "年初预算数", "1-6月执行数", "执行率", "", "", "", ""],
    ["年度资金总额", "150", "72", "48.00%", "", "", "", ""],
    [*COMBINED_HEAD, "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "新增投放车辆", "≥800辆", "300辆", "600辆", "有可能", "受汛期影响车辆到货延后，按计划推进"],
    ["产出指标", "质量指标", "车辆完好率", "≥95%", "96%", "96%", "确定能", ""],
    ["效益指标", "社会效益指标", "日均骑行人次", "≥1.2万人次", "1.3万人次", "1.3万人次", "确定能", ""],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "年底开展调查", "92%", "确定能", ""],
]
# 自评表 with only a "自评得分" row at the bottom (the money part scores 10 of the 100 points).
SCORE_ROW_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
SCORE_ROW_ROWS = [
    ["产出指标", "数量指标", "维修农村供水工程", "≥40处", "42处", "20", "20", ""],
    ["产出指标", "质量指标", "维修工程验收合格率", "=100%", "100%", "15", "15", ""],
    ["产出指标", "时效指标", "报修处置及时率", "≥95%", "96%", "10", "10", ""],
    ["产出指标", "成本指标", "单处维修平均成本", "≤2万元", "1.8万元", "5", "5", ""],
    ["效益指标", "社会效益指标", "受益农村人口", "≥4万人", "3.6万人", "30", "27",
     "两处水源工程因林地手续延后开工；已协调林业部门，2026年一季度完工"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", "10", "10", ""],
]
SCORE_ROW_TOTAL = "96.5"  # 9.5 (76÷80×10) + 20 + 15 + 10 + 5 + 27 (3.6÷4×30) + 10


def write_combined_column(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("示例县2025年项目支出绩效运行监控表（1-6月）")
    d.add_paragraph(NOTICE)
    for rows in ([["项目名称", "示例县农村客运招呼站维护", "主管部门", "示例县交通运输局"]],
                 [["资金情况（万元）", "年初预算数", "1-6月执行数", "执行率", "全年预计执行数"],
                  ["年度资金总额", "90", "45", "50.00%", "90"]],
                 [[*COMBINED_HEAD, "偏差原因及纠偏措施"], *COMBINED_ROWS]):
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    d.save(str(path))


def write_combined_stock_phrase(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "监控表"
    for r, row in enumerate(STOCK_ROWS, start=1):
        for c, text in enumerate(row, start=1):
            if text:
                ws.cell(row=r, column=c, value=text)
    ws.merge_cells("A1:H1")
    ws.cell(row=len(STOCK_ROWS) + 2, column=1, value=NOTICE)
    wb.save(str(path))


def write_score_row_only(path: Path, total: str) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("2025年度项目支出绩效自评表")
    d.add_paragraph(NOTICE)
    rows = [[["项目名称", "示例县农村饮水工程维修养护", "主管部门", "示例县水利局"],
             ["实施单位", "示例县农村供水管理站", "自评年度", "2025年度"]],
            [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["年度资金总额", "80", "80", "76", "10", "95.00%", "9.5"]],
            [SCORE_ROW_HEAD, *SCORE_ROW_ROWS, ["自评得分", "", "", "", "", "100", total, ""],
             ["自评等级", "优", "", "", "", "", "", ""]]]
    for part in rows:
        table = d.add_table(rows=len(part), cols=len(part[0]))
        for r, row in enumerate(part):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    d.save(str(path))


def build_left(out: Path) -> list[dict[str, Any]]:
    """The samples of the classes left after fixer15/16 (combined cause-and-measure column, a lone 自评得分 row)."""
    write_combined_column(out / "mon_combined_cause_measure_clean.docx")
    write_combined_stock_phrase(out / "mon_combined_cause_stock_phrase.xlsx")
    write_score_row_only(out / "se_score_row_only_clean.docx", SCORE_ROW_TOTAL)
    write_score_row_only(out / "se_score_row_only_sum.docx", "91.5")
    scores = {row[2]: float(row[6]) for row in SCORE_ROW_ROWS}
    return [
        {"file": "cycle/mon_combined_cause_measure_clean.docx", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": [], "must_not": list(MON_RULES),
         "note": "原因和措施合在一栏“偏差原因及纠偏措施”；站点设施完好率全年预计92%低于≥95%，勾“有可能”，栏内写“原因：……；措施：……”：无问题。",
         "expect": {"project_name": "示例县农村客运招呼站维护", "month": 6, "rate": 50.0, "amount_wan": 90.0}},
        {"file": "cycle/mon_combined_cause_stock_phrase.xlsx", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": ["MON-03"], "must_not": ["MON-01", "MON-02", "MON-04"],
         "note": "合在一栏的“偏差原因分析及改进措施”只写了原因和“按计划推进”：新增投放车辆全年预计600辆低于≥800辆，未说明纠偏措施（MON-03 警告）。",
         "expect": {"project_name": "示例市公共自行车系统运维", "month": 6, "rate": 48.0, "amount_wan": 150.0}},
        {"file": "cycle/se_score_row_only_clean.docx", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": [], "must_not": list(EV_RULES),
         "note": "指标表最后一行只写“自评得分 | 100 | 96.5”（没有“总分”行），这就是总分（含执行率得分9.5）：无问题。",
         "expect": {"project_name": "示例县农村饮水工程维修养护", "stated_total": 96.5, "rule_total": 96.5,
                    "grade": "优", "exec_score": 9.5, "rule_scores": scores}},
        {"file": "cycle/se_score_row_only_sum.docx", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": ["EV-04"], "must_not": ["EV-01", "EV-02", "EV-03", "EV-05", "EV-06"],
         "note": "同上，但“自评得分”写91.5分，各项得分（含执行率9.5分）之和是96.5分（EV-04）。",
         "expect": {"project_name": "示例县农村饮水工程维修养护", "stated_total": 91.5, "rule_total": 96.5,
                    "grade": "优", "exec_score": 9.5, "rule_scores": scores}},
    ]


def build_heldout8(out: Path) -> list[dict[str, Any]]:
    """Write the three monitoring samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write_situation_note(out / "mon_situation_note_funds_only.docx")
    write_possibility_ticks(out / "mon_possibility_ticks_clean.docx")
    write_remark_box(out / "mon_remark_box_clean.xlsx")
    return [
        {"file": "cycle/mon_situation_note_funds_only.docx", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": ["MON-01"], "must_not": ["MON-02", "MON-03", "MON-04"],
         "note": "“……项目2025年1-6月绩效运行监控情况说明”：正文一、（一）编号，只有一张资金执行表（执行率55%），没有任何指标完成情况"
                 "（MON-01）；项目名称不含表题里的期间。",
         "expect": {"project_name": "示例区城建档案数字化项目", "month": 6, "rate": 55.0, "amount_wan": 120.0}},
        {"file": "cycle/mon_possibility_ticks_clean.docx", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": [], "must_not": list(MON_RULES),
         "note": "完成目标可能性分“确定能/有可能/完全不可能”三列打√；问题整改销号率全年预计93%低于≥95%，勾“有可能”，原因和措施都写在"
                 "偏差原因栏，表末“存在问题及纠偏措施”也写了措施：无问题。",
         "expect": {"project_name": "示例区河湖日常巡查管护", "month": 6, "rate": 48.0, "amount_wan": 64.0}},
        {"file": "cycle/mon_remark_box_clean.xlsx", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": [], "must_not": list(MON_RULES),
         "note": "偏差原因分五类打√，职业技能培训全年预计520人次低于≥600人次，勾“人员保障”，备注写原因和已采取的措施，表末另有"
                 "“偏差原因说明”“纠偏措施”两栏：无问题。",
         "expect": {"project_name": "示例市社区矫正教育帮扶经费", "month": 8, "rate": 66.0, "amount_wan": 210.0}},
    ]


if __name__ == "__main__":
    print(len(build_heldout8(HERE / "cycle")) + len(build_left(HERE / "cycle")), "份样本已写入", HERE / "cycle")
