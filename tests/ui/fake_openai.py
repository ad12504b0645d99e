"""A tiny OpenAI-compatible chat server on 127.0.0.1 for browser tests: every call waits, then answers one JSON verdict.

The workbench's server process is configured with ``llm.provider = openai`` pointing here, so its
model calls are real HTTP calls that take long enough to see the per-rule progress and to press cancel.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class FakeOpenAI:
    delay_s: float
    verdict: dict[str, Any]
    calls: list[dict[str, Any]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def env(self) -> dict[str, str]:
        """Settings for a ``review-assistant serve`` that uses this server as its model."""
        return {"REVIEW_ASSISTANT_LLM__PROVIDER": "openai", "REVIEW_ASSISTANT_LLM__BASE_URL": self.base_url,
                "REVIEW_ASSISTANT_LLM__MODEL": "fake-model", "REVIEW_ASSISTANT_LLM__MAX_CONCURRENCY": "1",
                "REVIEW_ASSISTANT_LLM__USE_SERVER_SLOTS": "false", "REVIEW_ASSISTANT_LLM__MAX_RETRIES": "0",
                "REVIEW_ASSISTANT_LLM__STRUCTURED_OUTPUT": "prompt", "REVIEW_ASSISTANT_LLM__CONTEXT_TOKENS": "4096",
                "REVIEW_ASSISTANT_LLM_API_KEY": "not-a-secret"}

    def start(self) -> FakeOpenAI:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)) or b"{}")
                fake.calls.append(body)
                time.sleep(fake.delay_s)
                content = json.dumps(fake.verdict, ensure_ascii=False)
                reply = {"id": f"c{len(fake.calls)}", "object": "chat.completion", "created": int(time.time()),
                         "model": "fake-model",
                         "choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant", "content": content}}],
                         "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}}
                data = json.dumps(reply, ensure_ascii=False).encode("utf-8")
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                self.send_response(404)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
