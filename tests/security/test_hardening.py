"""Small hardenings from issue 10: append-only audit, owner-only files, ids that reveal nothing, zip members."""

from __future__ import annotations

import sqlite3
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from review_assistant.errors import NotFoundError
from review_assistant.review.users import User
from review_assistant.service import ReviewService


def test_audit_rows_cannot_be_replaced_updated_or_deleted(service: ReviewService, reviewer: User) -> None:
    conn = sqlite3.connect(service.store.path)
    try:
        first = conn.execute("SELECT id, action FROM audit ORDER BY id LIMIT 1").fetchone()
        for sql in ("INSERT OR REPLACE INTO audit (id, at, actor, action, object_type, object_id)"
                    " VALUES (?, 'x', 'x', 'forged', 'x', 'x')",
                    "REPLACE INTO audit (id, at, actor, action, object_type, object_id) VALUES (?, 'x', 'x', 'forged', 'x', 'x')",
                    "UPDATE audit SET action = 'forged' WHERE id = ?", "DELETE FROM audit WHERE id = ?"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute(sql, (first[0],))
        assert conn.execute("SELECT action FROM audit WHERE id = ?", (first[0],)).fetchone()[0] == first[1]
    finally:
        conn.close()


def test_database_uploads_and_home_are_owner_only(service: ReviewService, reviewer: User, sheet: Path) -> None:
    [item] = service.check_files(reviewer, [sheet])
    assert item.review_id
    home = service.settings.home
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE(service.store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(service.settings.uploads_dir.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in service.settings.uploads_dir.iterdir())


def test_out_of_scope_finding_does_not_reveal_its_review(service: ReviewService, reviewer: User, unit_a: User,
                                                         sheet: Path) -> None:
    [item] = service.check_files(reviewer, [sheet])
    assert item.review_id is not None
    finding = service.get_review(reviewer, item.review_id).findings[0]
    with pytest.raises(NotFoundError) as info:
        service.get_finding(unit_a, finding.id)
    assert info.value.message == f"问题 {finding.id} 不存在或无权查看。"
    assert str(item.review_id) not in info.value.message.replace(str(finding.id), "")


def test_overflowing_ids_are_not_found_not_internal_errors(service: ReviewService, reviewer: User) -> None:
    huge = 10**30
    with pytest.raises(NotFoundError):
        service.get_review(reviewer, huge)
    with pytest.raises(NotFoundError):
        service.get_finding(reviewer, huge)
    with pytest.raises(NotFoundError):
        service.confirm(reviewer, -(10**25), 1)


def _lie_about_size(archive: Path, member: str, size: int) -> None:
    """Rewrite a member's declared uncompressed size in the local header and the central directory."""
    data = bytearray(archive.read_bytes())
    name = member.encode("utf-8")
    local = data.find(b"PK\x03\x04" + b"")
    while local != -1:
        name_len = struct.unpack_from("<H", data, local + 26)[0]
        if bytes(data[local + 30:local + 30 + name_len]) == name:
            struct.pack_into("<I", data, local + 22, size)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46:central + 46 + name_len]) == name:
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    archive.write_bytes(bytes(data))


def test_zip_member_with_a_lying_header_is_skipped_by_name(service: ReviewService, reviewer: User, sheet: Path,
                                                           sheet_b: Path, tmp_path: Path) -> None:
    archive = tmp_path / "批量.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(sheet, "申报表A.docx")
        zf.write(sheet_b, "申报表B.docx")
    _lie_about_size(archive, "申报表B.docx", 200)
    items = service.check_files(reviewer, [archive])
    ok = [i for i in items if i.review_id]
    bad = [i for i in items if i.error]
    assert [i.name for i in ok] == ["批量.zip/申报表A.docx"]
    assert len(bad) == 1 and bad[0].error is not None
    assert bad[0].error.startswith("申报表B.docx：") and "已跳过该文件" in bad[0].error
    assert "内部错误" not in bad[0].error
