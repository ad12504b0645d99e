"""Monitoring tables of the heldout23 class handled by fixer45 (LAYOUTS_CYCLE.md; all fictitious).

The layout met in heldout23 (its README cites www.hh.gov.cn/info/11481/1179592.htm for the form) is written here again
in our own project and figures: one money row "资金情况（万元） | 年初批复预算 | 调整后预算 | 实际到位资金 | 已支出资金 |
资金到位率 | 预算执行率" over its amounts, the execution rate reckoned on the adjusted budget; 实际到位资金 is the money
received, 已支出资金 the money spent.

* ``mon_received_spent_f45.xlsx``: 年初 300, 调整后 250, 到位 250, 已支出 150, 到位率 100%, 执行率 60.00% (150÷250): clean.
* ``mon_received_spent_rate_f45.pdf``: the same form whose 执行率 50.00% is 150÷年初 300; on the adjusted budget it is
  60% (MON-02).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_f45.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"
MON_RULES = ["MON-01", "MON-02", "MON-03", "MON-04"]
PROJECT = "示例县2026年农村饮水安全巩固提升项目"
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "1—6月完成值", "全年预计完成值", "完成目标可能性", "偏差原因",
          "下一步措施"]
ROWS = [
    ["产出指标", "数量指标", "改造农村供水管网", "≥40公里", "22公里", "40公里", "确定能", "—", "—"],
    ["产出指标", "数量指标", "新建净水设备", "≥6套", "3套", "6套", "确定能", "—", "—"],
    ["产出指标", "质量指标", "出厂水水质达标率", "≥95%", "97%", "≥95%", "确定能", "—", "—"],
    ["效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "91%", "92%", "确定能", "—", "—"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "—", "≥90%", "确定能", "—", "年底调查"],
]


def _form(rate: str) -> DocModel:
    title = "项目绩效运行监控表"
    g = Grid([2.0, 1.6, 2.4, 1.5, 1.5, 1.5, 1.4, 1.5, 1.5])
    g.add(["项目名称", (PROJECT, 3), "主管部门", ("示例县水利局", 4)], labels=(0, 4))
    g.add(["监控时段", ("2026年1—6月", 8)], labels=(0,))
    r = g.add(["资金情况（万元）", ("年初批复预算", 2), "调整后预算", "实际到位资金", "已支出资金", "资金到位率",
               ("预算执行率", 2)], labels=(0,))
    g.add(["", ("300.00", 2), "250.00", "250.00", "150.00", "100.00%", (rate, 2)])
    g.vmerge(0, r, r + 1)
    g.add(HEADER, header=True)
    for row in ROWS:
        g.add(row)
    g.add(["存在问题及措施", ("上半年管网施工按计划推进，下半年完成净水设备安装调试。", 8)], labels=(0,))
    blocks: list[Any] = [Para(title, "title"), Para("（2026年度）", "right"), Para(NOTICE, "notice"), g]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="Sheet1")


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


def build_f45(out: Path) -> list[dict[str, Any]]:
    """Write the two samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write(_form("60.00%"), out / "mon_received_spent_f45.xlsx")
    write(_form("50.00%"), out / "mon_received_spent_rate_f45.pdf")
    return [
        {"file": "cycle/mon_received_spent_f45.xlsx", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": [], "must_not": list(MON_RULES),
         "note": "到位支出两率式监控表：资金一行“年初批复预算 | 调整后预算 | 实际到位资金 | 已支出资金 | 资金到位率 | 预算执行率”"
                 "（300 | 250 | 250 | 150 | 100.00% | 60.00%）：已支出资金是执行数，实际到位资金是到位数不是支出，"
                 "执行率按调整后预算150÷250＝60%，无问题。",
         "expect": {"project_name": PROJECT, "month": 6, "rate": 60.0, "amount_wan": 300.0}},
        {"file": "cycle/mon_received_spent_rate_f45.pdf", "kind": "monitoring_table", "fiscal_year": 2026,
         "must": ["MON-02"], "must_not": ["MON-01", "MON-03"],
         "note": "同一表式（PDF），预算执行率写50.00%（150÷年初300），按调整后预算150÷250应为60%（MON-02）。",
         "expect": {"project_name": PROJECT, "month": 6, "rate": 50.0, "amount_wan": 300.0}},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_f45(HERE / "cycle")), "份样本已写入", HERE / "cycle")
