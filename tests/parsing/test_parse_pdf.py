from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors, pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from review_assistant.errors import DocumentError
from review_assistant.parsing import BlockKind, parse_file
from review_assistant.settings import LimitSettings

LONG_CELL = "这是一个很长的单元格内容，需要在单元格内自动换行才能完整显示，用于测试拼接是否正确。"
BODY = "本项目由示例区城市管理局申报，" + "主要用于支持本地区公共服务能力建设，" * 5 + "项目总投资二百六十万元。"


def _styles(font: str) -> tuple[ParagraphStyle, ParagraphStyle]:
    base = ParagraphStyle("cn", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
    return base, ParagraphStyle("indent", parent=base, firstLineIndent=21)


def _report(path: Path, font: str, *, second_page: bool = False) -> Path:
    st, ind = _styles(font)
    data = [
        [Paragraph("一级指标", st), Paragraph("指标值", st), Paragraph("说明", st)],
        [Paragraph("产出指标", st), Paragraph("≥95%", st), Paragraph(LONG_CELL, st)],
        [Paragraph("效益指标", st), Paragraph("横向合并", st), ""],
        ["", Paragraph("x", st), Paragraph("y", st)],
    ]
    table = Table(data, colWidths=[80, 80, 150])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("SPAN", (1, 2), (2, 2)),
                ("SPAN", (0, 2), (0, 3)),
            ]
        )
    )
    story = [
        Paragraph("某某项目事前绩效评估报告", st),
        Paragraph("一、项目概况", st),
        Paragraph(BODY, ind),
        Paragraph("第二段很短。", ind),
        table,
        Spacer(1, 12),
        Paragraph("表后的说明文字。", st),
    ]
    if second_page:
        story += [PageBreak(), Paragraph("二、评估结论", st), Paragraph("予以支持。", ind)]

    def page_number(c: canvas.Canvas, d: SimpleDocTemplate) -> None:
        c.setFont(font, 9)
        c.drawCentredString(A4[0] / 2, 20, f"- {d.page} -")

    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=page_number, onLaterPages=page_number)
    return path


def test_tables_and_text_in_reading_order(tmp_path: Path, cjk_font: str) -> None:
    doc = parse_file(_report(tmp_path / "评估 报告.pdf", cjk_font, second_page=True))

    assert doc.file_type == "pdf" and doc.pages == 2
    assert doc.title == "某某项目事前绩效评估报告"  # reportlab's "(anonymous)" metadata title is ignored
    summary = [(b.kind, b.location.page, b.text.split("\n")[0]) for b in doc.blocks]
    assert summary == [
        (BlockKind.PARAGRAPH, 1, "某某项目事前绩效评估报告"),
        (BlockKind.PARAGRAPH, 1, "一、项目概况"),
        (BlockKind.PARAGRAPH, 1, BODY),  # wrapped lines re-joined without spaces
        (BlockKind.PARAGRAPH, 1, "第二段很短。"),
        (BlockKind.TABLE, 1, "一级指标 指标值 说明"),
        (BlockKind.PARAGRAPH, 1, "表后的说明文字。"),
        (BlockKind.PARAGRAPH, 2, "二、评估结论"),
        (BlockKind.PARAGRAPH, 2, "予以支持。"),
    ]
    assert "- 1 -" not in doc.full_text  # running page numbers are dropped


def test_table_cells_rejoined_and_merges_filled(tmp_path: Path, cjk_font: str) -> None:
    doc = parse_file(_report(tmp_path / "table.pdf", cjk_font))
    block, table = doc.tables()[0]
    assert block.location.page == 1 and block.location.table == 0
    assert table.text_rows() == [
        ["一级指标", "指标值", "说明"],
        ["产出指标", "≥95%", LONG_CELL],
        ["效益指标", "横向合并", "横向合并"],
        ["效益指标", "x", "y"],
    ]
    assert table.rows[2][2].merged and table.rows[3][0].merged
    assert not table.rows[1][2].merged
    assert doc.contains(LONG_CELL)


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "扫描件.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 400, fill=1)
    c.showPage()
    c.circle(200, 300, 50)
    c.save()
    with pytest.raises(DocumentError) as exc:
        parse_file(path)
    assert "扫描件.pdf" in exc.value.message and "图片型 PDF" in exc.value.message and "OCR" in exc.value.message


def test_page_without_text_among_text_pages_is_a_warning(tmp_path: Path, cjk_font: str) -> None:
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path))
    c.setFont(cjk_font, 12)
    c.drawString(72, 700, "第一页有文字。")
    c.showPage()
    c.rect(100, 100, 300, 400, fill=1)
    c.save()
    doc = parse_file(path)
    assert doc.full_text == "第一页有文字。"
    assert doc.warnings and "2" in doc.warnings[0]


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "加密.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="owner"))
    c.drawString(72, 700, "secret text")
    c.save()
    with pytest.raises(DocumentError) as exc:
        parse_file(path)
    assert "加密.pdf" in exc.value.message and "加密" in exc.value.problem


def test_pdf_with_only_an_owner_password_opens(tmp_path: Path) -> None:
    path = tmp_path / "owner.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0))
    c.drawString(72, 700, "readable text")
    c.save()
    assert parse_file(path).full_text == "readable text"


@pytest.mark.parametrize("keep", [0.5, 0.97])
def test_truncated_pdf(tmp_path: Path, cjk_font: str, keep: float) -> None:
    data = _report(tmp_path / "full.pdf", cjk_font).read_bytes()
    path = tmp_path / "截断.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(DocumentError) as exc:
        parse_file(path)
    assert "截断.pdf" in exc.value.message and "损坏" in exc.value.message


def test_pdf_with_garbage_body(tmp_path: Path) -> None:
    path = tmp_path / "坏.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\ntrailer\n%%EOF\n")
    with pytest.raises(DocumentError) as exc:
        parse_file(path)
    assert "坏.pdf" in exc.value.message


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "假的.PDF"
    path.write_text("这是一个改了扩展名的文本文件", encoding="utf-8")
    with pytest.raises(DocumentError) as exc:
        parse_file(path)
    assert "假的.PDF" in exc.value.message and "%PDF" in exc.value.message


def test_page_limit(tmp_path: Path) -> None:
    path = tmp_path / "多页.pdf"
    c = canvas.Canvas(str(path))
    for i in range(3):
        c.drawString(72, 700, f"page {i}")
        c.showPage()
    c.save()
    with pytest.raises(DocumentError) as exc:
        parse_file(path, LimitSettings(max_pages=2))
    assert "多页.pdf" in exc.value.message and "3" in exc.value.message and "2" in exc.value.message
    assert parse_file(path, LimitSettings(max_pages=3)).pages == 3


def test_scanned_pdf_with_page_images(tmp_path: Path) -> None:
    from PIL import Image

    image = tmp_path / "scan.png"
    Image.new("L", (200, 280), 200).save(image)
    path = tmp_path / "扫描图片.pdf"
    c = canvas.Canvas(str(path))
    c.drawImage(str(image), 50, 50, 400, 560)
    c.save()
    with pytest.raises(DocumentError) as exc:
        parse_file(path)
    assert "图片型 PDF" in exc.value.problem and "损坏" not in exc.value.problem


@pytest.mark.parametrize("repeat_header", [True, False])
def test_table_continued_on_next_page_is_joined(tmp_path: Path, cjk_font: str, repeat_header: bool) -> None:
    st, _ = _styles(cjk_font)
    data = [["序号", "三级指标", "指标值"]] + [[str(i), f"指标{i}", f"≥{i}%"] for i in range(1, 81)]
    table = Table(data, colWidths=[60, 200, 100], repeatRows=1 if repeat_header else 0)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), cjk_font)]))
    path = tmp_path / "长表.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("绩效指标表", st), table, Paragraph("表后文字。", st)])

    doc = parse_file(path)

    assert doc.pages == 3
    assert len(doc.tables()) == 1
    block, joined = doc.tables()[0]
    assert block.location.page == 1
    assert joined.n_rows == 81
    assert joined.text_rows()[0] == ["序号", "三级指标", "指标值"]
    assert joined.text_rows()[-1] == ["80", "指标80", "≥80%"]
    assert [c.row for c in joined.rows[-1]] == [80, 80, 80]
    assert doc.blocks[-1].text == "表后文字。" and doc.blocks[-1].location.page == 3


def test_tables_on_different_columns_stay_apart(tmp_path: Path, cjk_font: str) -> None:
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), cjk_font)])
    first = Table([["a", "b", "c"], ["1", "2", "3"]], colWidths=[60, 60, 60], style=grid)
    second = Table([["甲", "乙"], ["x", "y"]], colWidths=[90, 90], style=grid)
    path = tmp_path / "two.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([first, PageBreak(), second])
    tables = parse_file(path).tables()
    assert [(b.location.page, t.n_cols) for b, t in tables] == [(1, 3), (2, 2)]
