"""A department's 项目自评汇总表: one scored row per project, under a 部门整体支出绩效自评 title.

Real department self-evaluations (部门整体支出绩效自评表 / 项目支出绩效自评结果汇总) list the projects of the year with
their money and their own 自评 result: 序号 | 项目名称 | 年初预算数 | 调整后预算数 | 全年执行数 | 执行率 | 自评得分 |
自评等级 | 未完成原因和改进措施, a 合计 row, and a paragraph "部门整体自评结论：总分X分，等级为……". Columns are found by
vocabulary; money is read in 万元 like the single-project form.
"""

from __future__ import annotations

import re

from review_assistant.extract import labels as L
from review_assistant.extract.cycle_models import Amount, ProjectScore, SelfEvaluation
from review_assistant.extract.cycle_tables import amount_at, money_in_wan, money_unit
from review_assistant.extract.models import TextField
from review_assistant.parsing.common import joined_row_text
from review_assistant.parsing.model import Block, Location, ParsedDocument, Table

SUMMARY_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("项目名称", "项目", "预算项目名称", "项目（政策）名称"),
    "initial": ("年初预算数", "年初预算", "年初批复预算", "年初预算金额"),
    "budget": ("调整后预算数", "调整预算数", "全年预算数", "调整后预算", "全年预算"),
    "executed": ("全年执行数", "执行数", "实际执行数", "实际支出数", "全年支出数"),
    "rate": ("执行率", "预算执行率"),
    "score": ("自评得分", "得分", "评价得分", "自评分数"),
    "grade": ("自评等级", "等级", "评价等级", "自评结果"),
    "explanation": ("未完成原因和改进措施", "未完成原因及改进措施", "偏差原因及改进措施", "存在问题及改进措施", "备注"),
}
_INDEX = {L.norm_label(label): key for key, labels in SUMMARY_COLUMNS.items() for label in labels}
_MONEY = ("initial", "budget", "executed")
_SUB_ROW = re.compile(r"^其中")
# "某县市场监督管理局2024年度部门整体支出绩效自评表" → "某县市场监督管理局部门整体支出".
_YEAR = re.compile(r"[（(]?\s*(?:19|20)\d{2}\s*年度?\s*[)）]?")
_FORM_WORDS = re.compile(r"(?:绩效)?(?:自评|评价|自评价)(?:表|报告|结果汇总表|汇总表|情况表)?$")


def _columns(table: Table) -> tuple[int, dict[str, int]] | None:
    """The header row naming a project column, a 自评得分 column and money or a grade (at least two projects below)."""
    for r in range(min(table.n_rows, 12)):
        cols: dict[str, int] = {}
        for c, cell in enumerate(table.rows[r]):
            key = _INDEX.get(L.norm_label(cell.text))
            if key and key not in cols:
                cols[key] = c
        if {"name", "score"} <= set(cols) and ({"executed", "grade"} & set(cols)) and table.n_rows - r >= 3:
            return r, cols
    return None


def read_project_summary(doc: ParsedDocument, out: SelfEvaluation) -> bool:
    """Fill ``out.projects`` (and ``projects_total``) from every summary table; True when one was read."""
    for block, table in doc.tables():
        found = _columns(table)
        if found is None:
            continue
        r0, cols = found
        header = [c.text.strip() for c in table.rows[r0]]
        for r in range(r0 + 1, table.n_rows):
            row = _row(doc, block, table, r, cols, header)
            if row is None:
                continue
            if L.is_total_row(row.name):
                out.projects_total = out.projects_total or row
                break  # what follows the 合计 row is the form's text (conclusion, grade bands), not projects
            if not _SUB_ROW.match(row.name):
                out.projects.append(row)
        if out.projects:
            _name_the_department(out, block.location.model_copy(update={"row": r0}))
    return bool(out.projects)


def _row(doc: ParsedDocument, block: Block, table: Table, r: int, cols: dict[str, int],
         header: list[str]) -> ProjectScore | None:
    cells = [c.text.strip() for c in table.rows[r]]
    if len(table.row_texts(r)) < 3:
        return None  # a sentence merged across the sheet, or an empty row
    name = cells[cols["name"]] if cols["name"] < len(cells) else ""
    first = next((t for t in cells if t), "")
    if L.is_total_row(first):
        name = first  # "合计" merged over 序号 and 项目名称
    if not name or _INDEX.get(L.norm_label(name)) == "name":
        return None

    def amount(key: str) -> Amount | None:
        c = cols.get(key)
        if c is None or c >= len(cells) or not cells[c]:
            return None
        a = amount_at(block, table, r, c, header[c])
        return money_in_wan(a, money_unit(doc, table, header[c])) if key in _MONEY else a

    grade = cells[cols["grade"]] if "grade" in cols and cols["grade"] < len(cells) else ""
    explanation = cells[cols["explanation"]] if "explanation" in cols and cols["explanation"] < len(cells) else ""
    row = ProjectScore(name=name, initial=amount("initial"), budget=amount("budget"), executed=amount("executed"),
                       rate=amount("rate"), score=amount("score"), grade=grade, explanation=explanation,
                       evidence=joined_row_text(table, r), location=block.location.model_copy(update={"row": r}))
    if not any(a is not None and a.value is not None for a in (row.initial, row.budget, row.executed, row.rate, row.score)):
        return None  # a note row merged across the table
    return row


def _name_the_department(out: SelfEvaluation, header_location: Location) -> None:
    """A summary names no single project: its 项目名称 is a column, the document is the department's whole spending
    ("某县X局部门整体支出", from the title)."""
    field = out.fields.get("project_name")
    if field is not None and (field.location.table, field.location.row) != (header_location.table, header_location.row):
        return
    name = _FORM_WORDS.sub("", _YEAR.sub("", out.title).strip()).strip(" 　：:")
    if 2 <= len(name) <= 40:
        out.fields["project_name"] = TextField(label="标题", value=name, location=Location())
    else:
        out.fields.pop("project_name", None)
