"""Self-evaluations scored in the form's own blocks, and 10号 forms with template rows (all fictitious, 示例).

Written after the heldout14 set (``corpus/eval/heldout14/README.md``) showed these layouts misread. Facts from public
pages (facts only): a city's 部门项目支出绩效自评表 (银川市本级 2021) scores four blocks 项目决策（10分）/ 项目管理（25分，
with 预算执行率 a 三级 indicator of 10 points）/ 项目产出（30分）/ 项目效益（35分, 满意度指标 a 二级 inside it), writes
"自评得分 | 财政审核评分" in the head and the money as "年度资金总额 | 年初预算数 | 调整预算数（A）| 全年执行数（B）|
执行率（B/A）"; other forms score 预算执行率 among 项目资金管理/资金到位/资金使用合规 (biz.doczj.com, 项目支出绩效自评表).
A county's 10号 附件2 form (天长市水利局 2022) keeps "……" lines and "指标1：/ / /" rows for indicators that do not
apply. The projects, texts and figures here are our own.

* ``se_four_block_clean_f29.xlsx``: four blocks, 年中追加 (调整预算数 250 > 年初 200, 执行 240 → 96%, 得 9.6),
  satisfaction inside 项目效益, 自评得分 99.6 in the head (clean).
* ``ev01_four_block_points_f29.docx``: the same form, 项目产出（30分）over rows of 10+5+5+5 = 25 points (EV-01).
* ``ev02_four_block_initial_f29.docx``: the same form, 执行率 written 120% (240 ÷ 年初 200) instead of 96% against the
  调整预算数 250 (EV-02).
* ``se_template_rows_f29.docx``: 10号 附件2 form with "……" lines, a "指标1：/ / /" not-applicable row and a 时效 target
  "验收合格后15个工作日内" completed "按期支付" (clean).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_four_block.py``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"
EV_RULES = ["EV-01", "EV-02", "EV-03", "EV-04", "EV-05", "EV-06"]
PROJECT = "示例市社区养老服务站运营补助项目"
PROJECT_BRIDGE = "示例县农村公路危桥改造项目"

# 一级 (with points), 二级, 三级, 分值, 指标值（A）, 全年实际值（B）, 得分, 未完成原因分析及改进措施
FOUR_BLOCK_ROWS = [
    ["项目决策（10分）", "项目立项", "立项依据充分性", "4", "依据充分、程序规范", "依据充分、程序规范", "4", ""],
    ["", "绩效目标", "绩效目标明确性", "3", "目标明确、细化量化", "目标明确、细化量化", "3", ""],
    ["", "资金投入", "预算编制科学性", "3", "有测算依据", "有测算依据", "3", ""],
    ["项目管理（25分）", "资金管理", "预算执行率", "10", "100%", "96%", "9.6", ""],
    ["", "", "资金使用合规性", "8", "无违规使用", "无违规使用", "8", ""],
    ["", "组织实施", "管理制度健全性", "7", "制度健全、执行有效", "制度健全、执行有效", "7", ""],
    ["项目产出（30分）", "数量指标", "运营社区养老服务站", "10", "≥24个", "25个", "10", ""],
    ["", "质量指标", "服务站年度考核合格率", "5", "≥95%", "100%", "5", ""],
    ["", "时效指标", "补助资金拨付时间", "5", "2024年12月底前", "12月18日拨付", "5", ""],
    ["", "成本指标", "每站年运营补助", "10", "≤10万元", "9.6万元", "10", ""],
    ["项目效益（35分）", "社会效益指标", "服务老年人人次", "15", "≥36000人次", "37200人次", "15", ""],
    ["", "可持续影响指标", "服务站长效运营", "10", "长效运营", "长效运营", "10", ""],
    ["", "满意度指标", "服务对象满意度", "10", "≥90%", "94%", "10", ""],
]


def _four_block(title: str, rows: list[list[str]], initial: str, adjusted: str, executed: str, rate: str,
                head_score: str) -> DocModel:
    g = Grid([2.0] * 8)
    g.add(["项目名称", (PROJECT, 7)], labels=(0,))
    g.add(["主管部门", ("示例市民政局", 3), "实施单位", ("示例市养老服务指导中心", 3)], labels=(0, 4))
    g.add(["自评得分", (head_score, 3), "财政审核评分", ("", 3)], labels=(0, 4))
    g.add(["项目资金（万元）", "年度资金总额", ("年初预算数", 2), "调整预算数（A）", "全年执行数（B）", ("执行率（B/A）", 2)],
          header=True)
    r = g.add(["", "", (initial, 2), adjusted, executed, (rate, 2)])
    g.vmerge(0, r - 1, r)
    g.vmerge(1, r - 1, r)
    g.add(["年度总体目标", "年初设定目标", ("保障全市社区养老服务站正常运营，为老年人提供日间照料和助餐服务。", 6)], labels=(0, 1))
    g.add(["一级指标", "二级指标", "三级指标", "分值", "指标值（A）", "全年实际值（B）", "得分", "未完成原因分析及改进措施"],
          header=True)
    for r in rows:
        g.add(r)
    note = (f"说明：年中追加服务站改造补助{Decimal(adjusted) - Decimal(initial)}万元，调整预算数为{adjusted}万元，"
            "执行率按调整预算数计算。")
    blocks: list[Any] = [Para(title, "title"), Para(NOTICE, "notice"), g, Para(note, "small")]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="自评表")


def _short_output(rows: list[list[str]]) -> list[list[str]]:
    """项目产出（30分）over 10+5+5+5: the 成本指标 row scored 5 of 5 instead of 10 of 10."""
    out = [list(r) for r in rows]
    for r in out:
        if r[2] == "每站年运营补助":
            r[3], r[6] = "5", "5"
    return out


# 10号 附件2 with template rows: 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
TEMPLATE_ROWS = [
    ["产出指标（50分）", "数量指标", "指标1：改造农村公路危桥", "≥8座", "8座", "20", "20", ""],
    ["", "", "……", "", "", "", "", ""],
    ["", "质量指标", "指标1：工程验收合格率", "100%", "100%", "10", "10", ""],
    ["", "时效指标", "指标1：工程款支付时间", "验收合格后15个工作日内", "按期支付", "10", "10", ""],
    ["", "成本指标", "指标1：单座危桥改造成本", "≤45万元", "43.8万元", "10", "10", ""],
    ["效益指标（30分）", "经济效益指标", "指标1：/", "/", "/", "/", "/", "不适用，分值并入社会效益"],
    ["", "社会效益指标", "指标1：通行安全事故起数", "≤1起", "0起", "30", "30", ""],
    ["", "", "指标2：", "", "", "", "", ""],
    ["满意度指标（10分）", "服务对象满意度指标", "指标1：沿线群众满意度", "≥90%", "95%", "10", "10", ""],
]


def _template_form(title: str) -> DocModel:
    g = Grid([2.0] * 8)
    g.add([(title, 8)], header=True)
    g.add(["项目名称", (PROJECT_BRIDGE, 3), "主管部门", ("示例县交通运输局", 3)], labels=(0, 4))
    g.add(["实施单位", ("示例县农村公路管理所", 7)], labels=(0,))
    g.add(["项目资金（万元）", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分", ""],
          header=True)
    g.add(["年度资金总额", "360", "360", "352.8", "10", "98%", "9.8", ""])
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          header=True)
    for r in TEMPLATE_ROWS:
        g.add(r)
    g.add([("总分", 5), "100", "99.8", ""], labels=(0,))
    blocks: list[Any] = [Para(title, "title"), Para(NOTICE, "notice"), g,
                         Para("注：一级指标分值统一设置为：产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。",
                              "small")]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="自评表")


def build_four_block(out: Path) -> list[dict[str, Any]]:
    """Write the four samples into ``out`` and return their labels (appended by make_cycle.build)."""
    title = "示例市本级部门项目支出绩效自评表（2024年）"
    write(_four_block(title, FOUR_BLOCK_ROWS, "200", "250", "240", "96%", "99.6"), out / "se_four_block_clean_f29.xlsx")
    write(_four_block(title, _short_output(FOUR_BLOCK_ROWS), "200", "250", "240", "96%", "94.6"),
          out / "ev01_four_block_points_f29.docx")
    write(_four_block(title, FOUR_BLOCK_ROWS, "200", "250", "240", "120%", "99.6"), out / "ev02_four_block_initial_f29.docx")
    write(_template_form("项目支出绩效自评表（2024年度）"), out / "se_template_rows_f29.docx")
    expect = {"project_name": PROJECT, "amount_wan": 200.0}

    def label(file: str, must: list[str], note: str, **more: Any) -> dict[str, Any]:
        return {"file": f"cycle/{file}", "kind": "self_evaluation", "fiscal_year": 2024, "must": must,
                "must_not": [r for r in EV_RULES if r not in must], "note": note, "expect": {**expect, **more}}

    return [
        label("se_four_block_clean_f29.xlsx", [],
              "四段式自评表（项目决策10/项目管理25/项目产出30/项目效益35）：预算执行率是项目管理段内的三级指标（96%得9.6分），"
              "满意度指标列在项目效益段内；年中追加，执行率按调整预算数（A）250万元计为96%；表头“自评得分 | 99.6”是总分。无问题。",
              stated_total=99.6),
        label("ev01_four_block_points_f29.docx", ["EV-01"],
              "同一四段式表：一级“项目产出（30分）”下各三级指标分值合计25分（成本指标只给5分），分值合计95分。",
              stated_total=94.6),
        label("ev02_four_block_initial_f29.docx", ["EV-02"],
              "同一四段式表：执行率写120%（按年初预算数200万元算），按调整预算数（A）250万元应为96%。",
              stated_total=99.6),
        {"file": "cycle/se_template_rows_f29.docx", "kind": "self_evaluation", "fiscal_year": 2024, "must": [],
         "must_not": list(EV_RULES),
         "note": "10号附件2式：“……”空行、“指标2：”空行和“指标1：/ / /”不适用行不是指标；时效指标“验收合格后15个工作日内”"
                 "实际“按期支付”按定性读。总分99.8，无问题。",
         "expect": {"project_name": PROJECT_BRIDGE, "amount_wan": 360.0, "stated_total": 99.8}},
    ]


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    labels = build_four_block(HERE / "cycle")
    print(f"{len(labels)} 份样本已写入 {HERE / 'cycle'}")
