"""Fictitious goal sheets in the layouts real offices publish (catalogue: ``LAYOUTS.md``).

Each function writes one layout in our own words: the structure (labels, columns, notation) follows
what the catalogue records, the content is invented. ``real_samples()`` lists them with their labels;
``make_goal_sheets.build_samples`` writes them next to the generated set and appends the labels.

Label fields beyond ``labels.yaml``'s usual ones: ``layout`` (catalogue id) and ``must_not_error``
(rules that may warn on this layout, e.g. a 公示 page has no 主管部门 栏, but must never give an error).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from make_goal_sheets import DETERMINISTIC_RULES, DocModel
from real_layout_docs import (
    blank_level1,
    ezhou_style,
    level_in_cell,
    multi_project_forms,
    multi_project_table,
    notice_paragraphs,
    old_template,
    two_levels,
)
from real_layout_heldout3 import bond_project, department_sheet, per_year_funds, review_form_2017
from real_layout_heldout4 import (
    department_composition,
    department_composition_yuan_slip,
    merged_signed_values,
    yuan_export_sources,
)
from real_layout_more import (
    bingtuan_funds,
    ocr_misread,
    place_columns,
    side_by_side_periods,
    tick_boxes,
    transposed_two_rows,
    units_only,
    unsaved_formulas,
)
from real_layout_round3 import blank_template_rows, composed_fund_names, local_upper_only, numbered_fund_lines
from real_layout_round4 import (
    department_projects,
    filler_values,
    header_lines,
    level_lines_notice,
    value_in_level_cell,
)
from real_layout_round5 import prior_year_columns
from real_layout_round6 import goal_below_banner, three_projects_export
from real_layout_variants import (
    approval_form,
    evaluation_style,
    fund_sources,
    funds_mismatch_recognised,
    funds_partly_itemised,
    funds_unknown_label,
    intro_paragraphs,
    rural_revival,
    split_pages,
    system_export,
    transposed_notice,
    unit_contradiction,
    value_notations,
    wuhai_export,
    year_from_fill_date,
    year_undecided,
)

ALL = list(DETERMINISTIC_RULES)


@dataclass
class RealSample:
    file: str
    build: Callable[[], DocModel]
    layout: str
    note: str
    fiscal_year: int | None
    must: list[str] = field(default_factory=list)
    warn_ok: list[str] = field(default_factory=list)  # may warn, never error
    expect: dict[str, Any] = field(default_factory=dict)
    other_formats: bool = True  # False: the layout only exists in its own format (an xlsx with formulas)

    def label(self, prefix: str) -> dict[str, Any]:
        must_not = [r for r in ALL if r not in self.must and r not in self.warn_ok]
        return {
            "file": f"{prefix}{self.file}",
            "kind": "goal_sheet",
            "fiscal_year": self.fiscal_year,
            "must": list(self.must),
            "must_not": must_not,
            "must_not_error": list(self.warn_ok),
            "note": self.note,
            "expect": {"layout": self.layout, **self.expect},
        }


def real_samples() -> list[RealSample]:
    """Every catalogued layout as a labelled sample (file names start with ``rl``)."""
    fields = ["project_name", "department", "implementer"]
    return [
        RealSample("rl01_notice_paragraphs.docx", notice_paragraphs, "L10", "公示正文：项目、资金和目标写在段落里，指标分“一、产出指标”等编号段。",
                   2024, must=["GS-07"], warn_ok=["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-06", "GS-07"],
                   expect={"project_name": "样例镇设施蔬菜种植", "total_funds_wan": 60.0, "indicator_count": 8,
                           "fiscal_year_source": "fill_date", "fields": ["project_name", "implementer"]}),
        RealSample("rl01_notice_paragraphs.pdf", notice_paragraphs, "L10", "同上，PDF。", 2024, must=["GS-07"],
                   warn_ok=["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-06", "GS-07"],
                   expect={"project_name": "样例镇设施蔬菜种植", "total_funds_wan": 60.0, "indicator_count": 8,
                           "fiscal_year_source": "fill_date", "fields": ["project_name", "implementer"]}),
        RealSample("rl02_multi_project_table.xlsx", multi_project_table, "L07", "一表多项目：单位名称/项目名称/预算数/年度目标与指标列同表，金额以元列示。",
                   2024, warn_ok=["GS-01"], expect={"projects": 2, "indicator_count": 6, "fiscal_year_source": "title",
                                                    "project_name": "村级组织运转补助", "total_funds_wan": 96.0,
                                                    "fields": ["project_name", "implementer"]}),
        RealSample("rl03_multi_project_forms.pdf", multi_project_forms, "L08", "一个PDF里两个项目的绩效目标表，ISO日期、=300天、=100百分比写法（单位不规范）。",
                   2024, must=["GS-05"], warn_ok=["GS-05"], expect={"projects": 2, "indicator_count": 6, "fiscal_year_source": "title",
                                                    "project_name": "博物馆免费开放补助", "total_funds_wan": 20.0,
                                                    "fields": ["project_name", "department", "implementer"]}),
        RealSample("rl04_level_in_cell.docx", level_in_cell, "L17", "只有“绩效指标”列，层级写在单元格内（“数量指标：培训人次”），另有评（扣）分标准列。",
                   2025, expect={"project_name": "示例县农村实用技术培训", "total_funds_wan": 40.0, "indicator_count": 6,
                                 "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl05_two_levels.xlsx", two_levels, "L15", "只有二级、三级指标列，一级按二级推断。", 2025,
                   expect={"project_name": "示例区社区老年食堂运营补助", "total_funds_wan": 150.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl06_blank_level1.docx", blank_level1, "L15", "一级指标列留空。", 2025,
                   expect={"project_name": "示例县中小学校舍维修", "total_funds_wan": 300.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl07_ezhou_style.docx", ezhou_style, "L09", "鄂州式：成本构成表，“一级指标”列填二级名称，绩效标准 + 当年预期实现值。",
                   2025, expect={"project_name": "示例市行政中心物业运行保障", "total_funds_wan": 500.0, "indicator_count": 7,
                                 "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl08_old_template.docx", old_template, "L03", "旧式申报表：资金构成写在一格里，长期/年度指标表用“指标内容”列，无三级列。",
                   2025, expect={"project_name": "示例镇集镇污水管网建设", "total_funds_wan": 360.0, "indicator_count": 6,
                                 "long_term_indicator_count": 2, "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl09_system_export.xlsx", system_export, "L05", "一体化系统导出：指标值类型、*指标值、*指标解释、*评（扣）分标准。",
                   2025, warn_ok=["GS-06"], expect={"project_name": "示例区基层业务培训", "total_funds_wan": 28.8,
                                                    "indicator_count": 6, "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl10_wuhai_export.xlsx", wuhai_export, "L06", "指标性质写正向/反向、指标方向写符号；时效值是Excel日期序列号；名称带编码。",
                   2025, expect={"project_name": "再生资源回收站点管理经费", "total_funds_wan": 6.0, "indicator_count": 6,
                                 "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl11_approval_form.pdf", approval_form, "L13", "审批表：建设周期跨年（未填中长期目标），成本指标为一级且带分值区间，另有分值、指标解释列。",
                   2024, must=["GS-10"], warn_ok=["GS-10"], expect={"project_name": "2024年样例乡农产品晾晒场建设", "total_funds_wan": 65.0, "indicator_count": 8,
                                 "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl12_split_pages.pdf", split_pages, "L16", "指标表跨页，续页没有表头。", 2025,
                   expect={"project_name": "示例市全民健身设施维护", "total_funds_wan": 240.0, "indicator_count": 19,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl13_fund_sources.docx", fund_sources, "L01", "资金来源：中央/省级/县级资金、政府性基金、单位自筹；亿元、万元、元混用。",
                   2025, expect={"project_name": "示例县城区供水管网改造", "total_funds_wan": 12000.0, "indicator_count": 6,
                                 "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl14_rural_revival.docx", rural_revival, "L14", "衔接资金类：负责人及电话合一格，总额格带分项说明，名称留“（≥**亩）”占位（GS-01 警告），>=、<= 写法。",
                   2025, must=["GS-01"], warn_ok=["GS-01"], expect={"project_name": "示例县2025年高标准农田建设", "total_funds_wan": 610.0, "indicator_count": 7,
                                 "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl15_intro_paragraphs.docx", intro_paragraphs, "L12", "编号简介段落后接表，年度单独一行“（2025年度）”，项目期“1年”，竖排标签；年度指标值写“长期”。",
                   2025, must=["GS-10"], warn_ok=["GS-06", "GS-10"], expect={"project_name": "送戏下乡补助经费", "total_funds_wan": 8.0, "indicator_count": 7,
                                                    "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl16_year_fill_date.docx", year_from_fill_date, "L01", "表题无年份，预算年度按填报日期（2024年10月）推定为2025年。",
                   2025, expect={"project_name": "示例街道社区网格化服务", "total_funds_wan": 36.0, "indicator_count": 6,
                                 "fiscal_year_source": "fill_date", "fields": fields}),
        RealSample("rl17_year_undecided.docx", year_undecided, "L01", "没有任何年份：说明无法确定预算年度，按默认年度检查。",
                   None, warn_ok=["GS-10"], expect={"project_name": "示例街道社区网格化服务", "total_funds_wan": 36.0,
                                                     "indicator_count": 6, "fiscal_year_source": "", "fields": fields}),
        RealSample("rl18_value_notations.docx", value_notations, "L01", "取值写法：>=、不少于、以上、不低于、2024.03-2024.06、12月底前、按时、800-1000元。",
                   2024, expect={"project_name": "示例县林下经济示范基地建设", "total_funds_wan": 90.0, "indicator_count": 11,
                                 "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl19_evaluation_style.docx", evaluation_style, "L04", "评价式指标：一级为投入、过程指标，缺产出、效益指标。",
                   2025, must=["GS-04"], warn_ok=["GS-03", "GS-05", "GS-06", "GS-11", "GS-13", "GS-16"],
                   expect={"project_name": "示例市档案数字化加工", "total_funds_wan": 50.0, "indicator_count": 4,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl20_funds_partly_itemised.docx", funds_partly_itemised, "L01", "财政拨款下只列出中央补助一项（其中），不是错误。",
                   2025, expect={"project_name": "示例区村组道路硬化", "total_funds_wan": 540.0, "indicator_count": 7,
                                 "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl21_funds_mismatch.docx", funds_mismatch_recognised, "L01", "资金栏目全部识别且合计不符：确定的错误。",
                   2025, must=["GS-02"], expect={"project_name": "示例区村组道路硬化", "total_funds_wan": 540.0,
                                                  "indicator_count": 7, "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl22_funds_unknown_label.docx", funds_unknown_label, "L01", "有一栏资金名称未识别（专项债券安排）：合计不符只能是警告。",
                   2025, must=["GS-02"], warn_ok=["GS-02"], expect={"project_name": "示例区村组道路硬化", "total_funds_wan": 540.0,
                                                                    "indicator_count": 7, "fiscal_year_source": "title",
                                                                    "fields": fields}),
        RealSample("rl24_transposed_notice.docx", transposed_notice, "L11",
                   "下达通知 + 转置的绩效目标表（每行一个镇、每列一个指标）：按镇分别审核。",
                   2025, warn_ok=["GS-01", "GS-02", "GS-04", "GS-13"],
                   expect={"projects": 3, "project_name": "甲镇", "total_funds_wan": 4.5, "indicator_count": 5,
                           "fiscal_year_source": "title", "fields": ["project_name"]}),
        RealSample("rl23_unit_contradiction.xlsx", unit_contradiction, "L05", "计量单位列写“%”，指标值写“≤28.8万元”：两者矛盾。",
                   2025, must=["GS-03"], warn_ok=["GS-03", "GS-06"], expect={"project_name": "示例区基层业务培训",
                                                                              "total_funds_wan": 28.8, "indicator_count": 6,
                                                                              "fiscal_year_source": "title", "fields": fields}),
        # ---- second reading round (LAYOUTS.md L18–L22 and notations) ----
        RealSample("rl25_side_by_side_periods.docx", side_by_side_periods, "L18",
                   "中期与年度指标左右并排（列名带“（长期）/（年度）”，长期一侧留空），资金总额与当年资金总额并列，主管部门带编码。",
                   2025, must=["GS-03"], warn_ok=["GS-03"],
                   expect={"project_name": "示例区中小学教学设备更新", "total_funds_wan": 800.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl26_place_columns.docx", place_columns, "L19",
                   "下达通知 + 每个乡镇一列指标值（三级指标|指标解释|指标方向|甲镇|乙镇），单位写在指标名称括号里：按镇分别审核。",
                   2025, must=["GS-07"], warn_ok=["GS-01", "GS-07"],
                   expect={"projects": 2, "project_name": "甲镇", "total_funds_wan": 20.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": ["project_name", "department"]}),
        RealSample("rl27_bingtuan_funds.docx", bingtuan_funds, "L20",
                   "项目资金总额与年度资金申请总额并列、项目总目标与年度总体目标并列，三级指标带“指标1：”前缀，项目属性写资金名称。",
                   2025, must=["GS-03"], warn_ok=["GS-03"],
                   expect={"project_name": "示例团场果蔬保鲜库建设项目", "total_funds_wan": 900.0, "indicator_count": 7,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl28_units_only.docx", units_only, "L21",
                   "市级/县级财政部门和主管部门四栏表头；两个指标值只写了单位或“≧ %”，没有数值（模板未填完）。",
                   2025, must=["GS-03", "GS-06"], warn_ok=["GS-01", "GS-03", "GS-06"],
                   expect={"project_name": "农村饮水安全巩固提升工程", "total_funds_wan": 300.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": ["project_name", "department"]}),
        RealSample("rl29_tick_boxes.docx", tick_boxes, "L22",
                   "项目属性为勾选框（新增项目□ 延续项目√），指标性质写“≧”“═”“≦”，度量单位单列：无问题。",
                   2025, expect={"project_name": "示例镇村级公益设施维护", "total_funds_wan": 45.0, "indicator_count": 6,
                                 "fiscal_year_source": "title", "fields": fields, "attribute": "延续项目"}),
        RealSample("rl30_unsaved_formulas.xlsx", unsaved_formulas, "L05",
                   "程序生成、未在 Excel 中重新计算的工作簿：资金总额和一个指标值是没有保存结果的公式，只能提示无法读取，不能判错。",
                   2025, must=["GS-01", "GS-03"], warn_ok=["GS-01", "GS-02", "GS-03"], other_formats=False,
                   expect={"project_name": "示例区社区养老服务站运营补助", "total_funds_wan": None, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl31_ocr_misread.pdf", ocr_misread, "L16",
                   "扫描件转换的错字：“≥92%”成了“292%”、“≥90%”成了“290%”，应提示疑似错字而不是判超过100%的错误。",
                   2025, must=["GS-03", "GS-07"], warn_ok=["GS-03", "GS-07"],
                   expect={"project_name": "示例县农村改厕后续管护", "total_funds_wan": 70.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl32_transposed_two_rows.docx", transposed_two_rows, "L11",
                   "转置表只有两行表头（一级指标 / 指标名称），一个指标名称横跨“数值|单位”两列；缺效益指标是确定的错误。",
                   2025, must=["GS-04"], warn_ok=["GS-01", "GS-03"],
                   expect={"projects": 2, "project_name": "东村", "total_funds_wan": 8.0, "indicator_count": 4,
                           "fiscal_year_source": "title", "fields": ["project_name"]}),
        RealSample("rl33_local_upper_only.docx", local_upper_only, "L23",
                   "湘潭式：项目支出名称、年度本级预算金额 + 该项目支出上级资金（没有资金总额栏，总额按两者之和），"
                   "指标值及单位列；成本指标只写了一句话。",
                   2025, must=["GS-06", "GS-13"], warn_ok=["GS-01", "GS-06", "GS-13"],
                   expect={"project_name": "城区公厕保洁服务", "total_funds_wan": 120.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": ["project_name", "department"]}),
        RealSample("rl34_composed_fund_names.xlsx", composed_fund_names, "L01",
                   "资金来源写作“上级转移支付资金 / 县级配套资金 / 单位自筹”，由层级和用途组合成的名称都能识别，合计相符：无问题。",
                   2025, expect={"project_name": "示例县农村公路安防设施完善", "total_funds_wan": 260.0, "indicator_count": 7,
                                 "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl35_numbered_fund_lines.docx", numbered_fund_lines, "L03",
                   "资金总额及构成写在一格里，财政拨款、自有资金、其他分“一、二、三、”编号逐行写，合计相符：无问题。",
                   2025, expect={"project_name": "示例镇集镇垃圾转运", "total_funds_wan": 64.0, "indicator_count": 6,
                                 "fiscal_year_source": "title", "fields": fields, "attribute": "延续项目"}),
        RealSample("rl36_blank_template_rows.docx", blank_template_rows, "L22",
                   "模板留下“定量指标二 / 定性指标描述”空白行（不是指标，只作抽取说明），名称带“指标1：”前缀；"
                   "“≤26.50/株”缺金额单位。",
                   2025, must=["GS-05"], warn_ok=["GS-05"],
                   expect={"project_name": "示例乡经济林补植补造", "total_funds_wan": 38.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": fields, "attribute": "新增项目"}),
        RealSample("rl37_level_lines_notice.pdf", level_lines_notice, "L24",
                   "公示正文：指标写成“1.数量指标：名称 ≥值”编号行，上面没有“产出指标”标题；资金总额和来源写在一句话里：无问题。",
                   2025, warn_ok=["GS-01", "GS-02"],
                   expect={"project_name": "示例区社区老年助餐服务", "total_funds_wan": 36.0, "indicator_count": 7,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl38_value_in_level_cell.docx", value_in_level_cell, "L25",
                   "指标表只有“序号 | 绩效指标（含指标值）”两栏，级别、指标名称和指标值写在同一格：无问题。",
                   2025, expect={"project_name": "示例县残疾人康复救助", "total_funds_wan": 210.0, "indicator_count": 7,
                                 "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl39_department_projects.xlsx", department_projects, "L26",
                   "部门一张工作表三个项目上下排列，每个项目一行“（n）项目名称：……项目资金：……”；第2个项目缺满意度指标。",
                   2025, must=["GS-04"], warn_ok=["GS-04"],
                   expect={"projects": 3, "project_name": "村卫生室运行补助", "total_funds_wan": 84.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl40_filler_values.xlsx", filler_values, "L27",
                   "指标值一律是模板留下的“88”“68”“20”，没有符号和单位：应按占位内容视同未填（GS-01），并缺计量单位（GS-03）。",
                   2025, must=["GS-01", "GS-03"], warn_ok=["GS-01", "GS-06", "GS-07"],
                   expect={"project_name": "示例镇农村垃圾集中转运", "total_funds_wan": 48.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl41_header_lines.pdf", header_lines, "L28",
                   "2019年旧表：表头写成一行文字（单个空格分隔的“标签：值”），资金写在括号里，年度目标为编号行，指标表只有二级列：无问题。",
                   2019, warn_ok=["GS-01"],
                   expect={"project_name": "示例县中小河流清淤疏浚", "total_funds_wan": 162.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl42_prior_year_columns.docx", prior_year_columns, "L29",
                   "市直表：资金表列上年度预算安排、上年度实际执行和本年度申请金额，指标表列上年度实际水平和本年度计划水平"
                   "（以前年度的数不是本年度的资金和指标值）；年度目标写成“已完成”。",
                   2025, must=["GS-15"], warn_ok=["GS-15"],
                   expect={"project_name": "示例市公共场所控烟执法检查", "total_funds_wan": 45.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl46_per_year_funds.xlsx", per_year_funds, "L29",
                   "资金来源按上年度预算/上年度实际/本年度申请三列，指标表无一级列、另有上年度实际水平和计算公式列；"
                   "本年度申请合计52万元，来源合计48万元。",
                   2025, must=["GS-02"], warn_ok=["GS-01"],
                   expect={"project_name": "示例区公共自行车系统运维", "total_funds_wan": 52.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": ["project_name"]}),
        RealSample("rl43_department_sheet.docx", department_sheet, "L30",
                   "部门整体绩效目标表：部门名称、部门预算总额1260万元，年度主要任务预算合计1160万元，与总额不符。",
                   2025, must=["GS-02"], warn_ok=["GS-01"],
                   expect={"project_name": "示例县农业农村局", "total_funds_wan": 1260.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": ["project_name", "department"]}),
        RealSample("rl44_bond_project.xlsx", bond_project, "L31",
                   "专项债券项目：总投资2.4亿元，本年度资金0.8亿元（专项债券0.6亿元、区级财政0.2亿元）；资金总额是本年度资金：无问题。",
                   2025, warn_ok=["GS-01"],
                   expect={"project_name": "示例区老旧供水管网改造", "total_funds_wan": 8000.0, "indicator_count": 6,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl45_review_form_2017.docx", review_form_2017, "L32",
                   "2017式评审申报表：一级为投入/产出/效果，二级写“…目标”，名称列为“绩效目标内容”，预算明细合计与资金总额一致：无问题。",
                   2017, warn_ok=["GS-01"],
                   expect={"project_name": "示例市河道水质监测设备购置", "total_funds_wan": 74.0, "indicator_count": 7,
                           "fiscal_year_source": "title", "fields": fields}),
        # ---- sixth round (LAYOUTS.md L36, L07 with three projects) ----
        RealSample("rl47_goal_below_banner.xlsx", goal_below_banner, "L36",
                   "工作表里“项目年度绩效目标”单独占一行，目标正文在下一行从第二栏起的合并单元格里：应读出年度目标，无问题。",
                   2025, warn_ok=["GS-06"], other_formats=False,
                   expect={"project_name": "示例区社区儿童托管服务补助", "total_funds_wan": 66.0, "indicator_count": 7,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl48_three_projects_export.xlsx", three_projects_export, "L07",
                   "一体化导出的一表三项目（元），名称和预算数只写在各项目首行；第3个项目缺满意度指标。",
                   2024, must=["GS-04"], warn_ok=["GS-01", "GS-04"],
                   expect={"projects": 3, "project_name": "乡村公益性岗位补贴", "total_funds_wan": 54.0,
                           "indicator_count": 6, "fiscal_year_source": "title", "fields": ["project_name", "implementer"]}),
        # ---- heldout4 failure classes (LAYOUTS.md L33–L35) ----
        RealSample("rl50_yuan_export_sources.xlsx", yuan_export_sources, "L33",
                   "元单位单项目导出：单位名称/项目名称/资金总额（元）/年度目标纵向合并在指标表左侧，表下方另有“资金来源 | 金额（元）”"
                   "小表（区级财政资金、体彩公益金）；资金来源小表不是另外的项目：无问题。",
                   2025, warn_ok=["GS-01"],
                   expect={"project_name": "示例区困难家庭学生资助项目", "total_funds_wan": 90.0, "sources_sum_wan": 90.0,
                           "indicator_count": 6, "fiscal_year_source": "title", "fields": ["project_name", "implementer"]}),
        RealSample("rl51_merged_signed_values.docx", merged_signed_values, "L34",
                   "整表合并：资金和指标同在一张表，“项目资金”“绩效指标”纵向合并，没有指标性质列，指标值自带符号（“≥36”）；"
                   "数量指标“维护自动雨量监测站”单位写成“万元”，效益指标写“≥进一步提升”。",
                   2025, must=["GS-05", "GS-06"], warn_ok=["GS-05", "GS-06"],
                   expect={"project_name": "示例县山洪灾害监测预警设施维护项目", "total_funds_wan": 60.0, "indicator_count": 7,
                           "fiscal_year_source": "title", "fields": fields}),
        RealSample("rl52_department_composition.docx", department_composition, "L35",
                   "部门整体支出绩效目标申报表：资金分“收入构成 / 支出构成”两块，列为当年金额、占比和近两年金额；收入合计即资金总额，"
                   "年度主要任务预算之和等于项目支出：无问题。",
                   2025, warn_ok=["GS-01"],
                   expect={"project_name": "示例县档案馆", "total_funds_wan": 418.0, "sources_sum_wan": 418.0,
                           "indicator_count": 6, "fiscal_year_source": "title", "fields": ["project_name", "department"]}),
        RealSample("rl53_department_yuan_slip.xlsx", department_composition_yuan_slip, "L35",
                   "同上（xlsx），支出构成的“基本支出”按元填成2680000（应为268万元），支出各项之和与合计不符。",
                   2025, must=["GS-02"], warn_ok=["GS-01", "GS-02"],
                   expect={"project_name": "示例县档案馆", "total_funds_wan": 418.0, "sources_sum_wan": 418.0,
                           "indicator_count": 6, "fiscal_year_source": "title", "fields": ["project_name", "department"]}),
    ]
