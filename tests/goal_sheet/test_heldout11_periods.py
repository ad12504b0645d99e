"""The heldout11 multi-year and sign-column classes (samples rl115–rl119, LAYOUTS.md L68–L69): a funds table with a
实施期 column beside the annual one ("资金情况（万元） | 实施期资金总额 | 2026年度资金总额"), annual figures compared with the
whole period's (funds GS-02, cumulative indicators GS-10), and a floor-type rate written as an upper limit in an
一体化 export's own 指标方向 column (GS-07)."""

from __future__ import annotations

from pathlib import Path

import pytest

from docbuild import make_doc
from review_assistant.checks.base import CheckContext
from review_assistant.checks.models import Finding
from review_assistant.extract.goal_projects import extract_goal_sheets
from review_assistant.extract.models import GoalSheet
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import ParsedDocument
from review_assistant.review.pipeline import CheckOptions, run_checks
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets"
HEAD = [["项目名称", "某县乡镇卫生院能力提升", "项目期限", "2026年—2027年"],
        ["主管部门", "某县卫生健康局", "实施单位", "某县卫生健康局"],
        ["项目属性", "新增项目", "项目负责人", "王示例"]]
GOAL = [["总体目标", "实施期目标", "实施期目标", "2026年度目标"],
        ["总体目标", "两年为9个乡镇卫生院配置设备。", "两年为9个乡镇卫生院配置设备。", "2026年完成5个卫生院设备配置。"]]
IND_HEAD = ["一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"]
CLEAN_ROWS = [["产出指标", "数量指标", "配置设备的卫生院数", "9个", "5个"],
              ["产出指标", "质量指标", "设备安装验收合格率", "100%", "100%"],
              ["产出指标", "时效指标", "年度设备配置完成时间", "2027年10月底前", "2026年11月底前"],
              ["产出指标", "成本指标", "单个卫生院建设成本", "≤34万元/个", "≤34万元/个"],
              ["效益指标", "社会效益指标", "门诊人次增长率", "≥10%", "≥5%"],
              ["满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "≥90%"]]


def _funds(period: str = "300.00", annual: str = "200.00", header: tuple[str, str] = ("实施期资金总额", "2026年度资金总额"),
           heading: str = "资金情况（万元）", merged_heading: bool = False) -> list[list[str]]:
    """The funds rows: the heading cell, the source names (repeated, as a horizontal merge reads), then the amounts;
    ``merged_heading``: the heading merged down the first column, the names only in the second."""
    rows = [["资金总额", period, annual], ["其中：财政拨款", period, annual], ["其他资金", "0.00", "0.00"]]
    return [[heading, "", *header],
            *[[heading if merged_heading else name, name, p, a] for name, p, a in rows]]


def _doc(funds: list[list[str]], indicators: list[list[str]] | None = None, worksheet: bool = False) -> ParsedDocument:
    ind = [IND_HEAD, *(indicators or CLEAN_ROWS)]
    title = "项目支出绩效目标申报表（2026年度）"
    if worksheet:
        return make_doc(title, [*HEAD, *funds, *GOAL, ["绩效指标", "", "", "", ""], *ind], path="申报表.xlsx")
    return make_doc(title, [*HEAD, *funds, *GOAL], "绩效指标", ind, path="申报表.docx")


def _sheet(doc: ParsedDocument) -> GoalSheet:
    sheets = extract_goal_sheets(doc)
    assert len(sheets) == 1
    return sheets[0]


def _findings(doc: ParsedDocument) -> list[Finding]:
    sheet = _sheet(doc)
    ctx = CheckContext(document=doc, kind="goal_sheet", settings=Settings(), fiscal_year=sheet.fiscal_year or 2026,
                       goal_sheet=sheet)
    return run_checks(ctx, CheckOptions(), batch_phase=False)


def _rule(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule_id == rule]


@pytest.mark.parametrize("worksheet", [False, True], ids=["word", "worksheet"])
@pytest.mark.parametrize(("header", "heading", "merged"), [
    (("实施期资金总额", "2026年度资金总额"), "资金情况（万元）", False),
    (("中期资金总额", "年度资金总额"), "项目资金（万元）", True),
    (("实施期金额", "年度金额"), "资金情况", False),
    (("实施期资金总额（万元）", "本年度资金总额（万元）"), "资金情况", True),
], ids=["实施期", "中期-merged", "金额", "asides-merged"])
def test_the_annual_column_is_the_sheets_funds_and_the_period_column_is_kept(
        header: tuple[str, str], heading: str, merged: bool, worksheet: bool) -> None:
    sheet = _sheet(_doc(_funds(header=header, heading=heading, merged_heading=merged), worksheet=worksheet))
    assert {k: f.value_wan for k, f in sheet.funds.items()} == {"total": 200.0, "fiscal": 200.0, "other": 0.0}
    assert {k: f.value_wan for k, f in sheet.period_funds.items()} == {"total": 300.0, "fiscal": 300.0, "other": 0.0}
    assert any("按“" in n.message and "栏读取年度资金" in n.message for n in sheet.notes)


def test_clean_multiyear_sheet_has_no_period_findings() -> None:
    found = _findings(_doc(_funds()))
    assert not _rule(found, "GS-02") and not _rule(found, "GS-10")
    assert not any("未找到年度资金总额" in f.message for f in _rule(found, "GS-01"))


def test_annual_funds_above_the_period_funds_is_an_error() -> None:
    found = _rule(_findings(_doc(_funds(period="300.00", annual="360.00"))), "GS-02")
    assert [f.severity for f in found] == ["error"]
    assert "年度资金总额360.00万元超过实施期资金总额300.00万元" in found[0].message


def test_equal_period_and_annual_funds_are_fine() -> None:
    """A two-year project may ask for all of its money in the first year."""
    assert not _rule(_findings(_doc(_funds(period="300.00", annual="300.00"))), "GS-02")


def _with_row(row: list[str]) -> list[list[str]]:
    return [*CLEAN_ROWS, row]


def test_cumulative_annual_target_above_the_period_target_is_an_error() -> None:
    found = _rule(_findings(_doc(_funds(), _with_row(["产出指标", "数量指标", "新增养老床位", "200张", "260张"]))),
                  "GS-10")
    assert [f.severity for f in found] == ["error"]
    assert "“新增养老床位”" in found[0].message and "260张" in found[0].message and "200张" in found[0].message


def test_a_wan_prefix_is_folded_in_before_comparing() -> None:
    found = _rule(_findings(_doc(_funds(), _with_row(["产出指标", "数量指标", "完成培训人次", "1.2万人次", "15000人次"]))),
                  "GS-10")
    assert [f.severity for f in found] == ["error"]


def test_a_level_held_each_year_above_the_period_value_is_only_a_warning() -> None:
    found = _rule(_findings(_doc(_funds(), _with_row(["效益指标", "社会效益指标", "日均服务人次", "≥300人次", "≥320人次"]))),
                  "GS-10")
    assert [f.severity for f in found] == ["warning"]
    assert "未能确定该指标是否为实施期内逐年累计的数量" in found[0].message


@pytest.mark.parametrize("row", [
    ["效益指标", "社会效益指标", "门诊人次增长率", "≥5%", "≥10%"],  # a rate: the year may aim higher
    ["产出指标", "数量指标", "新增养老床位", "200张", "260平方米"],  # different units: not compared
    ["效益指标", "社会效益指标", "服务老年人人次", "≥3万人次", "≥12000人次"],  # 万 folded in: 30000 ≥ 12000
    ["产出指标", "成本指标", "单个卫生院建设成本", "≤30万元/个", "≤34万元/个"],  # per-unit amounts
    ["产出指标", "数量指标", "新增养老床位", "200张", "150张"],  # below the period: fine
])
def test_rows_that_cannot_or_need_not_be_compared_give_nothing(row: list[str]) -> None:
    assert not _rule(_findings(_doc(_funds(), _with_row(row))), "GS-10")


def _export(sign: str, name: str = "市民骑行满意度", unit: str = "%") -> ParsedDocument:
    head = [["项目名称", "某市公共自行车运营补助", "项目编码", "32120026000000000012"],
            ["主管部门", "某市交通运输局", "实施单位", "某市公共自行车公司"],
            ["项目属性", "延续项目", "项目期限", "1年"],
            ["资金总额：128.50", "财政拨款：118.50", "其他资金：10.00", ""],
            ["年度绩效目标", "保障120个站点运营。", "保障120个站点运营。", "保障120个站点运营。"]]
    ind = [["一级指标", "二级指标", "绩效指标", "运算符号", "指标值", "计量单位", "指标值类型"],
           ["产出指标", "数量指标", "运营站点数", "≥", "120", "个", "定量"],
           ["产出指标", "时效指标", "故障车辆处置时限", "≤", "24", "小时", "定量"],
           ["产出指标", "成本指标", "单车年运营补助", "≤", "490", "元/辆", "定量"],
           ["效益指标", "社会效益指标", "日均骑行人次", "≥", "6000", "人次", "定量"],
           ["满意度指标", "服务对象满意度指标", name, sign, "90", unit, "定量"]]
    return make_doc("2027年项目支出绩效目标表", head, "绩效指标", ind, path="一体化导出.docx")


def test_satisfaction_written_as_an_upper_limit_in_the_sign_column_is_an_error() -> None:
    found = _rule(_findings(_export("≤")), "GS-07")
    assert [f.severity for f in found] == ["error"]
    assert "“市民骑行满意度”" in found[0].message and "运算符号" in found[0].message and "≤90%" in found[0].message


@pytest.mark.parametrize(("name", "sign", "severity"), [
    ("车辆完好率", "≤", ["warning"]),  # a floor by its name, but only the name says so
    ("车辆完好率", "≥", []),
    ("市民骑行满意度", "≥", []),
    ("市民骑行满意度", "<", ["error"]),
    ("车辆故障率", "≤", []),  # what is not wanted: a ceiling fits
    ("市民不满意率", "≤", []),
    ("投诉率", "≤", []),
])
def test_upper_limits_on_rates(name: str, sign: str, severity: list[str]) -> None:
    found = [f for f in _rule(_findings(_export(sign, name)), "GS-07") if "越高越好" in f.message]
    assert [f.severity for f in found] == severity


@pytest.mark.parametrize(("name", "rule", "severity"), [
    ("rl115_multiyear_period_columns.docx", None, None),
    ("rl116_multiyear_annual_over_period.xlsx", "GS-02", "error"),
    ("rl117_multiyear_indicator_over_period.pdf", "GS-10", "error"),
    ("rl118_export_sign_column.xlsx", None, None),
    ("rl119_export_sign_ceiling.docx", "GS-07", "error"),
])
def test_samples(name: str, rule: str | None, severity: str | None) -> None:
    doc = parse_file(SAMPLES / name)
    found = _findings(doc)
    errors = [f.rule_id for f in found if f.severity == "error"]
    assert errors == ([rule] if rule else [])
    if rule:
        assert next(f.severity for f in _rule(found, rule)) == severity


def _central_form(mid_total: str, annual_total: str) -> ParsedDocument:
    """财预〔2015〕88号 layout: 中期 and 年度 funds side by side as label and amount in one row per source."""
    rows = [["项目名称", "智慧社区建设", "项目期", "2025—2027年", "实施单位", "某区社区服务中心"],
            ["主管部门", "某区民政局", "项目属性", "新增", "项目负责人", "赵示例"],
            ["项目资金（万元）", "中期资金总额：", mid_total, "年度资金总额：", annual_total, annual_total],
            ["项目资金（万元）", "其中：财政拨款", mid_total, "其中：财政拨款", annual_total, annual_total],
            ["项目资金（万元）", "其他资金", "0", "其他资金", "0", "0"],
            ["总体目标", "中期目标", "建成覆盖全区40个社区的智慧服务平台。", "年度目标", "2025年完成15个社区平台部署。",
             "2025年完成15个社区平台部署。"]]
    ind = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "部署社区数", "≥15个"],
           ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"]]
    return make_doc("项目支出绩效目标申报表（2025年度）", rows, "年度绩效指标", ind)


def test_the_central_forms_label_and_amount_pairs_give_the_period_funds() -> None:
    sheet = _sheet(_central_form("900", "300"))
    assert sheet.total_wan() == 300.0
    assert {k: f.value_wan for k, f in sheet.period_funds.items()} == {"total": 900.0, "fiscal": 900.0, "other": 0.0}
    assert not _rule(_findings(_central_form("900", "300")), "GS-02")
    found = _rule(_findings(_central_form("250", "300")), "GS-02")
    assert [f.severity for f in found] == ["error"]
