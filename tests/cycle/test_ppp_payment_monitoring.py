"""A PPP project's monitoring table reports its government payments ("1—6月支付数", "支付进度") as the budget
execution (LAYOUTS_CYCLE.md, 政府付费监控表): they are read, and MON-01 does not say the table has no execution."""

from __future__ import annotations

from pathlib import Path

from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings
from xlsbuild import write_rows

ROWS = [
    ["示例县2026年PPP项目运营期绩效运行监控表"],
    ["（2026年1—6月）"],
    ["项目名称", "示例县城区供水管网PPP项目（政府付费部分）"],
    ["付费类别", "年度预算数（万元）", "1—6月支付数（万元）", "支付进度", "全年预计支付数（万元）", "说明"],
    ["可用性服务费", "500.00", "250.00", "50.00%", "500.00", ""],
    ["运维服务费", "300.00", "120.00", "40.00%", "300.00", "按季度考核后支付"],
    ["合计", "800.00", "370.00", "46.25%", "800.00", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "1—6月完成值", "全年预计完成值", "完成目标可能性", "偏差原因及纠偏措施"],
    ["产出指标", "数量指标", "新建供水管网长度", "≥12公里", "6.5公里", "12公里", "确定能", ""],
    ["产出指标", "质量指标", "管网漏损率", "≤10%", "9.1%", "≤10%", "确定能", ""],
    ["效益指标", "社会效益指标", "受益居民户数", "≥8000户", "4100户", "8000户", "确定能", ""],
    ["满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "—", "≥90%", "确定能", "年底调查"],
]


def test_government_payments_are_the_budget_execution(tmp_path: Path, settings: Settings) -> None:
    path = write_rows(tmp_path / "ppp_payment_monitoring.xlsx", ROWS, "1-6月监控")
    mt = extract_monitoring(parse_file(path))
    assert mt.execution_labels_seen
    assert mt.executed is not None and mt.executed.value == 370.0
    result = check_paths([path], settings, CheckOptions())[0]
    assert [f.message for f in result.findings if f.rule_id == "MON-01" and f.severity == "error"] == []
