"""Self-evaluations after heldout14 (samples cycle/*_f29.*): a form scored in its own blocks (项目决策/项目管理/项目产出/
项目效益, 满意度指标 a 二级 inside 项目效益, 预算执行率 a row of 项目管理) is checked against the points its 一级 cells
state, never the 10号 families; the 调整预算数（A）is the rate's denominator; the head's 自评得分 is the total; template,
note, execution and time-span rows are told apart; a decimal wrapped at its point in a PDF cell is one number."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.extract.eval_rows import local_blocks_note
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing import parse_file
from review_assistant.parsing.common import join_cell_lines
from review_assistant.review.pipeline import CheckOptions, check_paths, run_checks
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"
_HEAD = ["一级指标", "二级指标", "三级指标", "分值", "指标值（A）", "全年实际值（B）", "得分", "未完成原因分析及改进措施"]
_FOUR_BLOCK = [
    ["项目决策（10分）", "项目立项", "立项依据充分性", "10", "依据充分", "依据充分", "10", ""],
    ["项目管理（25分）", "资金管理", "预算执行率", "10", "100%", "90%", "9", ""],
    ["项目管理（25分）", "资金管理", "资金使用合规性", "15", "无违规", "无违规", "15", ""],
    ["项目产出（30分）", "数量指标", "维修校舍面积", "30", "≥1000平方米", "1000平方米", "30", ""],
    ["项目效益（35分）", "社会效益指标", "办学条件改善", "25", "明显改善", "明显改善", "25", ""],
    ["项目效益（35分）", "满意度指标", "师生满意度", "10", "≥90%", "95%", "10", ""],
]


def _four_block(rows: list[list[str]], initial: str = "100", adjusted: str = "120", executed: str = "108",
                rate: str = "90%", head_score: str = "99") -> list[list[str]]:
    return [["项目名称", "示例校舍维修项目"], ["自评得分", head_score, "财政审核评分", ""],
            ["项目资金（万元）", "年度资金总额", "年初预算数", "调整预算数（A）", "全年执行数（B）", "执行率（B/A）"],
            ["项目资金（万元）", "年度资金总额", initial, adjusted, executed, rate], _HEAD, *rows]


def _findings(doc_rows: list[list[str]], settings: Settings) -> list[tuple[str, str, str]]:
    doc = make_doc("某市本级部门项目支出绩效自评表（2024年）", doc_rows)
    ev = extract_self_evaluation(doc)
    ctx = CheckContext(document=doc, kind="self_evaluation", settings=settings, fiscal_year=2024, cycle=ev)
    return [(f.rule_id, f.severity, f.message) for f in run_checks(ctx, CheckOptions(), batch_phase=False)
            if f.rule_id.startswith("EV-")]


def _checks(path: Path, settings: Settings) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message) for f in check_paths([path], settings, CheckOptions())[0].findings]


def test_satisfaction_inside_the_benefit_block_counts_towards_its_points(settings: Settings) -> None:
    doc = make_doc("某市本级部门项目支出绩效自评表（2024年）", _four_block(_FOUR_BLOCK))
    ev = extract_self_evaluation(doc)
    assert ev.family_weights["效益"].value == Decimal(35)
    assert [i.block for i in ev.indicators if i.level1.startswith("项目效益")] == ["效益", "效益"]
    assert ev.indicators[-1].family == "满意度"  # the weight family is unchanged
    assert _findings(_four_block(_FOUR_BLOCK), settings) == []
    note = local_blocks_note(ev, settings.cycle.eval_weights)
    assert note is not None and "项目效益（35分）" in note and "10号" in note and "产出50分" in note


def test_a_block_whose_rows_do_not_add_up_is_still_an_error(settings: Settings) -> None:
    rows = [list(r) for r in _FOUR_BLOCK]
    rows[3][3] = rows[3][6] = "25"  # 项目产出（30分）over a 25-point row
    found = _findings(_four_block(rows, head_score="94"), settings)
    errors = [f[2] for f in found if f[1] == "error"]
    assert any("项目产出（30分）" in m and "25分" in m for m in errors), found
    assert any("不是100分" in m and "项目产出25分" in m for m in errors), found
    assert not any(m.startswith("一级指标“项目效益") for m in errors)


def test_the_adjusted_budget_is_the_denominator(settings: Settings) -> None:
    doc = make_doc("某市本级部门项目支出绩效自评表（2024年）", _four_block(_FOUR_BLOCK))
    ev = extract_self_evaluation(doc)
    assert ev.budget is not None and ev.budget.value == Decimal(120) and "调整预算数" in ev.budget.label
    assert ev.initial_budget is not None and ev.initial_budget.value == Decimal(100)
    assert ev.budget_wan() == 100.0  # the document's amount stays the 年初预算数
    wrong = _findings(_four_block(_FOUR_BLOCK, rate="108%"), settings)  # 108 ÷ 年初 100
    assert [f[2] for f in wrong if f[0] == "EV-02" and f[1] == "error"] == ["预算执行率填108%，但全年执行数108÷调整预算数120=90%。"]


def test_the_head_score_is_the_total(settings: Settings) -> None:
    ev = extract_self_evaluation(make_doc("某市本级部门项目支出绩效自评表（2024年）", _four_block(_FOUR_BLOCK)))
    assert ev.total is not None and ev.total.value == Decimal(99) and ev.total.label == "自评得分"
    found = _findings(_four_block(_FOUR_BLOCK, head_score="97"), settings)
    assert [f[1] for f in found if f[0] == "EV-04"] == ["error"]  # 97 against the rows' 99


def test_the_execution_row_is_no_gap_to_explain(settings: Settings) -> None:
    ev = extract_self_evaluation(make_doc("某市本级部门项目支出绩效自评表（2024年）", _four_block(_FOUR_BLOCK)))
    assert [i.level3 for i in ev.indicators if i.execution] == ["预算执行率"]
    assert not [f for f in _findings(_four_block(_FOUR_BLOCK), settings) if f[0] == "EV-05"]
    unmet = [list(r) for r in _FOUR_BLOCK]
    unmet[3][5], unmet[3][6] = "800平方米", "30"  # a real indicator short of its target, full points, no cause
    ev05 = [f for f in _findings(_four_block(unmet), settings) if f[0] == "EV-05"]
    assert len(ev05) == 1 and "维修校舍面积" in ev05[0][2]


def test_template_and_not_applicable_rows_are_not_indicators(settings: Settings) -> None:
    ev = extract_self_evaluation(parse_file(SAMPLES / "se_template_rows_f29.docx"))
    names = [i.level3 for i in ev.indicators]
    assert "……" not in names and "指标1：/" not in names and "指标2：" not in names and len(names) == 6
    paid = next(i for i in ev.indicators if "支付时间" in i.level3)
    assert paid.qualitative and paid.target is None  # "验收合格后15个工作日内" / "按期支付"
    assert _checks(SAMPLES / "se_template_rows_f29.docx", settings) == []
    assert local_blocks_note(ev, settings.cycle.eval_weights) is None  # the 10号 form: its families are checked


def test_a_counted_time_span_stays_quantitative() -> None:
    doc = make_doc("项目支出绩效自评表（2024年度）", [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "时效指标", "报修响应时间", "24小时内", "18小时", "10", "10"],
        ["产出指标", "时效指标", "补贴发放时间", "3个月内", "按期发放", "10", "10"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "100人次", "80", "80"]])
    rows = {i.level3: i for i in extract_self_evaluation(doc).indicators}
    assert not rows["报修响应时间"].qualitative and rows["报修响应时间"].actual == Decimal(18)
    assert rows["补贴发放时间"].qualitative


def test_a_note_row_under_the_table_is_not_an_indicator() -> None:
    note = "说明：年中追加资金50万元，调整预算数为250万元，执行率按调整预算数计算。"
    ev = extract_self_evaluation(make_doc("某市本级部门项目支出绩效自评表（2024年）",
                                          _four_block([*_FOUR_BLOCK, [note] * 8])))
    assert len(ev.indicators) == len(_FOUR_BLOCK) and all(i.weight != Decimal(50) for i in ev.indicators)


def test_samples_four_block(settings: Settings) -> None:
    result = check_paths([SAMPLES / "se_four_block_clean_f29.xlsx"], settings, CheckOptions())[0]
    assert result.findings == [], [f.message for f in result.findings]
    assert any("【抽取说明·版式】本表按本地表式的一级指标分段计分" in n for n in result.notes), result.notes
    points = _checks(SAMPLES / "ev01_four_block_points_f29.docx", settings)
    assert {f[0] for f in points if f[1] == "error"} == {"EV-01"}
    initial = _checks(SAMPLES / "ev02_four_block_initial_f29.docx", settings)
    assert [f[2] for f in initial if f[1] == "error"] == ["预算执行率填120%，但全年执行数240÷调整预算数250=96%。"]


def test_a_decimal_wrapped_at_its_point_is_one_number() -> None:
    assert join_cell_lines("87.\n34") == "87.34"
    assert join_cell_lines("17.\n14") == "17.14"
    assert join_cell_lines("Phase 1.\nPhase 2") == "Phase 1. Phase 2"  # a point ending a word: one space, as before
    assert join_cell_lines("87\n34") == "87 34"  # no point: two numbers stay apart
