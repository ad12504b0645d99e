"""Refuse broken or hostile files before any parser library touches them.

Every check reads only what it must: sizes from ``stat``, zip members from the central directory
(nothing is extracted before the bomb limits pass), the first and last bytes of PDFs. Each refusal is a
:class:`DocumentError` whose Chinese message names the problem and, where possible, the fix.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from review_assistant.errors import DocumentError
from review_assistant.settings import LimitSettings

# .et (WPS 表格) is read when it is the BIFF format Excel 97-2003 also uses, as most are.
SUPPORTED = {".docx": "docx", ".pdf": "pdf", ".xlsx": "xlsx", ".xls": "xls", ".et": "xls", ".md": "md",
             ".markdown": "md", ".txt": "txt"}
#: The suffixes offered for upload and named in messages (".markdown" is read but not listed).
UPLOAD_SUFFIXES = [k for k in SUPPORTED if k != ".markdown"]
SUPPORTED_LIST = "、".join(UPLOAD_SUFFIXES)
# The file types whose documents are worksheets (sheet names, cell grids).
SPREADSHEET_TYPES = frozenset({"xlsx", "xls"})

# Old binary formats people rename or upload by mistake, with the format to save as instead.
_LEGACY = {".doc": ("Word 97-2003（.doc）", ".docx"), ".wps": ("WPS 文字（.wps）", ".docx")}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK"
# Directory entries of an OLE compound file are UTF-16LE; an encrypted OOXML package stores its payload
# in a stream with this name (MS-OFFCRYPTO).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_MB = 1024 * 1024
# Members smaller than this are too small for their compression ratio to matter: a short run of
# repeated XML can legitimately compress very well.
_RATIO_MIN_BYTES = 1 * _MB
_MAX_MEMBERS = 20_000
# The folder holding each format's parts; the main part's file name varies between generators.
_MAIN_FOLDER = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_KIND_NAME = {"docx": "Word", "xlsx": "Excel"}
# A DTD in any encoding an XML part may use (UTF-8 or UTF-16 either way round).
_DTD_MARKERS = tuple(
    marker.encode(enc) for marker in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be")
)
_HTML_TAG = re.compile(r"<\s*(?:!doctype\s+html|html|head|meta|body|table|tr|td|div|style|title)\b")
_WHITESPACE = re.compile(rb"^(?:\s|\xef\xbb\xbf|\xe3\x80\x80|\xc2\xa0)*$")


def check_file(path: Path, limits: LimitSettings) -> str:
    """Return the file type (``docx``/``pdf``/``xlsx``/``xls``/``md``/``txt``) or raise :class:`DocumentError`.

    The type is what the content is: a .xlsx that is really a BIFF workbook is ``xls``, a .xls that is
    really a .xlsx package is ``xlsx``; both are read."""
    path = Path(path)
    try:
        exists = path.exists()
    except OSError as exc:  # e.g. a folder on the way that may not be entered
        raise DocumentError(path, f"无法访问该文件（{exc.strerror or exc}）") from exc
    if not exists:
        raise DocumentError(path, "文件不存在，请检查路径是否正确")
    if path.is_dir():
        raise DocumentError(path, "这是一个文件夹，不是文件；请选择其中的具体文件")
    if not path.is_file():
        raise DocumentError(path, "不是普通文件（可能是设备或管道），无法读取")

    suffix = path.suffix.lower()
    if suffix in _LEGACY:
        label, new = _LEGACY[suffix]
        raise DocumentError(path, f"暂不支持旧版 {label}格式，请用 Office 或 WPS 另存为 {new} 后再上传")
    file_type = SUPPORTED.get(suffix)
    if file_type is None:
        shown = suffix or "（无扩展名）"
        raise DocumentError(path, f"不支持的文件类型 {shown}；支持的类型：{SUPPORTED_LIST}")

    size = _size(path)
    limit = limits.max_upload_mb * _MB
    if size > limit:
        raise DocumentError(
            path, f"文件大小 {_human(size)} 超过上限 {limits.max_upload_mb:g} MB，请压缩或拆分后再上传"
        )
    if size == 0:
        raise DocumentError(path, "文件是空的（0 字节）")
    head, tail = _head_tail(path, size)
    if _only_whitespace(path, head, size):
        raise DocumentError(path, "文件内容为空（只有空白字符）")

    if file_type in _KIND_NAME:
        file_type = _check_ooxml(path, file_type, head, limits)
    elif file_type == "xls":
        file_type = _check_xls(path, head, limits)
    elif file_type == "pdf":
        _check_pdf(path, head, tail, limits)
    elif b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(path, "内容不是文本（含二进制数据），可能是改了扩展名的其他文件")
    return file_type


def _human(size: int) -> str:
    return f"{size / _MB:.1f} MB" if size >= _MB else f"{size / 1024:.1f} KB"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise DocumentError(path, f"无法读取文件信息（{exc.strerror or exc}）") from exc


def _head_tail(path: Path, size: int) -> tuple[bytes, bytes]:
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
            fh.seek(max(0, size - 4096))
            tail = fh.read()
    except PermissionError as exc:
        raise DocumentError(path, "没有读取权限，无法打开文件") from exc
    except OSError as exc:
        raise DocumentError(path, f"无法读取文件（{exc.strerror or exc}）") from exc
    return head, tail


def _only_whitespace(path: Path, head: bytes, size: int) -> bool:
    if not _WHITESPACE.match(head):
        return False
    if size <= len(head):
        return True
    # Rare: a long run of leading blanks. Read on until the first non-blank byte.
    with path.open("rb") as fh:
        while chunk := fh.read(1 * _MB):
            if not _WHITESPACE.match(chunk):
                return False
    return True


def _check_ooxml(path: Path, kind: str, head: bytes, limits: LimitSettings) -> str:
    app = _KIND_NAME[kind]
    if head.startswith(_OLE_MAGIC):
        if _ENCRYPTED_PACKAGE in _read_all(path):
            raise DocumentError(path, f"文件设置了打开密码（已加密），请在 {app} 中取消密码后再上传")
        if kind == "xlsx":
            return "xls"  # an Excel 97-2003 workbook under the new name: read it as what it is
        old = "Word 97-2003（.doc）" if kind == "docx" else "Excel 97-2003（.xls）"
        raise DocumentError(
            path, f"文件实际是旧版 {old}格式，只是扩展名为 .{kind}；请用 {app} 或 WPS 另存为 .{kind} 后再上传"
        )
    if not head.startswith(_ZIP_MAGIC):
        raise DocumentError(
            path, f"不是有效的 .{kind} 文件（不是 Office 压缩包格式），可能是改了扩展名的其他文件；"
            f"请用 {app} 打开后另存为 .{kind}",
        )
    try:
        zf = zipfile.ZipFile(path)
    except Exception as exc:  # BadZipFile, EOFError, NotImplementedError (odd version fields), ...
        raise DocumentError(path, "文件已损坏或不完整（压缩包结构错误），请重新导出或重新下载后再上传") from exc
    with zf:
        infos = zf.infolist()
        _check_bomb(path, infos, limits)
        folders = {k for k, folder in _MAIN_FOLDER.items() if any(i.filename.startswith(folder) for i in infos)}
        if kind not in folders:
            hint = "".join(f"（内容看起来是 .{other} 文件）" for other in sorted(folders)[:1])
            raise DocumentError(path, f"不是有效的 .{kind} 文件，缺少主体内容{hint}")
        for info in infos:
            if info.filename.lower().endswith(_XML_SUFFIXES) and _has_dtd(path, zf, info):
                raise DocumentError(
                    path, f"文件内部的 {info.filename} 含有 DTD/外部实体声明（<!DOCTYPE>），"
                    "正常的 Office 文件不会有，出于安全考虑拒绝处理",
                )
    return kind


def _check_xls(path: Path, head: bytes, limits: LimitSettings) -> str:
    """A .xls/.et: an OLE2 workbook, a .xlsx package under the old name, or an HTML table (all read);
    the other things systems write under that name are refused with what they are."""
    suffix = path.suffix.lower()
    app = "WPS 表格" if suffix == ".et" else "Excel 或 WPS"
    save_as = f"请用 {app} 打开后另存为 .xlsx 再上传"
    if head.startswith(_OLE_MAGIC):
        if _ENCRYPTED_PACKAGE in _read_all(path):
            raise DocumentError(path, f"文件设置了打开密码（已加密），请在 {app} 中取消密码后再上传")
        return "xls"  # the container's contents are checked by the reader (parsing/xls.py)
    if head.startswith(_ZIP_MAGIC):
        return _check_ooxml(path, "xlsx", head, limits)
    markup = _markup(head)
    if markup == "html":
        return "xls"
    if markup == "mht":
        raise DocumentError(path, f"文件实际是网页存档（.mht）格式，只是扩展名为 {suffix}；{save_as}")
    if markup == "xml":
        raise DocumentError(path, f"文件实际是 XML 表格（Excel 2003 XML）格式，只是扩展名为 {suffix}；{save_as}")
    if b"\x00" not in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(path, f"文件实际是纯文本（如 CSV、制表符分隔）格式，只是扩展名为 {suffix}；{save_as}")
    raise DocumentError(path, f"不是有效的 {suffix} 文件（不是 Excel 97-2003 工作簿），可能是改了扩展名的其他文件；{save_as}")


def _markup(head: bytes) -> str | None:
    """``html``, ``xml`` or ``mht`` when the first bytes are such a document, else None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[: len(head) // 2 * 2].decode("utf-16", "ignore")
    else:
        text = head.decode("utf-8", "ignore")
    text = text.lstrip("\ufeff \t\r\n").lower()
    if text.startswith("mime-version:") or "\nmime-version:" in text[:2048]:
        return "mht"
    if text.startswith("<?xml"):
        return "html" if "<html" in text else "xml"
    if text.startswith("<") and _HTML_TAG.search(text):
        return "html"
    return None


def _check_bomb(path: Path, infos: list[zipfile.ZipInfo], limits: LimitSettings) -> None:
    if len(infos) > _MAX_MEMBERS:
        raise DocumentError(path, f"压缩包内文件数（{len(infos)}）异常地多，疑似恶意文件，拒绝处理")
    total = sum(i.file_size for i in infos)
    if total > limits.max_uncompressed_mb * _MB:
        raise DocumentError(
            path, f"解压后总大小 {total / _MB:.0f} MB 超过上限 {limits.max_uncompressed_mb:g} MB，"
            "疑似压缩炸弹，拒绝处理",
        )
    part_limit = limits.max_xml_part_mb * _MB
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= _RATIO_MIN_BYTES and ratio > limits.max_compression_ratio:
            raise DocumentError(
                path, f"压缩包成员 {info.filename} 的压缩比 {ratio:.0f} 超过上限 "
                f"{limits.max_compression_ratio:g}，疑似压缩炸弹，拒绝处理",
            )
        if info.file_size > part_limit and info.filename.lower().endswith(_XML_SUFFIXES):
            raise DocumentError(
                path, f"文件内部的 {info.filename} 解压后 {info.file_size / _MB:.0f} MB，超过单个部件上限 "
                f"{limits.max_xml_part_mb:g} MB（正常文件远小于此），疑似恶意构造，已拒绝；如确为正常文件，请拆分后再上传",
            )


def _has_dtd(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    overlap = max(len(m) for m in _DTD_MARKERS)
    prev = b""
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(1 * _MB):
                window = prev + chunk
                if any(m in window for m in _DTD_MARKERS):
                    return True
                prev = window[-overlap:]
    except Exception as exc:  # BadZipFile, zlib.error, EOFError...: a damaged member
        raise DocumentError(path, f"文件已损坏（内部的 {info.filename} 无法解压），请重新导出后再上传") from exc
    return False


def _read_all(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read()


def _check_pdf(path: Path, head: bytes, tail: bytes, limits: LimitSettings) -> None:
    # The spec allows junk before the header; readers accept it within the first kilobyte.
    if b"%PDF-" not in head[:1024]:
        raise DocumentError(path, "不是有效的 PDF 文件（缺少 %PDF 文件头），可能是改了扩展名的其他文件")
    if b"%%EOF" not in tail:
        raise DocumentError(path, "PDF 文件已损坏或不完整（缺少文件结束标记），请重新导出或重新下载后再上传")
    _check_pdf_structure(path, limits)


def _check_pdf_structure(path: Path, limits: LimitSettings) -> None:
    """Encryption, object count and declared page count, from the cross-reference table and catalog only."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    from review_assistant.parsing.bounds import install_pdf_bounds

    install_pdf_bounds()
    try:
        with path.open("rb") as fh:
            doc = PDFDocument(PDFParser(fh), password="")
            objects = sum(len(list(x.get_objids())) for x in doc.xrefs)
            if objects > limits.max_pdf_objects:
                raise DocumentError(
                    path, f"PDF 内部对象有 {objects} 个，超过上限 {limits.max_pdf_objects} 个，疑似异常文件，已拒绝"
                )
            pages = resolve1(doc.catalog.get("Pages"))
            count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
            if isinstance(count, int) and count > limits.max_pages:
                raise DocumentError(path, f"PDF 共 {count} 页，超过上限 {limits.max_pages} 页，请拆分后再上传")
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise DocumentError(path, "PDF 文件已加密（需要密码才能打开），请提供未加密的版本") from exc
    except (DocumentError, MemoryError, RecursionError):
        raise
    except Exception as exc:  # pdfminer raises many types (PDFSyntaxError, KeyError, ...) on damage
        raise DocumentError(path, "PDF 文件已损坏，无法读取结构，请重新导出后再上传") from exc
