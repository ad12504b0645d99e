"""Model factory: settings → LangChain models, with the token limit llama.cpp and vLLM honour."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage

from review_assistant.errors import ConfigError
from review_assistant.llm.models import ChatHandle, make_chat_model, make_embeddings
from review_assistant.settings import load_settings


def test_openai_compatible_sends_both_token_limits(_isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_KEY", "sk-test")
    s = load_settings(_isolated_home, llm={"provider": "openai", "model": "qwen2.5-7b-instruct", "max_tokens": 333,
                                           "base_url": "http://127.0.0.1:8000/v1", "api_key_env": "MY_KEY",
                                           "timeout_s": 7})
    model = make_chat_model(s)
    payload = model._get_request_payload([HumanMessage("hi")])  # type: ignore[attr-defined]
    assert payload["max_completion_tokens"] == 333 and payload["extra_body"] == {"max_tokens": 333}
    assert payload["temperature"] == 0
    assert model.request_timeout == 7 and model.max_retries == 0  # type: ignore[attr-defined]
    assert model.openai_api_key.get_secret_value() == "sk-test"  # type: ignore[attr-defined]
    handle = ChatHandle.from_settings(s)
    assert handle.name == "qwen2.5-7b-instruct" and handle.structured_mode == "json_schema"
    # response_format rides in the body beside max_tokens (LangChain's parse() path would lose usage).
    kwargs = handle.format_kwargs({"type": "json_object"})
    assert kwargs == {"extra_body": {"max_tokens": 333, "response_format": {"type": "json_object"}}}
    payload = model._get_request_payload([HumanMessage("hi")], **kwargs)  # type: ignore[attr-defined]
    assert "response_format" not in payload and payload["extra_body"]["response_format"]["type"] == "json_object"


def test_ollama(_isolated_home: Path) -> None:
    s = load_settings(_isolated_home, llm={"provider": "ollama", "model": "qwen2.5:7b", "max_tokens": 200,
                                           "base_url": "http://127.0.0.1:11434"})
    model = make_chat_model(s)
    assert model.num_predict == 200 and model.temperature == 0  # type: ignore[attr-defined]


def test_configuration_errors_say_how_to_fix(_isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="provider"):
        make_chat_model(load_settings(_isolated_home))
    with pytest.raises(ConfigError, match="model"):
        make_chat_model(load_settings(_isolated_home, llm={"provider": "openai"}))
    monkeypatch.delenv("REVIEW_ASSISTANT_LLM_API_KEY", raising=False)
    with pytest.raises(ConfigError, match="REVIEW_ASSISTANT_LLM_API_KEY"):
        make_chat_model(load_settings(_isolated_home, llm={"provider": "openai", "model": "deepseek-chat"}))


def test_embeddings_do_not_need_tiktoken(_isolated_home: Path) -> None:
    s = load_settings(_isolated_home, kb={"embedder": "openai", "embed_base_url": "http://127.0.0.1:8001/v1"})
    emb = make_embeddings(s)
    assert emb.check_embedding_ctx_length is False  # type: ignore[attr-defined]


def test_cold_check_never_imports_langchain(tmp_path: Path) -> None:
    sample = Path(__file__).with_name("sample_sheet.md")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from review_assistant.review.pipeline import check_paths, CheckOptions\n"
        "from review_assistant.settings import load_settings\n"
        f"r = check_paths([Path({str(sample)!r})], load_settings({str(tmp_path)!r}), CheckOptions())[0]\n"
        "assert any('未运行' in n for n in r.notes), r.notes\n"
        "print(sorted(m for m in sys.modules if m.startswith(('langchain', 'openai'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
