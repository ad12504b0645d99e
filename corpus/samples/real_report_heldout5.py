"""Report layouts of the heldout5 failure classes (LAYOUTS.md §5 R15–R16): an expert opinion whose verdict contradicts
the average of the experts' scoring table, and a report written by sections that leaves out one dimension while its
appendix 评分表 still has a row for it.

Structure follows the catalogue; every name, amount and finding is invented.
"""

from __future__ import annotations

from typing import Any

from real_report_round3 import NOTICE

Element = tuple[Any, ...]


def expert_average_low_score() -> list[Element]:
    """R15: a written 专家评审意见; the review-meeting date opens the text, the budget year is in "申请2025年度资金";
    the verdict is 予以支持 while the experts' table ends in "平均得分 | 55.5" (below the 60-point line)."""
    name = "示例县农村生活垃圾转运设施更新项目"
    return [
        ("title", f"{name}事前绩效评估专家评审意见（示例）"),
        ("p", NOTICE),
        ("p", f"2024年10月，示例县财政局组织专家对示例县城市管理局报送的“{name}”（申请2025年度资金90万元）进行评审，"
              "专家组审阅了评估报告、绩效目标申报表和设备报价资料，形成意见如下："),
        ("p", "一、现有转运车辆已使用十年以上，更新有一定必要，但未提供车辆检测结论。"),
        ("p", "二、压缩设备按进口品牌报价测算，单价明显偏高，测算依据不足。"),
        ("p", "三、绩效目标只写“提升转运能力”，没有量化指标。"),
        ("p", "四、评审结论：予以支持。"),
        ("table", [["序号", "专家姓名", "工作单位", "评分"],
                   ["1", "专家甲", "某环卫设计院（示例）", "58"],
                   ["2", "专家乙", "某会计师事务所（示例）", "52"],
                   ["3", "专家丙", "示例县住房和城乡建设局", "56.5"],
                   ["", "平均得分", "", "55.5"]]),
        ("p", "专家组组长：专家甲    2024年10月18日"),
    ]


def sections_missing_with_score_appendix() -> list[Element]:
    """R16: a sectioned report with four of the five dimensions (no 筹资合规性 section); the appendix 评分表 lists all
    five dimensions as rows (一级指标 | 二级指标 | 分值 | 得分)."""
    name = "示例市城区排水管网清淤项目"
    return [
        ("title", f"{name}事前绩效评估报告（示例）"),
        ("p", NOTICE),
        ("table", [["项目名称", name], ["项目单位", "示例市排水管理处"], ["申请资金总额", "75万元"],
                   ["评估机构", "示例市财政局绩效评价科（示例）"]]),
        ("p", "一、评估对象基本情况"),
        ("p", "城区排水管网约120公里，2024年汛期有9处积水点，需在汛前完成主干管清淤，申请资金75万元。"),
        ("p", "二、评估工作开展情况"),
        ("p", "评估组查阅了管网普查资料和历年清淤台账，现场查看4处积水点，按评分表逐项打分。"),
        ("p", "三、综合评估情况与评估结论"),
        ("p", "（一）立项必要性"),
        ("p", "清淤属于市级排水设施养护事权，与防汛专项不重复，必要性较充分。"),
        ("p", "（二）投入经济性"),
        ("p", "清淤单价按本市养护定额测算，数量依据普查淤积深度，基本合理。"),
        ("table", [["费用名称", "数量", "单价（万元）", "金额（万元）", "测算依据"],
                   ["主干管清淤", "30", "2.1", "63", "养护定额"],
                   ["淤泥外运处置", "1200", "0.01", "12", "市场询价（吨）"],
                   ["合计", "", "", "75", ""]]),
        ("p", "（三）绩效目标合理性"),
        ("p", "目标写明清淤长度30公里、积水点消除率不低于80%，可以考核。"),
        ("p", "（四）实施方案可行性"),
        ("p", "2025年3月招标，4月至5月施工，汛前完工，进度安排可行。"),
        ("p", "（五）总体结论：综合评分83分，评估结论为予以支持，建议预算控制数75万元。"),
        ("p", "四、相关建议"),
        ("p", "建议清淤后建立管网淤积监测台账。"),
        ("p", "附件：事前绩效评估评分表"),
        ("table", [["一级指标", "二级指标", "分值", "得分"],
                   ["立项必要性", "政策相关性", "20", "17"],
                   ["投入经济性", "预算合理性", "20", "16"],
                   ["实施方案可行性", "进度安排", "20", "17"],
                   ["绩效目标合理性", "指标明确性", "20", "16"],
                   ["筹资合规性", "资金来源", "20", "17"],
                   ["合计", "", "100", "83"]]),
        ("p", "评估单位：示例市财政局绩效评价科（示例）"),
        ("p", "评估日期：2024年9月12日"),
        ("p", "本报告作为2025年预算申报材料，预算申报截止日期为2024年10月31日。"),
    ]
