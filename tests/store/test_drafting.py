"""Drafts: the 审核意见 letter, the commented copy, the self-check report, CLI draft/users/check exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from review_assistant.checks.models import PolicyRef
from review_assistant.cli import main
from review_assistant.drafting.guidance import unit_guidance
from review_assistant.review.users import User
from review_assistant.service import ReviewService


def run(*args: str) -> int:
    """The CLI in-process; returns its exit code."""
    try:
        main(list(args))
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def _text(path: Path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def _decided_review(service: ReviewService, reviewer: User, sheet: Path) -> tuple[int, dict[str, int]]:
    [item] = service.check_files(reviewer, [sheet])
    rid = item.review_id or 0
    found = {f.rule_id: f for f in service.get_review(reviewer, rid).findings}
    ids = {rule: f.id for rule, f in found.items()}
    service.confirm(reviewer, ids["GS-02"], found["GS-02"].version)
    service.edit(reviewer, ids["GS-07"], found["GS-07"].version, "满意度目标值偏低。", "请将满意度目标值调整为不低于85%。")
    service.reject(reviewer, ids["GS-04"], found["GS-04"].version, "成本在资金表中已体现")
    return rid, ids


def test_opinion_uses_only_confirmed_and_edited_findings(service: ReviewService, reviewer: User, sheet: Path,
                                                         tmp_path: Path) -> None:
    rid, _ = _decided_review(service, reviewer, sheet)
    out = service.draft_opinion(reviewer, rid, tmp_path / "意见.docx")
    text = _text(out)
    assert "关于“老旧小区改造提升项目”绩效目标申报表的审核意见" in text
    assert "云溪区城市更新中心：" in text
    assert "审核结论：修改后再审。" in text
    assert "年度资金总额（150.00万元）与各来源之和（120.00万元）不一致" in text
    assert "满意度目标值偏低。" in text and "请将满意度目标值调整为不低于85%。" in text
    assert "成本指标" not in text  # rejected
    assert "一、" in text and "1. " in text
    assert f"审核编号：{rid}" in text


def test_opinion_groups_by_dimension_with_policy_basis(service: ReviewService, reviewer: User, sheet: Path,
                                                       tmp_path: Path) -> None:
    [item] = service.check_files(reviewer, [sheet])
    rid = item.review_id or 0
    service.add_manual(reviewer, rid, message="未附项目实施方案。", severity="error", dimension="完整性",
                       suggestion="请补充项目实施方案。", policy_document="云溪区预算绩效管理办法", policy_article="第十条")
    service.add_manual(reviewer, rid, message="指标值偏低。", severity="warning", dimension="合理性",
                       suggestion="请参照历史数据设定。")
    text = _text(service.draft_opinion(reviewer, rid, tmp_path / "意见.docx", allow_pending=True))
    assert "一、完整性方面" in text and "二、合理性方面" in text
    assert "政策依据：《云溪区预算绩效管理办法》第十条。" in text
    assert "修改要求：请补充项目实施方案。" in text


def test_commented_copy_has_a_comment_per_confirmed_finding(service: ReviewService, reviewer: User, sheet: Path,
                                                            tmp_path: Path) -> None:
    rid, _ = _decided_review(service, reviewer, sheet)
    out = service.draft_comments(reviewer, rid, tmp_path / "批注.docx")
    doc = Document(str(out))
    comments = list(doc.comments)
    assert len(comments) == 2
    assert all(c.author == "reviewer1" for c in comments)
    texts = " ".join(c.text for c in comments)
    assert "不一致" in texts and "满意度目标值偏低" in texts
    xml = doc.element.xml
    assert xml.count("commentRangeStart") == 2
    # The funds comment sits on the row holding the quoted amount.
    table_xml = doc.tables[0].rows[3]._tr.xml
    assert "commentRangeStart" in table_xml


def test_comment_for_a_table_level_finding_sits_on_the_table(service: ReviewService, reviewer: User, sheet: Path,
                                                              tmp_path: Path) -> None:
    [item] = service.check_files(reviewer, [sheet])
    rid = item.review_id or 0
    gs04 = next(f for f in service.get_review(reviewer, rid).findings if f.rule_id == "GS-04")
    assert not gs04.evidence and gs04.location.table == 0 and gs04.location.row is None
    service.confirm(reviewer, gs04.id, gs04.version)
    doc = Document(str(service.draft_comments(reviewer, rid, tmp_path / "批注.docx")))
    assert "commentRangeStart" in doc.tables[0].rows[0]._tr.xml
    assert "未能在原文中定位" not in next(iter(doc.comments)).text


def test_self_check_report_words_findings_as_guidance(service: ReviewService, unit_a: User, sheet: Path,
                                                      tmp_path: Path) -> None:
    [item] = service.check_files(unit_a, [sheet], purpose="self_check")
    out = service.self_check_report(unit_a, item.review_id or 0, tmp_path / "自查.docx")
    text = _text(out)
    assert "预算绩效材料自查报告" in text
    lines = [line for line in text.splitlines() if line[:1].isdigit()]
    sentences = set(unit_guidance().values())
    assert lines and all(line.split("】", 1)[1] in sentences for line in lines)
    assert "请跨年度" not in text and "审核编号" not in text


def test_cli_users_draft_and_check_exports(service: ReviewService, reviewer: User, sheet: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    home = ("--home", str(service.settings.home))
    assert run("users", "add", "lead", "--role", "admin", "--password", "password-1", *home) == 0
    assert run("users", "add", "edu", "--role", "unit", "--unit", "教育局", "--password", "password-1", *home) == 0
    assert run("users", "list", *home) == 0
    out = capsys.readouterr().out
    assert "lead\t管理员" in out and "edu\t预算单位\t教育局" in out
    assert run("users", "remove", "edu", *home) == 0
    assert run("users", "add", "xx", "--role", "unit", "--password", "password-1", *home) == 2

    rid, _ = _decided_review(service, reviewer, sheet)
    target = tmp_path / "draft.docx"
    assert run("draft", str(rid), "--out", str(target), *home) == 0
    assert "审核结论：修改后再审。" in _text(target)
    assert run("draft", "9999", "--out", str(target), *home) == 2

    xlsx = tmp_path / "batch.xlsx"
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"nope")
    # A corrupt file in the batch: exit 2, and the others are still in the workbook.
    assert run("check", str(sheet), str(bad), "--format", "xlsx", "--out", str(xlsx), *home) == 2
    rows = list(load_workbook(xlsx)["汇总"].iter_rows(values_only=True))
    assert rows[1][2] == "老旧小区改造提升项目" and rows[1][6] == 1 and rows[1][12] == "修改后再审"
    assert str(rows[2][1]).endswith("bad.docx") and rows[2][14]
    docx_out = tmp_path / "one.docx"
    assert run("check", str(sheet), "--format", "docx", "--out", str(docx_out), *home) == 0
    assert "未经审核人员逐项确认" in _text(docx_out)


def test_cli_check_save_gives_review_ids_in_the_workbook(service: ReviewService, sheet: Path, sheet_b: Path,
                                                         tmp_path: Path) -> None:
    home = ("--home", str(service.settings.home))
    xlsx = tmp_path / "batch.xlsx"
    assert run("check", str(sheet), str(sheet_b), "--save", "--format", "xlsx", "--out", str(xlsx), *home) == 0
    rows = list(load_workbook(xlsx)["汇总"].iter_rows(values_only=True))[1:]
    admin = User("命令行", "admin")
    stored = {r.id: r for r in service.list_reviews(admin)}
    assert {row[13] for row in rows} == set(stored)
    assert {stored[row[13]].file_name for row in rows} == {"申报表A.docx", "申报表B.docx"}
    assert len({r.batch_id for r in stored.values()}) == 1


def test_cli_check_accepts_a_zip_of_submissions(service: ReviewService, sheet: Path, sheet_b: Path,
                                                 tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json
    import zipfile

    archive = tmp_path / "报送.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(sheet, "A/申报表A.docx")
        zf.write(sheet_b, "B/申报表B.docx")
        zf.writestr("C/坏.docx", b"nope")
    home = ("--home", str(service.settings.home))
    assert run("check", str(archive), "--format", "json", "--save", *home) == 2
    out = json.loads(capsys.readouterr().out)
    assert [d["document"]["path"] for d in out] == ["报送.zip/A/申报表A.docx", "报送.zip/B/申报表B.docx",
                                                   "报送.zip/C/坏.docx"]
    assert out[2]["error"].startswith("报送.zip/C/坏.docx：")
    names = {r.file_name for r in service.list_reviews(User("命令行", "admin"))}
    assert names == {"报送.zip/A/申报表A.docx", "报送.zip/B/申报表B.docx"}
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr(zipfile.ZipInfo("../x.docx"), sheet.read_bytes())
    assert run("check", str(evil), str(sheet), "--format", "json", *home) == 2
    out = json.loads(capsys.readouterr().out)
    assert out[0]["summary"]["errors"] >= 1 and "不安全" in out[1]["error"]


def test_policy_ref_text() -> None:
    from review_assistant.drafting.opinion import ref_text

    refs = [PolicyRef(document="项目支出绩效评价管理办法", doc_number="财预〔2020〕10号", article="第十条")]
    assert ref_text(refs) == "《项目支出绩效评价管理办法》（财预〔2020〕10号）第十条"
