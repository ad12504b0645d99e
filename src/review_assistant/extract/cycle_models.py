"""Typed results of extracting the later stages of a project's cycle: monitoring tables and self-evaluations.

Amounts are in 万元; scores, rates and indicator values are :class:`Decimal` so recomputation is exact.
Both models expose ``title``, ``project_name``, ``unit`` and ``fiscal_year`` the way the pipeline reads
them from any extracted document.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field

from review_assistant.extract.models import TextField, indicator_family
from review_assistant.parsing.model import Location


class Amount(BaseModel):
    """A number read from one cell (money in 万元, a rate in %, a score in 分)."""

    label: str
    raw: str
    value: Decimal | None = None
    location: Location = Field(default_factory=Location)


class CycleIndicator(BaseModel):
    """One 三级 indicator row of a monitoring table or a self-evaluation table."""

    level1: str = ""
    level2: str = ""
    level3: str = ""
    sign: str | None = Field(None, description="≥ ≤ = > < ; None for 定性 or unreadable")
    target_text: str = Field("", description="年度指标值 as written")
    target: Decimal | None = None
    target_high: Decimal | None = Field(None, description="The upper end of a range target (\"300-400人次\": 400); "
                                                         "``target`` is its lower end")
    unit: str | None = None
    qualitative: bool = False
    unit_mismatch: bool = Field(False, description="A completion cell names a unit the target does not use")
    actual_text: str = Field("", description="1–N月完成值 (monitoring) or 实际完成值 (self-evaluation)")
    actual: Decimal | None = None
    forecast_text: str = Field("", description="全年预计完成值 (monitoring only)")
    forecast: Decimal | None = None
    weight: Decimal | None = Field(None, description="分值 (self-evaluation)")
    score: Decimal | None = Field(None, description="得分 as stated (self-evaluation)")
    cause: str = Field("", description="偏差原因（分析）")
    measure: str = Field("", description="纠偏措施 / 改进措施")
    possibility: str = Field("", description="完成目标可能性：确定能 / 有可能 / 完全不可能")
    deviated: str = Field("", description="是否偏离 as written (是 / 否), when the table has that column and a cause or "
                                          "measure column beside it")
    note: str = Field("", description="备注 as written (a monitoring table may explain a deviation there)")
    adjusted_text: str = Field("", description="调整后指标值 as written (a monitoring table's own column or its attached "
                                                "绩效目标调整申请表); '' when the target was not adjusted")
    adjusted: Decimal | None = Field(None, description="The adjusted target as a number")
    adjusted_sign: str | None = Field(None, description="The adjusted target's sign (≥ ≤ = > <)")
    adjust_reason: str = Field("", description="调整原因 as written")
    adjust_source: str = Field("", description="Where the adjustment is written: the table's column or the request table")
    execution: bool = Field(False, description="The 预算执行率 row of a form that scores it among the indicators "
                                               "(银川式: inside 项目管理), not a performance target")
    evidence: str = Field("", description="The row's text, verbatim")
    location: Location = Field(default_factory=Location)

    @property
    def family(self) -> str:
        """产出/效益/满意度/成本 from the 一级 (then 二级) name."""
        return indicator_family(self.level1, self.level2)

    @property
    def block(self) -> str:
        """The 一级 block whose points (written in the 一级 cell, "项目效益（35分）") this row's 分值 count towards: the
        family the 一级 cell itself names, else that cell's text (项目决策, 项目管理). A 二级 满意度指标 inside
        项目效益 belongs to the 效益 block, though its weight family is 满意度."""
        return indicator_family(self.level1, "") or "".join(self.level1.split())

    @property
    def name(self) -> str:
        return self.level3 or self.level2 or "（未命名）"

    @property
    def target_display(self) -> str:
        """The target with its sign and unit even when the form keeps them in separate columns."""
        text = self.target_text.strip()
        if self.qualitative or not text:
            return text
        ranged = self.target_high is not None  # "300-400人次" is shown as written, not as "≥300-400人次"
        sign = "" if ranged or not self.sign or text[:1] in "≥≤=><" or not text[:1].isdigit() else self.sign
        unit = self.unit if self.unit and self.unit not in text else ""
        return f"{sign}{text}{unit}"


class CycleDocument(BaseModel):
    """What the monitoring table and the self-evaluation share: the header of the project."""

    title: str = ""
    fiscal_year: int | None = None
    fiscal_year_source: str = Field("", description="project_name when the year was read from the project's name only")
    fields: dict[str, TextField] = Field(default_factory=dict, description="project_name, department, implementer")
    indicators: list[CycleIndicator] = Field(default_factory=list)
    indicator_table_found: bool = False

    @property
    def project_name(self) -> str:
        f = self.fields.get("project_name")
        return f.value if f else ""

    def budget_wan(self) -> float | None:
        """The year's budget in 万元 as the form states it (年初预算数), for the check result's ``amount_wan``."""
        return None

    @property
    def unit(self) -> str:
        f = self.fields.get("implementer") or self.fields.get("department")
        return f.value if f else ""


class FundPart(BaseModel):
    """One level's row of a monitoring table whose money is split by level (中央补助 / 省级补助 / 县级配套 above 合计)."""

    label: str
    budget: Amount | None = None
    executed: Amount | None = None
    rate: Amount | None = None


class MonitoringTable(CycleDocument):
    """A 绩效运行监控表 (双监控: budget execution and target achievement at a monitoring date)."""

    month: int | None = Field(None, description="The monitoring period ends with this month (1–N月)")
    budget: Amount | None = Field(None, description="年度预算数 / 年初预算数")
    adjusted_budget: Amount | None = Field(None, description="调整后预算数 / 全年预算数")
    executed: Amount | None = Field(None, description="1–N月执行数")
    rate: Amount | None = Field(None, description="执行率 as stated (%)")
    fund_parts: list[FundPart] = Field(
        default_factory=list, description="The level rows above the 合计 row the money was read from (中央补助 …)")
    execution_labels_seen: bool = Field(False, description="The document has budget-execution labels at all")
    prose_sentence: str = Field("", description="The sentence execution figures were read from, when no table gave them")
    has_tables: bool = Field(False, description="The document has any table (False: a report written only in paragraphs)")
    indicator_words_seen: bool = Field(False, description="The text names targets or completion (指标值, 完成值, 全年预计…)")
    completion_column_found: bool = Field(
        False, description="An indicator table names its 1–N月 completion column (完成值 / 执行情况) in its header")
    unread_indicator_table: str = Field(
        "", description="Header of a table naming indicator columns that could not be read as an indicator table")
    cause_note: TextField | None = Field(
        None, description="The table's closing 偏差原因说明 box (causes written once for the whole table)")
    measure_note: TextField | None = Field(
        None, description="The table's closing 纠偏措施 / 存在问题及纠偏措施 / 相关建议或举措 box")

    @property
    def base_budget(self) -> Amount | None:
        """The budget the rate is measured against: the adjusted one when it is filled in."""
        if self.adjusted_budget is not None and self.adjusted_budget.value:
            return self.adjusted_budget
        return self.budget

    def budget_wan(self) -> float | None:
        return _wan(self.budget) if self.budget is not None and self.budget.value is not None else _wan(self.adjusted_budget)


class ProjectScore(BaseModel):
    """One project row (or the 合计 row) of a department's 项目自评汇总表 (部门整体支出绩效自评: 序号 | 项目名称 |
    年初预算数 | 调整后预算数 | 全年执行数 | 执行率 | 自评得分 | 自评等级 | 未完成原因和改进措施)."""

    name: str
    initial: Amount | None = Field(None, description="年初预算数 (万元)")
    budget: Amount | None = Field(None, description="调整后预算数 / 全年预算数 (万元)")
    executed: Amount | None = Field(None, description="全年执行数 (万元)")
    rate: Amount | None = Field(None, description="执行率 as stated (%)")
    score: Amount | None = Field(None, description="自评得分 as stated")
    grade: str = Field("", description="自评等级 as stated")
    explanation: str = Field("", description="未完成原因和改进措施")
    evidence: str = Field("", description="The row's text, verbatim")
    location: Location = Field(default_factory=Location)

    @property
    def base_budget(self) -> Amount | None:
        """The budget the rate is measured against: the adjusted one when it is filled in."""
        if self.budget is not None and self.budget.value:
            return self.budget
        return self.initial


class SelfEvaluation(CycleDocument):
    """A 项目支出绩效自评表, or the short 自评报告 (then mostly narrative)."""

    form: str = Field("table", description="table: 自评表; report: 自评报告 without a scored indicator table; "
                      "summary: a department's 项目自评汇总表 (one scored row per project)")
    initial_budget: Amount | None = Field(None, description="年初预算数 (the budget column when there is no 全年预算数)")
    budget: Amount | None = Field(None, description="全年预算数")
    executed: Amount | None = Field(None, description="全年执行数")
    exec_weight: Amount | None = Field(None, description="预算执行率的分值")
    exec_rate: Amount | None = Field(None, description="执行率 as stated (%)")
    exec_score: Amount | None = Field(None, description="预算执行率的得分")
    family_weights: dict[str, Amount] = Field(
        default_factory=dict, description="一级指标分值 as written in the 一级 cell, e.g. 产出指标(50分)")
    total: Amount | None = Field(None, description="总分 as stated")
    total_unsure: str = Field(
        "", description="Why the 总分 cell is uncertain (several numbers in the row, no header naming the 得分 cell)")
    subtotal: Amount | None = Field(
        None, description="得分 of the indicator block's own 合计 row (分值 90 beside the execution points), not the total")
    subtotal_points: Decimal | None = Field(None, description="分值 of that 合计 row")
    grade: TextField | None = Field(None, description="自评等级 as stated (优/良/中/差)")
    narrative: dict[str, TextField] = Field(
        default_factory=dict, description="conclusion 评价结论, problems 存在问题, measures 改进措施")
    evaluation_type: str = Field("自评", description="自评 / 部门评价 / 财政评价 (from the title)")
    has_scoring_rules: bool = Field(False, description="The indicator table has its own 评分标准 column")
    explanation_column: bool = Field(
        True, description="The indicator table has a 偏差原因/改进措施 column (False: gaps are explained in 存在问题/改进措施)")
    funds_note: TextField | None = Field(
        None, description="Set when the 年度资金总额 row is 0/empty and a detail row was used (label = that row)")
    projects: list[ProjectScore] = Field(
        default_factory=list, description="A department's 项目自评汇总表: one row per project (form 'summary')")
    projects_total: ProjectScore | None = Field(None, description="The 合计 row of that summary table")

    def budget_wan(self) -> float | None:
        initial = self.initial_budget
        return _wan(initial) if initial is not None and initial.value else _wan(self.budget)


def _wan(amount: Amount | None) -> float | None:
    return round(float(amount.value), 6) if amount is not None and amount.value is not None else None
