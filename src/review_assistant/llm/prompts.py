"""Rule prompts: one file per judgement rule in ``prompts/``, named by rule id.

A file is YAML front matter between ``---`` lines, then the user-message template. A rule prompt's
front matter names its ``rule_id`` (the file name), ``kinds`` (the document kinds it judges) and
``sections`` (what of the document it is shown); adding the file adds the rule. Placeholders are
``{{ name }}``; the front matter's ``variables`` must list exactly the placeholders the body uses, or
loading fails (so a typo never silently sends a prompt with a hole in it). A user's own prompt
directory may override a built-in prompt only with the same variables.

Document text never goes into a template directly: :func:`data_block` wraps it in delimiters with
a per-call random tag, and removes anything in the text that looks like a delimiter.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import get_args

import yaml

from review_assistant.errors import ConfigError
from review_assistant.extract.models import DocumentKind
from review_assistant.resources import RESOURCE_ROOT, resource_dir

PROMPTS_DIR = RESOURCE_ROOT / "prompts"
SYSTEM_FILE = "_system.md"
_PLACEHOLDER = re.compile(r"\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}")
_RULE_FILE = re.compile(r"^(?:GS|EA|GEN|MON|EV|RA)(?:-[A-Z]+)?-\d{2}\.md$")
_DELIM = re.compile(r"<{2,}\s*/?\s*(?:材料|资料|DATA|data)[^>\n]{0,40}>{2,}")


@dataclass(frozen=True)
class PromptTemplate:
    """A loaded, validated prompt file."""

    name: str
    version: int
    variables: frozenset[str]
    body: str
    path: Path
    rule_id: str = ""
    title: str = ""
    kinds: tuple[str, ...] = ("goal_sheet", "appraisal_report")
    sections: tuple[str, ...] = ()
    retrieval_query: str = ""
    meta: dict[str, object] = field(default_factory=dict, compare=False)

    def render(self, **values: str) -> str:
        """Fill every placeholder; missing or extra values are a bug in the caller."""
        missing = self.variables - values.keys()
        extra = values.keys() - self.variables
        if missing or extra:
            raise ValueError(f"{self.name}: missing {sorted(missing)}, unexpected {sorted(extra)}")
        return _PLACEHOLDER.sub(lambda m: values[m.group(1)], self.body)


def parse_prompt(text: str, path: Path) -> PromptTemplate:
    """Parse and validate one prompt file (raises ConfigError naming the file)."""
    if not text.startswith("---"):
        raise ConfigError(f"提示词文件缺少 YAML 头：{path}")
    try:
        _, header, body = text.split("---", 2)
        meta = yaml.safe_load(header) or {}
    except (ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"提示词文件头无法解析：{path}（{exc}）") from exc
    if not isinstance(meta, dict):
        raise ConfigError(f"提示词文件头应为键值对：{path}")
    declared = frozenset(str(v) for v in meta.get("variables") or [])
    used = frozenset(_PLACEHOLDER.findall(body))
    if declared != used:
        raise ConfigError(
            f"提示词变量与声明不一致：{path.name}（未声明：{sorted(used - declared)}；未使用：{sorted(declared - used)}）"
        )
    version = meta.get("version")
    if not isinstance(version, int):
        raise ConfigError(f"提示词缺少整数 version：{path.name}")
    rule_id = str(meta.get("rule_id") or "")
    if rule_id and f"{rule_id}.md" != path.name:
        raise ConfigError(f"提示词文件名应与 rule_id 一致：{path.name} ≠ {rule_id}.md")
    kinds = tuple(str(k) for k in meta.get("kinds") or ())
    if rule_id and not kinds:
        raise ConfigError(f"规则提示词缺少 kinds（适用的文件类型，如 [goal_sheet, appraisal_report]）：{path.name}")
    unknown = sorted(set(kinds) - set(get_args(DocumentKind)))
    if unknown:
        raise ConfigError(f"提示词 kinds 含未知文件类型 {unknown}：{path.name}（可用：{list(get_args(DocumentKind))}）")
    return PromptTemplate(
        name=path.stem,
        version=version,
        variables=declared,
        body=body.strip() + "\n",
        path=path,
        rule_id=rule_id,
        title=str(meta.get("title") or ""),
        kinds=kinds or ("goal_sheet", "appraisal_report"),
        sections=tuple(meta.get("sections") or ()),
        retrieval_query=str(meta.get("retrieval_query") or ""),
        meta=dict(meta),
    )


def load_prompt(path: Path, default: PromptTemplate | None = None) -> PromptTemplate:
    tpl = parse_prompt(path.read_text(encoding="utf-8"), path)
    if default is not None and tpl.variables != default.variables:
        raise ConfigError(
            f"自定义提示词 {path} 的变量 {sorted(tpl.variables)} 与内置提示词 {sorted(default.variables)} 不一致。"
        )
    return tpl


@lru_cache(maxsize=8)
def load_prompts(override_dir: Path | None = None, base_dir: Path = PROMPTS_DIR) -> dict[str, PromptTemplate]:
    """Every prompt by name (rule id, or ``_system``); an override directory replaces same-named files."""
    out: dict[str, PromptTemplate] = {}
    for path in sorted(_existing(base_dir).glob("*.md")):
        out[path.stem] = load_prompt(path)
    if override_dir is not None:
        if not override_dir.is_dir():
            raise ConfigError(f"llm.prompts_dir 不是目录：{override_dir}")
        for path in sorted(override_dir.glob("*.md")):
            out[path.stem] = load_prompt(path, out.get(path.stem))
    return out


def rule_prompt_ids(base_dir: Path = PROMPTS_DIR) -> list[str]:
    """Rule ids that have a prompt file (cheap: file names only, no parsing)."""
    return sorted(p.stem for p in _existing(base_dir).glob("*.md") if _RULE_FILE.match(p.name))


def _existing(base_dir: Path) -> Path:
    """The built-in prompt folder must exist: without it the LLM rules would silently not run."""
    return resource_dir("prompts") if base_dir == PROMPTS_DIR else base_dir


def data_block(sections: list[tuple[str, str]], tag: str | None = None) -> tuple[str, str]:
    """The document's sections inside one delimited block; returns (block, tag).

    The tag is random per call, so text inside the document cannot close the block: it cannot
    know the tag, and anything shaped like a delimiter is removed from it first.
    """
    tag = tag or secrets.token_hex(4)
    parts = [f"<<<材料 {tag} 开始>>>"]
    for name, text in sections:
        parts.append(f"【{name}】")
        parts.append(_DELIM.sub("", text).strip())
    parts.append(f"<<<材料 {tag} 结束>>>")
    return "\n".join(parts), tag
