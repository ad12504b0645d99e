"""Monitoring tables and self-evaluations whose money is in 千元 (written after heldout13 by fixer28; all fictitious).

heldout13 (``corpus/eval/heldout13/README.md``) showed monitoring and self-evaluation tables headed "单位：千元" read as
万元, ten times too large, while goal sheets read 千元 right. The same "金额单位 | 千元" header as the heldout9 元 samples,
with amounts in 千元 and thousands separators:

* ``se_clean_qianyuan_f28.docx``: 自评表, 年初预算数 1,860 千元 = 186 万元, executed 1,822.8 (clean).
* ``mon_clean_qianyuan_f28.pdf``: 1-6月 monitoring table, 年初预算数 2,400 千元 = 240 万元, executed 1,176 (49%, clean).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_amounts.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_cycle_heldout9 import EV_RULES, MON_ROWS, MON_RULES, SE_ROWS, _monitoring, _self_evaluation, write

HERE = Path(__file__).resolve().parent


def build_amounts(out: Path) -> list[dict[str, Any]]:
    """Write the two 千元 samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write(_self_evaluation("项目支出绩效自评表（2024年度）", "示例区村级公共照明维护项目", True, "1,860", "1,822.8",
                           SE_ROWS, unit="千元"), out / "se_clean_qianyuan_f28.docx")
    write(_monitoring("示例县2025年1-6月项目支出绩效运行监控表", "示例县农村生活垃圾清运项目", True, "2,400", "1,176",
                      MON_ROWS, unit="千元"), out / "mon_clean_qianyuan_f28.pdf")
    return [
        {"file": "cycle/se_clean_qianyuan_f28.docx", "kind": "self_evaluation", "fiscal_year": 2024,
         "must": [], "must_not": list(EV_RULES),
         "note": "表头“金额单位 | 千元”两格，资金按千元、千分位填写（1,860）：年初预算数读作186万元（不是1860万元），无问题。",
         "expect": {"project_name": "示例区村级公共照明维护项目", "amount_wan": 186.0}},
        {"file": "cycle/mon_clean_qianyuan_f28.pdf", "kind": "monitoring_table", "fiscal_year": 2025,
         "must": [], "must_not": list(MON_RULES),
         "note": "PDF 监控表：表头“金额单位 | 千元”两格，资金按千元（2,400，1-6月执行1,176即49%）：年初预算数读作240万元，无问题。",
         "expect": {"project_name": "示例县农村生活垃圾清运项目", "month": 6, "rate": 49.0, "amount_wan": 240.0}},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_amounts(HERE / "cycle")), "份样本已写入", HERE / "cycle")
