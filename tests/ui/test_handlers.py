"""UI handlers as plain functions over the service (no browser, no server)."""

from __future__ import annotations

import sys
import threading
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest

from docbuild import clean_sheet_rows
from review_assistant.errors import NotFoundError, PermissionDenied
from review_assistant.kb.ask import Answer as KBAnswer
from review_assistant.kb.ask import Citation as KBCitation
from review_assistant.kb.meta import DocMeta
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.service.kb_adapter import NOT_COVERED
from review_assistant.ui import decide, history, kb, qa, render, selfcheck, workbench
from review_assistant.ui.common import parse_id
from sheetfiles import FLAWED_INDICATORS, flawed_header, write_sheet


def _upload(service: ReviewService, user: User, path: Path) -> int:
    up = workbench.upload_view(service, user, [str(path)])
    assert "已审核 1 份文件" in up.text
    return up.items[0].review_id or 0


def test_upload_shows_findings_and_filters(service: ReviewService, reviewer: User, sheet: Path) -> None:
    calls: list[tuple[float, str]] = []
    items = workbench.upload_view(service, reviewer, [str(sheet)], progress=lambda f, m: calls.append((f, m))).items
    rid = items[0].review_id
    assert calls[0][1].startswith("正在审核 申报表A.docx") and calls[-1] == (1.0, "审核完成")
    view = workbench.review_view(service, reviewer, rid)
    assert view.rows[0][:3] == [view.rows[0][0], "错误", "GS-02"]
    assert "老旧小区改造提升项目" in view.summary_html and "修改后再审" in view.summary_html
    only_warnings = workbench.review_view(service, reviewer, rid, workbench.Filters(severities=["warning"]))
    assert {r[1] for r in only_warnings.rows} == {"警告"}
    fid = view.rows[0][0]
    decide.do_action(service, reviewer, fid, "confirm")
    confirmed = workbench.review_view(service, reviewer, rid, workbench.Filters(statuses=["confirmed"]))
    assert [r[0] for r in confirmed.rows] == [fid]
    by_rule = workbench.review_view(service, reviewer, rid, workbench.Filters(rules=["GS-07"], sources=["rule"]))
    assert {r[2] for r in by_rule.rows} == {"GS-07"}
    assert workbench.review_view(service, reviewer, rid, workbench.Filters(sources=["llm"])).rows == []


def test_finding_detail_highlights_evidence_in_context(service: ReviewService, reviewer: User, sheet: Path) -> None:
    rid = _upload(service, reviewer, sheet)
    view = workbench.review_view(service, reviewer, rid)
    html = workbench.finding_html(service, reviewer, view.rows[0][0])
    assert "<mark>" in html and "150" in html
    assert "表1 第4行" in html
    assert "政策依据" in html


def test_document_text_is_escaped_everywhere(service: ReviewService, reviewer: User, tmp_path: Path) -> None:
    evil = "<script>alert(1)</script>改造项目"
    header = flawed_header(project=evil)
    rows = clean_sheet_rows(FLAWED_INDICATORS, header)
    rows[-1][4] = "<img src=x onerror=alert(2)>"  # satisfaction value: vague, quoted as evidence
    path = write_sheet(tmp_path / "evil.docx", rows)
    up = workbench.upload_view(service, reviewer, [str(path)])
    rid = up.items[0].review_id
    view = workbench.review_view(service, reviewer, rid)
    pieces = [up.text, view.summary_html, view.document_html, *(workbench.finding_html(service, reviewer, r[0]) for r in view.rows)]
    joined = "".join(pieces)
    assert "<script>" not in joined and "<img" not in joined
    assert "&lt;script&gt;" in joined
    assert "<script>" not in selfcheck.guidance_html(service.get_review(reviewer, rid or 0))


def test_evidence_context_tolerates_whitespace() -> None:
    html = render.evidence_in_context("前文 年度资金 总额 150 后文", "年度资金总额150")
    assert "<mark>年度资金 总额 150</mark>" in html


def test_actions_save_and_report(service: ReviewService, reviewer: User, sheet: Path, tmp_path: Path) -> None:
    rid = _upload(service, reviewer, sheet)
    ids = [r[0] for r in workbench.review_view(service, reviewer, rid).rows]
    assert decide.do_action(service, reviewer, ids[0], "confirm").saved.startswith("已保存")
    assert "已驳回" in decide.do_action(service, reviewer, ids[1], "reject", reason="不适用").saved
    assert "已修改" in decide.do_action(service, reviewer, ids[2], "edit", message="新的表述").saved
    assert decide.do_action(service, reviewer, None, "confirm").hint == "请先在问题列表中选择一个问题。"
    history = workbench.finding_html(service, reviewer, ids[1])
    assert "处理记录（1）" in history and "reviewer1 驳回：不适用" in history
    path = Path(decide.draft_opinion(service, reviewer, rid, allow_pending=True).path or "")
    assert path.suffix == ".docx" and path.stat().st_size > 0
    assert Path(workbench.commented_file(service, reviewer, rid)).exists()


def test_unit_handlers_are_scoped(service: ReviewService, reviewer: User, unit_a: User, unit_b: User,
                                  sheet: Path, sheet_b: Path) -> None:
    view_a = selfcheck.self_check(service, unit_a, [str(sheet)])
    html_a, rid_a = view_a.html, view_a.review_ids[0]
    rid_b = selfcheck.self_check(service, unit_b, [str(sheet_b)]).review_ids[0]
    assert "请" in html_a and rid_a and rid_b
    assert [parse_id(c) for c in workbench.review_choices(service, unit_a, purpose="self_check")] == [rid_a]
    assert workbench.review_choices(service, unit_a) == []
    with pytest.raises(NotFoundError):
        workbench.review_view(service, unit_a, rid_b)
    foreign = service.get_review(unit_b, rid_b).findings[0].id
    with pytest.raises(NotFoundError):
        workbench.finding_html(service, unit_a, foreign)
    with pytest.raises(NotFoundError):
        selfcheck.report_file(service, unit_a, rid_b)
    with pytest.raises(PermissionDenied):
        decide.do_action(service, unit_a, foreign, "confirm")
    with pytest.raises(PermissionDenied):
        workbench.upload_view(service, unit_a, [str(sheet)])
    assert Path(selfcheck.report_file(service, unit_a, rid_a)).exists()
    assert [r[0] for r in history.history_rows(service, unit_a)] == [rid_a]
    assert history.stats_rows(service, unit_a) == []
    with pytest.raises(PermissionDenied):
        kb.reindex(service, unit_a, [])


def test_history_and_stats(service: ReviewService, reviewer: User, sheet: Path, sheet_b: Path) -> None:
    rid = _upload(service, reviewer, sheet)
    _upload(service, reviewer, sheet_b)
    assert [r[3] for r in history.history_rows(service, reviewer, project="校舍")] == ["校舍维修项目"]
    assert len(history.history_rows(service, reviewer, unit="云溪区")) == 2
    fid = workbench.review_view(service, reviewer, rid).rows[0][0]
    service.reject(reviewer, fid, service.get_finding(reviewer, fid).version, "误报")
    stats = {r[0]: r for r in history.stats_rows(service, reviewer)}
    assert stats["GS-02"][4] == 1 and stats["GS-02"][7] == "100%"


def test_qa_when_the_knowledge_base_cannot_open_says_so(service: ReviewService, trainee: User,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from review_assistant.errors import ConfigError
    from review_assistant.kb import index

    def broken(settings: Any) -> None:
        raise ConfigError("向量库无法打开：权限不足")

    monkeypatch.setattr(index, "KnowledgeBase", broken)
    ans = qa.ask(service, trainee, "事前绩效评估的适用范围？")
    assert ans.error == "向量库无法打开：权限不足" and "权限不足" in qa.answer_html(ans)
    assert kb.documents_view(service, trainee)[2] == "向量库无法打开：权限不足"


class _Record:
    def __init__(self, chunk_id: str, path: str, ordinal: int, article: str, text: str, title: str) -> None:
        self.chunk_id, self.path, self.ordinal, self.article, self.text, self.title = (
            chunk_id, path, ordinal, article, text, title)


class _Manifest:
    RECORDS: ClassVar[list[_Record]] = [_Record("c1", "policies/a.md", 0, "第十条", "新增重大项目<b>应当</b>开展事前绩效评估。", "云溪区预算绩效管理办法"),
               _Record("c2", "policies/a.md", 1, "第十条", "评估结果作为预算安排的重要参考。", "云溪区预算绩效管理办法")]

    def count_chunks(self) -> int:
        return len(self.RECORDS)

    def documents(self) -> list[tuple[str, DocMeta, int]]:
        return [("policies/a.md", DocMeta(title="云溪区预算绩效管理办法", doc_number="云财〔2024〕1号", issuer="云溪区财政局",
                                          level="区", status="有效"), 2)]

    def chunks_by_id(self, ids: list[str]) -> dict[str, _Record]:
        return {r.chunk_id: r for r in self.RECORDS if r.chunk_id in ids}


class _KnowledgeBase:
    def __init__(self, settings: Any) -> None:
        self.manifest = _Manifest()

    def records(self) -> dict[str, _Record]:
        return {r.chunk_id: r for r in self.manifest.RECORDS}

    def close(self) -> None:
        pass


ingested: list[Path] = []
release = threading.Event()


def _install_fake_kb(monkeypatch: pytest.MonkeyPatch, grounded: bool) -> None:
    """Fake ``review_assistant.kb`` with the kb branch's API shape (index, ask, ingest)."""
    pkg = types.ModuleType("review_assistant.kb")
    index = types.ModuleType("review_assistant.kb.index")
    index.KnowledgeBase = _KnowledgeBase  # type: ignore[attr-defined]
    ask_mod = types.ModuleType("review_assistant.kb.ask")

    def ask(question: str, kb: Any, top_k: int = 5) -> KBAnswer:
        rec = kb.manifest.RECORDS[0]
        answer = "应当开展事前绩效评估[1]。" if grounded else "现有政策文件没有对这一点作出明确规定（检索到的条款中没有问题所问的金额）。"
        return KBAnswer(question=question, answer=answer, grounded=grounded, citations=[
            KBCitation(document=rec.title, doc_number="云财〔2024〕1号", article=rec.article, text=rec.text,
                       source=rec.path, chunk_id=rec.chunk_id, score=0.9, status="有效")])

    ask_mod.ask = ask  # type: ignore[attr-defined]
    ingest_mod = types.ModuleType("review_assistant.kb.ingest")
    ingested.clear()

    class Report:
        errors: ClassVar[list[Any]] = []

        def summary(self) -> str:
            return "知识库入库完成：新增 1 个文件。"

    def ingest(paths: list[Path], settings: Any, kb: Any = None) -> Report:
        ingested.extend(paths)
        return Report()

    ingest_mod.ingest = ingest  # type: ignore[attr-defined]

    def ensure_bundled(settings: Any) -> Report:
        release.wait(10)
        return Report()

    ingest_mod.ensure_bundled = ensure_bundled  # type: ignore[attr-defined]
    for name, mod in (("review_assistant.kb", pkg), ("review_assistant.kb.index", index),
                      ("review_assistant.kb.ask", ask_mod), ("review_assistant.kb.ingest", ingest_mod)):
        monkeypatch.setitem(sys.modules, name, mod)


def test_qa_shows_citations_that_open_the_article(service: ReviewService, trainee: User,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _install_fake_kb(monkeypatch, True)
    html = qa.answer_html(qa.ask(service, trainee, "新增项目要做事前评估吗？"))
    assert "<details" in html and "《云溪区预算绩效管理办法》（云财〔2024〕1号）第十条" in html
    assert "&lt;b&gt;应当&lt;/b&gt;" in html


def test_qa_says_plainly_when_policies_do_not_cover(service: ReviewService, trainee: User,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _install_fake_kb(monkeypatch, False)
    ans = qa.ask(service, trainee, "食堂菜单怎么定？")
    # The knowledge base's reason is kept, and so are the closest articles, labelled as not answering.
    assert not ans.grounded and "没有问题所问的金额" in ans.answer and len(ans.citations) == 1
    html = qa.answer_html(ans)
    assert html.index("没有问题所问的金额") < html.index(qa.CLOSEST) < html.index("<details")
    assert "依据" not in html
    # A refusal without articles (below the relevance gate) shows the message alone.
    ans.citations = []
    assert qa.CLOSEST not in qa.answer_html(ans) and NOT_COVERED not in qa.answer_html(ans)


def test_kb_tab_and_article_text_through_the_adapter(service: ReviewService, reviewer: User,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from review_assistant.checks.models import PolicyRef

    _install_fake_kb(monkeypatch, True)
    rows, sources, msg = kb.documents_view(service, reviewer)
    assert rows == [["云溪区预算绩效管理办法", "云财〔2024〕1号", "云溪区财政局", "区", "有效", 2, "a.md"]]
    assert sources == [("云溪区预算绩效管理办法（云财〔2024〕1号）", "policies/a.md")] and "1 份" in msg
    preview = kb.chunk_preview(service, reviewer, "policies/a.md")
    assert "【第十条】" in preview and "&lt;b&gt;" in preview
    text = service.article_text(reviewer, PolicyRef(document="《云溪区预算绩效管理办法》", article="第十条"))
    assert text and "评估结果作为预算安排的重要参考" in text
    html = render.policy_refs_html([PolicyRef(document="云溪区预算绩效管理办法", article="第十条")],
                                   lambda ref: service.article_text(reviewer, ref))
    assert "<details" in html and "评估结果" in html
    assert service.article_text(reviewer, PolicyRef(document="别的文件", article="第一条")) is None


def test_build_app_without_launching(service: ReviewService) -> None:
    import gradio as gr

    from review_assistant.ui.app import build_app

    demo = build_app(service)
    assert isinstance(demo, gr.Blocks)
    names = {d.get("api_name") for d in demo.config["dependencies"]}
    assert {"upload", "confirm", "reject", "draft", "self_check", "ask", "history"} <= names


def test_kb_upload_keeps_files_in_the_home_and_ingests_them(service: ReviewService, reviewer: User, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _install_fake_kb(monkeypatch, True)
    doc = tmp_path / "新办法.md"
    doc.write_text("# 新办法\n\n第一条 测试。", encoding="utf-8")
    meta = tmp_path / "新办法.md.meta.yaml"
    meta.write_text("title: 新办法\n", encoding="utf-8")
    steps: list[str] = []
    msg = kb.reindex(service, reviewer, [str(doc), str(meta)], progress=lambda f, m: steps.append(m))
    kept = service.settings.kb_dir / "uploaded"
    assert "入库完成" in msg and steps[-1] == "导入完成"
    assert ingested == [kept / "新办法.md"] and (kept / "新办法.md.meta.yaml").exists()
    ingested.clear()
    kb.reindex(service, reviewer, [])
    assert ingested == [service.settings.kb.policies_dir]


def test_bundled_policies_index_in_the_background(service: ReviewService, trainee: User,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from review_assistant.service.kb_adapter import INDEXING

    _install_fake_kb(monkeypatch, True)
    release.clear()
    done: list[str] = []
    service.start_bundled_indexing(done.append)
    assert qa.ask(service, trainee, "事前评估？").error == INDEXING
    release.set()
    for _ in range(100):
        if done:
            break
        threading.Event().wait(0.05)
    assert done == ["知识库入库完成：新增 1 个文件。"]
    assert qa.ask(service, trainee, "事前评估？").grounded
