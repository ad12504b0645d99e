"""Incoming files: keep a content-addressed copy in the home and unpack .zip batches safely.

A .zip of submissions is checked from its central directory before anything is written: member
count, total and per-member uncompressed size, compression ratio, and names (no absolute paths,
no ``..``, no links). Members are written under fresh names, never under the names in the archive.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from review_assistant.errors import DocumentError
from review_assistant.parsing.guard import SUPPORTED
from review_assistant.review.store import private_dir
from review_assistant.settings import LimitSettings

_MB = 1024 * 1024
MAX_ZIP_MEMBERS = 500


@dataclass(frozen=True)
class Incoming:
    """One file to check: where it is on disk and the name the user knows it by."""

    path: Path
    name: str


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def keep_copy(path: Path, uploads_dir: Path) -> tuple[Path, str]:
    """Copy ``path`` to ``uploads_dir/<sha256><suffix>`` (once per content); return it and the hash."""
    digest = sha256_of(path)
    private_dir(uploads_dir)
    target = uploads_dir / f"{digest}{path.suffix.lower()}"
    if not target.exists():
        tmp = target.with_name(target.name + ".part")
        shutil.copyfile(path, tmp)
        tmp.chmod(0o600)
        tmp.replace(target)
    return target, digest


def expand(paths: list[Path], workdir: Path, limits: LimitSettings) -> tuple[list[Incoming], list[DocumentError]]:
    """Files as given, with every .zip replaced by its supported members; bad archives become errors."""
    files: list[Incoming] = []
    errors: list[DocumentError] = []
    for p in paths:
        p = Path(p)
        if p.suffix.lower() != ".zip":
            files.append(Incoming(p, p.name))
            continue
        try:
            members, bad = _unzip(p, workdir, limits)
        except DocumentError as exc:
            errors.append(exc)
            continue
        files.extend(members)
        errors.extend(bad)
    return files, errors


def _unzip(path: Path, workdir: Path, limits: LimitSettings) -> tuple[list[Incoming], list[DocumentError]]:
    if path.stat().st_size > limits.max_upload_mb * _MB:
        raise DocumentError(path, f"压缩包超过 {limits.max_upload_mb:g} MB 上限，请分批上传")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise DocumentError(path, "不是有效的 .zip 压缩包（可能已损坏）") from exc
    with zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_ZIP_MEMBERS:
            raise DocumentError(path, f"压缩包内文件过多（{len(members)} 个，上限 {MAX_ZIP_MEMBERS} 个）")
        total = sum(m.file_size for m in members)
        if total > limits.max_uncompressed_mb * _MB:
            raise DocumentError(path, f"压缩包解压后 {total / _MB:.0f} MB，超过 {limits.max_uncompressed_mb:g} MB 上限")
        chosen: list[tuple[zipfile.ZipInfo, str]] = []
        for m in members:
            name = _member_name(m)
            if name is None:
                raise DocumentError(path, f"压缩包内含不安全的路径或链接“{m.filename}”，已拒绝整个压缩包")
            if m.compress_size and m.file_size / m.compress_size > limits.max_compression_ratio \
                    and m.file_size > _MB:
                raise DocumentError(path, f"压缩包内“{name}”压缩比异常（疑似压缩炸弹），已拒绝")
            if m.file_size > limits.max_upload_mb * _MB:
                raise DocumentError(path, f"压缩包内“{name}”超过 {limits.max_upload_mb:g} MB 上限")
            if not _wanted(name):
                continue  # Office lock files, macOS metadata, unsupported types
            chosen.append((m, name))
        if not chosen:
            raise DocumentError(path, "压缩包内没有可审核的文件（.docx/.pdf/.xlsx/.xls/.et/.md/.txt）")
        out_dir = workdir / f"zip-{sha256_of(path)[:12]}"
        out_dir.mkdir(parents=True, exist_ok=True)
        result: list[Incoming] = []
        bad: list[DocumentError] = []
        for i, (m, name) in enumerate(chosen):
            # One fresh folder per member; inside it the member's own leaf name when that is a plain
            # name, so cross-document findings name the partner file as the user knows it.
            target = out_dir / f"{i:04d}" / _safe_leaf(PurePosixPath(name).name, i)
            target.parent.mkdir(exist_ok=True)
            shown = f"{path.name}/{name}"
            try:
                _copy_limited(zf, m, target, m.file_size)
            except (DocumentError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
                # One damaged or lying member is reported by name; the other members are still checked.
                target.unlink(missing_ok=True)
                why = exc.problem if isinstance(exc, DocumentError) else "无法解压（已损坏或大小与声明不符）"
                bad.append(DocumentError(shown, f"{why}，已跳过该文件"))
                continue
            result.append(Incoming(target, shown))
        return result, bad


def _wanted(name: str) -> bool:
    """A zip member that is checked: a supported type, not an Office lock file or hidden metadata."""
    leaf = PurePosixPath(name).name
    return not leaf.startswith((".", "~$")) and PurePosixPath(leaf).suffix.lower() in SUPPORTED


def upload_size(paths: list[Path]) -> tuple[int, int]:
    """How many documents an upload holds and its size in bytes, before anything is unpacked: a .zip
    counts as the members it would give (from its central directory), an unreadable one as one file."""
    files = size = 0
    for p in paths:
        p = Path(p)
        size += p.stat().st_size if p.is_file() else 0
        if p.suffix.lower() != ".zip":
            files += 1
            continue
        try:
            with zipfile.ZipFile(p) as zf:
                files += max(1, sum(1 for m in zf.infolist() if not m.is_dir() and _wanted(m.filename)))
        except (zipfile.BadZipFile, OSError, ValueError):
            files += 1  # refused by name when it is expanded
    return files, size


def _safe_leaf(leaf: str, index: int) -> str:
    """``leaf`` when it is a plain file name (no separators, no control characters, not too long)."""
    suffix = PurePosixPath(leaf).suffix.lower()
    plain = 0 < len(leaf.encode("utf-8")) <= 180 and leaf not in {".", ".."} and not leaf.startswith(".") \
        and not any(c in leaf for c in '/\\:*?"<>|') and all(c.isprintable() for c in leaf)
    return leaf if plain else f"{index:04d}{suffix}"


def _member_name(m: zipfile.ZipInfo) -> str | None:
    """The member's name when it is a safe relative path to a regular file, else None."""
    name = m.filename.replace("\\", "/")
    if m.flag_bits & 0x800 == 0:
        # Chinese Windows tools write GBK names without the UTF-8 flag; zipfile decoded them as cp437.
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("gbk")
    pp = PurePosixPath(name)
    if pp.is_absolute() or ".." in pp.parts or (pp.parts and pp.parts[0].endswith(":")):
        return None
    mode = m.external_attr >> 16
    if mode and stat.S_ISLNK(mode):
        return None
    return name


def _copy_limited(zf: zipfile.ZipFile, member: zipfile.ZipInfo, target: Path, declared: int) -> None:
    """Copy one member, stopping if it inflates past its declared size (a lying header)."""
    written = 0
    with zf.open(member) as src, target.open("wb") as dst:
        for chunk in iter(lambda: src.read(1 << 16), b""):
            written += len(chunk)
            if written > declared:
                raise DocumentError(target, "压缩包成员实际大小与声明不符")
            dst.write(chunk)
