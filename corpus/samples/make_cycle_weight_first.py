"""Self-evaluations with the 分值 column before the 年度指标值, and monitoring tables whose year is a header field
(all fictitious, 示例).

Written after the heldout8 blind set (``corpus/eval/heldout8/README.md``) showed these layouts misread; the texts,
projects and figures here are our own.

* 分值列在前式自评表: the title names no year, the header has "自评年度 | 2024年度"; the money block reads
  "执行率 | 分值 | 得分"; the indicator table "三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 | 未完成原因及改进措施" with
  "产出指标（50分）" in the 一级 cell; its last row "合计 | 90 | …" is the subtotal of the 90 indicator points, and the
  total is a separate row "自评总分 | X | 自评等级 | Y" (with the 10 execution points; in the PDF a small table of its
  own). The grade may be tick boxes ("□优 ■良 □中 □差"). A 时效 row whose target is a date is completed on time, or
  late ("2024年9月30日前" / "11月8日完成", scored below 80% with the reason).
* 一体化导出监控表 (项目编码, 监控时点 "2025年6月30日", 金额单位; money rows 合计/财政资金/其他资金; 指标性质, 指标值 and
  度量单位 in three columns) and a 1-8月 monitoring table with "监控期间 | 2025年1-8月": neither title names a year.

Expected scores come from ``make_cycle``'s Fraction arithmetic (ERow / EvalSpec), not from the package.
Written by ``make_cycle.build`` with the other cycle samples.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from make_cycle import (
    EV_RULES,
    MON_RULES,
    NOTICE,
    ERow,
    EvalSpec,
    MonSpec,
    Sample,
    _edit,
    _label,
    show,
    write,
)
from make_goal_sheets import DocModel, Grid, Para

# ---- 分值列在前式自评表 -----------------------------------------------------------------------------


@dataclass
class WeightFirstSpec(EvalSpec):
    year_label: str = "自评年度"
    grade_ticks: bool = False  # the grade as tick boxes "□优 ■良 □中 □差"
    total_table: bool = False  # 自评总分 in a small table of its own under the indicator table


GRADES = ("优", "良", "中", "差")


def clinic_rows() -> list[ERow]:
    return [
        ERow("产出指标", "数量指标", "配置数字化X射线摄影系统", "=", "4", "台", "4", 15),
        ERow("产出指标", "数量指标", "配置便携式彩色超声诊断仪", "≥", "6", "台", "6", 10),
        ERow("产出指标", "质量指标", "设备安装验收合格率", "=", "100", "%", "100", 10),
        ERow("产出指标", "时效指标", "设备安装调试完成时间", "定性", "2024年10月31日前", "", "10月18日完成", 5),
        ERow("产出指标", "成本指标", "设备采购总成本", "≤", "300", "万元", "288", 10),
        ERow("效益指标", "社会效益指标", "年基层影像检查人次", "≥", "12000", "人次", "7800", 30,
             cause="两个服务中心10月才完成人员培训，检查量未达预期；2025年一季度开展医师轮训"),
        ERow("满意度指标", "服务对象满意度指标", "就诊居民满意度", "≥", "90", "%", "85", 10,
             cause="候检时间偏长，已增设预约时段"),
    ]


def weight_first_model(spec: WeightFirstSpec) -> DocModel:
    title = spec.title_kind  # no year in the title: the year is the 自评年度 field
    ncol = 8
    g = Grid([2.2] * ncol)
    g.add([(title, ncol)], header=True)
    g.add(["项目名称", spec.project, "主管部门", spec.department, ("", 4)], labels=(0, 2))
    g.add(["实施单位", spec.unit, spec.year_label, f"{spec.year}年度", ("", 4)], labels=(0, 2))
    g.add(["资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", ""], header=True)
    g.add(["年度资金总额", spec.budget, spec.budget, spec.executed, f"{show(spec.rate())}%", str(spec.exec_weight),
           show(spec.exec_score()), ""])
    g.add(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "未完成原因及改进措施"], header=True)
    points: dict[str, int] = {}
    for r in spec.rows:
        points[r.l1] = points.get(r.l1, 0) + r.weight
    for r in spec.rows:
        actual = r.actual if r.sign == "定性" else f"{r.actual}{r.unit}"
        g.add([f"{r.l1}（{points[r.l1]}分）", r.l2, r.name, str(r.weight), r.target_cell(), actual,
               show(r.stated_score()), r.cause])
    subtotal = sum((r.stated_score() for r in spec.rows), Decimal(0))
    g.add([("合计", 3), str(sum(r.weight for r in spec.rows)), "", "", show(subtotal), ""], labels=(0,))
    grade = spec.grade()
    grade_cell = "　".join(("■" if g_ == grade else "□") + g_ for g_ in GRADES) if spec.grade_ticks else grade
    total_row = ["自评总分", show(spec.stated_total()), "自评等级", grade_cell]
    blocks: list[Any] = [Para(NOTICE, "notice"), g]
    if spec.total_table:
        t = Grid([2.2] * 4)
        t.add(total_row, labels=(0, 2))
        blocks.append(t)
        g = Grid([2.2, 6.6])
        blocks.append(g)
        g.add(["存在问题", spec.problems], labels=(0,))
        g.add(["改进措施", spec.measures], labels=(0,))
    else:
        g.add([*total_row, ("", 4)], labels=(0, 2))
        g.add(["存在问题", (spec.problems, ncol - 1)], labels=(0,))
        g.add(["改进措施", (spec.measures, ncol - 1)], labels=(0,))
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="自评表")


def weight_first_samples() -> list[Sample]:
    rows = clinic_rows()
    late = _edit(rows, "设备安装调试完成时间", target="2024年9月30日前", actual="11月8日完成", score="2",
                 cause="设备到货延迟，安装调试推迟约40天；今后提前一个季度启动采购")
    base: dict[str, Any] = dict(
        layout="weight_first", year=2024, project="云溪区社区卫生服务中心医疗设备购置项目", department="云溪区卫生健康局",
        unit="云溪区卫生健康局（本级）", budget="300", executed="288",
        problems="影像检查量和居民满意度未达到目标。", measures="开展医师轮训，增设预约时段。")
    met = _edit(_edit(rows, "年基层影像检查人次", actual="12600", cause=""), "就诊居民满意度", actual="93", cause="")
    return [
        Sample(WeightFirstSpec("se_clean_weight_first.xlsx", rows=met, **base), [],
               "分值列在前式：表题无年份，“自评年度 | 2024年度”；指标表末“合计 | 90”是指标小计，另起一行“自评总分 | 99.6 | 自评等级 | 优”。"),
        Sample(WeightFirstSpec("se_clean_weight_first_late.pdf", rows=late, grade_ticks=True, total_table=True, **base),
               [], "同上 PDF：自评总分写在单独的小表里，等级“□优 ■良 □中 □差”；设备安装“2024年9月30日前”实际“11月8日完成”，"
                   "按未达成只给2分（5分）并写明原因；影像检查、满意度按比例扣分。"),
        Sample(WeightFirstSpec("ev04_weight_first_grade.xlsx", rows=rows, grade_override="优", **base), ["EV-04"],
               "分值列在前式：自评总分88.54分（指标小计78.94分）却评“优”。"),
        Sample(WeightFirstSpec("ev02_weight_first_full_unmet.docx",
                               rows=_edit(met, "就诊居民满意度", actual="87", score="10", cause=""), **base),
               ["EV-02"], "分值列在前式：满意度87%未达到≥90%，仍给满分10分（应得9.67分，整数四舍五入也不能给满分）。",
               may=("EV-04", "EV-05")),
        Sample(WeightFirstSpec("ev03_weight_first_late_full.docx",
                               rows=_edit(met, "设备安装调试完成时间", target="2024年9月30日前", actual="2024年11月8日完成"),
                               **base),
               ["EV-03"], "分值列在前式：设备安装目标“2024年9月30日前”，实际“2024年11月8日完成”，仍按达成给满分5分。"),
    ]


# ---- monitoring tables whose year is a header field ---------------------------------------------------


@dataclass
class FieldYearMonSpec(MonSpec):
    code: str = "52012624R000000007316"
    table_rows: list[list[str]] = field(default_factory=list)  # the indicator rows as the form writes them


def integrated_model(spec: FieldYearMonSpec) -> DocModel:
    """一体化导出: 项目编码, 监控时点, 金额单位; money rows 合计/财政资金/其他资金; 指标性质/指标值/度量单位 columns."""
    title = "项目支出绩效运行监控表"
    ncol = 11
    g = Grid([2.0] * ncol)
    g.add([(title, ncol)], header=True)
    g.add(["项目名称", spec.project, "项目编码", spec.code, ("", 7)], labels=(0, 2))
    g.add(["主管部门", spec.department, "实施单位", spec.unit, ("", 7)], labels=(0, 2))
    day = 30 if spec.month in (4, 6, 9, 11) else 31
    g.add(["监控时点", f"{spec.year}年{spec.month}月{day}日", "金额单位", "万元", ("", 7)], labels=(0, 2))
    g.add(["资金类别", "年初预算数", "调整后预算数", f"1-{spec.month}月执行数", "执行率", ("", 6)], header=True)
    g.add(["合计", spec.budget, spec.adjusted, spec.executed, f"{show(spec.rate())}%", ("", 6)])
    g.add(["财政资金", spec.budget, spec.adjusted, spec.executed, f"{show(spec.rate())}%", ("", 6)])
    g.add(["其他资金", "0", "0", "0", "", ("", 6)])
    g.add(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", f"1-{spec.month}月完成值", "全年预计完成值",
           "完成目标可能性", "偏差原因类型", "偏差原因说明"], header=True)
    for row in spec.table_rows:
        g.add(row)
    return DocModel(title=title, blocks=[Para(NOTICE, "notice"), g], notice=NOTICE, sheet_name="监控表")


def period_model(spec: FieldYearMonSpec) -> DocModel:
    """A 1-N月 table with "监控期间 | 2025年1-8月" in its header and the targets written with their sign and unit."""
    title = "项目支出绩效运行监控表"
    ncol = 9
    g = Grid([2.0] * ncol)
    g.add(["项目名称", (spec.project, 3), "主管部门", (spec.department, 4)], labels=(0, 4))
    g.add(["实施单位", (spec.unit, 3), "监控期间", (f"{spec.year}年1-{spec.month}月", 4)], labels=(0, 4))
    g.add([("项目资金（万元）", 2), "年初预算数", "调整后预算数", f"1-{spec.month}月执行数", "执行率", ("", 3)], header=True)
    g.add([("年度资金总额", 2), spec.budget, spec.adjusted, spec.executed, f"{show(spec.rate())}%", ("", 3)])
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", f"1-{spec.month}月完成值", "全年预计完成值", "完成目标可能性",
           "偏差原因", "纠偏措施"], header=True)
    for row in spec.table_rows:
        g.add(row)
    blocks: list[Any] = [Para(title, "title"), Para(NOTICE, "notice"), g]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="监控表")


def field_year_mon_samples() -> list[tuple[Sample, Any]]:
    vaccine = [
        ["产出指标", "数量指标", "狂犬病免疫犬只数量", "≥", "3.2", "万只", "1.9", "3.3", "确定能", "", ""],
        ["产出指标", "质量指标", "免疫抗体合格率", "≥", "70", "%", "81", "80", "确定能", "", ""],
        ["产出指标", "时效指标", "春季集中免疫完成率", "=", "100", "%", "100", "100", "确定能", "", ""],
        ["产出指标", "成本指标", "每只犬免疫补助", "≤", "6", "元", "6", "6", "确定能", "", ""],
        ["效益指标", "社会效益指标", "人间狂犬病发病例数", "≤", "0", "例", "0", "0", "确定能", "", ""],
        ["满意度指标", "服务对象满意度指标", "养犬户满意度", "≥", "90", "%", "年底调查", "92", "确定能", "", ""],
    ]
    library = [
        ["产出指标", "数量指标", "社区书屋新增图书", "≥5000册", "3600册", "5200册", "确定能", "", ""],
        ["产出指标", "数量指标", "开展阅读推广活动", "≥48场", "30场", "44场", "有可能",
         "暑期两个书屋装修停办（硬件条件保障）", "9月起每周加办一场，必要时按程序调整年度指标"],
        ["产出指标", "质量指标", "图书编目差错率", "≤0.5%", "0.3%", "0.3%", "确定能", "", ""],
        ["效益指标", "社会效益指标", "社区书屋年借阅人次", "≥20000人次", "14100人次", "21000人次", "确定能", "", ""],
        ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "年底调查", "≥90%", "确定能", "", ""],
    ]
    return [
        (Sample(FieldYearMonSpec("mon_clean_integrated_point.xlsx", "integrated", year=2025, month=6,
                                 project="云溪区犬只狂犬病强制免疫项目", department="云溪区农业农村局",
                                 unit="云溪区动物疫病预防控制中心", budget="64", adjusted="60", executed="35.4",
                                 table_rows=vaccine),
                [], "一体化导出监控表：表题无年份，年度写在“监控时点 | 2025年6月30日”；调整后预算60万元，1-6月执行59%。"),
         integrated_model),
        (Sample(FieldYearMonSpec("mon_clean_period.docx", "period", year=2025, month=8, project="云溪区社区书屋运行补助项目",
                                 department="云溪区文化旅游体育局", unit="云溪区图书馆", budget="45", adjusted="45",
                                 executed="31.5", table_rows=library),
                [], "1-8月监控表：表题无年份，年度写在“监控期间 | 2025年1-8月”；活动场次“有可能”并写明原因和措施。"),
         period_model),
    ]


def build_weight_first(out: Path) -> list[dict[str, Any]]:
    labels: list[dict[str, Any]] = []
    for sample in weight_first_samples():
        assert isinstance(sample.spec, WeightFirstSpec)
        write(weight_first_model(sample.spec), out / sample.spec.file)
        labels.append(_label(sample, "cycle", EV_RULES))
    for sample, model in field_year_mon_samples():
        assert isinstance(sample.spec, FieldYearMonSpec)
        write(model(sample.spec), out / sample.spec.file)
        labels.append(_label(sample, "cycle", MON_RULES))
    return labels
