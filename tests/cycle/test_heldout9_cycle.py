"""heldout9 cycle classes (fixer20): "金额单位 | 元" in two cells, full-width and project-name years, wrapped cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import make_doc
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.extract.values import row_money_unit
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

CYCLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"


@pytest.mark.parametrize(("cells", "unit"), [
    (["实施单位", "某区园林绿化所", "", "金额单位", "元", ""], "元"),
    (["金额单位：", "万元"], "万元"),
    (["资金单位", "（元）"], "元"),
    (["填报单位（盖章）：某县水利局", "金额单位：元"], "元"),
    (["项目资金（元）", "资金来源"], "元"),
    (["计量单位", "元"], None),  # an indicator table's unit column, not the money's
    (["单位", "指标值"], None),
    (["实施单位", "元"], None),
])
def test_the_money_unit_a_row_declares(cells: list[str], unit: str | None) -> None:
    assert row_money_unit(cells) == unit


def _self_evaluation(title: str, unit_row: list[str], amount: str) -> list[list[str] | str]:
    return [title, [
        ["项目名称", "2024年城区园林绿化管护项目", "主管部门", "某区城市管理局"],
        unit_row,
        ["项目资金", "年初预算数", "全年预算数", "全年执行数"],
        ["年度资金总额", amount, amount, amount],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "养护公共绿地面积", "≥186万平方米", "186万平方米", "90", "90"],
    ]]


def test_yuan_written_in_the_cell_beside_the_label_is_converted() -> None:
    parts = _self_evaluation("项目支出绩效自评表（2024年度）", ["实施单位", "某区园林绿化所", "金额单位", "元"],
                             "3,120,000.00")
    ev = extract_self_evaluation(make_doc(*parts))
    assert ev.budget is not None and ev.budget.value == 312
    plain = _self_evaluation("项目支出绩效自评表（2024年度）", ["实施单位", "某区园林绿化所", "", ""], "312")
    ev = extract_self_evaluation(make_doc(*plain))
    assert ev.budget is not None and ev.budget.value == 312


def test_a_full_width_title_year_is_read() -> None:
    parts = _self_evaluation("２０２４年度项目支出绩效自评表", ["实施单位", "某区园林绿化所", "", ""], "312")
    ev = extract_self_evaluation(make_doc(*parts))
    assert (ev.fiscal_year, ev.fiscal_year_source) == (2024, "")


def _monitoring(title: str, name: str) -> list[list[str] | str]:
    return [title, [
        ["项目名称", name, "主管部门", "某市体育局"],
        ["项目资金（万元）", "年初预算数", "1-6月执行数", "执行率"],
        ["年度资金总额", "84", "46.2", "55.00%"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "全年预计完成值", "完成目标可能性"],
        ["产出指标", "数量指标", "维护健身路径", "≥320处", "168处", "320处", "确定能"],
    ]]


def test_the_year_a_project_name_starts_with_is_the_last_resort() -> None:
    mon = extract_monitoring(make_doc(*_monitoring("项目支出绩效运行监控表", "2025年全民健身场地设施维护项目")))
    assert (mon.fiscal_year, mon.fiscal_year_source) == (2025, "project_name")
    titled = extract_monitoring(make_doc(*_monitoring("２０２６年1-6月项目支出绩效运行监控表", "2025年全民健身场地设施维护项目")))
    assert (titled.fiscal_year, titled.fiscal_year_source) == (2026, "")
    unnamed = extract_monitoring(make_doc(*_monitoring("项目支出绩效运行监控表", "全民健身场地设施维护项目")))
    assert unnamed.fiscal_year is None


def test_the_name_year_is_said_in_a_note(settings: Settings) -> None:
    result = check_paths([CYCLE / "mon_clean_name_year.xlsx"], settings, CheckOptions(use_llm=False))[0]
    assert result.document.fiscal_year == 2025
    assert any("按项目名称中的年份推定" in n for n in result.notes)


def test_wrapped_targets_are_quoted_joined(settings: Settings) -> None:
    path = CYCLE / "mon03_wrapped_cells.docx"
    assert "=\n12条" in [c.text for _, t in parse_file(path).tables() for row in t.rows for c in row]  # as written
    result = check_paths([path], settings, CheckOptions(use_llm=False))[0]
    mon03 = [f for f in result.findings if f.rule_id == "MON-03"]
    assert {f.message.split("达不到年度指标值")[1].split("，")[0] for f in mon03} == {"=12条", "≥3,100户"}
    text = parse_file(path).normalized_text
    for f in result.findings:
        assert "\n" not in f.message and "\n" not in f.evidence
        assert f.evidence and "".join(f.evidence.split()) in text
