"""Monitoring tables with adjusted targets, of the heldout18 class handled by fixer37 (LAYOUTS.md L100; all fictitious).

Facts from public pages (search, pages corpus, as heldout18's README records them): a unit that asks to adjust its budget
during the year reports the adjusted performance targets with it (fsou.com, 绩效评价管理办法); monitoring follows the
targets as approved. Monitoring tables then carry "调整后指标值 | 调整原因" columns, or attach a 绩效目标调整申请表
("指标名称 | 原指标值 | 调整后指标值 | 调整原因 | 调整依据"). The projects, texts and figures are our own.

* ``mon_adjusted_column_f37.xlsx``: one indicator's full-year forecast (130个) is below the original target (≥150个)
  but meets the adjusted one in the same row (≥130个, with its reason): judged against the adjusted target (clean).
* ``mon_adjust_request_f37.docx``: the table's forecast (170户) is below ≥200户; the attached request table adjusts it
  to ≥170户 with reason and basis (clean).
* ``mon_adjusted_still_short_f37.pdf``: the adjusted target (≥140个) is still above the forecast (130个) and no cause
  or measure is written (MON-03, judged against the adjusted target).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_f37.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"

# 一级, 二级, 三级, 年度指标值, 1-7月完成值, 全年预计, 偏差原因, 完成目标可能性, 调整后指标值, 调整原因
COLUMN_ROWS = [
    ["产出指标", "数量指标", "河道保洁长度", "≥86公里", "86公里", "86公里", "—", "确定能", "—", "—"],
    ["产出指标", "数量指标", "水质监测断面", "≥150个", "130个", "130个", "其他：两个乡镇断面合并", "确定能（按调整后指标）",
     "≥130个", "断面合并后原断面减少20个"],
    ["产出指标", "质量指标", "保洁考核合格率", "≥95%", "96%", "96%", "—", "确定能", "—", "—"],
    ["产出指标", "时效指标", "汛前清淤完成时间", "2026年5月底前", "2026年5月20日", "2026年5月底前", "—", "确定能", "—", "—"],
    ["效益指标", "生态效益指标", "河道水质达标率", "≥90%", "91%", "≥90%", "—", "确定能", "—", "—"],
    ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "—（年末调查）", "≥90%", "—", "确定能", "—", "—"],
]


def _column_table(rows: list[list[str]], budget: tuple[str, str, str, str]) -> DocModel:
    title = "示例县2026年项目支出绩效运行监控表（1-7月）"
    g = Grid([2.0, 1.6, 2.4, 1.5, 1.5, 1.5, 2.2, 1.6, 1.5, 2.2])
    g.add(["项目名称", ("示例县河道保洁及水质监测项目", 4), "项目属性", ("延续项目", 4)], labels=(0, 5))
    g.add(["主管部门", ("示例县水利局", 4), "实施单位", ("示例县河湖管护中心", 4)], labels=(0, 5))
    g.add(["预算执行情况（万元）", "年初预算数", "调整后预算数", "1-7月执行数", "执行率", "全年预计执行数", ("说明", 4)],
          header=True)
    start, adjusted, executed, rate = budget
    g.add(["", start, adjusted, executed, rate, adjusted, ("两个乡镇监测断面合并，申请调减预算，执行率按调整后预算计算", 4)])
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况", "偏差原因分析",
           "完成目标可能性", "调整后指标值", "调整原因"], header=True)
    for r in rows:
        g.add(r)
    return DocModel(title=title, blocks=[Para(title, "title"), Para(NOTICE, "notice"), g], notice=NOTICE,
                    sheet_name="监控表")


def _request_table() -> DocModel:
    title = "示例县2026年项目支出绩效运行监控表"
    g = Grid([2.0, 1.8, 2.6, 1.6, 1.6, 1.6, 2.4, 1.6, 2.0])
    g.add(["项目名称", ("示例县农村危房改造补助项目", 8)], labels=(0,))
    g.add(["主管部门", ("示例县住房和城乡建设局", 3), "实施单位", ("示例县村镇建设服务中心", 4)], labels=(0, 4))
    g.add(["资金情况（万元）", "年初预算数", "调整后预算数（申请）", "1-7月执行数", "执行率", ("全年预计执行数", 4)], header=True)
    g.add(["", "500", "425", "260", "61.2%", ("425", 4)])
    ind = Grid([2.0, 1.8, 2.6, 1.6, 1.6, 1.6, 2.4, 1.6, 2.0])
    ind.add(["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况", "偏差原因分析",
             "完成目标可能性", "备注"], header=True)
    for r in (["产出指标", "数量指标", "农村危房改造户数", "≥200户", "96户", "170户", "政策调整：部分农户纳入易地搬迁", "有可能",
               "见所附调整申请表"],
              ["产出指标", "质量指标", "改造房屋竣工验收合格率", "100%", "100%", "100%", "—", "确定能", ""],
              ["产出指标", "时效指标", "改造任务完工时间", "2026年10月底前", "进行中", "2026年10月底前", "—", "确定能", ""],
              ["效益指标", "社会效益指标", "改造户住房安全保障率", "100%", "100%", "100%", "—", "确定能", ""],
              ["满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", "—", "≥90%", "—", "确定能", "年末开展调查"]):
        ind.add(r)
    req = Grid([2.6, 1.6, 1.6, 3.6, 2.6])
    req.add(["指标名称", "原指标值", "调整后指标值", "调整原因", "调整依据"], header=True)
    req.add(["农村危房改造户数", "≥200户", "≥170户", "30户纳入易地搬迁安置，不再原址改造", "县易地搬迁安置对象名单"])
    blocks: list[Any] = [Para(title, "title"), Para(NOTICE, "notice"), Para("监控期间：2026年1月1日—7月31日"), g, ind,
                         Para("附：绩效目标调整申请表", "heading"), req,
                         Para("调整说明：30户改为易地搬迁，申请调减预算75万元（30户×2.5万元），同时将改造户数目标调整为170户。")]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="监控表")


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


def build_f37(out: Path) -> list[dict[str, Any]]:
    """Write the three samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write(_column_table(COLUMN_ROWS, ("200", "180", "108", "60.0%")), out / "mon_adjusted_column_f37.xlsx")
    write(_request_table(), out / "mon_adjust_request_f37.docx")
    short = [list(r) for r in COLUMN_ROWS]
    short[1] = ["产出指标", "数量指标", "水质监测断面", "≥150个", "130个", "130个", "", "有可能", "≥140个", "断面合并"]
    write(_column_table(short, ("200", "180", "108", "60.0%")), out / "mon_adjusted_still_short_f37.pdf")
    project = "示例县河道保洁及水质监测项目"
    return [
        {"file": "cycle/mon_adjusted_column_f37.xlsx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": ["MON-01", "MON-02", "MON-03", "MON-04"],
         "note": "监控表末两列“调整后指标值 | 调整原因”：水质监测断面全年预计130个，低于原目标≥150个，但同一行已调整为≥130个并写明原因，"
                 "按调整后指标值核对（结果说明写明）；执行率108÷调整后预算180＝60%：无问题。",
         "expect": {"project_name": project, "month": 7, "rate": 60.0, "amount_wan": 200.0}},
        {"file": "cycle/mon_adjust_request_f37.docx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": ["MON-01", "MON-02", "MON-03", "MON-04"],
         "note": "监控表后附“绩效目标调整申请表”，把农村危房改造户数由≥200户调为≥170户（原因、依据齐全），表中全年预计170户："
                 "按调整后指标值核对，无问题。",
         "expect": {"project_name": "示例县农村危房改造补助项目", "month": 7, "rate": 61.2, "amount_wan": 500.0}},
        {"file": "cycle/mon_adjusted_still_short_f37.pdf", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": ["MON-03"], "must_not": ["MON-01", "MON-02"],
         "note": "同一监控表（PDF），水质监测断面调整后指标值≥140个，全年预计130个仍达不到，偏差原因空白（MON-03，按调整后指标值）。",
         "expect": {"project_name": project, "month": 7, "rate": 60.0, "amount_wan": 200.0}},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_f37(HERE / "cycle")), "份样本已写入", HERE / "cycle")
