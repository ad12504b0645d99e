"""Report extraction: sections per layout, headings and synonyms, and the pattern readers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from docbuild import make_doc, table_block
from review_assistant.extract.report import extract_report
from review_assistant.extract.report_budget import extract_budget_tables
from review_assistant.extract.report_sections import canonical_key, find_sections
from review_assistant.extract.report_text import (
    find_citations,
    find_dates,
    find_doc_numbers,
    find_score,
    parse_period,
)
from review_assistant.parsing import parse_file
from review_assistant.parsing.model import BlockKind

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "reports"
FIVE = ["necessity", "economy", "goal_rationality", "feasibility", "funding_compliance"]


# ---- headings and synonyms -----------------------------------------------------------------------


@pytest.mark.parametrize(("title", "key"), [
    ("立项必要性", "necessity"), ("必要性分析", "necessity"), ("项目立项的必要性", "necessity"),
    ("政策设立必要性", "necessity"), ("经济性论证", "economy"), ("政策保障充分性", "economy"),
    ("绩效目标合理性", "goal_rationality"), ("政策目标合理性", "goal_rationality"), ("绩效目标", "goals"),
    ("可行性分析", "feasibility"), ("政策实施可持续性", "feasibility"), ("财政支持方式科学性", "funding_compliance"),
    ("政策资金合规性", "funding_compliance"), ("综合评估情况与评估结论", "assessment"), ("评估内容", "assessment"),
    ("总体结论", "overall_conclusion"), ("评估结论", "overall_conclusion"), ("项目概况", "basic_info"),
    ("评估对象基本情况", "basic_info"), ("评估程序和方法", "work"), ("相关建议", "suggestions"),
    ("其他需要说明的问题", "other"), ("其他说明事项", "other"),
    ("建议加强资金管理", ""), ("该项目符合国家和本区产业政策要求", ""), ("结论", "overall_conclusion"),
])
def test_canonical_key(title: str, key: str) -> None:
    assert canonical_key(title) == key


def test_styled_docx_sections() -> None:
    doc = parse_file(SAMPLES / "r01_henan_styled_clean.docx")
    assert any(b.kind == BlockKind.HEADING for b in doc.blocks)
    sections = find_sections(doc)
    keys = [s.key for s in sections]
    assert keys[:5] == ["basic_info", "background", "content", "goals", "funding"]
    assessment = keys.index("assessment")
    for k in [*FIVE, "overall_conclusion"]:
        s = sections[keys.index(k)]
        assert s.parent == assessment and s.level == 2 and len(s.text) > 20
    assert sections[keys.index("necessity")].title == "立项必要性"
    assert sections[keys.index("necessity")].number == "（一）"


def test_numbered_docx_sections_beijing() -> None:
    doc = parse_file(SAMPLES / "r02_beijing_numbered_clean.docx")
    assert not any(b.kind == BlockKind.HEADING and b.level and b.level > 0 and "评估内容" in b.text for b in doc.blocks)
    sections = find_sections(doc)
    top = [s.key for s in sections if s.parent is None]
    assert top == ["basic_info", "work", "work", "work", "assessment", "overall_conclusion", "other"]
    dims = [s for s in sections if s.key in FIVE]
    assert [s.title for s in dims] == ["立项必要性", "投入经济性", "目标合理性", "实施可行性", "筹资合规性"]
    assert all(sections[s.parent].key == "assessment" for s in dims if s.parent is not None)


def test_pdf_sections_policy_variant() -> None:
    doc = parse_file(SAMPLES / "r03_policy_pdf_clean.pdf")
    assert doc.pages and doc.pages >= 3
    sections = find_sections(doc)
    dims = {s.key: s for s in sections if s.key in FIVE}
    assert set(dims) == set(FIVE)
    assert dims["necessity"].title == "政策设立必要性" and dims["necessity"].location.page
    assert "中发〔2018〕34号" in dims["necessity"].text


def test_inline_and_unnumbered_headings() -> None:
    doc = make_doc(
        "某项目事前论证报告",
        "一、项目概况",
        "本项目申请资金50万元。",
        "（一）立项必要性。该项目服务对象明确，群众需求迫切，属于公共财政保障范围。",
        "（二）经济性论证：预算测算依据充分，单价参照市场询价确定。",
        "1.建议加强过程管理，按季度报送监控情况。",
        "实施可行性：实施方案完整，进度安排合理，责任分工明确。",
        "评估结论",
        "综上，评估结论为“予以支持”。",
    )
    sections = find_sections(doc)
    by_key = {s.key: s for s in sections}
    assert by_key["necessity"].inline and by_key["necessity"].text.startswith("该项目服务对象明确")
    assert by_key["economy"].title == "经济性论证"
    assert "1.建议加强过程管理" in by_key["economy"].text  # a numbered sentence is body text, not a heading
    assert by_key["feasibility"].text.startswith("实施方案完整")
    assert by_key["overall_conclusion"].text == "综上，评估结论为“予以支持”。"


def test_conclusion_subheading_inside_a_dimension_is_not_the_overall_conclusion() -> None:
    doc = make_doc("某项目事前绩效评估报告", "（一）立项必要性", "1.现状", "需求迫切。", "2.结论", "具有必要性。")
    keys = [s.key for s in find_sections(doc)]
    assert keys == ["necessity", "", ""]


# ---- pattern readers -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "number"), [
    ("根据财预〔2020〕10号文件", "财预〔2020〕10号"), ("依据财预[2011]285号", "财预〔2011〕285号"),
    ("按照财预（2009）76号", "财预〔2009〕76号"), ("按豫财预［2021］第15号执行", "豫财预〔2021〕15号"),
    ("见中发〔2018〕34号", "中发〔2018〕34号"),
])
def test_doc_numbers(text: str, number: str) -> None:
    [(found, span)] = find_doc_numbers(text)
    assert found == number and span.text in text


def test_title_with_its_number_is_one_citation() -> None:
    text = "依据《项目支出绩效评价管理办法》（财预〔2020〕10号）和《云溪区交通发展规划（2021—2025年）》。"
    cites = find_citations(text)
    assert [(c.kind, c.doc_number, c.period) for c in cites] == [
        ("title", "财预〔2020〕10号", None), ("title", None, (2021, 2025))]
    assert cites[0].text == "《项目支出绩效评价管理办法》（财预〔2020〕10号）"


@pytest.mark.parametrize(("text", "expected"), [
    ("2024年9月20日", date(2024, 9, 20)), ("2024-09-20", date(2024, 9, 20)), ("2024.9.20", date(2024, 9, 20)),
    ("二〇二四年九月二十日", date(2024, 9, 20)), ("二〇二四年十二月三十一日", date(2024, 12, 31)),
])
def test_dates(text: str, expected: date) -> None:
    assert find_dates(f"评估日期：{text}")[0][0] == expected


def test_period_and_score() -> None:
    assert parse_period("2025年1月至2026年6月") == ((2025, 1), (2026, 6))
    assert parse_period("2025-2027年") == ((2025, None), (2027, None))
    assert find_score("综合评估得分为86.5分，结论……") == (86.5, "综合评估得分为86.5分")
    assert find_score("满分100分") is None


def test_budget_table_columns_and_units() -> None:
    rows = [["序号", "费用名称", "计量单位", "工作量", "单价（元）", "合计（万元）", "测算依据"],
            ["1", "专家评审费", "人·次", "20×2", "1500", "6", "本区专家劳务费标准"],
            ["", "小计", "", "", "", "6", ""],
            ["合计", "", "", "", "", "6", ""]]
    doc = make_doc("某报告", "预算测算表", rows)
    [t] = extract_budget_tables(doc)
    assert t.columns == {"item": 1, "unit": 2, "quantity": 3, "price": 4, "amount": 5, "basis": 6}
    assert (t.price_unit, t.amount_unit) == ("元", "万元")
    line = t.items[0]
    assert line.quantity == 40 and line.unit_price_wan == pytest.approx(0.15) and line.amount_wan == 6
    assert [ln.kind for ln in t.lines] == ["line", "subtotal", "total"]


def test_caption_unit_applies_to_the_table() -> None:
    doc = make_doc("某报告", "单位：元", [["项目", "数量", "单价", "金额"], ["设备", "2", "5000", "10000"]])
    [t] = extract_budget_tables(doc)
    assert t.amount_unit == t.price_unit == "元" and t.items[0].amount_wan == 1.0


def test_goal_sheet_table_is_not_a_budget_table() -> None:
    doc = make_doc("某报告", [["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
                            ["产出指标", "数量指标", "新建数量", "≥", "10", "个"]])
    assert extract_budget_tables(doc) == []


def test_report_fields_from_a_cover_table() -> None:
    doc = make_doc("某项目事前绩效评估报告",
                   [["项目名称", "云溪区河道保洁项目"], ["项目单位", "云溪区水务局"], ["申请资金（万元）", "85"],
                    ["评估机构", "某某咨询有限公司"], ["评估日期", "2024年8月1日"]],
                   "一、评估对象基本情况", "项目实施期限为2025年1月至2025年12月。")
    doc.blocks[1] = table_block([[c.text for c in r] for r in doc.blocks[1].table.rows], 0)  # type: ignore[union-attr]
    r = extract_report(doc)
    assert r.project_name == "云溪区河道保洁项目" and r.unit == "云溪区水务局"
    assert r.requested_amount is not None and r.requested_amount.value_wan == 85
    assert r.evaluator is not None and r.evaluator.value == "某某咨询有限公司"
    assert r.report_date is not None and r.report_date.value == date(2024, 8, 1)
    assert r.fields["period"].value == "2025年1月至2025年12月"


def test_project_name_from_title() -> None:
    r = extract_report(make_doc("关于2025年云溪区路灯节能改造项目的事前绩效评估报告", "一、项目概况", "……"))
    assert r.project_name == "云溪区路灯节能改造项目"


def test_a_number_after_a_title_is_only_its_own_when_bracketed() -> None:
    cites = find_citations("依据《云溪区“十三五”水利发展规划》和财预〔2011〕285号开展。")
    assert [(c.kind, c.plan, c.period, c.doc_number) for c in cites] == [
        ("title", "十三五", (2016, 2020), None), ("doc_number", None, None, "财预〔2011〕285号")]


def test_category_rows_are_subtotals() -> None:
    rows = [["支出内容", "数量", "单价（万元）", "金额（万元）"],
            ["一、设备购置费", "", "", "100"], ["充电桩", "200", "0.5", "100"],
            ["二、安装费", "", "", "20"], ["安装调试", "200", "0.1", "20"], ["合计", "", "", "120"]]
    [t] = extract_budget_tables(make_doc("某报告", rows))
    assert [ln.kind for ln in t.lines] == ["subtotal", "line", "subtotal", "line", "total"]
    assert sum(ln.amount_wan or 0 for ln in t.items) == 120


def test_score_from_a_scoring_table() -> None:
    doc = make_doc("某项目事前绩效评估报告", "（六）总体结论", "评估结论为“予以支持”。", "附件：评分表",
                   [["评估维度", "分值", "得分"], ["立项必要性", "20", "18"], ["投入经济性", "20", "12"],
                    ["合计", "100", "72"]])
    r = extract_report(doc)
    assert r.score is not None and r.score.value == 72 and r.score.text == "合计 100 72"


def test_a_year_range_in_a_notice_title_is_not_a_plan_period() -> None:
    [c] = find_citations("依据《关于下达2019—2020年度农村公路养护资金的通知》。")
    assert c.period is None and c.plan is None


def sichuan_style_report() -> list[str | list[list[str]]]:
    """A third-party report laid out like published Sichuan examples (abridged, fictitious content)."""
    return [
        "示例区至某景区航线补贴项目", "事前绩效评估报告",
        "委托单位：示例州财政局", "评估机构：示例会计师事务所有限公司", "评估基准日：2026年7月25日",
        "报告摘要（决策要点）",
        "项目申报补贴总额975万元（申请省级财政585万元、州级财政390万元），按650元/人次补贴。",
        "【评估结论】", "在补齐先决条件后，建议予以支持。",
        "一、评估工作概述", "（一）评估目的", "为航线补贴预算安排提供独立参考。",
        "（二）评估依据", "1.《中华人民共和国预算法》；", "2.《四川省预算绩效评估管理办法》（川财绩〔2025〕12号）；",
        "（三）评估方法", "以成本效益分析法为主，辅以比较法和因素分析法。",
        "二、项目基本情况", "（一）项目概况", "项目属新增项目，计划执飞150架次，目标旅客15000人次。",
        "（二）项目背景", "铁路通车后省内短途航线客流下降明显，需开拓省外远程客源市场。",
        "（三）绩效目标", "设定了执飞架次、旅客吞吐量和满意度等指标。",
        "（四）资金安排",
        [["资金来源", "金额（万元）", "占比"], ["省级财政补贴", "585", "60%"], ["州级财政配套", "390", "40%"],
         ["合计", "975", "100%"]],
        "三、评估内容及分析",
        "（一）立项必要性评估", "1. 政策符合性", "项目符合省级高高原机场航线补贴政策框架，具有组织基础。",
        "（二）投入经济性评估", "单客运营成本约1252元，扣除票价后差额约602元，补贴标准基本自洽。",
        "（三）绩效目标合理性评估", "指标框架规范，部分表述应改为事前预期式。",
        "（四）实施方案可行性评估", "执飞技术条件具备，航线审批和协议签署尚未完成。",
        "（五）筹资合规性评估", "州级资金拟通过本级预算安排，省级资金需另行报批。",
        "（六）补贴模式比选建议（专题分析）", "建议首季维持人头补贴模式，之后探索按班次补贴。",
        "四、评估结论", "（一）总体结论", "在补齐下列先决条件后，建议予以支持。评估建议维持975万元预算规模，评减0万元。",
        "五、发现的主要问题", "（一）核心效益数据可核验性受限。",
        "六、改进建议", "1. 加快推进航线审批和协议签署。",
        "七、其他需要说明的事项", "本报告仅供示例州财政局决策使用。",
        "示例会计师事务所有限公司", "二〇二六年七月二十五日",
    ]


def test_a_third_party_report_in_another_province_layout(settings: object) -> None:
    doc = make_doc(*sichuan_style_report())
    r = extract_report(doc)
    keys = {s.key for s in r.sections}
    assert keys >= {"work", "basic_info", "background", "goals", "funding", "assessment", *FIVE,
                    "overall_conclusion", "suggestions", "other"}
    assert [s.title for s in r.sections if s.key == "necessity"] == ["立项必要性评估"]
    assert r.requested_amount is not None and r.requested_amount.value_wan == 975
    assert r.recommended_budget is not None and r.recommended_budget.value_wan == 975
    assert r.reduction is not None and r.reduction.value_wan == 0
    assert r.conclusion is not None and r.conclusion.term == "予以支持"
    assert r.evaluator is not None and r.evaluator.value == "示例会计师事务所有限公司"
    assert r.report_date is not None and r.report_date.value == date(2026, 7, 25)
    assert [c.doc_number for c in r.cited_bases if c.doc_number] == ["川财绩〔2025〕12号"]


def test_the_third_party_layout_is_only_short_of_a_calculation_table(settings: object) -> None:
    from reportbuild import findings

    got = findings(settings, (make_doc(*sichuan_style_report()), "appraisal_report"))[0]  # type: ignore[arg-type]
    # Besides the calculation table, the offline evidence checks (EA-*-90) point at what the report
    # really omits: no figure behind the need, no dated schedule, no responsible body, and no source for
    # the unit cost (1252元 per passenger) behind the subsidy standard.
    assert [(f.rule_id, f.severity) for f in got] == [
        ("EA-NEC-90", "warning"), ("EA-FEA-90", "warning"), ("EA-FEA-91", "warning"), ("EA-ECO-90", "warning"),
        ("EA-ECO-01", "warning")]
