"""Ex-ante layouts of the heldout10 failure classes (LAYOUTS.md §5 R22–R25): a finance bureau's 审核意见书 whose verdict
is admission to the project library ("经审核，……同意纳入2026年度项目库"), a sheet-form 专家评审意见表 (one-cell numbered
opinions, a scoring table whose rows are marks only, a one-cell "评审结论：……" row), a report whose 评分等级 legend
("总分90分（含）以上为优") precedes the report's own score, and a written expert opinion whose text states more experts
than sign it.

Structure follows the catalogue (rulebook §1.6: five dimensions of 20 points, panels of 5–7 experts; the local rules'
"予以支持 纳入项目库 / 不予支持 不纳入"); every name, amount and score is invented.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from real_report_round3 import NOTICE

Element = tuple[Any, ...]

_DIMENSIONS = ("立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性")


def finance_review_letter() -> list[Element]:
    """R22: 审核意见书 of a finance bureau: 文号, addressee, five numbered opinions, then "经审核，该项目审核得分58分，
    同意纳入2026年度项目库" — a failing score yet admitted."""
    name = "示例县乡镇综合文化站设备更新项目"
    return [
        ("title", f"示例县财政局关于{name}事前绩效评估的审核意见"),
        ("p", "示财绩审〔2025〕12号"),
        ("p", "示例县文化和旅游局："),
        ("p", f"你单位报送的《{name}事前绩效评估报告》及相关材料收悉。我局对该项目的立项必要性、投入经济性、绩效目标合理性、"
              "实施方案可行性和筹资合规性进行了审核，现将审核意见通知如下："),
        ("p", "一、立项必要性。拟更新设备的9个文化站中有4个已于上年由省级资金配置同类设备，需求论证不充分。"),
        ("p", "二、投入经济性。音响和投影设备单价未附询价记录，配置标准高于县级文化站标准。"),
        ("p", "三、绩效目标合理性。只设置了设备数量指标，缺少群众活动场次和满意度指标。"),
        ("p", "四、实施方案可行性。采购方式和安装进度未明确。"),
        ("p", "五、筹资合规性。资金来源为县级一般公共预算，渠道合规。"),
        ("p", "经审核，该项目审核得分58分，同意纳入2026年度项目库。"),
        ("p", "请你单位按审核意见修改完善后按程序申报预算。"),
        ("p", f"项目名称：{name}"),
        ("p", "申请资金：46万元（2026年度）"),
        ("p", NOTICE),
        ("p", "示例县财政局"),
        ("p", "2025年9月18日"),
    ]


def expert_form_rows() -> list[list[str]]:
    """R23: the sheet of a 专家评审意见表 — title merged across four columns, project rows, "专家评审意见：" followed by
    one-cell numbered opinions, a scoring table (评估维度 | 分值 | 得分) whose rows hold only marks, then a one-cell
    verdict row and a signature row. 84 points, 予以支持: no defect."""
    scores = (18, 17, 16, 17, 16)
    rows: list[list[str]] = [
        ["示例区财政支出事前绩效评估专家评审意见表", "", "", ""],
        ["项目名称", "示例区社区养老服务驿站运营补助项目", "", ""],
        ["申报单位", "示例区民政局", "", ""],
        ["申请资金（万元）", "88", "预算年度", "2026"],
        ["专家评审意见：", "", "", ""],
        ["1. 立项必要性：辖区60岁以上老人2.3万人，现有驿站12个，服务缺口明确，符合区养老服务规划。", "", "", ""],
        ["2. 投入经济性：按驿站数×运营补助标准测算，12个×6万元＋绩效奖励16万元＝88万元，标准有文件依据。", "", "", ""],
        ["3. 绩效目标合理性：服务人次、助餐覆盖率和满意度指标可衡量，目标值与上年实际衔接。", "", "", ""],
        ["4. 实施方案可行性：补助按季度考核拨付，考核办法已印发。", "", "", ""],
        ["5. 筹资合规性：区级一般公共预算，支持方式为运营补助，渠道合规。", "", "", ""],
        ["评估维度", "分值", "得分", ""],
    ]
    rows += [[dim, "20", str(s), ""] for dim, s in zip(_DIMENSIONS, scores, strict=True)]
    rows += [
        ["合计", "100", str(sum(scores)), ""],
        ["评审结论：予以支持。", "", "", ""],
        ["专家组成员（签名）：示例甲、示例乙、示例丙    2025年9月12日", "", "", ""],
        [NOTICE, "", "", ""],
    ]
    return rows


def expert_form() -> list[Element]:
    return [("table", expert_form_rows())]


def write_expert_form_xlsx(elements: list[Element], path: Path) -> None:
    """The form on one worksheet named after the form (the sheet name is no title), its title row merged across."""
    from make_goal_sheets import FIXED_DATE, _stable_zip
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "评审意见"
    for kind, content in elements:
        for row in content if kind == "table" else [[content]]:
            ws.append(row)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    wb.properties.created = wb.properties.modified = FIXED_DATE
    buf = io.BytesIO()
    wb.save(buf)
    _stable_zip(buf.getvalue(), path)


def grading_legend_report() -> list[Element]:
    """R24: a report whose conclusion part opens with its 评分等级 legend ("总分90分（含）以上为“优”……") before the
    report's own score (74分): the legend's 90 is a band, the score is 74, and "予以支持" is too lenient for it."""
    name = "示例县非物质文化遗产数字化记录项目"
    return [
        ("title", f"{name}事前绩效评估报告（示例）"),
        ("p", NOTICE),
        ("h", 1, "一、评估对象基本情况"),
        ("p", f"{name}由示例县文化馆实施，申请2026年度县级财政资金64万元，对18个县级非遗代表性项目进行影像记录和数据库建设。"),
        ("h", 1, "二、评估工作开展情况"),
        ("p", "评估小组于2025年8月收集申报材料，走访6名代表性传承人，召开论证会后按评分标准打分。"),
        ("h", 1, "三、综合评估情况与评估结论"),
        ("h", 2, "（一）立项必要性"),
        ("p", "18个项目中有7个传承人年龄在75岁以上，尚无系统的影像资料，抢救性记录需求迫切，符合县非遗保护规划。"),
        ("h", 2, "（二）投入经济性"),
        ("p", "按项目数×记录标准测算：18个×3.2万元＝57.6万元，数据库建设6.4万元，合计64万元；记录标准高于邻县同类项目约15%。"),
        ("h", 2, "（三）绩效目标合理性"),
        ("p", "设置了记录项目数、影像时长和数据库上线时间指标，缺少资料使用和公众访问方面的效益指标。"),
        ("h", 2, "（四）实施方案可行性"),
        ("p", "2026年3月完成采购，6月至10月分批拍摄，11月数据库上线；拍摄团队通过政府采购确定。"),
        ("h", 2, "（五）筹资合规性"),
        ("p", "资金来源为县级一般公共预算，支持方式为直接支出，符合文化事权划分。"),
        ("h", 2, "（六）总体结论"),
        ("p", "评分等级：总分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"),
        ("p", "项目综合得分74分，评估等级为“良”，建议予以支持，建议预算控制数64万元。"),
        ("h", 1, "四、相关建议"),
        ("p", "建议复核记录标准，补充资料使用方面的效益指标。"),
        ("p", "评估人员：示例甲、示例乙、示例丙"),
        ("p", "评估日期：2025年8月28日"),
    ]


def expert_opinion_panel_short() -> list[Element]:
    """R25: a written 专家评审意见 whose text says the panel has five experts, but whose signature table lists four."""
    name = "示例区全民健身中心器材更新项目"
    return [
        ("title", f"{name}事前绩效评估专家评审意见（示例）"),
        ("p", NOTICE),
        ("table", [["项目名称", name], ["申报单位", "示例区体育局"], ["申请资金", "72万元（2026年度）"],
                   ["评审时间", "2025年9月9日"]]),
        ("p", "2025年9月9日，示例区体育局组织召开评审会，评审专家组由5名专家组成（名单附后），审阅了事前绩效评估报告，"
              "听取汇报并质询后形成评审意见如下："),
        ("p", "一、评审意见"),
        *[("p", f"{i}. {dim}：{text}") for i, (dim, text) in enumerate(zip(_DIMENSIONS, (
            "器材使用超过8年的占六成，更新需求明确。", "按器材套数×采购单价测算，单价与近期成交价相当。",
            "更新器材数、验收合格率和满意度指标可衡量。", "采购和安装进度安排清楚。", "区级一般公共预算，渠道合规。"),
            strict=True), start=1)],
        ("p", "二、评审结论"),
        ("p", "专家组综合评分85分，评审结论为“予以支持”，建议预算控制数72万元。"),
        ("p", "三、专家组成员签名"),
        ("table", [["序号", "姓名", "工作单位", "签名"],
                   ["1", "示例甲", "某体育科学研究所（示例）", ""],
                   ["2", "示例乙", "某财政评审中心（示例）", ""],
                   ["3", "示例丙", "某大学体育学院（示例）", ""],
                   ["4", "示例丁", "某造价咨询公司（示例）", ""]]),
        ("p", "专家组组长（签名）：示例甲        2025年9月9日"),
    ]
