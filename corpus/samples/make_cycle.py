"""Generate fictitious monitoring tables (绩效运行监控表) and self-evaluations (绩效自评表 / 自评报告) with labels.

Usage: ``python corpus/samples/make_cycle.py`` writes ``corpus/samples/cycle/`` and ``cycle_labels.yaml``.
Layouts follow LAYOUTS_CYCLE.md: the 10号 附件2 自评表 with points in the 一级 cell and one
“偏差原因分析及改进措施” column (池州 style), a variant with 指标性质 / 度量单位 columns and 评价结论 / 存在问题 /
改进措施 rows (四川 style), the narrative 自评报告, the 136号 monitoring table with tick-box causes, and a
local monitoring table with an adjusted budget and “截至N月” columns. Each defect sample carries one defect.

Expected scores in the labels are computed here independently of the package, with :class:`fractions.Fraction`
and the same published rule (≥: actual/target; ≤: target/actual; met → full; two decimals, half up).
The ``project/`` folder holds one project across two years and four stages for the cross-stage checks.
"""

from __future__ import annotations

import copy
import sys
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_goal_sheets import DocModel, Grid, Para, _docx_render, _pdf_render, _xlsx_render  # noqa: E402

NOTICE = "示例材料：本表为虚构示例，仅用于测试。"
REPORT_NOTICE = "示例材料：本文为虚构示例，仅用于测试。"
EV_RULES = ["EV-01", "EV-02", "EV-03", "EV-04", "EV-05", "EV-06"]
MON_RULES = ["MON-01", "MON-02", "MON-03", "MON-04"]


def cents(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def num(text: str) -> Fraction:
    return Fraction(Decimal(text))


def show(d: Decimal) -> str:
    s = f"{d:.2f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def money(value: str, unit: str) -> str:
    """An amount given in 万元 as the form writes it: unchanged, or in 元 with thousands separators."""
    return value if unit == "万元" else f"{Decimal(value) * 10000:,.2f}"


# ---- self-evaluation -------------------------------------------------------------------------------


@dataclass
class ERow:
    l1: str
    l2: str
    name: str
    sign: str  # ≥ ≤ = or 定性
    target: str  # number, or text for 定性
    unit: str
    actual: str
    weight: int
    score: str | None = None  # None: the rule's score (quantitative) / full points (qualitative)
    cause: str = ""
    actual_cell: str | None = None  # the cell as a unit writes it, when not "<actual><unit>"

    def rule_score(self) -> Decimal:
        if self.sign == "定性":
            return Decimal(self.score) if self.score is not None else Decimal(self.weight)
        t, a, w = num(self.target), num(self.actual), Fraction(self.weight)
        if self.sign in ("≥", ">"):
            share = Fraction(1) if a >= t else a / t
        elif self.sign in ("≤", "<"):
            share = Fraction(1) if a <= t else t / a
        else:
            share = Fraction(1) if a == t else min(a, t) / max(a, t)
        return cents(w * share)

    def stated_score(self) -> Decimal:
        return Decimal(self.score) if self.score is not None else self.rule_score()

    def target_cell(self) -> str:
        return self.target if self.sign == "定性" else f"{self.sign}{self.target}{self.unit}"


@dataclass
class EvalSpec:
    file: str
    layout: str  # chizhou | sichuan | report
    year: int = 2024
    project: str = "云溪区公共充电设施建设项目"
    department: str = "云溪区发展和改革委员会"
    unit: str = "云溪区能源服务中心"
    budget: str = "120"
    executed: str = "114"
    exec_weight: int = 10
    rows: list[ERow] = field(default_factory=list)
    title_kind: str = "项目支出绩效自评表"
    total_override: str | None = None
    grade_override: str | None = None
    exec_rate_override: str | None = None
    problems: str = "个别充电站选址涉及线路改造，建设进度滞后。"
    measures: str = "提前开展选址论证和电力接入协调，分批次推进建设。"
    family_points: dict[str, int] | None = None  # 一级 cell points; default: the rows' sum
    zero_total: bool = False  # 池州 2022: the 年度资金总额 row left at 0, money only in 其中：本年财政拨款
    scoring_rules: bool = False  # a 评分标准 column: the form states its own (local) scoring rule
    split_at: int | None = None  # the indicator table continues in a second table from this row (page break)
    score_table: bool = False  # 总分 and 自评等级 in a small table of their own under the indicator table
    initial_only: bool = False  # the funds block has 年初预算数 but no 全年预算数 column
    money_unit: str = "万元"  # 元: the funds block is filled in 元 (amounts still given here in 万元)

    def rate(self) -> Decimal:
        return cents(num(self.executed) / num(self.budget) * 100)

    def exec_score(self) -> Decimal:
        if self.zero_total:
            return Decimal(0)
        r = num(self.executed) / num(self.budget)
        return cents(Fraction(self.exec_weight) * min(r, Fraction(1)))

    def rule_total(self) -> Decimal:
        return self.exec_score() + sum((r.rule_score() for r in self.rows), Decimal(0))

    def stated_total(self) -> Decimal:
        if self.total_override is not None:
            return Decimal(self.total_override)
        return self.exec_score() + sum((r.stated_score() for r in self.rows), Decimal(0))

    def grade(self) -> str:
        if self.grade_override:
            return self.grade_override
        t = self.stated_total()
        return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def charger_rows(year: int) -> list[ERow]:
    return [
        ERow("产出指标", "数量指标", "新建公共充电桩数量", "≥", "200", "个", "190", 20,
             cause="2个站点因电力接入延期，已调整至次年一季度建成。"),
        ERow("产出指标", "质量指标", "充电设施验收合格率", "≥", "100", "%", "100", 10),
        ERow("产出指标", "时效指标", "项目完成时间", "定性", f"{year}年12月31日前", "", "达成年度指标", 10),
        ERow("产出指标", "成本指标", "单个充电桩建设成本", "≤", "0.6", "万元", "0.58", 10),
        ERow("效益指标", "社会效益指标", "新增日均充电服务车次", "≥", "800", "车次", "860", 20),
        ERow("效益指标", "生态效益指标", "对绿色出行的促进作用", "定性", "效果明显", "", "达成预期指标", 10),
        ERow("满意度指标", "服务对象满意度指标", "使用群众满意度", "≥", "90", "%", "93", 10),
    ]


def _family_points(spec: EvalSpec) -> dict[str, int]:
    if spec.family_points is not None:
        return spec.family_points
    out: dict[str, int] = {}
    for r in spec.rows:
        out[r.l1] = out.get(r.l1, 0) + r.weight
    return out


def eval_model(spec: EvalSpec) -> DocModel:
    title = f"{spec.year}年度{spec.title_kind}"
    blocks: list[Any] = [Para(title, "title"), Para(NOTICE, "notice")]
    if spec.layout == "report":
        return eval_report_model(spec)
    sichuan = spec.layout == "sichuan"
    ncol = (10 if sichuan else 8) + (1 if spec.scoring_rules else 0)
    extra = ["按完成比例计分，每少5%扣1分"] if spec.scoring_rules else []
    g = Grid([2.2] * ncol)
    g.add(["项目名称", (spec.project, ncol - 1)], labels=(0,))
    g.add(["主管部门", (spec.department, 3), "实施单位", (spec.unit, ncol - 5)], labels=(0, 4))
    fund_header = [f"项目资金（{spec.money_unit}）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    budget, executed = money(spec.budget, spec.money_unit), money(spec.executed, spec.money_unit)
    budgets = [budget] if spec.initial_only else [budget, budget]
    zeros = ["0"] * len(budgets)
    pad = [""] * (ncol - 8 + (1 if spec.initial_only else 0))
    if spec.initial_only:
        fund_header.remove("全年预算数")
    g.add([(fund_header[0], 2), *fund_header[2:], *pad], header=True)
    rate = spec.exec_rate_override or f"{show(spec.rate())}%"
    if spec.zero_total:
        g.add([("年度资金总额：", 2), *zeros, "0", str(spec.exec_weight), "0", "0", *pad])
    else:
        g.add([("年度资金总额", 2), *budgets, executed, str(spec.exec_weight), rate,
               show(spec.exec_score()), *pad])
    g.add([("其中：当年财政拨款", 2), *budgets, executed, "—", "—", "—", *pad])
    g.add([("上年结转资金", 2), *zeros, "0", "—", "—", "—", *pad])
    g.add(["年度总体目标", ("预期目标：按计划完成年度建设任务并投入运营。", (ncol - 1) // 2),
           (f"实际完成情况：{spec.problems if spec.rows else ''}", ncol - 1 - (ncol - 1) // 2)])
    if sichuan:
        head = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施"]
    else:
        head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    g.add([*head, *(["评分标准"] if spec.scoring_rules else [])], header=True)
    points = _family_points(spec)
    blocks.append(g)
    for i, r in enumerate(spec.rows):
        if spec.split_at is not None and i == spec.split_at:
            g = Grid([2.2] * ncol)  # the rest of the table after a page break: no header, 一级 cell not repeated
            blocks.append(g)
        l1 = f"{r.l1}（{points[r.l1]}分）" if not sichuan else r.l1
        if spec.split_at is not None and i == spec.split_at and spec.rows[i - 1].l1 == r.l1:
            l1 = ""
        actual = r.actual if r.sign == "定性" or sichuan else f"{r.actual}{r.unit}"
        if r.actual_cell is not None:
            actual = r.actual_cell
        if sichuan:
            g.add([l1, r.l2, r.name, r.sign, r.target, r.unit, actual,
                   str(r.weight), show(r.stated_score()), r.cause, *extra])
        else:
            g.add([l1, r.l2, r.name, r.target_cell(), actual, str(r.weight), show(r.stated_score()), r.cause, *extra])
    total_row = ["总分", "", "", *([""] * (ncol - 6 - len(extra))), "100", show(spec.stated_total()),
                 f"自评等级：{spec.grade()}", *([""] * len(extra))]
    if spec.score_table:
        score = Grid([2.2] * 4)
        score.add(["总分", show(spec.stated_total()), "自评等级", spec.grade()], labels=(0, 2))
        blocks.append(score)
    else:
        g.add([("总分", 3), *total_row[3:]])
    if sichuan:
        g.add(["评价结论", (f"自评得分{show(spec.stated_total())}分，等级为{spec.grade()}。", ncol - 1)], labels=(0,))
        g.add(["存在问题", (spec.problems, ncol - 1)], labels=(0,))
        g.add(["改进措施", (spec.measures, ncol - 1)], labels=(0,))
    blocks.append(Para("填报人：王芳（示例）    单位负责人：赵强（示例）", "small"))
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="自评表")


def eval_report_model(spec: EvalSpec) -> DocModel:
    title = f"{spec.project}{spec.year}年度绩效自评报告"
    total = spec.stated_total()
    paras = [
        Para(title, "title"), Para(REPORT_NOTICE, "notice"),
        Para("一、基本情况", "heading"),
        Para(f"项目名称：{spec.project}"), Para(f"实施单位：{spec.unit}"), Para(f"主管部门：{spec.department}"),
        Para(f"{spec.year}年项目预算{spec.budget}万元，全年执行{spec.executed}万元，预算执行率{show(spec.rate())}%。"),
        Para("二、绩效目标完成情况", "heading"),
        Para("年度新建公共充电桩190个，验收合格率100%，新增日均充电服务860车次，使用群众满意度93%。"),
        Para("三、自评结论", "heading"),
        Para(f"经单位自评，本项目自评得分{show(total)}分，自评等级为“{spec.grade()}”。"),
        Para("四、存在的问题", "heading"), Para(spec.problems),
        Para("五、改进措施", "heading"), Para(spec.measures),
    ]
    return DocModel(title=title, blocks=paras, notice=REPORT_NOTICE, sheet_name="自评报告")


# ---- monitoring ------------------------------------------------------------------------------------


@dataclass
class MRow:
    l1: str
    l2: str
    name: str
    target: str  # as written, e.g. ≥200个
    to_date: str
    forecast: str
    cause: str = ""  # 136 layout: a category name to tick; local layout: free text
    measure: str = ""
    possibility: str = "确定能"


@dataclass
class MonSpec:
    file: str
    layout: str  # m136 | local | prose
    year: int = 2025
    month: int = 7
    project: str = "云溪区公共充电设施建设项目"
    department: str = "云溪区发展和改革委员会"
    unit: str = "云溪区能源服务中心"
    budget: str = "120"
    adjusted: str = "120"
    executed: str = "62.4"
    rate_override: str | None = None
    with_budget: bool = True
    rows: list[MRow] = field(default_factory=list)
    money_unit: str = "万元"  # 元: the execution block is filled in 元 (amounts still given here in 万元)

    def rate(self) -> Decimal:
        base = self.adjusted or self.budget
        return cents(num(self.executed) / num(base) * 100)


def charger_monitoring_rows() -> list[MRow]:
    return [
        MRow("产出指标", "数量指标", "新建公共充电桩数量", "≥200个", "120个", "200个"),
        MRow("产出指标", "质量指标", "充电设施验收合格率", "=100%", "100%", "100%"),
        MRow("产出指标", "时效指标", "项目完成时间", "2025年12月31日前", "按进度推进", "年底前完成"),
        MRow("效益指标", "社会效益指标", "新增日均充电服务车次", "≥800车次", "520车次", "820车次"),
        MRow("满意度指标", "服务对象满意度指标", "使用群众满意度", "≥90%", "91%", "92%"),
    ]


CATEGORIES = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]


def mon_model(spec: MonSpec) -> DocModel:
    period = f"1—{spec.month}月"
    title = f"{spec.year}年项目支出绩效运行监控表（{period}）"
    blocks: list[Any] = [Para(title, "title"), Para(NOTICE, "notice")]
    if spec.layout == "m136":
        ncol = 12
        g = Grid([2.0] * ncol)
        g.add(["项目名称", (spec.project, 4), "主管部门", (spec.department, 2), "实施单位", (spec.unit, 3)],
              labels=(0, 5, 8))
        if spec.with_budget:
            g.add([("预算执行情况（万元）", 3), ("年度预算数", 3), (f"{period}执行数", 3), ("执行率", 3)], header=True)
            g.add([("年度资金总额", 3), (spec.budget, 3), (spec.executed, 3),
                   (spec.rate_override or f"{show(spec.rate())}%", 3)])
        g.add(["一级指标", "二级指标", "三级指标", "年度指标值", f"{period}执行情况", "全年预计完成情况",
               ("偏差原因分析", 4), "完成目标可能性", "纠偏措施"], header=True)
        g.add(["一级指标", "二级指标", "三级指标", "年度指标值", f"{period}执行情况", "全年预计完成情况",
               *CATEGORIES[:4], "完成目标可能性", "纠偏措施"], header=True)
        for r in spec.rows:
            ticks = ["√" if r.cause == c else "" for c in CATEGORIES[:4]]
            if r.cause and r.cause not in CATEGORIES:
                ticks[-1] = r.cause
            g.add([r.l1, r.l2, r.name, r.target, r.to_date, r.forecast, *ticks, r.possibility, r.measure])
    else:
        ncol = 9
        g = Grid([2.0] * ncol)
        g.add(["项目名称", (spec.project, 8)], labels=(0,))
        g.add(["主管部门", (spec.department, 3), "实施单位", (spec.unit, 4)], labels=(0, 4))
        if spec.layout == "prose":  # a monitoring report: execution stated in a sentence above the table
            blocks.append(Para(f"一、预算执行情况：本项目年度预算{spec.budget}万元，截至{spec.month}月底已支付"
                               f"{spec.executed}万元，执行率{show(spec.rate())}%。", "body"))
        elif spec.with_budget:
            g.add([f"项目资金（{spec.money_unit}）", ("年初预算数", 2), ("调整后预算数", 2), (f"截至{spec.month}月执行数", 2),
                   ("执行率", 2)], header=True)
            u = spec.money_unit
            g.add(["年度资金总额", (money(spec.budget, u), 2), (money(spec.adjusted, u) if spec.adjusted else "", 2),
                   (money(spec.executed, u), 2),
                   (spec.rate_override or f"{show(spec.rate())}%", 2)])
        g.add(["一级指标", "二级指标", "三级指标", "年度指标值", f"截至{spec.month}月完成值", "全年预计完成值", "偏差原因",
               "纠偏措施", "完成目标可能性"], header=True)
        for r in spec.rows:
            g.add([r.l1, r.l2, r.name, r.target, r.to_date, r.forecast, r.cause, r.measure, r.possibility])
    blocks.append(g)
    blocks.append(Para("填报人：王芳（示例）    审核人：赵强（示例）", "small"))
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="监控表")


# ---- writing ---------------------------------------------------------------------------------------


def write(model: DocModel, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    {".docx": _docx_render, ".xlsx": _xlsx_render, ".pdf": _pdf_render}[path.suffix](model, path, model.title)
    return path


@dataclass
class Sample:
    spec: EvalSpec | MonSpec
    must: list[str]
    note: str
    may: tuple[str, ...] = ()  # rules that may be reported (a consequence of the planted defect)


def _edit(rows: list[ERow], name: str, **kw: Any) -> list[ERow]:
    return [replace(r, **kw) if r.name == name else copy.copy(r) for r in rows]


def _medit(rows: list[MRow], name: str, **kw: Any) -> list[MRow]:
    return [replace(r, **kw) if r.name == name else copy.copy(r) for r in rows]


def eval_samples() -> list[Sample]:
    rows = charger_rows(2024)
    no_sat = [r for r in rows if r.l1 != "满意度指标"]
    no_sat = _edit(no_sat, "新建公共充电桩数量", weight=20)
    no_sat = [*no_sat, ERow("效益指标", "可持续影响指标", "充电设施设计使用年限", "≥", "8", "年", "8", 10)]
    dept_rows = [
        ERow("决策", "项目立项", "立项依据充分性", "定性", "充分", "", "达成年度指标", 15),
        ERow("决策", "绩效目标", "绩效目标合理性", "定性", "合理", "", "达成年度指标", 15),
        ERow("过程", "资金管理", "资金使用合规性", "定性", "合规", "", "达成年度指标", 15),
        ERow("过程", "组织实施", "制度执行有效性", "定性", "有效", "", "达成年度指标", 10),
        ERow("产出指标", "数量指标", "新建公共充电桩数量", "≥", "200", "个", "200", 20),
        ERow("效益指标", "社会效益指标", "新增日均充电服务车次", "≥", "800", "车次", "860", 15),
    ]
    cost_2021 = [replace(r, l1="成本指标", l2="经济成本指标") if r.l2 == "成本指标" else copy.copy(r) for r in rows]
    real = _edit(_edit(rows, "充电设施验收合格率", unit="百分比"), "单个充电桩建设成本", cause="")
    variants = _edit(_edit(_edit(_edit(rows, "新建公共充电桩数量", actual_cell="全年建成190个"),
                                  "充电设施验收合格率", actual_cell="1.00"),
                            "单个充电桩建设成本", actual_cell="5,800元"),
                     "新增日均充电服务车次", actual_cell="截至12月底日均860车次")
    rounded = [*_edit(rows, "新增日均充电服务车次", target="900", actual="860", score="19"),
               ERow("产出指标", "数量指标", "新建快充站数量", "≥", "3", "个", "2", 10, score="7",
                    cause="一处站点用地调整，已列入次年计划。")]
    rounded = _edit(_edit(rounded, "充电设施验收合格率", weight=5), "项目完成时间", weight=5)
    rounded = [replace(r, cause=r.cause or "车流增长慢于预期，加强宣传引导。") if r.name == "新增日均充电服务车次" else r
               for r in rounded]
    return [
        Sample(EvalSpec("se_clean_rounded.docx", "chizhou", rows=rounded), [],
               "得分按整数填写：2/3×10=6.67 写“7”，860/900×20=19.11 写“19”——按填写精度一致，不报。"),
        Sample(EvalSpec("se_clean_split.pdf", "chizhou", rows=rows, split_at=5), [],
               "指标表跨页：后半张表没有表头，“效益指标”一级单元格在新页不重复。"),
        Sample(EvalSpec("ev02_local_rule.docx", "chizhou", rows=_edit(rows, "新建公共充电桩数量", score="18"),
                        scoring_rules=True),
               ["EV-02"], "表中列有本地评分标准（每少5%扣1分），190/200 填18分：按10号应得19分，只作警告。", may=("EV-04",)),
        Sample(EvalSpec("se_clean_cell_variants.docx", "chizhou", rows=variants), [],
               "实际完成值的常见写法：“全年建成190个”“1.00”（即100%）“5,800元”（目标以万元计）“截至12月底日均860车次”。"),
        Sample(EvalSpec("se_clean_2021_cost.docx", "chizhou", rows=cost_2021), [],
               "2021版：成本指标为一级（10分），按设置计入产出，一级分值仍为 10/50/30/10。"),
        Sample(EvalSpec("se_chizhou_real.xlsx", "chizhou", rows=real, zero_total=True, budget="90", executed="89.974"),
               ["EV-02"], "仿池州2022年真实表：年度资金总额行全为0、只在“其中：本年财政拨款”行填金额；“≥100百分比”。"),
        Sample(EvalSpec("se_clean_chizhou.docx", "chizhou", rows=rows), [], "池州样式：一级指标写分值，一栏偏差原因及改进措施；一项未完成并说明。"),
        Sample(EvalSpec("se_clean_sichuan.xlsx", "sichuan", rows=rows), [], "四川样式：指标性质、度量单位分列，表尾评价结论/存在问题/改进措施。"),
        Sample(EvalSpec("se_clean_yuan.docx", "chizhou", rows=rows, money_unit="元"), [],
               "池州样式，资金栏以元填写（1,200,000.00）：年初预算数折合120万元。"),
        Sample(EvalSpec("se_clean_pdf.pdf", "chizhou", rows=rows), [], "池州样式 PDF。"),
        Sample(EvalSpec("se_clean_no_satisfaction.docx", "chizhou", rows=no_sat), [], "未设满意度指标：效益40分（10号：满意度分值并入效益）。"),
        Sample(EvalSpec("se_clean_report.docx", "report", rows=rows), [], "自评报告：叙述体，写明得分和等级。"),
        Sample(EvalSpec("ev01_weights.docx", "chizhou", rows=_edit(_edit(rows, "新建公共充电桩数量", weight=15),
                                                                   "新增日均充电服务车次", weight=25)),
               ["EV-01"], "产出45分、效益35分，偏离默认10/50/30/10。"),
        Sample(EvalSpec("ev01_points_label.xlsx", "chizhou", rows=rows,
                        family_points={"产出指标": 45, "效益指标": 30, "满意度指标": 10}),
               ["EV-01"], "一级指标标注“产出指标（45分）”，其下三级指标合计50分。"),
        Sample(EvalSpec("ev02_full_score_unmet.xlsx", "sichuan", rows=_edit(rows, "新建公共充电桩数量", score="20")),
               ["EV-02", "EV-04"], "190/200 应得19分，填20分；总分随之多1分。"),
        Sample(EvalSpec("ev02_reverse.pdf", "chizhou", rows=_edit(rows, "单个充电桩建设成本", actual="0.75", score="10",
                                                                   cause="设备涨价导致单价上升，已压缩安装费用。")),
               ["EV-02", "EV-04"], "反向指标≤0.6万元、实际0.75万元：应得0.6÷0.75×10=8分，填10分。"),
        Sample(EvalSpec("ev02_exec_rate.docx", "chizhou", rows=rows, exec_rate_override="98%"),
               ["EV-02"], "执行率填98%，114÷120=95%。"),
        Sample(EvalSpec("ev02_overachieve.docx", "chizhou", rows=_edit(rows, "新增日均充电服务车次", actual="1200")),
               ["EV-02"], "目标800车次，实际1200车次（150%）：提示目标偏低。"),
        Sample(EvalSpec("ev03_qualitative_band.docx", "chizhou",
                        rows=_edit(rows, "对绿色出行的促进作用", actual="部分达成", score="10")),
               ["EV-03"], "定性指标“部分达成”给满分（应在60%—80%）。"),
        Sample(EvalSpec("ev04_total.docx", "chizhou", rows=rows, total_override="96"), ["EV-04"], "总分填96，各项合计不符。"),
        Sample(EvalSpec("ev04_grade.xlsx", "sichuan", rows=_edit(rows, "新增日均充电服务车次", actual="400",
                                                                  cause="部分站点投运推迟，车流未达预期。"),
                        grade_override="优"),
               ["EV-04"], "总分89分以下仍写“优”。"),
        Sample(EvalSpec("ev04_score_table.docx", "chizhou", rows=_edit(rows, "新增日均充电服务车次", actual="300",
                                                                        cause="部分站点投运推迟，车流未达预期。"),
                        grade_override="优", score_table=True, initial_only=True),
               ["EV-04"], "总分和自评等级写在指标表下面单独的小表里，资金栏只有年初预算数；总分不到90分却写“优”。"),
        Sample(EvalSpec("se_clean_score_table.docx", "chizhou", rows=rows, score_table=True, initial_only=True), [],
               "总分和自评等级写在单独的小表里，资金栏只有年初预算数：无问题。"),
        Sample(EvalSpec("ev04_report_grade.docx", "report", rows=rows, grade_override="良"), ["EV-04"],
               "自评报告：得分98.5分却写等级“良”。"),
        Sample(EvalSpec("ev05_zanwu.docx", "chizhou", rows=_edit(rows, "新建公共充电桩数量", cause="暂无")),
               ["EV-05"], "未完成指标偏差原因写“暂无”。"),
        Sample(EvalSpec("ev05_report_zanwu.docx", "report", rows=rows, problems="暂无", measures="暂无"), ["EV-05"],
               "自评报告未得满分，存在问题、改进措施均写“暂无”。"),
        Sample(EvalSpec("ev06_department.docx", "chizhou", rows=dept_rows, title_kind="项目支出部门评价得分表",
                        exec_weight=10),
               ["EV-06"], "部门评价：决策30、过程25、产出20、效益15 —— 产出与效益合计35%，低于60%。"),
    ]


def mon_samples() -> list[Sample]:
    rows = charger_monitoring_rows()
    short = _medit(rows, "新增日均充电服务车次", forecast="700车次", cause="经费保障",
                   measure="调剂资金加快二期站点建设", possibility="有可能")
    short_local = _medit(rows, "新增日均充电服务车次", forecast="700车次", cause="部分站点电力接入延期",
                         measure="协调供电部门加快接入，10月前投运", possibility="有可能")
    return [
        Sample(MonSpec("mon_clean_136.docx", "m136", rows=short), [], "136号样式：偏差原因分类打勾，备注写纠偏措施；1—7月执行52%。"),
        Sample(MonSpec("mon_clean_local.xlsx", "local", month=6, adjusted="110", executed="48", rows=short_local), [],
               "本地样式：调整后预算110万元，截至6月执行48万元（43.64%），逐项写偏差原因和纠偏措施。"),
        Sample(MonSpec("mon_clean_pdf.pdf", "local", rows=rows), [], "本地样式 PDF，全部指标预计完成。"),
        Sample(MonSpec("mon_clean_local_yuan.xlsx", "local", month=6, adjusted="110", executed="48", rows=short_local,
                       money_unit="元"), [],
               "本地样式，资金以元填写（1,200,000.00）：年初预算数折合120万元，执行率按元计算同为43.64%。"),
        Sample(MonSpec("mon_clean_prose.docx", "prose", month=6, budget="80", adjusted="", executed="36", rows=short_local),
               [], "监控报告：预算执行只写在正文一句话里（已支付36万元，执行率45%），从正文读取并给说明。"),
        Sample(MonSpec("mon01_no_budget.docx", "local", with_budget=False, rows=rows), ["MON-01"], "只有指标，没有预算执行栏目。"),
        Sample(MonSpec("mon02_low_rate.xlsx", "local", month=8, executed="36", rows=rows), ["MON-02"],
               "截至8月执行30%，低于60%预警线。"),
        Sample(MonSpec("mon02_rate_wrong.docx", "m136", executed="45", rate_override="55%", rows=rows), ["MON-02"],
               "执行率填55%，45÷120=37.5%。"),
        Sample(MonSpec("mon03_no_forecast.docx", "local", rows=_medit(rows, "使用群众满意度", forecast="")), ["MON-03"],
               "一个指标未填全年预计完成值。"),
        Sample(MonSpec("mon03_no_cause.pdf", "local", rows=_medit(rows, "新增日均充电服务车次", forecast="600车次",
                                                                  possibility="有可能")),
               ["MON-03"], "全年预计600车次低于目标800车次，偏差原因和纠偏措施均为空。"),
        Sample(MonSpec("mon04_impossible.docx", "local", rows=_medit(rows, "新建公共充电桩数量", forecast="120个",
                                                                     cause="规划选址未获批准", measure="继续协调",
                                                                     possibility="完全不可能")),
               ["MON-04"], "完成目标可能性“完全不可能”，措施只写“继续协调”，未调整预算和目标。"),
    ]


def _label(sample: Sample, rel: str, rules: list[str]) -> dict[str, Any]:
    spec = sample.spec
    lab: dict[str, Any] = {"file": f"{rel}/{spec.file}",
                           "kind": "self_evaluation" if isinstance(spec, EvalSpec) else "monitoring_table",
                           "fiscal_year": spec.year, "must": sample.must,
                           "must_not": [r for r in rules if r not in sample.must and r not in sample.may],
                           "note": sample.note}
    if isinstance(spec, EvalSpec):
        expect: dict[str, Any] = {"project_name": spec.project, "stated_total": float(spec.stated_total()),
                                  "rule_total": float(spec.rule_total()), "grade": spec.grade()}
        if spec.layout != "report":
            expect["rule_scores"] = {r.name: float(r.rule_score()) for r in spec.rows if r.sign != "定性"}
            if not spec.zero_total:
                expect["exec_score"] = float(spec.exec_score())
        if spec.layout != "report" and not spec.zero_total:
            # document.amount_wan: the 年初预算数 in 万元 (a 青神式 form has its own, above the 调整后预算数)
            expect["amount_wan"] = float(getattr(spec, "initial", "") or spec.budget)
        lab["expect"] = expect
    else:
        lab["expect"] = {"project_name": spec.project, "month": spec.month,
                         "rate": float(spec.rate()) if spec.with_budget else None}
        if spec.with_budget:
            lab["expect"]["amount_wan"] = float(spec.budget)
    return lab


def build(out: Path | None = None, labels_path: Path | None = None) -> list[dict[str, Any]]:
    out = out or HERE / "cycle"
    labels: list[dict[str, Any]] = []
    for sample in eval_samples():
        assert isinstance(sample.spec, EvalSpec)
        write(eval_model(sample.spec), out / sample.spec.file)
        labels.append(_label(sample, "cycle", EV_RULES))
    for sample in mon_samples():
        assert isinstance(sample.spec, MonSpec)
        write(mon_model(sample.spec), out / sample.spec.file)
        labels.append(_label(sample, "cycle", MON_RULES))
    from make_cycle_layouts import build_layouts
    from make_cycle_project import build_project

    labels.extend(build_layouts(out))
    labels.extend(build_project(out / "project"))
    from make_cycle_merged_header import build_merged_header

    labels.extend(build_merged_header(out))
    from make_cycle_weight_first import build_weight_first

    labels.extend(build_weight_first(out))
    from make_cycle_heldout8 import build_heldout8, build_left

    labels.extend(build_heldout8(out))
    labels.extend(build_left(out))
    from make_cycle_heldout9 import build_heldout9

    labels.extend(build_heldout9(out))
    from make_cycle_heldout13 import build_heldout13

    labels.extend(build_heldout13(out))
    from make_cycle_four_block import build_four_block

    labels.extend(build_four_block(out))
    from make_cycle_amounts import build_amounts

    labels.extend(build_amounts(out))
    from make_structure_samples import build_structure_cycle

    labels.extend(build_structure_cycle(out))
    from make_cycle_f30 import build_f30

    labels.extend(build_f30(out))
    from make_cycle_f36 import build_f36

    labels.extend(build_f36(out))
    from make_cycle_f37 import build_f37

    labels.extend(build_f37(out))
    from make_cycle_f42 import build_f42

    labels.extend(build_f42(out))
    from make_cycle_f43 import build_f43

    labels.extend(build_f43(out))
    from make_cycle_f45 import build_f45

    labels.extend(build_f45(out))
    from make_cycle_fixer47 import build_fixer47

    labels.extend(build_fixer47(out))
    from make_cycle_fixer46 import build_fixer46

    labels.extend(build_fixer46(out))
    from make_cycle_fixer50 import build_fixer50

    labels.extend(build_fixer50(out))
    from make_cycle_fixer49 import build_fixer49

    labels.extend(build_fixer49(out))
    path = labels_path or HERE / "cycle_labels.yaml"
    header = ("# 监控表、自评表和跨阶段样本的标注（由 make_cycle.py 生成，请勿手工修改）。\n"
              "# must：必须报告的规则；must_not：不得报告的规则；expect.rule_scores：按10号计分规则独立算出的各定量指标得分。\n")
    path.write_text(header + yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return labels


if __name__ == "__main__":
    print(f"{len(build())} 份样本已写入 {HERE / 'cycle'}")
