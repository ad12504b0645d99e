"""The heldout25 monitoring and self-evaluation classes of fixer47 (samples ``cycle/*_fixer47.*``, LAYOUTS_CYCLE.md):

* a 监控预警表 (序时进度 / 执行偏差 / 预警等级 columns) is a monitoring table, not a goal sheet, so MON-02/MON-03 run;
* funds split by level (中央补助 / 省级补助 / 县级配套 / 合计, the level in the second column) are read from the 合计 row,
  each level row's own rate is checked too, and 资金名称 names the fund;
* a 自评报告 whose money is only in its text reads 年初预算 / 调整为 / 全年执行 there, its name from the title without
  the year, its header line split at single spaces; "≤1个工作日" reported "即时受理" with full marks is no unreadable actual.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from review_assistant.checks.evaluation.rules import _done_same_day
from review_assistant.extract.classify import classify
from review_assistant.extract.cycle_models import CycleIndicator
from review_assistant.extract.cycle_tables import name_from_title
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

CYCLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"
WARNING = ["mon_warning_level_fixer47.xlsx", "mon_warning_level_rate_fixer47.pdf", "mon_warning_level_red_fixer47.docx"]
LEVELS = ["mon_fund_levels_fixer47.docx", "mon_fund_levels_total_rate_fixer47.xlsx", "mon_fund_levels_part_rate_fixer47.pdf"]
PROSE = ["se_prose_report_fixer47.docx", "se_prose_report_rate_fixer47.pdf"]


def _findings(settings: Settings, name: str, prefix: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message)
            for f in check_paths([CYCLE / name], settings, CheckOptions())[0].findings if f.rule_id.startswith(prefix)]


@pytest.mark.parametrize("name", WARNING)
def test_warning_table_is_a_monitoring_table(name: str) -> None:
    doc = parse_file(CYCLE / name)
    assert classify(doc) == "monitoring_table"
    mt = extract_monitoring(doc)
    assert mt.budget is not None and mt.budget.value == 240
    assert mt.executed is not None and mt.executed.value in {108, 96}
    assert [i.level3 for i in mt.indicators][:2] == ["新建村级污水处理站", "铺设污水收集管网长度"]
    assert len(mt.indicators) == 6  # the 存在问题 / 下一步措施 rows below are no indicators


def test_warning_table_checks(settings: Settings) -> None:
    assert _findings(settings, "mon_warning_level_fixer47.xlsx", "MON") == []
    rate = _findings(settings, "mon_warning_level_rate_fixer47.pdf", "MON")
    assert [(r, s) for r, s, _ in rate] == [("MON-02", "error")] and "40%" in rate[0][2]
    red = _findings(settings, "mon_warning_level_red_fixer47.docx", "MON")
    assert {r for r, _, _ in red} == {"MON-03"}
    assert all(any(n in m for _, _, m in red) for n in ("新建村级污水处理站", "生活污水得到治理的农户数"))


@pytest.mark.parametrize("name", LEVELS)
def test_funds_by_level_read_from_the_total_row(name: str) -> None:
    mt = extract_monitoring(parse_file(CYCLE / name))
    assert mt.project_name == "2026年基本公共卫生服务补助资金"  # the 资金名称 field
    budget = mt.budget or mt.adjusted_budget  # 全年预算数
    assert budget is not None and budget.value == 300  # 合计, not 中央补助 200
    assert mt.executed is not None and mt.executed.value == 152
    assert mt.rate is not None and mt.rate.raw in {"50.67%", "58.00%"}
    assert [(p.label, p.budget.raw if p.budget else "", p.executed.raw if p.executed else "") for p in mt.fund_parts] == [
        ("中央补助", "200.00", "110.00"), ("省级补助", "60.00", "27.00"), ("县级配套", "40.00", "15.00")]


def test_funds_by_level_checks(settings: Settings) -> None:
    assert _findings(settings, "mon_fund_levels_fixer47.docx", "MON") == []
    wrong = _findings(settings, "mon_fund_levels_total_rate_fixer47.xlsx", "MON")
    assert [(r, s) for r, s, _ in wrong] == [("MON-02", "error")]
    assert "152.00" in wrong[0][2] and "300.00" in wrong[0][2] and "50.67%" in wrong[0][2]
    part = _findings(settings, "mon_fund_levels_part_rate_fixer47.pdf", "MON")
    assert [(r, s) for r, s, _ in part] == [("MON-02", "error")]
    assert "省级补助" in part[0][2] and "54.00%" in part[0][2] and "45%" in part[0][2]


@pytest.mark.parametrize("name", PROSE)
def test_prose_report_name_and_money(name: str) -> None:
    ev = extract_self_evaluation(parse_file(CYCLE / name))
    assert ev.project_name == "示例县社区居家养老服务项目"
    assert ev.fields["implementer"].value == "示例县养老服务指导中心"  # not "… 项目类型：政府购买服务"
    assert ev.initial_budget is not None and ev.initial_budget.value == 150
    assert ev.budget is not None and ev.budget.value == 140
    assert ev.executed is not None and ev.executed.value == 133
    assert ev.budget_wan() == 150.0


def test_prose_report_checks(settings: Settings) -> None:
    assert _findings(settings, "se_prose_report_fixer47.docx", "EV") == []  # 即时受理 against ≤1个工作日: no warning
    wrong = [f for f in _findings(settings, "se_prose_report_rate_fixer47.pdf", "EV") if f[1] == "error"]
    assert [r for r, _, _ in wrong] == ["EV-02"] and "98.00%" in wrong[0][2] and "95%" in wrong[0][2]


def test_prose_money_needs_one_budget_and_one_amount_spent(tmp_path: Path) -> None:
    path = tmp_path / "se.md"
    path.write_text("# 示例县某某项目2025年度绩效自评报告\n\n"
                    "项目年初预算80.00万元，全年执行30.00万元，其中财政资金实际支出28.00万元。\n\n"
                    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                    "|---|---|---|---|---|---|---|\n"
                    "| 产出指标 | 数量指标 | 服务人次 | ≥100人次 | 100人次 | 90 | 90 |\n", encoding="utf-8")
    ev = extract_self_evaluation(parse_file(path))
    assert ev.budget is None and ev.executed is None  # two amounts spent: which is the year's is unsure


@pytest.mark.parametrize(("title", "name"), [
    ("示例县社区居家养老服务项目2025年度绩效自评报告", "示例县社区居家养老服务项目"),
    ("示例县农村道路改造工程2025年绩效自评报告", "示例县农村道路改造工程"),
    ("示例局2025年项目运行绩效监控报告", ""),  # a unit and a year, no project
])
def test_year_after_the_project_in_a_title(title: str, name: str) -> None:
    assert name_from_title(title) == name


def _limit(actual: str, score: str, sign: str = "≤") -> CycleIndicator:
    return CycleIndicator(level3="办理时限", sign=sign, target_text="1个工作日", target=Decimal(1), unit="个工作日",
                          actual_text=actual, weight=Decimal(10), score=Decimal(score))


def test_done_same_day() -> None:
    assert _done_same_day(_limit("即时受理", "10"))
    assert _done_same_day(_limit("当日办结", "10"))
    assert not _done_same_day(_limit("当日办结", "8"))  # marks taken off: the score still needs a look
    assert not _done_same_day(_limit("基本按时", "10"))
    assert not _done_same_day(_limit("当日办结", "10", sign="≥"))
