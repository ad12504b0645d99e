"""RA-04 disclosure: approved goal sheets and review/evaluation results in a publishable form (.docx, .xlsx).

What is published: unit, project, year, funds, the annual goal and indicators of goal sheets whose
review has no remaining error; the review conclusion with the findings the reviewer accepted (final
wording); self-evaluation scores and grades. What is never published: reviewer and uploader names,
rejected findings and their reasons, pending findings, internal notes, file names of the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document

from review_assistant.drafting.results_workbook import review_conclusion
from review_assistant.drafting.wordstyle import HEADING_FONT, TITLE_FONT, paragraph, set_font, setup_page
from review_assistant.drafting.workbook import new_workbook, text_sheet
from review_assistant.review.projects import Project
from review_assistant.review.records import ReviewDetail
from review_assistant.settings import Settings


@dataclass
class PublicGoal:
    unit: str
    project: str
    year: int | None
    total_wan: float | None
    annual_goal: str
    indicators: list[list[str]]
    conclusion: str
    accepted: list[str] = field(default_factory=list)  # final wording of the confirmed findings


@dataclass
class PublicResult:
    unit: str
    project: str
    year: int | None
    kind: str  # 自评 / 部门评价 / 财政评价
    score: str
    grade: str


@dataclass
class Disclosure:
    goals: list[PublicGoal]
    results: list[PublicResult]


def collect(projects: Sequence[Project], details: dict[int, ReviewDetail], settings: Settings,
            year: int | None = None) -> Disclosure:
    goals: list[PublicGoal] = []
    results: list[PublicResult] = []
    for p in projects:
        for review in p.latest():
            if year is not None and review.fiscal_year != year:
                continue
            facts = review.result.get("meta", {}).get("facts", {}) or {}
            if review.kind == "goal_sheet" and review.id in details and review.purpose == "review":
                detail = details[review.id]
                if detail.counts()["error"] or any(f.status == "pending" and f.severity == "error"
                                                   for f in detail.findings):
                    continue  # not approved
                accepted = [f.final_message for f in detail.findings if f.status in {"confirmed", "edited"}]
                # A file holding several projects publishes each one with its own funds, goal and indicators.
                for part in facts.get("projects") or [facts]:
                    mine = [m for m in accepted if "label" not in part or not m.startswith("【")
                            or m.startswith(f"【{part['label']}】")]  # per-project findings name their project
                    goals.append(PublicGoal(p.unit, part.get("project_name") or p.name, review.fiscal_year,
                                            part.get("total_wan"), part.get("annual_goal") or "",
                                            list(part.get("indicators") or []), review_conclusion(detail, settings),
                                            mine))
            elif review.kind == "self_evaluation" and review.purpose == "review":
                grade = facts.get("recomputed_grade") or facts.get("grade")
                score = facts.get("recomputed_total") or facts.get("total")
                if grade and score:
                    results.append(PublicResult(p.unit, p.name, review.fiscal_year,
                                                facts.get("evaluation_type") or "自评", str(score), str(grade)))
    return Disclosure(goals, results)


def write_docx(d: Disclosure, out: Path) -> Path:
    doc = Document()
    setup_page(doc)
    paragraph(doc, "预算绩效信息公开", font=TITLE_FONT, size=22, align="center", indent=False)
    paragraph(doc, "一、绩效目标", font=HEADING_FONT, indent=False)
    if not d.goals:
        paragraph(doc, "（暂无已审核通过的绩效目标。）")
    for i, g in enumerate(d.goals, 1):
        money = f"，年度资金{g.total_wan:,.2f}万元" if g.total_wan is not None else ""
        paragraph(doc, f"{i}. {g.project}（{g.unit}，{g.year or ''}年度{money}）", bold=True, indent=False)
        if g.annual_goal:
            paragraph(doc, f"年度目标：{g.annual_goal}")
        if g.indicators:
            table = doc.add_table(rows=1, cols=4)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, ["一级指标", "二级指标", "三级指标", "指标值"], strict=True):
                set_font(cell.paragraphs[0].add_run(text), HEADING_FONT, 10.5)
            for row in g.indicators:
                cells = table.add_row().cells
                for cell, text in zip(cells, [*row, "", "", "", ""][:4], strict=True):
                    set_font(cell.paragraphs[0].add_run(str(text)), "仿宋_GB2312", 10.5)
        paragraph(doc, f"审核结论：{g.conclusion}。" + ("审核意见：" + "；".join(g.accepted) if g.accepted else ""))
    paragraph(doc, "二、绩效评价结果", font=HEADING_FONT, indent=False)
    if not d.results:
        paragraph(doc, "（暂无绩效评价结果。）")
    for r in d.results:
        paragraph(doc, f"{r.project}（{r.unit}）{r.year or ''}年度{r.kind}得分{r.score}分，等级“{r.grade}”。")
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    doc.save(str(out))
    return out


def write_xlsx(d: Disclosure, out: Path) -> Path:
    wb, ws = new_workbook("绩效目标")
    text_sheet(ws, ["单位", "项目", "年度", "年度资金（万元）", "年度目标", "审核结论", "审核意见"],
               [[g.unit, g.project, g.year or "", g.total_wan if g.total_wan is not None else "", g.annual_goal,
                 g.conclusion, "；".join(g.accepted)] for g in d.goals])
    text_sheet(wb.create_sheet("绩效指标"), ["单位", "项目", "年度", "一级指标", "二级指标", "三级指标", "指标值"],
               [[g.unit, g.project, g.year or "", *[*row, "", "", "", ""][:4]] for g in d.goals for row in g.indicators])
    text_sheet(wb.create_sheet("评价结果"), ["单位", "项目", "年度", "评价方式", "得分", "等级"],
               [[r.unit, r.project, r.year or "", r.kind, r.score, r.grade] for r in d.results])
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(out))
    return out

