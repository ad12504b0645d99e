"""File structures of the heldout12 docx classes (LAYOUTS.md L65–L67): a form laid inside a one-column frame table
(the 表头 and 指标 tables nested in its middle cell), an indicator table drawn in a floating text box (Word's
``mc:AlternateContent`` with the DrawingML text box and its VML copy), and a form whose title and 表头 table are
in the page header.

Each sample is rendered like every other sample, then its Word package is restructured by one of the functions
below (plain Office Open XML edits through python-docx's tree; deterministic, so ``check_samples --regen`` holds).
Every name, amount and target is invented.
"""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

from make_goal_sheets import DocModel, Grid, Para, _stable_zip
from real_layout_docs import _ind_grid, _pairs, _t

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {
    "w": _W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
}


def _q(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{_NS[prefix]}}}{local}"


# ---- the form (one project per class) ------------------------------------------------------------------------


def _head(name: str, total: str, sources: tuple[str, str], goal: str, dept: str, unit: str) -> Grid:
    return _pairs([
        ["项目名称", name, "项目期限", "2025年1月—2025年12月"],
        ["主管部门", dept, "实施单位", unit],
        ["年度资金总额", total, "其中：财政拨款", sources[0]],
        ["上年结转", sources[1], "", ""],
        ["年度绩效目标", goal],
    ], [3.0, 4.6, 3.0, 3.4])


_STREET = [
    ["产出指标", "数量指标", "改造背街小巷条数", "≥24条"],
    ["产出指标", "数量指标", "铺设透水路面面积", "≥18000平方米"],
    ["产出指标", "质量指标", "工程验收合格率", "100%"],
    ["产出指标", "时效指标", "改造工程完工时间", "2025年11月30日前"],
    ["产出指标", "成本指标", "每平方米路面改造成本", "≤260元"],
    ["效益指标", "社会效益指标", "受益居民户数", "≥5200户"],
    ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"],
]

_CLINIC = [
    ["产出指标", "数量指标", "配备便携式诊疗设备的村卫生室", "≥46个"],
    ["产出指标", "数量指标", "开展巡回诊疗次数", "≥480次"],
    ["产出指标", "质量指标", "设备验收合格率", "100%"],
    ["产出指标", "时效指标", "设备配发完成时间", "2025年9月30日前"],
    ["产出指标", "成本指标", "每套设备采购成本", "≤1.2万元"],
    ["效益指标", "社会效益指标", "村民就近就诊率", "≥75%"],
    ["效益指标", "可持续影响指标", "设备正常使用年限", "≥5年"],
    ["满意度指标", "服务对象满意度指标", "就诊村民满意度", "≥90%"],
]

_LIBRARY = [
    ["产出指标", "数量指标", "流动图书车下乡服务场次", "≥150场"],
    ["产出指标", "质量指标", "图书外借归还率", "≥95%"],
    ["产出指标", "时效指标", "全年服务计划完成时间", "2025年12月31日前"],
    ["产出指标", "成本指标", "每场服务运行成本", "≤0.2万元"],
    ["效益指标", "社会效益指标", "服务农村读者人次", "≥30000人次"],
    ["满意度指标", "服务对象满意度指标", "读者满意度", "≥92%"],
]

_IND_HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
_IND_WIDTHS = [2.4, 3.0, 5.2, 3.4]


def _street_form(rows: list[list[str]]) -> DocModel:
    head = _head("示例区背街小巷改造提升项目", "480", ("430", "50"),
                 "改造背街小巷24条，铺设透水路面1.8万平方米，改善5200户居民出行条件。",
                 "示例区住房和城乡建设局", "示例区市政设施维护中心")
    return _t("2025年度项目支出绩效目标申报表", Para("填报单位：示例区市政设施维护中心    金额单位：万元", "small"),
              head, Para("绩效指标", "heading"), _ind_grid(_IND_HEAD, rows, _IND_WIDTHS))


def framed_form() -> DocModel:
    return _street_form(_STREET)


def framed_form_no_satisfaction() -> DocModel:
    """The same framed form without its 满意度 row."""
    return _street_form(_STREET[:-1])


def _clinic_form(rows: list[list[str]]) -> DocModel:
    head = _head("示例县村卫生室巡回诊疗设备配置项目", "64", ("64", "0"),
                 "为46个村卫生室配备便携式诊疗设备，全年开展巡回诊疗480次以上。",
                 "示例县卫生健康局", "示例县基层卫生服务中心")
    return _t("2025年度项目支出绩效目标申报表", head, Para("绩效指标（见下框）", "body"),
              _ind_grid(_IND_HEAD, rows, _IND_WIDTHS))


def boxed_indicators() -> DocModel:
    return _clinic_form(_CLINIC)


def boxed_indicators_late() -> DocModel:
    """The same form; the equipment is handed out "2026年3月31日前", after the budget year."""
    rows = [r if r[1] != "时效指标" else [*r[:3], "2026年3月31日前"] for r in _CLINIC]
    return _clinic_form(rows)


def header_form() -> DocModel:
    head = _head("示例县农村流动图书服务项目", "36", ("30", "6"),
                 "全年开展流动图书车下乡服务150场以上，服务农村读者3万人次。",
                 "示例县文化和旅游局", "示例县图书馆")
    return _t("示例县2025年度项目支出绩效目标申报表", head, Para("绩效指标", "heading"),
              _ind_grid(_IND_HEAD, _LIBRARY, _IND_WIDTHS))


# ---- restructuring the rendered package ----------------------------------------------------------------------


def _open(path: Path) -> Any:
    import docx

    return docx.Document(str(path))


def _save(document: Any, path: Path) -> None:
    buf = io.BytesIO()
    document.save(buf)
    _stable_zip(buf.getvalue(), path)


def _body_items(document: Any) -> list[Any]:
    return [el for el in document.element.body if el.tag != _q("w:sectPr")]


def _para(text: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(f'<w:p xmlns:w="{_W}"><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


def _is_indicator_table(el: Any) -> bool:
    return el.tag == _q("w:tbl") and "三级指标" in "".join(el.itertext())


def into_frame(path: Path) -> None:
    """Lay the whole form into a 3-row, 1-column frame table: title / everything else / sign-off line."""
    from docx.oxml import parse_xml

    document = _open(path)
    body = document.element.body
    items = _body_items(document)
    frame = parse_xml(
        f'<w:tbl xmlns:w="{_W}"><w:tblPr><w:tblW w:w="5000" w:type="pct"/>'
        '<w:tblBorders><w:top w:val="single" w:sz="8"/><w:left w:val="single" w:sz="8"/>'
        '<w:bottom w:val="single" w:sz="8"/><w:right w:val="single" w:sz="8"/>'
        '<w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="9638"/></w:tblGrid>'
        + "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"9638\" w:type=\"dxa\"/></w:tcPr></w:tc></w:tr>" * 3 + "</w:tbl>")
    cells = frame.findall(f"{_q('w:tr')}/{_q('w:tc')}")
    cells[0].append(items[0])  # the title
    for el in items[1:]:
        cells[1].append(el)
    if cells[1][-1].tag != _q("w:p"):
        cells[1].append(_para(""))  # a cell ends with a paragraph
    cells[2].append(_para("单位负责人：赵某        填报人：钱某        填报日期：2024年10月"))
    body.insert(0, frame)
    _save(document, path)


def _text_box(content: list[Any], name: str) -> Any:
    """A paragraph holding one floating text box with ``content``, written twice as Word does (DrawingML, VML)."""
    from docx.oxml import parse_xml

    decl = " ".join(f'xmlns:{k}="{v}"' for k, v in _NS.items())
    cx, cy = 6120000, 4320000
    p = parse_xml(
        f"<w:p {decl}><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" '
        f'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="21" name="{name}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{_NS["wps"]}"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent/></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        f"</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shape id="{name}" type="#_x0000_t202" style="width:482pt;height:340pt">'
        f"<v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    choice, fallback = p.iter(_q("w:txbxContent"))
    for el in content:
        choice.append(el)
        fallback.append(copy.deepcopy(el))
    for box in (choice, fallback):
        box.append(_para(""))
    return p


def into_text_box(path: Path) -> None:
    """Move the indicator table into a floating text box anchored where the table was."""
    document = _open(path)
    body = document.element.body
    table = next(el for el in _body_items(document) if _is_indicator_table(el))
    index = list(body).index(table)
    body.remove(table)
    body.insert(index, _text_box([table], "文本框 21"))
    _save(document, path)


def into_page_header(path: Path) -> None:
    """Move the title, the sample notice and the 表头 table into the page header (repeated on every page); the
    body keeps only the indicators. The document's core title is cleared, as in files that never set it."""
    document = _open(path)
    items = _body_items(document)
    first_table = next(i for i, el in enumerate(items) if el.tag == _q("w:tbl"))
    header = document.sections[0].header
    header.is_linked_to_previous = False
    hdr = header._element
    for el in list(hdr):
        hdr.remove(el)
    for el in items[:first_table + 1]:
        hdr.append(el)
    hdr.append(_para(""))
    document.core_properties.title = ""
    _save(document, path)
