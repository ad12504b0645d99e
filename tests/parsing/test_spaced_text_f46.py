"""Letter-spaced Chinese and wrapped grouped figures (fixer46, heldout24): "项 目 支 出 绩 效 自 评 表" reads as its words,
ordinary spacing between words stays, and a figure wrapped inside its digits is one number."""

from __future__ import annotations

import pytest

from review_assistant.parsing.common import despace_cjk, join_wrapped


@pytest.mark.parametrize(("text", "closed"), [
    ("项 目 支 出 绩 效 自 评 表", "项目支出绩效自评表"),
    ("（ 2025 年 度 ）", "（2025年度）"),
    ("产 出 指 标（50分）", "产出指标（50分）"),
    ("一 、 评 估 对 象 基 本 情 况", "一、评估对象基本情况"),
    ("备 注 说 明", "备注说明"),
    ("得 分", "得分"),
    ("建议预算控制数1 ,340,000.00元", "建议预算控制数1,340,000.00元"),
])
def test_spaced_runs_are_closed(text: str, closed: str) -> None:
    assert despace_cjk(text) == closed


@pytest.mark.parametrize("text", [
    "项目名称  某县某局", "部门（单位）：某县卫健委  金额单位：元", "XXX  XXXXXXXXXXX", "数量 指标", "完成 率",
    "≥ 90 %", "1 2 3", "1 ,2",
])
def test_ordinary_spacing_stays(text: str) -> None:
    assert despace_cjk(text) == text


@pytest.mark.parametrize(("parts", "joined"), [
    (["470,4", "00.00"], "470,400.00"),
    (["建议预算控制数1", ",340,000.00元"], "建议预算控制数1,340,000.00元"),
    (["470,", "400.00"], "470,400.00"),
    (["12", "34"], "12 34"),
    (["470,4", "000"], "470,4 000"),
    (["2024,", "2025年"], "2024, 2025年"),
])
def test_grouped_figure_wrap(parts: list[str], joined: str) -> None:
    assert join_wrapped(parts) == joined
