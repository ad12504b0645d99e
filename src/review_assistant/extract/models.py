"""Typed results of extraction: what a goal sheet says, field by field, with where it says it."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from review_assistant.extract.labels import level_name
from review_assistant.extract.report_budget import BudgetTable
from review_assistant.extract.values import target_text
from review_assistant.parsing.model import Location

DocumentKind = Literal["goal_sheet", "appraisal_report", "monitoring_table", "self_evaluation", "other"]
#: The Chinese name of each document kind, as users read it (the one definition).
KIND_ZH: dict[str, str] = {"goal_sheet": "绩效目标申报表", "appraisal_report": "事前绩效评估报告",
                           "monitoring_table": "绩效运行监控表", "self_evaluation": "绩效自评表（自评报告）", "other": "其他文件"}


NotePart = Literal["header", "funds", "goals", "indicators", "year", "layout"]
NOTE_PART_ZH: dict[str, str] = {
    "header": "表头", "funds": "资金", "goals": "绩效目标", "indicators": "指标表", "year": "预算年度", "layout": "版式",
}


def undecided_year_message(default_year: int | None = None) -> str:
    """What the reviewer is told when no budget year can be read (the one wording, for every kind)."""
    used = f"按默认年度{default_year}年进行" if default_year else "按默认年度进行"
    return ("未能确定预算年度：表题、预算年度栏、项目期限、填报日期和文件名都没有可用的年份，"
            f"与年度有关的检查{used}，请核对或用 --fiscal-year 指定。")


class ExtractionNote(BaseModel):
    """Something the extractor saw but could not read, so the reviewer knows what the machine skipped."""

    part: NotePart
    message: str = Field(description="Chinese, one sentence")
    evidence: str = ""
    location: Location = Field(default_factory=Location)

    def text(self) -> str:
        return f"【抽取说明·{NOTE_PART_ZH[self.part]}】{self.message}"


class TextField(BaseModel):
    """A labelled value as found in the document."""

    label: str = Field(description="The label as written, e.g. 项目单位")
    value: str = Field(description="The value text as written")
    location: Location = Field(default_factory=Location)


class MoneyField(BaseModel):
    """An amount normalised to 万元, with the text it came from."""

    label: str
    raw: str
    value_wan: float | None = Field(None, description="Amount in 万元; None when the cell holds no number")
    unit: str = Field("万元", description="Unit the amount was written in (万元, 元, 亿元)")
    location: Location = Field(default_factory=Location)


def indicator_family(level1: str, level2: str) -> str:
    """产出/效益/满意度/成本 (效果 counts as 效益) from the 一级 name, then the 二级 name; '' when neither says."""
    # A non-standard 一级 ("项目完成指标") says nothing: a standard 二级 (数量指标) decides.
    named = level_name(level2)
    if "满意度" in level2 and "满意度" not in level1 and "效" in level1:
        return "满意度"  # 2017 评审申报表: 服务对象满意度 is a 二级 under 效果
    for text in (level1, named[0] if named else "", level2):
        for fam in ("满意度", "成本", "产出", "效益", "效果"):
            if fam in text:
                return "效益" if fam == "效果" else fam
    return ""


class Indicator(BaseModel):
    """One 三级 indicator row."""

    level1: str = Field("", description="一级指标, e.g. 产出指标")
    level2: str = Field("", description="二级指标, e.g. 数量指标")
    level3: str = Field("", description="三级指标 (the indicator's name)")
    sign: str | None = Field(None, description="≥ ≤ = > < or None; 定性 rows have None and qualitative=True")
    value_text: str = Field("", description="指标值 cell text as written")
    number: float | None = None
    date_value: date | None = None
    unit: str | None = Field(None, description="计量单位 (from its column or from the value cell)")
    qualitative: bool = False
    period: Literal["annual", "long_term"] = "annual"
    raw: list[str] = Field(default_factory=list, description="The row's cell texts")
    evidence: str = Field("", description="A verbatim span of the row for quoting")
    location: Location = Field(default_factory=Location)
    has_sign_column: bool = Field(False, description="The table has a separate 指标性质/符号 column")
    has_unit_column: bool = Field(False, description="The table has a separate 计量单位 column")
    number_high: float | None = Field(None, description="Upper bound when the value is a range (80%-90%)")
    levels_inferred: bool = Field(False, description="一级/二级 were inferred (blank column, level in the name cell)")
    cell_unit: str | None = Field(None, description="Unit written in the value cell when a unit column disagrees")
    project: str = Field("", description="Project name when one table lists several projects")
    place: str = Field("", description="The township or village whose value column this is, when one project's table "
                                       "gives each place its own column of values")
    unit_column_text: str = Field("", description="The 计量单位 column cell as written")
    unread_beside: str = Field("", description="A cell right of the value, in a column without a (known) name, that "
                                               "was not read: it may hold the unit")
    unread_beside_label: str = Field("", description="The unknown name of that column ('' when it has none)")
    basis: str = Field("", description="The row's 指标值说明 / 评价依据 / 设定依据 cell as written (how the value is judged)")
    unit_hinted: bool = Field(False, description="The unit is not written with the value; it was taken from the "
                                                 "template's prompt in the name (\"（≥**%）\")")
    column_year: int | None = Field(None, description="The year the value column names, when the table gives its values "
                                                      "one column per year (\"2026年度指标值 | 2027年度指标值\")")
    column_label: str = Field("", description="That column's header as written")

    @property
    def target(self) -> str:
        """The target as written for a reader: "≥20万元", with the sign and unit once each."""
        return target_text(self.sign, self.value_text, self.unit)

    @property
    def family(self) -> str:
        """产出/效益/满意度/成本 or '' from the 一级 (and 二级 as a fallback)."""
        return indicator_family(self.level1, self.level2)

    @property
    def sub_family(self) -> str:
        """数量/质量/时效/成本/经济/社会/生态/可持续/满意度 from the 二级 name."""
        text = self.level2 or self.level1
        for sub in ("数量", "质量", "时效", "成本", "经济", "社会", "生态", "可持续", "满意度"):
            if sub in text:
                return sub
        return ""


def indicators_by_row(indicators: list[Indicator]) -> list[list[Indicator]]:
    """The indicators by table row: one row each, except that a row giving each place its own value (``place``)
    holds all of that row's places."""
    rows: dict[tuple[str, str, str, int], list[Indicator]] = {}
    for n, i in enumerate(indicators):
        rows.setdefault((i.level1, i.level2, i.level3, -1 if i.place else n), []).append(i)
    return list(rows.values())


class GoalSheet(BaseModel):
    """A 项目支出绩效目标申报表 as extracted from any layout."""

    title: str = ""
    fiscal_year: int | None = None
    fields: dict[str, TextField] = Field(
        default_factory=dict,
        description="Header fields by canonical key: project_name, department, implementer, attribute, "
        "period, leader, phone, category",
    )
    funds: dict[str, MoneyField] = Field(
        default_factory=dict,
        description="By canonical key: total, fiscal, fiscal_local, fiscal_upper, carryover, other",
    )
    period_funds: dict[str, MoneyField] = Field(
        default_factory=dict,
        description="A multi-year project's 实施期 (whole-period) funds written beside the annual ones, by the keys of funds")
    annual_goal: TextField | None = None
    long_term_goal: TextField | None = None
    indicators: list[Indicator] = Field(default_factory=list)
    unsplit_indicators: list[Indicator] = Field(
        default_factory=list, description="Targets of a 栏目|填报内容 cell that could not be cut into single indicators with "
                                          "certainty: levels, the text (value_text) and where; not counted as indicators")
    layout: Literal["2015", "2021"] = Field("2015", description="2021 = 成本指标 as a first-level indicator")
    indicator_table_found: bool = False
    form: Literal["table", "notice", "project_row", "level_in_cell", "text_list"] = Field(
        "table", description="notice = a 公示/通知 page in paragraphs; project_row = one row-group of a multi-project table; "
                             "level_in_cell = a one-column indicator table whose cells hold level, name and value; "
                             "text_list = the whole indicator list written in one cell (【产出指标-数量指标】指标1：…（≥77台）)")
    fiscal_year_source: str = Field("", description="title | budget_year | period | project_name | fill_date | file_name | given | ''")
    project_label: str = Field("", description="Which project of a multi-project file this is (e.g. 第2个项目：…)")
    unknown_fund_labels: list[str] = Field(default_factory=list, description="Money rows whose label is not recognised")
    funds_itemised_partly: bool = Field(False, description="Sources listed under 其中 cover only part of the total")
    sources_closed: bool = Field(False, description="The sources were read from a funds grid closed by its 合计 row "
                                                    "(分年度资金安排: the budget year's column lists every source)")
    notes: list[ExtractionNote] = Field(default_factory=list)
    unread_cells: list[Location] = Field(
        default_factory=list, description="Formula cells whose result was never saved: values that could not be read")
    project_rows: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="Per-project cells of a multi-project table (name, unit, budget, goal)")
    budget_detail: BudgetTable | None = Field(None, description="预算明细 or the task budgets of a department sheet")
    budget_detail_kind: Literal["", "detail", "tasks", "economic", "allocation"] = Field(
        "", description="detail = 预算明细/测算表; tasks = a department's task budgets; economic = 项目支出明细 by 经济分类科目; "
                        "allocation = a notice's 分配表 by village or township")
    expenditure: dict[str, MoneyField] = Field(
        default_factory=dict, description="支出构成 of a department sheet: basic (基本支出), project (项目支出), total (合计)")

    def field_value(self, key: str) -> str:
        f = self.fields.get(key)
        return f.value if f else ""

    @property
    def project_name(self) -> str:
        return self.field_value("project_name")

    def annual_indicators(self) -> list[Indicator]:
        return [i for i in self.indicators if i.period == "annual"]

    def note(self, part: NotePart, message: str, evidence: str = "", location: Location | None = None) -> None:
        """Record an extraction note once (same part and message)."""
        if any(n.part == part and n.message == message for n in self.notes):
            return
        self.notes.append(ExtractionNote(part=part, message=message, evidence=evidence,
                                         location=location or Location()))

    def total_wan(self) -> float | None:
        f = self.funds.get("total")
        return f.value_wan if f else None

    def fund_amounts(self, kind: str) -> list[MoneyField]:
        """Read amounts of one fund kind (a kind may hold several sources: 自筹 and 事业收入)."""
        return [f for k, f in self.funds.items() if (k == kind or k.startswith(kind + ":")) and f.value_wan is not None]

    def source_amounts(self) -> list[MoneyField]:
        """The read amounts of every fund line other than the total."""
        return [f for k, f in self.funds.items() if k != "total" and f.value_wan is not None]

    def fiscal_parts_are_siblings(self) -> bool:
        """财政拨款 and funds named by level or budget type (中央资金, 体彩公益金, 专项债券 …) listed side by side:
        with 上年结转 and 其他资金 they add up to the total, so the latter are further sources, not items under 财政拨款.
        Not when they are exactly 本级 and 上级 (those split 财政拨款)."""
        total = self.total_wan()
        fiscal = self.fund_amounts("fiscal")
        local, upper, level = (self.fund_amounts(k) for k in ("fiscal_local", "fiscal_upper", "fiscal_part"))
        if total is None or not fiscal or not (local or upper or level) or (local and upper and not level):
            return False
        every = [*fiscal, *local, *upper, *level, *self.fund_amounts("carryover"), *self.fund_amounts("other")]
        return abs(sum(f.value_wan or 0.0 for f in every) - total) <= 0.005
