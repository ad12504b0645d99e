"""Write real goal-sheet .docx files (python-docx) for store, UI and browser tests."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from docbuild import HEADER_ROWS, clean_sheet_rows

# A sheet with known defects: funds do not add up (GS-02-like), a vague indicator, low satisfaction.
FLAWED_INDICATORS = [
    ["产出指标", "数量指标", "改造小区数量", "=", "3", "个"],
    ["产出指标", "质量指标", "工程质量", "", "良好", ""],
    ["产出指标", "时效指标", "项目完成时间", "≤", "2025年12月31日前", ""],
    ["效益指标", "社会效益指标", "居民生活改善", "", "明显提升", ""],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "70", "%"],
]


def flawed_header(unit: str = "云溪区城市更新中心", project: str = "老旧小区改造提升项目") -> list[list[str]]:
    rows = [list(r) for r in HEADER_ROWS]
    rows[0][1] = project
    rows[1][1] = unit
    rows[3][2] = rows[3][3] = "150"  # total 150 but sources add up to 120
    return rows


def write_sheet(path: Path, rows: list[list[str]], title: str = "2025年度项目支出绩效目标申报表") -> Path:
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("示例材料：本表为虚构示例。")
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def flawed_sheet(path: Path, unit: str = "云溪区城市更新中心", project: str = "老旧小区改造提升项目") -> Path:
    return write_sheet(path, clean_sheet_rows(FLAWED_INDICATORS, flawed_header(unit, project)))


def fixed_sheet(path: Path, unit: str = "云溪区城市更新中心", project: str = "老旧小区改造提升项目") -> Path:
    """The same project after the unit fixed the funds but kept the rest."""
    header = flawed_header(unit, project)
    header[3][2] = header[3][3] = "120"
    return write_sheet(path, clean_sheet_rows(FLAWED_INDICATORS, header))
