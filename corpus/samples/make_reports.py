"""Generate the sample appraisal reports (事前绩效评估报告) and paired goal sheets, all fictitious (示例).

Layouts: Word with heading styles, Word with plain numbered paragraphs (一、（一）1.), and PDF
(reportlab, STSong-Light, no font package needed). Wording varies across provinces: the Henan-style
five dimensions, Beijing-style 评估内容 sections, the policy variant names, and the 财政支持方式
variant. Each defect sample carries one defect; labels are in ``report_labels.yaml``.

Usage: python corpus/samples/make_reports.py [OUT_DIR]   (default: corpus/samples/reports)
"""

from __future__ import annotations

import copy
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# Byte-stable OOXML output (fixed zip timestamps and core dates), shared with the goal-sheet samples.
from make_goal_sheets import FIXED_DATE, _stable_zip  # noqa: E402

Element = tuple[Any, ...]  # ("h", level, text) | ("p", text) | ("table", rows) | ("break",)

INDICATOR_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"]


@dataclass
class Sheet:
    """A goal sheet (绩效目标申报表) as rows of a six-column table."""

    name: str
    department: str
    unit: str
    attribute: str = "新增"
    period: str = "2025年1月—2025年12月"
    total: str = "120"
    fiscal: str = "120"
    annual_goal: str = ""
    indicators: list[list[str]] = field(default_factory=list)

    def rows(self) -> list[list[str]]:
        rows = [
            ["项目名称", self.name, "主管部门", self.department, "", ""],
            ["实施单位", self.unit, "项目属性", self.attribute, "", ""],
            ["项目期限", self.period, "项目负责人", "李明（示例）", "", ""],
            ["项目资金（万元）", "年度资金总额", self.total, self.total, "", ""],
            ["项目资金（万元）", "其中：财政拨款", self.fiscal, self.fiscal, "", ""],
            ["项目资金（万元）", "上年结转", "0", "0", "", ""],
            ["项目资金（万元）", "其他资金", "0", "0", "", ""],
            ["年度绩效目标", self.annual_goal, "", "", "", ""],
            list(INDICATOR_HEADER),
        ]
        rows.extend(list(r) for r in self.indicators)
        return [[*r, *([""] * (6 - len(r)))] for r in rows]


@dataclass
class Report:
    """What one sample report says; ``render`` turns it into elements for any layout."""

    file: str
    layout: str  # docx_styled | docx_numbered | pdf
    style: str  # henan | beijing | policy | support
    name: str
    unit: str
    department: str
    requested: str = "120"  # 万元, as written in the narrative
    period: str = "2025年1月至2025年12月"
    attribute: str = "新增"
    budget: list[list[str]] = field(default_factory=list)  # item, quantity, price(元), amount(万元), basis
    budget_total: str | None = None
    citations: str = ("依据《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）和"
                      "《项目支出绩效评价管理办法》（财预〔2020〕10号），并符合《云溪区国民经济和社会发展第十四个五年规划纲要》"
                      "关于补齐民生短板的要求。")
    goals_text: str = ""
    score: str | None = "86"
    conclusion: str = "综合评估得分86分，评估结论为“予以支持”。"
    recommended: str | None = "建议预算控制数为120万元。"
    evaluator: str | None = "评估机构：云溪区财政局绩效评估小组（示例）"
    report_date: str | None = "2024年9月20日"
    submission: str = "本报告作为2025年预算申报材料，预算申报截止日期为2024年10月31日。"
    sheet: Sheet | None = None
    omit: set[str] = field(default_factory=set)
    empty: set[str] = field(default_factory=set)
    filler: int = 3  # paragraphs of ordinary analysis per dimension (makes the report several pages)


# ---- content -------------------------------------------------------------------------------------

DIMENSION_TITLES = {
    "henan": ["立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性"],
    "beijing": ["立项必要性", "投入经济性", "目标合理性", "实施可行性", "筹资合规性"],
    "policy": ["政策设立必要性", "政策保障充分性", "政策目标合理性", "政策实施可持续性", "政策资金合规性"],
    "support": ["立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "财政支持方式科学性"],
}
FILLER = {
    0: "从现实需求看，{name}服务对象明确，群众反映集中，项目内容与实施单位“三定”职责相符，属于本级公共财政保障范围。"
       "评估组查阅了近三年的工作台账和群众来信来访记录，相关问题逐年增多，需要通过财政资金予以解决。",
    1: "评估组逐项核对了预算明细和测算依据，主要单价参照本区现行支出标准和三家供应商询价结果确定，"
       "取价不高于同类项目近两年中标价格，成本控制措施具体可行，未发现超标准配置的情况。",
    2: "项目申报表设置了产出、效益和满意度三类指标，指标细化量化程度较好，指标值参照历史数据和行业标准确定，"
       "与预算规模基本匹配，能够反映项目的主要产出和预期效果。",
    3: "实施方案明确了工作内容、进度安排和责任分工，采购方式符合政府采购有关规定，验收标准清晰，"
       "实施单位具备相应的组织管理能力，项目前置审批手续已经办理完毕。",
    4: "项目资金全部由区本级一般公共预算安排，资金来源渠道合规，事权与支出责任相匹配，"
       "不存在违规举债或变相融资的情况，资金拨付进度与实施进度相衔接。",
}


def _budget_rows(r: Report) -> list[list[str]]:
    rows = [["序号", "支出内容", "数量", "单价（元）", "金额（万元）", "测算依据"]]
    for i, line in enumerate(r.budget, start=1):
        rows.append([str(i), *line])
    total = r.budget_total or f"{sum(float(line[3]) for line in r.budget):.2f}".rstrip("0").rstrip(".")
    rows.append(["合计", "合计", "", "", total, ""])
    return rows


def _section(elements: list[Element], level: int, number: str, title: str, body: list[str] | str | None) -> None:
    elements.append(("h", level, f"{number}{title}"))
    if body is None:
        return
    for p in [body] if isinstance(body, str) else body:
        elements.append(("p", p))


def render(r: Report) -> list[Element]:
    """The report as a list of layout-neutral elements."""
    el: list[Element] = []
    el.append(("title", f"{r.name}事前绩效评估报告（示例）"))
    el.append(("p", "示例：本报告为测试用虚构示例，所涉单位、数据均不真实。"))
    el.append(("p", f"项目名称：{r.name}"))
    el.append(("p", f"实施单位：{r.unit}"))
    el.append(("p", f"主管部门：{r.department}"))
    if r.evaluator:
        el.append(("p", r.evaluator))
    if r.report_date:
        el.append(("p", f"评估日期：{r.report_date}"))
    el.append(("break",))
    dims = DIMENSION_TITLES[r.style]
    fill = {k: [FILLER[k].format(name=r.name)] * max(1, r.filler) for k in FILLER}
    dim_keys = ["necessity", "economy", "goal_rationality", "feasibility", "funding_compliance"]
    basic = [f"{r.name}由{r.unit}负责实施，项目属性为{r.attribute}，实施期限为{r.period}。",
             f"项目申请财政资金{r.requested}万元，全部用于{r.name}的实施。", r.submission]
    if r.style == "beijing":
        _section(el, 1, "一、", "项目基本情况", basic)
        _section(el, 1, "二、", "评估原则", "坚持客观公正、依据充分、重点突出、科学规范的原则。")
        _section(el, 1, "三、", "评估目的", "为科学安排预算、提高财政资金使用效益提供决策参考。")
        _section(el, 1, "四、", "评估程序和方法", "评估组采用资料审核、实地调研、专家论证和比较分析相结合的方法。")
        el.append(("h", 1, "五、评估内容"))
        top = "六、"
    else:
        el.append(("h", 1, "一、评估对象基本情况"))
        _section(el, 2, "（一）", "立项背景", [basic[0], basic[2]])
        _section(el, 2, "（二）", "主要内容", f"主要建设内容为{r.name}，分{len(r.budget) or 3}项实施。")
        _section(el, 2, "（三）", "绩效目标", r.goals_text or "年度绩效目标见所附绩效目标申报表。")
        _section(el, 2, "（四）", "资金构成", basic[1:2])
        if r.budget:
            el.append(("p", "预算测算明细如下表（单位：万元）："))
            el.append(("table", _budget_rows(r)))
        el.append(("break",))
        el.append(("h", 1, "二、评估工作开展情况"))
        _section(el, 2, "（一）", "评估目的及对象", f"评估对象为{r.name}。")
        _section(el, 2, "（二）", "评估思路及方式、方法", "采用资料审核、实地调研、专家论证等方式。")
        _section(el, 2, "（三）", "评估工作程序", "经前期准备、资料审核、现场调研、综合评议等程序形成本报告。")
        el.append(("h", 1, "三、综合评估情况与评估结论"))
        top = ""
    cn = "一二三四五六"
    for i, (key, title) in enumerate(zip(dim_keys, dims, strict=True)):
        if key in r.omit:
            continue
        body: list[str] | str
        if key in r.empty:
            body = "无。"
        else:
            body = list(fill[i])
            if key == "necessity":
                body.insert(0, r.citations)
            if key == "economy" and r.style == "beijing" and r.budget:
                body.append("预算测算明细如下表（单位：万元）：")
        n = sum(1 for k in dim_keys[:i] if k not in r.omit)
        _section(el, 2, f"（{cn[n]}）", title, body)
        if key == "economy" and r.style == "beijing" and r.budget and key not in r.empty:
            el.append(("table", _budget_rows(r)))
    concl = [s for s in (r.conclusion, r.recommended) if s]
    if r.style == "beijing":
        _section(el, 1, top, "评估结论", concl)
        _section(el, 1, "七、", "其他说明事项", "无。")
    else:
        n = sum(1 for k in dim_keys if k not in r.omit)
        _section(el, 2, f"（{cn[n]}）", "总体结论", concl)
        _section(el, 1, "四、", "相关建议", "建议实施单位加强项目过程管理，按季度报送绩效运行监控情况。")
        _section(el, 1, "五、", "其他需要说明的问题", "无。")
    if r.sheet is not None:
        el.append(("break",))
        el.append(("p", "附件：项目支出绩效目标申报表"))
        el.append(("table", r.sheet.rows()))
    el.append(("p", "（本页以下无正文）"))
    if r.evaluator:
        el.append(("p", r.evaluator.split("：", 1)[-1]))
    if r.report_date:
        el.append(("p", r.report_date))
    return el


# ---- writers -------------------------------------------------------------------------------------


def write_docx(elements: list[Element], path: Path, *, styled: bool) -> None:
    import docx

    d = docx.Document()
    for e in elements:
        if e[0] == "title":
            d.add_heading(e[1], level=0) if styled else d.add_paragraph(e[1])
        elif e[0] == "h":
            d.add_heading(e[2], level=e[1]) if styled else d.add_paragraph(e[2])
        elif e[0] == "p":
            d.add_paragraph(e[1])
        elif e[0] == "break":
            d.add_page_break()
        elif e[0] == "table":
            rows = e[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, text in enumerate(row):
                    t.cell(i, j).text = text
    props = d.core_properties
    props.title = next(e[1] for e in elements if e[0] == "title")
    props.created = props.modified = props.last_printed = FIXED_DATE
    buf = io.BytesIO()
    d.save(buf)
    _stable_zip(buf.getvalue(), path)


def write_pdf(elements: list[Element], path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=17, wordWrap="CJK", firstLineIndent=22)
    head = ParagraphStyle("head", parent=body, fontSize=13, leading=20, firstLineIndent=0, spaceBefore=6)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=24, firstLineIndent=0, alignment=1)
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    story: list[Any] = []
    for e in elements:
        if e[0] == "title":
            story += [Paragraph(e[1], title), Spacer(1, 12)]
        elif e[0] == "h":
            story.append(Paragraph(e[2], head))
        elif e[0] == "p":
            story.append(Paragraph(e[1], body))
        elif e[0] == "break":
            story.append(PageBreak())
        elif e[0] == "table":
            rows = [[Paragraph(t, cell) for t in row] for row in e[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [Spacer(1, 6), t, Spacer(1, 6)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=next(e[1] for e in elements if e[0] == "title"),
                            invariant=1)
    doc.build(story)


def write_sheet_xlsx(sheet: Sheet, path: Path, year: int = 2025) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "绩效目标申报表"
    ws.append([f"{year}年度项目支出绩效目标申报表（示例）"])
    for row in sheet.rows():
        ws.append(row)
    wb.properties.created = wb.properties.modified = FIXED_DATE
    buf = io.BytesIO()
    wb.save(buf)
    _stable_zip(buf.getvalue(), path)


def write_report(r: Report, out: Path) -> Path:
    path = out / r.file
    elements = render(r)
    if r.layout == "pdf":
        write_pdf(elements, path)
    else:
        write_docx(elements, path, styled=r.layout == "docx_styled")
    return path


# ---- the sample set ------------------------------------------------------------------------------

CHARGER = Sheet(
    name="云溪区公共充电设施建设项目", department="云溪区发展和改革委员会", unit="云溪区能源服务中心",
    total="120", fiscal="120",
    annual_goal="2025年新建公共充电桩200个，充电设施验收合格率100%，年底前全部投入运营，方便群众绿色出行。",
    indicators=[
        ["产出指标", "数量指标", "新建公共充电桩数量", "≥", "200", "个"],
        ["产出指标", "质量指标", "充电设施验收合格率", "=", "100", "%"],
        ["产出指标", "时效指标", "项目完成时间", "≤", "2025年12月31日前", ""],
        ["产出指标", "成本指标", "单个充电桩建设成本", "≤", "0.6", "万元"],
        ["效益指标", "社会效益指标", "新增日均充电服务车次", "≥", "800", "车次"],
        ["满意度指标", "服务对象满意度指标", "使用群众满意度", "≥", "90", "%"],
    ],
)
CHARGER_BUDGET = [
    ["充电桩设备购置", "200", "5000", "100", "三家供应商询价平均价"],
    ["安装调试及线路改造", "200", "800", "16", "参照本区同类工程结算价"],
    ["监理及验收检测", "1", "40000", "4", "参照监理取费标准"],
]
CHARGER_GOALS = "项目年度绩效目标为：新建公共充电桩200个，充电设施验收合格率100%，2025年12月31日前全部投入运营，使用群众满意度达到90%以上。"


PARKING = Sheet(
    name="云溪区智慧停车诱导系统建设项目", department="云溪区城市管理局", unit="云溪区市政设施维护中心",
    total="150", fiscal="150",
    annual_goal="2025年建成停车诱导屏30块，接入公共停车泊位3000个，群众满意度不低于90%。",
    indicators=[
        ["产出指标", "数量指标", "停车诱导屏建设数量", "=", "30", "块"],
        ["产出指标", "数量指标", "接入公共停车泊位数", "≥", "3000", "个"],
        ["产出指标", "质量指标", "系统验收合格率", "=", "100", "%"],
        ["产出指标", "时效指标", "项目完成时间", "≤", "2025年12月31日前", ""],
        ["产出指标", "成本指标", "项目总成本", "≤", "150", "万元"],
        ["效益指标", "社会效益指标", "高峰时段寻位时间缩短", "≥", "20", "%"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"],
    ])
NOTICE_BOARD = Sheet(
    name="云溪区社区宣传栏更新项目", department="云溪区民政局", unit="云溪区社区服务中心", total="15", fiscal="15",
    annual_goal="2025年更新社区宣传栏25个，群众满意度不低于90%。",
    indicators=[
        ["产出指标", "数量指标", "更新宣传栏数量", "=", "25", "个"],
        ["产出指标", "质量指标", "验收合格率", "=", "100", "%"],
        ["产出指标", "时效指标", "项目完成时间", "≤", "2025年10月31日前", ""],
        ["产出指标", "成本指标", "项目总成本", "≤", "15", "万元"],
        ["效益指标", "社会效益指标", "政策宣传覆盖居民户数", "≥", "8000", "户"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"],
    ])


REPORT_RULES = ["EA-RPT-01", "EA-ECO-01", "EA-NEC-04", "EA-RPT-03", "EA-RPT-04", "EA-RPT-05", "GEN-04", "EA-GOAL-03"]
SHEET_RULES = ["GEN-01", "EA-GOAL-03"]


@dataclass
class Sample:
    """One labelled file: a report or a goal sheet, the rules it must trigger, and its batch partners."""

    file: str
    note: str
    report: Report | None = None
    sheet: Sheet | None = None
    must: list[str] = field(default_factory=list)
    batch: list[str] = field(default_factory=list)  # files checked together with this one
    expect: dict[str, Any] = field(default_factory=dict)

    def label(self) -> dict[str, Any]:
        rules = REPORT_RULES if self.report is not None else SHEET_RULES
        out: dict[str, Any] = {
            "file": f"reports/{self.file}", "kind": "appraisal_report" if self.report is not None else "goal_sheet",
            "fiscal_year": 2025, "must": list(self.must), "must_not": [r for r in rules if r not in self.must],
            "note": self.note,
        }
        if self.batch:
            out["batch"] = [f"reports/{b}" for b in self.batch]
        if self.expect:
            out["expect"] = self.expect
        return out


def sample_set() -> list[Sample]:
    """Every labelled sample, clean ones first."""
    base = Report(
        file="", layout="docx_styled", style="henan", name=CHARGER.name, unit=CHARGER.unit,
        department=CHARGER.department, budget=copy.deepcopy(CHARGER_BUDGET), goals_text=CHARGER_GOALS,
    )

    def variant(file: str, **kw: Any) -> Report:
        r = copy.deepcopy(base)
        r.file = file
        for k, v in kw.items():
            setattr(r, k, v)
        return r

    library_budget = [
        ["图书采购", "6000", "40", "24", "政府采购目录价格"],
        ["书架及阅读桌椅", "12", "8000", "9.6", "三家供应商询价"],
        ["标识及宣传", "12", "2000", "2.4", "参照本区标识制作结算价"],
    ]
    pair_sheet = copy.deepcopy(CHARGER)
    pair_sheet.total = pair_sheet.fiscal = "100"
    pair_sheet.period = "2025年1月—2026年6月"
    pair_sheet.indicators[0] = ["产出指标", "数量指标", "新建公共充电桩数量", "≥", "150", "个"]
    embedded_bad = copy.deepcopy(pair_sheet)
    embedded_bad.period = CHARGER.period
    sections = ["basic_info", "work", "assessment", "necessity", "economy", "goal_rationality", "feasibility",
                "funding_compliance", "overall_conclusion", "suggestions", "other"]
    beijing_sections = ["basic_info", "work", "assessment", "necessity", "economy", "goal_rationality",
                        "feasibility", "funding_compliance", "overall_conclusion", "other"]
    return [
        Sample("r01_henan_styled_clean.docx", "河南式五个维度，Word 标题样式，附申报表；与 s01 同批审核，全部一致。",
               report=variant("r01_henan_styled_clean.docx", sheet=copy.deepcopy(CHARGER)),
               batch=["s01_charger_sheet.xlsx"],
               expect={"project_name": CHARGER.name, "sections": sections, "requested_wan": 120.0,
                       "recommended_wan": 120.0, "conclusion": "予以支持", "score": 86.0, "embedded_sheet": True}),
        Sample("s01_charger_sheet.xlsx", "r01 报告对应的单独申报表（新增、120万元），与 r01 同批审核，不触发 GEN-01。",
               sheet=copy.deepcopy(CHARGER), batch=["r01_henan_styled_clean.docx"]),
        Sample("r02_beijing_numbered_clean.docx",
               "北京式“评估内容”章节，纯文本编号段落（一、（一）），建议写在评估结论中，无“相关建议”章。",
               report=variant("r02_beijing_numbered_clean.docx", layout="docx_numbered", style="beijing",
                              name="云溪区社区书屋提升项目", unit="云溪区图书馆", department="云溪区文化和旅游局",
                              requested="36", budget=library_budget,
                              goals_text="年度目标为提升社区书屋12个，新增图书6000册。",
                              recommended="建议预算控制数为36万元。",
                              conclusion="经综合评估，评估得分88分，评估结论为“予以支持”。"),
               expect={"project_name": "云溪区社区书屋提升项目", "sections": beijing_sections, "requested_wan": 36.0,
                       "recommended_wan": 36.0, "conclusion": "予以支持", "score": 88.0, "embedded_sheet": False}),
        Sample("r03_policy_pdf_clean.pdf", "政策类报告（政策设立必要性……政策资金合规性），PDF，补贴按人×月测算（元）。",
               report=variant("r03_policy_pdf_clean.pdf", layout="pdf", style="policy",
                              name="云溪区高龄老人居家养老服务补贴政策", unit="云溪区民政局", department="云溪区民政局",
                              requested="80",
                              budget=[["高龄老人服务补贴", "800人×12月", "75", "72", "每人每月75元，区政府常务会议纪要确定"],
                                      ["第三方服务评估", "1", "80000", "8", "参照同类服务采购合同"]],
                              goals_text="政策年度目标为向800名高龄老人按月发放居家养老服务补贴，补贴按时发放率100%。",
                              recommended="建议安排资金80万元。", conclusion="综合评分87分，评估结论：予以支持。"),
               expect={"project_name": "云溪区高龄老人居家养老服务补贴政策", "sections": sections, "requested_wan": 80.0,
                       "recommended_wan": 80.0, "conclusion": "予以支持", "score": 87.0, "embedded_sheet": False}),
        Sample("r04_support_numbered_clean.docx", "“财政支持方式科学性”替代筹资合规性，纯文本编号段落。",
               report=variant("r04_support_numbered_clean.docx", layout="docx_numbered", style="support"),
               expect={"project_name": CHARGER.name, "sections": sections, "requested_wan": 120.0}),
        Sample("d01_missing_section.docx", "缺“筹资合规性”，“实施方案可行性”只写“无。”。", must=["EA-RPT-01"],
               report=variant("d01_missing_section.docx", omit={"funding_compliance"}, empty={"feasibility"})),
        Sample("d02_budget_arithmetic.pdf", "安装调试 200×800元 应为16万元，表中写1.6；明细之和105.6≠合计120。",
               must=["EA-ECO-01"],
               report=variant("d02_budget_arithmetic.pdf", layout="pdf", budget_total="120", budget=[
                   ["充电桩设备购置", "200", "5000", "100", "三家供应商询价平均价"],
                   ["安装调试及线路改造", "200", "800", "1.6", "参照本区同类工程结算价"],
                   ["监理及验收检测", "1", "40000", "4", "参照监理取费标准"]])),
        Sample("d03_outdated_basis.docx", "引用已废止的财预[2011]285号和“十三五”规划（2025年项目）。", must=["EA-NEC-04"],
               report=variant("d03_outdated_basis.docx", layout="docx_numbered", citations=(
                   "依据《财政支出绩效评价管理暂行办法》（财预[2011]285号）和《云溪区“十三五”能源发展规划》开展本项目。"))),
        Sample("d04_conclusion_vocabulary.docx", "结论写“原则同意”，不在规定用语内。", must=["EA-RPT-03"],
               report=variant("d04_conclusion_vocabulary.docx", conclusion="经评估，评估结论为“原则同意”。", score=None)),
        Sample("d05_score_contradiction.pdf", "评分55分却“予以支持”。", must=["EA-RPT-03"],
               report=variant("d05_score_contradiction.pdf", layout="pdf",
                              conclusion="综合评估得分55分，评估结论为“予以支持”。")),
        Sample("d06_no_recommended.docx", "没有建议预算控制数。", must=["EA-RPT-04"],
               report=variant("d06_no_recommended.docx", recommended=None)),
        Sample("d07_no_evaluator_date.pdf", "没有评估机构和评估日期。", must=["EA-RPT-05"],
               report=variant("d07_no_evaluator_date.pdf", layout="pdf", evaluator=None, report_date=None)),
        Sample("d08_report_after_submission.docx", "评估日期2024年11月15日晚于所述预算申报截止日2024年10月31日。",
               must=["GEN-04"], report=variant("d08_report_after_submission.docx", report_date="2024年11月15日")),
        Sample("d09_embedded_goal_mismatch.docx", "正文申请120万元、新建充电桩200个；所附申报表写100万元、150个。",
               must=["EA-GOAL-03"], report=variant("d09_embedded_goal_mismatch.docx", sheet=embedded_bad)),
        Sample("d10_pair_report.docx", "与 d10_pair_sheet.xlsx 同批：金额、实施期限、充电桩数量均不一致。",
               must=["EA-GOAL-03"], report=variant("d10_pair_report.docx", layout="docx_numbered"),
               batch=["d10_pair_sheet.xlsx"]),
        Sample("d10_pair_sheet.xlsx", "d10_pair_report.docx 的申报表（100万元、2025年1月—2026年6月、150个）。",
               must=["EA-GOAL-03"], sheet=pair_sheet, batch=["d10_pair_report.docx"]),
        Sample("d11_new_without_report.xlsx", "新增项目150万元，单独提交、无报告。", must=["GEN-01"], sheet=PARKING),
        Sample("d12_small_new_no_report.xlsx", "新增项目15万元，低于20万元门槛，无需报告。", sheet=NOTICE_BOARD),
    ]


class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def generate(out: Path, labels_path: Path | None = None) -> list[Path]:
    """Write every sample into ``out`` and, when given, the labels file."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    samples = sample_set()
    for sample in samples:
        if sample.report is not None:
            written.append(write_report(sample.report, out))
        elif sample.sheet is not None:
            write_sheet_xlsx(sample.sheet, out / sample.file)
            written.append(out / sample.file)
    from make_real_reports import real_report_samples  # the report layouts catalogued in LAYOUTS.md

    real = real_report_samples()
    for rr in real:
        elements = rr.build()
        if rr.file.endswith(".pdf"):
            write_pdf(elements, out / rr.file)
        elif rr.file.endswith(".xlsx") and rr.layout == "R23":
            from real_report_heldout10 import write_expert_form_xlsx

            write_expert_form_xlsx(elements, out / rr.file)
        elif rr.file.endswith(".xlsx"):
            from real_report_heldout8 import write_form_xlsx

            # the L112 review sheet's worksheet is named after the form (审核意见表)
            write_form_xlsx(elements, out / rr.file, **({"sheet": "审核意见表"} if rr.layout == "L112" else {}))
        else:
            write_docx(elements, out / rr.file, styled=rr.styled)
        written.append(out / rr.file)
    if labels_path is not None:
        header = ("# 事前绩效评估报告示例的标注（由 make_reports.py 生成，请勿手工修改）。格式同 labels.yaml；\n"
                  "# batch：与本文件一起审核的文件（同批配对、GEN-01 依赖批次）。\n")
        body = yaml.dump([*(s.label() for s in samples), *(rr.label() for rr in real)], Dumper=_NoAliasDumper, allow_unicode=True, sort_keys=False,
                         width=200, default_flow_style=None)
        labels_path.write_text(header + body, encoding="utf-8")
    return written


def long_report(out: Path, *, pages: int = 10, layout: str = "docx_styled", file: str | None = None) -> Path:
    """A report of about ``pages`` pages (for the benchmark): the clean sample with more analysis text."""
    r = sample_set()[0].report
    assert r is not None
    r.layout = layout
    r.filler = max(1, round((pages - 2) * 2.25))  # calibrated on the PDF layout: 18 → 10 pages
    r.file = file or f"bench_report_{pages}p.{'pdf' if layout == 'pdf' else 'docx'}"
    out.mkdir(parents=True, exist_ok=True)
    return write_report(r, out)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "reports"
    labels = HERE / "report_labels.yaml" if len(sys.argv) == 1 else None
    for p in generate(target, labels):
        print(p)
