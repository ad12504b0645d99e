"""Appraisal reports of the heldout24 class handled by fixer46 (LAYOUTS.md L111): chapter headings written letter-spaced
("一 、 评 估 对 象 基 本 情 况"), money in 元 with thousands separators, and the 总体结论 paragraph that states the score
bands, the score, the verdict and "建议预算控制数1,300,000.00元" in one sentence; a 项目支出测算表（金额单位：元） closes it.

Structure follows the catalogue; every name, amount and opinion is invented.
"""

from __future__ import annotations

from typing import Any

Element = tuple[Any, ...]
NOTICE = "示例：本报告为测试用虚构示例，所涉单位、数据均不真实。"
PROJECT = "示例县2027年农村学校食堂设备更新项目"


def spaced(text: str) -> str:
    """The letter-spaced writing of ``text``: "评估结论" → "评 估 结 论"."""
    return " ".join(text)


def _report(control: str, lines: list[list[str]]) -> list[Element]:
    head = [
        ["项目名称", PROJECT, "项目单位", "示例县教育后勤服务中心"],
        ["主管部门", "示例县教育局", "评估机构", "示例县预算绩效评估工作组"],
        ["评估日期", "2026年10月20日", "申请资金（元）", "1,300,000.00"],
    ]
    total = sum(float(r[3].replace(",", "")) for r in lines[1:])
    out: list[Element] = [
        ("title", f"{PROJECT}事前绩效评估报告"), ("p", NOTICE), ("table", head),
        ("h", 1, spaced("一、评估对象基本情况")),
        ("p", "全县农村学校食堂42所，其中2015年以前购置的炊事设备占61%，2026年春季抽查发现燃气灶具老化隐患17处。"
              "项目拟更新蒸饭柜、消毒柜和燃气灶具，申请资金1,300,000.00元，全部为县级财政资金。"),
        ("h", 1, spaced("二、评估工作开展情况")),
        ("p", "评估结论供项目单位于2026年10月31日前报送2027年预算申请时使用。评估工作组查阅了设备台账和安全检查记录，走访学校8所，召开评审会一次。"),
        ("h", 1, spaced("三、综合评估情况与评估结论")),
        ("p", "（一）立项必要性。设备老化存在安全隐患，属于教育部门保障学生用餐安全的职责，立项必要。"),
        ("p", "（二）投入经济性。设备单价参照2026年政府采购协议供货价测算，蒸饭柜按每台9,500.00元、消毒柜按每台6,000.00元计，"
              "成本测算基本合理。"),
        ("p", "（三）绩效目标合理性。绩效目标与更新内容对应，年度指标“更新设备台套数≥120台套”“设备验收合格率=100%”可衡量。"),
        ("p", "（四）实施方案可行性。项目拟于2027年3月完成采购、2027年8月底前完成安装，利用暑期施工不影响用餐。"),
        ("p", "（五）筹资合规性。资金全部由县级财政安排，采用直接支出方式，经政府采购程序实施，符合规定。"),
        ("p", "（六）总体结论。评估工作组按100分制评分（80分及以上予以支持，60分（含）至80分调整完善后予以支持，60分以下不予支持），"
              f"本项目得分84分，评估结论为“予以支持”，建议预算控制数{control}元。"),
        ("h", 1, spaced("四、有关建议")),
        ("p", "建议项目单位在采购合同中明确质保期和售后维修响应时间。"),
        ("p", "附：项目支出测算表（金额单位：元）"),
        ("table", [*lines, ["合计", "", "", f"{total:,.2f}"]]),
        ("p", "评估工作组：示例甲、示例乙、示例丙        2026年10月20日"),
    ]
    return out


LINES = [
    ["支出内容", "数量", "单价", "金额"],
    ["蒸饭柜", "60", "9,500.00", "570,000.00"],
    ["消毒柜", "40", "6,000.00", "240,000.00"],
    ["燃气灶具", "20", "24,500.00", "490,000.00"],
]


def spaced_chapters_clean() -> list[Element]:
    """Control figure 1,300,000.00 元 (the request and the 测算表's 合计) stated in the 总体结论 sentence: clean."""
    return _report("1,300,000.00", LINES)


def spaced_chapters_line_wrong() -> list[Element]:
    """The same report whose 测算表 writes 40 × 6,000.00 as 280,000.00 (should be 240,000.00; EA-ECO-01)."""
    lines = [list(r) for r in LINES]
    lines[2][3] = "280,000.00"
    return _report("1,300,000.00", lines)
