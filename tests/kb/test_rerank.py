"""The second stage: exact vector search, the reranker's signals, and deterministic order."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from review_assistant.kb import keywords
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.keywords import KeywordIndex
from review_assistant.kb.rerank import (
    SupportReranker,
    agent_does,
    asked_agent_act,
    asked_aspects,
    asks_list,
    enumerates,
    figure_units,
    lead,
    names_agent,
    names_aspect,
    norm_terms,
    opening,
    quoted_terms,
    states_norm,
)
from review_assistant.kb.retrieve import Hit, retrieve
from review_assistant.kb.vectors import ExactVectors


def _hit(cid: str, text: str, *, sim: float = 0.9, score: float = 1.0, kw: float | None = 1.0,
         notes: bool = False) -> Hit:
    return Hit(chunk_id=cid, title="测试办法", doc_number="测〔2025〕1号", article="第一条", heading_path=(),
               text=text, source="x.md", level="区", status="有效", replaced_by=None, notes=notes, score=score,
               similarity=sim, keyword_score=kw)


# ---- exact vector search ----

def test_exact_vectors_rank_by_cosine_and_break_ties_by_id() -> None:
    ids = ["c", "a", "b", "d"]
    vecs = np.array([[1.0, 0.0], [2.0, 0.0], [0.0, 1.0], [1.0, 1.0]])  # c and a point the same way
    exact = ExactVectors(ids, vecs)
    hits = exact.query(np.array([3.0, 0.0]), 3)
    assert [h.chunk_id for h in hits] == ["a", "c", "d"]  # equal cosine: by id, whatever the input order
    assert hits[0].similarity == pytest.approx(1.0) and hits[2].similarity == pytest.approx(2 ** -0.5)
    assert [h.chunk_id for h in exact.query(np.array([1.0, 0.0]), 5, allowed={"b", "d"})] == ["d", "b"]
    assert ExactVectors([], np.zeros((0, 2))).query(np.array([1.0, 0.0]), 3) == []
    seen: list[str] = []
    mask = exact.mask("only b and d", lambda cid: seen.append(cid) is None and cid in {"b", "d"})
    assert exact.mask("only b and d", lambda cid: False) is mask and len(seen) == 4  # computed once
    assert [h.chunk_id for h in exact.query(np.array([1.0, 0.0]), 5, allowed=mask)] == ["d", "b"]


def test_exact_vectors_keep_every_tie_at_the_cut() -> None:
    ids = [f"c{i}" for i in range(9, -1, -1)]  # given in reverse id order
    vecs = np.array([[1.0, 0.0]] * 6 + [[0.0, 1.0]] * 4)  # c9..c4 all equally best
    hits = ExactVectors(ids, vecs).query(np.array([1.0, 0.0]), 3)
    assert [h.chunk_id for h in hits] == ["c4", "c5", "c6"]


def test_vector_leg_is_exact_and_the_same_every_time(kb: KnowledgeBase) -> None:
    exact = kb.exact_vectors()
    assert exact is not None and len(exact.ids) == len(kb.records())
    first = retrieve(kb, "事前绩效评估结论分几类", 5, mode="vector")
    again = retrieve(kb, "事前绩效评估结论分几类", 5, mode="vector")
    assert [h.chunk_id for h in first] == [h.chunk_id for h in again]
    sims = [h.similarity or 0.0 for h in first]
    assert sims == sorted(sims, reverse=True)
    # Chroma's own (approximate) answer agrees on the nearest chunk.
    qvec = kb.embedder.embed_queries(["事前绩效评估结论分几类"])[0]
    assert kb.vectors.query(qvec, 1)[0].chunk_id == first[0].chunk_id


# ---- the reranker's signals ----

def test_list_questions_and_enumerating_clauses() -> None:
    assert asks_list("报事前评估审核时要带哪些材料？") and asks_list("事前评估打分看哪几个方面")
    assert not asks_list("延续项目也要做事前评估吗？")
    assert enumerates("第七条　主要内容包括：评价对象和等级，发现的问题、整改要求、预算安排建议。")
    assert enumerates("第八条　要求如下：\n（一）指向明确；\n（二）细化量化。")
    assert not enumerates("第九条　单位自评的对象为本单位纳入预算的全部项目支出。")


def test_a_counted_series_without_lead_in_word_is_a_list() -> None:
    # "甲、乙、丙、丁四个方面" enumerates although no 包括/以下/：precedes it.
    assert enumerates("第二十八条　绩效目标审核从完整性、相关性、适当性、可行性四个方面进行，具体标准另行规定。")
    assert enumerates("第五条　评价分为单位自评、部门评价、财政评价三种方式。")
    # A bare series of bodies is not a list answer, nor is a count without a series.
    assert not enumerates("第六条　由财政部门、主管部门、预算单位按职责分工负责。")
    assert not enumerates("第七条　审核结果分为四个等级。")


def test_lead_is_the_first_phrase_without_the_article_number() -> None:
    assert lead("第二十七条　财政评价按照以下程序进行：\n（一）确定评价对象") == "财政评价按照以下程序进行"
    assert lead("第十一条　（≈）自评对象：纳入预算的全部项目支出都要开展单位自评。") == "（≈）自评对象"
    assert lead("没有条号也没有标点") == "没有条号也没有标点"


def test_lead_match_orders_otherwise_equal_clauses() -> None:
    reranker = SupportReranker({})
    about = _hit("b", "第二十七条　财政评价按照以下程序进行：确定对象，制定方案，形成报告。")
    aside = _hit("a", "第二十八条　评价工作方案应当写明对象和方法，并说明财政评价按照以下程序进行。")
    ranked = reranker.rerank("财政评价的程序是怎样的？", [aside, about])
    assert ranked[0].chunk_id == "b"


def test_a_listing_clause_goes_first_for_a_which_question() -> None:
    reranker = SupportReranker({}, (1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0))  # only fused + list
    plain = _hit("a", "第七条　意见书由绩效管理科起草。")
    listing = _hit("b", "第七条　意见书包括评价等级、主要问题、整改要求。")
    assert reranker.rerank("意见书写哪些内容？", [plain, listing])[0].chunk_id == "b"
    assert reranker.rerank("意见书由谁起草？", [plain, listing])[0].chunk_id == "a"  # no list asked: tie by id


def test_agent_clauses() -> None:
    assert names_agent("第八条　下列事项由分管局领导审定，必要时提交局长办公会集体研究：")
    assert names_agent("第五十二条　被审计单位应当按照规定时间整改，将整改情况报告审计机关。")
    assert names_agent("第九条　市人民政府应当向市人大常委会报告预算执行情况。")
    # Naming a body is not saying who acts.
    assert not names_agent("第二十一条　评估结论分为三类，按评分确定，结论反馈预算单位。")


def test_a_clause_naming_the_agent_goes_first_for_a_who_question() -> None:
    reranker = SupportReranker({}, (1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0))  # only fused + agent
    bodies = _hit("a", "第二十一条　评估结论为不予支持的项目，预算单位和主管部门不得申请预算。")
    agent = _hit("b", "第八条　评估结论为不予支持的项目由分管局领导审定。")
    assert reranker.rerank("不予支持的项目由谁审定？", [bodies, agent])[0].chunk_id == "b"
    assert reranker.rerank("不予支持的项目还能申请预算吗？", [bodies, agent])[0].chunk_id == "a"  # tie by id


def test_a_body_opening_a_sentence_as_the_doer_names_the_agent() -> None:
    assert names_agent("第四条　区财政局负责汇总各类绩效结果，提出结果应用意见。")
    assert names_agent("第五条　职责分工如下：\n（二）主管部门负责组织所属单位设定绩效目标。")
    # the body said to be in charge: "X是……的归口科室", "X是……的责任主体"
    assert names_agent("第五条　绩效管理科是全局绩效管理的归口科室，主要职责是：")
    assert agent_does(asked_agent_act("第三方和专家库归谁管？"),
                      "第五条　绩效管理科是全局绩效管理的归口科室，主要职责是：\n（一）管理第三方机构和专家库。")
    # A body named as the object of the act is not its doer.
    assert not names_agent("第十条　结果作为安排主管部门预算的依据。")


def test_the_act_a_who_question_asks_about_comes_from_its_asking_clause() -> None:
    assert {"审定", "决定"} <= asked_agent_act("事前评估结论是“不予支持”的项目，最后由谁拍板？")
    assert "提出" in asked_agent_act("结果应用的意见由谁来提？")
    # "报的" is the asker's story; the clause asking who is "到底该由谁负责".
    assert "报送" not in asked_agent_act("表是以我们中心的名义报的，内容的真实性到底该由谁负责？")
    assert asked_agent_act("事前评估报告什么时候交？") == frozenset()  # not a who question


def test_the_clause_naming_who_does_the_asked_act_goes_first() -> None:
    only = (1.0, *(0.0,) * 17, 1.0)  # fused + agent act
    reranker = SupportReranker({}, only)
    names = _hit("a", "第二十一条　评估结论分为三类，由评估机构按评分确定。")
    decides = _hit("b", "第八条　下列事项由分管局领导审定：不予支持的项目。")
    assert reranker.rerank("不予支持的项目最后由谁拍板？", [names, decides])[0].chunk_id == "b"
    assert agent_does(frozenset({"审定"}), decides.text)
    assert not agent_does(frozenset({"审定"}), names.text)  # a doer, but of another act
    off = SupportReranker({}, (*only[:18], 0.0))
    assert off.rerank("不予支持的项目最后由谁拍板？", [names, decides])[0].chunk_id == "a"  # tie by id


def test_aspects_asked_in_everyday_words() -> None:
    assert "对象" in asked_aspects("单位自评要覆盖哪些项目，只挑重点的行不行？")
    assert "数量" in asked_aspects("核心绩效指标设多少个比较合适？")
    assert asked_aspects("怎么判断一个项目到底有没有必要上？") == ("必要性",)
    assert "计分" in asked_aspects("自评表里的分是怎么算出来的？")
    assert asked_aspects("事前评估报告什么时候交？") == ()  # a deadline: the answer-type feature's job
    # whether the rule reaches the asker's case too asks its scope
    assert "对象" in asked_aspects("小项目也要自评吗")
    assert "适用" in asked_aspects("在杭州提供公共服务的企业，比如公交公司，也适用绩效管理条例吗？")
    assert asked_aspects("绩效目标也叫什么？") == ()


def test_opening_is_the_first_sentence_and_names_the_aspect() -> None:
    text = "第九条　单位自评的对象为本单位纳入预算的全部项目支出。部门评价的范围另行规定。"
    assert opening(text) == "单位自评的对象为本单位纳入预算的全部项目支出"
    assert names_aspect(("对象", "范围"), text)
    # Named only after the first sentence: the clause is about something else.
    assert not names_aspect(("范围",), "第十条　部门评价优先选择重大项目。评价范围由部门确定。")


def test_a_clause_opening_on_the_asked_aspect_goes_first() -> None:
    only = (1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)  # fused + aspect
    reranker = SupportReranker({}, only)
    spread = _hit("a", "第十二条　单位自评的内容包括各项目的目标完成情况，自评结果应用于下年度项目。")
    scope = _hit("b", "第九条　单位自评的对象为本单位纳入预算的全部项目支出。")
    assert reranker.rerank("单位自评要覆盖哪些项目？", [spread, scope])[0].chunk_id == "b"
    assert reranker.rerank("单位自评由谁组织？", [spread, scope])[0].chunk_id == "a"  # no aspect asked: tie by id
    assert reranker.rerank("小项目也要自评吗", [spread, scope])[0].chunk_id == "b"
    off = SupportReranker({}, (*only[:10], 0.0))
    assert off.rerank("单位自评要覆盖哪些项目？", [spread, scope])[0].chunk_id == "a"


def test_study_notes_yield_to_the_rules_own_text_on_equal_terms() -> None:
    reranker = SupportReranker({})
    note = _hit("a", "第十一条　（≈）自评对象：全部项目支出都要开展单位自评。", notes=True)
    rule = _hit("b", "第十一条　（≈）自评对象：全部项目支出都要开展单位自评。")
    assert [h.chunk_id for h in reranker.rerank("单位自评覆盖哪些项目", [note, rule])] == ["b", "a"]


def test_keyword_confidence_counts() -> None:
    reranker = SupportReranker({}, (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0))  # BM25 share only
    weak, strong = _hit("a", "第一条　甲。", kw=2.0), _hit("b", "第一条　甲。", kw=8.0)
    assert reranker.rerank("甲", [weak, strong])[0].chunk_id == "b"


def test_commentary_always_goes_behind_rules() -> None:
    reranker = SupportReranker({})
    note = _hit("a", "待核事项（学习时未能确认）：成本指标作为一级指标的具体表述。", sim=0.95)
    rule = _hit("b", "第十七条　成本指标可以作为一级指标单独设置。", sim=0.80, score=0.5, kw=0.1)
    ranked = reranker.rerank("成本指标是不是一级指标", [note, rule])
    assert [h.chunk_id for h in ranked] == ["b", "a"]
    assert ranked[1].score <= ranked[0].score


def test_a_documents_preamble_yields_to_an_article_answering_as_well() -> None:
    from dataclasses import replace

    reranker = SupportReranker({})
    text = "绩效目标审核以书面审核为主。"
    preamble = replace(_hit("a", text), article="文件说明")
    article = replace(_hit("b", text), article="第十八条")  # equal otherwise: the id alone would put "a" first
    assert [h.chunk_id for h in reranker.rerank("绩效目标怎么审核", [preamble, article])] == ["b", "a"]
    # far ahead on its own merits, a preamble still leads (a notice that abolishes the old rule)
    ahead = replace(preamble, similarity=0.99, keyword_score=9.0, score=3.0)
    assert reranker.rerank("绩效目标怎么审核", [ahead, replace(article, similarity=0.7)])[0].chunk_id == "a"


def test_equal_scores_are_ordered_by_chunk_id_not_by_arrival() -> None:
    reranker = SupportReranker({})
    hits = [_hit(cid, "第三条　年度资金20万元以上的项目应当开展事前绩效评估。") for cid in ("c", "a", "b")]
    for order in (hits, hits[::-1], [hits[1], hits[2], hits[0]]):
        assert [h.chunk_id for h in reranker.rerank("多少万元要做事前评估", order)] == ["a", "b", "c"]


def test_shown_score_is_one_for_a_clause_first_everywhere() -> None:
    reranker = SupportReranker({})
    (top,) = reranker.rerank("事前绩效评估", [_hit("a", "第三条　事前绩效评估。")])
    assert top.score == pytest.approx(1.0)


# ---- the keyword index knows which dictionary it was built with ----

def test_saved_keyword_index_is_stale_when_the_dictionary_changes(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    index = KeywordIndex.build(["a", "b"], ["事前绩效评估报告", "绩效目标申报表"])
    folder = tmp_path / "bm25"
    index.save(folder, generation=3)
    assert KeywordIndex.load(folder, 3) is not None
    assert KeywordIndex.load(folder, 4) is None
    assert json.loads((folder / "ids.json").read_text(encoding="utf-8"))["dictionary"] == keywords.dictionary_version()
    monkeypatch.setattr(keywords, "dictionary_version", lambda: "another-dictionary")
    assert KeywordIndex.load(folder, 3) is None


def test_dictionary_version_follows_words_and_stopwords(monkeypatch: pytest.MonkeyPatch) -> None:
    before = keywords.dictionary_version()
    keywords.dictionary_version.cache_clear()
    monkeypatch.setattr(keywords, "_STOP", keywords._STOP - {"东西"})
    assert keywords.dictionary_version() != before
    keywords.dictionary_version.cache_clear()
    monkeypatch.setattr(keywords, "SYNONYMS", (*keywords.SYNONYMS, ("某新词", "另一说法")))
    changed = keywords.dictionary_version()
    keywords.dictionary_version.cache_clear()
    monkeypatch.undo()
    assert changed != before and keywords.dictionary_version() == before


def test_how_long_needs_a_span_of_time() -> None:
    from review_assistant.kb.answerable import support

    q = "收到预警后要多长时间内拿出处理意见？"
    assert support(q, "收到预警的预算单位，应当在10个工作日内提出处理意见。", {}).has_answer_type
    assert not support(q, "每年8月组织集中监控，收到预警的单位提出处理意见。", {}).has_answer_type


def test_figures_stated_in_a_question() -> None:
    assert figure_units("项目今年一共只申请十五万，也得写事前评估报告吗？") == {"money"}
    assert figure_units("到6月底钱才花出去三成，会不会预警？") == {"share"}
    assert figure_units("评估得了75分，结论怎么写？") == {"score"}
    assert figure_units("成本指标怎么设？分几类？") == frozenset()  # 成本, 分类: no figure


def test_a_clause_stating_a_figure_in_the_questions_unit_goes_first() -> None:
    only = (1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)  # fused + figure
    reranker = SupportReranker({}, only)
    report = _hit("a", "第十一条　事前绩效评估报告是项目纳入项目库和申请预算的必备要件。")
    threshold = _hit("b", "第十条　年度资金20万元（含）以上的新增项目，应当开展事前绩效评估。")
    assert reranker.rerank("项目只申请十五万，也要写事前评估报告吗？", [report, threshold])[0].chunk_id == "b"
    assert reranker.rerank("事前评估报告有什么用？", [report, threshold])[0].chunk_id == "a"  # no figure: by id


def test_a_classification_question_asks_for_the_clause_that_divides() -> None:
    assert "分为" in asked_aspects("绩效目标一般有哪几种分法？")
    assert names_aspect(asked_aspects("偏差原因要分成哪几类？"), "第十条　偏差原因分为客观原因和主观原因。")


def test_a_quoted_term_points_at_the_clause_using_it() -> None:
    assert quoted_terms("“1+4”指的是啥？") == ("1+4",)
    only = (1.0, *(0.0,) * 11, 1.0)  # fused + quoted
    reranker = SupportReranker({}, only)
    dates = _hit("a", "第四十二条　本办法自2024年4月1日起施行。")
    system = _hit("b", "第四条　本区预算绩效管理制度体系实行“1+4”结构。")
    assert reranker.rerank("“1+4”指的是啥？", [dates, system])[0].chunk_id == "b"
    assert reranker.rerank("1+4指的是啥？", [dates, system])[0].chunk_id == "a"  # nothing quoted: by id


def test_exact_similarities_for_chosen_ids() -> None:
    exact = ExactVectors(["b", "a"], np.array([[0.0, 2.0], [1.0, 0.0]]))
    got = exact.similarities(np.array([1.0, 1.0]), ["a", "b", "zz"])
    assert set(got) == {"a", "b"} and got["a"] == pytest.approx(2 ** -0.5) and got["b"] == pytest.approx(2 ** -0.5)


def test_everyday_words_for_changing_deciding_setting_and_gaining_name_aspects() -> None:
    assert "调整" in asked_aspects("目标批下来以后还能改吗")
    assert asked_aspects("整改报告什么时候交？") == ()  # 整改 is another act, not a change of the target
    assert names_aspect(asked_aspects("年中要改绩效目标走啥程序"), "第二十二条　（≈）调整：绩效目标确定后一般不作调整。")
    assert "审定" in asked_aspects("500万以上的项目谁拍板")
    assert "设定" in asked_aspects("绩效目标是财政局来定，还是用钱的单位自己定？")
    assert "给予" in asked_aspects("评了优有啥好处")
    assert "计分" in asked_aspects("定性指标部分达成能给几成分？")
    only = (1.0, *(0.0,) * 9, 1.0)  # fused + aspect
    reranker = SupportReranker({}, only)
    batch = _hit("a", "第三十二条　绩效目标按照谁批复预算、谁批复绩效目标的原则，随部门预算同步批复。")
    change = _hit("b", "第三十三条　批复的绩效目标原则上不作调整，确需调整的，按程序报批。")
    assert reranker.rerank("目标批下来以后还能改吗", [batch, change])[0].chunk_id == "b"
    assert reranker.rerank("目标什么时候批下来", [batch, change])[0].chunk_id == "a"  # no change asked: by id


def test_a_question_whether_something_counts_as_a_kind_asks_for_the_defining_clause() -> None:
    aspects = asked_aspects("预算执行率能不能算效果指标")
    assert names_aspect(aspects, "第十五条　效益指标反映项目实施带来的效果，二级指标包括经济效益、社会效益。")
    assert not names_aspect(aspects, "第二十二条　预算执行率指标按照实际执行数除以全年预算数计算得分。")


def test_a_figure_asked_for_an_act_goes_to_the_clause_stating_it_with_that_act() -> None:
    from review_assistant.kb.rerank import asked_act, states_act

    act = asked_act("监控表啥时候交？")
    assert act is not None and act[0] == "period"
    fill = "第十七条　监控表按照以下要求填写：1月至7月完成情况填写截至7月31日的数据。"
    send = "第十二条　预算单位应当于8月31日前将监控表报送主管部门。"
    assert states_act(act, send) and not states_act(act, fill)
    assert asked_act("监控表要填哪些内容？") is None  # no figure asked
    # a lone trailing "报" (jieba calls it a noun) and a verb with a directional complement are acts too
    for asked in ("监控表几月份报", "自评报告什么时候报上去"):
        told = asked_act(asked)
        assert told is not None and states_act(told, send) and not states_act(told, fill)
    assert states_act(asked_act("几天内可以提质疑？"), "第五十二条　供应商可以在七个工作日内以书面形式提出质疑。")
    only = (1.0, *(0.0,) * 12, 1.0)  # fused + act
    reranker = SupportReranker({}, only)
    assert reranker.rerank("监控表啥时候交？", [_hit("a", fill), _hit("b", send)])[0].chunk_id == "b"


def test_two_weeks_is_a_figure_in_days() -> None:
    assert figure_units("收到预警后，我们要在两周内拿出处理意见吗") == {"days"}


def test_a_permission_question_goes_to_the_clause_that_forbids_what_it_proposes() -> None:
    q = "效益指标那栏填“预算执行率≥95%”可以不"
    terms = norm_terms(q, ["效益", "指标", "预算执行率"])
    assert terms == {"预算执行率"}  # the quoted proposal's words, not the whole question
    weights = "第十六条　一级指标权重为：预算执行率10%，产出指标50%，效益指标30%。"
    rule = "第十五条　效益指标反映项目实施的效果。预算执行率、资金到位率不得作为效益指标。"
    assert states_norm(terms, rule) and not states_norm(terms, weights)
    assert norm_terms("效益指标反映什么？", ["效益", "指标"]) == frozenset()  # not a permission question
    only = (1.0,) + (0.0,) * 13 + (1.0,)  # fused + norm
    reranker = SupportReranker({}, only)
    first = reranker.rerank(q, [_hit("a", weights), _hit("b", rule)])[0]
    assert first.chunk_id == "b" and first.extra["norm"] == 1.0


def test_the_sentence_stating_the_asked_figure_is_matched_against_the_question() -> None:
    from review_assistant.kb.question import figure_pattern

    q = "镇里的预算草案初步方案，要提前多少天交给镇人大主席团？"
    period = figure_pattern("period")
    towns = ("第二十五条　市政府财政部门应当在人民代表大会会议举行的三十日前提交决算草案。"
             "乡、镇政府财政部门应当在人民代表大会会议举行的十五日前，将本级预算草案初步方案提交乡、镇人大主席团初步审查。")
    city = "第四十六条　市政府财政部门应当在人大常委会举行会议的三十日前，将决算草案送交人大财经委。"
    assert SupportReranker.answering_sentence(q, period, towns) > SupportReranker.answering_sentence(q, period, city) > 0
    assert SupportReranker.answering_sentence(q, None, towns) == 0.0  # the question asks no figure


def test_a_question_naming_a_place_prefers_that_places_rule() -> None:
    from dataclasses import replace

    from review_assistant.kb.rerank import place_match, place_of

    assert place_of("上海市预算审查监督条例") == "上海"
    assert place_of("浙江省预算审查监督条例") == "浙江"
    assert place_of("云溪区项目支出绩效目标管理办法") == "云溪"
    assert place_of("中华人民共和国审计法") is None
    assert place_of("项目支出绩效评价管理办法") is None
    assert place_match("上海", {"上海"}) == 1.0 and place_match("北京", {"上海"}) == -1.0
    assert place_match(None, {"上海"}) == 0.0 and place_match("北京", set()) == 0.0
    text = "第二十五条　财政经济委员会应当在本级人民代表大会会议举行的三十日前提出初步审查意见。"
    beijing = replace(_hit("bj", text, sim=0.91, score=1.1), title="北京市预算审查监督条例")
    shanghai = replace(_hit("sh", text, sim=0.90, score=1.0), title="上海市预算审查监督条例")
    reranker = SupportReranker({"财经委": 3.0, "初审": 3.0, "意见": 1.0})
    q = "上海人大财经委最晚在大会前几天提出初审意见？"
    assert [h.chunk_id for h in reranker.rerank(q, [beijing, shanghai])] == ["sh", "bj"]
    # without the place the better-scored clause stays first
    assert reranker.rerank("人大财经委最晚在大会前几天提出初审意见？", [beijing, shanghai])[0].chunk_id == "bj"


def test_a_list_item_completes_the_sentence_opening_its_list() -> None:
    from review_assistant.kb.rerank import statements

    text = "第十条　下列项目，年度资金20万元（含）以上的，应当开展事前绩效评估：\n（一）新增项目；\n（二）延续项目。\n其他项目另行规定。"
    said = statements(text)
    assert any(s.endswith("年度资金20万元（含）以上的，应当开展事前绩效评估：（一）新增项目") for s in said)
    assert any(s.endswith("应当开展事前绩效评估：（二）延续项目") for s in said)
    # the items and the sentence after the list also stand alone; that sentence is joined to nothing
    assert {"（一）新增项目", "（二）延续项目", "其他项目另行规定"} <= set(said)
    assert not any("：其他项目" in s for s in said)


def test_a_question_asking_what_a_term_means_goes_to_the_clause_defining_it() -> None:
    from review_assistant.kb.question import defined_terms
    from review_assistant.kb.rerank import defines

    assert defined_terms("指标值设定依据里说的“历史标准”具体指什么？") == {"历史标准"}
    assert defined_terms("什么叫双监控") == {"双监控"}
    assert defined_terms("阻断性问题是啥意思") == {"阻断性问题"}
    assert defined_terms("这个本地参数指的是什么？") == {"本地参数"}
    assert defined_terms("效益指标里写“预算执行率≥95%”可以不") == frozenset()  # asks no meaning
    uses = "第十三条　设定指标值时可以参照历史标准、行业标准、计划标准。"
    defining = "第二十三条　指标值设定依据主要包括：\n（二）历史标准，即参考本单位近三年同类指标的实际完成值；"
    law = "第二条　本法所称政府采购，是指各级国家机关使用财政性资金采购货物、工程和服务的行为。"
    assert defines(frozenset({"历史标准"}), defining) and not defines(frozenset({"历史标准"}), uses)
    assert defines(frozenset({"政府采购"}), law)
    assert not defines(frozenset({"政府采购"}), "第十四条　政府采购当事人是指采购人、供应商和采购代理机构。")
    only = (1.0,) + (0.0,) * 16 + (1.0,)  # fused + defines
    reranker = SupportReranker({}, only)
    q = "“历史标准”具体指什么？"
    first = reranker.rerank(q, [_hit("a", uses, score=1.2), _hit("b", defining)])[0]
    assert first.chunk_id == "b" and first.extra["defines"] == 1.0
    assert reranker.rerank("历史标准有哪些", [_hit("a", uses, score=1.2), _hit("b", defining)])[0].chunk_id == "a"


def test_a_question_on_the_central_documents_prefers_them() -> None:
    from review_assistant.kb.rerank import asks_central

    assert asks_central("中央文件要求事前评估放在预算管理的哪个环节做？")
    assert not asks_central("区里的办法和中央文件分别是怎么说的？")  # both levels asked
    only = (1.0, *(0.0,) * 15, 1.0)  # fused + place
    reranker = SupportReranker({}, only)
    local = _hit("a", "第十二条　事前绩效评估应当在项目申报之前完成。")
    central = replace(_hit("b", "要点：事前绩效评估结果作为申请预算的必备要件。"), level="中央")
    assert reranker.rerank("中央文件要求事前评估在哪个环节做？", [local, central])[0].chunk_id == "b"
    assert reranker.rerank("区里要求事前评估在哪个环节做？", [local, central])[0].chunk_id == "a"  # tie by id
    # "中央文件" is the Centre's own document (中发), ahead of a ministry's; "国家层面" takes any central one
    ministry = replace(_hit("a", "第三条　（≈）适用范围：适用于政府性基金预算的项目支出。"), level="中央",
                       doc_number="财预〔2020〕10号")
    centre = replace(_hit("b", "第三条　（≈）适用范围：适用于政府性基金预算的项目支出。"), level="中央",
                     doc_number="中发〔2018〕34号")
    assert reranker.rerank("按中央文件，基金也得纳入绩效管理吗？", [ministry, centre])[0].chunk_id == "b"
    assert reranker.rerank("国家层面对基金有要求吗？", [ministry, centre])[0].chunk_id == "a"  # tie by id


def test_the_tuning_grid_has_one_row_per_reranker_feature() -> None:
    """bench/kb_tune.py reshapes each candidate's features by the grid's length: a feature added to the reranker
    without a grid row breaks the bench."""
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "bench" / "kb_tune.py"
    spec = importlib.util.spec_from_file_location("kb_tune", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    reranker = SupportReranker({})
    assert len(module.GRID) == len(reranker.weights)
    assert len(reranker.features("谁审定？", [_hit("a", "第一条　由局长审定。")])[0]) == len(module.GRID)


def test_a_question_asking_in_what_cases_prefers_the_clause_listing_them() -> None:
    """"啥情况下能走单一来源" is answered by "符合下列情形之一的……（一）……（二）……", not by the clause on how a
    single-source purchase is conducted, which shares more of the question's words."""
    assert asks_list("啥情况下能走单一来源") and asks_list("在什么情况下可以只找一家供应商？")
    how = _hit("a", "第三十九条　采取单一来源方式采购的，采购人与供应商应当遵循本法规定的原则进行采购。")
    when = _hit("b", "第三十一条　符合下列情形之一的，可以采用单一来源方式采购：\n（一）只能从唯一供应商处采购的；"
                     "\n（二）发生了不可预见的紧急情况的。")
    reranker = SupportReranker({})
    listed = [f[5] for f in reranker.features("啥情况下能走单一来源采购", [how, when])]
    assert listed == [0.0, 1.0]
    # the same clauses asked how it is done: neither is preferred for listing
    assert [f[5] for f in reranker.features("单一来源采购怎么进行", [how, when])] == [0.0, 0.0]
