"""Self-evaluation extraction: the 项目支出绩效自评表 (10号 附件2 and local variants) and the short 自评报告.

The table gives the money block (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分), the indicator
table (年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施), the 总分 and often 评价结论 / 存在问题 /
改进措施. A 自评报告 without a scored table still states a score and a grade in its text.
"""

from __future__ import annotations

import re
from decimal import Decimal

from review_assistant.extract.cycle_models import Amount, SelfEvaluation
from review_assistant.extract.cycle_tables import (
    ADJUSTED_BUDGET_LABELS,
    Header,
    amount_at,
    columns_row,
    head_text,
    indicator_rows,
    indicator_tables,
    label_value,
    money_in_wan,
    money_unit,
    read_header,
)
from review_assistant.extract.eval_rows import classify_rows
from review_assistant.extract.eval_summary import read_project_summary
from review_assistant.extract.goal_ticks import tick_box_choice
from review_assistant.extract.models import TextField
from review_assistant.extract.values import MONEY_UNIT_RE, parse_decimal
from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument, Table

TITLE_RE = re.compile(r"自评(表|报告)|绩效自评|(绩效)?评价(报告|表|得分表)|自评结果")
FUND_COLUMNS: dict[str, tuple[str, ...]] = {
    "initial": ("年初预算数", "年初预算"),
    "budget": ("全年预算", *ADJUSTED_BUDGET_LABELS, "预算数"),
    "executed": ("全年执行数", "全年执行", "执行数", "实际执行数", "预算执行数"),
    "weight": ("分值", "权重"),
    "rate": ("执行率", "预算执行率"),
    "score": ("得分",),
}
NARRATIVE_LABELS: dict[str, tuple[str, ...]] = {
    "conclusion": ("评价结论", "自评结论", "总体评价结论"),
    "problems": ("存在问题", "存在的问题", "主要问题"),
    "measures": ("改进措施", "下一步改进措施", "整改措施", "改进建议", "下一步工作计划"),
}
GRADE_LABELS = {"grade": ("自评等级", "评价等级", "等级", "评价结果", "自评结果")}
FAMILY_POINTS = re.compile(r"[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_TOTAL_IN_TEXT = re.compile(r"(?:自评|评价)?(?:总得分|得分|总分)(?:为|是|：|:)?\s*(\d+(?:\.\d+)?)\s*分")
_GRADE_IN_TEXT = re.compile(r"(?:自评|评价)?等级(?:为|是|：|:|评定为)?\s*[“\"「]?([优良中差])")
# A cell of the total row that holds only the grade ("总分 | 100 | 96 | 优", heldout19 ev03): the grade column of
# forms that write the grade beside the total instead of under a 自评等级 label.
_GRADE_CELL = re.compile(r"^较?([优良中差])(?:秀|好|等)?$")
# The total score row: 总分 / 自评总分 / 综合得分 / 自评得分 (with the budget-execution points). A 合计 / 总计 row is the total only
# when no such row exists and it is not the subtotal of the indicator block ("合计 | 90 | 79.56" under 分值 90).
# A row labelled only "自评得分" / "评价得分" (no 总分 row: the form's last row carries the whole score) is the total too.
_NAMED_TOTAL = re.compile(r"^(?:(?:自评|评价|项目|绩效)?总分|总得分|综合得分|(?:自评)?得分合计|(?:自评|评价)得分(?:[（(]分[)）])?$)")
_SUM_ROW = re.compile(r"^(?:合计|总计)")
_FUND_TOTAL_ROW = re.compile(r"总额|合计")  # 年度资金总额, 资金总额, or just 总额 (青神式)


def looks_like_self_evaluation(doc: ParsedDocument) -> bool:
    head = head_text(doc)
    if "事前" in head or not TITLE_RE.search(head):
        return False
    text = doc.normalized_text
    return "得分" in text or "实际完成" in text or "自评" in text


def extract_self_evaluation(doc: ParsedDocument, fiscal_year: int | None = None) -> SelfEvaluation:
    out = SelfEvaluation()
    read_header(doc, out, TITLE_RE)
    if fiscal_year:
        out.fiscal_year = fiscal_year
    if "部门评价" in out.title:
        out.evaluation_type = "部门评价"
    elif "财政评价" in out.title or "重点评价" in out.title:
        out.evaluation_type = "财政评价"
    for block, table in doc.tables():
        _read_funds(doc, block, table, out)
    if out.budget is None:
        _read_fund_pairs(doc, out)
    if out.budget is None:
        _read_fund_prose(doc, out)
    columns: set[str] = set()
    read: set[int] = set()  # the indicator tables, whose 总分/合计 rows _read_total has weighed
    for block, table, header in _scored_tables(doc):
        out.indicator_table_found = True
        read.add(id(table))
        columns |= set(header.cols)
        out.has_scoring_rules = out.has_scoring_rules or "rule" in header.cols
        out.indicators.extend(indicator_rows(block, table, header, out.indicators[-1] if out.indicators else None))
        _read_total(block, table, header, out)
        if out.total is None:
            _read_head_total(block, table, header.row, out)
    classify_rows(out)
    for ind in out.indicators:
        m = FAMILY_POINTS.search(ind.level1)
        if m and ind.block and ind.block not in out.family_weights:
            out.family_weights[ind.block] = Amount(label=ind.level1, raw=ind.level1, value=parse_decimal(m.group(1)),
                                                    location=ind.location)
    out.explanation_column = not out.indicator_table_found or bool(columns & {"cause", "measure"})
    if out.total is None and out.indicator_table_found:
        _read_total_elsewhere(doc, out, read)
    out.narrative.update(label_value(doc, NARRATIVE_LABELS))
    _read_report_sections(doc, out)
    grade = label_value(doc, GRADE_LABELS).get("grade")
    if grade is not None:
        out.grade = _grade_of(grade)
    summary = read_project_summary(doc, out)  # a department's 项目自评汇总表 (also beside its own indicator table)
    _read_text_score(doc, out)
    _read_conclusion_cell(out)
    out.form = "table" if out.indicator_table_found else "summary" if summary else "report"
    return out


def _scored_tables(doc: ParsedDocument) -> list[tuple[Block, Table, Header]]:
    """The indicator tables (三级指标 | 年度指标值 | 实际完成值); else a county form that writes each indicator with its
    target in one cell and scores it by 权重 without a completion column ("三级指标及指标值 | 权重（分） | 得分")."""
    tables = list(indicator_tables(doc, ("l3", "target", "actual")))
    if tables:
        return tables
    return [(b, t, h) for b, t, h in indicator_tables(doc, ("l3", "target", "weight", "score"))
            if h.cols["l3"] == h.cols["target"]]


_MONEY_KEYS = {"initial", "budget", "executed"}


def _read_funds(doc: ParsedDocument, block: Block, table: Table, out: SelfEvaluation) -> None:
    if out.budget is not None:
        return
    found = columns_row(table, FUND_COLUMNS)
    if found is not None and "budget" not in found[1] and "initial" in found[1]:
        found[1]["budget"] = found[1]["initial"]  # no 全年预算数 column: the budget was not adjusted during the year
    if found is None or not {"budget", "executed"} <= set(found[1]):
        return
    r, cols = found
    rows = [i for i in range(r + 1, min(table.n_rows, r + 8)) if _FUND_TOTAL_ROW.search(table.rows[i][0].text)
            or any(_FUND_TOTAL_ROW.search(c.text) for c in table.rows[i][:2])]
    if not rows and r + 1 < table.n_rows and _merged_label_row(table, r, cols):
        rows = [r + 1]  # "项目资金（万元）" merged down beside a one-row money block: the row under the header
    if not rows and r + 1 < table.n_rows and _unlabelled_amount_row(table, r, cols):
        rows = [r + 1]  # "年初预算数 | 全年预算数 | 全年执行数 | 执行率 …" over one row of figures, no label column
    if not rows:
        return
    data = rows[0]
    header = [c.text.strip() for c in table.rows[r]]
    targets = {"initial": "initial_budget", "budget": "budget", "executed": "executed", "weight": "exec_weight",
               "rate": "exec_rate", "score": "exec_score"}

    def money(row: int, key: str) -> Amount:  # 年初预算数 / 全年预算数 / 全年执行数, in 万元
        amount = amount_at(block, table, row, cols[key], header[cols[key]])
        return money_in_wan(amount, money_unit(doc, table, amount.label))

    for key, c in cols.items():
        if key in targets:
            setattr(out, targets[key], money(data, key) if key in _MONEY_KEYS else amount_at(block, table, data, c, header[c]))
    if not (out.budget and out.budget.value) and not (out.executed and out.executed.value):
        # Real forms leave the 年度资金总额 row at 0 and fill only 其中：本年财政拨款 (池州 2022, LAYOUTS_CYCLE.md).
        for i in range(data + 1, min(table.n_rows, data + 5)):
            budget = money(i, "budget")
            if budget.value:
                out.funds_note = TextField(label=table.rows[i][0].text.strip(), value=table.row_text(data),
                                           location=block.location.model_copy(update={"row": data}))
                out.budget = budget
                out.executed = money(i, "executed")
                out.initial_budget = money(i, "initial") if "initial" in cols else None
                break


def _merged_label_row(table: Table, r: int, cols: dict[str, int]) -> bool:
    """Row ``r + 1`` repeats the header's first cell (a label merged down two rows) and holds the amounts."""
    head, row = table.rows[r], table.rows[r + 1]
    if not head or not row or not head[0].text.strip() or row[0].text.strip() != head[0].text.strip():
        return False
    return all(c < len(row) and parse_decimal(row[c].text) is not None for c in (cols["budget"], cols["executed"]))


def _unlabelled_amount_row(table: Table, r: int, cols: dict[str, int]) -> bool:
    """The header's first cell is itself a money column (no row-label column) and row ``r + 1`` holds a figure in
    every money column it names: the small budget table above a scoring table (管理绩效两段式自评表)."""
    if min(cols.values()) != 0 or not {"budget", "executed"} <= set(cols):
        return False
    row = table.rows[r + 1]
    money = [cols[k] for k in ("initial", "budget", "executed") if k in cols]
    return all(c < len(row) and parse_decimal(row[c].text) is not None for c in money)


FUND_PAIRS: dict[str, tuple[str, ...]] = {
    "initial": ("年初预算数", "年初预算"),
    "budget": (*ADJUSTED_BUDGET_LABELS, "年度预算数", "预算数"),
    "executed": ("全年执行数", "预算执行数", "执行数", "实际执行数"),
    "exec_rate": ("预算执行率", "执行率"),
    "exec_score": ("执行率得分", "预算执行率得分", "预算执行得分"),
    "exec_weight": ("执行率分值", "预算执行率分值"),
}


def _read_fund_pairs(doc: ParsedDocument, out: SelfEvaluation) -> None:
    """The money block written as label/value pairs in a small table ("年初预算数（万元） | 96.00 | 全年执行数（万元） |
    94.10", "预算执行率 | 98.02% | 执行率得分（10分） | 9.8"): amounts in 万元 (the label's, table's or document's
    unit), the points of the score label are its weight."""
    pairs = {k: tf for k, tf in label_value(doc, FUND_PAIRS).items() if parse_decimal(tf.value) is not None}
    # "预算执行率 | 100% | 96.50%" in the indicator table is the execution row (target, then actual): read from its
    # columns (eval_rows.classify_rows), not as a label/value pair whose value would be the target
    headers = {b.location.table: r for b, t in doc.tables() if (r := _indicator_header_row(t)) is not None}
    pairs = {k: tf for k, tf in pairs.items()
             if not (k.startswith("exec_") and tf.location.table in headers
                     and (tf.location.row or 0) > headers[tf.location.table])}
    if "executed" not in pairs or not {"initial", "budget"} & set(pairs):
        return
    amounts = {k: Amount(label=tf.label, raw=tf.value, value=parse_decimal(tf.value), location=tf.location)
               for k, tf in pairs.items()}
    for key in _MONEY_KEYS & set(amounts):
        amounts[key] = money_in_wan(amounts[key], money_unit(doc, None, amounts[key].label))
    out.initial_budget = amounts.get("initial")
    out.budget = amounts.get("budget") or amounts.get("initial")
    out.executed = amounts["executed"]
    for key in ("exec_rate", "exec_score", "exec_weight"):
        if key in amounts:
            setattr(out, key, amounts[key])
    score = amounts.get("exec_score")
    if out.exec_weight is None and score is not None and (m := FAMILY_POINTS.search(score.label)):
        out.exec_weight = Amount(label=score.label, raw=m.group(0), value=parse_decimal(m.group(1)),
                                 location=score.location)


_NUM = rf"\s*(?:为|是)?\s*(?P<num>\d[\d,，]*(?:\.\d+)?)\s*(?P<unit>{MONEY_UNIT_RE})(?![/／每])"
# "项目年初预算85.00万元，年中调整为80.00万元，全年执行78.00万元，预算执行率97.50%" in a 自评报告's 资金投入和使用情况.
_PROSE_FUNDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("initial", re.compile(r"年初预算(?:数|资金)?(?:安排)?" + _NUM)),
    ("budget", re.compile(r"(?:(?:年中|年内)?调整(?:后的?预算(?:数)?|为|至|后为)|全年预算(?:数)?)" + _NUM)),
    ("executed", re.compile(r"(?:全年|实际|累计|已)(?:执行|支出)(?:数|资金)?" + _NUM)),
)


def _read_fund_prose(doc: ParsedDocument, out: SelfEvaluation) -> None:
    """A 自评报告 that writes its money only in one sentence of the text (no money table, no label/value pairs): the
    年初预算, the adjusted budget (else the 年初预算) and the amount spent, in 万元, when one paragraph gives both a budget
    and the amount spent."""
    for b in doc.blocks:
        if b.kind == BlockKind.TABLE:
            continue
        found: dict[str, Amount] = {}
        for key, pattern in _PROSE_FUNDS:
            matches = list(pattern.finditer(b.text))
            if len(matches) != 1:
                continue  # two budgets or two amounts spent in one paragraph: which is the project's is unsure
            m = matches[0]
            amount = Amount(label=m.group(0), raw=m.group("num") + m.group("unit"), value=parse_decimal(m.group("num")),
                            location=b.location)
            found[key] = money_in_wan(amount, m.group("unit"))
        if "executed" not in found or not {"initial", "budget"} & set(found):
            continue
        out.initial_budget = found.get("initial")
        out.budget = found.get("budget") or found.get("initial")
        out.executed = found["executed"]
        return


_INDICATOR_HEADER = re.compile(r"指标值|完成值|实际值|完成情况")


def _indicator_header_row(table: Table) -> int | None:
    """The first row naming target or actual columns ("年度指标值", "实际完成值"): the rows below are indicators."""
    return next((r for r, row in enumerate(table.rows)
                 if any(_INDICATOR_HEADER.search(c.text) and len(c.text) <= 12 for c in row)), None)


def _read_total(block: Block, table: Table, header: Header, out: SelfEvaluation) -> None:
    """The total in the indicator table: the 总分 row, else a 合计 row that is not the indicator block's subtotal."""
    named: int | None = None
    summed: int | None = None
    for r in range(header.row + 1, table.n_rows):
        first = _row_label(table, r)
        if named is None and _NAMED_TOTAL.match(first):
            named = r
        elif summed is None and _SUM_ROW.match(first):
            if not _is_subtotal(table, r, header, out):
                summed = r
            elif (score := header.cols.get("score")) is not None and score < len(table.rows[r]):
                out.subtotal = amount_at(block, table, r, score, first)
                out.subtotal_points = parse_decimal(table.rows[r][header.cols["weight"]].text)
    row = named if named is not None else summed
    if row is None:
        return
    cells = [c.text.strip() for c in table.rows[row]]
    score_col = header.cols.get("score")
    if score_col is not None and score_col < len(cells) and parse_decimal(cells[score_col]) is not None:
        out.total = amount_at(block, table, row, score_col, cells[0])
    else:
        _take_total(block, table, row, 1, out, header.cols)
    for c in cells:
        g = _GRADE_IN_TEXT.search(c) or _GRADE_CELL.match(c.replace(" ", "").replace("\u3000", ""))
        if g and out.grade is None:
            out.grade = TextField(label="等级", value=g.group(1), location=block.location.model_copy(update={"row": row}))


def _row_label(table: Table, r: int) -> str:
    return next((c.text.strip() for c in table.rows[r] if c.text.strip()), "").replace(" ", "").replace("\u3000", "")


def _is_subtotal(table: Table, r: int, header: Header, out: SelfEvaluation) -> bool:
    """A 合计 row whose 分值 is the indicator block's points (90 beside a separate 10-point budget execution), not 100."""
    col = header.cols.get("weight")
    cells = table.rows[r]
    weight = parse_decimal(cells[col].text) if col is not None and col < len(cells) else None
    if weight is None or weight >= 100:
        return False
    score_col = header.cols.get("score")
    score = parse_decimal(cells[score_col].text) if score_col is not None and score_col < len(cells) else None
    if score is not None and score > weight:
        return False  # more than the block's points: the execution score is in it, this is the total
    rows = sum((i.weight or Decimal(0) for i in out.indicators), Decimal(0))
    exec_weight = out.exec_weight.value if out.exec_weight is not None else None
    return rows == weight or (exec_weight is not None and exec_weight + weight == 100)


def _read_head_total(block: Block, table: Table, header_row: int, out: SelfEvaluation) -> None:
    """The total written in the form's head, above the indicator header (银川式 "自评得分 | 99.7 | 财政审核评分 |"):
    the cell right of the label."""
    for r in range(header_row):
        label = _row_label(table, r)
        if not _NAMED_TOTAL.match(label) or len(label) > 6:
            continue
        cells = [c.text.strip() for c in table.rows[r]]
        start = next((i for i, c in enumerate(cells) if c), 0)
        col = next((i for i in range(start + 1, len(cells)) if cells[i] and cells[i] != cells[start]), None)
        if col is not None and "%" not in cells[col] and parse_decimal(cells[col]) is not None:
            out.total = amount_at(block, table, r, col, cells[start])
            return


def _read_total_elsewhere(doc: ParsedDocument, out: SelfEvaluation, read: set[int]) -> None:
    """The 总分 written in its own small table under the indicator table ("总分 | 88.4 | 自评等级 | 优"); a lone 合计 row
    only when no table has a 总分 row. The indicator tables themselves were weighed by :func:`_read_total`."""
    for pattern in (_NAMED_TOTAL, _SUM_ROW):
        for block, table in doc.tables():
            if id(table) in read:
                continue
            for r in range(table.n_rows):
                cells = [c.text.strip() for c in table.rows[r]]
                label = _row_label(table, r)
                if not cells or not cells[0] or not pattern.match(label) or len(label) > 6:
                    continue
                col = next((i for i in range(1, len(cells)) if cells[i] != cells[0] and cells[i]), None)
                if col is not None and parse_decimal(cells[col]) is not None and "%" not in cells[col]:
                    _take_total(block, table, r, col, out, _score_order(doc))
                    return


def _score_order(doc: ParsedDocument) -> dict[str, int]:
    """The 分值/得分 columns of the document's indicator table: their order tells which number of a headerless
    总分 row is the score."""
    for _block, _table, header in indicator_tables(doc, ("l3", "target", "actual")):
        if {"weight", "score"} <= set(header.cols):
            return header.cols
    return {}


def _take_total(block: Block, table: Table, r: int, start: int, out: SelfEvaluation, cols: dict[str, int]) -> None:
    """The total of row ``r`` when no header names its 得分 cell: the one number, or of several ("总分 | 100 | 97.75":
    分值 and 得分 side by side) the one the indicator table's column order points to, marked unsure."""
    cells = [c.text.strip() for c in table.rows[r]]
    numbers: list[int] = []
    for i in range(start, len(cells)):
        if cells[i] and "%" not in cells[i] and parse_decimal(cells[i]) is not None \
                and all(cells[i] != cells[j] for j in numbers):
            numbers.append(i)
    if not numbers:
        return
    col = numbers[-1]
    if len(numbers) > 1:
        weight_first = "weight" not in cols or "score" not in cols or cols["weight"] < cols["score"]
        col = numbers[-1] if weight_first else numbers[0]
        out.total_unsure = (f"“{cells[0]}”行有{len(numbers)}个数（{'、'.join(cells[i] for i in numbers)}），"
                            f"表头没有标明哪一格是得分，按{cells[col]}分读取")
    out.total = amount_at(block, table, r, col, cells[0])


_GRADE_OPTION = re.compile(r"优秀?|良好?|中等?|较差|差")


def _grade_of(field: TextField) -> TextField | None:
    """The grade a 自评等级 cell states: "优", or the one ticked in "□优 ■良 □中 □差" (None when not exactly one is)."""
    if field.value[:1] in "优良中差":
        return field
    choice = tick_box_choice(field.value, _GRADE_OPTION)
    if choice is None or len(choice[0]) != 1:
        return None
    return field.model_copy(update={"value": choice[0][0]})


def _read_report_sections(doc: ParsedDocument, out: SelfEvaluation) -> None:
    """A 自评报告: the paragraphs under headings such as 存在的问题 / 改进措施."""
    current: str | None = None
    index = {label: key for key, labels in NARRATIVE_LABELS.items() for label in labels}
    for b in doc.blocks:
        if b.kind == BlockKind.TABLE:
            current = None
            continue
        text = b.text.strip()
        heading = re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*", "", text).rstrip("：:。")
        key = next((k for label, k in index.items() if heading.startswith(label) and len(heading) <= len(label) + 8),
                   None)
        if key is not None:
            current = key
            rest = text.split("：", 1)[1].strip() if "：" in text else ""
            if rest and key not in out.narrative:
                out.narrative[key] = TextField(label=heading, value=rest, location=b.location)
            continue
        if current and text and current not in out.narrative:
            out.narrative[current] = TextField(label=current, value=text, location=b.location)
            current = None


def _read_text_score(doc: ParsedDocument, out: SelfEvaluation) -> None:
    """The score and grade stated in a sentence; without an indicator table, a worksheet's sentence rows too."""
    lines = [(b.text, b.location) for b in doc.blocks if b.kind != BlockKind.TABLE]
    if not out.indicator_table_found:
        lines += _sentence_rows(doc)
    for text, location in lines:
        if out.total is None and (m := _TOTAL_IN_TEXT.search(text)):
            out.total = Amount(label="自评得分", raw=m.group(0), value=parse_decimal(m.group(1)), location=location)
        if out.grade is None and (g := _GRADE_IN_TEXT.search(text)):
            out.grade = TextField(label="等级", value=g.group(1), location=location)


def _sentence_rows(doc: ParsedDocument) -> list[tuple[str, Location]]:
    """Rows of a worksheet that hold one sentence merged (or typed) across the sheet: the paragraphs of an xlsx form
    ("（二）部门整体自评结论：……总分88分，等级为“优”。" under the summary table)."""
    rows: list[tuple[str, Location]] = []
    for block, table in doc.tables():
        for r in range(table.n_rows):
            texts = table.row_texts(r)
            if len(texts) == 1 and len(texts[0]) >= 12 and ("，" in texts[0] or "。" in texts[0]):
                rows.append((texts[0], block.location.model_copy(update={"row": r})))
    return rows


def _read_conclusion_cell(out: SelfEvaluation) -> None:
    """A form that states its total and grade only in the 评价结论 cell ("项目自评总分83.66分，评价等级：优。")."""
    field = out.narrative.get("conclusion")
    if field is None:
        return
    if out.total is None and (m := _TOTAL_IN_TEXT.search(field.value)):
        out.total = Amount(label=field.label, raw=m.group(0), value=parse_decimal(m.group(1)), location=field.location)
    if out.grade is None and (g := _GRADE_IN_TEXT.search(field.value)):
        out.grade = TextField(label=field.label, value=g.group(1), location=field.location)
