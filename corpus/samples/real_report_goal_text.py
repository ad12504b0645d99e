"""Ex-ante reports whose 绩效目标 paragraph restates the attached goal table (LAYOUTS.md L81), written after the
heldout16 set by fixer32.

The narrative gives the year's targets in its own words ("全年开展技能培训360人次", "2026年11月底前完成全部培训"),
the attached "附件：项目绩效目标表" gives them as indicators (培训人次 ≥360 人次, 项目完成时间 ≤2026年11月30日). The
clean report also writes what is not this year's whole target: a past year's figure, a provincial total, a
half-year stage. The defect reports state one target differently from the table (EA-GOAL-03).

Structure follows the §4.1 outline of the rulebook (一、评估对象基本情况 … （三）绩效目标 …, 附件 goal table); every
name, amount and target is invented.
"""

from __future__ import annotations

from typing import Any

from real_report_round3 import NOTICE

Element = tuple[Any, ...]

_NAME = "示例区养老护理员技能提升培训项目"


def _report(goal: str, people: str = "360", deadline: str = "2026年11月30日") -> list[Element]:
    return [
        ("title", f"{_NAME}事前绩效评估报告（示例）"),
        ("p", NOTICE),
        ("table", [["项目名称", _NAME, "项目属性", "新增项目"],
                   ["项目单位", "示例区民政局", "主管部门", "示例区民政局"],
                   ["申请资金总额", "43.20万元（2026年度）", "资金来源", "区级一般公共预算"]]),
        ("h", 1, "一、评估对象基本情况"),
        ("h", 2, "（一）立项背景"),
        ("p", "2025年已培训养老护理员210人次，全省累计培训2.4万人次；全区养老机构护理员持证率仍不足六成。"),
        ("h", 2, "（二）绩效目标"),
        ("p", goal),
        ("h", 1, "二、评估工作开展情况"),
        ("p", "评估组查阅申报资料，走访4家养老机构，比对本区培训费综合定额。本报告于2025年10月20日随2026年度预算报送区财政局。"),
        ("h", 1, "三、综合评估情况与评估结论"),
        ("h", 2, "（一）立项必要性"),
        ("p", "护理员技能不足是养老服务质量的主要短板，项目属于区民政局职责，与其他项目不重复。"),
        ("h", 2, "（二）投入经济性"),
        ("p", "培训费按每人每天400元综合定额、每期3天测算。"),
        ("table", [["支出内容", "数量", "单价（元）", "金额（万元）", "测算依据"],
                   [f"培训费（{people}人次×3天）", str(int(people) * 3), "400", f"{int(people) * 3 * 400 / 10000:.2f}",
                    "培训费综合定额"],
                   ["合计", "", "", f"{int(people) * 3 * 400 / 10000:.2f}", ""]]),
        ("h", 2, "（三）绩效目标合理性"),
        ("p", "目标与培训内容相关，指标细化量化，详见附件绩效目标表。"),
        ("h", 2, "（四）实施方案可行性"),
        ("p", "培训计划分四期实施，师资和场地已落实。"),
        ("h", 2, "（五）筹资合规性"),
        ("p", "资金全部为区级一般公共预算，财权与事权匹配。"),
        ("h", 2, "（六）总体结论"),
        ("p", "综合评分86分，评估结论为“予以支持”。"),
        ("h", 1, "四、相关建议"),
        ("p", "建议按期开展培训考核，建立护理员培训台账。"),
        ("p", "评估单位：示例区财政局预算绩效管理科（示例）"),
        ("p", "评估日期：2025年10月16日"),
        ("h", 1, "附件：项目绩效目标表"),
        ("table", [["项目名称", _NAME, "资金总额（万元）", "43.20"],
                   ["一级指标", "二级指标", "三级指标", "指标值"],
                   ["产出指标", "数量指标", "培训人次", f"≥{people}人次"],
                   ["产出指标", "质量指标", "培训考核合格率", "≥90%"],
                   ["产出指标", "时效指标", "项目完成时间", f"≤{deadline}"],
                   ["产出指标", "成本指标", "人均培训成本", "≤1200元/人次"],
                   ["效益指标", "社会效益指标", "护理员持证率", "≥80%"],
                   ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"]]),
    ]


def goal_text_clean() -> list[Element]:
    """The paragraph agrees with the table; its past-year, provincial and half-year figures are not the targets."""
    return _report("2026年计划分四期培训养老护理员，上半年完成160人次，全年完成360人次；全年开展技能培训360人次，"
                   "培训考核合格率不低于90%，护理员持证率达到80%，2026年11月底前完成全部培训。")


def goal_text_count_mismatch() -> list[Element]:
    """The paragraph says 420人次, the table (and the calculation) 360人次."""
    return _report("2026年开展养老护理员技能培训420人次，培训考核合格率不低于90%，2026年11月底前完成全部培训。")


def goal_text_date_mismatch() -> list[Element]:
    """The paragraph finishes everything by the end of September, the table's 项目完成时间 is 30 November."""
    return _report("2026年开展养老护理员技能培训360人次，培训考核合格率不低于90%，2026年9月底前完成全部培训。")
