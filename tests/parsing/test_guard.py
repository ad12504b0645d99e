"""Every bad input ends in a DocumentError whose Chinese message names the file — never a traceback."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pytest

from review_assistant.errors import DocumentError
from review_assistant.parsing import check_file, parse_file
from review_assistant.settings import LimitSettings

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refused(path: Path, limits: LimitSettings | None = None) -> str:
    with pytest.raises(DocumentError) as exc:
        parse_file(path, limits)
    assert path.name in exc.value.message
    assert exc.value.path == str(path)
    return exc.value.problem


def small_docx(path: Path, text: str = "正文内容") -> Path:
    d = docx.Document()
    d.add_paragraph(text)
    d.save(str(path))
    return path


def test_missing_file(tmp_path: Path) -> None:
    assert "不存在" in refused(tmp_path / "不存在的申报表.docx")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "材料.docx"
    folder.mkdir()
    assert "文件夹" in refused(folder)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable(tmp_path: Path) -> None:
    path = small_docx(tmp_path / "无权限.docx")
    path.chmod(0)
    try:
        assert "权限" in refused(path)
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize("name", ["空.docx", "空.pdf", "空.txt", "空.xlsx"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert "空" in refused(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "空白.md"
    path.write_text("\ufeff \n\u3000\t\n", encoding="utf-8")
    assert "空" in refused(path)


def test_document_without_text(tmp_path: Path) -> None:
    path = tmp_path / "无文字.docx"
    docx.Document().save(str(path))
    assert "空文档" in refused(path)


def test_unsupported_extension_lists_supported(tmp_path: Path) -> None:
    path = tmp_path / "图片.png"
    path.write_bytes(b"\x89PNG\r\n")
    problem = refused(path)
    assert ".png" in problem and ".docx" in problem and ".pdf" in problem and ".xlsx" in problem


@pytest.mark.parametrize(("name", "hint"), [("旧表.doc", ".docx"), ("旧表.wps", ".docx")])
def test_legacy_extension_suggests_new_format(tmp_path: Path, name: str, hint: str) -> None:
    path = tmp_path / name
    path.write_bytes(OLE_MAGIC + b"\x00" * 600)
    problem = refused(path)
    assert "另存为" in problem and hint in problem


def test_docx_that_is_renamed_text(tmp_path: Path) -> None:
    path = tmp_path / "改名.docx"
    path.write_text("我其实是一个文本文件", encoding="utf-8")
    problem = refused(path)
    assert "不是有效的 .docx" in problem and "另存为" in problem


def test_docx_that_is_an_old_doc(tmp_path: Path) -> None:
    path = tmp_path / "老格式.docx"
    path.write_bytes(OLE_MAGIC + b"\x00" * 4096)
    problem = refused(path)
    assert ".doc" in problem and "另存为 .docx" in problem


def test_password_protected_docx(tmp_path: Path) -> None:
    # Office writes encrypted OOXML as an OLE compound file holding an "EncryptedPackage" stream.
    path = tmp_path / "加密.xlsx"
    path.write_bytes(OLE_MAGIC + b"\x00" * 1000 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100)
    problem = refused(path)
    assert "密码" in problem and "加密" in problem


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_docx(tmp_path: Path, keep: float) -> None:
    data = small_docx(tmp_path / "full.docx").read_bytes()
    path = tmp_path / "截断的 申报表.docx"
    path.write_bytes(data[: int(len(data) * keep)])
    assert "损坏" in refused(path)


def test_corrupt_member_data(tmp_path: Path) -> None:
    path = small_docx(tmp_path / "坏成员.docx", "x" * 5000)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + 10
    data[start : start + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    assert "损坏" in refused(path)


def test_xlsx_content_in_docx_name(tmp_path: Path) -> None:
    path = tmp_path / "其实是表格.docx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    wb.save(str(path))
    problem = refused(path)
    assert ".xlsx" in problem


def _bomb(path: Path, member_mb: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w") as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(member_mb):
                fh.write(chunk)
    return path


def test_zip_bomb_ratio_is_refused_from_the_central_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _bomb(tmp_path / "炸弹.docx", 50)
    assert path.stat().st_size < 1_000_000

    def no_extraction(*args: object, **kwargs: object) -> None:
        raise AssertionError("a member was opened before the bomb check")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_extraction)
    problem = refused(path, LimitSettings(sandbox=False))  # in this process, where the patch applies
    assert "压缩比" in problem and "压缩炸弹" in problem


def test_zip_bomb_total_size(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "大炸弹.docx", 3)
    problem = refused(path, LimitSettings(max_uncompressed_mb=2, max_compression_ratio=1e9))
    assert "解压后" in problem and "2 MB" in problem


XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_xxe_in_document_xml(docx_writer: Callable[..., Path], encoding: str) -> None:
    path = docx_writer("<w:p/>", name="外部实体.docx", parts={"word/document.xml": XXE.encode(encoding)})
    problem = refused(path)
    assert "DOCTYPE" in problem and "word/document.xml" in problem


def test_xxe_in_xlsx_part(tmp_path: Path, zip_rewriter: Callable[[Path, dict[str, bytes | str]], None]) -> None:
    path = tmp_path / "外部实体.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    wb.save(str(path))
    zip_rewriter(path, {"docProps/app.xml": '<!DOCTYPE a [<!ENTITY b "c">]><Properties/>'})
    assert "DOCTYPE" in refused(path)


def test_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "大文件.txt"
    path.write_text("预算绩效" * 1000, encoding="utf-8")
    problem = refused(path, LimitSettings(max_upload_mb=0.01))
    assert problem.startswith("文件大小 11.7 KB 超过上限 0.01 MB")


def test_extension_case_and_chinese_path_with_spaces(tmp_path: Path) -> None:
    folder = tmp_path / "绩效 材料"
    folder.mkdir()
    path = small_docx(folder / "2025年度 绩效目标 申报表 (1).DOCX", "项目名称：城市绿化")
    assert check_file(path, LimitSettings()) == "docx"
    doc = parse_file(str(path))
    assert doc.path == str(path) and doc.full_text == "项目名称：城市绿化"


def test_library_failure_becomes_document_error(tmp_path: Path, zip_rewriter: Callable[..., None]) -> None:
    # Structurally a zip with the main part, but the XML itself is broken.
    path = small_docx(tmp_path / "坏XML.docx")
    zip_rewriter(path, {"word/document.xml": "<w:document><w:body><w:p>"})
    assert "损坏" in refused(path)


def test_unreadable_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = small_docx(tmp_path / "锁定.docx")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", deny)
    # The patch lives in this process only: the guard is exercised without the parse sandbox.
    assert "权限" in refused(path, LimitSettings(sandbox=False))
