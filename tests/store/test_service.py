"""ReviewService: storing checks, decisions with audit, versions, statistics, role scoping."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from review_assistant.errors import InputError, NotFoundError, PermissionDenied
from review_assistant.review import audit
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from reviewkit import UNIT_A
from sheetfiles import fixed_sheet


def _review(service: ReviewService, user: User, path: Path, purpose: str = "review") -> int:
    [item] = service.check_files(user, [path], purpose=purpose)
    assert item.error is None and item.review_id
    return item.review_id


def test_check_stores_document_review_and_findings(service: ReviewService, reviewer: User, sheet: Path) -> None:
    rid = _review(service, reviewer, sheet)
    detail = service.get_review(reviewer, rid)
    assert detail.review.file_name == "申报表A.docx"
    assert detail.review.unit == UNIT_A and detail.review.version == 1
    assert Path(detail.review.stored_path).is_file() and detail.review.sha256 in detail.review.stored_path
    assert {f.rule_id for f in detail.findings} >= {"GS-02", "GS-07"}
    assert all(f.status == "pending" for f in detail.findings)
    assert detail.review.conclusion == "修改后再审"
    assert [e.action for e in audit.entries(service.store, object_type="review")] == ["review.create"]


def test_decisions_are_stored_with_before_and_after(service: ReviewService, reviewer: User, sheet: Path) -> None:
    rid = _review(service, reviewer, sheet)
    a, b, c = service.get_review(reviewer, rid).findings[:3]
    assert service.confirm(reviewer, a.id, a.version).status == "confirmed"
    with pytest.raises(InputError, match="理由"):
        service.reject(reviewer, b.id, b.version, "  ")
    rejected = service.reject(reviewer, b.id, b.version, "本项目不适用")
    assert (rejected.status, rejected.reject_reason) == ("rejected", "本项目不适用")
    edited = service.edit(reviewer, c.id, c.version, "改写后的问题", "改写后的要求")
    assert (edited.status, edited.final_message, edited.final_suggestion) == ("edited", "改写后的问题", "改写后的要求")
    trail = service.audit_trail(reviewer, b.id)
    assert trail[0].actor == "reviewer1" and trail[0].action == "finding.reject"
    assert trail[0].before["status"] == "pending" and trail[0].after["reject_reason"] == "本项目不适用"
    manual = service.add_manual(reviewer, rid, message="缺少项目实施方案", severity="error", dimension="完整性",
                                policy_document="某办法", policy_article="第五条")
    assert manual.manual and manual.status == "confirmed" and manual.policy_refs[0].article == "第五条"


def test_recheck_marks_resolved_and_carries_rejections(service: ReviewService, reviewer: User, sheet: Path,
                                                       tmp_path: Path) -> None:
    first = _review(service, reviewer, sheet)
    findings = {f.rule_id: f for f in service.get_review(reviewer, first).findings}
    service.reject(reviewer, findings["GS-07"].id, findings["GS-07"].version, "本地满意度标准另有规定")
    service.confirm(reviewer, findings["GS-02"].id, findings["GS-02"].version)
    [item] = service.check_files(reviewer, [fixed_sheet(tmp_path / "申报表A（修改稿）.docx")])
    assert item.resolved == 1 and item.carried == 1
    second = service.get_review(reviewer, item.review_id or 0)
    assert second.review.version == 2 and second.review.previous_id == first
    assert [f.rule_id for f in second.resolved] == ["GS-02"]
    carried = next(f for f in second.findings if f.rule_id == "GS-07")
    assert carried.status == "rejected" and "本地满意度标准另有规定" in (carried.reject_reason or "")
    assert carried.carried_from == findings["GS-07"].id


def test_rule_stats_give_confirm_and_reject_rates(service: ReviewService, reviewer: User, sheet: Path) -> None:
    rid = _review(service, reviewer, sheet)
    by_rule = {f.rule_id: f for f in service.get_review(reviewer, rid).findings}
    service.confirm(reviewer, by_rule["GS-02"].id, by_rule["GS-02"].version)
    service.reject(reviewer, by_rule["GS-07"].id, by_rule["GS-07"].version, "误报")
    stats = {s.rule_id: s for s in service.rule_stats(reviewer)}
    assert stats["GS-02"].confirm_rate == 1.0 and stats["GS-07"].reject_rate == 1.0
    assert stats["GS-04"].confirm_rate is None and stats["GS-04"].pending == 1


def test_unit_user_cannot_reach_another_units_documents(service: ReviewService, reviewer: User, unit_a: User,
                                                        unit_b: User, sheet: Path, sheet_b: Path) -> None:
    own = _review(service, unit_a, sheet, purpose="self_check")
    other = _review(service, unit_b, sheet_b, purpose="self_check")
    official = _review(service, reviewer, sheet)
    assert [r.id for r in service.list_reviews(unit_a)] == [own]
    assert [r.id for r in service.list_reviews(unit_b)] == [other]
    for rid in (other, official):
        with pytest.raises(NotFoundError):
            service.get_review(unit_a, rid)
    foreign = service.get_review(unit_b, other).findings[0]
    with pytest.raises(NotFoundError):
        service.get_finding(unit_a, foreign.id)
    with pytest.raises(NotFoundError):
        service.self_check_report(unit_a, other, Path("x.docx"))
    # Units may not review officially, decide findings, draft opinions, or read statistics.
    with pytest.raises(PermissionDenied):
        service.check_files(unit_a, [sheet], purpose="review")
    own_finding = service.get_review(unit_a, own).findings[0]
    with pytest.raises(PermissionDenied):
        service.confirm(unit_a, own_finding.id, own_finding.version)
    with pytest.raises(PermissionDenied):
        service.draft_opinion(unit_a, own, Path("x.docx"))
    with pytest.raises(PermissionDenied):
        service.rule_stats(unit_a)
    # A unit's self-check is bound to the unit of the account, whatever the document says.
    assert service.get_review(unit_b, other).review.owner_unit == "云溪区教育局"
    assert {r.id for r in service.list_reviews(reviewer)} == {own, other, official}


def test_trainee_sees_no_reviews(service: ReviewService, reviewer: User, trainee: User, sheet: Path) -> None:
    rid = _review(service, reviewer, sheet)
    assert service.list_reviews(trainee) == []
    with pytest.raises(NotFoundError):
        service.get_review(trainee, rid)
    with pytest.raises(PermissionDenied):
        service.check_files(trainee, [sheet], purpose="self_check")


def test_zip_batch_gives_one_review_per_document_and_a_workbook(service: ReviewService, reviewer: User,
                                                                 sheet: Path, sheet_b: Path, tmp_path: Path) -> None:
    archive = tmp_path / "批量.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(sheet, "单位A/申报表A.docx")
        zf.write(sheet_b, "单位B/申报表B.docx")
        zf.writestr("说明.exe", b"MZ")
        zf.writestr("__MACOSX/._a.docx", b"x")
    broken = tmp_path / "坏文件.docx"
    broken.write_bytes(b"not a zip")
    items = service.check_files(reviewer, [archive, broken])
    ok = [i for i in items if i.review_id]
    assert [i.name for i in ok] == ["批量.zip/单位A/申报表A.docx", "批量.zip/单位B/申报表B.docx"]
    assert any(i.error and "坏文件.docx" in i.error for i in items)
    assert len(list(service.settings.uploads_dir.iterdir())) == 2  # refused files are not kept
    out = service.batch_workbook(reviewer, [i.review_id for i in ok if i.review_id], tmp_path / "汇总.xlsx",
                                 [i for i in items if i.error])
    from openpyxl import load_workbook

    ws = load_workbook(out)["汇总"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:5] == ("序号", "文件", "项目名称", "实施单位", "类型")
    assert rows[0][12:14] == ("审核结论", "审核编号")
    assert {r[2] for r in rows[1:3]} == {"老旧小区改造提升项目", "校舍维修项目"}
    assert {r[13] for r in rows[1:3]} == {i.review_id for i in ok}
    assert "坏文件.docx" in str(rows[3][1])


@pytest.mark.parametrize("name", ["../evil.docx", "/etc/evil.docx", "a/../../evil.docx"])
def test_zip_with_path_traversal_is_refused(service: ReviewService, reviewer: User, sheet: Path, tmp_path: Path,
                                            name: str) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(zipfile.ZipInfo(name), sheet.read_bytes())
    [item] = service.check_files(reviewer, [archive])
    assert item.error and "不安全" in item.error
    assert not (tmp_path.parent / "evil.docx").exists()


def test_zip_bomb_is_refused(service: ReviewService, reviewer: User, tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", b"0" * (20 * 1024 * 1024))
    [item] = service.check_files(reviewer, [archive])
    assert item.error and "压缩炸弹" in item.error
