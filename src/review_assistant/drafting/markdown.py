"""Check results as Markdown (for pasting into mail or a wiki)."""

from __future__ import annotations

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


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def _model_tag(f: Finding) -> str:
    """LLM findings name the model that produced them (the reviewer must confirm them)."""
    return f"（大模型 {f.model}，待确认）" if f.source == "llm" else ""


def render_markdown(results: Sequence[CheckResult]) -> str:
    out: list[str] = ["# 审核结果", ""]
    for r in results:
        doc = r.document
        out.append(f"## {_cell(doc.title or doc.path)}")
        out.append("")
        out.append(f"- 文件：`{doc.path}`")
        if r.error:
            out += [f"- **无法审核**：{_cell(r.error)}", ""]
            continue
        out.append(f"- 类型：{KIND_ZH.get(doc.kind or '', doc.kind or '')}；预算年度：{doc.fiscal_year}")
        s = r.summary
        out.append(f"- 结论：**{s.conclusion}**（错误 {s.errors} 项，警告 {s.warnings} 项，提示 {s.infos} 项）")
        out.extend(f"- 说明：{_cell(n)}" for n in r.notes)
        out.append("")
        if not r.findings:
            out += ["未发现问题。", ""]
            continue
        out.append("| 序号 | 级别 | 规则 | 位置 | 问题 | 原文 | 依据 | 修改建议 |")
        out.append("|---|---|---|---|---|---|---|---|")
        for i, f in enumerate(r.findings, 1):
            refs = "；".join(f"{p.document}{p.article or ''}" for p in f.policy_refs)
            out.append(
                f"| {i} | {SEVERITY_ZH[f.severity]} | {f.rule_id}{_model_tag(f)} | {_cell(f.location.describe())} | {_cell(f.message)} "
                f"| {_cell(evidence_text(f, '；'))} | {_cell(refs)} | {_cell(f.suggestion)} |"
            )
        out.append("")
    return "\n".join(out)
