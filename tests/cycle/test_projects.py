"""The project cycle over the store: project pages, unsure links, rectification, 结果应用 and disclosure read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from review_assistant.errors import InputError, PermissionDenied
from review_assistant.review import audit, users
from review_assistant.service import ReviewService
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"
PROJECT = sorted((SAMPLES / "cycle" / "project").iterdir())
FLAWED_SHEET = SAMPLES / "goal_sheets" / "gs02_funds_mismatch.docx"


@pytest.fixture
def service(settings: Settings) -> ReviewService:
    return ReviewService(settings)


@pytest.fixture
def reviewer(service: ReviewService) -> users.User:
    return users.add_user(service.store, "reviewer1", "password-123", "reviewer")


@pytest.fixture
def stored(service: ReviewService, reviewer: users.User) -> list[int]:
    items = service.check_files(reviewer, PROJECT, use_llm=False)
    return [i.review_id or 0 for i in items]


def _charger(service: ReviewService, user: users.User):  # type: ignore[no-untyped-def]
    return max((p for p in service.cycle.projects(user) if "充电" in p.name), key=lambda p: len(p.reviews))


def test_project_page_links_four_stages_across_two_years(service: ReviewService, reviewer: users.User,
                                                         stored: list[int]) -> None:
    projects = service.cycle.projects(reviewer)
    assert len(projects) == 2
    p = _charger(service, reviewer)
    assert p.years == [2024, 2025]
    assert p.stages == ["goal_sheet", "appraisal_report", "monitoring_table", "self_evaluation"]
    assert len(p.latest()) == 6  # next year's sheet is not a "new version" of this year's
    assert {r.version for r in p.reviews} == {1}
    timeline = service.cycle.timeline(reviewer, p.key)
    assert [(r.year, r.stage) for r in timeline][:2] == [(2024, "绩效目标申报表"), (2024, "绩效自评")]
    assert any("优" in r.result for r in timeline if r.stage == "绩效自评")
    found = {(s.file_name, s.finding.rule_id) for s in service.cycle.stage_findings(reviewer, p.key)}
    assert found == {("p3_2025_goal_sheet.xlsx", "GS-14"), ("p6_2025_self_evaluation.docx", "EV-07"),
                     ("p6_2025_self_evaluation.docx", "MON-05")}


def test_unsure_link_is_proposed_and_decided_by_the_reviewer(service: ReviewService, reviewer: users.User,
                                                           stored: list[int]) -> None:
    with service.engine.batch([SAMPLES / "cycle" / "se_clean_chizhou.docx"], use_llm=False) as extra:
        extra[0].result.document.unit = None  # the unit is missing: same name, but not sure
        service.save_checked(reviewer, extra)
    p = _charger(service, reviewer)
    assert len(p.proposals) == 1 and "单位未填" in p.proposals[0].reason
    proposal = p.proposals[0]
    service.cycle.decide_link(reviewer, proposal.document_id, proposal.project_key, confirm=True)
    p = _charger(service, reviewer)
    assert not p.proposals and any(r.document_id == proposal.document_id for r in p.reviews)
    service.cycle.decide_link(reviewer, proposal.document_id, proposal.project_key, confirm=False)
    p = _charger(service, reviewer)
    assert not p.proposals and all(r.document_id != proposal.document_id for r in p.reviews)
    trail = audit.entries(service.store, object_type="document", object_id=proposal.document_id)
    assert [e.action for e in reversed(trail)] == ["project.link_confirmed", "project.link_rejected"]


def test_rectification_is_tracked_and_audited(service: ReviewService, reviewer: users.User, stored: list[int]) -> None:
    key = _charger(service, reviewer).key
    r = service.cycle.add_rectification(reviewer, key, "补充满意度调查样本", "2027-03-31", review_id=stored[5])
    assert r.status == "open" and r.due_date == "2027-03-31"
    with pytest.raises(InputError):
        service.cycle.close_rectification(reviewer, r.id)  # nothing reported yet
    with pytest.raises(InputError):
        service.cycle.add_rectification(reviewer, key, "x", "明年三月")
    r = service.cycle.report_rectification(reviewer, r.id, "已补充调查300份")
    assert r.status == "reported" and r.reported_at
    r = service.cycle.close_rectification(reviewer, r.id)
    assert r.status == "closed" and r.closed_by == "reviewer1"
    actions = [e.action for e in reversed(audit.entries(service.store, object_type="rectification", object_id=r.id))]
    assert actions == ["rectification.add", "rectification.report", "rectification.close"]
    unit = users.add_user(service.store, "unit_x", "password-123", "unit", "云溪区能源服务中心")
    with pytest.raises(PermissionDenied):
        service.cycle.rectifications(unit)


def test_results_workbook_lists_each_consequence_with_its_rule(service: ReviewService, reviewer: users.User,
                                                                stored: list[int], tmp_path: Path) -> None:
    key = _charger(service, reviewer).key
    service.cycle.add_rectification(reviewer, key, "逾期未报的整改", "2020-01-01")
    settings = service.settings.model_copy(update={"cycle": service.settings.cycle.model_copy(
        update={"consequences": {**service.settings.cycle.consequences, "优": "本地办法：优先安排（测试）"}})})
    local = ReviewService(settings)
    out = local.cycle.results_workbook(reviewer, tmp_path / "结果应用.xlsx")
    rows = list(load_workbook(out).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    header, body = rows[0], rows[1:]
    assert header[7] == "结果应用（预算处理）" and header[8] == "规则"
    by_file = {r[5]: r for r in body}
    assert by_file["p2_2024_self_evaluation.docx"][7] == "本地办法：优先安排（测试）"
    assert by_file["p2_2024_self_evaluation.docx"][8] == "RA-01" and "财预〔2020〕10号" in by_file["p2_2024_self_evaluation.docx"][9]
    assert by_file["p4_2025_appraisal_report.docx"][6] == "评估结论“予以支持”"
    assert by_file["p4_2025_appraisal_report.docx"][8] == "RA-03"
    assert by_file["p3_2025_goal_sheet.xlsx"][8] == "RA-02"
    assert "已逾期" in by_file["p3_2025_goal_sheet.xlsx"][10]
    assert "p5_2025_monitoring.docx" not in by_file  # monitoring has no budget consequence of its own
    only_2024 = local.cycle.results_workbook(reviewer, tmp_path / "2024.xlsx", year=2024)
    assert {r[3] for r in list(load_workbook(only_2024).active.iter_rows(values_only=True))[1:]} == {2024}  # type: ignore[union-attr]


def test_disclosure_strips_internal_matter(service: ReviewService, reviewer: users.User, stored: list[int],
                                           tmp_path: Path) -> None:
    service.check_files(reviewer, [FLAWED_SHEET], use_llm=False)
    detail = service.get_review(reviewer, stored[2])  # the 2025 goal sheet
    kept, dropped = detail.findings[0], None
    service.confirm(reviewer, kept.id, kept.version)
    manual = service.add_manual(reviewer, stored[2], message="内部备忘：请与预算股核对口径", severity="info")
    dropped = manual
    service.reject(reviewer, dropped.id, dropped.version, "仅供内部讨论ZX-17")
    docx_path, xlsx_path = service.cycle.disclose(reviewer, tmp_path / "公开")
    text = "\n".join(p.text for p in Document(str(docx_path)).paragraphs)
    text += "\n".join(c.text for t in Document(str(docx_path)).tables for row in t.rows for c in row.cells)
    wb = load_workbook(xlsx_path)
    cells = "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v)
    for content in (text, cells):
        assert "云溪区公共充电设施建设项目" in content and "新建公共充电桩数量" in content
        assert kept.final_message in content  # the accepted finding is published
        assert "内部备忘" not in content and "ZX-17" not in content  # rejected finding and its reason are not
        assert "reviewer1" not in content and "命令行" not in content  # no reviewer names
        assert "示例区老旧小区改造" not in content  # the sheet with an open error is not approved
    assert "99.78" in cells and "优" in cells  # the 2024 self-evaluation result
    assert [ws.title for ws in wb.worksheets] == ["绩效目标", "绩效指标", "评价结果"]
    assert not Document(str(docx_path)).core_properties.author


def test_cli_project_results_disclose_and_rectify(stored: list[int], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from review_assistant.cli import main

    def run(argv: list[str]) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as exc:
            main(argv)
        out, err = capsys.readouterr()
        return int(exc.value.code or 0), out, err

    code, out, _ = run(["project", "list", "--json"])
    assert code == 0 and {p["name"] for p in json.loads(out)} == {"云溪区公共充电设施建设项目", "云溪区社区宣传栏更新项目"}
    code, out, _ = run(["project", "show", "充电", "--json"])
    data = json.loads(out)
    assert {f["rule_id"] for f in data["stage_findings"]} == {"GS-14", "EV-07", "MON-05"}
    assert len(data["timeline"]) == 6
    code, _, err = run(["rectify", "add", "充电", "--requirement", "补充满意度调查", "--due", "2027-03-31"])
    assert code == 0 and "已登记整改事项 1" in err
    assert run(["rectify", "close", "1"])[0] == 2  # not reported yet: bad input, Chinese message
    assert run(["rectify", "report", "1", "--response", "已补充"])[0] == 0
    assert run(["rectify", "close", "1"])[0] == 0
    code, out, _ = run(["project", "show", "充电", "--json"])
    assert [e["what"][:6] for e in json.loads(out)["events"]] == ["登记整改要求", "登记整改情况", "整改销号（整"]
    code, _, err = run(["results", "--out", str(tmp_path / "r.xlsx")])
    assert code == 0 and (tmp_path / "r.xlsx").exists()
    assert run(["results", "--out", str(tmp_path / "r.docx")])[0] == 2
    code, _, err = run(["disclose", "--out", str(tmp_path / "pub")])
    assert code == 0 and (tmp_path / "pub" / "绩效信息公开.docx").exists() and (tmp_path / "pub" / "绩效信息公开.xlsx").exists()
    assert run(["project", "show", "不存在的项目"])[0] == 2
    (tmp_path / "blocked").write_text("x", encoding="utf-8")
    code, _, err = run(["disclose", "--out", str(tmp_path / "blocked")])
    assert code == 2 and "需要是目录" in err
    code, _, err = run(["results", "--out", str(tmp_path / "blocked" / "r.xlsx")])
    assert code == 2 and "无法写入" in err


def test_formula_like_text_stays_text_in_the_workbooks(tmp_path: Path) -> None:
    from review_assistant.drafting.results_workbook import ResultLine, write_results_workbook

    line = ResultLine(unit="=HYPERLINK(\"http://x\",\"点\")", project="+1+1", year=2025, stage="绩效自评", file="a.docx",
                      result="@SUM(A1)", consequence="-2", rule_id="RA-01", basis="", rectification="—", review_id=1)
    out = write_results_workbook([line], tmp_path / "r.xlsx")
    row = next(iter(load_workbook(out).active.iter_rows(min_row=2, values_only=True)))  # type: ignore[union-attr]
    assert row[1] == "=HYPERLINK(\"http://x\",\"点\")" and row[2] == "+1+1" and row[6] == "@SUM(A1)"
    ws = load_workbook(out).active
    assert ws is not None and ws["B2"].data_type == "s"
