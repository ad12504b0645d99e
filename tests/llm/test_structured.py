"""Typed output: JSON modes, tolerant parsing, one retry with the reason, transport retries only."""

from __future__ import annotations

import httpx
import pytest
from langchain_core.messages import HumanMessage

from review_assistant.errors import ModelError
from review_assistant.llm.models import Usage
from review_assistant.llm.structured import (
    RuleVerdict,
    ask_structured,
    json_schema_for,
    parse_output,
    tolerant_json,
)

from .fakes import fake_handle, reply

FAIL = {"verdict": "fail", "reason": "缺少依据",
        "findings": [{"problem": "未说明单价来源", "evidence": "设备购置费80万元", "citations": ["P1"]}]}


def test_tolerant_json_reads_fences_prose_and_trailing_commas() -> None:
    assert tolerant_json('好的，结果如下：\n```json\n{"verdict": "pass", "findings": [],}\n```') == {
        "verdict": "pass", "findings": []}
    assert tolerant_json('结论 {"a": "含}括号的字符串", "b": [1, 2,],} 完毕') == {"a": "含}括号的字符串", "b": [1, 2]}
    with pytest.raises(ValueError):
        tolerant_json("我认为通过。")


def test_fail_without_findings_is_invalid() -> None:
    with pytest.raises(ValueError, match="findings"):
        parse_output('{"verdict": "fail", "findings": []}', RuleVerdict)
    assert parse_output('{"verdict": "not_applicable"}', RuleVerdict).verdict == "not_applicable"


def test_schema_has_no_refs() -> None:
    schema = json_schema_for(RuleVerdict)
    assert "$ref" not in str(schema) and "$defs" not in schema
    assert schema["properties"]["verdict"]["enum"] == ["pass", "fail", "not_applicable"]


def test_json_schema_is_requested_and_usage_counted() -> None:
    handle, model = fake_handle(reply(FAIL, input_tokens=321, output_tokens=45))
    usage = Usage()
    result = ask_structured(handle, [HumanMessage("x")], RuleVerdict, usage)
    assert isinstance(result.value, RuleVerdict) and result.attempts == 1
    fmt = model.calls[0][1]["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["schema"]["required"] == ["verdict"]
    assert usage.as_dict()["calls"] == 1 and usage.prompt_tokens == 321 and usage.completion_tokens == 45


def test_invalid_answer_goes_back_once_with_the_reason() -> None:
    handle, model = fake_handle(reply('{"verdict": "maybe"}'), reply(FAIL))
    result = ask_structured(handle, [HumanMessage("x")], RuleVerdict)
    assert result.value is not None and result.attempts == 2
    retry_text = model.calls[1][0][-1].content
    assert "上一次输出无效" in retry_text and "verdict" in retry_text


def test_still_invalid_gives_up_without_a_value() -> None:
    handle, model = fake_handle(reply("通过"), reply('{"verdict": "fail", "findings": []}'))
    result = ask_structured(handle, [HumanMessage("x")], RuleVerdict)
    assert result.value is None and "findings" in result.error and len(model.calls) == 2


def test_server_without_json_schema_steps_down_to_json_mode() -> None:
    err = ValueError("Error code: 400 - response_format json_schema is not supported")
    handle, model = fake_handle(err, reply(FAIL))
    result = ask_structured(handle, [HumanMessage("x")], RuleVerdict)
    assert result.value is not None
    assert model.calls[1][1]["response_format"] == {"type": "json_object"}
    assert handle.structured_mode == "json_mode"


def test_prompt_mode_sends_no_response_format() -> None:
    handle, model = fake_handle(reply("```json\n" + '{"verdict": "pass"}' + "\n```"), mode="prompt")
    assert ask_structured(handle, [HumanMessage("x")], RuleVerdict).value is not None
    assert "response_format" not in model.calls[0][1]


def test_transport_errors_are_retried_then_reported() -> None:
    handle, model = fake_handle(httpx.ConnectError("refused"), reply(FAIL))
    assert ask_structured(handle, [HumanMessage("x")], RuleVerdict).value is not None
    assert len(model.calls) == 2
    handle, model = fake_handle(*[httpx.ReadTimeout("slow")] * 3, max_retries=2)
    with pytest.raises(ModelError, match="超时") as info:
        ask_structured(handle, [HumanMessage("x")], RuleVerdict)
    assert info.value.retryable and len(model.calls) == 3


def test_other_errors_are_not_retried() -> None:
    handle, model = fake_handle(KeyError("boom"), reply(FAIL))
    with pytest.raises(ModelError):
        ask_structured(handle, [HumanMessage("x")], RuleVerdict)
    assert len(model.calls) == 1
