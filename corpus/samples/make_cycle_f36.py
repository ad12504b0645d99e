"""Self-evaluation tables whose scores are rounded at a half-way value (heldout17 class, all fictitious, 示例).

Written after heldout17 (``corpus/eval/heldout17/README.md``: 1.7÷2.4×15 = 10.625 filled as 10.62 was reported as an
EV-02 error and the total 83.68 as differing from a recomputed 83.69). Facts from public pages (search, pages corpus):
real 项目支出绩效自评表 fill the 得分 column by hand or by spreadsheet with one or two decimals, or as integers
(池州 2022 自评表: 执行数 89.974 and whole-number scores; the 10号-style forms state only "实际值÷目标值×分值", no
rounding rule), so a half-way value is written either way and the 总分 is the sum of the item scores as written.
The projects, rows and figures are our own.

* ``se_halfway_clean_f36.xlsx``: 四川式 table; 1.7÷2.4×15 = 10.625 written 10.62, 7.3÷8×10 = 9.125 written 9.13; the
  总分 94.25 is the sum of the written scores (the rule's rounded-half-up sum would be 94.26): clean.
* ``ev02_halfway_full_f36.docx``: 池州式 table with the same 10.62 (not an error) and 7.3÷8 km of road given the full
  10 points (EV-02 error: 9.13 at most); the total includes the 10 (EV-04 may follow).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_f36.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_cycle import EV_RULES, ERow, EvalSpec, Sample, _edit, _label, eval_model, write

HERE = Path(__file__).resolve().parent


def halfway_rows() -> list[ERow]:
    return [
        ERow("产出指标", "数量指标", "受益群众人数", "≥", "2.4", "万人", "1.7", 15, score="10.62",
             cause="两个行政村管网接入推迟，受益人数未达目标；已列入次年一季度计划。"),
        ERow("产出指标", "数量指标", "新建改造供水管网长度", "≥", "8", "公里", "7.3", 10, score="9.13",
             cause="一段管线穿越国道审批延后，已完成审批，次年3月前完工。"),
        ERow("产出指标", "质量指标", "供水工程验收合格率", "≥", "100", "%", "100", 10),
        ERow("产出指标", "时效指标", "工程完工时间", "定性", "2024年11月30日前", "", "达成年度指标", 10),
        ERow("产出指标", "成本指标", "项目总成本", "≤", "120", "万元", "114", 5),
        ERow("效益指标", "社会效益指标", "农村供水保障水平", "定性", "明显提升", "", "达成预期指标", 15),
        ERow("效益指标", "可持续影响指标", "工程设计使用年限", "≥", "20", "年", "20", 15),
        ERow("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "90", "%", "93", 10),
    ]


def samples() -> list[Sample]:
    rows = halfway_rows()
    spec = {"project": "示例县农村供水保障工程", "department": "示例县水利局", "unit": "示例县农村供水服务站",
            "problems": "部分管网穿越国道审批时间长，进度滞后。", "measures": "提前办理涉路审批，分段推进施工。"}
    full = _edit(rows, "新建改造供水管网长度", score="10")
    return [
        Sample(EvalSpec("se_halfway_clean_f36.xlsx", "sichuan", rows=rows, **spec), [],
               "得分的半数舍入：1.7÷2.4×15＝10.625 写10.62，7.3÷8×10＝9.125 写9.13，两种取舍都常见；总分94.25是各项所填得分之和"
               "（按四舍五入重算各项再合计为94.26）：不报。"),
        Sample(EvalSpec("ev02_halfway_full_f36.docx", "chizhou", rows=full, **spec), ["EV-02"],
               "管网7.3公里对目标8公里给满分10分，应得9.13分（EV-02 错误）；同表10.625写10.62不是错误，不另报。",
               may=("EV-04",)),
    ]


def build_f36(out: Path) -> list[dict[str, Any]]:
    """Write the samples into ``out`` and return their labels (appended by make_cycle.build)."""
    labels = []
    for sample in samples():
        assert isinstance(sample.spec, EvalSpec)
        write(eval_model(sample.spec), out / sample.spec.file)
        labels.append(_label(sample, "cycle", EV_RULES))
    return labels


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_f36(HERE / "cycle")), "份样本已写入", HERE / "cycle")
