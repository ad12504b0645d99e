"""Goal-sheet layouts met in the held-out set: funds read only from their own row, non-standard 一级 names."""

from __future__ import annotations

from docbuild import make_doc
from reportbuild import findings
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.settings import Settings

_INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["任务完成指标", "数量指标", "巡检路灯数量", "≥300盏"],
    ["任务完成指标", "时效指标", "维修响应时间", "≤48小时"],
    ["任务效益指标", "社会效益指标", "夜间出行安全", "明显改善"],
    ["满意度指标", "满意度指标", "居民满意度", "≥90%"],
]


def _sheet(other_row: list[str], goal_row: list[str]) -> list[list[str]]:
    return [
        ["项目名称", "背街小巷路灯维护", "背街小巷路灯维护", "背街小巷路灯维护"],
        ["项目资金（万元）", "年度资金总额：", "85", "85"],
        ["", "其中：财政拨款", "85", "85"],
        other_row,
        goal_row,
    ]


def test_an_empty_other_funds_cell_does_not_take_the_next_rows_goal_text() -> None:
    # 其他资金 is blank; the row below it is prose that happens to contain a number or a percentage.
    for goal in ("任务2：完成3条街巷的线路改造", "完成线路改造工程的80%"):
        doc = make_doc("示例街道2025年度项目支出绩效目标申报表",
                       _sheet(["", "其他资金", "其他资金", "其他资金"], ["年度目标", goal, goal, goal]),
                       _INDICATORS)
        sheet = extract_goal_sheet(doc)
        other = sheet.funds.get("other")
        assert other is None or other.value_wan is None, goal
        assert sheet.funds["total"].value_wan == 85


def test_a_bare_amount_under_a_funds_label_is_still_read() -> None:
    # Header-row layouts put the amount in the row under its label.
    doc = make_doc("示例街道2025年度项目支出绩效目标申报表",
                   [["项目名称", "背街小巷路灯维护"], ["年度资金总额", "财政拨款"], ["85", "85"]], _INDICATORS)
    sheet = extract_goal_sheet(doc)
    assert sheet.funds["total"].value_wan == 85 and sheet.funds["fiscal"].value_wan == 85


def test_a_non_standard_first_level_is_classified_by_its_second_level() -> None:
    doc = make_doc("示例街道2025年度项目支出绩效目标申报表",
                   _sheet(["", "其他资金", "0", "0"], ["年度目标", "完成路灯维护", "", ""]), _INDICATORS)
    sheet = extract_goal_sheet(doc)
    fams = {(i.level3, i.family, i.sub_family) for i in sheet.indicators}
    assert ("巡检路灯数量", "产出", "数量") in fams
    assert ("维修响应时间", "产出", "时效") in fams
    assert ("夜间出行安全", "效益", "社会") in fams


def test_a_locally_named_value_column_is_read_with_a_note() -> None:
    indicators = [
        ["二级指标", "三级指标", "上年度实际水平", "本年度计划水平", "指标解释"],
        ["数量指标", "巡检路灯数量", "280盏", "≥300盏", "全年巡检的路灯数"],
        ["时效指标", "维修响应时间", "72小时", "≤48小时", "接报到修复"],
    ]
    doc = make_doc("示例街道2025年度项目支出绩效目标申报表",
                   _sheet(["", "其他资金", "0", "0"], ["年度目标", "完成路灯维护", "", ""]), indicators)
    sheet = extract_goal_sheet(doc)
    assert [i.value_text for i in sheet.indicators] == ["≥300盏", "≤48小时"]  # not last year's figures
    assert any("本年度计划水平" in n.message for n in sheet.notes)


def test_the_loose_value_column_rule() -> None:
    from review_assistant.extract.labels import loose_value_column

    assert loose_value_column("指标值及单位") and loose_value_column("本年度计划水平")
    assert not loose_value_column("上年度实际水平") and not loose_value_column("指标值确定依据（说明）")
    assert not loose_value_column("中长期指标值") and not loose_value_column("三级指标")


def test_indicator_names_that_are_bare_numbers_are_template_filler(settings: Settings) -> None:
    filler = [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "66", "99"],
        ["产出指标", "时效指标", "66", "99"],
        ["效益指标", "社会效益指标", "66", "99"],
    ]
    doc = make_doc("示例街道2025年度项目支出绩效目标申报表",
                   _sheet(["", "其他资金", "0", "0"], ["年度目标", "完成路灯维护", "", ""]), filler)
    got = findings(settings, (doc, "goal_sheet"))[0]
    gs01 = [f for f in got if f.rule_id == "GS-01" and "模板占位" in f.message]
    assert [f.severity for f in gs01] == ["error"] and "3个" in gs01[0].message
    assert not [f for f in got if f.rule_id == "GS-03" and "“66”" in f.message]  # not one unit error per row


def test_blank_numbered_template_rows_are_not_indicators(settings: Settings) -> None:
    # 镇级勾选式 (heldout6): "指标N：" rows and a "……" row left blank under the real indicators.
    rows = [*_INDICATORS, ["产出指标", "数量指标", "指标2：", ""], ["效益指标", "社会效益指标", "……", ""],
            ["满意度指标", "满意度指标", "指标1", ""]]
    doc = make_doc("示例街道2025年度项目支出绩效目标申报表",
                   _sheet(["", "其他资金", "0", "0"], ["年度目标", "完成路灯维护", "", ""]), rows)
    sheet = extract_goal_sheet(doc)
    assert [i.level3 for i in sheet.indicators] == ["巡检路灯数量", "维修响应时间", "夜间出行安全", "居民满意度"]
    assert any("模板留下的空白行" in n.message for n in sheet.notes)
    got = findings(settings, (doc, "goal_sheet"))[0]
    assert not [f for f in got if f.rule_id == "GS-03" and "指标2" in f.message]
    # a numbered name with a real name after it is still an indicator
    named = make_doc("示例街道2025年度项目支出绩效目标申报表",
                     _sheet(["", "其他资金", "0", "0"], ["年度目标", "完成路灯维护", "", ""]),
                     [*_INDICATORS, ["产出指标", "数量指标", "指标2：新增路灯数量", ""]])
    assert "新增路灯数量" in [i.level3 for i in extract_goal_sheet(named).indicators]


def test_a_permille_value_has_its_unit(settings: Settings) -> None:
    rows = [*_INDICATORS, ["效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"]]
    doc = make_doc("示例街道2025年度项目支出绩效目标申报表",
                   _sheet(["", "其他资金", "0", "0"], ["年度目标", "完成路灯维护", "", ""]), rows)
    ind = next(i for i in extract_goal_sheet(doc).indicators if i.level3 == "森林火灾受害率")
    assert ind.unit == "‰" and ind.number == 0.9
    got = findings(settings, (doc, "goal_sheet"))[0]
    assert not [f for f in got if "森林火灾受害率" in f.message and f.severity == "error"]
    assert not [f for f in got if f.rule_id in {"GS-03", "GS-05"} and "森林火灾受害率" in f.message]
