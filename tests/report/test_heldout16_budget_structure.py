"""heldout16 budget arithmetic: "其中" rows under a line or the 合计 are breakdowns, never added again (nor read as the
sheet's fund sources); group subtotals are checked against their own lines and not added together with them; a gap
within rounding is no error; the 资金构成 sentence of a report is added up; a 预算科目×资金来源 table is a 测算表."""

from __future__ import annotations

from docbuild import make_doc
from reportbuild import findings
from review_assistant.extract.fund_sentence import composition_pairs
from review_assistant.extract.goal_sheet import extract_goal_sheet, money_pairs
from review_assistant.extract.report import extract_report
from review_assistant.parsing.model import ParsedDocument
from review_assistant.settings import Settings

TITLE = "示例镇雨污分流改造项目事前绩效评估报告"
HEAD = ["序号", "支出内容", "数量", "单位", "单价（元）", "金额（万元）", "测算依据"]
GOALS = [["项目名称", "示例镇雨污分流改造项目", "<", "资金总额（万元）", "{total}", "<"],
         ["年度总体目标", "完成镇区雨污分流改造。", "<", "<", "<", "<"],
         ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
         ["产出指标", "数量指标", "改造管网长度", "≥", "2.6", "公里"],
         ["产出指标", "质量指标", "验收合格率", "≥", "95", "%"],
         ["产出指标", "时效指标", "完成时间", "≤", "2026年10月31日", "年月日"],
         ["产出指标", "成本指标", "项目总成本", "≤", "{total}", "万元"],
         ["效益指标", "社会效益指标", "污水收集率", "≥", "90", "%"],
         ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "90", "%"]]


def _report(budget: list[list[str]], total: str, funds: str = "") -> ParsedDocument:
    goals = [[c.replace("{total}", total) for c in row] for row in GOALS]
    return make_doc(
        TITLE, "项目单位：示例镇人民政府", "一、评估对象基本情况", "（一）立项背景。现有管网雨污混流。",
        f"（二）资金构成。{funds or f'申请县级财政资金{total}万元。'}", "二、评估工作开展情况", "采用资料审查和现场调研。",
        "三、综合评估情况与评估结论", "（一）投入经济性。工程费按2025年信息价测算，预算测算明细见下表。", [HEAD, *budget],
        "（二）总体结论。项目综合得分86分，予以支持。", "四、相关建议", "按测算明细执行。", "附件：项目绩效目标表", goals,
        path="示例报告.docx")


def _budget_findings(settings: Settings, doc: ParsedDocument, kind: str = "appraisal_report") -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message) for f in findings(settings, (doc, kind))[0]
            if f.rule_id in {"EA-ECO-01", "GS-02"}]


# ---- 其中 rows --------------------------------------------------------------------------------------

SOURCES_UNDER_TOTAL = [
    ["1", "管网开挖修复", "2600", "米", "220", "57.20", "信息价"],
    ["2", "检查井修复", "若干", "—", "—", "3.80", "现场踏勘估列"],
    ["3", "预备费", "—", "—", "按工程费3%", "1.72", "57.20×3%"],
    ["合计", "", "", "", "", "62.72", ""],
    ["其中：县级财政补助", "", "", "", "", "50.00", ""],
    ["镇自筹", "", "", "", "", "12.72", ""],
]


def test_source_rows_under_the_total_are_not_spending_lines(settings: Settings) -> None:
    doc = _report(SOURCES_UNDER_TOTAL, "62.72", "资金总额62.72万元，其中县级财政补助50.00万元、镇自筹12.72万元。")
    table = extract_report(doc).budget_tables[0]
    assert [ln.kind for ln in table.lines] == ["line", "line", "line", "total", "part", "part"]
    assert table.items_sum() == 62.72
    assert not [f for f in _budget_findings(settings, doc) if f[1] == "error"]


def test_a_wrong_total_is_still_an_error_with_source_rows_below(settings: Settings) -> None:
    rows = [r.copy() for r in SOURCES_UNDER_TOTAL]
    rows[3][5] = "64.72"
    found = _budget_findings(settings, _report(rows, "64.72"))
    assert [(r, s) for r, s, _ in found] == [("EA-ECO-01", "error")]  # reported once, not again as GS-02
    assert "62.72万元" in found[0][2]


def test_breakdown_of_a_line_is_not_added(settings: Settings) -> None:
    rows = [["1", "监控设备购置", "", "", "", "40.00", "询价"],
            ["", "其中：摄像机", "200", "台", "1500", "30.00", "询价"],
            ["", "其中：硬盘录像机", "20", "台", "5000", "10.00", "询价"],
            ["2", "安装调试", "1", "项", "80000", "8.00", "合同价"],
            ["合计", "", "", "", "", "48.00", ""]]
    table = extract_report(_report(rows, "48.00")).budget_tables[0]
    assert [ln.kind for ln in table.lines] == ["line", "part", "part", "line", "total"]
    assert not [f for f in _budget_findings(settings, _report(rows, "48.00")) if f[1] == "error"]


def test_source_rows_of_a_budget_table_are_not_the_sheets_funds() -> None:
    doc = make_doc("2026年度项目支出绩效目标申报表",
                   [["项目名称", "示例镇健身器材更新项目", "主管部门", "示例县文化体育局"],
                    ["资金总额（万元）", "18.60", "其中：财政拨款", "15.00"], ["其他资金", "3.60", "", ""],
                    ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "更新器材村数", "31个"]],
                   "附：项目资金测算明细",
                   [["序号", "支出内容", "数量", "单位", "单价（元）", "金额（元）"],
                    ["1", "室外健身器材", "31", "批", "6000", "186000"], ["合计", "", "", "", "", "186000"],
                    ["其中：县级补助", "", "", "", "", "150000"], ["镇自筹", "", "", "", "", "36000"]])
    sheet = extract_goal_sheet(doc)
    assert {k: f.value_wan for k, f in sheet.funds.items()} == {"total": 18.6, "fiscal": 15.0, "other": 3.6}
    assert sheet.budget_detail is not None and sheet.budget_detail.items_sum() == 18.6


# ---- subtotals --------------------------------------------------------------------------------------

GROUPED = [["一", "设备购置", "", "", "", "46.60", "小计"],
           ["1", "便携式B超", "14", "台", "26000", "36.40", "协议价"],
           ["2", "心电图机", "14", "台", "8500", "11.90", "协议价"],
           ["二", "村医培训", "", "", "", "12.60", "小计"],
           ["1", "培训费", "420", "人天", "300", "12.60", "培训费标准"],
           ["三", "资料印制", "420", "套", "31.43", "1.32", ""],
           ["合计", "", "", "", "", "60.52", ""]]


def test_a_wrong_subtotal_is_named_and_the_total_built_on_it_is_not(settings: Settings) -> None:
    found = _budget_findings(settings, _report(GROUPED, "60.52"))
    assert [(r, s) for r, s, _ in found] == [("EA-ECO-01", "error")]
    assert "“设备购置”小计" in found[0][2] and "48.30万元" in found[0][2]


def test_subtotals_that_add_up_give_nothing(settings: Settings) -> None:
    rows = [r.copy() for r in GROUPED]
    rows[0][5], rows[6][5] = "48.30", "62.22"
    table = extract_report(_report(rows, "62.22")).budget_tables[0]
    assert [ln.kind for ln in table.lines] == ["subtotal", "line", "line", "subtotal", "line", "line", "total"]
    assert [ln.parent for ln in table.lines[:6]] == [None, 0, 0, None, 3, None]
    assert _budget_findings(settings, _report(rows, "62.22")) == []


def test_a_subtotal_row_at_the_bottom_of_its_group(settings: Settings) -> None:
    rows = [["1", "便携式B超", "14", "台", "26000", "36.40", "协议价"],
            ["2", "心电图机", "14", "台", "8500", "11.90", "协议价"],
            ["", "小计", "", "", "", "48.30", ""],
            ["3", "培训费", "420", "人天", "300", "12.60", "培训费标准"],
            ["", "小计", "", "", "", "12.60", ""],
            ["合计", "", "", "", "", "60.90", ""]]
    table = extract_report(_report(rows, "60.90")).budget_tables[0]
    assert [ln.parent for ln in table.lines] == [2, 2, None, 4, None, None]
    assert _budget_findings(settings, _report(rows, "60.90")) == []


def test_goal_sheet_group_subtotal_is_not_added_twice(settings: Settings) -> None:
    detail = [["序号", "支出内容", "数量", "单位", "单价（元）", "金额（万元）"],
              ["一", "保洁服务", "", "", "", "33.12"],
              ["1", "河道保洁", "220.8", "公里·月", "1350", "29.81"],
              ["2", "保洁船只燃油及维修", "若干", "—", "—", "3.31"],
              ["合计", "", "", "", "", "33.12"]]
    header = [["项目名称", "示例镇河道保洁项目", "主管部门", "示例县水利局"],
              ["资金总额（万元）", "33.12", "其中：财政拨款", "33.12"],
              ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "保洁河道长度", "18.4公里"]]
    doc = make_doc("2026年度项目支出绩效目标申报表", header, "附：项目资金测算明细", detail)
    assert _budget_findings(settings, doc, "goal_sheet") == []
    detail[1][5] = "34.12"
    found = _budget_findings(settings, make_doc("2026年度项目支出绩效目标申报表", header, "附：项目资金测算明细", detail),
                             "goal_sheet")
    assert ("GS-02", "error") in [(r, s) for r, s, _ in found]
    assert any("“保洁服务”小计为34.12万元" in m and "33.12万元" in m for _, _, m in found)


# ---- rounding ---------------------------------------------------------------------------------------

def _lamp_sheet(total: str, amount: str) -> ParsedDocument:
    return make_doc("2026年度项目支出绩效目标申报表",
                    [["项目名称", "示例镇道路照明维护项目", "主管部门", "示例县城市管理局"],
                     ["资金总额（万元）", total, "其中：财政拨款", total], ["其他资金", "0", "", ""],
                     ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "维护路灯数量", "1150盏"]],
                    "附：项目资金测算明细",
                    [["序号", "支出内容", "数量", "单位", "单价（元）", "金额（万元）"],
                     ["1", "路灯维护", "1150", "盏", "365", amount], ["合计", "", "", "", "", amount]])


def test_a_rounding_gap_is_a_warning_that_says_so(settings: Settings) -> None:
    found = _budget_findings(settings, _lamp_sheet("42.00", "41.98"), "goal_sheet")
    assert [(r, s) for r, s, _ in found] == [("GS-02", "warning")]
    assert "尾差" in found[0][2] and "0.02万元" in found[0][2]


def test_a_real_gap_stays_an_error(settings: Settings) -> None:
    found = _budget_findings(settings, _lamp_sheet("43.00", "41.98"), "goal_sheet")
    assert [(r, s) for r, s, _ in found] == [("GS-02", "error")]


# ---- the 资金构成 sentence -------------------------------------------------------------------------------

def test_composition_sentence_that_does_not_add_up_warns(settings: Settings) -> None:
    budget = [["1", "高清摄像机", "640", "台", "1000", "64.00", "成交均价"],
              ["2", "一键报警装置", "64", "套", "5000", "32.00", "成交均价"], ["合计", "", "", "", "", "96.00", ""]]
    doc = _report(budget, "96.00", "资金总额96.00万元，其中区级财政拨款70.00万元、上年结转资金16.00万元。")
    found = [f for f in _budget_findings(settings, doc) if f[0] == "GS-02"]
    assert [s for _, s, _ in found] == ["warning"]
    assert "区级财政拨款70.00万元" in found[0][2] and "86.00万元" in found[0][2]
    ok = _report(budget, "96.00", "资金总额96.00万元，其中区级财政拨款80.00万元、上年结转资金16.00万元。")
    assert _budget_findings(settings, ok) == []


def test_only_a_plain_total_then_sources_sentence_is_read() -> None:
    def read(text: str) -> list[tuple[str, str]]:
        return composition_pairs(text, money_pairs(text))

    assert read("（二）资金构成。资金总额82.40万元，其中县级财政补助60.00万元、镇自筹22.40万元。") == [
        ("资金总额", "82.40万元"), ("县级财政补助", "60.00万元"), ("镇自筹", "22.40万元")]
    assert read("（二）资金构成。申请区级财政资金86.40万元，其中一般公共预算拨款86.40万元。") == []
    assert read("（二）资金构成。资金总额100万元，其中财政拨款80万元（其中上级50万元）、自筹20万元。") == []
    assert read("项目总投资资金总额100万元，其中财政拨款80万元、自筹20万元。") == []  # not a 资金构成 item


# ---- 预算科目 × 资金来源 ---------------------------------------------------------------------------------

SUBJECTS = [["预算科目名称", "合计", "区级财政拨款", "上年结转"],
            ["1、材料费（检测试剂 9600批次×22.5元）", "21.60", "21.60", "0.00"],
            ["2、设备维护费", "4.80", "0.00", "4.80"],
            ["3、劳务费（抽样人员）", "2.40", "2.40", "0.00"],
            ["经费支出合计", "28.80", "24.00", "4.80"]]


def _subject_report(rows: list[list[str]], total: str = "28.80") -> ParsedDocument:
    doc = _report([], total)
    blocks = list(doc.blocks)
    index = next(i for i, b in enumerate(blocks) if b.table is not None)
    blocks[index] = make_doc("x", rows).blocks[1].model_copy(update={"location": blocks[index].location})
    return doc.model_copy(update={"blocks": blocks})


def test_subject_by_source_table_is_a_budget_table(settings: Settings) -> None:
    doc = _subject_report(SUBJECTS)
    table = extract_report(doc).budget_tables[0]
    assert list(table.source_columns) == ["区级财政拨款", "上年结转"]
    assert table.total is not None and table.total.sources == {"区级财政拨款": 24.0, "上年结转": 4.8}
    assert table.items[0].quantity == 9600 and table.items[0].unit_price_wan == 0.00225
    assert _budget_findings(settings, doc) == []


def test_subject_by_source_table_that_does_not_balance(settings: Settings) -> None:
    rows = [r.copy() for r in SUBJECTS]
    rows[2][3] = "3.80"  # 设备维护费 4.80 = 0.00 + 3.80? and the 上年结转 column no longer adds up to 4.80
    rows[1][0] = "1、材料费（检测试剂 9600批次×25元）"
    msgs = [m for r, s, m in _budget_findings(settings, _subject_report(rows)) if r == "EA-ECO-01" and s == "error"]
    assert any("材料费" in m and "24.00万元" in m for m in msgs)  # 9600 × 25元 = 24.00万元, written 21.60
    assert any("“2、设备维护费”一行的合计为4.80万元" in m and "3.80万元" in m for m in msgs)
    assert any("“上年结转”列各科目之和为3.80万元" in m for m in msgs)


# A 经费预算表 numbered by level ("一、经费支出", "（一）直接费用", "1、设备费", "（1）购置设备费") with its 经费来源 below.
NESTED = [["序号", "预算科目名称", "合计", "专项经费", "自筹经费"],
          ["1", "一、经费支出", "30.00", "24.00", "6.00"],
          ["2", "（一）直接费用", "27.00", "21.00", "6.00"],
          ["3", "1、设备费", "12.00", "12.00", "0.00"],
          ["4", "（1）购置设备费", "10.00", "10.00", "0.00"],
          ["5", "（2）设备改造与租赁费", "2.00", "2.00", "0.00"],
          ["6", "2、材料费", "9.00", "5.00", "4.00"],
          ["7", "3、劳务费", "6.00", "4.00", "2.00"],
          ["8", "（二）间接费用", "3.00", "3.00", "0.00"],
          ["9", "二、经费来源", "30.00", "24.00", "6.00"],
          ["10", "（一）申请从专项经费获得的资助", "24.00", "24.00", ""],
          ["11", "（二）自筹经费来源", "6.00", "", "6.00"]]


def test_nested_subject_table_with_its_sources_below(settings: Settings) -> None:
    doc = _subject_report(NESTED, "30.00")
    table = extract_report(doc).budget_tables[0]
    assert list(table.source_columns) == ["专项经费", "自筹经费"] and table.sources_complete
    assert [ln.kind for ln in table.lines] == ["subtotal", "subtotal", "subtotal", "line", "line", "line", "line",
                                               "line", "part", "part", "part"]
    assert table.items_sum() == 30.0 and table.top_sum() == 30.0
    assert _budget_findings(settings, doc) == [
        ("EA-ECO-01", "warning", "报告未按“数量×单价（标准）=金额”逐项列示预算明细（测算表缺少数量或单价）。")]


def test_nested_subject_table_with_a_wrong_group_only_warns(settings: Settings) -> None:
    rows = [r.copy() for r in NESTED]
    rows[3][2] = "13.00"  # 1、设备费 13.00, its (1)(2) add up to 12.00 (the source columns still say 12.00)
    found = [(s, m) for r, s, m in _budget_findings(settings, _subject_report(rows, "30.00")) if r == "EA-ECO-01"]
    assert ("warning", "预算明细“1、设备费”小计为13.00（万元，即13.00万元），其下各项10.00＋2.00之和为12.00万元，不一致"
            "（表中没有数量和单价，分组是按序号层级判断的，请人工核对该行是否为其下各项的小计。）") in found
