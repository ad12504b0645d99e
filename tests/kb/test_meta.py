"""Document metadata (sidecar or text) and the validity registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.errors import DocumentError
from review_assistant.kb.meta import document_meta, lookup_validity, normalize_doc_number
from review_assistant.parsing import parse_file
from review_assistant.settings import REPO_ROOT

from .conftest import OLD, make_settings


def test_normalize_doc_number_brackets() -> None:
    for raw in ("财预[2020]10号", "财预（2020）10号", "财预 〔2020〕 10号", "财预［2020］10号"):
        assert normalize_doc_number(raw) == "财预〔2020〕10号"


def test_sidecar_wins(policies: Path) -> None:
    path = policies / "local.md"
    meta = document_meta(path, parse_file(path))
    assert (meta.title, meta.doc_number, meta.level, meta.status, meta.sample) == (
        "测试区预算绩效管理办法", "测财绩〔2025〕1号", "区", "有效", True,
    )


def test_metadata_from_text_without_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "old.md"
    path.write_text(OLD, encoding="utf-8")
    meta = document_meta(path, parse_file(path))
    assert meta.title == "财政支出绩效评价管理暂行办法"
    assert meta.doc_number == "财预〔2011〕285号"
    assert meta.issuer == "财政部" and meta.level == "中央"
    assert meta.effective == "2011-04-02" and meta.status == "有效"


def test_bad_sidecar_is_a_document_error(policies: Path) -> None:
    (policies / "local.meta.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    path = policies / "local.md"
    with pytest.raises(DocumentError, match="YAML"):
        document_meta(path, parse_file(path))
    (policies / "local.meta.yaml").write_text("title: x\nstatus: 作废\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="status"):
        document_meta(path, parse_file(path))


def test_lookup_validity_from_bundled_registry(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "home", REPO_ROOT / "policies")
    old = lookup_validity("财预[2011]285号", settings)
    assert old is not None and old.status == "已废止" and old.replaced_by == "财预〔2020〕10号"
    assert lookup_validity("《项目支出绩效评价管理办法》", settings) is not None
    assert lookup_validity("财预〔1999〕1号", settings) is None


def test_docx_title_skips_the_note_number_line_and_notice(tmp_path: Path) -> None:
    import docx

    from review_assistant.kb.meta import document_meta
    from review_assistant.parsing import parse_file
    from review_assistant.settings import load_settings

    limits = load_settings().limits
    cases = {
        "note.docx": ["示例文本：本文件为虚构示例，仅供测试。", "某区项目支出绩效评价管理办法", "第一条　为规范绩效评价，制定本办法。"],
        "number.docx": ["某财绩〔2024〕4号　2024年3月15日", "某区预算绩效运行监控管理办法", "第一条　为加强监控，制定本办法。"],
        "notice.docx": ["关于印发《某区绩效目标管理办法》的通知", "各部门：现将办法印发给你们，请遵照执行。",
                        "第一条　为加强目标管理，制定本办法。"],
    }
    expected = {"note.docx": "某区项目支出绩效评价管理办法", "number.docx": "某区预算绩效运行监控管理办法",
                "notice.docx": "某区绩效目标管理办法"}
    for name, lines in cases.items():
        d = docx.Document()
        for line in lines:
            d.add_paragraph(line)
        path = tmp_path / name
        d.save(str(path))
        assert document_meta(path, parse_file(path, limits)).title == expected[name], name
