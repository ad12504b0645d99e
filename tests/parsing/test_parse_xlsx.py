from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from review_assistant.errors import DocumentError
from review_assistant.parsing import BlockKind, parse_file
from review_assistant.parsing.xlsx import render_value
from review_assistant.settings import LimitSettings
from xlsbuild import save_with_side_sheets


def _goal_sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报表"
    ws["B2"] = "2025年度项目支出绩效目标申报表"
    ws.merge_cells("B2:E2")
    ws.append([None, "一级指标", "三级指标", "指标值", "完成时间"])
    ws.append([None, "产出指标", "养护面积", 120.0, date(2025, 12, 31)])
    ws.append([None, None, "成活率", 0.955, datetime(2025, 6, 30, 0, 0)])
    ws["D5"].number_format = "0.0%"
    ws.append([None, None, "达标率", 0.9, None])
    ws["D6"].number_format = "0%"
    ws.merge_cells("B4:B6")
    ws.append([None, "效益指标", "满意度", 0.1 + 0.2, None])
    ws["H30"].number_format = "0.00"  # formatted but empty: must not widen the table
    return save_with_side_sheets(wb, path)


def test_sheets_become_heading_and_table_with_merges_and_formats(tmp_path: Path) -> None:
    doc = parse_file(_goal_sheet(tmp_path / "申报表.xlsx"))

    assert doc.file_type == "xlsx"
    assert doc.title == "2025年度项目支出绩效目标申报表"
    assert [(b.kind, b.text.split("\n")[0]) for b in doc.blocks] == [
        (BlockKind.HEADING, "申报表"),
        (BlockKind.TABLE, "2025年度项目支出绩效目标申报表"),
        (BlockKind.HEADING, "说明"),
        (BlockKind.TABLE, "附注"),
    ]  # the hidden sheet is not part of the submission: left out, with a warning
    block, table = doc.tables()[0]
    assert block.location.sheet == "申报表" and block.location.page == 1 and block.location.table == 0
    assert doc.tables()[1][0].location.page == 3  # the empty sheet still counts
    assert table.text_rows() == [
        ["2025年度项目支出绩效目标申报表"] * 4,
        ["一级指标", "三级指标", "指标值", "完成时间"],
        ["产出指标", "养护面积", "120", "2025-12-31"],
        ["产出指标", "成活率", "95.5%", "2025-06-30"],
        ["产出指标", "达标率", "90%", ""],
        ["效益指标", "满意度", "0.3", ""],
    ]
    assert [c.merged for c in table.rows[0]] == [False, True, True, True]
    assert [r[0].merged for r in table.rows[2:5]] == [False, True, True]
    assert any("隐藏" in w and "未读取" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (120.0, "General", "120"),
        (120, "General", "120"),
        (0.95, "General", "0.95"),
        (0.1 + 0.2, "General", "0.3"),
        (1234567.891, "#,##0.00", "1234567.891"),
        (0.95, "0%", "95%"),
        (0.9567, "0.00%", "95.67%"),
        (-3.0, "General", "-3"),
        (date(2025, 1, 31), "yyyy-mm-dd", "2025-01-31"),
        (datetime(2025, 1, 31, 0, 0), "yyyy/m/d", "2025-01-31"),
        (datetime(2025, 1, 31, 14, 5), "yyyy/m/d h:mm", "2025-01-31 14:05"),
        (time(8, 30), "h:mm", "08:30"),
        (True, "General", "TRUE"),
        ("  文本  ", "@", "文本"),
        (None, "General", ""),
    ],
)
def test_render_value(value: object, fmt: str, expected: str) -> None:
    assert render_value(value, fmt) == expected


def test_cell_limit(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    for r in range(1, 21):
        wb.active.append([f"v{r}{c}" for c in range(10)])
    path = tmp_path / "大表.xlsx"
    wb.save(str(path))
    with pytest.raises(DocumentError) as exc:
        parse_file(path, LimitSettings(max_xlsx_cells=100))
    assert "大表.xlsx" in exc.value.message and "单元格" in exc.value.message
    assert parse_file(path, LimitSettings(max_xlsx_cells=200)).tables()[0][1].n_rows == 20


def test_workbook_without_any_value_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "空.xlsx"
    openpyxl.Workbook().save(str(path))
    with pytest.raises(DocumentError) as exc:
        parse_file(path)
    assert "空.xlsx" in exc.value.message and "空文档" in exc.value.message
