"""The keyword leg's query expansion: synonyms both ways, situations to the rule's word one way."""

from __future__ import annotations

import numpy as np

from review_assistant.kb.keywords import KeywordIndex, expansions, tokenize


def test_a_relative_named_in_a_question_searches_for_the_conflict_of_interest_rule() -> None:
    texts = ["第九条　参与评估和审核的人员与项目有利害关系的，应当回避。",
             "第十条　评价组由财政局组织，成员包括业务科室人员和第三方机构人员。",
             "第十一条　评价组成员应当熟悉项目情况，按时完成评价工作。"]
    index = KeywordIndex.build(["a", "b", "c"], texts)
    q = "我舅舅在被评价单位当科长，我还能进这个评价组吗？"
    assert "回避" in expansions(tokenize(q), q)
    plain = index.scores(q, expand=False)
    expanded = index.scores(q)
    assert plain[0] == 0.0  # none of the question's own words is in the rule
    assert int(np.argmax(expanded)) == 0


def test_the_rule_word_does_not_search_for_relatives() -> None:
    q = "哪些人员应当回避？"
    assert not {"舅舅", "爱人", "亲属"} & set(expansions(tokenize(q), q))


def test_the_short_name_of_the_three_fulls_searches_for_them() -> None:
    q = "三全指的啥"
    assert {"全方位", "全过程", "覆盖"} <= set(expansions(tokenize(q), q))
    q2 = "全过程绩效管理链条有哪些环节"
    assert "三全" not in expansions(tokenize(q2), q2)  # one way only
