"""Check results as Markdown (for pasting into mail or a wiki)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import PurePath

from review_assistant.checks.models import SEVERITY_ZH, Finding
from review_assistant.extract.models import KIND_ZH
from review_assistant.review.results import CheckResult


def evidence_text(f: Finding, sep: str = "\n") -> str:
    """The finding's quote, followed by the matching quote in another document for cross-document findings."""
    parts = [f.evidence] if f.evidence else []
    parts.extend(f"对照 {PurePath(r.path).name}：{r.evidence}" for r in f.related if r.evidence)
    return sep.join(parts)


_MD_SPECIAL = re.compile(r"([\\`*\[\]{}#+!|~]|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z]))")  # a_b stays as is


def md_text(text: str) -> str:
    """Untrusted text made inert in Markdown that is rendered to HTML: no raw HTML, emphasis, links or
    table breaks — it reads as typed. One line (a table cell)."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False)).replace("\n", " ").strip()


def error_problem(result: CheckResult) -> str:
    """A refused file's problem without the leading file name (the caller shows the path itself)."""
    error = result.error or ""
    name = PurePath(result.document.path).name
    return error[len(name) + 1:] if name and error.startswith(f"{name}：") else error



def _model_tag(f: Finding) -> str:
    """LLM findings name the model that produced them (the reviewer must confirm them)."""
    return f"（大模型 {f.model}，待确认）" if f.source == "llm" else ""


def render_markdown(results: Sequence[CheckResult]) -> str:
    out: list[str] = ["# 审核结果", ""]
    for r in results:
        doc = r.document
        out.append(f"## {md_text(doc.title or doc.path)}")
        out.append("")
        out.append(f"- 文件：{md_text(doc.path)}")
        if r.error:
            out += [f"- **无法审核**：{md_text(error_problem(r))}", ""]
            continue
        out.append(f"- 类型：{KIND_ZH.get(doc.kind or '', doc.kind or '')}；预算年度：{doc.fiscal_year}")
        s = r.summary
        out.append(f"- 结论：**{s.conclusion}**（错误 {s.errors} 项，警告 {s.warnings} 项，提示 {s.infos} 项）")
        out.extend(f"- 说明：{md_text(n)}" for n in r.notes)
        out.append("")
        if not r.findings:
            out += ["未发现问题。", ""]
            continue
        out.append("| 序号 | 级别 | 规则 | 位置 | 问题 | 原文 | 依据 | 修改建议 |")
        out.append("|---|---|---|---|---|---|---|---|")
        for i, f in enumerate(r.findings, 1):
            refs = "；".join(f"{p.document}{p.article or ''}" for p in f.policy_refs)
            out.append(
                f"| {i} | {SEVERITY_ZH[f.severity]} | {f.rule_id}{_model_tag(f)} | {md_text(f.location.describe())} | {md_text(f.message)} "
                f"| {md_text(evidence_text(f, '；'))} | {md_text(refs)} | {md_text(f.suggestion)} |"
            )
        out.append("")
    return "\n".join(out)
