"""One registered check per rule prompt in ``prompts/``, with ``source = "llm"``.

Registration reads the prompt files (no LangChain, about 13 ms for twenty prompts): a rule's kinds
come from its front matter, so adding a prompt file is all a new LLM rule needs. The pipeline runs these through
``CheckOptions.llm_runner``; ``run`` here serves callers that use a check on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from review_assistant.checks.base import CheckContext, register
from review_assistant.checks.models import Finding
from review_assistant.llm.prompts import load_prompts, rule_prompt_ids


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


_PROMPTS = load_prompts()
for _rid in rule_prompt_ids():
    register(type(f"LLM_{_rid.replace('-', '_')}", (LLMRuleCheck,),
                  {"rule_id": _rid, "kinds": frozenset(_PROMPTS[_rid].kinds)}))
