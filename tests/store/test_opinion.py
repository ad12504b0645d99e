"""The 审核意见 cannot contradict the review: refused while errors are pending, conclusion from the decisions,
the project, unit, amount and appraisal facts named, 落款 from the settings, page numbers; the preview is the letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from review_assistant.checks.models import PolicyRef
from review_assistant.cli import main
from review_assistant.drafting.opinion import ref_text
from review_assistant.errors import PendingFindings
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.settings import load_settings

REPORTS = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def _ids(service: ReviewService, user: User, rid: int) -> dict[tuple[str, str], list[int]]:
    out: dict[tuple[str, str], list[int]] = {}
    for f in service.get_review(user, rid).findings:
        out.setdefault((f.rule_id, f.severity), []).append(f.id)
    return out


def _v(service: ReviewService, user: User, finding_id: int) -> int:
    """The version of the finding as the reviewer now sees it."""
    return service.get_finding(user, finding_id).version


def _cli(*args: str) -> int:
    try:
        main(list(args))
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def test_draft_is_refused_while_errors_are_pending(service: ReviewService, reviewer: User, sheet: Path,
                                                   tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [item] = service.check_files(reviewer, [sheet])
    rid = item.review_id or 0
    with pytest.raises(PendingFindings) as exc:
        service.draft_opinion(reviewer, rid, tmp_path / "a.docx")
    assert exc.value.count == 1 and "尚有 1 项“错误”级问题待确认" in exc.value.message
    assert not (tmp_path / "a.docx").exists()
    home = ("--home", str(service.settings.home))
    assert _cli("draft", str(rid), "--out", str(tmp_path / "b.docx"), *home) == 2
    assert "--allow-pending" in capsys.readouterr().err and not (tmp_path / "b.docx").exists()
    assert _cli("draft", str(rid), "--out", str(tmp_path / "b.docx"), "--allow-pending", *home) == 0
    forced = "\n".join(_paragraphs(tmp_path / "b.docx"))  # nothing decided yet: nothing in it, and no pass
    assert "审核结论：待定（尚有 1 项“错误”级问题待确认，确认后再定）。" in forced and "其中“错误”级 1 项" in forced
    assert "审核通过" not in forced and "未发现需要修改的问题" not in forced and "未写入本稿" in forced
    # Once the error is decided, no flag is needed.
    gs02 = _ids(service, reviewer, rid)[("GS-02", "error")][0]
    service.reject(reviewer, gs02, _v(service, reviewer, gs02), "资金表另有说明")
    assert service.draft_opinion(reviewer, rid, tmp_path / "c.docx").exists()


def test_conclusion_follows_the_confirmed_findings(service: ReviewService, reviewer: User, sheet: Path,
                                                   tmp_path: Path) -> None:
    [item] = service.check_files(reviewer, [sheet])
    rid = item.review_id or 0
    ids = _ids(service, reviewer, rid)
    gs02, gs07 = ids[("GS-02", "error")][0], ids[("GS-07", "warning")][0]
    service.reject(reviewer, gs02, _v(service, reviewer, gs02), "资金表另有说明")
    info = ids[("GS-06", "info")][0]
    service.confirm(reviewer, info, _v(service, reviewer, info))
    text = "\n".join(_paragraphs(service.draft_opinion(reviewer, rid, tmp_path / "info.docx")))
    # Only a 提示 confirmed: the settings' wording for that case, and no "nothing to change" beside an item.
    assert "审核结论：审核通过，请关注提示事项。" in text and "未发现需要修改的问题" not in text
    assert "（提示）" in text and "请在项目实施中关注上述提示事项。" in text
    service.confirm(reviewer, gs07, _v(service, reviewer, gs07))
    text = "\n".join(_paragraphs(service.draft_opinion(reviewer, rid, tmp_path / "warn.docx")))
    assert "审核结论：完善后通过。" in text and "审核通过" not in text and "未发现需要修改的问题" not in text
    assert "请按上述意见修改完善后重新报送。" in text
    service.reset(reviewer, gs07, _v(service, reviewer, gs07))
    service.reset(reviewer, info, _v(service, reviewer, info))
    text = "\n".join(_paragraphs(service.draft_opinion(reviewer, rid, tmp_path / "none.docx")))
    # Undecided warnings do not block the draft, but it says they are left out instead of "no problems".
    assert "审核结论：审核通过。" in text and "未发现需要修改的问题" not in text
    assert "说明：尚有 5 项问题待审核人员确认，未写入本稿。" in text and "目前尚无已确认的问题。" in text


def test_letter_names_project_unit_amount_office_date_and_pages(tmp_path: Path) -> None:
    home = tmp_path / "office"
    home.mkdir()
    (home / "settings.toml").write_text('[review]\noffice_name = "云溪区财政局"\n', encoding="utf-8")
    service = ReviewService(load_settings(home))
    reviewer = service.add_user(User("命令行", "admin"), "r1", "password-123", "reviewer")
    items = service.check_files(reviewer, [REPORTS / "d10_pair_report.docx", REPORTS / "d10_pair_sheet.xlsx"])
    rid = items[0].review_id or 0
    for f in service.get_review(reviewer, rid).findings:
        service.confirm(reviewer, f.id, f.version)
    out = service.draft_opinion(reviewer, rid, tmp_path / "意见.docx")
    paragraphs = _paragraphs(out)
    text = "\n".join(paragraphs)
    assert paragraphs[0] == "关于“云溪区公共充电设施建设项目”事前绩效评估报告的审核意见"
    assert "云溪区能源服务中心：" in paragraphs
    facts = next(p for p in paragraphs if p.startswith("你单位报送的"))
    assert "“云溪区公共充电设施建设项目”事前绩效评估报告已收悉" in facts and ".docx" not in facts and "《" not in facts
    assert "申请资金120.00万元" in facts
    assert "评估结论为“予以支持”" in facts and "评估得分86分" in facts and "建议预算控制数120.00万元" in facts
    assert "审核结论：修改后再审。" in text
    date = next(i for i, p in enumerate(paragraphs) if p.endswith("日") and p.startswith("20"))
    assert paragraphs[date - 1] == "云溪区财政局"
    footer = Document(str(out)).sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer and "— " in footer
    service.close()


def test_each_policy_document_is_named_once_per_item() -> None:
    refs = [PolicyRef(document="云溪区项目支出绩效目标管理办法", article="第十二条"),
            PolicyRef(document="《云溪区项目支出绩效目标管理办法》", article="第二十八条"),
            PolicyRef(document="项目支出绩效评价管理办法", doc_number="财预〔2020〕10号", article="第十九条")]
    assert ref_text(refs) == ("《云溪区项目支出绩效目标管理办法》第十二条、第二十八条；"
                              "《项目支出绩效评价管理办法》（财预〔2020〕10号）第十九条")


def test_preview_is_the_letter_and_is_escaped(service: ReviewService, reviewer: User, sheet: Path,
                                              tmp_path: Path) -> None:
    [item] = service.check_files(reviewer, [sheet])
    rid = item.review_id or 0
    gs02 = _ids(service, reviewer, rid)[("GS-02", "error")][0]
    service.edit(reviewer, gs02, _v(service, reviewer, gs02), "资金<b>不一致</b>", "请核对")
    preview = service.draft_preview(reviewer, rid)
    assert preview.pending_errors == 0 and preview.pending == len(service.get_review(reviewer, rid).findings) - 1
    out = service.draft_opinion(reviewer, rid, tmp_path / "意见.docx")
    assert [line.text for line in preview.lines] == _paragraphs(out)
    assert "资金&lt;b&gt;不一致&lt;/b&gt;" in preview.html() and "<b>" not in preview.html()
    assert 'class="ra-draft-title"' in preview.html()
