"""Extraction on every real-world layout of corpus/samples/LAYOUTS.md (samples ``rl*``)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.models import GoalSheet, indicators_by_row
from review_assistant.parsing import parse_file

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"
LABELS: list[dict[str, Any]] = [
    lab for lab in yaml.safe_load((SAMPLES / "labels.yaml").read_text(encoding="utf-8"))
    if str((lab.get("expect") or {}).get("layout", "")).startswith("L") and lab.get("kind", "goal_sheet") == "goal_sheet"
]  # a layout's refused sample (kind other: a notice sent without its goal sheet) has nothing to read


def _sheets(label: dict[str, Any]) -> list[GoalSheet]:
    return extract_goal_sheets(parse_file(SAMPLES / label["file"]))


def test_every_catalogued_layout_has_a_sample() -> None:
    catalogue = (SAMPLES / "LAYOUTS.md").read_text(encoding="utf-8")
    for lab in LABELS:
        assert Path(lab["file"]).name in catalogue, f"{lab['file']} is not listed in LAYOUTS.md"
    files = {Path(lab["file"]).name for lab in LABELS} | {p.name for p in (SAMPLES / "goal_sheets").glob("clean_*")}
    uncovered = set()
    for line in catalogue.splitlines():
        if line.startswith("| L"):
            named = set(re.findall(r"`([^`]+\.(?:docx|xlsx|pdf))`", line))
            if not named & files:
                uncovered.add(line.split("|")[1].strip())
    assert uncovered == set()


@pytest.mark.parametrize("label", LABELS, ids=[lab["file"] for lab in LABELS])
def test_layout_is_read(label: dict[str, Any]) -> None:
    expect = label["expect"]
    sheets = _sheets(label)
    assert len(sheets) == expect.get("projects", 1)
    first = sheets[0]
    assert first.indicator_table_found
    assert first.project_name == expect["project_name"]
    assert first.total_wan() == pytest.approx(expect["total_funds_wan"])
    assert len(indicators_by_row(first.annual_indicators())) == expect["indicator_count"]
    if "long_term_indicator_count" in expect:
        assert len([i for i in first.indicators if i.period == "long_term"]) == expect["long_term_indicator_count"]
    assert first.fiscal_year == label["fiscal_year"]
    assert first.fiscal_year_source == expect["fiscal_year_source"]
    for key in expect["fields"]:
        assert first.field_value(key), f"{key} not read"
    if "attribute" in expect:
        assert first.field_value("attribute") == expect["attribute"]
    for ind in first.annual_indicators():
        assert ind.level3 and (ind.value_text or ind.location in first.unread_cells), ind
        assert ind.family or ind.level1 in {"投入指标", "过程指标"}, f"no family for {ind.level3}"


@pytest.mark.parametrize("label", LABELS, ids=[lab["file"] for lab in LABELS])
def test_every_project_names_itself(label: dict[str, Any]) -> None:
    sheets = _sheets(label)
    if len(sheets) == 1:
        assert sheets[0].project_label == ""
        return
    assert [s.project_label.split("：")[0] for s in sheets] == [f"第{i}个项目" for i in range(1, len(sheets) + 1)]
    assert len({s.project_name for s in sheets}) == len(sheets)
    assert all(s.annual_indicators() for s in sheets)


def test_level_inferred_from_the_name_cell_and_from_the_second_level() -> None:
    by_file = {Path(lab["file"]).name: lab for lab in LABELS}
    in_cell = _sheets(by_file["rl04_level_in_cell.docx"])[0]
    first = in_cell.annual_indicators()[0]
    assert (first.level1, first.level2, first.level3) == ("产出指标", "数量指标", "培训人次")
    two = _sheets(by_file["rl05_two_levels.xlsx"])[0]
    assert {i.level1 for i in two.annual_indicators()} == {"产出指标", "效益指标", "满意度指标"}
    assert any("没有一级指标列" in n.message for n in two.notes)


def test_value_notations() -> None:
    lab = next(lab for lab in LABELS if lab["file"].endswith("rl18_value_notations.docx"))
    by_name = {i.level3: i for i in _sheets(lab)[0].annual_indicators()}
    assert (by_name["示范基地建设面积"].sign, by_name["示范基地建设面积"].number) == ("≥", 300)
    assert (by_name["种苗成活率"].sign, by_name["种苗成活率"].unit) == ("≥", "%")
    assert by_name["种植期"].date_value is not None and by_name["种植期"].date_value.isoformat() == "2024-06-30"
    assert by_name["基地验收时间"].date_value is not None and by_name["基地验收时间"].date_value.isoformat() == "2024-12-31"
    assert by_name["补助资金发放"].qualitative
    assert by_name["种苗补助标准"].unit == "元/株"
    assert (by_name["亩均增收"].number, by_name["亩均增收"].number_high) == (800, 1000)


def test_excel_serial_date_and_unit_contradiction_are_noted() -> None:
    by_file = {Path(lab["file"]).name: lab for lab in LABELS}
    wuhai = _sheets(by_file["rl10_wuhai_export.xlsx"])[0]
    timely = next(i for i in wuhai.indicators if i.sub_family == "时效")
    assert timely.date_value is not None and timely.date_value.isoformat() == "2025-12-31"
    assert any("日期序列号" in n.message for n in wuhai.notes)
    contradiction = _sheets(by_file["rl23_unit_contradiction.xlsx"])[0]
    cost = next(i for i in contradiction.indicators if i.level3 == "培训经费总额")
    assert (cost.unit, cost.unit_column_text) == ("万元", "%")


def test_fund_sources_and_notes() -> None:
    by_file = {Path(lab["file"]).name: lab for lab in LABELS}
    mixed = _sheets(by_file["rl13_fund_sources.docx"])[0]
    parts = {f.label.removeprefix("其中："): f.value_wan for k, f in mixed.funds.items() if k != "total"}
    assert parts == {"中央资金": 6000, "省级资金": 3000, "县级资金": 2000, "政府性基金": 500, "单位自筹": 500}
    partial = _sheets(by_file["rl20_funds_partly_itemised.docx"])[0]
    assert partial.funds_itemised_partly and any("部分分项" in n.message for n in partial.notes)
    unknown = _sheets(by_file["rl22_funds_unknown_label.docx"])[0]
    assert unknown.unknown_fund_labels == ["专项债券安排"]
    old = _sheets(by_file["rl08_old_template.docx"])[0]
    assert old.funds["fiscal_upper"].value_wan == 200 and old.funds["fiscal_local"].value_wan == 100


def test_year_sources() -> None:
    by_file = {Path(lab["file"]).name: lab for lab in LABELS}
    undecided = _sheets(by_file["rl17_year_undecided.docx"])[0]
    assert undecided.fiscal_year is None
    assert any(n.part == "year" and "未能确定预算年度" in n.message for n in undecided.notes)
    filled = _sheets(by_file["rl16_year_fill_date.docx"])[0]
    assert any(n.part == "year" and "填报日期" in n.message for n in filled.notes)
