"""Per-role upload caps (files and MB per upload) and a per-account upload rate, enforced by the service."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from review_assistant.errors import InputError, PermissionDenied
from review_assistant.review import audit, users
from review_assistant.service import ReviewService
from review_assistant.settings import Settings
from reviewkit import PASSWORD, UNIT_A


def _service(settings: Settings, **limits: float) -> ReviewService:
    return ReviewService(settings.model_copy(update={"limits": settings.limits.model_copy(update=limits)}))


def _notes(tmp_path: Path, n: int, size: int = 200) -> list[Path]:
    out = []
    for i in range(n):
        p = tmp_path / f"说明{i}.md"
        p.write_text("# 项目说明\n\n" + "本项目用于校舍维修。" * (size // 30 + 1), encoding="utf-8")
        out.append(p)
    return out


def _stored(service: ReviewService) -> int:
    with service.store.read() as conn:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


def test_unit_file_count_is_capped_and_zip_members_count(settings: Settings, tmp_path: Path) -> None:
    service = _service(settings, unit_max_files=2)
    unit = users.add_user(service.store, "unit_a", PASSWORD, "unit", UNIT_A)
    with pytest.raises(InputError, match=r"共 3 份文件.*预算单位账号每次上传 2 份"):
        service.check_files(unit, _notes(tmp_path, 3), purpose="self_check")
    bundle = tmp_path / "材料.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        for p in _notes(tmp_path, 3):
            zf.write(p, p.name)
        zf.writestr("__MACOSX/._说明0.md", b"x")  # metadata is not counted
    with pytest.raises(InputError, match="共 3 份文件"):
        service.check_files(unit, [bundle], purpose="self_check")
    assert _stored(service) == 0
    items = service.check_files(unit, _notes(tmp_path, 2), purpose="self_check")
    assert len(items) == 2


def test_unit_megabytes_are_capped(settings: Settings, tmp_path: Path) -> None:
    service = _service(settings, unit_max_upload_mb=0.01)
    unit = users.add_user(service.store, "unit_a", PASSWORD, "unit", UNIT_A)
    with pytest.raises(InputError, match=r"MB，超过预算单位账号每次上传 0\.01 MB 的上限"):
        service.check_files(unit, _notes(tmp_path, 1, size=20_000), purpose="self_check")
    assert _stored(service) == 0


def test_reviewer_has_its_own_caps_and_admin_none(settings: Settings, tmp_path: Path) -> None:
    service = _service(settings, reviewer_max_files=1, unit_max_files=100, uploads_per_minute=1)
    reviewer = users.add_user(service.store, "rev", PASSWORD, "reviewer")
    admin = users.add_user(service.store, "boss", PASSWORD, "admin")
    files = _notes(tmp_path, 2)
    with pytest.raises(InputError, match="审核人员账号每次上传 1 份"):
        service.check_files(reviewer, files)
    for _ in range(2):  # neither the count nor the rate applies to administrators
        assert len(service.check_files(admin, files)) == 2


def test_upload_rate_per_account_is_shared_by_servers(settings: Settings, tmp_path: Path) -> None:
    first = _service(settings, uploads_per_minute=2)
    second = _service(settings, uploads_per_minute=2)
    unit = users.add_user(first.store, "unit_a", PASSWORD, "unit", UNIT_A)
    other = users.add_user(first.store, "unit_b", PASSWORD, "unit", UNIT_A)
    [note] = _notes(tmp_path, 1)
    first.check_files(unit, [note], purpose="self_check")
    second.check_files(unit, [note], purpose="self_check")
    with pytest.raises(InputError, match="每分钟最多上传 2 次"):
        first.check_files(unit, [note], purpose="self_check")
    assert len(second.check_files(other, [note], purpose="self_check")) == 1  # another account is not held up
    uploads = [e for e in audit.entries(first.store)
               if e.action == "upload"]
    assert [e.actor for e in uploads] == ["unit_b", "unit_a", "unit_a"]  # the refused one is not counted


def test_trainee_cannot_upload(settings: Settings, tmp_path: Path) -> None:
    service = _service(settings)
    trainee = users.add_user(service.store, "trainee1", PASSWORD, "trainee")
    with pytest.raises(PermissionDenied):
        service.check_files(trainee, _notes(tmp_path, 1), purpose="self_check")
