"""Monitoring and self-evaluation forms of the heldout26 classes handled by fixer49 (LAYOUTS_CYCLE.md; all fictitious).

heldout26's README describes a monitoring form with a "完成进度(%) | 是否偏离" pair on the funds row and on every
indicator row (no 完成目标可能性 column: 是否偏离 and 全年预计完成值 take its place), and a 自评表 scored by 权重 whose
last column is "偏差原因分析及改进措施". They are written here again with our own projects and figures:

* ``mon_progress_clean_fixer49.xlsx``: funds "年初预算数 | 调整后预算数 | 1—6月执行数 | 完成进度(%) | 是否偏离 |
  偏离原因及纠偏措施", 完成进度 on the adjusted budget; one indicator marked 是 with its cause and measure: clean.
* ``mon_progress_rate_wrong_fixer49.pdf``: the same form whose funds row states 完成进度 60.00 while 66 ÷ 165 is 40%
  (MON-02 error).
* ``mon_deviated_blank_fixer49.docx``: the same form where an indicator marked 是否偏离 “是” leaves 偏离原因, 纠偏措施
  and 全年预计完成值 empty (MON-03 error).
* ``se_weight_explained_fixer49.xlsx``: a 权重 自评表, one target missed with its cause written: clean (EV-05 silent).
* ``se_weight_unexplained_fixer49.docx``: the same form with two targets missed, the cause column, 存在问题 and 改进措施
  all “无” (EV-05 error).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_fixer49.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"
EV_RULES = ["EV-01", "EV-02", "EV-04", "EV-05"]
MON_RULES = ["MON-01", "MON-02", "MON-03"]
MON_PROJECT = "示例县2026年农村公路日常养护项目"
SE_PROJECT = "示例镇2025年农村饮水安全巩固提升项目"

MON_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "1—6月实际完成值", "完成进度(%)", "是否偏离", "偏离原因",
              "纠偏措施", "全年预计完成值"]
MON_ROWS = [
    ["产出指标", "数量指标", "日常养护农村公路里程", "≥420公里", "420公里", "100.00", "否", "—", "—", "420公里"],
    ["产出指标", "数量指标", "修补路面坑槽面积", "≥6000平方米", "1800平方米", "30.00", "是",
     "雨季集中在上半年，修补作业推迟", "7月起增加两个作业班组", "6000平方米"],
    ["产出指标", "质量指标", "养护路段优良路率", "≥80%", "82%", "102.50", "否", "—", "—", "82%"],
    ["产出指标", "时效指标", "水毁路段抢通时间", "≤48小时", "36小时", "100.00", "否", "—", "—", "36小时"],
    ["效益指标", "社会效益指标", "沿线群众出行便利度提升", "定性：明显提升", "有所提升", "—", "否", "—", "—", "明显提升"],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "年底测评", "—", "否", "—", "—", "90%"],
]


def _monitoring(stated: str = "40.00", blank: bool = False) -> DocModel:
    rows = [list(r) for r in MON_ROWS]
    if blank:
        rows[1][7:] = ["", "", ""]  # 修补路面坑槽面积 marked 是: cause, measure and forecast left empty
    g = Grid([1.6, 1.6, 2.2, 1.4, 1.4, 1.2, 1.0, 1.8, 1.8, 1.4])
    g.add(["项目名称", (MON_PROJECT, 3), "主管部门", ("示例县交通运输局", 5)], labels=(0, 4))
    g.add(["实施单位", ("示例县农村公路养护中心", 3), "监控时点", ("2026年6月30日", 5)], labels=(0, 4))
    g.add(["资金情况", "年初预算数", "调整后预算数", "1—6月执行数", "完成进度(%)", "是否偏离", ("偏离原因及纠偏措施", 4)],
          labels=(0,))
    g.add(["年度资金总额", "180.00", "165.00", "66.00", stated, "否", ("—", 4)], labels=(0,))
    g.add(MON_HEADER, header=True)
    first = len(g.rows)
    for r in rows:
        g.add(r)
    for col in (0, 1):
        start = first
        for r in range(first + 1, len(g.rows) + 1):
            if r == len(g.rows) or g.rows[r][col] != g.rows[start][col]:
                g.vmerge(col, start, r - 1)
                start = r
    title = "2026年项目支出绩效运行监控表"
    blocks: list[Any] = [Para(title, "title"), Para("（监控期间：2026年1—6月）　金额单位：万元", "body"),
                         Para(NOTICE, "notice"), g, Para("总体情况说明：项目按计划推进。", "body")]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="Sheet1")


# 一级, 二级, 三级, 年度指标值, 全年实际完成值, 权重, 得分, 偏差原因分析及改进措施
SE_ROWS = [
    ["产出指标", "数量指标", "新建改造供水管网长度", "≥18公里", "18公里", "15", "15.00", "—"],
    ["产出指标", "数量指标", "受益农村人口", "≥6000人", "6000人", "10", "10.00", "—"],
    ["产出指标", "质量指标", "管网工程验收合格率", "=100%", "100%", "10", "10.00", "—"],
    ["产出指标", "时效指标", "工程完工时间", "2025年10月底前", "2025年10月", "10", "10.00", "—"],
    ["产出指标", "成本指标", "每公里管网综合造价", "≤25万元", "24.5万元", "5", "5.00", "—"],
    ["效益指标", "社会效益指标", "农村自来水普及率", "≥95%", "96%", "20", "20.00", "—"],
    ["效益指标", "可持续影响指标", "供水设施正常运行率", "≥95%", "97%", "10", "10.00", "—"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", "10", "10.00", "—"],
]


def _self_evaluation(unexplained: bool) -> DocModel:
    rows = [list(r) for r in SE_ROWS]
    if unexplained:
        # 15 ÷ 18 × 15 = 12.50; 5400 ÷ 6000 × 10 = 9.00; both explained nowhere
        rows[0][4:] = ["15公里", "15", "12.50", "无"]
        rows[1][4:] = ["5400人", "10", "9.00", "无"]
        problems, measures = "无", "无"
    else:
        # 16.2 ÷ 18 × 15 = 13.50, the cause written in the row
        rows[0][4:] = ["16.2公里", "15", "13.50", "一处穿越河道段需另行审批，年内未能施工；已办结审批，次年一季度完工"]
        problems, measures = "穿河段审批时间长，影响管网建设进度。", "提前办理涉河审批，分段组织施工。"
    total = 9.60 + sum(float(r[6]) for r in rows)
    g = Grid([1.6, 1.6, 2.2, 1.4, 1.4, 1.0, 1.0, 2.4])
    g.add(["项目名称", (SE_PROJECT, 3), "主管部门", ("示例县水利局", 3)], labels=(0, 4))
    g.add(["实施单位", ("示例县示例镇人民政府", 3), "自评年度", ("2025年度", 3)], labels=(0, 4))
    g.add(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "权重", "执行率", "得分", "偏差原因分析及改进措施"],
          labels=(0,))
    g.add(["年度资金总额", "450.00", "400.00", "384.00", "10", "96.00%", "9.60", "—"], labels=(0,))
    g.add(["其中：财政拨款", "450.00", "400.00", "384.00", "—", "—", "—", "—"], labels=(0,))
    g.add(["年度总体目标", ("预期目标：新建改造供水管网18公里，受益6000人", 3),
           ("实际完成情况：" + ("完成管网15公里，受益5400人" if unexplained else "完成管网16.2公里，受益6000人"), 4)],
          labels=(0,))
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值", "权重", "得分", "偏差原因分析及改进措施"],
          header=True)
    first = len(g.rows)
    for r in rows:
        g.add(r)
    for col in (0, 1):
        start = first
        for r in range(first + 1, len(g.rows) + 1):
            if r == len(g.rows) or g.rows[r][col] != g.rows[start][col]:
                g.vmerge(col, start, r - 1)
                start = r
    grade = "优" if total >= 90 else "良"
    g.add([("总分", 5), "100", f"{total:.2f}", f"自评等级：{grade}"], labels=(0,))
    g.add(["存在问题", (problems, 7)], labels=(0,))
    g.add(["改进措施", (measures, 7)], labels=(0,))
    title = "2025年度项目支出绩效自评表"
    blocks: list[Any] = [Para(title, "title"), Para("金额单位：万元", "right"), Para(NOTICE, "notice"), g,
                         Para("填报人：　　联系电话：　　单位负责人：", "body")]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="Sheet1")


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


def build_fixer49(out: Path) -> list[dict[str, Any]]:
    """Write the five samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write(_monitoring(), out / "mon_progress_clean_fixer49.xlsx")
    write(_monitoring(stated="60.00"), out / "mon_progress_rate_wrong_fixer49.pdf")
    write(_monitoring(blank=True), out / "mon_deviated_blank_fixer49.docx")
    write(_self_evaluation(False), out / "se_weight_explained_fixer49.xlsx")
    write(_self_evaluation(True), out / "se_weight_unexplained_fixer49.docx")
    mon = {"project_name": MON_PROJECT, "amount_wan": 180.0}
    se = {"project_name": SE_PROJECT, "amount_wan": 450.0}
    return [
        {"file": "cycle/mon_progress_clean_fixer49.xlsx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": list(MON_RULES),
         "note": "进度偏离式监控表（xlsx）：资金一行“年初预算数180.00 | 调整后预算数165.00 | 1—6月执行数66.00 | 完成进度(%) 40.00 | "
                 "是否偏离 否”，完成进度按调整后预算计（66÷165=40%）；指标带“完成进度(%) | 是否偏离 | 偏离原因 | 纠偏措施 | 全年预计完成值”，"
                 "标“是”的一项写明原因和措施，满意度写“年底测评”：无问题。",
         "expect": dict(mon)},
        {"file": "cycle/mon_progress_rate_wrong_fixer49.pdf", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": ["MON-02"], "must_not": ["MON-01", "MON-03"],
         "note": "同一表式（PDF），资金完成进度写60.00，而66.00÷165.00=40%（MON-02 错误）。",
         "expect": dict(mon)},
        {"file": "cycle/mon_deviated_blank_fixer49.docx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": ["MON-03"], "must_not": ["MON-01", "MON-02"],
         "note": "同一表式（docx），“修补路面坑槽面积”标“是”偏离（1—6月1800/6000平方米），偏离原因、纠偏措施、全年预计完成值都空着（MON-03 错误）。",
         "expect": dict(mon)},
        {"file": "cycle/se_weight_explained_fixer49.xlsx", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": [], "must_not": list(EV_RULES),
         "note": "权重偏差式自评表（xlsx）：资金“年初预算数 | 全年预算数 | 全年执行数 | 权重 | 执行率 | 得分 | 偏差原因分析及改进措施”，"
                 "执行率384÷400=96.00%得9.60；管网16.2/18公里按比例得13.50并在偏差原因栏写明原因和措施，总分98.10优：无问题。",
         "expect": dict(se)},
        {"file": "cycle/se_weight_unexplained_fixer49.docx", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": ["EV-05"], "must_not": ["EV-01", "EV-02", "EV-04"],
         "note": "同一表式（docx），管网15/18公里、受益5400/6000人两项未完成（按比例得12.50、9.00），偏差原因栏写“无”，"
                 "表后存在问题、改进措施也写“无”（EV-05 错误）。",
         "expect": dict(se)},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_fixer49(HERE / "cycle")), "份样本已写入", HERE / "cycle")
