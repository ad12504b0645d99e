"""Build ParsedDocuments directly (no parser involved) for extraction and rule tests."""

from __future__ import annotations

from review_assistant.parsing.model import Block, BlockKind, Cell, Location, ParsedDocument, Table


def table_block(rows: list[list[str]], index: int = 0) -> Block:
    width = max(len(r) for r in rows)
    grid: list[list[Cell]] = []
    for r, row in enumerate(rows):
        padded = [*row, *([""] * (width - len(row)))]
        cells = []
        for c, text in enumerate(padded):
            merged = c > 0 and text != "" and text == padded[c - 1]
            cells.append(Cell(text=text, row=r, column=c, merged=merged))
        grid.append(cells)
    table = Table(rows=grid)
    return Block(kind=BlockKind.TABLE, text="\n".join(table.row_text(i) for i in range(len(rows))),
                 table=table, location=Location(table=index))


def make_doc(*parts: str | list[list[str]], path: str = "示例 申报表.docx") -> ParsedDocument:
    """Strings become paragraphs (the first one a heading), lists of rows become tables."""
    blocks: list[Block] = []
    t = p = 0
    for part in parts:
        if isinstance(part, str):
            kind = BlockKind.HEADING if not blocks else BlockKind.PARAGRAPH
            blocks.append(Block(kind=kind, text=part, level=1 if kind == BlockKind.HEADING else None,
                                location=Location(paragraph=p)))
            p += 1
        else:
            blocks.append(table_block(part, t))
            t += 1
    return ParsedDocument(path=path, sha256="0" * 64, file_type="docx", blocks=blocks)


HEADER_ROWS = [
    ["项目名称", "老旧小区改造提升项目", "主管部门", "云溪区住房和城乡建设局"],
    ["实施单位", "云溪区城市更新中心", "项目属性", "新增"],
    ["项目期限", "2025年1月—2025年12月", "项目负责人", "张三"],
    ["项目资金（万元）", "年度资金总额", "120", "120"],
    ["项目资金（万元）", "其中：财政拨款", "100", "100"],
    ["项目资金（万元）", "上年结转", "0", "0"],
    ["项目资金（万元）", "其他资金", "20", "20"],
    ["年度绩效目标", "计划完成3个老旧小区改造，改造面积不少于2.4万平方米，提升居民居住条件。", "", ""],
]

INDICATOR_HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"]

CLEAN_INDICATORS = [
    ["产出指标", "数量指标", "改造小区数量", "=", "3", "个"],
    ["产出指标", "数量指标", "改造面积", "≥", "24000", "平方米"],
    ["产出指标", "质量指标", "工程验收合格率", "=", "100", "%"],
    ["产出指标", "时效指标", "项目完成时间", "≤", "2025年12月31日前", ""],
    ["产出指标", "成本指标", "项目总成本", "≤", "120", "万元"],
    ["效益指标", "社会效益指标", "受益居民户数", "≥", "1500", "户"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "90", "%"],
]


def clean_sheet_rows(indicators: list[list[str]] | None = None, header: list[list[str]] | None = None) -> list[list[str]]:
    rows = [list(r) for r in (header if header is not None else HEADER_ROWS)]
    rows.append(list(INDICATOR_HEADER))
    rows.extend(list(r) for r in (indicators if indicators is not None else CLEAN_INDICATORS))
    return [[*r, *([""] * (6 - len(r)))] for r in rows]


def clean_doc(**kw: list[list[str]]) -> ParsedDocument:
    return make_doc("2025年度项目支出绩效目标申报表", "示例材料：本表为虚构示例。", clean_sheet_rows(**kw))
