"""Ex-ante review sheets of the heldout25 class handled by fixer47 (LAYOUTS.md L112; all fictitious).

The layout (heldout25 ea03/ea04; its README says no published form was found and the set wrote it from the rulebook's
EA-ECO-01 and EA-RPT-03/04) is written again here in our own project, figures and words: one row "申报金额 | 审定金额 |
核减金额", the five review dimensions with points, a 合计 row, then a "测算明细" block whose banner is merged down the
first column beside "服务内容 | 数量 | 单价 | 金额 | 测算依据" and ends with its 合计; under it a 核减说明 and an
审核结论 box, each one text across the whole width, and the reviewers' signatures.

* ``rr_review_cut_fixer47.xlsx``: 申报 120.00, 审定 112.00, 核减 8.00; the lines add up to 120.00 and every
  quantity × price is right; the 核减说明 and 审核结论 boxes hold figures of their own (9.00, 8.00, 80 …): clean.
* ``rr_review_cut_calc_fixer47.docx``: the same sheet whose first line is 8 × 9.00 = 72.00 written as 76.00 (the
  second line 11000 × 0.004 = 44.00 keeps the 合计 at 120.00): one EA-ECO-01 error on that line, nothing from the two boxes.

Written by ``make_reports.generate`` through ``make_real_reports.real_report_samples``.
"""

from __future__ import annotations

from typing import Any

Element = tuple[Any, ...]
NOTICE = "示例：本表为测试用虚构示例，所涉单位、数据均不真实。"
NAME = "示例县老年助餐服务项目"
BANDS = "得分80分及以上为“予以支持”，60分（含）至80分为“调整完善后予以支持”，60分以下为“不予支持”"
DIMENSIONS = [
    ("立项必要性", "属于本县政府购买服务目录，老年人就餐需求有摸底数据", "17", "需求数据充分"),
    ("投入经济性", "补助标准参照上年结算和周边县标准，单价有依据", "16", "运营补助标准偏高，已核减"),
    ("绩效目标合理性", "目标与服务内容对应，助餐人次可考核", "17", "目标可衡量"),
    ("实施方案可行性", "承接主体遴选、服务监管和按季结算办法明确", "18", "方案可行"),
    ("筹资合规性", "资金为县级一般公共预算，不涉及新增债务", "17", "筹资合规"),
]


def _sheet(first_line: str, meals: str, second_line: str) -> list[Element]:
    wide = 6
    rows: list[list[str]] = [
        ["项目名称", NAME, NAME, "购买主体", "示例县民政局", "示例县民政局"],
        ["申报金额（万元）", "120.00", "审定金额（万元）", "112.00", "核减金额（万元）", "8.00"],
        ["审核维度", "审核要点", "审核要点", "分值", "得分", "审核意见"],
    ]
    rows += [[d, point, point, "20", score, opinion] for d, point, score, opinion in DIMENSIONS]
    total = sum(int(d[2]) for d in DIMENSIONS)
    rows += [
        ["合计", "", "", "100", str(total), ""],
        ["测算明细", "服务内容", "数量", "单价（万元）", "金额（万元）", "测算依据"],
        ["测算明细", "助餐点运营补助", "8", "9.00", first_line, "上年8个助餐点结算数"],
        ["测算明细", "送餐上门补贴", meals, "0.004", second_line, "每人次40元，按上年送餐人次"],
        ["测算明细", "合计", "", "", "120.00", ""],
        ["核减说明"] + ["助餐点运营补助按每个9.00万元申报，审定按每个8.00万元（本县上年同类补助标准），核减8.00万元。"] * (wide - 1),
        ["审核结论"] + [f"按{BANDS}的规定，本项目得分{total}分，审核结论：予以支持，建议预算控制数112.00万元。"] * (wide - 1),
        ["评审人员签字", "示例甲、示例乙、示例丙", "示例甲、示例乙、示例丙", "日期", "2026年10月20日", "2026年10月20日"],
    ]
    return [("title", "政府购买服务项目事前绩效评估审核意见表"), ("p", "（2027年度预算）"), ("p", NOTICE), ("table", rows)]


def review_cut_clean() -> list[Element]:
    """Every line right: 8 × 9.00 = 72.00, 12000 × 0.004 = 48.00, 合计 120.00 (clean)."""
    return _sheet("72.00", "12000", "48.00")


def review_cut_calc_wrong() -> list[Element]:
    """8 × 9.00 written as 76.00 (EA-ECO-01); the 合计 still 120.00 with 11000 × 0.004 = 44.00 on
    the second line."""
    return _sheet("76.00", "11000", "44.00")
