from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE

from review_assistant.parsing import BlockKind, parse_file

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def p(text: str, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    ppr = ""
    if style or num:
        inner = f'<w:pStyle w:val="{style}"/>' if style else ""
        if num:
            inner += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr = f"<w:pPr>{inner}</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{p(text)}</w:tc>"


def tbl(rows: list[str], cols: int) -> str:
    grid = "".join('<w:gridCol w:w="1000"/>' for _ in range(cols))
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def test_blocks_keep_document_order_with_headings_and_tables(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("某某项目事前绩效评估报告", 0)
    d.add_heading("一、项目概况", 1)
    d.add_paragraph("项目由某某局申报。")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目名称", "城市绿化养护"
    table.cell(1, 0).text, table.cell(1, 1).text = "资金总额", "260万元"
    d.add_heading("（一）立项必要性", 2)
    d.add_paragraph("")  # empty paragraphs produce no block
    d.add_paragraph("必要性充分。")
    path = tmp_path / "report.docx"
    d.save(str(path))

    doc = parse_file(path)

    assert doc.file_type == "docx"
    assert len(doc.sha256) == 64
    assert doc.pages is None
    assert doc.title == "某某项目事前绩效评估报告"
    kinds = [(b.kind, b.level, b.text.split("\n")[0]) for b in doc.blocks]
    assert kinds == [
        (BlockKind.HEADING, 1, "某某项目事前绩效评估报告"),
        (BlockKind.HEADING, 1, "一、项目概况"),
        (BlockKind.PARAGRAPH, None, "项目由某某局申报。"),
        (BlockKind.TABLE, None, "项目名称 城市绿化养护"),
        (BlockKind.HEADING, 2, "（一）立项必要性"),
        (BlockKind.PARAGRAPH, None, "必要性充分。"),
    ]
    assert doc.blocks[0].style == "Title"
    assert doc.blocks[1].style == "Heading 1"
    table_block = doc.blocks[3]
    assert table_block.location.table == 0
    assert table_block.location.section == "一、项目概况"
    assert table_block.table is not None
    assert table_block.table.text_rows() == [["项目名称", "城市绿化养护"], ["资金总额", "260万元"]]
    last = doc.blocks[-1]
    assert last.location.section == "（一）立项必要性"
    assert last.location.paragraph == 4
    assert doc.contains("资金总额 260万元")


def test_python_docx_merges_fill_every_grid_position(tmp_path: Path) -> None:
    d = docx.Document()
    t = d.add_table(rows=4, cols=4)
    for r in range(4):
        for c in range(4):
            t.cell(r, c).text = f"r{r}c{c}"
    t.cell(0, 0).merge(t.cell(0, 2)).text = "横向合并"
    t.cell(1, 0).merge(t.cell(3, 0)).text = "纵向合并"
    t.cell(1, 2).merge(t.cell(2, 3)).text = "块合并"
    path = tmp_path / "merge.docx"
    d.save(str(path))

    (block, table) = parse_file(path).tables()[0]

    assert table.n_rows == 4 and all(len(r) == 4 for r in table.rows)
    assert table.text_rows() == [
        ["横向合并", "横向合并", "横向合并", "r0c3"],
        ["纵向合并", "r1c1", "块合并", "块合并"],
        ["纵向合并", "r2c1", "块合并", "块合并"],
        ["纵向合并", "r3c1", "r3c2", "r3c3"],
    ]
    merged = [[c.merged for c in row] for row in table.rows]
    assert merged == [
        [False, True, True, False],
        [False, False, False, True],
        [True, False, True, True],
        [True, False, False, False],
    ]
    assert [(c.row, c.column) for c in table.rows[2]] == [(2, 0), (2, 1), (2, 2), (2, 3)]
    assert block.text.splitlines()[0] == "横向合并 r0c3"


def test_raw_vmerge_gridspan_and_grid_before(docx_writer: Callable[..., Path]) -> None:
    restart, span2 = '<w:vMerge w:val="restart"/>', '<w:gridSpan w:val="2"/>'
    rows = [
        f"<w:tr>{tc('一级指标', restart)}{tc('二级', span2)}</w:tr>",
        f"<w:tr>{tc('', '<w:vMerge/>')}{tc('a')}{tc('b')}</w:tr>",
        f"<w:tr><w:trPr><w:gridBefore w:val='1'/></w:trPr>{tc('c')}{tc('d')}</w:tr>",
        f"<w:tr>{tc('short')}</w:tr>",
    ]
    path = docx_writer(tbl(rows, 3))

    table = parse_file(path).tables()[0][1]

    assert table.text_rows() == [
        ["一级指标", "二级", "二级"],
        ["一级指标", "a", "b"],
        ["", "c", "d"],
        ["short", "", ""],
    ]
    assert table.rows[1][0].merged and table.rows[0][2].merged and not table.rows[2][0].merged


def test_nested_table_follows_its_table_and_is_read_once(docx_writer: Callable[..., Path]) -> None:
    inner = tbl([f"<w:tr>{tc('内1')}{tc('内2')}</w:tr>", f"<w:tr>{tc('内3')}{tc('内4')}</w:tr>"], 2)
    outer = tbl([f"<w:tr>{tc('外')}<w:tc>{p('说明')}{inner}<w:p/></w:tc></w:tr>"], 2)
    doc = parse_file(docx_writer(outer))
    (_, table), (_, nested) = doc.tables()
    assert table.text_rows() == [["外", "说明"]]
    assert nested.text_rows() == [["内1", "内2"], ["内3", "内4"]]
    assert doc.full_text.count("内1") == 1


def test_content_controls_insertions_hyperlinks_and_deletions(docx_writer: Callable[..., Path]) -> None:
    body = (
        "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>"
        f"{p('控件内的段落')}</w:sdtContent></w:sdt>"
        "<w:p><w:r><w:t>保留</w:t></w:r>"
        "<w:del><w:r><w:delText>已删除</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>新增</w:t></w:r></w:ins>"
        "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
        "<w:r><w:tab/><w:t>尾</w:t></w:r></w:p>"
    )
    doc = parse_file(docx_writer(body))
    assert [b.text for b in doc.blocks] == ["控件内的段落", "保留新增链接\t尾"]


def test_heading_styles_by_chinese_name_basedon_and_outline(tmp_path: Path) -> None:
    d = docx.Document()
    cn = d.styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)
    custom = d.styles.add_style("我的大标题", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = d.styles["Heading 1"]
    d.add_paragraph("二级标题", style=cn)
    d.add_paragraph("继承的标题", style=custom)
    d.add_paragraph("正文")
    path = tmp_path / "styles.docx"
    d.save(str(path))

    blocks = parse_file(path).blocks

    assert [(b.kind, b.level) for b in blocks] == [
        (BlockKind.HEADING, 2),
        (BlockKind.HEADING, 1),
        (BlockKind.PARAGRAPH, None),
    ]
    assert blocks[2].location.section == "继承的标题"


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def test_automatic_numbering_labels_are_rendered(docx_writer: Callable[..., Path]) -> None:
    body = "".join(
        [
            p("项目概况", num=(1, 0)),
            p("立项依据", num=(1, 1)),
            p("政策文件", num=(1, 2)),
            p("实施内容", num=(1, 1)),
            p("", num=(1, 0)),  # an empty numbered paragraph still takes 二、
            p("评估结论", num=(1, 0)),
            p("分项", num=(1, 1)),
            p("要点", num=(2, 0)),
        ]
    )
    doc = parse_file(docx_writer(body, parts={"word/numbering.xml": NUMBERING}))
    assert [b.text for b in doc.blocks] == [
        "一、项目概况",
        "（一）立项依据",
        "1. 政策文件",
        "（二）实施内容",
        "三、评估结论",
        "（一）分项",
        "要点",
    ]


def test_title_from_core_properties_and_properties(tmp_path: Path) -> None:
    d = docx.Document()
    d.core_properties.title = "申报表标题"
    d.core_properties.author = "张三"
    d.add_paragraph("正文第一段")
    path = tmp_path / "props.docx"
    d.save(str(path))
    doc = parse_file(path)
    assert doc.title == "申报表标题"
    assert doc.properties["author"] == "张三"


def test_fifty_thousand_paragraphs(docx_writer: Callable[..., Path]) -> None:
    n = 50_000
    parts = []
    for i in range(n):
        if i % 5000 == 0:
            parts.append(p(f"第{i // 5000 + 1}部分", style="Heading1"))
            parts.append(tbl([f"<w:tr>{tc('指标')}{tc(str(i))}</w:tr>"], 2))
        parts.append(p(f"第{i}段，内容为预算绩效管理的说明文字。"))
    doc = parse_file(docx_writer("".join(parts), name="big.docx"))
    paragraphs = [b for b in doc.blocks if b.kind == BlockKind.PARAGRAPH]
    assert len(paragraphs) == n
    assert len(doc.tables()) == 10
    assert paragraphs[-1].location.section == "第10部分"
    assert doc.contains("第49999段，内容为预算绩效管理的说明文字。")


def test_symbol_check_boxes(docx_writer: Callable[..., Path]) -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">是否新增 </w:t></w:r>'
        '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r><w:r><w:t xml:space="preserve">是 </w:t></w:r>'
        '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r><w:r><w:t>否</w:t></w:r></w:p>'
    )
    assert parse_file(docx_writer(body)).full_text == "是否新增 ☑是 □否"


def test_main_part_with_another_name(tmp_path: Path, zip_rewriter: Callable[..., None]) -> None:
    import zipfile

    path = tmp_path / "renamed-part.docx"
    d = docx.Document()
    d.add_paragraph("主体部件改名")
    d.save(str(path))
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["word/main.xml"] = parts.pop("word/document.xml")
    parts["word/_rels/main.xml.rels"] = parts.pop("word/_rels/document.xml.rels")
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", b"word/main.xml")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"/word/document.xml", b"/word/main.xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    assert parse_file(path).full_text == "主体部件改名"
