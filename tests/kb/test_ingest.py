"""Ingest: no-op on unchanged files, replacement on change, prune, errors that do not stop the rest."""

from __future__ import annotations

import shutil
from pathlib import Path

from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.ingest import ensure_bundled, ingest, remove_documents
from review_assistant.settings import Settings

from .conftest import HashEmbedder


def _run(settings: Settings, paths: list[Path], **kw: object) -> tuple[object, KnowledgeBase, HashEmbedder]:
    emb = HashEmbedder()
    kb = KnowledgeBase(settings, embedder=emb)
    report = ingest(paths, settings, kb=kb, show_progress=False, **kw)  # type: ignore[arg-type]
    return report, kb, emb


def test_ingest_then_unchanged_is_a_no_op(kb_settings: Settings, policies: Path) -> None:
    report, kb, emb = _run(kb_settings, [policies])
    assert len(report.added) == 2 and not report.errors  # type: ignore[attr-defined]
    n = kb.manifest.count_chunks()
    assert n == 9 and kb.vectors.count() == n and emb.calls == n
    kb.close()
    again, kb2, emb2 = _run(kb_settings, [policies])
    assert len(again.unchanged) == 2 and not again.changed  # type: ignore[attr-defined]
    assert emb2.calls == 0 and kb2._vectors is None  # neither the model nor Chroma was touched
    kb2.close()


def test_changed_file_replaces_its_chunks(kb_settings: Settings, policies: Path) -> None:
    _, kb, _ = _run(kb_settings, [policies])
    before = set(kb.records())
    kb.close()
    local = policies / "local.md"
    local.write_text(local.read_text(encoding="utf-8").replace("不低于85%", "不低于90%"), encoding="utf-8")
    report, kb, emb = _run(kb_settings, [policies])
    assert len(report.updated) == 1 and len(report.unchanged) == 1  # type: ignore[attr-defined]
    after = set(kb.records())
    assert len(before - after) == 1 and len(after - before) == 1
    assert kb.vectors.ids() == after
    assert emb.calls == 1  # only the edited article was embedded again
    assert any("90%" in r.text for r in kb.records().values())
    kb.close()


def test_sidecar_change_updates_status_in_both_indexes(kb_settings: Settings, policies: Path) -> None:
    _, kb, _ = _run(kb_settings, [policies])
    kb.close()
    side = policies / "local.meta.yaml"
    side.write_text(side.read_text(encoding="utf-8").replace("status: 有效", "status: 已修订"), encoding="utf-8")
    report, kb, emb = _run(kb_settings, [policies])
    assert len(report.updated) == 1 and emb.calls == 0  # type: ignore[attr-defined]
    metas = kb.vectors.collection.get(include=["metadatas"])["metadatas"]
    assert sum(m["status"] == "已修订" for m in metas) == 7
    kb.close()


def test_prune_drops_removed_files(kb_settings: Settings, policies: Path) -> None:
    _run(kb_settings, [policies])[1].close()  # type: ignore[attr-defined]
    (policies / "old.md").unlink()
    report, kb, _ = _run(kb_settings, [policies])
    assert not report.removed and len(kb.manifest.paths()) == 2  # type: ignore[attr-defined]
    kb.close()
    report, kb, _ = _run(kb_settings, [policies], prune=True)
    assert len(report.removed) == 1 and len(kb.manifest.paths()) == 1  # type: ignore[attr-defined]
    assert kb.vectors.count() == kb.manifest.count_chunks() == 7
    kb.close()


def test_bad_files_get_chinese_errors_and_the_rest_goes_on(kb_settings: Settings, policies: Path) -> None:
    (policies / "empty.md").write_text("   \n", encoding="utf-8")
    (policies / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (policies / "bad.meta.yaml").write_text("title: [\n", encoding="utf-8")
    (policies / "bad.md").write_text("第一条　内容。\n", encoding="utf-8")
    (policies / "validity.yaml").write_text("- doc_number: [\n", encoding="utf-8")
    report, kb, _ = _run(kb_settings, [policies, policies / "missing.md"])
    names = sorted(Path(e.path).name for e in report.errors)  # type: ignore[attr-defined]
    assert names == ["bad.meta.yaml", "broken.docx", "empty.md", "missing.md", "validity.yaml"]
    assert all(e.message and e.message.isascii() is False for e in report.errors)  # type: ignore[attr-defined]
    assert len(report.added) == 2  # type: ignore[attr-defined]
    kb.close()


def test_remove_and_ensure_bundled(kb_settings: Settings, policies: Path, monkeypatch: object) -> None:
    import review_assistant.kb.index as index_mod

    monkeypatch.setattr(index_mod, "make_embedder", lambda s: HashEmbedder())  # type: ignore[attr-defined]
    monkeypatch.setattr(index_mod, "embedder_model_id", lambda s: HashEmbedder.model_id)  # type: ignore[attr-defined]
    lines: list[str] = []
    first = ensure_bundled(kb_settings, show_progress=False, say=lines.append)
    assert first is not None and len(first.added) == 2
    assert lines[0].startswith("知识库为空，开始索引随附的政策文件")
    assert any(line.startswith("第 1/2 步：解析并切分 2 份政策文件") for line in lines)
    assert sum(1 for line in lines if line.startswith("  [")) == 2  # one line per file without a bar
    assert any(line.startswith("第 2/2 步：加载向量模型") for line in lines)
    assert ensure_bundled(kb_settings, show_progress=False, say=lines.append) is None
    gone = remove_documents(kb_settings, [policies / "old.md"])
    assert [Path(g).name for g in gone] == ["old.md"]
    with KnowledgeBase(kb_settings) as kb:
        assert kb.vectors.count() == 7


def test_moved_folder_keeps_working(kb_settings: Settings, policies: Path, tmp_path: Path) -> None:
    _run(kb_settings, [policies])[1].close()  # type: ignore[attr-defined]
    moved = tmp_path / "moved"
    shutil.copytree(policies, moved)
    # While the old files exist, a second copy of the same 文号 is refused, not silently merged.
    report, kb, _ = _run(kb_settings, [moved])
    assert len(report.errors) == 2 and "同一文件" in report.errors[0].message  # type: ignore[attr-defined]
    kb.close()
    shutil.rmtree(policies)
    report, kb, emb = _run(kb_settings, [moved])
    # A move: the old entries go, and the texts were embedded before, so the cache answers.
    assert len(report.added) == 2 and len(report.removed) == 2 and emb.calls == 0  # type: ignore[attr-defined]
    assert kb.vectors.count() == kb.manifest.count_chunks() == 9
    kb.close()
