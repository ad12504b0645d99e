"""An upload through the service and the workbench with a (fake) model: per-rule progress, cancel, half-way failures."""

from __future__ import annotations

import contextvars
import copy
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from review_assistant.checks.llm.runner import LLMProgress, LLMRunner
from review_assistant.engine import Engine
from review_assistant.review.records import StoredFinding
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.settings import Settings, load_settings
from review_assistant.ui import workbench

from .fakes import always, fake_handle, reply

SHEET = Path(__file__).with_name("sample_sheet.md")
QUOTE = "效益指标 社会效益指标 居民居住条件 定性 明显改善"
FAIL = {"verdict": "fail", "findings": [{"problem": "效益指标不可衡量", "evidence": QUOTE}]}


@pytest.fixture
def llm_settings(_isolated_home: Path) -> Settings:
    return load_settings(_isolated_home, llm={"provider": "openai", "model": "fake-model", "max_concurrency": 1,
                                              "base_url": "http://127.0.0.1:9/v1", "context_tokens": 4096,
                                              "use_server_slots": False})


def _service(settings: Settings, *replies: Any, max_retries: int = 2) -> tuple[ReviewService, User, Any]:
    handle, model = fake_handle(*replies, max_retries=max_retries)
    engine = Engine(settings, llm_runner=LLMRunner(settings, handle=handle, retriever=lambda q, k: []))
    service = ReviewService(settings, engine=engine)
    user = service.add_user(User("命令行", "admin"), "r1", "password-123", "reviewer")
    return service, user, model


def _rule_findings(findings: list[StoredFinding]) -> set[tuple[str, str, str]]:
    return {(f.rule_id, f.severity, f.message) for f in findings if f.source == "rule"}


def test_upload_cancelled_after_the_first_call_keeps_rule_findings_and_the_judged_one(llm_settings: Settings) -> None:
    service, user, model = _service(llm_settings, *always(FAIL))
    cancel = threading.Event()
    events: list[LLMProgress] = []
    lines: list[tuple[float, str]] = []

    def stop_after_first(event: LLMProgress) -> None:
        events.append(event)
        if event.status == "done":
            cancel.set()

    [item] = service.check_files(user, [SHEET], progress=lambda f, m: lines.append((f, m)),
                                 llm_progress=stop_after_first, cancel=cancel)
    detail = service.get_review(user, item.review_id or 0)
    assert len(model.calls) == 1
    llm = [f for f in detail.findings if f.source == "llm"]
    assert len(llm) == 1 and llm[0].model == "fake-model" and llm[0].evidence == QUOTE
    assert detail.review.model == "fake-model"
    # Every rule finding is there: the same as a review of the same file without the model.
    [plain] = service.check_files(user, [SHEET], use_llm=False)
    rules_only = _rule_findings(service.get_review(user, plain.review_id or 0).findings)
    assert rules_only and _rule_findings(detail.findings) == rules_only
    skipped = [e.rule_id for e in events if e.status == "skipped"]
    assert len(skipped) == 4
    [note] = [n for n in detail.review.notes if "已取消" in n]
    assert "已得到的结果保留" in note and all(rid in note for rid in skipped)
    # The progress bar got a line per rule put to the model, then the cancellation, in order.
    said = [m for _, m in lines]
    first = next(e for e in events if e.status == "start")
    assert f"大模型判断 {first.rule_id}（1/5）…" in said
    assert sum(m.startswith("大模型判断") for m in said) == 1
    assert any(m.startswith("已取消大模型判断") for m in said)
    fractions = [f for f, _ in lines]
    assert fractions == sorted(fractions) and said[-1] == "审核完成"
    service.close()


def test_model_gone_half_way_stores_what_was_judged(llm_settings: Settings) -> None:
    service, user, model = _service(llm_settings, reply(FAIL), *[httpx.ConnectError("refused")] * 10, max_retries=0)
    lines: list[str] = []
    [item] = service.check_files(user, [SHEET], progress=lambda f, m: lines.append(m))
    detail = service.get_review(user, item.review_id or 0)
    assert [f.model for f in detail.findings if f.source == "llm"] == ["fake-model"]
    assert any(f.source == "rule" for f in detail.findings)
    assert sum("未能完成判断" in n for n in detail.review.notes) == 4
    assert len(model.calls) == 2  # once refused, the server is not asked again for this review
    assert sum(m.startswith("大模型判断") for m in lines) == 5  # every rule was tried and shown
    service.close()


def test_workbench_upload_cancel_is_per_upload_and_said_on_screen(llm_settings: Settings) -> None:
    service, user, model = _service(llm_settings, *always(FAIL))
    flag = workbench.SessionCancel()
    assert copy.deepcopy(flag) is flag  # what gr.State does with a session's value
    flag.set()  # pressed during an earlier upload: must not stop this one before it starts

    def press_cancel_at_first_rule(_f: float, line: str) -> None:
        if line.startswith("大模型判断"):
            flag.set()

    view = workbench.upload_view(service, user, [str(SHEET)], progress=press_cancel_at_first_rule, cancel=flag)
    assert len(model.calls) == 1  # the call in flight finished; the other four were not made
    assert "已取消大模型判断" in view.text and view.items[0].review_id
    stored = service.get_review(user, view.items[0].review_id or 0)
    assert [f.model for f in stored.findings if f.source == "llm"] == ["fake-model"]
    again = workbench.upload_view(service, user, [str(SHEET)], cancel=flag)  # identical file: same review
    assert "已取消" not in again.text
    service.close()


def test_progress_bar_reaches_gradio_from_the_runner_threads() -> None:
    import gradio as gr
    from gradio.context import LocalContext

    from review_assistant.ui.common import progress_bar

    seen: list[tuple[str, str | None]] = []

    class Queue:
        def set_progress(self, event_id: str, iterables: list[Any]) -> None:
            seen.append((event_id, iterables[-1].desc))

    class Blocks:
        _queue = Queue()

    def handler() -> None:  # what Gradio sets up around an event's function
        LocalContext.blocks.set(Blocks())  # type: ignore[arg-type]
        LocalContext.event_id.set("ev-1")
        progress = gr.Progress()
        say = progress_bar(progress)
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(lambda i: progress(0.5, desc=f"direct {i}"), range(4)))
            assert seen == []  # a bare gr.Progress called from a worker thread shows nothing
            list(pool.map(lambda i: say(0.5, f"大模型判断 GS-0{i}"), range(4)))

    contextvars.copy_context().run(handler)
    assert sorted(seen) == [("ev-1", f"大模型判断 GS-0{i}") for i in range(4)]


def test_batch_cancelled_in_its_first_document_stores_both_and_names_every_rule_left(llm_settings: Settings) -> None:
    service, user, model = _service(llm_settings, *always(FAIL))
    report = Path(__file__).with_name("sample_report.md")
    cancel = threading.Event()
    lines: list[str] = []

    def stop_after_first(event: LLMProgress) -> None:
        if event.status == "done":
            cancel.set()

    items = service.check_files(user, [SHEET, report], progress=lambda f, m: lines.append(m),
                                llm_progress=stop_after_first, cancel=cancel)
    assert len(model.calls) == 1 and all(it.review_id for it in items)
    assert [m for m in lines if "大模型判断" in m and not m.startswith("已取消")] == \
        [m for m in lines if m.startswith("sample_sheet.md：大模型判断")]  # the file is named in a batch
    second = service.get_review(user, items[1].review_id or 0)
    runner = service.engine.llm_runner()
    ctx_rules = [p.rule_id for p in runner.prompts.values() if p.rule_id and "appraisal_report" in p.kinds]
    [note] = [n for n in second.review.notes if "已取消" in n]
    assert ctx_rules and all(rid in note for rid in ctx_rules)
    assert not [f for f in second.findings if f.source == "llm"] and any(f.source == "rule" for f in second.findings)
    service.close()
