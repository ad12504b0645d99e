"""Generate the blind held-out set heldout12: submissions whose *file structure* is odd (nested tables, text boxes,
page headers, unaccepted tracked changes, comments, landscape sections, red-head cover pages, one small table per
一级指标, full-width "一级指标：产出指标" banner rows, xlsx hidden rows/sheets/columns and formula cells with cached
values, WPS-style pdf with scrambled text order and no ruling lines, goal tables as pictures).

    PYTHONPATH=src /work/main/.venv/bin/python corpus/eval/heldout12/make_docs.py

Writes files/ and labels.jsonl next to this script. Knows nothing about the engine; projects, units and amounts
are invented. Tables with merges go through the shared renderer's span logic (../blind_render.py).
"""

from __future__ import annotations

import copy
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_render import _spans  # noqa: E402

FILES = HERE / "files"
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
YEAR = 2026
Ind = tuple[str, str, str, str, str, str]  # 一级, 二级, 三级, sign, value, unit

GS_MUST_NOT = ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-07", "GS-10", "GS-13", "GS-15", "GS-16"]
EA_MUST_NOT = ["EA-RPT-01", "EA-RPT-03", "EA-ECO-01", "EA-NEC-04", "GS-02"]
EV_MUST_NOT = ["EV-01", "EV-02", "EV-04", "EV-05"]

SRC = {
    "ningxiang": "renrendoc.com/paper/307484460.html（宁乡某镇项目绩效目标表：填报单位（盖章）、资金总额及构成）",
    "template": "pages 检索“绩效目标申报表参考模板（困难群众救助）”（无网址；PDF 文字层顺序错乱、一级指标逐字断开）",
    "hengshan": "taowenge.com/p-72820237.html（衡山县县级专项资金绩效目标自评表.docx：格内文字断行、“一级 指标”断开、≥ 识成 2）",
    "chizhou": "www.anthempetcare.com/upload_cz/download?id=502364（池州棠溪镇自评表，WPS 生成的文件，KSO 版本号；总额行 0 而财政拨款 90）",
    "dyrmt": "dyrmt.com/article-132779-22.html（某县发放类自评表，存在问题、改进措施填“暂无”）",
    "ganzi": "meiwen.anslib.com/fanwenku/414091.html（事前评估报告字段式表头+评估程序）",
    "honghe": "www.hh.gov.cn/info/11481/1179592.htm（红河州某中心 2024 年度项目支出绩效单位自评报告）",
    "dybbs": "m.dybbs8.com/excel/974350.html（三级指标总数不少于 3 个；定量指标说明计算公式）",
}

# ---------------------------------------------------------------- content


def inds_road(total: float) -> list[Ind]:
    return [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥", "412", "公里"),
        ("产出指标", "数量指标", "危桥加固座数", "≥", "6", "座"),
        ("产出指标", "质量指标", "养护路段优良路率", "≥", "85", "%"),
        ("产出指标", "时效指标", "年度养护任务完成时间", "≤", "2026年12月31日", ""),
        ("产出指标", "成本指标", "每公里年均养护成本", "≤", "0.35", "万元/公里"),
        ("效益指标", "社会效益指标", "群众出行安全事故起数", "≤", "2", "起"),
        ("效益指标", "可持续影响指标", "路面使用年限延长", "≥", "3", "年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%"),
    ]


def inds_elder(total: float) -> list[Ind]:
    return [
        ("产出指标", "数量指标", "居家养老上门服务人次", "≥", "18000", "人次"),
        ("产出指标", "数量指标", "服务覆盖社区数", "=", "14", "个"),
        ("产出指标", "质量指标", "服务质量抽查合格率", "≥", "95", "%"),
        ("产出指标", "时效指标", "补助资金按季度拨付及时率", "=", "100", "%"),
        ("产出指标", "成本指标", "每人次上门服务补助标准", "≤", "40", "元/人次"),
        ("效益指标", "社会效益指标", "失能半失能老人照护需求满足率", "≥", "80", "%"),
        ("效益指标", "可持续影响指标", "社区养老服务站持续运营数", "≥", "12", "个"),
        ("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥", "92", "%"),
    ]


def inds_school(total: float) -> list[Ind]:
    return [
        ("产出指标", "数量指标", "配备专职保安的中小学校数", "=", "37", "所"),
        ("产出指标", "数量指标", "校园视频监控点位维护数", "≥", "860", "个"),
        ("产出指标", "质量指标", "保安持证上岗率", "=", "100", "%"),
        ("产出指标", "时效指标", "安保服务合同签订完成时间", "≤", "2026年2月28日", ""),
        ("产出指标", "成本指标", "每所学校年均安保服务费", "≤", "9.6", "万元/所"),
        ("效益指标", "社会效益指标", "校园治安案件发生起数", "≤", "1", "起"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", "90", "%"),
    ]


def inds_village(total: float) -> list[Ind]:
    return [
        ("产出指标", "数量指标", "村庄生活垃圾收运点建设数", "≥", "48", "个"),
        ("产出指标", "数量指标", "农村户厕改造数", "≥", "320", "户"),
        ("产出指标", "质量指标", "改厕验收合格率", "≥", "98", "%"),
        ("产出指标", "时效指标", "工程完工时间", "≤", "2026年11月30日", ""),
        ("产出指标", "成本指标", "户厕改造户均补助", "≤", "0.25", "万元/户"),
        ("效益指标", "生态效益指标", "生活垃圾无害化处理率", "≥", "90", "%"),
        ("效益指标", "社会效益指标", "村庄环境整治达标村数", "≥", "11", "个"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", "90", "%"),
    ]


def inds_water(total: float) -> list[Ind]:
    return [
        ("产出指标", "数量指标", "农村供水工程维修处数", "≥", "26", "处"),
        ("产出指标", "数量指标", "水质检测样品数", "≥", "520", "份"),
        ("产出指标", "质量指标", "水质检测达标率", "≥", "95", "%"),
        ("产出指标", "时效指标", "维修项目完工时间", "≤", "2026年10月31日", ""),
        ("产出指标", "成本指标", "单处维修平均成本", "≤", "2.8", "万元/处"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥", "4.2", "万人"),
        ("效益指标", "可持续影响指标", "工程管护责任落实率", "=", "100", "%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "90", "%"),
    ]


def inds_library(total: float) -> list[Ind]:
    return [
        ("产出指标", "数量指标", "新增图书采购册数", "≥", "12000", "册"),
        ("产出指标", "数量指标", "开展全民阅读活动场次", "≥", "60", "场"),
        ("产出指标", "质量指标", "图书编目加工合格率", "≥", "98", "%"),
        ("产出指标", "时效指标", "图书采购到馆时间", "≤", "2026年9月30日", ""),
        ("产出指标", "成本指标", "图书平均采购单价", "≤", "45", "元/册"),
        ("效益指标", "社会效益指标", "年接待读者人次", "≥", "150000", "人次"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%"),
    ]


def inds_forest(total: float) -> list[Ind]:
    return [
        ("产出指标", "数量指标", "护林员聘用人数", "=", "86", "人"),
        ("产出指标", "数量指标", "森林防火巡护里程", "≥", "24000", "公里"),
        ("产出指标", "质量指标", "巡护记录完整率", "≥", "95", "%"),
        ("产出指标", "时效指标", "护林员补助按月发放及时率", "=", "100", "%"),
        ("产出指标", "成本指标", "护林员人均年补助", "≤", "1.2", "万元/人"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤", "0.8", "‰"),
        ("效益指标", "社会效益指标", "带动脱贫户就业人数", "≥", "40", "人"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥", "90", "%"),
    ]


def inds_market(total: float) -> list[Ind]:
    return [
        ("产出指标", "数量指标", "食品安全抽检批次", "≥", "1600", "批次"),
        ("产出指标", "数量指标", "农贸市场快检室运行数", "=", "9", "个"),
        ("产出指标", "质量指标", "抽检任务完成率", "=", "100", "%"),
        ("产出指标", "时效指标", "不合格产品核查处置及时率", "≥", "95", "%"),
        ("产出指标", "成本指标", "每批次抽检平均费用", "≤", "650", "元/批次"),
        ("效益指标", "社会效益指标", "重大食品安全事故起数", "=", "0", "起"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥", "85", "%"),
    ]


def val(i: Ind) -> str:
    """Sign, value and unit written in one cell, as most offices type them."""
    return f"{i[3]}{i[4]}{i[5]}"


def header_rows(g: dict[str, Any]) -> list[list[str]]:
    rows = [["项目名称", g["name"], "<", "<"],
            ["主管部门", g["dept"], "实施单位", g["unit"]],
            ["项目属性", g.get("attr", "延续项目"), "项目期限", g.get("period", f"{YEAR}年1月—{YEAR}年12月")],
            ["资金情况（万元）", "年度资金总额", g.get("total_text", f"{g['total']:.2f}"), "<"]]
    for label, amt in g["sources"]:
        rows.append(["^", label, amt if isinstance(amt, str) else f"{amt:.2f}", "<"])
    rows.append(["年度绩效目标", g["goal"], "<", "<"])
    return rows


def ind_rows_4(inds: list[Ind]) -> list[list[str]]:
    """一级 | 二级 | 三级 | 指标值 with vertical merges of 一级 and 二级."""
    rows = [["一级指标", "二级指标", "三级指标", "指标值"]]
    prev: tuple[str, str] = ("", "")
    for i in inds:
        l1 = "^" if i[0] == prev[0] else i[0]
        l2 = "^" if (i[0], i[1]) == prev else i[1]
        rows.append([l1, l2, i[2], val(i)])
        prev = (i[0], i[1])
    return rows


def ind_rows_6(inds: list[Ind]) -> list[list[str]]:
    rows = [["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]]
    prev: tuple[str, str] = ("", "")
    for i in inds:
        l1 = "^" if i[0] == prev[0] else i[0]
        l2 = "^" if (i[0], i[1]) == prev else i[1]
        rows.append([l1, l2, i[2], i[3], i[4], i[5]])
        prev = (i[0], i[1])
    return rows


# ---------------------------------------------------------------- docx helpers


def docx_table(container: Any, rows: list[list[str]], header_repeat: int = 0) -> Any:
    """A bordered table in `container` (document, cell or header) with "^"/"<" merges."""
    grid, spans = _spans(rows)
    if hasattr(container, "add_table") and container.__class__.__name__ == "Document":
        t = container.add_table(rows=len(grid), cols=len(grid[0]))
    else:
        t = container.add_table(len(grid), len(grid[0]), *([Cm(24)] if container.__class__.__name__ == "_Header" else []))
    t.style = "Table Grid"
    for i, row in enumerate(grid):
        for j, cell in enumerate(row):
            t.cell(i, j).text = str(cell)
    for r0, c0, r1, c1 in spans:
        text = grid[r0][c0]
        t.cell(r0, c0).merge(t.cell(r1, c1)).text = text
    for k in range(header_repeat):
        trpr = t.rows[k]._tr.get_or_add_trPr()
        trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    return t


def red_head(doc: Any, issuer: str, number: str, title: str, body: list[str], sign: str, date: str) -> None:
    """Red-head cover letter with a stamp line, then a page break (the table follows)."""
    p = doc.add_paragraph()
    r = p.add_run(issuer)
    r.font.size = Pt(26)
    r.bold = True
    r.font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(0xD0, 0, 0)
    p.alignment = 1
    doc.add_paragraph(number).alignment = 1
    doc.add_paragraph("━" * 24).alignment = 1
    h = doc.add_paragraph(title)
    h.alignment = 1
    for b in body:
        doc.add_paragraph(b)
    doc.add_paragraph(sign).alignment = 2
    doc.add_paragraph("（盖章）").alignment = 2
    doc.add_paragraph(date).alignment = 2
    doc.add_page_break()


_REV_ID = [100]


def revise_cell(cell: Any, old: str, new: str, before: str = "", after: str = "") -> None:
    """Replace the cell text with before + <del>old</del><ins>new</ins> + after (Word tracked changes, not accepted)."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if before:
        p.add_run(before)
    rid = _REV_ID
    rid[0] += 2
    stamp = 'w:author="某县财政局 李审" w:date="2025-10-20T09:30:00Z"'
    xml = (f'<w:del {nsdecls("w")} w:id="{rid[0]}" {stamp}><w:r><w:delText xml:space="preserve">{old}</w:delText></w:r></w:del>'
           if old else "")
    p._p.append(parse_xml(xml)) if xml else None
    if new:
        p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{rid[0] + 1}" {stamp}><w:r><w:t xml:space="preserve">{new}</w:t></w:r></w:ins>'))
    if after:
        p.add_run(after)


def textbox_paragraph(doc: Any, inner: Any, height_cm: float = 14) -> None:
    """Move table `inner` (already appended to the body) into a floating text box, Word style: mc:AlternateContent
    with a wps text box and a VML fallback holding the same content."""
    tbl = inner._tbl
    tbl.getparent().remove(tbl)
    emu_w, emu_h = int(Cm(16.5)), int(Cm(height_cm))
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word"')
    xml = (f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" '
           f'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
           f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
           f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
           f'<wp:docPr id="11" name="文本框 11"/><wp:cNvGraphicFramePr/>'
           f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm>'
           f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent/></wps:txbx>'
           f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
           f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           f'<mc:Fallback><w:pict><v:shape id="文本框 11" type="#_x0000_t202" style="position:absolute;width:467pt;height:{height_cm * 28.35:.0f}pt">'
           f'<v:textbox><w:txbxContent/></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>'
           f'</mc:AlternateContent></w:r>')
    run = parse_xml(xml)
    boxes = run.findall(".//" + qn("w:txbxContent"))
    for box in boxes:
        box.append(copy.deepcopy(tbl))
        box.append(parse_xml(f"<w:p {nsdecls('w')}/>"))
    p = doc.add_paragraph()
    p._p.append(run)


def landscape_section(doc: Any) -> None:
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w


# ---------------------------------------------------------------- image helpers


def table_png(rows: list[list[str]], title: str = "", widths: list[int] | None = None) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 22)
    grid, _ = _spans(rows)
    ncol = len(grid[0])
    widths = widths or [220] * ncol
    rh = 44
    top = 70 if title else 10
    img = Image.new("RGB", (sum(widths) + 20, top + rh * len(grid) + 20), "white")
    d = ImageDraw.Draw(img)
    if title:
        d.text((20, 18), title, fill="black", font=ImageFont.truetype(FONT, 30))
    for i, row in enumerate(grid):
        x = 10
        for j, cell in enumerate(row):
            y = top + i * rh
            d.rectangle([x, y, x + widths[j], y + rh], outline="black", width=2)
            d.text((x + 6, y + 8), str(cell)[:20], fill="black", font=font)
            x += widths[j]
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- pdf helpers


def wps_pdf(path: Path, title: str, lines_before: list[str], rows: list[list[str]], widths: list[float],
            lines_after: list[str], scramble: str = "columns", wrap: int = 9) -> None:
    """A pdf like a WPS export: no ruling lines, cell text placed by position but written in a scrambled
    order (column by column, right column first); long cell text wrapped onto a second line."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setCreator("WPS 文字")
    c.setProducer("WPS 文字")
    c.setTitle(title)
    c.setFont("STSong-Light", 15)
    c.drawCentredString(W / 2, H - 45, title)
    c.setFont("STSong-Light", 9)
    y = H - 70

    def line(text: str, y: float) -> float:
        if y < 40:
            c.showPage()
            c.setFont("STSong-Light", 9)
            y = H - 40
        c.drawString(40, y, text)
        return y - 14

    for ln in lines_before:
        y = line(ln, y)
    grid, spans = _spans(rows)
    row_h = 24
    if y - len(grid) * row_h < 40:
        c.showPage()
        c.setFont("STSong-Light", 9)
        y = H - 40
    x0 = [40 + sum(widths[:j]) for j in range(len(widths))]
    cells: list[tuple[int, int, str]] = [(i, j, t) for i, r in enumerate(grid) for j, t in enumerate(r) if t]
    if scramble == "columns":
        cells.sort(key=lambda t: (-t[1], t[0]))
    top = y - 6
    for i, j, text in cells:
        span = next(((r1 - r0 + 1, c1) for r0, c0, r1, c1 in spans if r0 == i and c0 == j), (1, j))
        cy = top - i * row_h - (span[0] - 1) * row_h / 2 - 10
        n = max(wrap, int(sum(widths[j:span[1] + 1]) / 14))
        parts = [text[k:k + n] for k in range(0, len(text), n)] if len(text) > n else [text]
        for k, part in enumerate(parts[:4]):
            c.drawString(x0[j] + 3, cy + 5 - k * 10 + (len(parts) - 1) * 5, part)
    y = top - len(grid) * row_h - 14
    for ln in lines_after:
        y = line(ln, y)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- xlsx helpers


def write_grid(ws: Any, rows: list[list[Any]], r0: int = 1) -> int:
    grid, spans = _spans(rows)
    for i, row in enumerate(grid):
        for j, cell in enumerate(row):
            if cell != "":
                c = ws.cell(row=r0 + i, column=j + 1, value=cell)
                if isinstance(cell, str) and cell.startswith("=") and not cell.startswith("=SUM") \
                        and not re.match(r"^=[A-Z]+\d", cell):
                    c.data_type = "s"
    for a, b, cc, d in spans:
        ws.merge_cells(start_row=r0 + a, start_column=b + 1, end_row=r0 + cc, end_column=d + 1)
    return r0 + len(grid)


def add_cached_values(path: Path, cached: dict[str, dict[str, float | str]]) -> None:
    """openpyxl writes formulas without results; put the cached result into <v> as Excel/WPS would."""
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename in cached:
                xml = data.decode("utf-8")
                for ref, v in cached[item.filename].items():
                    if isinstance(v, str):
                        xml = re.sub(rf'<c r="{ref}"([^>]*)><f>([^<]*)</f><v\s*/?>(</v>)?',
                                     lambda m, v=v, ref=ref: f'<c r="{ref}"{m.group(1)} t="str"><f>{m.group(2)}</f><v>{v}</v>', xml)
                    else:
                        xml = re.sub(rf'<c r="{ref}"([^>]*)><f>([^<]*)</f><v\s*/?>(</v>)?',
                                     lambda m, v=v, ref=ref: f'<c r="{ref}"{m.group(1)}><f>{m.group(2)}</f><v>{v:g}</v>', xml)
                data = xml.encode("utf-8")
            out.writestr(item, data)
    src.close()
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- goal sheets

LABELS: list[dict[str, Any]] = []


def label(file: str, kind: str, layout_class: str, layout: str, source: str, defect: str, must: list[str],
          drop: list[str], name: str, total: float | None, rows: int | None, year: int | None = YEAR) -> None:
    base = {"goal_sheet": GS_MUST_NOT, "appraisal_report": EA_MUST_NOT, "self_evaluation": EV_MUST_NOT}[kind]
    LABELS.append({"file": f"files/{file}", "kind": kind, "layout_class": layout_class, "layout": layout,
                   "source": source, "defect": defect, "must": must,
                   "must_not": [r for r in base if r not in drop], "evidence": {}, "project_name": name,
                   "fiscal_year": year, "total_funds_wan": total, "indicator_rows": rows, "indicator_rows_long": 0})


def G(name: str, dept: str, unit: str, total: float, sources: list[tuple[str, float]], goal: str,
      inds: list[Ind], **kw: Any) -> dict[str, Any]:
    return {"name": name, "dept": dept, "unit": unit, "total": total, "sources": sources, "goal": goal,
            "inds": inds, **kw}


ROAD = G("某县2026年农村公路日常养护项目", "某县交通运输局", "某县农村公路养护中心", 150,
         [("其中：财政拨款", 120), ("上年结转", 30)],
         "完成全县412公里农村公路日常养护和6座危桥加固，养护路段优良路率不低于85%，保障群众安全出行。",
         inds_road(150))
ELDER = G("某区社区居家养老服务补助项目", "某区民政局", "某区社会福利服务中心", 80,
          [("其中：财政拨款", 60), ("上年结转", 20)],
          "为辖区14个社区失能、半失能及高龄老人提供上门助餐、助洁、助浴服务不少于18000人次。", inds_elder(80))
SCHOOL = G("某市中小学校园安保服务购买项目", "某市教育局", "某市教育后勤服务中心", 360,
           [("其中：财政拨款", 360), ("其他资金", 0)],
           "为37所公办中小学购买专职保安服务，维护校园视频监控点位，校园治安案件不超过1起。", inds_school(360))
VILLAGE = G("某镇2026年农村人居环境整治项目", "某镇人民政府", "某镇农业农村综合服务中心", 120,
            [("其中：财政拨款", 100), ("其他资金", 20)],
            "建设村庄生活垃圾收运点48个、改造农村户厕320户，生活垃圾无害化处理率达到90%以上。", inds_village(120))
WATER = G("某县农村供水工程维修养护项目", "某县水利局", "某县农村供水管理站", 90,
          [("其中：财政拨款", 70), ("上年结转", 20)],
          "维修农村供水工程26处，完成水质检测520份，保障4.2万农村人口饮水安全。", inds_water(90))
LIBRARY = G("某区公共图书馆文献购置及全民阅读项目", "某区文化和旅游局", "某区图书馆", 68,
            [("其中：财政拨款", 68), ("其他资金", 0)],
            "采购新书12000册，开展全民阅读活动60场，年接待读者15万人次以上。", inds_library(68))
FOREST = G("某县生态护林员补助项目", "某县林业局", "某县森林资源管护站", 110,
           [("其中：财政拨款", 110), ("其他资金", 0)],
           "聘用生态护林员86名，完成森林防火巡护24000公里，森林火灾受害率控制在0.8‰以内。", inds_forest(110))
MARKET = G("某市食品安全抽检监测项目", "某市市场监督管理局", "某市食品检验检测中心", 120,
           [("其中：财政拨款", 110), ("其他资金", 10)],
           "完成食品安全抽检1600批次，运行9个农贸市场快检室，不发生重大食品安全事故。", inds_market(120))


def with_(g: dict[str, Any], **kw: Any) -> dict[str, Any]:
    h = copy.deepcopy(g)
    h.update(kw)
    return h


def replace_ind(inds: list[Ind], name: str, new: Ind | None) -> list[Ind]:
    out = [(new if i[2] == name else i) for i in inds]
    return [i for i in out if i is not None]


def base_doc(title: str) -> Any:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return doc


def gs_redhead(path: Path, g: dict[str, Any]) -> None:
    doc = base_doc(g["name"])
    red_head(doc, g["dept"] + "文件", f"{g['dept'][:2]}财〔2025〕{len(g['name'])}号",
             f"关于报送{g['name']}绩效目标的报告",
             ["县财政局：", f"按照编制{YEAR}年部门预算的通知要求，我单位编制了{g['name']}绩效目标申报表，现予报送，请审核。",
              "附件：项目支出绩效目标申报表"], g["dept"], "2025年10月15日")
    doc.add_paragraph("附件")
    doc.add_paragraph(f"项目支出绩效目标申报表（{YEAR}年度）").alignment = 1
    doc.add_paragraph(f"填报单位（盖章）：{g['unit']}                     单位：万元")
    docx_table(doc, header_rows(g) + ind_rows_4(g["inds"]))
    doc.add_paragraph("填报人：王某    联系电话：0000-1234567    单位负责人：赵某")
    doc.save(str(path))


def gs_nested(path: Path, g: dict[str, Any]) -> None:
    """The whole goal sheet sits inside one cell of a two-row layout table (title row, body cell)."""
    doc = base_doc(g["name"])
    outer = doc.add_table(rows=3, cols=1)
    outer.style = "Table Grid"
    outer.cell(0, 0).text = f"{YEAR}年度项目支出绩效目标申报表"
    body = outer.cell(1, 0)
    body.paragraphs[0].text = f"填报单位：{g['unit']}    金额单位：万元"
    docx_table(body, header_rows(g))
    body.add_paragraph("绩效指标")
    docx_table(body, ind_rows_6(g["inds"]))
    body.add_paragraph("")
    outer.cell(2, 0).text = "单位负责人：刘某        填报人：陈某        填报日期：2025年10月"
    doc.save(str(path))


def gs_textbox(path: Path, g: dict[str, Any]) -> None:
    """Header table in the body; the indicator table drawn inside a floating text box."""
    doc = base_doc(g["name"])
    doc.add_paragraph(f"{YEAR}年项目支出绩效目标表").alignment = 1
    doc.add_paragraph("单位：万元")
    docx_table(doc, header_rows(g))
    doc.add_paragraph("绩效指标（见下框）")
    t = docx_table(doc, ind_rows_4(g["inds"]))
    textbox_paragraph(doc, t, height_cm=11)
    doc.add_paragraph("填报日期：2025年10月20日")
    doc.save(str(path))


def gs_pageheader(path: Path, g: dict[str, Any]) -> None:
    """Project fields typed into the page header (a table repeated on every page); the body has only indicators."""
    doc = base_doc(g["name"])
    hdr = doc.sections[0].header
    hdr.paragraphs[0].text = f"{YEAR}年度项目支出绩效目标申报表"
    docx_table(hdr, header_rows(g))
    doc.add_paragraph("绩效指标")
    docx_table(doc, ind_rows_6(g["inds"]))
    doc.add_paragraph("填报人：周某   审核人：吴某")
    doc.save(str(path))


def gs_tracked(path: Path, g: dict[str, Any], edits: list[tuple[str, str, str]]) -> None:
    """Goal sheet with unaccepted tracked changes: edits are (cell text to find, deleted text, inserted text)."""
    doc = base_doc(g["name"])
    doc.add_paragraph(f"项目支出绩效目标申报表（{YEAR}年）").alignment = 1
    doc.add_paragraph("（财政审核修改稿，修订未接受）")
    t = docx_table(doc, header_rows(g) + ind_rows_4(g["inds"]))
    for find, old, new in edits:
        cell = next(c for row in t.rows for c in row.cells if c.text == find)
        revise_cell(cell, old, new)
    doc.save(str(path))


def gs_comments(path: Path, g: dict[str, Any], blank: str) -> None:
    doc = base_doc(g["name"])
    doc.add_paragraph(f"{YEAR}年度部门项目绩效目标申报表").alignment = 1
    t = docx_table(doc, header_rows(g) + ind_rows_4(g["inds"]))
    notes = {"年度资金总额": "资金总额与预算一上数一致，已核。", blank: "此项指标值请补充。",
             "服务对象满意度指标": "满意度建议不低于90%。"}
    for row in t.rows:
        for cell in row.cells:
            key = next((k for k in notes if cell.text == k), None)
            if key:
                runs = cell.paragraphs[0].runs
                if runs:
                    doc.add_comment(runs, text=notes.pop(key), author="某区财政局绩效科", initials="JX")
    doc.save(str(path))


def gs_landscape(path: Path, g: dict[str, Any]) -> None:
    """Section 1 (portrait): header fields; section 2 (landscape): indicator table with a repeated header row."""
    doc = base_doc(g["name"])
    doc.add_paragraph(f"{YEAR}年度项目支出绩效目标申报表").alignment = 1
    doc.add_paragraph("一、项目基本情况")
    docx_table(doc, header_rows(g))
    landscape_section(doc)
    doc.add_paragraph("二、项目绩效指标")
    docx_table(doc, ind_rows_6(g["inds"]), header_repeat=1)
    doc.save(str(path))


def gs_split(path: Path, g: dict[str, Any]) -> None:
    """One small table per 一级指标, each introduced by a heading paragraph; no 一级 column."""
    doc = base_doc(g["name"])
    doc.add_paragraph(f"{YEAR}年项目绩效目标申报表").alignment = 1
    docx_table(doc, header_rows(g))
    doc.add_paragraph("年度绩效指标")
    nums = "一二三四五"
    groups: dict[str, list[Ind]] = {}
    for i in g["inds"]:
        groups.setdefault(i[0], []).append(i)
    for k, (l1, items) in enumerate(groups.items()):
        doc.add_paragraph(f"（{nums[k]}）{l1}")
        rows = [["二级指标", "三级指标", "指标值"]]
        prev = ""
        for i in items:
            rows.append(["^" if i[1] == prev else i[1], i[2], val(i)])
            prev = i[1]
        docx_table(doc, rows)
    doc.save(str(path))


def gs_banner(path: Path, g: dict[str, Any]) -> None:
    """Indicator table without a 一级 column: a merged full-width row "一级指标：产出指标" opens each group."""
    doc = base_doc(g["name"])
    doc.add_paragraph(f"项目绩效目标表（{YEAR}年度）").alignment = 1
    docx_table(doc, header_rows(g))
    rows = [["二级指标", "三级指标", "指标性质", "指标值", "计量单位"]]
    cur = ""
    for i in g["inds"]:
        if i[0] != cur:
            rows.append([f"一级指标：{i[0]}", "<", "<", "<", "<"])
            cur = i[0]
        rows.append([i[1], i[2], i[3], i[4], i[5]])
    docx_table(doc, rows)
    doc.save(str(path))


def gs_image_docx(path: Path, g: dict[str, Any]) -> None:
    doc = base_doc(g["name"])
    doc.add_paragraph(f"{YEAR}年度项目支出绩效目标申报表").alignment = 1
    docx_table(doc, header_rows(g))
    doc.add_paragraph("绩效指标（截图）")
    png = table_png(ind_rows_4(g["inds"]), widths=[160, 200, 360, 240])
    doc.add_picture(io.BytesIO(png), width=Cm(16))
    doc.save(str(path))


def gs_scan_pdf(path: Path, g: dict[str, Any]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rows = [["项目名称", g["name"], "<", "<"], ["主管部门", g["dept"], "实施单位", g["unit"]],
            ["年度资金总额", f"{g['total']:.2f}", "财政拨款", f"{g['sources'][0][1]:.2f}"]] + \
        [[i[0], i[1], i[2], val(i)] for i in g["inds"]]
    png = table_png(rows, title=f"{YEAR}年度项目支出绩效目标申报表（扫描件）", widths=[200, 260, 380, 300])
    c = canvas.Canvas(str(path), pagesize=A4)
    W, H = A4
    img = ImageReader(io.BytesIO(png))
    iw, ih = img.getSize()
    scale = (W - 60) / iw
    c.drawImage(img, 30, H - 40 - ih * scale, width=iw * scale, height=ih * scale)
    c.showPage()
    c.save()


def gs_wps_pdf(path: Path, g: dict[str, Any]) -> None:
    rows = header_rows(g) + ind_rows_4(g["inds"])
    wps_pdf(path, f"{YEAR}年度项目支出绩效目标表", [f"填报单位（盖章）：{g['unit']}", "单位：万元"], rows,
            [110, 150, 260, 230], ["填报人：孙某    联系电话：0000-7654321"])


def xlsx_goal(path: Path, g: dict[str, Any], variant: str) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    cached: dict[str, float | str] = {}
    ws.cell(row=1, column=1, value=f"{YEAR}年度项目支出绩效目标申报表")
    ws.merge_cells("A1:F1")
    ws.cell(row=2, column=1, value="单位：万元")
    r = 3
    if variant == "formula":
        # funds: sources are formulas over a detail block at the bottom; the total is typed (or a formula)
        hdr = [["项目名称", g["name"], "<", "<", "<", "<"],
               ["主管部门", g["dept"], "<", "实施单位", g["unit"], "<"],
               ["资金情况（万元）", "年度资金总额", g["total_cell"], "<", "<", "<"],
               ["^", "其中：财政拨款", "=SUM(C30:C32)", "<", "<", "<"],
               ["^", g["sources"][1][0], "=C33", "<", "<", "<"],
               ["年度绩效目标", g["goal"], "<", "<", "<", "<"]]
        r = write_grid(ws, hdr, r)
        cached = {"C6": g["fin"], "C7": g["oth"]}
        if str(g["total_cell"]).startswith("="):
            cached["C5"] = g["total"]
    else:
        hdr = [["项目名称", g["name"], "<", "<", "<", "<"],
               ["主管部门", g["dept"], "<", "实施单位", g["unit"], "<"],
               ["项目属性", "延续项目", "<", "项目期限", f"{YEAR}年1月—12月", "<"],
               ["资金情况（万元）", "年度资金总额", g["total"], "<", "<", "<"]]
        hdr += [["^", lab, amt, "<", "<", "<"] for lab, amt in g["sources"]]
        hdr.append(["年度绩效目标", g["goal"], "<", "<", "<", "<"])
        r = write_grid(ws, hdr, r)
    r += 1
    start = r
    r = write_grid(ws, ind_rows_6(g["inds"]), r)
    if variant == "hidden":
        # template rows left in and hidden, an old version kept on a hidden sheet
        for k, (l2, l3) in enumerate([("数量指标", "指标1"), ("质量指标", "指标2")]):
            ws.cell(row=r + k, column=2, value=l2)
            ws.cell(row=r + k, column=3, value=l3)
            ws.cell(row=r + k, column=5, value="**")
            ws.row_dimensions[r + k].hidden = True
        old = wb.create_sheet("2025年（旧）")
        write_grid(old, [["项目名称", g["name"].replace("2026", "2025"), "<"], ["年度资金总额", 95, "<"],
                         ["其中：财政拨款", 60, "<"], ["三级指标", "指标值", "备注"],
                         ["上门服务人次", "≥15000人次", ""], ["服务完成时间", "2026年3月底前", ""]])
        old.sheet_state = "hidden"
    if variant == "hidcols":
        # a hidden "填报说明" column beside the table and a hidden helper column
        ws.cell(row=start, column=8, value="填报说明（打印时隐藏）")
        for k in range(1, len(g["inds"]) + 1):
            ws.cell(row=start + k, column=8, value="指标值须量化，时效指标不得超出预算年度")
            ws.cell(row=start + k, column=9, value=f"=LEN(E{start + k})")
        ws.column_dimensions["H"].hidden = True
        ws.column_dimensions["I"].hidden = True
    if variant == "formula":
        ws.cell(row=29, column=1, value="资金测算明细（万元）")
        det = g["detail"]
        for k, (lab, amt) in enumerate(det):
            ws.cell(row=30 + k, column=2, value=lab)
            ws.cell(row=30 + k, column=3, value=amt)
    if variant == "merged":
        ws.cell(row=r + 1, column=1, value="填报人：郑某")
        ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)
    wb.save(str(path))
    if cached:
        add_cached_values(path, {"xl/worksheets/sheet1.xml": cached})


def build_goal_sheets() -> None:
    # 1-2: red-head cover letter + stamp, then the table
    gs_redhead(FILES / "gs01_红头函件加申报表.docx", ROAD)
    label("gs01_红头函件加申报表.docx", "goal_sheet", "红头函件+附件表", "红头“某县交通运输局文件”、文号、报告正文、落款盖章、分页后“附件”和表",
          SRC["ningxiang"], "", [], [], ROAD["name"], 150, 8)
    w2 = with_(WATER, total=100)
    gs_redhead(FILES / "gs02_红头函件加申报表_资金不平.docx", w2)
    label("gs02_红头函件加申报表_资金不平.docx", "goal_sheet", "红头函件+附件表", "同 gs01，资金总额 100 ≠ 财政拨款 70 + 上年结转 20",
          SRC["ningxiang"], "资金总额100万元与来源合计90万元不符", ["GS-02"], ["GS-02"], WATER["name"], 100, 8)
    # 3-4: nested tables
    gs_nested(FILES / "gs03_表中套表.docx", ELDER)
    label("gs03_表中套表.docx", "goal_sheet", "表中套表", "外层 3 行 1 列版心表，第 2 格里套表头表和 6 列指标表（性质、单位分列）",
          SRC["template"], "", [], [], ELDER["name"], 80, 8)
    s4 = with_(SCHOOL, inds=[i for i in SCHOOL["inds"] if i[0] != "满意度指标"])
    gs_nested(FILES / "gs04_表中套表_缺满意度.docx", s4)
    label("gs04_表中套表_缺满意度.docx", "goal_sheet", "表中套表", "同 gs03，没有满意度指标",
          SRC["template"], "缺少满意度指标", ["GS-04"], ["GS-04"], SCHOOL["name"], 360, 6)
    # 5-6: text box
    gs_textbox(FILES / "gs05_指标表在文本框里.docx", LIBRARY)
    label("gs05_指标表在文本框里.docx", "goal_sheet", "文本框内指标表", "表头表在正文，指标表画在浮动文本框里（wps 文本框 + VML 备用，内容相同）",
          SRC["template"], "", [], [], LIBRARY["name"], 68, 7)
    v6 = with_(VILLAGE, inds=replace_ind(VILLAGE["inds"], "工程完工时间",
                                        ("产出指标", "时效指标", "工程完工时间", "≤", "2027年3月31日", "")))
    gs_textbox(FILES / "gs06_指标表在文本框里_时效跨年.docx", v6)
    label("gs06_指标表在文本框里_时效跨年.docx", "goal_sheet", "文本框内指标表", "同 gs05，时效“≤2027年3月31日”",
          SRC["template"], "2026年度项目完工时间写到2027年3月31日", ["GS-10"], ["GS-10"], VILLAGE["name"], 120, 8)
    # 7: page header
    gs_pageheader(FILES / "gs07_表头在页眉里.docx", FOREST)
    label("gs07_表头在页眉里.docx", "goal_sheet", "页眉表头", "项目名称、部门、资金、年度目标做成页眉里的表（每页重复），正文只有 6 列指标表",
          SRC["template"], "", [], [], FOREST["name"], 110, 8)
    # 8-9: tracked changes
    w8 = with_(WATER, inds=replace_ind(WATER["inds"], "水质检测达标率",
                                       ("产出指标", "质量指标", "水质检测达标率", "≥", "95", "%")))
    gs_tracked(FILES / "gs08_修订未接受.docx", w8,
               [("≤2026年10月31日", "≤2027年3月31日", "≤2026年10月31日"), ("≥95%", "≥90%", "≥95%"),
                ("90.00", "110.00", "90.00")])
    label("gs08_修订未接受.docx", "goal_sheet", "修订未接受", "财政审核稿：时效“≤2027年3月31日”删除改为“≤2026年10月31日”、"
          "达标率 90%→95%、总额 110→90 均为未接受的修订（删除/插入痕迹）；接受后一切正确",
          SRC["template"], "", [], [], WATER["name"], 90, 8)
    gs_tracked(FILES / "gs09_修订未接受_资金不平.docx", with_(ELDER, total=95),
               [("95.00", "80.00", "95.00"), ("≥92%", "≥90%", "≥92%")])
    label("gs09_修订未接受_资金不平.docx", "goal_sheet", "修订未接受", "修订把年度资金总额 80 改成 95（删除 80、插入 95），来源仍为 60+20；接受修订后总额与来源不符",
          SRC["template"], "接受修订后资金总额95万元与来源合计80万元不符", ["GS-02"], ["GS-02"], ELDER["name"], 95, 8)
    # 10: comments + blank value
    gs_comments(FILES / "gs10_批注_缺指标值.docx",
                with_(LIBRARY, inds=replace_ind(LIBRARY["inds"], "开展全民阅读活动场次",
                                                ("产出指标", "数量指标", "开展全民阅读活动场次", "", "", ""))),
                "开展全民阅读活动场次")
    label("gs10_批注_缺指标值.docx", "goal_sheet", "带批注", "财政绩效科的 3 条 Word 批注挂在单元格上；“开展全民阅读活动场次”指标值空白（批注“此项指标值请补充”）",
          SRC["template"], "三级指标“开展全民阅读活动场次”指标值空白", ["GS-03|GS-01"], ["GS-03", "GS-01", "GS-05"],
          LIBRARY["name"], 68, 7)
    # 11-12: landscape section
    gs_landscape(FILES / "gs11_分节横排.docx", VILLAGE)
    label("gs11_分节横排.docx", "goal_sheet", "分节横排页", "第 1 节纵向：表头表；分节符后第 2 节横向：6 列指标表，标题行设为重复标题行",
          SRC["template"], "", [], [], VILLAGE["name"], 120, 8)
    r12 = with_(ROAD, total=200, sources=[("其中：财政拨款", 200), ("上年结转", 0)],
                inds=replace_ind(ROAD["inds"], "每公里年均养护成本",
                                 ("产出指标", "成本指标", "项目总成本", "≤", "260", "万元")))
    gs_landscape(FILES / "gs12_分节横排_成本超预算.docx", r12)
    label("gs12_分节横排_成本超预算.docx", "goal_sheet", "分节横排页", "同 gs11，成本指标“项目总成本 ≤260 万元”，资金总额 200 万元",
          SRC["template"], "成本指标260万元超过资金总额200万元", ["GS-13"], ["GS-13"], ROAD["name"], 200, 8)
    # 13-14: one table per 一级指标
    gs_split(FILES / "gs13_按一级指标拆成小表.docx", SCHOOL)
    label("gs13_按一级指标拆成小表.docx", "goal_sheet", "一级指标一张小表", "“（一）产出指标”“（二）效益指标”“（三）满意度指标”各一段标题 + 一张 3 列小表（二级/三级/指标值），没有一级列",
          SRC["template"], "", [], [], SCHOOL["name"], 360, 7)
    f14 = with_(FOREST, inds=replace_ind(FOREST["inds"], "巡护记录完整率",
                                         ("产出指标", "质量指标", "巡护记录完整率", "≥", "120", "%")))
    gs_split(FILES / "gs14_按一级指标拆成小表_比率超百.docx", f14)
    label("gs14_按一级指标拆成小表_比率超百.docx", "goal_sheet", "一级指标一张小表", "同 gs13，“巡护记录完整率 ≥120%”",
          SRC["template"], "完整率指标值≥120%，比率超过100%", ["GS-07"], ["GS-07", "GS-05"], FOREST["name"], 110, 8)
    # 15-16: merged banner rows
    gs_banner(FILES / "gs15_通栏一级指标行.docx", MARKET)
    label("gs15_通栏一级指标行.docx", "goal_sheet", "通栏一级指标行", "指标表没有一级列，整行合并的“一级指标：产出指标”开一组；二级/三级/指标性质/指标值/计量单位",
          SRC["template"], "", [], [], MARKET["name"], 120, 7)
    w16 = with_(WATER, inds=replace_ind(WATER["inds"], "水质检测样品数",
                                        ("产出指标", "数量指标", "水质检测样品数", "≥", "520", "")))
    gs_banner(FILES / "gs16_通栏一级指标行_缺单位.docx", w16)
    label("gs16_通栏一级指标行_缺单位.docx", "goal_sheet", "通栏一级指标行", "同 gs15，“水质检测样品数 ≥ 520”计量单位空白",
          SRC["template"], "数量指标“水质检测样品数”缺计量单位", ["GS-03|GS-05"], ["GS-03", "GS-05"], WATER["name"], 90, 8)
    # 17-20: xlsx
    xlsx_goal(FILES / "gs17_隐藏行和隐藏工作表.xlsx", ELDER, "hidden")
    label("gs17_隐藏行和隐藏工作表.xlsx", "goal_sheet", "xlsx 隐藏行/隐藏表", "表尾两行模板行（“指标1”“指标2”，值“**”）被隐藏；另有隐藏工作表“2025年（旧）”存旧版本（总额 95、时效“2026年3月底前”）",
          SRC["hengshan"], "", [], [], ELDER["name"], 80, 8)
    v18 = with_(VILLAGE, total=140, total_cell=140, fin=100, oth=20,
                detail=[("垃圾收运点建设", 20), ("户厕改造补助", 80), ("以奖代补", 0), ("村集体自筹", 20)],
                sources=[("其中：财政拨款", 100), ("其他资金", 20)])
    xlsx_goal(FILES / "gs18_公式单元格_资金不平.xlsx", v18, "formula")
    label("gs18_公式单元格_资金不平.xlsx", "goal_sheet", "xlsx 公式缓存值", "财政拨款“=SUM(C30:C32)”（缓存 100）、其他资金“=C33”（缓存 20）引用表下方测算明细；年度资金总额手填 140",
          SRC["hengshan"], "资金总额140万元与来源合计120万元不符", ["GS-02"], ["GS-02"], VILLAGE["name"], 140, 8)
    r19 = with_(ROAD, total_cell="=C6+C7", fin=120, oth=30,
                detail=[("日常养护", 96), ("危桥加固", 24), ("", 0), ("上年结转", 30)],
                sources=[("其中：财政拨款", 120), ("上年结转", 30)])
    xlsx_goal(FILES / "gs19_公式单元格_合并格.xlsx", r19, "formula")
    label("gs19_公式单元格_合并格.xlsx", "goal_sheet", "xlsx 公式缓存值", "年度资金总额“=C6+C7”（缓存 150），财政拨款“=SUM(C30:C32)”（缓存 120），上年结转“=C33”（缓存 30）；资金格跨 4 列合并",
          SRC["hengshan"], "", [], [], ROAD["name"], 150, 8)
    l20 = with_(LIBRARY, inds=replace_ind(LIBRARY["inds"], "图书采购到馆时间",
                                          ("产出指标", "时效指标", "图书采购到馆时间", "≤", "2027年3月31日", "")))
    xlsx_goal(FILES / "gs20_隐藏列_时效跨年.xlsx", l20, "hidcols")
    label("gs20_隐藏列_时效跨年.xlsx", "goal_sheet", "xlsx 隐藏列", "指标表右侧隐藏的“填报说明”列（写着“时效指标不得超出预算年度”）和隐藏的公式辅助列“=LEN(E..)”（无缓存值）；时效“≤2027年3月31日”",
          SRC["hengshan"], "2026年度图书采购到馆时间写到2027年3月31日", ["GS-10"], ["GS-10"], LIBRARY["name"], 68, 7)
    # 21-22: WPS pdf
    gs_wps_pdf(FILES / "gs21_WPS导出无表格线.pdf", FOREST)
    label("gs21_WPS导出无表格线.pdf", "goal_sheet", "WPS 导出 pdf", "Producer“WPS 文字”；没有表格线，文字按位置摆放但按“从右到左逐列”的顺序写入文字层；超过 9 字的格内文字折成两三行",
          SRC["template"] + "；" + SRC["chizhou"], "", [], [], FOREST["name"], 110, 8)
    m22 = with_(MARKET, inds=[i for i in MARKET["inds"] if i[0] != "满意度指标"])
    gs_wps_pdf(FILES / "gs22_WPS导出无表格线_缺满意度.pdf", m22)
    label("gs22_WPS导出无表格线_缺满意度.pdf", "goal_sheet", "WPS 导出 pdf", "同 gs21，没有满意度指标",
          SRC["template"] + "；" + SRC["chizhou"], "缺少满意度指标", ["GS-04"], ["GS-04"], MARKET["name"], 120, 6)
    # 23-24: pictures
    gs_image_docx(FILES / "gs23_指标表是截图.docx", SCHOOL)
    label("gs23_指标表是截图.docx", "goal_sheet", "指标表是图片", "表头是 Word 表格，指标表是贴进来的 PNG 截图（没有文字层）；应当警告读不到指标，而不是报缺指标的 error",
          SRC["template"], "", [], [], SCHOOL["name"], 360, None)
    gs_scan_pdf(FILES / "gs24_整表扫描件.pdf", LIBRARY)
    label("gs24_整表扫描件.pdf", "goal_sheet", "扫描件 pdf", "整张申报表是一张图片（扫描件），pdf 没有文字层；应当明确说读不到，而不是报 error",
          SRC["template"], "", [], [], LIBRARY["name"], None, None)


# ---------------------------------------------------------------- appraisal reports

def report_sections(name: str, unit: str, amount: float, detail: list[tuple[str, str, float, float]], score: float,
                    conclusion: str, skip: str = "") -> list[tuple[str, str]]:
    """(kind, text) paragraphs of a report in the 4.1 reference order; kind "h" heading, "p" paragraph."""
    items = "、".join(f"{d[0]}{d[2]:g}{d[1]}" for d in detail)
    out = [("h", "一、评估对象基本情况"), ("h", "（一）立项背景"),
           ("p", f"{unit}承担相关公共服务职能，现有设施老化，服务需求逐年增加，拟实施{name}。"),
           ("h", "（二）主要内容"), ("p", f"项目主要内容包括{items}。"),
           ("h", "（三）绩效目标"), ("p", "项目实施后服务覆盖面扩大，服务对象满意度不低于90%。"),
           ("h", "（四）资金构成"), ("p", f"项目申请{YEAR}年度县级财政资金{amount:g}万元，全部为一般公共预算资金。"),
           ("h", "二、评估工作开展情况"), ("h", "（一）评估目的及对象"),
           ("p", f"评估对象为{name}，目的是为预算安排提供依据。"),
           ("h", "（二）评估思路及方式、方法"), ("p", "采用资料审核、实地调研、专家咨询和比较分析相结合的方法。"),
           ("h", "（三）评估工作程序"), ("p", "前期准备、资料收集、现场调研、专家评议、形成报告。"),
           ("h", "三、综合评估情况与评估结论"),
           ("h", "（一）立项必要性"), ("p", "项目符合本县国民经济和社会发展第十五个五年规划纲要及部门职责，需求真实。"),
           ("h", "（二）投入经济性"), ("p", "预算按数量乘单价测算，单价参照近期政府采购中标价和三家市场询价，明细见下表。"),
           ("h", "（三）绩效目标合理性"), ("p", "绩效目标与项目内容对应，指标量化可考核。"),
           ("h", "（四）实施方案可行性"), ("p", "实施方案明确了责任股室、进度安排和验收标准，采购方式为公开招标。"),
           ("h", "（五）筹资合规性"), ("p", "资金来源为县级一般公共预算，事权与支出责任相匹配。"),
           ("h", "（六）总体结论"), ("p", f"经评估，项目综合评分{score:g}分，评估结论为“{conclusion}”。"),
           ("h", "四、相关建议"), ("p", "建议严格按照采购程序执行，加强项目实施过程监控。"),
           ("h", "五、其他需要说明的问题"), ("p", "无。")]
    if skip:
        k = next(i for i, (_, t) in enumerate(out) if skip in t)
        del out[k:k + 2]
    return out


def detail_rows(detail: list[tuple[str, str, float, float]]) -> list[list[str]]:
    rows = [["支出内容", "数量", "单价（万元）", "金额（万元）", "测算依据"]]
    for d in detail:
        rows.append([d[0], f"{d[2]:g}{d[1]}", f"{d[3]:g}", f"{d[2] * d[3]:g}", "政府采购中标价、市场询价"])
    rows.append(["合计", "", "", f"{sum(d[2] * d[3] for d in detail):g}", ""])
    return rows


def score_rows(scores: list[tuple[str, int, float]]) -> list[list[str]]:
    rows = [["评估维度", "分值", "得分"]] + [[n, str(w), f"{s:g}"] for n, w, s in scores]
    rows.append(["合计", "100", f"{sum(s for _, _, s in scores):g}"])
    return rows


def build_reports() -> None:
    # ea01: red-head transmittal + report with unaccepted tracked changes on the score and the conclusion
    name, unit = "某县智慧农贸市场改造项目", "某县商务局"
    detail = [("快检设备", "套", 6, 8), ("智能电子秤", "台", 300, 0.1), ("市场信息平台", "项", 1, 62), ("摊位改造", "个", 2, 20)]
    doc = base_doc(name)
    red_head(doc, "某县财政局文件", "某财绩〔2025〕21号", f"关于{name}事前绩效评估结果的报告",
             ["县人民政府：", "我局组织对该项目开展了事前绩效评估，现将评估报告报送如下。"], "某县财政局", "2025年9月28日")
    doc.add_paragraph(f"{name}事前绩效评估报告").alignment = 1
    doc.add_paragraph(f"项目单位：{unit}    评估机构：某县财政局绩效评价股    评估日期：2025年9月")
    secs = report_sections(name, unit, 180, detail, 88, "予以支持")
    for kind, text in secs:
        if kind == "h":
            doc.add_paragraph(text, style="Heading 2")
        elif text.startswith("经评估"):
            p = doc.add_paragraph("经评估，项目综合评分")
            stamp = 'w:author="某县财政局 复核" w:date="2025-09-27T15:00:00Z"'
            p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="901" {stamp}><w:r><w:delText>78</w:delText></w:r></w:del>'))
            p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="902" {stamp}><w:r><w:t>88</w:t></w:r></w:ins>'))
            p.add_run("分，评估结论为“")
            p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="903" {stamp}><w:r><w:delText>调整后予以支持</w:delText></w:r></w:del>'))
            p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="904" {stamp}><w:r><w:t>予以支持</w:t></w:r></w:ins>'))
            p.add_run("”。")
        else:
            doc.add_paragraph(text)
        if text == "（二）投入经济性":
            pass
        if text.startswith("预算按数量乘单价"):
            docx_table(doc, detail_rows(detail))
    doc.add_paragraph("附件：事前绩效评估评分表")
    docx_table(doc, score_rows([("立项必要性", 20, 18), ("投入经济性", 20, 17), ("绩效目标合理性", 20, 17),
                                ("实施方案可行性", 20, 18), ("筹资合规性", 20, 18)]))
    doc.add_paragraph("评估人员签名：钱某、孙某、李某")
    doc.save(str(FILES / "ea01_红头加报告_修订未接受.docx"))
    label("ea01_红头加报告_修订未接受.docx", "appraisal_report", "红头+报告+修订", "财政局红头转报件 + 五章报告；总体结论里“78→88分”“调整后予以支持→予以支持”是未接受的修订；评分表 88 分",
          SRC["ganzi"], "", [], [], name, 180, None)

    # ea02: the score sheet is a table nested in a cell of the appendix layout table; 58 points yet "予以支持"
    name, unit = "某区老旧小区充电设施建设项目", "某区住房和城乡建设局"
    detail = [("充电桩", "个", 120, 0.5), ("配电改造", "处", 10, 3), ("施工及安装", "项", 1, 5)]
    doc = base_doc(name)
    doc.add_paragraph(f"{name}事前绩效评估报告").alignment = 1
    doc.add_paragraph(f"项目单位：{unit}    评估机构：某区财政局    评估日期：2025年8月")
    for kind, text in report_sections(name, unit, 95, detail, 58, "予以支持"):
        doc.add_paragraph(text, style="Heading 2") if kind == "h" else doc.add_paragraph(text)
        if text.startswith("预算按数量乘单价"):
            docx_table(doc, detail_rows(detail))
    outer = doc.add_table(rows=2, cols=2)
    outer.style = "Table Grid"
    outer.cell(0, 0).text = "附件"
    outer.cell(0, 1).text = "事前绩效评估评分表"
    outer.cell(1, 0).text = "评分"
    docx_table(outer.cell(1, 1), score_rows([("立项必要性", 20, 14), ("投入经济性", 20, 10), ("绩效目标合理性", 20, 11),
                                              ("实施方案可行性", 20, 12), ("筹资合规性", 20, 11)]))
    doc.save(str(FILES / "ea02_评分表套在表格里_低分予以支持.docx"))
    label("ea02_评分表套在表格里_低分予以支持.docx", "appraisal_report", "评分表套表", "附件 2×2 版式表的第 2 行第 2 格里套着评分表（合计 58）；正文结论“58分……予以支持”",
          SRC["ganzi"], "综合评分58分而结论为予以支持", ["EA-RPT-03"], ["EA-RPT-03"], name, 95, None)

    # ea03: WPS pdf, no ruling lines, detail table in scrambled text order; section 筹资合规性 missing
    name, unit = "某镇农村道路路灯安装项目", "某镇人民政府"
    detail = [("太阳能路灯", "盏", 400, 0.12), ("安装调试", "项", 1, 12)]
    lines = [f"项目单位：{unit}    评估机构：某镇财政所    评估日期：2025年9月"]
    for _kind, text in report_sections(name, unit, 60, detail, 84, "予以支持", skip="（五）筹资合规性"):
        lines.append(text)
    k = lines.index("（三）绩效目标合理性")
    wps_pdf(FILES / "ea03_WPS导出报告_缺筹资合规性.pdf", f"{name}事前绩效评估报告", lines[:k], detail_rows(detail),
            [170, 90, 90, 100, 200], lines[k:])
    label("ea03_WPS导出报告_缺筹资合规性.pdf", "appraisal_report", "WPS 导出 pdf 报告", "WPS 导出、无表格线；测算明细表文字层按列倒序；第三章缺“（五）筹资合规性”",
          SRC["ganzi"] + "；" + SRC["chizhou"], "综合评估缺少筹资合规性部分", ["EA-RPT-01"], ["EA-RPT-01"], name, 60, None)


# ---------------------------------------------------------------- self-evaluation

def ev_rows(g: dict[str, Any], budget: float, executed: float, actual: dict[str, tuple[str, str]],
            grade: str, problems: str, measures: str) -> tuple[list[list[Any]], list[float], float]:
    """Self-evaluation table rows; `actual` maps 三级 name → (实际完成值, 偏差原因) for unmet rows.
    Returns rows, the score of each indicator, and the total."""
    rate = executed / budget
    s_exec = round(10 * rate, 2)
    weights = {"产出指标": 10.0, "效益指标": 15.0, "满意度指标": 10.0}
    rows: list[list[Any]] = [["项目名称", g["name"], "<", "<", "<", "<", "<", "<"],
                             ["主管部门", g["dept"], "<", "<", "实施单位", g["unit"], "<", "<"],
                             ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                             ["^", "年度资金总额", budget, budget, executed, 10, f"{rate:.2%}", s_exec],
                             ["^", "其中：当年财政拨款", budget, budget, executed, "", "", ""],
                             ["年度总体目标", "预期目标", "<", "<", "实际完成情况", "<", "<", "<"],
                             ["^", g["goal"], "<", "<", "基本完成年度目标，个别指标未达到预期。", "<", "<", "<"],
                             ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    scores = []
    reasons = []
    for i in g["inds"]:
        w = weights[i[0]]
        if i[2] in actual:
            got, why = actual[i[2]]
            num = float(re.sub(r"[^\d.]", "", got))
            s = round(w * (num / float(i[4]) if i[3] != "≤" else float(i[4]) / num), 2)
            reasons.append(f"{i[2]}：{why}")
        else:
            got, s = (i[4] + i[5]) if "年" not in i[4] else i[4].replace("12月31日", "11月20日"), w
        rows.append(["^", i[0], i[1], i[2], val(i), got, w, s])
        scores.append(s)
    total = round(s_exec + sum(scores), 2)
    rows += [["偏差原因分析及改进措施", "；".join(reasons) or "无", "<", "<", "<", "<", "<", "<"],
             ["总分", "", "<", "<", "<", "<", 100, total],
             ["自评等级", grade, "<", "<", "<", "<", "<", "<"],
             ["存在问题", problems, "<", "<", "<", "<", "<", "<"],
             ["改进措施", measures, "<", "<", "<", "<", "<", "<"]]
    return rows, scores, total


def to_2025(g: dict[str, Any]) -> dict[str, Any]:
    h = copy.deepcopy(g)
    h["name"] = h["name"].replace("2026", "2025")
    h["inds"] = [tuple(x.replace("2026", "2025") for x in i) for i in h["inds"]]
    return h


def ev_xlsx(path: Path, rows: list[list[Any]], total: float, hidden_sheet: bool) -> None:
    """Scores and the total are formulas with cached results, as Excel or WPS saves them."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws.cell(row=1, column=1, value="项目支出绩效自评表（2025年度）")
    ws.merge_cells("A1:H1")
    end = write_grid(ws, rows, 2)
    n_ind = sum(1 for r in rows if r[0] == "^" and isinstance(r[-2], float))
    first = 2 + 8  # first indicator row (sheet row number)
    total_row = end - 4
    ws.cell(row=total_row, column=8, value=f"=H5+SUM(H{first}:H{first + n_ind - 1})")
    ws.cell(row=5, column=7, value="=E5/C5")
    cached: dict[str, float | str] = {f"H{total_row}": total, "G5": round(rows[3][4] / rows[3][2], 4)}
    if hidden_sheet:
        note = wb.create_sheet("填表说明")
        note.cell(row=1, column=1, value="1. 执行率得分=执行率×10；2. 定量指标按完成比例计分；3. 90分以上为优，80-90分为良。")
        note.sheet_state = "hidden"
    wb.save(str(path))
    add_cached_values(path, {"xl/worksheets/sheet1.xml": cached})


def build_self_evaluations() -> None:
    w = to_2025(WATER)
    rows, _, total = ev_rows(w, 90, 85.5, {"水质检测达标率": ("93%", "部分水源地汛期浑浊度超标，已增加消毒频次"),
                                           "受益农村人口": ("3.9万人", "两处工程延后到次年通水，已列入次年计划")},
                             "", "两处工程进度滞后。", "加强施工调度，按月通报进度。")
    grade = "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"
    rows[-3][1] = grade
    ev_xlsx(FILES / "ev01_公式得分_隐藏说明表.xlsx", rows, total, True)
    label("ev01_公式得分_隐藏说明表.xlsx", "self_evaluation", "xlsx 公式缓存值", f"总分“=H5+SUM(...)”缓存 {total:g}，执行率“=E5/C5”缓存值；隐藏工作表“填表说明”；等级“{grade}”与总分一致",
          SRC["chizhou"], "", [], [], w["name"], 90, None, 2025)

    e = to_2025(ELDER)
    rows, _, total = ev_rows(e, 80, 70, {"居家养老上门服务人次": ("16000人次", "二季度服务商更换，服务中断一个月"),
                                         "服务覆盖社区数": ("10个", "4个社区服务站未完成招标"),
                                         "失能半失能老人照护需求满足率": ("60%", "护理员招聘不足"),
                                         "社区养老服务站持续运营数": ("8个", "4个站点未能运营"),
                                         "服务老人满意度": ("85%", "服务中断影响满意度")},
                             "优", "服务商更换导致服务中断，站点建设滞后。", "提前开展服务商招标，增加护理员培训。")
    ev_xlsx(FILES / "ev02_公式得分_等级不符.xlsx", rows, total, False)
    label("ev02_公式得分_等级不符.xlsx", "self_evaluation", "xlsx 公式缓存值", f"同 ev01；总分公式缓存 {total:g}，自评等级却写“优”",
          SRC["chizhou"], f"总分{total:g}分（良）而等级写“优”", ["EV-04"], ["EV-04"], e["name"], 80, None, 2025)

    f = to_2025(FOREST)
    rows, _, total = ev_rows(f, 110, 104.5, {"森林防火巡护里程": ("19800公里", "暂无")}, "", "暂无", "暂无")
    rows[-3][1] = "优" if total >= 90 else "良"
    doc = base_doc(f["name"])
    doc.add_paragraph("项目支出绩效自评表（2025年度）").alignment = 1
    head = rows[:7]
    docx_table(doc, [r[:8] for r in head])
    groups: dict[str, list[list[Any]]] = {}
    for r in rows[8:8 + len(f["inds"])]:
        groups.setdefault(r[1], []).append(r)
    for l1, items in groups.items():
        doc.add_paragraph(l1)
        t = docx_table(doc, [["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]] +
                       [[str(x) for x in r[2:]] for r in items])
        if l1 == "产出指标":
            cell = next(c for row in t.rows for c in row.cells if c.text == "19800公里")
            doc.add_comment(cell.paragraphs[0].runs, text="未完成，请说明原因", author="某县财政局", initials="CZ")
    docx_table(doc, [[str(x) for x in r] for r in rows[8 + len(f["inds"]):]])
    doc.save(str(FILES / "ev03_按一级拆表_批注_暂无.docx"))
    label("ev03_按一级拆表_批注_暂无.docx", "self_evaluation", "一级指标一张小表+批注", "表头和资金一张表，产出/效益/满意度各一张小表，财政批注“未完成，请说明原因”；巡护里程 19800/24000 未完成，偏差原因、存在问题、改进措施都写“暂无”",
          SRC["dyrmt"] + "；" + SRC["hengshan"], "未完成指标的原因、问题、措施都填“暂无”", ["EV-05"], ["EV-05", "EV-02"], f["name"], 110, None, 2025)


def main() -> None:
    FILES.mkdir(exist_ok=True)
    for p in FILES.iterdir():
        p.unlink()
    LABELS.clear()
    build_goal_sheets()
    build_reports()
    build_self_evaluations()
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for lab in LABELS:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(LABELS)} documents written to {FILES}")


if __name__ == "__main__":
    main()
