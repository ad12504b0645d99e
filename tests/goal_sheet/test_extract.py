from __future__ import annotations

from docbuild import clean_doc, make_doc
from review_assistant.extract.classify import classify
from review_assistant.extract.goal_sheet import extract_goal_sheet


def test_classic_layout_fields_funds_indicators() -> None:
    sheet = extract_goal_sheet(clean_doc())
    assert sheet.fiscal_year == 2025
    assert sheet.project_name == "老旧小区改造提升项目"
    assert sheet.field_value("implementer") == "云溪区城市更新中心"
    assert sheet.field_value("attribute") == "新增"
    assert sheet.funds["total"].value_wan == 120.0
    assert sheet.funds["fiscal"].value_wan == 100.0
    assert sheet.funds["other"].value_wan == 20.0
    assert sheet.annual_goal is not None and "3个老旧小区" in sheet.annual_goal.value
    assert len(sheet.indicators) == 7
    first = sheet.indicators[0]
    assert (first.level1, first.level2, first.level3, first.sign, first.number, first.unit) == (
        "产出指标", "数量指标", "改造小区数量", "=", 3.0, "个")
    assert sheet.layout == "2015"


def test_2021_layout_with_combined_value_cells_and_cost_as_first_level() -> None:
    rows = [
        ["项目名称", "社区居家养老服务"], ["主管部门", "云溪区民政局"], ["项目单位", "云溪区养老服务中心"],
        ["资金总额（元）", "1,200,000.00"], ["财政资金（元）", "1,200,000.00"],
        ["年度目标", "为辖区800名老人提供上门服务。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "服务老人数", "≥800人"],
        ["", "时效指标", "服务完成时间", "2025年12月底前"],
        ["成本指标", "经济成本指标", "人均服务成本", "≤1500元/人"],
        ["效益指标", "社会效益指标", "老人生活质量改善", "效果明显"],
        ["满意度指标", "服务对象满意度指标", "老人满意度", "≥95%"],
    ]
    sheet = extract_goal_sheet(make_doc("2025年度绩效目标表", rows))
    assert sheet.layout == "2021"
    assert sheet.field_value("implementer") == "云溪区养老服务中心"
    assert sheet.funds["total"].value_wan == 120.0
    by_name = {i.level3: i for i in sheet.indicators}
    assert by_name["服务老人数"].level1 == "产出指标"  # filled down from the row above
    assert (by_name["服务老人数"].sign, by_name["服务老人数"].number, by_name["服务老人数"].unit) == ("≥", 800.0, "人")
    assert by_name["服务完成时间"].date_value is not None
    assert by_name["老人生活质量改善"].qualitative
    assert by_name["人均服务成本"].family == "成本"


def test_separate_long_term_and_annual_tables() -> None:
    long_rows = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "累计改造公路", "≥60公里"]]
    annual_rows = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "年度改造公路", "≥20公里"]]
    doc = make_doc("2025年度项目支出绩效目标申报表", "中长期绩效指标", long_rows, "年度绩效指标", annual_rows)
    sheet = extract_goal_sheet(doc)
    periods = {i.level3: i.period for i in sheet.indicators}
    assert periods == {"累计改造公路": "long_term", "年度改造公路": "annual"}


def test_header_row_layout_funds_below_labels() -> None:
    rows = [["资金总额", "财政拨款", "上年结转", "其他资金"], ["150", "100", "30", "20"]]
    sheet = extract_goal_sheet(make_doc("2025年度项目支出绩效目标申报表", rows))
    assert sheet.funds["total"].value_wan == 150.0
    assert sheet.funds["carryover"].value_wan == 30.0


def test_classify_tells_goal_sheets_from_other_documents() -> None:
    assert classify(clean_doc()) == "goal_sheet"
    notice = make_doc("关于召开绩效管理工作会议的通知", "各单位：定于下周召开会议，请准时参加。")
    assert classify(notice) == "other"


def test_label_and_value_in_one_cell_or_line() -> None:
    rows = [
        ["项目名称：乡村学校少年宫运行补助", "主管部门：云溪区教育局"],
        ["年度资金总额：35万元", "其中：财政拨款：35万元"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "开展活动场次", "≥120场"],
    ]
    doc = make_doc("2025年度项目支出绩效目标申报表", "实施单位：云溪区第一小学　　项目属性：延续", rows)
    sheet = extract_goal_sheet(doc)
    assert sheet.project_name == "乡村学校少年宫运行补助"
    assert sheet.field_value("department") == "云溪区教育局"
    assert sheet.field_value("implementer") == "云溪区第一小学"
    assert sheet.field_value("attribute") == "延续"
    assert sheet.funds["total"].value_wan == 35.0
    assert sheet.funds["fiscal"].value_wan == 35.0
