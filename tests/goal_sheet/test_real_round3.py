"""The third reading round: fund-source names built from parts, numbered fund lines, a form with only
本级/上级 amounts, costs written as sentences, units half written or only in a template prompt, and
placeholder values."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from docbuild import CLEAN_INDICATORS, HEADER_ROWS, clean_doc, make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract import labels as L
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.pipeline import CheckOptions, run_checks
from review_assistant.settings import Settings


def _findings(doc: ParsedDocument, settings: Settings) -> list[Finding]:
    sheet = extract_goal_sheet(doc)
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=sheet.fiscal_year or 2025,
                       goal_sheet=sheet)
    return run_checks(ctx, CheckOptions(), batch_phase=False)


def _of(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule_id == rule]


@pytest.mark.parametrize(("label", "key"), [
    ("县级配套资金", "fiscal_part"),
    ("其中：区级财政资金", "fiscal_part"),
    ("上级转移支付资金", "fiscal_upper"),
    ("省级衔接补助资金", "fiscal_upper"),
    ("中央预算内投资", "fiscal_upper"),
    ("市级补助", "fiscal_upper"),
    ("本级财政安排资金", "fiscal_local"),
    ("单位自筹", "other"),
    ("村集体自筹资金", "other"),
    ("乡镇自筹资金", "other"),
    ("二、自有资金", "other"),
    ("三、其他", "other"),
    ("（一）财政拨款", "fiscal"),
])
def test_fund_names_are_read_by_their_parts(label: str, key: str) -> None:
    assert L.match(L.FUND_INDEX, label) == key


@pytest.mark.parametrize("label", ["县", "市级", "区级主管部门", "县级资金合计", "县级项目库", "资金使用方向"])
def test_words_that_are_not_fund_sources_stay_unknown(label: str) -> None:
    assert L.match(L.FUND_INDEX, label) is None


def _header_with_funds(rows: list[list[str]]) -> list[list[str]]:
    header = [r for r in copy.deepcopy(HEADER_ROWS) if r[0] != "项目资金（万元）"]
    return header[:3] + rows + header[3:]


def test_composed_fund_names_add_up_without_a_warning(settings: Settings) -> None:
    funds = [
        ["项目资金（万元）", "资金总额", "120", "120"],
        ["项目资金（万元）", "其中：上级补助资金", "70", "70"],
        ["项目资金（万元）", "县级配套资金", "40", "40"],
        ["项目资金（万元）", "单位自筹", "10", "10"],
    ]
    doc = clean_doc(header=_header_with_funds(funds))
    sheet = extract_goal_sheet(doc)
    assert sheet.unknown_fund_labels == []
    assert _of(_findings(doc, settings), "GS-02") == []


def test_composed_fund_names_that_do_not_add_up_are_an_error(settings: Settings) -> None:
    funds = [
        ["项目资金（万元）", "资金总额", "120", "120"],
        ["项目资金（万元）", "其中：上级补助资金", "70", "70"],
        ["项目资金（万元）", "县级配套资金", "40", "40"],
        ["项目资金（万元）", "其他资金", "20", "20"],
    ]
    found = _of(_findings(clean_doc(header=_header_with_funds(funds)), settings), "GS-02")
    assert [f.severity for f in found] == ["error"]


def test_numbered_fund_lines_in_one_cell_are_read(settings: Settings) -> None:
    funds = [
        ["资金总额及构成", "总额120万元", "总额120万元", "总额120万元"],
        ["", "一、财政拨款：100万元（其中：上级财政资金：100万元；本级财政：0万元）", "", ""],
        ["", "二、自有资金：0万元", "", ""],
        ["", "三、其他：20万元", "", ""],
    ]
    doc = clean_doc(header=_header_with_funds(funds))
    sheet = extract_goal_sheet(doc)
    other = [f.value_wan for k, f in sheet.funds.items() if k.split(":")[0] == "other"]
    assert sorted(other) == [0, 20]  # 自有资金 0 and 其他 20, two sources of one kind
    assert _of(_findings(doc, settings), "GS-02") == []


def test_local_and_upper_amounts_without_a_total_give_the_total(settings: Settings) -> None:
    header = [
        ["项目支出名称", "道路洒水降尘服务", "预算部门", "示例市环境卫生服务中心"],
        ["年度本级预算金额", "180万", "该项目支出上级资金", "20"],
        ["项目支出实施期", "2025年1月-2025年12月", "", ""],
        ["本年度绩效目标", "购买洒水降尘服务，主城区道路每日作业不少于120公里。", "", ""],
    ]
    doc = clean_doc(header=header)
    sheet = extract_goal_sheet(doc)
    assert sheet.project_name == "道路洒水降尘服务"
    assert sheet.field_value("period").startswith("2025")
    assert sheet.total_wan() == pytest.approx(200)
    assert any("没有资金总额栏" in n.message for n in sheet.notes)
    assert _of(_findings(doc, settings), "GS-02") == []


def _with(name: str, new: list[str]) -> list[list[str]]:
    rows = copy.deepcopy(CLEAN_INDICATORS)
    return [new if r[2] == name else r for r in rows]


def test_a_cost_written_as_a_sentence_is_a_warning(settings: Settings) -> None:
    rows = _with("项目总成本", ["产出指标", "成本指标", "成本控制", "", "按照资金测算控制各项成本", ""])
    found = _of(_findings(clean_doc(indicators=rows), settings), "GS-13")
    assert [f.severity for f in found] == ["warning"]
    assert "没有读到金额" in found[0].message


def test_a_cost_with_an_amount_in_words_is_not_flagged_as_a_sentence(settings: Settings) -> None:
    rows = _with("项目总成本", ["产出指标", "成本指标", "项目总成本", "≤", "控制在120万元以内", ""])
    assert not any("文字" in f.message for f in _of(_findings(clean_doc(indicators=rows), settings), "GS-13"))


def test_half_a_unit_is_a_warning(settings: Settings) -> None:
    rows = _with("项目总成本", ["产出指标", "成本指标", "每株苗木补助", "", "≤28.40/株", ""])
    found = _of(_findings(clean_doc(indicators=rows), settings), "GS-05")
    assert any("不完整" in f.message for f in found)


def test_a_count_in_the_name_that_contradicts_the_unit_column(settings: Settings) -> None:
    rows = _with("改造小区数量", ["产出指标", "数量指标", "在岗村组干部186人", "=", "186", "个"])
    found = _of(_findings(clean_doc(indicators=rows), settings), "GS-05")
    assert any("186人" in f.message and "矛盾" in f.message for f in found)
    same = _with("改造小区数量", ["产出指标", "数量指标", "改造小区3个", "=", "3", "个"])
    assert _of(_findings(clean_doc(indicators=same), settings), "GS-05") == []


def test_unit_only_in_the_template_prompt_of_a_notice(settings: Settings) -> None:
    doc = make_doc(
        "关于示例镇2025年苗木补植项目绩效目标的公示",
        "示例材料：本文为虚构示例。",
        "项目资金共50万元，由示例镇人民政府组织实施，总体目标是补植苗木16000株。",
        "一、产出指标",
        "数量指标：补植苗木数量（≥**株）>=16000株；苗木成活率（≥**%）>=85；",
        "二、满意度指标",
        "满意度指标：群众满意度（≥**%）>=90%。",
    )
    sheet = extract_goal_sheet(doc)
    survival = next(i for i in sheet.indicators if "成活率" in i.level3)
    assert survival.unit == "%" and survival.unit_hinted
    assert not next(i for i in sheet.indicators if "满意度" in i.level3).unit_hinted
    found = _of(_findings(doc, settings), "GS-05")
    assert any("成活率" in f.message and "模板提示" in f.message for f in found)


def test_placeholder_values_are_reported(settings: Settings) -> None:
    rows = _with("受益居民户数", ["效益指标", "社会效益指标", "受益居民户数", "≥", "**户", ""])
    found = _of(_findings(clean_doc(indicators=rows), settings), "GS-01")
    assert any("**户" in f.message and "模板占位" in f.message for f in found)
    # Only the placeholder stands where the number goes ("**户"): certainly not filled in (an error, fixer46).
    assert [f.severity for f in found if "**户" in f.message] == ["error"]


def test_a_placeholder_with_more_words_stays_a_warning(settings: Settings) -> None:
    rows = _with("受益居民户数", ["效益指标", "社会效益指标", "受益居民户数", "≥", "**户，以民政部门实际核定为准", ""])
    found = [f for f in _of(_findings(clean_doc(indicators=rows), settings), "GS-01") if "模板占位" in f.message]
    assert found and all(f.severity == "warning" for f in found)


def _table_doc(rows: list[list[str]]) -> ParsedDocument:
    header = [list(r) for r in HEADER_ROWS]
    return make_doc("2025年度项目支出绩效目标申报表", "示例材料：本表为虚构示例。", header, rows)


def test_blank_template_rows_are_not_indicators() -> None:
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "指标1：补植苗木数量", "≥12000株"],
            ["产出指标", "数量指标", "定量指标二", ""],
            ["效益指标", "社会效益指标", "定性指标描述", ""],
            ["满意度指标", "服务对象满意度指标", "指标1：林农满意度", "≥90%"]]
    sheet = extract_goal_sheet(_table_doc(rows))
    assert [i.level3 for i in sheet.indicators] == ["补植苗木数量", "林农满意度"]  # the "指标1：" numbering dropped
    assert sum("模板留下的空白行" in n.message for n in sheet.notes) == 1


def test_a_filled_template_row_name_is_a_placeholder(settings: Settings) -> None:
    rows = _with("受益居民户数", ["效益指标", "社会效益指标", "定量指标一", "≥", "1500", "户"])
    found = _of(_findings(clean_doc(indicators=rows), settings), "GS-01")
    assert any("定量指标一" in f.message and "模板占位" in f.message for f in found)


def test_an_empty_long_term_side_is_noted() -> None:
    rows = [["一级指标", "二级指标（长期）", "三级指标（长期）", "指标值（长期）", "二级指标（年度）", "三级指标（年度）", "指标值（年度）"],
            ["产出指标", "", "", "", "数量指标", "更新设备学校数", "12所"],
            ["满意度指标", "", "", "", "服务对象满意度指标", "师生满意度", "≥90%"]]
    sheet = extract_goal_sheet(_table_doc(rows))
    assert len(sheet.indicators) == 2
    assert any("中长期（实施期）一侧的指标整列未填写" in n.message for n in sheet.notes)
    rows[1][1:4] = ["数量指标", "累计更新学校数", "36所"]
    rows[2][1:4] = ["服务对象满意度指标", "师生满意度", "≥90%"]
    filled = extract_goal_sheet(_table_doc(rows))
    assert not any("整列未填写" in n.message for n in filled.notes)


def test_township_funds_are_summed_from_village_rows(tmp_path: Path) -> None:
    import make_goal_sheets as mgs  # corpus/samples is on pytest's pythonpath
    from make_goal_sheets import Grid
    from real_layout_more import place_columns

    model = place_columns()
    # Without the form's own 项目名称 / 资金总额 / 总体目标 each town is its own project (with them it is one, L51).
    model.blocks = [b for b in model.blocks if not (isinstance(b, Grid) and b.role == "header")]
    alloc = next(b for b in model.blocks if isinstance(b, Grid) and b.role == "alloc")
    alloc.rows = [["乡镇", "村", "金额（万元）"], ["甲镇", "东溪村", "12"], ["", "西岭村", "8"],
                  ["乙镇", "南塘村", "15"], ["合计", "", "35"]]
    path = tmp_path / "villages.docx"
    mgs._docx_render(model, path, model.title)
    sheets = {s.project_name: s for s in extract_goal_sheets(parse_file(path))}
    assert sheets["甲镇"].total_wan() == pytest.approx(20)
    assert any("2行（各村）" in n.message for n in sheets["甲镇"].notes)
    assert sheets["乙镇"].total_wan() == pytest.approx(15)
    assert not any("各村" in n.message for n in sheets["乙镇"].notes)
