"""Monitoring-table extraction (绩效运行监控表, 双监控): budget execution and target achievement at 1–N月.

Layouts met in practice (corpus/samples/LAYOUTS_CYCLE.md): the 136号 table (年度预算数, 1–7月执行数, 执行率;
per indicator 年度指标值, 1–7月执行情况, 全年预计完成情况, 偏差原因分析 with tick-box categories, 完成目标可能性)
and local variants with an adjusted budget, "截至N月" columns and free-text causes and measures.
"""

from __future__ import annotations

import re

from review_assistant.extract import labels as L
from review_assistant.extract.cycle_models import Amount, FundPart, MonitoringTable
from review_assistant.extract.cycle_tables import (
    ADJUSTED_BUDGET_LABELS,
    amount_at,
    column_key,
    columns_row,
    head_text,
    indicator_rows,
    indicator_tables,
    is_blank_explanation,
    label_value,
    money_in_wan,
    money_unit,
    month_in,
    read_header,
    set_adjustment,
    sheet_head_tables,
)
from review_assistant.extract.models import TextField
from review_assistant.extract.values import MONEY_UNIT_RE, parse_decimal
from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument, Table

# "绩效目标监控" / "绩效目标完成情况监控（2026年1—8月）": the indicator half of a form split over two worksheets.
# "……绩效运行监控预警表": a monitoring table with 序时进度 / 预警等级 columns (LAYOUTS_CYCLE.md, fixer47).
TITLE_RE = re.compile(r"(绩效)?(运行)?监控(预警)?(表|情况表|报告|情况说明|情况汇报)|执行监控|绩效监控|"
                      r"绩效目标(?:完成情况|执行情况|实现情况|运行情况)?监控")
BUDGET_LABELS: dict[str, tuple[str, ...]] = {
    "budget": ("年度预算数", "年初预算数", "年度预算", "年初预算", "预算数", "年度预算金额", "年度资金总额", "全年预算",
               "年初批复预算", "年初批复预算数", "批复预算数"),
    "adjusted": ADJUSTED_BUDGET_LABELS,
    "executed": ("执行数", "实际执行数", "累计执行数", "已执行数", "实际支出数", "实际支出", "支出数", "执行金额",
                 "预算执行数",
                 # a PPP project's government payments ("1—8月支付数", "支付进度") are its budget execution
                 "支付数", "已支付数", "累计支付数",
                 # a purchased service paid by contract milestones ("1—8月已支付（万元）")
                 "已支付", "累计已支付", "已支付金额",
                 # "实际到位资金 | 已支出资金": the money spent, not the funds received (实际到位 is never read here)
                 "已支出资金", "已支出", "已支出数", "累计已支出", "已支出金额"),
    "rate": ("执行率", "预算执行率", "执行进度", "预算执行进度", "支出进度", "支付进度", "支付率",
             # "年初预算数 | 调整后预算数 | 1—6月执行数 | 完成进度(%) | 是否偏离": the funds row's progress is its rate
             "完成进度", "资金完成进度", "预算完成进度"),
}
# Any wording of money spent: with none of them the document certainly reports no budget execution.
_EXECUTION_WORDS = re.compile(r"执行数|执行率|执行进度|实际支出|支出进度|已支出|累计支出|已支付|累计支付|支付数|支付进度|已拨付|资金到位|已到位|"
                              r"使用率|已使用")
_TOTAL_ROW = re.compile(r"总额|合计|总计|小计|项目资金")
_MONEY_KEYS = {"budget", "adjusted", "executed"}
_LEVEL_TOTAL = re.compile(r"^(?:合计|总计|资金合计|资金总额|小计)$")


# The document's own title names it a monitoring report or table ("……项目绩效运行监控报告").
# "……绩效运行监控情况说明" is the same report under a county's name for it.
_REPORT_TITLE = re.compile(r"(?:绩效|运行|跟踪)监控(?:表|情况表|报告|情况报告|工作报告|情况说明|情况汇报)"
                           r"\s*[（(]?[^（()）]{0,12}[)）]?$")
_MONEY_WORDS = re.compile(r"执行|支出|支付|使用|到位|拨付")


def looks_like_monitoring(doc: ParsedDocument) -> bool:
    """A form that calls itself a monitoring table and has a forecast column or an execution rate, or a
    report titled as a monitoring report that speaks of money spent (a report written only in paragraphs)."""
    if not TITLE_RE.search(head_text(doc)) and not _sheet_titled(doc):
        return False
    text = doc.normalized_text
    if "预计" in text or "执行率" in text:
        return True
    title = (doc.title or doc.first_heading_or_paragraph()).strip()
    return "事前" not in title and bool(_REPORT_TITLE.search(title)) and bool(_MONEY_WORDS.search(text))


def _sheet_titled(doc: ParsedDocument) -> bool:
    """A workbook whose monitoring part is not its first worksheet ("预算执行", then "绩效目标监控"): a later sheet's
    title rows name a monitoring table and its indicator table has a forecast or 完成目标可能性 column."""
    later = sheet_head_tables(doc)[1:]
    if not any(TITLE_RE.search(t.row_text(r)) for t in later for r in range(min(2, t.n_rows))):
        return False
    return any({"forecast", "possibility"} & set(header.cols) for _, _, header in indicator_tables(doc, ("l3", "target")))


def extract_monitoring(doc: ParsedDocument, fiscal_year: int | None = None) -> MonitoringTable:
    out = MonitoringTable()
    read_header(doc, out, TITLE_RE)
    if fiscal_year:
        out.fiscal_year = fiscal_year
    out.execution_labels_seen = bool(_EXECUTION_WORDS.search(doc.normalized_text))
    _read_budget(doc, out)
    if out.executed is None and out.rate is None:
        _read_budget_prose(doc, out)
        out.execution_labels_seen = out.execution_labels_seen or bool(out.prose_sentence)
    read: set[int] = set()
    for block, table, header in indicator_tables(doc, ("l3", "target")):
        out.indicator_table_found = True
        out.completion_column_found = out.completion_column_found or "actual" in header.cols
        read.add(id(table))
        out.indicators.extend(indicator_rows(block, table, header, out.indicators[-1] if out.indicators else None))
        out.month = out.month or next((m for t in header.texts if (m := month_in(t))), None)
    out.month = out.month or month_in(head_text(doc)) or _month_in_paragraphs(doc)
    out.has_tables = bool(doc.tables())
    out.indicator_words_seen = _indicator_words_seen(doc)
    if not out.indicators:
        out.unread_indicator_table = _unread_indicator_table(doc, read)
    out.cause_note, out.measure_note = _closing_notes(doc)
    _read_adjustment_requests(doc, out, read)
    return out


_REQUEST_NAME = frozenset(L.norm_label(x) for x in ("指标名称", "三级指标", "指标", "绩效指标", "调整指标"))


def _read_adjustment_requests(doc: ParsedDocument, out: MonitoringTable, read: set[int]) -> None:
    """An attached 绩效目标调整申请表 ("指标名称 | 原指标值 | 调整后指标值 | 调整原因"): each row's adjusted target is
    recorded on the indicator of the same name."""
    by_name = {L.norm_label(i.level3): i for i in out.indicators if i.level3}
    for _, table in doc.tables():
        if id(table) in read:
            continue
        for r in range(min(table.n_rows, 6)):
            cells = [c.text.strip() for c in table.rows[r]]
            keys = {column_key(t): i for i, t in enumerate(cells) if t}
            name = next((i for i, t in enumerate(cells) if L.norm_label(t) in _REQUEST_NAME), None)
            if name is None or "adjusted" not in keys:
                continue
            for row in table.rows[r + 1:]:
                texts = [c.text.strip() for c in row]
                ind = by_name.get(L.norm_label(texts[name])) if name < len(texts) else None
                if ind is None:
                    continue
                adjusted, reason = (texts[i] if i is not None and i < len(texts) else ""
                                    for i in (keys.get("adjusted"), keys.get("adjust_reason")))
                set_adjustment(ind, adjusted, reason, "所附绩效目标调整申请表")
            break


# The boxes below the indicator table that explain the deviations once for the whole table: "偏差原因说明 | ……",
# "纠偏措施 | ……", "存在问题及纠偏措施 | ……", 黄石式 "偏差或不能完成目标原因分析" / "相关建议或举措".
_CAUSE_BOX = re.compile(r"^(?:偏差原因(?:分析|说明)?|偏差或不能完成目标原因分析|存在(?:的)?问题(?:及(?:原因|纠偏措施|整改措施))?"
                        r"|问题及(?:原因|纠偏措施))$")
_MEASURE_BOX = re.compile(r"^(?:纠偏措施(?:及建议)?|偏差纠正措施|整改措施|改进措施|拟采取的?措施|下一步(?:工作)?(?:措施|打算)|"
                          r"相关建议或举措|(?:存在(?:的)?)?问题及(?:纠偏|整改)措施)$")


def _closing_notes(doc: ParsedDocument) -> tuple[TextField | None, TextField | None]:
    """The table-wide 偏差原因说明 and 纠偏措施 boxes: a row holding only the label and its text, or a "纠偏措施：……" line."""
    cause: TextField | None = None
    measure: TextField | None = None
    pairs: list[tuple[str, str, Location]] = []
    for block, table in doc.tables():
        for r, row in enumerate(table.rows):
            texts = list(dict.fromkeys(c.text.strip() for c in row if c.text.strip()))
            if len(texts) == 2:
                pairs.append((texts[0], texts[1], block.location.model_copy(update={"row": r, "column": 1})))
    for b in doc.blocks:
        if b.kind != BlockKind.TABLE and (m := re.match(r"^\s*([^：:\n]{2,16})[：:]\s*(\S.*)$", b.text.strip(), re.S)):
            pairs.append((m.group(1), m.group(2), b.location))
    for label, value, loc in pairs:
        n = L.norm_label(label)
        if cause is None and _CAUSE_BOX.match(n) and not is_blank_explanation(value):
            cause = TextField(label=label, value=value, location=loc)
        if measure is None and _MEASURE_BOX.match(n) and not is_blank_explanation(value):
            measure = TextField(label=label, value=value, location=loc)
    return cause, measure


# Words of target monitoring: a document with none of them certainly reports no indicator completion.
# "全年预计执行数" / "预计全年支出" are money, not a target's forecast.
_INDICATOR_WORDS = re.compile(r"指标值|目标值|完成值|全年预计(?!执行|支出|结转|结余|资金|到位)|预计全年(?!执行|支出)|三级指标|二级指标|"
                              r"产出指标|效益指标|满意度|数量指标|质量指标|时效指标|目标完成|指标完成|目标实现|绩效目标运行")
# The form's footnotes say how to fill it in ("注：……完成目标可能性填……"), not what the project reports.
_FORM_NOTE = re.compile(r"^\s*(?:注|说明|填表说明|填报说明)\s*\d*\s*[：:]")


def _indicator_words_seen(doc: ParsedDocument) -> bool:
    """The document names targets or their completion anywhere but in the form's notes (a paragraph, or a worksheet
    row, starting "注：" / "说明：" / "填表说明：")."""
    lines = [b.text for b in doc.blocks if b.kind != BlockKind.TABLE]
    lines += [t.row_text(r) for _, t in doc.tables() for r in range(t.n_rows)]
    return any(_INDICATOR_WORDS.search(line) for line in lines if not _FORM_NOTE.match(line))


def _unread_indicator_table(doc: ParsedDocument, read: set[int]) -> str:
    """The first rows of a table that names indicator columns but was not read as an indicator table."""
    for _, table in doc.tables():
        if id(table) in read:
            continue
        for r in range(min(table.n_rows, 12)):
            keys = {column_key(c.text) for c in table.rows[r]}
            if keys & {"l3", "target", "actual", "forecast"} and len(keys - {None}) >= 2:
                return " | ".join(dict.fromkeys(c.text.strip() for c in table.rows[r] if c.text.strip()))[:80]
    return ""


def _read_budget(doc: ParsedDocument, out: MonitoringTable) -> None:
    for block, table in doc.tables():
        found = columns_row(table, BUDGET_LABELS)
        if found is None:
            continue
        r, cols = found
        header_cells = [c.text for c in table.rows[r]]
        data = _data_row(table, r, cols)
        if data is None:
            continue
        def cell(row: int, key: str, block: Block = block, table: Table = table, cols: dict[str, int] = cols,
                 header_cells: list[str] = header_cells) -> Amount:
            amount = amount_at(block, table, row, cols[key], header_cells[cols[key]].strip())
            return money_in_wan(amount, money_unit(doc, table, amount.label)) if key in _MONEY_KEYS else amount

        for key, c in cols.items():
            _assign(out, key, cell(data, key))
            out.month = out.month or month_in(header_cells[c])
        budget_key = "adjusted" if "adjusted" in cols else "budget"
        for row, label in _level_rows(table, r, data, cols):
            out.fund_parts.append(FundPart(
                label=label, budget=cell(row, budget_key) if budget_key in cols else None,
                executed=cell(row, "executed") if "executed" in cols else None,
                rate=cell(row, "rate") if "rate" in cols else None))
        if out.executed is not None:
            return
    pairs = label_value(doc, BUDGET_LABELS)
    for key, tf in pairs.items():
        amount = Amount(label=tf.label, raw=tf.value, value=parse_decimal(tf.value), location=tf.location)
        _assign(out, key, money_in_wan(amount, money_unit(doc, None, tf.label)) if key in _MONEY_KEYS else amount)
        out.month = out.month or month_in(tf.label)


# "截至6月底已支付36万元", "累计支出120.5万元", "执行率45%" / "预算执行率为45.2%", "年度预算60万元" in a report's prose.
# "执行19.80万元"; "已到位356.2万元，使用356.2万元" (使用 only at the start of a clause: 使用上级资金 is a source;
# a rate such as "执行300元/人" is not an amount).
_PROSE_EXECUTED = re.compile(r"(?:已支付|已支出|累计支出|累计支付|实际支出|已拨付|已执行|执行资金|支出资金|执行|已使用|"
                             r"(?:(?<=[，,；;。：:])|^)使用)\s*(?:资金)?\s*"
                             rf"(?P<num>\d[\d,，]*(?:\.\d+)?)\s*(?P<unit>{MONEY_UNIT_RE})(?![/／每])")
_PROSE_RATE = re.compile(r"(?:预算)?执行(?:率|进度)\s*(?:为|达到?|仅为?)?\s*(?P<num>\d+(?:\.\d+)?)\s*[%％]")
_PROSE_BUDGET = re.compile(r"(?:年度预算|年初预算|全年预算|预算安排(?:专项)?(?:资金)?|安排资金|预算资金|预算数|"
                           r"资金规模(?:共计|合计)?|安排[\u4e00-\u9fff]{1,12}?资金(?:共计|合计|总计|共)?)\s*(?:为|是)?\s*"
                           rf"(?P<num>\d[\d,，]*(?:\.\d+)?)\s*(?P<unit>{MONEY_UNIT_RE})")


def _read_budget_prose(doc: ParsedDocument, out: MonitoringTable) -> None:
    """A monitoring report that states execution only in sentences: read the amount and rate it writes, and
    keep the sentences (the checks say the figures come from prose, not from an execution table)."""
    found: dict[str, Amount] = {}
    said: list[str] = []
    for b in doc.blocks:
        if b.kind == BlockKind.TABLE:
            continue
        for pattern, key in ((_PROSE_BUDGET, "budget"), (_PROSE_EXECUTED, "executed"), (_PROSE_RATE, "rate")):
            m = pattern.search(b.text)
            if m is None or key in found:
                continue
            number = parse_decimal(m.group("num"))
            amount = Amount(label=m.group(0), raw=m.group(0), value=number, location=b.location)
            found[key] = money_in_wan(amount, m.groupdict().get("unit") or "万元") if key != "rate" else amount
            if key != "budget" and b.text.strip() not in said:
                said.append(b.text.strip())
    if "executed" not in found and "rate" not in found:
        return  # a budget alone says nothing about execution
    for key, amount in found.items():
        if key != "budget" or out.budget is None:
            _assign(out, key, amount)
    out.prose_sentence = "；".join(said)[:160]


def _data_row(table: Table, header_row: int, cols: dict[str, int]) -> int | None:
    money_col = cols.get("budget", cols.get("executed", next(iter(cols.values()))))
    numeric = [r for r in range(header_row + 1, min(table.n_rows, header_row + 8))
               if money_col < len(table.rows[r]) and parse_decimal(table.rows[r][money_col].text) is not None
               and table.rows[r][money_col].text.strip() != table.rows[header_row][money_col].text.strip()]
    for r in numeric:
        if _TOTAL_ROW.search(table.rows[r][0].text):
            return r
    # Funds split by government level in a label column right of a merged "资金情况（万元）" (中央补助 / 省级补助 /
    # 县级配套 / 合计): the 合计 row is the project's, not the first level's.
    for r in numeric:
        if any(_LEVEL_TOTAL.match(c.text.strip()) for c in table.rows[r][1:money_col]):
            return r
    return numeric[0] if numeric else None


def _level_rows(table: Table, header_row: int, total_row: int, cols: dict[str, int]) -> list[tuple[int, str]]:
    """The level rows (中央补助 / 省级补助 / 县级配套) between the header and a 合计 row written in the level column:
    (row, level), or [] when the money was not split by level."""
    first = min((c for k, c in cols.items() if k in _MONEY_KEYS), default=min(cols.values()))
    if not any(_LEVEL_TOTAL.match(c.text.strip()) for c in table.rows[total_row][1:first]):
        return []
    out: list[tuple[int, str]] = []
    for r in range(header_row + 1, total_row):
        row = table.rows[r]
        label = next((c.text.strip() for c in reversed(row[1:first]) if c.text.strip()), "")
        if label and parse_decimal(label) is None and first < len(row) and parse_decimal(row[first].text) is not None:
            out.append((r, label))
    return out


def _assign(out: MonitoringTable, key: str, amount: Amount) -> None:
    if key == "budget" and out.budget is None:
        out.budget = amount
    elif key == "adjusted" and out.adjusted_budget is None:
        out.adjusted_budget = amount
    elif key == "executed" and out.executed is None:
        out.executed = amount
    elif key == "rate" and out.rate is None:
        out.rate = amount


def _month_in_paragraphs(doc: ParsedDocument) -> int | None:
    for b in doc.blocks[:20]:
        if b.kind != BlockKind.TABLE and (m := month_in(b.text)):
            return m
    return None
