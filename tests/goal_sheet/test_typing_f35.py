"""The heldout17 classes handled by fixer35 (LAYOUTS.md L89–L91): a funds notice with an attached goal sheet is typed
by its tables, not by the 监控/自评 words in its body; level- and year-prefixed labels ("县级实施单位", "2027年度目标",
"三年总体目标") are read; a sign-off table after the sheet ("财务处审核意见 | 经审核……同意申报") is no indicator row."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import CLEAN_INDICATORS, INDICATOR_HEADER, make_doc
from review_assistant.errors import DocumentError
from review_assistant.extract import labels as L
from review_assistant.extract.classify import classify
from review_assistant.extract.goal_sheet import extract_goal_sheet
from review_assistant.extract.typing_evidence import cycle_basis, found_summary, table_evidence
from review_assistant.review.pipeline import CheckOptions, check_paths, prepare
from review_assistant.settings import Settings
from sheetcheck import sample_sheet, sheet_findings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"
NOTICE = "某区财政局关于提前下达2027年农村危房改造补助资金的通知"
BODY = [
    "某区财政局文件",
    NOTICE,
    "区住房城乡建委：",
    "现将2027年补助资金120万元提前下达给你们，具体项目和金额详见附件1。",
    "一、请按照申报的绩效目标做好绩效运行监控，年度终了对项目实施情况和预算执行情况开展绩效自评。",
    "二、请加强资金管理，加快预算执行。具体绩效目标详见附件2。",
    "附件2",
]
SHEET_HEAD = [
    ["项目名称", "农村危房改造项目", "主管部门", "某区住房和城乡建设委员会"],
    ["实施单位", "某区村镇建设服务中心", "项目属性", "延续项目"],
    ["资金情况（万元）", "年度资金总额", "中央资金", "市级资金"],
    ["资金情况（万元）", "120", "100", "20"],
    ["年度绩效目标", "完成40户危房改造，保障住房安全。", "", ""],
]
GOAL_ROWS = [["一级指标", "二级指标", "三级指标", "指标值"],
             ["产出指标", "数量指标", "改造农村危房户数", "≥40户"],
             ["产出指标", "质量指标", "竣工验收合格率", "=100%"],
             ["满意度指标", "服务对象满意度指标", "改造户满意度", "≥95%"]]


# ---- L89: typing by the tables ------------------------------------------------------------------------------


def test_a_funds_notice_with_an_attached_goal_sheet_is_a_goal_sheet() -> None:
    doc = make_doc(*BODY, [*SHEET_HEAD, *GOAL_ROWS])
    assert classify(doc) == "goal_sheet"
    ev = table_evidence(doc)
    assert (ev.goal, ev.stage) == (1, 0)


def test_a_self_evaluation_that_mentions_the_goal_declaration_stays_a_self_evaluation() -> None:
    # Title names the kind and its table has a completion column: words about 绩效目标申报 in the body change nothing.
    doc = make_doc("2025年度项目支出绩效自评表",
                   "根据年初绩效目标申报情况，对照申报的绩效目标开展自评。",
                   [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                    ["产出指标", "数量指标", "改造户数", "≥40户", "40户", "20", "20"]])
    assert classify(doc) == "self_evaluation"


def test_a_self_evaluation_report_titled_as_one_stays_one_even_with_only_the_goal_table() -> None:
    # The 自评 report quotes the original goal table: the title decides.
    doc = make_doc("某项目2025年度绩效自评报告", "项目完成了申报的绩效目标，自评得分92分，等级为优。", GOAL_ROWS)
    assert classify(doc) == "self_evaluation"


def test_body_words_with_a_completion_table_keep_the_later_stage_kind() -> None:
    # No title word, but the table has 实际完成值: the tables do not say goal sheet.
    doc = make_doc("某项目情况", "年度终了开展绩效自评，自评得分90分。",
                   [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                    ["产出指标", "数量指标", "改造户数", "≥40户", "40户", "20", "20"]])
    assert classify(doc) == "self_evaluation"
    assert table_evidence(doc).stage == 1


def test_a_notice_without_any_table_is_refused_saying_what_it_is(tmp_path: Path, settings: Settings) -> None:
    results = check_paths([SAMPLES / "rl161_notice_without_table.docx"], settings, CheckOptions(use_llm=False))
    error = results[0].error or ""
    assert "通知" in error and "没有表格" in error and "未进行审核" in error
    assert "绩效运行监控" in error  # the body word that used to decide the type is named
    assert "自评内容" not in error


def test_an_unsure_later_stage_refusal_says_what_was_found() -> None:
    doc = make_doc("某项目材料", "年度终了开展绩效自评。", [["序号", "内容"], ["1", "说明"]])
    basis = cycle_basis(doc, "self_evaluation")
    assert "按正文用语判断" in basis and "1张表格，都不是绩效指标表" in basis and "正文第2段提到“绩效自评”" in basis
    assert cycle_basis(make_doc("2025年度绩效自评表", "……"), "self_evaluation") == ""
    summary = found_summary(make_doc(*BODY, [*SHEET_HEAD, *GOAL_ROWS]))
    assert "1张是绩效目标指标表" in summary and "指标值" in summary


def test_the_attached_sample_sheet_is_checked_and_its_sum_error_reported(settings: Settings) -> None:
    ok, findings = sample_sheet("rl159_notice_attached_sheet.docx", settings)
    assert ok.total_wan() == 126 and len(ok.indicators) == 7 and not [f for f in findings if f.severity == "error"]
    _, findings = sample_sheet("rl160_notice_attached_sheet_sum.pdf", settings)
    assert [f.rule_id for f in findings if f.severity == "error"] == ["GS-02"]
    ctx = prepare(SAMPLES / "rl160_notice_attached_sheet_sum.pdf", settings, CheckOptions(use_llm=False))
    assert ctx.kind == "goal_sheet"


# ---- L90: labels with a level or year prefix ------------------------------------------------------------------


@pytest.mark.parametrize(("label", "key"), [("县级实施单位", "implementer"), ("乡镇实施单位", "implementer"),
                                            ("区级项目单位", "implementer"), ("市级主管部门", "department")])
def test_level_prefixed_header_labels(label: str, key: str) -> None:
    assert L.match(L.HEADER_INDEX, label) == key
    assert L.is_label(label)


@pytest.mark.parametrize(("label", "key"), [("2027年度目标", "annual"), ("2027年绩效目标", "annual"),
                                            ("三年总体目标", "long_term"), ("2027—2029年总体目标", "long_term"),
                                            ("县级年度绩效目标", "annual")])
def test_year_prefixed_goal_labels(label: str, key: str) -> None:
    assert L.match(L.GOAL_INDEX, label) == key


def test_prefixes_do_not_invent_fields() -> None:
    assert L.match(L.HEADER_INDEX, "上级单位名称") is None  # the parent body, not the implementer
    assert L.match(L.GOAL_INDEX, "2027年度") is None
    assert L.match(L.FUND_INDEX, "县级实施单位") is None


def test_region_sheet_with_prefixed_labels_reads_unit_and_goals(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl162_region_level_labels.xlsx", settings)
    assert sheet.fields["implementer"].value == "示例县水利局"
    assert sheet.annual_goal is not None and sheet.annual_goal.value.startswith("2027年完成4座")
    assert sheet.long_term_goal is not None and "2027—2029年" in sheet.long_term_goal.value
    assert not [f for f in findings if f.rule_id == "GS-01"]


def test_a_blank_prefixed_unit_cell_is_a_certain_gap(settings: Settings) -> None:
    _, findings = sample_sheet("rl163_region_level_labels_blank_unit.docx", settings)
    gs01 = [f for f in findings if f.rule_id == "GS-01"]
    assert [(f.severity, f.message) for f in gs01] == [("error", "表头未填写“实施单位”。")]


def test_a_blank_stamp_line_is_no_blank_header_field(settings: Settings) -> None:
    rows = [["项目名称", "危房改造项目", "主管部门", "某区住建委"],
            ["资金情况（万元）", "年度资金总额", "120", "120"],
            ["年度绩效目标", "完成40户危房改造。", "", ""],
            [*INDICATOR_HEADER[:4], "指标值", ""],
            *[[r[0], r[1], r[2], r[3], r[4] + r[5], ""] for r in CLEAN_INDICATORS],
            ["填报单位（盖章）：", "", "", "", "", ""]]
    doc = make_doc("2025年度项目支出绩效目标申报表", rows)
    sheet = extract_goal_sheet(doc)
    assert "implementer" not in sheet.fields
    gs01 = [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-01"]
    assert gs01 and all(f.severity == "warning" for f in gs01)  # the unit label was not found: never an error


# ---- L91: the sign-off table after the sheet -----------------------------------------------------------------


@pytest.mark.parametrize("label", ["财务处审核意见", "主管部门意见", "学院审核意见", "财政部门审核意见（盖章）", "单位（盖章）",
                                   "经办人", "学院领导签字"])
def test_sign_off_labels(label: str) -> None:
    assert L.is_sign_off_label(label)


@pytest.mark.parametrize("label", ["改造户满意度", "意见建议采纳率", "群众意见办结率", "审核", "部门"])
def test_indicator_names_are_no_sign_off_labels(label: str) -> None:
    assert not L.is_sign_off_label(label)


def test_sign_off_rows_end_the_indicator_table() -> None:
    rows = [*SHEET_HEAD, *GOAL_ROWS,
            ["财务处审核意见", "经审核，绩效目标与项目内容相符，同意申报。", "经审核，绩效目标与项目内容相符，同意申报。",
             "经审核，绩效目标与项目内容相符，同意申报。"],
            ["填报人", "（签字）", "审核人", "（签字）"]]
    sheet = extract_goal_sheet(make_doc("2027年项目支出绩效目标申报表", rows))
    assert [i.level3 for i in sheet.indicators] == ["改造农村危房户数", "竣工验收合格率", "改造户满意度"]


def test_sign_off_samples_keep_their_indicator_counts(settings: Settings) -> None:
    sheet, findings = sample_sheet("rl164_signoff_after_sheet.docx", settings)
    assert len(sheet.indicators) == 6 and not findings
    sheet, findings = sample_sheet("rl165_signoff_after_sheet_nosat.xlsx", settings)
    assert len(sheet.indicators) == 5
    assert [(f.rule_id, f.severity) for f in findings] == [("GS-04", "warning")]


def test_prepare_refuses_the_notice_without_table_with_the_notice_message(settings: Settings) -> None:
    with pytest.raises(DocumentError) as err:
        prepare(SAMPLES / "rl161_notice_without_table.docx", settings, CheckOptions(use_llm=False))
    assert "这是一份通知或文件" in str(err.value)


def test_a_blank_sign_off_unit_line_below_the_indicators_is_only_a_warning(settings: Settings) -> None:
    # The header names the unit with a label the engine does not know ("承办科室"); the closing "填报单位：" is blank.
    rows = [["项目名称", "危房改造项目", "主管部门", "某区住建委"],
            ["承办科室", "村镇建设科", "项目属性", "延续项目"],
            ["资金情况（万元）", "年度资金总额", "120", "120"],
            ["年度绩效目标", "完成40户危房改造。", "", ""],
            *GOAL_ROWS,
            ["填报单位：", "", "填报日期：", "2026年11月"]]
    doc = make_doc("2027年项目支出绩效目标申报表", rows)
    sheet = extract_goal_sheet(doc)
    gs01 = [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-01"]
    assert [f.severity for f in gs01] == ["warning"] and "表尾" in gs01[0].message


def test_a_blank_unit_cell_in_the_header_stays_an_error(settings: Settings) -> None:
    rows = [["项目名称", "危房改造项目", "主管部门", "某区住建委"],
            ["实施单位", "", "项目属性", "延续项目"],
            ["资金情况（万元）", "年度资金总额", "120", "120"],
            ["年度绩效目标", "完成40户危房改造。", "", ""],
            *GOAL_ROWS]
    doc = make_doc("2027年项目支出绩效目标申报表", rows)
    sheet = extract_goal_sheet(doc)
    gs01 = [f for f in sheet_findings(doc, sheet, settings) if f.rule_id == "GS-01"]
    assert [(f.severity, f.message) for f in gs01] == [("error", "表头未填写“实施单位”。")]


def test_a_notice_whose_body_asks_for_monitoring_with_a_goal_table_is_a_goal_sheet() -> None:
    body = [*BODY[:4], "请对照绩效目标加强绩效监控，确保绩效目标如期实现。", "附件2"]
    assert classify(make_doc(*body, [*SHEET_HEAD, *GOAL_ROWS])) == "goal_sheet"


def test_a_forced_kind_refusal_does_not_explain_a_guess(tmp_path: Path, settings: Settings) -> None:
    results = check_paths([SAMPLES / "rl161_notice_without_table.docx"], settings,
                          CheckOptions(use_llm=False, kind="self_evaluation"))
    error = results[0].error or ""
    assert "未找到可识别的自评内容" in error and "按正文用语判断" not in error
