"""heldout14 classes (fixer30): department project summaries, a grant form with indicator and target in one cell,
monitoring indicators judged at risk without explanation, a budget-only monitoring table with form notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import make_doc
from review_assistant.checks.base import registered_checks
from review_assistant.checks.models import Finding
from review_assistant.extract.cycle_tables import split_name_target
from review_assistant.extract.models import DocumentKind
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.review.cycle_prepare import prepare_cycle
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

CYCLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"
HEAD = ["序号", "项目名称", "年初预算数", "调整后预算数", "全年执行数", "执行率", "自评得分", "自评等级", "未完成原因和改进措施"]


def _summary(rows: list[list[str]], total: list[str], sentence: str = "总分88分，等级为“良”。",
             sentence_in_table: bool = False) -> list[list[list[str]] | str]:
    table = [HEAD, *rows, ["合计", "合计", *total, "—", "—", ""]]
    if sentence_in_table:  # a worksheet: the conclusion is a row of the sheet
        return ["某县林业局2024年度部门整体支出绩效自评表", [*table, ["部门整体自评结论：" + sentence] * len(HEAD)]]
    return ["某县林业局2024年度部门整体支出绩效自评表", table, "部门整体自评结论：" + sentence]


ROWS = [
    ["1", "森林防火", "100", "120", "114", "95%", "92", "优", "—"],
    ["2", "林业有害生物防治", "60", "60", "48", "80%", "81", "良", "药剂采购延后；已完成采购"],
]


@pytest.mark.parametrize("in_table", [False, True])
def test_a_department_summary_is_read_row_by_row(in_table: bool) -> None:
    ev = extract_self_evaluation(make_doc(*_summary(ROWS, ["160", "180", "162", "90%"], sentence_in_table=in_table)))
    assert ev.form == "summary"
    assert [p.name for p in ev.projects] == ["森林防火", "林业有害生物防治"]
    assert ev.projects[0].base_budget is not None and ev.projects[0].base_budget.value == 120  # the adjusted one
    assert ev.projects_total is not None and ev.projects_total.executed is not None
    assert ev.projects_total.executed.value == 162
    assert ev.project_name == "某县林业局部门整体支出"  # not the column header "年初预算数"
    assert ev.total is not None and ev.total.value == 88 and ev.grade is not None and ev.grade.value == "良"


def test_a_sentence_merged_across_the_sheet_is_not_a_project() -> None:
    doc = make_doc(*_summary(ROWS, ["160", "180", "162", "90%"], sentence_in_table=True))
    ev = extract_self_evaluation(doc)
    assert len(ev.projects) == 2


def _run(tmp_path: Path, settings: Settings, parts: list[list[list[str]] | str], kind: DocumentKind) -> list[Finding]:
    """The deterministic rules of ``kind`` on the document built from ``parts``."""
    ctx = prepare_cycle(make_doc(*parts), tmp_path / "x.docx", kind, settings, None, None)
    return [f for c in registered_checks() if kind in c.kinds and c.source == "rule" for f in c.run(ctx)]


def _findings(tmp_path: Path, settings: Settings, parts: list[list[list[str]] | str]) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message) for f in _run(tmp_path, settings, parts, "self_evaluation")]


def test_summary_rates_and_grades_are_checked(tmp_path: Path, settings: Settings) -> None:
    wrong = [[*ROWS[0][:5], "90%", "84", "优", "—"], ROWS[1]]  # 114÷120 = 95%; 84 is 良
    found = _findings(tmp_path, settings, _summary(wrong, ["160", "180", "162", "85%"]))  # 162÷180 = 90%
    errors = {(r, m.split("，")[0]) for r, s, m in found if s == "error"}
    assert ("EV-02", "项目“森林防火”执行率填90%") in errors
    assert ("EV-02", "合计行执行率填85%") in errors
    assert ("EV-04", "项目“森林防火”自评得分84分") in errors
    assert not [f for f in found if f[0] == "EV-04" and "总分88分" in f[2]]  # 88 is 良, as written


def test_a_clean_summary_has_no_finding(tmp_path: Path, settings: Settings) -> None:
    assert _findings(tmp_path, settings, _summary(ROWS, ["160", "180", "162", "90%"])) == []


def test_a_wrong_column_sum_is_only_a_warning(tmp_path: Path, settings: Settings) -> None:
    found = _findings(tmp_path, settings, _summary(ROWS, ["170", "180", "162", "90%"]))
    assert [(r, s) for r, s, _ in found] == [("EV-02", "warning")]
    assert "170" in found[0][2] and "160" in found[0][2]


@pytest.mark.parametrize(("text", "parts"), [
    ("发放对象准确率=100%", ("发放对象准确率", "=100%")),
    ("补贴发放人次≥18600人次", ("补贴发放人次", "≥18600人次")),
    ("低保对象基本生活保障=有效保障", ("低保对象基本生活保障", "=有效保障")),
    ("按月足额发放", ("按月足额发放", "")),
])
def test_an_indicator_and_its_target_in_one_cell_are_split(text: str, parts: tuple[str, str]) -> None:
    assert split_name_target(text) == parts


def test_a_grant_form_scored_by_weights_is_read() -> None:
    doc = make_doc("2024年度项目支出绩效自评表", [
        ["项目名称", "困难群众取暖补贴发放", "", "", ""],
        ["年初预算数（万元）", "90", "全年执行数（万元）", "90", ""],
        ["一级指标", "二级指标", "三级指标及指标值", "权重（分）", "得分"],
        ["产出指标", "数量指标", "补贴发放户数≥1500户", "50", "50"],
        ["效益指标", "社会效益指标", "困难群众安全过冬=有效保障", "40", "40"],
        ["满意度指标", "服务对象满意度指标", "受益对象满意度≥90%", "10", "10"],
        ["合计", "合计", "合计", "100", "100"],
    ])
    ev = extract_self_evaluation(doc)
    assert ev.form == "table"
    assert [(i.level3, i.target_text, i.weight) for i in ev.indicators] == [
        ("补贴发放户数", "≥1500户", 50), ("困难群众安全过冬", "=有效保障", 40), ("受益对象满意度", "≥90%", 10)]
    assert ev.total is not None and ev.total.value == 100


def _mon(rows: list[list[str]], *notes: str) -> list[list[list[str]] | str]:
    table = [["项目名称", "城区桥梁检测", "", "", "", "", "", "", ""],
             ["预算执行情况（万元）", "年初预算数", "调整后预算数", "1-9月执行数", "执行率", "全年预计执行数", "预计结转结余",
              "执行偏差原因", ""],
             ["预算执行情况（万元）", "90", "90", "63", "70%", "90", "0", "无", ""]]
    if rows:
        table += [["一级指标", "二级指标", "三级指标", "年度目标值", "1-9月实际完成值", "全年预计完成值", "偏差原因",
                   "纠偏措施", "完成目标可能性"], *rows]
    return ["2025年度项目支出绩效运行监控表（1-9月）", table, *notes]


NOTE = "注：全年预计完成值按目前进度估算；完成目标可能性填“确定能”“有可能”“不可能”。"


def _mon_findings(tmp_path: Path, settings: Settings, parts: list[list[list[str]] | str]) -> list[tuple[str, str]]:
    return [(f.rule_id, f.severity) for f in _run(tmp_path, settings, parts, "monitoring_table")]


def test_form_notes_and_money_forecasts_are_not_indicator_words(tmp_path: Path, settings: Settings) -> None:
    assert not extract_monitoring(make_doc(*_mon([], NOTE))).indicator_words_seen
    assert ("MON-01", "error") in _mon_findings(tmp_path, settings, _mon([], NOTE))
    said = "本项目产出指标完成情况另附说明。"
    assert extract_monitoring(make_doc(*_mon([], said))).indicator_words_seen  # the text does name them
    assert ("MON-01", "warning") in _mon_findings(tmp_path, settings, _mon([], said))


AT_RISK = ["产出指标", "数量指标", "检测桥梁座数", "≥40座", "21座", "", "", "", "有可能"]


@pytest.mark.parametrize(("row", "want"), [
    (AT_RISK, ("MON-03", "error")),  # judged at risk, nothing explained
    ([*AT_RISK[:6], "检测车辆维修", "", "有可能"], ("MON-03", "warning")),  # a cause, no measure
    ([*AT_RISK[:5], "40座", "无", "无", "确定能"], None),  # on track
    ([*AT_RISK[:5], "40座", "无偏差", "", "有可能"], None),  # unsure, but the forecast meets the target
])
def test_an_indicator_judged_at_risk_needs_a_cause_and_a_measure(tmp_path: Path, settings: Settings, row: list[str],
                                                                 want: tuple[str, str] | None) -> None:
    found = [f for f in _mon_findings(tmp_path, settings, _mon([row], NOTE)) if f[0] == "MON-03"]
    assert (want in found) if want else found == []


@pytest.mark.parametrize(("name", "must"), [
    ("se_dept_summary_clean_f30.xlsx", set()),
    ("se_dept_summary_wrong_f30.docx", {("EV-02", "error"), ("EV-04", "error")}),
    ("se_grant_weights_f30.pdf", set()),
    ("mon03_at_risk_blank_f30.docx", {("MON-03", "error")}),
    ("mon01_budget_only_note_f30.pdf", {("MON-01", "error")}),
])
def test_the_f30_samples(settings: Settings, name: str, must: set[tuple[str, str]]) -> None:
    result = check_paths([CYCLE / name], settings, CheckOptions(use_llm=False))[0]
    errors = {(f.rule_id, f.severity) for f in result.findings if f.severity == "error"}
    assert result.error is None and errors == must
