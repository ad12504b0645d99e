"""GS-01 (header fields filled), GS-02 (funds add up), GS-03 (indicator rows complete)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from review_assistant.checks.base import CheckContext, GoalSheetRule, register
from review_assistant.checks.goal_sheet.budget_detail import detail_findings, expenditure_findings
from review_assistant.checks.goal_sheet.common import RATE_NAME, is_dimensionless, row_text
from review_assistant.checks.goal_sheet.periods import period_fund_findings
from review_assistant.checks.models import Finding, Severity
from review_assistant.extract import labels as L
from review_assistant.extract.goal_budget import DEPARTMENT_TITLE
from review_assistant.extract.goal_sheet import multi_year_sheet, whole_period_total
from review_assistant.extract.labels import TEMPLATE_ROW_NAME
from review_assistant.extract.models import GoalSheet, Indicator, MoneyField
from review_assistant.extract.values import fmt_wan, money_unit_written, only_sign_or_unit, unit_in_name
from review_assistant.parsing import SPREADSHEET_TYPES, Location, ParsedDocument

_PLACEHOLDER = re.compile(r"^(?:[XxＸｘ×]+|\*+|＊+|…+|\.{2,}|。{2,}|-+|—+|/|／|无|暂无|待定|待填|略|88|100|0|x+年x+月)$")

# (key, Chinese name, severity when missing)
_REQUIRED_FIELDS: tuple[tuple[str, str, Severity], ...] = (
    ("project_name", "项目名称", "error"),
    ("department", "主管部门", "error"),
    ("implementer", "实施单位", "error"),
    ("attribute", "项目属性", "warning"),
    ("period", "项目期限", "warning"),
    ("leader", "项目负责人", "warning"),
)


_PLACEHOLDER_SLOT = r"\*{2,}|＊{2,}|[×Xx]{2,}|[ＸＸ]{2,}"
_VALUE_PLACEHOLDER = re.compile(_PLACEHOLDER_SLOT)
# The whole value is the template's number slot left as it was: a sign, the placeholder, a unit ("≥XX%", "**人次").
_BARE_PLACEHOLDER_VALUE = re.compile(rf"^[≥≤=<>＞＜≧≦]?\s*(?:{_PLACEHOLDER_SLOT})\s*(?:%|％|[^\d\s*＊×XxＸ]{{1,6}})?$")


def _blank_between_labels(ctx: CheckContext, label: str, loc: Location | None) -> bool:
    """Whether a labelled row is certainly blank: every cell right of the label is empty and the next row begins
    with another label ("年度总体目标 | | |" then "年度绩效指标 | 一级指标 …"), so the text is neither in a merged
    range beside it nor in the row below. False when the row cannot be found."""
    if loc is None or loc.table is None or loc.row is None:
        return False
    tables = ctx.document.tables()
    if loc.table >= len(tables):
        return False
    table = tables[loc.table][1]
    if loc.row + 1 >= table.n_rows:
        return False
    texts = [c.text.strip() for c in table.rows[loc.row]]
    at = next((i for i, t in enumerate(texts) if t == label.strip()), None)
    if at is None or any(t and t != texts[at] for t in texts[at + 1:]):
        return False
    below = [c.text.strip() for c in table.rows[loc.row + 1]]
    head = next((t for t in below[:at + 1] if t), "")
    return bool(head) and head != texts[at] and any(t and t != head for t in below[at + 1:])


def _whole_count(ind: Indicator) -> bool:
    """A 数量 row written as a bare whole number of things ("3处", "14所"): read as the planned count (=)."""
    n = ind.number
    return (ind.sub_family == "数量" and n is not None and float(n).is_integer() and bool(ind.unit)
            and ind.unit not in {"%", "‰", "百分比"} and "元" not in (ind.unit or ""))


def is_placeholder(value: str) -> bool:
    v = re.sub(r"\s+", "", value)
    return not v or bool(_PLACEHOLDER.match(v))


def is_placeholder_name(name: str) -> bool:
    """An indicator name with no word in it ("88", "1.1", "**"): a template's filler, not a name."""
    v = re.sub(r"\s+", "", name)
    return bool(v) and (not re.search(r"[\u4e00-\u9fffA-Za-z]", v) or bool(TEMPLATE_ROW_NAME.match(v)))


_BARE_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_REGIONAL_TITLE = re.compile(r"转移支付.{0,6}区域绩效目标|区域绩效目标(?:申报)?表")


def _unread_words(raw: str) -> bool:
    """A funds cell holding words and no digit that are not a placeholder ("地方财政分担资金", "年度金额"):
    text the extractor did not map, so a missing total is not certain."""
    v = re.sub(r"\s+", "", raw)
    return bool(v) and not is_placeholder(v) and not re.search(r"\d", v) and bool(re.search(r"[\u4e00-\u9fff]", v))


def filler_values(sheet: GoalSheet) -> tuple[str, list[Indicator]] | None:
    """Template filler values ("88", "68", "20" left in every row): (the repeated value, the bare rows) or None.

    A value counts as bare when it has no sign, no unit (in the cell, a unit column or the name) and no
    date. The sheet is flagged when at least four rows and four in five of all rows are bare, and one
    number recurs in at least three of them across different 二级 kinds (a 时效 and a 满意度 row cannot
    share a real target).
    """
    rows = [i for i in sheet.indicators if _BARE_NUMBER.match(i.value_text.strip()) and not i.unit
            and not i.unit_column_text.strip() and unit_in_name(i.level3) is None]
    if len(rows) < 4 or len(rows) < 0.8 * len(sheet.indicators):
        return None
    counts: dict[str, set[str]] = {}
    for i in rows:
        counts.setdefault(i.value_text.strip(), set()).add(i.level2 or i.level3)
    value, kinds = max(counts.items(), key=lambda kv: len(kv[1]))
    if len(kinds) < 3 or sum(1 for i in rows if i.value_text.strip() == value) < 3:
        return None
    return value, rows


def _layout_gap(sheet: GoalSheet) -> str:
    """Why a part may legitimately be absent from this layout ('' for an ordinary form)."""
    if sheet.form == "notice":
        return "（本文件是公示或通知正文，不是申报表表格）"
    if sheet.form == "project_row":
        return "（一表多项目的版式）"
    if sheet.form == "text_list":
        return "（预算公开表，绩效指标整段写在一个单元格里，表中本来没有此栏）"
    return ""


def _unread_note(doc: ParsedDocument) -> str:
    """Why a part not found may still be in the file ('' when all of it was read): text in a page header/footer
    (read, but not laid out like the body) or pictures (not read at all)."""
    where = "、".join(w for w, there in (("页眉/页脚", doc.header_blocks), ("图片", doc.pictures)) if there)
    return f"（文件的{where}中可能写有此栏目，未能确认）" if where else ""


def _mentions_goal(ctx: CheckContext, sheet: GoalSheet) -> bool:
    """Whether any text other than the title speaks of a goal (then a goal label may just be unknown)."""
    for b in ctx.document.blocks:
        texts = [c.text for row in b.table.rows for c in row] if b.table is not None else [b.text]
        for t in texts:
            if "目标" in t and t.strip() != sheet.title and not re.search(r"目标(申报|审批|审核)?表", t):
                return True
    return False


# A form that describes the project in one cell instead of a goal row (学校式“项目支出目标申报表”: 项目总体情况).
_OVERVIEW_LABELS = ("项目总体情况", "项目概况", "项目基本情况", "项目情况", "项目简介")


def _overview_label(ctx: CheckContext) -> str | None:
    """The label of a project-overview cell with text beside it, when the form has one."""
    for b in ctx.document.blocks:
        for row in b.table.rows if b.table is not None else []:
            for i, c in enumerate(row):
                label = re.sub(r"\s+", "", c.text)
                if label in _OVERVIEW_LABELS and any(x.text.strip() and x.text.strip() != c.text.strip() for x in row[i + 1:]):
                    return label
    return None


def _below_indicators(loc: Location | None, sheet: GoalSheet) -> bool:
    """Whether a field was read below the indicator rows (a table's closing lines, or a later table)."""
    if loc is None or loc.table is None or not sheet.indicators:
        return False
    for ind in sheet.indicators:
        at = ind.location
        if at.table is None:
            continue
        if at.table < loc.table or (at.table == loc.table and at.row is not None and loc.row is not None and at.row < loc.row):
            return True
    return False


@register
class GS01HeaderComplete(GoalSheetRule):
    rule_id = "GS-01"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        layout_gap = _layout_gap(sheet)
        # A part not found where the body was read may sit in a page header or a picture: never certain.
        not_found = layout_gap or _unread_note(ctx.document)
        department_sheet = bool(DEPARTMENT_TITLE.search(sheet.title))
        # 转移支付区域绩效目标表: a fund's targets for a region, with 财政部门 and 区域 instead of a 实施单位.
        regional = bool(_REGIONAL_TITLE.search(sheet.title))
        for key, name, severity in _REQUIRED_FIELDS:
            field = sheet.fields.get(key)
            if field is None and (department_sheet or regional) and key == "implementer":
                continue  # 部门整体绩效目标表: the department itself carries out its tasks
            if field is None and key == "implementer" and sheet.indicators and all(i.place for i in sheet.indicators):
                continue  # one value column per village or town: the form names the places that carry it out
            if field is None and key == "department" and sheet.form == "project_row" and "implementer" in sheet.fields:
                # A unit's table of its own projects (a budget disclosure) has no 主管部门 column: the 填报单位
                # or 单位名称 it names is whose projects they are.
                continue
            if field is None:
                # The label itself was not found: the form may call it something the extractor does not know.
                # Local templates often have no 项目属性/期限/负责人 row at all, which is not a defect.
                if severity != "error":
                    continue
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"未找到“{name}”栏目{not_found or '（可能使用了未识别的栏目名称）'}，请核对是否填写。",
                    suggestion=f"请在申报表表头填写{name}。",
                )
            elif not field.value.strip() and severity == "error" and _below_indicators(field.location, sheet):
                # "填报单位：  填报日期：" under the indicators is the sign-off line, not the header: the header's own
                # label for the field may be one the extractor does not know.
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"表头未找到“{name}”栏目，表尾的“{field.label.strip()}”一栏为空（可能使用了未识别的栏目名称），请核对是否填写。",
                    evidence=field.label, location=field.location,
                    suggestion=f"请在申报表表头填写{name}。",
                )
            elif not field.value.strip() and _below_indicators(field.location, sheet):
                continue  # "填报人：  联系电话：  部门负责人：" signed under the form: the header has no such row at all
            elif not field.value.strip():
                yield ctx.finding(
                    self.rule_id, severity,
                    f"表头未填写“{name}”。",
                    evidence=field.label, location=field.location,
                    suggestion=f"请在申报表表头填写{name}。",
                )
            elif is_placeholder(field.value):
                yield ctx.finding(
                    self.rule_id, severity,
                    f"“{name}”填写的是占位内容（“{field.value}”），视同未填。",
                    evidence=field.value, location=field.location,
                    suggestion=f"请将{name}替换为真实内容。",
                )
        total = sheet.funds.get("total")
        if total is not None and total.value_wan is None and _unread_words(total.raw):
            # "年度资金（万元） | 年度金额 | 4000": the cell beside a total-like label is words, not an amount —
            # most likely a sub-label the extractor does not know, so the total was not read, not left blank.
            yield ctx.finding(
                self.rule_id, "warning",
                f"读到资金总额栏目“{total.label}”，但其后是文字“{total.raw.strip()[:20]}”而不是金额，"
                "未能读出年度资金总额，请人工核对。",
                evidence=total.raw, location=total.location,
                suggestion="请核对年度资金总额（万元）及其资金来源构成。",
            )
        elif total is not None and total.value_wan is None and not sheet.unread_cells and (sources := sheet.source_amounts()):
            # "项目资金（元）" spanning the cells where the total would be, then "其中：财政资金 | 4800000.00" and
            # "其他资金 | 0.00": the funds block exists and its sources were read, so the total was not understood
            # rather than left blank. (A total in an unsaved formula cell is reported as unreadable below.)
            named = "、".join(f"{f.label.strip()}{f.value_wan:.2f}万元" for f in sources)
            yield ctx.finding(
                self.rule_id, "warning",
                f"读到资金栏目“{total.label.strip()}”和资金来源（{named}），但未能读出年度资金总额，请人工核对。",
                evidence=total.label, location=total.location,
                suggestion="请核对年度资金总额（万元）及其资金来源构成。",
            )
        elif total is None or total.value_wan is None:
            yield ctx.finding(
                self.rule_id, "error" if total is not None and not layout_gap else "warning",
                "未填写年度资金总额，或资金总额不是有效数字。" if total is not None else
                f"未找到年度资金总额栏目{not_found or '（可能使用了未识别的栏目名称）'}。",
                evidence=total.raw if total else "", location=total.location if total else None,
                suggestion="请填写年度资金总额（万元）及其资金来源构成。",
            )
        goal = sheet.annual_goal or sheet.long_term_goal
        if goal is not None and not goal.value.strip() and ctx.document.file_type in SPREADSHEET_TYPES \
                and not _blank_between_labels(ctx, goal.label, goal.location):
            # A worksheet often has the label as a banner cell and the text in the row below or in a merged
            # range: an empty neighbour is not proof that the goal is missing.
            yield ctx.finding(
                self.rule_id, "warning",
                f"读到“{goal.label}”栏目，但同一行没有内容，未能读出年度绩效目标（可能写在下一行或合并单元格里），请核对。",
                evidence=goal.label, location=goal.location,
                suggestion="如确未填写，请用一段话概括本年度预期达到的产出和效果。",
            )
        elif goal is None or is_placeholder(goal.value):
            overview = _overview_label(ctx) if goal is None else None
            certain = goal is not None or not (_mentions_goal(ctx, sheet) or not_found or overview)
            yield ctx.finding(
                self.rule_id, "error" if certain and not layout_gap else "warning",
                "未填写年度绩效目标（总体目标）。" if certain and not layout_gap else
                f"表中没有年度绩效目标栏目，只有“{overview}”一栏，未能确认是否写了年度绩效目标，请核对。" if overview else
                f"未找到年度绩效目标（总体目标）{not_found or '（可能使用了未识别的栏目名称）'}。",
                evidence=goal.value if goal else "", location=goal.location if goal else None,
                suggestion="请用一段话概括本年度预期达到的产出和效果。",
            )
        fillers = [i for i in sheet.indicators if is_placeholder_name(i.level3)]
        if fillers:
            # Every row a bare number is a form never filled in (certain); some rows only, a warning.
            every = len(fillers) == len(sheet.indicators)
            yield ctx.finding(
                self.rule_id, "error" if every else "warning",
                f"{len(fillers)}个绩效指标的名称只有数字或符号（如“{fillers[0].level3}”），是模板占位内容，视同未填。",
                evidence=fillers[0].evidence or fillers[0].level3,
                location=fillers[0].location.model_copy(update={"column": None}),
                suggestion="请按项目实际填写三级指标名称和指标值。",
            )
        if (filler := filler_values(sheet)) is not None:
            value, rows = filler
            yield ctx.finding(
                self.rule_id, "warning",
                f"{len(rows)}个指标值是不带符号和单位的数字，其中“{value}”在不同类别的指标中重复出现"
                f"{sum(1 for i in rows if i.value_text.strip() == value)}次，像是模板的占位数值，视同未填，请核对。",
                evidence=rows[0].evidence or rows[0].value_text,
                location=rows[0].location.model_copy(update={"column": None}),
                suggestion="请按项目实际填写每个指标的目标值，写明符号和计量单位（如“≥1200人次”“≥90%”）。",
            )
        for ind in sheet.indicators:
            if "**" in ind.level3 or "＊＊" in ind.level3:
                yield ctx.finding(
                    self.rule_id, "warning", f"指标名称“{ind.level3}”中留有模板占位内容（**）。",
                    evidence=ind.level3, location=ind.location.model_copy(update={"column": None}),
                    suggestion="请删除模板中的占位提示，只保留指标名称。",
                )
            if ind.number is None and _VALUE_PLACEHOLDER.search(ind.value_text):
                # Nothing but the placeholder in the number's place: certainly not filled in.
                bare = _BARE_PLACEHOLDER_VALUE.match(ind.value_text.strip()) is not None
                yield ctx.finding(
                    self.rule_id, "error" if bare else "warning",
                    f"指标“{ind.level3}”的指标值“{ind.value_text}”是模板占位，数值没有填写。",
                    evidence=ind.value_text, location=ind.location,
                    suggestion="请将占位符（**、××）替换为具体目标数值。",
                )
        if not sheet.indicators and sheet.form == "project_row":
            # A row of a multi-project table with no indicator cells may not be a project at all.
            yield ctx.finding(
                self.rule_id, "warning", "表中这一行没有读到任何绩效指标，可能不是单独的项目（如表下方的资金小表），请核对。",
                suggestion="如确为单独的项目，请按产出、效益、满意度等维度填写三级绩效指标。",
            )
        elif not sheet.indicators:
            yield ctx.finding(
                self.rule_id, "error", "未填写任何绩效指标。",
                suggestion="请按产出、效益、满意度等维度填写三级绩效指标。",
            )


def _total(items: list[MoneyField]) -> float | None:
    return round(sum(f.value_wan or 0.0 for f in items), 6) if items else None


def _has_kind(funds: dict[str, MoneyField], kind: str) -> bool:
    """The sheet has a row of this fund kind (its amount read or left blank)."""
    return any(k == kind or k.startswith(kind + ":") for k in funds)


def _units_explicit(items: list[MoneyField]) -> bool:
    """All amounts are in one unit, or each cell writes its own ("85万元", "600,000元"): the sum is read exactly."""
    return len({x.unit for x in items}) <= 1 or all(money_unit_written(x.raw) for x in items)


def _all_levels(items: list[MoneyField]) -> bool:
    """Sources naming every level of government: 中央 and 地方, or 中央, 省 and 市县 (or 市 and 县)."""
    names = [L.norm_label(f.label) for f in items]
    central = any(n.startswith("中央") for n in names)
    local = [n for n in names if not n.startswith("中央")]
    return central and (any(n.startswith("地方") for n in local) or (
        any(n.startswith("省") for n in local) and (any(n.startswith(("市县", "县市")) for n in local)
                                                     or {"市", "县"} <= {n[:1] for n in local})))


def _names(items: list[MoneyField]) -> str:
    return "、".join(f"{f.label}{fmt_wan(f.value_wan or 0.0)}" for f in items)


@register
class GS02FundsConsistent(GoalSheetRule):
    """资金总额 = Σ sources. An error only when every money label was recognised and the sum is certain.

    Sources itemised under 其中 may cover part of their parent ("财政拨款 100，其中：中央资金 60");
    that is not a defect. Parts exceeding their whole are. A gap between the total and the sources
    is an error only when the form's full set of sources is present; otherwise it is a warning that
    says which sources were recognised.
    """

    rule_id = "GS-02"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        yield from self._sources(ctx, sheet)
        yield from detail_findings(ctx, sheet)
        yield from expenditure_findings(ctx, sheet)
        yield from period_fund_findings(ctx, sheet)

    def _sources(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        f = sheet.funds
        total = f.get("total")
        if total is None or total.value_wan is None:
            return
        unsure = bool(sheet.unknown_fund_labels) or sheet.form == "notice"
        unknown = "、".join(f"“{x}”" for x in sheet.unknown_fund_labels)

        def severity(certain: bool) -> Severity:
            return "error" if certain and not unsure else "warning"

        def caveat() -> str:
            return f"（表中另有未识别的资金栏{unknown}，差额可能来自这些栏目，请人工核对。）" if unknown else ""

        fiscal_items = sheet.fund_amounts("fiscal")
        fiscal = _total(fiscal_items)
        local, upper, level = (sheet.fund_amounts(k) for k in ("fiscal_local", "fiscal_upper", "fiscal_part"))
        parts = local + upper + level
        parts_sum = _total(parts)
        carry, other = sheet.fund_amounts("carryover"), sheet.fund_amounts("other")
        exhaustive = bool(local) and bool(upper) and not level
        if sheet.fiscal_parts_are_siblings():
            return  # 财政拨款 and 中央/县级资金 … listed side by side: they add up as siblings
        if fiscal is not None and parts_sum is not None:
            if parts_sum > fiscal + 0.005 or (exhaustive and abs(parts_sum - fiscal) > 0.005):
                item = fiscal_items[0]
                yield ctx.finding(
                    self.rule_id, severity(True),
                    f"财政拨款（{fmt_wan(fiscal)}）与其分项（{_names(parts)}）合计{fmt_wan(parts_sum)}不一致。" + caveat(),
                    evidence=row_text(ctx, item.location) or item.raw, location=item.location,
                    suggestion="请核对财政拨款的本级、上级（或中央、省、市、县各级）构成，使其合计与财政拨款一致。",
                )
            elif len(parts) >= 2 and parts_sum < fiscal - 0.005:
                # "其中：一般公共预算 210 | 政府性基金 50" under 财政拨款 280: two or more parts written as its breakdown
                # that fall short. A part left unlisted (国有资本经营预算 …) is possible, so not certain.
                item = fiscal_items[0]
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"财政拨款{fmt_wan(fiscal)}下列出的分项（{_names(parts)}）合计{fmt_wan(parts_sum)}，比财政拨款少"
                    f"{fmt_wan(round(fiscal - parts_sum, 6))}；表中没有写明差额的来源，可能是分项金额或财政拨款填错，"
                    "也可能另有未列出的分项，请人工核对。" + caveat(),
                    evidence=row_text(ctx, item.location) or item.raw, location=item.location,
                    suggestion="请核对财政拨款及其分项金额；另有其他分项（如国有资本经营预算）的，请一并列出，使分项合计等于财政拨款。",
                )
        elif fiscal is None and parts_sum is not None:
            fiscal = parts_sum
            fiscal_items = parts
        sources = fiscal_items + carry + other
        if not sources:
            return
        total_sources = round((fiscal or 0.0) + (_total(carry) or 0.0) + (_total(other) or 0.0), 6)
        recognised = "、".join(f"{x.label}{fmt_wan(x.value_wan or 0.0)}" for x in sources)
        slip = [x for x in sources if total.value_wan > 0 and (x.value_wan or 0.0) >= total.value_wan * 100]
        if slip:
            msg, certain = (f"资金来源“{slip[0].label}”（{slip[0].raw}）按{slip[0].unit}计为{fmt_wan(slip[0].value_wan or 0.0)}，"
                            f"远大于年度资金总额{fmt_wan(total.value_wan)}，可能是元与万元混用，请核对金额单位。"), False
        elif total.value_wan == 0 and total_sources > 0:
            msg, certain = f"年度资金总额填为0，但各来源合计为{fmt_wan(total_sources)}。", True
        elif total_sources > total.value_wan + 0.005 and (
                shared := next((x for x in sources if x.location == total.location), None)) is not None:
            # One cell read both as the total and as a source: which cell of the row is the total is not known.
            msg, certain = (f"资金总额与资金来源“{shared.label}”读自同一单元格（{fmt_wan(total.value_wan)}），"
                            f"无法确定哪一栏是资金总额；各来源合计{fmt_wan(total_sources)}（{recognised}），"
                            "请人工核对资金总额及其构成。"), False
        elif total_sources > total.value_wan + 0.005:
            msg, certain = (f"各资金来源合计（{fmt_wan(total_sources)}：{recognised}）超过年度资金总额"
                            f"（{fmt_wan(total.value_wan)}）。"), True
        elif total_sources < total.value_wan - 0.005:
            # The form's own decomposition is present: 财政拨款 … 其他资金 rows, or 财政拨款 and 上年结转 each read
            # in a unit the sheet writes (no row left unread, no unit guessed): the gap is certain.
            full_set = bool(fiscal_items) and (_has_kind(f, "other") or (
                bool(sheet.fund_amounts("fiscal")) and _has_kind(f, "carryover") and _units_explicit([total, *sources])))
            if sheet.sources_closed and not full_set:
                # 分年度资金安排: the budget year's column lists every source above its 合计 row.
                msg, full_set = (f"{total.label or '年度资金总额'}为{fmt_wan(total.value_wan)}，分年度资金安排中本年度一列的"
                                 f"各资金来源（{recognised}）合计只有{fmt_wan(total_sources)}，差"
                                 f"{fmt_wan(total.value_wan - total_sources)}；该列已列出全部来源，请核对各来源金额或本年度合计。"), True
            elif full_set:
                msg = (f"年度资金总额（{fmt_wan(total.value_wan)}）与各来源之和"
                       f"（{fmt_wan(total_sources)}）不一致。")
                if len({x.unit for x in [total, *sources]}) > 1:
                    msg += (f"各栏按格内所写单位折算：年度资金总额{total.raw}即{fmt_wan(total.value_wan)}，"
                            f"{recognised}，差{fmt_wan(total.value_wan - total_sources)}。")
            elif _all_levels(sources):
                # 转移支付区域表: 年度金额 is the 中央补助 plus the local shares (省级、市县 or 地方资金).
                levels = "、".join(f"{L.norm_label(x.label)}{fmt_wan(x.value_wan or 0.0)}" for x in sources)
                msg = (f"{total.label or '年度资金总额'}为{fmt_wan(total.value_wan)}，与{levels}之和"
                       f"{fmt_wan(total_sources)}不一致，差{fmt_wan(total.value_wan - total_sources)}；"
                       "中央补助和地方各级资金都已列出，请核对各级资金金额或年度金额。")
            else:
                msg = (f"年度资金总额为{fmt_wan(total.value_wan)}，识别出的资金来源只有{recognised}，"
                       f"合计{fmt_wan(total_sources)}，差{fmt_wan(total.value_wan - total_sources)}；"
                       "可能是只列出了部分来源，请核对是否漏填来源。")
            certain = full_set
        else:
            return
        suggestion = "请核对资金来源明细（财政拨款、上年结转、其他资金），使合计与年度资金总额一致。"
        if whole_period_total(sheet):
            # "项目总预算 | 3800" on a 2026—2028 project with no row of the year's funds: the gap may be other years' money.
            year = f"（{sheet.fiscal_year}年）" if sheet.fiscal_year else ""
            msg = (f"本项目为多年度项目（{multi_year_sheet(sheet)}），表中没有单列本年度{year}资金总额，资金总额是按"
                   f"“{total.label}”读取的，未能确定哪一栏是本年度资金：{msg}若“{total.label}”是整个实施期的预算，"
                   "差额可能是其他年度的资金，不一定是错误。")
            certain = False
            suggestion = f"请写明本年度{year}资金总额及其来源构成，并核对各来源之和与本年度资金总额是否一致。"
        yield ctx.finding(
            self.rule_id, severity(certain), msg + caveat(),
            evidence=row_text(ctx, total.location) or total.raw, location=total.location,
            suggestion=suggestion,
        )


def _unit_unsure(ind: Indicator) -> str:
    """Why a unit seen missing may only be unread ('' when its absence is certain): the cell right of the value, in a
    column without a name, holds something that was not read as a unit. (Rows with unread formula cells are made
    warnings for the whole sheet by the checks' common caveat.)"""
    if ind.unread_beside:
        where = f"未能识别的“{ind.unread_beside_label}”列" if ind.unread_beside_label else "没有列名的一格"
        return f"指标值右侧{where}写着“{ind.unread_beside}”，未能确定是否为计量单位（该列未读取），请核对。"
    return ""


@register
class GS03IndicatorRowsComplete(GoalSheetRule):
    rule_id = "GS-03"

    def check(self, ctx: CheckContext, sheet: GoalSheet) -> Iterable[Finding]:
        unsigned = []  # quantitative rows with no sign in a table that has no sign column at all
        by_place: dict[tuple[str, tuple[str, ...]], list[Indicator]] = {}
        for ind in sheet.indicators:
            if is_placeholder_name(ind.level3):
                continue  # a template's filler row: GS-01 reports it once
            name = ind.level3 or "（未命名指标）"
            missing: list[str] = []
            if not ind.level1:
                missing.append("一级指标")
            if not ind.level2:
                missing.append("二级指标")
            if not ind.level3:
                missing.append("三级指标名称")
            if not ind.value_text.strip():
                missing.append("指标值")
            elif only_sign_or_unit(ind.value_text) and ind.number is None and ind.date_value is None:
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"指标“{name}”的指标值只写了“{ind.value_text.strip()}”，没有填写数值（模板可能未填写完整）。",
                    evidence=ind.value_text, location=ind.location,
                    suggestion="请在符号和单位之间填写具体目标数值，如“≥95%”“≥0.6万人”。",
                )
            quantitative = not ind.qualitative and ind.number is not None
            if quantitative and ind.sign is None and not (ind.number == 100 and ind.unit == "%"):
                if ind.has_sign_column:
                    missing.append("指标性质（≥、≤、=等）")
                else:
                    unsigned.append(ind)
            if quantitative and not ind.unit and ind.date_value is None and not is_dimensionless(ind):
                if RATE_NAME.search(ind.level3) and ind.number is not None and 0 < ind.number < 1:
                    # "渠系水利用率 ≥0.85": a ratio written as a fraction is complete; only its notation is in doubt.
                    yield ctx.finding(
                        self.rule_id, "warning",
                        f"指标“{name}”的指标值“{ind.value_text.strip()}”是小数、没有计量单位；比率通常写成百分数，"
                        f"请核对是否即{ind.number * 100:g}%。",
                        evidence=ind.evidence, location=ind.location,
                        suggestion="比率类指标请写成百分数（如“≥85%”），或在计量单位栏注明。",
                    )
                elif (unsure := _unit_unsure(ind)):
                    yield ctx.finding(
                        self.rule_id, "warning", f"指标“{name}”的指标值“{ind.value_text.strip()}”没有计量单位；{unsure}",
                        evidence=ind.evidence, location=ind.location,
                        suggestion="请核对该指标的计量单位，写在指标值中（如“≥95%”）或计量单位列里。",
                    )
                else:
                    missing.append("计量单位")
            if ind.cell_unit and ind.unit_column_text and ind.unit_column_text != ind.cell_unit:
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"指标“{name}”的指标值写“{ind.value_text}”，计量单位列却写“{ind.unit_column_text}”，两者不一致。",
                    evidence=ind.value_text, location=ind.location,
                    suggestion="请统一指标值和计量单位列，单位只写在一处或两处一致。",
                )
            if not missing:
                continue
            if ind.place:
                # One value column per village: the same gap in several places is one finding naming them.
                by_place.setdefault((name, tuple(missing)), []).append(ind)
                continue
            severity: Severity = "error" if {"三级指标名称", "指标值", "计量单位"} & set(missing) else "warning"
            yield ctx.finding(
                self.rule_id, severity,
                f"指标“{name}”缺少{'、'.join(missing)}。",
                evidence=ind.evidence, location=ind.location,
                suggestion=f"请为该指标补充{'、'.join(missing)}，定量指标须写明比较符号、数值和计量单位。",
            )
        for (name, missing_t), rows in by_place.items():
            places = "、".join(dict.fromkeys(i.place for i in rows))
            severity = "error" if {"三级指标名称", "指标值", "计量单位"} & set(missing_t) else "warning"
            yield ctx.finding(
                self.rule_id, severity,
                f"指标“{name}”在{len(rows)}个地方（{places}）的指标值列中缺少{'、'.join(missing_t)}。",
                evidence=rows[0].evidence, location=rows[0].location,
                suggestion=f"请为各地方补充该指标的{'、'.join(missing_t)}；某地方没有此项的，写“—”并在指标解释中说明。",
            )
        for u in sheet.unsplit_indicators:
            # A 栏目|填报内容 cell holding several values the extractor could not tell apart: unread, not missing.
            yield ctx.finding(
                self.rule_id, "warning",
                f"栏目“{u.raw[0] if u.raw else u.level2 or u.level1}”中的“{u.value_text}”含有多个指标值，未能确定地拆分成"
                "单个指标（指标名称、指标值和单位对应不明），未作为指标审核。",
                evidence=u.evidence, location=u.location,
                suggestion="请一条指标写一项（“指标名称+比较符号+数值+单位”），多条之间用分号隔开，或改用分列的指标表。",
            )
        if unsigned:
            # One finding for the form rather than one per row: the whole table lacks the column.
            distinct = list(dict.fromkeys(i.level3 for i in unsigned))  # once, however many places' columns
            names = "、".join(f"“{n}”" for n in distinct[:5]) + ("等" if len(distinct) > 5 else "")
            yield ctx.finding(
                self.rule_id, "warning",
                f"{len(unsigned)}个定量指标的指标值没有比较符号（≥、≤、=等），如{names}。"
                + ("其中只写整数个数的（如“3处”）通常按“=”理解，仍建议写明。" if any(_whole_count(i) for i in unsigned) else ""),
                evidence=unsigned[0].evidence, location=unsigned[0].location,
                suggestion="请在指标值前写明比较符号（如“≥300个”“≤120万元”），或增加“指标性质”列。",
            )
