"""Running the LLM rules on one document: prompt → model → typed verdict → verification → findings.

``make_llm_runner(settings)`` is what the CLI attaches to ``CheckOptions.llm_runner``. The runner
only ever adds findings: it never sees, removes or softens the deterministic ones, and the
conclusion is computed afterwards by the pipeline from all findings. Per-review cost (calls,
tokens) and verification counts go into ``ctx.meta["llm"]``, which the pipeline copies into
``CheckResult.meta``.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from review_assistant.checks.base import CheckContext
from review_assistant.checks.llm.sections import document_sections, select_sections
from review_assistant.checks.llm.verify import VerifyStats, locate, verify_issues
from review_assistant.checks.models import Finding
from review_assistant.checks.rulebook import rule_info
from review_assistant.errors import ModelError
from review_assistant.llm.budget import count_tokens, fit_sections
from review_assistant.llm.prompts import PromptTemplate, data_block, load_prompts
from review_assistant.llm.retrieval import (
    Passage,
    Retriever,
    default_retriever,
    keyed,
    render_passages,
    rule_basis_passages,
)
from review_assistant.settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from review_assistant.llm.models import ChatHandle, Usage

LLM_CONFIDENCE = 0.5  # a model's judgement: shown for the reviewer to confirm, never as settled fact
_MARGIN_TOKENS = 64


@dataclass
class RuleOutcome:
    rule_id: str
    findings: list[Finding] = field(default_factory=list)
    verdict: str | None = None
    note: str | None = None
    stats: VerifyStats = field(default_factory=VerifyStats)


class LLMRunner:
    """Callable per document; holds the model handle, prompts and retriever for a whole batch."""

    def __init__(
        self,
        settings: Settings,
        *,
        handle: ChatHandle | None = None,
        retriever: Retriever | None = None,
        prompts: dict[str, PromptTemplate] | None = None,
    ) -> None:
        self.settings = settings
        self._handle = handle
        self.retriever = retriever if retriever is not None else default_retriever(settings)
        self.prompts = prompts if prompts is not None else load_prompts(settings.llm.prompts_dir)
        self._unreachable: str | None = None

    def start_batch(self) -> None:
        """Before a batch: create the chat handle now (not lazily inside the rule threads, where the
        first imports raced) and forget an earlier batch's "server unreachable"."""
        self._unreachable = None
        try:
            _ = self.handle
        except ModelError as exc:  # e.g. no API key: every rule then says so in a note
            self._unreachable = exc.message

    @property
    def handle(self) -> ChatHandle:
        if self._handle is None:
            from review_assistant.llm.models import ChatHandle

            self._handle = ChatHandle.from_settings(self.settings)
        return self._handle

    def rules_for(self, ctx: CheckContext) -> list[PromptTemplate]:
        wanted = set(self.settings.llm.rules)
        return [
            p for name, p in sorted(self.prompts.items())
            if p.rule_id and ctx.kind in p.kinds and (not wanted or name in wanted)
        ]

    def __call__(self, ctx: CheckContext) -> list[Finding]:
        from review_assistant.llm.models import Usage

        usage = Usage()
        rules = self.rules_for(ctx)
        workers = max(1, min(self.settings.llm.max_concurrency, len(rules) or 1))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            outcomes = list(pool.map(lambda p: self.run_rule(p, ctx, usage), rules))
        stats = VerifyStats()
        findings: list[Finding] = []
        judged = 0
        for o in outcomes:
            stats.merge(o.stats)
            findings.extend(o.findings)
            if o.note:
                ctx.notes.append(o.note)
            if o.verdict is not None:
                judged += 1
        name = self.handle.name if self._handle is not None or rules else self.settings.llm.model
        summary = f"大模型 {name} 判断了 {judged}/{len(rules)} 条需要判断的规则，采用 {stats.kept} 条问题"
        if stats.dropped_total:
            summary += f"；{stats.dropped_total} 条因原文摘录或政策编号无法核对而丢弃"
        ctx.notes.append(summary + "。大模型提出的问题需审核人员确认。")
        ctx.meta["llm"] = {
            "model": name,
            "rules": len(rules),
            "judged": judged,
            "verdicts": {o.rule_id: o.verdict for o in outcomes},
            "findings_kept": stats.kept,
            "findings_dropped": stats.dropped_total,
            "dropped_reasons": dict(stats.dropped),
            "structured_output": self._handle.structured_mode if self._handle is not None else None,
            **usage.as_dict(),
        }
        return findings

    def run_rule(self, prompt: PromptTemplate, ctx: CheckContext, usage: Usage | None = None) -> RuleOutcome:
        """Judge one rule on ``ctx``; transport failures become a note, never a finding."""
        from langchain_core.messages import HumanMessage, SystemMessage

        from review_assistant.llm.structured import RuleVerdict, ask_structured

        rid = prompt.rule_id
        title = prompt.title or rule_info(rid).title
        if self._unreachable:
            return RuleOutcome(rid, note=f"{rid}（{title}）未能完成判断：{self._unreachable}")
        passages = self._passages(prompt)
        system, user = self.render(prompt, ctx, passages)
        try:
            result = ask_structured(self.handle, [SystemMessage(system), HumanMessage(user)], RuleVerdict, usage)
        except ModelError as exc:
            if exc.retryable and "超时" not in exc.message:
                self._unreachable = exc.message
            return RuleOutcome(rid, note=f"{rid}（{title}）未能完成判断：{exc.message}")
        if result.value is None:
            return RuleOutcome(rid, note=f"{rid}（{title}）未能完成判断：模型两次输出均不符合格式（{result.error}）。")
        verdict = result.value
        assert isinstance(verdict, RuleVerdict)
        if verdict.verdict != "fail":
            return RuleOutcome(rid, verdict=verdict.verdict)
        kept, stats = verify_issues(verdict.findings, ctx.document, [p.key for p in passages])
        findings = [self._finding(rid, issue, ctx, passages) for issue in kept]
        return RuleOutcome(rid, findings=findings, verdict=verdict.verdict, stats=stats)

    def render(self, prompt: PromptTemplate, ctx: CheckContext, passages: Sequence[Passage]) -> tuple[str, str]:
        """The system and user messages for ``prompt`` on ``ctx``, within the token budget."""
        from review_assistant.llm.structured import RuleVerdict, output_format_text

        system = self.prompts["_system"].render(output_format=output_format_text(RuleVerdict))
        sheet = ctx.goal_sheet
        project = (sheet.project_name if sheet else "") or (ctx.report.project_name if ctx.report else "") or "（未识别）"
        fixed = {"project_name": project, "fiscal_year": str(ctx.fiscal_year),
                 "policy_articles": render_passages(passages)}
        skeleton = prompt.render(**fixed, document_sections="")
        cfg = self.settings.llm
        budget = cfg.context_tokens - cfg.max_tokens - count_tokens(system) - count_tokens(skeleton) - _MARGIN_TOKENS
        chosen = select_sections(document_sections(ctx), prompt.sections)
        block, _ = data_block(fit_sections([(s.title, s.text) for s in chosen], max(budget, 200)))
        return system, prompt.render(**fixed, document_sections=block)

    def _passages(self, prompt: PromptTemplate) -> list[Passage]:
        found: list[Passage] = []
        if self.retriever is not None and prompt.retrieval_query:
            found = list(self.retriever(prompt.retrieval_query, self.settings.llm.retrieval_top_k))
        return keyed(found) if found else rule_basis_passages(rule_info(prompt.rule_id).refs)

    def _finding(self, rid: str, issue: Any, ctx: CheckContext, passages: Sequence[Passage]) -> Finding:
        from review_assistant.checks.llm.verify import normalize_key

        by_key = {normalize_key(p.key): p for p in passages}
        cited = [by_key[normalize_key(c)].ref() for c in issue.citations if normalize_key(c) in by_key]
        return ctx.finding(
            rid, issue.severity, issue.problem, evidence=issue.evidence, location=locate(ctx.document, issue.evidence),
            suggestion=issue.suggestion, refs=cited or None, source="llm", confidence=LLM_CONFIDENCE,
            model=self.handle.name,
        )


_RUNNERS: dict[int, LLMRunner] = {}


def make_llm_runner(settings: Settings, **kwargs: Any) -> LLMRunner:
    """The runner the CLI attaches to ``CheckOptions.llm_runner`` (model created on first use)."""
    return LLMRunner(settings, **kwargs)


def runner_for(settings: Settings) -> LLMRunner:
    """One cached runner per settings object, for checks run outside the pipeline."""
    key = id(settings)
    if key not in _RUNNERS:
        _RUNNERS[key] = LLMRunner(settings)
    return _RUNNERS[key]
