"""The heldout25 goal-sheet classes of fixer48 (samples rl220–rl229, LAYOUTS.md L116–L119): a funds notice and its
区域绩效目标表 in one worksheet, a 政府投资 sheet with a source × year funds grid, a 政府购买服务 sheet whose budget row
starts "年度预算 | 合计 | amount", and a 部门整体 sheet with a 基本支出 / 项目支出 row and tasks."""

from __future__ import annotations

from pathlib import Path

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.extract.goal_sheet import extract_goal_sheet, prose_row
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths, run_checks
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"
INDICATORS = [["一级指标", "二级指标", "三级指标", "指标值"],
              ["产出指标", "数量指标", "完成森林抚育面积", "≥1.6万亩"]]


def _findings(settings: Settings, name: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message)
            for f in check_paths([SAMPLES / name], settings, CheckOptions())[0].findings]


def _funds(name: str) -> dict[str, float | None]:
    return {k: f.value_wan for k, f in extract_goal_sheet(parse_file(SAMPLES / name)).funds.items()}


# ---- L116 -------------------------------------------------------------------------------------------------------------
def test_notice_amounts_in_the_worksheet_are_not_more_sources(settings: Settings) -> None:
    sheet = extract_goal_sheet(parse_file(SAMPLES / "rl220_region_notice_clean.xlsx"))
    assert {k: f.value_wan for k, f in sheet.funds.items()} == {"total": 540.0, "fiscal_upper": 450.0, "fiscal_part": 90.0}
    assert sheet.project_name == "2027年林业改革发展资金（森林抚育）"  # 资金名称
    assert "区域绩效目标表" in sheet.title  # the form's own title row, not the notice's
    assert not [f for f in _findings(settings, "rl220_region_notice_clean.xlsx") if f[0] in {"GS-01", "GS-02"}]
    over = [f for f in _findings(settings, "rl221_region_notice_over.xlsx") if f[0] == "GS-02"]
    assert [f[1] for f in over] == ["error"] and "570.00万元" in over[0][2]


def test_notice_sentence_gives_the_sources_when_the_form_has_none() -> None:
    """A worksheet whose only funds are in the notice's sentence: read like a paragraph (its total agrees)."""
    doc = make_doc("2027年林业补助资金区域绩效目标表", "单位：万元",
                   [["现将2027年林业补助资金540.00万元（其中：中央补助450.00万元，省级资金90.00万元）下达你局，用于森林抚育。",
                     "", "", ""],
                    ["资金名称", "2027年林业补助资金", "2027年林业补助资金", "2027年林业补助资金"],
                    ["年度金额", "540.00", "540.00", "540.00"], *INDICATORS])
    got = {k: f.value_wan for k, f in extract_goal_sheet(doc).funds.items()}
    assert got["total"] == 540.0 and got.get("fiscal_upper") == 450.0


def test_prose_row() -> None:
    assert prose_row(["现将2027年林业补助资金540.00万元（其中：中央补助450.00万元）下达你局，请按规定用途使用。", ""]) is not None
    assert prose_row(["年度资金总额：120万元，其中：财政拨款100万元，其他资金20万元。", ""]) is None  # a label's value
    assert prose_row(["资金名称", "2027年林业补助资金"]) is None


# ---- L117 -------------------------------------------------------------------------------------------------------------
def test_year_grid_reads_the_budget_years_column(settings: Settings) -> None:
    for name in ("rl222_investment_grid_clean.docx", "rl224_investment_grid_years_only.pdf"):
        sheet = extract_goal_sheet(parse_file(SAMPLES / name))
        got = {k: f.value_wan for k, f in sheet.funds.items()}
        assert got == {"investment": 5600.0, "total": 2400.0, "fiscal_upper": 1000.0, "fiscal_part": 1100.0,
                       "fiscal_part:县级财政资金": 300.0}, name
        assert sheet.period_funds["total"].value_wan == 5600.0  # the 合计 column is the whole period's
        assert not [f for f in _findings(settings, name) if f[0] == "GS-02"], name


def test_year_grid_short_column_is_an_error(settings: Settings) -> None:
    short = [f for f in _findings(settings, "rl223_investment_grid_short.xlsx") if f[0] == "GS-02"]
    assert [f[1] for f in short] == ["error"]
    assert "2,300.00万元" in short[0][2] and "2,400.00万元" in short[0][2]


def test_year_grid_without_this_years_column_is_left_alone() -> None:
    """Year columns with no budget year among them (and no 本年申请 aside): not read as the year's funds."""
    doc = make_doc("2027年度项目支出绩效目标表", "单位：万元",
                   [["项目名称", "管网改造", "管网改造", "管网改造"],
                    ["资金来源", "2024年", "2025年", "合计"],
                    ["中央预算内投资", "100.00", "200.00", "300.00"],
                    ["合计", "100.00", "200.00", "300.00"], *INDICATORS])
    sheet = extract_goal_sheet(doc)
    assert not sheet.sources_closed


# ---- L118 -------------------------------------------------------------------------------------------------------------
def test_budget_row_total_after_heji(settings: Settings) -> None:
    for name in ("rl225_service_budget_clean.xlsx", "rl226_service_budget_cost_over.docx"):
        sheet = extract_goal_sheet(parse_file(SAMPLES / name))
        assert sheet.funds["total"].value_wan == 300.0, name
        assert sheet.field_value("implementer") == "示例区园林绿化所"  # 购买主体
    assert not [f for f in _findings(settings, "rl225_service_budget_clean.xlsx") if f[1] != "info"]
    over = _findings(settings, "rl226_service_budget_cost_over.docx")
    assert any(r == "GS-13" and s == "error" and "300.00万元" in m for r, s, m in over)


# ---- L119 -------------------------------------------------------------------------------------------------------------
def test_department_tasks_against_project_spending(settings: Settings) -> None:
    sheet = extract_goal_sheet(parse_file(SAMPLES / "rl227_department_tasks_clean.xlsx"))
    assert {k: f.value_wan for k, f in sheet.expenditure.items()} == {"basic": 640.0, "project": 640.0}
    assert sheet.budget_detail_kind == "tasks" and sheet.budget_detail is not None
    assert [line.amount_wan for line in sheet.budget_detail.items] == [380.0, 180.0, 80.0]
    for name in ("rl227_department_tasks_clean.xlsx", "rl229_department_tasks_clean.pdf"):
        # the sign-off line under the form ("部门负责人：") is no empty header field
        assert not [f for f in _findings(settings, name) if f[1] != "info"], name
    over = [f for f in _findings(settings, "rl228_department_tasks_over.docx") if f[0] == "GS-02"]
    assert over and "640.00万元" in over[0][2] and "680.00万元" in over[0][2]



def test_mid_term_row_repeating_the_years_is_judged_once(settings: Settings) -> None:
    """GS-07 on "=100%" of an outcome rate: the 中期 column's row with the same name and value is not a second finding."""
    doc = make_doc("2027年度政府投资项目绩效目标申报表", "单位：万元",
                   [["项目名称", "管网改造", "管网改造", "管网改造", "管网改造"],
                    ["一级指标", "二级指标", "三级指标", "中期指标值", "2027年度指标值"],
                    ["产出指标", "数量指标", "改造污水主干管长度", "≥28公里", "≥11公里"],
                    ["效益指标", "社会效益指标", "沿线居民就业率", "=100%", "=100%"]])
    sheet = extract_goal_sheet(doc, 2027)
    assert {i.period for i in sheet.indicators} == {"annual", "long_term"}
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=2027, goal_sheet=sheet)
    gs07 = [f for f in run_checks(ctx, CheckOptions(), batch_phase=False) if f.rule_id == "GS-07"]
    assert len(gs07) == 1 and "沿线居民就业率" in gs07[0].message
