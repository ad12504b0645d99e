"""Running the LLM rules on one document: prompt → model → typed verdict → verification → findings.

``make_llm_runner(settings)`` is what the CLI attaches to ``CheckOptions.llm_runner``. The runner
only ever adds findings: it never sees, removes or softens the deterministic ones, and the
conclusion is computed afterwards by the pipeline from all findings. Per-review cost (calls,
tokens) and verification counts go into ``ctx.meta["llm"]``, which the pipeline copies into
``CheckResult.meta``.

Hooks for a front end (``runner.with_hooks(on_progress=…, cancel=…)`` gives a per-review view
sharing the model handle): ``on_progress(LLMProgress)`` is called from worker threads when a rule
starts and when it ends; ``cancel`` (a ``threading.Event``) is checked before each call, so a set
event stops the review after the calls in flight; every finding already verified is kept, and the
rules not judged are named in a note. A failure half-way (server gone, timeout) is the same: what
was judged is kept.

Cost: each rule sends only its sections (``sections`` in the prompt's front matter, text already
chosen not repeated), cut to ``max_input_tokens`` (front matter) or ``llm.rule_input_tokens``;
its answer is capped by ``max_output_tokens`` (front matter) within ``llm.max_tokens``. On servers
with JSON-schema decoding the quote must be one of the sections' sentences, so a small model
cannot paraphrase it; verification still checks every quote and citation.
"""

from __future__ import annotations

import contextlib
import copy
import re
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from review_assistant.checks.base import CheckContext
from review_assistant.checks.llm.sections import Section, document_sections, select_sections
from review_assistant.checks.llm.verify import VerifyStats, locate, verify_issues
from review_assistant.checks.models import Finding
from review_assistant.checks.rulebook import rule_info
from review_assistant.errors import ModelError, ReviewAssistantError
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
_MAX_QUOTES = 60
_QUOTE_SPLIT = re.compile(r"(?<=[。；;！？!?])|\n")
ProgressStatus = Literal["start", "done", "failed", "skipped"]


@dataclass(frozen=True)
class LLMProgress:
    """One step of an LLM review, for a progress display (``done`` of ``total`` rules finished)."""

    rule_id: str
    title: str
    status: ProgressStatus
    done: int
    total: int
    model: str
    findings: int = 0
    seconds: float = 0.0
    note: str = ""


ProgressCallback = Callable[[LLMProgress], None]


@dataclass
class RuleOutcome:
    rule_id: str
    findings: list[Finding] = field(default_factory=list)
    verdict: str | None = None
    note: str | None = None
    stats: VerifyStats = field(default_factory=VerifyStats)
    cancelled: bool = False


class _Counter:
    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self._lock = threading.Lock()

    def finish(self) -> int:
        with self._lock:
            self.done += 1
            return self.done


def quotes_of(sections: Sequence[Section], limit: int = _MAX_QUOTES) -> list[str]:
    """The sentences of ``sections`` a finding may quote (8–120 characters, verbatim, deduplicated)."""
    from review_assistant.llm.budget import TRUNCATION_MARK

    out: list[str] = []
    for s in sections:
        for piece in _QUOTE_SPLIT.split(s.text):
            q = piece.strip()
            if q == TRUNCATION_MARK or len(q) < 8:
                continue
            q = q[:120]
            if q not in out:
                out.append(q)
            if len(out) >= limit:
                return out
    return out


def _offline_gaps(ctx: CheckContext, rule_id: str) -> list[str]:
    """What the offline evidence checks (``checks/report/evidence.py``) found absent for ``rule_id``."""
    from review_assistant.checks.report.evidence import gaps_for

    return gaps_for(ctx, rule_id)


class LLMRunner:
    """Callable per document; holds the model handle, prompts and retriever for a whole batch."""

    def __init__(
        self,
        settings: Settings,
        *,
        handle: ChatHandle | None = None,
        retriever: Retriever | None = None,
        prompts: dict[str, PromptTemplate] | None = None,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        gaps: Callable[[CheckContext, str], list[str]] | None = None,
    ) -> None:
        self.settings = settings
        self._handle = handle
        self.retriever = retriever if retriever is not None else default_retriever(settings)
        self.prompts = prompts if prompts is not None else load_prompts(settings.llm.prompts_dir)
        self.on_progress = on_progress
        self.cancel = cancel
        # What the offline evidence checks already found absent, per LLM rule (said in the prompt).
        self.gaps = gaps if gaps is not None else _offline_gaps
        self._unreachable: str | None = None
        self._handle_lock = threading.Lock()

    def with_hooks(self, *, on_progress: ProgressCallback | None = None,
                   cancel: threading.Event | None = None) -> LLMRunner:
        """A view for one review with its own progress callback and cancel event (same model handle)."""
        if self._handle is None and self.settings.llm.provider != "none":
            with contextlib.suppress(ReviewAssistantError):  # e.g. no API key: each rule then says so
                _ = self.handle
        view = copy.copy(self)
        view.on_progress, view.cancel, view._unreachable = on_progress, cancel, self._unreachable
        view._handle_lock = threading.Lock()
        return view

    @property
    def model_name(self) -> str:
        return self._handle.name if self._handle is not None else self.settings.llm.model

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
            with self._handle_lock:
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
        if rules and self._handle is None and not self._unreachable:
            self.start_batch()
        limit = self._handle.concurrency if self._handle is not None else 1
        workers = max(1, min(self.settings.llm.max_concurrency, limit, len(rules) or 1))
        counter = _Counter(len(rules))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            outcomes = list(pool.map(lambda p: self._tracked(p, ctx, usage, counter), rules))
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
        name = self.model_name
        cancelled = [o.rule_id for o in outcomes if o.cancelled]
        summary = f"大模型 {name} 判断了 {judged}/{len(rules)} 条需要判断的规则，采用 {stats.kept} 条问题"
        if stats.dropped_total:
            summary += f"；{stats.dropped_total} 条因原文摘录或政策编号无法核对而丢弃"
        if cancelled:
            summary += f"；已取消，未判断：{'、'.join(cancelled)}（已得到的结果保留）"
        ctx.notes.append(summary + "。大模型提出的问题需审核人员确认。")
        ctx.meta["llm"] = {
            "model": name,
            "rules": len(rules),
            "judged": judged,
            "verdicts": {o.rule_id: o.verdict for o in outcomes},
            "findings_kept": stats.kept,
            "findings_dropped": stats.dropped_total,
            "dropped_reasons": dict(stats.dropped),
            "cancelled": cancelled,
            "structured_output": self._handle.structured_mode if self._handle is not None else None,
            **usage.as_dict(),
        }
        return findings

    def _tracked(self, prompt: PromptTemplate, ctx: CheckContext, usage: Usage, counter: _Counter) -> RuleOutcome:
        rid = prompt.rule_id
        title = prompt.title or rule_info(rid).title
        if self.cancel is not None and self.cancel.is_set():
            self._progress(LLMProgress(rid, title, "skipped", counter.finish(), counter.total, self.model_name,
                                       note="已取消"))
            return RuleOutcome(rid, cancelled=True)
        self._progress(LLMProgress(rid, title, "start", counter.done, counter.total, self.model_name))
        start = time.monotonic()
        outcome = self.run_rule(prompt, ctx, usage)
        status: ProgressStatus = "done" if outcome.verdict is not None else "failed"
        self._progress(LLMProgress(rid, title, status, counter.finish(), counter.total, self.model_name,
                                   findings=len(outcome.findings), seconds=round(time.monotonic() - start, 2),
                                   note=outcome.note or ""))
        return outcome

    def _progress(self, event: LLMProgress) -> None:
        if self.on_progress is not None:
            with contextlib.suppress(Exception):  # a broken display must not stop the review
                self.on_progress(event)

    def run_rule(self, prompt: PromptTemplate, ctx: CheckContext, usage: Usage | None = None) -> RuleOutcome:
        """Judge one rule on ``ctx``; transport failures become a note, never a finding."""
        from langchain_core.messages import HumanMessage, SystemMessage

        from review_assistant.llm.structured import RuleVerdict, ask_structured, quoting_verdict

        rid = prompt.rule_id
        title = prompt.title or rule_info(rid).title
        if self._unreachable:
            return RuleOutcome(rid, note=f"{rid}（{title}）未能完成判断：{self._unreachable}")
        passages = self._passages(prompt)
        system, user, sections = self._render(prompt, ctx, passages)
        handle = self.handle
        schema = None
        if handle.structured_mode == "json_schema":
            schema = quoting_verdict(quotes_of(sections), [p.key for p in passages])
        try:
            result = ask_structured(handle, [SystemMessage(system), HumanMessage(user)], RuleVerdict, usage,
                                    max_tokens=self._output_cap(prompt), response_schema=schema)
        except ModelError as exc:
            if exc.retryable and "超时" not in exc.message:
                self._unreachable = exc.message
            return RuleOutcome(rid, note=f"{rid}（{title}）未能完成判断：{exc.message}")
        if result.value is None:
            why = f"{result.error}。" if result.looped else f"模型两次输出均不符合格式（{result.error}）。"
            return RuleOutcome(rid, note=f"{rid}（{title}）未能完成判断：{why}")
        verdict = result.value
        assert isinstance(verdict, RuleVerdict)
        if verdict.verdict != "fail":
            return RuleOutcome(rid, verdict=verdict.verdict)
        kept, stats = verify_issues(verdict.findings, ctx.document, [p.key for p in passages])
        findings = [self._finding(rid, issue, ctx, passages) for issue in kept]
        return RuleOutcome(rid, findings=findings, verdict=verdict.verdict, stats=stats)

    def _output_cap(self, prompt: PromptTemplate) -> int:
        cap = prompt.meta.get("max_output_tokens")
        return min(int(cap), self.settings.llm.max_tokens) if isinstance(cap, int) else self.settings.llm.max_tokens

    def render(self, prompt: PromptTemplate, ctx: CheckContext, passages: Sequence[Passage]) -> tuple[str, str]:
        """The system and user messages for ``prompt`` on ``ctx``, within the token budget."""
        system, user, _ = self._render(prompt, ctx, passages)
        return system, user

    def _render(self, prompt: PromptTemplate, ctx: CheckContext,
                passages: Sequence[Passage]) -> tuple[str, str, list[Section]]:
        from review_assistant.llm.structured import RuleVerdict, output_format_text

        system = self.prompts["_system"].render(output_format=output_format_text(RuleVerdict))
        sheet = ctx.goal_sheet
        project = (sheet.project_name if sheet else "") or (ctx.report.project_name if ctx.report else "") or "（未识别）"
        fixed = {"project_name": project, "fiscal_year": str(ctx.fiscal_year),
                 "policy_articles": render_passages(passages)}
        skeleton = prompt.render(**fixed, document_sections="")
        cfg = self.settings.llm
        gaps = self.gaps(ctx, prompt.rule_id)
        known = ""
        if gaps:
            known = ("\n### 确定性检查已指出（不要重复报告，只判断材料中已有的内容）\n"
                     + "\n".join(f"- {g}" for g in gaps) + "\n")
        budget = (cfg.context_tokens - self._output_cap(prompt) - count_tokens(system) - count_tokens(skeleton)
                  - count_tokens(known) - _MARGIN_TOKENS)
        rule_cap = prompt.meta.get("max_input_tokens")
        budget = min(budget, int(rule_cap) if isinstance(rule_cap, int) else cfg.rule_input_tokens)
        chosen = select_sections(document_sections(ctx), prompt.sections)
        fitted = fit_sections([(s.title, s.text) for s in chosen], max(budget, 200))
        block, _ = data_block(fitted)
        sent = [Section(s.key, title, text) for s, (title, text) in zip(chosen, fitted, strict=True)]
        return system, prompt.render(**fixed, document_sections=block) + known, sent

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
            model=self.model_name,
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
