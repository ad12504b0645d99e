"""Table reading shared by the monitoring-table and self-evaluation extractors.

Both forms are label/value blocks on top (项目名称, 实施单位, money) and one indicator table whose
header may span two rows (``偏差原因分析`` over 经费保障/制度保障/…). Columns are found by vocabulary,
never by position, like the goal-sheet extractor does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from review_assistant.extract import labels as L
from review_assistant.extract.cn_numerals import arabic_value, cn_integer
from review_assistant.extract.cycle_models import Amount, CycleDocument, CycleIndicator
from review_assistant.extract.models import TextField
from review_assistant.extract.values import (
    WAN_PER_UNIT,
    find_unit,
    half_width,
    money_unit_written,
    parse_decimal,
    parse_value,
    unit_in_label,
    year_in_text,
    year_opening_name,
)
from review_assistant.parsing.common import joined_row_text
from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument, Table

# Indicator-table columns of the later stages, on top of the goal sheet's l1/l2/l3/sign/unit.
STAGE_COLUMNS: dict[str, tuple[str, ...]] = {
    "target": ("年度指标值", "指标值", "年度目标值", "目标值", "预期指标值", "年度绩效指标值", "预期目标值",
               # 政府购买服务履约监控表: the contract's figure is the year's target ("合同约定（年度指标值）")
               "合同约定", "合同约定值", "合同约定指标值", "合同约定目标值"),
    "actual": ("实际完成值", "实际完成情况", "全年实际值", "实际值", "完成值", "执行情况", "实际完成", "指标执行情况",
               "半年度指标执行情况", "半年指标执行情况", "指标完成情况",
               # 衡山式自评表 "年度指标值 | 全年实际完成值 / 全年完成值"
               "全年实际完成值", "全年完成值", "全年实际完成情况",
               # "1—8月履约情况": what the contractor delivered so far (购买服务履约监控表)
               "履约情况", "履约完成情况", "实际履约情况"),
    "forecast": ("全年预计完成情况", "全年预计完成值", "预计全年完成值", "预计全年完成情况", "全年预计完成", "预计完成值",
                 "预计完成情况", "全年预计"),
    "cause": ("偏差原因分析", "偏差原因", "原因分析", "未完成原因分析", "偏差原因分析及改进措施", "未完成原因及改进措施",
              "偏差原因及改进措施", "偏差原因分析及纠偏措施", "偏离原因", "偏离原因分析"),
    # "完成进度(%) | 是否偏离 | 偏离原因 | 纠偏措施": the unit's own yes/no on whether the indicator deviates.
    "deviated": ("是否偏离", "是否存在偏离", "是否偏差", "是否存在偏差", "是否出现偏差", "是否出现偏离"),
    "measure": ("纠偏措施", "改进措施", "拟采取的措施", "拟采取措施", "整改措施", "纠偏措施及建议"),
    "possibility": ("完成目标可能性", "完成可能性", "目标完成可能性", "全年目标完成可能性"),
    "weight": ("分值", "权重", "分值（分）"),
    "score": ("得分", "自评得分", "评价得分"),
    "rule": ("评分标准", "评分细则", "计分方法", "评分规则", "扣分标准", "评（扣）分标准", "评分办法", "计分标准"),
    # A monitoring table's adjustment columns ("调整后指标值 | 调整原因"): the target as the unit asks to adjust it.
    "adjusted": ("调整后指标值", "调整后目标值", "调整后年度指标值", "调整后的指标值", "拟调整指标值", "申请调整指标值"),
    "adjust_reason": ("调整原因", "调整理由", "指标调整原因", "目标调整原因"),
    # One cell holds the indicator and its target ("补贴发放人次≥18600人次": county grant forms scored by 权重).
    "l3_target": ("三级指标及指标值", "三级指标及目标值", "三级指标及年度指标值", "指标名称及指标值", "绩效指标及指标值",
                  "指标及指标值", "指标内容及指标值"),
}
CAUSE_CATEGORIES = ("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他")
# 完成目标可能性 split into one tick column per grade (湖北黄石 note: 确定能 / 有可能 / 不可能).
POSSIBILITY_GRADES = ("确定能", "有可能", "完全不可能", "不可能")
# 1–N月 columns: "1-7月执行情况", "1—6月实际完成值", "截至6月底完成值".
_MONTH_RE = re.compile(r"(?:1|一)\s*[-—–~至到]\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
                       r"|截至\s*(?:(?:19|20)\d{2}\s*年\s*)?(\d{1,2})\s*月")
# Rows that close the indicator block: totals, conclusions, and the footer boxes of the 黄石式 monitoring table
# ("偏差或不能完成目标原因分析", "相关建议或举措").
_TABLE_END = re.compile(r"^(总分|合计|总计|(?:自评|评价|项目)总分|总得分|综合得分|评价结论|存在问题|改进措施|自评等级|评价等级|填报人|单位负责人|备注|偏差或不能完成|相关建议|纠偏措施|(?:总体|监控)?情况说明"
                        # the closing "偏差原因分析及改进措施" box written once for the whole table (a row, not a column)
                        r"|偏差原因(?:分析|说明)?(?:及|和|与)(?:纠偏|改进|整改)措施)")
_BLANK = re.compile(r"^[\s/\\—–\-_.。、无暂无没有不适用未说明]*$")
# The budget after the year's adjustments, the denominator of the execution rate (10号 附件2 "全年预算数（A）", 银川式
# "调整预算数（A）", 济南式 "调整后预算数"): one vocabulary for monitoring tables and self-evaluations.
ADJUSTED_BUDGET_LABELS = ("调整后预算数", "调整预算数", "全年预算数", "调整后预算", "调整后全年预算数", "调整后年度预算数")
BOILERPLATE = ("暂无", "无", "没有", "无偏差", "不存在", "/", "—", "-", "无。", "暂无。")


def month_in(text: str) -> int | None:
    """The N of a "1–N月" or "截至N月" / "截至2025年8月31日" period, or None."""
    m = _MONTH_RE.search(half_width(text or ""))
    if not m:
        return None
    raw = m.group(1) or m.group(2)
    month = int(raw) if raw.isdigit() else cn_integer(raw) or 0
    return month if 1 <= month <= 12 else None


_FORM_PROMPT = re.compile(r"[（(]\s*(?:限|不超过)?\s*\d+\s*字(?:以内|以下|左右)?\s*[)）]\s*[。.]?$|^(?:请(?:填写|简要|简述|说明|根据)|结合自评情况|"
                          r"针对(?:项目)?自评中发现的问题|简要说明|(?:主要)?说明(?:项目)?(?:自评|存在))")


def is_form_prompt(text: str) -> bool:
    """The form's own filling instruction left in a narrative cell ("结合自评情况，分析存在的问题及原因。（200字以内）")."""
    return bool(_FORM_PROMPT.search((text or "").strip()))


def is_blank_explanation(text: str) -> bool:
    """Empty, a dash, or boilerplate such as "暂无" / "无" — not an explanation of a gap."""
    t = (text or "").strip().rstrip("。.")
    return not t or t in BOILERPLATE or bool(_BLANK.match(t))


# Wording that proposes or reports an action ("已启动政府购买服务补充", "三季度集中施工", "按程序调整年度指标"), as
# opposed to a cause alone ("雨季停工") or a formula ("按计划推进").
_MEASURE_WORDS = re.compile(
    r"已(?:经)?(?:启动|调整|安排|采取|组织|实行|开展|落实|补充|协调|加密|约谈|督促|要求|制定|增加|增派|对)|加快|加强|加密|督促|约谈|"
    r"整改|集中(?:施工|开展|推进|办理|采购)|调[整减剂](?:施工|计划|指标|预算|目标|年度)|按程序调|新增|增派|补充|招标|购买服务|追加|"
    r"收回|暂停|暂缓|停止|抓紧|补足|(?:计划|拟|将)于\S{0,10}(?:月|季度|年底|年末)")
# A combined cell labels its parts: "原因：……；措施：……" (the part after the label, when not boilerplate, is a measure).
_MEASURE_PART = re.compile(r"(?:纠偏|改进|整改|拟采取的?)?措施[：:]\s*([^；;]*)")
# One column for both ("偏差原因及纠偏措施", "偏差原因分析及改进措施", "未完成原因及整改措施"): read as the cause column,
# its text counts as a measure when it names one (see :func:`states_measure`).
_COMBINED_CAUSE = re.compile(r"^(?:偏差|未完成(?:目标)?|存在问题)?(?:的)?原因(?:分析|说明)?(?:及|和|与)?(?:纠偏|改进|整改|拟采取的?|应对)?措施$")


def states_measure(text: str) -> bool:
    """The text names an action taken or planned against a deviation (not only its cause, not boilerplate)."""
    if is_blank_explanation(text):
        return False
    if any(not is_blank_explanation(m.group(1)) for m in _MEASURE_PART.finditer(text)):
        return True
    return bool(_MEASURE_WORDS.search(text))


# The categories a column lists in brackets: "偏差原因（经费/制度/人员/硬件/其他）".
_CATEGORY_LIST = re.compile(r"[（(][^（()）]{0,40}[/／][^（()）]{0,40}[)）]")


def column_key(text: str) -> str | None:
    """The canonical column a header cell names (stage columns first, then the goal sheet's)."""
    text = _CATEGORY_LIST.sub("", text or "")
    n = L.norm_label(re.sub(r"(?:1|一)\s*[-—–~至到]\s*\S{1,2}\s*月|截至\s*\d{1,2}\s*月底?", "", text))
    if not n:
        return None
    for key, names in STAGE_COLUMNS.items():
        if n in {L.norm_label(x) for x in names}:
            return key
    if _COMBINED_CAUSE.match(n):
        return "cause"
    found = L.COLUMN_INDEX.get(n)
    return "target" if found == "value" else found


@dataclass
class Header:
    row: int  # last header row
    cols: dict[str, int]
    categories: dict[str, int] = field(default_factory=dict)  # 偏差原因 sub-columns (tick boxes)
    texts: list[str] = field(default_factory=list)  # the header cell text per column
    grades: dict[str, int] = field(default_factory=dict)  # 完成目标可能性 sub-columns (tick boxes)


def find_indicator_header(table: Table, required: tuple[str, ...]) -> Header | None:
    """The header of an indicator table: a row (or two stacked rows) naming 三级指标 and ``required``.

    A small table in a monitoring report may name its first column just "指标" (no 一级/二级 columns):
    that column is the indicator's name when the row also names a target and a completion column.
    """
    for r in range(min(table.n_rows, 60)):
        cells = [c.text for c in table.rows[r]]
        cols = _columns(cells)
        if "l3_target" in cols:
            cols.setdefault("l3", cols["l3_target"])
            cols.setdefault("target", cols["l3_target"])
        if "l3" not in cols and "target" in cols and ({"actual", "forecast"} & set(cols)):
            name = next((i for i, t in enumerate(cells) if L.norm_label(t) in _NAME_COLUMNS), None)
            if name is not None:
                cols["l3"] = name
        if "l3" not in cols:
            continue
        header = Header(r, cols, texts=cells)
        nxt = r + 1
        if nxt < table.n_rows:
            below = [c.text.strip() for c in table.rows[nxt]]
            cats = {name: i for i, name in enumerate(below) if name in CAUSE_CATEGORIES}
            grades = {name: i for i, name in enumerate(below) if name in POSSIBILITY_GRADES}
            grades = grades if len(grades) >= 2 else {}  # one "确定能" is a data row's value, not a tick header
            sub = _columns(below)
            if "l3" in sub and sub["l3"] != cols["l3"] and below[sub["l3"]] != cells[sub["l3"]].strip():
                # A group label merged over the name columns ("绩效指标" across 一级/二级/三级) with the real
                # 一级指标 | 二级指标 | 三级指标 header below it: the lower row names the indicator columns.
                header.row = nxt
                header.cols = {k: v for k, v in cols.items() if k not in {"l1", "l2", "l3"}}
                header.cols.update(sub)
                header.texts = [f"{a} {b}" if a != b else a for a, b in zip(cells, below, strict=False)]
            elif cats or grades or (sub and not any(k in sub for k in ("l1", "l2", "l3"))):
                header.row = nxt
                header.categories = cats
                header.grades = grades
                for key, i in sub.items():
                    header.cols.setdefault(key, i)
                    if key in {"actual", "forecast", "measure", "possibility"}:
                        header.cols[key] = i
                header.texts = [f"{a} {b}" if a != b else a for a, b in zip(cells, below, strict=False)]
        if all(k in header.cols for k in required):
            return header
    return None


def indicator_tables(doc: ParsedDocument, required: tuple[str, ...]) -> Iterator[tuple[Block, Table, Header]]:
    """Every indicator table with its header, and the headerless tables that continue one.

    A table broken across pages (PDF) or split by the form comes out as two tables; the second has
    no header. It continues the previous one when it follows it, has as many columns, and the
    previous one had not reached its 总分/合计 row.
    """
    previous: tuple[Table, Header] | None = None
    for block, table in doc.tables():
        header = find_indicator_header(table, required)
        if header is not None:
            previous = (table, header)
            yield block, table, header
            continue
        if previous is not None and table.n_cols == previous[0].n_cols and not _has_end_row(previous[0]):
            continued = Header(-1, dict(previous[1].cols), dict(previous[1].categories), list(previous[1].texts),
                               dict(previous[1].grades))
            previous = (table, continued)
            yield block, table, continued
            continue
        previous = None


def _has_end_row(table: Table) -> bool:
    for row in table.rows:
        first = next((c.text.strip() for c in row if c.text.strip()), "")
        if _TABLE_END.match(L.norm_label(first)):
            return True
    return False


# Bare names of the indicator column, accepted only beside a target and a completion column.
_NAME_COLUMNS = frozenset(L.norm_label(x) for x in ("指标", "监控指标", "评价指标", "考核指标", "指标项", "指标项目"))
# "绩效指标（90分）": a block label merged down the first column (青神式自评表), not the 三级指标 column.
_BLOCK_POINTS = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$")


def _columns(cells: list[str]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, text in enumerate(cells):
        key = column_key(text)
        if key == "l3" and _BLOCK_POINTS.search(text.strip()):
            continue
        if key and key not in cols:
            cols[key] = i
        elif key == "l3" and any(cols.get(k, i) < i and cols[k] > cols["l3"] for k in ("l1", "l2") if k in cols):
            # "绩效指标 | 一级指标 | 指标名称" (黄石式): the first cell is a group label left of the level
            # columns; the indicator's name is the one right of them.
            cols["l3"] = i
    return cols


def indicator_rows(block: Block, table: Table, header: Header,
                   above: CycleIndicator | None = None) -> Iterator[CycleIndicator]:
    """Every data row after the header up to a 总分/合计/评价结论 row, as indicators (values raw).

    An empty 一级/二级 cell repeats the row above (unmerged forms, or a table continued from ``above``).
    """
    def cell(r: int, key: str) -> str:
        c = header.cols.get(key)
        return table.rows[r][c].text.strip() if c is not None and c < len(table.rows[r]) else ""

    for r in range(header.row + 1, table.n_rows):
        first = next((c.text.strip() for c in table.rows[r] if c.text.strip()), "")
        if _TABLE_END.match(L.norm_label(first)):
            break
        level3 = cell(r, "l3")
        if not level3 or column_key(level3) in {"l3", "l3_target"}:
            continue
        target_text = cell(r, "target")
        if header.cols.get("target") == header.cols["l3"]:
            level3, target_text = split_name_target(level3)
        level1, level2 = cell(r, "l1"), cell(r, "l2")
        if level3 in {level1, level2} and not target_text:
            continue
        if above is not None:
            level1 = level1 or above.level1
            level2 = level2 or (above.level2 if level1 == above.level1 else "")
        cause = cell(r, "cause")
        if header.categories:
            ticked = [name for name, i in header.categories.items()
                      if i < len(table.rows[r]) and table.rows[r][i].text.strip()]
            detail = [table.rows[r][i].text.strip() for name, i in header.categories.items()
                      if i < len(table.rows[r]) and table.rows[r][i].text.strip() not in {"", "√", "✓", "是", "☑"}]
            cause = "；".join(detail) if detail else "、".join(ticked)
        possibility = cell(r, "possibility")
        if header.grades:
            possibility = "、".join(name for name, i in header.grades.items()
                                   if i < len(table.rows[r]) and table.rows[r][i].text.strip())
        pv = parse_value(target_text, sign_hint=cell(r, "sign") or None, unit_hint=cell(r, "unit") or None)
        actual_text, forecast_text = cell(r, "actual"), cell(r, "forecast")
        target = None if pv.qualitative or pv.date_value else parse_decimal(arabic_value(target_text))
        actual, actual_ok = measured(actual_text, target, pv.unit)
        forecast, forecast_ok = measured(forecast_text, target, pv.unit)
        above = CycleIndicator(
            level1=level1, level2=level2, level3=level3, sign=pv.sign, target_text=target_text,
            target=target, target_high=None if target is None or pv.number_high is None else Decimal(str(pv.number_high)),
            unit=pv.unit, unit_mismatch=not (actual_ok and forecast_ok),
            qualitative=pv.qualitative or pv.date_value is not None, actual_text=actual_text, actual=actual,
            forecast_text=forecast_text, forecast=forecast,
            weight=parse_decimal(cell(r, "weight")), score=parse_decimal(cell(r, "score")),
            cause=cause, measure=cell(r, "measure"), possibility=possibility, note=cell(r, "basis"),
            # The flag counts only where the table also has a cause or measure column to explain it in.
            deviated=cell(r, "deviated") if {"cause", "measure"} & set(header.cols) else "",
            evidence=joined_row_text(table, r), location=block.location.model_copy(update={"row": r}),
        )
        set_adjustment(above, cell(r, "adjusted"), cell(r, "adjust_reason"), "指标表“调整后指标值”栏")
        yield above


def set_adjustment(ind: CycleIndicator, text: str, reason: str, source: str) -> None:
    """Record an adjusted target written for ``ind`` (nothing when the cell is blank or a dash)."""
    if is_blank_explanation(text) or ind.adjusted_text:
        return
    pv = parse_value(text)
    ind.adjusted_text, ind.adjust_reason, ind.adjust_source = text, "" if is_blank_explanation(reason) else reason, source
    ind.adjusted_sign = pv.sign or ind.sign
    ind.adjusted = None if pv.qualitative or pv.date_value else parse_decimal(arabic_value(text))


_NAME_TARGET = re.compile(r"^(?P<name>.+?)\s*(?P<target>(?:[≥≤=＝><]|不低于|不少于|不高于|不超过|大于等于|小于等于).+)$")


def split_name_target(text: str) -> tuple[str, str]:
    """An indicator written with its target in one cell: "发放对象准确率=100%" → ("发放对象准确率", "=100%");
    the whole text is the name when no comparison starts a target."""
    m = _NAME_TARGET.match(text.strip())
    return (m.group("name").strip(), m.group("target").strip()) if m else (text.strip(), "")


_PERIOD_WORDS = re.compile(
    r"(?:1|一)\s*[-—–~至到]\s*\d{1,2}\s*月(?:底|末)?|截至\s*\d{1,2}\s*月(?:底|末)?|(?:19|20)\d{2}\s*年度?"
    r"|\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?(?:底|末)?(?:前)?")
# 万元 per unit, from the one table of money units (千元 included).
_MONEY_FACTORS = {u: Decimal(f"{f:g}") for u, f in WAN_PER_UNIT.items() if u.endswith("元")}


def measured(text: str, target: Decimal | None, target_unit: str | None) -> tuple[Decimal | None, bool]:
    """The number a completion cell reports, in the target's unit; False when its unit differs and cannot be converted.

    "截至6月完成120个" is 120 (not 6); "0.98" against "≥95%" is 98%; "899,740元" against "≤90万元" is 89.974.
    """
    if not text.strip():
        return None, True
    body = _PERIOD_WORDS.sub("", arabic_value(half_width(text).strip()))  # "百分之八十八" is 88%
    value = parse_decimal(body)
    if value is None:
        return None, True
    unit = find_unit(body)
    if target_unit in _MONEY_FACTORS and unit in _MONEY_FACTORS and unit != target_unit:
        return value * _MONEY_FACTORS[unit] / _MONEY_FACTORS[target_unit], True
    if target_unit in {"%", "百分比"}:
        if "%" not in body and "％" not in body and value <= Decimal("1.5") and target is not None \
                and target > Decimal("1.5"):
            return value * 100, True
        return value, True
    if unit and target_unit and unit not in {"%", "百分比"} and unit != target_unit and not unit.startswith(target_unit):
        return value, False
    return value, True


# ---- label/value pairs ---------------------------------------------------------------------------


def label_value(doc: ParsedDocument, keys: Mapping[str, tuple[str, ...]]) -> dict[str, TextField]:
    """For each key, the value next to the first cell (or ``label：value`` paragraph) carrying one of its labels."""
    index = {L.norm_label(label): key for key, labels in keys.items() for label in labels}
    found: dict[str, TextField] = {}
    for block, table in doc.tables():
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                # "1-7月执行数" is the 执行数 label of a monitoring period.
                key = index.get(L.norm_label(cell.text)) or index.get(_period_free(cell.text)) \
                    if len(cell.text) <= 24 else None
                if key is None or key in found:
                    continue
                value = next((x.text.strip() for x in row[c + 1:] if x.text.strip() and x.text != cell.text), "")
                if value and L.norm_label(value) not in index:
                    found[key] = TextField(label=cell.text.strip(), value=value,
                                           location=block.location.model_copy(update={"row": r, "column": c}))
    for text, location in _line_texts(doc):
        for part in _label_parts(text, index):
            label, sep, value = part.partition("：") if "：" in part else part.partition(":")
            key = index.get(L.norm_label(label)) if sep else None
            if key and key not in found and value.strip():
                found[key] = TextField(label=label.strip(), value=value.strip(), location=location)
    return found


_ANY_HEADER_LABEL = frozenset(L.norm_label(x) for labels in L.HEADER_LABELS.values() for x in labels)


def _label_parts(text: str, index: Mapping[str, str]) -> list[str]:
    """A header line cut into its "label：value" parts: at runs of spaces or tabs, and at one space before a known
    label and its colon ("主管部门：X 实施单位：Y 项目类型：Z", as a PDF line keeps it)."""
    parts: list[str] = []
    for part in re.split(r"[ \u3000]{2,}|\t", text):
        cuts = [m.start() for m in re.finditer(r"[ \u3000](?P<label>[^\s：:]{2,12})[：:]", part)
                if L.norm_label(m.group("label")) in index or L.norm_label(m.group("label")) in _ANY_HEADER_LABEL]
        starts = [0, *[c + 1 for c in cuts]]
        parts += [part[a:z].strip() for a, z in zip(starts, [*cuts, len(part)], strict=True)]
    return parts


def _line_texts(doc: ParsedDocument) -> Iterator[tuple[str, Location]]:
    """The document's lines: paragraphs, and a sheet's rows that hold one text alone ("项目名称：…" written in column A
    above the tables of an xlsx form, the way a PDF writes it as a paragraph)."""
    for b in doc.blocks:
        if b.table is None:
            yield b.text, b.location
            continue
        for r, row in enumerate(b.table.rows):
            filled = {c.text.strip() for c in row if c.text.strip()}
            if len(filled) == 1 and ("：" in (text := filled.pop()) or ":" in text):
                yield text, b.location.model_copy(update={"row": r})


def amount_at(block: Block, table: Table, r: int, c: int, label: str) -> Amount:
    text = table.rows[r][c].text.strip() if c < len(table.rows[r]) else ""
    return Amount(label=label, raw=text, value=parse_decimal(text),
                  location=block.location.model_copy(update={"row": r, "column": c}))


def money_unit(doc: ParsedDocument, table: Table | None, label: str) -> str:
    """The unit money is written in: the column's label ("年初预算数（元）"), else the table's or the document's
    "金额单位：元" line, else 万元."""
    from review_assistant.extract.goal_sheet import document_money_unit, table_money_unit

    return unit_in_label(label) or (table_money_unit(table) if table is not None else None) or document_money_unit(doc)


def money_in_wan(amount: Amount, unit: str) -> Amount:
    """``amount`` in 万元: a unit written in the cell itself ("1,200,000元") wins over the column's ``unit``."""
    written = money_unit_written(amount.raw) or unit
    if amount.value is None or written not in _MONEY_FACTORS or written == "万元":
        return amount
    return amount.model_copy(update={"value": amount.value * _MONEY_FACTORS[written]})


_PERIOD = re.compile(r"(?:1|一)\s*[-—–~至到]\s*\S{1,2}\s*月|截至\s*\d{1,2}\s*月底?")


def _period_free(label: str) -> str:
    """A label without its monitoring period ("1-7月执行数" → 执行数), normalised."""
    return L.norm_label(_PERIOD.sub("", label))


def columns_row(table: Table, keys: Mapping[str, tuple[str, ...]]) -> tuple[int, dict[str, int]] | None:
    """A header row naming at least two of ``keys`` (money blocks laid out as columns)."""
    index = {L.norm_label(label): key for key, labels in keys.items() for label in labels}
    for r in range(table.n_rows):
        cols: dict[str, int] = {}
        for c, cell in enumerate(table.rows[r]):
            key = index.get(_period_free(cell.text))
            if key and key not in cols:
                cols[key] = c
        if len(cols) >= 2:
            return r, cols
    return None


# ---- header, title, year -------------------------------------------------------------------------

HEADER_KEYS = {k: L.HEADER_LABELS[k] for k in ("project_name", "department", "implementer")}
# A transfer payment's monitoring table or self-evaluation names the fund ("资金名称 | 2026年农村危房改造补助资金").
HEADER_KEYS["project_name"] = (*HEADER_KEYS["project_name"], "资金名称", "转移支付资金名称")
# The year a monitoring table or a self-evaluation covers, as a header field when the title names none: "自评年度 |
# 2025年度", "监控时点 | 2026年6月30日", "监控期间 | 2026年1-8月" (never the 填报日期: a self-evaluation is filed the
# year after).
YEAR_KEYS = {"year": ("自评年度", "评价年度", "绩效自评年度", "监控年度", "监控时点", "监控期间", "监控时段", "监控周期",
                      "监控时间", "所属年度", "项目年度", *L.HEADER_LABELS["budget_year"])}


def read_header(doc: ParsedDocument, out: CycleDocument, title_re: re.Pattern[str]) -> None:
    out.fields.update(label_value(doc, HEADER_KEYS))
    out.title = title_of(doc, title_re)
    stated = label_value(doc, YEAR_KEYS).get("year")
    out.fiscal_year = year_in_text(out.title) or (year_in_text(stated.value) if stated else None) or _year_in_head(doc)
    named = out.fields.get("project_name")
    if out.fiscal_year is None and named is not None and (y := year_opening_name(named.value)):
        out.fiscal_year, out.fiscal_year_source = y, "project_name"  # "2025年全民健身场地设施维护项目"
    if "project_name" not in out.fields and (unit := department_as_project(out)) is not None:
        out.fields["project_name"] = unit
    if "project_name" not in out.fields and (name := name_from_title(out.title)):
        # A report written as paragraphs has no 项目名称 field: its title names the project.
        loc = next((b.location for b in doc.blocks[:10] if b.kind != BlockKind.TABLE and out.title[:20] in b.text), None)
        out.fields["project_name"] = TextField(label="标题", value=name, location=loc or Location())


# A 部门整体支出 monitoring table or self-evaluation: the department (部门（单位）名称, 部门名称, 单位名称) is what it
# reports on, in the place of a project.
_WHOLE_DEPARTMENT = re.compile(r"部门整体")


def department_as_project(out: CycleDocument) -> TextField | None:
    """The department named on a 部门整体 form, read as its project name (None for a project's form)."""
    if not _WHOLE_DEPARTMENT.search(out.title):
        return None
    unit = out.fields.get("department") or out.fields.get("implementer")
    if unit is None or not 2 <= len(unit.value.strip()) <= 40:
        return None
    return unit.model_copy(update={"value": unit.value.strip()})


_TITLE_NAME = re.compile(r"^(?:关于)?(?P<name>.+?)(?:项目)?(?:支出)?(?:运行)?(?:绩效)?"
                         r"(?:运行监控|跟踪监控|监控|自评价?|自我评价|评价)(?:报告|情况报告|情况说明|情况汇报)$")
# The monitoring period a title puts after the project ("……维护项目2026年1-6月绩效运行监控报告").
_NAME_PERIOD = re.compile(r"(?<=项目)\s*(?:(?:19|20)\d{2}\s*年度?)?\s*[（(]?\s*(?:(?:1|一)\s*[-—–~至到]\s*"
                          r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?|上半年|前三季度|第?[一二三四]季度)\s*[)）]?$")


_NAME_YEAR = re.compile(r"(?<=项目|工程|资金|经费)\s*(?:19|20)\d{2}\s*年度?$")


def name_from_title(title: str) -> str:
    """The project named by a report's title: "2024年X经费绩效运行监控报告" → "2024年X经费" ('' if none)."""
    m = _TITLE_NAME.match(title.strip())
    name = _NAME_PERIOD.sub("", m.group("name")).strip(" 　：:") if m else ""
    # "某县X服务项目2025年度绩效自评报告": the year written after the project's name is the period, not part of it.
    name = _NAME_YEAR.sub("", name)
    # "示例局2025年项目运行绩效监控报告" names a unit and a year, not a project.
    unit_and_year = re.search(r"(?:19|20)\d{2}\s*年度?$", name)
    return name if 2 <= len(name) <= 40 and not unit_and_year and not re.fullmatch(r"[\d年度（）() ]*", name) else ""


def title_of(doc: ParsedDocument, title_re: re.Pattern[str]) -> str:
    """The form's title: a line naming the form, one with a year first (xlsx sheet names carry none)."""
    candidates = [b.text.strip() for b in doc.blocks[:10] if b.kind != BlockKind.TABLE and title_re.search(b.text)]
    for t in sheet_head_tables(doc):
        candidates += [t.row_text(r).strip() for r in range(min(3, t.n_rows)) if title_re.search(t.row_text(r))]
    if doc.title and title_re.search(doc.title):
        candidates.append(doc.title.strip())
    with_year = [c for c in candidates if year_in_text(c)]
    if with_year or candidates:
        return (with_year or candidates)[0][:80]
    return (doc.title or doc.first_heading_or_paragraph())[:80]


# "（2024年度）", and a monitoring period under the title: "（2026年1—8月）", "2026年上半年".
_YEAR_LINE = re.compile(r"^[（(]?\s*(?:19|20)\d{2}\s*年度?\s*(?:(?:1|一)\s*[-—–~至到]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
                        r"\s*月份?|上半年|前三季度|第?[一二三四]季度)?\s*[)）]?$")


def _year_in_head(doc: ParsedDocument) -> int | None:
    for b in doc.blocks[:6]:
        if b.kind != BlockKind.TABLE and "年" in b.text and (y := year_in_text(b.text)):
            return y
    # A worksheet's own year line under the title ("（2024年度）") is a row of its first table.
    # The line may carry the money unit after the period ("（2026年1—9月）      金额单位：万元").
    for _, t in doc.tables()[:1]:
        for r in range(min(4, t.n_rows)):
            line = _UNIT_TAIL.sub("", half_width(t.row_text(r)).strip())
            if _YEAR_LINE.match(line.strip()):
                return year_in_text(line)
    return None


_UNIT_TAIL = re.compile(r"\s*(?:金额|资金|货币)?单位\s*[:：]\s*(?:人民币)?\s*(?:亿元|万元|千元|元)\s*$")


def sheet_head_tables(doc: ParsedDocument) -> list[Table]:
    """The first table of the document and, in a workbook, the first table of every further worksheet: where each
    part of a form split over sheets ("预算执行" and "绩效目标监控") writes its own title rows."""
    out: list[Table] = []
    sheets: set[str] = set()
    for i, (block, table) in enumerate(doc.tables()):
        sheet = block.location.sheet
        if i == 0 or (sheet and sheet not in sheets):
            out.append(table)
        if sheet:
            sheets.add(sheet)
    return out


def head_text(doc: ParsedDocument) -> str:
    """Title and the first lines (paragraphs, or a table's first rows): where a form names itself."""
    parts = [doc.title or ""]
    parts += [b.text for b in doc.blocks[:10] if b.kind != BlockKind.TABLE]
    for _, t in doc.tables()[:1]:
        parts += [t.row_text(r) for r in range(min(2, t.n_rows))]
    return " ".join(parts)


def location_text(loc: Location) -> str:
    return loc.describe()
