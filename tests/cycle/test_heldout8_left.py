"""The heldout8 classes left after fixer15/16 (samples cycle/mon_combined_cause_measure_clean.docx,
mon_combined_cause_stock_phrase.xlsx, se_score_row_only_clean.docx, se_score_row_only_sum.docx): one column for the
deviation cause and its measure, a self-evaluation whose only total row is "自评得分", and MON-01 naming the document
by what its title calls it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.monitoring.rules import (
    MON01DualMonitoring,
    MON03IndicatorProgress,
    document_word,
)
from review_assistant.extract.cycle_models import MonitoringTable
from review_assistant.extract.cycle_tables import column_key, states_measure
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing.model import ParsedDocument
from review_assistant.settings import Settings

MONEY = [["资金情况（万元）", "年初预算数", "1-6月执行数", "执行率"], ["年度资金总额", "100", "50", "50.00%"]]
HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "全年预计完成值", "完成目标可能性"]


@pytest.mark.parametrize(("header", "key"), [
    ("偏差原因及纠偏措施", "cause"), ("偏差原因分析及改进措施", "cause"), ("未完成原因及整改措施", "cause"),
    ("偏差原因和纠偏措施", "cause"), ("偏差原因、纠偏措施", "cause"), ("纠偏措施", "measure"), ("偏差原因", "cause"),
])
def test_a_combined_cause_and_measure_header_is_the_cause_column(header: str, key: str) -> None:
    assert column_key(header) == key


@pytest.mark.parametrize(("text", "says"), [
    ("原因：配件到货晚；措施：7月起每月集中维修一次", True), ("教员借调；下半年抓紧补足培训班次", True),
    ("设备到货延后，将于三季度完成安装", True),
    ("原因：雨季影响；措施：无", False), ("受汛期影响车辆到货延后，按计划推进", False), ("措施：暂无。", False),
])
def test_a_measure_in_a_combined_cell(text: str, says: bool) -> None:
    assert states_measure(text) is says


def _mon03(settings: Settings, column: str, text: str) -> list[tuple[str, str]]:
    row = ["产出指标", "数量指标", "培训人次", "≥600人次", "300人次", "520人次", "有可能", text]
    doc = make_doc("2025年项目绩效运行监控表（1-6月）", MONEY, [[*HEAD, column], row], path="监控表.docx")
    mt = extract_monitoring(doc)
    ctx = CheckContext(document=doc, kind="monitoring_table", settings=settings, fiscal_year=2025, cycle=mt)
    return [(f.severity, f.message) for f in MON03IndicatorProgress().run(ctx)]


@pytest.mark.parametrize("column", ["偏差原因及纠偏措施", "偏差原因分析及改进措施", "偏差原因及整改措施"])
def test_mon03_reads_the_combined_column(settings: Settings, column: str) -> None:
    assert _mon03(settings, column, "教员借调；措施：已通过政府购买服务补充师资") == []
    stock = _mon03(settings, column, "教员借调，按计划推进")
    assert [s for s, _ in stock] == ["warning"] and "未说明纠偏措施" in stock[0][1]
    empty = _mon03(settings, column, "无")
    assert [s for s, _ in empty] == ["error"] and "未说明偏差原因、纠偏措施" in empty[0][1]


def _total(doc: ParsedDocument) -> Decimal | None:
    ev = extract_self_evaluation(doc)
    return ev.total.value if ev.total is not None else None


SE_MONEY = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "80", "80", "76", "10", "95.00%", "9.5"]]
SE_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
SE_ROWS = [["产出指标", "数量指标", "维修工程", "≥40处", "42处", "50", "50", ""],
           ["效益指标", "社会效益指标", "受益人口", "≥4万人", "3.6万人", "30", "27", "手续延后；已协调林业部门"],
           ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10", ""]]


@pytest.mark.parametrize("label", ["自评得分", "评价得分", "自评得分（分）"])
def test_a_lone_score_row_is_the_total(label: str) -> None:
    inline = make_doc("2025年度项目支出绩效自评表", SE_MONEY, [SE_HEAD, *SE_ROWS, [label, "", "", "", "", "100", "96.5", ""]])
    assert _total(inline) == Decimal("96.5")
    if len(label) > 6:
        return  # a small table of its own is read only under a short label (a longer one is a sentence)
    apart = make_doc("2025年度项目支出绩效自评表", SE_MONEY, [SE_HEAD, *SE_ROWS], [[label, "96.5", "自评等级", "优"]])
    assert _total(apart) == Decimal("96.5")


def test_a_score_column_or_a_longer_label_is_no_total_row() -> None:
    # the 得分 column header is named "自评得分": the rows below it are indicators, not the total
    doc = make_doc("2025年度项目支出绩效自评表", SE_MONEY, [[*SE_HEAD[:6], "自评得分", SE_HEAD[7]], *SE_ROWS])
    assert _total(doc) is None
    assert len(extract_self_evaluation(doc).indicators) == 3
    note = make_doc("2025年度项目支出绩效自评表", SE_MONEY, [SE_HEAD, *SE_ROWS, ["自评得分说明", "", "", "", "", "", "96.5", ""]])
    assert _total(note) is None


@pytest.mark.parametrize(("title", "word"), [
    ("示例区档案数字化项目2025年1-6月绩效运行监控情况说明", "监控情况说明"),
    ("示例县路灯维护项目绩效运行监控报告", "监控报告"), ("2025年项目绩效运行监控表（1-6月）", "监控表"), ("", "监控表"),
])
def test_the_document_is_named_by_its_title(title: str, word: str) -> None:
    assert document_word(MonitoringTable(title=title)) == word


def test_mon01_on_a_situation_note_says_situation_note(settings: Settings) -> None:
    title = "示例区档案数字化项目2025年1-6月绩效运行监控情况说明"
    doc = make_doc(title, "一、项目基本情况", "三、预算执行情况",
                   [["资金类别", "年初预算数（万元）", "1-6月执行数（万元）", "执行率"], ["区级财政拨款", "120", "66", "55.00%"]],
                   path="情况说明.docx")
    mt = extract_monitoring(doc)
    ctx = CheckContext(document=doc, kind="monitoring_table", settings=settings, fiscal_year=2025, cycle=mt)
    mon01 = [f for f in MON01DualMonitoring().run(ctx) if f.severity == "error"]
    assert len(mon01) == 1 and mon01[0].message.startswith("监控情况说明没有绩效指标完成情况")
