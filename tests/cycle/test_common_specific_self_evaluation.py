"""A self-evaluation scored in a 共性指标 + 个性指标 layout (LAYOUTS_CYCLE.md) lists 预算执行率 as an indicator row
("预算执行率 | 100% | 96.50% | 10 | 9.65"): the rate reported is the actual column, not the target beside the label."""

from __future__ import annotations

from pathlib import Path

import pytest

from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings
from xlsbuild import write_rows


def _rows(actual_rate: str) -> list[list[str]]:
    return [
        ["示例区项目支出绩效自评评分表"],
        ["（2025年度）"],
        ["项目名称", "示例区2025年社区食堂运营补助项目"],
        ["主管部门", "示例区民政局", "", "", "实施单位", "示例区社区服务中心"],
        ["年初预算数（万元）", "240.00", "全年预算数（万元）", "240.00", "全年执行数（万元）", "228.00"],
        ["指标类别", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["共性指标（30分）", "项目决策（10分）", "决策过程", "决策程序规范性", "按规定程序立项", "已履行", "10", "10.00"],
        ["", "项目管理（20分）", "资金管理", "预算执行率", "100%", actual_rate, "10", "9.50"],
        ["", "", "组织实施", "管理制度健全性", "制度健全", "健全", "10", "10.00"],
        ["个性指标（70分）", "产出指标（40分）", "数量指标", "助餐服务人次", "≥30000人次", "31200人次", "20", "20.00"],
        ["", "", "质量指标", "食品安全抽检合格率", "≥98%", "99%", "20", "20.00"],
        ["", "效益指标（20分）", "社会效益指标", "老年人就餐便利度提升", "明显提升", "明显提升", "20", "20.00"],
        ["", "满意度指标（10分）", "服务对象满意度指标", "就餐老人满意度", "≥90%", "94%", "10", "10.00"],
        ["合计", "", "", "", "", "", "100", "99.50"],
    ]


def test_the_execution_row_reports_the_actual_rate(tmp_path: Path, settings: Settings) -> None:
    path = write_rows(tmp_path / "common_specific.xlsx", _rows("95.00%"), "自评评分表")
    ev = extract_self_evaluation(parse_file(path))
    assert ev.exec_rate is not None and ev.exec_rate.value == pytest.approx(95.0)
    result = check_paths([path], settings, CheckOptions())[0]
    assert [f.message for f in result.findings if f.rule_id == "EV-02" and f.severity == "error"] == []


def test_a_wrong_actual_rate_is_still_reported(tmp_path: Path, settings: Settings) -> None:
    path = write_rows(tmp_path / "common_specific_wrong.xlsx", _rows("100%"), "自评评分表")  # 228 ÷ 240 = 95%
    result = check_paths([path], settings, CheckOptions())[0]
    assert any(f.rule_id == "EV-02" and f.severity == "error" and "95%" in f.message for f in result.findings)
