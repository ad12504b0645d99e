"""Checking and storing submissions: one batch through the engine, one review per document."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from review_assistant import __version__
from review_assistant.engine import Checked, LLMProgressCallback, Progress
from review_assistant.errors import InputError, Interrupted, os_reason
from review_assistant.parsing.model import normalize_ws
from review_assistant.review import audit, repo, users
from review_assistant.review.records import BatchItem, count_findings, finding_row
from review_assistant.review.results import CheckResult
from review_assistant.review.uploads import keep_copy, upload_size
from review_assistant.service.base import ServiceBase


class Checking(ServiceBase):
    def check_files(self, user: users.User, paths: Sequence[Path], *, purpose: str = "review",
                    progress: Progress | None = None, use_llm: bool | None = None,
                    names: Sequence[str] | None = None, llm_progress: LLMProgressCallback | None = None,
                    cancel: threading.Event | None = None) -> list[BatchItem]:
        """Check files (or .zip batches) as ONE batch, store one review per document, one item per file.

        ``progress`` also gets a line per rule put to the model; ``llm_progress`` the runner's events.
        Setting ``cancel`` stops the model's calls: the batch is still stored with every rule finding
        and every verified LLM finding, and each review's notes name the rules not judged."""
        self._require_check(user, purpose)
        self._admit_upload(user, list(paths), purpose, names)
        say = progress or (lambda _f, _m: None)
        with self.engine.batch(paths, names=names, use_llm=use_llm, progress=say, llm_progress=llm_progress,
                               cancel=cancel) as checked:
            say(0.9, "正在保存审核记录…")
            items = self._save_batch(user, checked, purpose)
        say(1.0, "审核完成")
        return items

    def _admit_upload(self, user: users.User, paths: list[Path], purpose: str,
                      names: Sequence[str] | None) -> None:
        """Per-role caps on one upload (files, total MB) and a per-account rate; administrators (and the
        command line, which acts as one) are not capped. An admitted upload is written to the audit log,
        which is also what the rate counts, so every server over one database counts the same uploads."""
        if user.role == "admin":
            return
        lim = self.settings.limits
        max_files, max_mb = (lim.unit_max_files, lim.unit_max_upload_mb) if user.role == "unit" \
            else (lim.reviewer_max_files, lim.reviewer_max_upload_mb)
        files, size = upload_size(paths)
        if size > max_mb * 1024 * 1024:
            raise InputError(f"本次上传共 {size / 1024 / 1024:.1f} MB，超过{users.ROLE_ZH[user.role]}账号每次上传 "
                             f"{max_mb:g} MB 的上限，请分批上传。")
        if files > max_files:
            raise InputError(f"本次上传共 {files} 份文件（压缩包按其中的文件计），超过{users.ROLE_ZH[user.role]}账号"
                             f"每次上传 {max_files} 份的上限，请分批上传。")
        since = (datetime.now(UTC) - timedelta(seconds=60)).replace(microsecond=0).isoformat()
        with self.store.tx() as conn:
            recent = conn.execute("SELECT count(*) FROM audit WHERE actor = ? AND action = 'upload' AND at > ?",
                                  (user.username, since)).fetchone()[0]
            if recent >= lim.uploads_per_minute:
                raise InputError(f"上传过于频繁：每个账号每分钟最多上传 {lim.uploads_per_minute} 次，请稍后再试。")
            audit.record(conn, user.username, "upload", "batch", purpose, None,
                         {"files": files, "bytes": size, "names": list(names or [Path(p).name for p in paths])[:50]})

    def save_checked(self, user: users.User, checked: Sequence[Checked], *, purpose: str = "review") -> list[int]:
        """Store a batch checked elsewhere (``check --save``); sets ``meta['review_id']`` on each stored one."""
        self._require_check(user, purpose)
        items = self._save_batch(user, checked, purpose)
        return [i.review_id for i in items if i.review_id is not None]

    def _save_batch(self, user: users.User, checked: Sequence[Checked], purpose: str) -> list[BatchItem]:
        ok = [c for c in checked if not c.result.error and c.path is not None]
        batch_id = uuid.uuid4().hex[:12] if len(ok) > 1 else None
        items: list[BatchItem] = []
        try:
            for c in checked:
                if c.result.error or c.path is None:  # refused files are not kept
                    items.append(BatchItem(name=c.name, error=c.result.error or f"{c.name}：无法审核"))
                    continue
                try:
                    stored, digest = keep_copy(c.path, self.settings.uploads_dir)
                except OSError as exc:
                    items.append(BatchItem(name=c.name, error=f"{c.name}：无法保存上传文件（{os_reason(exc)}）"))
                    continue
                item = self._save_result(user, c.name, stored, digest, c.result, purpose, batch_id)
                c.result.meta["review_id"] = item.review_id
                items.append(item)
        except KeyboardInterrupt as exc:  # each review is its own transaction: say which ones are stored
            ids = [i.review_id for i in items if i.review_id is not None]
            saved = f"已保存 {len(ids)} 份（审核编号 {'、'.join(map(str, ids))}）" if ids else "尚未保存任何一份"
            raise Interrupted(f"已中断（Ctrl+C）：{saved}，其余 {len(checked) - len(items)} 份未保存。") from exc
        return items

    def _save_result(self, user: users.User, name: str, stored: Path, digest: str, result: CheckResult,
                     purpose: str, batch_id: str | None) -> BatchItem:
        """One review per document; a re-upload of an identical file is the review it already has."""
        doc = result.document
        project = doc.project_name or doc.title or Path(name).stem
        owner = user.unit if user.role == "unit" else (doc.unit or None)
        key = project_key(owner, project, doc.kind, doc.fiscal_year)
        payload = result.to_json_dict()
        payload["document"]["path"] = name
        with self.store.tx() as conn:
            same = repo.review_of_same_file(conn, digest, key, purpose)
            if same is not None:
                audit.record(conn, user.username, "review.same_file", "review", same, None, {"file": name})
                return self._item(conn, name, same, project, doc.unit, same_as=same)
            document_id = repo.insert_document(conn, sha256=digest, file_name=name, stored_path=str(stored),
                                               kind=doc.kind, project=project, unit=doc.unit, owner_unit=owner,
                                               uploader=user.username)
            prev = repo.latest_review(conn, key, purpose, batch_id)
            review_id = repo.insert_review(conn, {
                "document_id": document_id, "purpose": purpose, "project_key": key,
                "version": (prev["version"] + 1) if prev else 1, "previous_id": prev["id"] if prev else None,
                "batch_id": batch_id, "conclusion": result.summary.conclusion,
                "rules_version": str(result.meta.get("rules_version", __version__)),
                "prompt_version": str(result.meta.get("prompt_version", "")), "model": result.meta.get("llm"),
                "settings_json": self.settings.review.model_dump_json(),
                "result_json": json.dumps(payload, ensure_ascii=False), "created_by": user.username})
            for f in result.findings:
                repo.insert_finding(conn, finding_row(review_id, f))
            resolved = carried = 0
            if prev is not None:
                resolved, carried = repo.link_versions(conn, prev["id"], review_id, user.username)
            audit.record(conn, user.username, "review.create", "review", review_id, None,
                         {"file": name, "purpose": purpose, "findings": len(result.findings),
                          "previous": prev["id"] if prev else None, "resolved": resolved, "carried": carried})
            return self._item(conn, name, review_id, project, doc.unit, resolved=resolved, carried=carried)

    @staticmethod
    def _item(conn: sqlite3.Connection, name: str, review_id: int, project: str, unit: str | None, *,
              resolved: int = 0, carried: int = 0, same_as: int | None = None) -> BatchItem:
        """The upload's outcome with the stored review's own figures (the ones every screen shows)."""
        record = repo.review(conn, repo.Scope("1 = 1"), review_id)
        assert record is not None
        c = count_findings(repo.findings_of(conn, review_id))
        return BatchItem(name=name, review_id=review_id, project=project, unit=unit, errors=c.error,
                         warnings=c.warning, infos=c.info, conclusion=record.conclusion, resolved=resolved,
                         carried=carried, version=record.version, same_as=same_as)


def project_key(owner: str | None, project: str, kind: str | None, fiscal_year: int | None = None) -> str:
    """What makes two uploads versions of one document: the same unit, project name, document kind and year.

    The year keeps next year's sheet of a project a new document, not a new version of this year's
    (otherwise this year's findings would be marked resolved by next year's sheet).
    """
    return "|".join([owner or "", normalize_ws(project), kind or "", str(fiscal_year or "")])
