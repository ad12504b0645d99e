"""Generate the blind held-out set heldout7 (files/ and labels.jsonl).

Goal sheets (绩效目标申报表) in the layouts of real published county/district tables from regions the
earlier sets did not use (see README.md), plus a few 事前评估 reports and expert opinions. Projects,
units and amounts are invented. Rendering goes through the shared ../blind_render.py.

    PYTHONPATH=src .venv/bin/python corpus/eval/heldout7/make_docs.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from blind_render import render as _render  # noqa: E402


def _fmt(cell: Any) -> Any:
    return f"{cell:g}" if isinstance(cell, float) else str(cell)


def render(blocks: list[tuple[Any, ...]], path: Path, **kw: Any) -> None:
    """Numbers stay numbers in xlsx (as exported workbooks have them); docx/pdf get their printed text."""
    if path.suffix != ".xlsx":
        blocks = [(b[0], [[_fmt(c) for c in r] for r in b[1]], *b[2:]) if b[0] == "t" else b for b in blocks]
    _render(blocks, path, **kw)

FILES = HERE / "files"
GS_MUST_NOT = ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-07", "GS-10", "GS-13", "GS-15", "GS-16"]
EA_MUST_NOT = ["EA-RPT-01", "EA-RPT-03", "EA-ECO-01", "EA-NEC-04", "GS-02"]

SRC = {
    "qingjian": "http://qjzhf.gov.cn/Government/PublicInfoShow.aspx?ID=15161（陕西清涧县财政局下达通知附表1《绩效目标申报表（2021年度）》）",
    "wuchuan": "http://www.wuchuan.gov.cn/zfxxgknew_27916/fdzdgknr/zfwjnew/202112/t20211220_1104864.html（内蒙古武川县民委《绩效目标申报表（2021年度）》）",
    "yueyang": "http://www.yyx.gov.cn/37584/38137/content_2016103.html（湖南岳阳县《绩效目标申报表（基础设施建设类）（2022年度）》）",
    "wuqia": "https://xjwqx.gov.cn/xjwqx/c103065/202104/c8c7f7dd9747439fa669fb81d97f9b0f.shtml（新疆乌恰县水利局《绩效项目申报表（2021年度）》）",
    "bingtuan": "http://www.nys.gov.cn/xwzx/tzgg/content_88212（新疆兵团第一师阿拉尔市《兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表》）",
    "chencang": "http://www.chencang.gov.cn/col8173/col8180/col8789/col9203/202005/t20200529_126007.html（陕西宝鸡陈仓区《省级财政水利发展资金绩效目标表》）",
    "anxi": "http://fjax.gov.cn/zwgk/zdgkxx/sl/slgcjs/202403/t20240304_3010568.htm（福建安溪县水利局：资金安排表+按村分列的绩效目标表）",
    "qingliu": "http://www.fjql.gov.cn/zwgk/czzj/qtczzj/202408/t20240823_2053450.htm（福建清流县：分配表（村名/金额/列支科目）+绩效目标表）",
    "qiongzhong": "https://m.bidcenter.com.cn/news-1-340040819.html（海南琼中县某中心《2025年部门（单位）预算公开表》：财政拨款收支总表等在前，金额单位万元）",
    "report": "https://www.chacewang.com/newsdetail/news379739.html（市级事前绩效评估报告参考格式）；https://cyx.gov.cn/html/CYXZF/202006/0163659671720459.html（朝阳县细则：评估须在预算编制前完成）",
    "opinion": "https://docx.baby/p/20791027535051.html（事前评估审核表：五性各20分，每个要点5分）",
}


def label(file: str, kind: str, layout_class: str, layout: str, source: str, defect: str, must: list[str],
          must_not: list[str], name: Any, year: int | None, total: float | None, rows: int | None,
          evidence: dict[str, str] | None = None) -> dict[str, Any]:
    drop = {r for m in must for r in m.split("|")}
    return {"file": f"files/{file}", "kind": kind, "layout_class": layout_class, "layout": layout,
            "source": source, "defect": defect, "must": must,
            "must_not": [r for r in must_not if r not in drop], "evidence": evidence or {},
            "project_name": name, "fiscal_year": year, "total_funds_wan": total,
            "indicator_rows": rows, "indicator_rows_long": 0}


def ind_rows(inds: list[tuple[str, str, str, str]], lead: list[str], width: int) -> list[list[Any]]:
    """Indicator rows (一级, 二级, 三级, 值) with 一级/二级 merged downwards; `lead` cells go before them
    (the first row gets them, later rows merge up)."""
    out: list[list[Any]] = []
    prev1 = prev2 = None
    for k, (l1, l2, name, val) in enumerate(inds):
        c1 = "^" if l1 == prev1 else l1
        c2 = "^" if (l1 == prev1 and l2 == prev2) else l2
        head = lead if k == 0 else ["^"] * len(lead)
        row = [*head, c1, c2, name, val]
        out.append(row + ["<"] * (width - len(row)))
        prev1, prev2 = l1, l2
    return out


# ---------------------------------------------------------------- 衔接资金式单项目申报表 (清涧/武川/岳阳/乌恰)

def xianjie_sheet(*, title: str, year: int, name: str, person: str, dept: str, impl: str, total: str,
                  fin: str, other: str, goal: str, inds: list[tuple[str, str, str, str]],
                  in_table_title: bool, attach: str = "", person_label: str = "项目负责人及联系电话",
                  note: str = "", val_head: str = "指标值") -> list[tuple[Any, ...]]:
    w = 6
    rows: list[list[Any]] = []
    if in_table_title:
        if attach:
            rows.append([attach, "<", "<", "<", "<", "<"])
        rows.append([title, "<", "<", "<", "<", "<"])
        rows.append([f"（{year}年度）", "<", "<", "<", "<", "<"])
    rows += [
        ["项目名称", name, "<", person_label, person, "<"],
        ["主管部门", dept, "<", "实施单位", impl, "<"],
        ["资金情况（万元）", "年度资金总额：", total, "<", "<", "<"],
        ["^", "其中：财政拨款", fin, "<", "<", "<"],
        ["^", "其他资金", other, "<", "<", "<"],
        ["总体目标", "年度目标", "<", "<", "<", "<"],
        ["^", goal, "<", "<", "<", "<"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", val_head, "<"],
    ]
    rows += ind_rows(inds, ["^"], w)
    blocks: list[tuple[Any, ...]] = []
    if not in_table_title:
        blocks += [("h", title), ("p", f"（{year}年度）")]
    blocks.append(("t", rows))
    if note:
        blocks.append(("p", note))
    return blocks


ROAD_INDS = [
    ("产出指标", "数量指标", "某村新建水泥路", "3.2km"),
    ("产出指标", "数量指标", "新建错车道", "≥6处"),
    ("产出指标", "质量指标", "项目（工程）验收合格率", "100%"),
    ("产出指标", "时效指标", "项目（工程）完成时间", "2025年10月底前"),
    ("产出指标", "成本指标", "硬化水泥砼道路补助标准", "≤70万元/公里"),
    ("效益指标", "经济效益指标", "带动果园运输成本下降", "≥10%"),
    ("效益指标", "社会效益指标", "受益农户数", "≥260户"),
    ("效益指标", "可持续影响指标", "道路设计使用年限", "≥10年"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
]

BARN_INDS = [
    ("产出指标", "数量指标", "新建标准化棚圈面积", "≥420平方米"),
    ("产出指标", "数量指标", "新建饲草料库", "1座"),
    ("产出指标", "质量指标", "项目（工程）验收合格率", "100%"),
    ("产出指标", "时效指标", "开工时限", "2025年5月"),
    ("产出指标", "时效指标", "竣工时限", "2025年10月"),
    ("产出指标", "成本指标", "标准化棚圈建设成本", "≤560元/平方米"),
    ("产出指标", "成本指标", "饲草料库建设成本", "≤480元/平方米"),
    ("产出指标", "成本指标", "打井及配电", "≤6万元"),
    ("效益指标", "经济效益指标", "合作社年租赁收入", "≥3万元"),
    ("效益指标", "社会效益指标", "受益农牧户数", "≥80户"),
    ("满意度指标", "服务对象满意度指标", "受益农牧户满意度", "≥95%"),
]

FARM_INDS = [
    ("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩"),
    ("产出指标", "数量指标", "新建和修复灌排渠道", "≥18公里"),
    ("产出指标", "质量指标", "项目（工程）验收合格率", "100%"),
    ("产出指标", "时效指标", "主体工程完工时间", "2025年11月30日前"),
    ("产出指标", "成本指标", "亩均财政补助标准", "≤600元/亩"),
    ("效益指标", "经济效益指标", "项目区年增粮食产能", "≥1200吨"),
    ("效益指标", "生态效益指标", "新增和改善节水灌溉面积", "≥5000亩"),
    ("效益指标", "可持续影响指标", "工程设计使用年限", "≥15年"),
    ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"),
]

CANAL_INDS = [
    ("产出指标", "数量指标", "干渠防渗改造长度", "≥4.6公里"),
    ("产出指标", "数量指标", "新建分水闸", "≥8座"),
    ("产出指标", "质量指标", "工程质量验收合格率", "100%"),
    ("产出指标", "时效指标", "工程完工时间", "2025年9月30日前"),
    ("产出指标", "成本指标", "每公里防渗改造成本", "≤95万元/公里"),
    ("效益指标", "经济效益指标", "渠系水利用系数提高", "≥0.08"),
    ("效益指标", "社会效益指标", "改善灌溉面积", "≥3200亩"),
    ("效益指标", "可持续影响指标", "工程运行年限", "≥15年"),
    ("满意度指标", "服务对象满意度指标", "受益农牧民满意度", "≥90%"),
]


def make_xianjie(docs: list[dict[str, Any]]) -> None:
    # gs01 清涧式 clean (docx): 附表1 and title inside the table, numbered annual goal, values with units merged.
    goal = ("1、新建某村至某组果园路3.2公里，路面宽4.5米，配套边沟和错车道；2、完成道路交安设施建设，"
            "改善果园生产运输条件；3、项目年内完工并通过验收，受益农户260户以上。")
    b = xianjie_sheet(title="绩效目标申报表", year=2025, name="2025年某镇果园生产道路硬化项目", person="刘某 0912-52xxxxx",
                      dept="某县交通运输局", impl="某县交通运输局", total="260", fin="260", other="", goal=goal,
                      inds=ROAD_INDS, in_table_title=True, attach="附表1")
    render(b, FILES / "gs01_qingjian_road_clean.docx")
    docs.append(label("gs01_qingjian_road_clean.docx", "goal_sheet", "衔接式申报表（表内标题）",
                      "清涧式：附表1、标题、（年度）写在表格首三行；年度目标按“1、2、3、”分条；指标值与单位合写（3.2km、≤70万元/公里）",
                      SRC["qingjian"], "无", [], GS_MUST_NOT, "2025年某镇果园生产道路硬化项目", 2025, 260.0, 9))

    # gs02 清涧式 defect: annual goal written as already achieved (GS-15).
    goal = ("1、已完成某村至某组果园路2.8公里水泥路面硬化及边沟建设；2、解决了群众生产道路出行难问题，"
            "极大的改善了老百姓的生产生活条件；3、受益农户均超过200户。")
    inds = [(a, b2, c.replace("某村新建水泥路", "某组新建水泥路"), v.replace("3.2km", "2.8km").replace("≥260户", "≥200户"))
            for a, b2, c, v in ROAD_INDS]
    b = xianjie_sheet(title="绩效目标申报表", year=2025, name="2025年某乡产业路建设项目", person="高某 0912-52xxxxx",
                      dept="某县交通运输局", impl="某乡人民政府", total="210", fin="210", other="", goal=goal,
                      inds=inds, in_table_title=True, attach="附表1")
    render(b, FILES / "gs02_qingjian_done_tense.docx")
    docs.append(label("gs02_qingjian_done_tense.docx", "goal_sheet", "衔接式申报表（表内标题）",
                      "清涧式；年度目标写成已完成（“已完成……”“解决了……”“均超过200户”）",
                      SRC["qingjian"], "年度目标写成已完成的结果（事后口吻）", ["GS-15"], GS_MUST_NOT,
                      "2025年某乡产业路建设项目", 2025, 210.0, 9))

    # gs03 武川式 clean (xlsx): total cell with the money's name, several unit-cost rows.
    b = xianjie_sheet(title="绩效目标申报表", year=2025, name="某乡某村少数民族聚居村养殖场基础设施建设项目",
                      person="某某 159xxxx1885", dept="某县民族事务委员会", impl="某县民族事务委员会",
                      total="中央衔接推进乡村振兴补助资金（少数民族发展任务）60", fin="中央衔接推进乡村振兴补助资金（少数民族发展任务）60",
                      other="", goal=("某村为少数民族聚居村，户籍82户190人。项目新建标准化棚圈约420平方米、饲草料库1座，"
                                      "打井、配电，年内建成后交村集体经济合作社经营，受益农牧户80户以上。"),
                      inds=BARN_INDS, in_table_title=False)
    b[2][1][2][1] = "年度资金总额：60万"
    render(b, FILES / "gs03_wuchuan_barn_clean.xlsx")
    docs.append(label("gs03_wuchuan_barn_clean.xlsx", "goal_sheet", "衔接式申报表（资金名称写在金额格）",
                      "武川式：“年度资金总额：60万”写在标签格里，金额格写“中央衔接推进乡村振兴补助资金（少数民族发展任务）60”；成本指标按建设内容分三行（元/平方米、万元）；时效写“开工时限/竣工时限 2025年5月/10月”",
                      SRC["wuchuan"], "无", [], GS_MUST_NOT, "某乡某村少数民族聚居村养殖场基础设施建设项目", 2025, 60.0, 11))

    # gs04 武川式 defect: completion month after the budget year (GS-10).
    inds = [(a, b2, c, ("2026年5月" if c == "竣工时限" else v)) for a, b2, c, v in BARN_INDS]
    b = xianjie_sheet(title="绩效目标申报表", year=2025, name="某镇某村肉牛养殖小区配套设施建设项目",
                      person="某某 159xxxx3302", dept="某县民族事务委员会", impl="某镇人民政府",
                      total="中央衔接推进乡村振兴补助资金（少数民族发展任务）55", fin="中央衔接推进乡村振兴补助资金（少数民族发展任务）55",
                      other="", goal=("新建标准化棚圈约420平方米、饲草料库1座，配套打井和配电，建成后由村集体统一经营，"
                                      "带动受益农牧户80户以上。"), inds=inds, in_table_title=False)
    b[2][1][2][1] = "年度资金总额：55万"
    render(b, FILES / "gs04_wuchuan_late_finish.xlsx")
    docs.append(label("gs04_wuchuan_late_finish.xlsx", "goal_sheet", "衔接式申报表（资金名称写在金额格）",
                      "武川式；2025年度表的“竣工时限”写“2026年5月”", SRC["wuchuan"],
                      "时效指标超出预算年度（竣工时限2026年5月）", ["GS-10"], GS_MUST_NOT,
                      "某镇某村肉牛养殖小区配套设施建设项目", 2025, 55.0, 11))

    # gs05 岳阳式 clean (pdf): category in the title, breakdown in brackets inside the money cell, footnote.
    note = ("注：各地请根据实际情况，从上述绩效指标中选择适合的填报（其中标注的核心绩效指标为必填），"
            "也可自行增加或适当调整。")
    b = xianjie_sheet(title="绩效目标申报表（基础设施建设类）", year=2025, name="某县2025年高标准农田建设项目",
                      person="彭某", dept="某县农业农村局", impl="某县农田建设服务中心",
                      total="720万（高标准农田建设600万元，田间道路畅通工程120万元）",
                      fin="720万（高标准农田建设600万元，田间道路畅通工程120万元）", other="",
                      goal="完成1.2万亩高标准农田主体工程建设，新建和修复灌排渠道18公里以上，11月底前完工并组织验收。",
                      inds=FARM_INDS, in_table_title=False, person_label="项目负责人及电话", note=note)
    render(b, FILES / "gs05_yueyang_farmland_clean.pdf")
    docs.append(label("gs05_yueyang_farmland_clean.pdf", "goal_sheet", "衔接式申报表（类别标题+括注明细）",
                      "岳阳式：标题带“（基础设施建设类）”；资金格写“720万（高标准农田建设600万元，田间道路畅通工程120万元）”；表下有填报说明注",
                      SRC["yueyang"], "无", [], GS_MUST_NOT, "某县2025年高标准农田建设项目", 2025, 720.0, 9))

    # gs06 岳阳式 defect: total 620 but 财政拨款 560 + 其他资金 40 = 600 (GS-02).
    inds = [(a, b2, c, v.replace("1.2万亩", "1.0万亩").replace("18公里", "15公里")) for a, b2, c, v in FARM_INDS]
    b = xianjie_sheet(title="绩效目标申报表（基础设施建设类）", year=2025, name="某县2025年农田灌排设施提升项目",
                      person="唐某", dept="某县农业农村局", impl="某县农田建设服务中心",
                      total="620万", fin="560万", other="40万（村集体自筹）",
                      goal="完成1.0万亩农田灌排设施提升，新建和修复灌排渠道15公里以上，年内完工验收。",
                      inds=inds, in_table_title=False, person_label="项目负责人及电话", note=note)
    render(b, FILES / "gs06_yueyang_total_mismatch.pdf")
    docs.append(label("gs06_yueyang_total_mismatch.pdf", "goal_sheet", "衔接式申报表（类别标题+括注明细）",
                      "岳阳式；年度资金总额620万，财政拨款560万+其他资金40万=600万", SRC["yueyang"],
                      "资金总额与来源合计不符（620≠560+40）", ["GS-02"], GS_MUST_NOT,
                      "某县2025年农田灌排设施提升项目", 2025, 620.0, 9))

    # gs07 乌恰式 clean (docx): 绩效项目申报表, 2026.
    inds = [(a, b2, c, v.replace("2025", "2026")) for a, b2, c, v in CANAL_INDS]
    b = xianjie_sheet(title="绩效项目申报表", year=2026, name="某乡干渠防渗改造项目", person="沈某 0908-45xxxxx",
                      dept="某县水利局", impl="某县农村供水站", total="480", fin="450", other="30",
                      goal=("完成某乡干渠防渗改造4.6公里、新建分水闸8座，9月底前完工，减少渠道渗漏，"
                            "改善灌溉面积3200亩。"), inds=inds, in_table_title=False)
    render(b, FILES / "gs07_wuqia_canal_clean.docx")
    docs.append(label("gs07_wuqia_canal_clean.docx", "goal_sheet", "衔接式申报表（乌恰式）",
                      "乌恰式《绩效项目申报表》：项目负责人及联系电话；资金 480=450+30；反向成本“≤95万元/公里”；“≥0.08”系数值无单位",
                      SRC["wuqia"], "无", [], GS_MUST_NOT, "某乡干渠防渗改造项目", 2026, 480.0, 9))

    # gs08 乌恰式 defect: no satisfaction indicator at all (GS-04).
    inds = [(a, b2, c, v.replace("2025", "2026").replace("4.6", "3.8")) for a, b2, c, v in CANAL_INDS
            if a != "满意度指标"]
    b = xianjie_sheet(title="绩效项目申报表", year=2026, name="某镇农村供水管网改造项目", person="艾某 0908-45xxxxx",
                      dept="某县水利局", impl="某县农村供水站", total="395", fin="395", other="",
                      goal=("改造某镇供水主管网3.8公里、新建分水闸8座，9月底前完工，提高供水保证率，"
                            "惠及农牧民群众1100户。"), inds=inds, in_table_title=False)
    render(b, FILES / "gs08_wuqia_no_satisfaction.docx")
    docs.append(label("gs08_wuqia_no_satisfaction.docx", "goal_sheet", "衔接式申报表（乌恰式）",
                      "乌恰式；有服务对象（农牧民群众）但没有满意度指标", SRC["wuqia"],
                      "缺满意度指标", ["GS-04"], GS_MUST_NOT, "某镇农村供水管网改造项目", 2026, 395.0, 8))


# ---------------------------------------------------------------- 兵团式 (项目资金与年度资金并列)

def bingtuan_sheet(*, year: int, name: str, dept: str, impl: str, attr: str, period: str, proj_total: Any,
                   year_total: Any, proj_fin: Any, year_fin: Any, carry: Any, other: Any, total_goal: str,
                   year_goal: str, inds: list[tuple[str, str, str, str]]) -> list[tuple[Any, ...]]:
    w = 6
    rows: list[list[Any]] = [
        ["项目名称", name, "<", "<", "<", "<"],
        ["主管部门", dept, "<", "实施单位", impl, "<"],
        ["项目属性", attr, "<", "项目期", period, "<"],
        ["资金情况（万元）", "项目资金总额：", proj_total, "年度资金申请总额", year_total, "<"],
        ["^", "其中：财政资金", proj_fin, "其中：当年财政拨款", year_fin, "<"],
        ["^", "^", "^", "上年结转资金", carry, "<"],
        ["^", "其他资金", other, "其他资金", other, "<"],
        ["项目绩效目标", "项目总目标", "<", "年度总体目标", "<", "<"],
        ["^", total_goal, "<", year_goal, "<", "<"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "<"],
    ]
    numbered = []
    count: dict[str, int] = {}
    for a, b, c, v in inds:
        count[b] = count.get(b, 0) + 1
        numbered.append((a, b, f"指标{count[b]}：{c}", v))
    rows += ind_rows(numbered, ["^"], w)
    return [("h", "兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表"), ("p", f"（{year}年度）"), ("t", rows)]


COLD_INDS = [
    ("产出指标", "数量指标", "新建保鲜库数量", "1座"),
    ("产出指标", "数量指标", "新建保鲜库面积", "≥3200平方米"),
    ("产出指标", "质量指标", "工程验收合格率", "100%"),
    ("产出指标", "时效指标", "主体工程完工时间", "2025年11月30日前"),
    ("产出指标", "成本指标", "保鲜库单位面积造价", "≤2800元/平方米"),
    ("效益指标", "经济效益指标", "带动职工群众增收", "≥80万元"),
    ("效益指标", "社会效益指标", "带动就业人数", "≥35人"),
    ("效益指标", "可持续影响指标", "设施使用年限", "≥20年"),
    ("满意度指标", "服务对象满意度指标", "受益职工群众满意度", "≥90%"),
]


def make_bingtuan(docs: list[dict[str, Any]]) -> None:
    # gs09 clean trap (xlsx): 2-year project 2400 vs annual 1200 (=1000 + 200 carried over).
    b = bingtuan_sheet(year=2025, name="某团特色产业基地气调保鲜库建设项目", dept="某团农业农村局",
                       impl="某团农业发展服务中心", attr="延续项目", period="2年", proj_total=2400, year_total=1200,
                       proj_fin=2400, year_fin=1000, carry=200, other="",
                       total_goal="两年内建成气调保鲜库1座（约6400平方米）及配套消防水池、道路。",
                       year_goal="2025年完成一期保鲜库3200平方米主体及设备安装，11月底前完工。", inds=COLD_INDS)
    render(b, FILES / "gs09_bingtuan_two_year_clean.xlsx")
    docs.append(label("gs09_bingtuan_two_year_clean.xlsx", "goal_sheet", "兵团式（项目资金与年度资金并列）",
                      "兵团式：项目属性/项目期并列；“项目资金总额 2400”与“年度资金申请总额 1200”左右并列，年度 1200=当年财政拨款 1000+上年结转 200；项目总目标与年度总体目标左右并列；三级指标带“指标N：”前缀",
                      SRC["bingtuan"], "无（项目资金是两年合计，年度资金与其来源相符）", [], GS_MUST_NOT,
                      "某团特色产业基地气调保鲜库建设项目", 2025, 1200.0, 9))

    # gs10 defect (docx): annual 380 but 300 + 50 carried over = 350 (GS-02).
    inds = [(a, b2, c, v.replace("3200", "1800").replace("1座", "1座")) for a, b2, c, v in COLD_INDS]
    b = bingtuan_sheet(year=2025, name="某团果蔬分拣冷链中心建设项目", dept="某团农业农村局",
                       impl="某团农业发展服务中心", attr="新增项目", period="1年", proj_total=380, year_total=380,
                       proj_fin=380, year_fin=300, carry=50, other="",
                       total_goal="建成果蔬分拣冷链中心1座（约1800平方米），提升果蔬错峰销售能力。",
                       year_goal="2025年完成冷链中心土建、制冷设备安装和调试，11月底前完工。", inds=inds)
    render(b, FILES / "gs10_bingtuan_annual_mismatch.docx")
    docs.append(label("gs10_bingtuan_annual_mismatch.docx", "goal_sheet", "兵团式（项目资金与年度资金并列）",
                      "兵团式；年度资金申请总额 380，当年财政拨款 300+上年结转 50=350", SRC["bingtuan"],
                      "年度资金申请总额与来源合计不符（380≠300+50）", ["GS-02"], GS_MUST_NOT,
                      "某团果蔬分拣冷链中心建设项目", 2025, 380.0, 9))

    # gs11 defect (pdf): a quantity without unit (GS-03|GS-05).
    inds = list(COLD_INDS)
    inds.insert(2, ("产出指标", "数量指标", "新增有效库容", "≥12000"))
    b = bingtuan_sheet(year=2026, name="某团红枣气调库扩建项目", dept="某团农业农村局",
                       impl="某团农业发展服务中心", attr="新增项目", period="1年", proj_total=860, year_total=860,
                       proj_fin=860, year_fin=860, carry="", other="",
                       total_goal="扩建红枣气调库3200平方米，新增有效库容，延长红枣销售期。",
                       year_goal="2026年完成气调库扩建和设备安装调试，11月底前投入使用。",
                       inds=[(a, b2, c, v.replace("2025", "2026")) for a, b2, c, v in inds])
    render(b, FILES / "gs11_bingtuan_no_unit.pdf")
    docs.append(label("gs11_bingtuan_no_unit.pdf", "goal_sheet", "兵团式（项目资金与年度资金并列）",
                      "兵团式 pdf；“指标3：新增有效库容 ≥12000”没有计量单位", SRC["bingtuan"],
                      "数量指标缺计量单位（≥12000）", ["GS-03|GS-05"], GS_MUST_NOT, "某团红枣气调库扩建项目",
                      2026, 860.0, 10))


# ---------------------------------------------------------------- 陈仓式 专项资金绩效目标表 (区级转发)

def chencang_sheet(*, year: int, name: str, city_fin: str, city_dept: str, dist_fin: str, dist_dept: str,
                   total: Any, fin: Any, other: Any, goal: str, inds: list[tuple[str, str, str, str]],
                   residue: bool) -> list[tuple[Any, ...]]:
    w = 6
    rows: list[list[Any]] = [
        [f"（{year}）年度", "<", "<", "<", "<", "<"],
        ["专项（项目）名称", name, "<", "<", "<", "<"],
        ["市级财政部门", city_fin, "<", "市级主管部门", city_dept, "<"],
        ["区级财政部门", dist_fin, "<", "区级主管部门", dist_dept, "<"],
        ["资金情况（万元）", "资金来源", "<", "资金总额", total, "<"],
        ["^", "^", "<", "其中：财政拨款", fin, "<"],
        ["^", "^", "<", "其他资金", other, "<"],
        ["总体目标", goal, "<", "<", "<", "<"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "<"],
    ]
    numbered: list[tuple[str, str, str, str]] = []
    count: dict[str, int] = {}
    for a, b, c, v in inds:
        count[b] = count.get(b, 0) + 1
        numbered.append((a, b, f"指标{count[b]}：{c}", v))
        if residue and b == "质量指标" and count[b] == 2:
            numbered.append((a, b, "指标3：", "≥ %"))
    rows += ind_rows(numbered, ["^"], w)
    return [("h", f"{year}年省级财政水利发展资金绩效目标表"), ("t", rows)]


WATER_INDS = [
    ("产出指标", "数量指标", "农村饮水工程覆盖服务人口数", "≥0.92万人"),
    ("产出指标", "数量指标", "新建和改造供水管网长度", "≥36公里"),
    ("产出指标", "质量指标", "工程验收合格率", "≥95%"),
    ("产出指标", "质量指标", "水质检测合格率", "≥90%"),
    ("产出指标", "时效指标", "工程完工时间", "2025年12月31日前"),
    ("产出指标", "成本指标", "工程建设总投资", "≤500万元"),
    ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%"),
    ("效益指标", "可持续影响指标", "工程运行管护机制建立", "建立并有效运行"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
]


def make_chencang(docs: list[dict[str, Any]]) -> None:
    # gs12 clean trap (pdf): template residue row "指标3： ≥ %" under 质量指标.
    b = chencang_sheet(year=2025, name="农村饮水安全巩固提升工程专项", city_fin="某市财政局", city_dept="某市水利局",
                       dist_fin="某区财政局", dist_dept="某区水利局", total=500, fin=500, other="",
                       goal="完成省级水利发展资金农村饮水项目投资500万元，新建和改造供水管网36公里，改善提升0.92万人饮水条件。",
                       inds=WATER_INDS, residue=True)
    render(b, FILES / "gs12_chencang_residue_clean.pdf")
    docs.append(label("gs12_chencang_residue_clean.pdf", "goal_sheet", "陈仓式专项目标表（区级转发）",
                      "陈仓式：专项名称、市级/区级财政部门与主管部门四栏；资金来源格纵向合并；三级指标带“指标N：”前缀；质量指标下保留模板行“指标3： | ≥ %”（只有符号和%）；成本“工程建设总投资 ≤500万元”等于资金总额",
                      SRC["chencang"], "无（模板残留行不计入指标）", [], GS_MUST_NOT,
                      "农村饮水安全巩固提升工程专项", 2025, 500.0, 9))

    # gs13 defect (docx): cost indicator above the money (GS-13).
    inds = [(a, b2, c, ("≤560万元" if c == "工程建设总投资" else v.replace("0.92", "0.8").replace("36", "30")))
            for a, b2, c, v in WATER_INDS]
    b = chencang_sheet(year=2025, name="农村供水保障工程专项", city_fin="某市财政局", city_dept="某市水利局",
                       dist_fin="某区财政局", dist_dept="某区水利局", total=500, fin=500, other="",
                       goal="完成农村供水保障工程投资500万元，新建和改造供水管网30公里，改善提升0.8万人饮水条件。",
                       inds=inds, residue=False)
    render(b, FILES / "gs13_chencang_cost_over.docx")
    docs.append(label("gs13_chencang_cost_over.docx", "goal_sheet", "陈仓式专项目标表（区级转发）",
                      "陈仓式 docx；资金总额 500 万元，成本指标“工程建设总投资 ≤560万元”", SRC["chencang"],
                      "成本指标超过资金总额（560>500）", ["GS-13"], GS_MUST_NOT, "农村供水保障工程专项", 2025, 500.0, 9))


# ---------------------------------------------------------------- 安溪式 (安排表 + 按村分列目标表) / 清流式

def anxi_blocks(*, year: int, name: str, dept: str, villages: list[tuple[str, str, float]], inds: list[tuple[str, str, str, str, list[str]]],
                goal: str) -> list[list[tuple[Any, ...]]]:
    total = round(sum(v[2] for v in villages), 3)
    alloc: list[list[Any]] = [["序号", "乡镇名称", "项目名称", "金额", "备注"]]
    for k, (town, proj, amt) in enumerate(villages, 1):
        alloc.append([k, town, proj, amt, ""])
    alloc.append(["合计", "<", "<", total, ""])
    n = len(villages)
    w = 4 + n
    head: list[list[Any]] = [
        ["项目名称", name, *(["<"] * (w - 2))],
        ["主管部门（单位）名称", dept, *(["<"] * (w - 2))],
        ["资金情况（万元）", "资金总额", total, *(["<"] * (w - 3))],
        ["^", "其中：财政拨款", total, *(["<"] * (w - 3))],
        ["^", "其他资金", "", *(["<"] * (w - 3))],
        ["总体目标", goal, *(["<"] * (w - 2))],
        ["一级指标", "二级指标", "三级指标", "指标解释", *[f"{t}{p[:2]}" for t, p, _ in villages]],
    ]
    prev1 = prev2 = None
    for l1, l2, nm, expl, vals in inds:
        head.append(["^" if l1 == prev1 else l1, "^" if (l1 == prev1 and l2 == prev2) else l2, nm, expl, *vals])
        prev1, prev2 = l1, l2
    sheet1 = [("h", f"附件1  {year}年省级水利专项资金安排表"), ("p", "单位：万元"), ("t", alloc)]
    sheet2 = [("h", f"附件2  {year}年省级水利专项资金绩效目标表"), ("t", head)]
    return [sheet1, sheet2]


def anxi_inds(n: int, finish: str) -> list[tuple[str, str, str, str, list[str]]]:
    return [
        ("产出指标", "数量指标", "开展小型水利工程建设（个）", "反映小型水利工程建设项目开展情况", ["1"] * n),
        ("产出指标", "数量指标", "修复和新建护岸长度（米）", "反映护岸修复和新建长度", ["≥300", "≥260", "≥420", "≥180"][:n]),
        ("产出指标", "质量指标", "工程验收合格率（%）", "反映工程完工验收情况", ["100"] * n),
        ("产出指标", "时效指标", "截止时间", "反映工程完工时间", [finish] * n),
        ("产出指标", "成本指标", "单个工程补助资金（万元）", "反映单个工程财政补助规模", ["≤30"] * n),
        ("效益指标", "社会效益指标", "受益人口（人）", "反映工程受益人口", ["≥800", "≥650", "≥1200", "≥500"][:n]),
        ("效益指标", "可持续影响指标", "工程设计使用年限（年）", "反映工程持续发挥效益年限", ["≥10"] * n),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度（%）", "反映受益群众对工程的满意程度", ["≥90"] * n),
    ]


def make_fujian(docs: list[dict[str, Any]]) -> None:
    vill = [("某镇", "甲村排洪渠建设", 30.0), ("某乡", "乙村水圳修复", 20.0), ("某镇", "丙村河道护岸修复", 30.0),
            ("某乡", "丁村堤岸修复", 20.0)]
    sheets = anxi_blocks(year=2025, name="2025年省级水利专项资金（小型水利工程）", dept="某县水利局", villages=vill,
                         inds=anxi_inds(4, "2025年12月前"), goal="开展4个小型水利工程建设，年内完工验收，受益群众3150人以上。")
    render([], FILES / "gs14_anxi_village_columns_clean.xlsx", sheets=sheets, names=["资金安排表", "绩效目标表"])
    docs.append(label("gs14_anxi_village_columns_clean.xlsx", "goal_sheet", "安溪式（安排表+按村分列目标表）",
                      "安溪式 xlsx 两个工作表：资金安排表（序号/乡镇名称/项目名称/金额，合计 100）；绩效目标表没有“指标值”列，三级指标名带单位括注“（个）”“（米）”“（%）”，之后是“指标解释”和每个村一列的值（1、≥300、100、≥90）",
                      SRC["anxi"], "无", [], GS_MUST_NOT, "2025年省级水利专项资金（小型水利工程）", 2025, 100.0, 8))

    vill = [("某镇", "戊村山塘整治", 30.0), ("某乡", "己村灌溉渠修复", 25.0), ("某镇", "庚村拦河坝修复", 25.0)]
    sheets = anxi_blocks(year=2025, name="2025年省级水利专项资金（第二批小型水利工程）", dept="某县水利局", villages=vill,
                         inds=anxi_inds(3, "2026年6月底前"), goal="开展3个小型水利工程建设，完工验收，受益群众2600人以上。")
    render([], FILES / "gs15_anxi_deadline_next_year.xlsx", sheets=sheets, names=["资金安排表", "绩效目标表"])
    docs.append(label("gs15_anxi_deadline_next_year.xlsx", "goal_sheet", "安溪式（安排表+按村分列目标表）",
                      "安溪式；2025年度目标表每个村的“截止时间”都写“2026年6月底前”", SRC["anxi"],
                      "时效指标超出预算年度（2026年6月底前）", ["GS-10"], GS_MUST_NOT,
                      "2025年省级水利专项资金（第二批小型水利工程）", 2025, 80.0, 8))

    # 清流式 (docx): 分配表 村名/金额/列支科目/备注 + 目标表.
    def qingliu(rows_alloc: list[list[Any]], total_text: str, name: str, goal: str) -> list[tuple[Any, ...]]:
        alloc = [["村名", "金额", "列支科目", "备注"], *rows_alloc, ["合  计", total_text, "", ""]]
        w = 6
        tab: list[list[Any]] = [
            ["项目名称", name, "<", "<", "<", "<"],
            ["主管部门", "某县乡村振兴局", "<", "实施单位", "各有关乡（镇）人民政府", "<"],
            ["资金情况（万元）", "资金总额", total_text, "<", "<", "<"],
            ["^", "其中：财政拨款", total_text, "<", "<", "<"],
            ["^", "其他资金", "", "<", "<", "<"],
            ["年度目标", goal, "<", "<", "<", "<"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "<"],
        ]
        inds = [
            ("产出指标", "数量指标", "实施试点示范村数量", "4个"),
            ("产出指标", "数量指标", "村内水体整治面积", "≥1.5万平方米"),
            ("产出指标", "质量指标", "项目验收合格率", "100%"),
            ("产出指标", "时效指标", "项目完工时间", "2025年12月31日前"),
            ("产出指标", "成本指标", "单村补助资金", "≤110万元"),
            ("效益指标", "社会效益指标", "村庄人居环境改善受益人口", "≥3000人"),
            ("效益指标", "生态效益指标", "整治水体水质达标率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
        ]
        tab += ind_rows(inds, ["^"], w)
        return [("p", "附件1："), ("h", "省级乡村振兴试点示范专项资金分配表"), ("p", "单位：万元"), ("t", alloc),
                ("p", "附件2："), ("h", "省级乡村振兴试点示范专项资金绩效目标表"), ("t", tab)]

    rows = [["某镇某村", "50", "2110302-水体", ""], ["某镇某村", "110", "2110302-水体", ""],
            ["某乡某村", "79.424", "2110302-水体", ""], ["某乡某村", "50", "其中39.046万款列2110302；10.954万元款列2160699；", ""]]
    render(qingliu(rows, "299.424", "2025年省级乡村振兴试点示范专项资金",
                   "支持4个试点示范村开展村内水体整治和人居环境提升，年内完工验收。"),
           FILES / "gs16_qingliu_alloc_sum_wrong.docx")
    docs.append(label("gs16_qingliu_alloc_sum_wrong.docx", "goal_sheet", "清流式（分配表+目标表）",
                      "清流式：分配表（村名/金额/列支科目/备注）+目标表；分配表各村 50+110+79.424+50=289.424，合计写 299.424，目标表资金总额也是 299.424",
                      SRC["qingliu"], "分配表明细之和与合计/资金总额不符（289.424≠299.424）", ["GS-02"], GS_MUST_NOT,
                      "2025年省级乡村振兴试点示范专项资金", 2025, 299.424, 8))

    rows = [["某镇某村", "50", "2110302-水体", ""], ["某镇某村", "110", "2110302-水体", ""],
            ["某乡某村", "89.424", "2110302-水体", ""], ["某乡某村", "50", "其中39.046万款列2110302；10.954万元款列2160699；", ""]]
    render(qingliu(rows, "299.424", "2025年省级乡村振兴试点示范专项资金（第二批）",
                   "支持4个试点示范村开展村内水体整治和人居环境提升，年内完工验收。"),
           FILES / "gs17_qingliu_alloc_clean.docx")
    docs.append(label("gs17_qingliu_alloc_clean.docx", "goal_sheet", "清流式（分配表+目标表）",
                      "清流式；分配表 50+110+89.424+50=299.424 与合计、资金总额一致；列支科目格里写“其中39.046万款列2110302；10.954万元款列2160699；”（同一村的拆分，不是另外的钱）",
                      SRC["qingliu"], "无", [], GS_MUST_NOT, "2025年省级乡村振兴试点示范专项资金（第二批）", 2025,
                      299.424, 8))


# ---------------------------------------------------------------- 预算公开多项目连排大表 (琼中式)

BIG_HEAD = [
    ["项目名称", "资金（万元）", "<", "<", "<", "年度绩效目标", "绩效指标", "<", "<", "<", "<"],
    ["^", "资金总额", "财政拨款", "其他资金", "上年结转", "^", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
]


def big_rows(projects: list[dict[str, Any]], blank_between: bool = False) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for p in projects:
        first = [p["name"], p["total"], p["fin"], p["other"], p["carry"], p["goal"]]
        prev1 = prev2 = None
        for k, (l1, l2, nm, val, unit) in enumerate(p["inds"]):
            lead = first if k == 0 else ["^"] * 6
            rows.append([*lead, "^" if l1 == prev1 else l1, "^" if (l1 == prev1 and l2 == prev2) else l2, nm, val, unit])
            prev1, prev2 = l1, l2
        if blank_between:
            rows.append([""] * 11)
    return rows


def proj(name: str, total: Any, fin: Any, other: Any, carry: Any, goal: str,
         inds: list[tuple[str, str, str, str, str]]) -> dict[str, Any]:
    return {"name": name, "total": total, "fin": fin, "other": other, "carry": carry, "goal": goal, "inds": inds}


def std_inds(q1: tuple[str, str, str], q2: tuple[str, str, str], cost: tuple[str, str, str],
             eff: tuple[str, str, str, str], sat: str, finish: str) -> list[tuple[str, str, str, str, str]]:
    return [
        ("产出指标", "数量指标", *q1),
        ("产出指标", "数量指标", *q2),
        ("产出指标", "质量指标", "工作完成合格率", "≥95", "%"),
        ("产出指标", "时效指标", "任务完成时限", finish, "月"),
        ("产出指标", "成本指标", *cost),
        ("效益指标", *eff),
        ("满意度指标", "服务对象满意度指标", sat, "≥90", "%"),
    ]


def big_projects_a(year: int) -> list[dict[str, Any]]:
    return [
        proj("重大项目前期工作经费", 38.0, 30.0, 0, 8.0,
             f"1.完成{year}年度重点项目策划储备不少于12个；2.组织项目前期论证和申报材料编制；3.跟踪服务在建重点项目。",
             std_inds(("策划储备重点项目", "≥12", "个"), ("组织项目论证会", "≥6", "场"),
                      ("前期工作经费支出", "≤38", "万元"), ("社会效益指标", "入库项目转化开工率", "≥60", "%"),
                      "项目单位满意度", "≤12")),
        proj("重点项目协调服务专项经费", 26.5, 26.5, 0, 0,
             "1.建立重点项目协调台账；2.协调解决项目推进问题；3.按季度通报项目进度。",
             std_inds(("协调解决项目问题", "≥40", "个"), ("编发项目进度通报", "4", "期"),
                      ("专项经费支出", "≤26.5", "万元"), ("社会效益指标", "重点项目按期开工率", "≥85", "%"),
                      "服务企业满意度", "≤12")),
        proj("项目信息平台运行维护费", 14.0, 10.0, 4.0, 0,
             "1.保障项目信息平台全年正常运行；2.完成数据更新和安全检测。",
             std_inds(("平台数据更新", "≥24", "次"), ("安全检测", "2", "次"),
                      ("运维服务费", "≤14", "万元"), ("社会效益指标", "平台正常运行率", "≥98", "%"),
                      "使用单位满意度", "≤12")),
    ]


def make_big(docs: list[dict[str, Any]]) -> None:
    year = 2025
    summary = [("h", "财政拨款收支总表"), ("p", "金额单位：万元"),
               ("t", [["收入", "<", "支出", "<"], ["项目", "预算数", "项目", "合计"],
                      ["一、本年收入", 150.5, "一、本年支出", 158.5], ["一般公共预算资金", 150.5, "一般公共服务支出", 128.2],
                      ["二、上年结转", 8.0, "社会保障和就业支出", 17.6], ["", "", "卫生健康支出", 6.2],
                      ["", "", "住房保障支出", 6.5], ["收入总计", 158.5, "支出总计", 158.5]])]
    # gs18 xlsx clean: 3 projects, two-row header, merged name/funds/goal.
    ps = big_projects_a(year)
    sheet2 = [("h", f"{year}年项目支出绩效目标表"), ("p", "填报单位：某县重大项目推进协调服务中心    金额单位：万元"),
              ("t", BIG_HEAD + big_rows(ps))]
    render([], FILES / "gs18_qiongzhong_multi_clean.xlsx", sheets=[summary, sheet2], names=["财政拨款收支总表", "项目支出绩效目标表"])
    docs.append(label("gs18_qiongzhong_multi_clean.xlsx", "goal_sheet", "预算公开多项目连排大表",
                      "琼中式预算公开 xlsx：第一个工作表是财政拨款收支总表，第二个是“项目支出绩效目标表”，3 个项目连排在一张表里；两行表头（“资金（万元）”横跨资金总额/财政拨款/其他资金/上年结转，“绩效指标”横跨一级/二级/三级/指标值/计量单位）；项目名称、资金和年度目标纵向合并；指标值与计量单位分列；时效写“任务完成时限 | ≤12 | 月”",
                      SRC["qiongzhong"], "无（第一个项目 38=30+8 含上年结转；第三个 14=10+4）", [], GS_MUST_NOT,
                      [p["name"] for p in ps], year, 38.0, 21))

    # gs19 pdf clean: 4 projects across pages, header repeated, blank row between projects, footnote.
    year = 2026
    ps = [*big_projects_a(year),
          proj("招商引资项目对接活动经费", 22.0, 22.0, 0, 0,
               "1.组织项目推介对接活动不少于4场；2.形成意向合作项目清单。",
               std_inds(("举办项目推介对接活动", "≥4", "场"), ("形成意向合作项目", "≥10", "个"),
                        ("活动经费支出", "≤22", "万元"), ("经济效益指标", "意向项目签约率", "≥30", "%"),
                        "参会企业满意度", "≤11"))]
    blocks = [("h", f"{year}年部门（单位）预算公开表"), ("p", "某县重大项目推进协调服务中心"),
              ("h", f"{year}年项目支出绩效目标表"), ("p", "金额单位：万元"),
              ("t", BIG_HEAD + big_rows(ps, blank_between=True), 2),
              ("p", "注：本表按项目逐项列示，年度绩效目标与预算同步批复。")]
    render(blocks, FILES / "gs19_qiongzhong_multi_pages_clean.pdf")
    docs.append(label("gs19_qiongzhong_multi_pages_clean.pdf", "goal_sheet", "预算公开多项目连排大表",
                      "琼中式 pdf：4 个项目连排一张大表，跨 2 页以上，两行表头每页重复；项目之间留一个空行；表下有注",
                      SRC["qiongzhong"], "无", [], GS_MUST_NOT, [p["name"] for p in ps], year, 38.0, 28))

    # gs20 pdf defect: 2nd project 45 ≠ 30 + 0 + 10 (GS-02).
    year = 2025
    ps = big_projects_a(year)
    ps[1] = proj("重点项目协调服务专项经费", 45.0, 30.0, 0, 10.0,
                 "1.建立重点项目协调台账；2.协调解决项目推进问题；3.按季度通报项目进度。",
                 std_inds(("协调解决项目问题", "≥40", "个"), ("编发项目进度通报", "4", "期"),
                          ("专项经费支出", "≤40", "万元"), ("社会效益指标", "重点项目按期开工率", "≥85", "%"),
                          "服务企业满意度", "≤12"))
    blocks = [("h", f"{year}年项目支出绩效目标表"), ("p", "填报单位：某县重大项目推进协调服务中心    金额单位：万元"),
              ("t", BIG_HEAD + big_rows(ps), 2)]
    render(blocks, FILES / "gs20_qiongzhong_second_mismatch.pdf")
    docs.append(label("gs20_qiongzhong_second_mismatch.pdf", "goal_sheet", "预算公开多项目连排大表",
                      "琼中式 pdf，3 个项目；第二个项目资金总额 45，财政拨款 30+上年结转 10=40", SRC["qiongzhong"],
                      "多项目表中第二个项目资金总额与来源合计不符（45≠30+10）", ["GS-02"], GS_MUST_NOT,
                      [p["name"] for p in ps], year, 38.0, 21, evidence={"GS-02": "45"}))

    # gs21 xlsx defect: 3rd project, a count with empty 计量单位 (GS-03|GS-05).
    ps = big_projects_a(year)
    ps[2]["inds"][0] = ("产出指标", "数量指标", "平台数据更新", "≥24", "")
    sheet2 = [("h", f"{year}年项目支出绩效目标表"), ("p", "填报单位：某县投资促进服务中心    金额单位：万元"),
              ("t", BIG_HEAD + big_rows(ps))]
    render([], FILES / "gs21_qiongzhong_unit_blank.xlsx", sheets=[summary, sheet2], names=["财政拨款收支总表", "项目支出绩效目标表"])
    docs.append(label("gs21_qiongzhong_unit_blank.xlsx", "goal_sheet", "预算公开多项目连排大表",
                      "琼中式 xlsx；第三个项目“平台数据更新 ≥24”的计量单位格为空", SRC["qiongzhong"],
                      "数量指标缺计量单位", ["GS-03|GS-05"], GS_MUST_NOT, [p["name"] for p in ps], year, 38.0, 21))

    # gs22 docx defect: 3rd project has only two indicators (GS-16|GS-04).
    year = 2026
    ps = big_projects_a(year)
    ps[2]["inds"] = [("产出指标", "数量指标", "平台数据更新", "≥24", "次"),
                     ("产出指标", "成本指标", "运维服务费", "≤14", "万元")]
    blocks = [("h", f"{year}年项目支出绩效目标表"), ("p", "填报单位：某县重大项目推进协调服务中心    金额单位：万元"),
              ("t", BIG_HEAD + big_rows(ps))]
    render(blocks, FILES / "gs22_qiongzhong_two_indicators.docx")
    docs.append(label("gs22_qiongzhong_two_indicators.docx", "goal_sheet", "预算公开多项目连排大表",
                      "琼中式 docx，3 个项目；第三个项目“项目信息平台运行维护费”只填了 2 个指标（数量、成本）",
                      SRC["qiongzhong"], "多项目表中一个项目只有 2 个指标（缺质量、时效、效益、满意度）",
                      ["GS-16|GS-04"], GS_MUST_NOT, [p["name"] for p in ps], year, 38.0, 16))


# ---------------------------------------------------------------- 事前评估报告与专家评审意见

def report_blocks(*, name: str, unit: str, dept: str, year: int, amount: str, budget: list[list[Any]],
                  skip_feasibility: bool, score: str, conclusion: str, date: str) -> list[tuple[Any, ...]]:
    b: list[tuple[Any, ...]] = [
        ("h", f"{name}事前绩效评估报告"),
        ("p", f"项目名称：{name}"), ("p", f"项目单位：{unit}"), ("p", f"主管部门：{dept}"),
        ("p", "评估机构：某县财政局事前绩效评估工作组"), ("p", f"评估日期：{date}"),
        ("h", "一、评估对象基本情况"),
        ("p", f"（一）立项背景。某县现有农村公路养护任务重，部分路段路况等级下降，群众出行和农产品运输受影响，{year}年拟实施本项目。"),
        ("p", f"（二）主要内容。项目计划于{year}年实施，主要包括路面病害处治、安全防护设施补齐和养护机械购置。"),
        ("p", f"（三）绩效目标。{year}年完成县乡道路面修复和安全设施完善，优良路率达到75%以上，群众满意度不低于90%。"),
        ("p", f"（四）资金构成。项目申请县级财政资金{amount}万元，全部为一般公共预算资金，预算明细见下表。"),
        ("t", budget),
        ("h", "二、评估工作开展情况"),
        ("p", "（一）评估目的及对象。判断项目是否具备安排预算的条件，评估对象为本项目申报材料和实施方案。"),
        ("p", "（二）评估思路及方式、方法。采用资料审核、现场踏勘、比较分析和专家咨询相结合的方法。"),
        ("p", "（三）评估工作程序。前期准备、资料审核、现场调研、专家论证、形成结论五个阶段。"),
        ("h", "三、综合评估情况与评估结论"),
        ("p", "（一）立项必要性。项目符合交通运输主管部门职责和县级农村公路养护规划，需求真实，与其他项目不存在重复交叉。"),
        ("p", "（二）投入经济性。单价参照本省公路养护工程预算定额和近两年同类合同价测定，测算依据基本充分。"),
        ("p", "（三）绩效目标合理性。绩效目标与项目内容相关，产出、效益和满意度指标基本量化，目标值可实现。"),
    ]
    if not skip_feasibility:
        b.append(("p", "（四）实施方案可行性。实施方案明确了进度安排、责任分工和政府采购方式，养护机械按程序采购，具备实施条件。"))
    b += [
        ("p", f"（{'四' if skip_feasibility else '五'}）筹资合规性。资金来源为县级一般公共预算，符合县级事权和支出责任划分。"),
        ("p", f"（{'五' if skip_feasibility else '六'}）总体结论。经综合评分，本项目得分{score}分，评估结论为“{conclusion}”。"),
        ("h", "四、相关建议"),
        ("p", "建议项目单位细化分路段养护计划，按月报送实施进度，加强养护质量抽检。"),
        ("h", "五、其他需要说明的问题"),
        ("p", "本报告依据项目单位提供的资料形成，资料真实性由项目单位负责。"),
        ("p", "评估组成员签字：某某、某某、某某"),
    ]
    return b


def budget_table(rows: list[tuple[str, float, str, float, float, str]]) -> list[list[Any]]:
    t: list[list[Any]] = [["支出内容", "数量", "单位", "单价（万元）", "金额（万元）", "测算依据"]]
    for item, qty, unit, price, amt, basis in rows:
        t.append([item, f"{qty:g}", unit, f"{price:g}", f"{amt:g}", basis])
    t.append(["合计", "", "", "", f"{sum(r[4] for r in rows):g}", ""])
    return t


def opinion_blocks(*, name: str, unit: str, year: int, amount: str, scores: list[str], avg: str,
                   conclusion: str, suggest: str, date: str) -> list[tuple[Any, ...]]:
    dims = ["立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性"]
    t: list[list[Any]] = [["评估维度", "分值", "专家一", "专家二", "专家三", "平均"]]
    for d, s in zip(dims, scores, strict=True):
        a, b2, c = s.split("/")
        t.append([d, "20", a, b2, c, f"{(float(a) + float(b2) + float(c)) / 3:.1f}"])
    t.append(["综合得分", "100", "", "", "", avg])
    return [
        ("h", f"{year}年度区级财政支出项目事前绩效评估专家评审意见"),
        ("p", f"项目名称：{name}"), ("p", f"申报单位：{unit}"), ("p", f"申请资金：{amount}万元（区级财政资金）"),
        ("p", f"评审时间：{date}    评审方式：集中会审"),
        ("p", "评审过程：专家组听取了申报单位汇报，审阅了项目申报书、绩效目标申报表、实施方案和预算测算资料，经质询和讨论，形成如下意见。"),
        ("t", t),
        ("p", "主要问题：1.预算测算中部分设备单价缺少询价依据；2.部分效益指标量化不足。"),
        ("p", f"评审结论：{conclusion}。{suggest}"),
        ("p", "专家组组长（签字）：某某    专家组成员（签字）：某某、某某"),
    ]


def make_reports(docs: list[dict[str, Any]]) -> None:
    rows = [("路面病害处治", 42.0, "公里", 1.6, 67.2, "省公路养护预算定额"),
            ("波形护栏补齐", 8.5, "公里", 4.2, 35.7, "近两年同类合同价"),
            ("小型养护机械购置", 3.0, "台", 9.0, 27.0, "三家询价平均"),
            ("检测及监理费", 1.0, "项", 10.1, 10.1, "按工程费比例测算")]
    b = report_blocks(name="某县2026年农村公路养护提升项目", unit="某县公路养护中心", dept="某县交通运输局", year=2026,
                      amount="140", budget=budget_table(rows), skip_feasibility=False, score="86",
                      conclusion="予以支持", date="2025年9月18日")
    render(b, FILES / "ea01_report_clean.docx")
    docs.append(label("ea01_report_clean.docx", "appraisal_report", "县级事前评估报告（五章）",
                      "封面字段+五章（评估对象基本情况/评估工作开展情况/综合评估情况与结论五性+总体结论/相关建议/其他说明）；预算明细 数量×单价=金额，合计 140；86 分予以支持",
                      SRC["report"], "无", [], EA_MUST_NOT, "某县2026年农村公路养护提升项目", 2026, 140.0, None))

    rows2 = [("路面病害处治", 36.0, "公里", 1.6, 57.6, "省公路养护预算定额"),
             ("波形护栏补齐", 12.0, "公里", 3.5, 48.0, "近两年同类合同价"),
             ("检测及监理费", 1.0, "项", 8.4, 8.4, "按工程费比例测算")]
    b = report_blocks(name="某县2026年县乡道安全防护完善项目", unit="某县公路养护中心", dept="某县交通运输局", year=2026,
                      amount="114", budget=budget_table(rows2), skip_feasibility=False, score="84",
                      conclusion="予以支持", date="2025年9月22日")
    render(b, FILES / "ea02_report_unit_price_wrong.pdf")
    docs.append(label("ea02_report_unit_price_wrong.pdf", "appraisal_report", "县级事前评估报告（五章）",
                      "同 ea01 的 pdf；预算明细“波形护栏补齐 12公里×3.5万元=48”（应为 42），合计 114 按错误金额相加",
                      SRC["report"], "预算明细数量×单价与金额不符（12×3.5≠48）", ["EA-ECO-01"], EA_MUST_NOT,
                      "某县2026年县乡道安全防护完善项目", 2026, 114.0, None))

    b = report_blocks(name="某县2026年农村公路桥梁检测项目", unit="某县公路养护中心", dept="某县交通运输局", year=2026,
                      amount="140", budget=budget_table(rows), skip_feasibility=True, score="82",
                      conclusion="予以支持", date="2025年9月25日")
    render(b, FILES / "ea03_report_no_feasibility.docx")
    docs.append(label("ea03_report_no_feasibility.docx", "appraisal_report", "县级事前评估报告（五章）",
                      "同 ea01；第三章只有立项必要性、投入经济性、绩效目标合理性、筹资合规性和总体结论，没有“实施方案可行性”一节",
                      SRC["report"], "缺“实施方案可行性”一节", ["EA-RPT-01"], EA_MUST_NOT,
                      "某县2026年农村公路桥梁检测项目", 2026, 140.0, None))

    b = opinion_blocks(name="某区智慧社区服务平台建设项目", unit="某区民政局", year=2026, amount="180",
                       scores=["15/16/14", "12/13/12", "14/15/14", "13/14/15", "17/17/16"], avg="72.3",
                       conclusion="调整完善后予以支持", suggest="建议核减设备购置费30万元，按150万元安排预算。",
                       date="2025年10月28日")
    render(b, FILES / "ea04_opinion_adjust_clean.docx")
    docs.append(label("ea04_opinion_adjust_clean.docx", "appraisal_report", "专家评审意见（评分表）",
                      "区级专家评审意见：三位专家按五性打分的表，平均 72.3 分，结论“调整完善后予以支持”并建议核减到 150 万元（一致）",
                      SRC["opinion"], "无", [], EA_MUST_NOT, "某区智慧社区服务平台建设项目", 2026, 180.0, None))

    b = opinion_blocks(name="某区农贸市场提升改造补助项目", unit="某区商务局", year=2026, amount="260",
                       scores=["11/12/10", "9/10/10", "11/12/12", "10/11/11", "13/12/13"], avg="55.7",
                       conclusion="予以支持", suggest="建议按申报金额安排预算。", date="2025年10月30日")
    render(b, FILES / "ea05_opinion_low_score_support.pdf")
    docs.append(label("ea05_opinion_low_score_support.pdf", "appraisal_report", "专家评审意见（评分表）",
                      "同 ea04 的 pdf；综合得分 55.7（低于 60）却写“予以支持”", SRC["opinion"],
                      "评审得分与结论矛盾（55.7分予以支持）", ["EA-RPT-03"], EA_MUST_NOT,
                      "某区农贸市场提升改造补助项目", 2026, 260.0, None))


def main() -> None:
    FILES.mkdir(exist_ok=True)
    for old in FILES.iterdir():
        old.unlink()
    docs: list[dict[str, Any]] = []
    make_xianjie(docs)
    make_bingtuan(docs)
    make_chencang(docs)
    make_fujian(docs)
    make_big(docs)
    make_reports(docs)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents, {sum(1 for d in docs if d['must'])} with a planted defect")


if __name__ == "__main__":
    main()
