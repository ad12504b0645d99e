"""Drafting polish: the model may rephrase, never drop or invent a fact."""

from __future__ import annotations

from review_assistant.checks.models import Finding, PolicyRef
from review_assistant.drafting.polish import check_polish, polish_draft, template_draft

from .fakes import fake_handle, reply

FINDINGS = [Finding(rule_id="GS-02", dimension="完整性", severity="error",
                    message="年度资金总额（150.00万元）与各来源之和（120.00万元）不一致。",
                    evidence="项目资金（万元） 年度资金总额 150",
                    policy_refs=[PolicyRef(document="中央部门预算绩效目标管理办法", doc_number="财预〔2015〕88号",
                                           article="第十条")],
                    suggestion="核对资金来源明细。")]


def test_template_keeps_facts() -> None:
    text = template_draft(FINDINGS, "老旧小区改造提升项目")
    assert "150.00万元" in text and "财预〔2015〕88号" in text and "第十条" in text and "“项目资金（万元） 年度资金总额 150”" in text


def test_faithful_polish_is_used_and_unfaithful_is_rejected() -> None:
    template = template_draft(FINDINGS)
    good = template.replace("审核意见：", "经审核，提出如下意见：").replace("原文为", "申报表中填写为")
    handle, _ = fake_handle(reply(good))
    res = polish_draft(FINDINGS, handle)
    assert res.polished and res.text == good
    bad = good.replace("120.00万元", "130.00万元")
    handle, _ = fake_handle(reply(bad))
    res = polish_draft(FINDINGS, handle)
    assert not res.polished and res.text == template and "120.00" in res.reason
    assert "出现了模板稿中没有的数字" in check_polish(template, template + "另需补充3项材料。")
