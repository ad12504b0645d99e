"""What a document's title lines and tables say about its kind, beside the words in its body.

A 下达资金通知 (funds notice) asks the receiving unit to "做好绩效运行监控，年度终了开展绩效自评" and attaches the
goal sheet ("附件2 绩效目标申报表"): the words 监控 / 自评 sit in the notice's sentences, the only indicator table
has 指标值 and no 实际完成值 / 执行情况 / 得分 column. Such a file is a goal sheet. The tables and the title
decide; words in the body only when neither does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from review_assistant.extract.cycle_tables import find_indicator_header
from review_assistant.parsing.model import BlockKind, ParsedDocument

# Columns that only a later stage of the cycle has: what was done (实际完成值, 1-6月执行情况), what is forecast
# (全年预计完成), how it is scored (分值/得分 beside a completion column), why it deviates (偏差原因).
_STAGE_KEYS = frozenset({"actual", "forecast", "score", "possibility", "cause", "measure"})
_STAGE_WORDS = re.compile(r"实际|完成值|完成情况|执行情况|执行数|预计|得分|偏差|可能性")
# A title line: a heading, or a short line that is no sentence.
_SENTENCE = re.compile(r"[。；;]|[，,].*[，,]|[，,；;。]$")
_NOTICE_TITLE = re.compile(r"(?:关于|转发).{2,80}(?:通知|批复|函)$|(?:通知|批复)$|^.{0,20}(?:财政局|财政厅|人民政府|办公室)文件$")
# What a title line of a later-stage document names (broad on purpose: "……自评情况说明", "……监控情况").
CYCLE_TITLE_WORDS: dict[str, re.Pattern[str]] = {
    "monitoring_table": re.compile(r"监控"),
    "self_evaluation": re.compile(r"自评|评价"),
}
_CYCLE_NAMES = {"monitoring_table": "绩效监控", "self_evaluation": "绩效自评"}
_CUE_WORDS = re.compile(r"绩效运行监控|绩效监控|运行监控|绩效自评|自评|绩效评价")


def title_lines(doc: ParsedDocument) -> list[str]:
    """The document's title and the lines near the top that read as titles (headings, short lines that are no
    sentence, a table's first rows holding one text)."""
    lines = [doc.title or ""]
    for b in doc.blocks[:12]:
        if b.kind == BlockKind.TABLE:
            continue
        text = b.text.strip()
        if b.kind == BlockKind.HEADING or (len(text) <= 60 and not _SENTENCE.search(text)):
            lines.append(text)
    for _, table in doc.tables()[:1]:
        for r in range(min(2, table.n_rows)):
            distinct = {c.text.strip() for c in table.rows[r] if c.text.strip()}
            if len(distinct) == 1:
                lines.append(distinct.pop())
    return [t for t in lines if t]


def titled_as(doc: ParsedDocument, kind: str) -> bool:
    """Whether a title line names the later-stage kind (a 监控 or 自评/评价 title), not only a body sentence."""
    words = CYCLE_TITLE_WORDS.get(kind)
    return words is not None and any(words.search(t) for t in title_lines(doc))


def notice_title(doc: ParsedDocument) -> str:
    """The title line of a 通知 / 批复 / red-header 文件 ('' when the document is not titled as one)."""
    lines = title_lines(doc)
    for line in lines:
        if _NOTICE_TITLE.search(line) and not line.endswith("文件"):
            return line
    return next((line for line in lines if _NOTICE_TITLE.search(line)), "")


@dataclass
class TableEvidence:
    tables: int = 0
    goal: int = 0  # indicator tables with a target column and no later-stage column
    stage: int = 0  # indicator tables with a completion / forecast / score / deviation column
    goal_columns: list[str] = field(default_factory=list)  # the header of the first goal table


def table_evidence(doc: ParsedDocument) -> TableEvidence:
    out = TableEvidence()
    for _, table in doc.tables():
        out.tables += 1
        header = find_indicator_header(table, ("l3", "target"))
        if header is None:
            continue
        texts = [t.strip() for t in header.texts]
        if _STAGE_KEYS & set(header.cols) or any(_STAGE_WORDS.search(t) for t in texts):
            out.stage += 1
        else:
            out.goal += 1
            if not out.goal_columns:
                out.goal_columns = list(dict.fromkeys(t for t in texts if t))
    return out


def body_cue(doc: ParsedDocument) -> tuple[int, str] | None:
    """(paragraph number, word) of the first body sentence naming 监控 / 自评 / 评价, or None."""
    n = 0
    for b in doc.blocks:
        if b.kind == BlockKind.TABLE:
            continue
        n += 1
        if m := _CUE_WORDS.search(b.text):
            return n, m.group(0)
    return None


def found_summary(doc: ParsedDocument) -> str:
    """What the file holds, in words for a refusal ("文件中有2张表格，其中1张是绩效目标指标表（一级指标、…、指标值），
    没有实际完成值、执行情况或得分列")."""
    ev = table_evidence(doc)
    if ev.tables == 0:
        tables = "文件中没有表格"
    elif ev.goal == 0 and ev.stage == 0:
        tables = f"文件中有{ev.tables}张表格，都不是绩效指标表"
    else:
        parts = []
        if ev.goal:
            cols = "、".join(ev.goal_columns[:6])
            parts.append(f"{ev.goal}张是绩效目标指标表（{cols}），没有实际完成值、执行情况或得分列")
        if ev.stage:
            parts.append(f"{ev.stage}张是带完成情况或得分列的指标表")
        tables = f"文件中有{ev.tables}张表格，其中" + "；".join(parts)
    cue = body_cue(doc)
    said = f"；正文第{cue[0]}段提到“{cue[1]}”" if cue else ""
    return tables + said


def cycle_basis(doc: ParsedDocument, kind: str) -> str:
    """Why a document was taken for a later-stage kind, when its title does not say so ('' when it does)."""
    if titled_as(doc, kind):
        return ""
    return (f"（标题中没有“{_CYCLE_NAMES.get(kind, kind)}”字样，是按正文用语判断的类型，未必准确：{found_summary(doc)}。"
            "如这是绩效目标申报表，请用 --kind goal-sheet 指定类型。）")


def tables_say_goal_sheet(doc: ParsedDocument, kind: str) -> bool:
    """A later-stage kind guessed from body words only, while the tables are goal-sheet indicator tables (or the file
    is a notice with no indicator table at all): the file is no monitoring table or self-evaluation."""
    if titled_as(doc, kind):
        return False
    ev = table_evidence(doc)
    if ev.stage:
        return False
    return ev.goal > 0 or bool(notice_title(doc))


def other_reason(doc: ParsedDocument) -> str:
    """The refusal for a file of no reviewable kind, saying what was found."""
    notice = notice_title(doc)
    found = found_summary(doc)
    if notice:
        return (f"这是一份通知或文件（“{notice[:40]}”），不是绩效目标申报表、事前绩效评估报告、绩效运行监控表或绩效自评表，"
                f"未进行审核：{found}。正文中的“绩效监控”“绩效自评”等是对收文单位的工作要求。"
                "如通知附有绩效目标申报表，请上传附件（或把附件表格放在同一文件里）再审核。")
    return ("不是绩效目标申报表、事前绩效评估报告、绩效运行监控表或绩效自评表（未找到相应标题或“三级指标/指标值”指标表），"
            f"未进行审核：{found}。")
