"""Expert review opinions of the heldout17 class handled by fixer36 (LAYOUTS.md L94): a 专家评审意见 whose only date is
in its opening sentence ("2026年10月28日，县财政局组织5名专家对……开展事前绩效评估评审"), with a per-expert scoring
table (five dimensions, 合计, 平均分), a conclusion "调整完善后予以支持" and "建议预算控制数由X万元核减至Y万元". The
report-structure rules (§4 sections, the 数量×单价 calculation table) belong to the 事前绩效评估报告 the experts reviewed:
on an opinion they are not applicable and only say so (info); the date, the panel, the conclusion and the recommended
budget are the opinion's own and are checked.

Structure follows the catalogue (rulebook §1.6: five dimensions of 20 points, panels of 5–7 experts; docx.baby
审核表: one row per dimension with 分值 and 审核意见); every name, amount and score is invented.
"""

from __future__ import annotations

from typing import Any

from real_report_round3 import NOTICE

Element = tuple[Any, ...]

_SCORES = [("专家1", 17, 14, 16, 15, 15), ("专家2", 16, 13, 15, 16, 15), ("专家3", 16, 14, 15, 15, 16),
           ("专家4", 15, 13, 15, 15, 16), ("专家5", 17, 15, 16, 16, 15)]


def dated_opinion(all_dimensions: bool = True) -> list[Element]:
    """L94: the opinion as a review office issues it. ``all_dimensions`` False leaves the scoring table out and words
    the opinion on three dimensions only (绩效目标 and 筹资 never named): the opinion's own gap (EA-RPT-01 warning)."""
    name = "示例县乡镇污水处理站提标改造项目"
    rows = [["专家", "立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性", "合计"]]
    rows += [[who, *map(str, s), str(sum(s))] for who, *s in _SCORES]
    average = sum(sum(s) for _, *s in _SCORES) / len(_SCORES)
    rows.append(["平均分", "", "", "", "", "", f"{average:.1f}"])
    opening = (f"2026年10月28日，县财政局组织5名专家对县住房和城乡建设局申报的{name}开展事前绩效评估评审，"
               "项目申请2027年度县级财政资金300万元。")
    body: list[Element] = [("title", f"{name}事前绩效评估专家评审意见（示例）"), ("p", NOTICE), ("p", opening)]
    if all_dimensions:
        body += [("table", rows), ("p", f"专家组平均分{average:.1f}分。"),
                 ("p", "主要意见：项目必要性充分；设备选型偏高，部分管网改造可由运营单位承担；绩效目标基本可衡量；"
                       "实施方案可行；资金来源合规。")]
    else:
        body += [("p", "主要意见：项目必要性充分；设备选型偏高，投入经济性有待改进；实施方案可行。")]
    body += [("p", "评审结论：调整完善后予以支持。"),
             ("p", "建议预算控制数由300万元核减至270万元，核减30万元。"),
             ("p", "专家组组长（签字）：示例甲    专家组成员（签字）：示例乙、示例丙、示例丁、示例戊")]
    return body


def dated_opinion_clean() -> list[Element]:
    return dated_opinion()


def dated_opinion_three_dimensions() -> list[Element]:
    return dated_opinion(all_dimensions=False)
