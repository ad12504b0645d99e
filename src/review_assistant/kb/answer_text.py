"""Wording shared by the extractive and the LLM answers (kb is below llm, so it lives here)."""

REFUSAL = "知识库中没有找到足够相关的政策条款，无法回答该问题。请换一种问法，或确认相关文件已入库。"
