"""The project cycle over the review store: project pages, cross-stage findings, 结果应用, disclosure, 整改.

Reached as ``ReviewService.cycle`` (the :class:`Cycle` part of the façade); every method takes the acting
user and needs review rights (the office's work, not a unit's), except the two a unit needs to answer a
整改要求: :meth:`CycleService.unit_rectifications` and :meth:`CycleService.report_rectification`. Stored reviews are read through the
service's own scoped queries; the SQL of project links and rectifications is in :mod:`review.projects`.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from review_assistant.checks.models import Finding
from review_assistant.errors import InputError, NotFoundError, PermissionDenied
from review_assistant.review import projects as P
from review_assistant.review.records import ReviewDetail
from review_assistant.review.users import User
from review_assistant.service.base import ServiceBase

STAGE_RULES = frozenset({"EV-07", "MON-05", "GS-14"})
MAX_RESPONSE_CHARS = 4000  # 整改情况: a few paragraphs; longer material belongs in a document


@dataclass
class TimelineRow:
    review_id: int
    year: int | None
    stage: str
    file_name: str
    version: int
    created_at: str
    created_by: str
    conclusion: str
    errors: int
    warnings: int
    decided: str  # e.g. 确认3 · 驳回1 · 待处理2
    result: str  # grade / conclusion / execution rate from the stored facts


@dataclass
class Event:
    at: str
    actor: str
    what: str
    seq: int = 0  # the audit entry's id: orders events within the same second


EVENT_ZH = {"project.link_confirmed": "确认材料关联", "project.link_rejected": "否定材料关联",
            "rectification.add": "登记整改要求", "rectification.report": "登记整改情况", "rectification.close": "整改销号"}


@dataclass
class StageFinding:
    file_name: str
    finding: Finding


class CycleService:
    def __init__(self, service: ServiceBase) -> None:
        self.service = service
        self.store = service.store
        self.settings = service.settings

    def _require(self, user: User) -> None:
        if not user.can_review:
            raise PermissionDenied("当前账号没有审核权限（需要审核人员或管理员）。")

    # ---- projects ---------------------------------------------------------------------------------
    def projects(self, user: User) -> list[P.Project]:
        self._require(user)
        reviews = [r for r in self.service.list_reviews(user, purpose="review", limit=100_000)]
        return P.group_projects(reviews, P.link_decisions(self.store))

    def project(self, user: User, key: str) -> P.Project:
        found = next((p for p in self.projects(user) if p.key == key), None)
        if found is None:
            raise NotFoundError("项目不存在或无权查看。")
        return found

    def timeline(self, user: User, key: str) -> list[TimelineRow]:
        rows: list[TimelineRow] = []
        for r in self.project(user, key).reviews:
            detail = self.service.get_review(user, r.id)
            counts = detail.counts()
            statuses = {"confirmed": 0, "edited": 0, "rejected": 0, "pending": 0}
            for f in detail.findings:
                statuses[f.status] = statuses.get(f.status, 0) + 1
            decided = " · ".join(f"{zh}{statuses[k]}" for k, zh in (("confirmed", "确认"), ("edited", "修改"),
                                                                      ("rejected", "驳回"), ("pending", "待处理"))
                                 if statuses[k])
            rows.append(TimelineRow(r.id, r.fiscal_year, P.stage_label(r.kind), r.file_name, r.version, r.created_at,
                                    r.created_by, r.conclusion, counts["error"], counts["warning"], decided or "—",
                                    _result_text(r.result.get("meta", {}).get("facts") or {})))
        return rows

    def stage_findings(self, user: User, key: str) -> list[StageFinding]:
        """The cross-stage checks (EV-07, MON-05, GS-14) over the newest version of each of the project's files."""
        latest = self.project(user, key).latest()
        with tempfile.TemporaryDirectory(prefix="ra-project-") as work:
            paths: list[Path] = []
            for i, r in enumerate(latest):
                target = Path(work) / f"{i:02d}" / Path(r.file_name).name
                target.parent.mkdir()
                shutil.copyfile(r.stored_path, target)
                paths.append(target)
            results = self.service.engine.check(paths, use_llm=False)
        out: list[StageFinding] = []
        for r, res in zip(latest, results, strict=True):
            out.extend(StageFinding(r.file_name, f) for f in res.findings if f.rule_id in STAGE_RULES)
        return out

    def events(self, user: User, key: str) -> list[Event]:
        """Link decisions and rectification steps of the project, oldest first (from the audit log)."""
        from review_assistant.review import audit

        p = self.project(user, key)
        documents = {str(r.document_id): r.file_name for r in p.reviews}
        rects = {str(r.id): r for r in P.list_rectifications(self.store, key)}
        out: list[Event] = []
        for e in audit.entries(self.store, object_type="document", limit=10_000):
            if e.object_id in documents and e.action in EVENT_ZH:
                out.append(Event(e.at, e.actor, f"{EVENT_ZH[e.action]}：{documents[e.object_id]}", e.id))
        for e in audit.entries(self.store, object_type="rectification", limit=10_000):
            if e.object_id in rects and e.action in EVENT_ZH:
                out.append(Event(e.at, e.actor, f"{EVENT_ZH[e.action]}（整改事项 {e.object_id}：{rects[e.object_id].requirement}）",
                                 e.id))
        return sorted(out, key=lambda ev: ev.seq)

    def decide_link(self, user: User, document_id: int, key: str, confirm: bool) -> None:
        self._require(user)
        P.decide_link(self.store, user.username, document_id, key, "confirmed" if confirm else "rejected")

    # ---- rectification --------------------------------------------------------------------------
    def rectifications(self, user: User, key: str | None = None) -> list[P.Rectification]:
        self._require(user)
        return P.list_rectifications(self.store, key)

    def add_rectification(self, user: User, key: str, requirement: str, due_date: str | None = None,
                          review_id: int | None = None) -> P.Rectification:
        self._require(user)
        if review_id is not None:
            self.service.get_review(user, review_id)
        return P.add_rectification(self.store, user.username, key, requirement, due_date, review_id)

    def unit_rectifications(self, user: User) -> list[P.Rectification]:
        """The rectifications a unit account has to answer: those of its own unit's projects (a reviewer: all)."""
        if user.can_review:
            return P.list_rectifications(self.store)
        return [r for r in P.list_rectifications(self.store) if self._owns(user, r)]

    def report_rectification(self, user: User, rid: int, response: str) -> P.Rectification:
        """登记整改情况: by the office (CLI, 项目 tab) or by the unit the project belongs to (单位自查 tab).

        Audited like every rectification step; a unit asking for another unit's item is told it does
        not exist (the same answer as for a missing one)."""
        if not user.can_review:
            if user.role != "unit":
                raise PermissionDenied("当前账号不能报送整改情况（需要预算单位、审核人员或管理员账号）。")
            current = P.get_rectification(self.store, rid)
            if not self._owns(user, current):
                raise NotFoundError(f"整改事项 {rid} 不存在。")
        if len(response or "") > MAX_RESPONSE_CHARS:
            raise InputError(f"整改情况最多 {MAX_RESPONSE_CHARS} 字（现有 {len(response)} 字），请精简，详细材料可另行报送。")
        return P.report_rectification(self.store, user.username, rid, response)

    @staticmethod
    def _owns(user: User, r: P.Rectification) -> bool:
        """A unit account owns the rectifications of projects whose key names its unit."""
        if user.role != "unit" or not (user.unit or "").strip():
            return False
        return r.project_key.startswith(P.project_identity(user.unit, ""))

    def close_rectification(self, user: User, rid: int) -> P.Rectification:
        self._require(user)
        return P.close_rectification(self.store, user.username, rid)

    # ---- outputs ----------------------------------------------------------------------------------
    def _details(self, user: User, projects: list[P.Project]) -> dict[int, ReviewDetail]:
        return {r.id: self.service.get_review(user, r.id) for p in projects for r in p.latest()}

    def results_workbook(self, user: User, out: Path, year: int | None = None) -> Path:
        from review_assistant.drafting.results_workbook import result_lines, write_results_workbook

        projects = self.projects(user)
        rects: dict[str, list[P.Rectification]] = {}
        for r in P.list_rectifications(self.store):
            rects.setdefault(r.project_key, []).append(r)
        lines = [ln for ln in result_lines(projects, self._details(user, projects), rects, self.settings)
                 if year is None or ln.year == year]
        try:
            write_results_workbook(lines, out)
        except OSError as exc:
            raise InputError(f"无法写入 {out}：{exc.strerror or exc}") from exc
        self.service._log(user, "cycle.results_workbook", "export", out.name, {"lines": len(lines), "year": year})
        return out

    def disclose(self, user: User, out_dir: Path, year: int | None = None) -> tuple[Path, Path]:
        from review_assistant.drafting.disclosure import collect, write_docx, write_xlsx

        projects = self.projects(user)
        data = collect(projects, self._details(user, projects), self.settings, year)
        stem = f"绩效信息公开{'_' + str(year) if year else ''}"
        try:
            docx = write_docx(data, out_dir / f"{stem}.docx")
            xlsx = write_xlsx(data, out_dir / f"{stem}.xlsx")
        except OSError as exc:
            raise InputError(f"无法写入 {out_dir}：{exc.strerror or exc}") from exc
        self.service._log(user, "cycle.disclose", "export", stem,
                          {"goals": len(data.goals), "results": len(data.results), "year": year})
        return docx, xlsx


def _result_text(facts: dict[str, object]) -> str:
    stage = facts.get("stage")
    if stage == "self_evaluation":
        grade = facts.get("recomputed_grade") or facts.get("grade")
        total = facts.get("recomputed_total") or facts.get("total")
        return f"{total}分 · {grade}" if grade else "—"
    if stage == "monitoring_table":
        return f"1—{facts.get('month')}月执行率{facts.get('rate')}%" if facts.get("rate") else "—"
    if stage == "appraisal_report":
        return str(facts.get("conclusion") or "—")
    return ""


class Cycle(ServiceBase):
    """The façade's part for the later stages of the cycle."""

    @functools.cached_property
    def cycle(self) -> CycleService:
        return CycleService(self)
