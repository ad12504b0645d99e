"""File-structure oddities of real submissions (all fictitious, 示例), written after heldout12's .xlsx/.pdf classes.

Offices hand in workbooks whose visible table is not all the file holds, and PDFs exported without ruling lines:

* ``goal_sheets/st01_hidden_rows_sheet.xlsx``: two template rows ("指标1", "**") hidden under the indicator table, a
  hidden column of 填报说明, and a hidden sheet with last year's version (other total, a date in 2024): clean.
* ``goal_sheets/st02_formula_sources_detail.xlsx``: the sources are formulas with saved results (=SUM over a
  资金测算明细 block under the table, as Excel saves them); the typed total 150 is not 100 + 30 (GS-02). The detail
  lines ("单位自筹 | 30") are neither indicators nor further sources.
* ``goal_sheets/st03_hidden_helper_formula_late.xlsx``: a hidden helper column of =LEN() formulas never recalculated
  (no saved result) beside a 完成时间 of 2026年3月31日 in the 2025 sheet: GS-10 is certain (the helper is not read).
* ``goal_sheets/st04_borderless.pdf`` / ``st05_borderless_no_satisfaction.pdf``: the sheet as positioned text only (no
  lines, as WPS exports it); merged 一级/二级 cells are written once, centred on their rows. st05 has no 满意度 (GS-04).
* ``cycle/se_total_points_score.docx``: a self-evaluation split into one small table per 一级指标 and a closing table
  without a header: "总分 | 100 | 99" is 分值 then 得分 (clean, no EV-04).
* ``cycle/se_block_label_formula.xlsx``: "绩效指标" merged down the first column beside 一级/二级/三级, scores as
  formulas with saved results, a "偏差原因分析及改进措施" row under the indicators; the total 87.89 is written "优" (EV-04).

Written by ``make_goal_sheets.build_samples`` / ``make_cycle.build``; alone: ``python corpus/samples/make_structure_samples.py``.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NOTICE = "示例材料：本表为虚构示例，仅用于测试。"
GOAL_RULES = ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-06", "GS-07", "GS-10", "GS-11", "GS-13", "GS-15", "GS-16"]
EV_RULES = ["EV-01", "EV-02", "EV-03", "EV-04", "EV-05", "EV-06"]
_FIXED = "2025-01-01T00:00:00Z"

_HEAD = [["项目名称", "示例县农村生活垃圾收运项目"], ["主管部门", "示例县住房和城乡建设局"],
         ["实施单位", "示例县环境卫生服务中心"]]
_INDICATORS = [["产出指标", "数量指标", "垃圾收运点建设数", "≥40个"],
               ["产出指标", "数量指标", "垃圾转运车辆配置数", "=6辆"],
               ["产出指标", "质量指标", "收运点验收合格率", "≥98%"],
               ["产出指标", "时效指标", "收运点建成时间", "2025年11月30日前"],
               ["产出指标", "成本指标", "单个收运点建设成本", "≤2.5万元/个"],
               ["效益指标", "生态效益指标", "生活垃圾无害化处理率", "≥90%"],
               ["效益指标", "社会效益指标", "覆盖行政村数", "≥30个"],
               ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"]]


def _workbook(indicators: list[list[str]], total: Any, sources: list[tuple[str, Any]]) -> tuple[Any, Any, int]:
    """The visible sheet: title, header fields, funds, goal, indicator table; returns (wb, ws, last indicator row)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    ws.append(["2025年度项目支出绩效目标申报表"])
    ws.merge_cells("A1:E1")
    ws.append([NOTICE])
    for label, value in _HEAD:
        ws.append([label, value])
    ws.append(["资金情况（万元）", "年度资金总额", total])
    for label, value in sources:
        ws.append(["资金情况（万元）", label, value])
    ws.append(["年度绩效目标", "建设垃圾收运点40个，配置转运车辆6辆，覆盖30个行政村。"])
    ws.append(["一级指标", "二级指标", "三级指标", "指标值"])
    for row in indicators:
        ws.append(row)
    return wb, ws, ws.max_row


def _save(wb: Any, path: Path, cached: dict[str, str] | None = None) -> None:
    """Save with fixed properties; ``cached``: formula cell → the result Excel would have saved in ``<v>``."""
    wb.properties.creator = "示例"
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:  # "=6辆", "=100%" are typed values, not formulas
                if isinstance(cell.value, str) and re.match(r"=[^A-Z]", cell.value):
                    cell.data_type = "s"
    buf = io.BytesIO()
    wb.save(buf)
    _rezip(buf.getvalue(), path, cached)


def _rezip(package: bytes, path: Path, cached: dict[str, str] | None = None) -> None:
    """Write an Office package byte-stable (fixed member times and document dates), with formula results added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml" and cached:
                text = data.decode("utf-8")
                for ref, value in cached.items():
                    text = re.sub(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(?:</v>)?', rf"\1\2<v>{value}</v>", text)
                data = text.encode("utf-8")
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", _FIXED.encode(), data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def hidden_rows_sheet(path: Path) -> None:
    wb, ws, last = _workbook(_INDICATORS, 160, [("其中：财政拨款", 160)])
    for n in (1, 2):  # the template's spare rows, hidden rather than deleted
        ws.append(["满意度指标", "服务对象满意度指标", f"指标{n}", "**"])
        ws.row_dimensions[ws.max_row].hidden = True
    ws.cell(row=last, column=6, value="时效指标不得超出预算年度；满意度不低于85%")
    ws.column_dimensions["F"].hidden = True
    old = wb.create_sheet("2024年（旧）")
    old.append(["2024年度项目支出绩效目标申报表"])
    old.append(["资金情况（万元）", "年度资金总额", 95])
    old.append(["一级指标", "二级指标", "三级指标", "指标值"])
    old.append(["产出指标", "时效指标", "收运点建成时间", "2024年6月底前"])
    old.append(["产出指标", "数量指标", "垃圾收运点建设数", "≥20个"])
    old.sheet_state = "hidden"
    _save(wb, path)


def formula_sources_detail(path: Path) -> None:
    wb, ws, last = _workbook(_INDICATORS, 150, [("其中：财政拨款", "=SUM(C{a}:C{b})"), ("其他资金", "=C{c}")])
    ws.append([])
    ws.append(["资金测算明细（万元）"])
    first = ws.max_row + 1
    for item, amount in (("垃圾收运点建设", 60), ("转运车辆购置", 40), ("单位自筹", 30)):
        ws.append(["", item, amount])
    refs = {"a": first, "b": first + 1, "c": first + 2}
    cached: dict[str, str] = {}
    for row in ws.iter_rows(min_row=1, max_row=last):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("=") and "{" in cell.value:
                cell.value = cell.value.format(**refs)
                cached[cell.coordinate] = "100" if cell.value.startswith("=SUM") else "30"
    _save(wb, path, cached)


def hidden_helper_formula_late(path: Path) -> None:
    late = [r if r[1] != "时效指标" else ["产出指标", "时效指标", "收运点建成时间", "2026年3月31日前"] for r in _INDICATORS]
    wb, ws, last = _workbook(late, 160, [("其中：财政拨款", 160)])
    head = last - len(late)
    ws.cell(row=head, column=6, value="字数")
    for r in range(head + 1, last + 1):
        ws.cell(row=r, column=6, value=f"=LEN(C{r})")  # written by a program: no saved result
    ws.column_dimensions["F"].hidden = True
    _save(wb, path)


# ---- PDF without ruling lines ------------------------------------------------------------------------------

_PDF_FONT = "STSong-Light"
_X = [43, 153, 303, 520]  # column left edges (points)


def borderless_pdf(path: Path, satisfaction: bool = True) -> None:
    """The sheet as text placed at cell positions; a merged cell's text is centred on the rows it spans."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if _PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_PDF_FONT))
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    c.setCreator("WPS 文字")
    c.setProducer("WPS 文字")
    c.setTitle("2025年度项目支出绩效目标表")
    c.setFont(_PDF_FONT, 14)
    c.drawString(320, height - 40, "2025年度项目支出绩效目标表")
    c.setFont(_PDF_FONT, 9)
    c.drawString(40, height - 62, NOTICE)
    rows = [[_HEAD[0][0], _HEAD[0][1], "", ""], ["主管部门", _HEAD[1][1], "实施单位", _HEAD[2][1]],
            ["", "年度资金总额", "160.00", ""], ["资金情况（万元）", "其中：财政拨款", "130.00", ""],
            ["", "其他资金", "30.00", ""], ["年度绩效目标", "建设垃圾收运点40个，配置转运车辆6辆，覆盖30个行政村。", "", ""],
            ["一级指标", "二级指标", "三级指标", "指标值"]]
    indicators = [r for r in _INDICATORS if satisfaction or r[0] != "满意度指标"]
    y0 = height - 100
    pitch = 24.0

    def put(col: int, row: float, text: str) -> None:
        if text:
            c.drawString(_X[col], y0 - row * pitch, text)

    for r, row in enumerate(rows):
        for col, text in enumerate(row):
            put(col, r, text)
    first = len(rows)
    for col in (0, 1):  # merged 一级 / 二级 cells: the text once, at the centre of its run of rows
        start = 0
        while start < len(indicators):
            end = start
            while end + 1 < len(indicators) and indicators[end + 1][col] == indicators[start][col] \
                    and (col == 0 or indicators[end + 1][0] == indicators[start][0]):
                end += 1
            put(col, first + (start + end) / 2, indicators[start][col])
            start = end + 1
    for i, row in enumerate(indicators):
        put(2, first + i, row[2])
        put(3, first + i, row[3])
    put(0, first + len(indicators) + 0.5, "填报人：示例  联系电话：0000-0000000")
    c.showPage()
    c.save()


# ---- self-evaluation -----------------------------------------------------------------------------------------

_SE_ROWS = [["护林员聘用人数", "数量指标", "=60人", "60人", "10", "10"],
            ["森林防火巡护里程", "数量指标", "≥20000公里", "18000公里", "10", "9"],
            ["巡护记录完整率", "质量指标", "≥95%", "96%", "10", "10"],
            ["补助按月发放及时率", "时效指标", "=100%", "100%", "10", "10"],
            ["护林员人均年补助", "成本指标", "≤1.2万元/人", "1.2万元/人", "10", "10"]]


def se_total_points_score(path: Path) -> None:
    """One small table per 一级指标 (二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分), then a headerless closing table."""
    import docx

    d = docx.Document()
    d.add_paragraph("项目支出绩效自评表（2025年度）")
    d.add_paragraph(NOTICE)
    head = d.add_table(rows=4, cols=8)
    for r, row in enumerate([["项目名称", "示例县生态护林员补助项目"], ["主管部门", "示例县林业局", "", "", "实施单位", "示例县森林资源管护站"],
                             ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                             ["项目资金（万元）", "年度资金总额", "80", "80", "80", "10", "100.00%", "10"]]):
        for col, text in enumerate(row):
            head.cell(r, col).text = text
    blocks = [("产出指标", _SE_ROWS), ("效益指标", [["带动脱贫户就业人数", "社会效益指标", "≥30人", "30人", "30", "30"]]),
              ("满意度指标", [["护林员满意度", "服务对象满意度指标", "≥90%", "92%", "10", "10"]])]
    for name, rows in blocks:
        d.add_paragraph(name)
        t = d.add_table(rows=len(rows) + 1, cols=6)
        for col, text in enumerate(["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]):
            t.cell(0, col).text = text
        for r, (l3, l2, target, actual, weight, score) in enumerate(rows, start=1):
            for col, text in enumerate([l2, l3, target, actual, weight, score]):
                t.cell(r, col).text = text
    end = d.add_table(rows=5, cols=4)
    for r, row in enumerate([["偏差原因分析及改进措施", "森林防火巡护里程：雨季道路中断，下年增加雨季前巡护。"],
                             ["总分", "", "100", "99"], ["自评等级", "优"],
                             ["存在问题", "雨季部分路段无法巡护。"], ["改进措施", "雨季前完成重点路段巡护。"]]):
        for col, text in enumerate(row):
            end.cell(r, col).text = text
    end.cell(0, 1).merge(end.cell(0, 3))
    end.cell(2, 1).merge(end.cell(2, 3))
    end.cell(3, 1).merge(end.cell(3, 3))
    end.cell(4, 1).merge(end.cell(4, 3))
    d.core_properties.author = "示例"
    buf = io.BytesIO()
    d.save(buf)
    _rezip(buf.getvalue(), path)


def se_block_label_formula(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws.append(["项目支出绩效自评表（2025年度）"])
    ws.append(["项目名称", "示例区社区助餐服务补助项目"])
    ws.append(["主管部门", "示例区民政局", "", "", "实施单位", "示例区社会福利服务中心"])
    ws.append(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    ws.append(["项目资金（万元）", "年度资金总额", 100, 100, 90, 10, "=E5/C5", "=F5*G5"])
    ws.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    rows = [["产出指标", "数量指标", "助餐服务人次", "≥20000人次", "15000人次", 20, "=G7*15000/20000"],
            ["产出指标", "质量指标", "食品安全抽检合格率", "=100%", "100%", 20, 20],
            ["产出指标", "时效指标", "补助资金按季度拨付及时率", "=100%", "100%", 10, 10],
            ["效益指标", "社会效益指标", "助餐点覆盖社区数", "≥12个", "10个", 30, "=G10*10/12"],
            ["满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%", "80%", 10, "=G11*80/90"]]
    for row in rows:
        ws.append(["绩效指标", *row])
    ws.merge_cells(start_row=6, start_column=1, end_row=6 + len(rows), end_column=1)
    ws.append(["偏差原因分析及改进措施", "助餐服务人次：两处助餐点装修停业；覆盖社区数：两个社区未找到场地。"])
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=8)
    ws.append(["总分", "", "", "", "", "", 100, "=H5+SUM(H7:H11)"])
    ws.append(["自评等级", "优"])
    ws.append(["存在问题", "助餐点场地不足，服务人次未达目标。"])
    ws.append(["改进措施", "协调社区用房，新增两处助餐点。"])
    ws.append([NOTICE])
    cached = {"G5": "0.9", "H5": "9", "H7": "15", "H10": "25", "H11": "8.88888888888889",
              "H13": "87.8888888888889"}
    _save(wb, path, cached)


def build_structure_goal(out: Path) -> list[dict[str, Any]]:
    """Write the goal-sheet samples into ``out`` (goal_sheets/) and return their labels."""
    def label(file: str, must: list[str], note: str, expect: dict[str, Any]) -> dict[str, Any]:
        return {"file": f"goal_sheets/{file}", "kind": "goal_sheet", "fiscal_year": 2025, "must": must,
                "must_not": [r for r in GOAL_RULES if r not in must], "must_not_error": [], "note": note,
                "expect": {"project_name": _HEAD[0][1], **expect}}

    hidden_rows_sheet(out / "st01_hidden_rows_sheet.xlsx")
    formula_sources_detail(out / "st02_formula_sources_detail.xlsx")
    hidden_helper_formula_late(out / "st03_hidden_helper_formula_late.xlsx")
    borderless_pdf(out / "st04_borderless.pdf")
    borderless_pdf(out / "st05_borderless_no_satisfaction.pdf", satisfaction=False)
    return [
        label("st01_hidden_rows_sheet.xlsx", [], "表尾两行模板行被隐藏、右侧隐藏一列填报说明、另有隐藏的旧版本工作表：按 Excel 中看到的表审核，无问题。",
              {"total_funds_wan": 160.0, "indicator_count": 8}),
        label("st02_formula_sources_detail.xlsx", ["GS-02"],
              "资金来源是引用表下“资金测算明细”的公式（有缓存值 100、30），手填总额150不等于130；明细行不是指标也不是来源。",
              {"total_funds_wan": 150.0, "sources_sum_wan": 130.0, "indicator_count": 8}),
        label("st03_hidden_helper_formula_late.xlsx", ["GS-10"],
              "隐藏的辅助列是没有缓存值的 =LEN() 公式，与指标无关；完成时间写到2026年3月31日（确定越界）。",
              {"total_funds_wan": 160.0, "indicator_count": 8}),
        label("st04_borderless.pdf", [], "WPS 导出的无表格线 pdf：文字按格子位置摆放，纵向合并的一级/二级指标文字垂直居中：无问题。",
              {"total_funds_wan": 160.0, "indicator_count": 8}),
        label("st05_borderless_no_satisfaction.pdf", ["GS-04"], "同上，没有满意度指标。",
              {"total_funds_wan": 160.0, "indicator_count": 7}),
    ]


def build_structure_cycle(out: Path) -> list[dict[str, Any]]:
    """Write the self-evaluation samples into ``out`` (cycle/) and return their labels."""
    se_total_points_score(out / "se_total_points_score.docx")
    se_block_label_formula(out / "se_block_label_formula.xlsx")
    return [
        {"file": "cycle/se_total_points_score.docx", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": [], "must_not": [r for r in EV_RULES if r not in {"EV-02", "EV-05"}],
         "note": "按一级指标拆成小表的自评表；末表没有表头，“总分 | 100 | 99”中100是分值、99是得分，合计相符。",
         "expect": {"project_name": "示例县生态护林员补助项目", "stated_total": 99.0}},
        {"file": "cycle/se_block_label_formula.xlsx", "kind": "self_evaluation", "fiscal_year": 2025,
         "must": ["EV-04"], "must_not": [r for r in EV_RULES if r not in {"EV-04", "EV-02", "EV-05"}],
         "note": "“绩效指标”在首列纵向合并，得分和总分是带缓存值的公式，指标下有“偏差原因分析及改进措施”一行；总分87.89写“优”（应为“良”）。",
         "expect": {"project_name": "示例区社区助餐服务补助项目", "stated_total": 87.89}},
    ]


if __name__ == "__main__":
    n = len(build_structure_goal(HERE / "goal_sheets")) + len(build_structure_cycle(HERE / "cycle"))
    print(n, "份样本已写入", HERE)
