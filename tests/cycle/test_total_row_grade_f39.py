"""Self-evaluation forms of the heldout19 classes handled by fixer39: the grade written as a bare cell of the total row
("总分 | 100 | 79.81 | 良", ev03), and a full score for a target written without ≥ ("20条", actual 16条; ev02)."""

from __future__ import annotations

from pathlib import Path

from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings
from sheetfiles import write_sheet

TITLE = "示例街道2025年度项目支出绩效自评表"
HEAD = [
    ["项目名称", "示例街道背街小巷保洁项目", "", "", "", "", "", ""],
    ["主管部门", "示例街道办事处", "", "", "实施单位", "示例街道环卫所", "", ""],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["项目资金（万元）", "年度资金总额", "100", "100", "100", "10", "100%", "10"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
]


def _form(path: Path, count_row: list[str], total: str, grade: str) -> Path:
    rows = [*HEAD, count_row,
            ["产出指标", "质量指标", "保洁考核达标率", "≥95%", "96%", "20", "20", ""],
            ["效益指标", "社会效益指标", "投诉办结率", "≥98%", "99%", "30", "30", ""],
            ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "92%", "20", "20", ""],
            ["总分", "总分", "总分", "总分", "100", total, grade, grade]]
    return write_sheet(path, rows, title=TITLE)


def test_the_grade_cell_of_the_total_row_is_read(tmp_path: Path, settings: Settings) -> None:
    path = _form(tmp_path / "ev.docx", ["产出指标", "数量指标", "保洁小巷条数", "≥20条", "20条", "20", "20", ""],
                 "100", "良")
    ev = extract_self_evaluation(parse_file(path))
    assert ev.grade is not None and ev.grade.value == "良"
    results = check_paths([path], settings, CheckOptions())
    assert [f.rule_id for f in results[0].findings if f.rule_id == "EV-04"] == ["EV-04"]


def test_a_matching_grade_cell_gives_no_grade_finding(tmp_path: Path, settings: Settings) -> None:
    path = _form(tmp_path / "ev.docx", ["产出指标", "数量指标", "保洁小巷条数", "≥20条", "20条", "20", "20", ""],
                 "100", "优")
    ev = extract_self_evaluation(parse_file(path))
    assert ev.grade is not None and ev.grade.value == "优"
    results = check_paths([path], settings, CheckOptions())
    assert not [f for f in results[0].findings if f.rule_id in {"EV-04", "EV-02"}]


def test_full_points_for_a_signless_target_not_reached_is_a_warning(tmp_path: Path, settings: Settings) -> None:
    path = _form(tmp_path / "ev.docx", ["产出指标", "数量指标", "保洁小巷条数", "20条", "16条", "20", "20", "施工暂停"],
                 "100", "优")
    results = check_paths([path], settings, CheckOptions())
    ev02 = [f for f in results[0].findings if f.rule_id == "EV-02"]
    assert [f.severity for f in ev02] == ["warning"] and "应得16分" in ev02[0].message


def test_a_signless_target_scored_by_the_rule_is_not_reported(tmp_path: Path, settings: Settings) -> None:
    path = _form(tmp_path / "ev.docx", ["产出指标", "数量指标", "保洁小巷条数", "20条", "16条", "20", "16", "施工暂停"],
                 "96", "优")
    results = check_paths([path], settings, CheckOptions())
    assert not [f for f in results[0].findings if f.rule_id == "EV-02"]


def test_a_signless_cost_target_below_is_left_alone(tmp_path: Path, settings: Settings) -> None:
    path = _form(tmp_path / "ev.docx", ["产出指标", "成本指标", "保洁合同金额", "100万元", "96万元", "20", "20", ""],
                 "100", "优")
    results = check_paths([path], settings, CheckOptions())
    assert not [f for f in results[0].findings if f.rule_id == "EV-02"]
