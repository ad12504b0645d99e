"""The heldout7 leftovers (samples rl86–rl88): a disclosure table whose unit is named on a line of its own, numbered
template rows holding only "≥ %" or a unit, and amounts quoted with the decimals they were written with."""

from __future__ import annotations

import pytest

from docbuild import make_doc
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.values import fmt_wan, only_sign_or_unit
from review_assistant.parsing import parse_file
from review_assistant.settings import Settings
from sheetcheck import SAMPLES, sample_sheet, sheet_findings

# ---- 填报单位 on a line of its own above a multi-project disclosure table ------------------------------------------


def test_a_unit_line_above_a_disclosure_table_is_every_projects_filer(settings: Settings) -> None:
    doc = parse_file(SAMPLES / "rl86_disclosure_unit_line.pdf")
    sheets = extract_goal_sheets(doc)
    assert len(sheets) == 3
    for sheet in sheets:
        assert sheet.fields["implementer"].value == "示例县投资促进服务中心"
        assert "department" not in sheet.fields
        gs01 = [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-01"]
        assert gs01 == [], [f.message for f in gs01]
    assert any("读作各项目的填报单位" in n.message for n in sheets[0].notes)


_HEAD = ["项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"]


def _rows() -> list[list[str]]:
    rows = [_HEAD]
    for name, amount in (("村道养护经费", "20"), ("村级公益事业补助", "30")):
        rows += [[name, amount, f"完成{name}相关工作。", "产出指标", "数量指标", "养护村道", "≥12公里"],
                 [name, amount, f"完成{name}相关工作。", "效益指标", "社会效益指标", "受益群众", "≥3000人"],
                 [name, amount, f"完成{name}相关工作。", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
    return rows


@pytest.mark.parametrize(("above", "filer"), [
    ("示例镇人民政府", "示例镇人民政府"),   # a bare unit name: read
    ("", None),                         # nothing above: not guessed
])
def test_missing_header_fields_of_a_project_table(above: str, filer: str | None, settings: Settings) -> None:
    parts: list[str | list[list[str]]] = ["2025年项目支出绩效目标表"]
    if above:
        parts.append(above)
    parts.append(_rows())
    doc = make_doc(*parts)
    sheets = extract_goal_sheets(doc)
    assert len(sheets) == 2 and all(s.form == "project_row" for s in sheets)
    for sheet in sheets:
        found = sheet.fields.get("implementer")
        assert (found.value if found else None) == filer
        messages = [f.message for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-01"]
        if filer:
            assert not [m for m in messages if "主管部门" in m or "实施单位" in m]
        else:
            # Neither the table nor the lines above it say whose projects they are: still a warning for each.
            assert any("主管部门" in m for m in messages) and any("实施单位" in m for m in messages)


@pytest.mark.parametrize("line", ["2025年部门（单位）预算公开表", "金额单位：万元", "说明：本表按项目逐项列示。"])
def test_a_title_or_note_line_is_not_a_unit(line: str) -> None:
    doc = make_doc("2025年项目支出绩效目标表", line, _rows())
    assert all("implementer" not in s.fields for s in extract_goal_sheets(doc))


def test_a_single_project_sheet_still_misses_its_department(settings: Settings) -> None:
    doc = make_doc("2025年度项目支出绩效目标申报表", "示例县农业农村局", [
        ["项目名称", "示例县高标准农田管护", "实施单位", "示例县农田建设服务中心"],
        ["年度资金总额", "50", "其中：财政拨款", "50"],
        ["年度绩效目标", "管护高标准农田1.2万亩，年内完成。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "管护面积", "≥1.2万亩"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
    ])
    sheets = extract_goal_sheets(doc)
    assert len(sheets) == 1
    messages = [f.message for f in sheet_findings(doc, sheets[0], settings) if f.rule_id == "GS-01"]
    assert any("未找到“主管部门”栏目" in m for m in messages)


def test_a_sheet_with_one_value_column_per_village_names_its_implementers(settings: Settings) -> None:
    sheet, found = sample_sheet("rl82_village_value_columns.xlsx", settings)
    assert "implementer" not in sheet.fields and all(i.place for i in sheet.indicators)
    assert not [f for f in found if f.rule_id == "GS-01"], [f.message for f in found if f.rule_id == "GS-01"]


# ---- "指标3： | ≥ %" template rows -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("≥ %", True), ("万人", True), ("≥万亩", True), ("公里", True), ("≥", True),
    ("≥90%", False), ("100%", False), ("万", False), ("完成", False), ("2025年11月底前", False),
])
def test_only_sign_or_unit(text: str, expected: bool) -> None:
    assert only_sign_or_unit(text) is expected


def test_template_rows_with_only_a_sign_or_unit_are_not_indicators(settings: Settings) -> None:
    sheet, found = sample_sheet("rl88_template_sign_rows.pdf", settings)
    names = [i.level3 for i in sheet.indicators]
    assert len(names) == 7 and not [n for n in names if n.startswith("指标")]
    assert "维修养护供水工程" in names
    assert any("模板留下的空白行" in n.message for n in sheet.notes)
    assert not [f for f in found if f.severity == "error"]
    assert not [f for f in found if "模板占位" in f.message]


def test_a_named_row_with_only_a_sign_is_still_read_and_warned(settings: Settings) -> None:
    doc = make_doc("2025年度项目支出绩效目标申报表", [
        ["项目名称", "示例县农村供水维修", "主管部门", "示例县水利局"],
        ["实施单位", "示例县供水站", "年度资金总额", "40"],
        ["年度绩效目标", "维修供水工程5处。"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "维修供水工程", "≥5处"],
        ["产出指标", "质量指标", "工程验收合格率", "≥ %"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ])
    sheet = extract_goal_sheets(doc)[0]
    assert [i.level3 for i in sheet.indicators] == ["维修供水工程", "工程验收合格率", "群众满意度"]
    warned = [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-03" and "只写了" in f.message]
    assert [f.severity for f in warned] == ["warning"]


# ---- amounts quoted as written ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "text"), [
    (289.424, "289.424万元"), (38, "38.00万元"), (0.1 + 0.2, "0.30万元"), (1234567.5, "1,234,567.50万元"),
    (299.42399999999, "299.424万元"), (12.3456789, "12.345679万元"), (0.0, "0.00万元"),
])
def test_fmt_wan_keeps_the_amounts_own_decimals(value: float, text: str) -> None:
    assert fmt_wan(value) == text


def test_an_allocation_gap_quotes_the_amounts_to_the_yuan(settings: Settings) -> None:
    _, found = sample_sheet("rl87_allocation_sum_wrong_decimals.docx", settings)
    gaps = [f for f in found if f.rule_id == "GS-02"]
    assert [f.severity for f in gaps] == ["error"]
    assert "50.125万元" in gaps[0].message and "50.12万元" not in gaps[0].message
