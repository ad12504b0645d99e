"""Generate the blind held-out set heldout9: "dirty exports" of goal sheets, monitoring and self-evaluation tables.

Every document imitates the layout facts of a real public page (named in the label's ``source``) after it went
through a PDF/Excel/Word export: words broken inside cells, thousands separators and full-width digits, amounts
in 元, a separate column for the unit, 续表 with repeated headers, page headers/footers inside the table, blank
rows and split merged cells, range or text values, the goal table on the second worksheet, long instructions or
stamp lines before the table. Projects, units and amounts are invented. Writes ``files/`` and ``labels.jsonl``.

    python corpus/eval/heldout9/make_docs.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_render import render, to_xlsx  # noqa: E402

FILES = HERE / "files"
Block = tuple[Any, ...]

# ---------------------------------------------------------------- sources (facts only, see README)
S_JIA = "docx.baby/p/20793843881926.html（佳县申报表：填报单位（盖章）、年度栏、表后填报说明）"
S_RENREN = "renrendoc.com/p-79401991.html（申报表填报说明逐条列示）"
S_HS = ("hsgyyc.com/xwdt_10201/gsgg_10206/201908/t20190821_663302.html（黄石监控表导出：一级指标竖排成“产 出 指 标”、"
        "表头“半年度 指标执行情况”断行、空行、“□ √”）")
S_EZ = "desk33.com/d-245426.html（鄂州目标表导出文字：“>92%”“292%”“重.要”，值与单位粘连）"
S_YYL = ("monopolymediamarketing.com/21487/21535/21748/21750/21907/content_2062100.html（岳阳楼区目标表：带*表头、"
         "指标值类型列、计量单位单列、“按月安排”“应保尽保”这类文字值）")
S_TX = "anthempetcare.com/upload_cz/download?id=502364&siteId=2（池州棠溪镇自评表：文档元数据混入正文、“≥100百分比”）"
S_DQ = "m.zixin.com.cn/doc/3995614.html（大庆申报表预览：“第1页 / 共3页”页码、“——”占位、“*”栏）"
S_DY = "dyrmt.com/article-132779-22.html（自评表存在问题、改进措施写“暂无”）"

GS_MUST_NOT = ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-07", "GS-10", "GS-13", "GS-15", "GS-16"]
MON_MUST_NOT = ["MON-01", "MON-02", "MON-03"]
EV_MUST_NOT = ["EV-01", "EV-02", "EV-04", "EV-05"]

FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def fw(s: str) -> str:
    """Full-width digits, point and percent sign, as typed with a Chinese input method."""
    return s.translate(FW)


def yuan(wan: float) -> str:
    """An amount in 万元 written in 元 with thousands separators (1,234,560.00)."""
    return f"{wan * 10000:,.2f}"


def wan(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else f"{int(x)}"


def money(x: float, unit: str) -> str:
    return yuan(x) if unit == "元" else wan(x)


# indicator: (一级, 二级, 三级, sign, number-or-text, unit, split)
Ind = tuple[str, str, str, str, str, str, bool]


def ind(l1: str, l2: str, name: str, sign: str, num: str, unit: str = "", split: bool = False) -> Ind:
    return (l1, l2, name, sign, num, unit, split)


def joined(i: Ind, full_width: bool = False) -> str:
    """The value as one cell: sign, number and unit together; `split` breaks it after the sign (“≥/95%”)."""
    _, _, _, sign, num, unit, split = i
    if sign == "定性":
        return num
    v = num + unit
    v = fw(v) if full_width else v
    return f"{sign}\n{v}" if split else f"{sign}{v}"


def grouped(rows: list[list[str]], cols: tuple[int, ...]) -> list[list[str]]:
    """Replace a repeated 一级/二级 label by "^" (merged with the cell above)."""
    out: list[list[str]] = []
    for k, r in enumerate(rows):
        r = list(r)
        for c in cols:
            if k and rows[k - 1][c] == r[c] and all(rows[k - 1][d] == r[d] for d in cols if d < c):
                r[c] = "^"
        out.append(r)
    return out


def pdf_safe(blocks: list[Block]) -> list[Block]:
    """Line breaks inside cells become <br/> for the pdf renderer (reportlab paragraphs)."""
    out: list[Block] = []
    for b in blocks:
        if b[0] == "t":
            rows = [[c.replace("\n", "<br/>") for c in r] for r in b[1]]
            out.append(("t", rows, *b[2:]))
        else:
            out.append((b[0], b[1].replace("\n", "<br/>")))
    return out


LABELS: list[dict[str, Any]] = []


def emit(name: str, blocks: list[Block], label: dict[str, Any], sheets: list[list[Block]] | None = None,
         names: list[str] | None = None) -> None:
    path = FILES / name
    if path.suffix == ".xlsx" and sheets:
        to_xlsx([], path, sheets=sheets, names=names)
    elif path.suffix == ".pdf":
        render(pdf_safe(blocks), path)
    else:
        render(blocks, path)
    label = {"file": f"files/{name}", **label}
    label.setdefault("evidence", {})
    label.setdefault("indicator_rows_long", 0)
    LABELS.append(label)


def gs_label(p: dict[str, Any], layout_class: str, layout: str, source: str, defect: str, must: list[str],
             drop: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"kind": "goal_sheet", "layout_class": layout_class, "layout": layout, "source": source, "defect": defect,
            "must": must, "must_not": [r for r in GS_MUST_NOT if r not in drop], "project_name": p["name"],
            "fiscal_year": p["year"], "total_funds_wan": p["total"], "indicator_rows": len(p["inds"])}


# ================================================================ goal sheets: data
def p_gs01() -> dict[str, Any]:
    return {
        "name": "2025年高标准农田建后管护项目", "year": 2025, "dept": "某县农业农村局", "impl": "某县农田建设服务中心",
        "attr": "延续项目", "period": "2025年1月—2025年12月", "total": 186.5,
        "sources": [("其中：财政拨款", 160.0), ("上年结转", 26.5), ("其他资金", 0.0)],
        "target": "对全县已建成的3.2万亩高标准农田开展日常管护，修复损毁的灌排设施和田间道路，保持工程正常运行，"
                  "稳定项目区粮食产能。",
        "inds": [
            ind("产出指标", "数量指标", "管护高标准农田面积", "≥", "3.2", "万亩"),
            ind("产出指标", "数量指标", "修复损毁灌排设施", "≥", "45", "处"),
            ind("产出指标", "质量指标", "管护设施完好率", "≥", "95", "%", True),
            ind("产出指标", "时效指标", "年度管护任务完成时间", "≤", "2025年11月30日", ""),
            ind("产出指标", "成本指标", "每亩年度管护成本", "≤", "58", "元/亩"),
            ind("效益指标", "经济效益指标", "项目区粮食亩产", "定性", "不低于上年"),
            ind("效益指标", "社会效益指标", "项目区灌溉保证率", "≥", "85", "%"),
            ind("效益指标", "可持续影响指标", "建后管护机制持续运行", "≥", "3", "年"),
            ind("满意度指标", "服务对象满\n意度指标", "受益农户满意\n度", "≥", "90", "%", True),
        ],
    }


def p_gs02() -> dict[str, Any]:
    return {
        "name": "2025年农村供水工程维修养护项目", "year": 2025, "dept": "某县水利局", "impl": "某县农村供水管理站",
        "attr": "延续项目", "period": "2025年3月—2025年11月", "total": 248.0,
        "sources": [("其中：财政拨款", 200.0), ("上年结转", 0.0), ("其他资金", 38.0)],
        "target": "对全县62处集中供水工程开展维修养护，更换老化管网和净化消毒设备，保障农村群众饮水安全。",
        "inds": [
            ind("产出指标", "数量指标", "维修养护集中供水工程", "≥", "62", "处"),
            ind("产出指标", "数量指标", "更换老化供水管网", "≥", "18", "公里"),
            ind("产出指标", "质量指标", "出厂水水质达标率", "≥", "95", "%", True),
            ind("产出指标", "时效指标", "维修养护完成时间", "≤", "2025年11月30日", ""),
            ind("产出指标", "成本指标", "项目总成本", "≤", "230", "万元"),
            ind("效益指标", "社会效益指标", "农村自来水普及率", "≥", "92", "%"),
            ind("效益指标", "可持续影响指标", "工程正常运行年限", "≥", "5", "年"),
            ind("满意度指标", "服务对象满\n意度指标", "受益群众满意\n度", "≥", "90", "%", True),
        ],
    }


INSTRUCTIONS = [
    "填报说明：",
    "一、本表由项目实施单位在编报年度部门预算时填写，经主管部门审核并加盖公章后，随预算申请一并报送县财政局。"
    "未按要求填报绩效目标的项目，原则上不安排预算。",
    "二、“项目属性”填写新增项目或延续项目；“项目期限”填写项目计划开始和完成的年月。",
    "三、“项目资金”按资金来源分别填列，资金总额应当等于财政拨款、上年结转和其他资金之和，金额单位为万元，保留两位小数。",
    "四、“年度绩效目标”概括说明本年度预期达到的产出和效果，应当与绩效指标相互对应，不得简单罗列工作内容。",
    "五、绩效指标一般包括产出指标、效益指标和满意度指标。定量指标应当写明比较符号、指标值和计量单位；"
    "定性指标应当可以分级评判；时效指标的完成时间应当在预算年度之内。",
    "六、本表一式三份，填报单位、主管部门、县财政局各留存一份。",
]


def blocks_stamp_docx(p: dict[str, Any]) -> list[Block]:
    """Layout A: a long instruction text and a stamp line before the table (docx), 万元, broken words in cells."""
    rows: list[list[str]] = [
        ["项目名称", p["name"], "<", "<", "<", "<"],
        ["主管部门", p["dept"], "<", "实施单位", p["impl"], "<"],
        ["项目属性", p["attr"], "<", "项目期限", p["period"], "<"],
        ["项目资金\n（万元）", "资金总额", money(p["total"], "万元"), "<", "<", "<"],
    ]
    for lab, amt in p["sources"]:
        rows.append(["^", lab, money(amt, "万元") if amt else "", "<", "<", "<"])
    rows.append(["年度绩效\n目标", p["target"], "<", "<", "<", "<"])
    rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"])
    body = [["^", i[0], i[1], i[2], joined(i), ""] for i in p["inds"]]
    rows += grouped(body, (1, 2))
    return [
        ("p", "附件3"),
        ("h", f"某县{p['year']}年度项目支出绩效目标申报表"),
        *[("p", t) for t in INSTRUCTIONS],
        ("p", f"填报单位（盖章）：{p['dept']}　　　　　　填报日期：{p['year'] - 1}年12月20日　　　　　　单位：万元"),
        ("t", rows),
        ("p", "单位负责人（签字）：　　　　　　财务负责人（签字）：　　　　　　填报人："),
        ("p", "主管部门审核意见：　　　　　　　　　　（盖章）　　　年　　月　　日"),
    ]


def p_gs03() -> dict[str, Any]:
    return {
        "name": "2025年城区公厕保洁运维项目", "year": 2025, "dept": "某区城市管理局", "impl": "某区环境卫生管理所",
        "attr": "延续项目", "period": "2025年1月1日至2025年12月31日", "total": 126.8,
        "sources": [("区级财政拨款", 126.8), ("其他资金", 0.0)],
        "target": "做好城区86座公厕的日常保洁、设施维修和耗材补充，公厕开放时间不少于每日16小时，群众如厕环境保持整洁。",
        "detail": [("公厕保洁服务外包", "86座", "12,000.00", 103.2), ("设施维修", "1项", "156,000.00", 15.6),
                   ("保洁耗材", "1批", "80,000.00", 8.0)],
        "inds": [
            ind("产出指标", "数量指标", "保洁公厕数量", "=", "86", "座"),
            ind("产出指标", "数量指标", "每日开放时长", "≥", "16", "小时"),
            ind("产出指标", "质量指标", "公厕保洁考核合格率", "≥", "95", "%"),
            ind("产出指标", "时效指标", "设施故障修复时限", "≤", "48", "小时"),
            ind("产出指标", "成本指标", "单座公厕年度保洁费", "≤", "1.2", "万元"),
            ind("效益指标", "社会效益指标", "公厕环境问题投诉办结率", "=", "100", "%"),
            ind("效益指标", "生态效益指标", "公厕粪污规范处置率", "=", "100", "%"),
            ind("满意度指标", "服务对象满意度指标", "市民如厕满意度", "≥", "90", "%"),
        ],
    }


def p_gs04() -> dict[str, Any]:
    return {
        "name": "2025年城乡居民健康体检项目", "year": 2025, "dept": "某县卫生健康局", "impl": "某县疾病预防控制中心",
        "attr": "新增项目", "period": "2025年3月至2025年10月", "total": 86.0,
        "sources": [("财政拨款", 86.0), ("其他资金", 0.0)],
        "target": "为全县65岁以上老年人和重点人群提供一次免费健康体检，建立和更新健康档案，对体检异常人员开展随访。",
        "inds": [
            ind("产出指标", "数量指标", "完成健康体检人数", "≥", "7,800", "人"),
            ind("产出指标", "质量指标", "体检报告规范率", "≥", "95", "%"),
            ind("产出指标", "时效指标", "体检工作完成时间", "≤", "2025年10月31日", ""),
            ind("产出指标", "成本指标", "项目总成本", "≤", "920,000", "元"),
            ind("效益指标", "社会效益指标", "体检异常人员随访率", "≥", "90", "%"),
            ind("效益指标", "可持续影响指标", "健康档案动态更新率", "≥", "85", "%"),
            ind("满意度指标", "服务对象满意度指标", "体检对象满意度", "≥", "90", "%"),
        ],
    }


def sheet2_goal(p: dict[str, Any], unit: str, area: str) -> list[Block]:
    """Layout B, sheet 2: an 一体化-style goal table with 指标性质 / 指标值 / 度量单位 columns."""
    rows: list[list[str]] = [
        ["项目名称", p["name"], "<", "<", "<", "<"],
        ["主管部门", p["dept"], "<", "实施单位", p["impl"], "<"],
        ["项目属性", p["attr"], "<", "项目期限", p["period"], "<"],
        [f"项目资金（{unit}）", "资金总额", money(p["total"], unit), "<", "<", "<"],
    ]
    for lab, amt in p["sources"]:
        rows.append(["^", lab, money(amt, unit), "<", "<", "<"])
    rows.append(["年度绩效目标", p["target"], "<", "<", "<", "<"])
    rows.append(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"])
    body = []
    for i in p["inds"]:
        sign = i[3] if i[3] != "定性" else "定性"
        body.append([i[0], i[1], i[2], sign, i[4], i[5]])
    rows += grouped(body, (0, 1))
    return [("p", f"{area}{p['year']}年项目支出绩效目标表"), ("p", f"金额单位：{unit}"), ("t", rows)]


def p_gs05() -> dict[str, Any]:
    return {
        "name": "2025年家庭医生签约服务县级补助项目", "year": 2025, "dept": "某县卫生健康局", "impl": "某县各乡镇卫生院",
        "attr": "延续项目", "period": "2025年1月—2025年12月", "total": 345.6,
        "sources": [("其中：财政拨款", 300.0), ("上年结转", 45.6)],
        "target": "对签约服务的家庭医生团队按签约人数和履约考核结果给予补助，重点人群签约服务覆盖率保持在75%以上，"
                  "提高签约服务质量。",
        "basis": "《某县家庭医生签约服务实施方案》；上年签约重点人群4.1万人。",
        "content": "按每名签约重点人群每年补助80元的标准，对全县18个乡镇卫生院的家庭医生团队给予补助，"
                   "补助资金与履约考核结果挂钩。",
        "inds": [
            ind("产出指标", "数量指标", "签约服务重点人群人数", "≥", "4.2", "万人"),
            ind("产出指标", "数量指标", "家庭医生团队数量", "≥", "96", "个"),
            ind("产出指标", "数量指标", "开展履约考核次数", "≥", "2", "次"),
            ind("产出指标", "质量指标", "重点人群签约服务覆盖率", "≥", "75", "%"),
            ind("产出指标", "质量指标", "履约考核合格率", "≥", "90", "%"),
            ind("产出指标", "时效指标", "补助资金拨付时间", "≤", "2025年12月15日", ""),
            ind("产出指标", "成本指标", "每人每年补助标准", "≤", "80", "元"),
            ind("效益指标", "社会效益指标", "高血压患者规范管理率", "≥", "65", "%"),
            ind("效益指标", "社会效益指标", "糖尿病患者规范管理率", "≥", "65", "%"),
            ind("效益指标", "可持续影响指标", "签约服务长效机制", "定性", "持续运行"),
            ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", "90", "%"),
            ind("满意度指标", "服务对象满意度指标", "家庭医生满意度", "≥", "85", "%"),
        ],
    }


def p_gs06() -> dict[str, Any]:
    return {
        "name": "2025年中心敬老院适老化改造项目", "year": 2025, "dept": "某县民政局", "impl": "某县中心敬老院",
        "attr": "新增项目", "period": "2025年3月—2025年12月", "total": 278.0,
        "sources": [("其中：财政拨款", 230.0), ("上年结转", 48.0)],
        "target": "对中心敬老院2栋居住楼实施适老化改造，加装无障碍设施和紧急呼叫系统，改善入住老人居住条件。",
        "basis": "《某县养老服务体系建设实施方案》；敬老院房屋安全鉴定报告。",
        "content": "改造居住楼2栋、建筑面积4600平方米，加装电梯2部、扶手和防滑地面，建设紧急呼叫系统1套。",
        "inds": [
            ind("产出指标", "数量指标", "改造居住楼栋数", "=", "2", "栋"),
            ind("产出指标", "数量指标", "改造建筑面积", "≥", "4600", "平方米"),
            ind("产出指标", "数量指标", "加装电梯数量", "=", "2", "部"),
            ind("产出指标", "质量指标", "工程验收合格率", "=", "100", "%"),
            ind("产出指标", "时效指标", "项目开工时间", "≤", "2025年5月31日", ""),
            ind("产出指标", "时效指标", "项目竣工验收时间", "≤", "2026年4月30日", ""),
            ind("产出指标", "成本指标", "改造每平方米成本", "≤", "600", "元"),
            ind("效益指标", "社会效益指标", "可入住床位数", "≥", "180", "张"),
            ind("效益指标", "可持续影响指标", "改造设施使用年限", "≥", "15", "年"),
            ind("满意度指标", "服务对象满意度指标", "入住老人满意度", "≥", "90", "%"),
            ind("满意度指标", "服务对象满意度指标", "老人家属满意度", "≥", "90", "%"),
        ],
    }


def blocks_cont_pdf(p: dict[str, Any], first: int) -> list[Block]:
    """Layout C: a 元 table split over two pages with 续表, the header repeated and the page numbers between."""
    w = 5
    head: list[list[str]] = [
        ["项目名称", p["name"], "<", "<", "<"],
        ["主管部门", p["dept"], "实施单位", p["impl"], "<"],
        ["项目属性", p["attr"], "项目期限", p["period"], "<"],
        ["项目资金\n（元）", "年度资金总额", yuan(p["total"]), "<", "<"],
    ]
    for lab, amt in p["sources"]:
        head.append(["^", lab, yuan(amt), "<", "<"])
    head += [["立项依据", p["basis"], "<", "<", "<"], ["实施内容", p["content"], "<", "<", "<"],
             ["年度绩效目标", p["target"], "<", "<", "<"]]
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "指标值设定依据"]
    body = [[i[0], i[1], i[2], joined(i), "计划标准" if k % 2 else "历史标准"] for k, i in enumerate(p["inds"])]
    part1, part2 = grouped(body[:first], (0, 1)), grouped(body[first:], (0, 1))
    part2[0][0] = ""  # the merged 一级 cell printed only on page 1: blank on the continuation page
    assert all(len(r) == w for r in head + part1 + part2)
    return [
        ("h", f"某县{p['year']}年部门预算项目支出绩效目标表"),
        ("p", f"部门名称：{p['dept']}　　　　　　　　　　　　金额单位：元"),
        ("t", [*head, hdr, *part1]),
        ("p", "第 1 页，共 2 页"),
        ("p", f"某县{p['year']}年部门预算项目支出绩效目标表（续表）"),
        ("t", [hdr, *part2, ["填报人：", "<", "审核人：", "填报日期：", "<"]]),
        ("p", "第 2 页，共 2 页"),
    ]


def p_gs07() -> dict[str, Any]:
    return {
        "name": "2025年农村公路日常养护项目", "year": 2025, "dept": "某镇人民政府", "impl": "某镇农业农村综合服务中心",
        "attr": "延续项目", "total": 158.0, "sources": [("其中：财政拨款", 158.0), ("其他资金", 0.0)],
        "target": "对全镇126公里农村公路开展日常养护和路面修补，及时清理塌方和边沟，保持路况良好、通行安全。",
        "inds": [
            ind("产 出 指 标", "数量指标", "日常养护里程", "≥", "126", "公里", True),
            ind("产 出 指 标", "数量指标", "路面坑槽修补面积", "≥", "3,500", "平方米", True),
            ind("产 出 指 标", "质量指标", "农村公路优良中等路率", "≥", "80", "%"),
            ind("产 出 指 标", "时效指标", "塌方清理时限", "≤", "24", "小时"),
            ind("产 出 指 标", "成本指标", "每公里年度养护成本", "≤", "12,500", "元"),
            ind("效 益 指 标", "社会效益指标", "农村公路安全通行保障率", "≥", "98", "%"),
            ind("效 益 指 标", "可持续影响指标", "路产路权完好率", "≥", "95", "%"),
            ind("满 意 度 指 标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", True),
        ],
    }


def p_gs08() -> dict[str, Any]:
    return {
        "name": "2025年镇区生活垃圾转运项目", "year": 2025, "dept": "某镇人民政府", "impl": "某镇环境卫生服务站",
        "attr": "延续项目", "total": 96.0, "sources": [("其中：财政拨款", 96.0), ("其他资金", 0.0)],
        "target": "对镇区和14个行政村的生活垃圾实行日产日清，转运至县垃圾处理场无害化处理，保持村容镇貌整洁。",
        "inds": [
            ind("产 出 指 标", "数量指标", "覆盖行政村数量", "=", "14", "个", True),
            ind("产 出 指 标", "数量指标", "年度转运生活垃圾量", "", "", "吨"),
            ind("产 出 指 标", "质量指标", "生活垃圾无害化处理率", "=", "100", "%"),
            ind("产 出 指 标", "时效指标", "垃圾清运频次", "≥", "1", "次/日"),
            ind("产 出 指 标", "成本指标", "每吨转运成本", "≤", "145", "元"),
            ind("效 益 指 标", "生态效益指标", "镇区垃圾乱堆乱放点清理率", "=", "100", "%"),
            ind("效 益 指 标", "可持续影响指标", "村收集、镇转运机制运行", "≥", "3", "年"),
            ind("满 意 度 指 标", "服务对象满意度指标", "镇村群众满意度", "≥", "90", "%", True),
        ],
    }


def rows_pdf2xlsx(p: dict[str, Any], first: int, area: str) -> list[list[str]]:
    """Layout D: a PDF table converted to Excel. Merged cells come apart (label in the first cell, blanks or
    spaces in the rest), page header/footer lines and 续表 land in the grid, blank rows remain. No merges."""
    title = f"{area}{p['year']}年度项目支出绩效目标表"
    rows: list[list[str]] = [
        ["附件2", "", "", "", "", ""],
        [title, "", "", "", "", ""],
        ["", "", "", "", "", "单位：元"],
        ["项目名称", p["name"], " ", " ", " ", " "],
        ["主管部门", p["dept"], " ", "实施单位", p["impl"], " "],
        ["项目属性", p["attr"], " ", "项目期限", f"{p['year']}年1月至{p['year']}年12月", " "],
        ["项目资金", "年度资金总额", yuan(p["total"]), " ", " ", " "],
    ]
    for lab, amt in p["sources"]:
        rows.append([" ", lab, yuan(amt), " ", " ", " "])
    rows.append(["年度绩效目标", p["target"], " ", " ", " ", " "])
    rows.append(["", "", "", "", "", ""])
    hdr = ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"]
    body: list[list[str]] = []
    prev = ("", "")
    for i in p["inds"]:
        v = "" if not i[4] else (f"{i[3]}\n{i[4]}" if i[6] else f"{i[3]}{i[4]}")
        body.append([i[0] if i[0] != prev[0] else " ", i[1] if (i[0], i[1]) != prev else " ", i[2], v, i[5], ""])
        prev = (i[0], i[1])
    cont = body[first]
    cont[0] = " "  # the split 一级 label is not repeated after the page break
    rows += [hdr, *body[:first], ["", "", "", "", "", ""], ["第 1 页，共 2 页", "", "", "", "", ""],
             [title + "（续表）", "", "", "", "", ""], hdr, *body[first:], ["", "", "", "", "", ""],
             ["填报人：", "", "联系电话：", "", "填报日期：", ""], ["第 2 页，共 2 页", "", "", "", "", ""]]
    return rows


def p_gs09() -> dict[str, Any]:
    return {
        "name": "2026年公共文化场馆免费开放项目", "year": 2026, "dept": "某市文化广电旅游局", "impl": "某市图书馆、某市文化馆",
        "attr": "延续项目", "period": "2026年1月—2026年12月", "total": 120.0,
        "sources": [("其中：财政拨款", 100.0), ("上年结转", 20.0), ("其他资金", 0.0)],
        "target": "保障市图书馆、文化馆免费开放，全年开展公益讲座、展览和培训活动，年接待读者和群众不低于上年水平。",
        "inds": [
            ind("产出指标", "数量指标", "开展公益讲座和培训", "≥", "120", "场"),
            ind("产出指标", "数量指标", "举办公益展览", "≥", "24", "期"),
            ind("产出指标", "数量指标", "年接待读者和群众人次", "定性", "不低于上年（上年18.6万人次）"),
            ind("产出指标", "质量指标", "图书外借流通率", "", "90%-95%", ""),
            ind("产出指标", "时效指标", "免费开放活动完成时间", "定性", "按期完成"),
            ind("产出指标", "成本指标", "每场公益活动平均成本", "≤", "3,500", "元"),
            ind("效益指标", "社会效益指标", "公共文化服务覆盖率", "≥", "95", "%"),
            ind("效益指标", "可持续影响指标", "免费开放机制运行", "定性", "长期稳定运行"),
            ind("满意度指标", "服务对象满意度指标", "读者和群众满意度", "≥", "95", "%"),
        ],
    }


def p_gs10() -> dict[str, Any]:
    return {
        "name": "2026年中小学教室照明改造项目", "year": 2026, "dept": "某市教育局", "impl": "某市教育装备管理中心",
        "attr": "新增项目", "period": "2026年3月—2026年9月", "total": 268.0,
        "sources": [("其中：财政拨款", 268.0), ("上年结转", 0.0), ("其他资金", 0.0)],
        "target": "对市直12所中小学的420间教室实施照明改造，教室照度和眩光指标达到国家标准，改造工作在暑假期间完成。",
        "inds": [
            ind("产出指标", "数量指标", "改造教室数量", "≥", "420", "间"),
            ind("产出指标", "数量指标", "涉及学校数量", "=", "12", "所"),
            ind("产出指标", "质量指标", "改造教室照度达标率", "≥", "105", "%"),
            ind("产出指标", "时效指标", "改造完成时间", "定性", "暑假期间按期完成"),
            ind("产出指标", "成本指标", "每间教室改造成本", "≤", "6,300", "元"),
            ind("效益指标", "社会效益指标", "学生近视新发率", "", "较上年下降0.5-1个百分点", ""),
            ind("效益指标", "可持续影响指标", "照明设备使用寿命", "≥", "8", "年"),
            ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥", "90", "%"),
        ],
    }


def blocks_fullwidth_docx(p: dict[str, Any]) -> list[Block]:
    """Layout E: full-width digits in amounts and values, range values and text values (docx)."""
    rows: list[list[str]] = [
        ["项目名称", p["name"], "<", "<", "<"],
        ["主管部门", p["dept"], "<", "实施单位", p["impl"]],
        ["项目属性", p["attr"], "<", "项目期限", fw(p["period"])],
        ["资金情况\n（万元）", "资金总额", fw(money(p["total"], "万元")), "<", "<"],
    ]
    for lab, amt in p["sources"]:
        rows.append(["^", lab, fw(money(amt, "万元")) if amt else "—", "<", "<"])
    rows.append(["年度绩效目标", p["target"], "<", "<", "<"])
    rows.append(["一级指标", "二级指标", "三级指标", "指标值", "备注"])
    body = []
    for i in p["inds"]:
        v = fw(i[4]) if i[3] in ("", "定性") else i[3] + fw(i[4] + i[5])
        body.append([i[0], i[1], i[2], v, ""])
    rows += grouped(body, (0, 1))
    return [("h", f"某市{fw(str(p['year']))}年度市级项目支出绩效目标表"), ("t", rows),
            ("p", "填报人：　　　　　　联系电话：　　　　　　填报日期：" + fw(f"{p['year'] - 1}年11月28日"))]


def p_gs11() -> dict[str, Any]:
    return {
        "name": "2025年中小学课后服务补助项目", "year": 2025, "dept": "某区教育局", "impl": "某区各公办中小学",
        "attr": "延续项目", "period": "2025年", "total": 356.4,
        "sources": [("区级财政资金", 300.0), ("上级补助资金", 56.4)],
        "target": "对开展课后服务的38所公办中小学按学生人数给予补助，课后服务学校覆盖率100%，有需求的学生应参尽参。",
        "inds": [
            ind("产出指标", "数量指标", "开展课后服务学校", "=", "38", "所"),
            ind("产出指标", "数量指标", "参加课后服务学生人数", "≥", "2.1", "万人"),
            ind("产出指标", "质量指标", "课后服务学校覆盖率", "=", "100", "%"),
            ind("产出指标", "时效指标", "补助资金拨付", "定性", "按学期拨付"),
            ind("产出指标", "成本指标", "生均补助标准", "≤", "80", "元/学期"),
            ind("效益指标", "社会效益指标", "有需求学生参与率", "≥", "95", "%"),
            ind("效益指标", "社会效益指标", "家长接送难问题", "定性", "基本解决"),
            ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥", "90", "%"),
        ],
    }


def p_gs12() -> dict[str, Any]:
    return {
        "name": "2025年社区居家养老服务站运营补助项目", "year": 2025, "dept": "某区民政局", "impl": "某区各街道办事处",
        "attr": "延续项目", "period": "2025年", "total": 192.0,
        "sources": [("区级财政资金", 150.0), ("上级补助资金", 42.0)],
        "target": "已完成全区24个社区居家养老服务站的运营补助发放，服务站全部正常运营，全年为老年人提供助餐、"
                  "助洁等上门服务3.6万人次，老年人满意度达到96%。",
        "inds": [
            ind("产出指标", "数量指标", "补助居家养老服务站", "=", "24", "个"),
            ind("产出指标", "数量指标", "提供上门服务人次", "≥", "3.6", "万人次"),
            ind("产出指标", "质量指标", "服务站运营考核合格率", "≥", "95", "%"),
            ind("产出指标", "时效指标", "补助资金发放", "定性", "按季度发放"),
            ind("产出指标", "成本指标", "每站年度运营补助", "≤", "8", "万元"),
            ind("效益指标", "社会效益指标", "社区老年人助餐服务覆盖率", "≥", "60", "%"),
            ind("效益指标", "可持续影响指标", "服务站持续运营", "定性", "长期运营"),
            ind("满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥", "90", "%"),
        ],
    }


def blocks_pctcol_pdf(p: dict[str, Any]) -> list[Block]:
    """Layout F: starred headers, an 指标值类型 column and the unit (“%”) in its own column under *指标值."""
    rows: list[list[str]] = [
        ["*项目名称", p["name"], "<", "<", "<", "<", "<"],
        ["*主管部门", p["dept"], "<", "<", "*实施单位", p["impl"], "<"],
        ["*项目属性", p["attr"], "<", "<", "*项目期限", p["period"], "<"],
        ["*资金总额（万元）", money(p["total"], "万元"), "<", "<", "<", "<", "<"],
    ]
    for lab, amt in p["sources"]:
        rows.append([f"其中：{lab}", money(amt, "万元"), "<", "<", "<", "<", "<"])
    rows.append(["*年度绩效目标", p["target"], "<", "<", "<", "<", "<"])
    rows.append(["一级指标", "二级指标", "三级指标", "指标值类型", "*指标值", "<", "*指标解释"])
    body = []
    for i in p["inds"]:
        if i[3] == "定性":
            body.append([i[0], i[1], i[2], "定性", i[4], "", f"反映{i[2]}情况"])
        else:
            body.append([i[0], i[1], i[2], "定量", i[3] + i[4], i[5], f"反映{i[2]}情况"])
    rows += grouped(body, (0, 1))
    return [("h", f"某区{p['year']}年部门预算项目绩效目标表"), ("p", f"单位名称：{p['dept']}"), ("t", rows, 0)]


def p_gs13() -> dict[str, Any]:
    return {
        "name": "2025年特困供养服务机构运营补助项目", "year": 2025, "dept": "某县民政局", "impl": "某县各乡镇敬老院",
        "attr": "延续项目", "period": "2025年1月—12月", "total": 212.0,
        "sources": [("财政拨款", 180.0), ("上年结转", 32.0)],
        "target": "保障全县9所乡镇敬老院正常运转，为集中供养特困人员提供生活照料、基本医疗和精神慰藉服务。",
        "inds": [
            ind("产\n出\n指\n标", "数量指标", "集中供养特困人员", "≥", "420", "人"),
            ind("产\n出\n指\n标", "数量指标", "补助乡镇敬老院", "=", "9", "所"),
            ind("产\n出\n指\n标", "质量指标", "敬老院消防安全检查合格率", "=", "100", "%"),
            ind("产\n出\n指\n标", "时效指标", "运营补助拨付时间", "≤", "2025年12月20日", ""),
            ind("产\n出\n指\n标", "成本指标", "人均年度运营补助", "≤", "5,000", "元"),
            ind("效\n益\n指\n标", "社会效益指标", "特困人员基本生活保障率", "=", "100", "%"),
            ind("效\n益\n指\n标", "可持续影响指标", "敬老院持续运营", "定性", "长期稳定"),
            ind("满\n意\n度\n指\n标", "服务对象满意度指标", "集中供养人员满意度", "≥", "90", "%"),
        ],
    }


def p_gs14() -> dict[str, Any]:
    return {
        "name": "2025年基层农技推广服务项目", "year": 2025, "dept": "某县农业农村局", "impl": "某县农业技术推广中心",
        "attr": "延续项目", "period": "2025年1月—12月", "total": 64.0,
        "sources": [("财政拨款", 64.0), ("上年结转", 0.0)],
        "target": "建设农业科技示范基地，开展农技人员培训和农户技术指导，推广主导品种和主推技术。",
        "inds": [
            ind("产\n出\n指\n标", "数量指标", "建设农业科技示范基地", "≥", "6", "个"),
            ind("产\n出\n指\n标", "数量指标", "培训基层农技人员", "≥", "120", "人次"),
            ind("产\n出\n指\n标", "数量指标", "遴选农业科技示范主体", "≥", "300", "户"),
            ind("产\n出\n指\n标", "质量指标", "农技人员培训考核合格率", "≥", "95", "%"),
            ind("产\n出\n指\n标", "时效指标", "年度培训完成时间", "≤", "2025年10月31日", ""),
            ind("产\n出\n指\n标", "成本指标", "每个示范基地建设补助", "≤", "5", "万元"),
            ind("满\n意\n度\n指\n标", "服务对象满意度指标", "示范主体满意度", "≥", "90", "%"),
        ],
    }


def blocks_pdf2docx(p: dict[str, Any], first: int) -> list[Block]:
    """Layout G: a PDF converted to Word: a leaked file title, one table per page, the page footer between them,
    header cells broken over two lines, 一级 labels written vertically, full-width spaces in the split cells;
    the second page's table has no header row."""
    w = 6
    head: list[list[str]] = [
        ["项目名称", p["name"], "\u3000", "\u3000", "\u3000", "\u3000"],
        ["主管部门", p["dept"], "\u3000", "实施单位", p["impl"], "\u3000"],
        ["项目属性", p["attr"], "\u3000", "项目期限", p["period"], "\u3000"],
        ["项目资金\n（万元）", "资金总额", money(p["total"], "万元"), "\u3000", "\u3000", "\u3000"],
    ]
    for lab, amt in p["sources"]:
        head.append(["\u3000", f"其中：{lab}" if lab == "财政拨款" else lab, money(amt, "万元"), "\u3000", "\u3000",
                     "\u3000"])
    head.append(["年度绩效\n目标", p["target"], "\u3000", "\u3000", "\u3000", "\u3000"])
    hdr = ["绩效\n指标", "一级\n指标", "二级\n指标", "三级指标", "指标值", "备注"]
    body: list[list[str]] = []
    prev = ("", "")
    for i in p["inds"]:
        body.append(["\u3000", i[0] if i[0] != prev[0] else "", i[1] if (i[0], i[1]) != prev else "", i[2],
                     joined(i), ""])
        prev = (i[0], i[1])
    assert all(len(r) == w for r in head + body)
    return [
        ("p", "Microsoft Word - 附件2 项目支出绩效目标申报表.doc"),
        ("p", f"{p['year']}年度项目支出绩效目标申报表"),
        ("p", f"填报单位（盖章）：{p['dept']}"),
        ("t", [*head, hdr, *body[:first]]),
        ("p", "— 1 —"),
        ("t", [*body[first:], ["填报人：", "\u3000", "审核人：", "\u3000", "日期：", "\u3000"]]),
        ("p", "— 2 —"),
    ]


# ================================================================ goal sheets: emit
def make_goal_sheets() -> None:
    la, lb, lc, ld = "盖章栏+长说明在前", "目标表在第二个工作表", "元单位续表+页码", "PDF转Excel页眉页脚混入"
    le, lf, lg = "全角数字+区间/文字值", "百分号单列+星号表头", "PDF转Word拆散单元格"

    p = p_gs01()
    emit("gs01_管护_盖章说明.docx", blocks_stamp_docx(p), gs_label(
        p, la, "docx：表前“填报说明”六条和“填报单位（盖章）…单位：万元”一行；表内“满意/度”“≥/95%”断行；表后签字、审核意见栏",
        f"{S_JIA}；{S_RENREN}", "", []))
    p = p_gs02()
    emit("gs02_供水_盖章说明.docx", blocks_stamp_docx(p), gs_label(
        p, la, "同 gs01", f"{S_JIA}；{S_RENREN}", "资金总额248万元≠财政拨款200+其他资金38=238万元", ["GS-02"], ("GS-02",)))

    p = p_gs03()
    detail = [["序号", "支出内容", "数量", "单价（元）", "金额（元）", "测算依据"]]
    for k, (what, qty, price, amt) in enumerate(p["detail"], 1):
        detail.append([str(k), what, qty, price, yuan(amt), "上年合同价" if k == 1 else "市场询价"])
    assert abs(sum(d[3] for d in p["detail"]) - p["total"]) < 1e-6
    detail.append(["合计", "<", "", "", yuan(p["total"]), ""])
    sheet1 = [("p", "项目支出测算明细表"), ("p", "单位：元"), ("t", detail)]
    emit("gs03_公厕_第二工作表.xlsx", [], gs_label(
        p, lb, "xlsx：第一个工作表“测算明细”（元，千分位，合计 1,268,000.00）；第二个工作表才是目标表（万元，指标性质/指标值/度量单位分列）",
        S_YYL, "", []), sheets=[sheet1, sheet2_goal(p, "万元", "某区")], names=["测算明细", "绩效目标表"])
    p = p_gs04()
    cover = [("p", f"{p['year']}年度项目支出绩效目标申报表"), ("p", ""), ("p", f"项目名称：{p['name']}"),
             ("p", f"申报单位（盖章）：{p['impl']}"), ("p", f"主管部门（盖章）：{p['dept']}"),
             ("p", f"填报日期：{p['year'] - 1}年12月"), ("p", "某县财政局　制")]
    emit("gs04_体检_第二工作表.xlsx", [], gs_label(
        p, lb, "xlsx：第一个工作表是封面（盖章栏），第二个工作表目标表按元填（860,000.00），度量单位单列",
        S_YYL, "成本指标“项目总成本 ≤920,000元”超过资金总额860,000元", ["GS-13"], ("GS-13",)),
        sheets=[cover, sheet2_goal(p, "元", "某县")], names=["封面", "目标表"])

    p = p_gs05()
    emit("gs05_签约_元续表.pdf", blocks_cont_pdf(p, 6), gs_label(
        p, lc, "pdf：金额单位元（3,456,000.00）；表格在第 6 个指标后断开，中间是“第 1 页，共 2 页”和“（续表）”表题，"
        "续表重复表头，首行一级指标空白（合并格只印在上一页）", f"{S_DQ}；{S_JIA}", "", []))
    p = p_gs06()
    emit("gs06_敬老院_元续表.pdf", blocks_cont_pdf(p, 5), gs_label(
        p, lc, "同 gs05（第 5 个指标后断开）", f"{S_DQ}；{S_JIA}",
        "2025年度目标表的时效指标“项目竣工验收时间 ≤2026年4月30日”超出预算年度", ["GS-10"], ("GS-10",)))

    p = p_gs07()
    emit("gs07_公路_转Excel.xlsx", [("t", rows_pdf2xlsx(p, 4, "某镇"))], gs_label(
        p, ld, "xlsx（PDF 转 Excel）：没有合并格，拆散的格留空或空格；“附件2”、表题、“单位：元”各占一行；"
        "表中夹着空行、“第 1 页，共 2 页”、“（续表）”表题和重复表头；一级指标写成“产 出 指 标”且只在首行；值“≥/126”断行",
        f"{S_HS}；{S_DQ}", "", []))
    p = p_gs08()
    emit("gs08_垃圾_转Excel.xlsx", [("t", rows_pdf2xlsx(p, 3, "某镇"))], gs_label(
        p, ld, "同 gs07（第 3 个指标后断页）", f"{S_HS}；{S_DQ}",
        "三级指标“年度转运生活垃圾量”指标值空白（只有计量单位“吨”）", ["GS-03"], ("GS-01", "GS-03", "GS-05")))

    p = p_gs09()
    emit("gs09_文化_全角.docx", blocks_fullwidth_docx(p), gs_label(
        p, le, "docx：资金和指标值用全角数字（“１２０”“≥９５％”）；指标值有区间“９０％-９５％”、文字“按期完成”"
        "“不低于上年（上年１８．６万人次）”“长期稳定运行”；其他资金写“—”", f"{S_YYL}；{S_EZ}", "", []))
    p = p_gs10()
    emit("gs10_照明_全角.docx", blocks_fullwidth_docx(p), gs_label(
        p, le, "同 gs09；另有“较上年下降０．５-１个百分点”这种区间值", f"{S_YYL}；{S_EZ}",
        "质量指标“改造教室照度达标率 ≥１０５％”（率超过100%，全角数字）", ["GS-07"], ("GS-07", "GS-05")))

    p = p_gs11()
    emit("gs11_课后服务_百分号单列.pdf", blocks_pctcol_pdf(p), gs_label(
        p, lf, "pdf：表头带“*”；“指标值类型”列（定量/定性）；“*指标值”横跨两列，数值“≥95”和单位“%”分在两格；"
        "定性值“按学期拨付”“基本解决”", S_YYL, "", []))
    p = p_gs12()
    emit("gs12_居家养老_百分号单列.pdf", blocks_pctcol_pdf(p), gs_label(
        p, lf, "同 gs11", S_YYL,
        "年度绩效目标写成已完成：“已完成全区24个……补助发放……满意度达到96%”", ["GS-15"], ("GS-15",)))

    p = p_gs13()
    emit("gs13_特困供养_转Word.docx", blocks_pdf2docx(p, 5), gs_label(
        p, lg, "docx（PDF 转 Word）：首行是泄露的文件名“Microsoft Word - 附件2….doc”；每页一张表，中间“— 1 —”；"
        "第二张表没有表头；拆散的合并格里是全角空格；一级指标竖排“产/出/指/标”，表头“一级/指标”断行",
        f"{S_HS}；{S_TX}", "", []))
    p = p_gs14()
    emit("gs14_农技_转Word.docx", blocks_pdf2docx(p, 4), gs_label(
        p, lg, "同 gs13", f"{S_HS}；{S_TX}",
        "没有任何效益指标（只有产出和满意度），农技推广项目的效益（如主推技术到位率、示范主体增收）可以设定",
        ["GS-04"], ("GS-04",)))


# ================================================================ monitoring tables
# indicator: (一级, 二级, 三级, 年度指标值, 1-N月完成值, 全年预计完成值, 可能性, 偏差原因, 措施/备注)
def p_mon01() -> dict[str, Any]:
    return {
        "name": "2025年城区道路照明设施维护项目", "year": 2025, "months": 6, "dept": "某区城市管理局",
        "impl": "某区路灯管理所", "budget": 264.0, "done": 145.2, "forecast": 264.0,
        "sources": [("其中：财政拨款", 264.0, 145.2, 264.0)],
        "inds": [
            ("产出指标", "数量指标", "维护路灯数量", "≥\n12,000盏", "12,360盏", "12,360盏", "确定能", "", ""),
            ("产出指标", "数量指标", "更换LED光源", "≥2,400套", "1,310套", "2,450套", "确定能", "", ""),
            ("产出指标", "质量指标", "路灯亮灯率", "≥\n98%", "98.6%", "98.5%", "确定能", "", ""),
            ("产出指标", "时效指标", "故障维修时限", "≤24小时", "平均16小时", "≤24小时", "确定能", "", ""),
            ("产出指标", "成本指标", "每盏路灯年度维护成本", "≤220元", "117元", "214元", "确定能", "", ""),
            ("效益指标", "社会效益指标", "夜间道路照明覆盖率", "≥95%", "96.2%", "96%", "确定能", "", ""),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "年底调查", "≥90%", "确定能", "", ""),
        ],
    }


def p_mon02() -> dict[str, Any]:
    return {
        "name": "2025年城乡环卫一体化运营项目", "year": 2025, "months": 6, "dept": "某县住房和城乡建设局",
        "impl": "某县环境卫生服务中心", "budget": 180.0, "done": 118.8, "forecast": 180.0, "rate_written": "86.00%",
        "sources": [("其中：财政拨款", 180.0, 118.8, 180.0)],
        "inds": [
            ("产出指标", "数量指标", "保洁覆盖行政村", "=\n46个", "46个", "46个", "确定能", "", ""),
            ("产出指标", "数量指标", "生活垃圾清运量", "≥18,000吨", "9,420吨", "18,500吨", "确定能", "", ""),
            ("产出指标", "质量指标", "保洁作业考核合格率", "≥\n95%", "96.3%", "96%", "确定能", "", ""),
            ("产出指标", "时效指标", "垃圾日产日清率", "=100%", "100%", "100%", "确定能", "", ""),
            ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥95%", "97.1%", "97%", "确定能", "", ""),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "年底调查", "≥90%", "确定能", "", ""),
        ],
    }


def rows_mon_xlsx(p: dict[str, Any], first: int, rate: str | None = None) -> list[list[str]]:
    """Layout M1: a monitoring table in 元 converted from PDF to Excel (no merges, footer and 续表 rows)."""
    m = p["months"]
    title = f"某区{p['year']}年1-{m}月项目支出绩效运行监控表" if p["dept"].startswith("某区") else \
        f"某县{p['year']}年1-{m}月项目支出绩效运行监控表"
    r = rate or f"{p['done'] / p['budget'] * 100:.2f}%"
    w = 9
    rows: list[list[str]] = [
        [title] + [""] * (w - 1),
        ["项目单位（盖章）：" + p["impl"], "", "", "", "", "", "", "", "单位：元"],
        ["项目名称", p["name"], " ", " ", "主管部门", p["dept"], " ", " ", " "],
        ["实施单位", p["impl"], " ", " ", "监控期间", f"{p['year']}年1-{m}月", " ", " ", " "],
        ["项目资金", "资金来源", "年初预算数", f"1-{m}月执行数", "执行率", "全年预计执行数", " ", " ", " "],
        [" ", "年度资金总额", yuan(p["budget"]), yuan(p["done"]), r, yuan(p["forecast"]), " ", " ", " "],
    ]
    for lab, b, d, f in p["sources"]:
        rows.append([" ", lab, yuan(b), yuan(d), f"{d / b * 100:.2f}%" if rate is None else r, yuan(f), " ", " ", " "])
    rows.append([""] * w)
    hdr = ["一级指标", "二级指标", "三级指标", "年度\n指标值", f"1-{m}月\n完成值", "全年预计\n完成值",
           "完成目标\n可能性", "偏差原因\n分析", "备注"]
    body: list[list[str]] = []
    prev = ("", "")
    for i in p["inds"]:
        body.append([i[0] if i[0] != prev[0] else " ", i[1] if (i[0], i[1]) != prev else " ", *i[2:]])
        prev = (i[0], i[1])
    body[first][0] = " "
    rows += [hdr, *body[:first], ["第 1 页，共 2 页"] + [""] * (w - 1), [title + "（续表）"] + [""] * (w - 1), hdr,
             *body[first:], ["偏差或不能完成目标原因分析", "无", " ", " ", " ", " ", " ", " ", " "],
             ["相关建议或举措", "按计划推进", " ", " ", " ", " ", " ", " ", " "],
             ["第 2 页，共 2 页"] + [""] * (w - 1)]
    assert all(len(x) == w for x in rows)
    return rows


def p_mon03() -> dict[str, Any]:
    return {
        "name": "2025年农村低收入人口动态监测帮扶项目", "year": 2025, "months": 6, "dept": "某县乡村振兴局",
        "impl": "某县农村社会救助服务中心", "budget": 96.0, "done": 52.8, "forecast": 96.0,
        "sources": [("其中：财政拨款", 96.0, 52.8, 96.0)],
        "inds": [
            ("产出指标", "数量指标", "动态监测农户", "≥\n2,600户", "2,640户", "2,650户", "确定能", "", ""),
            ("产出指标", "数量指标", "开展入户核查", "≥4次", "2次", "4次", "确定能", "", ""),
            ("产出指标", "质量指标", "监测对象帮扶措施落实率", "=100%", "92%", "100%", "有可能",
             "部分新识别对象6月下旬才纳入监测，帮扶措施正在落实（人员保障）",
             "7月底前完成新纳入对象的帮扶措施落实并逐户复核"),
            ("产出指标", "时效指标", "风险消除核查", "定性：按季度完成", "按季度完成", "按季度完成", "确定能", "", ""),
            ("效益指标", "社会效益指标", "监测对象返贫致贫", "=0户", "0户", "0户", "确定能", "", ""),
            ("满意度指标", "服务对象满\n意度指标", "帮扶对象满意\n度", "≥\n90%", "年底调查", "≥90%", "确定能", "", ""),
        ],
    }


def p_mon04() -> dict[str, Any]:
    return {
        "name": "2025年城区老旧小区改造配套项目", "year": 2025, "months": 6, "dept": "某县住房和城乡建设局",
        "impl": "某县城市建设服务中心", "budget": 620.0, "done": 341.0, "forecast": 560.0,
        "sources": [("其中：财政拨款", 620.0, 341.0, 560.0)],
        "inds": [
            ("产出指标", "数量指标", "改造老旧小区", "=\n12个", "5个", "10个", "不可能", "", ""),
            ("产出指标", "数量指标", "改造雨污管网", "≥8公里", "3.6公里", "7.5公里", "有可能", "", ""),
            ("产出指标", "质量指标", "工程验收合格率", "=100%", "100%", "100%", "确定能", "", ""),
            ("产出指标", "时效指标", "年度改造完成时间", "≤2025年11月30日", "按计划实施", "2025年12月", "有可能", "", ""),
            ("效益指标", "社会效益指标", "受益居民户数", "≥\n3,100户", "1,350户", "2,600户", "有可能", "", ""),
            ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "年底调查", "≥90%", "确定能", "", ""),
        ],
    }


MON_NOTE = [
    "填表说明：1．本表由项目实施单位填报，主管部门审核后于7月10日前报县财政局。2．“1-6月执行数”按国库集中支付系统实际支付数填列。"
    "3．完成目标可能性分“确定能、有可能、不可能”三级，选“有可能”“不可能”的，应当在“偏差原因分析”栏写明原因，"
    "在“纠偏措施”栏写明拟采取的措施。4．偏差原因从经费保障、制度保障、人员保障、硬件条件保障等方面分析。"
    "5．执行率＝1-6月执行数÷年初预算数×100%。",
]


def blocks_mon_docx(p: dict[str, Any]) -> list[Block]:
    """Layout M2: instructions and a stamp line before the table, blank rows, broken words (docx)."""
    m = p["months"]
    w = 9
    rows: list[list[str]] = [
        ["项目名称", p["name"], "<", "<", "<", "<", "<", "<", "<"],
        ["主管部门", p["dept"], "<", "<", "实施单位", p["impl"], "<", "<", "<"],
        ["项目资金\n（万元）", "资金来源", "<", "年初预算数", f"1-{m}月执行数", "执行率", "全年预计执行数", "<", "<"],
        ["^", "年度资金总额", "<", wan(p["budget"]), wan(p["done"]), f"{p['done'] / p['budget'] * 100:.2f}%",
         wan(p["forecast"]), "<", "<"],
    ]
    for lab, b, d, f in p["sources"]:
        rows.append(["^", lab, "<", wan(b), wan(d), f"{d / b * 100:.2f}%", wan(f), "<", "<"])
    rows.append([""] * w)
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", f"1-{m}月\n执行情况", "全年预计\n完成情况",
                 "完成目标\n可能性", "偏差原因分析", "纠偏措施"])
    body = [list(i) for i in p["inds"]]
    g = grouped(body, (0, 1))
    rows += [*g[:3], [""] * w, *g[3:]]
    if g[3][0] == "^":  # a blank row splits a merged 一级 cell: the label is not repeated below it
        g[3][0] = ""
    assert all(len(x) == w for x in rows)
    return [
        ("h", f"{p['year']}年1-{m}月项目支出绩效运行监控表"),
        *[("p", t) for t in MON_NOTE],
        ("p", f"填报单位（盖章）：{p['impl']}　　　　　　填报日期：{p['year']}年7月8日　　　　　　金额单位：万元"),
        ("t", rows),
        ("p", "单位负责人：　　　　　　　　填报人：　　　　　　　　联系电话："),
    ]


def p_mon05() -> dict[str, Any]:
    return {
        "name": "2025年森林防火专业队伍运行保障项目", "year": 2025, "months": 8, "dept": "某县林业局",
        "impl": "某县森林消防大队", "budget": 230.0, "done": 161.0, "forecast": 228.0,
        "sources": [("当年财政拨款", 210.0, 145.0, 208.0), ("上年结转", 20.0, 16.0, 20.0)],
        "inds": [
            ("产出指标", "数量指标", "专业扑火队员", "≥60人", "62人", "62人", "确定能", "", ""),
            ("产出指标", "数量指标", "开展巡山护林", "≥1,800人次", "1,260人次", "1,850人次", "确定能", "", ""),
            ("产出指标", "数量指标", "开展扑火演练", "≥4次", "3次", "4次", "确定能", "", ""),
            ("产出指标", "质量指标", "火情处置及时率", "=100%", "100%", "100%", "确定能", "", ""),
            ("产出指标", "质量指标", "扑火装备完好率", "≥95%", "96.5%", "96%", "确定能", "", ""),
            ("产出指标", "时效指标", "接警出动时间", "≤15分钟", "平均11分钟", "≤15分钟", "确定能", "", ""),
            ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "0", "≤0.9‰", "确定能", "", ""),
            ("效益指标", "社会效益指标", "重特大森林火灾", "=0起", "0起", "0起", "确定能", "", ""),
            ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "年底调查", "≥90%", "确定能", "", ""),
        ],
    }


def p_mon06() -> dict[str, Any]:
    return {
        "name": "2025年数字乡村综合服务平台建设项目", "year": 2025, "months": 8, "dept": "某县农业农村局",
        "impl": "某县农业信息服务中心", "budget": 350.0, "done": 43.75, "forecast": 350.0,
        "sources": [("当年财政拨款", 350.0, 43.75, 350.0)],
        "inds": [
            ("产出指标", "数量指标", "接入行政村", "≥120个", "36个", "120个", "确定能", "", ""),
            ("产出指标", "数量指标", "上线服务事项", "≥40项", "12项", "40项", "确定能", "", ""),
            ("产出指标", "质量指标", "平台系统可用率", "≥99%", "试运行", "≥99%", "确定能", "", ""),
            ("产出指标", "时效指标", "平台上线时间", "≤2025年10月31日", "完成招标", "2025年10月", "确定能", "", ""),
            ("产出指标", "成本指标", "平台建设成本", "≤350万元", "43.75万元", "350万元", "确定能", "", ""),
            ("效益指标", "社会效益指标", "涉农事项网上办理率", "≥60%", "—", "≥60%", "确定能", "", ""),
            ("满意度指标", "服务对象满意度指标", "农户使用满意度", "≥90%", "年底调查", "≥90%", "确定能", "", ""),
        ],
    }


def blocks_mon_pdf(p: dict[str, Any], first: int) -> list[Block]:
    """Layout M3: a 元 monitoring table split over two pages (续表, repeated header, page numbers between)."""
    m = p["months"]
    w = 8
    head: list[list[str]] = [
        ["项目名称", p["name"], "<", "<", "主管部门", p["dept"], "<", "<"],
        ["实施单位", p["impl"], "<", "<", "监控期间", f"{p['year']}年1-{m}月", "<", "<"],
        ["项目资金\n（元）", "资金来源", "年初预算数", f"1-{m}月执行数", "执行率", "全年预计执行数", "<", "<"],
        ["^", "年度资金总额", yuan(p["budget"]), yuan(p["done"]), f"{p['done'] / p['budget'] * 100:.2f}%",
         yuan(p["forecast"]), "<", "<"],
    ]
    for lab, b, d, f in p["sources"]:
        head.append(["^", lab, yuan(b), yuan(d), f"{d / b * 100:.2f}%", yuan(f), "<", "<"])
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", f"1-{m}月完成值", "全年预计完成值", "完成目标可能性",
           "偏差原因及纠偏措施"]
    body = [[*i[:7], i[7] or "—"] for i in p["inds"]]
    part1, part2 = grouped(body[:first], (0, 1)), grouped(body[first:], (0, 1))
    part2[0][0] = ""
    assert all(len(x) == w for x in head + part1 + part2)
    return [
        ("h", f"某县{p['year']}年1-{m}月重点项目绩效运行监控表"),
        ("p", f"填报单位：{p['impl']}　　　　　　　　　　　　　　　　金额单位：元"),
        ("t", [*head, hdr, *part1]),
        ("p", "第 1 页 / 共 2 页"),
        ("p", "续表"),
        ("t", [hdr, *part2, ["存在问题及纠偏措施", "无", "<", "<", "<", "<", "<", "<"]]),
        ("p", "第 2 页 / 共 2 页"),
    ]


def p_mon07() -> dict[str, Any]:
    return {
        "name": "2025年全民健身场地设施维护项目", "year": 2025, "months": 6, "dept": "某市体育局",
        "impl": "某市体育场馆服务中心", "budget": 84.0, "done": 46.2, "forecast": 84.0,
        "sources": [("其中：财政拨款", 84.0, 46.2, 84.0)],
        "inds": [
            ("产出指标", "数量指标", "维护健身路径", "≥", "320", "处", "168", "320", "确定能"),
            ("产出指标", "数量指标", "维护笼式球场", "≥", "26", "个", "14", "26", "确定能"),
            ("产出指标", "质量指标", "健身器材完好率", "≥", "95", "%", "96.8", "96", "确定能"),
            ("产出指标", "时效指标", "器材损坏修复时限", "≤", "7", "日", "5", "7", "确定能"),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥", "38", "%", "—", "38", "确定能"),
            ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥", "90", "%", "年底调查", "90", "确定能"),
        ],
    }


def sheets_mon07(p: dict[str, Any]) -> list[list[Block]]:
    """Layout M4: sheet 1 is the instructions; sheet 2 the table with full-width digits and the unit in its own
    column (the “%” is not in the value cells)."""
    m = p["months"]
    note = [("p", "填报说明"), *[("p", t) for t in MON_NOTE], ("p", "本工作簿第二个工作表为监控表。")]
    w = 9
    rows: list[list[str]] = [
        ["项目名称", p["name"], "<", "<", "<", "主管部门", p["dept"], "<", "<"],
        ["实施单位", p["impl"], "<", "<", "<", "监控期间", fw(f"{p['year']}年1-{m}月"), "<", "<"],
        ["项目资金（万元）", "年初预算数", "<", f"1-{m}月执行数", "<", "执行率（%）", "<", "全年预计执行数", "<"],
        ["年度资金总额", fw(wan(p["budget"])), "<", fw(wan(p["done"])), "<",
         fw(f"{p['done'] / p['budget'] * 100:.2f}"), "<", fw(wan(p["forecast"])), "<"],
    ]
    for lab, b, d, f in p["sources"]:
        rows.append([lab, fw(wan(b)), "<", fw(wan(d)), "<", fw(f"{d / b * 100:.2f}"), "<", fw(wan(f)), "<"])
    rows.append(["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "计量单位", f"1-{m}月完成值",
                 "全年预计完成值", "完成目标可能性"])
    body = [[i[0], i[1], i[2], i[3], fw(i[4]), i[5], fw(i[6]), fw(i[7]), i[8]] for i in p["inds"]]
    rows += grouped(body, (0, 1))
    rows.append(["偏差原因及纠偏措施", "各项指标按进度推进，无偏差。", "<", "<", "<", "<", "<", "<", "<"])
    assert all(len(x) == w for x in rows)
    table = [("p", fw(f"{p['year']}年1-{m}月项目支出绩效运行监控表")), ("t", rows)]
    return [note, table]


def mon_label(p: dict[str, Any], layout_class: str, layout: str, source: str, defect: str, must: list[str],
              drop: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"kind": "monitoring_table", "layout_class": layout_class, "layout": layout, "source": source,
            "defect": defect, "must": must, "must_not": [r for r in MON_MUST_NOT if r not in drop],
            "project_name": p["name"], "fiscal_year": p["year"], "total_funds_wan": p["budget"],
            "indicator_rows": len(p["inds"])}


def make_monitoring() -> None:
    p = p_mon01()
    emit("mon01_路灯_转Excel.xlsx", [("t", rows_mon_xlsx(p, 4))], mon_label(
        p, "监控表PDF转Excel", "xlsx（PDF 转 Excel）：元、千分位；无合并格；夹着“第 1 页，共 2 页”“（续表）”和重复表头；"
        "表头“年度/指标值”断行；值“≥/12,000盏”断行；表末“偏差或不能完成目标原因分析 | 无”", S_HS, "", []))
    p = p_mon02()
    emit("mon02_环卫_转Excel.xlsx", [("t", rows_mon_xlsx(p, 3, p["rate_written"]))], mon_label(
        p, "监控表PDF转Excel", "同 mon01", S_HS,
        "执行率算错：1-6月执行数1,188,000.00÷年初预算数1,800,000.00=66.00%，表内写86.00%", ["MON-02"], ("MON-02",)))
    p = p_mon03()
    emit("mon03_监测帮扶_说明盖章.docx", blocks_mon_docx(p), mon_label(
        p, "监控表说明+盖章在前", "docx：表前填表说明一段、“填报单位（盖章）…金额单位：万元”；资金表后和指标中间各有空行；"
        "“满意/度”“≥/90%”断行；“有可能”一行写了原因和纠偏措施；“定性：按季度完成”", f"{S_HS}；{S_RENREN}", "", []))
    p = p_mon04()
    emit("mon04_老旧小区_说明盖章.docx", blocks_mon_docx(p), mon_label(
        p, "监控表说明+盖章在前", "同 mon03", f"{S_HS}；{S_RENREN}",
        "“改造老旧小区”选“不可能”、另有三项“有可能”，偏差原因分析和纠偏措施全部空白", ["MON-03|MON-04"], ("MON-03",)))
    p = p_mon05()
    emit("mon05_森林防火_元续表.pdf", blocks_mon_pdf(p, 5), mon_label(
        p, "监控表元单位续表", "pdf：元、千分位；资金来源“当年财政拨款+上年结转”；第 5 个指标后断开，“第 1 页 / 共 2 页”“续表”，"
        "续表重复表头、首行一级指标空白；“≤0.9‰”；表末“存在问题及纠偏措施 | 无”", S_DQ, "", []))
    p = p_mon06()
    emit("mon06_数字乡村_元续表.pdf", blocks_mon_pdf(p, 4), mon_label(
        p, "监控表元单位续表", "同 mon05（1-8月）", S_DQ,
        "1-8月执行数437,500.00÷年初预算数3,500,000.00=12.50%，执行进度严重滞后", ["MON-02"], ("MON-02",)))
    p = p_mon07()
    emit("mon07_健身设施_第二工作表.xlsx", [], mon_label(
        p, "监控表第二工作表+单位单列", "xlsx：第一个工作表是填表说明；第二个工作表为监控表，全角数字，“执行率（%）”列只写数字，"
        "指标性质、年度指标值、计量单位分三列，完成值不带单位", S_YYL, "", []),
        sheets=sheets_mon07(p), names=["填表说明", "监控表"])


# ================================================================ self-evaluation tables
# indicator: (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施)
def ev_total(p: dict[str, Any]) -> float:
    return round(p["exec_score"] + sum(i[6] for i in p["inds"]), 2)


def grade(score: float) -> str:
    return "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"


def p_ev01() -> dict[str, Any]:
    p = {
        "name": "2024年城区园林绿化管护项目", "year": 2024, "dept": "某区城市管理局", "impl": "某区园林绿化所",
        "budget": 312.0, "full": 312.0, "spent": 305.76,
        "goal": "对城区186万平方米公共绿地开展养护，补植苗木，保持绿化景观良好。",
        "actual": "完成186万平方米绿地养护，补植苗木2.3万株，绿地养护考核合格率97%。",
        "inds": [
            ("产出指标", "数量指标", "养护公共绿地面积", "≥186万平方米", "186万平方米", 15, 15, ""),
            ("产出指标", "数量指标", "补植苗木数量", "≥2万株", "2.3万株", 10, 10, ""),
            ("产出指标", "质量指标", "绿地养护考核合格率", "≥\n95%", "97%", 10, 10, ""),
            ("产出指标", "时效指标", "养护任务完成时间", "2024年12月31日前", "按期完成", 5, 5, ""),
            ("产出指标", "成本指标", "每平方米年度养护成本", "≤1.7元", "1.64元", 10, 10, ""),
            ("效益指标", "生态效益指标", "城区绿化覆盖率", "≥42%", "42.3%", 15, 15, ""),
            ("效益指标", "社会效益指标", "绿化问题投诉办结率", "=100%", "100%", 15, 15, ""),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "93.5%", 10, 10, ""),
        ],
    }
    p["exec_score"] = 9.8
    return p


def p_ev02() -> dict[str, Any]:
    p = {
        "name": "2024年农村饮水安全水质检测项目", "year": 2024, "dept": "某县水利局", "impl": "某县水质检测中心",
        "budget": 68.0, "full": 68.0, "spent": 61.2,
        "goal": "对全县农村集中供水工程开展水质检测，全年检测水样不少于1200份，及时通报检测结果。",
        "actual": "全年检测水样1080份，水质检测结果按季度通报。",
        "inds": [
            ("产出指标", "数量指标", "检测水样数量", "≥1,200份", "1,080份", 20, 18, "枯水期部分工程停水，未能取样；下年度提前制定取样计划"),
            ("产出指标", "质量指标", "检测报告合格率", "≥\n98%", "99%", 10, 10, ""),
            ("产出指标", "时效指标", "检测结果通报", "按季度通报", "全年通报2次", 10, 6, "上半年检测设备送检，第一、二季度合并通报；下年度按季度通报"),
            ("产出指标", "成本指标", "每份水样检测成本", "≤560元", "548元", 10, 10, ""),
            ("效益指标", "社会效益指标", "农村供水水质达标率", "≥90%", "80%", 30, 26.67, "个别工程消毒设备老化；已列入维修计划"),
            ("满意度指标", "服务对象满意度指标", "用水群众满意度", "≥90%", "82%", 10, 9.11, "水质问题反映较多；加快消毒设备更新"),
        ],
    }
    p["exec_score"] = 9.0
    return p


def sheets_ev_xlsx(p: dict[str, Any], level: str, total_written: float, grade_written: str) -> list[list[Block]]:
    """Layout E1: sheet 1 a table of contents, sheet 2 the self-evaluation table in 元 with a page-footer row."""
    toc = [("p", f"{level}{p['year']}年度项目支出绩效自评材料"), ("p", "目录"), ("p", "一、项目支出绩效自评表（见第二个工作表）"),
           ("p", "二、项目支出绩效自评报告（另附）")]
    rate = p["spent"] / p["full"] * 100
    w = 8
    rows: list[list[str]] = [
        [f"项目支出绩效自评表（{p['year']}年度）"] + [""] * (w - 1),
        ["项目名称", p["name"], " ", " ", "主管部门", p["dept"], " ", " "],
        ["实施单位", p["impl"], " ", " ", "金额单位", "元", " ", " "],
        ["项目资金", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [" ", "年度资金总额", yuan(p["budget"]), yuan(p["full"]), yuan(p["spent"]), "10", f"{rate:.2f}%",
         wan(p["exec_score"])],
        [" ", "其中：当年财政拨款", yuan(p["budget"]), yuan(p["full"]), yuan(p["spent"]), "—", "—", "—"],
        [" ", "上年结转资金", "", "", "", "—", "—", "—"],
        ["年度总体目标", "预期目标", " ", " ", "实际完成情况", " ", " ", " "],
        [" ", p["goal"], " ", " ", p["actual"], " ", " ", " "],
        ["一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    prev = ("", "")
    body = []
    for i in p["inds"]:
        body.append([i[0] if i[0] != prev[0] else " ", i[1] if (i[0], i[1]) != prev else " ", i[2], i[3], i[4],
                     wan(i[5]), wan(i[6]), i[7]])
        prev = (i[0], i[1])
    rows += [*body[:4], ["— 1 —"] + [""] * (w - 1), *body[4:]]
    rows.append(["总分", " ", " ", " ", " ", "100", wan(total_written), f"自评等级：{grade_written}"])
    assert all(len(x) == w for x in rows)
    return [toc, [("t", rows)]]


def p_ev03() -> dict[str, Any]:
    p = {
        "name": "2024年公共法律服务体系建设项目", "year": 2024, "dept": "某县司法局", "impl": "某县公共法律服务中心",
        "budget": 45.0, "full": 45.0, "spent": 43.2,
        "goal": "建设村（社区）公共法律服务工作室，开展法律咨询、人民调解和法治宣传。",
        "actual": "建成工作室186个，提供法律咨询5200人次，调解纠纷630件，调解成功率97%。",
        "inds": [
            ("产出指标", "数量指标", "村（社区）公共法律服务工作室", "≥186个", "186个", 15, 15, ""),
            ("产出指标", "数量指标", "提供法律咨询", "≥5,000人次", "5,200人次", 10, 10, ""),
            ("产出指标", "质量指标", "人民调解成功率", "90%-95%", "97%", 10, 10, ""),
            ("产出指标", "时效指标", "工作室建设完成时间", "按期完成", "按期完成", 5, 5, ""),
            ("产出指标", "成本指标", "每个工作室年度补助", "≤2,400元", "2,320元", 10, 10, ""),
            ("效益指标", "社会效益指标", "群众法治宣传覆盖率", "不低于上年", "较上年提高3个百分点", 15, 15, ""),
            ("效益指标", "社会效益指标", "矛盾纠纷就地化解率", "≥90%", "95%", 15, 15, ""),
            ("满意度指标", "服务对\n象满意度指标", "群众满意\n度", "≥\n90%", "94%", 10, 10, ""),
        ],
    }
    p["exec_score"] = 9.6
    return p


def p_ev04() -> dict[str, Any]:
    p = {
        "name": "2024年农村户用厕所改造项目", "year": 2024, "dept": "某县农业农村局", "impl": "某县各乡镇人民政府",
        "budget": 150.0, "full": 150.0, "spent": 126.0,
        "goal": "完成农村户用卫生厕所改造5000户，改厕质量验收合格率95%以上。",
        "actual": "完成改厕4200户，验收合格率96%。",
        "inds": [
            ("产出指标", "数量指标", "完成户厕改造", "≥5,000户", "4,200户", 20, 16.8, "暂无"),
            ("产出指标", "质量指标", "改厕质量验收合格率", "≥\n95%", "96%", 10, 10, ""),
            ("产出指标", "时效指标", "改造完成时间", "2024年11月30日前", "2024年12月20日", 10, 8, "暂无"),
            ("产出指标", "成本指标", "每户改造补助", "≤300元", "300元", 10, 10, ""),
            ("效益指标", "生态效益指标", "改厕户粪污无害化处理率", "≥90%", "92%", 15, 15, ""),
            ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥75%", "72%", 15, 14.4, "暂无"),
            ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%", "91%", 10, 10, ""),
        ],
    }
    p["exec_score"] = 8.4
    return p


def blocks_ev_docx(p: dict[str, Any], problems: str, measures: str) -> list[Block]:
    """Layout E2: instructions and a stamp line before the table, broken words, text values (docx)."""
    rate = p["spent"] / p["full"] * 100
    total = ev_total(p)
    w = 8
    rows: list[list[str]] = [
        ["项目名称", p["name"], "<", "<", "<", "<", "<", "<"],
        ["主管部门", p["dept"], "<", "<", "实施单位", p["impl"], "<", "<"],
        ["项目资金\n（万元）", "<", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "<", wan(p["budget"]), wan(p["full"]), wan(p["spent"]), "10", f"{rate:.2f}%",
         wan(p["exec_score"])],
        ["其中：当年财政拨款", "<", wan(p["budget"]), wan(p["full"]), wan(p["spent"]), "—", "—", "—"],
        ["上年结转资金", "<", "", "", "", "—", "—", "—"],
        ["年度总\n体目标", "预期目标", "<", "<", "实际完成情况", "<", "<", "<"],
        ["^", p["goal"], "<", "<", p["actual"], "<", "<", "<"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    body = [[i[0], i[1], i[2], i[3], i[4], wan(i[5]), wan(i[6]), i[7]] for i in p["inds"]]
    rows += grouped(body, (0, 1))
    rows += [["总分", "<", "<", "<", "<", "100", wan(total), f"等级：{grade(total)}"],
             ["存在问题", problems, "<", "<", "<", "<", "<", "<"],
             ["改进措施", measures, "<", "<", "<", "<", "<", "<"]]
    assert all(len(x) == w for x in rows)
    return [
        ("h", f"项目支出绩效自评表（{p['year']}年度）"),
        ("p", "说明：本表依据项目年初批复的绩效目标填报。预算执行率得分＝执行率×10分（最高10分）；定量指标完成的得满分，"
              "未完成的按“实际完成值÷年度指标值×分值”计分（反向指标按“年度指标值÷实际完成值×分值”）；定性指标按达成、"
              "部分达成、未达成三档计分；未完成的指标应当在“偏差原因分析及改进措施”栏写明原因和措施。"
              "总分90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"),
        ("p", f"填报单位（盖章）：{p['impl']}　　　　　　　　填报日期：{p['year'] + 1}年3月15日"),
        ("t", rows),
        ("p", "项目负责人：　　　　　　　财务负责人：　　　　　　　填报人："),
    ]


def p_ev05() -> dict[str, Any]:
    p = {
        "name": "2024年城乡居民养老保险经办服务项目", "year": 2024, "dept": "某县人力资源和社会保障局",
        "impl": "某县社会保险事业服务中心", "budget": 58.0, "full": 56.0, "spent": 54.88,
        "goal": "做好城乡居民养老保险参保登记、待遇核定和发放经办服务，待遇按月足额发放。",
        "actual": "参保登记和待遇核定按时完成，待遇按月足额发放，经办差错率0.05%。",
        "inds": [
            ("产出指标", "数量指标", "参保登记人数", "≥16.5万人", "16.8万人", 10, 10, ""),
            ("产出指标", "数量指标", "待遇领取资格认证人数", "≥4.2万人", "4.3万人", 10, 10, ""),
            ("产出指标", "质量指标", "待遇核定准确率", "≥99%", "99.6%", 10, 10, ""),
            ("产出指标", "质量指标", "经办业务差错率", "≤0.1%", "0.05%", 5, 5, ""),
            ("产出指标", "时效指标", "待遇按月发放", "每月10日前", "按月发放", 10, 10, ""),
            ("产出指标", "成本指标", "人均经办成本", "≤3.5元", "3.3元", 5, 5, ""),
            ("效益指标", "社会效益指标", "适龄人员参保率", "≥95%", "95.8%", 15, 15, ""),
            ("效益指标", "可持续影响指标", "待遇发放及时率", "=100%", "100%", 15, 15, ""),
            ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "92%", 10, 10, ""),
        ],
    }
    p["exec_score"] = 9.8
    return p


def p_ev06() -> dict[str, Any]:
    p = {
        "name": "2024年城区排水管网清疏养护项目", "year": 2024, "dept": "某区住房和城乡建设局", "impl": "某区排水管理站",
        "budget": 340.0, "full": 340.0, "spent": 285.6,
        "goal": "对城区420公里排水管网开展清疏养护，汛前完成重点易涝点排查整治，城区主干道不发生长时间积水。",
        "actual": "完成排水管网清疏380公里，整治易涝点18处，汛期主干道未发生长时间积水。",
        "inds": [
            ("产出指标", "数量指标", "清疏排水管网长度", "≥420公里", "380公里", 15, 13.57, "两段管网改造施工，暂缓清疏；次年优先安排"),
            ("产出指标", "数量指标", "整治易涝点", "≥18处", "18处", 10, 10, ""),
            ("产出指标", "质量指标", "清疏养护验收合格率", "≥95%", "97%", 10, 10, ""),
            ("产出指标", "时效指标", "易涝点汛前整治", "5月31日前", "5月28日完成", 5, 5, ""),
            ("产出指标", "成本指标", "每公里清疏成本", "≤8,100元", "7,900元", 10, 10, ""),
            ("效益指标", "社会效益指标", "主干道积水超过2小时次数", "=0次", "0次", 15, 15, ""),
            ("效益指标", "可持续影响指标", "管网养护长效机制", "建立并运行", "已建立", 15, 15, ""),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "92%", 10, 10, ""),
        ],
    }
    p["exec_score"] = 9.4  # 285.6 / 340 = 84.00%: the score should be 8.4
    return p


def blocks_ev_pdf(p: dict[str, Any], first: int, rate_written: float | None = None) -> list[Block]:
    """Layout E3: a 元 self-evaluation table split over two pages (续表, repeated header, page numbers)."""
    rate = rate_written if rate_written is not None else p["spent"] / p["full"] * 100
    total = ev_total(p)
    w = 8

    def lines(s: str, n: int = 12) -> str:  # long text wraps in the cell as the exported pdf shows it
        return "\n".join(s[k:k + n] for k in range(0, len(s), n))

    head: list[list[str]] = [
        ["项目名称", p["name"], "<", "<", "主管部门", p["dept"], "<", "<"],
        ["实施单位", p["impl"], "<", "<", "金额单位", "元", "<", "<"],
        ["项目资金", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["^", "年度资金总额", yuan(p["budget"]), yuan(p["full"]), yuan(p["spent"]), "10", f"{rate:.2f}%",
         wan(p["exec_score"])],
        ["^", "其中：当年财政拨款", yuan(p["budget"]), yuan(p["full"]), yuan(p["spent"]), "—", "—", "—"],
        ["年度总体目标", "预期目标", "<", "<", "实际完成情况", "<", "<", "<"],
        ["^", lines(p["goal"]), "<", "<", lines(p["actual"]), "<", "<", "<"],
    ]
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    body = [[i[0], i[1], i[2], i[3], i[4], wan(i[5]), wan(i[6]), i[7]] for i in p["inds"]]
    part1, part2 = grouped(body[:first], (0, 1)), grouped(body[first:], (0, 1))
    part2[0][0] = ""
    tail = [["总分", "<", "<", "<", "<", "100", wan(total), f"自评等级：{grade(total)}"]]
    assert all(len(x) == w for x in head + part1 + part2 + tail)
    return [
        ("p", f"某区{p['year']}年度项目支出绩效自评表"),
        ("t", [*head, hdr, *part1]),
        ("p", "第1页 / 共2页"),
        ("p", "续表"),
        ("t", [hdr, *part2, *tail]),
        ("p", "第2页 / 共2页"),
    ]


def p_ev07() -> dict[str, Any]:
    p = {
        "name": "2024年公办幼儿园保教补助项目", "year": 2024, "dept": "某市教育局", "impl": "某市各公办幼儿园",
        "budget": 240.0, "full": 240.0, "spent": 235.2,
        "goal": "按在园幼儿人数对公办幼儿园给予保教补助，保障幼儿园正常运转，提高保教质量。",
        "actual": "补助公办幼儿园32所、在园幼儿9860人，资金按学期拨付。",
        "inds": [
            ("产出指标", "数量指标", "补助公办幼儿园", "=", "32", "所", "32", 15, 15),
            ("产出指标", "数量指标", "补助在园幼儿", "≥", "9,500", "人", "9,860", 15, 15),
            ("产出指标", "质量指标", "幼儿园保教质量评估达标率", "≥", "90", "%", "93.8", 10, 10),
            ("产出指标", "成本指标", "生均年补助标准", "≤", "243", "元", "238.5", 10, 10),
            ("效益指标", "社会效益指标", "公办园在园幼儿占比", "≥", "55", "%", "56.2", 15, 15),
            ("效益指标", "可持续影响指标", "学前教育毛入园率", "≥", "92", "%", "93.1", 15, 15),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", "90", "%", "95", 10, 10),
        ],
    }
    p["exec_score"] = 9.8
    return p


def blocks_ev07(p: dict[str, Any]) -> list[Block]:
    """Layout E4: full-width digits and the unit in its own column (completed values without a unit)."""
    rate = p["spent"] / p["full"] * 100
    total = round(p["exec_score"] + sum(i[8] for i in p["inds"]), 2)
    w = 9
    rows: list[list[str]] = [
        ["项目名称", p["name"], "<", "<", "<", "主管部门", p["dept"], "<", "<"],
        ["实施单位", p["impl"], "<", "<", "<", "<", "<", "<", "<"],
        ["项目资金（万元）", "<", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率（%）", "得分", "<"],
        ["年度资金总额", "<", fw(wan(p["budget"])), fw(wan(p["full"])), fw(wan(p["spent"])), fw("10"),
         fw(f"{rate:.2f}"), fw(wan(p["exec_score"])), "<"],
        ["其中：财政拨款", "<", fw(wan(p["budget"])), fw(wan(p["full"])), fw(wan(p["spent"])), "—", "—", "—", "<"],
        ["年度总体目标", p["goal"], "<", "<", "<", "<", "<", "<", "<"],
        ["实际完成情况", p["actual"], "<", "<", "<", "<", "<", "<", "<"],
        ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "计量单位", "实际完成值", "分值", "得分"],
    ]
    body = [[i[0], i[1], i[2], i[3], fw(i[4]), i[5], fw(i[6]), fw(wan(i[7])), fw(wan(i[8]))] for i in p["inds"]]
    rows += grouped(body, (0, 1))
    rows += [["总分", "<", "<", "<", "<", "<", "<", fw("100"), fw(wan(total))],
             ["自评等级", grade(total), "<", "<", "<", "<", "<", "<", "<"],
             ["存在问题及改进措施", "各项指标均已完成，下一步继续按学期及时拨付补助资金。", "<", "<", "<", "<", "<", "<", "<"]]
    assert all(len(x) == w for x in rows)
    return [("h", fw(f"{p['year']}年度项目支出绩效自评表")), ("t", rows)]


def ev_label(p: dict[str, Any], layout_class: str, layout: str, source: str, defect: str, must: list[str],
             drop: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"kind": "self_evaluation", "layout_class": layout_class, "layout": layout, "source": source,
            "defect": defect, "must": must, "must_not": [r for r in EV_MUST_NOT if r not in drop],
            "project_name": p["name"], "fiscal_year": p["year"], "total_funds_wan": p["budget"],
            "indicator_rows": len(p["inds"])}


def check_ev(p: dict[str, Any], *, exec_ok: bool = True) -> None:
    """Clean samples: the execution score, the weights 10/50/30/10 and the proportional scores are consistent."""
    rate = p["spent"] / p["full"]
    if exec_ok:
        assert abs(p["exec_score"] - round(min(rate, 1) * 10, 1)) < 0.051, (p["name"], p["exec_score"], rate)
    pts = {"产出指标": 0.0, "效益指标": 0.0, "满意度指标": 0.0}
    for i in p["inds"]:
        pts[i[0]] += i[-3] if len(i) == 8 else i[7]
    assert pts == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}, (p["name"], pts)


def make_self_evaluations() -> None:
    p = p_ev01()
    check_ev(p)
    assert ev_total(p) == 99.8
    emit("ev01_园林_第二工作表.xlsx", [], ev_label(
        p, "自评表第二工作表+元", "xlsx：第一个工作表是目录；第二个工作表为自评表，元、千分位，无合并格，拆散的格是空格；"
        "表中夹着页码行“— 1 —”；“年度/指标值”“≥/95%”断行", f"{S_TX}；{S_DQ}", "", []),
        sheets=sheets_ev_xlsx(p, "某区", ev_total(p), grade(ev_total(p))), names=["目录", "自评表"])
    p = p_ev02()
    check_ev(p)
    total = ev_total(p)
    assert abs(18 - 1080 / 1200 * 20) < 1e-9 and abs(26.67 - round(80 / 90 * 30, 2)) < 1e-9
    assert abs(9.11 - round(82 / 90 * 10, 2)) < 1e-9 and total == 88.78 and grade(total) == "良"
    emit("ev02_水质_第二工作表.xlsx", [], ev_label(
        p, "自评表第二工作表+元", "同 ev01", f"{S_TX}；{S_DQ}",
        f"总分{wan(total)}分（各项得分之和，属“良”）却写“自评等级：优”", ["EV-04"], ("EV-04",)),
        sheets=sheets_ev_xlsx(p, "某县", total, "优"), names=["目录", "自评表"])

    p = p_ev03()
    check_ev(p)
    emit("ev03_法律服务_说明盖章.docx", blocks_ev_docx(p, "个别村工作室值守人员不稳定。", "与律师事务所签订值守协议，按月通报值守情况。"),
         ev_label(p, "自评表说明+盖章在前", "docx：表前计分说明一大段和“填报单位（盖章）”；“服务对/象满意度指标”“满意/度”“≥/90%”断行；"
                  "区间值“90%-95%”（实际97%）、文字值“按期完成”“不低于上年”", f"{S_RENREN}；{S_TX}", "", []))
    p = p_ev04()
    check_ev(p)
    assert abs(16.8 - 4200 / 5000 * 20) < 1e-9 and abs(14.4 - 72 / 75 * 15) < 1e-9
    emit("ev04_改厕_说明盖章.docx", blocks_ev_docx(p, "暂无", "暂无"), ev_label(
        p, "自评表说明+盖章在前", "同 ev03", f"{S_RENREN}；{S_DY}",
        "三项指标未完成（改厕4200/5000户、完成时间晚于目标、普及率72%/75%）并已扣分，偏差原因写“暂无”，存在问题和改进措施都写“暂无”",
        ["EV-05"], ("EV-05",)))

    p = p_ev05()
    check_ev(p)
    emit("ev05_居民养老_元续表.pdf", blocks_ev_pdf(p, 5), ev_label(
        p, "自评表元单位续表", "pdf：元、千分位；全年预算数（560,000.00）小于年初预算数（580,000.00）；第 5 个指标后断开，"
        "“第1页 / 共2页”“续表”，续表重复表头、首行一级指标空白；反向指标“≤0.1%”", S_DQ, "", []))
    p = p_ev06()
    check_ev(p, exec_ok=False)
    assert abs(13.57 - round(380 / 420 * 15, 2)) < 1e-9
    assert grade(ev_total(p)) == grade(ev_total(p) - 1) == "优"
    emit("ev06_排水_元续表.pdf", blocks_ev_pdf(p, 4, rate_written=94.0), ev_label(
        p, "自评表元单位续表", "同 ev05", S_DQ,
        "执行率算错：全年执行数2,856,000.00÷全年预算数3,400,000.00=84.00%，表内写94.00%并得9.4分（应为8.4分）",
        ["EV-02"], ("EV-02", "EV-04")))

    p = p_ev07()
    check_ev(p)
    emit("ev07_幼儿园_全角单位单列.docx", blocks_ev07(p), ev_label(
        p, "自评表全角+单位单列", "docx：全角数字；“执行率（%）”列只写数字；指标性质、年度指标值、计量单位分列，实际完成值不带单位；"
        "没有时效指标", f"{S_YYL}；{S_EZ}", "", []))


def main() -> None:
    FILES.mkdir(parents=True, exist_ok=True)
    for old in FILES.iterdir():
        old.unlink()
    make_goal_sheets()
    make_monitoring()
    make_self_evaluations()
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for lab in LABELS:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(LABELS)} 份文件，{sum(1 for x in LABELS if x['must'])} 份有缺陷")


if __name__ == "__main__":
    main()
