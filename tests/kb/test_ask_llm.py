"""``ask`` with an LLM: the gate still decides, verified answers are used, unverified ones fall back.

The answerer here is a plain function standing in for the model (its output is scripted, so these
tests check the plumbing around it, not answer quality).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.kb.ask import NOT_FOUND, Citation, ask_with_llm
from review_assistant.kb.index import KnowledgeBase
from review_assistant.llm.answer import UNVERIFIED, LLMAnswer
from review_assistant.settings import Settings

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


class ScriptedAnswerer:
    def __init__(self, answer: str, grounded: bool, dropped: int = 0) -> None:
        self.answer, self.grounded, self.dropped = answer, grounded, dropped
        self.calls: list[tuple[str, list[Citation]]] = []

    def __call__(self, question: str, hits: list[Citation], *, grounded: bool = True) -> LLMAnswer:
        self.calls.append((question, hits))
        return LLMAnswer(question=question, answer=self.answer, grounded=self.grounded, model="scripted",
                         dropped_sentences=self.dropped)


def test_refused_question_never_reaches_the_model(real_home: tuple[Settings, Path]) -> None:
    settings, _ = real_home
    model = ScriptedAnswerer("不会被调用", True)
    with KnowledgeBase(settings) as kb:
        answer = ask_with_llm("个人所得税的起征点是多少？", kb, model)
    assert not answer.grounded and answer.answer == NOT_FOUND and model.calls == []


def test_verified_answer_is_used_with_its_model_and_citations(real_home: tuple[Settings, Path]) -> None:
    settings, _ = real_home
    model = ScriptedAnswerer("年度资金20万元（含）以上的新增项目应开展事前绩效评估[1]。", True, dropped=1)
    with KnowledgeBase(settings) as kb:
        answer = ask_with_llm("超过多少金额的项目需要做事前绩效评估？", kb, model)
    assert answer.grounded and answer.model == "scripted" and answer.answer.endswith("[1]。")
    assert model.calls and model.calls[0][1][0].chunk_id == answer.citations[0].chunk_id
    assert any("1句" in n for n in answer.notes)
    data = answer.to_json_dict()
    assert data["schema"] == "review_assistant.ask/1" and data["model"] == "scripted"


def test_unverified_answer_falls_back_to_the_extractive_answer(real_home: tuple[Settings, Path]) -> None:
    settings, _ = real_home
    model = ScriptedAnswerer(UNVERIFIED, False)
    with KnowledgeBase(settings) as kb:
        answer = ask_with_llm("超过多少金额的项目需要做事前绩效评估？", kb, model)
    assert answer.grounded and answer.model is None
    assert "20万元" in answer.answer and "〔1〕" in answer.answer
    assert any("未通过出处核对" in n for n in answer.notes)


def test_workbench_qa_uses_the_model_and_names_it(real_home: tuple[Settings, Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from review_assistant.service.kb_adapter import KBAdapter

    settings, _ = real_home
    adapter = KBAdapter(settings)
    model = ScriptedAnswerer("年度资金20万元（含）以上的新增项目应开展事前绩效评估[1]。", True)
    monkeypatch.setattr(adapter, "_answerer", lambda: model)
    try:
        answer = adapter.ask("超过多少金额的项目需要做事前绩效评估？")
    finally:
        adapter.close()
    assert answer.grounded and "大模型 scripted" in answer.answer and model.calls


def test_model_finding_the_articles_insufficient_is_a_refusal(real_home: tuple[Settings, Path]) -> None:
    from review_assistant.kb.ask import NOT_COVERED
    from review_assistant.llm.answer import REFUSAL

    settings, _ = real_home
    model = ScriptedAnswerer(REFUSAL, False)
    with KnowledgeBase(settings) as kb:
        answer = ask_with_llm("超过多少金额的项目需要做事前绩效评估？", kb, model)
    assert model.calls and not answer.grounded and answer.answer.startswith(NOT_COVERED)
    assert any("不足以回答" in n for n in answer.notes)
