"""Report layout of the heldout6 failure class (LAYOUTS.md §5 R17): an expert review opinion whose budget year is only in
the funds applied for ("申请2026年度县级财政资金64万元"), opened by a review date early in that same year (so "the year
after the review" is wrong) and preceded by a sentence about last year's funds; a low average score with a "不予支持"
verdict, which agree.

Structure follows the catalogue; every name, amount and finding is invented.
"""

from __future__ import annotations

from typing import Any

from real_report_round3 import NOTICE

Element = tuple[Any, ...]


def applied_year_opinion() -> list[Element]:
    """R17: the year of the application is the budget year, not the year after the review nor the background's year."""
    name = "示例县文化馆群众文艺下乡项目"
    return [
        ("title", f"{name}事前绩效评估专家评审意见（示例）"),
        ("p", NOTICE),
        ("p", "示例县文化馆2025年度县级财政资金已安排群众文化活动经费40万元。"),
        ("p", f"2026年1月8日，示例县财政局组织3名专家对{name}（申请2026年度县级财政资金64万元）进行了事前绩效评估评审。"),
        ("p", "一、项目内容与已安排的群众文化活动经费重叠，立项依据不足；二、演出场次单价未附依据；三、绩效目标只有场次，没有效益指标。"),
        ("p", "专家平均得分54分。评审结论：不予支持。"),
        ("table", [["专家", "单位", "评分"],
                   ["专家甲", "某艺术学院（示例）", "52"],
                   ["专家乙", "某会计师事务所（示例）", "55"],
                   ["专家丙", "示例县文化和旅游局", "55"],
                   ["平均得分", "", "54"]]),
        ("p", "专家组组长：专家甲    2026年1月8日"),
    ]
