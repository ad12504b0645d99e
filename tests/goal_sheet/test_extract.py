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


def test_central_2015_template_with_side_by_side_mid_term_and_annual() -> None:
    """财预〔2015〕88号 附件 layout: one big table, 中期 and 年度 funds, goals and indicators side by side."""
    rows = [
        ["项目名称", "智慧社区建设", "智慧社区建设", "智慧社区建设", "智慧社区建设", "智慧社区建设", "智慧社区建设", "智慧社区建设"],
        ["主管部门及代码", "云溪区民政局", "云溪区民政局", "云溪区民政局", "实施单位", "云溪区社区服务中心", "云溪区社区服务中心", "云溪区社区服务中心"],
        ["项目属性", "新增", "新增", "新增", "项目期", "2025—2027年", "2025—2027年", "2025—2027年"],
        ["项目资金（万元）", "中期资金总额：", "900", "900", "年度资金总额：", "300", "300", "300"],
        ["项目资金（万元）", "其中：财政拨款", "900", "900", "其中：财政拨款", "280", "280", "280"],
        ["项目资金（万元）", "其他资金", "0", "0", "其他资金", "20", "20", "20"],
        ["总体目标", "中期目标（2025—2027年）", "中期目标（2025—2027年）", "中期目标（2025—2027年）", "年度目标", "年度目标", "年度目标", "年度目标"],
        ["总体目标", "建成覆盖全区40个社区的智慧服务平台。", "建成覆盖全区40个社区的智慧服务平台。", "建成覆盖全区40个社区的智慧服务平台。",
         "2025年完成15个社区平台部署。", "2025年完成15个社区平台部署。", "2025年完成15个社区平台部署。", "2025年完成15个社区平台部署。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
        ["绩效指标", "产出指标", "数量指标", "覆盖社区数", "≥40个", "数量指标", "部署社区数", "≥15个"],
        ["绩效指标", "效益指标", "社会效益指标", "线上办事占比", "≥60%", "社会效益指标", "线上办事占比", "≥30%"],
    ]
    sheet = extract_goal_sheet(make_doc("项目支出绩效目标申报表（2025年度）", rows))
    assert sheet.field_value("implementer") == "云溪区社区服务中心"
    assert sheet.total_wan() == 300.0
    assert sheet.field_value("period") == "2025—2027年"
    assert sheet.funds["fiscal"].value_wan == 280.0
    assert sheet.funds["other"].value_wan == 20.0
    assert sheet.long_term_goal is not None and "40个社区" in sheet.long_term_goal.value
    assert sheet.annual_goal is not None and sheet.annual_goal.value.startswith("2025年完成15个")
    by_period = {(i.period, i.level3): i for i in sheet.indicators}
    assert by_period[("long_term", "覆盖社区数")].number == 40
    assert by_period[("annual", "部署社区数")].number == 15
    assert by_period[("annual", "线上办事占比")].level1 == "效益指标"


def test_two_row_header_with_sign_value_unit_subcolumns() -> None:
    rows = [
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值", "指标值"],
        ["一级指标", "二级指标", "三级指标", "符号", "数值", "单位"],
        ["产出指标", "数量指标", "新增停车位", "≥", "300", "个"],
        ["满意度指标", "服务对象满意度指标", "车主满意度", "≥", "92", "%"],
    ]
    sheet = extract_goal_sheet(make_doc("2025年度项目支出绩效目标申报表", rows))
    assert [(i.level3, i.sign, i.number, i.unit) for i in sheet.indicators] == [
        ("新增停车位", "≥", 300.0, "个"), ("车主满意度", "≥", 92.0, "%")]
