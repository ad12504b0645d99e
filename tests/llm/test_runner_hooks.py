"""The runner's hooks for a front end (progress, cancel), failures half-way, loops, budgets — fake models."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from review_assistant.checks.llm.runner import LLMProgress, LLMRunner, quotes_of
from review_assistant.checks.llm.sections import Section
from review_assistant.errors import ModelError
from review_assistant.llm.budget import count_tokens
from review_assistant.llm.models import Usage
from review_assistant.llm.repetition import looping
from review_assistant.llm.structured import RuleVerdict, ask_structured
from review_assistant.review.pipeline import CheckOptions, prepare
from review_assistant.settings import Settings, load_settings

from .fakes import always, fake_handle, reply

SHEET = Path(__file__).with_name("sample_sheet.md")
REPORT = Path(__file__).with_name("qwen_report.md")
QUOTE = "效益指标 社会效益指标 居民居住条件 定性 明显改善"
FAIL = {"verdict": "fail", "findings": [{"problem": "效益指标不可衡量", "evidence": QUOTE}]}


@pytest.fixture
def llm_settings(_isolated_home: Path) -> Settings:
    return load_settings(_isolated_home, llm={"provider": "openai", "model": "fake-model", "max_concurrency": 1,
                                              "base_url": "http://127.0.0.1:9/v1", "context_tokens": 4096,
                                              "use_server_slots": False})


def test_progress_is_reported_per_rule_and_findings_name_the_model(llm_settings: Settings) -> None:
    handle, _ = fake_handle(*always(FAIL))
    events: list[LLMProgress] = []
    runner = LLMRunner(llm_settings, handle=handle, retriever=lambda q, k: []).with_hooks(on_progress=events.append)
    findings = runner(prepare(SHEET, llm_settings, CheckOptions()))
    assert [e.status for e in events].count("start") == 5 and [e.status for e in events].count("done") == 5
    assert max(e.done for e in events) == 5 and all(e.total == 5 and e.model == "fake-model" for e in events)
    assert findings and all(f.model == "fake-model" and f.source == "llm" for f in findings)


def test_cancel_keeps_what_was_judged_and_names_the_rest(llm_settings: Settings) -> None:
    handle, model = fake_handle(*always(FAIL))
    cancel = threading.Event()

    def stop_after_first(event: LLMProgress) -> None:
        if event.status == "done":
            cancel.set()

    runner = LLMRunner(llm_settings, handle=handle, retriever=lambda q, k: []).with_hooks(
        on_progress=stop_after_first, cancel=cancel)
    ctx = prepare(SHEET, llm_settings, CheckOptions())
    findings = runner(ctx)
    assert len(model.calls) == 1 and len(findings) == 1  # the first rule's verified finding is kept
    assert len(ctx.meta["llm"]["cancelled"]) == 4
    assert any("已取消" in n and "已得到的结果保留" in n for n in ctx.notes)


def test_server_gone_half_way_keeps_earlier_findings(llm_settings: Settings) -> None:
    handle, _ = fake_handle(reply(FAIL), *[httpx.ConnectError("refused")] * 10, max_retries=0)
    ctx = prepare(SHEET, llm_settings, CheckOptions())
    findings = LLMRunner(llm_settings, handle=handle, retriever=lambda q, k: [])(ctx)
    assert len(findings) == 1 and findings[0].model == "fake-model"
    assert sum("未能完成判断" in n for n in ctx.notes) == 4


def test_hooked_view_shares_the_handle_but_not_the_hooks(llm_settings: Settings) -> None:
    handle, _ = fake_handle(*always({"verdict": "pass"}))
    base = LLMRunner(llm_settings, handle=handle, retriever=lambda q, k: [])
    view = base.with_hooks(on_progress=lambda e: None, cancel=threading.Event())
    assert view.handle is base.handle and base.on_progress is None and base.cancel is None


def test_looping_answer_is_a_failed_call_without_retry(llm_settings: Settings) -> None:
    loop = '{"verdict": "pass", "reason": "' + "项目十分必要，意义重大。" * 30
    handle, model = fake_handle(reply(loop), reply({"verdict": "pass"}))
    usage = Usage()
    result = ask_structured(handle, [], RuleVerdict, usage)
    assert result.value is None and result.looped and "重复" in result.error
    assert len(model.calls) == 1 and usage.looped_calls == 1 and usage.failed_calls == 1
    ctx = prepare(SHEET, llm_settings, CheckOptions())
    handle2, _ = fake_handle(*[reply(loop)] * 5)
    runner = LLMRunner(llm_settings.model_copy(update={"llm": llm_settings.llm.model_copy(update={"rules": ["GS-12"]})}),
                       handle=handle2, retriever=lambda q, k: [])
    assert runner(ctx) == []
    assert any("重复循环" in n for n in ctx.notes)


def test_streaming_stops_at_a_loop(llm_settings: Settings) -> None:
    from langchain_core.messages import HumanMessage

    handle, _ = fake_handle(reply("根据第十六条，产出指标权重为50%。" + "产出指标权重为50%。" * 40))
    pieces: list[str] = []
    with pytest.raises(ModelError, match="重复循环"):
        for p in handle.stream([HumanMessage("产出指标的权重？")]):
            pieces.append(p)
    assert len("".join(pieces)) < 400  # stopped early, not at the end of the answer


def test_repetition_detector_spares_normal_text() -> None:
    assert not looping('{"verdict": "pass", "reason": "材料写明2023年底老年人口4.2万人。", "findings": []}')
    assert not looping("| --- | --- | --- | --- | --- |")
    assert looping("\n" * 80) and looping("审核通过。" * 15)


def test_per_rule_input_budget_and_quotes(llm_settings: Settings) -> None:
    settings = llm_settings.model_copy(update={"llm": llm_settings.llm.model_copy(update={"rule_input_tokens": 200})})
    runner = LLMRunner(settings, handle=fake_handle()[0], retriever=lambda q, k: [])
    ctx = prepare(REPORT, settings, CheckOptions())
    prompt = runner.prompts["EA-NEC-02"]
    _, user, sections = runner._render(prompt, ctx, [])
    block = user[user.index("<<<材料"):user.index("结束>>>")]
    assert count_tokens(block) <= 200 + 40
    assert "EA-NEC-90" in user and "不要重复报告" in user  # the offline gap is stated, outside the data block
    assert "EA-NEC-90" not in block
    quotes = quotes_of(sections)
    assert quotes and all(ctx.document.contains(q) for q in quotes)
    assert quotes_of([Section("x", "x", "短句。" + "甲" * 200)]) == ["甲" * 120]


def test_per_rule_output_cap_travels_in_the_body(llm_settings: Settings) -> None:
    from review_assistant.llm.models import ChatHandle

    handle = ChatHandle.from_settings(llm_settings)
    kwargs = handle.format_kwargs({"type": "json_object"}, max_tokens=64)
    assert kwargs["extra_body"]["max_tokens"] == 64 and kwargs["extra_body"]["response_format"]
    cached = ChatHandle.from_settings(llm_settings.model_copy(
        update={"llm": llm_settings.llm.model_copy(update={"cache_prompt": True})}))
    assert cached.format_kwargs(None, max_tokens=32)["extra_body"]["cache_prompt"] is True
