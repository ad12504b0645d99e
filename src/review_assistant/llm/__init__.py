"""LLM plumbing shared by the LLM rules and the LLM answer: model factory, structured output, tokens."""
