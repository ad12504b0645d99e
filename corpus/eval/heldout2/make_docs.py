"""Write the held-out set heldout2: real-style goal sheets, ex-ante reports, monitoring and self-evaluation
tables in docx / xlsx / pdf, plus labels.jsonl.

Every text here is written for this set (facts about layouts come from public pages, cited per label in
``source``); projects, units and figures are invented. Run:

    /work/main/.venv/bin/python corpus/eval/heldout2/make_docs.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import Block, render  # noqa: E402

OUT = HERE / "files"

# Sources whose layout each document follows (facts only; no text copied).
SRC_BATANG = "https://renrendoc.com/paper/307484460.html"  # 宁乡 township sheet, 2021, placeholder values
SRC_JIAXIAN = "https://docx.baby/p/20793843881926.html"  # 佳县 2016 application form, long/annual tables
SRC_EZHOU = "https://desk33.com/d-245426.html"  # 鄂州 2022 市直 form with cost build-up and prior actuals
SRC_TEMPLATE = "pages search hit (no URL): 绩效目标申报表参考模板 附2-2-1 困难群众救助"  # level-in-cell, ★ rows
SRC_GANZI = "http://meiwen.anslib.com/fanwenku/414091.html"  # 甘孜 ex-ante report, labelled lines
SRC_SCORE = "https://docx.baby/p/20791027535051.html"  # ex-ante scoring table 优/良/中/差
SRC_DYRMT = "https://dyrmt.com/article-132779-22.html"  # self-evaluation rows, 结余率 as 效益, 暂无
SRC_HONGHE = "https://www.hh.gov.cn/info/11481/1179592.htm"  # 红河 2024 self-evaluation report
SRC_QINGSHEN = "https://www.scqs.gov.cn/info/13206/211004.htm"  # 青神县 2023 一体化 自评表: 指标性质/指标值/度量单位
SRC_MON = "http://shddsc.com/baogaofanwen/2398584.html"  # 医保 monitoring report, funds by item
SRC_FUAN = "http://www.xyvh.cn/wendang/22692751.html"  # 福安 监控/评价 report paragraphs
SRC_ZHUXI = "http://www.dazu.gov.cn/zwgk_175/fdzdgknr/czyjs/jz/zxz_68905/ys/202202/t20220216_10404083.html"
SRC_BEIJING = "https://www.51dongshi.net/eedfraederrve.html"  # Beijing-style ex-ante report format
SRC_HENAN = "https://www.91miaoquan.com/fanwendaquan/gongwenfanwen/10099.html"  # Henan report format
SRC_TAIYUAN = ("http://www.mof.gov.cn/zhengwuxinxi/xinwenlianbo/shanxicaizhengxinxilianbo/202011/"
               "t20201112_3621739.htm")

GS_MUST_NOT = ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-06", "GS-07", "GS-10", "GS-13", "GS-15", "GS-16"]
EA_MUST_NOT = ["EA-RPT-01", "EA-RPT-03", "EA-RPT-04", "EA-ECO-01", "EA-NEC-04"]
MON_MUST_NOT = ["MON-01", "MON-02", "MON-03"]
EV_MUST_NOT = ["EV-01", "EV-02", "EV-04", "EV-05"]

Ind = tuple[str, str, str, str, str, str]  # 一级, 二级, 三级, 符号, 值, 单位


# ---------------------------------------------------------------- indicator tables

def ind_rows(inds: list[Ind], layout: str) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """Header + rows for one indicator table in the given column layout; merges for the 一级 column."""
    def val(i: Ind) -> str:
        op = "" if i[3] in ("定性", "") else i[3]
        return f"{op}{i[4]}{i[5]}"

    names = ("三级指标", "指标值")
    if layout.startswith("A:"):  # four columns whose last two headers use a local vocabulary
        layout, cols = "A", layout[2:].split("/")
        names = (cols[0], cols[1])
    if layout == "B":  # 一体化 export: 性质 and 单位 in their own columns
        head = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]
        body = [[i[0], i[1], i[2], i[3], i[4], i[5]] for i in inds]
    elif layout == "A":
        head = ["一级指标", "二级指标", names[0], names[1]]
        body = [[i[0], i[1], i[2], val(i)] for i in inds]
    elif layout == "C":  # 湖南 style: 指标内容 / 指标值 / 备注
        head = ["一级指标", "二级指标", "指标内容", "指标值", "备注"]
        body = [[i[0], i[1], i[2], val(i), ""] for i in inds]
    elif layout == "D":  # 鄂州 style: 绩效标准 + 当年预期实现值
        head = ["一级指标", "二级指标", "指标名称", "绩效标准", "当年预期实现值"]
        body = [[i[0], i[1], i[2], f"反映{i[2]}情况", val(i)] for i in inds]
    elif layout == "E":  # level written inside the cell, two columns only
        head = ["序号", "绩效指标（含指标值）"]
        body = [[str(n + 1), f"{i[1]}：{i[2]} {val(i)}"] for n, i in enumerate(inds)]
    elif layout == "F":  # 指标值（包含数字及文字描述） + 评（扣）分标准
        head = ["一级指标", "二级指标", "三级指标", "指标值（包含数字及文字描述）", "评（扣）分标准"]
        body = [[i[0], i[1], i[2], val(i), "完成得满分，未完成按比例扣分"] for i in inds]
    elif layout == "G":  # 目标值 + 指标值设定依据, 二级 only
        head = ["二级指标", "指标名称", "目标值", "指标值设定依据"]
        body = [[i[1], i[2], val(i), "计划标准"] for i in inds]
    else:
        raise ValueError(layout)
    merges: list[tuple[int, int, int, int]] = []
    if layout in ("A", "B", "C", "D", "F"):
        start = 0
        for k in range(1, len(body) + 1):
            if k == len(body) or body[k][0] != body[start][0]:
                if k - start > 1:
                    merges.append((start + 1, 0, k, 0))
                start = k
    return [head, *body], merges


def blank_merged(rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> list[list[str]]:
    """As a spreadsheet stores a merged range: only the top-left cell keeps the text."""
    out = [list(r) for r in rows]
    for r0, c0, r1, c1 in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    out[r][c] = ""
    return out


# ---------------------------------------------------------------- indicator sets (invented projects)

ROAD: list[Ind] = [
    ("产出指标", "数量指标", "农村公路日常养护里程", "≥", "386", "公里"),
    ("产出指标", "数量指标", "危桥改造座数", "=", "4", "座"),
    ("产出指标", "质量指标", "养护路段优良路率", "≥", "82", "%"),
    ("产出指标", "时效指标", "年度养护任务完成时间", "≤", "2024年12月31日", ""),
    ("产出指标", "成本指标", "每公里日常养护成本", "≤", "0.62", "万元"),
    ("效益指标", "社会效益指标", "沿线行政村通客车率", "≥", "98", "%"),
    ("效益指标", "可持续影响指标", "路况技术指数（MQI）", "≥", "80", "分"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%"),
]


def std_set(year: int, qty: tuple[str, str, str], quality: tuple[str, str], cost: tuple[str, str, str],
            benefit: tuple[str, str, str, str], sat: str, extra: list[Ind] | None = None) -> list[Ind]:
    return [
        ("产出指标", "数量指标", qty[0], "≥", qty[1], qty[2]),
        ("产出指标", "质量指标", quality[0], "=" if quality[1] == "100" else "≥", quality[1], "%"),
        ("产出指标", "时效指标", "项目完成时间", "≤", f"{year}年12月底前", ""),
        ("产出指标", "成本指标", cost[0], "≤", cost[1], cost[2]),
        ("效益指标", benefit[0], benefit[1], "=" if benefit[2] == "100" else "≥", benefit[2], benefit[3]),
        *(extra or []),
        ("满意度指标", "服务对象满意度指标", sat, "≥", "90", "%"),
    ]


# ---------------------------------------------------------------- goal-sheet layouts

def header_form(title: str, fields: list[tuple[str, str]], cols: int = 4) -> list[Block]:
    """A 项目基本情况 block written as label/value pairs, two pairs a row (cols=4) or one (cols=2)."""
    rows: list[list[str]] = []
    per = cols // 2
    for k in range(0, len(fields), per):
        row: list[str] = []
        for lab, v in fields[k:k + per]:
            row += [lab, v]
        rows.append(row + [""] * (cols - len(row)))
    return [("h", title), ("t", rows, [])]


def goal_blocks(title: str, fields: list[tuple[str, str]], funds: list[list[str]], overall: str, annual: str,
                inds: list[Ind], layout: str, *, pre: list[Block] | None = None, long_inds: list[Ind] | None = None,
                fmt: str = "docx", footer: str = "填报人：            联系电话：            填报日期：") -> list[Block]:
    blocks: list[Block] = list(pre or [])
    blocks += header_form(title, fields)
    blocks.append(("t", funds, []))
    if overall or annual:
        goal_rows = []
        if overall:
            goal_rows.append(["总体目标", overall])
        goal_rows.append(["年度目标", annual])
        blocks.append(("t", goal_rows, []))
    if long_inds:
        blocks.append(("p", "长期绩效指标"))
        rows, merges = ind_rows(long_inds, layout)
        blocks.append(("t", blank_merged(rows, merges) if fmt == "xlsx" else rows, merges))
        blocks.append(("p", "年度绩效指标"))
    rows, merges = ind_rows(inds, layout)
    blocks.append(("t", blank_merged(rows, merges) if fmt == "xlsx" else rows, merges))
    if footer:
        blocks.append(("p", footer))
    return blocks


def std_fields(name: str, dept: str, unit: str, attr: str, period: str, head: str = "项目负责人") -> list[tuple[str, str]]:
    return [("项目名称", name), ("主管部门", dept), ("实施单位", unit), ("项目属性", attr),
            ("项目期限", period), (head, "王科长 0730-5551234")]


def funds_simple(total: str, parts: list[tuple[str, str]], unit: str = "万元") -> list[list[str]]:
    rows = [[f"项目资金（{unit}）", "年度资金总额", total]]
    rows += [["", lab, v] for lab, v in parts]
    return rows


# ---------------------------------------------------------------- the documents

# Layout class of each document, for the per-layout lines of measure.py.
LAYOUT_CLASS = {
    "gs01": "一体化表", "gs06": "一体化表", "gs08": "一体化表", "gs16": "一体化表", "gs21": "一体化表",
    "gs31": "一体化表", "gs23": "101号式表",
    "gs07": "四列简表", "gs09": "四列简表", "gs10": "四列简表", "gs13": "四列简表", "gs14": "四列简表",
    "gs15": "四列简表", "gs17": "四列简表", "gs18": "四列简表", "gs20": "四列简表", "gs22": "四列简表（跨页续表）",
    "gs24": "四列简表", "gs25": "四列简表", "gs27": "四列简表", "gs29": "四列简表", "gs30": "四列简表",
    "gs33": "四列简表", "gs26": "四列简表（一级列空白）",
    "gs02": "乡镇表（指标内容/指标值/备注）", "gs03": "2016-2019旧表", "gs19": "2016-2019旧表",
    "gs28": "2016-2019旧表（表头为段落）", "gs04": "市直表（成本构成）", "gs05": "公示正文",
    "gs11": "级别写在单元格里", "gs12": "一文多项目", "gs32": "一文多项目",
    "ea01": "第三方五章报告", "ea03": "第三方五章报告", "ea04": "第三方五章报告", "ea06": "第三方五章报告",
    "ea09": "第三方五章报告", "ea02": "县级短报告", "ea07": "县级短报告", "ea05": "专家评审意见",
    "ea08": "事前论证报告",
    "mon01": "监控表", "mon02": "监控表", "mon03": "监控表", "mon05": "监控表", "mon04": "监控报告正文",
    "ev01": "自评表", "ev02": "自评表", "ev03": "自评表", "ev04": "自评表", "ev05": "自评表", "ev06": "自评表",
    "ev07": "自评报告正文",
}


DOCS: list[dict[str, Any]] = []


def add(file: str, kind: str, blocks: list[Block], *, layout: str, source: str, must: list[str],
        must_not: list[str], name: str | list[str] | None, year: int | None, total: float | None,
        rows: int | None, defect: str = "", evidence: dict[str, str] | None = None, long_rows: int = 0,
        layout_class: str | None = None) -> None:
    cls = layout_class or LAYOUT_CLASS[file.split("_")[0]]
    if cls.startswith("四列简表") and source.endswith(SRC_QINGSHEN):
        # four-column sheets follow the 一级/二级/三级/指标值 template, not the 一体化 column set
        source = source[: -len(SRC_QINGSHEN)] + SRC_TEMPLATE
    bad = [m for m in must if any(alt in must_not for alt in m.split("|"))]
    assert not bad, (file, bad)
    DOCS.append({"file": f"files/{file}", "kind": kind, "layout_class": cls,
                 "layout": layout, "source": source,
                 "defect": defect or "无（干净样本）", "must": must, "must_not": must_not,
                 "project_name": name, "fiscal_year": year, "total_funds_wan": total,
                 "indicator_rows": rows, "indicator_rows_long": long_rows, "evidence": evidence or {}, "_blocks": blocks})


def minus(base: list[str], *drop: str) -> list[str]:
    gone = {d for x in drop for d in x.split("|")}
    return [b for b in base if b not in gone]


def goal_sheets() -> None:
    # gs01 county 一体化 export, clean
    f = std_fields("2024年农村公路养护工程", "县交通运输局", "县农村公路养护中心", "延续项目", "2024年1月-2024年12月")
    add("gs01_县_一体化导出_公路养护.docx", "goal_sheet",
        goal_blocks("2024年度项目支出绩效目标申报表", f,
                    funds_simple("420.00", [("其中：财政拨款", "420.00"), ("上年结转", "0"), ("其他资金", "0")]),
                    "持续改善全县农村公路通行条件，建立长效养护机制。",
                    "完成386公里农村公路日常养护和4座危桥改造，优良路率不低于82%。", ROAD, "B"),
        layout="一体化导出（性质、单位分列）", source=SRC_QINGSHEN, must=[], must_not=GS_MUST_NOT,
        name="2024年农村公路养护工程", year=2024, total=420.0, rows=8)

    # gs02 township sheet with placeholder values (88 / 100) in every row, xlsx
    ph = [(l1, l2, "", "", v, "") for l1, l2, v in [
        ("产出指标", "数量指标", "88"), ("产出指标", "质量指标", "88"), ("产出指标", "时效指标", "88"),
        ("产出指标", "成本指标", "88"), ("效益指标", "经济效益指标", "88"), ("效益指标", "社会效益指标", "68"),
        ("效益指标", "生态效益指标", "20"), ("满意度指标", "社会公众或服务对象满意度指标", "88")]]
    f = [("填报单位（盖章）", "某县青石镇人民政府"), ("项目名称", "镇域基础设施提质改造"), ("项目属性", "延续项目"),
         ("主管部门", "青石镇人民政府"), ("项目单位", "青石镇人民政府"), ("项目起止时间", "2021年度")]
    funds = [["年度资金总额及构成", "总额", "5210.40万元"], ["", "一、财政拨款", "3400.00万元"],
             ["", "其中：上级财政资金", "3400.00万元"], ["", "本级财政", "0万元"], ["", "二、自有资金", "0万元"],
             ["", "三、其他", "1810.40万元"]]
    add("gs02_乡镇_占位数值_基础设施.xlsx", "goal_sheet",
        goal_blocks("项目绩效目标表（2021年度）", f, funds, "改善镇域基础设施，推动乡村振兴。",
                    "完成集镇立面改造及道路、水利设施提质改造。", ph, "C", long_inds=ph, fmt="xlsx"),
        layout="乡镇 长期+年度两张指标表，指标内容空、指标值为占位数", source=SRC_BATANG, must=["GS-01", "GS-03"],
        must_not=minus(GS_MUST_NOT, "GS-01", "GS-03", "GS-05", "GS-06", "GS-07", "GS-13", "GS-16"),
        name="镇域基础设施提质改造", year=2021, total=5210.4, rows=8, long_rows=8,
        defect="指标内容（三级指标名）空白（GS-03），指标值为88/68/20等占位数（GS-01）")

    # gs03 2016-style 佳县 form: total ≠ sum of sources
    f = [("项目名称", "县城区公厕新建改造"), ("项目属性", "新增项目 □  延续项目 √"), ("主管部门", "县住房和城乡建设局"),
         ("主管部门编码", "212"), ("项目实施单位", "县环境卫生管理所"), ("项目负责人", "刘所长"),
         ("联系电话", "0912-6720000"), ("项目起止时间", "2017年3月-2017年11月")]
    funds = [["项目资金申请（万元）", "资金总额：", "186"], ["", "财政拨款：", "120"], ["", "自有资金：", "20"],
             ["", "事业收入：", "0"], ["", "经营性收入：", "0"], ["", "其他：", "30"]]
    inds = std_set(2017, ("新建改造公厕座数", "12", "座"), ("工程验收合格率", "100"),
                   ("单座公厕改造成本", "15.5", "万元/座"), ("社会效益指标", "城区公厕服务半径覆盖率", "90", "%"),
                   "市民满意度")
    add("gs03_县_2016版申报表_资金不平.docx", "goal_sheet",
        goal_blocks("财政支出项目绩效目标申报表（2017年度）", f, funds, "解决城区如厕难问题，提升城市形象。",
                    "2017年新建改造城区公厕12座。", inds, "C",
                    pre=[("p", "填报单位（盖章）：县环境卫生管理所")]),
        layout="2016年版申报表（资金申请分财政拨款/自有/事业/经营/其他）", source=SRC_JIAXIAN, must=["GS-02"],
        must_not=minus(GS_MUST_NOT, "GS-02"), name="县城区公厕新建改造", year=2017, total=186.0, rows=len(inds),
        defect="资金总额186万元，来源合计170万元")

    # gs04 鄂州 style, cost build-up table, cost indicator only "不超预算"
    f = [("项目名称", "行政服务中心大楼运行保障"), ("项目类别", "本级支出项目"), ("项目性质", "持续性项目"),
         ("立项依据", "市机关事务服务中心三定方案"), ("主管部门", "市机关事务服务中心"), ("实施单位", "市行政服务中心管理处")]
    cost = [["项目预算成本构成", "金额（万元）", "测算（公式）依据", "2020年实际执行数", "2021年实际执行数"],
            ["物业保安服务费", "168", "依据招标合同", "160", "165"], ["保洁服务费", "84", "依据招标合同", "80", "82"],
            ["水电及维修维护费", "412", "据实结算", "356", "398"], ["合计", "664", "", "596", "645"]]
    inds = [("产出指标", "数量指标", "大楼日常维修维护次数", "≥", "1800", "次"),
            ("产出指标", "数量指标", "安防巡查次数", "≥", "360", "次"),
            ("产出指标", "质量指标", "维修维护验收合格率", "≥", "95", "%"),
            ("产出指标", "时效指标", "报修响应时间", "≤", "2", "小时"),
            ("产出指标", "成本指标", "成本控制率", "定性", "不超预算", ""),
            ("效益指标", "社会效益指标", "大楼安全责任事故", "=", "0", "起"),
            ("满意度指标", "服务对象满意度指标", "入驻单位满意度", "≥", "92", "%")]
    blocks = goal_blocks("2022年市直部门预算项目支出绩效目标表", f,
                         [["年度预算（万元）", "664", "其中：一般公共预算", "664"]],
                         "", "以入驻单位满意为目标，保障大楼安全、整洁、有序运行。", inds, "D",
                         pre=[], footer="主管部门审核意见：                单位公章：        年  月  日")
    blocks.insert(2, ("t", cost, []))
    add("gs04_市直_成本构成表_成本指标空泛.docx", "goal_sheet", blocks,
        layout="市直表：成本构成及前两年执行数，绩效标准+当年预期实现值", source=SRC_EZHOU, must=["GS-13"],
        must_not=minus(GS_MUST_NOT, "GS-13", "GS-06"), name="行政服务中心大楼运行保障", year=2022,
        total=664.0, rows=7, defect="成本指标只写“不超预算”")

    # gs05 公示 page, paragraphs and numbered lines, pdf, clean
    blocks = [("h", "关于2025年度城乡居民文化惠民演出项目绩效目标的公示"),
              ("p", "根据预算绩效管理有关要求，现将我局2025年度文化惠民演出项目绩效目标公示如下："),
              ("p", "一、项目名称：2025年度城乡居民文化惠民演出"),
              ("p", "二、实施单位：县文化馆；主管部门：县文化广电和旅游局；项目属性：延续项目。"),
              ("p", "三、项目资金：年度资金总额85万元，其中县级财政资金60万元，上级补助资金25万元。"),
              ("p", "四、年度绩效目标：全年组织送戏下乡和广场演出，丰富城乡群众文化生活。"),
              ("p", "五、绩效指标"),
              ("p", "1.数量指标：送戏下乡演出场次 ≥120场；广场文化活动场次 ≥24场。"),
              ("p", "2.质量指标：演出节目原创率 ≥30%。"),
              ("p", "3.时效指标：年度演出任务于2025年12月20日前完成。"),
              ("p", "4.成本指标：每场送戏下乡演出补助 ≤0.5万元/场。"),
              ("p", "5.社会效益指标：观演群众人次 ≥6万人次。"),
              ("p", "6.满意度指标：观演群众满意度 ≥90%。"),
              ("p", "公示期为2025年1月10日至1月16日。如有意见，请向县文化广电和旅游局反映。"),
              ("p", "县文化广电和旅游局  2025年1月9日")]
    add("gs05_县_公示正文_文化惠民.pdf", "goal_sheet", blocks,
        layout="公示正文：资金、目标、指标按编号行列出", source="issue 13 的真实样式观察（无单页 URL）；部门预算公开页面参照 " + SRC_ZHUXI, must=[], must_not=GS_MUST_NOT,
        name="2025年度城乡居民文化惠民演出", year=2025, total=85.0, rows=7)

    # gs06 xlsx 一体化 export, 效益 rows missing
    inds = [i for i in std_set(2024, ("农机购置补贴受益户数", "1500", "户"), ("补贴资金发放准确率", "100"),
                               ("户均补贴标准", "0.8", "万元/户"), ("经济效益指标", "x", "0", ""), "受益农户满意度")
            if i[0] != "效益指标"]
    f = std_fields("2024年农机购置与应用补贴", "县农业农村局", "县农业机械化服务中心", "延续项目", "2024年度")
    add("gs06_县_一体化xlsx_缺效益指标.xlsx", "goal_sheet",
        [("sheet", "项目绩效目标表"), *goal_blocks(
            "2024年项目支出绩效目标表", f, funds_simple("1200", [("其中：中央资金", "1100"), ("县级资金", "100")]),
            "", "兑付农机购置补贴，提高全县农业机械化水平。", inds, "B", fmt="xlsx")],
        layout="一体化 xlsx 导出，一级合并单元格", source=SRC_QINGSHEN, must=["GS-04|GS-12"],
        must_not=minus(GS_MUST_NOT, "GS-04"), name="2024年农机购置与应用补贴", year=2024, total=1200.0, rows=len(inds),
        defect="没有任何效益指标")

    # gs07 docx, one indicator without value
    inds = std_set(2025, ("家庭医生签约服务人数", "32000", "人"), ("重点人群签约服务覆盖率", "75"),
                   ("人均签约服务补助标准", "25", "元/人"), ("社会效益指标", "签约居民年度续约率", "", ""),
                   "签约居民满意度")
    f = std_fields("2025年家庭医生签约服务补助", "县卫生健康局", "县基层卫生服务中心", "延续项目", "2025年1月-12月")
    add("gs07_县_指标值空白_家庭医生.docx", "goal_sheet",
        goal_blocks("2025年度项目支出绩效目标申报表", f, funds_simple("80", [("其中：财政拨款", "80")]),
                    "", "为辖区居民提供家庭医生签约服务，重点人群签约覆盖率达到75%。", inds, "A:指标名称/年度指标值"),
        layout="简表：四列指标（值含符号与单位）；指标列名为“指标名称/年度指标值”", source=SRC_QINGSHEN, must=["GS-01|GS-03|GS-05"],
        must_not=minus(GS_MUST_NOT, "GS-01", "GS-03", "GS-05"), name="2025年家庭医生签约服务补助", year=2025,
        total=80.0, rows=len(inds), defect="“签约居民年度续约率”没有指标值")

    # gs08 docx, vague values on quantitative rows
    inds = [("产出指标", "数量指标", "河道保洁长度", "≥", "65", "公里"),
            ("产出指标", "质量指标", "河面漂浮物清理率", "≥", "95", "%"),
            ("产出指标", "时效指标", "保洁作业频次", "=", "每日1", "次"),
            ("产出指标", "成本指标", "每公里年保洁费用", "≤", "1.2", "万元"),
            ("效益指标", "生态效益指标", "河道水质", "定性", "明显改善", ""),
            ("效益指标", "社会效益指标", "沿河人居环境", "定性", "进一步提升", ""),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥", "90", "%")]
    f = std_fields("2024年城区河道保洁服务", "区水利局", "区河道管理所", "延续项目", "2024年度")
    add("gs08_区_笼统指标值_河道保洁.docx", "goal_sheet",
        goal_blocks("2024年度项目支出绩效目标表", f, funds_simple("78", [("其中：区级财政资金", "78")]),
                    "", "完成城区65公里河道日常保洁。", inds, "B"),
        layout="一体化 docx（性质、单位分列）", source=SRC_QINGSHEN, must=["GS-06"],
        must_not=minus(GS_MUST_NOT, "GS-06"), name="2024年城区河道保洁服务", year=2024, total=78.0, rows=7,
        defect="效益指标值为“明显改善”“进一步提升”")

    # gs09 pdf, service project without 满意度
    inds = [i for i in std_set(2023, ("居家养老服务补贴对象", "2600", "人"), ("补贴对象认定准确率", "98"),
                               ("人均月补贴标准", "100", "元/人·月"), ("社会效益指标", "失能老人照护覆盖率", "85", "%"),
                               "x") if i[0] != "满意度指标"]
    f = std_fields("2023年居家养老服务补贴", "市民政局", "市养老服务指导中心", "延续项目", "2023年1月-12月")
    add("gs09_市_pdf表_缺满意度_居家养老.pdf", "goal_sheet",
        goal_blocks("2023年度部门预算项目绩效目标表", f, funds_simple("312", [("其中：财政拨款", "312")]),
                    "", "为2600名困难老人提供居家养老服务补贴。", inds, "A", fmt="pdf"),
        layout="PDF 公开表（四列）", source=SRC_QINGSHEN, must=["GS-04"], must_not=minus(GS_MUST_NOT, "GS-04"),
        name="2023年居家养老服务补贴", year=2023, total=312.0, rows=len(inds),
        defect="有明确服务对象，却没有满意度指标")

    # gs10 xlsx, time indicator beyond the budget year
    inds = std_set(2025, ("改造老旧供水管网长度", "18", "公里"), ("管网改造验收合格率", "100"),
                   ("每公里管网改造成本", "95", "万元"), ("社会效益指标", "改造片区供水保证率", "99", "%"), "用户满意度")
    inds[2] = ("产出指标", "时效指标", "管网改造完工时间", "≤", "2026年6月30日", "")
    f = std_fields("2025年城区老旧供水管网改造", "县住房和城乡建设局", "县供排水服务中心", "新增项目",
                   "2025年1月-2025年12月")
    add("gs10_县_xlsx_时效超年度_供水管网.xlsx", "goal_sheet",
        goal_blocks("2025年度项目支出绩效目标申报表", f,
                    funds_simple("1710", [("其中：政府专项债券", "1200"), ("县级财政资金", "510")]),
                    "", "完成城区18公里老旧供水管网改造。", inds, "A:绩效指标/预期目标", fmt="xlsx"),
        layout="xlsx 简表（四列）；指标列名为“绩效指标/预期目标”", source=SRC_QINGSHEN, must=["GS-10"], must_not=minus(GS_MUST_NOT, "GS-10"),
        name="2025年城区老旧供水管网改造", year=2025, total=1710.0, rows=len(inds),
        defect="年度时效指标完工时间为2026年6月30日")

    # gs11 template style, level inside the cell (E), clean
    inds = [("产出指标", "数量指标", "农村低保保障人数", "≥", "5200", "人"),
            ("产出指标", "数量指标", "临时救助人次", "≥", "800", "人次"),
            ("产出指标", "质量指标", "低保对象认定准确率", "≥", "98", "%"),
            ("产出指标", "时效指标", "低保金按月发放及时率", "=", "100", "%"),
            ("产出指标", "成本指标", "农村低保标准", "≥", "520", "元/人·月"),
            ("效益指标", "社会效益指标", "困难群众基本生活保障率", "≥", "98", "%"),
            ("满意度指标", "服务对象满意度指标", "受助对象满意度", "≥", "90", "%")]
    f = std_fields("2023年困难群众救助", "县民政局", "县社会救助服务中心", "延续项目", "2023年度", "项目负责人及电话")
    add("gs11_县_指标写在单元格里_困难群众救助.docx", "goal_sheet",
        goal_blocks("绩效目标申报表（2023年度）", f,
                    [["资金情况（万元）", "年度资金总额：3380", "其中：财政拨款：3380", "其他资金：0"]],
                    "", "保障农村低保对象和临时救助对象基本生活。", inds, "E"),
        layout="参考模板：二级和指标名写在同一单元格（“数量指标：…≥…”）", source=SRC_TEMPLATE, must=[],
        must_not=GS_MUST_NOT, name="2023年困难群众救助", year=2023, total=3380.0, rows=7)

    # gs12 several projects in one xlsx sheet (部门预算公开), the third lacks a cost indicator
    blocks = [("h", "县教育局2024年部门预算项目支出绩效目标表")]
    specs = [("学前教育幼儿资助", "136", ("资助幼儿人数", "1700", "人"), ("资助对象认定准确率", "100"),
              ("生均资助标准", "800", "元/人·年"), ("社会效益指标", "家庭经济困难幼儿入园率", "98", "%"), True),
             ("义务教育学校校舍维修", "260", ("维修校舍面积", "12000", "平方米"), ("维修工程验收合格率", "100"),
              ("每平方米维修成本", "216", "元"), ("社会效益指标", "校舍安全达标率", "100", "%"), True),
             ("中小学教师培训", "48", ("培训教师人次", "1600", "人次"), ("培训考核合格率", "95"),
              ("x", "0", ""), ("社会效益指标", "参训教师教学能力测评提升人数占比", "60", "%"), False)]
    for n, (pname, amount, q, ql, c, b, has_cost) in enumerate(specs, 1):
        inds = std_set(2024, q, ql, c, b, "服务对象满意度")
        if not has_cost:
            inds = [i for i in inds if i[1] != "成本指标"]
        rows, merges = ind_rows(inds, "A")
        blocks += [("p", f"（{n}）项目名称：{pname}    主管部门：县教育局    实施单位：县教育局    "
                         f"项目资金：{amount}万元（县级财政拨款）"),
                   ("p", f"年度目标：2024年完成{pname}任务。"),
                   ("t", blank_merged(rows, merges), merges)]
    add("gs12_县部门_一表多项目.xlsx", "goal_sheet", blocks,
        layout="部门预算公开：一张表三个项目，每个项目一行标题加指标表", source="issue 13 的真实样式观察（无单页 URL）；部门预算公开页面参照 " + SRC_ZHUXI,
        must=["GS-04|GS-13"], must_not=minus(GS_MUST_NOT, "GS-04", "GS-13", "GS-07"),
        name=["学前教育幼儿资助", "义务教育学校校舍维修", "中小学教师培训"], year=2024, total=None, rows=None,
        defect="第3个项目“中小学教师培训”没有成本指标", evidence={"GS-04|GS-13": "教师培训"})

    # gs13 其中 rows itemise only part of the total, clean
    inds = std_set(2024, ("高标准农田建设面积", "2.1", "万亩"), ("工程验收合格率", "100"),
                   ("亩均建设成本", "2380", "元/亩"), ("经济效益指标", "项目区亩均粮食增产", "50", "公斤"),
                   "项目区农户满意度", extra=[("效益指标", "可持续影响指标", "工程设计使用年限", "≥", "15", "年")])
    f = std_fields("2024年高标准农田建设", "县农业农村局", "县农田建设服务中心", "延续项目", "2024年1月-2024年12月")
    add("gs13_县_其中行只列部分来源_高标准农田.docx", "goal_sheet",
        goal_blocks("2024年度项目支出绩效目标申报表", f,
                    funds_simple("4998", [("其中：中央财政资金", "3150"), ("其中：省级财政资金", "1050")]),
                    "", "建成2.1万亩高标准农田。", inds, "A"),
        layout="资金只逐项列出部分来源（其中行之和小于总额）", source=SRC_QINGSHEN, must=[],
        must_not=GS_MUST_NOT, name="2024年高标准农田建设", year=2024, total=4998.0, rows=len(inds))

    # gs14 total in 万元, details in 元, clean
    inds = std_set(2025, ("免费开放场馆开放天数", "300", "天"), ("讲解服务覆盖率", "90"),
                   ("馆均免费开放补助", "17.8", "万元"), ("社会效益指标", "年接待观众人次", "4", "万人次"), "观众满意度")
    f = std_fields("2025年博物馆纪念馆免费开放", "县文化广电和旅游局", "县博物馆", "延续项目", "2025年度")
    funds = [["项目资金", "年度资金总额（万元）", "35.6"], ["", "其中：中央补助资金（元）", "260000"],
             ["", "县级配套资金（元）", "96000"]]
    add("gs14_县_xlsx_万元与元混用_免费开放.xlsx", "goal_sheet",
        goal_blocks("2025年度项目支出绩效目标表", f, funds, "", "全年免费开放不少于300天。", inds, "A", fmt="xlsx"),
        layout="xlsx：总额以万元、明细以元填列", source=SRC_QINGSHEN, must=[], must_not=GS_MUST_NOT,
        name="2025年博物馆纪念馆免费开放", year=2025, total=35.6, rows=len(inds))

    # gs15 rate over 100 %
    inds = std_set(2024, ("新增城镇就业人数", "2200", "人"), ("职业技能培训合格率", "120"),
                   ("人均培训补贴", "1500", "元/人"), ("社会效益指标", "城镇登记失业率", "4.5", "%"), "培训学员满意度")
    inds[4] = ("效益指标", "社会效益指标", "城镇登记失业率", "≤", "4.5", "%")
    f = std_fields("2024年就业创业培训补贴", "县人力资源和社会保障局", "县就业服务中心", "延续项目", "2024年度")
    add("gs15_县_比率超100_就业培训.docx", "goal_sheet",
        goal_blocks("2024年度项目支出绩效目标申报表", f, funds_simple("330", [("其中：财政拨款", "330")]),
                    "", "开展职业技能培训2200人。", inds, "A:三级指标/目标值"),
        layout="简表（四列）；指标列名为“三级指标/目标值”", source=SRC_QINGSHEN, must=["GS-07|GS-05"], must_not=minus(GS_MUST_NOT, "GS-07", "GS-05"),
        name="2024年就业创业培训补贴", year=2024, total=330.0, rows=len(inds), defect="合格率目标≥120%")

    # gs16 odd unit in the unit column
    inds = [("产出指标", "数量指标", "病媒生物监测点数", "≥", "40", "个"),
            ("产出指标", "质量指标", "监测数据上报完整率", "≥", "95", "百分比"),
            ("产出指标", "时效指标", "月报报送时间", "≤", "次月5", "日"),
            ("产出指标", "成本指标", "单个监测点年运行成本", "≤", "0.45", "万元"),
            ("效益指标", "社会效益指标", "病媒传染病暴发疫情", "=", "0", "起"),
            ("满意度指标", "服务对象满意度指标", "居民满意度", "≥", "88", "%")]
    f = std_fields("2024年病媒生物监测与防制", "县卫生健康局", "县疾病预防控制中心", "延续项目", "2024年度")
    add("gs16_县_单位不当_病媒监测.docx", "goal_sheet",
        goal_blocks("2024年度项目支出绩效目标表", f, funds_simple("18", [("其中：财政拨款", "18")]),
                    "", "在40个监测点开展病媒生物监测。", inds, "B"),
        layout="一体化 docx（单位列）", source=SRC_QINGSHEN, must=["GS-05"], must_not=minus(GS_MUST_NOT, "GS-05"),
        name="2024年病媒生物监测与防制", year=2024, total=18.0, rows=6, defect="完整率单位写成“百分比”")

    # gs17 pdf, past-tense target values
    inds = [("产出指标", "数量指标", "农村实用技术培训人次", "定性", "已完成培训1260人次", ""),
            ("产出指标", "质量指标", "培训考核合格率", "定性", "均超过90%", ""),
            ("产出指标", "时效指标", "培训完成时间", "≤", "2025年10月底前", ""),
            ("产出指标", "成本指标", "人均培训成本", "≤", "380", "元"),
            ("效益指标", "经济效益指标", "参训农户人均增收", "≥", "600", "元"),
            ("满意度指标", "服务对象满意度指标", "参训农民满意度", "≥", "90", "%")]
    f = std_fields("2025年高素质农民培育", "县农业农村局", "县农业技术推广中心", "延续项目", "2025年度")
    add("gs17_县_pdf_已完成式表述_农民培育.pdf", "goal_sheet",
        goal_blocks("2025年度项目支出绩效目标申报表", f, funds_simple("48", [("其中：中央资金", "48")]),
                    "", "培育高素质农民1200人。", inds, "A", fmt="pdf"),
        layout="PDF 申报表（四列）", source=SRC_QINGSHEN, must=["GS-15"], must_not=minus(GS_MUST_NOT, "GS-15", "GS-06"),
        name="2025年高素质农民培育", year=2025, total=48.0, rows=6, defect="指标值写成已完成的结果")

    # gs18 only two indicators
    inds = [("产出指标", "数量指标", "购置执法记录仪", "=", "30", "台"),
            ("产出指标", "时效指标", "采购完成时间", "≤", "2024年6月底前", "")]
    f = std_fields("2024年执法装备购置", "县市场监督管理局", "县市场监督管理局", "新增项目", "2024年度")
    add("gs18_县_指标过少_执法装备.docx", "goal_sheet",
        goal_blocks("2024年度项目支出绩效目标表", f, funds_simple("9.6", [("其中：财政拨款", "9.6")]),
                    "", "购置执法记录仪30台。", inds, "A"),
        layout="简表（四列）仅两行指标", source=SRC_QINGSHEN, must=["GS-16|GS-04"],
        must_not=minus(GS_MUST_NOT, "GS-16", "GS-04", "GS-13"), name="2024年执法装备购置", year=2024, total=9.6, rows=2,
        defect="只有两个三级指标，无成本、效益、满意度")

    # gs19 2019 form with long-term + annual tables (xlsx), clean
    long_inds = [("产出指标", "数量指标", "三年累计改造农村危房", "≥", "900", "户"),
                 ("产出指标", "质量指标", "改造房屋竣工验收合格率", "=", "100", "%"),
                 ("效益指标", "社会效益指标", "农村危房存量", "=", "0", "户"),
                 ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥", "95", "%")]
    inds = std_set(2019, ("当年改造农村危房", "320", "户"), ("竣工验收合格率", "100"),
                   ("户均补助标准", "2.2", "万元/户"), ("社会效益指标", "改造户住房安全保障率", "100", "%"), "改造户满意度")
    f = std_fields("农村危房改造补助", "县住房和城乡建设局", "县村镇建设服务站", "延续项目", "2019年-2021年")
    add("gs19_县_2019版_长期加年度_危房改造.xlsx", "goal_sheet",
        goal_blocks("2019年度财政支出项目绩效目标申报表", f,
                    funds_simple("704", [("财政拨款", "704"), ("自有资金", "0"), ("其他", "0")]),
                    "三年内完成900户农村危房改造。", "2019年完成320户农村危房改造。", inds, "C",
                    long_inds=long_inds, fmt="xlsx"),
        layout="2019 年旧表：长期绩效指标与年度绩效指标两张表", source=SRC_JIAXIAN, must=[], must_not=GS_MUST_NOT,
        name="农村危房改造补助", year=2019, total=704.0, rows=len(inds), long_rows=len(long_inds))

    # gs20 no year anywhere, period blank
    inds = std_set(2099, ("更新办公计算机", "45", "台"), ("设备验收合格率", "100"),
                   ("单台计算机采购成本", "0.55", "万元"), ("社会效益指标", "办公系统可用率", "99", "%"), "干部职工满意度")
    inds[2] = ("产出指标", "时效指标", "设备到货安装时间", "≤", "合同签订后30日内", "")
    f = [("项目名称", "办公设备更新购置"), ("主管部门", "县统计局"), ("实施单位", "县统计局"), ("项目属性", "新增项目"),
         ("项目期限", ""), ("项目负责人", "赵主任")]
    add("gs20_县_无年度_办公设备.docx", "goal_sheet",
        goal_blocks("项目支出绩效目标申报表", f, funds_simple("24.75", [("其中：财政拨款", "24.75")]),
                    "", "更新老旧办公计算机45台。", inds, "A"),
        layout="简表，标题、期限、日期都没有年度", source=SRC_JIAXIAN, must=["GS-01"],
        must_not=minus(GS_MUST_NOT, "GS-01", "GS-10"), name="办公设备更新购置", year=None, total=24.75, rows=len(inds),
        defect="没有预算年度，项目期限空白")

    # gs21 上级补助 / 单位自有资金 vocabulary, sums right, clean
    inds = std_set(2025, ("森林防火巡护里程", "5200", "公里"), ("火情发现上报及时率", "98"),
                   ("护林员人均补助", "1.2", "万元/人·年"), ("生态效益指标", "森林火灾受害率", "0.9", "‰"),
                   "林区群众满意度")
    inds[4] = ("效益指标", "生态效益指标", "森林火灾受害率", "≤", "0.9", "‰")
    f = std_fields("2025年森林防火巡护", "县林业局", "县森林防火服务中心", "延续项目", "2025年1月-12月")
    add("gs21_县_上级补助与自有资金_森林防火.docx", "goal_sheet",
        goal_blocks("2025年度项目支出绩效目标申报表", f,
                    funds_simple("96", [("上级补助资金", "60"), ("县级财政资金", "30"), ("单位自有资金", "6")]),
                    "", "全年森林防火巡护5200公里，不发生重大森林火灾。", inds, "B"),
        layout="一体化 docx，资金来源为上级补助/县级/单位自有", source=SRC_QINGSHEN, must=[], must_not=GS_MUST_NOT,
        name="2025年森林防火巡护", year=2025, total=96.0, rows=len(inds))

    # gs22 pdf, long indicator table across pages with a repeated header, clean
    inds = [("产出指标", "数量指标", f"{t}个数", "≥", str(n), "个") for t, n in
            [("完成村级公益设施维护的行政村", 38), ("新建村级文化活动室", 6), ("配置健身器材的村", 12),
             ("安装太阳能路灯的村", 15), ("完成垃圾收集点改造的村", 20)]]
    inds += [("产出指标", "质量指标", "工程验收合格率", "≥", "98", "%"),
             ("产出指标", "时效指标", "项目完工时间", "≤", "2024年11月30日", ""),
             ("产出指标", "成本指标", "村均奖补资金", "≤", "18", "万元"),
             ("效益指标", "社会效益指标", "受益农村人口", "≥", "4.6", "万人"),
             ("效益指标", "可持续影响指标", "设施管护制度建立率", "≥", "95", "%"),
             ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "90", "%")]
    f = std_fields("2024年村级公益事业建设一事一议财政奖补", "县财政局", "县农村综合改革服务中心", "延续项目", "2024年度")
    blocks = goal_blocks("2024年度项目支出绩效目标表", f,
                         funds_simple("684", [("其中：中央资金", "400"), ("省级资金", "180"), ("县级资金", "104")]),
                         "", "对38个行政村公益事业建设实施奖补。", inds[:6], "A", fmt="pdf", footer="")
    rows, _ = ind_rows(inds[6:], "A")
    blocks += [("break",), ("p", "续表"), ("t", rows, []), ("p", "填报人：李会计   填报日期：2024年1月8日")]
    add("gs22_县_pdf_跨页续表_一事一议.pdf", "goal_sheet", blocks,
        layout="PDF：指标表跨页，第二页“续表”重复表头", source=SRC_QINGSHEN, must=[], must_not=GS_MUST_NOT,
        name="2024年村级公益事业建设一事一议财政奖补", year=2024, total=684.0, rows=11)

    # gs23 101号-style: 成本指标 as 一级 with 经济成本指标, clean
    inds = [("产出指标", "数量指标", "开展食品安全抽检批次", "≥", "1800", "批次"),
            ("产出指标", "质量指标", "抽检样品覆盖食品大类", "≥", "30", "类"),
            ("产出指标", "时效指标", "不合格产品核查处置完成时限", "≤", "30", "日"),
            ("成本指标", "经济成本指标", "每批次抽检检验费用", "≤", "1100", "元"),
            ("效益指标", "社会效益指标", "食品安全抽检合格率", "≥", "97", "%"),
            ("满意度指标", "服务对象满意度指标", "公众食品安全满意度", "≥", "85", "%")]
    f = std_fields("2025年食品安全监督抽检", "市市场监督管理局", "市食品检验检测中心", "延续项目", "2025年度")
    add("gs23_市_101号版式_成本一级_食品抽检.xlsx", "goal_sheet",
        goal_blocks("2025年项目支出绩效目标表", f, funds_simple("198", [("其中：本级财政拨款", "198")]),
                    "", "完成食品安全监督抽检1800批次。", inds, "F", fmt="xlsx"),
        layout="101号式：成本指标为一级，指标值（包含数字及文字描述）+评（扣）分标准", source=SRC_QINGSHEN,
        must=[], must_not=GS_MUST_NOT, name="2025年食品安全监督抽检", year=2025, total=198.0, rows=6)

    # gs24 total row 0 while detail rows are filled
    inds = std_set(2024, ("村级垃圾清运车辆运营", "42", "台"), ("垃圾日产日清率", "95"),
                   ("吨垃圾收运成本", "120", "元/吨"), ("生态效益指标", "农村生活垃圾无害化处理率", "90", "%"),
                   "农户满意度")
    f = std_fields("2024年农村生活垃圾收运处置", "县城市管理局", "县环境卫生服务中心", "延续项目", "2024年度")
    add("gs24_县_总额为0_垃圾收运.docx", "goal_sheet",
        goal_blocks("2024年度项目支出绩效目标申报表", f,
                    funds_simple("0", [("其中：财政拨款", "260"), ("其他资金", "40")]),
                    "", "实现全县农村生活垃圾日产日清。", inds, "A:指标名称/指标值"),
        layout="简表：资金总额行填0，明细行有数；指标列名为“指标名称/指标值”", source=SRC_BATANG, must=["GS-02"], must_not=minus(GS_MUST_NOT, "GS-02"),
        name="2024年农村生活垃圾收运处置", year=2024, total=0.0, rows=len(inds), defect="年度资金总额为0，明细合计300万元")

    # gs25 annual goal left blank
    inds = std_set(2025, ("城区路灯维护数量", "6800", "盏"), ("路灯亮灯率", "98"),
                   ("单盏路灯年维护成本", "180", "元/盏"), ("社会效益指标", "夜间道路照明覆盖率", "95", "%"), "市民满意度")
    f = std_fields("2025年城区路灯维护", "县城市管理局", "县市政设施维护所", "延续项目", "2025年1月-12月")
    add("gs25_县_年度目标空白_路灯维护.docx", "goal_sheet",
        goal_blocks("2025年度项目支出绩效目标申报表", f, funds_simple("122.4", [("其中：财政拨款", "122.4")]),
                    "", "", inds, "A"),
        layout="简表：年度目标一栏空白", source=SRC_QINGSHEN, must=["GS-01"], must_not=minus(GS_MUST_NOT, "GS-01"),
        name="2025年城区路灯维护", year=2025, total=122.4, rows=len(inds), defect="年度目标未填")


# ---------------------------------------------------------------- ex-ante reports

def report(title: str, meta: list[tuple[str, str]], sections: list[tuple[str, str]], *, cover: bool = True,
           sign: str = "评估机构：某某预算绩效咨询有限公司（盖章）    评估日期：{date}", date: str = "") -> list[Block]:
    blocks: list[Block] = [("h", title)]
    if cover:
        blocks.append(("t", [[k, v] for k, v in meta], []))
    else:
        blocks += [("p", f"{k}：{v}") for k, v in meta]
    for head, text in sections:
        blocks.append(("p", head))
        if text:
            blocks += [("p", t) for t in text.split("\n")]
    if sign:
        blocks.append(("p", sign.format(date=date)))
    return blocks


def budget_table(items: list[tuple[str, str, str, str]]) -> Block:
    rows = [["支出内容", "数量", "单价（万元）", "金额（万元）"]] + [list(i) for i in items]
    return ("t", rows, [])


FIVE = {
    "nec": ("（一）立项必要性", "项目符合《县“十四五”公共服务体系规划》，属主管部门职责范围，服务对象明确，需求有调查数据支撑。"),
    "eco": ("（二）投入经济性", "预算按数量乘单价测算，单价参照政府采购中标价和三家市场询价，成本控制措施具体。"),
    "goal": ("（三）绩效目标合理性", "绩效目标与年度任务对应，产出、成本、效益、满意度指标齐全并已量化。"),
    "fea": ("（四）实施方案可行性", "实施方案明确了任务分工、进度安排、采购方式和验收标准，前置审批已办结。"),
    "fund": ("（五）筹资合规性", "资金来源为县级一般公共预算，财权与事权匹配，不涉及举借债务。"),
}


def reports() -> None:
    meta = [("项目名称", "县域智慧养老服务平台建设"), ("预算年度", "2025年"), ("项目单位", "县民政局"), ("主管部门", "县民政局"),
            ("项目属性", "新增"), ("申请资金", "268万元"), ("评估机构", "某某预算绩效咨询有限公司")]
    secs = [("一、评估对象基本情况", "（一）立项背景：全县60岁以上老人4.1万人，居家养老服务缺少统一调度。\n"
                                "（二）主要内容：建设平台软件、购置智能终端并开展上门服务调度。\n"
                                "（三）绩效目标：接入服务老人不少于8000人，平台服务响应时间不超过30分钟。\n"
                                "（四）资金构成：申请县级财政资金268万元，明细见下表。"),
            ("二、评估工作开展情况", "采用资料审核、现场调研、专家论证和问卷调查相结合的方法，按准备、实施、报告三个阶段开展。"),
            ("三、综合评估情况与评估结论", ""), FIVE["nec"], FIVE["eco"], FIVE["goal"], FIVE["fea"], FIVE["fund"],
            ("（六）总体结论", "综合评分86分，评估结论为予以支持，建议预算控制数268万元。"),
            ("四、相关建议", "建议分期支付平台开发款，验收合格后支付尾款。"),
            ("五、其他需要说明的问题", "无。")]
    blocks = report("县域智慧养老服务平台建设项目事前绩效评估报告", meta, secs, date="2024年10月12日")
    blocks.insert(7, budget_table([("平台软件开发", "1", "150", "150"), ("智能呼叫终端", "1000", "0.08", "80"),
                                   ("服务调度中心改造", "1", "38", "38"), ("合计", "", "", "268")]))
    add("ea01_第三方_完整报告_智慧养老.docx", "appraisal_report", blocks,
        layout="第三方机构报告：封面表+五章，预算明细表", source=SRC_HENAN, must=[], must_not=EA_MUST_NOT,
        name="县域智慧养老服务平台建设", year=2025, total=268.0, rows=None)

    # ea02 county short report merging dimensions, no 筹资合规性
    secs = [("一、项目基本情况", "项目申请县级资金45万元，用于乡镇综合文化站设备更新。"),
            ("二、评估情况", "1.必要性和可行性：设备已使用十年以上，故障频繁，更新计划已报县政府同意，实施方案可行。\n"
                         "2.经济性：设备按政府采购目录价格测算，共45万元。\n"
                         "3.绩效目标：更新设备12个站点，群众满意度不低于90%，目标设置合理。"),
            ("三、评估结论", "经评估，该项目予以支持，建议安排预算45万元。")]
    add("ea02_县_简短报告_合并维度缺筹资.docx", "appraisal_report",
        report("乡镇综合文化站设备更新项目事前绩效评估报告", [("项目名称", "乡镇综合文化站设备更新"), ("预算年度", "2025年"),
                                                    ("评估单位", "县文化广电和旅游局")], secs, cover=False,
               sign="县文化广电和旅游局  {date}", date="2024年9月20日"),
        layout="县级短报告：几个维度合并成一节，无筹资合规性", source=SRC_GANZI, must=["EA-RPT-01"],
        must_not=minus(EA_MUST_NOT, "EA-RPT-01"), name="乡镇综合文化站设备更新", year=2025, total=45.0, rows=None,
        defect="没有筹资合规性内容", evidence={"EA-RPT-01": "筹资"})

    # ea03 pdf, budget arithmetic wrong
    meta = [("项目名称", "城区公共停车场智能化改造"), ("预算年度", "2025年"), ("项目单位", "县城市管理局"), ("申请资金", "356万元")]
    secs = [("一、项目概况", "改造城区5个公共停车场，新增车位引导和无感支付。"),
            ("二、评估方法", "资料审核、现场踏勘和专家评议。"),
            ("三、评估内容", ""), FIVE["nec"], FIVE["eco"], FIVE["goal"], FIVE["fea"], FIVE["fund"],
            ("四、评估结论", "综合得分82分，予以支持，建议预算控制数356万元。"),
            ("五、建议", "采购时进一步压减设备单价。")]
    blocks = report("城区公共停车场智能化改造项目事前绩效评估报告", meta, secs, date="2024年8月30日")
    blocks.insert(6, budget_table([("车牌识别一体机", "40", "2.5", "120"), ("车位引导屏", "25", "1.6", "48"),
                                   ("管理平台及系统集成", "1", "148", "148"), ("土建及安装", "5", "8", "40"),
                                   ("合计", "", "", "356")]))
    add("ea03_县_pdf_预算明细算错_停车场.pdf", "appraisal_report", blocks,
        layout="PDF 报告，预算明细表（数量×单价=金额）", source=SRC_BEIJING, must=["EA-ECO-01"],
        must_not=minus(EA_MUST_NOT, "EA-ECO-01"), name="城区公共停车场智能化改造", year=2025, total=356.0, rows=None,
        defect="车位引导屏 25×1.6=40，表中写48；合计应为348", evidence={"EA-ECO-01": "车位引导屏"})

    # ea04 outdated bases
    secs = [("一、项目基本情况", "项目为2025年全县中小学校园安全监控升级，申请资金150万元。"),
            ("二、评估工作开展情况", "采取资料审核与现场核查。"),
            ("三、综合评估情况", ""),
            ("（一）立项必要性", "项目依据《县教育事业发展“十三五”规划》和《财政支出绩效评价管理暂行办法》（财预〔2011〕285号）设立，"
                          "属教育局职责范围。"),
            FIVE["eco"], FIVE["goal"], FIVE["fea"], FIVE["fund"],
            ("（六）总体结论", "综合评分84分，予以支持，建议预算控制数150万元。"),
            ("四、相关建议", "完善后期运维机制。"), ("五、其他需要说明的问题", "无。")]
    add("ea04_县_依据过时_校园监控.docx", "appraisal_report",
        report("2025年中小学校园安全监控升级项目事前绩效评估报告", [("项目名称", "中小学校园安全监控升级"),
                                                         ("项目单位", "县教育局"), ("申请资金", "150万元")], secs,
               date="2024年9月5日"),
        layout="标准五章报告，立项依据引用已废止文件和过期规划", source=SRC_HENAN, must=["EA-NEC-04"],
        must_not=minus(EA_MUST_NOT, "EA-NEC-04"), name="中小学校园安全监控升级", year=2025, total=150.0, rows=None,
        defect="引用财预〔2011〕285号（已废止）和“十三五”规划")

    # ea05 expert review opinion (评审意见) format, clean
    blocks = [("h", "关于全民健身步道建设项目事前绩效评估的专家评审意见"),
              ("p", "2024年11月6日，县财政局组织专家对县体育事业发展中心申报的2025年全民健身步道建设项目（申请资金210万元）"
                    "进行事前绩效评估评审。专家组听取汇报、审阅资料并现场踏勘，形成意见如下："),
              ("p", "一、立项必要性：项目符合县全民健身实施计划，属体育部门职责，群众需求调查充分。"),
              ("p", "二、投入经济性：步道每公里造价参照近两年同类工程结算价测算，基本合理；照明工程单价偏高，建议核减10万元。"),
              ("p", "三、绩效目标合理性：新建步道12公里、群众满意度不低于90%等指标明确可衡量。"),
              ("p", "四、实施方案可行性：用地已落实，施工方案和进度安排可行。"),
              ("p", "五、筹资合规性：资金来源为县级财政资金和体育彩票公益金，来源合规。"),
              ("p", "六、评审结论：综合评分80分，调整后予以支持，建议预算控制数200万元。"),
              ("t", [["专家组成员", "单位", "签名"], ["组长 陈某", "某大学体育学院", "陈某"],
                     ["成员 孙某", "县住建局", "孙某"], ["成员 周某", "某会计师事务所", "周某"]], []),
              ("p", "2024年11月6日")]
    add("ea05_县_专家评审意见_健身步道.docx", "appraisal_report", blocks,
        layout="专家评审意见：编号段落+专家签名表", source=SRC_SCORE, must=[], must_not=EA_MUST_NOT,
        name="全民健身步道建设", year=2025, total=210.0, rows=None)

    # ea06 score below pass but conclusion 予以支持
    secs = [("一、评估对象基本情况", "项目拟新建农产品冷链仓储中心一座，申请资金520万元。"),
            ("二、评估工作开展情况", "按评分指标体系逐项打分。"),
            ("三、综合评估情况与评估结论", ""),
            ("（一）立项必要性", "需求调研不充分，得分12分（满分20分）。"),
            ("（二）投入经济性", "缺少询价资料，得分10分（满分20分）。"),
            ("（三）绩效目标合理性", "指标未量化，得分11分（满分20分）。"),
            ("（四）实施方案可行性", "用地手续未办理，得分12分（满分20分）。"),
            ("（五）筹资合规性", "自筹资金未落实，得分10分（满分20分）。"),
            ("（六）总体结论", "综合得分55分，评估结论为予以支持，建议预算控制数520万元。"),
            ("四、相关建议", "尽快落实用地和自筹资金。"), ("五、其他需要说明的问题", "无。")]
    add("ea06_县_得分与结论矛盾_冷链仓储.docx", "appraisal_report",
        report("农产品冷链仓储中心建设项目事前绩效评估报告", [("项目名称", "农产品冷链仓储中心建设"), ("预算年度", "2025年"),
                                                   ("项目单位", "县商务局"), ("申请资金", "520万元")], secs,
               date="2024年10月28日"),
        layout="标准五章报告，每维度写得分", source=SRC_SCORE, must=["EA-RPT-03"],
        must_not=minus(EA_MUST_NOT, "EA-RPT-03"), name="农产品冷链仓储中心建设", year=2025, total=520.0, rows=None,
        defect="综合得分55分却“予以支持”")

    # ea07 pdf, no recommended budget and no evaluator / date
    secs = [("一、项目基本情况", "项目拟为全县12所乡镇卫生院配置数字化X光机，申请资金600万元。"),
            ("二、评估内容", ""), FIVE["nec"], FIVE["eco"], FIVE["goal"], FIVE["fea"], FIVE["fund"],
            ("三、评估结论", "项目必要、可行，评估结论为予以支持。"),
            ("四、相关建议", "统一招标采购。")]
    add("ea07_县_pdf_无建议预算无签章_卫生院设备.pdf", "appraisal_report",
        report("乡镇卫生院数字化X光机配置项目事前绩效评估报告", [("项目名称", "乡镇卫生院数字化X光机配置"),
                                                     ("项目单位", "县卫生健康局"), ("申请资金", "600万元")], secs,
               cover=False, sign=""),
        layout="PDF 报告（字段为标签行），结论无建议预算、无评估主体和日期", source=SRC_GANZI, must=["EA-RPT-04|EA-RPT-05"],
        must_not=minus(EA_MUST_NOT, "EA-RPT-04"), name="乡镇卫生院数字化X光机配置", year=None, total=600.0, rows=None,
        defect="结论没有建议预算数，报告没有评估主体、签章和日期")


# ---------------------------------------------------------------- monitoring

def mon_table(name: str, unit: str, budget: str, executed: str, rate: str, inds: list[list[str]],
              period: str = "1-7月") -> list[list[str]]:
    rows = [["项目名称", name, "实施单位", unit, "", "", ""],
            ["资金情况（万元）", "年度预算数", budget, f"{period}执行数", executed, "执行率", rate],
            ["一级指标", "二级指标", "三级指标", "年度指标值", f"{period}实际完成值", "全年预计完成值",
             "偏差原因分析及改进措施"]]
    return rows + inds


def monitoring() -> None:
    inds = [["产出指标", "数量指标", "免费孕前优生健康检查人数", "≥3000人", "1850人", "3100人", ""],
            ["产出指标", "质量指标", "检查结果告知率", "≥98%", "99%", "99%", ""],
            ["产出指标", "时效指标", "检查结果反馈时限", "≤15个工作日", "12个工作日", "12个工作日", ""],
            ["产出指标", "成本指标", "人均检查费用", "≤240元", "236元", "236元", ""],
            ["效益指标", "社会效益指标", "目标人群覆盖率", "≥80%", "52%", "82%", ""],
            ["满意度指标", "服务对象满意度指标", "受检对象满意度", "≥90%", "93%", "93%", ""]]
    add("mon01_县_监控表_干净_孕前检查.xlsx", "monitoring_table",
        [("sheet", "绩效运行监控表"), ("h", "2024年项目支出绩效运行监控表（1-7月）"),
         ("t", mon_table("2024年免费孕前优生健康检查", "县妇幼保健院", "72", "44.6", "61.9%", inds), [])],
        layout="监控表：资金执行+指标年度值/1-7月值/全年预计/偏差原因", source=SRC_TAIYUAN, must=[],
        must_not=MON_MUST_NOT, name="2024年免费孕前优生健康检查", year=2024, total=None, rows=6)

    inds = [["产出指标", "数量指标", "改造农村户厕数量", "≥1500户", "420户", "900户", ""],
            ["产出指标", "质量指标", "改厕验收合格率", "≥95%", "96%", "96%", ""],
            ["产出指标", "时效指标", "改厕任务完成时间", "2024年11月底前", "未完成", "2024年11月底前", ""],
            ["产出指标", "成本指标", "户均改厕补助", "≤2000元", "2000元", "2000元", ""],
            ["效益指标", "生态效益指标", "农村卫生厕所普及率", "≥85%", "78%", "81%", ""],
            ["满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%", "91%", "91%", ""]]
    add("mon02_县_监控表_偏差无原因_农村改厕.xlsx", "monitoring_table",
        [("h", "2024年项目支出绩效运行监控表"),
         ("t", mon_table("2024年农村户厕改造", "县农业农村局", "300", "126", "42%", inds), [])],
        layout="监控表（同上），偏差原因一栏全空", source=SRC_TAIYUAN, must=["MON-03"],
        must_not=minus(MON_MUST_NOT, "MON-03", "MON-02"), name="2024年农村户厕改造", year=2024, total=None, rows=6,
        defect="户厕数量全年预计900户，远低于1500户，偏差原因未填")

    inds = [["产出指标", "数量指标", "更新公交车辆", "=20辆", "0辆", "20辆", "车辆采购已完成招标，9月交车"],
            ["产出指标", "质量指标", "车辆验收合格率", "=100%", "—", "100%", "尚未交车"],
            ["产出指标", "成本指标", "单车采购价格", "≤48万元", "46.8万元", "46.8万元", "中标价低于预算"],
            ["效益指标", "社会效益指标", "公交线路准点率", "≥90%", "86%", "90%", "新车投运后提升"],
            ["满意度指标", "服务对象满意度指标", "乘客满意度", "≥88%", "87%", "88%", "新车投运后提升"]]
    add("mon03_县_监控表_执行率低_公交更新.docx", "monitoring_table",
        [("h", "项目支出绩效运行监控情况表（2024年1-8月）"),
         ("t", mon_table("2024年新能源公交车更新", "县交通运输局", "960", "96", "10%", inds, "1-8月"), [])],
        layout="docx 监控表，1-8月", source=SRC_TAIYUAN, must=["MON-02"], must_not=minus(MON_MUST_NOT, "MON-02"),
        name="2024年新能源公交车更新", year=2024, total=None, rows=5, defect="截至8月执行率仅10%")

    blocks = [("h", "2024年城乡居民医疗保险参保代办经费绩效运行监控报告"),
              ("p", "一、项目基本情况：本项目年度预算60万元，用于乡镇参保代办工作经费。"),
              ("p", "二、预算执行情况：截至2024年6月30日，资金到位36万元，已支付36万元，执行率60%。"),
              ("p", "三、下一步工作：按季度拨付代办经费，确保年底前全部支付。"),
              ("p", "县医疗保障局  2024年7月10日")]
    add("mon04_县_监控报告_只有资金无目标.docx", "monitoring_table", blocks,
        layout="监控报告正文：只有资金执行，无绩效目标完成情况", source=SRC_MON, must=["MON-01"],
        must_not=minus(MON_MUST_NOT, "MON-01", "MON-03"), name="2024年城乡居民医疗保险参保代办经费", year=2024,
        total=None, rows=0, defect="只写资金执行，没有目标完成情况")


# ---------------------------------------------------------------- self-evaluation

def ev_table(name: str, dept: str, unit: str, funds: tuple[str, str, str, str, str], goal: tuple[str, str],
             inds: list[list[str]], total: str, grade: str | None) -> list[list[str]]:
    plan, full, done, rate, score = funds
    rows = [["项目名称", name, "", "", "", "", "", ""],
            ["主管部门", dept, "", "", "实施单位", unit, "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", plan, full, done, "10", rate, score],
            ["年度总体目标", "预期目标", goal[0], "", "实际完成情况", goal[1], "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    rows += inds
    rows.append(["总分", "", "", "", "", "100", total, f"自评等级：{grade}" if grade else ""])
    return rows


def self_evaluation() -> None:
    inds = [["产出指标", "数量指标", "资助家庭经济困难学生人数", "≥2400人", "2460人", "20", "20", ""],
            ["产出指标", "质量指标", "资助对象认定准确率", "=100%", "100%", "10", "10", ""],
            ["产出指标", "时效指标", "资助资金发放及时率", "=100%", "100%", "10", "10", ""],
            ["产出指标", "成本指标", "生均资助标准", "=1250元/人·年", "1250元/人·年", "10", "10", ""],
            ["效益指标", "社会效益指标", "家庭经济困难学生辍学人数", "=0人", "0人", "30", "30", ""],
            ["满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥90%", "94%", "10", "10", ""]]
    add("ev01_县_自评表_干净_学生资助.xlsx", "self_evaluation",
        [("h", "项目支出绩效自评表（2023年度）"),
         ("t", ev_table("2023年义务教育家庭经济困难学生生活补助", "县教育局", "县学生资助管理中心",
                        ("300", "307.5", "307.5", "100%", "10"), ("资助困难学生2400人", "资助2460人"), inds,
                        "100", "优"), [])],
        layout="10号文附件式自评表（资金执行+指标得分+自评等级）", source=SRC_QINGSHEN, must=[],
        must_not=EV_MUST_NOT, name="2023年义务教育家庭经济困难学生生活补助", year=2023, total=None, rows=6)

    inds = [["产出指标", "数量指标", "开展妇女“两癌”筛查人数", "≥6000人", "5100人", "20", "17", "部分乡镇组织不到位，下年提前动员"],
            ["产出指标", "质量指标", "筛查结果随访率", "≥95%", "96%", "15", "15", ""],
            ["产出指标", "时效指标", "筛查任务完成时间", "11月底前", "12月中旬", "15", "10", "设备检修延误两周"],
            ["效益指标", "社会效益指标", "早诊率", "≥70%", "60%", "30", "25", "样本偏少，继续扩大筛查"],
            ["满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%", "92%", "10", "10", ""]]
    add("ev02_县_自评表_分数等级不符_两癌筛查.docx", "self_evaluation",
        [("h", "2024年度项目支出绩效自评表"),
         ("t", ev_table("2024年农村妇女两癌筛查", "县卫生健康局", "县妇幼保健院",
                        ("90", "90", "82.8", "92%", "9.2"), ("筛查6000人", "筛查5100人"), inds, "86.2", "优"), [])],
        layout="docx 自评表（同上）", source=SRC_QINGSHEN, must=["EV-04"], must_not=minus(EV_MUST_NOT, "EV-04"),
        name="2024年农村妇女两癌筛查", year=2024, total=None, rows=5,
        defect="总分86.2分（良）却自评为“优”")

    inds = [["产出指标", "数量指标", "新建农村饮水工程处数", "=15处", "11处", "20", "14.7", "暂无"],
            ["产出指标", "质量指标", "工程验收合格率", "=100%", "100%", "15", "15", ""],
            ["产出指标", "时效指标", "工程完工时间", "10月底前", "12月底", "15", "10", "暂无"],
            ["效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "90%", "30", "29.3", "暂无"],
            ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "91%", "10", "10", ""]]
    blocks = [("h", "项目支出绩效自评表（2024年度）"),
              ("t", ev_table("2024年农村饮水安全巩固提升工程", "县水利局", "县农村供水服务中心",
                             ("640", "640", "512", "80%", "8"), ("新建饮水工程15处", "完成11处"), inds, "87", "良"), []),
              ("p", "存在问题：暂无。"), ("p", "改进措施：暂无。")]
    add("ev03_县_xlsx_未完成写暂无_农村饮水.xlsx", "self_evaluation", blocks,
        layout="自评表+存在问题/改进措施两行", source=SRC_DYRMT, must=["EV-05"], must_not=minus(EV_MUST_NOT, "EV-05"),
        name="2024年农村饮水安全巩固提升工程", year=2024, total=None, rows=5,
        defect="三项指标未完成，偏差原因和问题、措施都写“暂无”")

    inds = [["产出指标", "数量指标", "完成耕地地力监测点", "≥50个", "40个", "25", "25", ""],
            ["产出指标", "质量指标", "监测数据合格率", "≥95%", "97%", "15", "15", ""],
            ["产出指标", "时效指标", "监测报告提交时间", "11月底前", "11月25日", "10", "10", ""],
            ["效益指标", "经济效益指标", "测土配方施肥亩均节本", "≥20元", "22元", "30", "30", ""],
            ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "92%", "10", "10", ""]]
    add("ev04_县_自评_未完成却满分_地力监测.docx", "self_evaluation",
        [("h", "2024年度项目支出绩效自评表"),
         ("t", ev_table("2024年耕地质量监测", "县农业农村局", "县土壤肥料工作站",
                        ("36", "36", "36", "100%", "10"), ("完成50个监测点", "完成40个监测点"), inds, "100", "优"), [])],
        layout="docx 自评表（同上）", source=SRC_QINGSHEN, must=["EV-02"], must_not=minus(EV_MUST_NOT, "EV-02", "EV-04"),
        name="2024年耕地质量监测", year=2024, total=None, rows=5,
        defect="监测点只完成40个（目标50个）却得满分25分")

    inds = [["产出指标", "数量指标", "足额保障率", "=100%", "100%", "22.5", "22.5", ""],
            ["产出指标", "数量指标", "科目调整次数", "≤10次", "3次", "22.5", "22.5", ""],
            ["产出指标", "时效指标", "按时发放率", "=100%", "100%", "22.5", "22.5", ""],
            ["效益指标", "经济效益指标", "结余率", "≤5%", "1.2%", "22.5", "22.5", ""]]
    blocks = [("h", "项目支出绩效自评表（2022年度）"),
              ("t", ev_table("2022年机关事业单位职业年金单位缴费", "县人力资源和社会保障局", "县社会保险服务中心",
                             ("210", "210", "210", "100%", "10"), ("及时足额缴纳职业年金", "及时足额缴纳"), inds,
                             "100", "优"), []),
              ("p", "评价结论：及时、足额缴纳。存在问题：无。改进措施：无。"),
              ("p", "项目负责人：            财务负责人：")]
    add("ev05_县_pdf_自评_结余率当效益.pdf", "self_evaluation", blocks,
        layout="PDF 自评表：四行指标各22.5分，结余率作经济效益", source=SRC_DYRMT, must=[],
        must_not=minus(EV_MUST_NOT, "EV-05"), name="2022年机关事业单位职业年金单位缴费", year=2022, total=None, rows=4,
        defect="无评分算术缺陷（结余率当效益属判断类 GS-11/EV 判断规则，不计入 must）")

def more_goal_sheets() -> None:
    """Messier variants: blank level column, mixed notations, goals as numbered lines, 元 totals."""
    obs = "issue 13 的真实样式观察（无单页 URL）；版式参照 "
    # gs26 xlsx, merged title row, 一级 column left blank by the office, clean
    inds = [("", "数量指标", "城乡居民健康档案建档人数", "≥", "21", "万人"),
            ("", "数量指标", "65岁及以上老年人健康管理人数", "≥", "2.6", "万人"),
            ("", "质量指标", "电子健康档案动态使用率", "≥", "65", "%"),
            ("", "时效指标", "季度服务数据上报时限", "≤", "季后10", "日"),
            ("", "成本指标", "人均基本公共卫生服务补助", "=", "94", "元"),
            ("", "社会效益指标", "居民健康素养水平", "≥", "28", "%"),
            ("", "服务对象满意度指标", "居民对基本公共卫生服务满意度", "≥", "85", "%")]
    rows, _ = ind_rows(inds, "A")
    f = std_fields("2025年基本公共卫生服务", "县卫生健康局", "县基层卫生服务中心", "延续项目", "2025年1月-12月")
    blocks: list[Block] = [("t", [["2025年度项目支出绩效目标表", "", "", ""]], [(0, 0, 0, 3)]),
                           ("t", [[a, b] + ([c, d] if c else ["", ""]) for (a, b), (c, d) in
                                  zip(f[0::2], f[1::2], strict=True)], []),
                           ("t", funds_simple("1974", [("其中：中央补助资金", "1620"), ("省级补助资金", "230"),
                                                       ("县级资金", "124")]), []),
                           ("t", [["年度目标", "为全县21万城乡居民提供基本公共卫生服务。"]], []),
                           ("t", rows, [])]
    add("gs26_县_xlsx_一级指标栏空白_基本公卫.xlsx", "goal_sheet", blocks,
        layout="xlsx：合并标题行，一级指标列整列空白（二级已填）", source=obs + SRC_QINGSHEN, must=[],
        must_not=minus(GS_MUST_NOT, "GS-03"), name="2025年基本公共卫生服务", year=2025, total=1974.0, rows=len(inds))

    # gs27 docx, mixed value notations, clean
    inds = [("产出指标", "数量指标", "全县义务教育学校营养餐覆盖学生", "", ">=18600", "人"),
            ("产出指标", "质量指标", "食品安全抽检合格率", "", "不低于98%", ""),
            ("产出指标", "质量指标", "供餐学校食堂量化分级B级以上占比", "", "90%以上", ""),
            ("产出指标", "时效指标", "补助资金拨付时间", "", "每学期开学后1个月内", ""),
            ("产出指标", "成本指标", "生均每日膳食补助", "", "≤5元", ""),
            ("效益指标", "社会效益指标", "学生营养不良检出率", "", "较上年下降1个百分点", ""),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "", "≥90%", "")]
    f = std_fields("2024年农村义务教育学生营养改善计划", "县教育局", "县学生营养办", "延续项目", "2024年度")
    add("gs27_县_多种数值写法_营养改善.docx", "goal_sheet",
        goal_blocks("2024年度项目支出绩效目标申报表", f, funds_simple("1674", [("其中：中央资金", "1674")]),
                    "", "保障18600名农村义务教育学生在校营养餐。", inds, "A"),
        layout="简表（四列），指标值写法混用：>=、不低于、以上、开学后1个月内、较上年下降", source=obs + SRC_QINGSHEN,
        must=[], must_not=GS_MUST_NOT, name="2024年农村义务教育学生营养改善计划", year=2024, total=1674.0,
        rows=len(inds))

    # gs28 pdf 2018 form: goals as numbered lines under a heading, 二级/指标名称/目标值 table, clean
    inds = [("产出指标", "数量指标", "完成土地整治面积", "≥", "3200", "亩"),
            ("产出指标", "质量指标", "新增耕地质量等级评定达标率", "≥", "95", "%"),
            ("产出指标", "时效指标", "工程竣工时间", "≤", "2018年11月30日", ""),
            ("产出指标", "成本指标", "亩均工程投资", "≤", "3000", "元"),
            ("效益指标", "经济效益指标", "新增耕地面积", "≥", "260", "亩"),
            ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥", "90", "%")]
    rows, _ = ind_rows(inds, "G")
    blocks = [("h", "2018年度财政支出项目绩效目标表"),
              ("p", "项目名称：土地整治项目    实施单位：县国土资源局    项目属性：延续"),
              ("p", "项目资金：960万元（财政拨款960万元）"),
              ("p", "年度绩效目标："),
              ("p", "1.完成3200亩土地整治；"), ("p", "2.新增耕地260亩；"), ("p", "3.11月底前全部竣工验收。"),
              ("t", rows, []), ("p", "填报日期：2018年1月15日")]
    add("gs28_县_pdf_2018版_目标为编号行_土地整治.pdf", "goal_sheet", blocks,
        layout="2018 年旧表 PDF：表头为段落，年度目标为编号行，指标表只有二级/指标名称/目标值", source=obs + SRC_JIAXIAN,
        must=[], must_not=GS_MUST_NOT, name="土地整治项目", year=2018, total=960.0, rows=len(inds))

    # gs29 docx, funds in 元, clean
    inds = std_set(2025, ("法律援助案件办理数", "420", "件"), ("案件质量评查合格率", "95"),
                   ("每件法律援助办案补贴", "2800", "元/件"), ("社会效益指标", "受援人合法权益维护率", "95", "%"),
                   "受援人满意度")
    f = std_fields("2025年法律援助办案补贴", "县司法局", "县法律援助中心", "延续项目", "2025年度")
    add("gs29_县_资金以元填报_法律援助.docx", "goal_sheet",
        goal_blocks("2025年度项目支出绩效目标申报表", f,
                    [["项目资金（元）", "年度资金总额", "1,176,000"], ["", "其中：财政拨款", "1,176,000"]],
                    "", "办理法律援助案件420件。", inds, "A:指标内容/年度指标值"),
        layout="简表：资金以元填报（千分位逗号）；指标列名为“指标内容/年度指标值”", source=obs + SRC_QINGSHEN, must=[], must_not=GS_MUST_NOT,
        name="2025年法律援助办案补贴", year=2025, total=117.6, rows=len(inds))

    # gs30 xlsx 转移支付 / 政府性基金 vocabulary, total ≠ sum
    inds = std_set(2024, ("城区绿化养护面积", "186", "万平方米"), ("绿化植物成活率", "95"),
                   ("每平方米年养护费用", "4.7", "元"), ("生态效益指标", "建成区绿化覆盖率", "41", "%"), "市民满意度")
    f = std_fields("2024年城区园林绿化养护", "县城市管理局", "县园林绿化服务中心", "延续项目", "2024年度")
    add("gs30_县_xlsx_转移支付与政府性基金_资金不平.xlsx", "goal_sheet",
        goal_blocks("2024年度项目支出绩效目标申报表", f,
                    funds_simple("880", [("转移支付资金", "500"), ("政府性基金", "300")]),
                    "", "养护城区绿地186万平方米。", inds, "A", fmt="xlsx"),
        layout="xlsx：资金来源为转移支付、政府性基金", source=obs + SRC_QINGSHEN, must=["GS-02"],
        must_not=minus(GS_MUST_NOT, "GS-02"), name="2024年城区园林绿化养护", year=2024, total=880.0, rows=len(inds),
        defect="总额880万元，来源合计800万元")

    # gs31 docx, unit column contradicts the value
    inds = [("产出指标", "数量指标", "免费发放避孕药具人次", "≥", "12000", "人次"),
            ("产出指标", "质量指标", "药具质量合格率", "≥", "99", "人"),
            ("产出指标", "时效指标", "药具配送及时率", "≥", "95", "%"),
            ("产出指标", "成本指标", "药具采购总成本", "≤", "12", "万元"),
            ("效益指标", "社会效益指标", "育龄群众避孕措施落实率", "≥", "85", "%"),
            ("满意度指标", "服务对象满意度指标", "育龄群众满意度", "≥", "90", "%")]
    f = std_fields("2024年免费避孕药具发放", "县卫生健康局", "县计划生育协会", "延续项目", "2024年度")
    add("gs31_县_单位列与指标矛盾_避孕药具.docx", "goal_sheet",
        goal_blocks("2024年度项目支出绩效目标表", f, funds_simple("12", [("其中：财政拨款", "12")]),
                    "", "免费发放避孕药具12000人次。", inds, "B"),
        layout="一体化 docx：单位列与指标不符", source=obs + SRC_QINGSHEN, must=["GS-05"],
        must_not=minus(GS_MUST_NOT, "GS-05"), name="2024年免费避孕药具发放", year=2024, total=12.0, rows=len(inds),
        defect="“药具质量合格率”单位写成“人”")

    # gs32 township docx, two projects, the second lacks 满意度
    blocks = [("h", "某镇人民政府2025年项目支出绩效目标表")]
    two = [("2025年村级环境卫生保洁", "64", std_set(2025, ("保洁覆盖行政村", "16", "个"), ("村道保洁达标率", "90"),
                                                  ("村均保洁经费", "4", "万元"),
                                                  ("生态效益指标", "农村人居环境整治达标村占比", "90", "%"), "村民满意度")),
           ("2025年农村公益性岗位补贴", "57.6",
            [i for i in std_set(2025, ("开发公益性岗位", "80", "个"), ("上岗人员考勤合格率", "95"),
                                ("人均月岗位补贴", "600", "元"), ("社会效益指标", "脱贫劳动力就业人数", "80", "人"), "x")
             if i[0] != "满意度指标"])]
    for n, (pname, amount, inds) in enumerate(two, 1):
        rows, merges = ind_rows(inds, "A")
        blocks += [("p", f"项目{n}：{pname}"),
                   ("t", [["项目名称", pname, "实施单位", "某镇人民政府"],
                          ["年度资金总额（万元）", amount, "其中：财政拨款", amount],
                          ["年度目标", f"2025年完成{pname}任务。", "", ""]], []),
                   ("t", rows, merges)]
    add("gs32_乡镇_docx_一文两项目.docx", "goal_sheet", blocks,
        layout="乡镇 docx：一个文件两个项目，各有表头和指标表", source=obs + SRC_BATANG, must=["GS-04"],
        must_not=minus(GS_MUST_NOT, "GS-04", "GS-01"), name=["2025年村级环境卫生保洁", "2025年农村公益性岗位补贴"],
        year=2025, total=None, rows=None, defect="第2个项目“农村公益性岗位补贴”服务对象明确但没有满意度指标",
        evidence={"GS-04": "公益性岗位"})

    # gs33 cost indicator above the requested budget
    inds = std_set(2025, ("改造提升农贸市场", "3", "个"), ("改造工程验收合格率", "100"),
                   ("改造工程总成本", "260", "万元"), ("社会效益指标", "市场食品安全快检覆盖率", "95", "%"), "商户及群众满意度")
    f = std_fields("2025年农贸市场改造提升", "县商务局", "县市场服务中心", "延续项目", "2025年度")
    add("gs33_县_成本指标超过预算_农贸市场.docx", "goal_sheet",
        goal_blocks("2025年度项目支出绩效目标申报表", f, funds_simple("180", [("其中：财政拨款", "180")]),
                    "", "完成3个农贸市场改造提升。", inds, "A:三级指标/年度目标值"),
        layout="简表（四列）；指标列名为“三级指标/年度目标值”", source=obs + SRC_QINGSHEN, must=["GS-13"], must_not=minus(GS_MUST_NOT, "GS-13"),
        name="2025年农贸市场改造提升", year=2025, total=180.0, rows=len(inds),
        defect="成本指标“改造工程总成本≤260万元”超过申请预算180万元")


def more_reports() -> None:
    # ea08 事前论证报告 with local section wording, clean
    secs = [("一、项目概况", "项目拟在县城新建应急物资储备库一座，申请县级财政资金380万元，预算年度2025年。"),
            ("二、论证工作情况", "县应急管理局会同县财政局组织专家，于2024年10月开展资料审查和现场踏勘。"),
            ("三、论证内容", ""),
            ("（一）项目实施的必要性", "现有储备点分散、容量不足，不能满足县级应急物资储备标准。"),
            ("（二）投入的经济性", "按建筑面积1200平方米、每平方米2500元测算土建300万元，货架及信息系统80万元，参照近两年同类工程结算价。"),
            ("（三）绩效目标的合理性", "储备物资品种不少于30类，应急物资调运响应时间不超过2小时，目标明确可考核。"),
            ("（四）实施方案的可行性", "用地已划拨，初步设计已批复，计划2025年3月开工、10月竣工。"),
            ("（五）筹资的合规性", "资金来源为县级一般公共预算，符合县级应急管理事权，不新增政府债务。"),
            ("四、论证结论", "综合评分88分，论证结论为予以支持，建议预算控制数380万元。"),
            ("五、有关建议", "工程结算以审计结果为准。")]
    add("ea08_县_事前论证报告_地方用语_应急物资库.docx", "appraisal_report",
        report("县级应急物资储备库建设项目事前论证报告", [("项目名称", "县级应急物资储备库建设"),
                                              ("论证单位", "县应急管理局、县财政局")], secs, cover=True,
               sign="论证组长：吴某    成员：郑某、冯某    {date}", date="2024年10月22日"),
        layout="事前论证报告：维度写作“项目实施的必要性/投入的经济性…”，结论为“论证结论”", source=SRC_HENAN,
        must=[], must_not=EA_MUST_NOT, name="县级应急物资储备库建设", year=2025, total=380.0, rows=None)

    # ea09 formal report without 绩效目标合理性
    secs = [("一、评估对象基本情况", "项目拟建设县域数字农业服务平台，申请资金240万元，预算年度2025年。"),
            ("二、评估工作开展情况", "采用资料审核、访谈和专家评议。"),
            ("三、综合评估情况与评估结论", ""), FIVE["nec"], FIVE["eco"],
            ("（三）实施方案可行性", FIVE["fea"][1]), ("（四）筹资合规性", FIVE["fund"][1]),
            ("（五）总体结论", "综合评分81分，予以支持，建议预算控制数240万元。"),
            ("四、相关建议", "分阶段验收。"), ("五、其他需要说明的问题", "无。")]
    add("ea09_第三方_缺绩效目标合理性_数字农业.docx", "appraisal_report",
        report("县域数字农业服务平台建设项目事前绩效评估报告", [("项目名称", "县域数字农业服务平台建设"),
                                                   ("项目单位", "县农业农村局"), ("申请资金", "240万元")], secs,
               date="2024年9月18日"),
        layout="第三方五章报告，漏写绩效目标合理性一节", source=SRC_HENAN, must=["EA-RPT-01"],
        must_not=minus(EA_MUST_NOT, "EA-RPT-01"), name="县域数字农业服务平台建设", year=2025, total=240.0, rows=None,
        defect="没有绩效目标合理性", evidence={"EA-RPT-01": "绩效目标"})


def more_tables() -> None:
    # mon05 monitoring with 完成目标可能性 and deviation categories, clean
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月实际完成值", "全年预计完成值", "完成目标可能性",
            "偏差原因（经费/制度/人员/硬件/其他）", "原因说明"]
    inds = [["产出指标", "数量指标", "培训基层农技人员", "≥300人次", "120人次", "300人次", "确定能", "其他",
             "培训集中在8-10月农闲时段"],
            ["产出指标", "质量指标", "培训考核合格率", "≥90%", "93%", "93%", "确定能", "", ""],
            ["产出指标", "时效指标", "培训完成时间", "10月底前", "进行中", "10月底前", "确定能", "", ""],
            ["产出指标", "成本指标", "人均培训费用", "≤600元", "580元", "590元", "确定能", "", ""],
            ["效益指标", "社会效益指标", "新技术推广面积", "≥5万亩", "2.2万亩", "5万亩", "有可能", "其他",
             "秋播期集中推广"],
            ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "94%", "94%", "确定能", "", ""]]
    rows = [["项目名称", "2024年基层农技推广体系建设", "主管部门", "县农业农村局", "", "", "", "", ""],
            ["年度预算（万元）", "18", "1-7月执行数（万元）", "9.4", "执行率", "52.2%", "", "", ""], head, *inds]
    add("mon05_县_监控表_完成可能性列_农技推广.xlsx", "monitoring_table",
        [("h", "2024年项目支出绩效目标执行监控表"), ("t", rows, [])],
        layout="监控表：完成目标可能性、偏差原因类别、原因说明三列", source=SRC_TAIYUAN, must=[], must_not=MON_MUST_NOT,
        name="2024年基层农技推广体系建设", year=2024, total=None, rows=6)

    # ev06 Sichuan-style self-evaluation with 指标性质/度量单位 and conclusion fields, clean
    rows = [["项目名称", "2023年残疾人两项补贴", "", "", "", "", "", "", ""],
            ["主管部门", "县残疾人联合会", "", "", "实施单位", "县残疾人联合会", "", "", ""],
            ["预算执行情况（10分）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", ""],
            ["总额", "412", "412", "404", "98.1%", "10", "9.8", "", ""],
            ["其中：财政资金", "412", "412", "404", "98.1%", "/", "/", "", ""],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"],
            ["产出指标", "数量指标", "困难残疾人生活补贴人数", "≥", "2100", "人", "2140", "20", "20"],
            ["产出指标", "质量指标", "补贴对象认定准确率", "=", "100", "%", "100", "15", "15"],
            ["产出指标", "时效指标", "补贴按月发放及时率", "≥", "98", "%", "97", "15", "14.8"],
            ["效益指标", "社会效益指标", "重度残疾人护理补贴覆盖率", "≥", "95", "%", "96", "30", "30"],
            ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", "90", "%", "86", "10", "9.6"],
            ["总分", "", "", "", "", "", "", "100", "99.2"],
            ["评价结论", "自评得分99.2分，等级为优。", "", "", "", "", "", "", ""],
            ["存在问题", "个别乡镇发放滞后，满意度未达到目标值。", "", "", "", "", "", "", ""],
            ["改进措施", "实行按月发放提醒，开展补贴政策入户宣传。", "", "", "", "", "", "", ""]]
    add("ev06_县_四川式自评表_性质单位分列_残疾人补贴.xlsx", "self_evaluation",
        [("h", "项目支出绩效自评表（2023年度）"), ("t", rows, [])],
        layout="一体化自评表：预算执行（年初/调整后/执行数/权重），指标性质、度量单位分列，评价结论/存在问题/改进措施三栏",
        source=SRC_QINGSHEN,
        must=[], must_not=EV_MUST_NOT, name="2023年残疾人两项补贴", year=2023, total=None, rows=5)

    # ev07 self-evaluation report in paragraphs, score/grade mismatch
    blocks = [("h", "县图书馆2024年度免费开放项目支出绩效自评报告"),
              ("p", "一、项目基本情况：2024年免费开放项目年初预算42万元，全年执行41.2万元，预算执行率98.1%。"),
              ("p", "二、绩效目标完成情况：全年开放天数310天（目标≥300天）；接待读者9.6万人次（目标≥10万人次）；"
                    "读者满意度93%（目标≥90%）。"),
              ("p", "三、自评结论：经对照指标逐项打分，项目自评得分91分，自评等级为良。"),
              ("p", "四、存在问题及改进措施：接待人次略低于目标，主要因馆舍维修闭馆一个月，下年将增加流动服务点。"),
              ("p", "县图书馆  2025年2月20日")]
    add("ev07_县_自评报告正文_分数等级不符_图书馆.docx", "self_evaluation", blocks,
        layout="自评报告正文：资金、目标完成、自评结论分段落", source=SRC_HONGHE, must=["EV-04"],
        must_not=minus(EV_MUST_NOT, "EV-04"), name=["2024年度免费开放", "免费开放", "县图书馆免费开放", "县图书馆2024年度免费开放"], year=2024, total=None, rows=None,
        defect="自评得分91分（优）却写等级为良")


def year_and_unit_variants() -> None:
    """Where the year comes from, amounts in 亿元, a half unit, goals only in 总体目标, two-sheet monitoring."""
    obs = "issue 13 的真实样式观察（无单页 URL）；版式参照 "
    # gs34 half unit "≤28.40/株"
    inds = [("产出指标", "数量指标", "城区行道树补植数量", "≥", "2600", "株"),
            ("产出指标", "质量指标", "补植苗木成活率", "≥", "92", "%"),
            ("产出指标", "时效指标", "补植完成时间", "≤", "2024年4月30日", ""),
            ("产出指标", "成本指标", "每株苗木采购成本", "≤", "28.40/株", ""),
            ("效益指标", "生态效益指标", "主干道行道树缺株率", "≤", "2", "%"),
            ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥", "88", "%")]
    f = std_fields("2024年城区行道树补植", "县城市管理局", "县园林绿化服务中心", "延续项目", "2024年度")
    add("gs34_县_单位半缺_行道树补植.docx", "goal_sheet",
        goal_blocks("2024年度项目支出绩效目标表", f, funds_simple("7.4", [("其中：财政拨款", "7.4")]),
                    "", "补植城区行道树2600株。", inds, "A"),
        layout="简表（四列），成本值写成“≤28.40/株”（缺“元”）", layout_class="四列简表", source=obs + SRC_QINGSHEN,
        must=["GS-05"], must_not=minus(GS_MUST_NOT, "GS-05"), name="2024年城区行道树补植", year=2024, total=7.4,
        rows=len(inds), defect="成本指标值“≤28.40/株”缺金额单位")

    # gs35 no year in the title; year only in 项目期限 written as 2024.01-2024.12, clean
    inds = std_set(2024, ("开展全民阅读活动", "60", "场"), ("活动方案审核通过率", "100"),
                   ("场均活动经费", "0.3", "万元"), ("社会效益指标", "参与阅读活动群众", "1.5", "万人次"), "参与群众满意度")
    f = std_fields("全民阅读推广活动", "县委宣传部", "县图书馆", "延续项目", "2024.01-2024.12")
    add("gs35_县_年度只在项目期限_全民阅读.docx", "goal_sheet",
        goal_blocks("项目支出绩效目标申报表", f, funds_simple("18", [("其中：财政拨款", "18")]),
                    "", "全年开展全民阅读活动60场。", inds, "A", footer="填报人：          联系电话："),
        layout="简表：表题无年度，项目期限写作“2024.01-2024.12”", layout_class="四列简表", source=obs + SRC_QINGSHEN,
        must=[], must_not=GS_MUST_NOT, name="全民阅读推广活动", year=2024, total=18.0, rows=len(inds))

    # gs36 year only in the file name, xlsx, clean
    inds = std_set(2025, ("农村客运班线补贴线路", "28", "条"), ("客运班线按计划发班率", "95"),
                   ("线均年补贴", "3.5", "万元"), ("社会效益指标", "建制村通客车率", "100", "%"), "沿线群众满意度")
    f = std_fields("农村客运班线运营补贴", "县交通运输局", "县道路运输服务中心", "延续项目", "一年")
    add("gs36_2025年_县_年度只在文件名_农村客运.xlsx", "goal_sheet",
        goal_blocks("项目支出绩效目标表", f, funds_simple("98", [("其中：财政拨款", "98")]),
                    "", "保障28条农村客运班线正常运营。", inds, "A", fmt="xlsx", footer="填报人："),
        layout="xlsx：表内无年份，只有文件名带“2025年”", layout_class="四列简表", source=obs + SRC_QINGSHEN,
        must=[], must_not=GS_MUST_NOT, name="农村客运班线运营补贴", year=2025, total=98.0, rows=len(inds))

    # gs37 total in 亿元, sources in 亿元 and 万元, and they do not add up
    inds = std_set(2025, ("新建改建农村公路", "150", "公里"), ("交工验收合格率", "100"),
                   ("每公里建设成本", "80", "万元"), ("社会效益指标", "较大人口规模自然村通硬化路比例", "98", "%"),
                   "沿线群众满意度")
    f = std_fields("2025年农村公路提档升级", "县交通运输局", "县农村公路建设中心", "延续项目", "2025年1月-12月")
    add("gs37_县_亿元与万元混用_资金不平_农村公路.docx", "goal_sheet",
        goal_blocks("2025年度项目支出绩效目标申报表", f,
                    [["项目资金", "年度资金总额", "1.2亿元"], ["", "其中：中央车购税资金", "0.8亿元"],
                     ["", "省级补助资金", "3000万元"]],
                    "", "新建改建农村公路150公里。", inds, "A"),
        layout="简表：总额以亿元、来源以亿元和万元填写", layout_class="四列简表", source=obs + SRC_QINGSHEN,
        must=["GS-02"], must_not=minus(GS_MUST_NOT, "GS-02"), name="2025年农村公路提档升级", year=2025,
        total=12000.0, rows=len(inds), defect="总额1.2亿元，来源合计1.1亿元（0.8亿元+3000万元）")

    # gs38 only an overall-goal cell (no 年度目标 row), one-year project, clean
    inds = std_set(2024, ("完成第五次全国经济普查入户登记单位", "5200", "个"), ("登记数据质量抽查差错率", "1"),
                   ("每个单位普查经费", "150", "元"), ("社会效益指标", "普查数据按期上报率", "100", "%"), "普查对象满意度")
    inds[1] = ("产出指标", "质量指标", "登记数据质量抽查差错率", "≤", "1", "%")
    f = std_fields("2024年第五次全国经济普查", "县统计局", "县普查中心", "延续项目", "2024年1月-2024年12月")
    blocks = goal_blocks("2024年度项目支出绩效目标申报表", f, funds_simple("78", [("其中：财政拨款", "78")]),
                         "", "", inds, "A")
    blocks.insert(3, ("t", [["总体目标", "2024年完成全县5200个单位的经济普查登记和数据上报。"]], []))
    add("gs38_县_只有总体目标栏_经济普查.docx", "goal_sheet", blocks,
        layout="简表：只有“总体目标”一栏（一年期项目），没有“年度目标”栏", layout_class="四列简表",
        source=obs + SRC_TEMPLATE, must=[], must_not=GS_MUST_NOT, name="2024年第五次全国经济普查", year=2024,
        total=78.0, rows=len(inds))

    # mon06 two worksheets (资金执行 / 指标完成), deviation without a reason
    money = [["项目名称", "2024年中小学教师周转宿舍运维"], ["年度预算数（万元）", "46"], ["1-7月执行数（万元）", "21.6"],
             ["预算执行率", "47%"]]
    mon_rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月实际完成值", "全年预计完成值", "偏差原因分析"],
            ["产出指标", "数量指标", "运维周转宿舍套数", "≥320套", "320套", "320套", ""],
            ["产出指标", "质量指标", "维修及时率", "≥95%", "80%", "85%", ""],
            ["产出指标", "成本指标", "套均年运维费用", "≤1400元", "680元", "1400元", ""],
            ["效益指标", "社会效益指标", "乡村教师住房保障率", "≥90%", "90%", "90%", ""],
            ["满意度指标", "服务对象满意度指标", "入住教师满意度", "≥90%", "84%", "86%", ""]]
    add("mon06_县_监控表_两张工作表_偏差无原因_周转宿舍.xlsx", "monitoring_table",
        [("sheet", "资金执行"), ("h", "2024年项目支出绩效运行监控表（资金）"), ("t", money, []),
         ("sheet", "指标完成"), ("h", "2024年项目支出绩效运行监控表（指标）"), ("t", mon_rows, [])],
        layout="监控表分两张工作表：资金执行一张、指标完成一张；维修及时率和满意度预计不达标，原因未填",
        layout_class="监控表", source=SRC_TAIYUAN, must=["MON-03"], must_not=minus(MON_MUST_NOT, "MON-03"),
        name="2024年中小学教师周转宿舍运维", year=2024, total=None, rows=5,
        defect="两项指标全年预计不达标，偏差原因一栏空白")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    goal_sheets()
    reports()
    monitoring()
    self_evaluation()
    more_goal_sheets()
    more_reports()
    more_tables()
    year_and_unit_variants()
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for d in DOCS:
            render(d.pop("_blocks"), HERE / d["file"])
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} documents written to {OUT}")


if __name__ == "__main__":
    main()
