"""heldout19 class b of fixer38: a county's target table with one value column per village and no 指标值 column
("绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标解释 | 甲村 | 乙村"), under a worksheet title row "……绩效目标表" and
below an allocation list in the same worksheet. The banner column "绩效指标" is no name column, "—" says the village has
no such item, and one indicator left blank in every village is one finding naming the villages."""

from __future__ import annotations

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.classify import classify
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.models import GoalSheet
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.pipeline import CheckOptions, run_checks
from review_assistant.settings import Settings

VILLAGES = ["北岭村", "南溪村", "西坝村"]


def _doc(area: list[str]) -> ParsedDocument:
    w = 5 + len(VILLAGES)
    pad = [""] * (w - 1)
    rows = [
        ["附件1", *pad], ["2027年县级农村饮水安全维修养护资金安排表", *pad],
        ["1", "某镇", "北岭村水池维修", "12", "", *[""] * (w - 5)],
        ["合计", "合计", "合计", "30", "", *[""] * (w - 5)],
        ["附件2", *pad], ["2027年县级农村饮水安全维修养护资金绩效目标表", *pad],
        ["项目名称", *["2027年县级农村饮水安全维修养护资金"] * (w - 1)],
        ["资金情况（万元）", "资金总额", "30", "其中：财政拨款", "30", "其他资金", "", *[""] * (w - 7)],
        ["总体目标", *["完成3个村饮水工程维修养护，保障群众饮水安全。"] * (w - 1)],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", *VILLAGES],
        ["绩效指标", "产出指标", "数量指标", "维修水池（座）", "反映维修规模", "1", "—", "2"],
        ["绩效指标", "产出指标", "质量指标", "工程验收合格率（%）", "反映工程质量", "100", "100", "100"],
        ["绩效指标", "效益指标", "社会效益指标", "改善供水面积（亩）", "反映受益范围", *area],
        ["绩效指标", "满意度指标", "服务对象满意度指标", "受益群众满意度（%）", "反映满意程度", "≥90", "≥90", "≥90"],
    ]
    return make_doc(rows, path="饮水维修.xlsx")


def _findings(doc: ParsedDocument, sheet: GoalSheet, settings: Settings) -> list[Finding]:
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=settings, fiscal_year=2027, goal_sheet=sheet)
    return run_checks(ctx, CheckOptions(), batch_phase=False)


def test_title_row_over_a_village_table_is_a_goal_sheet() -> None:
    assert classify(_doc(["≥300", "≥200", "≥260"])) == "goal_sheet"


def test_village_columns_are_read_and_a_dash_is_no_target(settings: Settings) -> None:
    doc = _doc(["≥300", "≥200", "≥260"])
    sheets = extract_goal_sheets(doc)
    assert len(sheets) == 1
    sheet = sheets[0]
    assert sheet.total_wan() == 30.0
    pools = [i for i in sheet.indicators if i.level3 == "维修水池（座）"]
    assert [i.place for i in pools] == ["北岭村", "西坝村"]  # 南溪村 writes "—": no such item there
    assert any("“—”" in n.message for n in sheet.notes)
    assert {i.level1 for i in sheet.indicators} == {"产出指标", "效益指标", "满意度指标"}
    assert not [f for f in _findings(doc, sheet, settings) if f.severity == "error"]


def test_a_row_blank_in_every_village_is_one_error(settings: Settings) -> None:
    doc = _doc(["", "", ""])
    sheet = extract_goal_sheets(doc)[0]
    gaps = [f for f in _findings(doc, sheet, settings) if f.rule_id == "GS-03" and "缺少指标值" in f.message]
    assert len(gaps) == 1 and gaps[0].severity == "error"
    assert "3个地方（北岭村、南溪村、西坝村）" in gaps[0].message


def test_a_rate_unit_in_the_name_with_a_vague_value_is_a_warning(settings: Settings) -> None:
    """heldout19 class e: "食堂后厨管理水平（%） | 明显提升": the name's "（%）" says the target is a rate (rulebook GS-06:
    vague words in a quantitative row are flagged); only the name says so, so it is a warning, not an error."""
    rows = [
        ["项目名称", "学生食堂提升改造项目", "主管部门", "示例县教育局"],
        ["资金情况（万元）", "年度资金总额", "50", "50"],
        ["年度绩效目标", "完成食堂改造。", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "改造面积（平方米）", "≥300平方米"],
        ["效益指标", "社会效益指标", "食堂后厨管理水平（%）", "明显提升"],
        ["效益指标", "社会效益指标", "后厨管理水平", "明显提升"],
        ["满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"],
    ]
    doc = make_doc("示例县2027年度项目支出绩效目标表", rows)
    sheet = extract_goal_sheets(doc)[0]
    gs06 = {(f.message.split("”")[0], f.severity) for f in _findings(doc, sheet, settings) if f.rule_id == "GS-06"}
    assert ("指标“食堂后厨管理水平（%）", "warning") in gs06
    assert ("指标“后厨管理水平", "info") in gs06  # no unit, no rate name: a vague qualitative wording (info, as before)
