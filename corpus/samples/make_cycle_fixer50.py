"""Self-evaluation tables of the heldout27 class handled by fixer50 (LAYOUTS_CYCLE.md L128; all fictitious).

The layout (heldout27 ev01–ev06; its README cites the 池州市贵池区 self-evaluation form at www.anthempetcare.com/upload_cz/
download?id=502364&siteId=2 for the columns) is written again here in our own project and figures: the first row of the
table is "自评总分 | … | 自评等级 | …" (the total on top, no 合计 row at the end), then the project rows, one money row
"年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分", the year's goal and what was done, and the indicators
"年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施" with range targets ("20-30场"), floors and qualitative words.

* ``se_total_on_top_fixer50.xlsx``: every target met; the range rows' actual values (26场, 4次) lie inside their
  ranges: clean (a value inside a range meets it and is no overachievement of its lower end).
* ``se_total_on_top_range_over_fixer50.pdf``: the same form whose 26场 is 45场, far past the range's upper end 30:
  EV-02 warning (target possibly set too low).

Written by ``make_cycle.build`` with the other cycle samples; alone: ``python corpus/samples/make_cycle_fixer50.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para

HERE = Path(__file__).resolve().parent
NOTICE = "示例：本文为测试用虚构示例，所涉单位、数据均不真实。"
EV_RULES = ["EV-01", "EV-02", "EV-03", "EV-04", "EV-05", "EV-06"]
PROJECT = "示例县非遗传承体验活动项目"
# 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因
ROWS = [
    ["产出指标", "数量指标", "举办非遗体验活动场次", "20-30场", "{shows}", "15", "15.00", "—"],
    ["产出指标", "数量指标", "每个传习所年均开放周数", "≥40周", "42周", "10", "10.00", "—"],
    ["产出指标", "数量指标", "传承人授课次数", "3-5次", "4次", "10", "10.00", "—"],
    ["产出指标", "质量指标", "活动安全事故发生数", "=0起", "0起", "15", "15.00", "—"],
    ["效益指标", "社会效益指标", "青少年参与非遗体验人次增长", "不低于10%", "12%", "15", "15.00", "—"],
    ["效益指标", "可持续影响指标", "非遗项目传承活力", "有效提升", "有效提升", "15", "15.00", "—"],
    ["满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "94%", "10", "10.00", "—"],
]


def _form(shows: str) -> DocModel:
    title = "项目支出绩效自评表"
    total = 9.80 + sum(float(r[6]) for r in ROWS)
    g = Grid([2.0, 1.8, 2.6, 1.4, 1.4, 1.0, 1.0, 2.4])
    g.add(["自评总分", (f"{total:.2f}", 2), "自评等级", ("优", 4)], labels=(0, 3))
    g.add(["项目名称", (PROJECT, 3), "主管部门", ("示例县文化和旅游局", 3)], labels=(0, 4))
    g.add(["实施单位", ("示例县文化馆", 3), "自评年度", ("2025年度", 3)], labels=(0, 4))
    g.add(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", ("得分", 2)], labels=(0,))
    g.add(["年度资金总额", "50.00", "50.00", "49.00", "10", "98.00%", ("9.80", 2)], labels=(0,))
    r = g.add(["年度总体目标", "预期目标", ("举办非遗体验活动20—30场，传承人授课3—5次，青少年参与人次增长10%以上。", 6)], labels=(0, 1))
    g.add(["", "实际完成情况", (f"举办体验活动{shows.removesuffix('场')}场，传承人授课4次，青少年参与人次增长12%。", 6)],
          labels=(1,))
    g.vmerge(0, r, r + 1)
    g.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], header=True)
    for row in ROWS:
        g.add([cell.format(shows=shows) for cell in row])
    g.add(["评价结论", ("项目完成年度目标。", 7)], labels=(0,))
    g.add(["存在问题", ("部分传习所冬季开放时间偏短。", 7)], labels=(0,))
    g.add(["改进措施", ("冬季增加室内体验场次。", 7)], labels=(0,))
    g.add([("项目负责人：示例甲　　财务负责人：示例乙　　填报日期：2026年3月12日", 8)])
    blocks: list[Any] = [Para(title, "title"), Para("（2025年度）", "right"), Para(NOTICE, "notice"), g]
    return DocModel(title=title, blocks=blocks, notice=NOTICE, sheet_name="Sheet1")


def write(model: DocModel, path: Path) -> None:
    from make_cycle import write as render

    render(model, path)


def build_fixer50(out: Path) -> list[dict[str, Any]]:
    """Write the two samples into ``out`` and return their labels (appended by make_cycle.build)."""
    write(_form("26场"), out / "se_total_on_top_fixer50.xlsx")
    write(_form("45场"), out / "se_total_on_top_range_over_fixer50.pdf")
    expect = {"project_name": PROJECT, "amount_wan": 50.0}
    return [
        {"file": "cycle/se_total_on_top_fixer50.xlsx", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": [], "must_not": list(EV_RULES),
         "note": "总分在上自评表：第一行“自评总分 99.80 | 自评等级 优”，表末没有合计行；区间目标“20-30场”实际26场、“3-5次”实际4次，"
                 "都在区间内，不算超额；执行率49÷50＝98%，无问题。",
         "expect": dict(expect)},
        {"file": "cycle/se_total_on_top_range_over_fixer50.pdf", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": ["EV-02"], "must_not": ["EV-01", "EV-04", "EV-05"],
         "note": "同一表式（PDF），“举办非遗体验活动场次”目标20-30场，实际45场，为区间上限30的150%（EV-02 提示目标可能偏低）。",
         "expect": dict(expect)},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    print(len(build_fixer50(HERE / "cycle")), "份样本已写入", HERE / "cycle")
