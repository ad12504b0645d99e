"""One registered check per rule prompt in ``prompts/``, with ``source = "llm"``.

Registration reads file names only (no YAML, no LangChain), so a cold ``check`` without an LLM
stays light and still knows how many judgement rules it skipped. The pipeline runs these through
``CheckOptions.llm_runner``; ``run`` here serves callers that use a check on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from review_assistant.checks.base import CheckContext, register
from review_assistant.checks.models import Finding
from review_assistant.llm.prompts import rule_prompt_ids


class LLMRuleCheck:
    rule_id: ClassVar[str] = ""
    kinds: ClassVar[frozenset[str]] = frozenset({"goal_sheet", "appraisal_report"})
    source: ClassVar[str] = "llm"
    needs_batch: ClassVar[bool] = False

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        if ctx.settings.llm.provider == "none":
            return []
        from review_assistant.checks.llm.runner import runner_for

        runner = runner_for(ctx.settings)
        prompt = runner.prompts.get(self.rule_id)
        if prompt is None or ctx.kind not in prompt.kinds:
            return []
        outcome = runner.run_rule(prompt, ctx)
        if outcome.note:
            ctx.notes.append(outcome.note)
        return outcome.findings


def _kinds(rule_id: str) -> frozenset[str]:
    # Goal-sheet rules also apply to the sheet embedded in an appraisal report.
    return frozenset({"goal_sheet", "appraisal_report"}) if rule_id.startswith("GS-") else frozenset({"appraisal_report"})


for _rid in rule_prompt_ids():
    register(type(f"LLM_{_rid.replace('-', '_')}", (LLMRuleCheck,), {"rule_id": _rid, "kinds": _kinds(_rid)}))
