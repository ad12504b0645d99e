"""Policy document metadata and the validity registry.

Metadata comes from a sidecar ``NAME.meta.yaml`` when there is one, otherwise from the text itself
(title, 文号, issuing body, date). The validity registry merges ``validity.yaml`` in the policies
folder with the statuses of the ingested documents; :func:`lookup_validity` answers from those two
files alone (YAML and SQLite), so report checks can call it without loading any model.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, ValidationError

from review_assistant.errors import DocumentError
from review_assistant.parsing.docnumbers import DOC_NUMBER, normalize_doc_number
from review_assistant.parsing.model import BlockKind, ParsedDocument
from review_assistant.settings import Settings

Level = Literal["中央", "省", "市", "区", "单位"]
Status = Literal["有效", "已废止", "已修订"]
STATUSES: tuple[str, ...] = ("有效", "已废止", "已修订")

_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISSUER = re.compile(r"^(?:发文机关|发文单位|印发机关)[：:]\s*(.+)$")
_DATE_LINE = re.compile(r"^(?:发布日期|印发日期|成文日期)[：:]")
SIDECAR_SUFFIX = ".meta.yaml"


class DocMeta(BaseModel):
    """What the knowledge base knows about one policy document."""

    title: str = Field(description="文件标题，不带书名号")
    doc_number: str | None = Field(None, description="文号，如 财预〔2020〕10号")
    issuer: str | None = Field(None, description="发文机关")
    level: Level | None = Field(None, description="层级：中央/省/市/区/单位")
    effective: str | None = Field(None, description="施行或发布日期 YYYY-MM-DD")
    status: Status = Field("有效", description="效力状态")
    replaced_by: str | None = Field(None, description="替代它的文件文号")
    sample: bool = Field(False, description="虚构示例文件")
    notes: bool = Field(False, description="学习笔记，不是官方原文")


class Validity(BaseModel):
    """A document's validity as the registry knows it."""

    doc_number: str | None = None
    title: str = ""
    status: Status = "有效"
    replaced_by: str | None = None
    note: str = ""


def _title_key(text: str) -> str:
    return "".join(text.split()).strip("《》")


def sidecar_path(path: Path) -> Path:
    """``x.docx`` → ``x.meta.yaml`` in the same folder."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[str, Any] | None:
    """The sidecar's mapping, None when there is none; a broken sidecar is a DocumentError."""
    side = sidecar_path(path)
    if not side.is_file():
        return None
    try:
        data = yaml.safe_load(side.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DocumentError(side, f"元数据文件不是有效的 YAML（{type(exc).__name__}），请检查缩进和冒号") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DocumentError(side, "元数据文件应为“键: 值”形式的映射")
    return data


def document_meta(path: Path, doc: ParsedDocument, registry: dict[str, Validity] | None = None) -> DocMeta:
    """Metadata for ``doc``: the sidecar's keys first, then what the text says, then the registry."""
    guessed = _from_text(doc)
    side = read_sidecar(path) or {}
    merged: dict[str, Any] = {**guessed, **{k: v for k, v in side.items() if v is not None or k == "replaced_by"}}
    if merged.get("doc_number"):
        merged["doc_number"] = normalize_doc_number(str(merged["doc_number"]))
    if merged.get("effective") is not None:
        merged["effective"] = str(merged["effective"])
    if "status" not in side and registry:
        known = registry.get(merged.get("doc_number") or "") or registry.get(_title_key(merged.get("title", "")))
        if known:
            merged["status"], merged["replaced_by"] = known.status, known.replaced_by
    merged.setdefault("title", path.stem)
    try:
        return DocMeta.model_validate(merged)
    except ValidationError as exc:
        problems = "；".join(f"{'.'.join(map(str, e['loc']))}：{e['msg']}" for e in exc.errors()[:3])
        raise DocumentError(sidecar_path(path), f"元数据取值无效（{problems}）") from exc


def _from_text(doc: ParsedDocument) -> dict[str, Any]:
    """Title, 文号, issuer and date read from the first blocks of the document."""
    out: dict[str, Any] = {}
    head = [b for b in doc.blocks[:15] if b.kind != BlockKind.TABLE and b.text.strip()]
    title = pick_title(doc)
    if title:
        out["title"] = title
    for b in head:
        text = b.text.strip()
        if "doc_number" not in out and (m := DOC_NUMBER.search(text)) and len(text) <= 60:
            out["doc_number"] = normalize_doc_number(m.group(0))
        if "issuer" not in out and (m := _ISSUER.match(text)):
            out["issuer"] = m.group(1).strip()
        if "effective" not in out and (m := _DATE.search(text)) and (_DATE_LINE.match(text) or len(text) <= 40):
            out["effective"] = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    if out.get("issuer"):
        out["level"] = _level_of(out["issuer"])
    return {k: v for k, v in out.items() if v is not None}


# Lines at the top of a file that describe it rather than name it.
_NOTE_LINE = re.compile(r"^(示例文本|样例|学习笔记|说明|注|备注|文号|发文机关|发文单位|发布日期|印发日期|成文日期|施行日期|附件\s*\d*)\s*[：:]?")
_NOTICE = re.compile(r"(?:关于)?(?:印发|转发|发布|修订)?《([^》]{4,60})》(?:的)?(?:通知|公告|决定)?")
_TITLE_MAX = 60


def pick_title(doc: ParsedDocument) -> str | None:
    """The document's real title: not a note (示例文本…), a 文号 or date line, or the 印发通知 around it.

    "关于印发《X办法》的通知" names the policy X; a line that is only 文号 and date names nothing.
    Headings are preferred; otherwise the first short paragraph that is not such a line.
    """
    blocks = [b for b in doc.blocks[:15] if b.kind != BlockKind.TABLE and b.text.strip()]
    candidates = ([doc.title] if doc.title else []) + [b.text for b in blocks if b.kind == BlockKind.HEADING] + [
        b.text for b in blocks if b.kind == BlockKind.PARAGRAPH]
    for raw in candidates:
        text = " ".join(raw.split()).strip()
        if not text or _NOTE_LINE.match(text) or text.endswith(("。", "；")):
            continue
        notice = _NOTICE.search(text)
        if notice and ("通知" in text or "印发" in text or "转发" in text):
            return notice.group(1).strip()
        if DOC_NUMBER.search(text) and len(DOC_NUMBER.sub("", text).strip(" 　（）()")) <= 14:
            continue  # "财预〔2020〕10号 2020年2月25日": a number and a date
        if _DATE.fullmatch(text.strip()) or len(text) > _TITLE_MAX:
            continue
        return text.strip("《》")
    return None


def _level_of(issuer: str) -> str | None:
    if any(k in issuer for k in ("中共中央", "国务院", "财政部", "全国人")):
        return "中央"
    for suffix, level in (("省", "省"), ("自治区", "省"), ("市", "市"), ("区", "区"), ("县", "区")):
        if suffix in issuer:
            return level
    return None


# ---- the validity registry -------------------------------------------------------------------


def load_validity_file(path: Path) -> list[Validity]:
    """Entries of a ``validity.yaml`` (a list of mappings); a missing file is an empty registry."""
    if not path.is_file():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as exc:
        raise DocumentError(path, f"效力登记表不是有效的 YAML（{type(exc).__name__}）") from exc
    if not isinstance(data, list):
        raise DocumentError(path, "效力登记表应为列表，每项含 doc_number、title、status、replaced_by")
    entries: list[Validity] = []
    for item in data:
        if not isinstance(item, dict):
            continue
        item = {k: v for k, v in item.items() if v is not None}
        if item.get("doc_number"):
            item["doc_number"] = normalize_doc_number(str(item["doc_number"]))
        if item.get("replaced_by"):
            item["replaced_by"] = normalize_doc_number(str(item["replaced_by"]))
        try:
            entries.append(Validity.model_validate(item))
        except ValidationError as exc:
            raise DocumentError(path, f"效力登记表条目“{item.get('doc_number', '')}”取值无效：{exc.errors()[0]['msg']}") from exc
    return entries


def build_registry(entries: list[Validity]) -> dict[str, Validity]:
    """Index entries by normalised 文号 and by title; later entries win."""
    registry: dict[str, Validity] = {}
    for e in entries:
        if e.doc_number:
            registry[e.doc_number] = e
        if e.title:
            registry[_title_key(e.title)] = e
    return registry


def _manifest_entries(manifest: Path) -> list[Validity]:
    if not manifest.is_file():
        return []
    try:
        con = sqlite3.connect(f"file:{manifest}?mode=ro", uri=True)
        try:
            rows = con.execute("SELECT doc_number, title, status, replaced_by FROM documents").fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return []
    return [Validity(doc_number=r[0], title=r[1] or "", status=r[2] or "有效", replaced_by=r[3]) for r in rows]


@lru_cache(maxsize=8)
def _registry_for(validity_file: Path, manifest: Path, stamp: tuple[float, float]) -> dict[str, Validity]:
    # Ingested documents first, so the hand-kept registry (with its notes) has the last word.
    return build_registry(_manifest_entries(manifest) + load_validity_file(validity_file))


def registry_for(settings: Settings) -> dict[str, Validity]:
    """The merged registry of ``settings`` (cached until either file changes)."""
    validity_file = settings.kb.policies_dir / "validity.yaml"
    manifest = settings.kb_manifest_path
    stamp = tuple(p.stat().st_mtime if p.exists() else 0.0 for p in (validity_file, manifest))
    return _registry_for(validity_file, manifest, (stamp[0], stamp[1]))


def lookup_validity(doc_number_or_title: str, settings: Settings) -> Validity | None:
    """Validity of a document named by its 文号 (any bracket style) or its title; None when unknown."""
    registry = registry_for(settings)
    key = doc_number_or_title.strip()
    if DOC_NUMBER.search(key):
        return registry.get(normalize_doc_number(key))
    return registry.get(_title_key(key))
