"""Ex-ante layouts of the heldout8 failure classes (LAYOUTS.md §5 R18, R20): the 一体化 事前绩效评估表 whose two-column
rows (栏目 | 内容) are the report, and a written 专家评审意见 whose scoring table merges the dimension column and whose
numbered opinions open with a dimension's name ("1.项目必要性充分，……").

Structure follows the catalogue (rulebook §4.2 for the form's fields; docx.baby's 审核表: five dimensions of 20 points,
four 审核要点 of 5 points each); every name, amount and finding is invented.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from real_report_round3 import NOTICE

Element = tuple[Any, ...]


def integrated_form() -> list[Element]:
    """R18: the form exported from the 预算管理一体化 system, one 栏目 | 内容 row per field, no headings at all; the funds
    are in the 资金构成 row, the verdict and the control figure in the 总体结论 row."""
    name = "示例区老旧小区电动自行车集中充电设施建设"
    return [
        ("table", [
            ["事前绩效评估表（示例）", ""],
            ["栏目", "内容"],
            ["政策或项目名称", name],
            ["政策或项目绩效目标", "2025年在30个老旧小区建成集中充电点，新增充电端口1200个，充电设施火灾事故0起。"],
            ["资金构成", "申请2025年度资金46万元，全部为区级一般公共预算资金。"],
            ["概况", "按每个端口约380元（含智能断电和计量模块）建设，运维由中标企业负责，不收取建设费用。"],
            ["评估程序", "收集申报资料、现场查看8个小区、征求街道和消防部门意见、评估组集体评议。"],
            ["评估思路", "以2024年电动自行车入户充电隐患排查台账为需求依据，测算端口数量和单价。"],
            ["评估方式、方法", "成本效益分析法、比较法。"],
            ["立项必要性", "排查发现入户充电隐患2100余处，属于区住房和城乡建设局消防安全职责，与街道微实事项目不重复。"],
            ["投入经济性", "1200个端口×380元=45.6万元，单价低于邻区同类项目平均410元，测算依据充分。"],
            ["绩效目标合理性", "数量、质量、时效、成本和满意度指标齐全，端口数按隐患排查数量的一半设定。"],
            ["实施方案可行性", "2025年3月完成选址公示，6月底前完工，街道负责协调场地，验收后拨付资金。"],
            ["筹资合规性", "资金全部为区级一般公共预算，支持方式为直接支出，财权与事权匹配。"],
            ["总体结论", "综合评分86分，予以支持，建议预算控制数46万元。"],
            ["相关建议", "建议在合同中约定充电收费上限，并按季度报送运维记录。"],
            ["其他需要说明的问题", "无。"],
            ["评估人员签名", "评估组长：示例甲；成员：示例乙、示例丙"],
            ["评估日期", "2024年9月20日"],
        ]),
        ("p", NOTICE),
    ]


def expert_opinion_scoring_table() -> list[Element]:
    """R20: a written 专家评审意见 (PDF): project table whose 申请资金 cell reads "2025年度县级财政资金85万元", a
    scoring table with the dimension written once per group of four 审核要点 (the merged cell as a PDF reads it), and
    numbered opinions "1.项目必要性充分，……" that are sentences, not dimension headings."""
    name = "示例县乡镇污水处理站提标改造"
    dims = ("立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性")
    points = (("目的明确、内容具体", "符合规划和单位职责", "与其他项目不重复", "经过前期论证和集体决策"),
              ("支出内容与职责匹配", "预算明细清晰", "勤俭办事、量力而为", "测算依据充分"),
              ("填报规范完整", "目标明确具体", "指标细化量化", "指标值合理"),
              ("实施计划具体", "职责分工明确", "管理制度健全", "风险应对措施"),
              ("资金来源合规", "财权事权匹配", "支持方式合理", "资金到位可靠"))
    scores = ((5, 5, 4, 4), (4, 4, 4, 3), (4, 4, 4, 4), (5, 4, 4, 4), (4, 4, 4, 4))
    rows = [["评估维度", "审核要点", "分值", "得分"]]
    for dim, pts, scs in zip(dims, points, scores, strict=True):
        rows.extend([dim if i == 0 else "", p, "5", str(s)] for i, (p, s) in enumerate(zip(pts, scs, strict=True)))
    total = sum(sum(s) for s in scores)
    assert total == 82
    rows.append(["合计", "", "100", str(total)])
    return [
        ("title", f"{name}项目事前绩效评估专家评审意见（示例）"),
        ("p", NOTICE),
        ("table", [["项目名称", name, "申报单位", "示例县生态环境分局"],
                   ["申请资金", "2025年度县级财政资金85万元", "评审日期", "2024年10月16日"],
                   ["评审方式", "专家会审", "评审组织单位", "示例县财政局"]]),
        ("p", "一、评审过程"),
        ("p", "专家组听取项目单位汇报，查阅水质监测报告和设备询价单，按事前绩效评估审核表逐项打分。"),
        ("p", "二、评分情况"),
        ("table", rows),
        ("p", "三、评审意见"),
        ("p", "1.项目必要性充分，3个站点出水氨氮超标，需在2025年汛期前完成改造。"),
        ("p", "2.投入经济性一般，膜组件单价按品牌报价测算，建议按政府采购平台成交价核减5万元。"),
        ("p", "四、评审结论"),
        ("p", f"经专家组综合评议，评审得分{total}分，评审结论：调整完善后予以支持，建议预算控制数80万元。"),
        ("p", "五、专家组成员"),
        ("table", [["专家组成员", "工作单位", "职称", "签名"],
                   ["示例甲", "某环境工程设计院（示例）", "高级工程师", "示例甲"],
                   ["示例乙", "某造价咨询公司（示例）", "注册造价工程师", "示例乙"],
                   ["示例丙", "示例县水务集团", "高级工程师", "示例丙"]]),
    ]


def write_form_xlsx(elements: list[Element], path: Path, sheet: str = "事前绩效评估表") -> None:
    """One worksheet (named ``sheet``) holding the form's rows (the paragraphs go below it), written byte-stable like the
    other samples."""
    from make_goal_sheets import FIXED_DATE, _stable_zip
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for kind, content in elements:
        if kind == "table":
            for row in content:
                ws.append(row)
        else:
            ws.append([content])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=2)
    wb.properties.created = wb.properties.modified = FIXED_DATE
    buf = io.BytesIO()
    wb.save(buf)
    _stable_zip(buf.getvalue(), path)


def expert_opinion_dimension_headings() -> list[Element]:
    """R21: a 专家评审意见书 whose opinion part is written dimension by dimension ("（一）立项必要性") under a project
    table at the top (项目名称 / 申报单位 / 申请资金): the table is the project's basic information, the opinion holds
    no evidence of its own (beneficiaries, schedule, support mode belong to the report it reviews)."""
    name = "示例县城区背街小巷路灯补盲"
    return [
        ("title", f"{name}项目事前绩效评估专家评审意见书（示例）"),
        ("p", NOTICE),
        ("table", [["项目名称", name, "申报单位", "示例县城市管理局"],
                   ["申请资金", "2025年度县级财政资金72万元", "评审日期", "2024年11月5日"],
                   ["评审组织单位", "示例县财政局", "评审方式", "专家会审"]]),
        ("p", "一、评审过程"),
        ("p", "专家组审阅了项目单位报送的事前绩效评估报告和路灯普查资料，听取汇报并质询，独立打分后形成本意见。"),
        ("p", "二、评审意见"),
        ("p", "（一）立项必要性"),
        ("p", "项目符合县城市容提升计划，与城市管理局职责相符，必要性充分。"),
        ("p", "（二）投入经济性"),
        ("p", "灯具单价参照近期同类采购成交价，测算基本合理。"),
        ("p", "（三）绩效目标合理性"),
        ("p", "目标与资金匹配，指标可衡量。"),
        ("p", "（四）实施方案可行性"),
        ("p", "实施方案基本可行，建议细化分批施工安排。"),
        ("p", "（五）筹资合规性"),
        ("p", "资金来源为县级一般公共预算，符合规定。"),
        ("p", "三、评审结论"),
        ("p", "专家组综合评分85分，评审结论：予以支持，建议预算控制数72万元。"),
        ("p", "四、专家组成员"),
        ("table", [["专家组成员", "工作单位", "职称", "签名"],
                   ["示例甲", "某市政设计院（示例）", "高级工程师", "示例甲"],
                   ["示例乙", "某造价咨询公司（示例）", "注册造价工程师", "示例乙"]]),
    ]
