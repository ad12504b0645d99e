"""Layouts found by the heldout4 blind set: monitoring reports in prose (with or without a small table) and the
青神式 自评表 (block labels with points merged down the first column, grade only in the 评价结论 sentence)."""

from __future__ import annotations

from decimal import Decimal

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.evaluation.rules import EV05Explanations
from review_assistant.checks.monitoring.rules import MON01DualMonitoring
from review_assistant.extract.classify import classify
from review_assistant.extract.cycle_tables import find_indicator_header, month_in
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing.model import ParsedDocument
from review_assistant.settings import Settings

REPORT_TITLE = "示例区2025年社区助浴项目绩效运行监控报告"
SMALL_TABLE = [["指标", "年度指标值", "1-8月完成值", "全年预计", "偏差原因", "完成可能性"],
               ["助浴服务人次", "≥3000人次", "2100人次", "3100人次", "无", "确定能"],
               ["服务对象满意度", "≥90%", "年底调查", "≥90%", "—", "确定能"]]


def _mon01(doc: ParsedDocument, settings: Settings) -> list[tuple[str, str]]:
    mt = extract_monitoring(doc)
    ctx = CheckContext(document=doc, kind="monitoring_table", settings=settings, fiscal_year=2025, cycle=mt)
    return [(f.severity, f.message) for f in MON01DualMonitoring().run(ctx)]


def test_a_bare_indicator_name_column_is_read_beside_target_and_completion_columns() -> None:
    doc = make_doc(REPORT_TITLE, "截至2025年8月31日，执行19.80万元，执行率64.71%。", SMALL_TABLE, path="监控报告.docx")
    mt = extract_monitoring(doc)
    assert [i.level3 for i in mt.indicators] == ["助浴服务人次", "服务对象满意度"]
    assert mt.indicators[0].target == Decimal(3000) and mt.indicators[0].forecast == Decimal(3100)
    assert mt.month == 8
    # "指标" alone is not a name column when the row names no completion column
    plain = make_doc("说明", [["指标", "年度指标值", "说明"], ["助浴服务人次", "3000人次", "—"]])
    assert find_indicator_header(plain.tables()[0][1], ("l3", "target")) is None


def test_execution_written_as_a_sentence() -> None:
    doc = make_doc(REPORT_TITLE, "项目年初预算30.60万元。", "截至2025年8月31日，执行19.80万元，执行率64.71%。",
                   path="监控报告.docx")
    mt = extract_monitoring(doc)
    assert mt.budget is not None and mt.budget.value == Decimal("30.60")
    assert mt.executed is not None and mt.executed.value == Decimal("19.80")
    assert mt.month == 8 and month_in("截至2025年6月30日") == 6
    used = extract_monitoring(make_doc(REPORT_TITLE, "预算安排专项资金90万元，资金已到位60万元，使用48万元，使用率80%。",
                                       path="监控报告.docx"))
    assert used.budget is not None and used.budget.value == Decimal(90)
    assert used.executed is not None and used.executed.value == Decimal(48)
    assert used.rate is None  # 使用率 is measured against money arrived, not the budget
    source = extract_monitoring(make_doc(REPORT_TITLE, "本项目使用上级资金200万元。", path="监控报告.docx"))
    assert source.executed is None  # 使用 inside a clause names a source, not spending
    rate = extract_monitoring(make_doc(REPORT_TITLE, "补助标准执行300元/人。", path="监控报告.docx"))
    assert rate.executed is None  # a unit rate, not an amount spent


def test_a_prose_only_monitoring_report_is_recognised_and_mon01_is_a_warning(settings: Settings) -> None:
    doc = make_doc(REPORT_TITLE, "一、资金安排：预算安排资金90万元。", "截至2025年6月30日，资金已到位60万元，使用48万元。",
                   "二、下一步工作：加快资金拨付。", path="监控报告.docx")
    assert classify(doc) == "monitoring_table"
    found = _mon01(doc, settings)
    assert [s for s, _ in found] == ["warning"] and "只有正文" in found[0][1] and "未见年度指标值" in found[0][1]
    # a goal sheet that mentions 绩效监控 in its text is not a monitoring report
    sheet = make_doc("2025年度项目支出绩效目标申报表", "按要求开展绩效监控，资金使用规范。")
    assert classify(sheet) != "monitoring_table"


def test_mon01_is_an_error_only_when_certain(settings: Settings) -> None:
    money = [["项目名称", "示例项目"], ["年度预算数", "1-8月执行数", "执行率"], ["30", "18", "60%"]]
    # a form whose tables say nothing about targets: certainly no target monitoring
    assert [s for s, _ in _mon01(make_doc(REPORT_TITLE, money, path="监控表.docx"), settings)] == ["error"]
    # a table naming indicator columns that could not be read as an indicator table: say what was not read
    odd = [["指标名称", "完成值", "备注"], ["助浴服务人次", "2100人次", ""]]
    found = _mon01(make_doc(REPORT_TITLE, money, odd, path="监控表.docx"), settings)
    assert [s for s, _ in found] == ["warning"] and "指标名称 | 完成值" in found[0][1]
    # the indicator table read: no MON-01 at all
    assert _mon01(make_doc(REPORT_TITLE, money, SMALL_TABLE, path="监控表.docx"), settings) == []


def test_a_rate_without_an_amount_says_which_was_read(settings: Settings) -> None:
    doc = make_doc(REPORT_TITLE, "截至2025年8月31日，预算执行率64.71%。", SMALL_TABLE, path="监控报告.docx")
    found = _mon01(doc, settings)
    assert [s for s, _ in found] == ["warning"] and "已读出执行率" in found[0][1] and "未能读出执行数" in found[0][1]


QINGSHEN = [
    ["部门预算项目支出绩效自评表（2024年度）"] * 8,
    ["项目名称", "示例区助浴服务项目", "", "", "主管部门", "示例区民政局", "", ""],
    ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"],
    ["预算执行情况（10分）", "总额", "50.00", "40.00", "40.00", "100%", "10", "10"],
    ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"],
    ["绩效指标（90分）", "产出指标", "数量指标", "助浴服务人次", "≥3000", "2700", "50", "45"],
    ["绩效指标（90分）", "效益指标", "社会效益指标", "失能老人助浴覆盖率", "≥60%", "65%", "30", "30"],
    ["绩效指标（90分）", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "92%", "10", "10"],
    ["合计", "合计", "合计", "合计", "合计", "合计", "100", "95"],
    ["评价结论", "项目自评总分95分，评价等级：良。", "", "", "", "", "", ""],
    ["存在问题", "助浴人次未达目标，原因是护理员招聘滞后。", "", "", "", "", "", ""],
    ["改进措施", "2025年与养老机构合作补充护理员。", "", "", "", "", "", ""],
]


def test_qingshen_block_labels_scores_and_the_grade_in_the_conclusion_sentence() -> None:
    ev = extract_self_evaluation(make_doc("说明：示例。", QINGSHEN, path="自评表.docx"))
    assert [i.level3 for i in ev.indicators] == ["助浴服务人次", "失能老人助浴覆盖率", "服务对象满意度"]
    assert [i.weight for i in ev.indicators] == [Decimal(50), Decimal(30), Decimal(10)]
    assert ev.indicators[0].score == Decimal(45) and ev.indicators[0].level1 == "产出指标"
    assert ev.budget is not None and ev.budget.value == Decimal(40)  # 调整后预算数, not 年初预算
    assert ev.executed is not None and ev.executed.value == Decimal(40)
    assert ev.exec_weight is not None and ev.exec_weight.value == Decimal(10)
    assert ev.total is not None and ev.total.value == Decimal(95)
    assert ev.grade is not None and ev.grade.value == "良" and not ev.explanation_column


def test_without_a_cause_column_gaps_are_explained_in_the_narrative(settings: Settings) -> None:
    def ev05(rows: list[list[str]]) -> list[str]:
        doc = make_doc("说明：示例。", rows, path="自评表.docx")
        ev = extract_self_evaluation(doc)
        ctx = CheckContext(document=doc, kind="self_evaluation", settings=settings, fiscal_year=2024, cycle=ev)
        return [f.message for f in EV05Explanations().run(ctx)]

    assert ev05(QINGSHEN) == []  # 存在问题 explains the shortfall
    zanwu = [r if r[0] not in {"存在问题", "改进措施"} else [r[0], "暂无", *r[2:]] for r in QINGSHEN]
    assert [m for m in ev05(zanwu) if "暂无" in m] and not [m for m in ev05(zanwu) if "偏差原因及改进措施为空" in m]
    bare = QINGSHEN[:-2]  # no narrative at all: the row itself is reported
    assert [m for m in ev05(bare) if "助浴服务人次" in m]



def test_the_money_block_as_label_value_pairs() -> None:
    pairs = [["年初预算数（万元）", "96.00", "全年执行数（万元）", "94.10"],
             ["预算执行率", "98.02%", "执行率得分（10分）", "9.8"]]
    scores = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
              ["产出指标", "数量指标", "体检人数", "≥12000人", "12460人", "90", "90"],
              ["合计", "合计", "合计", "合计", "合计", "90", "99.8"]]
    ev = extract_self_evaluation(make_doc("绩效评价自评报告", "项目名称：示例体检项目", pairs, scores, path="自评报告.docx"))
    assert ev.budget is not None and ev.budget.value == Decimal("96.00")
    assert ev.executed is not None and ev.executed.value == Decimal("94.10")
    assert ev.exec_rate is not None and ev.exec_rate.raw == "98.02%"
    assert ev.exec_score is not None and ev.exec_score.value == Decimal("9.8")
    assert ev.exec_weight is not None and ev.exec_weight.value == Decimal(10)  # the points of the score's label
    # a header row of a column-laid money block is not a pair ("年初预算数 | 全年执行数" names two labels)
    header_only = [["年初预算数", "全年执行数", "执行率"], ["", "", ""]]
    assert extract_self_evaluation(make_doc("绩效自评表", header_only, scores, path="自评表.docx")).budget is None


def test_money_words_the_extractor_cannot_read_make_the_missing_execution_a_warning(settings: Settings) -> None:
    table_only = make_doc(REPORT_TITLE, SMALL_TABLE, path="监控表.docx")
    assert [s for s, m in _mon01(table_only, settings) if "预算执行" in m] == ["error"]
    spent = make_doc(REPORT_TITLE, "项目资金已到位，按合同分期支付。", SMALL_TABLE, path="监控报告.docx")
    assert [s for s, m in _mon01(spent, settings) if "执行数" in m] == ["warning"]


# The heldout6 黄石式 monitoring table: a "绩效指标" group label left of 一级指标 | 指标名称, the completion column
# headed "1-6月指标执行情况", and two footer boxes under the indicators.
HUANGSHI = [["项目资金（万元）", "年初预算数", "1-6月执行数", "全年预计执行数", "", ""],
            ["年度资金总额：", "220", "126.4", "220", "", ""],
            ["绩效指标", "一级指标", "指标名称", "指标值", "1-6月指标执行情况", "完成目标可能性（确定能、有可能、不可能）"],
            ["", "产出", "快检批次", "≥6000批次", "2650批次", "确定能"],
            ["", "效益", "抽检合格率", "≥98%", "98.6%", "确定能"],
            ["偏差或不能完成目标原因分析", "无", "无", "无", "无", "无"],
            ["相关建议或举措", "加快进度", "加快进度", "加快进度", "加快进度", "加快进度"]]


def test_huangshi_completion_column_and_footer_rows(settings: Settings) -> None:
    doc = make_doc("某市项目支出绩效监控表（2026年度）", HUANGSHI, path="监控表.xlsx")
    mt = extract_monitoring(doc)
    assert [(i.level3, i.actual_text) for i in mt.indicators] == [("快检批次", "2650批次"), ("抽检合格率", "98.6%")]
    assert mt.completion_column_found and mt.month == 6
    assert not [m for s, m in _mon01(doc, settings) if "完成值" in m]


def test_all_empty_completion_is_an_error_only_under_a_recognised_completion_header(settings: Settings) -> None:
    empty = [[*row[:4], "", row[5]] for row in HUANGSHI[:5]]
    empty[2][4] = "1-6月指标执行情况"
    got = _mon01(make_doc("某市项目支出绩效监控表（2026年度）", empty, path="监控表.xlsx"), settings)
    assert [s for s, m in got if "完成值全部为空" in m] == ["error"]
    # the completion column's header is not recognised: the engine cannot be sure the values are missing
    unknown = [list(row) for row in empty]
    unknown[2][4] = "进展说明"
    unknown[3][4], unknown[4][4] = "2650批次", "98.6%"
    got = _mon01(make_doc("某市项目支出绩效监控表（2026年度）", unknown, path="监控表.xlsx"), settings)
    assert not [m for s, m in got if s == "error"]
    assert [s for s, m in got if "未识别出1—N月完成值" in m] == ["warning"]
