"""heldout10 report classes: the recommended budget against the request and the stated cut (EA-RPT-04), the columns of
a 建议预算数与申请数对比表 against their 合计 row, and header fields ("项目名称：……；申请资金：……", "申报年度 | 2026年",
"年度 | 2026", a sentence above the title that names the report)."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import make_doc
from reportbuild import findings
from review_assistant.extract.report import extract_report
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

TITLE = "示例县校园安全监控升级项目事前绩效评估报告"
HEADER = [["项目名称", "示例县校园安全监控升级项目", "项目属性", "新增项目"],
          ["申请资金总额", "120万元（2026年度）", "资金来源", "县级一般公共预算"]]
CHAPTERS = ["一、评估对象基本情况", "项目为全县中小学更新监控设备。", "二、评估工作开展情况", "评估组查阅资料并现场核查。",
            "三、评估结论", ]
COMPARE_HEAD = ["支出内容", "申请数（万元）", "建议数（万元）", "核减数（万元）", "核减理由"]


def _rpt04(settings: Settings, *parts: str | list[list[str]]) -> list[tuple[str, str]]:
    doc = make_doc(TITLE, *parts)
    return [(f.severity, f.message) for f in findings(settings, (doc, "appraisal_report"))[0] if f.rule_id == "EA-RPT-04"]


def test_recommended_above_the_request_with_a_cut_is_an_error(settings: Settings) -> None:
    found = _rpt04(settings, HEADER, *CHAPTERS,
                   "综合评分76分，评估结论为“调整后予以支持”。经核减，建议预算控制数为135万元，核减15万元。")
    assert [s for s, _ in found] == ["error"]
    assert "135.00万元" in found[0][1] and "120.00万元" in found[0][1] and "核减15.00万元" in found[0][1]


def test_consistent_cut_gives_no_finding(settings: Settings) -> None:
    assert _rpt04(settings, HEADER, *CHAPTERS,
                  "综合评分82分，评估结论为“调整后予以支持”。经核减，建议预算控制数为105万元，核减15万元。") == []


def test_request_read_from_prose_only_warns(settings: Settings) -> None:
    header = [["项目名称", "示例县校园安全监控升级项目", "项目属性", "新增项目"]]
    found = _rpt04(settings, header, "一、评估对象基本情况", "项目申请县级资金120万元。", *CHAPTERS[2:],
                   "综合评分76分，评估结论为“调整后予以支持”。经核减，建议预算控制数为135万元，核减15万元。")
    assert [s for s, _ in found] == ["warning"] and "可能只是其中一项资金" in found[0][1]


def test_comparison_table_whose_column_does_not_add_up_is_an_error(settings: Settings) -> None:
    table = [COMPARE_HEAD, ["室外消火栓改造", "54", "48", "6", "单价调整"], ["喷淋改造", "72", "66", "6", "单价调整"],
             ["监控平台", "24", "0", "24", "共享平台"], ["合计", "150", "126", "24", ""]]
    found = _rpt04(settings, HEADER, *CHAPTERS, "综合评分77分，调整后予以支持。", table)
    assert ("error", "建议预算数与申请数对比表中，“建议数（万元）”列各项之和为114.00万元，与合计行的126.00万元不一致。") in found
    assert any("“核减数（万元）”列各项之和为36.00万元" in m for _, m in found)
    assert not any("申请数（万元）" in m for _, m in found)


def test_comparison_table_that_adds_up_gives_no_finding(settings: Settings) -> None:
    table = [COMPARE_HEAD, ["风力灭火机", "50.4", "42", "8.4", "调减20台"], ["防护服", "21", "21", "0", ""],
             ["合计", "71.4", "63", "8.4", ""]]
    header = [HEADER[0], ["申请资金总额", "71.4万元", "资金来源", "县级一般公共预算"]]
    assert _rpt04(settings, header, *CHAPTERS, "综合评分85分，予以支持，建议预算控制数63万元，核减8.4万元。", table) == []


def test_comparison_with_subtotal_rows_only_warns(settings: Settings) -> None:
    table = [COMPARE_HEAD, ["设备购置", "60", "50", "10", ""], ["其中：摄像头", "40", "30", "10", ""],
             ["合计", "60", "50", "10", ""]]
    found = _rpt04(settings, HEADER, *CHAPTERS, "综合评分85分，予以支持。", table)
    assert found and all(s == "warning" for s, _ in found)


def test_reduction_is_not_read_across_a_comma() -> None:
    doc = make_doc(TITLE, HEADER, *CHAPTERS, "经核减，建议预算控制数为105万元。")
    report = extract_report(doc)
    assert report.reduction is None
    assert report.recommended_budget is not None and report.recommended_budget.value_wan == 105.0


def test_project_name_stops_at_the_next_field() -> None:
    doc = make_doc("某县财政局关于某县公共法律服务站点建设项目的审核意见",
                   "项目名称：某县公共法律服务站点建设项目；申请资金：64万元（2026年度）。")
    assert extract_report(doc).fields["project_name"].value == "某县公共法律服务站点建设项目"


def test_year_from_a_field_beside_a_submission_date() -> None:
    doc = make_doc("本项目已于2025年9月30日随2026年部门预算报送，现补充事前绩效评估报告。",
                   [["项目申报日期", "2025年9月30日", "申报年度", "2026年"]], TITLE, HEADER, *CHAPTERS)
    report = extract_report(doc)
    assert report.title == TITLE and report.fiscal_year == 2026


def test_year_in_a_bare_year_cell() -> None:
    doc = make_doc("某区财政支出事前绩效评估专家评审意见表",
                   [["项目名称", "某区老旧小区消防设施改造项目", "", ""], ["申请资金（万元）", "150", "年度", "2026"]])
    assert extract_report(doc).fiscal_year == 2026


SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"


@pytest.mark.parametrize(("name", "wanted"), [
    ("rr25_comparison_clean.docx", []),
    ("rr26_recommended_above_request.pdf", ["建议预算控制数（122.00万元）高于申请金额（110.00万元）"]),
    ("rr27_comparison_total_wrong.docx", ["“建议数（万元）”列各项之和为98.00万元，与合计行的104.00万元不一致"]),
])
def test_report_samples(name: str, wanted: list[str], settings: Settings) -> None:
    result = check_paths([SAMPLES / name], settings, CheckOptions(use_llm=False))[0]
    errors = [f for f in result.findings if f.severity == "error"]
    assert len(errors) == len(wanted) and all(f.rule_id == "EA-RPT-04" for f in errors)
    assert all(any(w in f.message for f in errors) for w in wanted)
