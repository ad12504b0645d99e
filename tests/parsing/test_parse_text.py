from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.errors import DocumentError
from review_assistant.parsing import BlockKind, parse_file
from review_assistant.parsing.common import join_cell_lines, join_wrapped

MARKDOWN = """# 某某市预算绩效管理办法

## 第一章 总则

第一条 为规范预算绩效管理，制定本办法。
第二条 本办法适用于市级部门。
第三条 预算绩效管理应当遵循以下原则：
（一）统筹兼顾；
（二）**突出重点**。

这是一段被编辑器硬换行的很长的说明文字，这一行写满了整行的宽度，所以应当与下一行拼接
成为同一个段落，直到句子结束。

| 指标 | 指标值 |
|:---|---:|
| 数量 | 120 |
| 质量 \\| 等级 | 合格 |

- 列表项一
- 列表项二

第二章 职责
===========

<!-- 注释不输出 -->
> 引用的一段话。
"""


def test_markdown_headings_tables_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "办法.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = parse_file(path)

    assert doc.file_type == "md" and doc.title == "某某市预算绩效管理办法"
    got = [(b.kind, b.level, b.text) for b in doc.blocks if b.kind != BlockKind.TABLE]
    assert got == [
        (BlockKind.HEADING, 1, "某某市预算绩效管理办法"),
        (BlockKind.HEADING, 2, "第一章 总则"),
        (BlockKind.PARAGRAPH, None, "第一条 为规范预算绩效管理，制定本办法。"),
        (BlockKind.PARAGRAPH, None, "第二条 本办法适用于市级部门。"),
        (BlockKind.PARAGRAPH, None, "第三条 预算绩效管理应当遵循以下原则："),
        (BlockKind.PARAGRAPH, None, "（一）统筹兼顾；"),
        (BlockKind.PARAGRAPH, None, "（二）突出重点。"),
        (
            BlockKind.PARAGRAPH,
            None,
            "这是一段被编辑器硬换行的很长的说明文字，这一行写满了整行的宽度，所以应当与下一行拼接"
            "成为同一个段落，直到句子结束。",
        ),
        (BlockKind.PARAGRAPH, None, "列表项一"),
        (BlockKind.PARAGRAPH, None, "列表项二"),
        (BlockKind.HEADING, 1, "第二章 职责"),
        (BlockKind.PARAGRAPH, None, "引用的一段话。"),
    ]
    block, table = doc.tables()[0]
    assert table.text_rows() == [["指标", "指标值"], ["数量", "120"], ["质量 | 等级", "合格"]]
    assert block.location.section == "第一章 总则" and block.location.table == 0
    assert doc.blocks[-1].location.section == "第二章 职责"


def test_plain_text_in_gb18030_keeps_one_line_per_article(tmp_path: Path) -> None:
    path = tmp_path / "旧 办法.txt"
    text = "某某办法\r\n\r\n第一条 本办法所称绩效目标。\r\n第二条 绩效目标应当清晰可衡量\r\n项目名称 城市绿化\r\n主管部门 城管局\r\n"
    path.write_bytes(text.encode("gb18030"))
    doc = parse_file(path)
    assert doc.file_type == "txt"
    assert [b.text for b in doc.blocks] == [
        "某某办法",
        "第一条 本办法所称绩效目标。",
        "第二条 绩效目标应当清晰可衡量",
        "项目名称 城市绿化",
        "主管部门 城管局",
    ]
    assert all(b.kind == BlockKind.PARAGRAPH for b in doc.blocks)
    assert doc.title == "某某办法"


def test_plain_text_hard_wrapped_lines_and_indented_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "　　第一个段落的第一行写得很长很长很长很长很长很长很长很长很长很长很长很长\n"
        "接着第一行继续写完。\n"
        "　　第二个段落另起一行。\n",
        encoding="utf-8",
    )
    assert [b.text for b in parse_file(path).blocks] == [
        "第一个段落的第一行写得很长很长很长很长很长很长很长很长很长很长很长很长接着第一行继续写完。",
        "第二个段落另起一行。",
    ]


@pytest.mark.parametrize(
    "data",
    [
        "\ufeff带BOM的文本。".encode(),
        "带BOM的文本。".encode("utf-16"),
    ],
)
def test_bom_encodings(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(data)
    assert parse_file(path).full_text == "带BOM的文本。"


def test_undecodable_text(tmp_path: Path) -> None:
    path = tmp_path / "乱码.txt"
    path.write_bytes(b"abc \x80\x80\xff\xfe\x81 def")
    with pytest.raises(DocumentError) as exc:
        parse_file(path)
    assert "乱码.txt" in exc.value.message and "编码" in exc.value.message


def test_binary_renamed_to_txt(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00")
    with pytest.raises(DocumentError) as exc:
        parse_file(path)
    assert "binary.txt" in exc.value.message


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["项目总投资", "一百万元。"], "项目总投资一百万元。"),
        (["total budget", "of the project"], "total budget of the project"),
        (["预算 budget", "金额"], "预算 budget金额"),
        (["  ", "单行"], "单行"),
    ],
)
def test_join_wrapped(parts: list[str], expected: str) -> None:
    assert join_wrapped(parts) == expected


def test_join_cell_lines_keeps_enumerations_apart() -> None:
    assert join_cell_lines("完成城区绿地养\n护任务\n1.补植苗木\n2.病虫害防\n治\n增长\n1.5%") == (
        "完成城区绿地养护任务\n1.补植苗木\n2.病虫害防治增长1.5%"
    )


def test_markdown_front_matter_is_metadata(tmp_path: Path) -> None:
    path = tmp_path / "fm.md"
    path.write_text("---\ntitle: 某某办法\ndate: 2024-01-01\n---\n\n正文第一段。\n", encoding="utf-8")
    doc = parse_file(path)
    assert doc.title == "某某办法" and doc.properties["date"] == "2024-01-01"
    assert [b.text for b in doc.blocks] == ["正文第一段。"]
