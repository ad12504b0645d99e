"""Build the blind held-out set heldout18 (multi-year and continuing projects, regions not used before).

Deterministic: the same files and labels.jsonl on every run. Projects, units and amounts are invented; the
layouts follow facts noted in README.md. Documents are rendered by the shared ../blind_render.py.

    PYTHONPATH=src .venv/bin/python corpus/eval/heldout18/make_docs.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_render import MERGE_LEFT, MERGE_UP, _spans, render  # noqa: E402

OUT = HERE / "files"
LABELS: list[dict[str, Any]] = []
TOTALS: dict[str, float] = {}

GS_NOT = ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-07", "GS-10", "GS-13", "GS-15", "GS-16"]
EA_NOT = ["EA-RPT-01", "EA-RPT-03", "EA-ECO-01", "EA-NEC-04", "GS-02"]
MON_NOT = ["MON-01", "MON-02", "MON-03"]
EV_NOT = ["EV-01", "EV-02", "EV-04", "EV-05"]
KIND_NOT = {"goal_sheet": GS_NOT, "appraisal_report": EA_NOT, "monitoring_table": MON_NOT, "self_evaluation": EV_NOT}


def label(name: str, kind: str, layout_class: str, layout: str, source: str, defect: str, must: list[str],
          drop: list[str], project: str | list[str], year: int, total: float | None,
          rows: int | None = None, rows_long: int = 0, must_not: list[str] | None = None) -> None:
    base = must_not if must_not is not None else KIND_NOT[kind]
    LABELS.append({
        "file": f"files/{name}", "kind": kind, "layout_class": layout_class, "layout": layout, "source": source,
        "defect": defect, "must": must, "must_not": [r for r in base if r not in drop], "evidence": {},
        "project_name": project, "fiscal_year": year, "total_funds_wan": total,
        "indicator_rows": rows if kind == "goal_sheet" else None, "indicator_rows_long": rows_long,
    })


def _col_widths(rows: list[list[str]], avail: float) -> list[float]:
    """Column widths for a pdf table from the longest unmerged cell of each column (reportlab otherwise splits
    Paragraph columns so that short numbers wrap one character a line)."""
    width = max(len(r) for r in rows)
    grid = [list(r) + [""] * (width - len(r)) for r in rows]
    need = [2.0] * width
    for row in grid:
        for j, cell in enumerate(row):
            spanned = j + 1 < width and row[j + 1] == MERGE_LEFT
            if cell in (MERGE_UP, MERGE_LEFT) or spanned:
                continue
            need[j] = max(need[j], min(len(str(cell)), 14))
    total = sum(need)
    return [avail * n / total for n in need]


def to_pdf(blocks: list[Any], path: Path) -> None:
    """blind_render.to_pdf with column widths set from the content (same fonts, spans and repeated header rows)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=9, leading=12)
    head = ParagraphStyle("h", fontName="STSong-Light", fontSize=14, leading=18, alignment=1)
    cell = ParagraphStyle("c", fontName="STSong-Light", fontSize=8, leading=10)
    page = landscape(A4)
    story: list[Any] = []
    for block in blocks:
        kind, content = block[0], block[1]
        if kind == "h":
            story += [Paragraph(content, head), Spacer(1, 6)]
        elif kind == "p":
            story += [Paragraph(content, body), Spacer(1, 3)]
        else:
            grid, spans = _spans(content)
            data = [[Paragraph(str(c), cell) for c in row] for row in grid]
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            style += [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in spans]
            t = Table(data, colWidths=_col_widths(content, page[0] - 60), repeatRows=block[2] if len(block) > 2 else 0)
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
    SimpleDocTemplate(str(path), pagesize=page, leftMargin=30, rightMargin=30).build(story)


def save(blocks: list[Any], name: str, **kw: Any) -> None:
    if name.endswith(".pdf"):
        to_pdf(blocks, OUT / name)
    else:
        render(blocks, OUT / name, **kw)


def fmt(x: float) -> str:
    """Amounts as offices type them: integers bare, otherwise two decimals."""
    return str(int(x)) if abs(x - round(x)) < 1e-9 else f"{x:.2f}"


# ---------------------------------------------------------------------------------------------------------
# Goal sheets
# ---------------------------------------------------------------------------------------------------------

def gs_prev_cur(name: str, *, project: str, dept: str, unit: str, period: str, funds: tuple[float, float, float],
                prev_funds: tuple[float, float], annual: str, period_goal: str,
                ind: list[tuple[str, ...]], fmt_: str) -> None:
    """甘肃式延续项目申报表: one sheet, 计量单位 then 上年指标值 | 上年完成值 | 本年指标值 (7 columns)."""
    total, grant, carry = funds
    rows = [
        ["项目支出绩效目标申报表（2027年度）", "<", "<", "<", "<", "<", "<"],
        ["填报单位（盖章）：" + unit, "<", "<", "<", "单位：万元", "<", "<"],
        ["项目名称", project, "<", "<", "项目属性", "延续项目", "<"],
        ["主管部门", dept, "<", "<", "实施单位", unit, "<"],
        ["项目期限", period, "<", "<", "项目类别", "其他运转类项目", "<"],
        ["资金情况（万元）", "年度资金总额", fmt(total), "<", "上年预算数", fmt(prev_funds[0]), "<"],
        ["^", "其中：财政拨款", fmt(grant), "<", "上年执行数", fmt(prev_funds[1]), "<"],
        ["^", "上年结转", fmt(carry), "<", "上年执行率", f"{prev_funds[1] / prev_funds[0] * 100:.1f}%", "<"],
        ["实施期总体目标", period_goal, "<", "<", "<", "<", "<"],
        ["2027年度目标", annual, "<", "<", "<", "<", "<"],
        ["一级指标", "二级指标", "三级指标", "计量单位", "上年指标值", "上年完成值", "本年指标值"],
    ]
    last = ""
    for r in ind:
        rows.append([r[0] if r[0] != last else "^", *r[1:]])
        last = r[0]
    save([("t", rows)], name)


GS01_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "维修养护集中供水工程", "处", "≥40", "43", "≥45"),
    ("产出指标", "数量指标", "更换入户智能水表", "块", "≥1500", "1620", "≥1800"),
    ("产出指标", "质量指标", "维修工程验收合格率", "%", "100", "100", "100"),
    ("产出指标", "时效指标", "年度维修任务完成时间", "", "2026年11月底前", "2026年11月20日", "2027年11月底前"),
    ("产出指标", "成本指标", "单处工程平均维修费用", "万元/处", "≤6.5", "6.1", "≤6.2"),
    ("效益指标", "社会效益指标", "农村自来水普及率", "%", "≥92", "92.6", "≥93"),
    ("效益指标", "可持续影响指标", "供水工程正常运行率", "%", "≥95", "96.2", "≥96"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "%", "≥90", "93.5", "≥90"),
]
GS02_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "管护小型水利设施", "处", "≥260", "274", "≥280"),
    ("产出指标", "数量指标", "清淤疏浚斗渠", "公里", "≥35", "36.4", "≥38"),
    ("产出指标", "质量指标", "管护设施完好率", "%", "≥90", "92.3", "≥92"),
    ("产出指标", "时效指标", "年度管护任务完成时间", "", "2026年10月底前", "2026年10月25日", "2028年6月底前"),
    ("产出指标", "成本指标", "每处设施年均管护费用", "万元/处", "≤0.55", "0.52", "≤0.55"),
    ("效益指标", "经济效益指标", "新增恢复灌溉面积", "亩", "≥3000", "3260", "≥3200"),
    ("效益指标", "可持续影响指标", "设施正常使用年限延长", "年", "≥3", "3", "≥3"),
    ("满意度指标", "服务对象满意度指标", "灌区农户满意度", "%", "≥90", "91.8", "≥90"),
]


def gs_two_tables(name: str, *, project: str, dept: str, unit: str, funds: tuple[float, float, float],
                  period_funds: tuple[float, float, float], period_goal: str, annual: str,
                  long_ind: list[tuple[str, ...]], ind: list[tuple[str, ...]]) -> None:
    """青海式三年期申报表: header table, 实施期 indicator table and 2027年度 indicator table (docx)."""
    total, grant, carry = funds
    p1, p2, p3 = period_funds
    head = [
        ["项目名称", project, "<", "<"],
        ["主管部门", dept, "实施单位", unit],
        ["项目属性", "延续项目", "实施期限", "2026年—2028年（三年）"],
        ["实施期资金总额", f"{fmt(p1 + p2 + p3)}万元（2026年{fmt(p1)}万元、2027年{fmt(p2)}万元、2028年{fmt(p3)}万元）", "<", "<"],
        ["年度资金总额", fmt(total), "其中：财政拨款", fmt(grant)],
        ["^", "^", "上年结转", fmt(carry)],
        ["实施期总体目标", period_goal, "<", "<"],
        ["2027年度目标", annual, "<", "<"],
    ]

    def table(rows: list[tuple[str, ...]]) -> list[list[str]]:
        out = [["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"]]
        last = ""
        for r in rows:
            out.append([r[0] if r[0] != last else "^", *r[1:]])
            last = r[0]
        return out

    blocks = [
        ("h", "项目支出绩效目标申报表"),
        ("p", "（2027年度）                                   金额单位：万元"),
        ("t", head),
        ("p", "一、实施期绩效指标（2026—2028年）"),
        ("t", table(long_ind)),
        ("p", "二、2027年度绩效指标"),
        ("t", table(ind)),
        ("p", "填报人：王某某    联系电话：0970-xxxxxxx    填报日期：2026年11月18日"),
    ]
    save(blocks, name)


GS03_LONG: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "草原有害生物累计防控面积", "≥", "60", "万亩"),
    ("产出指标", "质量指标", "防治效果", "≥", "85", "%"),
    ("产出指标", "时效指标", "三年防控任务完成时间", "≤", "2028年10月底前", ""),
    ("产出指标", "成本指标", "亩均防控成本", "≤", "25", "元/亩"),
    ("效益指标", "生态效益指标", "草原综合植被盖度", "≥", "57", "%"),
    ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥", "90", "%"),
]
GS03_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "草原有害生物防控面积", "≥", "20", "万亩"),
    ("产出指标", "数量指标", "固定监测点", "≥", "30", "个"),
    ("产出指标", "质量指标", "防治效果", "≥", "85", "%"),
    ("产出指标", "时效指标", "年度防控作业完成时间", "≤", "2027年9月底前", ""),
    ("产出指标", "成本指标", "亩均防控成本", "≤", "23", "元/亩"),
    ("效益指标", "经济效益指标", "挽回牧草损失", "≥", "2.4", "万吨"),
    ("效益指标", "生态效益指标", "草原综合植被盖度", "≥", "56.5", "%"),
    ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥", "90", "%"),
]
GS04_LONG: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "建后管护高标准农田面积（年均）", "≥", "12", "万亩"),
    ("产出指标", "质量指标", "田间工程设施完好率", "≥", "90", "%"),
    ("产出指标", "时效指标", "实施期管护任务完成时间", "≤", "2028年12月底前", ""),
    ("产出指标", "成本指标", "亩均年管护费用", "≤", "40", "元/亩"),
    ("效益指标", "经济效益指标", "粮食综合生产能力提高", "≥", "50", "公斤/亩"),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥", "90", "%"),
]
GS04_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "建后管护高标准农田面积", "≥", "12", "万亩"),
    ("产出指标", "数量指标", "维修田间道路", "≥", "45", "公里"),
    ("产出指标", "质量指标", "田间工程设施完好率", "≥", "90", "%"),
    ("产出指标", "时效指标", "年度管护任务完成时间", "≤", "2027年11月底前", ""),
    ("产出指标", "成本指标", "亩均年管护费用", "≤", "40", "元/亩"),
    ("效益指标", "经济效益指标", "亩均粮食产能提高", "≥", "15", "公斤/亩"),
    ("效益指标", "可持续影响指标", "管护制度落实村", "≥", "48", "个"),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥", "90", "%"),
]


def gs_nine_cols(name: str, *, project: str, dept: str, unit: str, total: float, annual: str, prev_goal: str,
                 ind: list[tuple[str, ...]]) -> None:
    """内蒙古式横版表（pdf）: 指标性质 | 2026年度指标值 | 2026年度实际完成值 | 2027年度指标值 | 计量单位 | 设定依据."""
    rows = [
        ["项目名称", project, "<", "<", "项目属性", "延续项目", "<", "项目期限", "2025年—2027年"],
        ["主管部门", dept, "<", "<", "实施单位", unit, "<", "<", "<"],
        ["资金情况（万元）", "年度资金总额", fmt(total), "财政拨款", fmt(total), "其他资金", "0", "上年结转", "0"],
        ["上年度目标完成情况", prev_goal, "<", "<", "<", "<", "<", "<", "<"],
        ["2027年度绩效目标", annual, "<", "<", "<", "<", "<", "<", "<"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "2026年度指标值", "2026年度实际完成值", "2027年度指标值",
         "计量单位", "指标值设定依据"],
    ]
    last = ""
    for r in ind:
        rows.append([r[0] if r[0] != last else "^", *r[1:]])
        last = r[0]
    save([("h", "项目支出绩效目标表（2027年度）"), ("p", "编制单位：" + unit + "                    金额单位：万元"),
          ("t", rows, 6)], name)


GS05_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "补助嘎查村卫生室", "=", "86", "86", "86", "个", "全县在册村卫生室数"),
    ("产出指标", "数量指标", "乡村医生轮训", "≥", "170", "182", "180", "人次", "上年完成182人次"),
    ("产出指标", "质量指标", "卫生室基本药物配备达标率", "≥", "95", "96.5", "96", "%", "上年实际水平"),
    ("产出指标", "时效指标", "补助资金拨付时间", "≤", "2026年6月30日", "2026年6月18日", "2027年6月30日", "", "县级资金管理办法"),
    ("产出指标", "成本指标", "每个卫生室年补助标准", "=", "2.4", "2.4", "2.5", "万元/个", "县政府常务会议纪要"),
    ("效益指标", "社会效益指标", "农牧民基本医疗服务可及率", "≥", "90", "91.8", "92", "%", "卫生健康事业发展规划"),
    ("效益指标", "可持续影响指标", "乡村医生在岗率", "≥", "95", "97.6", "96", "%", "按近三年平均水平设定"),
    ("满意度指标", "服务对象满意度指标", "农牧民就医满意度", "≥", "90", "94.2", "92", "%", "上年调查结果"),
]
GS06_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "生活垃圾收运覆盖嘎查村", "≥", "52", "54", "56", "个", "上年完成54个"),
    ("产出指标", "数量指标", "公共厕所日常保洁", "≥", "120", "126", "130", "座", "户厕改造台账"),
    ("产出指标", "质量指标", "垃圾日产日清率", "≥", "95", "96.8", "96", "%", "上年实际水平"),
    ("产出指标", "时效指标", "运维合同签订时间", "≤", "2026年3月31日", "2026年3月20日", "2027年3月31日", "", "采购计划"),
    ("产出指标", "成本指标", "项目运维总成本", "≤", "240", "236.5", "260", "万元", "运维合同"),
    ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥", "85", "87.2", "88", "%", "人居环境整治方案"),
    ("效益指标", "可持续影响指标", "长效管护机制覆盖嘎查村", "≥", "52", "54", "56", "个", "管护制度"),
    ("满意度指标", "服务对象满意度指标", "农牧民满意度", "≥", "90", "92.4", "90", "%", "上年调查结果"),
]


def gs_history(name: str, *, project: str, dept: str, unit: str, funds: list[tuple[str, float]], annual: str,
               history: list[tuple[str, ...]], ind: list[tuple[str, ...]]) -> None:
    """吉林式延续项目申报表（docx）: 项目历年执行情况小表; 指标值（2027年） before 指标值（2026年）."""
    total = funds[0][1]
    head = [
        ["项目名称", project, "<", "<"],
        ["主管部门", dept, "实施单位", unit],
        ["项目属性", "延续项目（2021年设立）", "项目类型", "补助类"],
        ["资金情况（万元）", funds[0][0], fmt(total), "<"],
    ]
    for lab, amount in funds[1:]:
        head.append(["^", lab, fmt(amount), "<"])
    head.append(["2027年度绩效目标", annual, "<", "<"])
    hist = [["年度", "预算数（万元）", "执行数（万元）", "执行率", "绩效自评等级"], *[list(h) for h in history]]
    rows = [["一级指标", "二级指标", "三级指标", "指标值（2027年）", "指标值（2026年）"]]
    last = ""
    for r in ind:
        rows.append([r[0] if r[0] != last else "^", *r[1:]])
        last = r[0]
    blocks = [
        ("h", "2027年度项目支出绩效目标申报表"),
        ("t", head),
        ("p", "项目历年执行情况"),
        ("t", hist),
        ("p", "绩效指标"),
        ("t", rows),
        ("p", "单位负责人：李某某        填表人：赵某某        2026年11月20日"),
    ]
    save(blocks, name)


GS07_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "保护性耕作作业面积", "≥30万亩", "≥28万亩"),
    ("产出指标", "数量指标", "补助农机作业主体", "≥160个", "≥150个"),
    ("产出指标", "质量指标", "作业质量抽检合格率", "≥95%", "≥95%"),
    ("产出指标", "时效指标", "作业完成时间", "2027年6月30日前", "2026年6月30日前"),
    ("产出指标", "成本指标", "亩均作业补助标准", "=24元/亩", "=25元/亩"),
    ("效益指标", "经济效益指标", "亩均节本增效", "≥40元", "≥40元"),
    ("效益指标", "生态效益指标", "秸秆覆盖还田率", "≥80%", "≥75%"),
    ("满意度指标", "服务对象满意度指标", "作业农户满意度", "≥90%", "≥90%"),
]
GS08_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "带状复合种植推广面积", "≥8万亩", "≥6万亩"),
    ("产出指标", "数量指标", "技术培训人次", "", "≥1000人次"),
    ("产出指标", "质量指标", "示范田技术到位率", "≥95%", "≥95%"),
    ("产出指标", "时效指标", "补助资金兑付时间", "2027年10月底前", "2026年10月底前"),
    ("产出指标", "成本指标", "亩均补助标准", "=150元/亩", "=150元/亩"),
    ("效益指标", "经济效益指标", "亩均增收", "≥100元", "≥100元"),
    ("效益指标", "社会效益指标", "大豆播种面积增加", "≥3万亩", "≥2万亩"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
]


def gs_rolling(name: str, *, project: str, dept: str, unit: str, money: list[list[float]], annual: str,
               ind: list[tuple[str, ...]]) -> None:
    """辽宁式三年滚动表（xlsx）: 资金和指标按 2027 | 2028 | 2029 年分列，预算年度为 2027."""
    tot, grant, other = money
    rows = [
        ["项目支出绩效目标表（2027—2029年滚动）", "<", "<", "<", "<", "<", "<"],
        ["预算年度：2027年", "<", "<", "<", "金额单位：万元", "<", "<"],
        ["项目名称", project, "<", "<", "项目属性", "延续项目", "<"],
        ["主管部门", dept, "<", "<", "实施单位", unit, "<"],
        ["资金情况", "<", "<", "2027年", "2028年", "2029年", "合计"],
        ["资金总额", "<", "<", *[fmt(x) for x in tot], fmt(sum(tot))],
        ["其中：财政拨款", "<", "<", *[fmt(x) for x in grant], fmt(sum(grant))],
        ["其他资金", "<", "<", *[fmt(x) for x in other], fmt(sum(other))],
        ["2027年度目标", annual, "<", "<", "<", "<", "<"],
        ["一级指标", "二级指标", "三级指标", "计量单位", "2027年指标值", "2028年指标值", "2029年指标值"],
    ]
    last = ""
    for r in ind:
        rows.append([r[0] if r[0] != last else "^", *r[1:]])
        last = r[0]
    save([("t", rows)], name)


GS09_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "补贴运营社区居家养老服务中心", "个", "≥18", "≥20", "≥22"),
    ("产出指标", "数量指标", "提供上门服务", "人次", "≥36000", "≥40000", "≥44000"),
    ("产出指标", "质量指标", "服务中心星级评定达标率", "%", "≥90", "≥92", "≥95"),
    ("产出指标", "时效指标", "年度运营补贴拨付时间", "", "2027年12月底前", "2028年12月底前", "2029年12月底前"),
    ("产出指标", "成本指标", "每个中心年运营补贴", "万元/个", "≤14", "≤13.5", "≤13"),
    ("效益指标", "社会效益指标", "社区老年人服务覆盖率", "%", "≥60", "≥65", "≥70"),
    ("效益指标", "可持续影响指标", "服务中心持续运营率", "%", "≥95", "≥95", "≥95"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "%", "≥90", "≥90", "≥92"),
]
GS10_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "运维城区公共厕所", "座", "≥210", "≥220", "≥230"),
    ("产出指标", "数量指标", "更新公厕设施设备", "套", "≥60", "≥60", "≥50"),
    ("产出指标", "质量指标", "公厕设施完好率", "%", "≥105", "≥98", "≥98"),
    ("产出指标", "时效指标", "设施报修处置时间", "小时", "≤24", "≤24", "≤24"),
    ("产出指标", "成本指标", "每座公厕年运维费用", "万元/座", "≤1.2", "≤1.2", "≤1.2"),
    ("效益指标", "社会效益指标", "如厕环境投诉下降", "%", "≥10", "≥10", "≥5"),
    ("效益指标", "可持续影响指标", "公厕智慧管理覆盖率", "%", "≥60", "≥80", "≥100"),
    ("满意度指标", "服务对象满意度指标", "市民满意度", "%", "≥90", "≥90", "≥90"),
]


def gs_prev_text(name: str, *, project: str, dept: str, unit: str, funds: tuple[float, float, float],
                 prev: str, annual: str, ind: list[tuple[str, ...]]) -> None:
    """山西式（pdf）: 上年度绩效目标完成情况一栏（过去式）, 本年度指标值 | 上年度实际完成值 | 备注."""
    total, grant, carry = funds
    rows = [
        ["项目名称", project, "<", "项目属性", "延续项目", "<"],
        ["主管部门", dept, "<", "实施单位", unit, "<"],
        ["项目起止年限", "2025年1月至2027年12月", "<", "本年度为实施期第三年", "<", "<"],
        ["资金情况（万元）", "年度资金总额", fmt(total), "财政拨款", fmt(grant), "<"],
        ["^", "^", "^", "上年结转", fmt(carry), "<"],
        ["上年度绩效目标完成情况", prev, "<", "<", "<", "<"],
        ["本年度绩效目标", annual, "<", "<", "<", "<"],
        ["一级指标", "二级指标", "三级指标", "本年度指标值", "上年度实际完成值", "备注"],
    ]
    last = ""
    for r in ind:
        rows.append([r[0] if r[0] != last else "^", *r[1:]])
        last = r[0]
    save([("h", "2027年项目支出绩效目标申报表"), ("t", rows, 8)], name)


GS11_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "新建村级污水收集管网", "≥18公里", "24.6公里", "剩余8个村"),
    ("产出指标", "数量指标", "新增接户", "≥2100户", "3050户", ""),
    ("产出指标", "质量指标", "管网工程验收合格率", "100%", "100%", ""),
    ("产出指标", "时效指标", "管网主体工程完工时间", "2027年10月31日前", "2026年10月28日", ""),
    ("产出指标", "成本指标", "每公里管网综合造价", "≤32万元", "31.4万元", "按施工图预算"),
    ("效益指标", "生态效益指标", "农村生活污水治理率", "≥65%", "52%", "全县口径"),
    ("效益指标", "可持续影响指标", "已建设施正常运行率", "≥90%", "93%", ""),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "94.5%", ""),
]
GS12_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "改造乡镇卫生院发热门诊", "≥9个", "6个", ""),
    ("产出指标", "数量指标", "配置负压救护车", "≥3辆", "2辆", ""),
    ("产出指标", "质量指标", "改造工程验收合格率", "100%", "100%", ""),
    ("产出指标", "时效指标", "改造工程完工时间", "2027年9月30日前", "2026年9月26日", ""),
    ("产出指标", "成本指标", "每个发热门诊改造费用", "≤45万元", "43.8万元", ""),
    ("效益指标", "社会效益指标", "乡镇卫生院发热患者规范分诊率", "≥95%", "93%", ""),
    ("效益指标", "可持续影响指标", "发热门诊设备正常使用率", "≥95%", "96%", ""),
    ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "92.6%", ""),
]


def gs_note_col(name: str, *, project: str, dept: str, unit: str, funds: tuple[float, float, float],
                annual: str, ind: list[tuple[str, ...]]) -> None:
    """海南式（docx）: 指标值 | 指标值说明（说明里写上年完成值和取值理由），项目属性写已实施年数."""
    total, grant, carry = funds
    head = [
        ["项目名称", project, "<", "<"],
        ["主管部门", dept, "实施单位", unit],
        ["项目属性", "延续项目（2025年起实施，2027年为第3年）", "项目负责人", "陈某某"],
        ["年度资金总额（万元）", fmt(total), "其中：当年财政拨款", fmt(grant)],
        ["^", "^", "上年结转资金", fmt(carry)],
        ["年度绩效目标", annual, "<", "<"],
    ]
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"]]
    last = ""
    for r in ind:
        rows.append([r[0] if r[0] != last else "^", *r[1:]])
        last = r[0]
    save([("h", "项目绩效目标表"), ("p", "（2027年度）"), ("t", head), ("t", rows)], name)


GS13_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "开展渔民安全生产培训", "≥1.35万人次", "2026年完成1.32万人次，按不低于上年确定"),
    ("产出指标", "数量指标", "更新渔船救生设备", "≥420套", "按2027年到期设备清单"),
    ("产出指标", "质量指标", "培训考核合格率", "≥95%", "2026年为96.1%"),
    ("产出指标", "时效指标", "设备发放完成时间", "2027年5月31日前", "休渔期结束前发放到位"),
    ("产出指标", "成本指标", "每套救生设备采购单价", "≤1800元/套", "2026年中标价1760元/套"),
    ("效益指标", "社会效益指标", "渔船安全事故起数", "≤2起", "2026年发生2起，目标不高于上年"),
    ("效益指标", "可持续影响指标", "渔船救生设备配备率", "≥98%", "2026年为97.4%"),
    ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%", "2026年调查为93.0%"),
]
GS14_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "热带作物病虫害监测点", "≥40个", "2026年建成38个"),
    ("产出指标", "数量指标", "统防统治面积", "≥6万亩", "2026年完成5.6万亩"),
    ("产出指标", "质量指标", "防控效果", "≥85%", "2026年为86.2%"),
    ("产出指标", "时效指标", "防控作业完成时间", "2027年11月30日前", "按作物生长期安排"),
    ("产出指标", "成本指标", "亩均统防统治补助", "≤35元/亩", "2026年为35元/亩"),
    ("效益指标", "经济效益指标", "挽回产量损失", "≥4500吨", "2026年为4380吨"),
    ("效益指标", "生态效益指标", "化学农药使用量下降", "≥3%", "较2026年"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "2026年调查为92.4%"),
]


def gs_three_cols(name: str, *, project: str, dept: str, unit: str, funds: tuple[float, float, float],
                  period_total: float, period_goal: str, annual: str, ind: list[tuple[str, ...]]) -> None:
    """宁夏式（xlsx）: 实施期指标值 | 2026年完成值 | 2027年指标值 | 计量单位 (three value columns)."""
    total, grant, carry = funds
    rows = [
        ["项目名称", project, "<", "<", "项目属性", "延续项目", "<"],
        ["主管部门", dept, "<", "<", "实施单位", unit, "<"],
        ["实施期", "2026—2028年", "<", "<", "实施期资金总额（万元）", fmt(period_total), "<"],
        ["2027年资金（万元）", "年度资金总额", fmt(total), "财政拨款", fmt(grant), "上年结转", fmt(carry)],
        ["实施期目标", period_goal, "<", "<", "<", "<", "<"],
        ["2027年度目标", annual, "<", "<", "<", "<", "<"],
        ["一级指标", "二级指标", "三级指标", "实施期指标值", "2026年完成值", "2027年指标值", "计量单位"],
    ]
    last = ""
    for r in ind:
        rows.append([r[0] if r[0] != last else "^", *r[1:]])
        last = r[0]
    save([("h", "2027年度项目支出绩效目标申报表"), ("t", rows)], name)


GS15_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "移民村特色种养殖扶持户", "≥1500", "480", "≥520", "户"),
    ("产出指标", "数量指标", "新建标准化养殖圈棚", "≥300", "96", "≥100", "座"),
    ("产出指标", "质量指标", "圈棚验收合格率", "100", "100", "100", "%"),
    ("产出指标", "时效指标", "扶持资金兑付时间", "2028年10月底前", "2026年10月15日", "2027年10月底前", ""),
    ("产出指标", "成本指标", "每座圈棚补助标准", "≤1.5", "1.5", "≤1.5", "万元/座"),
    ("效益指标", "经济效益指标", "扶持户年均增收", "≥3000", "3150", "≥3000", "元"),
    ("效益指标", "可持续影响指标", "扶持产业持续经营率", "≥90", "94", "≥90", "%"),
    ("满意度指标", "服务对象满意度指标", "扶持户满意度", "≥90", "95.2", "≥90", "%"),
]


def build_goal_sheets() -> None:
    src_prev = ("rulebook §2.2 GS-14（延续项目与上年实际比较，鄂州式表列出上年实际）；heldout3 README 黑龙江"
                "“上年度实际水平/本年度计划水平”列；本集设计")
    # gs01 / gs02 — 甘肃式延续项目（上年指标值 | 上年完成值 | 本年指标值）
    gs_prev_cur("gs01_gansu_prev_cur.xlsx", project="某县农村饮水安全工程维修养护项目", dept="某县水务局",
                unit="某县农村供水管理站", period="2026年1月—2028年12月", funds=(320, 280, 40),
                prev_funds=(300, 296.4),
                annual="2027年维修养护集中供水工程45处，更换入户智能水表1800块，农村自来水普及率达到93%以上。",
                period_goal="2026—2028年累计维修养护集中供水工程130处，农村自来水普及率达到94%。",
                ind=GS01_IND, fmt_="xlsx")
    label("gs01_gansu_prev_cur.xlsx", "goal_sheet", "gansu_prev_cur", "甘肃式延续项目：上年指标值|上年完成值|本年指标值",
          src_prev, "", [], [], "某县农村饮水安全工程维修养护项目", 2027, 320, rows=8)
    gs_prev_cur("gs02_gansu_prev_cur.xlsx", project="某县农田水利设施管护项目", dept="某县水务局",
                unit="某县灌溉服务中心", period="2026年1月—2028年12月", funds=(154, 140, 14),
                prev_funds=(150, 147.2),
                annual="2027年管护小型水利设施280处，清淤疏浚斗渠38公里，恢复灌溉面积3200亩。",
                period_goal="三年累计管护小型水利设施820处，设施完好率保持在92%以上。", ind=GS02_IND, fmt_="xlsx")
    label("gs02_gansu_prev_cur.xlsx", "goal_sheet", "gansu_prev_cur", "甘肃式延续项目：上年指标值|上年完成值|本年指标值",
          src_prev, "本年指标值列的年度时效“2028年6月底前”超出2027预算年度", ["GS-10"], ["GS-10"],
          "某县农田水利设施管护项目", 2027, 154, rows=8)

    # gs03 / gs04 — 青海式三年期：实施期表 + 年度表
    src_two = ("rulebook §2.2 GS-10（多年期项目分列中长期和年度目标）；renrendoc.com/paper/307484460.html"
               "（长期绩效指标、年度绩效指标两张表）")
    gs_two_tables("gs03_qinghai_two_tables.docx", project="某县草原有害生物防控项目", dept="某县林业和草原局",
                  unit="某县草原工作站", funds=(500, 460, 40), period_funds=(480, 500, 520),
                  period_goal="2026—2028年累计防控草原有害生物60万亩，防治效果85%以上，草原综合植被盖度达到57%。",
                  annual="2027年完成草原有害生物防控20万亩，布设固定监测点30个，防治效果不低于85%。",
                  long_ind=GS03_LONG, ind=GS03_IND)
    label("gs03_qinghai_two_tables.docx", "goal_sheet", "qinghai_two_tables", "青海式三年期：实施期指标表+2027年度指标表",
          src_two, "", [], [], "某县草原有害生物防控项目", 2027, 500, rows=8, rows_long=6)
    gs_two_tables("gs04_qinghai_two_tables.docx", project="某县高标准农田建后管护项目", dept="某县农业农村局",
                  unit="某县农田建设服务中心", funds=(500, 420, 50), period_funds=(480, 500, 520),
                  period_goal="2026—2028年对全县12万亩高标准农田实行建后管护，田间工程设施完好率保持在90%以上。",
                  annual="2027年管护高标准农田12万亩，维修田间道路45公里，设施完好率不低于90%。",
                  long_ind=GS04_LONG, ind=GS04_IND)
    label("gs04_qinghai_two_tables.docx", "goal_sheet", "qinghai_two_tables", "青海式三年期：实施期指标表+2027年度指标表",
          src_two, "年度资金总额500≠财政拨款420+上年结转50（=470）", ["GS-02"], ["GS-02"],
          "某县高标准农田建后管护项目", 2027, 500, rows=8, rows_long=6)

    # gs05 / gs06 — 内蒙古式横版：2026年度指标值 | 2026年度实际完成值 | 2027年度指标值
    src_nm = ("1.25.240.11:8082/sites/wltzq/zwinfo.jsp?id=19718（乌拉特中旗旗级绩效管理办法：苏木、镇和旗级预算部门）；"
              "jizihe.com/page/2024/0220/23399128.shtml（旗相当于县）；rulebook §2.2 GS-14")
    gs_nine_cols("gs05_neimeng_nine_cols.pdf", project="某县嘎查村卫生室运行补助项目", dept="某县卫生健康委员会",
                 unit="某县基层卫生服务中心", total=230,
                 prev_goal="2026年补助嘎查村卫生室86个，轮训乡村医生182人次，农牧民就医满意度94.2%。",
                 annual="2027年对86个嘎查村卫生室按每个2.5万元给予运行补助，轮训乡村医生180人次，基本医疗服务可及率达到92%。",
                 ind=GS05_IND)
    label("gs05_neimeng_nine_cols.pdf", "goal_sheet", "neimeng_nine_cols", "内蒙古式横版：上年指标值/上年实际/本年指标值/依据",
          src_nm, "", [], [], "某县嘎查村卫生室运行补助项目", 2027, 230, rows=8)
    gs_nine_cols("gs06_neimeng_nine_cols.pdf", project="某县农村牧区人居环境整治运维项目", dept="某县农牧局",
                 unit="某县农村牧区环境服务站", total=230,
                 prev_goal="2026年生活垃圾收运覆盖54个嘎查村，垃圾日产日清率96.8%。",
                 annual="2027年生活垃圾收运覆盖56个嘎查村，保洁公共厕所130座，无害化处理率达到88%。",
                 ind=GS06_IND)
    label("gs06_neimeng_nine_cols.pdf", "goal_sheet", "neimeng_nine_cols", "内蒙古式横版：上年指标值/上年实际/本年指标值/依据",
          src_nm, "2027年度成本指标“项目运维总成本≤260万元”超过年度资金总额230万元", ["GS-13"], ["GS-13"],
          "某县农村牧区人居环境整治运维项目", 2027, 230, rows=8)

    # gs07 / gs08 — 吉林式：历年执行情况小表；指标值（2027年）| 指标值（2026年）
    src_jl = "rulebook §2.2 GS-14、§3.1；heldout4 README（近两年金额大于当年）；本集设计（东北县级表没有检到页面）"
    gs_history("gs07_jilin_history.docx", project="某县黑土地保护性耕作补助项目", dept="某县农业农村局",
               unit="某县农业机械化技术推广站",
               funds=[("年度资金总额", 720), ("其中：中央财政补助", 520), ("省级财政补助", 120), ("县级财政配套", 80)],
               annual="2027年实施保护性耕作作业30万亩，补助农机作业主体160个，秸秆覆盖还田率达到80%以上。",
               history=[("2024年", "600", "588", "98.0%", "优"), ("2025年", "650", "631.2", "97.1%", "良"),
                        ("2026年（1-10月）", "700", "560", "80.0%", "—")],
               ind=GS07_IND)
    label("gs07_jilin_history.docx", "goal_sheet", "jilin_history", "吉林式：历年执行情况表+指标值（2027年）|（2026年）",
          src_jl, "", [], [], "某县黑土地保护性耕作补助项目", 2027, 720, rows=8)
    gs_history("gs08_jilin_history.docx", project="某县玉米大豆带状复合种植补助项目", dept="某县农业农村局",
               unit="某县农业技术推广中心",
               funds=[("年度资金总额", 1200), ("其中：中央财政补助", 1000), ("省级财政补助", 200)],
               annual="2027年推广玉米大豆带状复合种植8万亩，按每亩150元兑付补助，带动大豆播种面积增加3万亩。",
               history=[("2025年", "750", "742.5", "99.0%", "优"), ("2026年（1-10月）", "900", "870", "96.7%", "—")],
               ind=GS08_IND)
    label("gs08_jilin_history.docx", "goal_sheet", "jilin_history", "吉林式：历年执行情况表+指标值（2027年）|（2026年）",
          src_jl, "“技术培训人次”的指标值（2027年）空白（只填了2026年列）", ["GS-03"], ["GS-03", "GS-05"],
          "某县玉米大豆带状复合种植补助项目", 2027, 1200, rows=8)

    # gs09 / gs10 — 辽宁式三年滚动：2027 | 2028 | 2029
    src_ln = "rulebook §2.2 GS-10（中长期与年度目标分列）；heldout10 README 辽宁朝阳县事前评估细则；本集设计（滚动表）"
    gs_rolling("gs09_liaoning_rolling.xlsx", project="某市社区居家养老服务中心运营补贴项目", dept="某市民政局",
               unit="某市养老服务指导中心", money=[[260, 270, 280], [240, 250, 260], [20, 20, 20]],
               annual="2027年对18个社区居家养老服务中心给予运营补贴，提供上门服务36000人次以上，服务对象满意度达到90%。",
               ind=GS09_IND)
    label("gs09_liaoning_rolling.xlsx", "goal_sheet", "liaoning_rolling", "辽宁式三年滚动：资金与指标按2027/2028/2029分列",
          src_ln, "", [], [], "某市社区居家养老服务中心运营补贴项目", 2027, 260, rows=8)
    gs_rolling("gs10_liaoning_rolling.xlsx", project="某市城区公共厕所运维项目", dept="某市城市管理综合执法局",
               unit="某市环境卫生管理中心", money=[[252, 264, 276], [252, 264, 276], [0, 0, 0]],
               annual="2027年运维城区公共厕所210座，更新设施设备60套，报修24小时内处置。", ind=GS10_IND)
    label("gs10_liaoning_rolling.xlsx", "goal_sheet", "liaoning_rolling", "辽宁式三年滚动：资金与指标按2027/2028/2029分列",
          src_ln, "2027年列“公厕设施完好率 ≥105%”（率超过100%）", ["GS-07"], ["GS-07", "GS-05"],
          "某市城区公共厕所运维项目", 2027, 252, rows=8)

    # gs11 / gs12 — 山西式：上年度绩效目标完成情况（过去式）+ 本年度指标值 | 上年度实际完成值
    src_sx = ("rulebook §1.3（太原：8月底执行低于60%的项目重点监控，mof.gov.cn 山西财政信息联播）；"
              "rulebook §2.2 GS-15；本集设计")
    gs_prev_text("gs11_shanxi_prev_text.pdf", project="某县农村生活污水治理项目", dept="某县生态环境局",
                 unit="某县农村环境整治中心", funds=(620, 560, 60),
                 prev="2026年已完成12个村污水收集管网铺设24.6公里，接户3050户，管网验收合格率100%，资金执行率97.5%。",
                 annual="2027年计划完成剩余8个村污水收集管网18公里、接户2100户，全县农村生活污水治理率达到65%以上。",
                 ind=GS11_IND)
    label("gs11_shanxi_prev_text.pdf", "goal_sheet", "shanxi_prev_text", "山西式：上年度完成情况（过去式）+本年度/上年度实际两列",
          src_sx, "", [], [], "某县农村生活污水治理项目", 2027, 620, rows=8)
    gs_prev_text("gs12_shanxi_prev_text.pdf", project="某县乡镇卫生院发热门诊改造项目", dept="某县卫生健康局",
                 unit="某县卫生健康服务中心", funds=(480, 450, 30),
                 prev="2026年已完成6个乡镇卫生院发热门诊改造，配置负压救护车2辆，验收合格率100%。",
                 annual="已完成全县9个乡镇卫生院发热门诊改造和3辆负压救护车配置，群众满意度均达到95%以上。",
                 ind=GS12_IND)
    label("gs12_shanxi_prev_text.pdf", "goal_sheet", "shanxi_prev_text", "山西式：上年度完成情况（过去式）+本年度/上年度实际两列",
          src_sx, "“本年度绩效目标”写成已完成式（“已完成……均达到95%以上”）", ["GS-15"], ["GS-15"],
          "某县乡镇卫生院发热门诊改造项目", 2027, 480, rows=8)

    # gs13 / gs14 — 海南式：指标值说明列
    src_hn = ("mof.hainan.gov.cn/sczt/0503/202408/606c26ff0ea94ddfadea23748b6039d3.shtml（下达文件附绩效目标表，"
              "要求对照绩效目标表做好绩效监控）；本集设计（指标值说明列）")
    gs_note_col("gs13_hainan_note.docx", project="某县渔民安全生产保障项目", dept="某县海洋和渔业局",
                unit="某县渔业安全服务中心", funds=(186, 170, 16),
                annual="2027年开展渔民安全生产培训1.35万人次以上，更新渔船救生设备420套，渔船安全事故不超过2起。",
                ind=GS13_IND)
    label("gs13_hainan_note.docx", "goal_sheet", "hainan_note", "海南式：指标值|指标值说明（写上年完成值）",
          src_hn, "", [], [], "某县渔民安全生产保障项目", 2027, 186, rows=8)
    gs_note_col("gs14_hainan_note.docx", project="某县热带作物病虫害统防统治项目", dept="某县农业农村局",
                unit="XXXX", funds=(260, 240, 20),
                annual="2027年建设病虫害监测点40个，统防统治6万亩，防控效果85%以上，挽回产量损失4500吨。",
                ind=GS14_IND)
    label("gs14_hainan_note.docx", "goal_sheet", "hainan_note", "海南式：指标值|指标值说明（写上年完成值）",
          src_hn, "实施单位填“XXXX”（模板占位符）", ["GS-01"], ["GS-01"],
          "某县热带作物病虫害统防统治项目", 2027, 260, rows=8)

    # gs15 — 宁夏式三列
    gs_three_cols("gs15_ningxia_three_cols.xlsx", project="某县移民村特色产业扶持项目", dept="某县乡村振兴局",
                  unit="某县移民安置服务中心", funds=(200, 180, 20), period_total=600,
                  period_goal="2026—2028年扶持移民村1500户发展特色种养殖，新建标准化圈棚300座，扶持户年均增收3000元以上。",
                  annual="2027年扶持520户发展特色种养殖，新建标准化圈棚100座，扶持资金10月底前兑付到户。",
                  ind=GS15_IND)
    label("gs15_ningxia_three_cols.xlsx", "goal_sheet", "ningxia_three_cols", "宁夏式：实施期指标值|2026年完成值|2027年指标值|单位",
          "heldout14 README（银川市本级表式的资金栏）；rulebook §2.2 GS-10；本集设计", "", [], [],
          "某县移民村特色产业扶持项目", 2027, 200, rows=8)


# ---------------------------------------------------------------------------------------------------------
# Ex-ante reports and expert opinions
# ---------------------------------------------------------------------------------------------------------

BANDS = "评分80分（含）以上为“予以支持”，60分（含）至80分为“调整完善后予以支持”，60分以下为“不予支持”。"


def report(name: str, *, project: str, unit: str, dept: str, agency: str, date: str, amount: float,
           background: str, content: str, goal: str, detail: list[tuple[str, float, str, float, float | None]],
           history: list[tuple[str, ...]], basis: str, dims: list[tuple[str, int, str]], conclusion: str,
           recommend: float, advice: str, other: str, fmt_: str, source: str = "全部为县级财政拨款") -> None:
    """市级参考格式事前绩效评估报告（延续项目续期）: 封面字段 + 五章，资金测算表，以前年度执行表，五维评分表."""
    score = sum(d[1] for d in dims)
    det = [["序号", "支出内容", "数量", "单位", "单价（万元）", "金额（万元）"]]
    for k, (item, qty, unit_, price, amt) in enumerate(detail, 1):
        value = amt if amt is not None else round(qty * price, 2)
        det.append([str(k), item, fmt(qty), unit_, fmt(price), fmt(value)])
    det_total = sum((a if a is not None else round(q * p, 2)) for _, q, _, p, a in detail)
    det.append(["合计", "<", "<", "<", "<", fmt(det_total)])
    hist = [["年度", "预算数（万元）", "执行数（万元）", "执行率", "绩效评价结果"], *[list(h) for h in history]]
    score_t = [["评估维度", "分值", "得分", "主要评估意见"]]
    score_t += [[d[0], "20", str(d[1]), d[2]] for d in dims]
    score_t.append(["合计", "100", str(score), "—"])
    blocks: list[Any] = [
        ("h", f"{project}事前绩效评估报告"),
        ("t", [["项目名称", project], ["项目单位", unit], ["主管部门", dept], ["项目属性", "延续项目（到期续期）"],
               ["评估机构", agency], ["评估日期", date]]),
        ("h", "一、评估对象基本情况"),
        ("p", "（一）立项背景"), ("p", background),
        ("p", "（二）主要内容"), ("p", content),
        ("p", "（三）绩效目标"), ("p", goal),
        ("p", "（四）资金构成"),
        ("p", f"项目申请2027年度财政资金{fmt(amount)}万元，{source}。资金测算明细如下："),
        ("t", det),
        ("p", "以前年度实施及资金使用情况："),
        ("t", hist),
        ("h", "二、评估工作开展情况"),
        ("p", "（一）评估目的及对象"),
        ("p", f"评估对象为{project}2027年度申请资金，目的是判断项目到期后是否有必要继续安排预算、资金规模是否合理。"),
        ("p", "（二）评估思路及方式、方法"),
        ("p", "采用资料审核、现场调研、座谈访谈和专家评议相结合的方式，对照评分指标体系逐项打分。" + BANDS),
        ("p", "（三）评估工作程序"),
        ("p", "经前期准备、资料收集、现场核查、专家评议、撰写报告五个阶段完成评估。"),
        ("h", "三、综合评估情况与评估结论"),
        ("p", "（一）立项必要性"), ("p", basis + dims[0][2]),
        ("p", "（二）投入经济性"), ("p", dims[1][2]),
        ("p", "（三）绩效目标合理性"), ("p", dims[2][2]),
        ("p", "（四）实施方案可行性"), ("p", dims[3][2]),
        ("p", "（五）筹资合规性"), ("p", dims[4][2]),
        ("p", "（六）总体结论"),
        ("p", f"经综合评估，项目得分{score}分，评估结论为“{conclusion}”，建议预算控制数{fmt(recommend)}万元。"),
        ("t", score_t),
        ("h", "四、相关建议"), ("p", advice),
        ("h", "五、其他需要说明的问题"), ("p", other),
        ("p", f"{agency}    {date}"),
    ]
    save(blocks, name)


def build_reports() -> None:
    src_ea = ("rulebook §4.1（参考格式：封面字段+五章）；meiwen.anslib.com/fanwenku/414091.html（项目属性（新增/延续）字段）；"
              "heldout10 README 辽宁朝阳县细则（到期延续项目须重新评估）")
    dims_ok = [
        ("立项必要性", 18, "项目属于交通运输部门法定职责，县道、乡道、村道日常养护由县级承担事权，到期后仍有持续需求。"),
        ("投入经济性", 17, "养护定额依据省农村公路养护资金管理办法测算，单价与上年合同价持平。"),
        ("绩效目标合理性", 17, "目标与养护里程匹配，优良中等路率等指标参照上年实际确定。"),
        ("实施方案可行性", 17, "养护由乡镇分片实施，县公路事业发展中心按季度考核，管理制度健全。"),
        ("筹资合规性", 17, "资金全部由县级财政安排，无举债融资，资金来源可靠。"),
    ]
    report("ea01_jiangxi_renewal.docx", project="某县农村公路日常养护项目", unit="某县公路事业发展中心",
           dept="某县交通运输局", agency="某县财政局绩效评价中心", date="2026年11月12日", amount=450,
           background="本项目2024年设立，实施期2024—2026年，2026年底到期。按照到期延续项目重新开展事前绩效评估的要求，"
                      "单位申请2027—2029年继续实施。",
           content="对全县县道210公里、乡道380公里、村道250公里开展日常养护，包括路面保洁、坑槽修补、边沟清理和安全设施维护。",
           goal="2027年完成农村公路日常养护840公里，优良中等路率达到85%以上，群众满意度90%以上。",
           detail=[("县道日常养护", 210, "公里", 1.0, None), ("乡道日常养护", 380, "公里", 0.5, None),
                   ("村道日常养护", 250, "公里", 0.2, None)],
           history=[("2024年", "430", "421.4", "98.0%", "良（86分）"), ("2025年", "440", "435.6", "99.0%", "优（91分）"),
                    ("2026年（1-10月）", "445", "356", "80.0%", "—")],
           basis="项目依据《中华人民共和国公路法》和省农村公路管理养护体制改革实施意见设立。",
           dims=dims_ok, conclusion="予以支持", recommend=450,
           advice="建议将养护考核结果与乡镇养护资金拨付挂钩，并逐步引入市场化养护。", other="无。", fmt_="docx")
    label("ea01_jiangxi_renewal.docx", "appraisal_report", "jiangxi_renewal", "江西式到期延续项目事前评估：五章+测算表+以前年度表",
          src_ea, "", [], [], "某县农村公路日常养护项目", 2027, 450)

    dims_72 = [
        ("立项必要性", 16, "敬老院运营属民政部门职责，特困人员集中供养需求稳定。"),
        ("投入经济性", 13, "护理人员工资按上年标准测算，部分床位空置，运营成本偏高。"),
        ("绩效目标合理性", 14, "集中供养率目标偏低，与上年实际持平。"),
        ("实施方案可行性", 15, "由各乡镇敬老院组织实施，县民政局统一监管。"),
        ("筹资合规性", 14, "资金由县级财政安排，未落实上级补助资金。"),
    ]
    report("ea02_jiangxi_renewal.docx", project="某县乡镇敬老院运营补助项目", unit="某县社会福利中心",
           dept="某县民政局", agency="某县财政局绩效评价中心", date="2026年11月15日", amount=336,
           background="本项目2024年设立，实施期至2026年底。单位申请延续实施，2027年继续对全县14所乡镇敬老院给予运营补助。",
           content="对14所乡镇敬老院按入住特困人员数量给予运营补助，用于护理人员工资、伙食和日常运转。",
           goal="2027年集中供养特困人员560人，敬老院安全责任事故为0，入住人员满意度90%以上。",
           detail=[("特困人员集中供养运营补助", 560, "人", 0.5, None), ("护理人员工资补助", 56, "人", 1.0, None)],
           history=[("2024年", "320", "304", "95.0%", "良（82分）"), ("2025年", "330", "310.2", "94.0%", "良（80分）"),
                    ("2026年（1-10月）", "336", "252", "75.0%", "—")],
           basis="项目依据《社会救助暂行办法》和省特困人员救助供养制度实施办法设立。",
           dims=dims_72, conclusion="予以支持", recommend=336,
           advice="建议整合空置床位，按实际入住人数核定补助。", other="无。", fmt_="docx")
    label("ea02_jiangxi_renewal.docx", "appraisal_report", "jiangxi_renewal", "江西式到期延续项目事前评估：五章+测算表+以前年度表",
          src_ea, "评分表合计72分（报告写明80分以上才予以支持），结论却为“予以支持”", ["EA-RPT-03"], ["EA-RPT-03"],
          "某县乡镇敬老院运营补助项目", 2027, 336)

    dims_76 = [
        ("立项必要性", 17, "城市绿地养护是园林部门职责，已建成绿地需要持续管护。"),
        ("投入经济性", 13, "部分绿地养护单价高于周边城区，建议按一级、二级养护标准分类核定。"),
        ("绩效目标合理性", 15, "绿地完好率等目标参照上年实际设定，但缺少群众满意度以外的效益指标。"),
        ("实施方案可行性", 16, "通过政府采购确定养护单位，合同期一年，考核办法明确。"),
        ("筹资合规性", 15, "资金由区级财政安排，来源可靠。"),
    ]
    report("ea03_ningxia_renewal.pdf", project="某区城市绿地养护项目", unit="某区园林绿化服务中心",
           dept="某区住房和城乡建设局", agency="某区预算绩效管理中心", date="2026年11月8日", amount=380,
           background="项目为延续项目，2024—2026年为上一实施期，单位申请2027—2029年继续实施，本次评估2027年度资金。",
           content="对城区公园、道路绿带和街头游园共计185万平方米绿地开展日常养护。",
           goal="2027年养护城市绿地185万平方米，绿地完好率95%以上，市民满意度90%以上。",
           detail=[("一级养护绿地", 60, "万平方米", 3.0, None), ("二级养护绿地", 125, "万平方米", 1.6, None)],
           history=[("2024年", "360", "349.2", "97.0%", "良（84分）"), ("2025年", "372", "368.3", "99.0%", "良（88分）"),
                    ("2026年（1-10月）", "376", "282", "75.0%", "—")],
           basis="项目依据《城市绿化条例》和自治区城市园林绿化养护管理标准设立。",
           dims=dims_76, conclusion="调整完善后予以支持", recommend=350,
           advice="建议二级养护单价按1.36万元/万平方米核定，核减30万元，建议预算控制数350万元。",
           other="本次核减意见已与项目单位沟通，单位同意按核减后的金额调整绩效目标。", fmt_="pdf",
           source="全部为区级财政拨款")
    label("ea03_ningxia_renewal.pdf", "appraisal_report", "ningxia_renewal", "宁夏式延续项目事前评估（pdf）：76分调整完善后予以支持并核减",
          src_ea, "", [], [], "某区城市绿地养护项目", 2027, 380)

    dims_84 = [
        ("立项必要性", 18, "老旧小区燃气管道存在安全隐患，改造属于城镇燃气安全专项整治任务。"),
        ("投入经济性", 16, "主管更换单价参照近期中标价确定。"),
        ("绩效目标合理性", 17, "改造户数和公里数与摸排台账一致。"),
        ("实施方案可行性", 17, "由燃气企业施工，街道组织入户，进度安排合理。"),
        ("筹资合规性", 16, "资金由区级财政安排，燃气企业承担的庭院管网以外部分不在本项目申请范围内。"),
    ]
    report("ea04_ningxia_renewal.pdf", project="某区老旧小区燃气管道改造补助项目", unit="某区城市运行保障中心",
           dept="某区住房和城乡建设局", agency="某区预算绩效管理中心", date="2026年11月10日", amount=196,
           background="项目2025年启动，计划2025—2027年完成全区老旧小区燃气管道改造，2027年为最后一年。",
           content="对剩余3个老旧小区实施燃气主管更换和入户改造，并委托第三方开展监理检测。",
           goal="2027年完成燃气主管更换3.2公里、入户改造120户，改造后燃气安全事故为0。",
           detail=[("入户改造补助", 120, "户", 0.35, 40), ("燃气主管更换", 3.2, "公里", 45, None),
                   ("监理检测费", 1, "项", 12, None)],
           history=[("2025年", "210", "203.7", "97.0%", "良（85分）"), ("2026年（1-10月）", "205", "164", "80.0%", "—")],
           basis="项目依据城镇燃气管道老化更新改造实施方案设立。",
           dims=dims_84, conclusion="予以支持", recommend=196,
           advice="建议施工期间加强入户安全宣传。", other="无。", fmt_="pdf", source="全部为区级财政拨款")
    label("ea04_ningxia_renewal.pdf", "appraisal_report", "ningxia_renewal", "宁夏式延续项目事前评估（pdf）：测算表",
          src_ea, "测算表“入户改造补助 120户×0.35万元”写成40万元（应为42万元）", ["EA-ECO-01"], ["EA-ECO-01", "GS-02"],
          "某区老旧小区燃气管道改造补助项目", 2027, 196)

    # ea05 — 吉林式专家评审意见表（xlsx）
    experts = [("专家一", 84), ("专家二", 82), ("专家三", 80), ("专家四", 83), ("专家五", 83)]
    avg = sum(s for _, s in experts) / len(experts)
    rows = [
        ["事前绩效评估专家评审意见表", "<", "<", "<"],
        ["项目名称", "某县冰雪运动进校园项目", "<", "<"],
        ["申报单位", "某县教育局", "项目属性", "延续项目"],
        ["申请金额（万元）", "180", "评审日期", "2026年11月21日"],
        ["专家", "立项必要性、投入经济性、绩效目标合理性、实施方案可行性、筹资合规性综合打分", "<", "得分"],
        *[[n, "按评分指标体系逐项打分", "<", str(s)] for n, s in experts],
        ["平均得分", "<", "<", f"{avg:.1f}"],
        ["专家组意见", "项目已连续实施两年，学生参与面逐年扩大，测算依据充分。" + BANDS
         + f"专家组平均得分{avg:.1f}分，评审结论为“予以支持”，建议预算控制数180万元。", "<", "<"],
        ["专家组长签字", "（签字）", "财政部门意见", "同意专家组意见"],
    ]
    save([("t", rows)], "ea05_jilin_experts.xlsx")
    label("ea05_jilin_experts.xlsx", "appraisal_report", "jilin_experts", "吉林式专家评审意见表（xlsx）：5名专家平均82.4分予以支持",
          "rulebook §2.3 EA-RPT-05（专家意见）；heldout17 README（逐人打分评审意见）；本集设计", "", [], [],
          "某县冰雪运动进校园项目", 2027, 180, must_not=["EA-RPT-03", "EA-ECO-01", "EA-NEC-04", "GS-02"])

    dims_82 = [
        ("立项必要性", 17, "农村人居环境整治是乡村振兴重点任务，村庄保洁需求持续存在。"),
        ("投入经济性", 16, "保洁员补助按每人每月1500元测算，与上年一致。"),
        ("绩效目标合理性", 16, "保洁覆盖村数与全县行政村数一致。"),
        ("实施方案可行性", 17, "由乡镇统一聘用保洁员，县农业农村局按月考核。"),
        ("筹资合规性", 16, "资金由县级财政安排。"),
    ]
    report("ea06_liaoning_renewal.docx", project="某县村庄保洁长效管护项目", unit="某县农村环境服务中心",
           dept="某县农业农村局", agency="某县财政事务服务中心", date="2026年11月6日", amount=324,
           background="项目自2024年起实施，2026年底到期，单位申请2027年继续实施。",
           content="全县180个行政村聘用村庄保洁员180名，开展村庄公共区域日常保洁。",
           goal="2027年实现180个行政村保洁全覆盖，村庄环境整治达标率95%以上，村民满意度90%以上。",
           detail=[("村庄保洁员补助", 180, "人", 1.8, None)],
           history=[("2024年", "300", "291", "97.0%", "良（85分）"), ("2025年", "315", "311.9", "99.0%", "优（90分）"),
                    ("2026年（1-10月）", "324", "270", "83.3%", "—")],
           basis="项目依据《某县“十三五”农村人居环境整治规划（2016—2020年）》设立。",
           dims=dims_82, conclusion="予以支持", recommend=324,
           advice="建议探索村庄保洁市场化运营。", other="无。", fmt_="docx")
    label("ea06_liaoning_renewal.docx", "appraisal_report", "liaoning_renewal", "辽宁式延续项目事前评估：五章",
          src_ea, "立项依据为已到期的“十三五”规划（2016—2020年），用于2027年项目", ["EA-NEC-04"], ["EA-NEC-04"],
          "某县村庄保洁长效管护项目", 2027, 324)


# ---------------------------------------------------------------------------------------------------------
# Monitoring (2026, 1-7月) with 调整 requests
# ---------------------------------------------------------------------------------------------------------

def mon_adjust(name: str, *, project: str, dept: str, unit: str, budget: tuple[float, float, float, str],
               note: str, ind: list[tuple[str, ...]], fmt_: str) -> None:
    """甘肃/内蒙古式 136号监控表 + 调整后指标值 | 调整原因 两列（xlsx）."""
    y0, adj, done, rate = budget
    rows = [
        ["项目支出绩效运行监控表（2026年1-7月）", "<", "<", "<", "<", "<", "<", "<", "<", "<"],
        ["项目名称", project, "<", "<", "<", "项目属性", "延续项目", "<", "<", "<"],
        ["主管部门", dept, "<", "<", "<", "实施单位", unit, "<", "<", "<"],
        ["预算执行情况（万元）", "年初预算数", "调整后预算数", "1-7月执行数", "执行率", "全年预计执行数", "预计结转结余",
         "说明", "<", "<"],
        ["^", fmt(y0), fmt(adj), fmt(done), rate, fmt(adj), "0", note, "<", "<"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况", "偏差原因分析",
         "完成目标可能性", "调整后指标值", "调整原因"],
    ]
    last = ""
    for r in ind:
        rows.append([r[0] if r[0] != last else "^", *r[1:]])
        last = r[0]
    save([("t", rows)], name)


MON01_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "水质检测样本", "≥1200份", "760份", "1200份", "—", "确定能", "—", "—"),
    ("产出指标", "数量指标", "水质监测点位", "≥150个", "130个", "130个", "其他：3个乡镇集中供水并网，点位合并",
     "确定能（按调整后指标）", "≥130个", "供水工程并网后原点位减少20个"),
    ("产出指标", "质量指标", "检测结果上报及时率", "≥95%", "97%", "97%", "—", "确定能", "—", "—"),
    ("产出指标", "时效指标", "丰水期检测完成时间", "2026年9月底前", "进行中", "2026年9月底前", "—", "确定能", "—", "—"),
    ("产出指标", "成本指标", "单份样本检测费用", "≤0.12万元", "0.11万元", "0.11万元", "—", "确定能", "—", "—"),
    ("效益指标", "社会效益指标", "农村供水水质达标率", "≥90%", "91.5%", "≥90%", "—", "确定能", "—", "—"),
    ("效益指标", "可持续影响指标", "水质问题整改闭环率", "≥95%", "96%", "≥95%", "—", "确定能", "—", "—"),
    ("满意度指标", "服务对象满意度指标", "农村用水户满意度", "≥90%", "—（年末调查）", "≥90%", "—", "确定能", "—", "—"),
]
MON02_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "困难残疾人生活补贴发放人数", "≥3200人", "3180人", "3200人", "—", "确定能", "—", "—"),
    ("产出指标", "数量指标", "重度残疾人护理补贴发放人数", "≥2600人", "2610人", "2700人", "其他：新增评定对象",
     "确定能", "≥2700人", "年中新增评定重度残疾人100人，追加预算20万元"),
    ("产出指标", "质量指标", "补贴对象认定准确率", "100%", "100%", "100%", "—", "确定能", "—", "—"),
    ("产出指标", "时效指标", "补贴按月发放及时率", "100%", "100%", "100%", "—", "确定能", "—", "—"),
    ("产出指标", "成本指标", "护理补贴标准", "=80元/人·月", "80元/人·月", "80元/人·月", "—", "确定能", "—", "—"),
    ("效益指标", "社会效益指标", "残疾人基本生活保障水平", "达到省定标准", "达到", "达到", "—", "确定能", "—", "—"),
    ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", "—（年末调查）", "≥90%", "—", "确定能", "—", "—"),
]
MON04_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "牧区流动诊疗巡诊", "≥240次", "138次", "240次", "—", "确定能", "—", "—"),
    ("产出指标", "数量指标", "新建苏木卫生院远程会诊点", "≥6个", "0个", "0个", "", "完全不可能", "", ""),
    ("产出指标", "质量指标", "巡诊病历规范率", "≥95%", "96%", "96%", "—", "确定能", "—", "—"),
    ("产出指标", "时效指标", "巡诊车辆年检完成时间", "2026年6月底前", "2026年6月12日", "已完成", "—", "确定能", "—", "—"),
    ("产出指标", "成本指标", "单次巡诊平均费用", "≤0.3万元", "0.28万元", "0.29万元", "—", "确定能", "—", "—"),
    ("效益指标", "社会效益指标", "偏远牧户就诊距离缩短", "≥20公里", "22公里", "≥20公里", "—", "确定能", "—", "—"),
    ("满意度指标", "服务对象满意度指标", "牧民满意度", "≥90%", "—（年末调查）", "≥90%", "—", "确定能", "—", "—"),
]


def mon_request(name: str, *, project: str, dept: str, unit: str, budget: tuple[float, float, float, str],
                ind: list[tuple[str, ...]], adjust: list[tuple[str, ...]], reason: str) -> None:
    """吉林式（docx）: 监控表 + 附“绩效目标调整申请表”（指标名称 | 原指标值 | 调整后指标值 | 调整原因 | 调整依据）."""
    y0, adj, done, rate = budget
    head = [
        ["项目名称", project, "<", "<", "<", "<"],
        ["主管部门", dept, "<", "实施单位", unit, "<"],
        ["资金情况（万元）", "年初预算数", "调整后预算数（申请）", "1-7月执行数", "执行率", "全年预计执行数"],
        ["^", fmt(y0), fmt(adj), fmt(done), rate, fmt(adj)],
    ]
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况", "偏差原因分析",
             "完成目标可能性", "备注"]]
    last = ""
    for r in ind:
        rows.append([r[0] if r[0] != last else "^", *r[1:]])
        last = r[0]
    req = [["指标名称", "原指标值", "调整后指标值", "调整原因", "调整依据"], *[list(a) for a in adjust]]
    blocks = [
        ("h", "2026年项目支出绩效运行监控表"), ("p", "监控期间：2026年1月1日—7月31日"),
        ("t", head), ("t", rows),
        ("p", "附：绩效目标调整申请表"), ("t", req),
        ("p", "调整说明：" + reason),
        ("p", "填报单位（盖章）：" + unit + "    填报日期：2026年8月10日"),
    ]
    save(blocks, name)


MON03_IND: list[tuple[str, ...]] = [
    ("产出指标", "数量指标", "农村危房改造户数", "≥200户", "96户", "170户", "政策调整：部分农户纳入易地搬迁", "有可能",
     "申请调整为170户"),
    ("产出指标", "质量指标", "改造房屋竣工验收合格率", "100%", "100%", "100%", "—", "确定能", ""),
    ("产出指标", "时效指标", "改造任务完工时间", "2026年10月底前", "进行中", "2026年10月底前", "—", "确定能", ""),
    ("产出指标", "成本指标", "户均补助标准", "=2.5万元/户", "2.5万元/户", "2.5万元/户", "—", "确定能", ""),
    ("效益指标", "社会效益指标", "改造户住房安全保障率", "100%", "100%", "100%", "—", "确定能", ""),
    ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", "—", "≥90%", "—", "确定能", "年末开展调查"),
]


def mon_report(name: str) -> None:
    """海南式监控报告（pdf）: 正文 + 资金表（年初预算 | 上年结转 | 全年预算 | 1-7月执行 | 执行率）+ 指标表."""
    fund = [["年初预算数", "上年结转", "全年预算数", "1-7月执行数", "执行率"], ["300", "45", "345", "207", "60.0%"]]
    ind = [["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月完成值", "全年预计完成值", "偏差原因", "完成可能性"],
           ["产出指标", "数量指标", "培育热带水果标准化示范基地", "≥12个", "8个", "12个", "—", "确定能"],
           ["^", "质量指标", "示范基地认定达标率", "≥90%", "100%", "≥90%", "—", "确定能"],
           ["^", "时效指标", "年度培育任务完成时间", "2026年11月底前", "进行中", "2026年11月底前", "—", "确定能"],
           ["^", "成本指标", "每个基地补助标准", "≤25万元", "25万元", "25万元", "—", "确定能"],
           ["效益指标", "经济效益指标", "示范基地亩均增收", "≥800元", "—（收获期后统计）", "≥800元", "—", "有可能"],
           ["满意度指标", "服务对象满意度指标", "种植主体满意度", "≥90%", "—（年末调查）", "≥90%", "—", "确定能"]]
    blocks = [
        ("h", "某县热带水果标准化示范基地培育项目2026年1-7月绩效运行监控报告"),
        ("p", "一、项目基本情况"),
        ("p", "项目为延续项目，实施期2025—2027年，主管部门为某县农业农村局，实施单位为某县热带农业服务中心。"
              "2026年年初预算300万元，上年结转资金45万元，全年预算数345万元。"),
        ("p", "二、预算执行情况"),
        ("p", "截至7月31日，执行207万元，执行率60.0%（按全年预算数计算）。上年结转资金已全部支付。"),
        ("t", fund),
        ("p", "三、绩效目标完成情况"),
        ("t", ind),
        ("p", "四、偏差分析及下一步措施"),
        ("p", "亩均增收指标需在收获期后统计，目前预计能够完成；下一步将按季度拨付基地补助，确保年底前完成全年执行。"),
        ("p", "某县热带农业服务中心    2026年8月12日"),
    ]
    save(blocks, name)


def build_monitoring() -> None:
    src136 = ("rulebook §1.3（136号监控表各列、偏差原因类别、完成目标可能性；客观原因须同时调整预算和目标）；"
              "fsou.com/html/text/lar/173454/17345420_2.html（执行中申请调整预算的随调整预算一并上报绩效目标）")
    mon_adjust("mon01_gansu_adjust.xlsx", project="某县农村供水水质检测项目", dept="某县水务局", unit="某县水质检测中心",
               budget=(200, 170, 102, "60.0%"), note="3个乡镇集中供水并网，申请调减预算30万元，执行率按调整后预算计算",
               ind=MON01_IND, fmt_="xlsx")
    label("mon01_gansu_adjust.xlsx", "monitoring_table", "gansu_adjust", "甘肃式监控表+调整后指标值|调整原因（调减预算）",
          src136, "", [], [], "某县农村供水水质检测项目", 2026, 200)
    mon_adjust("mon02_gansu_adjust.xlsx", project="某县残疾人两项补贴项目", dept="某县残疾人联合会",
               unit="某县残疾人服务中心", budget=(240, 260, 117, "55.0%"), note="年中追加重度残疾人护理补贴20万元",
               ind=MON02_IND, fmt_="xlsx")
    label("mon02_gansu_adjust.xlsx", "monitoring_table", "gansu_adjust", "甘肃式监控表+调整后指标值|调整原因（追加预算）",
          src136, "执行率写55.0%，117÷260=45%（按年初240也只有48.75%）", ["MON-02"], ["MON-02"],
          "某县残疾人两项补贴项目", 2026, 240)
    mon_request("mon03_jilin_request.docx", project="某县农村危房改造补助项目", dept="某县住房和城乡建设局",
                unit="某县村镇建设服务中心", budget=(500, 425, 260, "61.2%"), ind=MON03_IND,
                adjust=[("农村危房改造户数", "≥200户", "≥170户", "30户纳入易地扶贫搬迁安置，不再实施原址改造",
                         "县易地搬迁安置对象名单")],
                reason="因30户改为易地搬迁，申请调减预算75万元（30户×2.5万元），同时将改造户数目标调整为170户。")
    label("mon03_jilin_request.docx", "monitoring_table", "jilin_request", "吉林式监控表+附绩效目标调整申请表（调减预算和目标）",
          src136, "", [], [], "某县农村危房改造补助项目", 2026, 500)
    mon_adjust("mon04_neimeng_adjust.xlsx", project="某县牧区流动医疗服务项目", dept="某县卫生健康委员会",
               unit="某县流动医疗服务队", budget=(150, 150, 84, "56.0%"), note="—", ind=MON04_IND, fmt_="xlsx")
    label("mon04_neimeng_adjust.xlsx", "monitoring_table", "neimeng_adjust", "内蒙古式监控表+调整后指标值|调整原因",
          src136 + "；1.25.240.11:8082/sites/wltzq/zwinfo.jsp?id=19718",
          "“新建远程会诊点”1-7月为0、全年预计0、“完全不可能”，偏差原因、调整后指标值和调整原因都空白",
          ["MON-03|MON-04"], ["MON-03"], "某县牧区流动医疗服务项目", 2026, 150)
    mon_report("mon05_hainan_report.pdf")
    label("mon05_hainan_report.pdf", "monitoring_table", "hainan_report", "海南式监控报告（正文+年初/上年结转/全年预算表+指标表）",
          src136 + "；mof.hainan.gov.cn/sczt/0503/202408/606c26ff0ea94ddfadea23748b6039d3.shtml",
          "", [], [], "某县热带水果标准化示范基地培育项目", 2026, 300)


# ---------------------------------------------------------------------------------------------------------
# Self-evaluation (2025) of continuing projects
# ---------------------------------------------------------------------------------------------------------

def score_row(kind: str, target: float, actual: float, weight: float) -> float:
    if kind == "ge":
        return weight if actual >= target else round(actual / target * weight, 2)
    if kind == "le":
        return weight if actual <= target else round(target / actual * weight, 2)
    return weight


def grade(total: float) -> str:
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def ev_table(name: str, *, project: str, dept: str, unit: str, money: tuple[float, float, float],
             carry: float, goal: tuple[str, str], ind: list[tuple[Any, ...]], override: dict[int, float] | None = None,
             grade_override: str | None = None, prev_col: bool = True, fmt_: str = "xlsx",
             narrative: list[tuple[str, str]] | None = None, title: str = "项目支出绩效自评表") -> float:
    """10号附件2式自评表，延续项目加“上年实际完成值”列. ind rows: (一级, 二级, 三级, 指标值文本, 上年文本, 实际文本,
    分值, kind, target, actual, 偏差原因)."""
    y0, full, done = money
    rate = done / full
    exec_score = round(min(rate, 1) * 10, 2)
    scores = []
    for k, r in enumerate(ind):
        s = score_row(r[7], r[8], r[9], r[6])
        if override and k in override:
            s = override[k]
        scores.append(s)
    total = round(exec_score + sum(scores), 2)
    g = grade_override or grade(total)
    cols = 10 if prev_col else 9
    pad = ["<"] * (cols - 7)
    rows = [
        [f"{title}（2025年度）", *["<"] * (cols - 1)],
        ["项目名称", project, "<", "<", "<", "项目属性", "延续项目（第2年）", *pad],
        ["主管部门", dept, "<", "<", "<", "实施单位", unit, *pad],
        ["项目资金（万元）", "<", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", *["<"] * (cols - 8)],
        ["年度资金总额", "<", fmt(y0), fmt(full), fmt(done), "10", f"{rate * 100:.1f}%", fmt(exec_score), *["<"] * (cols - 8)],
        ["其中：当年财政拨款", "<", fmt(y0), fmt(full - carry), fmt(done - carry), "—", "—", "—", *["<"] * (cols - 8)],
        ["上年结转", "<", "0", fmt(carry), fmt(carry), "—", "—", "—", *["<"] * (cols - 8)],
        ["年度总体目标", "<", "预期目标", "<", "<", "<", "实际完成情况", *["<"] * (cols - 7)],
        ["^", "<", goal[0], "<", "<", "<", goal[1], *["<"] * (cols - 7)],
    ]
    if prev_col:
        rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "上年实际完成值", "实际完成值", "分值", "得分",
                     "偏差原因分析及改进措施", "<"])
    else:
        rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "<"])
    last = ""
    for r, s in zip(ind, scores, strict=True):
        first = r[0] if r[0] != last else "^"
        last = r[0]
        if prev_col:
            rows.append([first, r[1], r[2], r[3], r[4], r[5], fmt(r[6]), fmt(s), r[10], "<"])
        else:
            rows.append([first, r[1], r[2], r[3], r[5], fmt(r[6]), fmt(s), r[10], "<"])
    if prev_col:
        rows.append(["总分", "<", "<", "<", "<", "<", "100", fmt(total), f"自评等级：{g}", "<"])
    else:
        rows.append(["总分", "<", "<", "<", "<", "100", fmt(total), f"自评等级：{g}", "<"])
    blocks: list[Any] = [("t", rows)]
    if narrative:
        blocks = [("h", f"{project}2025年度绩效自评报告")]
        for head, text in narrative:
            blocks += [("p", head), ("p", text)]
        blocks += [("p", "附表：项目支出绩效自评表"), ("t", rows)]
    save(blocks, name)
    TOTALS[name] = total
    return total


EV01_IND = [
    ("产出指标", "数量指标", "草原禁牧和草畜平衡监管面积", "≥420万亩", "418万亩", "425万亩", 15, "ge", 420, 425, "—"),
    ("产出指标", "数量指标", "聘用草管员", "≥260人", "258人", "262人", 10, "ge", 260, 262, "—"),
    ("产出指标", "质量指标", "补奖资金发放准确率", "100%", "100%", "100%", 10, "ge", 100, 100, "—"),
    ("产出指标", "时效指标", "补奖资金发放时间", "2025年8月底前", "2024年8月26日", "2025年8月22日", 5, "eq", 0, 0, "—"),
    ("产出指标", "成本指标", "草管员年均补助", "≤1.2万元/人", "1.2万元/人", "1.2万元/人", 10, "le", 1.2, 1.2, "—"),
    ("效益指标", "生态效益指标", "草原综合植被盖度", "≥45%", "44.2%", "44.4%", 15, "ge", 45, 44.4,
     "上年春旱持续，植被恢复慢于预期；已增加补播面积"),
    ("效益指标", "经济效益指标", "牧户户均补奖收入", "≥8000元", "7900元", "8150元", 15, "ge", 8000, 8150, "—"),
    ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%", "92.0%", "93.6%", 10, "ge", 90, 93.6, "—"),
]
EV02_IND = [
    ("产出指标", "数量指标", "农村牧区急救站点", "≥18个", "16个", "18个", 15, "ge", 18, 18, "—"),
    ("产出指标", "数量指标", "完成急救出车", "≥2400次", "2250次", "2510次", 10, "ge", 2400, 2510, "—"),
    ("产出指标", "质量指标", "急救病历书写合格率", "≥95%", "95.5%", "96.3%", 10, "ge", 95, 96.3, "—"),
    ("产出指标", "时效指标", "农村牧区平均急救响应时间", "≤30分钟", "33分钟", "36分钟", 10, "le", 30, 36,
     "冬季道路结冰，远距离出车增多；已增设两个夜间待命点"),
    ("产出指标", "成本指标", "单次出车平均成本", "≤0.05万元", "0.05万元", "0.048万元", 5, "le", 0.05, 0.048, "—"),
    ("效益指标", "社会效益指标", "急危重症患者院前救治成功率", "≥90%", "89.6%", "91.2%", 30, "ge", 90, 91.2, "—"),
    ("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥90%", "91.0%", "92.5%", 10, "ge", 90, 92.5, "—"),
]
EV03_IND = [
    ("产出指标", "数量指标", "改造提升赣南脐橙低产果园", "≥1.2万亩", "1.0万亩", "1.25万亩", 15, "ge", 1.2, 1.25, "—"),
    ("产出指标", "数量指标", "技术培训果农", "≥3000人次", "2800人次", "3120人次", 10, "ge", 3000, 3120, "—"),
    ("产出指标", "质量指标", "改造果园验收合格率", "≥95%", "96%", "97%", 10, "ge", 95, 97, "—"),
    ("产出指标", "时效指标", "改造任务完成时间", "2025年11月底前", "2024年11月20日", "2025年11月18日", 5, "eq", 0, 0, "—"),
    ("产出指标", "成本指标", "亩均改造补助", "≤800元/亩", "800元/亩", "800元/亩", 10, "le", 800, 800, "—"),
    ("效益指标", "经济效益指标", "改造果园亩均增收", "≥1500元", "1320元", "1380元", 15, "ge", 1500, 1380,
     "2025年秋季果品价格回落，亩均增收未达目标；下年引导果农错峰销售、发展电商订单"),
    ("效益指标", "可持续影响指标", "黄龙病株率", "≤1%", "1.2%", "0.8%", 15, "le", 1, 0.8, "—"),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "91%", "93%", 10, "ge", 90, 93, "—"),
]
EV04_IND = [
    ("产出指标", "数量指标", "移民安置区公共设施维修项目", "≥40个", "36个", "30个", 15, "ge", 40, 30,
     "10个项目因土地手续未完成推迟到2026年；已协调自然资源部门加快办理"),
    ("产出指标", "数量指标", "维修村内道路", "≥25公里", "22公里", "20公里", 10, "ge", 25, 20, "受雨季影响工期延后；已调整施工计划"),
    ("产出指标", "质量指标", "维修工程验收合格率", "100%", "100%", "100%", 10, "ge", 100, 100, "—"),
    ("产出指标", "时效指标", "年度维修任务完成率", "≥95%", "92%", "75%", 5, "ge", 95, 75, "同上，土地手续推迟"),
    ("产出指标", "成本指标", "每公里道路维修费用", "≤18万元", "17.6万元", "17.9万元", 10, "le", 18, 17.9, "—"),
    ("效益指标", "社会效益指标", "安置区群众出行条件改善村", "≥20个", "18个", "12个", 30, "ge", 20, 12,
     "部分道路未完工；2026年一季度完成剩余工程"),
    ("满意度指标", "服务对象满意度指标", "移民群众满意度", "≥90%", "90.5%", "82%", 10, "ge", 90, 82, "未完工村群众意见较多"),
]
EV05_IND = [
    ("产出指标", "数量指标", "开展椰林生态修复", "≥1800亩", "1650亩", "1820亩", 15, "ge", 1800, 1820, "—"),
    ("产出指标", "数量指标", "补植椰树", "≥3.6万株", "3.3万株", "3.65万株", 10, "ge", 3.6, 3.65, "—"),
    ("产出指标", "质量指标", "补植苗木成活率", "≥90%", "91%", "92.5%", 10, "ge", 90, 92.5, "—"),
    ("产出指标", "时效指标", "补植任务完成时间", "2025年10月底前", "2024年10月28日", "2025年10月20日", 5, "eq", 0, 0, "—"),
    ("产出指标", "成本指标", "亩均修复成本", "≤950元/亩", "960元/亩", "940元/亩", 10, "le", 950, 940, "—"),
    ("效益指标", "生态效益指标", "修复区植被覆盖率", "≥75%", "72%", "76.5%", 15, "ge", 75, 76.5, "—"),
    ("效益指标", "可持续影响指标", "管护责任落实率", "100%", "100%", "100%", 15, "ge", 100, 100, "—"),
    ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "92%", "94%", 10, "ge", 90, 94, "—"),
]
EV06_IND = [
    ("产出指标", "数量指标", "农村客运公交化改造线路", "≥12条", "8条", "9条", 15, "ge", 12, 9, "无"),
    ("产出指标", "数量指标", "新增农村客运站亭", "≥60个", "44个", "60个", 10, "ge", 60, 60, "无"),
    ("产出指标", "质量指标", "客运车辆安全检查合格率", "100%", "100%", "100%", 10, "ge", 100, 100, "无"),
    ("产出指标", "时效指标", "运营补贴拨付时间", "2025年12月20日前", "2024年12月18日", "2025年12月16日", 5, "eq", 0, 0, "无"),
    ("产出指标", "成本指标", "每条线路年运营补贴", "≤15万元", "15万元", "14.6万元", 10, "le", 15, 14.6, "无"),
    ("效益指标", "社会效益指标", "建制村通客车率", "100%", "100%", "100%", 15, "ge", 100, 100, "无"),
    ("效益指标", "社会效益指标", "农村客运日均客流量", "≥3000人次", "2500人次", "2400人次", 15, "ge", 3000, 2400, "无"),
    ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "91%", "92%", 10, "ge", 90, 92, "无"),
]


def build_self_eval() -> None:
    src10 = ("rulebook §5.1（10号附件2式自评表）、§2.5 EV-01/02/04；dongjiang.gov.cn/contents/24/15313.html"
             "（跨年项目自评逐项写指标值与全年实际完成值）；hh.gov.cn/info/11481/1179592.htm（年初批复与调整预算分列）")
    ev_table("ev01_neimeng_prev.xlsx", project="某县草原生态保护补助奖励项目", dept="某县林业和草原局",
             unit="某县草原监督管理站", money=(560, 560, 548.8), carry=0,
             goal=("2025年落实草原禁牧和草畜平衡监管420万亩，聘用草管员260人，补奖资金8月底前发放到户。",
                   "监管425万亩，聘用草管员262人，8月22日发放完毕；植被盖度44.4%，略低于目标。"),
             ind=EV01_IND)
    label("ev01_neimeng_prev.xlsx", "self_evaluation", "neimeng_prev", "内蒙古式延续项目自评表：年度指标值|上年实际完成值|实际完成值",
          src10, "", [], [], "某县草原生态保护补助奖励项目", 2025, 560)
    ev_table("ev02_neimeng_prev.xlsx", project="某县农村牧区院前急救项目", dept="某县卫生健康委员会",
             unit="某县急救中心", money=(320, 320, 313.6), carry=0,
             goal=("2025年建成农村牧区急救站点18个，完成急救出车2400次，平均响应时间不超过30分钟。",
                   "站点18个，出车2510次，平均响应时间36分钟。"),
             ind=EV02_IND, override={3: 10})
    label("ev02_neimeng_prev.xlsx", "self_evaluation", "neimeng_prev", "内蒙古式延续项目自评表：年度指标值|上年实际完成值|实际完成值",
          src10, "反向指标“≤30分钟”实际36分钟，仍得满分10分（应为30÷36×10≈8.33分）", ["EV-02"], ["EV-02"],
          "某县农村牧区院前急救项目", 2025, 320)
    ev_table("ev03_jiangxi_report.docx", project="某县脐橙低产果园改造提升项目", dept="某县农业农村局",
             unit="某县果业发展中心", money=(960, 1000, 980), carry=40,
             goal=("2025年改造提升低产果园1.2万亩，培训果农3000人次，改造果园亩均增收1500元以上。",
                   "改造1.25万亩，培训3120人次，亩均增收1380元。"),
             ind=EV03_IND, fmt_="docx",
             narrative=[
                 ("一、项目基本情况",
                  "本项目为延续项目，实施期2024—2026年，计划三年改造低产果园3.6万亩，2025年为第二年。2025年年初预算960万元，"
                  "上年结转40万元，全年预算数1000万元，全年执行980万元，执行率98.0%。"),
                 ("二、绩效目标完成情况",
                  "截至2025年底，两年累计改造2.25万亩，完成实施期目标的62.5%，进度符合三年计划。年度指标中亩均增收未达目标，"
                  "其余指标均已完成。"),
                 ("三、存在的问题及原因", "2025年秋季果品价格回落，改造果园亩均增收1380元，低于1500元的年度目标。"),
                 ("四、改进措施", "2026年引导果农错峰销售，发展电商订单，并将亩均增收目标按近两年实际重新测算。"),
             ], title="项目支出绩效自评表")
    label("ev03_jiangxi_report.docx", "self_evaluation", "jiangxi_report", "江西式延续项目自评报告（正文+附表），写实施期累计进度",
          src10, "", [], [], "某县脐橙低产果园改造提升项目", 2025, 960)
    t4 = ev_table("ev04_ningxia_prev.pdf", project="某县移民安置区公共设施维修项目", dept="某县乡村振兴局",
             unit="某县移民安置服务中心", money=(480, 480, 384), carry=0,
             goal=("2025年维修移民安置区公共设施项目40个、村内道路25公里。",
                   "完成维修项目30个、道路20公里，10个项目推迟到2026年。"),
             ind=EV04_IND, grade_override="良", fmt_="pdf")
    label("ev04_ningxia_prev.pdf", "self_evaluation", "ningxia_prev", "宁夏式延续项目自评表（pdf）：年度指标值|上年实际完成值|实际完成值",
          src10 + "；heldout14 README（银川市本级自评表）", f"总分{fmt(t4)}分（60–79分为“中”）却评“良”", ["EV-04"], ["EV-04"],
          "某县移民安置区公共设施维修项目", 2025, 480)
    ev_table("ev05_hainan_adjusted.xlsx", project="某县沿海椰林生态修复项目", dept="某县自然资源和规划局",
             unit="某县林业服务中心", money=(150, 180, 176.4), carry=30,
             goal=("2025年修复椰林1800亩，补植椰树3.6万株，成活率90%以上。",
                   "修复1820亩，补植3.65万株，成活率92.5%；年中使用上年结转资金30万元。"),
             ind=EV05_IND)
    label("ev05_hainan_adjusted.xlsx", "self_evaluation", "hainan_adjusted", "海南式自评表：全年预算含上年结转（执行对年初超过100%）",
          src10, "", [], [], "某县沿海椰林生态修复项目", 2025, 150)
    ev_table("ev06_jilin_report.docx", project="某县农村客运公交化改造补贴项目", dept="某县交通运输局",
             unit="某县道路运输服务中心", money=(260, 260, 250.9), carry=0,
             goal=("2025年完成12条农村客运线路公交化改造，新增站亭60个，日均客流3000人次。",
                   "改造9条线路，新增站亭60个，日均客流2400人次。"),
             ind=EV06_IND, prev_col=False, fmt_="docx",
             narrative=[
                 ("一、项目基本情况", "本项目为延续项目，2024年起实施，2025年为第二年，年初预算260万元，全年执行250.9万元。"),
                 ("二、绩效目标完成情况", "改造线路9条，新增站亭60个，日均客流2400人次。"),
                 ("三、存在的问题", "无。"),
                 ("四、改进措施", "无。"),
             ])
    label("ev06_jilin_report.docx", "self_evaluation", "jilin_report", "吉林式自评报告（正文+附表），无上年列",
          src10, "两项指标未完成（线路9/12、客流2400/3000），偏差原因、存在问题、改进措施都写“无”", ["EV-05"], ["EV-05"],
          "某县农村客运公交化改造补贴项目", 2025, 260)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    build_goal_sheets()
    build_reports()
    build_monitoring()
    build_self_eval()
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for lab in LABELS:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(LABELS)} files in {OUT}; self-evaluation totals {TOTALS}")


if __name__ == "__main__":
    main()
