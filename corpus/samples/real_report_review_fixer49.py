"""A three-expert review sheet of the heldout26 class handled by fixer49 (LAYOUTS.md R23; all fictitious).

heldout26's README (ea03, after docx.baby's 分项计分 审核表) describes a review sheet scoring the five dimensions by
three experts ("分值 | 专家一 | 专家二 | 专家三 | 平均得分 | 主要意见"), a 合计 row, one cell with the bands and the
panel's verdict, and a 建议预算 cell that writes the cut in brackets ("建议安排…万元（核减……万元）"). Written here again
with our own project and figures:

* ``rr_three_expert_cut_fixer49.xlsx``: 申请 150.00, 平均 76 分, 调整完善后予以支持, "建议安排138.00万元（核减设备购置单价偏高部分
  12.00万元）": the cut is stated in the same cell, so no EA-RPT-04 warning about an unlisted reduction.

Written by ``make_reports.generate`` through ``make_real_reports.real_report_samples``.
"""

from __future__ import annotations

from typing import Any

Element = tuple[Any, ...]
NOTICE = "示例：本表为测试用虚构示例，所涉单位、数据均不真实。"
NAME = "示例镇2027年农村生活垃圾分类收运项目"
# dimension, 专家一, 专家二, 专家三, 平均, 主要意见
SCORES = [
    ("立项必要性", "16", "15", "17", "16", "垃圾分类属镇重点工作，需求明确"),
    ("投入经济性", "13", "14", "12", "13", "分类收集车辆单价高于同期采购价"),
    ("绩效目标合理性", "15", "15", "15", "15", "目标可衡量，分类覆盖率指标偏保守"),
    ("实施方案可行性", "16", "16", "16", "16", "收运线路和保洁人员配置清楚"),
    ("筹资合规性", "16", "17", "15", "16", "资金为镇级一般公共预算"),
]


def three_expert_cut() -> list[Element]:
    rows: list[list[str]] = [
        ["示例镇财政支出事前绩效评估专家评审表", "", "", "", "", "", ""],
        ["项目名称", NAME, "", "", "申报单位", "示例镇人民政府", ""],
        ["申请资金（万元）", "150.00", "", "", "资金来源", "镇级一般公共预算", ""],
        ["评审维度", "分值", "专家一", "专家二", "专家三", "平均得分", "主要意见"],
    ]
    rows += [[d, "20", a, b, c, avg, opinion] for d, a, b, c, avg, opinion in SCORES]
    total = sum(int(s[4]) for s in SCORES)
    rows += [
        ["合计", "100", "", "", "", str(total), ""],
        ["评审结论", f"评审平均得分{total}分。80分（含）以上为“予以支持”，60分（含）至80分为“调整完善后予以支持”，"
                     "60分以下为“不予支持”。专家组意见：调整完善后予以支持。", "", "", "", "", ""],
        ["建议预算", "建议安排138.00万元（核减分类收集车辆单价偏高部分12.00万元）", "", "", "", "", ""],
        ["专家签名", "示例甲、示例乙、示例丙", "", "", "评审日期", "2026年10月15日", ""],
        [NOTICE, "", "", "", "", "", ""],
    ]
    return [("table", rows)]
