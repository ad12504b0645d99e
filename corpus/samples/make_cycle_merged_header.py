"""Monitoring and self-evaluation forms with a merged two-row indicator header (all fictitious, 示例).

Written after the heldout5 blind set (``corpus/eval/heldout5/README.md``): provincial and city forms put a group label
"绩效指标" merged across the 一级/二级/三级 columns, with 一级指标 | 二级指标 | 三级指标 in the row below, and the
money block as a label "项目资金（万元）" merged down two rows beside a one-row header (年初预算数 / 全年预算数 /
全年执行数 / 分值 / 执行率 / 得分) — no 年度资金总额 or 合计 row. The texts, projects and figures are our own.

* ``mon_merged_header_no_cause.docx``: 1-7月 monitoring; one indicator's forecast falls short of the target and the
  偏差原因分析 cell is empty (MON-03).
* ``se_clean_merged_header.xlsx``: a clean self-evaluation; 9.6 execution points + 90 indicator points = 99.6.

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_merged_header.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本表为测试用虚构示例，所涉单位、数据均不真实。"

MON_TITLE = "2025年度示例市项目支出绩效运行监控表（1-7月）"
MON_ROWS = [
    ["项目名称", "示例市城区公共自行车运维", "", "", "", "", "", ""],
    ["主管部门", "示例市交通运输局", "", "", "实施单位", "示例市公共交通服务中心", "", ""],
    ["项目资金（万元）", "年初预算数", "调整后预算数", "1-7月执行数", "执行率", "偏差原因", "", ""],
    ["项目资金（万元）", "160", "160", "96", "60.00%", "", "", ""],
    ["绩效指标", "绩效指标", "绩效指标", "年度指标值", "1-7月执行情况", "全年预计完成情况", "偏差原因分析", "完成目标可能性"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况", "偏差原因分析", "完成目标可能性"],
    ["产出指标", "数量指标", "运维站点数量", "≥120个", "120个", "120个", "", "确定能"],
    ["产出指标", "质量指标", "车辆完好率", "≥95%", "93%", "90%", "", "有可能"],
    ["效益指标", "社会效益指标", "日均骑行人次", "≥8000人次", "7600人次", "8200人次", "", "确定能"],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "年底调查", "≥90%", "", "确定能"],
]
# Cells merged (row, first column, last column) in the monitoring form; the money label is merged down two rows.
MON_MERGES = [(0, 1, 7), (1, 1, 3), (1, 5, 7), (2, 5, 7), (3, 5, 7), (4, 0, 2)]

SE_TITLE = "2024年度示例市项目支出绩效自评表"
SE_ROWS = [
    [SE_TITLE, "", "", "", "", "", "", "", ""],
    ["项目名称", "示例市社区老年食堂运营补贴", "", "", "", "", "", "", ""],
    ["主管部门", "示例市民政局", "", "", "实施单位", "示例市民政局", "", "", ""],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "", ""],
    ["项目资金（万元）", "150", "150", "144", "10", "96.00%", "9.6", "", ""],
    ["绩效指标", "绩效指标", "绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因", "改进措施"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因", "改进措施"],
    ["产出指标", "数量指标", "运营老年食堂数量", "≥30个", "30个", "20", "20", "", ""],
    ["产出指标", "质量指标", "食品安全检查合格率", "≥98%", "100%", "20", "20", "", ""],
    ["产出指标", "时效指标", "补贴资金拨付及时率", "≥95%", "100%", "10", "10", "", ""],
    ["效益指标", "社会效益指标", "日均就餐老人人次", "≥3000人次", "3000人次", "30", "30", "", ""],
    ["满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%", "92%", "10", "10", "", ""],
    ["总分", "", "", "", "", "100", "99.6", "", ""],
    ["自评得分", "99.6", "", "", "自评等级", "优", "", "", ""],
    ["存在问题", "预算执行率96%，2家食堂补贴因年底结算未支付。", "", "", "", "", "", "", ""],
    ["改进措施", "提前组织年底结算，按季度拨付补贴。", "", "", "", "", "", "", ""],
]
SE_MERGES = [(0, 0, 8), (1, 1, 8), (2, 1, 3), (2, 5, 8), (5, 0, 2), (13, 1, 3), (13, 5, 8), (14, 1, 8), (15, 1, 8)]


def write_monitoring_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph(MON_TITLE)
    d.add_paragraph(NOTICE)
    table = d.add_table(rows=len(MON_ROWS), cols=len(MON_ROWS[0]))
    for r, row in enumerate(MON_ROWS):
        for c, text in enumerate(row):
            if text and not (c > 0 and any(m[0] == r and m[1] < c <= m[2] for m in MON_MERGES)):
                table.cell(r, c).text = text
    for r, first, last in MON_MERGES:
        table.cell(r, first).merge(table.cell(r, last))
    table.cell(2, 0).merge(table.cell(3, 0))  # 项目资金（万元） over its header and data rows
    d.add_paragraph("填报人：示例    填报日期：2025年8月10日")
    d.save(str(path))


def write_self_evaluation_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "项目支出绩效自评表"
    for r, row in enumerate(SE_ROWS, start=1):
        for c, text in enumerate(row, start=1):
            if text and not (c > 1 and any(m[0] == r - 1 and m[1] < c - 1 <= m[2] for m in SE_MERGES)):
                ws.cell(row=r, column=c, value=float(text) if _number(text) else text)
    for r, first, last in SE_MERGES:
        ws.merge_cells(start_row=r + 1, start_column=first + 1, end_row=r + 1, end_column=last + 1)
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    ws.cell(row=len(SE_ROWS) + 2, column=1, value=NOTICE)
    wb.save(str(path))


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


MON_RULES = ["MON-01", "MON-02", "MON-03", "MON-04"]
EV_RULES = ["EV-01", "EV-02", "EV-03", "EV-04", "EV-05", "EV-06"]


def build_merged_header(out: Path) -> list[dict[str, Any]]:
    """Write both forms into ``out`` and return their labels (appended to cycle_labels.yaml by make_cycle.build)."""
    write_monitoring_docx(out / "mon_merged_header_no_cause.docx")
    write_self_evaluation_xlsx(out / "se_clean_merged_header.xlsx")
    return [
        {"file": "cycle/mon_merged_header_no_cause.docx", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": ["MON-03"], "must_not": [r for r in MON_RULES if r != "MON-03"],
         "note": "两行合并表头（“绩效指标”横跨一级/二级/三级，下一行才是一级指标/二级指标/三级指标）；车辆完好率全年预计90%低于≥95%，"
                 "偏差原因分析为空。",
         "expect": {"project_name": "示例市城区公共自行车运维", "month": 7, "rate": 60.0}},
        {"file": "cycle/se_clean_merged_header.xlsx", "kind": "self_evaluation", "fiscal_year": 2024,
         "must": [], "must_not": list(EV_RULES),
         "note": "两行合并表头的自评表；“项目资金（万元）”纵向合并两行，下一行就是金额（没有年度资金总额/合计行），执行率得分9.6；"
                 "五个指标全部完成，总分99.6。",
         "expect": {"project_name": "示例市社区老年食堂运营补贴", "stated_total": 99.6, "rule_total": 99.6, "grade": "优",
                    "rule_scores": {"运营老年食堂数量": 20.0, "食品安全检查合格率": 20.0, "补贴资金拨付及时率": 10.0,
                                    "日均就餐老人人次": 30.0, "就餐老人满意度": 10.0},
                    "exec_score": 9.6}},
    ]


if __name__ == "__main__":
    print(len(build_merged_header(HERE / "cycle")), "份样本已写入", HERE / "cycle")
