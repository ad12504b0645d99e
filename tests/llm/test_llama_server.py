"""Against a real OpenAI-compatible server: llama.cpp's llama-server with SmolLM2-135M.

SmolLM2 cannot judge Chinese reports. These tests check the plumbing — the token limit, JSON-schema
output, streaming, timeouts, and that whatever a weak model says never reaches the user unverified —
not the quality of any judgement.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import Field

from review_assistant.checks.llm.runner import LLMRunner
from review_assistant.checks.llm.verify import verify_issues
from review_assistant.errors import ModelError
from review_assistant.llm.answer import answer_with_llm, verify_answer
from review_assistant.llm.local_server import LocalLlamaServer
from review_assistant.llm.models import ChatHandle, Usage
from review_assistant.llm.retrieval import Passage
from review_assistant.llm.structured import LLMIssue, RuleVerdict, ask_structured
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths, prepare
from review_assistant.settings import Settings, load_settings

pytestmark = [pytest.mark.llm, pytest.mark.slow]
SAMPLE = Path(__file__).with_name("sample_sheet.md")


def settings_for(server: LocalLlamaServer, home: Path, **llm: Any) -> Settings:
    cfg = {"provider": "openai", "model": "smollm2-135m", "base_url": server.base_url, "max_tokens": 256,
           "timeout_s": 120, "context_tokens": 8192, "max_concurrency": 1, **llm}
    return load_settings(home, llm=cfg)


def test_token_limit_is_honoured(llama_server: LocalLlamaServer, _isolated_home: Path) -> None:
    handle = ChatHandle.from_settings(settings_for(llama_server, _isolated_home, max_tokens=12))
    usage = Usage()
    handle.invoke([HumanMessage("Count from 1 to 300, separated by commas.")], usage)
    assert 0 < usage.completion_tokens <= 12 and usage.prompt_tokens > 0


def test_json_schema_output_is_valid_json_of_the_schema(llama_server: LocalLlamaServer, _isolated_home: Path) -> None:
    handle = ChatHandle.from_settings(settings_for(llama_server, _isolated_home, max_tokens=256))
    result = ask_structured(handle, [HumanMessage("Is the sky blue? Judge and answer in JSON.")], RuleVerdict)
    assert handle.structured_mode == "json_schema"  # the server accepted response_format json_schema
    if result.value is None:  # a weak model may say "fail" with no findings: invalid, retried once, then a note
        assert result.attempts == 2 and result.error
    else:
        assert result.value.verdict in {"pass", "fail", "not_applicable"}
        json.loads(result.raw)


def test_streaming_answer_is_verified(llama_server: LocalLlamaServer, _isolated_home: Path) -> None:
    handle = ChatHandle.from_settings(settings_for(llama_server, _isolated_home, max_tokens=96))
    passages = [Passage(key="1", document="项目支出绩效评价管理办法", doc_number="财预〔2020〕10号", article="第十六条",
                        text="预算执行率10%、产出指标50%、效益指标30%、服务对象满意度指标10%。")]
    tokens: list[str] = []
    ans = answer_with_llm("What weight do output indicators have?", passages, handle, on_token=tokens.append)
    assert len(tokens) > 1  # streamed in pieces
    assert ans.usage["calls"] == 1 and ans.model == "smollm2-135m"
    if ans.grounded:
        kept, used, _ = verify_answer(ans.answer, passages)
        assert kept == ans.answer and used == [1]


def test_timeout_is_a_clear_model_error(llama_server: LocalLlamaServer, _isolated_home: Path) -> None:
    handle = ChatHandle.from_settings(settings_for(llama_server, _isolated_home, timeout_s=0.05, max_retries=0,
                                                   max_tokens=512))
    with pytest.raises(ModelError, match="超时") as info:
        handle.invoke([HumanMessage("Write a long story about a cat. " * 200)])
    assert info.value.retryable


def test_weak_model_output_never_reaches_the_user_unverified(llama_server: LocalLlamaServer,
                                                             _isolated_home: Path) -> None:
    """End to end: check with the real server; the document also tells the reviewer to approve."""
    plain = check_paths([SAMPLE], load_settings(_isolated_home), CheckOptions())[0]
    settings = settings_for(llama_server, _isolated_home, rules=["GS-11"], max_tokens=256)
    result = check_paths([SAMPLE], settings, CheckOptions(llm_runner=LLMRunner(settings)))[0]
    doc = parse_file(SAMPLE)
    for f in result.findings:
        if f.source == "llm":
            assert f.model == "smollm2-135m" and doc.contains(f.evidence)
    rule_view = [(f.id, f.severity, f.message) for f in result.findings if f.source == "rule"]
    assert rule_view == [(f.id, f.severity, f.message) for f in plain.findings]
    assert result.summary.errors == plain.summary.errors and result.summary.conclusion == plain.summary.conclusion
    meta = result.meta["llm_review"]
    assert meta["rules"] == 1 and meta["calls"] >= 1 and meta["prompt_tokens"] > 0
    assert meta["completion_tokens"] <= meta["calls"] * 256
    assert meta["verdicts"]["GS-11"] is not None or any("未能完成判断" in n for n in result.notes)


class _ForcedFail(RuleVerdict):
    """The same verdict, constrained by the schema to report at least one finding."""

    verdict: Literal["fail"] = "fail"  # type: ignore[assignment]
    findings: list[LLMIssue] = Field(min_length=1, max_length=3)


def test_garbage_findings_from_a_real_model_are_dropped(llama_server: LocalLlamaServer, _isolated_home: Path) -> None:
    settings = settings_for(llama_server, _isolated_home, max_tokens=384, rules=["GS-12"])
    runner = LLMRunner(settings)
    ctx = prepare(SAMPLE, settings, CheckOptions())
    system, user = runner.render(runner.prompts["GS-12"], ctx, [])
    result = ask_structured(runner.handle, [SystemMessage(system), HumanMessage(user)], _ForcedFail)
    if result.value is None:
        pytest.skip(f"the model produced no parsable finding this time: {result.error}")
    assert isinstance(result.value, _ForcedFail)
    issues = result.value.findings
    kept, stats = verify_issues(issues, ctx.document, [])
    assert stats.kept + stats.dropped_total == len(issues)
    assert all(ctx.document.contains(i.evidence) and not i.citations for i in kept)
