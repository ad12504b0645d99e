"""One engine under the CLI and the service: the same batch gives the same findings either way."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from docx import Document

from review_assistant.cli import main
from review_assistant.engine import Engine
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.settings import Settings, load_settings

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "samples"
REPORT = CORPUS / "reports" / "d10_pair_report.docx"
PAIR_SHEET = CORPUS / "reports" / "d10_pair_sheet.xlsx"
LONE_SHEET = CORPUS / "reports" / "d11_new_without_report.xlsx"
OTHER_SHEET = CORPUS / "goal_sheets" / "gs02_funds_mismatch.docx"
BATCH = [REPORT, PAIR_SHEET, LONE_SHEET, OTHER_SHEET]

Key = tuple[str, str, str]


def _cli_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, _ = capsys.readouterr()
    return int(exc.value.code or 0), out


def _cli_findings(capsys: pytest.CaptureFixture[str], home: Path) -> dict[str, list[Key]]:
    code, out = _cli_json(["check", *map(str, BATCH), "--format", "json", "--home", str(home)], capsys)
    assert code == 0
    return {Path(r["document"]["path"]).name: sorted((f["rule_id"], f["severity"], f["evidence"]) for f in r["findings"])
            for r in json.loads(out)}


def _service_findings(service: ReviewService, user: User) -> dict[str, list[Key]]:
    items = service.check_files(user, BATCH)
    assert all(i.error is None for i in items)
    out: dict[str, list[Key]] = {}
    for item in items:
        detail = service.get_review(user, item.review_id or 0)
        out[item.name] = sorted((f.rule_id, f.severity, f.evidence) for f in detail.findings)
    return out


def test_cli_and_service_give_the_same_findings(service: ReviewService, reviewer: User, settings: Settings,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    cli = _cli_findings(capsys, settings.home)
    ui = _service_findings(service, reviewer)
    assert set(cli) == {p.name for p in BATCH}
    assert cli == ui
    rules = {name: {k[0] for k in keys} for name, keys in ui.items()}
    # The report and its sheet arrived together: compared with each other, and the sheet is not told its report is missing.
    assert "EA-GOAL-03" in rules[REPORT.name] and "EA-GOAL-03" in rules[PAIR_SHEET.name]
    assert "GEN-01" not in rules[PAIR_SHEET.name]
    # A new project above the threshold whose report is not in the upload still is.
    assert "GEN-01" in rules[LONE_SHEET.name]
    assert "GS-02" in rules[OTHER_SHEET.name]


def test_upload_of_one_file_alone_is_not_paired(service: ReviewService, reviewer: User) -> None:
    [item] = service.check_files(reviewer, [PAIR_SHEET])
    rules = {f.rule_id for f in service.get_review(reviewer, item.review_id or 0).findings}
    assert "GEN-01" in rules and "EA-GOAL-03" not in rules


def test_zip_upload_is_one_batch_with_member_names(service: ReviewService, reviewer: User, tmp_path: Path) -> None:
    archive = tmp_path / "申报材料.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(REPORT, "充电桩/评估报告.docx")
        zf.write(PAIR_SHEET, "充电桩/申报表.xlsx")
    items = service.check_files(reviewer, [archive])
    assert [i.name for i in items] == ["申报材料.zip/充电桩/评估报告.docx", "申报材料.zip/充电桩/申报表.xlsx"]
    sheet_rules = {f.rule_id for f in service.get_review(reviewer, items[1].review_id or 0).findings}
    assert "EA-GOAL-03" in sheet_rules and "GEN-01" not in sheet_rules
    report = service.get_review(reviewer, items[0].review_id or 0).findings
    # The partner is named as the unit knows it, not by the name it was unpacked under.
    assert any("申报表.xlsx" in f.message for f in report if f.rule_id == "EA-GOAL-03")
    assert len({service.get_review(reviewer, i.review_id or 0).review.batch_id for i in items}) == 1


def test_engine_builds_the_llm_handle_once_before_checking(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "home", llm={"provider": "openai", "base_url": "http://127.0.0.1:9/v1",
                                                     "model": "test-model"})
    engine = Engine(settings)
    first = engine.options().llm_runner
    assert first is not None and first._handle is not None  # created here, not inside the rule threads
    handle = first._handle
    assert engine.options().llm_runner is first and first._handle is handle
    assert engine.options(use_llm=False).llm_runner is None


def test_check_docx_uses_the_wording_of_the_home_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "区财政局"
    home.mkdir()
    (home / "settings.toml").write_text(
        '[review]\nsummary_conclusions = { error = "退回修改", warning = "补充完善", none = "同意" }\n',
        encoding="utf-8")
    out = tmp_path / "意见.docx"
    code, _ = _cli_json(["check", str(OTHER_SHEET), "--format", "docx", "--out", str(out), "--home", str(home)],
                        capsys)
    assert code == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "退回修改" in text and "修改后再审" not in text


def test_workbench_upload_uses_the_configured_llm(tmp_path: Path) -> None:
    from llm.fakes import always, fake_handle
    from review_assistant.checks.llm.runner import LLMRunner

    settings = load_settings(tmp_path / "home", llm={"provider": "openai", "base_url": "http://127.0.0.1:9/v1",
                                                     "model": "fake-7b"})
    handle, model = fake_handle(*always({"verdict": "pass", "reason": "材料完整。"}))
    engine = Engine(settings, llm_runner=LLMRunner(settings, handle=handle, retriever=lambda q, k: []))
    service = ReviewService(settings, engine=engine)
    user = service.add_user(User("命令行", "admin"), "r1", "password-123", "reviewer")
    [item] = service.check_files(user, [OTHER_SHEET])
    review = service.get_review(user, item.review_id or 0).review
    assert model.calls  # the rules that need judgement were put to the model
    assert review.model == "fake-7b" and any("大模型" in n for n in review.notes)
    [plain] = service.check_files(user, [LONE_SHEET], use_llm=False)  # and off when the reviewer says so
    assert service.get_review(user, plain.review_id or 0).review.model is None
    service.close()
