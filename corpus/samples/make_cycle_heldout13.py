"""Self-evaluations whose 实际完成值 are written in Chinese numerals (the heldout13 class, all fictitious, 示例).

Written after the heldout13 set (``corpus/eval/heldout13/README.md``): units fill the 实际完成值 of a 自评表 as words —
"五百二十", "百分之九十三", "百分之百", "两次" — beside targets in digits ("≥500人", "≥90%") or in words ("达到百分之百").
Those are numbers and are scored like "520" and "93%". The projects, texts and figures are our own.

* ``se_clean_cn_numerals_f27.xlsx``: every quantitative row met, actuals in words, 得分 = 分值 (clean).
* ``ev02_cn_numeral_full_f27.docx``: the same table with "出院患者随访率 ≥95%" done "百分之八十五" and still given the
  full 15 points (EV-02: 85÷95×15 = 13.42); the cause of the shortfall is written.

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_heldout13.py``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例材料：本表为虚构示例，仅用于测试。"
EV_RULES = ["EV-01", "EV-02", "EV-03", "EV-04", "EV-05", "EV-06"]
PROJECT = "示例区家庭医生签约服务补助项目"

# 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分 (None: full points), 偏差原因分析及改进措施
Row = tuple[str, str, str, str, str, int, str | None, str]
ROWS: list[Row] = [
    ("产出指标", "数量指标", "重点人群签约人数", "≥500人", "五百二十人", 15, None, ""),
    ("产出指标", "数量指标", "签约居民年度健康评估", "≥2次", "两次", 10, None, ""),
    ("产出指标", "质量指标", "出院患者随访率", "≥95%", "百分之九十六", 15, None, ""),
    ("产出指标", "时效指标", "补助资金拨付时间", "2024年6月30日前", "2024年6月20日", 10, None, ""),
    ("效益指标", "社会效益指标", "签约居民慢病规范管理率", "达到百分之百", "百分之百", 15, None, ""),
    ("效益指标", "可持续影响指标", "签约服务长效机制", "逐步健全", "达成年度指标", 15, None, ""),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "百分之九十三", 10, None, ""),
]


def _model(title: str, rows: list[Row], total: str) -> DocModel:
    g = Grid([2.0] * 8)
    g.add([(title, 8)], header=True)
    g.add(["项目名称", (PROJECT, 3), "主管部门", ("示例区卫生健康局", 3)], labels=(0, 4))
    g.add(["实施单位", ("示例区社区卫生服务中心", 7)], labels=(0,))
    g.add(["项目资金（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], header=True)
    g.add(["", "年度资金总额", "60", "60", "58.8", "10", "98.00%", "9.8"])
    g.add(["", "其中：财政拨款", "60", "60", "58.8", "—", "—", "—"])
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          header=True)
    for l1, l2, l3, target, actual, weight, score, cause in rows:
        g.add([l1, l2, l3, target, actual, str(weight), score or str(weight), cause])
    g.add([("总分", 5), "100", total, "自评等级：优"], labels=(0,))
    return DocModel(title=title, blocks=[Para(title, "title"), Para(NOTICE, "notice"), g], notice=NOTICE,
                    sheet_name="自评表")


UNMET: list[Row] = [
    ("产出指标", "质量指标", "出院患者随访率", "≥95%", "百分之八十五", 15, "15",
     "部分患者出院后外出务工，电话随访未接通；下一年增加上门随访。") if r[2] == "出院患者随访率" else r
    for r in ROWS
]


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


def build_heldout13(out: Path) -> list[dict[str, Any]]:
    """Write the two samples into ``out`` and return their labels (appended by make_cycle.build)."""
    title = "2024年度项目支出绩效自评表"
    write(_model(title, ROWS, "99.8"), out / "se_clean_cn_numerals_f27.xlsx")
    write(_model(title, UNMET, "99.8"), out / "ev02_cn_numeral_full_f27.docx")
    due = (Decimal(15) * Decimal(85) / Decimal(95)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    # The numbers the words stand for, scored here with Decimal (met: full points; 85 against ≥95: 85÷95×15).
    full = {"重点人群签约人数": 15.0, "签约居民年度健康评估": 10.0, "出院患者随访率": 15.0, "签约居民慢病规范管理率": 15.0,
            "签约居民满意度": 10.0}
    expect = {"project_name": PROJECT, "amount_wan": 60.0, "exec_score": 9.8}
    return [
        {"file": "cycle/se_clean_cn_numerals_f27.xlsx", "kind": "self_evaluation", "fiscal_year": 2024,
         "must": [], "must_not": list(EV_RULES),
         "note": "实际完成值写中文数字（“五百二十人”“两次”“百分之九十六”“百分之百”“百分之九十三”），全部达成、得分等于分值："
                 "中文数字按数值读取，无问题。",
         "expect": {**expect, "stated_total": 99.8, "rule_total": 99.8, "grade": "优", "rule_scores": full}},
        {"file": "cycle/ev02_cn_numeral_full_f27.docx", "kind": "self_evaluation", "fiscal_year": 2024,
         "must": ["EV-02"], "must_not": ["EV-01", "EV-03", "EV-05", "EV-06"],
         "note": f"同上（docx），“出院患者随访率 ≥95%”实际“百分之八十五”仍得满分15分：按85÷95×15应得{due}分（EV-02；"
                 "总分随之偏高，EV-04 可报）。",
         "expect": {**expect, "stated_total": 99.8, "rule_total": float(Decimal("99.8") - 15 + due), "grade": "优",
                    "rule_scores": {**full, "出院患者随访率": float(due)}}},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_heldout13(HERE / "cycle")), "份样本已写入", HERE / "cycle")
