"""The unit's self-check report (.docx): every finding as unit-facing guidance, nothing internal."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from review_assistant.checks.models import SEVERITY_ZH
from review_assistant.drafting.guidance import as_guidance
from review_assistant.drafting.opinion import ref_text
from review_assistant.drafting.wordstyle import (
    HEADING_FONT,
    KAITI,
    TITLE_FONT,
    cn_date,
    paragraph,
    setup_page,
    today_beijing,
)
from review_assistant.review.records import ReviewDetail


def write_self_check(detail: ReviewDetail, out: Path) -> Path:
    r = detail.review
    document = Document()
    setup_page(document)
    paragraph(document, "预算绩效材料自查报告", font=TITLE_FONT, size=22, align="center", indent=False)
    paragraph(document, f"文件：{r.file_name}", indent=False)
    paragraph(document, f"项目：{r.title}", indent=False)
    paragraph(document, f"自查日期：{cn_date(today_beijing())}", indent=False)
    open_items = [f for f in detail.findings if f.status != "rejected"]
    must = sum(1 for f in open_items if f.severity == "error")
    should = sum(1 for f in open_items if f.severity == "warning")
    paragraph(document, f"自查发现须修改的问题 {must} 项、建议完善的问题 {should} 项。"
              + ("请逐项修改后再报送。" if open_items else "未发现问题，可以报送。"))
    for i, f in enumerate(open_items, 1):
        paragraph(document, f"{i}. 【{SEVERITY_ZH.get(f.severity, f.severity)}】{as_guidance(f.rule_id, f.message)}",
                  font=HEADING_FONT if f.severity == "error" else "仿宋_GB2312")
        paragraph(document, f"问题说明：{f.message}")
        if f.evidence:
            paragraph(document, f"所在位置：{f.location.describe()}；原文：“{f.evidence}”", font=KAITI)
        if f.policy_refs:
            paragraph(document, f"依据：{ref_text(f.policy_refs)}。")
    paragraph(document, "说明：本报告由审核助手自动生成，供单位自查参考，不代替财政部门的审核意见。",
              font=KAITI, size=12)
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    return out
