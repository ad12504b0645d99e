"""Report layout of the heldout7 failure class (LAYOUTS.md §5 R19): a district 专家评审意见 whose table has the panel's
scores by dimension (评估维度 | 分值 | 专家一 | 专家二 | 专家三 | 平均) and a last row "综合得分 | 100 | | | | 平均分"
(full marks first, the average in the last column), then the verdict.

Structure follows the catalogue; every name, amount and score is invented.
"""

from __future__ import annotations

from typing import Any

from real_report_round3 import NOTICE

Element = tuple[Any, ...]

_DIMENSIONS = ["立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性"]


def _panel(name: str, unit: str, amount: str, scores: list[tuple[int, int, int]], verdict: str) -> list[Element]:
    table: list[list[str]] = [["评估维度", "分值", "专家一", "专家二", "专家三", "平均"]]
    total = 0.0
    for dim, (a, b, c) in zip(_DIMENSIONS, scores, strict=True):
        mean = round((a + b + c) / 3, 1)
        total += mean
        table.append([dim, "20", str(a), str(b), str(c), f"{mean:.1f}"])
    table.append(["综合得分", "100", "", "", "", f"{total:.1f}"])
    return [
        ("title", "2025年度区级财政支出项目事前绩效评估专家评审意见"),
        ("p", f"项目名称：{name}"),
        ("p", NOTICE),
        ("p", f"申报单位：{unit}"),
        ("p", f"申请资金：{amount}万元（申请2025年度区级财政资金）"),
        ("p", "评审时间：2024年10月22日    评审方式：集中会审"),
        ("p", "评审过程：专家组听取申报单位汇报，审阅了项目申报书、绩效目标申报表和预算测算资料，经质询讨论，形成如下意见。"),
        ("table", table),
        ("p", "主要问题：1.部分设备报价只有一家供应商；2.效益指标量化不足。"),
        ("p", f"评审结论：{verdict}"),
        ("p", "专家组组长（签字）：专家甲    专家组成员（签字）：专家乙、专家丙"),
    ]


def panel_scores_low_support() -> list[Element]:
    """R19: the average is 56.6 (below the 60-point line) and the verdict is 予以支持."""
    return _panel("示例区社区菜市场改造补助项目", "示例区商务局", "120",
                  [(12, 11, 12), (10, 11, 10), (11, 12, 11), (11, 10, 12), (13, 12, 12)], "予以支持。建议按申报金额安排预算。")


def panel_scores_adjusted() -> list[Element]:
    """R19 clean: the average is 74.7 and the verdict 调整完善后予以支持 with a reduction."""
    return _panel("示例区老年助餐服务点建设项目", "示例区民政局", "96",
                  [(16, 15, 16), (13, 14, 13), (15, 15, 14), (14, 15, 15), (16, 17, 16)],
                  "调整完善后予以支持。建议核减设备购置费8万元，按88万元安排预算。")
