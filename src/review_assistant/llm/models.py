"""Chat (and embedding) models from settings, behind one small handle.

The handle adds what every caller needs and LangChain leaves to us: a concurrency bound shared by
all calls of one review, retries on transport errors only (a bad answer is never retried here: the
structured-output layer decides about that, with the reason), usage accounting, and a Chinese
error that says how to fix the configuration.

LangChain is imported inside functions, so importing this module costs nothing.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from review_assistant.errors import ConfigError, ModelError
from review_assistant.settings import LLMSettings, Settings

if TYPE_CHECKING:  # pragma: no cover
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import AIMessage, BaseMessage


@dataclass
class Usage:
    """Calls and tokens of one review (or one answer), for the cost figures in ``CheckResult.meta``."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    failed_calls: int = 0
    looped_calls: int = 0
    seconds: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, message: Any, seconds: float) -> None:
        meta = getattr(message, "usage_metadata", None) or {}
        with self._lock:
            self.calls += 1
            self.prompt_tokens += int(meta.get("input_tokens") or 0)
            self.completion_tokens += int(meta.get("output_tokens") or 0)
            self.seconds += seconds

    def failed(self) -> None:
        with self._lock:
            self.failed_calls += 1

    def looped(self) -> None:
        """An answer that repeated itself: a failed call (its tokens were already counted)."""
        with self._lock:
            self.looped_calls += 1
            self.failed_calls += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "calls": self.calls,
            "failed_calls": self.failed_calls,
            "looped_calls": self.looped_calls,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "seconds": round(self.seconds, 2),
        }


def api_key(cfg: LLMSettings) -> str | None:
    return os.environ.get(cfg.api_key_env) or None


def make_chat_model(settings: Settings) -> BaseChatModel:
    """A LangChain chat model for ``settings.llm`` (temperature 0, timeout, token limit, no SDK retries)."""
    cfg = settings.llm
    if cfg.provider == "none":
        raise ConfigError("未配置大模型（llm.provider=none）：在 settings.toml 的 [llm] 中设置 provider、base_url 和 model。")
    if not cfg.model:
        raise ConfigError("未设置模型名：在 settings.toml 的 [llm] 中设置 model，例如 model = \"qwen2.5-7b-instruct\"。")
    if cfg.provider == "openai":
        from langchain_openai import ChatOpenAI

        key = api_key(cfg)
        if key is None and not cfg.base_url:
            raise ConfigError(
                f"未找到大模型密钥：请设置环境变量 {cfg.api_key_env}，或在 [llm] 中设置 base_url 指向本地服务。"
            )
        # ChatOpenAI sends only ``max_completion_tokens``; llama.cpp (and older vLLM) read ``max_tokens``,
        # so the limit is repeated in the body or the server would generate until its own limit.
        extra_body: dict[str, Any] = {"max_tokens": cfg.max_tokens} if cfg.send_max_tokens else {}
        if cfg.cache_prompt:  # llama.cpp: reuse the KV cache of the shared prefix (system prompt, rule text)
            extra_body["cache_prompt"] = True
        return ChatOpenAI(
            model=cfg.model,
            base_url=cfg.base_url,
            api_key=key or "not-needed",
            temperature=cfg.temperature,
            max_tokens=cfg.max_tokens,
            timeout=cfg.timeout_s,
            max_retries=0,  # transport retries happen in ChatHandle, where they are counted
            extra_body=extra_body or None,
            stream_usage=True,
        )
    if cfg.provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(
            model=cfg.model,
            base_url=cfg.base_url,
            temperature=cfg.temperature,
            num_predict=cfg.max_tokens,
            num_ctx=cfg.context_tokens,
            client_kwargs={"timeout": cfg.timeout_s},
        )
    raise ConfigError(f"llm.provider 取值“{cfg.provider}”无效，可选：none、openai、ollama。")


def make_embeddings(settings: Settings) -> Embeddings:
    """An OpenAI-compatible embedding endpoint from ``[kb]`` (embedder = "openai")."""
    from langchain_openai import OpenAIEmbeddings

    kb = settings.kb
    if not kb.embed_base_url:
        raise ConfigError("未设置向量接口地址：在 settings.toml 的 [kb] 中设置 embed_base_url。")
    kwargs: dict[str, Any] = {
        "model": kb.embed_model,
        "base_url": kb.embed_base_url,
        "api_key": os.environ.get(kb.embed_api_key_env) or "not-needed",
        # The default length check loads a tiktoken encoding, which is not available offline.
        "check_embedding_ctx_length": False,
        "timeout": settings.llm.timeout_s,
        "max_retries": settings.llm.max_retries,
    }
    return OpenAIEmbeddings(**kwargs)


def server_slots(base_url: str, timeout_s: float = 2.0) -> int | None:
    """Parallel slots of a llama.cpp server (``GET /props`` → ``total_slots``); None for other servers."""
    import json
    import urllib.request

    root = base_url.rstrip("/")
    root = root[: -len("/v1")] if root.endswith("/v1") else root
    try:
        with urllib.request.urlopen(f"{root}/props", timeout=timeout_s) as resp:
            data = json.loads(resp.read(1_000_000))
    except (OSError, ValueError):
        return None
    slots = data.get("total_slots") if isinstance(data, dict) else None
    return slots if isinstance(slots, int) and slots > 0 else None


def is_transport_error(exc: BaseException) -> bool:
    """Errors worth retrying: the request did not get a real answer (connection, timeout, 429, 5xx)."""
    try:
        import openai
    except ImportError:  # pragma: no cover
        openai = None  # type: ignore[assignment]
    if openai is not None and isinstance(
        exc, openai.APIConnectionError | openai.RateLimitError | openai.InternalServerError
    ):
        return True
    try:
        import httpx
    except ImportError:  # pragma: no cover
        return isinstance(exc, ConnectionError | TimeoutError)
    if isinstance(exc, httpx.TransportError | ConnectionError | TimeoutError):
        return True
    status = getattr(exc, "status_code", None)
    return isinstance(status, int) and (status == 429 or status >= 500)


def is_timeout(exc: BaseException) -> bool:
    try:
        import httpx
        import openai
    except ImportError:  # pragma: no cover
        return isinstance(exc, TimeoutError)
    return isinstance(exc, openai.APITimeoutError | httpx.TimeoutException | TimeoutError)


class ChatHandle:
    """One configured model: bounded concurrency, transport retries, usage accounting."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        name: str,
        provider: str = "openai",
        max_concurrency: int = 2,
        max_retries: int = 2,
        structured_output: str = "auto",
        backoff_s: float = 0.5,
    ) -> None:
        self.model = model
        self.name = name
        self.provider = provider
        self.max_retries = max(0, max_retries)
        self.backoff_s = backoff_s
        self._concurrency = max(1, max_concurrency)
        self._slots = threading.BoundedSemaphore(self._concurrency)
        self.send_max_tokens = False
        # "auto" starts at json_schema and steps down when the server rejects it (remembered per handle).
        self.structured_mode = "json_schema" if structured_output == "auto" else structured_output
        self.auto_downgrade = structured_output == "auto"

    @classmethod
    def from_settings(cls, settings: Settings) -> ChatHandle:
        cfg = settings.llm
        concurrency = cfg.max_concurrency
        if cfg.use_server_slots and cfg.provider == "openai" and cfg.base_url:
            slots = server_slots(cfg.base_url)
            if slots:
                concurrency = max(1, min(concurrency, slots))
        handle = cls(
            make_chat_model(settings),
            name=cfg.model,
            provider=cfg.provider,
            max_concurrency=concurrency,
            max_retries=cfg.max_retries,
            structured_output=cfg.structured_output,
        )
        handle.send_max_tokens = cfg.send_max_tokens
        return handle

    @property
    def concurrency(self) -> int:
        return self._concurrency

    def format_kwargs(self, response_format: dict[str, Any] | None, *, max_tokens: int | None = None) -> dict[str, Any]:
        """Call arguments asking for ``response_format`` (and, for llama.cpp/vLLM, a lower token cap).

        For OpenAI-compatible servers it travels in the request body (``extra_body``), next to the
        model's own extra fields: given as a call argument, LangChain switches to the SDK's
        ``parse()``, which raises on a truncated answer and loses its token usage. A per-rule
        ``max_tokens`` goes in the body too (servers that read only ``max_completion_tokens`` keep
        the global ``llm.max_tokens``).
        """
        body: dict[str, Any] = {}
        if response_format is not None:
            body["response_format"] = response_format
        cap_in_body = max_tokens is not None and self.send_max_tokens
        if self.provider == "openai" and hasattr(self.model, "extra_body"):
            if cap_in_body:
                body["max_tokens"] = max_tokens
            if not body:
                return {}
            return {"extra_body": {**(getattr(self.model, "extra_body", None) or {}), **body}}
        return body

    def invoke(self, messages: Sequence[BaseMessage], usage: Usage | None = None, **kwargs: Any) -> AIMessage:
        """Call the model once (retrying transport errors); raises ModelError when it cannot answer."""
        attempt = 0
        while True:
            start = time.monotonic()
            try:
                with self._slots:
                    message = self.model.invoke(list(messages), **kwargs)
            except Exception as exc:
                if usage is not None:
                    usage.failed()
                if is_transport_error(exc) and attempt < self.max_retries:
                    attempt += 1
                    time.sleep(self.backoff_s * 2 ** (attempt - 1))
                    continue
                raise self._model_error(exc) from exc
            if usage is not None:
                usage.add(message, time.monotonic() - start)
            return message

    def stream(self, messages: Sequence[BaseMessage], usage: Usage | None = None, **kwargs: Any) -> Iterator[str]:
        """Stream the answer's text. Transport errors before the first chunk are retried.

        An answer that starts repeating itself is stopped there and raises ModelError (a failed
        call, never an answer).
        """
        from review_assistant.llm.repetition import looping_tail

        attempt = 0
        while True:
            start = time.monotonic()
            got_any = False
            total: Any = None
            text_so_far = ""
            try:
                with self._slots:
                    for chunk in self.model.stream(list(messages), **kwargs):
                        total = chunk if total is None else total + chunk
                        text = chunk.content if isinstance(chunk.content, str) else ""
                        if text:
                            got_any = True
                            text_so_far += text
                            if len(text_so_far) >= 48 and looping_tail(text_so_far):
                                break
                            yield text
            except Exception as exc:
                if usage is not None:
                    usage.failed()
                if is_transport_error(exc) and not got_any and attempt < self.max_retries:
                    attempt += 1
                    time.sleep(self.backoff_s * 2 ** (attempt - 1))
                    continue
                raise self._model_error(exc) from exc
            if usage is not None:
                usage.add(total, time.monotonic() - start)
            if got_any and looping_tail(text_so_far):
                if usage is not None:
                    usage.looped()
                raise ModelError(f"大模型 {self.name} 的输出陷入重复循环，已中止，本次回答未采用。")
            return

    def _model_error(self, exc: BaseException) -> ModelError:
        if is_timeout(exc):
            return ModelError(f"大模型 {self.name} 响应超时（可调大 llm.timeout_s）。", retryable=True)
        if is_transport_error(exc):
            return ModelError(f"无法连接大模型服务 {self.name}：{type(exc).__name__}（检查 llm.base_url 与服务状态）。",
                              retryable=True)
        return ModelError(f"大模型 {self.name} 调用失败：{type(exc).__name__}: {str(exc)[:200]}")
