"""Excel 97-2003 (.xls), WPS .et and HTML-as-.xls: read into the same document the .xlsx reader makes,
and every other thing offices send under those names refused with a Chinese message naming the file."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from review_assistant.errors import DocumentError
from review_assistant.parsing import BlockKind, ParsedDocument, parse_file
from review_assistant.settings import LimitSettings
from xlsbuild import save_with_side_sheets, write_xls, xlsx_to_html, xlsx_to_xls

LIMITS = LimitSettings(sandbox=False)


def _workbook(path: Path) -> Path:
    """A goal sheet with a merged title and merged level-1 cells, numbers, percents, dates and a time."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报表"
    ws["B2"] = "2025年度项目支出绩效目标申报表"
    ws.merge_cells("B2:F2")
    ws.append([None, "一级指标", "三级指标", "指标值", "完成时间", "备注"])
    ws.append([None, "产出指标", "养护面积", 120.0, date(2025, 12, 31), "按季度\n核查"])
    ws.append([None, None, "成活率", 0.955, datetime(2025, 6, 30, 0, 0), True])
    ws["D5"].number_format = "0.0%"
    ws.append([None, None, "达标率", 0.9, datetime(2025, 1, 31, 14, 5), 1234567.891])
    ws["D6"].number_format = "0%"
    ws["E6"].number_format = "yyyy/m/d h:mm"
    ws["F6"].number_format = "#,##0.00"
    ws.merge_cells("B4:B6")
    ws.append([None, "效益指标", "满意度", 0.1 + 0.2, time(8, 30), -3])
    for cell in ("E4", "E5"):
        ws[cell].number_format = "yyyy-mm-dd"
    ws["E7"].number_format = "h:mm"
    return save_with_side_sheets(wb, path)


def _same(a: ParsedDocument, b: ParsedDocument) -> None:
    assert [blk.model_dump() for blk in a.blocks] == [blk.model_dump() for blk in b.blocks]
    assert (a.title, a.pages, a.warnings) == (b.title, b.pages, b.warnings)


def refused(path: Path, limits: LimitSettings = LIMITS) -> str:
    with pytest.raises(DocumentError) as exc:
        parse_file(path, limits)
    assert path.name in exc.value.message
    assert "Traceback" not in exc.value.message
    return exc.value.problem


def test_xls_gives_the_document_the_xlsx_gives(tmp_path: Path) -> None:
    xlsx = _workbook(tmp_path / "申报表.xlsx")
    xls = xlsx_to_xls(xlsx, tmp_path / "申报表.xls")
    a, b = parse_file(xlsx, LIMITS), parse_file(xls, LIMITS)
    assert b.file_type == "xls"
    _same(a, b)
    table = b.tables()[0][1]
    assert table.text_rows() == [
        ["2025年度项目支出绩效目标申报表"] * 5,
        ["一级指标", "三级指标", "指标值", "完成时间", "备注"],
        ["产出指标", "养护面积", "120", "2025-12-31", "按季度\n核查"],
        ["产出指标", "成活率", "95.5%", "2025-06-30", "TRUE"],
        ["产出指标", "达标率", "90%", "2025-01-31 14:05", "1234567.891"],
        ["效益指标", "满意度", "0.3", "08:30", "-3"],
    ]
    assert [c.merged for c in table.rows[0]] == [False, True, True, True, True]
    assert [r[0].merged for r in table.rows[2:5]] == [False, True, True]
    assert [(blk.kind, blk.location.sheet, blk.location.page) for blk in b.blocks] == [
        (BlockKind.HEADING, "申报表", 1), (BlockKind.TABLE, "申报表", 1),
        (BlockKind.HEADING, "说明", 3), (BlockKind.TABLE, "说明", 3),
    ]  # the hidden sheet is left out, with a warning
    assert b.title == "2025年度项目支出绩效目标申报表"
    assert any("隐藏" in w for w in b.warnings)


def test_wps_et_in_biff_format_is_read(tmp_path: Path) -> None:
    xlsx = _workbook(tmp_path / "a.xlsx")
    et = xlsx_to_xls(xlsx, tmp_path / "监控表.et")
    _same(parse_file(xlsx, LIMITS), parse_file(et, LIMITS))


def test_misnamed_workbooks_are_read_as_what_they_are(tmp_path: Path) -> None:
    xlsx = _workbook(tmp_path / "a.xlsx")
    xls = xlsx_to_xls(xlsx, tmp_path / "b.xls")
    as_xls = tmp_path / "其实是新版.xls"
    as_xls.write_bytes(xlsx.read_bytes())
    as_xlsx = tmp_path / "其实是旧版.xlsx"
    as_xlsx.write_bytes(xls.read_bytes())
    first, second = parse_file(as_xls, LIMITS), parse_file(as_xlsx, LIMITS)
    assert (first.file_type, second.file_type) == ("xlsx", "xls")
    _same(first, second)


def test_numbers_percents_dates_and_errors(tmp_path: Path) -> None:
    path = write_xls(tmp_path / "数值.xls", {"Sheet1": [
        ["金额", "比率", "日期", "时间", "布尔", "整数", "大数"],
        [12.5, 0.9567, 45657.0, 0.5, False, 3.0, 12345678901234.0],
    ]}, formats={("Sheet1", 1, 1): "0.00%", ("Sheet1", 1, 2): "yyyy-mm-dd", ("Sheet1", 1, 3): "h:mm"})
    rows = parse_file(path, LIMITS).tables()[0][1].text_rows()
    assert rows[1] == ["12.5", "95.67%", "2024-12-31", "12:00", "FALSE", "3", "12345678901234"]


def test_html_saved_as_xls_is_read_like_the_sheet(tmp_path: Path) -> None:
    xlsx = _workbook(tmp_path / "a.xlsx")
    for enc in ("utf-8", "gb18030"):
        page = xlsx_to_html(xlsx, tmp_path / f"系统导出_{enc}.xls", encoding=enc)
        doc = parse_file(page, LIMITS)
        assert doc.file_type == "xls"
        expected = parse_file(xlsx, LIMITS).tables()[0]
        block, table = doc.tables()[0]
        assert table.text_rows() == expected[1].text_rows()
        assert [[c.merged for c in r] for r in table.rows] == [[c.merged for c in r] for r in expected[1].rows]
        assert block.location.sheet == page.stem
        assert doc.title == "2025年度项目支出绩效目标申报表"


def test_html_with_excel_sheet_names_nested_tables_and_entities(tmp_path: Path) -> None:
    path = tmp_path / "导出.xls"
    path.write_text(
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><!--[if gte mso 9]><xml><x:ExcelWorkbook>'
        "<x:ExcelWorksheets><x:ExcelWorksheet><x:Name>绩效目标</x:Name></x:ExcelWorksheet></x:ExcelWorksheets>"
        "</x:ExcelWorkbook></xml><![endif]--><style>td{color:red}</style><script>var a='<td>x</td>';</script></head>"
        "<body><p>页面说明文字</p><table><tr><th colspan=2>项目&amp;名称</th></tr>"
        "<tr><td rowspan='2'>产出</td><td>数量&nbsp;指标<br/>第二行</td></tr>"
        "<tr><td><table><tr><td>内</td><td>嵌</td></tr></table></td></tr>"
        "<tr><td colspan=99999999>宽</td></tr></table></body></html>", encoding="utf-8")
    doc = parse_file(path, LIMITS)
    block, table = doc.tables()[0]
    assert block.location.sheet == "绩效目标"
    # The nested table's two one-character cells are joined, then closed up as letter-spacing.
    assert [r[:2] for r in table.text_rows()[:3]] == [["项目&名称", "项目&名称"], ["产出", "数量 指标\n第二行"], ["产出", "内嵌"]]
    assert table.n_cols == 1000  # colspan capped as browsers cap it
    assert "页面说明文字" not in doc.full_text and "var a" not in doc.full_text


def test_html_spans_are_counted_against_the_cell_limit(tmp_path: Path) -> None:
    path = tmp_path / "大跨度.xls"
    path.write_text("<table>" + "<tr><td rowspan=60000 colspan=1000>x</td></tr>" * 3 + "</table>", encoding="utf-8")
    assert "单元格" in refused(path, LimitSettings(sandbox=False, max_xlsx_cells=1_000_000))


def test_html_without_a_table(tmp_path: Path) -> None:
    path = tmp_path / "无表格.xls"
    path.write_text("<html><body><p>只有文字</p></body></html>", encoding="utf-8")
    assert "网页" in refused(path) and "表格" in refused(path)


@pytest.mark.parametrize(("content", "words"), [
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n", "网页存档"),
    (b'<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook '
     b'xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>', "XML"),
    ("\ufeff项目名称,金额\n示例项目,120\n".encode(), "纯文本"),
    ("项目名称\t金额\n".encode("gb18030"), "纯文本"),
    (b"\x00\x01\x02\x03binary" * 20, "不是有效的 .xls"),
])
def test_other_contents_named_xls_are_refused_with_what_they_are(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "导出.xls"
    path.write_bytes(content)
    problem = refused(path)
    assert words in problem and "另存为 .xlsx" in problem


@pytest.mark.parametrize("keep", [0.3, 0.7])
def test_truncated_xls(tmp_path: Path, keep: float) -> None:
    data = xlsx_to_xls(_workbook(tmp_path / "a.xlsx"), tmp_path / "a.xls").read_bytes()
    path = tmp_path / "截断.xls"
    path.write_bytes(data[: int(len(data) * keep)])
    assert "损坏" in refused(path)


def test_ole_magic_with_garbage(tmp_path: Path) -> None:
    path = tmp_path / "坏文件.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "损坏" in refused(path)


def test_ole_file_without_a_workbook_stream(tmp_path: Path) -> None:
    data = xlsx_to_xls(_workbook(tmp_path / "a.xlsx"), tmp_path / "a.xls").read_bytes()
    name = "Workbook".encode("utf-16-le")
    assert name in data
    path = tmp_path / "不是表格.xls"
    path.write_bytes(data.replace(name, "Workbooq".encode("utf-16-le")))
    assert "没有 Excel 工作簿数据" in refused(path)
    et = tmp_path / "专有格式.et"
    et.write_bytes(path.read_bytes())
    assert "WPS 表格" in refused(et) and "另存为 .xlsx" in refused(et)


def test_password_protected_xls(tmp_path: Path) -> None:
    # An encrypted .xls keeps its records but starts the globals with a FILEPASS record (0x002F):
    # turn the two-byte INTERFACEHDR right after the BOF into one.
    data = bytearray(xlsx_to_xls(_workbook(tmp_path / "a.xlsx"), tmp_path / "a.xls").read_bytes())
    at = data.index(b"\xe1\x00\x02\x00", 512)
    data[at:at + 2] = b"\x2f\x00"
    path = tmp_path / "加密.xls"
    path.write_bytes(bytes(data))
    problem = refused(path)
    assert "密码" in problem and "加密" in problem


def test_encrypted_package_named_xls(tmp_path: Path) -> None:
    path = tmp_path / "加密新版.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000
                     + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100)
    assert "密码" in refused(path)


def test_cell_limit_is_checked_before_xlrd_builds_the_sheet(tmp_path: Path) -> None:
    path = write_xls(tmp_path / "大表.xls", {"S": [[f"v{r}{c}" for c in range(10)] for r in range(20)]})
    assert "单元格" in refused(path, LimitSettings(sandbox=False, max_xlsx_cells=100))
    assert parse_file(path, LimitSettings(sandbox=False, max_xlsx_cells=200)).tables()[0][1].n_rows == 20
    sprawl = write_xls(tmp_path / "合并.xls", {"S": [["标题"]]}, merges={"S": [(0, 65535, 0, 255)]})
    assert "单元格" in refused(sprawl)


def test_doc_and_wps_stay_refused(tmp_path: Path) -> None:
    for name in ("旧文档.doc", "旧文档.wps"):
        path = tmp_path / name
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
        assert "另存为 .docx" in refused(path)


def test_zip_batch_takes_xls_and_et_members(tmp_path: Path) -> None:
    from review_assistant.review.uploads import expand

    xls = xlsx_to_xls(_workbook(tmp_path / "a.xlsx"), tmp_path / "a.xls")
    archive = tmp_path / "批量.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(xls, "单位/目标表.xls")
        zf.write(xls, "单位/监控表.ET")
        zf.writestr("单位/旧.doc", b"x")
    incoming, bad = expand([archive], tmp_path / "work", LIMITS)
    assert sorted(i.name for i in incoming) == ["批量.zip/单位/监控表.ET", "批量.zip/单位/目标表.xls"]
    assert not bad
    assert all(parse_file(i.path, LIMITS).file_type == "xls" for i in incoming)


def test_cli_checks_an_xls_and_refuses_a_broken_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from review_assistant.cli import main

    sample = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets" / "gs02_total_zero.xlsx"
    xls = xlsx_to_xls(sample, tmp_path / "资金为零.xls")
    home = str(tmp_path / "h")
    with pytest.raises(SystemExit) as exc:  # the default: parsed in the sandboxed child process
        main(["check", str(xls), "--format", "json", "--no-llm", "--home", home])
    out, _ = capsys.readouterr()
    assert exc.value.code in (0, 1, None)
    report = json.loads(out)
    assert report["document"]["kind"] == "goal_sheet" and report["document"]["pages"] == 1
    assert "GS-02" in {f["rule_id"] for f in report["findings"]}

    broken = tmp_path / "坏表.xls"
    broken.write_bytes(xls.read_bytes()[:3000])
    with pytest.raises(SystemExit) as exc:
        main(["check", str(broken), "--no-llm", "--home", home])
    _, err = capsys.readouterr()
    assert exc.value.code == 2
    assert "坏表.xls" in err and "损坏" in err and "Traceback" not in err


def _property_set(props: list[tuple[int, int, bytes]]) -> bytes:
    """A summary-information stream (MS-OLEPS) with one property set of (id, type, value bytes)."""
    import struct

    body, table = b"", b""
    offset = 8 + 8 * len(props)
    for pid, vt, value in props:
        table += struct.pack("<II", pid, offset + len(body))
        item = struct.pack("<HH", vt, 0) + value
        body += item + b"\x00" * (-len(item) % 4)
    pset = struct.pack("<II", 8 + len(table) + len(body), len(props)) + table + body
    header = b"\xfe\xff\x00\x00" + b"\x05\x01\x02\x00" + b"\x00" * 16 + struct.pack("<I", 1) + b"\x11" * 16
    return header + struct.pack("<I", len(header) + 4) + pset


def test_summary_information_gives_the_core_properties() -> None:
    import struct

    from review_assistant.parsing.xls import parse_summary

    title = "2025年度绩效目标申报表".encode("gb18030") + b"\x00"
    author = "张三\x00".encode("utf-16-le")
    stream = _property_set([
        (1, 0x02, struct.pack("<hH", 936, 0)),
        (2, 0x1E, struct.pack("<I", len(title)) + title),
        (8, 0x1F, struct.pack("<I", 3) + author),
        (13, 0x40, struct.pack("<Q", int((datetime(2025, 3, 1, 9, 30) - datetime(1601, 1, 1)).total_seconds()) * 10**7)),
    ])
    props = parse_summary(stream)
    assert props["title"] == "2025年度绩效目标申报表"
    assert props["lastModifiedBy"] == "张三"
    assert props["modified"] == "2025-03-01T09:30:00"
    assert parse_summary(b"junk") == {}


def test_summary_title_is_the_document_title_as_in_xlsx(tmp_path: Path) -> None:
    xlsx = _workbook(tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(str(xlsx))
    wb.properties.title = "示例区2025年绩效目标"
    wb.properties.creator = "李四"
    wb.save(str(xlsx))
    path = xlsx_to_xls(xlsx, tmp_path / "带属性.xls")  # Workbook + SummaryInformation streams
    doc, expected = parse_file(path, LIMITS), parse_file(xlsx, LIMITS)
    assert doc.title == expected.title == "示例区2025年绩效目标"
    assert doc.properties["creator"] == expected.properties["creator"] == "李四"
    _same(doc, expected)
