"""基建审批表 (score bands in the 一级 cell, blank cost template rows) and a funds block whose total was not read."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from review_assistant.engine import Engine
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.parsing import parse_file
from review_assistant.settings import load_settings

ROWS: list[list[str | None]] = [
    ["示例材料：2027年某镇集贸中心改建项目支出绩效目标审批表", None, None, None, None, None, None],
    ["项目名称", "2027年某镇集贸中心改建项目", None, None, "项目分类", "资产资源类", None],
    ["实施单位", "某镇集贸服务站", None, None, "建设周期", "2027年4月-2027年10月", None],
    ["年度主要目标和成果", "2027年10月底前完成集贸中心改建并投入使用。", None, None, None, None, None],
    ["项目资金预算执行（10分）", "当年年度预算", "120", None, "其中：财政资金", "120", None],
    ["年度绩效目标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
    [None, "成本指标（0-20分）", "经济成本指标", "改建工程成本", "≤120万元", "10", "按概算控制"],
    [None, None, "社会成本指标", None, None, None, None],
    [None, None, "生态环境成本指标", None, None, None, None],
    [None, "产出指标（40-50分）", "数量指标", "改建营业用房面积", "≥1500平方米", "10", "按设计图"],
    [None, None, "质量指标", "工程验收合格率", "=100%", "10", None],
    [None, None, "时效指标", "工程完工时间", "2027年10月底前", "10", None],
    [None, "效益指标（20-30分）", "社会效益指标", "服务周边群众人数", "≥1.2万人", "10", None],
    [None, None, "可持续影响指标", "设施使用年限", "≥20年", "10", None],
    [None, "满意度指标（10分）", "服务对象满意度指标", "商户满意度", "≥90%", "10", None],
]


def _write(path: Path, rows: list[list[str | None]], merges: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return Engine(load_settings(tmp_path_factory.mktemp("home")))


def test_approval_form_is_read_down_not_as_transposed(engine: Engine, tmp_path: Path) -> None:
    path = _write(tmp_path / "approval.xlsx", ROWS, ["A6:A15", "B7:B9", "B10:B12", "B13:B14"])
    sheet = extract_goal_sheet(parse_file(path), 2027)
    assert not any("转置格式" in n.message for n in sheet.notes)
    names = [i.level3 for i in sheet.indicators]
    assert names[:1] == ["改建工程成本"] and "改建营业用房面积" in names
    assert all(i.level1 and not i.level3.startswith(("产出指标", "按")) for i in sheet.indicators)
    [result] = engine.check([path], use_llm=False, fiscal_year=2027)
    bad = [f for f in result.findings if f.rule_id in {"GS-03", "GS-04"} and f.severity == "error"]
    assert bad == [], [f.message for f in bad]


def test_approval_form_year_outside_timeliness_still_found(engine: Engine, tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[11][4] = "2028年3月底前"
    path = _write(tmp_path / "approval_late.xlsx", rows, ["A6:A15", "B7:B9", "B10:B12", "B13:B14"])
    [result] = engine.check([path], use_llm=False, fiscal_year=2027)
    assert any(f.rule_id == "GS-10" and "2028年3月底前" in f.message for f in result.findings)


def test_funds_label_covering_the_total_is_read_as_the_sum_of_its_sources(engine: Engine, tmp_path: Path) -> None:
    """"项目资金（元）" spanning the cells where the total would be, its sources beside it: fixer40 made the unread total
    a warning; fixer42 reads it as the sources' sum (a note says so), so no GS-01 is left on the total."""
    rows: list[list[str | None]] = [
        ["示例材料：2027年度项目支出绩效目标申报表", None, None, None, None, None, None],
        ["金额单位：元", None, None, None, None, None, None],
        ["项目名称", "某市2027年社区食堂补助项目", None, None, None, None, None],
        ["实施单位", "某市民政服务中心", None, None, "项目期限", "2027年", None],
        ["项目资金（元）", None, None, None, "其中：财政资金", "900000.00", None],
        [None, None, None, None, "其他资金", "0.00", None],
        ["年度绩效目标", "全年补助社区食堂12个，服务老年人2000人。", None, None, None, None, None],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标说明"],
        ["产出指标", "数量指标", "补助社区食堂", "≥", "12", "个", None],
        ["效益指标", "社会效益指标", "服务老年人", "≥", "2000", "人", None],
        ["满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥", "90", "%", None],
    ]
    path = _write(tmp_path / "funds.xlsx", rows, ["A5:D6"])
    [result] = engine.check([path], use_llm=False, fiscal_year=2027)
    gs01 = [f for f in result.findings if f.rule_id == "GS-01" and "资金总额" in f.message]
    assert not gs01, [(f.severity, f.message) for f in gs01]
    assert result.document.amount_wan == 90.0
    assert any("之和计为90.00万元" in n for n in result.notes), result.notes
