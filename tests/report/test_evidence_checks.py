"""Offline evidence checks (EA-*-90…): what each looks for, where, and that present evidence silences it."""

from __future__ import annotations

import json
from pathlib import Path

from review_assistant.checks.report.evidence import OFFLINE_RULES, gaps_for
from review_assistant.review.judgement_eval import DEFAULT_CASES, evaluate, load_cases
from review_assistant.review.pipeline import CheckOptions, check_paths, prepare
from review_assistant.settings import Settings

HEAD = "# 云溪区社区助餐点建设项目事前绩效评估报告（示例）\n\n## 一、评估对象基本情况\n\n### （一）项目概况\n\n申请财政资金{amount}万元。\n\n## 二、综合评估情况\n\n"


def report(tmp_path: Path, amount: int = 180, **sections: str) -> Path:
    body = "".join(f"### （{'一二三四五六'[i]}）{k}\n\n{v}\n\n" for i, (k, v) in enumerate(sections.items()))
    path = tmp_path / "r.md"
    path.write_text(HEAD.format(amount=amount) + body, encoding="utf-8")
    return path


def fired(path: Path, settings: Settings) -> dict[str, str]:
    result = check_paths([path], settings, CheckOptions(kind="appraisal_report"))[0]
    assert result.error is None, result.error
    return {f.rule_id: f.severity for f in result.findings if f.rule_id in OFFLINE_RULES}


def test_slogans_only_fire_every_necessity_and_feasibility_gap(tmp_path: Path, settings: Settings) -> None:
    path = report(tmp_path, 立项必要性="项目十分必要，意义重大，群众期盼强烈。", 实施方案可行性="实施方案可行，保障有力。",
                  筹资合规性="筹资渠道合规，符合有关规定。", 绩效目标="全面提升群众获得感。")
    got = fired(path, settings)
    assert got == {r: "warning" for r in ("EA-NEC-90", "EA-NEC-91", "EA-FEA-90", "EA-FEA-91", "EA-FUND-90",
                                          "EA-GOAL-90")}


def test_concrete_sections_fire_nothing(tmp_path: Path, settings: Settings) -> None:
    path = report(tmp_path,
                  立项必要性="2024年3月入户调查显示，全区独居老人约6200人，其中38%有助餐需求。",
                  实施方案可行性="由区民政局负责实施，2025年3月完成选址，6月建成。",
                  筹资合规性="场地改造由财政直接支出，运营采用政府购买服务方式。",
                  绩效目标="新建助餐点8个，年供餐不少于12万人次。")
    assert fired(path, settings) == {}


def test_large_project_without_options_and_budget_without_basis(tmp_path: Path, settings: Settings) -> None:
    table = ("| 序号 | 支出内容 | 数量 | 单价（万元） | 金额（万元） |\n| --- | --- | --- | --- | --- |\n"
             "| 1 | 设备购置 | 10 | 6 | 60 |\n| | 合计 | | | 60 |")
    path = report(tmp_path, amount=620, 投入经济性="预算测算明细如下表：\n\n" + table)
    assert set(fired(path, settings)) == {"EA-ECO-90", "EA-ECO-91"}
    small = report(tmp_path, amount=60, 投入经济性="单价按政府采购协议供货价计列：\n\n" + table)
    assert fired(small, settings) == {}  # basis named in the text; below the size where options must be compared


def test_missing_section_is_left_to_the_structure_rule(tmp_path: Path, settings: Settings) -> None:
    path = report(tmp_path, 总体结论="评估结论为予以支持。")
    assert fired(path, settings) == {}


def test_llm_rule_is_told_what_is_absent(tmp_path: Path, settings: Settings) -> None:
    path = report(tmp_path, 立项必要性="项目十分必要，意义重大。")
    ctx = prepare(path, settings, CheckOptions())
    lines = gaps_for(ctx, "EA-NEC-02")
    assert [line.split("：")[0] for line in lines] == ["EA-NEC-90", "EA-NEC-91"]
    assert gaps_for(ctx, "EA-FUND-03") == []


def test_without_a_model_the_note_says_what_ran_and_what_did_not(tmp_path: Path, settings: Settings) -> None:
    path = report(tmp_path, 立项必要性="项目十分必要。")
    notes = check_paths([path], settings, CheckOptions())[0].notes
    note = next(n for n in notes if "未配置大模型" in n)
    assert "已运行离线证据检查 8 条" in note and "EA-NEC-90" in note and "未运行" in note and "EA-NEC-02" in note
    assert "已跳过" not in note


def test_offline_precision_on_the_judgement_set(settings: Settings) -> None:
    """The acceptance bar of issue 11: precision ≥ 0.9 per offline check on corpus/eval/judgement."""
    result = evaluate(settings, load_cases(DEFAULT_CASES), use_llm=False)
    assert result.cases >= 80
    for rule in OFFLINE_RULES:
        tally = result.offline[rule]
        assert tally.tp >= 1, (rule, json.dumps(tally.as_dict(), ensure_ascii=False))
        assert tally.precision is not None and tally.precision >= 0.9, (rule, tally.misses)
        assert tally.unlabelled_firings == 0, (rule, tally.misses)
