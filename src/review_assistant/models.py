"""Models shared by more than one stage (checks, the knowledge base, the LLM layer, the store).

They live below every stage so that ``kb`` and ``llm`` need not import ``checks`` for them.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class PolicyRef(BaseModel):
    """The policy basis of a finding: document and article, and the knowledge-base chunk when indexed."""

    document: str = Field(description="政策文件标题")
    doc_number: str | None = Field(None, description="文号")
    article: str | None = Field(None, description="条款，如 第十条")
    chunk_id: str | None = Field(None, description="知识库片段 id（已索引时）")
