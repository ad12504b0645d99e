"""Parse an untrusted file in a child process with CPU-time, memory and wall-clock limits.

The child runs the whole guard + parser (:func:`review_assistant.parsing.parse_in_process`), sets
``RLIMIT_CPU`` and ``RLIMIT_AS`` on itself first, and hands back the :class:`ParsedDocument` as JSON
(or the Chinese refusal). The parent waits without holding the GIL, so a server stays responsive.

How the child is made: a single-threaded parent (the CLI) simply forks, which costs a few
milliseconds because the parser modules are shared copy-on-write. A threaded parent (the Gradio
server) must not fork itself — another thread may hold a lock the child would then wait on for ever —
so it forks from a small "fork server" process started once (:func:`warm`), which has the parser
libraries preloaded.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from review_assistant.errors import DocumentError
from review_assistant.parsing.bounds import memory_message, timeout_message
from review_assistant.parsing.model import ParsedDocument
from review_assistant.settings import LimitSettings

_PRELOAD = [
    "review_assistant.parsing",
    "review_assistant.parsing.sandbox",
    "review_assistant.parsing.docx",
    "review_assistant.parsing.pdf",
    "review_assistant.parsing.xlsx",
    "review_assistant.parsing.xls",
    "review_assistant.parsing.html_table",
    "review_assistant.parsing.text",
    "pdfplumber",
    "docx",
    "openpyxl",
    "xlrd",
]
_OK, _ERR = b"D", b"E"
_MB = 1024 * 1024
_lock = threading.Lock()
_forkserver: Any = None
_parse_slots: threading.BoundedSemaphore | None = None


def parse_bounded(path: Path, limits: LimitSettings) -> ParsedDocument:
    """Parse ``path`` in a limited child; raise :class:`DocumentError` naming the file on any refusal."""
    with _slots(limits.parse_workers):
        return _parse_in_child(path, limits)


def _slots(count: int) -> threading.BoundedSemaphore:
    """The process-wide semaphore that caps parses running at once (sized on first use)."""
    global _parse_slots
    with _lock:
        if _parse_slots is None:
            _parse_slots = threading.BoundedSemaphore(max(1, count))
        return _parse_slots


def _parse_in_child(path: Path, limits: LimitSettings) -> ParsedDocument:
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(sender, str(path), limits.model_dump(mode="json")), daemon=True)
    try:
        # Ctrl+C is held while the process forks: a KeyboardInterrupt raised inside the fork's own handlers
        # (logging's lock release runs there) is printed and then ignored, and the batch would go on.
        with interrupts_held():
            proc.start()
    except OSError as exc:  # fork refused (no memory, process limit): say so rather than parse unbounded
        receiver.close()
        sender.close()
        raise DocumentError(path, f"服务器暂时无法启动解析进程（{exc.strerror or exc}），请稍后重试") from exc
    except KeyboardInterrupt:  # delivered as soon as it is no longer held: the child is not needed
        receiver.close()
        sender.close()
        if proc.pid is not None and proc.is_alive():
            proc.kill()
            proc.join(5)
        raise
    sender.close()
    try:
        payload = _receive(receiver, limits.parse_timeout_s)
    finally:
        receiver.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if payload is None:
        raise DocumentError(path, _death_message(proc.exitcode, limits))
    if payload[:1] == _ERR:
        raise DocumentError(path, payload[1:].decode("utf-8"))
    return ParsedDocument.model_validate_json(payload[1:])


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl+C in the main thread inside the block; pressed meanwhile, it is raised on leaving it.

    The Python-level handler is swapped for one that only records the press: a signal mask on the main thread would
    not do, as the OS may hand a process-directed SIGINT to any thread that does not block it (numpy's OpenBLAS
    workers), and Python then raises KeyboardInterrupt in the main thread wherever it is, inside the fork's handlers
    included, where it is printed and lost.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
        if pressed:
            _deliver_interrupt(previous)


def _deliver_interrupt(handler: Any) -> None:
    """Run what SIGINT would have run: Python's handler (KeyboardInterrupt) or the program's own; the default
    action (terminate) by sending it again now that the program's handler is back."""
    if callable(handler):
        handler(signal.SIGINT, None)
    elif handler in (signal.SIG_DFL, None):
        os.kill(os.getpid(), signal.SIGINT)


def warm() -> None:
    """Start the fork server now (a server calls this at start, so the first upload does not wait)."""
    global _forkserver
    with _lock:
        if _forkserver is None:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(_PRELOAD)
            from multiprocessing import forkserver

            forkserver.ensure_running()
            _forkserver = ctx


def _context() -> Any:
    if _forkserver is not None or threading.active_count() > 1:
        warm()
        return _forkserver
    return multiprocessing.get_context("fork")


def _receive(conn: Connection, timeout: float) -> bytes | None:
    deadline = time.monotonic() + timeout
    try:
        if not conn.poll(max(deadline - time.monotonic(), 0.0)):
            return None
        return conn.recv_bytes()
    except (EOFError, OSError):  # the child died before (or while) answering
        return None


def _death_message(exitcode: int | None, limits: LimitSettings) -> str:
    if exitcode is None or exitcode in (-signal.SIGKILL, -signal.SIGXCPU):
        return timeout_message(limits)
    if exitcode in (3, -signal.SIGSEGV, -signal.SIGABRT, -signal.SIGBUS):
        # C parsers (lxml, zlib) that cannot allocate any more memory end this way.
        return memory_message(limits)
    return f"文件解析进程异常退出（代码 {exitcode}），已拒绝；请用原软件重新导出后再上传"


def _limit_self(limits: LimitSettings) -> int:
    cpu = max(1, int(limits.parse_cpu_s))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    # The child starts with the parent's address space; the limit is what the parse may add to it.
    with open("/proc/self/statm", "rb") as fh:
        current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    budget = current + int(limits.parse_memory_mb) * _MB
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = budget if hard == resource.RLIM_INFINITY else min(budget, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    return soft


def _at_limit(budget: int) -> bool:
    """Whether this process's peak address space came within 32 MB of ``budget``."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024 >= budget - 32 * _MB
    except OSError:
        pass
    return False


def _out_of_memory(exc: BaseException) -> bool:
    seen = 0
    cur: BaseException | None = exc
    while cur is not None and seen < 20:
        if isinstance(cur, MemoryError):
            return True
        cur, seen = cur.__cause__ or cur.__context__, seen + 1
    return False


def _quiet() -> None:
    """Send the child's stderr to /dev/null: a library crashing under the memory limit prints its own
    backtrace (pydantic's Rust core does), which must not reach the user's terminal."""
    import faulthandler

    faulthandler.disable()  # it may write to a copy of the parent's stderr (pytest enables it)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _child(conn: Connection, path: str, limits_data: dict[str, Any]) -> None:
    """Runs in the child: limit itself, parse, send one message, exit."""
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)  # the parent held it while it forked
        _quiet()
        limits = LimitSettings.model_validate(limits_data)
        budget = _limit_self(limits)
        from review_assistant.parsing import parse_in_process

        try:
            doc = parse_in_process(Path(path), limits)
            payload = _OK + doc.model_dump_json().encode("utf-8")
        except DocumentError as exc:
            # C code that hits the address-space limit fails in many ways (SystemError, lxml errors);
            # a failure at the limit is the limit.
            problem = memory_message(limits) if _at_limit(budget) else exc.problem
            payload = _ERR + problem.encode("utf-8")
        except MemoryError:
            payload = _ERR + memory_message(limits).encode("utf-8")
        conn.send_bytes(payload)
    except BaseException as exc:  # never print a traceback from the child; the parent reports the exit code
        os._exit(3 if _out_of_memory(exc) else 4)
    finally:
        conn.close()
