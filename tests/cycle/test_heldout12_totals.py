"""Self-evaluation totals after heldout12 (samples cycle/se_total_points_score.docx, se_block_label_formula.xlsx): the
得分 cell of a 总分 row is told from the 分值 cell by the header; a headerless "总分 | 100 | 97.75" row is read by the
indicator table's column order and marked unsure (never an error on it alone); "绩效指标" merged down the first
column is no second header row; the "偏差原因分析及改进措施" row closes the indicators."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths, run_checks
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"
_HEAD = ["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
_MONEY = [["项目名称", "示例项目"], ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["项目资金（万元）", "年度资金总额", "80", "80", "80", "10", "100%", "10"]]


def _checks(path: Path, settings: Settings) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message) for f in check_paths([path], settings, CheckOptions())[0].findings]


def test_headerless_total_row_takes_the_score_after_the_points(settings: Settings) -> None:
    ev = extract_self_evaluation(parse_file(SAMPLES / "se_total_points_score.docx"))
    assert ev.total is not None and ev.total.value == Decimal(99)
    assert "100" in ev.total_unsure and "99" in ev.total_unsure
    assert not [f for f in _checks(SAMPLES / "se_total_points_score.docx", settings) if f[0] == "EV-04"]


def test_an_unsure_total_that_disagrees_is_a_warning_only(settings: Settings) -> None:
    doc = make_doc("项目支出绩效自评表（2025年度）", _MONEY,
                   [_HEAD, ["数量指标", "培训人数", "≥100人", "95人", "90", "85"]],
                   [["总分", "", "100", "97"], ["自评等级", "优"]])
    ev = extract_self_evaluation(doc)
    assert ev.total is not None and ev.total_unsure  # two numbers, no header: which one is the score is a guess
    ctx = CheckContext(document=doc, kind="self_evaluation", settings=settings, fiscal_year=2025, cycle=ev)
    ev04 = [f for f in run_checks(ctx, CheckOptions(), batch_phase=False) if f.rule_id == "EV-04"]
    assert ev.total.value == Decimal(97)  # 分值 before 得分, as in the indicator table
    assert ev04 and all(f.severity == "warning" and "未能确认" in f.message for f in ev04)


def test_a_merged_block_label_is_no_second_header_and_formulas_give_the_scores(settings: Settings) -> None:
    ev = extract_self_evaluation(parse_file(SAMPLES / "se_block_label_formula.xlsx"))
    assert [i.level3 for i in ev.indicators] == ["助餐服务人次", "食品安全抽检合格率", "补助资金按季度拨付及时率",
                                                 "助餐点覆盖社区数", "就餐老人满意度"]
    assert [i.score for i in ev.indicators][:2] == [Decimal(15), Decimal(20)]
    assert ev.total is not None and ev.total.raw.startswith("87.88") and not ev.total_unsure
    ev04 = [f for f in _checks(SAMPLES / "se_block_label_formula.xlsx", settings) if f[0] == "EV-04"]
    assert [f[1] for f in ev04] == ["error"] and "良" in ev04[0][2]
