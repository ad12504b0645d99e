"""LLM rules: one check per prompt file in ``prompts/``, registered like every deterministic rule.

Modules here are imported by ``load_builtin_checks`` on every ``check``; they must not import
LangChain at module level, so a review without an LLM never loads it.
"""
