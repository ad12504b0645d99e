"""Expert-opinion forms of the heldout18 class handled by fixer37 (LAYOUTS.md L99): the 专家组意见 cell first lists
the score bands with all three conclusion words, then states the verdict ("评审结论为‘予以支持’"), sometimes in the same
sentence; a form that lists the bands and never states a verdict leaves the conclusion uncertain (a warning).

Structure follows the catalogue; every name, amount and opinion is invented.
"""

from __future__ import annotations

from typing import Any

Element = tuple[Any, ...]
NOTICE = "示例：本表为测试用虚构示例，所涉单位、数据均不真实。"
BANDS = "评分80分（含）以上为“予以支持”，60分（含）至80分为“调整完善后予以支持”，60分以下为“不予支持”"


def _form(opinion: str, scores: tuple[int, ...]) -> list[Element]:
    rows = [
        ["项目名称", "示例县青少年校外研学实践项目", "项目属性", "延续项目"],
        ["申报单位", "示例县教育体育局", "申请金额（万元）", "96"],
        ["评审日期", "2026年11月18日", "评审方式", "专家会议评审"],
        ["专家", "评审意见摘要", "评审意见摘要", "得分"],
    ]
    names = ("专家一", "专家二", "专家三", "专家四", "专家五")
    rows += [[n, "按评分指标体系逐项打分", "按评分指标体系逐项打分", str(s)] for n, s in zip(names, scores, strict=True)]
    average = sum(scores) / len(scores)
    rows += [
        ["平均得分", "", "", f"{average:g}"],
        ["专家组意见", opinion, opinion, opinion],
        ["专家组长签字", "示例甲（签字）", "财政部门意见", "同意专家组意见"],
    ]
    return [("title", "示例县事前绩效评估专家评审意见表"), ("p", NOTICE), ("table", rows)]


def opinion_bands_and_verdict() -> list[Element]:
    """The bands and the verdict in one sentence: 76.4 points, "评审结论为‘调整完善后予以支持’" (clean)."""
    opinion = (f"项目已连续实施两年，参与学生逐年增加，研学线路和单价有测算依据。按评审办法，{BANDS}，"
               "本项目专家组平均得分76.4分，评审结论为“调整完善后予以支持”，建议压减交通费后安排。")
    return _form(opinion, (78, 76, 75, 77, 76))


def opinion_bands_only() -> list[Element]:
    """The bands listed, no verdict stated: the conclusion cannot be read with certainty (EA-RPT-03 warning)."""
    opinion = f"项目已连续实施两年，参与学生逐年增加，研学线路和单价有测算依据。按评审办法，{BANDS}。请财政部门按得分确定。"
    return _form(opinion, (84, 82, 83, 85, 82))
