"""The heldout2 failure classes: numbered level lines in a notice, value inside the level cell, a department's
worksheet of projects, template filler values, a header written as lines, long-term banners, short county
reports, report titles as project names, 1-N月 labels and an undecided year (samples rl37–rl41)."""

from __future__ import annotations

from pathlib import Path

from docbuild import clean_doc, make_doc
from review_assistant.checks.goal_sheet.completeness import filler_values
from review_assistant.extract import labels as L
from review_assistant.extract.classify import classify
from review_assistant.extract.cycle_tables import name_from_title
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.models import GoalSheet
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SHEETS = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"


def _sheets(name: str) -> list[GoalSheet]:
    return extract_goal_sheets(parse_file(SHEETS / name))


def test_notice_with_numbered_level_lines_is_read() -> None:
    [sheet] = _sheets("rl37_level_lines_notice.pdf")
    assert sheet.form == "notice"
    assert len(sheet.indicators) == 7
    assert {i.level1 for i in sheet.indicators} == {"产出指标", "效益指标", "满意度指标"}
    assert sheet.field_value("implementer") == "示例区养老服务指导中心"
    assert sheet.funds["total"].value_wan == 36.0
    assert sum(f.value_wan or 0 for k, f in sheet.funds.items() if k != "total") == 36.0


def test_level_name_and_value_in_one_cell() -> None:
    [sheet] = _sheets("rl38_value_in_level_cell.docx")
    assert sheet.form == "level_in_cell"
    assert [i.level2 for i in sheet.indicators][:3] == ["数量指标", "数量指标", "质量指标"]
    first = sheet.indicators[0]
    assert (first.level1, first.level3, first.sign, first.number) == ("产出指标", "救助残疾儿童人数", "≥", 260)
    assert any("同一单元格" in n.message for n in sheet.notes)


def test_department_worksheet_is_split_per_project(settings: Settings) -> None:
    sheets = _sheets("rl39_department_projects.xlsx")
    assert [s.project_name for s in sheets] == ["村卫生室运行补助", "乡村医生培训", "慢性病随访管理"]
    assert [s.funds["total"].value_wan for s in sheets] == [84.0, 18.0, 26.0]
    assert [len(s.indicators) for s in sheets] == [6, 5, 6]
    result = check_paths([SHEETS / "rl39_department_projects.xlsx"], settings, CheckOptions(use_llm=False))[0]
    gs04 = [f for f in result.findings if f.rule_id == "GS-04"]
    assert gs04 and all("乡村医生培训" in f.message for f in gs04)


def test_template_filler_values_are_reported(settings: Settings) -> None:
    [sheet] = _sheets("rl40_filler_values.xlsx")
    found = filler_values(sheet)
    assert found is not None and found[0] == "88"
    result = check_paths([SHEETS / "rl40_filler_values.xlsx"], settings, CheckOptions(use_llm=False))[0]
    assert any(f.rule_id == "GS-01" and "占位数值" in f.message and f.severity == "warning" for f in result.findings)


def test_real_values_are_not_filler() -> None:
    assert filler_values(extract_goal_sheet(clean_doc())) is None  # bare numbers beside a 计量单位 column
    assert filler_values(_sheets("rl38_value_in_level_cell.docx")[0]) is None


def test_header_written_as_lines_with_single_spaces() -> None:
    [sheet] = _sheets("rl41_header_lines.pdf")
    assert sheet.project_name == "示例县中小河流清淤疏浚"
    assert sheet.field_value("implementer") == "示例县水利工程管理站"
    assert sheet.field_value("department") == "示例县水利局"
    assert sheet.funds["total"].value_wan == 162.0


def test_title_run_into_the_first_label() -> None:
    doc = make_doc("2018年度财政支出项目绩效目标表项目名称：示例河道整治 实施单位：示例县水利局 项目属性：延续",
                   [["二级指标", "指标名称", "目标值"], ["数量指标", "整治河道长度", "≥5公里"],
                    ["服务对象满意度指标", "群众满意度", "≥90%"]])
    sheet = extract_goal_sheet(doc)
    assert sheet.project_name == "示例河道整治"
    assert sheet.field_value("implementer") == "示例县水利局"
    assert sheet.field_value("attribute") == "延续"


def test_numbered_fund_rows_are_known_labels() -> None:
    assert L.match(L.FUND_INDEX, "一、财政拨款") == "fiscal"
    assert L.match(L.FUND_INDEX, "二、自有资金") == "other"
    assert L.level_name("一、产出指标") is None  # a heading stays a heading for the level readers


def test_banner_right_above_the_header_decides_the_period() -> None:
    rows = [
        ["项目名称", "示例危房改造", "项目期限", "2019年-2021年"],
        ["总体目标", "三年内改造600户。", "", ""],
        ["年度目标", "2019年改造200户。", "", ""],
        ["长期绩效指标", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "累计改造户数", "≥600户"],
        ["年度绩效指标", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "年度改造户数", "≥200户"],
    ]
    sheet = extract_goal_sheet(make_doc("2019年度项目绩效目标申报表", rows))
    assert [(i.level3, i.period) for i in sheet.indicators] == [("累计改造户数", "long_term"), ("年度改造户数", "annual")]
    assert sheet.long_term_goal is not None and sheet.long_term_goal.value == "三年内改造600户。"
    assert sheet.annual_goal is not None and sheet.annual_goal.value == "2019年改造200户。"


def test_short_county_report_with_merged_dimensions_is_a_report() -> None:
    doc = make_doc("示例站设备更新项目事前绩效评估报告", "一、项目基本情况", "项目申请资金30万元。", "二、评估情况",
                   "1.必要性和可行性：设备老化，方案可行。", "2.经济性：按采购目录价格测算。",
                   "3.绩效目标：目标设置合理。", "三、评估结论", "予以支持。")
    assert classify(doc) == "appraisal_report"


def test_report_title_names_the_project() -> None:
    assert name_from_title("2024年示例代办经费绩效运行监控报告") == "2024年示例代办经费"
    assert name_from_title("示例馆2024年度免费开放项目支出绩效自评报告") == "示例馆2024年度免费开放"
    assert name_from_title("2024年度项目支出绩效运行监控表") == ""  # a form's title names no project
    assert name_from_title("示例区医保局2025年项目运行绩效监控报告") == ""  # a unit and a year, not a project


def test_period_label_beside_its_amount_in_a_row() -> None:
    doc = make_doc("2024年项目支出绩效运行监控表（1-7月）", [
        ["项目名称", "示例孕检", "实施单位", "示例保健院", "", "", ""],
        ["资金情况（万元）", "年度预算数", "72", "1-7月执行数", "44.6", "执行率", "61.9%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月实际完成值", "全年预计完成值", "偏差原因"],
        ["产出指标", "数量指标", "检查人数", "≥3000人", "1850人", "3100人", ""],
    ])
    table = extract_monitoring(doc)
    assert table.executed is not None and table.executed.value is not None and float(table.executed.value) == 44.6
    assert table.budget is not None and table.budget.value is not None and float(table.budget.value) == 72


def _report_docx(path: Path, lines: list[str]) -> Path:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))
    return path


_REPORT = ["示例卫生院设备配置项目事前绩效评估报告", "项目名称：示例卫生院设备配置", "一、项目基本情况", "项目申请资金80万元。",
           "二、评估内容", "（一）立项必要性", "设备老化，需求有调查数据支撑，属于主管部门职责。",
           "（二）投入经济性", "设备按政府采购目录价格测算，共80万元。", "（三）绩效目标合理性", "目标明确，指标量化，设置合理。",
           "（四）实施方案可行性", "采购方案和验收安排可行。", "（五）筹资合规性", "资金来源为县级财政，符合规定。",
           "三、评估结论", "经评估，该项目予以支持。"]


def test_undecided_year_is_said_for_a_report(settings: Settings, tmp_path: Path) -> None:
    path = _report_docx(tmp_path / "示例报告.docx", _REPORT)
    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]
    assert result.error is None
    assert any("未能确定预算年度" in n for n in result.notes)
    dated = _report_docx(tmp_path / "示例报告2.docx", ["2025年度" + _REPORT[0], *_REPORT[1:]])
    result = check_paths([dated], settings, CheckOptions(use_llm=False))[0]
    assert not any("未能确定预算年度" in n for n in result.notes)
