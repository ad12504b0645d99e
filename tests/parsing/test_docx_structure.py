"""Word file structures around the body's tables (heldout12): a one-column frame table holding the form, tables
nested in cells, text boxes stored twice (mc:Choice DrawingML + mc:Fallback VML), page headers/footers, pictures."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import docx
from docx.shared import Cm
from test_parse_docx import p, tbl, tc

from review_assistant.parsing import BlockKind, parse_file

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
V = "urn:schemas-microsoft-com:vml"
IND = tbl([f"<w:tr>{tc('三级指标')}{tc('指标值')}</w:tr>", f"<w:tr>{tc('巡诊次数')}{tc('≥480次')}</w:tr>"], 2)


def _box(choice: str, fallback: str | None) -> str:
    """A run holding a text box: the DrawingML copy, and the VML copy as mc:Fallback when given."""
    drawing = (f'<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
               f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="{WPS}">'
               f'<wps:wsp xmlns:wps="{WPS}"><wps:txbx><w:txbxContent>{choice}</w:txbxContent></wps:txbx></wps:wsp>'
               "</a:graphicData></a:graphic></wp:anchor></w:drawing>")
    if fallback is None:
        return f"<w:r>{drawing}</w:r>"
    return (f'<w:r><mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="wps">{drawing}</mc:Choice>'
            f'<mc:Fallback><w:pict><v:shape xmlns:v="{V}"><v:textbox><w:txbxContent>{fallback}</w:txbxContent>'
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def test_one_column_frame_is_read_as_the_page_it_lays_out(docx_writer: Callable[..., Path]) -> None:
    head = tbl([f"<w:tr>{tc('项目名称')}{tc('巡回诊疗项目')}</w:tr>"], 2)
    frame = tbl([f"<w:tr>{tc('2025年度项目支出绩效目标申报表')}</w:tr>",
                 f"<w:tr><w:tc>{p('填报单位：示例县卫生健康局')}{head}{p('绩效指标')}{IND}<w:p/></w:tc></w:tr>",
                 f"<w:tr>{tc('填报人：钱某')}</w:tr>"], 1)
    doc = parse_file(docx_writer(frame))
    kinds = [(b.kind, b.text.split("\n")[0]) for b in doc.blocks]
    assert kinds == [
        (BlockKind.PARAGRAPH, "2025年度项目支出绩效目标申报表"), (BlockKind.PARAGRAPH, "填报单位：示例县卫生健康局"),
        (BlockKind.TABLE, "项目名称 巡回诊疗项目"), (BlockKind.PARAGRAPH, "绩效指标"),
        (BlockKind.TABLE, "三级指标 指标值"), (BlockKind.PARAGRAPH, "填报人：钱某"),
    ]
    assert doc.full_text.count("巡诊次数") == 1


def test_text_box_table_is_read_once_from_the_choice_branch(docx_writer: Callable[..., Path]) -> None:
    fallback_ind = IND.replace("巡诊次数", "备用副本")
    body = f"<w:p><w:r><w:t>绩效指标（见下框）</w:t></w:r>{_box(IND + '<w:p/>', fallback_ind + '<w:p/>')}</w:p>{p('表后')}"
    doc = parse_file(docx_writer(body))
    assert [(b.kind, b.text.split("\n")[0]) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "绩效指标（见下框）"), (BlockKind.TABLE, "三级指标 指标值"), (BlockKind.PARAGRAPH, "表后")]
    assert doc.tables()[0][1].text_rows()[1] == ["巡诊次数", "≥480次"]
    assert "备用副本" not in doc.full_text and doc.full_text.count("巡诊次数") == 1


def test_a_box_only_in_the_vml_fallback_is_read(docx_writer: Callable[..., Path]) -> None:
    only_vml = (f'<w:p><w:r><mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="wpg"><w:drawing/></mc:Choice>'
                f'<mc:Fallback><w:pict><v:shape xmlns:v="{V}"><v:textbox><w:txbxContent>{p("框内文字")}'
                "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    doc = parse_file(docx_writer(only_vml + p("正文")))
    assert [b.text for b in doc.blocks] == ["框内文字", "正文"]


def test_text_box_in_a_cell_stays_in_the_cell_text_once(docx_writer: Callable[..., Path]) -> None:
    cell = f"<w:tc><w:p>{_box(p('框内'), p('框内'))}</w:p></w:tc>"
    doc = parse_file(docx_writer(tbl([f"<w:tr>{tc('栏目')}{cell}</w:tr>"], 2)))
    assert doc.tables()[0][1].text_rows() == [["栏目", "框内"]]


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buf, format="PNG")
    return buf.getvalue()


def test_page_header_table_is_leading_text_and_page_numbers_are_left_out(tmp_path: Path) -> None:
    d = docx.Document()
    header = d.sections[0].header
    header.paragraphs[0].text = "2025年度项目支出绩效目标申报表"
    table = header.add_table(rows=1, cols=2, width=Cm(16))
    table.cell(0, 0).text, table.cell(0, 1).text = "项目名称", "流动图书服务项目"
    d.sections[0].footer.paragraphs[0].text = "第 1 页 共 2 页"
    d.add_paragraph("绩效指标")
    d.add_section()  # the second section repeats (links to) the same header: read once
    d.add_paragraph("续页")
    d.core_properties.title = ""
    path = tmp_path / "header.docx"
    d.save(str(path))

    doc = parse_file(path)

    assert [b.text for b in doc.blocks] == ["2025年度项目支出绩效目标申报表", "项目名称 流动图书服务项目", "绩效指标", "续页"]
    assert doc.header_blocks == 2
    assert doc.title == "绩效指标"  # the body's own first line; the header only fills in when the body has none
    assert doc.pictures == 0


def test_pictures_in_the_body_are_counted(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("绩效指标（截图）")
    image = tmp_path / "table.png"
    image.write_bytes(_png())
    d.add_picture(str(image), width=Cm(4))
    d.add_paragraph("").add_run().add_picture(str(image), width=Cm(2))
    path = tmp_path / "pictures.docx"
    d.save(str(path))
    assert parse_file(path).pictures == 2


def test_fallback_picture_is_not_counted_twice(docx_writer: Callable[..., Path]) -> None:
    pic = '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"/>'
    body = (f'<w:p><w:r><mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="wps"><w:drawing>{pic}</w:drawing>'
            f'</mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="{V}"><v:imagedata/></v:shape></w:pict></mc:Fallback>'
            f"</mc:AlternateContent></w:r></w:p>{p('正文')}")
    assert parse_file(docx_writer(body)).pictures == 1

