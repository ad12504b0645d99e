"""Fictitious appraisal reports in the layouts real offices publish (catalogue: ``LAYOUTS.md`` §5).

County short reports that merge dimensions, 审核表-style review forms, third-party agency reports and
expert-opinion forms, written in our own words. ``real_report_samples()`` lists them with labels;
``make_reports.generate`` writes them with the other report samples.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from real_report_budget_compare import comparison_clean, comparison_total_wrong, recommended_above_request
from real_report_fixer46 import spaced_chapters_clean, spaced_chapters_line_wrong
from real_report_goal_text import goal_text_clean, goal_text_count_mismatch, goal_text_date_mismatch
from real_report_heldout4 import header_total_sources_sentence, opinion_letter
from real_report_heldout5 import expert_average_low_score, sections_missing_with_score_appendix
from real_report_heldout6 import applied_year_opinion
from real_report_heldout7 import panel_scores_adjusted, panel_scores_low_support
from real_report_heldout8 import (
    expert_opinion_dimension_headings,
    expert_opinion_scoring_table,
    integrated_form,
)
from real_report_heldout10 import (
    expert_form,
    expert_opinion_panel_short,
    finance_review_letter,
    grading_legend_report,
)
from real_report_heldout16 import (
    budget_groups_clean,
    budget_subtotal_wrong,
    funds_sentence_short,
    subject_by_source,
)
from real_report_opinion_f36 import dated_opinion_clean, dated_opinion_three_dimensions
from real_report_opinion_f37 import opinion_bands_and_verdict, opinion_bands_only
from real_report_review_fixer47 import review_cut_calc_wrong, review_cut_clean
from real_report_review_fixer49 import NAME as NAME49
from real_report_review_fixer49 import three_expert_cut
from real_report_review_fixer50 import NAME as NAME_F50
from real_report_review_fixer50 import expert_tick_adjust, expert_tick_clean, expert_tick_wrong
from real_report_round3 import opinion_table, scoring_table_only, toc_page_numbers
from real_report_round5 import demonstration_report, numbered_review_opinion

Element = tuple[Any, ...]
_GOAL_TEXT_EXPECT: dict[str, Any] = {
    "project_name": "示例区养老护理员技能提升培训项目", "requested_wan": 43.2, "conclusion": "予以支持", "score": 86.0,
    "embedded_sheet": True, "sections": ["basic_info", "goals", "work", "assessment", "necessity", "economy",
                                         "goal_rationality", "feasibility", "funding_compliance", "overall_conclusion",
                                         "suggestions"]}
NOTICE = "示例：本报告为测试用虚构示例，所涉单位、数据均不真实。"
# The sections every heldout16 budget sample (rr_*_f31) has: basic information, work done, the five dimensions, advice.
F31_SECTIONS = ["basic_info", "funding", "work", "necessity", "economy", "goal_rationality", "feasibility",
                "funding_compliance", "overall_conclusion", "suggestions"]
# The sections the letter-spaced reports of fixer46 (rr_*_fixer46) name: their chapters and the five dimensions.
F46_SECTIONS = ["basic_info", "necessity", "economy", "goal_rationality", "feasibility", "funding_compliance",
                "overall_conclusion", "suggestions"]
REPORT_RULES = ["EA-RPT-01", "EA-ECO-01", "EA-NEC-04", "EA-RPT-03", "EA-RPT-04", "EA-RPT-05", "GEN-04", "EA-GOAL-03"]


@dataclass
class RealReport:
    file: str
    build: Callable[[], list[Element]]
    layout: str
    note: str
    styled: bool = False
    must: list[str] = field(default_factory=list)
    may: list[str] = field(default_factory=list)  # may be reported (e.g. an info on a local conclusion word)
    warn_ok: list[str] = field(default_factory=list)
    expect: dict[str, Any] = field(default_factory=dict)
    fiscal_year: int = 2025

    def label(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": f"reports/{self.file}", "kind": "appraisal_report", "fiscal_year": self.fiscal_year,
            "must": list(self.must),
            "must_not": [r for r in REPORT_RULES if r not in self.must and r not in self.may and r not in self.warn_ok],
            "note": self.note,
        }
        if self.warn_ok:
            out["must_not_error"] = list(self.warn_ok)
        out["expect"] = {"layout": self.layout, **self.expect}
        return out


def county_short_merged() -> list[Element]:
    name = "示例县农村饮水安全巩固提升项目"
    return [
        ("title", f"{name}事前绩效评估报告（示例）"),
        ("p", NOTICE),
        ("p", f"项目名称：{name}"),
        ("p", "项目单位：示例县农村供水管理站"),
        ("p", "主管部门：示例县水利局"),
        ("p", "项目属性（新增/延续）：新增"),
        ("p", "项目绩效目标：2025年改造农村供水管网60公里，新增受益人口1.2万人，供水保证率达到95%以上。"),
        ("p", "申请资金总额：本项目申请县级财政资金85万元，资金来源为县级一般公共预算。"),
        ("h", 1, "一、项目概况"),
        ("p", "项目对8个行政村老旧供水管网进行更换，实施期限为2025年3月至2025年11月，由示例县农村供水管理站组织实施。"),
        ("h", 1, "二、评估方式和方法"),
        ("p", "评估组采取资料审核、现场查看和座谈相结合的方式，按照拟定工作方案、开展评估、撰写结论的程序进行。"),
        ("h", 1, "三、评估内容与结论"),
        ("h", 2, "（一）立项必要性与实施方案可行性"),
        ("p", "项目所涉村组供水管网建成已超过十五年，漏损严重，群众反映集中，属于县级事权；实施方案明确了工程量、"
              "进度和责任分工，前期设计已完成，具备实施条件。"),
        ("h", 2, "（二）投入经济性与筹资合规性"),
        ("p", "管网单价参照本县近两年同类工程结算价确定，预算测算依据充分；资金全部由县级一般公共预算安排，"
              "来源合规，不存在违规举债。"),
        ("table", [["费用名称", "数量", "单价（元）", "金额（万元）", "测算（公式）依据"],
                   ["管网材料及铺设", "60000", "12", "72", "本县同类工程结算价"],
                   ["阀门井及附属设施", "40", "2500", "10", "市场询价"],
                   ["设计监理", "1", "30000", "3", "取费标准"],
                   ["合计", "", "", "85", ""]]),
        ("h", 2, "（三）绩效目标合理性"),
        ("p", "绩效目标与项目内容相符，指标设置了管网长度、受益人口和供水保证率，量化程度较好，与预算规模匹配。"),
        ("h", 1, "四、评估结论"),
        ("p", "经评估，本项目综合得分82分，评估结论为建议支持。建议预算控制数为85万元。"),
        ("h", 1, "五、存在问题及建议"),
        ("p", "建议进一步细化各村工程量清单，加强施工过程质量监管。"),
        ("p", "评估单位：示例县财政局预算绩效管理股（示例）"),
        ("p", "评估日期：2024年9月10日"),
        ("p", "本报告作为2025年预算申报材料，预算申报截止日期为2024年10月31日。"),
    ]


def review_form() -> list[Element]:
    name = "示例区社区卫生服务站设备更新项目"
    rows = [
        ["审核内容", "审核要点", "分值", "得分", "审核意见"],
        ["一、立项必要性（20分）", "项目符合规划和部门职责，与其他项目不重复", "20", "18", "优☑ 良□ 中□ 差□"],
        ["二、投入经济性（20分）", "预算明细清晰，测算依据充分，符合支出标准", "20", "15", "优□ 良☑ 中□ 差□"],
        ["三、绩效目标合理性（20分）", "绩效目标明确，指标细化量化，与预算匹配", "20", "16", "优□ 良☑ 中□ 差□"],
        ["四、实施方案可行性（20分）", "实施方案完整，进度安排合理，管理制度健全", "20", "17", "优□ 良☑ 中□ 差□"],
        ["五、筹资合规性（20分）", "资金来源合规，财政支持方式恰当", "20", "18", "优☑ 良□ 中□ 差□"],
        ["合计", "", "100", "84", ""],
    ]
    return [
        ("title", f"{name}事前绩效评估报告（示例）"),
        ("p", NOTICE),
        ("p", f"项目名称：{name}"),
        ("p", "实施单位：示例区社区卫生服务中心"),
        ("p", "主管部门：示例区卫生健康委员会"),
        ("h", 1, "一、评估对象基本情况"),
        ("p", "项目更新10个社区卫生服务站的心电图机、血球分析仪等基本设备，申请区级财政资金60万元，实施期限为2025年。"),
        ("h", 1, "二、评估工作开展情况"),
        ("p", "评估组按照事前绩效评估审核表逐项审核申报材料，并赴3个服务站现场查看设备使用情况。"),
        ("h", 1, "三、综合评估情况与评估结论"),
        ("p", "各维度审核情况见下表。"),
        ("table", rows),
        ("h", 2, "（一）立项必要性"),
        ("p", "现有设备使用年限普遍超过八年，故障率高，影响基本公共卫生服务，更新必要。"),
        ("h", 2, "（二）投入经济性"),
        ("p", "设备单价参照政府采购目录限价，个别设备配置数量偏多，建议按实际需求核减。"),
        ("h", 2, "（三）绩效目标合理性"),
        ("p", "绩效指标覆盖设备数量、验收合格率和居民满意度，指标值设定依据较充分。"),
        ("h", 2, "（四）实施方案可行性"),
        ("p", "采购和验收安排符合规定，设备维护责任落实到服务站。"),
        ("h", 2, "（五）筹资合规性"),
        ("p", "资金由区级一般公共预算安排，来源合规。"),
        ("h", 2, "（六）总体结论"),
        ("p", "综合评分84分，评估结论为“予以支持”，建议预算控制数为58万元。"),
        ("h", 1, "四、相关建议"),
        ("p", "建议按服务人口核定设备配置数量。"),
        ("p", "评估机构：示例区财政局绩效评价科（示例）"),
        ("p", "评估日期：2024年8月28日"),
        ("p", "本报告作为2025年预算申报材料，预算申报截止日期为2024年10月31日。"),
    ]


def agency_report() -> list[Element]:
    name = "示例市城区道路照明节能改造项目"
    filler = ("评估组查阅了照明设施普查台账和近三年电费结算资料，现有高压钠灯能耗高、故障多，"
              "改造后预计年节约电费约60万元，项目效益明显。")
    return [
        ("title", f"{name}事前绩效评估报告（示例）"),
        ("p", NOTICE),
        ("p", "委托单位：示例市城市管理局"),
        ("p", "评估机构：示例会计师事务所有限公司（示例）"),
        ("p", "报告日期：2024年9月5日"),
        ("p", f"项目名称：{name}"),
        ("p", "实施单位：示例市路灯管理所"),
        ("p", "主管部门：示例市城市管理局"),
        ("h", 1, "一、评估对象基本情况"),
        ("p", "项目将城区3000盏高压钠灯更换为LED灯具，申请市级财政资金300万元，实施期限为2025年4月至2025年10月。"),
        ("h", 1, "二、评估工作开展情况"),
        ("p", "受委托，我所组成评估组，采用资料审核、现场勘查、专家咨询和成本测算等方法开展评估。"),
        ("h", 1, "三、综合评估情况与评估结论"),
        ("h", 2, "（一）立项必要性"), ("p", filler),
        ("h", 2, "（二）投入经济性"),
        ("p", "灯具单价高于市场询价中位数约8%，建议按询价结果核减灯具购置费20万元，核减后预算为280万元。"),
        ("table", [["预算科目", "数量", "单价（元）", "金额（万元）", "测算依据"],
                   ["LED灯具购置", "3000", "800", "240", "三家供应商询价"],
                   ["拆装及线路整理", "3000", "150", "45", "参照同类工程结算价"],
                   ["检测验收", "1", "150000", "15", "检测取费标准"],
                   ["合计", "", "", "300", ""]]),
        ("h", 2, "（三）绩效目标合理性"), ("p", "绩效目标明确，节能率、亮灯率等指标可衡量。"),
        ("h", 2, "（四）实施方案可行性"), ("p", "施工安排避开汛期，夜间作业方案可行。"),
        ("h", 2, "（五）筹资合规性"), ("p", "资金由市级一般公共预算安排，来源合规。"),
        ("h", 2, "（六）总体结论"),
        ("p", "综合评分78分，等级为“中”，评估结论为“调整后予以支持”，建议预算控制数为280万元。"),
        ("h", 1, "四、相关建议"), ("p", "建议按询价中位数核定灯具单价，并明确节能效果的计量方法。"),
        ("p", "本报告作为2025年预算申报材料，预算申报截止日期为2024年10月31日。"),
    ]


def expert_opinion() -> list[Element]:
    name = "示例县智慧农业示范园物联网建设项目"
    return [
        ("title", f"{name}事前绩效评估报告（示例）"),
        ("p", NOTICE),
        ("p", f"项目名称：{name}"),
        ("p", "项目单位：示例县农业农村局"),
        ("p", "主管部门：示例县农业农村局"),
        ("h", 1, "一、评估对象基本情况"),
        ("p", "项目在示范园建设土壤墒情和气象监测点30个，申请县级财政资金45万元，实施期限为2025年。"),
        ("h", 1, "二、评估工作开展情况"),
        ("p", "县财政局组织3名专家召开论证会，审阅申报材料并听取项目单位汇报。"),
        ("table", [["编号", "姓名", "单位", "职称/职务", "签名"],
                   ["1", "专家甲（示例）", "示例农业技术推广中心", "高级农艺师", "（签名）"],
                   ["2", "专家乙（示例）", "示例会计师事务所", "注册会计师", "（签名）"],
                   ["3", "专家丙（示例）", "示例职业技术学院", "副教授", "（签名）"]]),
        ("h", 1, "三、综合评估情况与评估结论"),
        ("h", 2, "（一）立项必要性"), ("p", "示范园缺少实时监测手段，建设必要。"),
        ("h", 2, "（二）投入经济性"), ("p", "监测设备单价合理，运维费用测算依据充分。"),
        ("h", 2, "（三）绩效目标合理性"), ("p", "指标设置了监测点数量和数据上传率，较为合理。"),
        ("h", 2, "（四）实施方案可行性"), ("p", "实施方案可行，建设单位具备运维能力。"),
        ("h", 2, "（五）筹资合规性"), ("p", "资金来源为县级一般公共预算，合规。"),
        ("h", 2, "（六）总体结论"),
        ("p", "专家组综合评分88分，总体建议为“优先选择”，即同意立项，建议预算控制数为45万元。"),
        ("h", 1, "四、相关建议"), ("p", "建议明确数据共享机制。"),
        ("p", "专家组组长：专家甲（示例）"),
        ("p", "评估日期：2024年9月18日"),
        ("p", "本报告作为2025年预算申报材料，预算申报截止日期为2024年10月31日。"),
    ]


def toc_dot_leaders() -> list[Element]:
    """R06: a third-party report whose cover lists the engagement and whose contents page has dot leaders."""
    name = "示例市城区视频监控运维项目"
    toc = ["一、评估对象 ........................ 3", "（一）项目名称 .................... 3", "（二）预算单位 .................... 3",
           "（三）项目绩效目标 ................ 3", "（四）申请预算总额 ................ 4",
           "二、评估方式和方法 .................. 4", "三、评估内容与结论 .................. 5",
           "四、存在的问题和建议 ................ 8"]
    return [
        ("title", f"{name}事前绩效评估报告（示例）"),
        ("p", NOTICE),
        ("p", f"项目名称：{name}"),
        ("p", "主管部门：示例市公安局"),
        ("p", "申报金额：2025年 520.00 万元"),
        ("p", "委托单位：示例市财政局"),
        ("p", "评价机构：示例会计师事务所有限公司（示例）"),
        ("p", "日期：2024年9月"),
        ("p", "目录"),
        *[("p", line) for line in toc],
        ("h", 1, "一、评估对象"),
        ("h", 2, "（一）项目名称"), ("p", name),
        ("h", 2, "（二）预算单位"), ("p", "示例市公安局"),
        ("h", 2, "（三）项目绩效目标"),
        ("p", "保障城区1200路视频监控点位全年正常运行，设备完好率不低于95%，故障修复不超过24小时。"),
        ("h", 2, "（四）申请预算总额"), ("p", "申请市级财政资金520万元。"),
        ("h", 1, "二、评估方式和方法"),
        ("p", "受市财政局委托，我所组成评估组，采用资料核查、现场抽查和成本对比分析等方法开展评估。"),
        ("h", 1, "三、评估内容与结论"),
        ("h", 2, "（一）立项必要性"), ("p", "监控点位是城区治安防控的基础设施，运维保障必要。"),
        ("h", 2, "（二）投入经济性"),
        ("p", "运维单价与同类城市相当，但备品备件费测算偏高，建议核减20万元，核减后预算为500万元。"),
        ("table", [["费用名称", "数量", "单价（元）", "金额（万元）", "测算依据"],
                   ["点位运维服务", "1200", "3500", "420", "同类项目合同价"],
                   ["备品备件", "1", "800000", "80", "近三年更换记录"],
                   ["平台维护", "1", "200000", "20", "平台维保报价"],
                   ["合计", "", "", "520", ""]]),
        ("h", 2, "（三）绩效目标合理性"), ("p", "完好率、修复时限等指标清晰可考核。"),
        ("h", 2, "（四）实施方案可行性"), ("p", "运维单位按合同分片负责，考核办法明确。"),
        ("h", 2, "（五）筹资合规性"), ("p", "资金由市级一般公共预算安排，合规。"),
        ("h", 2, "（六）总体结论"),
        ("p", "综合评分78分，等级为“中”，评估结论为“调整后予以支持”，建议预算控制数为500万元。"),
        ("h", 1, "四、存在的问题和建议"), ("p", "建议按实际更换记录核定备品备件费。"),
        ("p", "本报告作为2025年预算申报材料，预算申报截止日期为2024年10月31日。"),
    ]


def real_report_samples() -> list[RealReport]:
    """Every catalogued report layout (files ``rr*``)."""
    return [
        RealReport("rr01_county_short_merged.docx", county_short_merged, "R02",
                   "县级短报告：开头几行项目信息，维度合并成“立项必要性与实施方案可行性”等三节，结论写“建议支持”。",
                   may=["EA-RPT-03"], expect={"project_name": "示例县农村饮水安全巩固提升项目", "requested_wan": 85.0,
                                               "conclusion": "建议支持", "equivalent": "予以支持", "score": 82.0,
                                               "recommended_wan": 85.0}),
        RealReport("rr02_review_form.docx", review_form, "R03", "审核表式：维度行带分值和优良中差勾选，合计得分；没有预算测算表，核减未列金额。",
                   styled=True, must=["EA-ECO-01", "EA-RPT-04"], warn_ok=["EA-ECO-01", "EA-RPT-04"], expect={"project_name": "示例区社区卫生服务站设备更新项目", "requested_wan": 60.0,
                           "conclusion": "予以支持", "score": 84.0, "recommended_wan": 58.0}),
        RealReport("rr03_agency_report.pdf", agency_report, "R04",
                   "第三方机构报告：委托单位、评估机构、报告日期在封面，结论写综合评分、等级和“调整后予以支持”。",
                   expect={"project_name": "示例市城区道路照明节能改造项目", "requested_wan": 300.0,
                           "conclusion": "调整后予以支持", "score": 78.0, "recommended_wan": 280.0}),
        RealReport("rr04_expert_opinion.docx", expert_opinion, "R05",
                   "专家论证式：专家组名单表，总体建议写“优先选择”（即同意立项），专家组组长签字；没有预算测算表。",
                   styled=True, must=["EA-ECO-01"], may=["EA-RPT-03"], warn_ok=["EA-ECO-01"],
                   expect={"project_name": "示例县智慧农业示范园物联网建设项目", "requested_wan": 45.0, "equivalent": "予以支持",
                                                            "score": 88.0, "recommended_wan": 45.0}),
        RealReport("rr05_toc_dot_leaders.docx", toc_dot_leaders, "R06",
                   "第三方机构报告：封面写申报金额、委托单位、评价机构，目录页是带点线和页码的编号行（不能当成章节）。",
                   expect={"project_name": "示例市城区视频监控运维项目", "requested_wan": 520.0,
                           "conclusion": "调整后予以支持", "score": 78.0, "recommended_wan": 500.0}),
        RealReport("rr06_scoring_table_only.docx", scoring_table_only, "R08",
                   "评分表就是报告：五个维度只出现在表格第一列（“一、立项必要性（20分）”），结论写在表下一行；"
                   "没有基本情况、工作开展情况两部分，也没有预算测算表。",
                   must=["EA-RPT-01", "EA-ECO-01"], warn_ok=["EA-RPT-01", "EA-ECO-01"],
                   expect={"project_name": "示例县乡镇农贸市场提质改造项目", "requested_wan": 120.0,
                           "conclusion": "予以支持", "score": 86.0, "recommended_wan": 120.0}),
        RealReport("rr07_opinion_table.docx", opinion_table, "R09",
                   "一张表的专家评审意见：申报金额、建议金额、核减原因、一句话评审意见、评审结论“调整完善后予以支持”（即调整后予以支持）、"
                   "专家签名；不是成文报告，只能提示未逐项评估。",
                   must=["EA-RPT-01", "EA-ECO-01"], warn_ok=["EA-RPT-01", "EA-ECO-01"],
                   expect={"project_name": "示例区背街小巷路灯维护", "requested_wan": 150.0, "equivalent": "调整后予以支持",
                           "recommended_wan": 132.0, "opinion_form": True}),
        RealReport("rr08_toc_page_numbers.docx", toc_page_numbers, "R10",
                   "目录行只有页码、没有点线（“一、评估对象基本情况    2”），不能当成空章节：无问题。",
                   expect={"project_name": "示例市社区图书馆延时开放补助项目", "requested_wan": 48.0,
                           "conclusion": "予以支持", "score": 88.0, "recommended_wan": 48.0}),
        RealReport("rr09_numbered_review_opinion.docx", numbered_review_opinion, "R11",
                   "成文的专家评审意见：五个维度写成“一、立项必要性：……”编号段落，最后一段“六、评审结论：……调整后予以支持”，"
                   "下附专家组签名表（评估人员从表中读取）；没有基本情况、工作开展情况两部分（只给警告）：总体结论不能报缺。",
                   may=["EA-RPT-03"], warn_ok=["EA-RPT-01"],
                   expect={"project_name": "示例县城区口袋公园建设项目", "requested_wan": 96.0,
                           "conclusion": "调整后予以支持", "score": 81.0, "recommended_wan": 90.0}),
        RealReport("rr10_demonstration_report.docx", demonstration_report, "R12",
                   "事前论证报告：“论证工作情况 / 论证内容 / 论证结论 / 有关建议”，维度写“项目实施的必要性”“投入的经济性”等：无问题。",
                   expect={"project_name": "示例县应急避难场所提升改造项目", "requested_wan": 150.0,
                           "conclusion": "予以支持", "score": 86.0, "recommended_wan": 150.0}),
        RealReport("rr11_header_total_sources.docx", header_total_sources_sentence, "R13",
                   "参考格式报告：表头小表写“申请资金总额 60万元”，资金构成一句话先列县级42万元、省级18万元，再写“合计60.00万元”；"
                   "申请资金是合计，不是第一个来源：无问题。",
                   expect={"project_name": "示例县农村学校饮水设施改造项目", "requested_wan": 60.0,
                           "conclusion": "予以支持", "score": 85.0, "recommended_wan": 60.0}),
        RealReport("rr12_opinion_letter.docx", opinion_letter, "R14",
                   "评审意见函：标题“关于……事前绩效评估的评审意见”，收文单位、申请额、三条编号意见（不按五个维度）、"
                   "“评审结论：调整完善后予以支持”、专家姓名签名表；是评审意见，只能提示未逐项评估。",
                   warn_ok=["EA-RPT-01", "EA-ECO-01"],
                   expect={"project_name": "示例县城区公共厕所提升改造项目", "requested_wan": 85.0,
                           "equivalent": "调整后予以支持", "recommended_wan": 79.0, "opinion_form": True}),
        RealReport("rr13_expert_average_low_score.docx", expert_average_low_score, "R15",
                   "成文专家评审意见：开头写评审会日期（2024年10月），预算年度在“申请2025年度资金”里；结论“予以支持”，"
                   "专家评分表末行“平均得分 55.5”（不足60分）：评分与结论矛盾。",
                   must=["EA-RPT-03"], warn_ok=["EA-RPT-01", "EA-ECO-01", "EA-RPT-04"],
                   expect={"project_name": "示例县农村生活垃圾转运设施更新项目", "requested_wan": 90.0,
                           "conclusion": "予以支持", "score": 55.5, "opinion_form": True, "fiscal_year": 2025}),
        RealReport("rr14_missing_section_score_appendix.docx", sections_missing_with_score_appendix, "R16",
                   "分章节报告只写了四个维度，没有“筹资合规性”一节，附件评分表却有“筹资合规性”一行：评分表的行不是章节，报缺。",
                   must=["EA-RPT-01"],
                   expect={"project_name": "示例市城区排水管网清淤项目", "requested_wan": 75.0,
                           "conclusion": "予以支持", "score": 83.0, "recommended_wan": 75.0,
                           "missing": ["funding_compliance"]}),
        RealReport("rr15_applied_year_opinion.docx", applied_year_opinion, "R17",
                   "专家评审意见：评审日期2026年1月8日（年初追加项目），前面一句提到“2025年度县级财政资金已安排”，预算年度"
                   "只在“申请2026年度县级财政资金64万元”里（应读2026年，不是评审日期的下一年）；平均54分、结论“不予支持”，一致。",
                   warn_ok=["EA-RPT-01", "EA-ECO-01"], fiscal_year=2026,
                   expect={"project_name": "示例县文化馆群众文艺下乡项目", "requested_wan": 64.0,
                           "conclusion": "不予支持", "score": 54.0, "opinion_form": True, "fiscal_year": 2026}),
        RealReport("rr16_integrated_form.xlsx", integrated_form, "R18",
                   "一体化系统导出的事前绩效评估表：整张表是“栏目 | 内容”两列，没有标题；概况、评估程序、五性、总体结论、相关建议都是表中的行，"
                   "资金在“资金构成”行，结论和控制数在“总体结论”行：行就是章节，无问题。",
                   warn_ok=["EA-ECO-01"],
                   expect={"project_name": "示例区老旧小区电动自行车集中充电设施建设", "requested_wan": 46.0,
                           "conclusion": "予以支持", "score": 86.0, "recommended_wan": 46.0}),
        RealReport("rr17_expert_opinion_scoring_table.pdf", expert_opinion_scoring_table, "R20",
                   "成文专家评审意见（PDF）：申请资金栏写“2025年度县级财政资金85万元”（金额是85，不是年份）；评分表的评估维度按组只写一次"
                   "（合并单元格），评审意见“1.项目必要性充分，……”是句子不是章节；82分“调整完善后予以支持”并说明核减理由。",
                   may=["EA-RPT-03"], warn_ok=["EA-RPT-01", "EA-ECO-01"],
                   expect={"project_name": "示例县乡镇污水处理站提标改造", "requested_wan": 85.0,
                           "conclusion": "调整完善后予以支持", "score": 82.0, "recommended_wan": 80.0}),
        RealReport("rr18_panel_scores_low_support.pdf", panel_scores_low_support, "R19",
                   "区级专家评审意见（PDF）：表题下一行是“项目名称：……”；三位专家按五个维度打分的表，末行“综合得分 | 100 | | | | 56.6”"
                   "（分值列在前，平均分在最后一列）；结论“予以支持”：评分与结论矛盾。评审意见不含报告的基本情况等章节和测算表。",
                   must=["EA-RPT-03"], warn_ok=["EA-RPT-04"],
                   expect={"project_name": "示例区社区菜市场改造补助项目", "requested_wan": 120.0,
                           "conclusion": "予以支持", "score": 56.6, "scored_opinion": True}),
        RealReport("rr19_panel_scores_adjusted.docx", panel_scores_adjusted, "R19",
                   "同上（docx），综合得分74.7，结论“调整完善后予以支持”并建议核减到88万元：无问题。",
                   expect={"project_name": "示例区老年助餐服务点建设项目", "requested_wan": 96.0,
                           "equivalent": "调整后予以支持", "score": 74.7, "recommended_wan": 88.0, "scored_opinion": True}),
        RealReport("rr20_expert_opinion_dimension_headings.docx", expert_opinion_dimension_headings, "R21",
                   "专家评审意见书：顶部项目信息小表（项目名称/申报单位/申请资金），评审意见按“（一）立项必要性……（五）筹资合规性”逐维度写，"
                   "85分“予以支持”：顶部的项目信息表就是评估对象基本情况，不报缺；意见没有报告自身的基本情况和测算表，是评审意见，"
                   "不做离线证据核查（heldout10 之后）。",
                   warn_ok=["EA-ECO-01"],
                   expect={"project_name": "示例县城区背街小巷路灯补盲", "requested_wan": 72.0, "conclusion": "予以支持",
                           "score": 85.0, "recommended_wan": 72.0, "scored_opinion": True}),
        RealReport("rr21_finance_review_letter.docx", finance_review_letter, "R22",
                   "财政局审核意见书：文号、抬头、五条审核意见，结论写作“经审核，该项目审核得分58分，同意纳入2026年度项目库”："
                   "“同意纳入项目库”就是结论（支持），58分不足60分却同意入库，评分与结论矛盾；意见书不按报告查章节和证据。",
                   must=["EA-RPT-03"], warn_ok=["EA-RPT-04"],
                   fiscal_year=2026,
                   expect={"project_name": "示例县乡镇综合文化站设备更新项目", "requested_wan": 46.0,
                           "conclusion": "同意纳入项目库", "score": 58.0, "scored_opinion": True}),
        RealReport("rr22_expert_form_sheet.xlsx", expert_form, "R23",
                   "xlsx 专家评审意见表：标题合并四列，“1. 立项必要性：……”逐条意见各占一格，评分表“评估维度 | 分值 | 得分”的行只有分数，"
                   "“合计 | 100 | 84”，一格的“评审结论：予以支持。”：评分表的行不是章节，84分“予以支持”，无问题。",
                   warn_ok=["EA-ECO-01", "EA-RPT-04"], fiscal_year=2026,
                   expect={"project_name": "示例区社区养老服务驿站运营补助项目", "requested_wan": 88.0,
                           "conclusion": "予以支持", "score": 84.0, "scored_opinion": True}),
        RealReport("rr23_grading_legend_before_score.pdf", grading_legend_report, "R24",
                   "参考格式报告（PDF）：总体结论先写评分等级说明“总分90分（含）以上为‘优’……”，再写“项目综合得分74分……建议予以支持”："
                   "分档说明里的90分不是得分，74分应为“调整后予以支持”，评分与结论矛盾。",
                   must=["EA-RPT-03"], warn_ok=["EA-ECO-01", "EA-RPT-04"], fiscal_year=2026,
                   expect={"project_name": "示例县非物质文化遗产数字化记录项目", "requested_wan": 64.0,
                           "conclusion": "予以支持", "score": 74.0, "recommended_wan": 64.0}),
        RealReport("rr24_expert_panel_short.docx", expert_opinion_panel_short, "R25",
                   "成文专家评审意见：正文写“评审专家组由5名专家组成（名单附后）”，签名表只有4人：专家人数与签名不符（EA-RPT-05）。",
                   must=["EA-RPT-05"], warn_ok=["EA-RPT-04"], fiscal_year=2026,
                   expect={"project_name": "示例区全民健身中心器材更新项目", "requested_wan": 72.0,
                           "conclusion": "予以支持", "score": 85.0, "recommended_wan": 72.0,
                           "scored_opinion": True}),
        # ---- heldout10 EA-RPT-04 class (fixer22, LAYOUTS.md §5 R26) ----
        RealReport("rr25_comparison_clean.docx", comparison_clean, "R26",
                   "结论写明“建议预算控制数为98万元，核减12万元”，其后是建议预算数与申请数对比表（申请数 / 建议数 / 核减数 / 核减理由），"
                   "各列之和等于合计行，申请110−核减12=建议98：无问题。",
                   warn_ok=["EA-ECO-01"],
                   expect={"project_name": "示例县乡村学校食堂设备更新项目", "requested_wan": 110.0,
                           "conclusion": "予以支持", "score": 83.0, "recommended_wan": 98.0}),
        RealReport("rr26_recommended_above_request.pdf", recommended_above_request, "R26",
                   "同上（PDF），结论写“建议预算控制数为122万元，核减12万元”，而申请资金总额只有110万元：建议数反而高于申请数。",
                   must=["EA-RPT-04"], warn_ok=["EA-ECO-01"],
                   expect={"project_name": "示例县乡村学校食堂设备更新项目", "requested_wan": 110.0,
                           "conclusion": "予以支持", "score": 83.0, "recommended_wan": 122.0}),
        RealReport("rr27_comparison_total_wrong.docx", comparison_total_wrong, "R26",
                   "同上，对比表“建议数”列36+40+22=98，合计行却写104，结论也按104万元（核减6万元）写。",
                   must=["EA-RPT-04"], warn_ok=["EA-ECO-01"],
                   expect={"project_name": "示例县乡村学校食堂设备更新项目", "requested_wan": 110.0,
                           "conclusion": "予以支持", "score": 83.0, "recommended_wan": 104.0}),
        # ---- heldout17 expert review opinions (fixer36, LAYOUTS.md L94) ----
        RealReport("rr_opinion_dated_clean_f36.docx", dated_opinion_clean, "L94",
                   "逐人打分的专家评审意见：评审日期只写在首句（“2026年10月28日，县财政局组织5名专家……评审”），五维度×5名专家"
                   "评分表、平均分76.2，“调整完善后予以支持”，建议预算控制数由300万元核减至270万元：日期、结论、控制数都读出；"
                   "报告章节和预算测算表的要求对评审意见不适用，只以 info 说明（EA-RPT-01、EA-ECO-01），无问题。",
                   may=["EA-RPT-01", "EA-ECO-01"], fiscal_year=2027,
                   expect={"project_name": "示例县乡镇污水处理站提标改造项目", "requested_wan": 300.0,
                           "equivalent": "调整后予以支持", "score": 76.2, "recommended_wan": 270.0,
                           "opinion_form": True}),
        RealReport("rr_opinion_three_dims_f36.docx", dated_opinion_three_dimensions, "L94",
                   "同上，没有评分表，主要意见只提到必要性、经济性、可行性：评审意见本身没有写到绩效目标合理性和筹资合规性"
                   "（EA-RPT-01 警告，说明章节要求不适用、但这两个维度未见评审意见）。",
                   must=["EA-RPT-01"], warn_ok=["EA-RPT-01"], may=["EA-ECO-01"], fiscal_year=2027,
                   expect={"project_name": "示例县乡镇污水处理站提标改造项目", "requested_wan": 300.0,
                           "equivalent": "调整后予以支持", "recommended_wan": 270.0, "opinion_form": True}),
        # ---- heldout16 narrative targets vs the attached goal table (fixer32, LAYOUTS.md L81) ----
        RealReport("rr_goal_text_clean_f32.docx", goal_text_clean, "L81",
                   "正文“（二）绩效目标”写“全年开展技能培训360人次……2026年11月底前完成全部培训”，与附件目标表“培训人次 ≥360人次”"
                   "“项目完成时间 ≤2026年11月30日”一致；立项背景的“2025年已培训210人次”“全省累计2.4万人次”和“上半年完成160人次”"
                   "不是本年度的目标：无问题。",
                   warn_ok=["EA-ECO-01", "EA-RPT-04"], fiscal_year=2026,
                   expect=_GOAL_TEXT_EXPECT),
        RealReport("rr_goal_text_count_f32.pdf", goal_text_count_mismatch, "L81",
                   "同上（PDF），正文写“培训420人次”，附件目标表和测算表都是360人次（EA-GOAL-03）。",
                   must=["EA-GOAL-03"], warn_ok=["EA-ECO-01", "EA-RPT-04"], fiscal_year=2026,
                   expect=_GOAL_TEXT_EXPECT),
        RealReport("rr_goal_text_date_f32.docx", goal_text_date_mismatch, "L81",
                   "同上，正文写“2026年9月底前完成全部培训”，附件目标表“项目完成时间 ≤2026年11月30日”（EA-GOAL-03）。",
                   must=["EA-GOAL-03"], warn_ok=["EA-ECO-01", "EA-RPT-04"], fiscal_year=2026,
                   expect=_GOAL_TEXT_EXPECT),
        # ---- heldout16 budget arithmetic (fixer31, LAYOUTS.md L77–L79) ----
        RealReport("rr_budget_groups_f31.docx", budget_groups_clean, "L77",
                   "测算表分组“一 设备购置 48.30（小计）”“二 村医培训 13.92（小计）”，培训费下有“其中：场地租赁 0.60”，"
                   "合计62.22下有“其中：县级财政补助 50.00 / 乡镇自筹 12.22”：小计和其中行都不再相加，无问题。",
                   expect={"project_name": "示例县乡镇卫生院健康检查设备配备项目", "requested_wan": 62.22,
                           "conclusion": "予以支持", "score": 85.0, "sections": F31_SECTIONS}),
        RealReport("rr_budget_subtotal_wrong_f31.pdf", budget_subtotal_wrong, "L77",
                   "同上（PDF），“设备购置”小计写46.60，其下36.40＋11.90＝48.30：小计算错；合计62.22按明细是对的。",
                   must=["EA-ECO-01"],
                   expect={"project_name": "示例县乡镇卫生院健康检查设备配备项目", "requested_wan": 62.22,
                           "conclusion": "予以支持", "score": 85.0, "sections": F31_SECTIONS}),
        RealReport("rr_subject_sources_f31.docx", subject_by_source, "L78",
                   "测算表为“预算科目名称 | 合计 | 区级财政拨款 | 上年结转”，数量×单价写在科目名称里（9600批次×22.5元），"
                   "按科目和按来源两种口径的总计都是28.80，无问题。",
                   expect={"project_name": "示例区农产品质量安全快速检测项目", "requested_wan": 28.8,
                           "conclusion": "予以支持", "score": 85.0, "sections": F31_SECTIONS}),
        RealReport("rr_funds_sentence_f31.pdf", funds_sentence_short, "L79",
                   "（三）资金构成写“资金总额96.00万元，其中区级财政拨款70.00万元、上年结转资金16.00万元”，两项之和86.00，"
                   "差10.00万元（“其中”可能未列全，按警告）。",
                   must=["GS-02"],
                   expect={"project_name": "示例区中小学校园安防设备更新项目", "requested_wan": 96.0,
                           "conclusion": "予以支持", "score": 85.0, "sections": F31_SECTIONS}),
        # ---- heldout18 expert opinion: bands and verdict in one cell (fixer37, LAYOUTS.md L99) ----
        RealReport("rr_opinion_bands_verdict_f37.docx", opinion_bands_and_verdict, "L99",
                   "专家评审意见表：“专家组意见”一格先列三档结论用语（80分以上予以支持……），同一句接着写“本项目专家组平均得分76.4分，"
                   "评审结论为‘调整完善后予以支持’”：结论按“结论为”后的用语读取，与76.4分相符，无问题。",
                   warn_ok=["EA-RPT-01", "EA-ECO-01", "EA-RPT-04", "EA-RPT-05"], fiscal_year=2027,
                   expect={"project_name": "示例县青少年校外研学实践项目", "requested_wan": 96.0,
                           "conclusion": "调整完善后予以支持", "score": 76.4, "scored_opinion": True}),
        RealReport("rr_opinion_bands_only_f37.docx", opinion_bands_only, "L99",
                   "同上，“专家组意见”只列三档结论用语、没有写本项目的结论：结论未能确定，EA-RPT-03 只作警告。",
                   must=["EA-RPT-03"], warn_ok=["EA-RPT-03", "EA-RPT-01", "EA-ECO-01", "EA-RPT-04", "EA-RPT-05"], fiscal_year=2027,
                   expect={"project_name": "示例县青少年校外研学实践项目", "requested_wan": 96.0,
                           "score": 83.2, "scored_opinion": True}),
        # ---- heldout25 review sheet: 申报/审定/核减 with a 测算明细 block and two boxes under it (fixer47, LAYOUTS.md L112) ----
        RealReport("rr_review_cut_fixer47.xlsx", review_cut_clean, "L112",
                   "审核意见表：“申报金额 | 审定金额 | 核减金额”一行，测算明细（首列“测算明细”纵向合并，服务内容 | 数量 | 单价 | 金额 | 测算依据）"
                   "合计120.00等于申报金额，其下“核减说明”“审核结论”两行各一段文字占满整行（含9.00、8.00、80分等数字）：这两行不是测算行，无问题。",
                   fiscal_year=2027,
                   expect={"project_name": "示例县老年助餐服务项目", "requested_wan": 120.0, "conclusion": "予以支持",
                           "score": 85.0, "recommended_wan": 112.0, "opinion_form": True, "equivalent": None}),
        RealReport("rr_review_cut_calc_fixer47.docx", review_cut_calc_wrong, "L112",
                   "同一表式（docx），测算明细第一行8×9.00应为72.00，表中写76.00（EA-ECO-01，一条，指向“助餐点运营补助”）；"
                   "核减说明、审核结论两行不当作测算行。",
                   must=["EA-ECO-01"], fiscal_year=2027,
                   expect={"project_name": "示例县老年助餐服务项目", "requested_wan": 120.0, "conclusion": "予以支持",
                           "score": 85.0, "recommended_wan": 112.0, "opinion_form": True, "equivalent": None}),
        # ---- heldout24 letter-spaced chapters, money in 元 (fixer46, LAYOUTS.md L111) ----
        RealReport("rr_spaced_chapters_fixer46.pdf", spaced_chapters_clean, "L111",
                   "开头字段表（申请资金（元）1,300,000.00）+ 间隔字章节标题（“一 、 评 估 对 象 基 本 情 况”），总体结论一句写明分档、"
                   "84分、“予以支持”和“建议预算控制数1,300,000.00元”，文末附测算表（金额单位：元，合计1,300,000.00）：建议控制数读为130万元，无问题。",
                   warn_ok=["EA-RPT-01", "EA-RPT-04", "EA-RPT-05", "EA-GOAL-03"], fiscal_year=2027,
                   expect={"project_name": "示例县2027年农村学校食堂设备更新项目", "requested_wan": 130.0,
                           "conclusion": "予以支持", "score": 84.0, "recommended_wan": 130.0, "sections": F46_SECTIONS}),
        RealReport("rr_spaced_chapters_wrong_fixer46.docx", spaced_chapters_line_wrong, "L111",
                   "同上（docx），测算表“消毒柜 40 × 6,000.00”金额写成280,000.00（应为240,000.00，EA-ECO-01）。",
                   must=["EA-ECO-01"], warn_ok=["EA-RPT-01", "EA-RPT-04", "EA-RPT-05", "EA-GOAL-03"], fiscal_year=2027,
                   expect={"project_name": "示例县2027年农村学校食堂设备更新项目", "requested_wan": 130.0,
                           "conclusion": "予以支持", "score": 84.0, "sections": F46_SECTIONS}),
        # ---- heldout27 three-expert review form with ☑ tick boxes (fixer50, LAYOUTS.md L127) ----
        RealReport("rr_expert_tick_fixer50.xlsx", expert_tick_clean, "L127",
                   "三专家评分评审意见表：专家A/B/C三列和平均分，测算复核小表首列“测算复核”纵向合并，末行“合计”写在测算项目列、"
                   "数量单价空着（合计90.00等于申请数，不是第四项），评审结论“☑予以支持 □调整后支持 □不予支持”按勾选读为予以支持，"
                   "与平均85.00分相符；评审表没有成文报告的“总体结论”一节，无问题。",
                   fiscal_year=2027,
                   expect={"project_name": NAME_F50, "requested_wan": 90.0, "conclusion": "予以支持",
                           "score": 85.0, "recommended_wan": 90.0, "opinion_form": True, "equivalent": None}),
        RealReport("rr_expert_tick_adjust_fixer50.docx", expert_tick_adjust, "L127",
                   "同一表式（docx），平均70.00分，勾“调整后支持”（按调整后予以支持理解，EA-RPT-03 只有提示），无问题。",
                   may=["EA-RPT-03"], fiscal_year=2027,
                   expect={"project_name": NAME_F50, "requested_wan": 90.0, "conclusion": "调整后支持",
                           "score": 70.0, "recommended_wan": 90.0, "opinion_form": True, "equivalent": "调整后予以支持"}),
        RealReport("rr_expert_tick_wrong_fixer50.docx", expert_tick_wrong, "L127",
                   "同一表式（docx），平均70.00分按分档应“调整后支持”，却勾“予以支持”（EA-RPT-03 错误）。",
                   must=["EA-RPT-03"], fiscal_year=2027,
                   expect={"project_name": NAME_F50, "requested_wan": 90.0, "conclusion": "予以支持",
                           "score": 70.0, "recommended_wan": 90.0, "opinion_form": True, "equivalent": None}),
        # ---- heldout26 three-expert review sheet, the cut written in the 建议预算 cell (fixer49, LAYOUTS.md R23) ----
        RealReport("rr_three_expert_cut_fixer49.xlsx", three_expert_cut, "R23",
                   "三专家评分评审表（xlsx）：五维 × “分值 | 专家一 | 专家二 | 专家三 | 平均得分 | 主要意见”，合计76分，评审结论一格写分档和"
                   "“调整完善后予以支持”，建议预算一格“建议安排138.00万元（核减分类收集车辆单价偏高部分12.00万元）”：核减内容和金额写在同一格，"
                   "不提示未列明核减，无问题。",
                   warn_ok=["EA-ECO-01", "EA-RPT-01", "EA-RPT-05"], fiscal_year=2027,
                   expect={"project_name": NAME49, "requested_wan": 150.0, "conclusion": "调整完善后予以支持", "score": 76.0,
                           "recommended_wan": 138.0, "scored_opinion": True}),
    ]
