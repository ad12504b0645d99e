"""Fake chat models for LLM tests: replies queued in advance, every request recorded."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatResult
from pydantic import Field

from review_assistant.llm.models import ChatHandle


class RecordingChat(GenericFakeChatModel):
    """GenericFakeChatModel that records (messages, kwargs) and raises queued exceptions."""

    calls: list[tuple[list[BaseMessage], dict[str, Any]]] = Field(default_factory=list)

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        self.calls.append((list(messages), dict(kwargs)))
        item = next(self.messages)
        if isinstance(item, BaseException):
            raise item
        self.messages = _prepend(item, self.messages)
        return super()._generate(messages, stop, run_manager, **kwargs)


def _prepend(item: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield item
    yield from rest


def reply(obj: Any, *, input_tokens: int = 100, output_tokens: int = 20) -> AIMessage:
    text = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)
    return AIMessage(content=text, usage_metadata={"input_tokens": input_tokens, "output_tokens": output_tokens,
                                                   "total_tokens": input_tokens + output_tokens})


def fake_handle(*replies: Any, mode: str = "auto", max_retries: int = 2) -> tuple[ChatHandle, RecordingChat]:
    model = RecordingChat(messages=iter(replies))
    handle = ChatHandle(model, name="fake-model", max_concurrency=1, max_retries=max_retries,
                        structured_output=mode, backoff_s=0.0)
    return handle, model


def always(obj: Any, n: int = 100) -> list[AIMessage]:
    return [reply(obj) for _ in range(n)]
