"""Check results as a readable table on the terminal (rich)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from review_assistant.checks.models import SEVERITY_ZH
from review_assistant.drafting.markdown import KIND_ZH, error_problem, evidence_text
from review_assistant.review.results import CheckResult

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def print_results(results: Sequence[CheckResult], console: Console) -> None:
    for r in results:
        doc = r.document
        if r.error:
            console.print(f"[bold red]✗[/] {escape(doc.path)}：{escape(error_problem(r))}", soft_wrap=True)
            continue
        s = r.summary
        console.print(
            f"[bold]{escape(doc.title or doc.path)}[/]  "
            f"({KIND_ZH.get(doc.kind or '', '')}，{doc.fiscal_year}年度，{escape(doc.path)})"
        )
        for note in r.notes:
            console.print(f"  [dim]{escape(note)}[/]")
        if r.findings:
            table = Table(show_lines=True, expand=True)
            table.add_column("级别", min_width=4, no_wrap=True)
            table.add_column("规则", min_width=9, no_wrap=True)
            for col, ratio in (("位置", 3), ("问题与建议", 8), ("原文", 5), ("依据", 4)):
                table.add_column(col, ratio=ratio, overflow="fold")
            for f in r.findings:
                refs = "；".join(f"{p.document}{p.article or ''}" for p in f.policy_refs[:2])
                table.add_row(
                    f"[{_STYLE[f.severity]}]{SEVERITY_ZH[f.severity]}[/]",
                    escape(f.rule_id) + (f"\n[magenta]大模型 {escape(f.model or '')}，待确认[/]" if f.source == "llm" else ""),
                    escape(f.location.describe()),
                    escape(f.message) + (f"\n[green]建议：[/]{escape(f.suggestion)}" if f.suggestion else ""),
                    escape(evidence_text(f)),
                    escape(refs),
                )
            console.print(table)
        else:
            console.print("  未发现问题。")
        console.print(
            f"  结论：[bold]{escape(s.conclusion)}[/]（错误 {s.errors}，警告 {s.warnings}，提示 {s.infos}）\n"
        )
