"""ask with an LLM: [n] markers mapped to the articles, quotes verified, refusal without grounding."""

from __future__ import annotations

from review_assistant.llm.answer import REFUSAL, UNVERIFIED, answer_with_llm, verify_answer
from review_assistant.llm.retrieval import Passage

from .fakes import fake_handle, reply

ARTICLES = [
    Passage(key="1", document="项目支出绩效评价管理办法", doc_number="财预〔2020〕10号", article="第十六条",
            text="单位自评指标的权重由各单位确定，原则上预算执行率和一级指标权重统一设置为：预算执行率10%、产出指标50%、效益指标30%、服务对象满意度指标10%。"),
    Passage(key="2", document="中央部门预算绩效目标管理办法", doc_number="财预〔2015〕88号", article="第八条",
            text="绩效目标应当指向明确、细化量化、合理可行、相应匹配。"),
]


def test_sentences_keep_only_valid_markers_and_true_quotes() -> None:
    text = ("自评中产出指标权重为50%[1]。绩效目标要“细化量化、合理可行”[2]。"
            "满意度权重为20%[3]。办法要求“目标必须经人大批准”[2]。没有标注的句子。")
    kept, used, dropped = verify_answer(text, ARTICLES)
    assert kept == "自评中产出指标权重为50%[1]。绩效目标要“细化量化、合理可行”[2]。"
    assert used == [1, 2] and dropped == 3


def test_grounded_answer_streams_and_cites() -> None:
    handle, model = fake_handle(reply("单位自评中产出指标权重为50%，效益指标为30%[1]。"))
    tokens: list[str] = []
    ans = answer_with_llm("自评权重怎么定？", ARTICLES, handle, on_token=tokens.append)
    assert ans.grounded and ans.cited == [1] and ans.citations[0]["doc_number"] == "财预〔2020〕10号"
    assert "".join(tokens).startswith("单位自评")
    assert ans.model == "fake-model" and ans.usage["calls"] == 1
    prompt = model.calls[0][0][0].content
    assert "[1] 《项目支出绩效评价管理办法》（财预〔2020〕10号）第十六条" in prompt and "<<<材料" in prompt


def test_no_grounding_means_refusal_without_a_call() -> None:
    handle, model = fake_handle()
    ans = answer_with_llm("食堂采购怎么报销？", ARTICLES, handle, grounded=False)
    assert ans.answer == REFUSAL and not ans.grounded and model.calls == []
    assert answer_with_llm("x", [], handle).answer == REFUSAL


def test_unverifiable_answer_is_not_shown() -> None:
    handle, _ = fake_handle(reply("根据规定，满意度权重为30%。"))
    ans = answer_with_llm("满意度权重？", ARTICLES, handle)
    assert ans.answer == UNVERIFIED and not ans.grounded and ans.dropped_sentences == 1
    handle, _ = fake_handle(reply("所给条款不足以回答该问题。"))
    assert answer_with_llm("食堂？", ARTICLES, handle).answer == REFUSAL
