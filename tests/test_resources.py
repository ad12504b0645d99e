"""Resources resolve from one root and a missing one stops the product with a Chinese message."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant import resources
from review_assistant.errors import ResourceMissing
from review_assistant.llm import prompts


def test_source_tree_resources_resolve() -> None:
    assert resources.resource_dir("prompts") == resources.RESOURCE_ROOT / "prompts"
    assert resources.resource_file("ui", "app.css", "界面样式表").is_file()


def test_missing_prompt_folder_is_an_error_not_silence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "RESOURCE_ROOT", tmp_path)
    with pytest.raises(ResourceMissing, match=r"安装不完整.*prompts/"):
        prompts.rule_prompt_ids()
    with pytest.raises(ResourceMissing, match="安装不完整"):
        prompts.load_prompts.__wrapped__()


def test_missing_file_names_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(ResourceMissing, match="规则依据文件"):
        resources.require_file(tmp_path / "rule_basis.yaml", "规则依据文件")
