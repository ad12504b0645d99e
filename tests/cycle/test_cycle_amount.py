"""``document.amount_wan`` of monitoring tables and self-evaluations: the 年初预算数 in 万元, like a goal sheet's total.

The real layouts of corpus/samples/cycle are rewritten in 元 (the unit in the funds label, amounts with thousands
separators), as many offices fill them; the amount must come out in 万元 and the execution checks must not change.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from docbuild import make_doc
from review_assistant.cli import main
from review_assistant.extract.self_evaluation import extract_self_evaluation

CYCLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"


def _in_yuan(src: Path, dst: Path, amounts: dict[str, str]) -> Path:
    """``src`` with its funds label in 元 and the amounts replaced (old text → new text)."""
    wb = load_workbook(src)
    ws = wb.active
    assert ws is not None
    done = 0
    for row in ws.iter_rows():
        for cell in row:
            text = "" if cell.value is None else str(cell.value)
            if text == "项目资金（万元）":
                cell.value = "项目资金（元）"
                done += 1
            elif text in amounts and cell.row <= 8 and cell.column > 1:
                cell.value = amounts[text]
    assert done
    wb.save(dst)
    return dst


def _check(path: Path, home: Path, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    with pytest.raises(SystemExit) as exc:
        main(["check", str(path), "--format", "json", "--no-llm", "--home", str(home)])
    assert exc.value.code == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(("name", "kind"), [("mon_clean_local.xlsx", "monitoring_table"),
                                            ("ev04_grade.xlsx", "self_evaluation")])
def test_the_budget_in_wan_is_in_the_json(name: str, kind: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = _check(CYCLE / name, tmp_path, capsys)
    assert data["document"]["kind"] == kind
    assert data["document"]["amount_wan"] == 120.0


def test_a_monitoring_table_in_yuan_gives_wan_and_the_same_findings(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    before = _check(CYCLE / "mon_clean_local.xlsx", tmp_path, capsys)
    path = _in_yuan(CYCLE / "mon_clean_local.xlsx", tmp_path / "监控表_元.xlsx",
                    {"120": "1,200,000.00", "110": "1,100,000.00", "48": "480,000.00"})
    data = _check(path, tmp_path, capsys)
    assert data["document"]["amount_wan"] == 120.0  # 年初预算数, not the adjusted 110
    assert [f["rule_id"] for f in data["findings"]] == [f["rule_id"] for f in before["findings"]]
    assert data["meta"]["facts"]["rate"] == "43.64"  # 48 ÷ 110, the same in either unit


def test_a_self_evaluation_in_yuan_gives_the_initial_budget_in_wan(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = _in_yuan(CYCLE / "ev04_grade.xlsx", tmp_path / "自评表_元.xlsx", {"120": "1,200,000", "114": "1,140,000"})
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["D6"] = "1,150,000"  # 全年预算数 adjusted during the year: the amount stays the 年初预算数
    wb.save(path)
    data = _check(path, tmp_path, capsys)
    assert data["document"]["kind"] == "self_evaluation"
    assert data["document"]["amount_wan"] == 120.0


def test_a_monitoring_report_states_its_budget_in_a_sentence(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("2025年示例区农村公路养护资金绩效运行监控报告", level=1)
    doc.add_paragraph("示例材料：本文为虚构示例。")
    doc.add_paragraph("一、项目基本情况")
    doc.add_paragraph("本年度区级财政安排农村公路养护资金共计860万元。截至2025年6月30日，已支出301万元，执行率35%。")
    doc.add_paragraph("二、下一步工作")
    doc.add_paragraph("加快拨付进度。")
    path = tmp_path / "监控报告.docx"
    doc.save(str(path))
    data = _check(path, tmp_path, capsys)
    assert data["document"]["kind"] == "monitoring_table"
    assert data["document"]["amount_wan"] == 860.0


# ---- two more self-evaluation funds blocks met on real forms (own text) ------------------------------------

_INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "保洁街巷条数", "≥40条", "42条", "50", "50", ""],
    ["效益指标", "社会效益指标", "街巷环境达标率", "≥90%", "93%", "30", "30", ""],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "92%", "10", "10", ""],
    ["总分", "", "", "", "", "100", "99.5", ""],
]


def test_a_funds_block_with_adjusted_and_executed_columns_and_a_total_row() -> None:
    """"预算执行情况（10分） | 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分", 总额 row."""
    head = [
        ["项目名称", "示例区街巷保洁服务", "主管部门", "示例区城市管理委员会", "实施单位", "示例区环卫所", "", ""],
        ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"],
        ["预算执行情况（10分）", "总额", "64.00", "60.00", "57.00", "95.00%", "10", "9.5"],
        ["预算执行情况（10分）", "其中：财政资金", "64.00", "60.00", "57.00", "95.00%", "/", "/"],
    ]
    ev = extract_self_evaluation(make_doc("部门预算项目支出绩效自评表（2024年度）", [*head, *_INDICATORS]))
    assert ev.budget is not None and ev.budget.value == Decimal("60.00")  # the adjusted budget the rate is on
    assert ev.executed is not None and ev.executed.value == Decimal("57.00")
    assert ev.exec_weight is not None and ev.exec_weight.value == Decimal("10")
    assert ev.budget_wan() == 64.0  # amount_wan: the 年初预算数


@pytest.mark.parametrize(("unit", "budget", "executed", "want"), [("万元", "96.00", "94.10", 96.0),
                                                                   ("元", "960,000.00", "941,000.00", 96.0)])
def test_a_funds_block_written_as_label_value_pairs(unit: str, budget: str, executed: str, want: float) -> None:
    head = [
        ["项目名称", "示例县乡村学校营养餐补助", "主管部门", "示例县教育局"],
        [f"年初预算数（{unit}）", budget, f"全年执行数（{unit}）", executed],
        ["预算执行率", "98.02%", "执行率得分（10分）", "9.8"],
    ]
    ev = extract_self_evaluation(make_doc("2024年度项目支出绩效自评表", head, _INDICATORS))
    assert ev.budget_wan() == want
    assert ev.executed is not None and ev.executed.value == Decimal("94.1")
