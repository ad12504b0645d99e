"""LLM support code that does not need a model: token counting and, later, the model factory."""
