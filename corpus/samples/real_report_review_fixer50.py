"""Ex-ante review forms of the heldout27 class handled by fixer50 (LAYOUTS.md L127; all fictitious).

The layout (heldout27 ea01–ea04; its README says no published form was found and the set wrote it from the rulebook's
EA-RPT-03 and EA-ECO-01) is written again here in our own project, figures and words: three project rows, a score
block "评审维度 | 分值 | 专家A | 专家B | 专家C | 平均分" over the five dimensions and a 合计 row, one opinion row per
dimension, a cost block whose banner "测算复核" is merged down the first column beside "测算项目 | 数量 | 单价（万元）|
金额（万元）" and ends with a 合计 row (its 合计 stands in the item column, the quantity and price cells empty), a
conclusion row of tick boxes ("☑予以支持 □调整后支持 □不予支持"), a row with the score bands, the panel's opinion, the
recommended budget and the signatures.

* ``rr_expert_tick_fixer50.xlsx``: average 85.00, 予以支持 ticked, cost lines 60.00 + 18.00 + 12.00 = 90.00 = request:
  clean (the 合计 row is the total, not a fourth line).
* ``rr_expert_tick_adjust_fixer50.docx``: average 70.00, 调整后支持 ticked (the local word for 调整后予以支持): clean.
* ``rr_expert_tick_wrong_fixer50.docx``: average 70.00 but 予以支持 ticked: EA-RPT-03 error.

Written by ``make_reports.generate`` through ``make_real_reports.real_report_samples``.
"""

from __future__ import annotations

from typing import Any

Element = tuple[Any, ...]
NOTICE = "示例：本表为测试用虚构示例，所涉单位、数据均不真实。"
NAME = "示例县公共图书馆少儿阅览区改造项目"
DIMENSIONS = ("立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性")
OPINIONS = ("少儿阅览座位长期不足，改造需求有读者调查支撑。", "书架和座椅单价参照本县上年采购合同。",
            "指标与改造内容对应，开放座位数可考核。", "施工安排在寒假前完成，闭馆期已公告。",
            "资金为县级一般公共预算，不新增债务。")
HIGH = [(17, 17, 17), (17, 18, 16), (17, 17, 17), (17, 16, 18), (17, 17, 17)]  # 85 each expert
MIDDLE = [(14, 14, 14), (14, 15, 13), (14, 14, 14), (14, 13, 15), (14, 14, 14)]  # 70 each expert
BOXES = ("予以支持", "调整后支持", "不予支持")


def _form(scores: list[tuple[int, int, int]], ticked: str, panel: str) -> list[Element]:
    rows: list[list[str]] = [
        ["项目名称", NAME, NAME, NAME, NAME, NAME],
        ["申报单位", "示例县图书馆", "示例县图书馆", "主管部门", "示例县文化和旅游局", "示例县文化和旅游局"],
        ["申请资金（万元）", "90.00", "90.00", "评审日期", "2026年9月25日", "2026年9月25日"],
        ["评审维度", "分值", "专家A", "专家B", "专家C", "平均分"],
    ]
    sums = [0, 0, 0]
    for dim, marks in zip(DIMENSIONS, scores, strict=True):
        rows.append([dim, "20", *(str(m) for m in marks), f"{sum(marks) / 3:.2f}"])
        sums = [a + b for a, b in zip(sums, marks, strict=True)]
    rows.append(["合计", "100", *(str(s) for s in sums), f"{sum(sums) / 3:.2f}"])
    for dim, text in zip(DIMENSIONS, OPINIONS, strict=True):
        rows.append([f"{dim}意见", *[text] * 5])
    rows += [
        ["测算复核", "测算项目", "数量", "单价（万元）", "金额（万元）", "金额（万元）"],
        ["测算复核", "少儿书架及阅览桌椅", "40", "1.50", "60.00", "60.00"],
        ["测算复核", "地面及照明改造", "1", "18.00", "18.00", "18.00"],
        ["测算复核", "电子借阅终端", "4", "3.00", "12.00", "12.00"],
        ["测算复核", "合计", "", "", "90.00", "90.00"],
    ]
    marks = "　".join(("☑" if box == ticked else "□") + box for box in BOXES)
    bands = "平均分80分（含）以上予以支持；60分（含）至80分调整后支持；60分以下不予支持"
    rows += [
        ["评审结论", *[marks] * 5],
        ["结论分档", *[bands] * 5],
        ["专家组意见", *[panel] * 5],
        ["建议预算控制数（万元）", *["90.00"] * 5],
        ["专家签字", *["专家A：示例甲　专家B：示例乙　专家C：示例丙"] * 5],
    ]
    return [("title", "项目事前绩效评估专家评审意见表"), ("p", "（2027年度预算）"), ("p", NOTICE), ("table", rows)]


def expert_tick_clean() -> list[Element]:
    """Average 85.00 with 予以支持 ticked (clean)."""
    return _form(HIGH, "予以支持", "项目必要、测算有据，同意按申请数安排。")


def expert_tick_adjust() -> list[Element]:
    """Average 70.00 with 调整后支持 ticked (clean: the band for 60–80)."""
    return _form(MIDDLE, "调整后支持", "补充读者需求调查样本后按申请数安排。")


def expert_tick_wrong() -> list[Element]:
    """Average 70.00 but 予以支持 ticked (EA-RPT-03: the bands call for 调整后支持)."""
    return _form(MIDDLE, "予以支持", "同意立项。")
