"""结果应用 workbook: per unit and project, the budget consequence each result calls for, and its rule.

RA-01 self-evaluation grade → consequence (优/良 support; 中/差 cut, and no rectification → cut further);
RA-02 goal-sheet review conclusion → process; RA-03 事前 conclusion → project library and budget.
The consequence wording is the bureau's own 结果应用办法 (``settings.cycle.consequences``); each line
names the rule and the local article it follows, so the 预算股 can check it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from review_assistant.checks.rulebook import rule_info
from review_assistant.drafting.workbook import new_workbook, text_sheet
from review_assistant.review.projects import Project, Rectification, stage_label
from review_assistant.review.records import ReviewDetail
from review_assistant.settings import Settings

HEADER = ["序号", "单位", "项目", "年度", "环节", "依据文件", "等级/结论", "结果应用（预算处理）", "规则", "制度依据",
          "整改情况", "审核编号"]
WIDTHS = (6, 24, 30, 6, 14, 28, 30, 40, 8, 40, 30, 8)


@dataclass
class ResultLine:
    unit: str
    project: str
    year: int | None
    stage: str
    file: str
    result: str
    consequence: str
    rule_id: str
    basis: str
    rectification: str
    review_id: int


def _basis(rule_id: str) -> str:
    """The local article first, then the national one, as the rulebook's basis file lists them."""
    refs = rule_info(rule_id).refs
    return "；".join(f"《{r.document}》（{r.doc_number}）{r.article or ''}" for r in refs[:3])


def review_conclusion(detail: ReviewDetail, settings: Settings) -> str:
    """The goal-sheet review's conclusion after the reviewer's decisions (rejected findings do not count)."""
    counts = detail.counts()
    key = "error" if counts["error"] else "warning" if counts["warning"] else "none"
    return settings.review.summary_conclusions.get(key, key)


def result_lines(projects: Sequence[Project], details: dict[int, ReviewDetail],
                 rectifications: dict[str, list[Rectification]], settings: Settings) -> list[ResultLine]:
    table = settings.cycle.consequences
    out: list[ResultLine] = []
    for p in projects:
        rects = rectifications.get(p.key, [])
        open_rects = [r for r in rects if r.status != "closed"]
        overdue = [r for r in open_rects if r.overdue()]
        rect_text = "；".join(f"{r.requirement}（{r.status_zh}{'，已逾期' if r.overdue() else ''}）" for r in rects) or "—"
        for review in p.latest():
            facts = review.result.get("meta", {}).get("facts", {}) or {}
            kind = review.kind or ""
            if kind == "self_evaluation":
                grade = facts.get("recomputed_grade") or facts.get("grade") or facts.get("grade_by_total")
                if not grade:
                    result, consequence = "未能读出等级", "请人工确定等级后查表"
                else:
                    stated = facts.get("grade")
                    total = facts.get("recomputed_total") or facts.get("total")
                    result = f"{facts.get('evaluation_type') or '自评'}等级“{grade}”（{total}分）"
                    if stated and stated != grade:
                        result += f"，表内写“{stated}”，按重算结果"
                    consequence = table.get(grade, f"设置中未规定等级“{grade}”的处理")
                    if grade in {"中", "差"} and overdue:
                        consequence += "；" + table.get("未整改", "整改不到位的相应调减预算")
                rule = "RA-01"
            elif kind == "appraisal_report":
                term = facts.get("conclusion")
                result = f"评估结论“{term}”" if term else "未能读出评估结论"
                consequence = table.get(term or "", "请人工确定评估结论后查表")
                rule = "RA-03"
            elif kind == "goal_sheet" and review.id in details:
                conclusion = review_conclusion(details[review.id], settings)
                result = f"目标审核“{conclusion}”"
                consequence = table.get(conclusion, f"设置中未规定“{conclusion}”的处理")
                rule = "RA-02"
            else:
                continue
            out.append(ResultLine(unit=p.unit, project=p.name, year=review.fiscal_year, stage=stage_label(kind),
                                  file=review.file_name, result=result, consequence=consequence, rule_id=rule,
                                  basis=_basis(rule), rectification=rect_text, review_id=review.id))
    return out


def write_results_workbook(lines: Sequence[ResultLine], out: Path) -> Path:
    wb, ws = new_workbook("结果应用")
    ordered = sorted(lines, key=lambda x: (x.unit, x.project, x.year or 0))
    text_sheet(ws, HEADER, [[i, line.unit, line.project, line.year or "", line.stage, line.file, line.result,
                             line.consequence, line.rule_id, line.basis, line.rectification, line.review_id]
                            for i, line in enumerate(ordered, 1)], WIDTHS, freeze=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(out))
    return out
