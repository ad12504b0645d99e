"""Appraisal-report extraction: from a parsed .docx/.pdf to a typed :class:`AppraisalReport`.

Sections come from ``report_sections``, budget tables from ``report_budget``, and the phrases
(amounts, dates, cited bases, conclusion, score) from the pattern readers in ``report_text``. Every
value keeps the verbatim text it was read from and where, so checks can quote it as evidence.
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, Field

from review_assistant.extract import labels as L
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.goal_ticks import tick_box_choice
from review_assistant.extract.models import GoalSheet, MoneyField, TextField
from review_assistant.extract.report_budget import BudgetLine, BudgetTable, extract_budget_tables
from review_assistant.extract.report_compare import BudgetComparison
from review_assistant.extract.report_money import read_money
from review_assistant.extract.report_panel import PanelField, letter_issuer, read_panel
from review_assistant.extract.report_score import ScoreField, table_score
from review_assistant.extract.report_sections import (
    DIMENSION_KEYS,
    SECTION_NAMES,
    ReportSection,
    find_sections,
)
from review_assistant.extract.report_text import (
    find_citations,
    find_dates,
    find_score,
    sentences,
)
from review_assistant.extract.values import year_in_text
from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument
from review_assistant.settings import DEFAULT_CONCLUSION_VOCABULARY

__all__ = ["LIBRARY_ADMITTED", "AppraisalReport", "BudgetLine", "BudgetTable", "ReportSection", "ScoreField",
           "extract_report"]

# Conclusion words met in practice that are not in the default vocabulary: recognised so that the
# check can say what the report wrote instead of "no conclusion".
OTHER_CONCLUSIONS = ("调整完善后予以支持", "调整后支持", "完善后支持", "部分支持", "暂缓支持", "原则同意", "同意立项",
                     "基本可行", "不予通过", "修改后通过", "通过", "可行", "支持", "同意", "暂缓", "建议支持", "不建议支持",
                     "压减后支持", "核减后支持", "予以立项", "建议立项", "不予立项", "优先选择", "可选择", "慎重选择", "暂缓选择",
                     "同意实施", "建议安排", "不同意", "不同意立项", "不同意实施")
# Local wordings with an unambiguous meaning in the default vocabulary (county reports, expert opinions).
LOCAL_EQUIVALENTS: dict[str, str] = {
    "建议支持": "予以支持", "同意立项": "予以支持", "予以立项": "予以支持", "建议立项": "予以支持", "优先选择": "予以支持",
    "调整后支持": "调整后予以支持", "完善后支持": "调整后予以支持", "调整完善后予以支持": "调整后予以支持",
    "压减后支持": "调整后予以支持", "核减后支持": "调整后予以支持", "修改后通过": "调整后予以支持",
    "不建议支持": "不予支持", "不予通过": "不予支持", "暂缓支持": "不予支持", "暂缓选择": "不予支持", "不予立项": "不予支持",
    "同意实施": "予以支持", "不同意立项": "不予支持", "不同意实施": "不予支持", "不同意纳入项目库": "不予支持",
}
# A finance bureau's review letter states its verdict as admission to the project library ("经审核，该项目审核得分81分，
# 同意纳入2026年度项目库"): admitted means supported, without saying whether in full or after adjustment.
LIBRARY_ADMITTED = "同意纳入项目库"
_LIBRARY = re.compile(r"(?P<neg>不)?同意[^。；，,]{0,4}纳入[^。；，,]{0,16}?项目库")
_TITLE_SUFFIX = re.compile(r"(?:的)?事前(?:绩效)?(?:评估|论证)(?:报告)?.*$|(?:的)?(?:绩效)?论证报告.*$")
_TITLE_PREFIX = re.compile(r"^(?:关于)?(?:(?:19|20)\d{2}\s*年度?)?")
_EVALUATOR_LABEL = re.compile(
    r"(?P<label>评估机构(?:名称)?|评价机构(?:名称)?|评估单位|评估小组|评估人员|评估人|评估组织单位|评估主体|评估组长|评估专家组?|"
    r"专家组组长|报告出具单位|报告编制单位|编制单位|评估负责人|评估组|论证组长|论证单位|论证专家组?|评审组长|审核人|审核单位)(?:（[^）]{0,6}）)?\s*[：:]\s*(?P<value>[^\n]{2,60})"
)
_REPORT_DATE_LABEL = re.compile(r"(?:评估日期|报告日期|评估时间|报告时间|出具日期|完成日期|编制日期|报告出具时间|审核日期|^\s*日\s*期)\s*[：:]")
# The budget submission (not the start of budget preparation, which may precede the assessment).
_SUBMISSION = re.compile(r"预算(?:的)?(?:申报|报送|编报|提交|上报)|(?:申报|报送|编报|提交|上报)[^。；]{0,12}预算")
_CONCLUSION_CUE = re.compile(r"结论(?:为|是|如下|：|:)|评估认为|综上|总体建议|评审意见|论证意见")
_PLACEHOLDER = re.compile(r"^[\s（()）_＿—\-签字章盖名：:]*$")
_MONTH_ONLY = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月\s*$")


class DateField(BaseModel):
    value: date
    text: str = Field(description="Verbatim text holding the date")
    location: Location = Field(default_factory=Location)


class ConclusionField(BaseModel):
    sentence: str = Field(description="The conclusion sentence, verbatim")
    term: str | None = Field(None, description="Conclusion wording found in the sentence")
    in_vocabulary: bool = False
    equivalent: str | None = Field(None, description="The vocabulary term a local wording means (建议支持 → 予以支持)")
    location: Location = Field(default_factory=Location)


class CitedBasis(BaseModel):
    kind: str = Field(description="doc_number, title or plan")
    text: str = Field(description="Verbatim citation")
    doc_number: str | None = Field(None, description="Normalised 文号, e.g. 财预〔2020〕10号")
    title: str | None = None
    plan: str | None = Field(None, description="十三五 / 十四五 … when the citation is a plan")
    period: tuple[int, int] | None = Field(None, description="Plan period (start, end year)")
    location: Location = Field(default_factory=Location)


class AppraisalReport(BaseModel):
    """A 事前绩效评估报告 / 事前论证报告 as extracted."""

    title: str = ""
    fiscal_year: int | None = None
    fields: dict[str, TextField] = Field(
        default_factory=dict, description="project_name, implementer, department, attribute, period (report's own)")
    sections: list[ReportSection] = Field(default_factory=list)
    requested_amount: MoneyField | None = None
    recommended_budget: MoneyField | None = Field(None, description="建议预算控制数 / 建议安排金额")
    reduction: MoneyField | None = Field(None, description="建议核减金额")
    budget_comparison: BudgetComparison | None = Field(None, description="建议预算数与申请数对比表")
    report_date: DateField | None = None
    submission_date: DateField | None = Field(None, description="The budget submission date the report states")
    evaluator: TextField | None = None
    cited_bases: list[CitedBasis] = Field(default_factory=list)
    conclusion: ConclusionField | None = None
    score: ScoreField | None = None
    budget_tables: list[BudgetTable] = Field(default_factory=list)
    goal_sheet: GoalSheet | None = Field(None, description="The embedded goal sheet, when the report has one")
    panel: PanelField | None = Field(None, description="Stated number of experts and the members who signed")
    opinion_form: bool = Field(False, description="A one-table 评审意见表 / 专家论证意见表 (label | value rows), "
                                                  "not a written report with sections")
    conclusion_listing: str = Field("", description="When no conclusion was read: a sentence naming several conclusion "
                                                     "terms (the score bands), so the report may state one the reader missed")

    @property
    def project_name(self) -> str:
        f = self.fields.get("project_name")
        return f.value if f else ""

    @property
    def unit(self) -> str:
        f = self.fields.get("implementer")
        return f.value if f else ""

    def section(self, key: str) -> ReportSection | None:
        """The first section with canonical ``key``."""
        return next((s for s in self.sections if s.key == key), None)


def extract_report(doc: ParsedDocument, *, fiscal_year: int | None = None, goal_sheet: GoalSheet | None = None,
                   vocabulary: tuple[str, ...] | list[str] | None = None) -> AppraisalReport:
    """Read an appraisal report out of ``doc``. Missing parts stay empty; checks decide what is missing."""
    sheet = goal_sheet if goal_sheet is not None else extract_goal_sheet(doc, fiscal_year)
    report = AppraisalReport(title=_title(doc), sections=find_sections(doc))
    report.goal_sheet = sheet if sheet.indicator_table_found else None
    _read_fields(doc, report)
    _read_dates_and_evaluator(doc, report)
    report.fiscal_year = fiscal_year or _fiscal_year(doc, report, sheet)
    report.budget_tables = extract_budget_tables(doc)
    read_money(doc, report)
    report.cited_bases = [
        CitedBasis(kind=c.kind, text=c.text, doc_number=c.doc_number, title=c.title, plan=c.plan, period=c.period,
                   location=b.location)
        for b in doc.blocks if b.kind != BlockKind.TABLE for c in find_citations(b.text)
    ]
    report.conclusion, listing = _conclusion(doc, report, tuple(vocabulary or DEFAULT_CONCLUSION_VOCABULARY))
    report.conclusion_listing = listing if report.conclusion is None else ""
    # An opinion-titled document that carries the report's own content (基本情况, a 测算表) is read as a report.
    report.opinion_form = is_opinion_form(doc) or is_opinion_letter(doc) or (
        is_opinion_titled(_form_title(doc)) and report.section("basic_info") is None and not report.budget_tables)
    report.score = _score(doc, report)
    report.panel = read_panel(doc)
    return report


def _text_blocks(doc: ParsedDocument) -> list[Block]:
    return [b for b in doc.blocks if b.kind != BlockKind.TABLE and b.text.strip()]


# ---- title and header fields ---------------------------------------------------------------------


def _title(doc: ParsedDocument) -> str:
    # A sentence naming the report ("……申报，现补充事前绩效评估报告。") gives way to a title line after it.
    named = [t for b in _text_blocks(doc)[:8]
             if re.search(r"事前(?:绩效)?(?:评估|论证)|论证报告", t := b.text.strip()) and len(t) <= 80]
    if named:
        return next((t for t in named if not re.search(r"[，,]|。$", t)), named[0])
    return doc.title or doc.first_heading_or_paragraph()[:60]


def _form_title(doc: ParsedDocument) -> str:
    """The document's title, or for a sheet (whose first block is the sheet name) the merged title cell that opens
    its first table ("某区财政支出事前绩效评估专家评审意见表")."""
    title = _title(doc)
    if re.search(r"事前(?:绩效)?(?:评估|论证)", title):
        return title
    first = next((b for b in doc.blocks if b.table is not None and b.table.rows), None)
    if first is None or any(b.kind != BlockKind.HEADING for b in doc.blocks[:doc.blocks.index(first)]):
        return title
    cells = {c.text.strip() for c in first.table.rows[0] if c.text.strip()} if first.table else set()
    return cells.pop() if len(cells) == 1 else title


_PARA_FIELD = re.compile(r"^\s*(?P<label>[^：:\n]{2,14})[：:]\s*(?P<value>[^\n]+)$")
_NEXT_FIELD = re.compile(r"[；;](?=\s*[^：:，,。；;\s]{2,14}[：:])")  # "……项目；申请资金：64万元"


def _read_fields(doc: ParsedDocument, report: AppraisalReport) -> None:
    """Header fields from "label：value" lines and from label/value cells of non-indicator tables."""
    for b in doc.blocks:
        if b.table is not None:
            if "三级指标" in b.text:
                continue
            for r, row in enumerate(b.table.rows):
                texts = [c.text.strip() for c in row]
                for c, text in enumerate(texts):
                    key = L.match(L.HEADER_INDEX, text)
                    if key is None or key in report.fields:
                        continue
                    value = next((t for t in texts[c + 1:] if t and t != text), "")
                    if value and not L.is_label(value):
                        report.fields[key] = TextField(label=text, value=value,
                                                       location=b.location.model_copy(update={"row": r}))
            continue
        for line in b.text.splitlines():
            # "项目名称：某县……项目；申请资金：64万元（2026年度）。": each "label：value" pair up to the next "；".
            for piece in _NEXT_FIELD.split(line):
                m = _PARA_FIELD.match(piece)
                if m and (key := L.match(L.HEADER_INDEX, m.group("label"))) and key not in report.fields:
                    report.fields[key] = TextField(label=m.group("label").strip(),
                                                   value=m.group("value").strip().rstrip("。"), location=b.location)
    if "period" not in report.fields:
        report.fields.update(_narrative_period(doc))
    if "project_name" not in report.fields and report.title:
        name = _TITLE_PREFIX.sub("", _TITLE_SUFFIX.sub("", report.title)).strip()
        if len(name) >= 4:
            report.fields["project_name"] = TextField(label="标题", value=name, location=_title_location(doc, report))


_PERIOD_PHRASE = re.compile(
    r"(?P<label>实施期限|实施周期|项目期限|实施期|建设期|建设周期|起止时间|执行期限)(?:为|是|：|:)\s*"
    r"(?P<value>(?:19|20)\d{2}\s*年?(?:\s*\d{1,2}\s*月)?(?:\s*[-—–~～至到]\s*(?:(?:19|20)\d{2}\s*年?)?"
    r"(?:\s*\d{1,2}\s*月)?)?(?:底|末)?)"
)


def _narrative_period(doc: ParsedDocument) -> dict[str, TextField]:
    """实施期限 written in a sentence ("实施期限为2025年1月至2025年12月")."""
    for b in _text_blocks(doc):
        m = _PERIOD_PHRASE.search(b.text)
        if m:
            return {"period": TextField(label=m.group("label"), value=m.group("value").strip(), location=b.location)}
    return {}


def _title_location(doc: ParsedDocument, report: AppraisalReport) -> Location:
    for b in _text_blocks(doc):
        if b.text.strip() == report.title:
            return b.location
    return Location()


# "预算年度：2026", "项目实施年度为2026年": the report's own budget-year field.
_YEAR_FIELD = re.compile(r"(?:预算|项目实施|实施|申报|编制)年度\s*(?:[：:]|为|是)\s*((?:19|20)\d{2})")
# A cell "年度" beside a cell holding only a year ("年度 | 2026").
_BARE_YEAR_CELL = re.compile(r"^年度：((?:19|20)\d{2})\s*(?:年度?)?$")
# "2026年度资金", "申请2025年度资金300万元", "2025年预算申报材料", "申请2026年度市级财政资金90万元": a year that
# names the budget (or the funds applied for), not a date.
_FUND_LEVEL = r"(?:部门|本级|中央|省级|市级|州级|县级|区级|旗级|镇级|乡级|乡镇|[省市州县区旗镇乡])?"
_YEAR_PHRASE = re.compile(r"((?:19|20)\d{2})\s*(?:年度" + _FUND_LEVEL + r"(?:预算|项目|资金|财政|一般公共预算)"
                          r"|年" + _FUND_LEVEL + r"(?:预算|项目|财政资金))")
# The same phrase after 申请 ("申请2026年度市级财政资金"): the funds this report is about, before any other year's funds
# the background may mention ("2024年度市级财政资金安排80万元").
_APPLIED_YEAR = re.compile(r"(?:申请|申报|拟安排)\s*" + _YEAR_PHRASE.pattern)


def _fiscal_year(doc: ParsedDocument, report: AppraisalReport, sheet: GoalSheet) -> int | None:
    """The budget year, in order of trust: the title, a 预算年度/项目实施年度 field, an embedded goal sheet, a
    "2026年度资金/2025年预算" phrase, else the year after the submission or report date. A review-meeting or
    signature date ("2025年9月12日，组织专家评审") is when the budget was prepared, not its year."""
    if (y := year_in_text(report.title)) is not None:
        return y
    texts = [c.text for b in doc.blocks if b.table is not None for row in b.table.rows for c in row]
    # Every label/value pair of a row: "项目申报日期 | 2025年9月30日 | 申报年度 | 2026年", "申请资金 | 150 | 年度 | 2026".
    labelled = [f"{row[c].text.strip()}：{row[c + 1].text.strip()}" for b in doc.blocks if b.table is not None
                for row in b.table.rows for c in range(len(row) - 1) if row[c].text.strip() != row[c + 1].text.strip()]
    for text in [b.text for b in _text_blocks(doc)] + labelled:
        if m := _YEAR_FIELD.search(text):
            return int(m.group(1))
    if y := next((int(m.group(1)) for text in labelled if (m := _BARE_YEAR_CELL.match(text))), None):
        return y
    if sheet.indicator_table_found and sheet.fiscal_year:
        return sheet.fiscal_year
    for pattern in (_APPLIED_YEAR, _YEAR_PHRASE):
        for text in [b.text for b in _text_blocks(doc)] + texts:
            if m := pattern.search(text):
                return int(m.group(1))
    if sheet.fiscal_year and sheet.fiscal_year_source in {"budget_year", "period"}:
        return sheet.fiscal_year
    dated = report.submission_date or report.report_date
    return dated.value.year + 1 if dated else sheet.fiscal_year


# ---- dates and evaluator -------------------------------------------------------------------------


def _read_dates_and_evaluator(doc: ParsedDocument, report: AppraisalReport) -> None:
    blocks = _text_blocks(doc)
    # (text to search, verbatim text to quote, location); a table row is searched as "label：value".
    rows: list[tuple[str, str | None, Location]] = [(b.text, None, b.location) for b in blocks]
    for b in doc.blocks:
        if b.table is not None and "三级指标" not in b.text:
            for r in range(b.table.n_rows):
                cells = b.table.row_text(r).split(" ")
                rows.append(("：".join(cells), b.table.row_text(r), b.location.model_copy(update={"row": r})))
    for text, verbatim, loc in rows:
        for line in text.splitlines():
            quote = verbatim or line.strip()
            line = _SIGNATURE_LABEL.sub(_signature_label, line)  # "评估人员签名：", "专家签名", "评审日期"
            if report.report_date is None and (m := _REPORT_DATE_LABEL.search(line)):
                dates = find_dates(line[m.end():])
                if dates:
                    report.report_date = DateField(value=dates[0][0], text=quote, location=loc)
                elif month := _MONTH_ONLY.search(line[m.end():]):
                    # "日期：2024年9月" (a cover page): the first of the month, so no timing rule can turn a
                    # guessed day into an error.
                    report.report_date = DateField(value=date(int(month.group(1)), int(month.group(2)), 1),
                                                   text=quote, location=loc)
            if report.evaluator is None and (m := _EVALUATOR_LABEL.search(line)):
                value = m.group("value").strip()
                value = re.split(r"\s{2,}|：|[（(]?(?:盖章|签章|签字)[)）]?", value)[0].strip()
                if value and not _PLACEHOLDER.match(value) and not find_dates(value):
                    report.evaluator = TextField(label=m.group("label"), value=value, location=loc)
                    signed = find_dates(line[m.start("value"):])  # "论证组长：甲某    成员：乙某    2024年9月20日"
                    if report.report_date is None and signed:
                        report.report_date = DateField(value=signed[-1][0], text=quote, location=loc)
            if report.submission_date is None and (m := _SUBMISSION.search(line)):
                dates = find_dates(line)
                # The date that follows the keyword ("截止日期为…"), else the one nearest before it.
                after = [(d, sp) for d, sp in dates if sp.start >= m.start()]
                chosen = after[0] if after else (dates[-1] if dates else None)
                if chosen is not None:
                    d, span = chosen
                    clause = _clause_around(line, span.start, span.end) if verbatim is None else quote
                    report.submission_date = DateField(value=d, text=clause, location=loc)
    if report.report_date is None:
        report.report_date = _standalone_date(blocks[-8:][::-1]) or _standalone_date(blocks[:12]) \
            or _review_sentence_date(blocks)
    if report.evaluator is None and (issuer := letter_issuer(blocks)):
        report.evaluator = issuer
    for b in doc.blocks if report.evaluator is None else ():  # "专家组成员 | 单位 | 签名" then one row per expert
        if b.table is not None and b.table.n_rows > 1 and _EXPERT_TABLE.match(L.norm_label(b.table.rows[0][0].text)):
            first = b.table.rows[1][0].text.strip()
            if first:
                report.evaluator = TextField(label=b.table.rows[0][0].text.strip(), value=first,
                                             location=b.location.model_copy(update={"row": 1, "column": 0}))
                break


_EXPERT_TABLE = re.compile(r"^(?:评审|论证|评估)?专家(?:组)?(?:成员|名单|姓名)?$|^(?:评审|论证|评估)(?:组)?成员$")


# Signature-block labels of expert opinions and scoring tables, read as the evaluator and date labels.
_SIGNATURE_LABEL = re.compile(r"(评估人员|评估人|评估专家组?|专家组?(?:成员)?|评审专家组?|评审人员?)\s*(?:签名|签字|[（(](?:签名|签字)[)）])"
                              r"|评审日期|评审时间")


def _signature_label(m: re.Match[str]) -> str:
    if m.group(0).startswith("评审") and m.group(1) is None:
        return "评估日期"
    return "评估专家" if "专家" in m.group(1) or m.group(1).startswith("评审") else m.group(1)


def _standalone_date(blocks: list[Block]) -> DateField | None:
    """A signature-block date: a short line that is (mostly) a date, e.g. "2024年9月15日"."""
    for b in blocks:
        text = b.text.strip()
        dates = find_dates(text)
        if dates and len(text) - len(dates[-1][1].text) <= 30 and not text.endswith("。"):
            return DateField(value=dates[-1][0], text=dates[-1][1].text, location=b.location)
    return None


# A sentence telling when the experts met: "2026年11月26日，区财政局组织5名专家对……开展事前绩效评估评审",
# "县财政局于2024年10月18日召开专家论证会". Read only when no labelled or signature date exists.
_REVIEW_SENTENCE = re.compile(r"专家")
_REVIEW_ACT = re.compile(r"(?:组织|召开|邀请|开展|进行|举行)[^。；;\n]{0,60}?(?:评审|论证|评议|评估)")


def _review_sentence_date(blocks: list[Block]) -> DateField | None:
    """The date of the review meeting written in running text (an opinion's opening sentence)."""
    for b in blocks:
        for sentence in re.split(r"[。；;\n]", b.text):
            if not _REVIEW_SENTENCE.search(sentence) or not (act := _REVIEW_ACT.search(sentence)):
                continue
            if _SUBMISSION.search(sentence):
                continue  # "须于2026年9月30日前报送…专家评审": a deadline, not the review
            dates = [(d, sp) for d, sp in find_dates(sentence) if sp.end <= act.start() + 2
                     and not re.match(r"\s*(?:之|以)?前", sentence[sp.end:])]  # "9月30日前组织评审": a deadline
            if dates:
                return DateField(value=dates[0][0], text=sentence.strip(), location=b.location)
    return None


def _clause_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(p, 0, start) for p in "。；;，,")
    right_candidates = [i for p in "。；;，," if (i := text.find(p, end)) != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1:right].strip()


# ---- conclusion and score ------------------------------------------------------------------------


def _conclusion_sources(doc: ParsedDocument, report: AppraisalReport) -> list[tuple[str, Location]]:
    out: list[tuple[str, Location]] = []
    for key in ("overall_conclusion", "assessment", "suggestions"):
        for s in report.sections:
            if s.key != key:
                continue
            if s.table_row:  # a form's "总体结论 | 评估得分88分，予以支持。"
                out.append((s.text, s.location.model_copy(update={"column": 1})))
                continue
            if s.inline:
                out.append((doc.blocks[s.block_start].text, s.location))
            out.extend((b.text, b.location) for b in doc.blocks[s.block_start + 1:s.block_end]
                       if b.kind != BlockKind.TABLE)
    # An expert-opinion form: "评审结论 | 调整完善后予以支持" in a label/value table row.
    for b in doc.blocks:
        if b.table is not None and "三级指标" not in b.text:
            for r, row in enumerate(b.table.rows):
                texts = [c.text.strip() for c in row]
                if len(texts) > 1 and _CONCLUSION_LABEL.match(L.norm_label(texts[0])):
                    value = next((t for t in texts[1:] if t and t != texts[0]), "")
                    if value:
                        out.append((f"{texts[0]}：{value}", b.location.model_copy(update={"row": r, "column": 1})))
                elif texts and _CONCLUSION_CELL.match(texts[0]):
                    out.append((texts[0], b.location.model_copy(update={"row": r, "column": 0})))
    out.extend((b.text, b.location) for b in reversed(_text_blocks(doc)))
    return out


_OPINION_FORM_LABEL = re.compile(r"^(?:(?:评审|评估|论证|专家|专家组)(?:结论|意见|综合意见)|专家(?:组)?(?:签名|签字)|(?:评审|论证)(?:专家|日期|时间)"
                                 r"|建议(?:金额|安排金额|预算)|核减(?:金额|原因)|申报金额|申请金额)$")


def is_opinion_form(doc: ParsedDocument) -> bool:
    """A 评审意见表: a label | value table holding at least two opinion-form labels (评审意见, 评审结论,
    建议金额, 核减原因, 专家签名 …), with the verdict in its cells rather than under section headings."""
    for b in doc.blocks:
        if b.table is None:
            continue
        labels = {L.norm_label(row[0].text) for row in b.table.rows if len(row) > 1 and row[0].text.strip()}
        if len({lab for lab in labels if _OPINION_FORM_LABEL.match(lab)}) >= 2:
            return True
    return False


# "关于××项目事前绩效评估的评审意见", "××项目专家论证意见（函）": the document is the experts' opinion itself.
_OPINION_TITLE = re.compile(r"(?:评审|论证|评估|专家组?|审核)意见(?:函|书|的函|表)?\s*(?:[（(][^）)]{0,8}[)）])?\s*$")


def is_opinion_titled(title: str) -> bool:
    """The title names the experts' opinion ("……专家评审意见书", "关于……的评审意见"), not a report."""
    return bool(_OPINION_TITLE.search(title))


def is_opinion_letter(doc: ParsedDocument) -> bool:
    """A 评审意见 written as a letter: an opinion title, a verdict in the text (予以支持, 不予支持 …), and no
    dimension-by-dimension sections (a written opinion with 立项必要性 … headings is read as a report)."""
    if not is_opinion_titled(_title(doc)):
        return False
    text = doc.normalized_text
    verdicts = (*DEFAULT_CONCLUSION_VOCABULARY, *OTHER_CONCLUSIONS)
    # The dimensions as the opinion's own text names them: the rows of its 评分表 score them, they are no sections.
    prose = "\n".join(b.text for b in _text_blocks(doc)).replace("的", "")
    named = sum(1 for k in DIMENSION_KEYS if SECTION_NAMES[k] in prose)
    return any(v in text for v in verdicts) and named < 2


_CONCLUSION_LABEL = re.compile(r"^(?:评审|评估|论证|专家|专家组|审核)(?:结论|意见|综合意见)$")
# A form's one-cell conclusion row: "评审结论：调整后予以支持，建议预算控制数126万元。"
_CONCLUSION_CELL = re.compile(r"^(?:专家)?(?:评审|评估|论证|审核)(?:结论|意见)\s*[：:]\s*\S")


# "评审结论为“予以支持”", "结论：调整完善后予以支持": the conclusion stated, right after its cue.
_STATED = re.compile(r"结论\s*(?:为|是|：|:)\s*[“”\"'‘’「『]?")


def _stated_term(sentence: str, terms: list[str]) -> str | None:
    """The term a sentence states as the conclusion ("……评审结论为“予以支持”"), even when the same sentence also
    lists the score bands with every term; None when no term follows a conclusion cue."""
    found = {t for m in _STATED.finditer(sentence) for t in terms if sentence[m.end():].startswith(t)}
    return max(found, key=len) if found else None


def _conclusion(doc: ParsedDocument, report: AppraisalReport,
                vocabulary: tuple[str, ...]) -> tuple[ConclusionField | None, str]:
    """The report's conclusion, and (when none was read) the first sentence that lists several conclusion terms."""
    vocab = sorted(vocabulary, key=len, reverse=True)
    others = sorted(OTHER_CONCLUSIONS, key=len, reverse=True)
    fallback: ConclusionField | None = None
    # The form's title ("……专家评审意见表") names the opinion, it states no conclusion.
    headings = {s.heading for s in report.sections} | {report.title}
    # Under the conclusion heading a local wording needs no cue ("同意立项，建议按核定金额安排").
    closing = {b.text for s in report.sections if s.key == "overall_conclusion"
               for b in doc.blocks[s.block_start:s.block_end] if b.kind != BlockKind.TABLE}
    closing |= {s.text for s in report.sections if s.key == "overall_conclusion" and s.table_row}
    listing = ""
    for text, loc in _conclusion_sources(doc, report):
        for sentence in sentences(text):
            terms = _terms_in(sentence, vocab)
            if len(terms) > 1 and (ticked := _ticked_term(sentence, [*vocab, *others])) is not None:
                # "评审结论：☑予以支持 □调整后支持 □不予支持": the one ticked box is the verdict.
                meaning = ticked if ticked in vocab else LOCAL_EQUIVALENTS.get(ticked)
                return ConclusionField(sentence=sentence, term=ticked, location=loc, in_vocabulary=ticked in vocab,
                                       equivalent=None if ticked in vocab or meaning not in vocabulary else meaning), ""
            if len(terms) > 1 and (stated := _stated_term(sentence, sorted({*vocab, *others}, key=len, reverse=True))):
                # The bands and the verdict in one sentence: the term right after "结论为" is the verdict.
                if stated in vocab:
                    return ConclusionField(sentence=sentence, term=stated, in_vocabulary=True, location=loc), ""
                meaning = LOCAL_EQUIVALENTS.get(stated)
                return ConclusionField(sentence=sentence, term=stated, location=loc,
                                       equivalent=meaning if meaning in vocabulary else None), ""
            if len(terms) == 1:
                # "调整完善后予以支持" holds 予以支持 but is conditional support: the longer local term decides.
                longer = [o for o in _terms_in(sentence, others) if terms[0] in o and o not in vocab]
                if longer:
                    meaning = LOCAL_EQUIVALENTS.get(longer[0])
                    return ConclusionField(sentence=sentence, term=longer[0], location=loc,
                                           equivalent=meaning if meaning in vocabulary else None), ""
                return ConclusionField(sentence=sentence, term=terms[0], in_vocabulary=True, location=loc), ""
            if len(terms) > 1:
                listing = listing or sentence
                continue  # a sentence listing the possible conclusions is not the conclusion
            library = [m.group("neg") is not None for m in _LIBRARY.finditer(sentence)]
            if len(set(library)) == 1:  # "同意纳入2026年度项目库" (not a rule listing both outcomes)
                admission = "不同意纳入项目库" if library[0] else LIBRARY_ADMITTED
                meaning = LOCAL_EQUIVALENTS.get(admission)
                return ConclusionField(sentence=sentence, term=admission, location=loc,
                                       equivalent=meaning if meaning in vocabulary else None), ""
            cued = _CONCLUSION_CUE.search(sentence) or (text in closing and _terms_in(sentence, others))
            if fallback is None and cued and sentence not in headings:
                other = _terms_in(sentence, others)
                term = other[0] if other else None
                meaning = LOCAL_EQUIVALENTS.get(term or "")
                fallback = ConclusionField(sentence=sentence, term=term, location=loc,
                                           equivalent=meaning if meaning in vocabulary else None)
    return fallback, listing


def _ticked_term(sentence: str, terms: list[str]) -> str | None:
    """The one conclusion ticked in a row of tick boxes ("☑予以支持 □调整后支持 □不予支持"); None when the sentence
    has no boxes, or none or several are ticked (a box whose mark was lost in conversion is not guessed at)."""
    option = re.compile("|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True)))
    choice = tick_box_choice(sentence, option)
    if choice is None or len(choice[0]) != 1:
        return None
    return choice[0][0]


def _terms_in(sentence: str, terms: list[str]) -> list[str]:
    """Distinct terms in ``sentence``; a term inside a longer matched term does not count twice."""
    found: list[str] = []
    rest = sentence
    for term in terms:
        if term in rest:
            found.append(term)
            rest = rest.replace(term, "※")
    return found


def _score(doc: ParsedDocument, report: AppraisalReport) -> ScoreField | None:
    for text, loc in _conclusion_sources(doc, report):
        found = find_score(text)
        if found:
            return ScoreField(value=found[0], text=found[1], location=loc)
    return table_score(doc)
