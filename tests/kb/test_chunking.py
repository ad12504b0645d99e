"""Chunking follows the document's structure and gives stable, content-derived ids."""

from __future__ import annotations

from pathlib import Path

from review_assistant.kb.chunking import Chunk, chunk_document
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import Block, BlockKind, ParsedDocument

from .conftest import LOCAL


def _chunks(tmp_path: Path, text: str, max_chars: int = 600, name: str = "doc.md") -> list[Chunk]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    return chunk_document(doc, doc_key="测财绩〔2025〕1号", title=doc.title or "", max_chars=max_chars)


def test_one_chunk_per_article_with_chapter_path(tmp_path: Path) -> None:
    chunks = _chunks(tmp_path, LOCAL)
    assert [c.article for c in chunks] == [f"第{n}条" for n in "一二三四五六七"]
    third = chunks[2]
    assert third.heading_path == ("第二章 事前绩效评估",)
    assert third.text.startswith("第三条") and "20万元" in third.text
    # Front matter (disclaimer, title, 文号 line) is metadata, not a chunk.
    assert not any("示例文本" in c.text or "印发" in c.text for c in chunks)


def test_items_stay_with_their_article_and_never_cross(tmp_path: Path) -> None:
    text = (
        "# 办法\n\n## 第一章 总则\n\n第一条　下列项目应当评估：\n（一）新增项目；\n（二）延续项目。\n"
        "前款所称项目，是指区级项目。\n\n第二条　本办法自发布之日起施行。\n"
    )
    chunks = _chunks(tmp_path, text)
    assert len(chunks) == 2
    assert "（二）延续项目" in chunks[0].text and "前款所称" in chunks[0].text
    assert "第二条" not in chunks[0].text and chunks[1].text.startswith("第二条")


def test_long_article_splits_at_paragraphs_and_repeats_heading(tmp_path: Path) -> None:
    para = "预算单位应当如实填报绩效目标申报表并说明测算依据。" * 4
    text = f"# 办法\n\n## 第二章 目标\n\n第九条　{para}\n{para}\n{para}\n\n第十条　短条。\n"
    chunks = _chunks(tmp_path, text, max_chars=120)
    ninth = [c for c in chunks if c.article == "第九条"]
    assert len(ninth) == 3 and [c.part for c in ninth] == [0, 1, 2]
    assert all(c.heading_path == ("第二章 目标",) and len(c.text) <= 120 for c in ninth)
    assert all("第二章 目标 第九条" in c.index_text("办法") for c in ninth)
    assert chunks[-1].article == "第十条"


def test_document_without_articles_uses_section_headings(tmp_path: Path) -> None:
    text = (
        "# 意见\n\n## 一、总体要求\n\n### （一）指导思想\n\n以提高资金使用效益为目标。\n\n"
        "## 二、建立绩效评估机制\n\n### （七）建立绩效评估机制\n\n新出台的重大政策和项目要开展事前绩效评估。\n"
    )
    chunks = _chunks(tmp_path, text)
    assert [c.article for c in chunks] == ["（一）指导思想", "（七）建立绩效评估机制"]
    assert chunks[1].heading_path == ("二、建立绩效评估机制", "（七）建立绩效评估机制")


def test_chapter_lines_in_plain_paragraphs_are_headings() -> None:
    blocks = [
        Block(kind=BlockKind.PARAGRAPH, text="第一章　总则"),
        Block(kind=BlockKind.PARAGRAPH, text="第一条　为了规范管理，制定本办法。"),
        Block(kind=BlockKind.PARAGRAPH, text="一、新增项目；"),
        Block(kind=BlockKind.PARAGRAPH, text="第二章　评估"),
        Block(kind=BlockKind.PARAGRAPH, text="第二条　应当评估。"),
    ]
    doc = ParsedDocument(path="x.docx", sha256="0", file_type="docx", blocks=blocks)
    chunks = chunk_document(doc, doc_key="k", title="办法", max_chars=600)
    assert [(c.article, c.heading_path) for c in chunks] == [("第一条", ("第一章 总则",)), ("第二条", ("第二章 评估",))]
    assert "一、新增项目" in chunks[0].text  # an item inside an article, not a heading


def test_ids_are_stable_and_content_derived(tmp_path: Path) -> None:
    first = _chunks(tmp_path, LOCAL, name="a.md")
    again = _chunks(tmp_path, LOCAL, name="b.md")
    assert [c.chunk_id for c in first] == [c.chunk_id for c in again]
    edited = _chunks(tmp_path, LOCAL.replace("不低于85%", "不低于90%"), name="c.md")
    changed = {c.chunk_id for c in first} ^ {c.chunk_id for c in edited}
    assert len(changed) == 2  # only the edited article (第五条) got a new id
    assert len({c.chunk_id for c in first}) == len(first)


def test_docx_policy_with_heading_styles_and_plain_chapters(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("测试区绩效评价办法", level=1)
    d.add_paragraph("测财绩〔2025〕4号")
    d.add_paragraph("第一章　总则")
    d.add_paragraph("第一条　为规范绩效评价，制定本办法。")
    d.add_heading("第二章 评价方式", level=2)
    d.add_paragraph("第二条　绩效评价分为单位自评、部门评价和财政评价。")
    d.add_paragraph("（一）单位自评由预算单位组织；")
    d.add_paragraph("（二）部门评价由主管部门组织。")
    path = tmp_path / "policy.docx"
    d.save(str(path))
    doc = parse_file(path)
    chunks = chunk_document(doc, doc_key="测财绩〔2025〕4号", title="测试区绩效评价办法", max_chars=600)
    assert [(c.article, c.heading_path) for c in chunks] == [
        ("第一条", ("第一章 总则",)),
        ("第二条", ("第二章 评价方式",)),
    ]
    assert "（二）部门评价" in chunks[1].text


def test_readers_note_after_the_last_article_is_its_own_chunk(tmp_path: Path) -> None:
    from review_assistant.kb.chunking import is_commentary
    from review_assistant.settings import load_settings

    text = ("# 某办法\n\n第一条　本办法自印发之日起施行。\n\n> 学习提示（不是原文内容）：成本指标宜写成可核对的单位成本。\n"
            "\n> 地方实践举例（不是原文内容）：有的市在年中收回资金。\n")
    path = tmp_path / "x.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, load_settings().limits)
    chunks = chunk_document(doc, doc_key="x", title="某办法", max_chars=600)
    assert [c.article for c in chunks] == ["第一条", "学习提示"]
    assert "学习提示" not in chunks[0].text and is_commentary(chunks[1].text)
    assert "地方实践举例" in chunks[1].text
