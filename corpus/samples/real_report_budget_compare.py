"""Ex-ante layouts of the heldout10 EA-RPT-04 class (LAYOUTS.md §5 R26): a report whose conclusion states the
recommended budget and the cut, and a 建议预算数与申请数对比表 after the conclusion ("支出内容 | 申请数（万元） |
建议数（万元） | 核减数（万元） | 核减理由", closed by 合计). The clean sample adds up; the defect samples recommend more
than was requested while saying "核减", or total the 建议数 column wrongly.

Structure follows the catalogue (rulebook §4.3: the Beijing-style conclusion names the 建议预算控制数 with its reasons;
the county rule in ``policies/local`` asks for the cut item by item); every name, amount and finding is invented.
"""

from __future__ import annotations

from typing import Any

from real_report_round3 import NOTICE

Element = tuple[Any, ...]

_NAME = "示例县乡村学校食堂设备更新项目"
_ITEMS = [("消毒柜及留样柜", "36", "36", "0", ""), ("燃气灶具更换", "48", "40", "8", "按实际需更换数量核减10台"),
          ("冷藏设备", "26", "22", "4", "单价按政府采购平台均价调整")]


def _report(recommended: str, cut: str, items: list[tuple[str, str, str, str, str]], totals: tuple[str, str, str],
            score: str = "83") -> list[Element]:
    rows = [["支出内容", "申请数（万元）", "建议数（万元）", "核减数（万元）", "核减理由"], *[list(r) for r in items],
            ["合计", *totals, ""]]
    return [
        ("title", f"{_NAME}事前绩效评估报告（示例）"),
        ("p", NOTICE),
        ("table", [["项目名称", _NAME, "项目属性", "新增项目"],
                   ["项目单位", "示例县教育局", "主管部门", "示例县教育局"],
                   ["申请资金总额", "110万元（2025年度）", "资金来源", "县级一般公共预算"]]),
        ("h", 1, "一、评估对象基本情况"),
        ("p", "项目为全县18所乡村学校更换食堂消毒、灶具和冷藏设备，实施期限为2025年3月至2025年8月。"),
        ("h", 1, "二、评估工作开展情况"),
        ("p", "评估组查阅申报资料，赴5所学校现场核实设备使用年限，并比对政府采购平台同类设备价格。"),
        ("h", 1, "三、综合评估情况与评估结论"),
        ("h", 2, "（一）立项必要性"),
        ("p", "2024年县教育局排查18所学校食堂设备，使用超过十年的有74台，其中23台存在燃气安全隐患；项目属于县教育局职责，与其他项目不重复。"),
        ("h", 2, "（二）投入经济性"),
        ("p", "设备数量按学校就餐人数测算，部分灶具可继续使用，冷藏设备单价略高于平台均价。"),
        ("table", [["费用名称", "数量", "单价（万元）", "金额（万元）", "测算依据"],
                   ["消毒柜及留样柜", "36", "1", "36", "每校两台"],
                   ["燃气灶具更换", "60", "0.8", "48", "每校若干台"],
                   ["冷藏设备", "13", "2", "26", "按就餐人数配置"],
                   ["合计", "", "", "110", ""]]),
        ("h", 2, "（三）绩效目标合理性"),
        ("p", "目标明确，设置了更换数量、验收合格率、完成时间和师生满意度指标，与资金规模匹配。"),
        ("h", 2, "（四）实施方案可行性"),
        ("p", "采购和安装计划具体，学校分工明确，暑期施工不影响就餐。"),
        ("h", 2, "（五）筹资合规性"),
        ("p", "资金全部为县级一般公共预算，支持方式为直接支出，财权与事权匹配。"),
        ("h", 2, "（六）总体结论"),
        ("p", f"综合评分{score}分，评估结论为“予以支持”。经核减，建议预算控制数为{recommended}万元，核减{cut}万元，"
              "核减明细见下表。"),
        ("table", rows),
        ("h", 1, "四、相关建议"),
        ("p", "建议建立设备台账，按年度开展安全检查。"),
        ("p", "评估单位：示例县财政局预算绩效管理股（示例）"),
        ("p", "评估日期：2024年9月12日"),
    ]


def comparison_clean() -> list[Element]:
    """110 requested, 98 recommended, 12 cut; the comparison table adds up."""
    return _report("98", "12", _ITEMS, ("110", "98", "12"))


def recommended_above_request() -> list[Element]:
    """The conclusion recommends 122 against 110 requested and still says 核减12万元."""
    return _report("122", "12", _ITEMS, ("110", "98", "12"))


def comparison_total_wrong() -> list[Element]:
    """The 建议数 column adds to 98 but its 合计 row says 104 (and the conclusion follows the wrong total)."""
    return _report("104", "6", _ITEMS, ("110", "104", "12"))
