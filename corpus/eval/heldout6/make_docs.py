"""Build the blind held-out set heldout6 (files/ and labels.jsonl) with the shared renderer.

All projects, units and figures are invented; public pages were used for facts about layouts only
(each label's `source` names the page imitated).

    python corpus/eval/heldout6/make_docs.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_render import render  # noqa: E402

FILES = HERE / "files"
GS_NOT = ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-07", "GS-10", "GS-13", "GS-15", "GS-16"]
EA_NOT = ["EA-RPT-01", "EA-RPT-03", "EA-ECO-01", "EA-NEC-04", "GS-02"]
MON_NOT = ["MON-01", "MON-02", "MON-03"]
EV_NOT = ["EV-01", "EV-02", "EV-04", "EV-05"]
LABELS: list[dict[str, Any]] = []


def emit(name: str, blocks: list[Any], *, kind: str, layout_class: str, layout: str, source: str, defect: str,
         must: list[str], must_not: list[str], project: Any, year: int | None, funds: float | None,
         rows: int | None, **kw: Any) -> None:
    path = FILES / name
    render(blocks, path, **kw)
    drop = {a for m in must for a in m.split("|")}
    LABELS.append({"file": f"files/{name}", "kind": kind, "layout_class": layout_class, "layout": layout,
                   "source": source, "defect": defect, "must": must,
                   "must_not": [r for r in must_not if r not in drop], "evidence": {},
                   "project_name": project, "fiscal_year": year, "total_funds_wan": funds,
                   "indicator_rows": rows, "indicator_rows_long": 0})


# ---------------------------------------------------------------- indicator sets
# (一级, 二级, 三级, 性质, 值, 单位)
ROAD = [
    ("产出指标", "数量指标", "硬化村组道路里程", "≥", "12.5", "公里"),
    ("产出指标", "数量指标", "新建错车道", "≥", "18", "处"),
    ("产出指标", "质量指标", "工程验收合格率", "=", "100", "%"),
    ("产出指标", "时效指标", "工程完工时间", "≤", "2026年11月30日", ""),
    ("产出指标", "成本指标", "每公里建设成本", "≤", "9.6", "万元/公里"),
    ("效益指标", "社会效益指标", "受益农户", "≥", "860", "户"),
    ("效益指标", "可持续影响指标", "道路设计使用年限", "≥", "8", "年"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%"),
]
CLINIC = [
    ("产出指标", "数量指标", "配备村卫生室基本设备", "=", "36", "套"),
    ("产出指标", "数量指标", "培训乡村医生", "≥", "72", "人次"),
    ("产出指标", "质量指标", "设备到货验收合格率", "=", "100", "%"),
    ("产出指标", "时效指标", "设备配发完成时间", "≤", "2025年9月30日", ""),
    ("产出指标", "成本指标", "单套设备采购成本", "≤", "1.35", "万元"),
    ("效益指标", "社会效益指标", "村卫生室基本诊疗服务覆盖率", "≥", "95", "%"),
    ("满意度指标", "服务对象满意度指标", "村民就医满意度", "≥", "88", "%"),
]
ELDER = [
    ("产出指标", "数量指标", "居家上门服务对象", "≥", "420", "人"),
    ("产出指标", "数量指标", "上门服务次数", "≥", "5000", "人次"),
    ("产出指标", "质量指标", "服务记录完整率", "≥", "95", "%"),
    ("产出指标", "时效指标", "服务需求响应时间", "≤", "24", "小时"),
    ("产出指标", "成本指标", "人均年服务补助", "≤", "1800", "元"),
    ("效益指标", "社会效益指标", "失能老人照护压力缓解户数", "≥", "300", "户"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90", "%"),
]
FOREST = [
    ("产出指标", "数量指标", "森林防火巡护人员", "=", "64", "人"),
    ("产出指标", "数量指标", "维修瞭望塔", "≥", "4", "座"),
    ("产出指标", "质量指标", "巡护轨迹上传率", "≥", "95", "%"),
    ("产出指标", "时效指标", "防火期巡护覆盖时段", "=", "2026年1月至12月", ""),
    ("产出指标", "成本指标", "巡护员人均补助", "≤", "1.2", "万元/人·年"),
    ("效益指标", "生态效益指标", "森林火灾受害率", "≤", "0.9", "‰"),
    ("效益指标", "社会效益指标", "火情发现至处置响应时间", "≤", "30", "分钟"),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", "90", "%"),
]
SCHOOL = [
    ("产出指标", "数量指标", "改造学生宿舍面积", "≥", "2400", "平方米"),
    ("产出指标", "数量指标", "更换上下床", "=", "320", "张"),
    ("产出指标", "质量指标", "工程质量验收合格率", "=", "100", "%"),
    ("产出指标", "时效指标", "开学前完工", "≤", "2026年8月25日", ""),
    ("产出指标", "成本指标", "每平方米改造成本", "≤", "520", "元"),
    ("效益指标", "社会效益指标", "新增寄宿床位", "≥", "160", "个"),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", "90", "%"),
]
MARKET = [
    ("产出指标", "数量指标", "农贸市场快检批次", "≥", "6000", "批次"),
    ("产出指标", "数量指标", "快检设备更新", "=", "12", "台"),
    ("产出指标", "质量指标", "快检结果上传及时率", "≥", "98", "%"),
    ("产出指标", "时效指标", "不合格产品处置时限", "≤", "24", "小时"),
    ("产出指标", "成本指标", "单批次快检成本", "≤", "45", "元"),
    ("效益指标", "社会效益指标", "市场食用农产品抽检合格率", "≥", "98", "%"),
    ("满意度指标", "服务对象满意度指标", "市场经营户及消费者满意度", "≥", "85", "%"),
]


def std_table(rows: list[tuple[str, ...]], merged: bool = True) -> list[list[str]]:
    """一级/二级/三级/性质/值/单位 table; 一级 and 二级 merged down as offices draw them."""
    out = [["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]]
    for i, r in enumerate(rows):
        a, b = r[0], r[1]
        if merged and i > 0:
            a = "^" if rows[i - 1][0] == r[0] else a
            b = "^" if rows[i - 1][1] == r[1] and rows[i - 1][0] == r[0] else b
        out.append([a, b, r[2], r[3], r[4], r[5]])
    return out


def joined(r: tuple[str, ...]) -> str:
    return f"{r[3]}{r[4]}{r[5]}"


# ---------------------------------------------------------------- L1 镇级勾选式目标表 (docx)
def town_sheet(name: str, unit: str, year: int, money: tuple[float, float, float, float],
               rows: list[tuple[str, ...]], target: str) -> list[Any]:
    total, grant, carry, other = money
    head = [
        ["项目名称", name, "<", "<", "<", "<"],
        ["主管部门", "某区某镇人民政府", "<", "实施单位", unit, "<"],
        ["项目属性", "1、持续性项目 √  2、新增性项目 □", "<", "<", "<", "<"],
        ["项目类型", "1、常年性项目 □  2、延续性项目 √  3、一次性项目 □", "<", "<", "<", "<"],
        ["项目实施期", f"{year}年1月—{year}年12月", "<", "<", "<", "<"],
        ["项目资金（万元）", "年初预算数", "<", "资金性质说明", "<", "<"],
        ["年度资金总额：", f"{total:g}", "<", "—", "<", "<"],
        ["其中：当年财政拨款", f"{grant:g}", "<", "区级财政一般公共预算", "<", "<"],
        ["上年结转资金", f"{carry:g}", "<", "上年未支付工程尾款", "<", "<"],
        ["其他资金", f"{other:g}" if other else "", "<", "", "<", "<"],
        ["年度总体目标", target, "<", "<", "<", "<"],
    ]
    ind = [["一级指标", "二级指标", "三级指标", "年度指标值", "<", "备注"]]
    prev = ("", "")
    n = 1
    for r in rows:
        a = "^" if r[0] == prev[0] else r[0]
        b = "^" if (r[0], r[1]) == prev else r[1]
        if (r[0], r[1]) != prev:
            n = 1
        ind.append([a, b, f"指标{n}：{r[2]}", joined(r), "<", ""])
        n += 1
        prev = (r[0], r[1])
        if r[1] in ("数量指标", "社会效益指标"):
            pass
    # unused placeholder rows left as the template had them
    ind.append(["^", "^", f"指标{n}：", "", "<", ""])
    ind.append(["^", "^", "……", "", "<", ""])
    return [("h", "项目支出绩效目标表"), ("p", f"（{year}年度）"),
            ("p", "项目单位（盖章）：                         单位：万元"), ("t", head + ind)]


# ---------------------------------------------------------------- L2 一级带分值式 (xlsx)
def weighted_sheet(name: str, dept: str, year: int, total: float, src: list[tuple[str, float]],
                   rows: list[tuple[str, ...]], weights: list[int], target: str, pct_word: bool) -> list[Any]:
    head = [["项目名称", name, "<", "<", "预算年度", str(year)],
            ["主管部门", dept, "<", "<", "项目负责人", "某某"],
            ["项目资金总额（万元）", f"{total:.2f}", "<", "<", "<", "<"]]
    for s, v in src:
        head.append([f"  其中：{s}" if s == src[0][0] else f"        {s}", f"{v:.2f}", "<", "<", "<", "<"])
    head.append(["年度绩效目标", target, "<", "<", "<", "<"])
    sums: dict[str, int] = {}
    for r, w in zip(rows, weights, strict=True):
        sums[r[0]] = sums.get(r[0], 0) + w
    ind = [["一级指标（分值）", "二级指标", "三级指标", "指标值", "权重（分）", "评分标准"]]
    prev = ("", "")
    for r, w in zip(rows, weights, strict=True):
        value = joined(r)
        if pct_word and r[5] == "%":
            value = f"{r[3]}{r[4]}百分比"
        a = "^" if r[0] == prev[0] else f"{r[0]}（{sums[r[0]]}分）"
        b = "^" if (r[0], r[1]) == prev else r[1]
        ind.append([a, b, r[2], value, str(w), "完成得满分，未完成按比例扣分"])
        prev = (r[0], r[1])
    return [("h", f"{year}年度项目绩效目标申报表"), ("t", head), ("p", ""), ("t", ind)]


# ---------------------------------------------------------------- L3 栏目-内容两列式 (pdf)
def kv_sheet(name: str, org: str, year: int, total: float, src: str, rows: list[tuple[str, ...]],
             target: str) -> list[Any]:
    kv = [["栏目", "填报内容"], ["项目名称", name], ["申报单位", org], ["主管部门", "某市某局"],
          ["项目属性", "经常性项目"], ["实施周期", f"{year}年1月1日至{year}年12月31日"],
          ["申请年度资金", f"{total:g}万元（{src}）"], ["年度绩效目标", target]]
    groups: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        groups.setdefault((r[0], r[1]), []).append(f"{r[2]}{joined(r)}")
    for (a, b), items in groups.items():
        kv.append([f"{a}—{b}", "；".join(items)])
    return [("h", "项目支出绩效目标申报表"), ("p", "（以下内容由项目单位据实填报，金额单位：万元）"), ("t", kv)]


# ---------------------------------------------------------------- L4 符号单列式 (xlsx, 元)
def sign_sheet(name: str, unit: str, year: int, total_yuan: float, src: list[tuple[str, float]],
               rows: list[tuple[str, ...]], target: str) -> list[Any]:
    head = [["项目名称", name, "<", "项目单位", unit, "<", "<"],
            ["项目资金（元）", "资金总额", f"{total_yuan:.2f}", "<", "<", "<", "<"]]
    for s, v in src:
        head.append(["^", s, f"{v:.2f}", "<", "<", "<", "<"])
    head.append(["年度目标", target, "<", "<", "<", "<", "<"])
    ind = [["一级指标", "二级指标", "三级指标", "计算符号", "指标值", "计量单位", "指标解释"]]
    prev = ("", "")
    for r in rows:
        a = "^" if r[0] == prev[0] else r[0]
        b = "^" if (r[0], r[1]) == prev else r[1]
        ind.append([a, b, r[2], r[3], r[4], r[5], "按年度工作计划测算"])
        prev = (r[0], r[1])
    return [("h", f"{year}年项目支出绩效目标表"), ("t", head + ind)]


# ---------------------------------------------------------------- L5 市级申报表+经济分类明细 (docx)
def city_sheet(name: str, year: int, total: float, grant: float, self_: float,
               detail: list[tuple[str, str, float]], detail_total: float, rows: list[tuple[str, ...]],
               target: str) -> list[Any]:
    head = [["项目名称", name, "<", "<"], ["主管部门", "某市某局", "实施单位", "某市某中心"],
            ["项目期限", f"{year}年", "项目类别", "其他运转类项目"],
            ["资金总额（万元）", f"{total:g}", "资金来源", f"市级财政资金{grant:g}万元；单位自有资金{self_:g}万元"],
            ["年度目标", target, "<", "<"]]
    det = [["支出经济分类科目", "支出内容", "金额（万元）", "测算依据"]]
    for subj, what, amt in detail:
        det.append([subj, what, f"{amt:g}", "参照市级支出标准及上年合同价"])
    det.append(["合计", "", f"{detail_total:g}", ""])
    return [("h", f"某市{year}年度市级部门预算项目绩效目标申报表"), ("t", head), ("p", "一、项目支出明细"), ("t", det),
            ("p", "二、年度绩效指标"), ("t", std_table(rows))]


# ---------------------------------------------------------------- L6 县级横版目标表 (pdf)
def county_pdf(name: str, dept: str, year: int, total: float, src: str, rows: list[tuple[str, ...]],
               target: str) -> list[Any]:
    head = [["项目名称", name, "<", "主管部门及代码", dept, "<"],
            ["实施单位", "某县某中心", "<", "项目属性", "延续项目", "<"],
            ["项目资金（万元）", f"资金总额：{total:g}", "<", "资金来源", src, "<"],
            ["年度绩效目标", target, "<", "<", "<", "<"]]
    return [("h", f"某县{year}年项目支出绩效目标表"), ("t", head), ("t", std_table(rows), 1)]


def build_goal_sheets() -> None:
    # gs01 clean: town checkbox form, 指标N： prefixes and unused template rows; carry-over in sources
    emit("gs01_town_checkbox_clean.docx",
         town_sheet("某镇村组道路硬化提升工程", "某镇村镇建设服务中心", 2026, (150, 120, 30, 0), ROAD,
                    "完成12.5公里村组道路硬化和18处错车道建设，改善沿线860户群众出行条件。"),
         kind="goal_sheet", layout_class="镇级勾选式目标表", layout="docx 单表：勾选项目属性/类型，年初预算数+上年结转，指标名带“指标N：”前缀，保留空白模板行",
         source="hsgyyc.com（黄石项目绩效监控表表头勾选式）；anthempetcare.com（池州贵池区棠溪镇“指标1/指标2”模板行）",
         defect="", must=[], must_not=GS_NOT, project="某镇村组道路硬化提升工程", year=2026, funds=150, rows=8)
    # gs02 defect: total 150 != 110 + 30
    emit("gs02_town_checkbox_sum.docx",
         town_sheet("某镇农村饮水安全巩固提升工程", "某镇水利站", 2026, (150, 110, 30, 0),
                    [("产出指标", "数量指标", "更换供水管网", "≥", "8.2", "公里"),
                     ("产出指标", "数量指标", "新建蓄水池", "=", "3", "座"),
                     ("产出指标", "质量指标", "出厂水水质达标率", "≥", "95", "%"),
                     ("产出指标", "时效指标", "工程完工时间", "≤", "2026年10月31日", ""),
                     ("产出指标", "成本指标", "工程建设总成本", "≤", "150", "万元"),
                     ("效益指标", "社会效益指标", "巩固提升受益人口", "≥", "3200", "人"),
                     ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "90", "%")],
                    "更换供水管网8.2公里、新建蓄水池3座，巩固提升3200人饮水保障水平。"),
         kind="goal_sheet", layout_class="镇级勾选式目标表", layout="同 gs01",
         source="hsgyyc.com；anthempetcare.com", defect="年度资金总额150万元，当年财政拨款110+上年结转30=140万元，不符",
         must=["GS-02"], must_not=GS_NOT, project="某镇农村饮水安全巩固提升工程", year=2026, funds=150, rows=7)
    # gs03 clean: weighted 一级 with 分值, values written "≥95百分比"
    sheet = weighted_sheet("某县森林防火巡护经费", "某县林业局", 2026, 96.8,
                           [("县级财政拨款", 76.8), ("上级转移支付", 20.0)], FOREST, [12, 10, 10, 8, 10, 20, 20, 10],
                           "落实64名专职巡护员，维修4座瞭望塔，全年森林火灾受害率控制在0.9‰以内。", True)
    emit("gs03_weighted_clean.xlsx", sheet,
         kind="goal_sheet", layout_class="一级带分值式", layout="xlsx：一级指标列写“产出指标（50分）”，权重（分）列，率类指标值写“≥95百分比”，反向指标≤",
         source="anthempetcare.com（“产出指标(50分)”“≥100百分比”写法）；m.dybbs8.com（指标总数不少于3个）",
         defect="", must=[], must_not=GS_NOT, project="某县森林防火巡护经费", year=2026, funds=96.8, rows=8)
    # gs04 defect: no satisfaction row
    emit("gs04_weighted_no_satisfaction.xlsx",
         weighted_sheet("某县校舍宿舍改造项目", "某县教育局", 2026, 124.8, [("县级财政拨款", 124.8)], SCHOOL[:-1],
                        [12, 10, 10, 10, 8, 50], "完成2400平方米宿舍改造，开学前新增寄宿床位160个。", False),
         kind="goal_sheet", layout_class="一级带分值式", layout="同 gs03（率类用%）",
         source="anthempetcare.com；m.dybbs8.com", defect="没有满意度指标",
         must=["GS-04"], must_not=GS_NOT, project="某县校舍宿舍改造项目", year=2026, funds=124.8, rows=6)
    # gs05 clean: key-value pdf
    emit("gs05_keyvalue_clean.pdf",
         kv_sheet("某市居家养老上门服务补助项目", "某市民政事务服务中心", 2025, 75.6, "市级财政资金", ELDER,
                  "为420名居家失能、半失能老人提供上门服务不少于5000人次。"),
         kind="goal_sheet", layout_class="栏目-内容两列式", layout="pdf：整表两列（栏目|填报内容），资金“75.6万元（市级财政资金）”，指标按“一级—二级”一格多条、分号隔开",
         source="biz.doczj.com（自评表指标说明：正向/反向计分）；hsgyyc.com（项目属性写法）",
         defect="", must=[], must_not=GS_NOT, project="某市居家养老上门服务补助项目", year=2025, funds=75.6, rows=7)
    # gs06 defect: timeliness beyond the year
    rows6 = [r if r[1] != "时效指标" else ("产出指标", "时效指标", "设备配发完成时间", "≤", "2026年3月31日", "")
             for r in CLINIC]
    emit("gs06_keyvalue_timeliness.pdf",
         kv_sheet("某市村卫生室基本设备配置项目", "某市卫生健康事务中心", 2025, 48.6, "市级财政资金", rows6,
                  "为36个村卫生室配齐基本诊疗设备，培训乡村医生72人次。"),
         kind="goal_sheet", layout_class="栏目-内容两列式", layout="同 gs05",
         source="biz.doczj.com；hsgyyc.com", defect="2025年度项目的时效指标“≤2026年3月31日”越出预算年度",
         must=["GS-10"], must_not=GS_NOT, project="某市村卫生室基本设备配置项目", year=2025, funds=48.6, rows=7)
    # gs07 clean: sign column, yuan without separators
    emit("gs07_sign_column_clean.xlsx",
         sign_sheet("某区农贸市场食用农产品快检项目", "某区市场监督管理局", 2026, 386000.00,
                    [("一般公共预算拨款", 306000.00), ("上年结转", 80000.00)], MARKET,
                    "完成农贸市场快检6000批次，更新快检设备12台，不合格产品24小时内处置。"),
         kind="goal_sheet", layout_class="符号单列式（元）", layout="xlsx：资金按元（无千分位），“计算符号”单列，指标解释列",
         source="lfsp.cn（廊坊自评表：资金与指标同表）；anthempetcare.com（一体化字段名）",
         defect="", must=[], must_not=GS_NOT, project="某区农贸市场食用农产品快检项目", year=2026, funds=38.6, rows=7)
    # gs08 defect: cost 96 万元 > total 85.6 万元
    rows8 = list(FOREST)
    rows8[4] = ("产出指标", "成本指标", "巡护经费总成本", "≤", "96", "万元")
    emit("gs08_sign_column_cost.xlsx",
         sign_sheet("某区森林草原防灭火巡查项目", "某区应急管理局", 2026, 856000.00,
                    [("一般公共预算拨款", 856000.00)], rows8, "落实64名巡护员全年巡护，维修瞭望塔4座。"),
         kind="goal_sheet", layout_class="符号单列式（元）", layout="同 gs07",
         source="lfsp.cn；anthempetcare.com", defect="成本指标“巡护经费总成本≤96万元”超过资金总额85.6万元",
         must=["GS-13"], must_not=GS_NOT, project="某区森林草原防灭火巡查项目", year=2026, funds=85.6, rows=8)
    # gs09 clean: city form with economic-class detail summing to total
    det9 = [("30227 委托业务费", "居家上门服务购买", 60.0), ("30201 办公费", "服务记录表印制", 2.4),
            ("30216 培训费", "服务人员培训", 6.0)]
    elder9 = [r if r[1] != "成本指标" else ("产出指标", "成本指标", "人均年服务购买成本", "≤", "1500", "元") for r in ELDER]
    emit("gs09_city_detail_clean.docx",
         city_sheet("某市社区居家养老服务购买项目", 2026, 68.4, 60.0, 8.4, det9, 68.4, elder9,
                    "购买居家上门服务5000人次，覆盖420名困难老人。"),
         kind="goal_sheet", layout_class="市级申报表+经济分类明细", layout="docx：表头四列，资金来源写在一格（市级财政资金+单位自有资金），经济分类科目明细表带合计，指标表一级/二级合并",
         source="35331.cn（项目支出明细与测算依据）；dybbs8.com",
         defect="", must=[], must_not=GS_NOT, project="某市社区居家养老服务购买项目", year=2026, funds=68.4, rows=7)
    # gs10 defect: detail 58.4 != total 68.4 (detail row amounts add to 58.4 and say so)
    det10 = [("30227 委托业务费", "快检服务外包", 36.0), ("31002 办公设备购置", "快检设备12台", 18.0),
             ("30218 专用材料费", "快检试剂", 4.4)]
    emit("gs10_city_detail_sum.docx",
         city_sheet("某市食用农产品快检能力提升项目", 2026, 68.4, 68.4, 0, det10, 58.4, MARKET,
                    "完成快检6000批次，更新设备12台。"),
         kind="goal_sheet", layout_class="市级申报表+经济分类明细", layout="同 gs09", source="35331.cn；dybbs8.com",
         defect="支出明细合计58.4万元与资金总额68.4万元不符", must=["GS-02"], must_not=GS_NOT,
         project="某市食用农产品快检能力提升项目", year=2026, funds=68.4, rows=7)
    # gs11 defect: vague outcome value
    rows11 = list(ROAD)
    rows11[5] = ("效益指标", "社会效益指标", "群众出行条件", "", "明显改善", "")
    emit("gs11_county_vague.pdf",
         county_pdf("某县农村公路养护工程", "某县交通运输局（code 311）", 2026, 120, "县级财政资金120万元", rows11,
                    "完成12.5公里农村公路养护和18处错车道建设。"),
         kind="goal_sheet", layout_class="县级横版目标表", layout="pdf 横版：表头两行四栏，指标表表头跨页重复，一级/二级合并",
         source="hsgyyc.com；35331.cn", defect="效益指标“群众出行条件”指标值为“明显改善”，无可衡量数值",
         must=["GS-06"], must_not=GS_NOT, project="某县农村公路养护工程", year=2026, funds=120, rows=8)
    # gs12 defect: annual target written as done
    emit("gs12_county_past_tense.pdf",
         county_pdf("某县乡镇卫生院设备更新项目", "某县卫生健康局（code 322）", 2025, 48.6, "县级财政资金48.6万元",
                    CLINIC, "已完成36个村卫生室基本设备配发，已培训乡村医生72人次，群众满意度均超过90%。"),
         kind="goal_sheet", layout_class="县级横版目标表", layout="同 gs11", source="hsgyyc.com；35331.cn",
         defect="年度绩效目标写成已完成的结果（“已完成……均超过90%”）", must=["GS-15"], must_not=GS_NOT,
         project="某县乡镇卫生院设备更新项目", year=2025, funds=48.6, rows=7)
    # gs13 clean: county docx, reverse indicators written 不高于 / ≤, 成本 as 一级
    rows13 = [("产出指标", "数量指标", "开展农贸市场快检", "≥", "3000", "批次"),
              ("产出指标", "质量指标", "快检复核一致率", "≥", "95", "%"),
              ("产出指标", "时效指标", "阳性样品复检时限", "≤", "48", "小时"),
              ("成本指标", "经济成本指标", "单批次快检成本", "≤", "40", "元"),
              ("效益指标", "社会效益指标", "食品安全投诉办结率", "≥", "98", "%"),
              ("效益指标", "社会效益指标", "群体性食品安全事件", "≤", "0", "起"),
              ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥", "85", "%")]
    emit("gs13_county_cost_level1_clean.docx",
         county_pdf("某县食品安全快检经费", "某县市场监督管理局（code 330）", 2026, 18.5,
                    "县级财政资金12.5万元、上级补助资金6万元", rows13, "完成快检3000批次，食品安全投诉办结率不低于98%。"),
         kind="goal_sheet", layout_class="县级横版目标表（docx）", layout="docx：同 gs11 的栏目，成本为一级指标，反向指标（≤0起、≤48小时）",
         source="hsgyyc.com；biz.doczj.com（反向指标计分）",
         defect="", must=[], must_not=GS_NOT, project="某县食品安全快检经费", year=2026, funds=18.5, rows=7)
    # gs14 defect: only 2 indicators
    emit("gs14_county_two_rows.docx",
         county_pdf("某县残疾人两项补贴发放", "某县残疾人联合会（code 341）", 2026, 210, "县级财政资金210万元",
                    [("产出指标", "数量指标", "补贴发放人数", "≥", "2800", "人"),
                     ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", "90", "%")],
                    "按月足额发放困难残疾人生活补贴和重度残疾人护理补贴。"),
         kind="goal_sheet", layout_class="县级横版目标表（docx）", layout="同 gs13", source="dyrmt.com（只填两三个指标的发放类表）",
         defect="只有2个绩效指标", must=["GS-16|GS-04"], must_not=GS_NOT, project="某县残疾人两项补贴发放",
         year=2026, funds=210, rows=2)


# ---------------------------------------------------------------- appraisal reports
SECTIONS = ["立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性"]


def report(title: str, name: str, org: str, year: int, funds: float, score: float, conclusion: str,
           skip: str = "", table: bool = True) -> list[Any]:
    blocks: list[Any] = [("h", title),
                         ("t", [["项目名称", name], ["项目单位", org], ["申请资金总额", f"{funds:g}万元（{year}年度）"],
                                ["资金来源", "县级财政资金"], ["评估机构", "某某工程咨询有限公司"]]),
                         ("p", "一、项目基本情况"),
                         ("p", f"该项目拟于{year}年实施，申请{year}年度资金{funds:g}万元，用于设备购置和服务购买。"),
                         ("p", "二、评估工作开展情况"),
                         ("p", "评估组采用资料审查、现场调研和专家咨询相结合的方式，按五个维度逐项评分。"),
                         ("p", "三、评估内容及结论")]
    detail = {
        "立项必要性": "项目符合县委县政府年度重点工作安排，与部门职能直接相关，现有设施老化，需求真实。",
        "投入经济性": "设备单价参照近期政府采购中标价测算，服务购买按市场询价三家取中，成本测算依据基本充分。",
        "绩效目标合理性": "绩效目标与实施内容对应，数量、质量、时效、成本和满意度指标齐全，指标值有历史数据支撑。",
        "实施方案可行性": "实施方案明确了采购、验收、运维各环节的责任分工和时间节点，组织保障措施具体。",
        "筹资合规性": "资金全部由县级财政安排，不涉及举债融资，筹资方式符合规定。",
    }
    for i, s in enumerate(SECTIONS, 1):
        if s == skip:
            continue
        blocks += [("p", f"（{'一二三四五'[i - 1]}）{s}"), ("p", detail[s])]
    if table:
        rows = [["评估维度", "分值", "得分"]] + [[s, "20", ""] for s in SECTIONS]
        parts = _split(score)
        for k, v in enumerate(parts, 1):
            rows[k][2] = f"{v:g}"
        rows.append(["合计", "100", f"{score:g}"])
        blocks += [("p", "评分情况如下表："), ("t", rows)]
    blocks += [("p", f"综合评分{score:g}分。评估结论：{conclusion}。"),
               ("p", "四、相关建议"), ("p", "建议项目单位进一步细化验收标准，做好运维经费的后续保障。"),
               ("p", "评估机构：某某工程咨询有限公司    评估人员：某某、某某    报告日期：" f"{year - 1}年10月20日")]
    return blocks


def _split(score: float) -> list[float]:
    base = [round(score / 5, 1)] * 5
    base[-1] = round(score - sum(base[:-1]), 1)
    return base


def build_reports() -> None:
    emit("ea01_report_clean.docx",
         report("某县基层医疗机构设备更新项目事前绩效评估报告", "某县基层医疗机构设备更新项目", "某县卫生健康局", 2026, 186, 86,
                "予以支持"),
         kind="appraisal_report", layout_class="表头字段+五性报告", layout="docx：表头五栏小表，正文五性各一节，评分表，结论“予以支持”",
         source="anslib.com（甘孜事前评估报告表头字段，仅取栏目名）；chacewang.com（报告章节）",
         defect="", must=[], must_not=EA_NOT, project="某县基层医疗机构设备更新项目", year=2026, funds=186, rows=None)
    emit("ea02_report_low_score.pdf",
         report("某县智慧停车系统建设项目事前绩效评估报告", "某县智慧停车系统建设项目", "某县城市管理局", 2026, 320, 55,
                "予以支持"),
         kind="appraisal_report", layout_class="表头字段+五性报告", layout="pdf：同 ea01", source="anslib.com；chacewang.com",
         defect="综合评分55分却“予以支持”", must=["EA-RPT-03"], must_not=EA_NOT,
         project="某县智慧停车系统建设项目", year=2026, funds=320, rows=None)
    opinion = [("h", "某市文化馆公共文化服务提升项目事前绩效评估专家评审意见"),
               ("p", "2025年11月12日，某市财政局组织3名专家对某市文化馆公共文化服务提升项目（申请2026年度市级财政资金90万元）进行了事前绩效评估评审。"),
               ("p", "专家组听取了项目单位汇报，审阅了申报书、绩效目标申报表和预算测算表，经质询讨论，形成意见如下："),
               ("p", "一、项目立项依据不足，与上年已安排的群众文化活动项目内容高度重叠；二、预算测算缺少单价依据，演出场次与经费不匹配；"
                     "三、绩效目标以活动场次为主，缺少效益指标。"),
               ("p", "专家平均得分52分。评审结论：不予支持。"),
               ("t", [["专家", "单位", "评分", "签名"], ["专家一", "某大学", "50", "（签名）"], ["专家二", "某会计师事务所", "54", "（签名）"],
                      ["专家三", "某文化研究院", "52", "（签名）"], ["平均得分", "", "52", ""]])]
    emit("ea03_opinion_reject_clean.docx", opinion,
         kind="appraisal_report", layout_class="专家评审意见（不予支持）", layout="docx：正文+专家评分签名表，低分且“不予支持”（一致）",
         source="chacewang.com（结论用语）；docx.baby（专家评分）",
         defect="", must=[], must_not=EA_NOT, project="某市文化馆公共文化服务提升项目", year=2026, funds=90, rows=None)
    emit("ea04_report_missing_goal.docx",
         report("某县农产品冷链物流补助项目事前绩效评估报告", "某县农产品冷链物流补助项目", "某县农业农村局", 2026, 150, 82,
                "予以支持", skip="绩效目标合理性", table=False),
         kind="appraisal_report", layout_class="表头字段+五性报告", layout="docx：同 ea01，无评分表", source="anslib.com；chacewang.com",
         defect="报告缺“绩效目标合理性”一节", must=["EA-RPT-01"], must_not=EA_NOT,
         project="某县农产品冷链物流补助项目", year=2026, funds=150, rows=None)


# ---------------------------------------------------------------- monitoring (黄石式)
def mon_table(name: str, year: int, month: int, budget: float, spent: float, forecast: float,
              rows: list[tuple[str, str, str, str, str]], cause: str, advice: str) -> list[Any]:
    t = [["项目名称", name, "<", "<", "<", "<"],
         ["主管部门", "某市某局", "<", "项目执行单位", "某市某中心", "<"],
         ["项目属性", "1、持续性项目 √  2、新增性项目 □", "<", "<", "<", "<"],
         ["项目资金（万元）", "年初预算数", f"1-{month}月执行数", "全年预计执行数", "<", "<"],
         ["年度资金总额：", f"{budget:g}", f"{spent:g}", f"{forecast:g}", "<", "<"],
         ["其中：当年一般公共预算拨款", f"{budget:g}", f"{spent:g}", f"{forecast:g}", "<", "<"],
         ["绩效指标", "一级指标", "指标名称", "指标值", f"1-{month}月指标执行情况", "完成目标可能性（确定能、有可能、不可能）"]]
    for k, r in enumerate(rows):
        t.append(["^" if k else "", r[0], r[1], r[2], r[3], r[4]])
    t += [["偏差或不能完成目标原因分析", cause, "<", "<", "<", "<"], ["相关建议或举措", advice, "<", "<", "<", "<"]]
    return [("h", f"某市项目支出绩效监控表（{year}年度）"), ("p", "项目单位（盖章）：                单位：万元"), ("t", t)]


def build_monitoring() -> None:
    rows1 = [("产出", "快检批次", "≥6000批次", "2650批次", "确定能"), ("产出", "快检设备更新", "=12台", "已完成招标", "确定能"),
             ("效益", "抽检合格率", "≥98%", "98.6%", "确定能"), ("满意度", "消费者满意度", "≥85%", "年底开展调查", "确定能")]
    emit("mon01_huangshi_low_rate.xlsx",
         mon_table("某市食用农产品快检项目", 2026, 6, 220, 26.4, 220, rows1, "", ""),
         kind="monitoring_table", layout_class="黄石式监控表", layout="xlsx：年初预算数/1-6月执行数/全年预计执行数，指标“一级|指标名称|指标值|执行情况|完成可能性”，偏差与建议两栏",
         source="hsgyyc.com（黄石市项目支出绩效监控表）", defect="1-6月执行26.4/220=12%，偏差原因与举措空白",
         must=["MON-02"], must_not=MON_NOT, project="某市食用农产品快检项目", year=2026, funds=220, rows=None)
    rows2 = [("产出", "上门服务次数", "≥5000人次", "2100人次", "不可能"), ("产出", "服务对象", "≥420人", "405人", "确定能"),
             ("效益", "照护压力缓解户数", "≥300户", "210户", "有可能"), ("满意度", "服务对象满意度", "≥90%", "93%", "确定能")]
    emit("mon02_huangshi_no_cause.docx",
         mon_table("某市居家养老上门服务项目", 2025, 8, 480, 310, 470, rows2, "", "加快进度"),
         kind="monitoring_table", layout_class="黄石式监控表", layout="docx：同 mon01，1-8月",
         source="hsgyyc.com", defect="上门服务次数“不可能”完成、照护户数“有可能”，偏差原因栏空白（建议只写“加快进度”）",
         must=["MON-03|MON-04"], must_not=MON_NOT, project="某市居家养老上门服务项目", year=2025, funds=480, rows=None)
    rows3 = [("产出", "改造宿舍面积", "≥2400平方米", "2400平方米", "确定能"), ("产出", "更换上下床", "=320张", "320张", "确定能"),
             ("产出", "开学前完工", "≤2026年8月25日", "8月20日完工", "确定能"),
             ("效益", "新增寄宿床位", "≥160个", "152个", "有可能"), ("满意度", "学生及家长满意度", "≥90%", "91%", "确定能")]
    emit("mon03_huangshi_clean.pdf",
         mon_table("某市中学宿舍改造项目", 2026, 9, 124.8, 101.3, 124.8, rows3,
                   "新增寄宿床位152个，差8个：两间宿舍因消防整改暂缓启用（原因类型：项目管理）。",
                   "10月底前完成消防整改并启用，年底前床位达到160个。"),
         kind="monitoring_table", layout_class="黄石式监控表", layout="pdf：同 mon01，1-9月，执行81%，一项“有可能”并写明原因",
         source="hsgyyc.com", defect="", must=[], must_not=MON_NOT, project="某市中学宿舍改造项目", year=2026,
         funds=124.8, rows=None)


# ---------------------------------------------------------------- self-evaluation (池州式)
def ev_table(name: str, year: int, budget: float, spent: float, rows: list[tuple[str, ...]],
             total: float, grade: str, problem: str, measure: str) -> list[Any]:
    rate = spent / budget * 100
    t = [["项目名称", name, "<", "<", "<", "<", "<", "<"],
         ["主管部门", "某区某局", "<", "<", "实施单位", "某区某中心", "<", "<"],
         ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "<"],
         ["年度资金总额", f"{budget:g}", f"{budget:g}", f"{spent:g}", "10", f"{rate:.1f}%", f"{rate / 10:.1f}", "<"],
         ["其中：当年财政拨款", f"{budget:g}", f"{budget:g}", f"{spent:g}", "—", "", "", "<"],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    prev = ""
    for r in rows:
        t.append(["^" if r[0] == prev else r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]])
        prev = r[0]
    t += [["总分", "", "", "", "", "100", f"{total:g}", "<"], ["评价等级", grade, "<", "<", "<", "<", "<", "<"],
          ["存在问题", problem, "<", "<", "<", "<", "<", "<"], ["改进措施", measure, "<", "<", "<", "<", "<", "<"]]
    return [("h", "项目支出绩效自评表"), ("p", f"（{year}年度）"), ("t", t)]


def build_self_evaluation() -> None:
    r1 = [("产出指标（50分）", "数量指标", "硬化村组道路里程", "≥12.5公里", "12.5公里", "10", "10", ""),
          ("产出指标（50分）", "数量指标", "新建错车道", "≥20处", "18处", "10", "9", "两处因用地调整未建，已纳入下年计划"),
          ("产出指标（50分）", "质量指标", "工程验收合格率", "=100%", "100%", "10", "10", ""),
          ("产出指标（50分）", "时效指标", "完工时间", "≤2025年11月30日", "2025年11月18日", "10", "10", ""),
          ("产出指标（50分）", "成本指标", "每公里建设成本", "≤9.6万元", "9.3万元", "10", "10", ""),
          ("效益指标（30分）", "社会效益指标", "受益农户", "≥860户", "872户", "15", "15", ""),
          ("效益指标（30分）", "可持续影响指标", "道路设计使用年限", "≥8年", "8年", "15", "15", ""),
          ("满意度指标（10分）", "服务对象满意度指标", "沿线群众满意度", "≥90%", "94%", "10", "10", "")]
    emit("ev01_chizhou_clean.xlsx",
         ev_table("某区村组道路硬化工程", 2025, 120, 115.2, r1, 98.6, "优", "两处错车道因用地调整未实施。",
                  "提前对接自然资源部门，做实前期用地论证。"),
         kind="self_evaluation", layout_class="池州式自评表", layout="xlsx：资金栏年初预算数/全年预算数/全年执行数/分值/执行率/得分，一级指标带分值，末尾总分、等级、问题、措施",
         source="anthempetcare.com（池州贵池区棠溪镇自评表）；biz.doczj.com（按比例计分）",
         defect="", must=[], must_not=EV_NOT, project="某区村组道路硬化工程", year=2025, funds=120, rows=None)
    r2 = [("产出指标（50分）", "数量指标", "上门服务次数", "≥5000人次", "5120人次", "10", "10", ""),
          ("产出指标（50分）", "数量指标", "服务对象", "≥420人", "336人", "10", "8", "部分老人入住机构，服务对象减少"),
          ("产出指标（50分）", "质量指标", "服务记录完整率", "≥95%", "97%", "10", "10", ""),
          ("产出指标（50分）", "时效指标", "需求响应时间", "≤24小时", "20小时", "10", "10", ""),
          ("产出指标（50分）", "成本指标", "人均年服务补助", "≤1800元", "1760元", "10", "10", ""),
          ("效益指标（30分）", "社会效益指标", "照护压力缓解户数", "≥300户", "312户", "15", "15", ""),
          ("效益指标（30分）", "社会效益指标", "家庭照护培训户数", "≥50户", "30户", "15", "9", "培训场地未落实，下半年延期"),
          ("满意度指标（10分）", "服务对象满意度指标", "服务对象满意度", "≥90%", "72%", "10", "8", "部分服务人员流动大，已加强培训")]
    emit("ev02_chizhou_grade.docx",
         ev_table("某区居家养老上门服务项目", 2025, 100, 85, r2, 88.5, "优", "服务对象减少、培训延期、满意度未达标。",
                  "动态更新服务对象名单，落实培训场地，稳定服务队伍。"),
         kind="self_evaluation", layout_class="池州式自评表", layout="docx：同 ev01", source="anthempetcare.com；biz.doczj.com",
         defect="总分88.5分评为“优”（应为良）", must=["EV-04"], must_not=EV_NOT, project="某区居家养老上门服务项目",
         year=2025, funds=100, rows=None)
    r3 = [("产出指标（50分）", "数量指标", "快检批次", "≥6000批次", "6080批次", "10", "10", ""),
          ("产出指标（50分）", "数量指标", "快检设备更新", "≥40台", "30台", "10", "7.5", "暂无"),
          ("产出指标（50分）", "质量指标", "结果上传及时率", "≥98%", "99%", "10", "10", ""),
          ("产出指标（50分）", "时效指标", "不合格产品处置时限", "≤24小时", "18小时", "10", "10", ""),
          ("产出指标（50分）", "成本指标", "单批次快检成本", "≤45元", "43元", "10", "10", ""),
          ("效益指标（30分）", "社会效益指标", "抽检合格率", "≥98%", "98.5%", "30", "30", ""),
          ("满意度指标（10分）", "服务对象满意度指标", "消费者满意度", "≥85%", "90%", "10", "10", "")]
    emit("ev03_chizhou_none.pdf",
         ev_table("某区农贸市场快检项目", 2025, 60, 60, r3, 97.5, "优", "暂无", "暂无"),
         kind="self_evaluation", layout_class="池州式自评表", layout="pdf：同 ev01",
         source="anthempetcare.com；dyrmt.com（问题和措施填“暂无”）",
         defect="快检设备30台<40台未完成，偏差原因、存在问题、改进措施都写“暂无”", must=["EV-05"], must_not=EV_NOT,
         project="某区农贸市场快检项目", year=2025, funds=60, rows=None)


def main() -> None:
    FILES.mkdir(parents=True, exist_ok=True)
    build_goal_sheets()
    build_reports()
    build_monitoring()
    build_self_evaluation()
    (HERE / "labels.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in LABELS),
                                       encoding="utf-8")
    print(f"{len(LABELS)} documents, {sum(1 for x in LABELS if x['must'])} with a planted defect")


if __name__ == "__main__":
    main()
