"""One project across two years and four stages, for the cross-stage checks (all fictitious, 示例).

云溪区公共充电设施建设项目 (the project of the appraisal-report samples):
2024 goal sheet → 2024 self-evaluation; 2025 goal sheet, 2025 事前评估报告, 2025 monitoring (1—7月),
2025 self-evaluation. Planted cross-stage defects:
* se_2025: the 满意度 target reads 85% where the approved 2025 goal sheet says 90% (EV-07);
* se_2025: 150 charging piles built where the 1—7月 monitoring forecast 200 (MON-05);
* gs_2025: 满意度 target 90% is below 2024's actual 93% (GS-14);
* a second project (社区宣传栏更新) whose 2025 goal sheet repeats the 2024 targets unchanged (GS-14).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from make_cycle import ERow, EvalSpec, MonSpec, charger_monitoring_rows, eval_model, mon_model, write
from make_reports import CHARGER, NOTICE_BOARD, Report, write_report, write_sheet_xlsx

STAGE_RULES = ["EV-07", "MON-05", "GS-14"]


def _rows_2024() -> list[ERow]:
    return [
        ERow("产出指标", "数量指标", "新建公共充电桩数量", "≥", "150", "个", "160", 20),
        ERow("产出指标", "质量指标", "充电设施验收合格率", "≥", "100", "%", "100", 10),
        ERow("产出指标", "时效指标", "项目完成时间", "定性", "2024年12月31日前", "", "达成年度指标", 10),
        ERow("产出指标", "成本指标", "单个充电桩建设成本", "≤", "0.6", "万元", "0.59", 10),
        ERow("效益指标", "社会效益指标", "新增日均充电服务车次", "≥", "600", "车次", "700", 20),
        ERow("效益指标", "生态效益指标", "对绿色出行的促进作用", "定性", "效果明显", "", "达成预期指标", 10),
        ERow("满意度指标", "服务对象满意度指标", "使用群众满意度", "≥", "90", "%", "93", 10),
    ]


def _rows_2025() -> list[ERow]:
    return [
        ERow("产出指标", "数量指标", "新建公共充电桩数量", "≥", "200", "个", "150", 20,
             cause="下半年两个站点电力接入延期，已调整至次年建成。"),
        ERow("产出指标", "质量指标", "充电设施验收合格率", "≥", "100", "%", "100", 10),
        ERow("产出指标", "时效指标", "项目完成时间", "定性", "2025年12月31日前", "", "达成年度指标", 10),
        ERow("产出指标", "成本指标", "单个充电桩建设成本", "≤", "0.6", "万元", "0.58", 10),
        ERow("效益指标", "社会效益指标", "新增日均充电服务车次", "≥", "800", "车次", "820", 20),
        ERow("效益指标", "生态效益指标", "对绿色出行的促进作用", "定性", "效果明显", "", "达成预期指标", 10),
        ERow("满意度指标", "服务对象满意度指标", "使用群众满意度", "≥", "85", "%", "92", 10),
    ]


def build_project(out: Path) -> list[dict[str, Any]]:
    out.mkdir(parents=True, exist_ok=True)
    sheet_2024 = copy.deepcopy(CHARGER)
    sheet_2024.period = "2024年1月—2024年12月"
    sheet_2024.total = sheet_2024.fiscal = "90"
    sheet_2024.annual_goal = "2024年新建公共充电桩150个，验收合格率100%，年底前投入运营。"
    sheet_2024.indicators = [
        ["产出指标", "数量指标", "新建公共充电桩数量", "≥", "150", "个"],
        ["产出指标", "质量指标", "充电设施验收合格率", "=", "100", "%"],
        ["产出指标", "时效指标", "项目完成时间", "≤", "2024年12月31日前", ""],
        ["产出指标", "成本指标", "单个充电桩建设成本", "≤", "0.6", "万元"],
        ["效益指标", "社会效益指标", "新增日均充电服务车次", "≥", "600", "车次"],
        ["满意度指标", "服务对象满意度指标", "使用群众满意度", "≥", "90", "%"],
    ]
    write_sheet_xlsx(sheet_2024, out / "p1_2024_goal_sheet.xlsx", year=2024)
    write(eval_model(EvalSpec("p2_2024_self_evaluation.docx", "chizhou", year=2024, budget="90", executed="88",
                              rows=_rows_2024())), out / "p2_2024_self_evaluation.docx")
    write_sheet_xlsx(CHARGER, out / "p3_2025_goal_sheet.xlsx", year=2025)
    report = Report(file="p4_2025_appraisal_report.docx", layout="docx_styled", style="henan", name=CHARGER.name,
                    unit=CHARGER.unit, department=CHARGER.department)
    from make_reports import CHARGER_BUDGET, CHARGER_GOALS

    report.budget = copy.deepcopy(CHARGER_BUDGET)
    report.goals_text = CHARGER_GOALS
    write_report(report, out)
    write(mon_model(MonSpec("p5_2025_monitoring.docx", "local", year=2025, month=7, executed="62.4",
                            rows=charger_monitoring_rows())), out / "p5_2025_monitoring.docx")
    write(eval_model(EvalSpec("p6_2025_self_evaluation.docx", "chizhou", year=2025, budget="120", executed="114",
                              rows=_rows_2025())), out / "p6_2025_self_evaluation.docx")
    board_2024 = copy.deepcopy(NOTICE_BOARD)
    board_2024.period = "2024年1月—2024年12月"
    board_2024.indicators = [[c.replace("2025", "2024") for c in row] for row in NOTICE_BOARD.indicators]
    write_sheet_xlsx(board_2024, out / "q1_2024_board_goal_sheet.xlsx", year=2024)
    write_sheet_xlsx(NOTICE_BOARD, out / "q2_2025_board_goal_sheet.xlsx", year=2025)
    rel = "cycle/project"
    entries = [
        ("p1_2024_goal_sheet.xlsx", "goal_sheet", 2024, [], "2024年申报表。"),
        ("p2_2024_self_evaluation.docx", "self_evaluation", 2024, [], "2024年自评：满意度实际93%。"),
        ("p3_2025_goal_sheet.xlsx", "goal_sheet", 2025, ["GS-14"], "2025年申报表：满意度目标90%低于上年实际93%。"),
        ("p4_2025_appraisal_report.docx", "appraisal_report", 2025, [], "2025年事前评估报告（予以支持）。"),
        ("p5_2025_monitoring.docx", "monitoring_table", 2025, [], "2025年1—7月监控：充电桩全年预计200个。"),
        ("p6_2025_self_evaluation.docx", "self_evaluation", 2025, ["EV-07", "MON-05"],
         "满意度目标改成85%（申报表90%）；实际建成150个，监控时预计200个。"),
        ("q1_2024_board_goal_sheet.xlsx", "goal_sheet", 2024, [], "宣传栏项目2024年申报表。"),
        ("q2_2025_board_goal_sheet.xlsx", "goal_sheet", 2025, ["GS-14"], "宣传栏项目2025年指标值与上年完全相同。"),
    ]
    files = [f"{rel}/{name}" for name, *_ in entries]
    # Each file is checked together with the rest of the project (``batch``); only the cross-stage rules are labelled.
    return [{"file": f"{rel}/{name}", "kind": kind, "fiscal_year": year, "must": must,
             "must_not": [r for r in STAGE_RULES if r not in must], "batch": [f for f in files if f != f"{rel}/{name}"],
             "note": note} for name, kind, year, must, note in entries]
