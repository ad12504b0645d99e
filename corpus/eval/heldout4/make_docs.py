"""Generate the heldout4 blind set (files/ and labels.jsonl).

Layouts imitate forms seen on public pages (recorded per document in `source`); projects, units and
amounts are invented ("某县/某区…"). Run: python corpus/eval/heldout4/make_docs.py
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # blind_render.py
from blind_render import render  # noqa: E402

FILES = HERE / "files"
U, L = "^", "<"  # merge with the cell above / to the left
Ind = tuple[str, str, str, str, str, str]  # 一级, 二级, 三级, 性质, 值, 单位
LABELS: list[dict[str, Any]] = []
GS_NOT = ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-07", "GS-10", "GS-13", "GS-15", "GS-16"]


def add(name: str, blocks: list[Any], *, kind: str, layout_class: str, layout: str, source: str,
        defect: str = "", must: list[str] | None = None, must_not: list[str] | None = None,
        project_name: Any = None, fiscal_year: int | None = None, total: float | None = None,
        rows: int | None = None, rows_long: int = 0, **kw: Any) -> None:
    path = FILES / name
    render(blocks, path, **kw)
    must = must or []
    LABELS.append({"file": f"files/{name}", "kind": kind, "layout_class": layout_class, "layout": layout,
                   "source": source, "defect": defect, "must": must,
                   "must_not": [r for r in (must_not if must_not is not None else []) if r not in
                                {a for m in must for a in m.split("|")}],
                   "evidence": {}, "project_name": project_name, "fiscal_year": fiscal_year,
                   "total_funds_wan": total, "indicator_rows": rows, "indicator_rows_long": rows_long})


def std_rows(inds: list[Ind], merge: bool = False, head: list[str] | None = None) -> list[list[str]]:
    out = [head or ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"]]
    prev: tuple[str, str] = ("", "")
    for l1, l2, l3, op, v, unit in inds:
        c1 = U if merge and l1 == prev[0] else l1
        c2 = U if merge and (l1, l2) == prev else l2
        out.append([c1, c2, l3, op, v, unit])
        prev = (l1, l2)
    return out


def combined(op: str, v: str, unit: str) -> str:
    return v if op == "定性" else f"{op}{v}{unit}"


# ---------------------------------------------------------------- indicator sets
ROAD: list[Ind] = [
    ("产出指标", "数量指标", "农村公路日常养护里程", "≥", "320", "公里"),
    ("产出指标", "质量指标", "养护路段路面技术状况优良率", "≥", "85", "%"),
    ("产出指标", "时效指标", "年度养护任务完成时间", "≤", "2025年12月31日", ""),
    ("产出指标", "成本指标", "每公里年养护成本", "≤", "1.5", "万元/公里"),
    ("效益指标", "社会效益指标", "农村公路列养率", "≥", "98", "%"),
    ("效益指标", "可持续影响指标", "养护长效机制运行年限", "≥", "3", "年"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%"),
]
ROAD_LONG: list[Ind] = [
    ("产出指标", "数量指标", "三年累计养护里程", "≥", "960", "公里"),
    ("效益指标", "社会效益指标", "农村公路优良中等路率", "≥", "80", "%"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"),
]
TOWN_LONG: list[Ind] = [
    ("产出指标", "数量指标", "五年累计改造户厕", "≥", "1200", "户"),
    ("效益指标", "生态效益指标", "农村生活垃圾有效治理村占比", "≥", "95", "%"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"),
]
TOWN: list[Ind] = [
    ("产出指标", "数量指标", "改造农村户厕", "≥", "260", "户"),
    ("产出指标", "数量指标", "新建垃圾收集点", "≥", "45", "个"),
    ("产出指标", "质量指标", "户厕改造验收合格率", "≥", "95", "%"),
    ("产出指标", "时效指标", "改造完成时间", "≤", "2025年11月30日", ""),
    ("产出指标", "成本指标", "户厕改造每户补助标准", "≤", "0.2", "万元/户"),
    ("效益指标", "生态效益指标", "生活垃圾收运处置率", "≥", "90", "%"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥", "90", "%"),
]
SCHOOL: list[Ind] = [
    ("产出指标", "数量指标", "改造农村学校食堂", "=", "12", "所"),
    ("产出指标", "质量指标", "改造工程验收合格率", "=", "100", "%"),
    ("产出指标", "时效指标", "开工建设时间", "≤", "2025年6月30日", ""),
    ("产出指标", "成本指标", "单所食堂改造成本", "≤", "30", "万元"),
    ("效益指标", "社会效益指标", "受益在校学生人数", "≥", "4800", "人"),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", "90", "%"),
]
ELDER: list[Ind] = [
    ("产出指标", "数量指标", "高龄津贴发放人数", "≥", "5600", "人"),
    ("产出指标", "质量指标", "津贴发放准确率", "=", "100", "%"),
    ("产出指标", "时效指标", "按季度发放及时率", "≥", "98", "%"),
    ("产出指标", "成本指标", "人均年补贴标准", "=", "1200", "元/人"),
    ("效益指标", "社会效益指标", "高龄老人基本生活保障水平", "定性", "高龄老人按标准足额享受津贴", ""),
    ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥", "92", "%"),
]
WATER: list[Ind] = [
    ("产出指标", "数量指标", "水质检测样品数", "≥", "680", "份"),
    ("产出指标", "质量指标", "检测报告合格出具率", "=", "100", "%"),
    ("产出指标", "时效指标", "检测结果报送时限", "≤", "15", "个工作日"),
    ("产出指标", "成本指标", "单份样品检测成本", "≤", "450", "元/份"),
    ("效益指标", "社会效益指标", "农村集中供水工程水质监测覆盖率", "≥", "95", "%"),
    ("满意度指标", "服务对象满意度指标", "供水单位满意度", "≥", "85", "%"),
]
TRAIN: list[Ind] = [
    ("产出指标", "数量指标", "高素质农民培训人数", "≥", "600", "人"),
    ("产出指标", "质量指标", "培训考核合格率", "≥", "90", "%"),
    ("产出指标", "时效指标", "培训完成时间", "≤", "2025年10月31日", ""),
    ("产出指标", "成本指标", "人均培训成本", "≤", "2500", "元/人"),
    ("效益指标", "经济效益指标", "参训农民人均增收", "≥", "1500", "元"),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", "90", "%"),
]


def header_table(pairs: list[tuple[str, str, str, str]]) -> list[list[str]]:
    return [[a, b, c, d] for a, b, c, d in pairs]


# ---------------------------------------------------------------- 宁乡式 项目绩效目标表（湖南）
def ningxiang(year: int, unit: str, name: str, total: str, fin: str, up: str, local: str, own: str, other: str,
              long_goal: str, year_goal: str, inds: list[Ind], long_inds: list[Ind],
              bad_rows: dict[int, tuple[str, str]] | None = None,
              overview: str = "对辖区内列养农村公路开展日常养护、小修保养和病害处治。",
              basis: str = "《农村公路养护管理办法》及县政府年度工作安排。") -> list[Any]:
    head = header_table([
        ("项目名称", name, "项目属性", "新增项目□  延续项目√"),
        ("主管部门", unit.split("（")[0], "主管部门编码", "412001"),
        ("项目单位", unit, "项目负责人", "李某"),
        ("项目起止时间", f"{year}年1月—{year}年12月", "联系电话", "0731-8xxxxxx"),
        ("资金总额及构成", f"总额：{total}万元", L, L),
        (U, f"一、财政拨款：{fin}万元（其中：上级财政资金：{up}万元；本级财政：{local}万元）", L, L),
        (U, f"二、自有资金：{own}万元", L, L),
        (U, f"三、其他：{other}万元", L, L),
        ("项目概况", overview, L, L),
        ("立项依据", basis, L, L),
    ])
    plan = [["项目实施进度计划", "实施内容", "开始时间", "完成时间"],
            [U, "招标及合同签订", f"{year}年1月", f"{year}年3月"],
            [U, "组织实施", f"{year}年3月", f"{year}年11月"],
            [U, "考核验收", f"{year}年12月", f"{year}年12月"]]
    goals = [["项目绩效目标", "长期目标", "年度目标"], [U, long_goal, year_goal]]

    def tbl(rows: list[Ind], title: str, bad: dict[int, tuple[str, str]] | None) -> list[list[str]]:
        out = [[title, L, L, L, L], ["一级指标", "二级指标", "指标内容", "指标值", "备注"]]
        prev = ""
        for i, (l1, l2, l3, op, v, unit) in enumerate(rows):
            content, value = (bad or {}).get(i, (l3, combined(op, v, unit)))
            out.append([U if l1 == prev else l1, l2, content, value, ""])
            prev = l1
        return out

    return [("p", f"项目绩效目标表（{year}年度）"), ("p", f"填报单位（盖章）：{unit}"),
            ("t", head), ("t", plan), ("t", goals),
            ("t", tbl(long_inds, "长期绩效指标", None)), ("t", tbl(inds, "年度绩效指标", bad_rows))]


# ---------------------------------------------------------------- 广水式 部门整体支出绩效目标申报表（湖北）
def guangshui(year: int, dept: str, fin: str, oth: str, tot: str, basic: str, proj: str, tot2: str,
              prev: tuple[str, str], tasks: list[tuple[str, str]], inds: list[Ind]) -> list[Any]:
    money = [["部门（单位）名称", dept, "填报人", "王某", "联系电话", "0722-xxxxxxx"],
             ["部门总体资金情况（单位：万元）", "收入构成", "当年金额", "占比", f"{year - 1}年金额", f"{year - 2}年金额"],
             [U, "财政拨款", fin, "", prev[0], prev[1]],
             [U, "其他资金", oth, "", "", ""],
             [U, "合计", tot, "100%", prev[0], prev[1]],
             [U, "支出构成", "当年金额", "占比", "", ""],
             [U, "基本支出", basic, "", "", ""],
             [U, "项目支出", proj, "", "", ""],
             [U, "合计", tot2, "100%", "", ""],
             ["部门职能概述", "负责全县公共文化服务体系建设、文物保护和群众文化活动组织。", L, L, L, L]]
    task = [["年度主要任务", "任务名称", "主要内容", "预算金额（万元）"]]
    for t, amt in tasks:
        task.append([U, t, f"按年度计划完成{t}", amt])
    return [("h", "部门整体支出绩效目标申报表"), ("p", f"（{year}年度）  填报日期：{year - 1}年12月20日"),
            ("t", money), ("t", task),
            ("t", [["年度绩效目标", "保障机关正常运转，完成公共文化服务、文物安全巡查和文化惠民演出等年度任务。"]]),
            ("t", std_rows(inds, merge=True))]


CULT: list[Ind] = [
    ("产出指标", "数量指标", "送戏下乡演出场次", "≥", "120", "场"),
    ("产出指标", "数量指标", "文物安全巡查次数", "≥", "48", "次"),
    ("产出指标", "质量指标", "公共文化场馆免费开放达标率", "=", "100", "%"),
    ("产出指标", "时效指标", "年度任务完成时间", "≤", "12月31日", ""),
    ("产出指标", "成本指标", "公用经费控制数", "≤", "96", "万元"),
    ("效益指标", "社会效益指标", "群众文化活动参与人次", "≥", "8", "万人次"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%"),
]


def build() -> None:
    FILES.mkdir(parents=True, exist_ok=True)
    for old in FILES.iterdir():
        old.unlink()
    y = 2025

    # ---- goal sheets -------------------------------------------------------------------------
    b = ningxiang(y, "某县交通运输局（某县农村公路养护中心）", "某县农村公路日常养护项目", "520", "400", "300",
                  "100", "0", "80", "建立县乡村三级农村公路养护长效机制，路况持续稳定。",
                  "完成320公里农村公路日常养护，优良率不低于85%。", ROAD, ROAD_LONG)
    add("gs01_hunan_ningxiang_funds.docx", b, kind="goal_sheet", layout_class="宁乡式目标表",
        layout="表头字段+资金总额及构成（一格多行，上级/本级括注）+进度计划+长期/年度两张指标表（指标内容/指标值合写）",
        source="renrendoc.com（宁乡市某镇项目绩效目标表）", defect="资金总额520万元，财政拨款400+自有0+其他80=480",
        must=["GS-02"], must_not=["GS-04", "GS-05", "GS-07", "GS-10", "GS-13"],
        project_name="某县农村公路日常养护项目", fiscal_year=y, total=520, rows=7, rows_long=3)

    b = ningxiang(y, "某镇人民政府", "某镇农村人居环境整治项目", "300", "260", "200", "60", "0", "40",
                  "镇域农村人居环境明显改善。", "完成260户户厕改造和45个垃圾收集点建设。", TOWN, TOWN_LONG,
                  bad_rows={2: ("88", "100"), 3: ("88", "100")},
                  overview="实施农村户厕改造和垃圾收集点建设。", basis="县农村人居环境整治提升五年行动方案。")
    add("gs02_hunan_ningxiang_placeholder.xlsx", b, kind="goal_sheet", layout_class="宁乡式目标表",
        layout="同上，xlsx，合并单元格", source="renrendoc.com（宁乡市某镇项目绩效目标表：指标栏填“88/100”占位）",
        defect="质量、时效两行指标内容填“88”、指标值填“100”（模板占位未改）",
        must=["GS-01|GS-03|GS-05|GS-06|GS-04"], must_not=["GS-02", "GS-13"],
        project_name="某镇农村人居环境整治项目", fiscal_year=y, total=300, rows=7, rows_long=3)

    b = guangshui(y, "某县文化和旅游局", "1120.50", "35.00", "1155.50", "8352600", "320.24", "1155.50",
                  ("1098.20", "1043.70"), [("送戏下乡", "60.00"), ("文物安全巡查", "45.24"), ("公共文化场馆运行", "215.00")],
                  CULT)
    add("gs03_hubei_dept_units.xlsx", b, kind="goal_sheet", layout_class="广水式部门整体目标表",
        layout="部门整体：收入构成/支出构成（当年金额、占比、近两年金额）+年度主要任务+整体指标（一级二级合并）",
        source="pdf.chddh.cn（广水市某部门整体支出绩效目标申报表：万元表内混有以元填写的金额）",
        defect="支出构成“基本支出”按元填了8352600（应为835.26万元），支出合计对不上",
        must=["GS-02"], must_not=["GS-04", "GS-05", "GS-07", "GS-13"],
        project_name="某县文化和旅游局", fiscal_year=y, total=1155.5, rows=7)

    b = guangshui(y, "某县图书馆", "286.40", "12.00", "298.40", "188.40", "110.00", "298.40",
                  ("301.60", "276.90"), [("图书采购", "60.00"), ("阅读推广", "20.00"), ("数字资源维护", "30.00")],
                  [*CULT[:1], ("产出指标", "数量指标", "新增馆藏图书", "≥", "1.2", "万册"), *CULT[2:]])
    add("gs04_hubei_dept_clean.docx", b, kind="goal_sheet", layout_class="广水式部门整体目标表",
        layout="同上，docx；近两年金额大于当年（易被当作资金总额）",
        source="pdf.chddh.cn（广水市某部门整体支出绩效目标申报表）", must_not=GS_NOT,
        project_name="某县图书馆", fiscal_year=y, total=298.4, rows=7)

    def prior(name: str, unit: str, yr: int, rows_f: list[tuple[str, str, str, str]], goal: str,
              inds: list[tuple[str, str, str, str, str, str, str]]) -> list[Any]:
        head = [["项目名称", name, "实施单位", unit], ["主管部门", "某县农业农村局", "项目期限", f"{yr}年度"]]
        fund = [["资金来源", f"上年预算数（{yr - 1}年，万元）", f"本年预算数（{yr}年，万元）", "增减变动"]]
        fund += [list(r) for r in rows_f]
        ind = [["一级指标", "二级指标", "三级指标", "上年实际值", "本年目标值", "计量单位"]]
        for l1, l2, l3, p, op, v, unit_ in inds:
            ind.append([l1, l2, l3, p, f"{op}{v}" if op != "定性" else v, unit_])
        return [("h", f"{yr}年度项目支出绩效目标表"), ("t", head), ("t", fund),
                ("t", [["年度绩效目标", goal]]), ("t", ind)]

    pinds = [("产出指标", "数量指标", "高素质农民培训人数", "560", "≥", "600", "人"),
             ("产出指标", "质量指标", "培训考核合格率", "91%", "≥", "90", "%"),
             ("产出指标", "时效指标", "培训任务完成时间", f"{y - 1}年11月", "≤", "2026年3月31日", ""),
             ("产出指标", "成本指标", "人均培训成本", "2400", "≤", "2500", "元/人"),
             ("效益指标", "经济效益指标", "参训农民人均增收", "1400", "≥", "1500", "元"),
             ("满意度指标", "服务对象满意度指标", "参训学员满意度", "93%", "≥", "90", "%")]
    b = prior("某县高素质农民培育项目", "某县农业技术推广中心", y,
              [("财政拨款", "140.00", "150.00", "+10.00"), ("其中：中央转移支付", "100.00", "110.00", "+10.00"),
               ("其他资金", "0", "0", "0"), ("合计", "140.00", "150.00", "+10.00")],
              "培训高素质农民600人，带动参训农民增收。", pinds)
    add("gs05_shaanxi_prior_deadline.docx", b, kind="goal_sheet", layout_class="上年/本年对照表",
        layout="资金来源上年预算数/本年预算数/增减三列；指标表上年实际值/本年目标值",
        source="m.zixin.com.cn 与 renrendoc.com 所见“上年度/本年度”对照栏（陕西式样为编写）",
        defect="时效指标“培训任务完成时间≤2026年3月31日”越出2025预算年度",
        must=["GS-10"], must_not=["GS-02", "GS-04", "GS-05", "GS-07", "GS-13"],
        project_name="某县高素质农民培育项目", fiscal_year=y, total=150, rows=6)

    pinds2 = [("产出指标", "数量指标", "水质检测样品数", "720", "≥", "680", "份"),
              ("产出指标", "质量指标", "检测报告合格出具率", "100%", "=", "100", "%"),
              ("产出指标", "时效指标", "检测结果报送时限", "15", "≤", "15", "个工作日"),
              ("产出指标", "成本指标", "单份样品检测成本", "430", "≤", "450", "元/份"),
              ("效益指标", "社会效益指标", "农村集中供水工程水质监测覆盖率", "93%", "≥", "95", "%"),
              ("满意度指标", "服务对象满意度指标", "供水单位满意度", "88%", "≥", "85", "%")]
    b = prior("某县农村饮水安全水质检测项目", "某县疾病预防控制中心", y,
              [("财政拨款", "48.00", "36.00", "-12.00"), ("其中：上级补助", "30.00", "20.00", "-10.00"),
               ("单位自筹", "6.00", "4.00", "-2.00"), ("合计", "54.00", "40.00", "-14.00")],
              "全年检测农村集中供水工程水样不少于680份，及时报送检测结果。", pinds2)
    add("gs06_shaanxi_prior_clean.xlsx", b, kind="goal_sheet", layout_class="上年/本年对照表",
        layout="同上，xlsx；上年预算大于本年；上级补助是财政拨款的“其中”项",
        source="m.zixin.com.cn 与 renrendoc.com 所见“上年度/本年度”对照栏；宾阳县水质检测中心（crossfitfinalpush.com）",
        must_not=GS_NOT, project_name="某县农村饮水安全水质检测项目", fiscal_year=y, total=40, rows=6)

    def weighted(name: str, unit: str, yr: int, total: str, src: list[tuple[str, str]], goal: str,
                 inds: list[Ind], weights: list[str]) -> list[Any]:
        head = [["项目名称", name, "预算单位", unit, "资金总额（万元）", total]]
        head += [["资金来源", s, "金额（万元）", a, "", ""] for s, a in src]
        ind = [["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（%）", "指标方向"]]
        for (l1, l2, l3, op, v, u), w in zip(inds, weights, strict=True):
            ind.append([l1, l2, l3, op, v, u, w, "反向" if op == "≤" else ("正向" if op in "≥>" else "—")])
        return [("p", f"{yr}年项目支出绩效目标表"), ("t", head), ("t", [["年度绩效目标", goal]]), ("t", ind)]

    b = weighted("某县老年人高龄津贴项目", "某县民政局", y, "672.00",
                 [("本级财政资金", "672.00"), ("上级补助资金", "0")], "按标准为5600名80周岁以上老人发放高龄津贴。",
                 ELDER[:5], ["20", "20", "15", "15", "30"])
    add("gs07_anhui_weighted_nosat.xlsx", b, kind="goal_sheet", layout_class="权重方向表",
        layout="一行表头（名称/单位/资金总额）+来源行；指标表含权重（%）与指标方向（正向/反向）",
        source="qbidia 一体化导出所见“权重/指标方向性”栏（heldout3 记录的事实）；安徽式样为编写",
        defect="面向老人发放津贴却没有满意度指标", must=["GS-04"], must_not=["GS-02", "GS-05", "GS-07", "GS-13"],
        project_name="某县老年人高龄津贴项目", fiscal_year=y, total=672, rows=5)

    b = weighted("某区农村集中供水水质监测项目", "某区疾病预防控制中心", y, "30.60",
                 [("区级财政资金", "18.60"), ("上级转移支付", "12.00")], "完成680份水样检测，检测结果15个工作日内报送。",
                 WATER, ["20", "15", "15", "10", "25", "15"])
    add("gs08_anhui_weighted_clean.docx", b, kind="goal_sheet", layout_class="权重方向表",
        layout="同上，docx；反向指标（≤）和时限“15个工作日”", source="同 gs07", must_not=GS_NOT,
        project_name="某区农村集中供水水质监测项目", fiscal_year=y, total=30.6, rows=6)

    def no_l1(name: str, unit: str, yr: int, total: str, src: list[tuple[str, str]], goal: str,
              inds: list[Ind]) -> list[Any]:
        head = [["项目名称", name, L, L], ["申报单位", unit, "项目类别", "经常性项目"],
                ["资金总额（万元）", total, "实施期限", f"{yr}年1月至12月"]]
        head += [["其中：" + s, a, "", ""] for s, a in src]
        ind = [["二级指标", "三级指标", "指标性质", "指标值", "计量单位"]]
        prev = ""
        for _, l2, l3, op, v, u in inds:
            ind.append([U if l2 == prev else l2, l3, op, v, u])
            prev = l2
        return [("h", "项目支出绩效目标申报表"), ("p", f"（{yr}年度）"), ("t", head),
                ("t", [["年度目标", goal]]), ("t", ind)]

    b = no_l1("某县中小学食堂改造项目", "某县教育体育局", y, "360.00",
              [("县级财政资金", "240.00"), ("上级专项资金", "120.00")], "改造12所农村学校食堂，改善就餐条件。",
              [i for i in SCHOOL if i[1] != "成本指标"])
    add("gs09_jiangxi_nol1_nocost.docx", b, kind="goal_sheet", layout_class="无一级列目标表",
        layout="表头字段+“其中：”来源行；指标表只有二级/三级/性质/值/单位，二级合并",
        source="m.zixin.com.cn（大庆式：指标表没有一级指标列，heldout3 记录的事实）；江西式样为编写",
        defect="没有成本指标", must=["GS-04|GS-13"], must_not=["GS-02", "GS-05", "GS-07"],
        project_name="某县中小学食堂改造项目", fiscal_year=y, total=360, rows=5)

    b = no_l1("某县高素质农民培训项目", "某县农业农村局", y, "150.00",
              [("中央衔接资金", "110.00"), ("县级配套", "40.00")], "培训高素质农民不少于600人。", TRAIN)
    add("gs10_jiangxi_nol1_clean.pdf", b, kind="goal_sheet", layout_class="无一级列目标表",
        layout="同上，pdf", source="同 gs09", must_not=GS_NOT,
        project_name="某县高素质农民培训项目", fiscal_year=y, total=150, rows=6)

    def merged(name: str, unit: str, yr: int, total: str, src: list[tuple[str, str]], goal: str,
               inds: list[Ind], value_with_unit: bool = False) -> list[Any]:
        t: list[list[str]] = [["项目名称", name, L, L, L, L], ["主管部门", unit, L, "实施单位", unit, L],
                              ["项目资金（万元）", "资金总额", total, L, L, L]]
        for s, a in src:
            t.append([U, s, a, L, L, L])
        t.append(["年度绩效目标", goal, L, L, L, L])
        t.append(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"])
        prev = ("", "")
        for l1, l2, l3, op, v, u in inds:
            val = f"{op}{v}{u}" if value_with_unit and op != "定性" else (v if op == "定性" else f"{op}{v}")
            t.append([U, U if l1 == prev[0] else l1, U if (l1, l2) == prev else l2, l3, val, u])
            prev = (l1, l2)
        return [("h", f"{yr}年度项目支出绩效目标表"), ("t", t)]

    sat_bad = [i if i[1] != "服务对象满意度指标" else (i[0], i[1], i[2], "≥", "105", "%") for i in TOWN]
    b = merged("某县城乡环卫一体化运营项目", "某县城市管理局", y, "300.00",
               [("财政资金", "260.00"), ("其他资金", "40.00")], "完成户厕改造260户、垃圾收集点45个，提升环卫水平。",
               sat_bad)
    add("gs11_hebei_merged_sat105.docx", b, kind="goal_sheet", layout_class="整表合并目标表",
        layout="一张表：资金总额/来源在“项目资金”纵向合并格下；“绩效指标”纵向合并，一级/二级合并；指标值含符号",
        source="kunmingchi.com（绩效目标评审申报表的纵向合并栏）；河北式样为编写",
        defect="满意度指标值≥105%", must=["GS-07"], must_not=["GS-02", "GS-04", "GS-13"],
        project_name="某县城乡环卫一体化运营项目", fiscal_year=y, total=300, rows=7)

    b = merged("某区城市道路照明维护项目", "某区城市管理局", y, "86.00",
               [("区级财政资金", "86.00"), ("其他资金", "0")], "保障城区主次干道路灯正常运行，亮灯率不低于98%。",
               [("产出指标", "数量指标", "维护路灯数量", "≥", "6200", "盏"),
                ("产出指标", "质量指标", "主次干道亮灯率", "≥", "98", "%"),
                ("产出指标", "时效指标", "故障路灯修复时限", "≤", "48", "小时"),
                ("产出指标", "成本指标", "单盏路灯年维护成本", "≤", "138", "元/盏"),
                ("效益指标", "社会效益指标", "夜间道路照明覆盖率", "≥", "95", "%"),
                ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", "90", "%")], value_with_unit=True)
    add("gs12_hebei_merged_clean.xlsx", b, kind="goal_sheet", layout_class="整表合并目标表",
        layout="同上，xlsx；指标值带单位（≥98%）同时单位栏又写%", source="同 gs11；crossfitfinalpush.com（亮灯率99%）",
        must_not=GS_NOT, project_name="某区城市道路照明维护项目", fiscal_year=y, total=86, rows=6)

    b = no_l1("某县农村学校食堂改造项目", "某县教育局", y, "360.00",
              [("县级财政资金", "240.00"), ("上级专项资金", "120.00")],
              "已完成全县12所农村学校食堂改造，学生及家长满意度均超过90%。", SCHOOL)
    b[0] = ("h", "项目绩效目标申报表")
    add("gs13_shanxi_pasttense.pdf", b, kind="goal_sheet", layout_class="无一级列目标表",
        layout="无一级列表，pdf", source="m.zixin.com.cn；shutu.cn（“已完成”式目标，rulebook GS-15）；山西式样为编写",
        defect="年度目标写成已完成式（“已完成……均超过90%”）", must=["GS-15"],
        must_not=["GS-02", "GS-04", "GS-05", "GS-07", "GS-13"],
        project_name="某县农村学校食堂改造项目", fiscal_year=y, total=360, rows=6)

    vague = [i if i[1] != "社会效益指标" else (i[0], i[1], "老年人基本生活保障水平", "≥", "进一步提升", "") for i in ELDER]
    b = merged("某县高龄老人津贴发放项目", "某县民政局", y, "672.00", [("县级财政资金", "672.00")],
               "为5600名高龄老人按季度发放津贴。", vague)
    add("gs14_jilin_vague.docx", b, kind="goal_sheet", layout_class="整表合并目标表",
        layout="整表合并，docx", source="zczrbj.com（指标值“模糊化”写法，rulebook GS-06）；吉林式样为编写",
        defect="效益指标值“≥进一步提升”（定量符号配笼统词）", must=["GS-06|GS-05|GS-03"],
        must_not=["GS-02", "GS-04", "GS-13"],
        project_name="某县高龄老人津贴发放项目", fiscal_year=y, total=672, rows=6)

    def yuan(name: str, unit: str, yr: int, total_yuan: str, src: list[tuple[str, str]], goal: str,
             inds: list[Ind]) -> list[Any]:
        t = [["单位名称", "项目名称", "资金总额（元）", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]]
        for k, (l1, l2, l3, op, v, u) in enumerate(inds):
            t.append([unit if k == 0 else U, name if k == 0 else U, total_yuan if k == 0 else U,
                      goal if k == 0 else U, l1, l2, l3, op, v, u])
        s = [["资金来源", "金额（元）"]] + [list(x) for x in src]
        return [("p", f"{yr}年度项目支出绩效目标表"), ("p", "金额单位：元"), ("t", t), ("t", s)]

    cost_bad = [("产出指标", "数量指标", "救助困难残疾人", "≥", "820", "人"),
                ("产出指标", "质量指标", "补贴发放准确率", "=", "100", "%"),
                ("产出指标", "时效指标", "按月发放及时率", "≥", "98", "%"),
                ("产出指标", "成本指标", "生活补贴发放总额", "≤", "1,250,000", "元"),
                ("效益指标", "社会效益指标", "困难残疾人基本生活保障覆盖率", "=", "100", "%"),
                ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥", "90", "%")]
    b = yuan("某区困难残疾人生活补贴项目", "某区残疾人联合会", y, "984,000.00",
             [("区级财政资金", "984,000.00")], "为820名困难残疾人按月发放生活补贴。", cost_bad)
    add("gs15_liaoning_yuan_cost.xlsx", b, kind="goal_sheet", layout_class="元单位单项目导出",
        layout="一体化导出样式（元、千分位），名称/资金/目标纵向合并", source="qbidia（一体化导出金额以元计，heldout3 记录的事实）；辽宁式样为编写",
        defect="成本指标“补贴发放总额≤1,250,000元”超过资金总额984,000元", must=["GS-13"],
        must_not=["GS-02", "GS-04", "GS-05", "GS-07"],
        project_name="某区困难残疾人生活补贴项目", fiscal_year=y, total=98.4, rows=6)

    b = yuan("某区社区养老服务站运营补助项目", "某区民政局", y, "1,860,000.00",
             [("区级财政资金", "1,260,000.00"), ("福彩公益金", "600,000.00")], "补助18个社区养老服务站运营，年服务老人不少于3万人次。",
             [("产出指标", "数量指标", "补助社区养老服务站", "=", "18", "个"),
              ("产出指标", "数量指标", "年服务老人人次", "≥", "30,000", "人次"),
              ("产出指标", "质量指标", "服务站运营评估达标率", "≥", "90", "%"),
              ("产出指标", "时效指标", "补助资金拨付时间", "≤", "2025年9月30日", ""),
              ("产出指标", "成本指标", "单站年运营补助", "≤", "103,300", "元/个"),
              ("效益指标", "社会效益指标", "居家老人助餐覆盖率", "≥", "60", "%"),
              ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90", "%")])
    add("gs16_liaoning_yuan_clean.xlsx", b, kind="goal_sheet", layout_class="元单位单项目导出",
        layout="同上；福彩公益金来源；单站补助以元计（≤资金总额）", source="同 gs15", must_not=GS_NOT,
        project_name="某区社区养老服务站运营补助项目", fiscal_year=y, total=186, rows=7)

    # multi-project disclosure (部门预算公开 第四部分 预算绩效情况)
    def proj_block(no: str, name: str, amt: str, goal: str, inds: list[Ind]) -> list[Any]:
        return [("p", f"（{no}）{name}"),
                ("t", [["项目名称", name, "预算金额（万元）", amt], ["年度绩效目标", goal, L, L]]),
                ("t", std_rows(inds, merge=True))]

    b = [("h", "某县卫生健康局2025年部门预算公开说明"), ("p", "第四部分 预算绩效情况"),
         ("p", "一、部门整体绩效目标编制情况：本部门2025年整体支出绩效目标已随部门预算报县人大审议。"),
         ("p", "二、重点项目绩效目标编制情况")]
    b += proj_block("一", "某县农村饮水水质监测项目", "30.60", "完成680份水样检测，及时报送检测结果。", WATER)
    b += proj_block("二", "某县老年人健康体检项目", "96.00", "", [
        ("产出指标", "数量指标", "65岁以上老人免费体检人数", "≥", "12000", "人"),
        ("产出指标", "质量指标", "体检报告规范率", "≥", "95", "%"),
        ("产出指标", "时效指标", "体检完成时间", "≤", "2025年10月31日", ""),
        ("产出指标", "成本指标", "人均体检成本", "≤", "80", "元/人"),
        ("效益指标", "社会效益指标", "老年人健康管理率", "≥", "65", "%"),
        ("满意度指标", "服务对象满意度指标", "体检老人满意度", "≥", "90", "%")])
    add("gs17_hubei_disclosure_multi.docx", b, kind="goal_sheet", layout_class="预算公开重点项目目标",
        layout="部门预算公开说明“第四部分 预算绩效情况”，两个重点项目各一张小表+指标表",
        source="guangshui.gov.cn（广水市某街道部门预算公开目录：部门整体绩效目标、重点项目绩效目标编制情况）",
        defect="第二个项目“年度绩效目标”栏空白", must=["GS-01"], must_not=["GS-02", "GS-05", "GS-07"],
        project_name=["某县农村饮水水质监测项目", "某县老年人健康体检项目"], fiscal_year=y, total=None, rows=12)

    b = no_l1("某区老旧小区电动自行车充电设施建设项目", "某区住房和城乡建设委员会", y, "45.00",
              [("区级财政资金", "45.00")], "建设充电设施，消除飞线充电隐患。",
              [("产出指标", "数量指标", "新建充电端口", "≥", "1500", "个"),
               ("满意度指标", "服务对象满意度指标", "居民满意度", "≥", "90", "%")])
    add("gs18_tianjin_two_rows.docx", b, kind="goal_sheet", layout_class="无一级列目标表",
        layout="无一级列表，docx", source="m.dybbs8.com（三级指标“总数不得少于3个”）；天津式样为编写",
        defect="只有2个指标（无质量、时效、成本、效益）", must=["GS-16|GS-04"], must_not=["GS-02", "GS-05", "GS-07"],
        project_name="某区老旧小区电动自行车充电设施建设项目", fiscal_year=y, total=45, rows=2)

    unit_bad = [("产出指标", "数量指标", "购置便携式水质检测设备", "≥", "20", "万元"), *WATER[1:]]
    b = merged("某县水质检测能力提升项目", "某县疾病预防控制中心", y, "58.00",
               [("县级财政资金", "38.00"), ("自治区补助资金", "20.00")], "购置便携式检测设备，提升基层水质检测能力。",
               unit_bad)
    add("gs19_ningxia_unit_mismatch.pdf", b, kind="goal_sheet", layout_class="整表合并目标表",
        layout="整表合并，pdf", source="rulebook GS-05 与 qbidia（单位与指标不配的常见错误）；宁夏式样为编写",
        defect="数量指标“购置设备≥20”单位写成“万元”", must=["GS-05"], must_not=["GS-02", "GS-04", "GS-07"],
        project_name="某县水质检测能力提升项目", fiscal_year=y, total=58, rows=6)

    b = weighted("某区社区卫生服务中心家庭医生签约服务项目", "某区卫生健康委员会", 2026, "128.00",
                 [("区级财政资金", "98.00"), ("市级补助资金", "30.00")], "重点人群家庭医生签约率不低于75%。",
                 [("产出指标", "数量指标", "签约服务重点人群", "≥", "3.2", "万人"),
                  ("产出指标", "质量指标", "重点人群签约服务覆盖率", "≥", "75", "%"),
                  ("产出指标", "时效指标", "签约服务费拨付时间", "≤", "2026年12月15日", ""),
                  ("成本指标", "经济成本指标", "人均签约服务补助", "≤", "40", "元/人"),
                  ("效益指标", "社会效益指标", "签约居民续约率", "≥", "70", "%"),
                  ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", "85", "%")],
                 ["15", "15", "10", "10", "30", "20"])
    add("gs20_beijing_costl1_clean.docx", b, kind="goal_sheet", layout_class="权重方向表",
        layout="权重方向表，成本为一级指标（101号式），2026年度", source="rulebook 101号式（成本为一级）；北京式样为编写",
        must_not=GS_NOT, project_name="某区社区卫生服务中心家庭医生签约服务项目", fiscal_year=2026, total=128, rows=6)

    # ---- appraisal reports ---------------------------------------------------------------------
    def report(title: str, name: str, unit: str, amt: str, sections: dict[str, str], tail: list[Any]) -> list[Any]:
        b: list[Any] = [("h", title), ("t", [["项目名称", name], ["项目单位", unit], ["申请资金总额", f"{amt}万元"],
                                              ["评估时间", "2024年10月"]])]
        for h, body in sections.items():
            b.append(("p", h))
            if body:
                b.append(("p", body))
        return b + tail

    five = {
        "一、评估对象基本情况": "",
        "（一）项目立项背景": "依据《某省“十四五”养老服务体系规划》，县内社区养老服务站运营经费不足。",
        "（二）项目主要内容": "对18个社区养老服务站按运营评估结果给予补助。",
        "（三）项目绩效目标": "年服务老人不少于3万人次，服务对象满意度不低于90%。",
        "（四）项目资金构成": "申请县级财政资金186万元。",
        "二、评估工作开展情况": "采用资料审核、实地调研和专家论证相结合的方式，按评分指标体系打分。",
        "三、综合评估情况与评估结论": "",
        "（一）立项必要性": "项目符合规划，与民政部门职责相关，无重复交叉。得分18分（满分20分）。",
        "（二）投入经济性": "补助标准参照省定额，测算依据充分。得分17分（满分20分）。",
        "（三）绩效目标合理性": "目标明确，指标细化量化。得分17分（满分20分）。",
        "（四）实施方案可行性": "有实施方案、时间安排和责任分工，资金按季度拨付。得分17分（满分20分）。",
        "（五）筹资合规性": "资金来源为县级一般公共预算，财权事权匹配。得分17分（满分20分）。",
    }
    s1 = dict(five)
    s1["（一）立项必要性"] = "项目必要性论证不足，需求测算缺乏数据支撑。得分12分（满分20分）。"
    s1["（二）投入经济性"] = "测算依据不足，单价偏高。得分11分（满分20分）。"
    s1["（三）绩效目标合理性"] = "指标与资金不匹配。得分12分（满分20分）。"
    s1["（四）实施方案可行性"] = "实施方案未明确责任分工。得分11分（满分20分）。"
    s1["（五）筹资合规性"] = "资金来源已落实。得分12分（满分20分）。"
    b = report("某县社区养老服务站运营补助项目事前绩效评估报告", "某县社区养老服务站运营补助项目", "某县民政局", "186",
               s1, [("p", "（六）总体结论：综合评分58分。评估结论：予以支持。"), ("p", "四、相关建议"),
                    ("p", "补充需求测算依据。"), ("p", "五、其他需要说明的问题：无。")])
    add("ea01_anhui_score_conclusion.docx", b, kind="appraisal_report", layout_class="市级参考格式评估报告",
        layout="表头+一、评估对象基本情况（背景/内容/目标/资金构成）二、工作开展 三、五性+总体结论 四、建议 五、其他",
        source="chacewang.com（市级事前绩效评估管理办法附件1 报告参考格式）",
        defect="综合评分58分却“予以支持”", must=["EA-RPT-03"], must_not=["EA-RPT-01", "EA-NEC-04"],
        project_name="某县社区养老服务站运营补助项目", fiscal_year=2025, total=186)

    detail = [["项目用途", "数量", "单位", "单价（元）", "金额（万元）", "测算依据"],
              ["充电桩设备购置", "150", "套", "2,400", "36.00", "政府采购指导价"],
              ["线缆及安装", "150", "套", "800", "15.00", "市场询价3家"],
              ["消防设施配套", "30", "处", "1,000", "3.00", "定额"],
              ["合计", "", "", "", "54.00", ""]]
    b = report("某区老旧小区电动自行车充电设施建设项目事前绩效评估报告", "某区老旧小区电动自行车充电设施建设项目",
               "某区住房和城乡建设委员会", "54", five | {
                   "（一）项目立项背景": "依据《某市电动自行车管理条例》和区消防安全专项整治方案，老旧小区飞线充电隐患突出。",
                   "（二）项目主要内容": "在30个老旧小区建设150套集中充电设施。",
                   "（三）项目绩效目标": "新建充电端口不少于1500个，居民满意度不低于90%。",
                   "（四）项目资金构成": "申请区级财政资金54万元，预算明细如下表。",
                   "（一）立项必要性": "项目符合区消防安全整治部署，与住建部门职责相关，无重复交叉。得分18分（满分20分）。",
                   "（二）投入经济性": "设备单价参照政府采购指导价，安装费询价3家。得分17分（满分20分）。",
                   "（四）实施方案可行性": "有实施方案、小区名单和进度安排，由街道配合推进。得分17分（满分20分）。",
                   "（五）筹资合规性": "资金来源为区级一般公共预算，财权事权匹配。得分17分（满分20分）。"},
               [("t", detail), ("p", "（六）总体结论：综合评分86分，评估结论：予以支持。")])
    add("ea02_beijing_detail_arith.docx", b, kind="appraisal_report", layout_class="市级参考格式评估报告",
        layout="同上，含预算明细表（数量/单位/单价（元）/金额（万元）/测算依据）",
        source="chacewang.com（报告参考格式）；kunmingchi.com（预算明细列：用途/金额/数量/单位/单价/测算依据）",
        defect="线缆及安装150套×800元=12万元，金额栏写15.00万元（合计54与各行相加一致）",
        must=["EA-ECO-01|GS-02"], must_not=["EA-RPT-03"],
        project_name="某区老旧小区电动自行车充电设施建设项目", fiscal_year=2025, total=54)

    s3 = dict(five)
    s3["（一）项目立项背景"] = "依据《某县“十三五”现代农业发展规划（2016—2020年）》，需持续开展高素质农民培训。"
    s3["（二）项目主要内容"] = "面向种养大户和家庭农场主开展生产经营型培训。"
    s3["（三）项目绩效目标"] = "培训高素质农民不少于600人，考核合格率不低于90%。"
    s3["（四）项目资金构成"] = "申请县级财政资金150万元。"
    s3["（一）立项必要性"] = "项目与农业农村部门职责相关，无重复交叉。得分18分（满分20分）。"
    s3["（二）投入经济性"] = "人均培训成本2500元，参照省定标准。得分17分（满分20分）。"
    s3["（四）实施方案可行性"] = "有培训方案、分班计划和责任分工。得分17分（满分20分）。"
    s3["（五）筹资合规性"] = "资金来源为县级一般公共预算。得分17分（满分20分）。"
    b = report("某县高素质农民培训项目事前绩效评估报告", "某县高素质农民培训项目", "某县农业农村局", "150", s3,
               [("p", "（六）总体结论：综合评分86分，评估结论：予以支持。")])
    add("ea03_guangxi_expired_plan.pdf", b, kind="appraisal_report", layout_class="市级参考格式评估报告",
        layout="同上，pdf", source="chacewang.com（报告参考格式）；rulebook EA-NEC-04（过期规划）",
        defect="2025年项目以“十三五”（2016—2020年）规划为立项依据", must=["EA-NEC-04"], must_not=["EA-RPT-03"],
        project_name="某县高素质农民培训项目", fiscal_year=2025, total=150)

    s4 = {k: v for k, v in five.items() if k != "（四）实施方案可行性"}
    s4["（五）筹资合规性"] = "资金来源为县级财政和上级转移支付。得分17分（满分20分）。"
    s4["（一）项目立项背景"] = "依据《生活饮用水卫生标准》和县农村供水保障工作安排，需对集中供水工程开展水质监测。"
    s4["（二）项目主要内容"] = "对全县农村集中供水工程按季度采样检测。"
    s4["（三）项目绩效目标"] = "全年检测水样不少于680份，检测结果15个工作日内报送。"
    s4["（四）项目资金构成"] = "申请县级财政资金18.60万元、上级转移支付12.00万元，合计30.60万元。"
    s4["（一）立项必要性"] = "项目与疾控机构职责相关，无重复交叉。得分18分（满分20分）。"
    s4["（二）投入经济性"] = "单份样品检测成本450元，参照收费标准。得分17分（满分20分）。"
    b = report("某县农村饮水水质监测项目事前绩效评估报告", "某县农村饮水水质监测项目", "某县卫生健康委员会", "30.6", s4,
               [("p", "（六）总体结论：综合评分85分，评估结论：予以支持。")])
    add("ea04_hainan_no_feasibility.docx", b, kind="appraisal_report", layout_class="市级参考格式评估报告",
        layout="同上，缺（四）实施方案可行性一节", source="chacewang.com（报告参考格式：五性各一节）",
        defect="五性缺“实施方案可行性”", must=["EA-RPT-01|EA-FEA-01"], must_not=["EA-RPT-03", "EA-NEC-04"],
        project_name="某县农村饮水水质监测项目", fiscal_year=2025, total=30.6)

    b = [("h", "关于某县城乡环卫一体化运营项目事前绩效评估的评审意见"),
         ("p", "某县城市管理局："),
         ("p", "你局报送的某县城乡环卫一体化运营项目（申请资金120万元）事前绩效评估材料收悉。县财政局组织3名专家于2024年10月18日进行了评审，意见如下："),
         ("p", "一、项目立项依据充分，符合县委县政府决策部署和部门职责。"),
         ("p", "二、预算测算中垃圾清运车辆租赁单价高于市场价，核减18万元。"),
         ("p", "三、绩效指标基本完整，建议补充清运及时率指标。"),
         ("p", "评审结论：调整完善后予以支持，建议安排预算102万元。"),
         ("t", [["专家姓名", "单位", "职称", "签名"], ["张某", "某大学", "副教授", "张某"],
                ["刘某", "某会计师事务所", "注册会计师", "刘某"], ["陈某", "某设计院", "高级工程师", "陈某"]]),
         ("p", "某县财政局  2024年10月21日")]
    add("ea05_liaoning_opinion_clean.docx", b, kind="appraisal_report", layout_class="评审意见",
        layout="评审意见函：收文单位、申请额、专家评审、核减额、结论（调整完善后予以支持）、专家签名表",
        source="cyx.gov.cn（朝阳县事前绩效评估实施细则：评估须在预算编制前完成，未通过不得安排预算）",
        must_not=["EA-RPT-03", "EA-RPT-01", "EA-RPT-04", "EA-RPT-05", "EA-ECO-01"],
        project_name="某县城乡环卫一体化运营项目", fiscal_year=2025, total=120)

    rows = [["审核内容", "审核要点", "分值", "审核意见", "得分"]]
    items = [("一、立项必要性（20分）", ["项目实施目的明确，内容具体", "符合国家、省、市、县相关规划和政府决策",
                                         "与实施单位职责密切相关", "项目唯一，不存在重复交叉"]),
             ("二、投入经济性（20分）", ["预算支出内容与部门职责相匹配", "预算明细清晰明确",
                                         "遵循勤俭办事、量力而为原则", "测算依据充分，符合定额等支出标准"]),
             ("三、绩效目标合理性（20分）", ["填报格式规范、内容完整", "目标明确具体", "指标细化量化", "目标与资金匹配"]),
             ("四、实施方案可行性（20分）", ["有实施方案及进度安排", "责任分工明确", "管理制度健全", "风险防控措施可行"]),
             ("五、筹资合规性（20分）", ["资金来源合法合规", "财权事权匹配", "筹资风险可控", "支持方式恰当"])]
    total_score = 0.0
    for k, (sec, pts) in enumerate(items):
        for j, pt in enumerate(pts):
            got = 4.5 if (k + j) % 3 else 4.0
            total_score += got
            rows.append([sec if j == 0 else U, pt, "5分", "优■良□中□差□" if got == 4.5 else "优□良■中□差□", f"{got:g}"])
    rows.append(["合计", L, "100分", "", f"{total_score:g}"])
    b = [("h", "事前绩效评估审核表（项目）"), ("t", [["项目名称", "某区城市道路照明维护项目", "申请金额（万元）", "86.00"]]),
         ("t", rows), ("p", f"评估结论：综合得分{total_score:g}分，予以支持。"), ("p", "评估人员签名：赵某、钱某  2024年9月30日")]
    add("ea06_hebei_scoretable_clean.pdf", b, kind="appraisal_report", layout_class="评分审核表",
        layout="审核内容/审核要点/分值/审核意见（优良中差勾选）/得分，五性各20分", source="docx.baby（事前绩效评价评分表：每项5分、优良中差勾选）",
        must_not=["EA-RPT-03", "EA-RPT-01", "EA-RPT-05"],
        project_name="某区城市道路照明维护项目", fiscal_year=2025, total=86)

    # ---- monitoring ----------------------------------------------------------------------------
    b = [("h", "某县医疗保障局2025年项目绩效运行监控报告"), ("p", "一、项目支出基本情况"),
         ("p", "（一）项目概况：资金规模共计1268.40万元，其中城乡居民医疗保险县级配套资金1020万元，医疗救助资金200万元，医保基金监管经费48.40万元。"),
         ("p", "（二）项目实施期限：2025年。"),
         ("p", "（三）资金安排落实情况：2025年本级财政预算安排专项资金1268.40万元，截至2025年6月30日，专项资金已到位356.20万元，使用356.20万元，使用率100%。"),
         ("p", "二、绩效运行监控工作开展情况"), ("p", "年初按业务运行情况编报预算，财政批复后按程序办理指标使用手续。"),
         ("p", "三、下一步工作：继续加快资金拨付。")]
    add("mon01_guangxi_funds_only.docx", b, kind="monitoring_table", layout_class="监控报告正文",
        layout="正文监控报告：项目概况/期限/资金到位与使用（使用率以到位数为分母）",
        source="shddsc.com（某区医保局项目运行绩效监控报告：资金到位、使用率100%）",
        defect="只写资金到位和使用，没有任何绩效指标完成情况", must=["MON-01"], must_not=["EV-04"],
        project_name="某县医疗保障局2025年项目", fiscal_year=2025, total=1268.4)

    def mon_table(name: str, unit: str, budget: str, done: str, rate: str, period: str,
                  inds: list[tuple[str, str, str, str, str, str, str]], note: str = "") -> list[Any]:
        head = [["项目名称", name, "主管部门", unit],
                ["年度预算数（万元）", budget, f"{period}执行数（万元）", done], ["执行率", rate, "备注", note]]
        t = [["一级指标", "二级指标", "三级指标", "年度指标值", f"{period}执行情况", "全年预计完成情况",
              "偏差原因分析", "完成目标可能性", "备注"]]
        for l1, l2, l3, tv, cur, full, why in inds:
            poss = "确定能" if not why else ("有可能" if why != "-" else "")
            t.append([l1, l2, l3, tv, cur, full, "" if why == "-" else why, poss, ""])
        return [("h", "项目支出绩效目标执行监控表"), ("p", "（2025年度）"), ("t", head), ("t", t)]

    b = mon_table("某县农村公路日常养护项目", "某县交通运输局", "520.00", "93.60", "18.00%", "1-8月",
                  [("产出指标", "数量指标", "农村公路日常养护里程", "≥320公里", "150公里", "320公里", ""),
                   ("产出指标", "质量指标", "路面技术状况优良率", "≥85%", "83%", "85%", ""),
                   ("效益指标", "社会效益指标", "农村公路列养率", "≥98%", "98%", "98%", ""),
                   ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "年底调查", "90%", "")],
                  note="按进度推进")
    add("mon02_hunan_low_exec.xlsx", b, kind="monitoring_table", layout_class="136号式监控表",
        layout="表头（年度预算数/1-8月执行数/执行率）+指标表（年度指标值/执行情况/全年预计/偏差原因/完成可能性/备注）",
        source="rulebook §1.3（136号监控表栏目）；dyxrmt.cn（大英县1–8月监控）；湖南式样为编写",
        defect="1–8月执行率18%，没有说明原因和措施", must=["MON-02"], must_not=["MON-01", "MON-03"],
        project_name="某县农村公路日常养护项目", fiscal_year=2025, total=520)

    b = mon_table("某县高素质农民培训项目", "某县农业农村局", "150.00", "96.00", "64.00%", "1-7月",
                  [("产出指标", "数量指标", "高素质农民培训人数", "≥600人", "210人", "450人", "-"),
                   ("产出指标", "质量指标", "培训考核合格率", "≥90%", "92%", "92%", ""),
                   ("效益指标", "经济效益指标", "参训农民人均增收", "≥1500元", "暂无数据", "1500元", ""),
                   ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "94%", "94%", "")])
    add("mon03_jilin_no_reason.xlsx", b, kind="monitoring_table", layout_class="136号式监控表",
        layout="同上，1-7月", source="rulebook §1.3（136号监控表栏目）；吉林式样为编写",
        defect="培训人数全年预计450人<600人，偏差原因和完成可能性均空白", must=["MON-03|MON-04"],
        must_not=["MON-01", "MON-02"], project_name="某县高素质农民培训项目", fiscal_year=2025, total=150)

    b = mon_table("某区城市道路照明维护项目", "某区城市管理局", "86.00", "53.30", "61.98%", "1-7月",
                  [("产出指标", "数量指标", "维护路灯数量", "≥6200盏", "6200盏", "6200盏", ""),
                   ("产出指标", "质量指标", "主次干道亮灯率", "≥98%", "98.6%", "98.5%", ""),
                   ("产出指标", "时效指标", "故障路灯修复时限", "≤48小时", "36小时", "≤48小时", ""),
                   ("效益指标", "社会效益指标", "夜间道路照明覆盖率", "≥95%", "96%", "96%", ""),
                   ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "年底开展调查", "90%", "")])
    add("mon04_shanxi_clean.xlsx", b, kind="monitoring_table", layout_class="136号式监控表",
        layout="同上，1-7月执行率62%；满意度行“年底开展调查”", source="mof.gov.cn 太原（8月底执行<60%重点监控）；rulebook §1.3",
        must_not=["MON-01", "MON-02", "MON-03"], project_name="某区城市道路照明维护项目", fiscal_year=2025, total=86)

    b = [("h", "某县疾病预防控制中心2025年农村饮水水质监测项目绩效运行监控报告"),
         ("p", "一、项目基本情况：项目年初预算30.60万元，其中县级财政18.60万元、上级转移支付12.00万元。"),
         ("p", "二、预算执行情况：截至2025年8月31日，执行19.80万元，执行率64.71%，按序时进度（66.7%）基本正常。"),
         ("p", "三、绩效目标完成情况："),
         ("t", [["指标", "年度指标值", "1-8月完成值", "全年预计", "偏差原因", "完成可能性"],
                ["水质检测样品数", "≥680份", "452份", "690份", "无偏差", "确定能"],
                ["检测报告合格出具率", "100%", "100%", "100%", "无偏差", "确定能"],
                ["检测结果报送时限", "≤15个工作日", "12个工作日", "≤15个工作日", "无偏差", "确定能"],
                ["供水单位满意度", "≥85%", "年底调查", "≥85%", "—", "确定能"]]),
         ("p", "四、下一步措施：按季度完成剩余样品采集检测。")]
    add("mon05_ningxia_clean.docx", b, kind="monitoring_table", layout_class="监控报告正文",
        layout="正文+指标完成情况小表（无一级/二级列）", source="crossfitfinalpush.com（泸定县/宾阳县监控报告结构）",
        must_not=["MON-01", "MON-02", "MON-03"], project_name="某县疾病预防控制中心2025年农村饮水水质监测项目",
        fiscal_year=2025, total=30.6)

    # ---- self-evaluation -----------------------------------------------------------------------
    def self_eval(name: str, unit: str, budget: str, adj: str, done: str,
                  inds: Sequence[tuple[str, str, str, str, str, str, str, float, str]],
                  conclusion: str, problem: str, measure: str, score_override: str | None = None,
                  grade: str | None = None) -> tuple[list[Any], float]:
        rate = float(done) / float(adj)
        exec_score = round(min(rate, 1.0) * 10, 2)
        t = [["报表编号：xxxxxx_0013zp", L, L, L, L, L, L, L, L, L],
             ["部门预算项目支出绩效自评表（2024年度）", L, L, L, L, L, L, L, L, L],
             ["项目名称", name, L, L, "主管部门", unit, L, "实施单位（盖章）", unit, L],
             ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", L],
             [U, "总额", budget, adj, done, f"{rate * 100:.2f}%", "10", f"{exec_score:g}", "", L],
             [U, "其中：财政资金", budget, adj, done, f"{rate * 100:.2f}%", "/", "/", "", L],
             [U, "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", "", L],
             ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分"]]
        total = exec_score
        for l1, l2, l3, op, tv, unit_, act, w, sc in inds:
            t.append([U, l1, l2, l3, op, tv, unit_, act, f"{w:g}", sc])
            total += float(sc)
        total = round(total, 2)
        g = grade or ("优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差")
        t.append(["合计", L, L, L, L, L, L, L, "100", score_override or f"{total:g}"])
        t.append(["评价结论", conclusion.format(total=score_override or f"{total:g}", grade=g), L, L, L, L, L, L, L, L])
        t.append(["存在问题", problem, L, L, L, L, L, L, L, L])
        t.append(["改进措施", measure, L, L, L, L, L, L, L, L])
        t.append(["项目负责人：", "周某", L, L, L, "财务负责人：", "吴某", L, L, L])
        return [("t", t)], total

    def prop(w: float, tv: float, act: float, direction: str = "≥") -> str:
        if (direction == "≥" and act >= tv) or (direction == "≤" and act <= tv):
            return f"{w:g}"
        r = act / tv if direction == "≥" else tv / act
        return f"{round(w * r, 2):g}"

    e1 = [("产出指标", "数量指标", "高素质农民培训人数", "≥", "600", "人", "540", 20, prop(20, 600, 540)),
          ("产出指标", "质量指标", "培训考核合格率", "≥", "90", "%", "93", 10, "10"),
          ("产出指标", "时效指标", "培训完成及时率", "≥", "95", "%", "96", 10, "10"),
          ("产出指标", "成本指标", "人均培训成本", "≤", "2500", "元/人", "2380", 10, "10"),
          ("效益指标", "经济效益指标", "参训农民人均增收", "≥", "1500", "元", "1620", 30, "30"),
          ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", "90", "%", "95", 10, "10")]
    b, _tot = self_eval("某县高素质农民培训项目", "某县农业农村局", "150.00", "150.00", "148.20", e1,
                       "项目自评总分{total}分，等级为{grade}。", "暂无", "暂无")
    add("ev01_jiangxi_zanwu.docx", b, kind="self_evaluation", layout_class="青神式自评表",
        layout="报表编号+预算执行情况（10分：年初/调整后/执行数/执行率/权重/得分/原因；其中财政资金/单位资金）+绩效指标（90分）+结论/问题/措施",
        source="scqs.gov.cn（青神县部门预算项目支出绩效自评表）；dyrmt.com（“存在问题 暂无 改进措施 暂无”）",
        defect="培训人数540<600未完成，存在问题和改进措施写“暂无”", must=["EV-05"], must_not=["EV-02", "EV-04"],
        project_name="某县高素质农民培训项目", fiscal_year=2024, total=150)

    e2 = [("产出指标", "数量指标", "维护路灯数量", "≥", "6200", "盏", "6200", 20, "20"),
          ("产出指标", "质量指标", "主次干道亮灯率", "≥", "98", "%", "80", 15, prop(15, 98, 80)),
          ("产出指标", "时效指标", "故障路灯修复时限", "≤", "48", "小时", "72", 10, prop(10, 48, 72, "≤")),
          ("产出指标", "成本指标", "单盏年维护成本", "≤", "138", "元/盏", "135", 5, "5"),
          ("效益指标", "社会效益指标", "夜间道路照明覆盖率", "≥", "95", "%", "70", 30, prop(30, 95, 70)),
          ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", "90", "%", "75", 10, prop(10, 90, 75))]
    b, tot2 = self_eval("某区城市道路照明维护项目", "某区城市管理局", "86.00", "86.00", "80.10", e2,
                        "项目自评总分{total}分，评价等级：{grade}。", "亮灯率、照明覆盖率未达标，部分老旧线路故障频发。",
                        "2025年安排老旧线路改造，缩短修复时限。", grade="优")
    add("ev02_xizang_grade.xlsx", b, kind="self_evaluation", layout_class="青神式自评表",
        layout="同上，xlsx，合并单元格", source="scqs.gov.cn（青神县自评表）；rulebook EV-04（等级分档）",
        defect=f"总分{tot2:g}分（良档）却评为“优”", must=["EV-04"], must_not=["EV-02", "EV-05"],
        project_name="某区城市道路照明维护项目", fiscal_year=2024, total=86)

    e3 = [("产出指标", "数量指标", "水质检测样品数", "≥", "680", "份", "520", 20, "20"),
          ("产出指标", "质量指标", "检测报告合格出具率", "=", "100", "%", "100", 10, "10"),
          ("产出指标", "时效指标", "检测结果报送时限", "≤", "15", "个工作日", "14", 10, "10"),
          ("产出指标", "成本指标", "单份样品检测成本", "≤", "450", "元/份", "440", 10, "10"),
          ("效益指标", "社会效益指标", "水质监测覆盖率", "≥", "95", "%", "96", 30, "30"),
          ("满意度指标", "服务对象满意度指标", "供水单位满意度", "≥", "85", "%", "90", 10, "10")]
    b, _ = self_eval("某县农村饮水水质监测项目", "某县卫生健康委员会", "30.60", "30.60", "29.90", e3,
                     "项目自评总分{total}分，等级为{grade}。", "部分偏远水厂采样困难，样品数未达年度目标。",
                     "2025年与乡镇卫生院联合采样。")
    add("ev03_hubei_full_score_unmet.docx", b, kind="self_evaluation", layout_class="青神式自评表",
        layout="同上，docx", source="scqs.gov.cn（青神县自评表）；rulebook EV-02（未完成按比例得分）",
        defect="样品数520<680未完成，却给满分20分", must=["EV-02"], must_not=["EV-05"],
        project_name="某县农村饮水水质监测项目", fiscal_year=2024, total=30.6)

    e4 = [("产出指标", "数量指标", "补助社区养老服务站", "=", "18", "个", "18", 15, "15"),
          ("产出指标", "数量指标", "年服务老人人次", "≥", "30000", "人次", "31250", 15, "15"),
          ("产出指标", "质量指标", "服务站运营评估达标率", "≥", "90", "%", "83", 10, prop(10, 90, 83)),
          ("产出指标", "成本指标", "单站年运营补助", "≤", "10.34", "万元/个", "10.30", 10, "10"),
          ("效益指标", "社会效益指标", "居家老人助餐覆盖率", "≥", "60", "%", "62", 30, "30"),
          ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90", "%", "94", 10, "10")]
    b, _tot4 = self_eval("某区社区养老服务站运营补助项目", "某区民政局", "186.00", "180.00", "177.30", e4,
                        "项目自评总分{total}分，等级为{grade}。",
                        "2个服务站运营评估未达标，达标率83%低于目标90%，原因是专职护理人员流失。",
                        "2025年对未达标站点限期整改，整改不到位的核减补助。")
    add("ev04_tianjin_clean.docx", b, kind="self_evaluation", layout_class="青神式自评表",
        layout="同上；调整后预算180小于年初186，执行率按调整后计；未完成指标按比例扣分并写明原因",
        source="scqs.gov.cn（青神县自评表）", must_not=["EV-02", "EV-04", "EV-05"],
        project_name="某区社区养老服务站运营补助项目", fiscal_year=2024, total=186)

    cover = [("p", "某市2024年度项目支出"), ("h", "绩效评价自评报告"),
             ("p", "项目名称：某县老年人健康体检项目"), ("p", "预 算 编 码：906017"),
             ("p", "评价方式：部门（单位）绩效自评"), ("p", "评价机构：部门（单位）评价组"),
             ("p", "报告日期：2025年03月18日"), ("p", "某市财政局（制）"),
             ("p", "一、项目基本概况"),
             ("t", [["联系人", "孙某", "联系电话", "0730-xxxxxxx"],
                    ["年初预算数（万元）", "96.00", "全年执行数（万元）", "94.10"],
                    ["预算执行率", "98.02%", "执行率得分（10分）", "9.8"]]),
             ("p", "二、绩效指标完成情况"),
             ("t", [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                    ["产出指标", "数量指标", "65岁以上老人免费体检人数", "≥12000人", "12460人", "20", "20"],
                    [U, "质量指标", "体检报告规范率", "≥95%", "97%", "10", "10"],
                    [U, "时效指标", "体检完成时间", "2024年10月31日前", "2024年10月25日", "10", "10"],
                    [U, "成本指标", "人均体检成本", "≤80元", "75.5元", "10", "10"],
                    ["效益指标", "社会效益指标", "老年人健康管理率", "≥65%", "67%", "30", "30"],
                    ["满意度指标", "服务对象满意度指标", "体检老人满意度", "≥90%", "93%", "10", "10"],
                    ["合计", L, L, L, L, "100", "99.8"]]),
             ("p", "三、自评结论：项目自评得分99.8分，等级为优。"),
             ("p", "四、存在问题及改进措施：个别偏远村组老人体检需集中接送，2025年将与村委会提前对接。")]
    add("ev05_hunan_yueyang_clean.docx", cover, kind="self_evaluation", layout_class="岳阳式自评报告",
        layout="封面（预算编码/评价方式/评价机构/报告日期/财政局制）+基本概况小表+指标得分表",
        source="yueyang.gov.cn（岳阳市某单位2018绩效评价自评报告封面和栏目）",
        must_not=["EV-02", "EV-04", "EV-05"], project_name="某县老年人健康体检项目", fiscal_year=2024, total=96)

    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for lab in LABELS:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(LABELS)} documents written to {FILES}")


if __name__ == "__main__":
    build()
