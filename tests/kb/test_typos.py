"""Homophone typos in questions: put right towards the domain's words, never a word the asker meant."""

from __future__ import annotations

import pytest

from review_assistant.kb.keywords import homophone_fixes, normalize_question
from review_assistant.kb.typos import reading


@pytest.mark.parametrize(("typed", "meant"), [
    ("评价发现问题的正改谁来督办", "评价发现问题的整改谁来督办"),
    ("绩销目标谁来批", "绩效目标谁来批"),
    ("事钱评估要交什么材料", "事前评估要交什么材料"),
    ("审记机关多久告知被审计单位", "审计机关多久告知被审计单位"),
    ("监空表什么时候交", "监控表什么时候交"),
    ("自评表里执行律只有85%", "自评表里执行率只有85%"),
])
def test_a_mistyped_domain_term_is_read_as_meant(typed: str, meant: str) -> None:
    assert normalize_question(typed) == meant
    assert homophone_fixes(typed)[1]


@pytest.mark.parametrize("question", [
    "评价正改革方案",  # 正/改革: a word straddles the stretch
    "发票金额开错了，能不能改一下再盖个章？",  # 个 is grammar, not 盖
    "做评价要请专家吗？",  # 要请 is not 邀请
    "到6月底钱花得太慢会预警吗？",  # 钱 is meant
    "我们是区卫健委下属单位，设备采购怎么报？",  # 卫健委 is not 卫 + 监委
    "财政评价结果会给纪委吗？",  # 会给 is not 会计
    "整改期满了，后面的钱还拨不拨？",  # 拨 read bō, not a rare reading of 服
    "集中监控时执行率应该按多少填？",  # 填 is meant: an asking phrase (多少天) is no term to correct towards
])
def test_words_the_asker_meant_are_left_alone(question: str) -> None:
    assert homophone_fixes(question) == (question, ())


def test_official_wording_is_never_rewritten() -> None:
    for sentence in ("预算单位应当在收到审核意见之日起3个工作日内完成修改并重新报送",
                     "审计机关应当自确定之日起7日内告知列入年度审计项目计划的企业",
                     "绩效管理科是全局预算绩效管理的归口科室，负责组织运行监控和财政评价"):
        assert homophone_fixes(sentence)[1] == ()


def test_readings_come_from_the_character_table() -> None:
    assert reading("整") == reading("正") == "zheng"
    assert reading("会") == "hui" and reading("A") == ""
