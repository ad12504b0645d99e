"""Ingest policy files and folders into the knowledge base.

A file whose bytes (and sidecar) are unchanged since the last ingest is skipped without parsing;
a changed file's chunks replace its old ones; with ``prune`` the documents whose files are gone
are dropped. A bad file gets a Chinese error and the others go on. Embedding happens once, at the
end, for the chunks the vector store does not have yet (and only for texts not in the cache).
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from review_assistant.errors import ConfigError, DocumentError
from review_assistant.kb.chunking import CHUNKER_VERSION, chunk_document
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.meta import Validity, build_registry, document_meta, load_validity_file, sidecar_path
from review_assistant.parsing import sha256_file
from review_assistant.settings import Settings

POLICY_SUFFIXES = frozenset({".docx", ".pdf", ".md", ".markdown", ".txt"})
_SKIP_NAMES = ("readme", "changelog", "license")


@dataclass
class IngestReport:
    """What one ingest run did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)
    chunks_written: int = 0
    vectors_added: int = 0
    vectors_removed: int = 0
    embedded: int = 0
    embed_seconds: float = 0.0
    model_seconds: float = 0.0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        """One Chinese line for the person at the terminal."""
        parts = [
            f"新增 {len(self.added)} 个文件",
            f"更新 {len(self.updated)} 个",
            f"未变 {len(self.unchanged)} 个",
        ]
        if self.removed:
            parts.append(f"移除 {len(self.removed)} 个")
        if self.errors:
            parts.append(f"失败 {len(self.errors)} 个")
        parts.append(f"写入片段 {self.chunks_written} 个，新计算向量 {self.embedded} 个，用时 {self.seconds:.1f} 秒")
        return "知识库入库完成：" + "，".join(parts) + "。"


def collect_files(paths: list[Path]) -> tuple[list[Path], list[DocumentError]]:
    """Policy files under ``paths`` (folders recursively), in a stable order; errors for bad arguments."""
    files: list[Path] = []
    errors: list[DocumentError] = []
    for p in paths:
        if p.is_dir():
            files.extend(
                f for f in sorted(p.rglob("*"))
                if f.is_file() and f.suffix.lower() in POLICY_SUFFIXES
                and not f.name.lower().startswith(_SKIP_NAMES) and not f.name.startswith(".")
            )
        elif p.is_file():
            if p.suffix.lower() in POLICY_SUFFIXES:
                files.append(p)
            else:
                errors.append(DocumentError(p, "不支持的政策文件格式，请使用 .docx、.pdf、.md 或 .txt"))
        else:
            errors.append(DocumentError(p, "文件或目录不存在"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        r = f.resolve()
        if r not in seen:
            seen.add(r)
            unique.append(f)
    return unique, errors


def content_hash(path: Path, max_chars: int) -> str:
    """Hash of the file, its sidecar and the chunking rules: changing any of them re-ingests the document."""
    side = sidecar_path(path)
    side_hash = hashlib.sha256(side.read_bytes()).hexdigest() if side.is_file() else "-"
    key = f"{sha256_file(path)}:{side_hash}:{CHUNKER_VERSION}:{max_chars}"
    return hashlib.sha256(key.encode()).hexdigest()


def ingest(
    paths: list[Path],
    settings: Settings,
    *,
    prune: bool = False,
    kb: KnowledgeBase | None = None,
    show_progress: bool | None = None,
    say: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest ``paths`` into the knowledge base of ``settings`` and sync both indexes.

    ``say`` receives one Chinese line per step (what is being done now), for terminals and logs
    where a progress bar is not shown.
    """
    started = time.perf_counter()
    tell = say or (lambda _m: None)
    own_kb = kb is None
    kb = kb or KnowledgeBase(settings)
    report = IngestReport()
    try:
        files, report.errors = collect_files(paths)
        try:
            registry = build_registry(_registry_entries(settings, paths))
        except DocumentError as exc:  # a broken validity.yaml must not stop the ingest
            report.errors.append(exc)
            registry = {}
        refresh: set[str] = set()
        seen: set[str] = set()
        show = sys.stderr.isatty() if show_progress is None else show_progress
        tell(f"第 1/2 步：解析并切分 {len(files)} 份政策文件……")
        with _progress(show) as bar:
            task = bar.add_task("解析政策文件", total=len(files)) if bar else None
            for i, path in enumerate(files, 1):
                if not bar:
                    tell(f"  [{i}/{len(files)}] {path.name}")
                seen.add(str(path.resolve()))
                try:
                    refresh |= _ingest_file(kb, path, settings, registry, report)
                except DocumentError as exc:
                    report.errors.append(exc)
                except OSError as exc:
                    report.errors.append(DocumentError(path, f"无法读取文件（{exc.strerror or exc}）"))
                if bar and task is not None:
                    bar.advance(task)
            if prune:
                _prune(kb, paths, seen, report)
            if report.changed or not kb.vectors_in_sync():
                tell(f"第 2/2 步：加载向量模型，计算 {len(refresh) or kb.manifest.count_chunks()} 个片段的向量并写入检索索引"
                     "（首次运行较慢，请稍候）……")
                etask = bar.add_task("计算向量", total=len(refresh) or kb.manifest.count_chunks()) if bar else None

                def advance(n: int) -> None:
                    if bar and etask is not None:
                        bar.advance(etask, n)

                misses_before = kb.embedder.misses
                t0 = time.perf_counter()
                report.vectors_added, report.vectors_removed = kb.sync(advance, refresh=refresh)
                report.embed_seconds = time.perf_counter() - t0
                report.embedded = kb.embedder.misses - misses_before
                report.model_seconds = kb.embedder.inner_seconds
            else:
                tell("第 2/2 步：向量索引已是最新，无需重算。")
    finally:
        if own_kb:
            kb.close()
    report.seconds = time.perf_counter() - started
    return report


def _ingest_file(
    kb: KnowledgeBase, path: Path, settings: Settings, registry: dict[str, Validity], report: IngestReport
) -> set[str]:
    """Store one file's metadata and chunks unless unchanged; returns the ids of the chunks written."""
    from review_assistant.parsing import parse_file

    key = str(path.resolve())
    digest = content_hash(path, settings.kb.chunk_max_chars)
    old = kb.manifest.document_hash(key)
    if old == digest:
        report.unchanged.append(key)
        return set()
    doc = parse_file(path, settings.limits)
    meta = document_meta(path, doc, registry)
    chunks = chunk_document(
        doc, doc_key=meta.doc_number or meta.title, title=meta.title, max_chars=settings.kb.chunk_max_chars
    )
    if not chunks:
        raise DocumentError(path, "没有切分出任何条款或段落，请检查文件内容")
    twins = kb.manifest.same_document(meta, key)
    live = [t for t in twins if Path(t).exists()]
    if live:
        # Chunk ids derive from the 文号, so two live copies would overwrite each other.
        raise DocumentError(
            path, f"与已入库的 {live[0]} 是同一文件（{meta.doc_number or meta.title}），已跳过；"
            "如需替换，请先用 review-assistant kb remove 移除旧文件",
        )
    with kb.manifest.transaction():
        for moved in twins:  # the same document at a path that no longer exists: a move
            kb.manifest.remove_document(moved)
            report.removed.append(moved)
        kb.manifest.replace_document(key, digest, meta, chunks)
    report.chunks_written += len(chunks)
    (report.updated if old else report.added).append(key)
    return {c.chunk_id for c in chunks}


def _registry_entries(settings: Settings, paths: list[Path]) -> list[Validity]:
    entries = load_validity_file(settings.kb.policies_dir / "validity.yaml")
    for p in paths:
        if p.is_dir() and (p / "validity.yaml").resolve() != (settings.kb.policies_dir / "validity.yaml").resolve():
            entries += load_validity_file(p / "validity.yaml")
    return entries


def _prune(kb: KnowledgeBase, paths: list[Path], seen: set[str], report: IngestReport) -> None:
    roots = [str(p.resolve()) for p in paths if p.is_dir()]
    gone = [
        p for p in kb.manifest.paths()
        if p not in seen and (not Path(p).exists() or any(p.startswith(r.rstrip("/") + "/") for r in roots))
    ]
    if gone:
        with kb.manifest.transaction():
            for p in gone:
                kb.manifest.remove_document(p)
        report.removed.extend(gone)


def remove_documents(settings: Settings, paths: list[Path]) -> list[str]:
    """Drop the documents stored for ``paths`` (files, or every document under a folder)."""
    with KnowledgeBase(settings) as kb:
        keys = [str(p.resolve()) for p in paths]
        stored = kb.manifest.paths()
        gone = [s for s in stored if any(s == k or s.startswith(k.rstrip("/") + "/") for k in keys)]
        if gone:
            with kb.manifest.transaction():
                for p in gone:
                    kb.manifest.remove_document(p)
            kb.sync()
        return gone


def ensure_bundled(settings: Settings, *, show_progress: bool | None = None,
                   say: Callable[[str], None] | None = None) -> IngestReport | None:
    """Ingest the bundled ``kb.policies_dir`` when the knowledge base is empty; None when it was not."""
    if not settings.kb.policies_dir.is_dir():
        raise ConfigError(f"找不到随附政策文件目录（kb.policies_dir = {settings.kb.policies_dir}）：请检查 settings.toml，"
                          "或重新安装 review_assistant。")
    with KnowledgeBase(settings) as kb:
        if kb.manifest.count_chunks() > 0:
            return None
        if say:
            say(f"知识库为空，开始索引随附的政策文件（{settings.kb.policies_dir}）。")
        return ingest([settings.kb.policies_dir], settings, kb=kb, show_progress=show_progress, say=say)


@contextmanager
def _progress(show: bool) -> Iterator[Any]:
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), transient=True,
    ) as bar:
        yield bar
