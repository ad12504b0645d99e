"""The heldout9 goal-sheet classes (samples rl95–rl98, LAYOUTS.md L60–L61): an indicator table continued after a page
footer under its title again with "（续表）" is the same project, and a unit written in the unheaded column beside the
value is read; a unit that may only be unread is a warning, never an error."""

from __future__ import annotations

from docbuild import make_doc
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.models import GoalSheet, Indicator
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import Location
from review_assistant.settings import Settings
from sheetcheck import SAMPLES, sample_sheet, sheet_findings

HEAD = [["项目名称", "示例县农家书屋图书更新项目"], ["主管部门", "示例县文化和旅游局"],
        ["年度资金总额（万元）", "126"], ["其中：财政拨款", "126"], ["年度绩效目标", "为126个农家书屋更新图书。"]]
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值"]
FIRST = [HEADER, ["产出指标", "数量指标", "更新图书册数", "≥25200册"], ["产出指标", "质量指标", "验收合格率", "≥98%"],
         ["产出指标", "时效指标", "配送完成时间", "2025年11月底前"]]
SECOND = [HEADER, ["", "成本指标", "每个书屋更新成本", "≤1万元"], ["效益指标", "社会效益指标", "年度借阅人次", "≥3.8万人次"],
          ["满意度指标", "服务对象满意度指标", "借阅群众满意度", "≥90%"]]
TITLE = "示例县2025年部门预算项目支出绩效目标表"

# ---- L60 续表 ----------------------------------------------------------------------------------------------------


def test_a_continued_table_is_the_same_project(settings: Settings) -> None:
    sheet, found = sample_sheet("rl95_continued_table.pdf", settings)
    assert sheet.project_name == "2025年示例县农家书屋图书更新项目"
    assert sheet.total_wan() == 126.0
    assert [i.level3 for i in sheet.indicators][4:] == ["每个书屋年度更新成本", "书屋年度借阅人次", "书屋每周开放天数",
                                                        "借阅群众满意度"]
    assert sheet.indicators[4].level1 == "产出指标"  # the blank 一级 continues the merged cell of the page before
    assert any("续表" in n.message and "同一个项目" in n.message for n in sheet.notes)
    assert not [f for f in found if f.severity == "error"]
    assert not [f for f in found if f.rule_id in {"GS-01", "GS-04"}]


def test_a_defect_in_the_continued_table_is_reported_once_under_the_project(settings: Settings) -> None:
    _, found = sample_sheet("rl96_continued_table_late.pdf", settings)
    late = [f for f in found if f.rule_id == "GS-10"]
    assert [f.severity for f in late] == ["error"]
    assert "第2个项目" not in late[0].message and "2026年3月31日" in late[0].message


def test_a_continuation_after_a_footer_and_title_joins_the_project_before_it() -> None:
    doc = make_doc(TITLE, HEAD, FIRST, "第 1 页，共 2 页", f"{TITLE}（续表）", SECOND, "第 2 页，共 2 页", path="表.pdf")
    sheets = extract_goal_sheets(doc)
    assert len(sheets) == 1
    assert len(sheets[0].indicators) == 6 and sheets[0].project_label == ""


def test_a_second_form_with_its_own_name_and_funds_stays_a_second_project() -> None:
    other = [["项目名称", "示例县乡镇文化站设备购置项目"], ["年度资金总额（万元）", "40"], ["其中：财政拨款", "40"],
             ["年度绩效目标", "为8个乡镇文化站购置音响和灯光设备。"]]
    doc = make_doc(TITLE, HEAD, FIRST, "第 1 页，共 2 页", TITLE, other, SECOND, path="表.pdf")
    sheets = extract_goal_sheets(doc)
    assert [s.project_name for s in sheets] == ["示例县农家书屋图书更新项目", "示例县乡镇文化站设备购置项目"]
    assert [s.total_wan() for s in sheets] == [126.0, 40.0]


def test_a_continuation_repeating_the_project_name_joins_it() -> None:
    # A form that repeats 项目名称 over the indicator table on every page.
    repeated = [["项目名称", "示例县农家书屋图书更新项目"], *SECOND]
    doc = make_doc(TITLE, HEAD, FIRST, "第 1 页，共 2 页", f"{TITLE}（续表）", repeated, path="表.pdf")
    sheets = extract_goal_sheets(doc)
    assert len(sheets) == 1 and len(sheets[0].indicators) == 6


def test_the_multi_project_forms_pdf_stays_split() -> None:
    sheets = extract_goal_sheets(parse_file(SAMPLES / "rl03_multi_project_forms.pdf"))
    assert len(sheets) == 2 and sheets[0].project_name != sheets[1].project_name


# ---- L61 单位在没有列名的一列里 ------------------------------------------------------------------------------------


def test_the_unit_beside_the_value_is_read(settings: Settings) -> None:
    sheet, found = sample_sheet("rl97_unit_beside_value.pdf", settings)
    units = {i.level3: i.unit for i in sheet.indicators if not i.qualitative}
    assert units == {"补助社区老年食堂": "个", "老年人就餐人次": "万人次", "食品安全检查合格率": "%",
                     "每人次就餐补助": "元/人次", "辖区老年人助餐覆盖率": "%", "就餐老年人满意度": "%"}
    assert any("没有列名" in n.message and "计量单位" in n.message for n in sheet.notes)
    assert not [f for f in found if f.rule_id == "GS-03"]


def test_a_blank_cell_in_the_unit_column_is_a_certain_missing_unit(settings: Settings) -> None:
    _, found = sample_sheet("rl98_unit_beside_value_missing.pdf", settings)
    gs03 = [(f.severity, f.message) for f in found if f.rule_id == "GS-03"]
    assert gs03 == [("error", "指标“老年人就餐人次”缺少计量单位。")]


def _unit_doc(beside: list[str]) -> GoalSheet:
    rows = [["一级指标", "二级指标", "三级指标", "*指标值", "*指标值", "*指标解释"]]
    names = [("产出指标", "数量指标", "补助食堂数量", "=16"), ("产出指标", "质量指标", "检查合格率", "=100"),
             ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90")]
    rows += [[*n, b, "反映情况"] for n, b in zip(names, beside, strict=True)]
    sheets = extract_goal_sheets(make_doc(TITLE, HEAD, rows, path="表.pdf"))
    assert len(sheets) == 1
    return sheets[0]


def test_an_unheaded_column_that_is_not_all_units_is_not_read_and_only_warns(settings: Settings) -> None:
    sheet = _unit_doc(["个", "见附件", "%"])
    assert [i.unit for i in sheet.indicators] == [None, None, None]
    assert [i.unread_beside for i in sheet.indicators] == ["个", "见附件", "%"]
    found = [f for f in sheet_findings(make_doc(TITLE), sheet, settings) if f.rule_id == "GS-03"]
    assert {f.severity for f in found} == {"warning"} and len(found) == 3
    assert "右侧没有列名的一格写着“见附件”" in next(f.message for f in found if "检查合格率" in f.message)


def test_a_unit_column_read_beside_the_value() -> None:
    sheet = _unit_doc(["个", "%", "%"])
    assert [i.unit for i in sheet.indicators] == ["个", "%", "%"]


def test_an_unread_cell_leaves_a_missing_unit_a_warning(settings: Settings) -> None:
    sheet = GoalSheet(indicator_table_found=True)
    sheet.indicators = [Indicator(level1="产出指标", level2="数量指标", level3="补助食堂数量", sign="=", value_text="=16",
                                  number=16, location=Location(table=1, row=3, column=3))]
    found = [f for f in sheet_findings(make_doc(TITLE), sheet, settings) if f.rule_id == "GS-03"]
    assert [(f.severity, f.message) for f in found] == [("error", "指标“补助食堂数量”缺少计量单位。")]
    sheet.unread_cells = [Location(table=1, row=3, column=4)]  # a formula without its result, beside the value
    found = [f for f in sheet_findings(make_doc(TITLE), sheet, settings) if f.rule_id == "GS-03"]
    assert [f.severity for f in found] == ["warning"] and "无法读取" in found[0].message


def test_a_short_cell_in_an_unknown_column_beside_the_value_only_warns(settings: Settings) -> None:
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "量纲", "考核说明"],
            ["产出指标", "数量指标", "补助食堂数量", "=16", "个", "反映补助食堂的数量情况"],
            ["产出指标", "数量指标", "就餐人次", "≥12", "", "反映就餐服务量"],
            ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "", "反映满意程度"]]
    sheets = extract_goal_sheets(make_doc(TITLE, HEAD, rows, path="表.pdf"))
    found = [f for f in sheet_findings(make_doc(TITLE), sheets[0], settings) if f.rule_id == "GS-03"]
    assert [(f.severity, "未能识别的“量纲”列写着“个”" in f.message) for f in found if "补助食堂数量" in f.message] \
        == [("warning", True)]
    assert [f.severity for f in found if "就餐人次" in f.message] == ["error"]  # nothing beside it: certainly missing
