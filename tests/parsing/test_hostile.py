"""Hostile files (generated, tiny on disk) are refused in bounded time and memory with a message naming them.

Before the sandbox and the parse budgets, each of these ran for tens of seconds to minutes and took
gigabytes in the server process itself.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

import hostile
from review_assistant.errors import DocumentError
from review_assistant.parsing import parse_file
from review_assistant.settings import LimitSettings

_MB = 1024 * 1024
SLACK = 3.0


def refused(path: Path, limits: LimitSettings | None = None, *, within: float) -> str:
    start = time.perf_counter()
    with pytest.raises(DocumentError) as info:
        parse_file(path, limits)
    elapsed = time.perf_counter() - start
    # Generous on purpose: the suite shares 2 cores with a model server. Before the sandbox these
    # files ran for minutes; the point is that they end, by a limit, within a bounded time.
    assert elapsed < within * SLACK, f"{path.name} took {elapsed:.1f} s"
    assert info.value.message.startswith(f"{path.name}："), info.value.message
    return info.value.problem


def test_pdf_flate_bomb_is_refused_while_inflating(tmp_path: Path) -> None:
    path = hostile.make_pdf_flate_bomb(tmp_path, inflated_mb=128)
    assert path.stat().st_size < 300 * 1024
    problem = refused(path, within=10)
    assert "解压后超过上限 64 MB" in problem and "压缩炸弹" in problem


def test_pdf_declared_pages_and_objects_are_checked_before_parsing(tmp_path: Path) -> None:
    assert "超过上限 2000 页" in refused(hostile.make_pdf_many_pages(tmp_path), within=5)
    problem = refused(hostile.make_pdf_many_objects(tmp_path, count=3000), LimitSettings(max_pdf_objects=1000),
                      within=5)
    assert "内部对象有 3005 个，超过上限 1000 个" in problem


def test_pdf_deep_page_tree_is_refused(tmp_path: Path) -> None:
    assert "嵌套过深" in refused(hostile.make_pdf_deep_tree(tmp_path, depth=20_000), within=10)


def test_text_flood_hits_the_memory_limit_of_the_child(tmp_path: Path) -> None:
    path = hostile.make_pdf_text_flood(tmp_path, inflated_mb=24)
    # The page-character cap is lifted so that only the child's memory limit can stop it.
    limits = LimitSettings(parse_memory_mb=300, parse_timeout_s=60, parse_cpu_s=60, max_pdf_page_chars=10**9)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    problem = refused(path, limits, within=40)
    assert "占用内存过大（超过 300 MB），已拒绝" in problem
    # The parent itself did not grow: the parse happened in the child.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024


def test_text_flood_is_refused_at_the_page_character_cap(tmp_path: Path) -> None:
    path = hostile.make_pdf_text_flood(tmp_path, inflated_mb=24)
    assert "第 1 页的字符超过 200000 个" in refused(path, within=20)


def test_wall_timeout_and_cpu_limit_end_the_child(tmp_path: Path) -> None:
    path = hostile.make_pdf_text_flood(tmp_path, inflated_mb=24)
    unbounded = {"parse_memory_mb": 4096, "max_pdf_page_chars": 10**9}
    problem = refused(path, LimitSettings(parse_timeout_s=1.5, **unbounded), within=6)
    assert "文件解析超时（超过 1.5 秒），已拒绝" in problem
    # Ended well before the 60 s wall timeout: the CPU-time limit stopped it.
    problem = refused(path, LimitSettings(parse_timeout_s=60, parse_cpu_s=1, **unbounded), within=10)
    assert "文件解析超时" in problem


def test_docx_with_a_huge_but_compressible_body_is_refused_from_the_zip_directory(tmp_path: Path) -> None:
    path = hostile.make_docx_huge_xml(tmp_path, xml_mb=40)
    limits = LimitSettings()
    # It passes the compression-ratio check: only the part-size limit stops it.
    import zipfile

    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    assert info.file_size / info.compress_size < limits.max_compression_ratio
    problem = refused(path, within=5)
    assert "word/document.xml 解压后 40 MB，超过单个部件上限 32 MB" in problem


def test_docx_with_a_flood_of_paragraphs_is_refused_at_the_block_limit(tmp_path: Path) -> None:
    path = hostile.make_docx_huge_xml(tmp_path, xml_mb=2)
    problem = refused(path, LimitSettings(max_blocks=5_000), within=15)
    assert "段落和表格超过 5000 个" in problem


def test_xlsx_shared_string_laughs_are_refused_at_the_text_budget(tmp_path: Path) -> None:
    path = hostile.make_xlsx_shared_string_laughs(tmp_path, string_kb=256, cells=20_000)
    assert path.stat().st_size < 200 * 1024
    problem = refused(path, LimitSettings(max_text_mb=16), within=20)
    assert "文字总量超过上限 16 MB" in problem


def test_xlsx_sprawling_merge_is_refused_before_openpyxl_builds_it(tmp_path: Path) -> None:
    problem = refused(hostile.make_xlsx_sprawl(tmp_path), within=5)
    assert "超过上限 2000000 个" in problem


def test_xls_sprawling_merge_is_refused_before_xlrd_builds_it(tmp_path: Path) -> None:
    path = hostile.make_xls_sprawl(tmp_path)
    assert path.stat().st_size < 20 * 1024
    problem = refused(path, within=5)
    assert problem.startswith("工作簿共有 167772") and "超过上限 2000000 个" in problem  # the record pre-scan


def test_xls_shared_string_laughs_are_refused_at_the_text_budget(tmp_path: Path) -> None:
    path = hostile.make_xls_shared_string_laughs(tmp_path, cells=20_000)
    assert path.stat().st_size < 400 * 1024
    problem = refused(path, LimitSettings(max_text_mb=16), within=20)
    assert "文字总量超过上限 16 MB" in problem


def test_html_xls_spans_are_refused_while_parsing(tmp_path: Path) -> None:
    path = hostile.make_html_xls_spans(tmp_path)
    assert path.stat().st_size < 200 * 1024
    problem = refused(path, within=5)
    assert "超过上限 2000000 个" in problem


def test_normal_files_still_parse_in_the_child(tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[2] / "corpus/samples/goal_sheets/clean_pdf.pdf"
    doc = parse_file(sample)
    assert doc.blocks and doc.file_type == "pdf"
    assert parse_file(sample, LimitSettings(sandbox=False)).blocks == doc.blocks
