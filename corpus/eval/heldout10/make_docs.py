"""Write the blind held-out set heldout10 (files/ and labels.jsonl): ex-ante appraisal reports, expert and
finance review opinions, and department-wide goal sheets. Projects, units and amounts are invented.

    PYTHONPATH=src /work/main/.venv/bin/python corpus/eval/heldout10/make_docs.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_render import Block, render  # noqa: E402

FILES = HERE / "files"
LABELS: list[dict[str, Any]] = []

RPT_MUST_NOT = ["EA-RPT-01", "EA-RPT-03", "EA-ECO-01", "EA-NEC-04", "GS-02"]
GS_MUST_NOT = ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-07", "GS-10", "GS-13", "GS-15", "GS-16"]

SRC_FMT = "chacewang.com 市级事前评估报告参考格式（rulebook §4.1）；policies/local 云溪区内部规程第十九至二十三条的章节与结论分档"
SRC_GZ = "meiwen.anslib.com/fanwenku/414091.html 甘孜事前评估报告表头字段（项目名称、项目单位、主管部门、项目属性、申请资金总额）"
SRC_CY = "cyx.gov.cn 朝阳县事前评估细则（报告须在预算编制启动前完成、未通过不得安排预算）"
SRC_DOCX = "docx.baby 事前评估审核表（五性各 20 分、优良中差）"
SRC_GS = "pdf.chddh.cn 广水市部门整体支出绩效目标申报表（部门职能概述、收入构成/支出构成、年度主要任务）"
SRC_CQ = "czj.cq.gov.cn 重庆区县事前评估专家组 5–7 人、数量×标准=金额"


def label(file: str, kind: str, layout_class: str, layout: str, source: str, defect: str, must: list[str],
          name: str, year: int | None, total: float | None, rows: int | None = None,
          drop: tuple[str, ...] = ()) -> None:
    base = GS_MUST_NOT if kind == "goal_sheet" else RPT_MUST_NOT
    LABELS.append({
        "file": f"files/{file}", "kind": kind, "layout_class": layout_class, "layout": layout, "source": source,
        "defect": defect, "must": must, "must_not": [r for r in base if r not in drop and not any(r in m for m in must)],
        "evidence": {}, "project_name": name, "fiscal_year": year, "total_funds_wan": total,
        "indicator_rows": rows, "indicator_rows_long": 0,
    })


# ---------------------------------------------------------------- report building blocks

def budget_table(items: list[tuple[str, str, float, float]], unit: str = "万元") -> Block:
    """Rows (item, basis, quantity, unit price in 万元) → 数量×单价=金额 with a 合计 row."""
    rows = [["序号", "支出内容", "测算依据", "数量", f"单价（{unit}）", f"金额（{unit}）"]]
    total = 0.0
    for k, (item, basis, q, p) in enumerate(items, 1):
        amt = round(q * p, 2)
        total += amt
        rows.append([str(k), item, basis, f"{q:g}", f"{p:g}", f"{amt:g}"])
    rows.append(["合计", "<", "<", "<", "<", f"{round(total, 2):g}"])
    return ("t", rows)


def compare_table(items: list[tuple[str, float, float, str]], total_line: tuple[float, float] | None = None) -> Block:
    """建议预算数与申请数对比表: (item, 申请数, 建议数, reason)."""
    rows = [["支出内容", "申请数（万元）", "建议数（万元）", "核减数（万元）", "核减理由"]]
    sa = sb = 0.0
    for item, a, b, why in items:
        sa, sb = sa + a, sb + b
        rows.append([item, f"{a:g}", f"{b:g}", f"{round(a - b, 2):g}", why])
    ta, tb = total_line or (round(sa, 2), round(sb, 2))
    rows.append(["合计", f"{ta:g}", f"{tb:g}", f"{round(ta - tb, 2):g}", ""])
    return ("t", rows)


def score_table(scores: list[float], with_grade: bool = False) -> Block:
    dims = ["立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性"]
    head = ["评估维度", "分值", "得分"] + (["等级"] if with_grade else [])
    rows = [head]
    for d, s in zip(dims, scores, strict=True):
        rows.append([d, "20", f"{s:g}"] + ([""] if with_grade else []))
    rows.append(["合计", "100", f"{sum(scores):g}"] + ([""] if with_grade else []))
    return ("t", rows)


def cover(title: str, unit: str, dept: str, org: str, date: str) -> list[Block]:
    return [("h", title), ("p", "事前绩效评估报告"), ("p", f"项目名称：{title}"), ("p", f"申报单位（盖章）：{unit}"),
            ("p", f"主管部门：{dept}"), ("p", f"评估机构（盖章）：{org}"), ("p", f"评估日期：{date}")]


def toc(heads: list[str]) -> list[Block]:
    return [("h", "目  录")] + [("p", f"{h}……………………{k + 1}") for k, h in enumerate(heads)]


def seal_page(org: str, date: str, people: list[str]) -> list[Block]:
    rows = [["评估人员", "职称/职务", "签名"]] + [[p, t, ""] for p, t in
                                                  zip(people, ["高级会计师", "注册会计师", "高级工程师", "经济师", "会计师"], strict=False)]
    return [("h", "评估机构声明"), ("p", f"本报告由{org}依据委托方提供的资料独立完成，对评估结论的客观性负责。"),
            ("t", rows), ("p", f"评估机构（盖章）：{org}"), ("p", f"报告日期：{date}")]


FIVE = ["立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性"]


def five_text(p: dict[str, Any]) -> dict[str, str]:
    return {
        "立项必要性": f"项目依据{p['basis']}设立，属于{p['dept']}“三定”规定的职能范围和本级事权。{p['need']}项目与本部门现有项目及上级专项资金不存在重复交叉，"
                     "已履行可行性论证和单位集体决策程序。",
        "投入经济性": f"申请资金{p['amount']:g}万元，按“数量×单价=金额”逐项测算（见预算明细表），单价参照{p['price']}确定，"
                     "经比对与周边同类项目水平相当，成本控制措施明确。",
        "绩效目标合理性": f"绩效目标申报表设置产出、成本、效益、满意度指标共{p['n_ind']}项，{p['goal']}，指标值与资金规模相匹配，"
                        "报告正文与申报表的数量、金额、时间一致。",
        "实施方案可行性": f"实施方案明确了{p['plan']}，责任分工、采购方式和验收标准清楚，前置手续已办理，进度安排与预算年度衔接。",
        "筹资合规性": f"资金来源为{p['fund']}，符合本级财政事权和支出责任，无配套资金要求，不涉及举借债务，财政支持方式为{p['mode']}，恰当。",
    }


def report(p: dict[str, Any], style: str, *, omit: str | None = None, score_where: str = "middle",
           conclusion: str = "", extra_conclusion: list[Block] | None = None, cover_on: bool = False,
           toc_on: bool = False, seal_on: bool = False, grade_text: str | None = None) -> list[Block]:
    """style 'cn' = 一、项目概况 二、评估内容…; 'part' = 第一部分…; 'ref' = 市级参考格式五章."""
    blocks: list[Block] = []
    title = p["name"]
    if cover_on:
        blocks += cover(title, p["unit"], p["dept"], p["org"], p["date"])
    if style == "part":
        heads = ["第一部分 项目基本情况", "第二部分 评估工作开展情况", "第三部分 评估内容与评分", "第四部分 评估结论",
                 "第五部分 相关建议及其他说明"]
    elif style == "cn":
        heads = ["一、项目概况", "二、评估内容", "三、评估结论", "四、有关建议", "五、其他需要说明的问题"]
    else:
        heads = ["一、评估对象基本情况", "二、评估工作开展情况", "三、综合评估情况与评估结论", "四、相关建议", "五、其他需要说明的问题"]
    if toc_on:
        blocks += toc(heads + (["附件：事前绩效评估评分表"] if score_where == "annex" else []))
    blocks.append(("h", f"{title}事前绩效评估报告"))
    blocks.append(("t", [["项目名称", title, "项目属性", p.get("attr", "新增项目")],
                         ["申报单位", p["unit"], "主管部门", p["dept"]],
                         ["申请资金总额", f"{p['amount']:g}万元（{p['year']}年度）", "资金来源", p["fund"]],
                         ["实施期限", f"{p['year']}年1月—{p['year']}年12月", "评估机构", p["org"]]]))
    # part 1
    blocks.append(("h", heads[0]))
    if style == "ref":
        blocks += [("p", "（一）立项背景"), ("p", p["background"]), ("p", "（二）主要内容"), ("p", p["content"]),
                   ("p", "（三）绩效目标"), ("p", p["target"]), ("p", "（四）资金构成"),
                   ("p", f"项目申请{p['year']}年度{p['fund']}{p['amount']:g}万元，明细如下：")]
    else:
        blocks += [("p", f"1. 项目背景。{p['background']}"), ("p", f"2. 主要内容。{p['content']}"),
                   ("p", f"3. 绩效目标。{p['target']}"), ("p", f"4. 资金情况。申请{p['year']}年度资金{p['amount']:g}万元，明细如下：")]
    blocks.append(budget_table(p["items"]))
    # part 2 (evaluation work)
    if style in ("part", "ref"):
        blocks += [("h", heads[1]),
                   ("p", f"（一）评估目的及对象：对{title}的立项必要性、投入经济性、绩效目标合理性、实施方案可行性和筹资合规性进行评估，为预算安排提供依据。"),
                   ("p", "（二）评估思路及方式方法：采用资料审查、现场调研、座谈访谈、成本比对和专家咨询相结合的方式。"),
                   ("p", f"（三）评估工作程序：{p['procedure']}")]
        dims_head = heads[2]
    else:
        dims_head = heads[1]
        blocks.append(("h", dims_head))
        blocks.append(("p", f"评估工作过程：{p['procedure']}"))
    if style in ("part", "ref"):
        blocks.append(("h", dims_head))
    texts = five_text(p)
    for k, dim in enumerate(FIVE):
        if dim == omit:
            continue
        num = ["（一）", "（二）", "（三）", "（四）", "（五）"][k] if style != "part" else f"{k + 1}."
        blocks.append(("p", f"{num}{dim}"))
        blocks.append(("p", texts[dim]))
    if score_where == "middle":
        blocks.append(("p", "评分情况如下表："))
        blocks.append(score_table(p["scores"], with_grade=bool(grade_text)))
    # conclusion
    concl_head = heads[3] if style == "part" else (heads[2] if style == "cn" else "（六）总体结论")
    if style == "ref":
        blocks.append(("p", concl_head))
    else:
        blocks.append(("h", concl_head))
    if grade_text:
        blocks.append(("p", grade_text))
    blocks.append(("p", conclusion))
    blocks += extra_conclusion or []
    blocks.append(("h", heads[4] if style == "part" else heads[3]))
    blocks.append(("p", f"1. {p['advice1']}"))
    blocks.append(("p", "2. 建议单位在项目实施中按季度开展绩效运行监控，及时纠正偏差。"))
    if style != "part":
        blocks.append(("h", heads[4]))
        blocks.append(("p", "本报告所依据的资料由申报单位提供，申报单位对资料的真实性负责。"))
    if score_where == "annex":
        blocks.append(("h", "附件：事前绩效评估评分表"))
        blocks.append(score_table(p["scores"], with_grade=bool(grade_text)))
    if seal_on:
        blocks += seal_page(p["org"], p["date"], p.get("people", ["王某", "李某", "张某"]))
    else:
        blocks.append(("p", f"评估人员（签名）：{'、'.join(p.get('people', ['王某', '李某', '张某']))}"))
        blocks.append(("p", f"评估机构：{p['org']}    {p['date']}"))
    return blocks


def project(**kw: Any) -> dict[str, Any]:
    kw.setdefault("amount", round(sum(q * pr for _, _, q, pr in kw["items"]), 2))
    kw.setdefault("year", 2026)
    kw.setdefault("n_ind", 9)
    return kw


# ---------------------------------------------------------------- reports

def ea01() -> None:
    p = project(
        name="某县农村饮水安全工程维修养护项目", unit="某县农村供水管理站", dept="某县水利局", org="某县正衡项目管理咨询有限公司",
        date="2025年9月12日", basis="《某省农村供水保障规划》和县政府农村供水工程运行管护办法",
        need="全县现有集中供水工程86处，其中运行超过10年的42处，2024年因管网老化停水投诉137件，维修需求真实迫切。",
        price="县水利工程维修定额和2024年同类维修合同价", goal="年度维修管网和泵站数量、水质达标率、停水恢复时限等可衡量",
        plan="维修点位清单、分片包干的维修队伍和季度巡检安排", fund="县级一般公共预算", mode="直接支出",
        background="某县农村人口多、供水工程点多面广，部分工程管网锈蚀、计量设施损坏，影响群众稳定用水。",
        content="维修更换老旧管网，维护加压泵站，更换智能水表，开展水质检测。",
        target="全年维修更换管网不少于38公里，维护泵站24座，农村集中供水水质达标率不低于95%。",
        procedure="2025年8月5日至8月30日完成资料收集、现场踏勘8处工程、与供水站座谈并撰写报告。",
        items=[("管网维修更换", "县维修定额", 38, 2.6), ("泵站维护", "2024年合同价", 24, 1.5), ("智能水表更换", "三家询价", 1200, 0.0355),
               ("水质检测", "检测机构收费标准", 86, 0.06)],
        scores=[16, 14, 15, 14, 13], advice1="建议细化管网维修点位的优先排序，优先安排停水投诉集中的片区。")
    score = sum(p["scores"])
    blocks = report(p, "cn", cover_on=True, toc_on=True, seal_on=True, score_where="middle",
                    conclusion=f"综合评分{score:g}分。评估认为项目立项依据充分、测算基本合理，评估结论为“予以支持”，建议预算控制数{p['amount']:g}万元。")
    render(blocks, FILES / "ea01_饮水工程维修.docx")
    label("ea01_饮水工程维修.docx", "appraisal_report", "cover_toc_cn_sections",
          "封面+目录页+“一、项目概况 二、评估内容 三、评估结论”+评分表在正文中间+评估机构盖章页", f"{SRC_FMT}；{SRC_DOCX}",
          f"综合评分{score:g}分（不足80分）却“予以支持”", ["EA-RPT-03"], p["name"], 2026, p["amount"])


def ea02() -> None:
    p = project(
        name="某区社区居家养老服务中心运营补助项目", unit="某区民政局", dept="某区民政局", org="某区民政局事前评估工作组",
        date="2025年8月26日", basis="《某市养老服务条例》和区“十四五”养老服务体系建设规划（2021—2025年）及其2026年度延续实施安排",
        need="全区60周岁以上老年人4.6万人，社区居家养老服务中心23家，2024年服务量同比增长18%，运营经费缺口明显。",
        price="区养老服务补助标准（每中心每年运营补助）", goal="服务中心数量、助餐服务人次、服务对象满意度等指标可衡量",
        plan="补助对象、星级评定与补助挂钩的发放程序", fund="区级一般公共预算", mode="运营补助（以奖代补）",
        background="社区居家养老是本区养老服务体系的基础，现有服务中心运营依赖财政补助。",
        content="对通过星级评定的23家社区居家养老服务中心给予运营补助，支持助餐、日间照料和上门服务。",
        target="补助服务中心23家，全年助餐服务不少于18万人次，服务对象满意度不低于90%。",
        procedure="2025年7月至8月，工作组查阅补助台账、抽查6家中心、召开座谈会2次、形成报告初稿并征求意见。",
        items=[("三星级中心运营补助", "区补助标准", 9, 12), ("二星级中心运营补助", "区补助标准", 10, 9), ("一星级中心运营补助", "区补助标准", 4, 6),
               ("第三方星级评定服务", "政府采购合同价", 1, 18)],
        scores=[18, 17, 17, 17, 17], advice1="建议将补助资金与服务量、满意度测评结果挂钩，按季度拨付。")
    score = sum(p["scores"])
    cmp_ = compare_table([("三星级中心运营补助", 108, 108, ""), ("二星级中心运营补助", 90, 90, ""), ("一星级中心运营补助", 24, 24, ""),
                          ("第三方星级评定服务", 18, 6, "评定每两年一次，2026年只需复评，按复评工作量核减")])
    blocks = report(p, "part", score_where="middle",
                    conclusion=f"综合评分{score:g}分，评估结论为“予以支持”。建议预算控制数228万元，较申请数240万元核减12万元，核减情况见下表。",
                    extra_conclusion=[cmp_])
    render(blocks, FILES / "ea02_养老运营补助.pdf")
    label("ea02_养老运营补助.pdf", "appraisal_report", "part_sections",
          "“第一部分—第五部分”章节+评分表在正文中间+建议预算数与申请数对比表（核减12万元）", f"{SRC_FMT}；rulebook §4.3 北京式建议预算控制数",
          "", [], p["name"], 2026, p["amount"])


def ea03() -> None:
    p = project(
        name="某市城区公共厕所智慧化改造项目", unit="某市环境卫生管理处", dept="某市城市管理局", org="某市城市管理局事前评估小组",
        date="2025年9月3日", basis="《城市公共厕所设计标准》和市城市管理“十五五”前期工作安排",
        need="城区现有公厕312座，其中建成超过12年的96座存在异味、无障碍设施缺失等问题，市民热线年投诉214件。",
        price="市政工程计价依据和2024年同类改造中标价", goal="改造座数、验收合格率、完工时间和群众满意度可衡量",
        plan="分三批改造的点位清单、施工期间临时公厕保障", fund="市级一般公共预算", mode="直接支出",
        background="城区公厕改造列入市政府2026年民生实事备选清单。",
        content="对96座老旧公厕进行除臭、无障碍和智能监测改造，接入城市管理平台。",
        target="完成改造96座，改造验收合格率100%，2026年10月底前全部完工，群众满意度不低于85%。",
        procedure="2025年8月，评估小组查阅改造方案、踏勘公厕12座、对比3个城市同类项目单价并形成报告。",
        items=[("除臭及通风改造", "中标价比对", 96, 1.8), ("无障碍设施改造", "计价依据", 96, 1.2), ("智能监测终端", "三家询价", 96, 0.65),
               ("平台接入与调试", "合同价", 1, 22)],
        scores=[17, 17, 16, 16, 16], advice1="建议分批改造时优先安排投诉集中的商圈和医院周边公厕。")
    score = sum(p["scores"])
    blocks = report(p, "ref", omit="投入经济性", score_where="none",
                    conclusion=f"经综合评估，项目得分{score:g}分，评估结论为“予以支持”。")
    render(blocks, FILES / "ea03_公厕智慧化改造.docx")
    label("ea03_公厕智慧化改造.docx", "appraisal_report", "ref_five_chapters",
          "市级参考格式五章（一、评估对象基本情况……三、综合评估情况与评估结论），正文写分数、无评分表", SRC_FMT,
          "第三章缺“投入经济性”一节（五性缺一）", ["EA-RPT-01"], p["name"], 2026, p["amount"])


def ea04() -> None:
    p = project(
        name="某县中小学校园安全视频监控升级项目", unit="某县教育局", dept="某县教育局", org="某县明正工程咨询有限公司",
        date="2025年9月18日", basis="《中小学幼儿园安全防范要求》和县平安校园建设三年行动方案",
        need="全县中小学40所，现有监控设备多为2016年前安装的模拟摄像头，夜间成像不清，校园周边存在监控盲区。",
        price="政府采购网上商城价格和三家询价", goal="升级学校数、摄像头在线率和完工时间可衡量",
        plan="按学区分两批实施、寒暑假施工的安排", fund="县级一般公共预算", mode="直接支出",
        background="县平安校园建设要求2026年底前完成全部中小学监控高清化改造。",
        content="更换高清摄像头，扩容存储，接入县教育局校园安全监管平台。",
        target="完成40所学校监控升级，摄像头在线率不低于98%，2026年8月底前完工。",
        procedure="2025年8月，评估机构审查采购清单、抽查学校5所、对标邻县同类项目并撰写报告。",
        items=[("高清摄像头", "商城价", 800, 0.09), ("存储扩容", "三家询价", 40, 0.6), ("平台接入与布线", "合同价", 40, 0.6)],
        scores=[16, 15, 15, 15, 15], advice1="建议将摄像头点位与校园周边盲区排查结果对应，避免重复安装。")
    score = sum(p["scores"])
    blocks = report(p, "cn", cover_on=True, seal_on=True, score_where="annex",
                    conclusion=f"综合评分{score:g}分，评估结论为“调整后予以支持”。经核减，建议预算控制数为135万元，核减15万元，主要是存储扩容单价偏高。")
    render(blocks, FILES / "ea04_校园监控升级.pdf")
    label("ea04_校园监控升级.pdf", "appraisal_report", "cover_cn_sections_annex_score",
          "封面+“一、项目概况”式章节+评分表放附件+盖章页", f"{SRC_FMT}；rulebook §4.3 建议预算控制数",
          f"申请{p['amount']:g}万元，建议预算控制数135万元反而更高，却写“核减15万元”", ["EA-RPT-04|EA-RPT-03|EA-ECO-01"],
          p["name"], 2026, p["amount"])


def ea05() -> None:
    p = project(
        name="某镇农贸市场提升改造项目", unit="某镇人民政府", dept="某镇人民政府", org="某镇财政所事前评估小组",
        date="2025年11月20日", basis="《某省农贸市场建设与管理规范》和镇2026年民生实事安排",
        need="镇农贸市场建于2003年，摊位156个，排水不畅、棚顶漏雨，市场监管部门2024年检查提出整改要求。",
        price="县建设工程造价信息和两家施工单位报价", goal="改造面积、摊位数、完工时间和经营户满意度可衡量",
        plan="分区施工、临时疏导摊位的安排", fund="镇级一般公共预算", mode="直接支出",
        background="镇农贸市场是周边3万居民日常采购的主要场所。",
        content="改造排水系统、更换棚顶、规范摊位和建设快检室。",
        target="改造面积4200平方米，规范摊位156个，2026年9月底前完工，经营户满意度不低于85%。",
        procedure="2025年10月至11月，评估小组现场踏勘、召开经营户座谈会并撰写报告。",
        items=[("排水系统改造", "造价信息", 4200, 0.012), ("棚顶更换", "施工报价", 3600, 0.016), ("摊位规范", "施工报价", 156, 0.1),
               ("快检室建设", "造价信息", 1, 6.6)],
        scores=[17, 16, 16, 17, 16], advice1="建议施工期间做好临时摊位安排，减少对群众买菜的影响。")
    score = sum(p["scores"])
    blocks = [("t", [["项目申报日期", "2025年9月30日", "申报年度", "2026年"],
                     ["项目编码", "2026-ZF-0317", "报送单位", "某镇人民政府"]]),
              ("p", "本项目已于2025年9月30日随2026年部门预算报送县财政局申报，现补充事前绩效评估报告。")]
    blocks += report(p, "ref", score_where="middle",
                     conclusion=f"综合评分{score:g}分，评估结论为“予以支持”，建议预算控制数{p['amount']:g}万元。")
    render(blocks, FILES / "ea05_农贸市场改造.docx")
    label("ea05_农贸市场改造.docx", "appraisal_report", "ref_five_chapters_dated",
          "申报信息小表+市级参考格式五章，评分表在总体结论前", f"{SRC_CY}；{SRC_FMT}",
          "报告日期2025年11月20日晚于项目申报日期2025年9月30日（事前评估应在申报前完成）", ["GEN-04"],
          p["name"], 2026, p["amount"])


def expert_opinion(name: str, unit: str, amount: float, year: int, meeting: str, n_stated: int, people: list[str],
                   points: list[str], scores: list[float], conclusion: str, budget: Block | None = None) -> list[Block]:
    blocks: list[Block] = [("h", f"{name}事前绩效评估专家评审意见"),
                           ("t", [["项目名称", name], ["申报单位", unit], ["申请资金", f"{amount:g}万元（{year}年度）"],
                                  ["评审时间", meeting], ["评审方式", "会议评审"]]),
                           ("p", f"{meeting}，{unit}组织召开{name}事前绩效评估专家评审会。评审专家组由{n_stated}名专家组成（名单附后），"
                                 "听取了申报单位汇报，审阅了项目申报书、实施方案、预算明细和绩效目标申报表，经质询和讨论，形成评审意见如下："),
                           ("h", "一、评审意见")]
    blocks += [("p", f"{k}. {t}") for k, t in enumerate(points, 1)]
    blocks.append(("h", "二、评分结果"))
    blocks.append(score_table(scores))
    if budget is not None:
        blocks.append(("p", "建议预算数与申请数对比如下："))
        blocks.append(budget)
    blocks += [("h", "三、评审结论"), ("p", conclusion), ("h", "四、专家组成员签名")]
    blocks.append(("t", [["序号", "姓名", "工作单位", "职称", "签名"]] +
                   [[str(k), n, w, t, ""] for k, (n, w, t) in enumerate(people, 1)]))
    blocks.append(("p", f"专家组组长（签名）：{people[0][0]}        {meeting}"))
    return blocks


def points_for(need: str, econ: str, goal: str, plan: str, fund: str) -> list[str]:
    return [f"立项必要性：{need}", f"投入经济性：{econ}", f"绩效目标合理性：{goal}", f"实施方案可行性：{plan}", f"筹资合规性：{fund}"]


def ea06() -> None:
    name, amount = "某区全民健身路径更新项目", 96.0
    pts = points_for("项目符合全民健身实施计划，现有健身路径器材超过使用年限的占比较高，更新需求明确。",
                     "预算按器材套数×政府采购单价测算，单价与周边区同类采购价相当。",
                     "申报表设置了更新点位数、器材验收合格率、完工时间和群众满意度，指标可衡量。",
                     "点位清单和安装进度清楚，建议补充器材维护管理责任。",
                     "资金来源为区级一般公共预算和体育彩票公益金，渠道合规。")
    scores = [17, 17, 16, 16, 17]
    people = [("陈某", "某市体育科学研究所", "研究员"), ("刘某", "某区财政评审中心", "高级会计师"), ("周某", "某大学体育学院", "副教授")]
    blocks = expert_opinion(name, "某区文化体育局", amount, 2026, "2025年9月10日", 5, people, pts, scores,
                            f"专家组综合评分{sum(scores):g}分，评审结论为“予以支持”。")
    render(blocks, FILES / "ea06_健身路径更新.docx")
    label("ea06_健身路径更新.docx", "appraisal_report", "expert_numbered",
          "专家评审意见：项目小表+“形成评审意见如下：1. 2. 3.”逐条+评分表+结论+专家签名表", f"{SRC_CQ}；{SRC_DOCX}",
          "正文写专家组由5名专家组成，签名表只有3名专家", ["EA-RPT-05"], name, 2026, amount)


def finance_opinion(name: str, unit: str, amount: float, year: int, no: str, date: str, score: float, body: list[str],
                    verdict: str, control: str) -> list[Block]:
    return [("h", f"某{unit[1]}财政局关于{name}事前绩效评估的审核意见"), ("p", f"{no}"), ("p", f"{unit}："),
            ("p", f"你单位报送的《{name}事前绩效评估报告》及相关材料收悉。根据本级事前绩效评估管理规定，我局组织对该项目的"
                  "立项必要性、投入经济性、绩效目标合理性、实施方案可行性和筹资合规性进行了审核，现将审核意见通知如下：")] + \
           [("p", t) for t in body] + \
           [("p", f"经审核，该项目审核得分{score:g}分，{verdict}"), ("p", control),
            ("p", f"项目名称：{name}；申请资金：{amount:g}万元（{year}年度）。"), ("p", f"某{unit[1]}财政局"), ("p", date)]


def ea07() -> None:
    name, amount = "某县公共法律服务站点建设项目", 64.0
    body = ["一、立项必要性。项目依据县公共法律服务体系建设方案提出，但拟建的12个站点中有5个与乡镇司法所现有服务场所重复，需求论证不充分。",
            "二、投入经济性。预算明细中站点装修单价未提供测算依据和询价记录，设备配置标准偏高。",
            "三、绩效目标合理性。绩效目标申报表只有站点数量指标，缺少服务人次和满意度等效益指标。",
            "四、实施方案可行性。站点选址尚未确定，实施进度安排不具体。",
            "五、筹资合规性。资金来源为县级一般公共预算，渠道合规。"]
    blocks = finance_opinion(name, "某县司法局", amount, 2026, "某财绩审〔2025〕27号", "2025年9月22日", 55, body,
                             "同意纳入2026年度项目库。", "请你单位按审核意见完善后按程序申报预算。")
    render(blocks, FILES / "ea07_法律服务站点.docx")
    label("ea07_法律服务站点.docx", "appraisal_report", "finance_opinion_letter",
          "财政审核意见书（文号+抬头+“现将审核意见通知如下”+五条+“经审核，……”）", f"policies/local 云溪区内部规程第二十一、二十五条（结论分档与入库）；{SRC_FMT}",
          "审核得分55分（不足60分）且列出重复、缺依据等问题，却“同意纳入项目库”", ["EA-RPT-03"], name, 2026, amount)


def ea08() -> None:
    p = project(
        name="某市非物质文化遗产保护传承项目", unit="某市文化馆", dept="某市文化广电旅游局", org="某市华信绩效评价事务所",
        date="2025年8月29日", basis="《中华人民共和国非物质文化遗产法》和市非遗保护专项规划",
        need="全市有市级以上非遗代表性项目68项、传承人112名，其中年龄70岁以上的传承人31名，抢救性记录任务紧迫。",
        price="市非遗项目记录工作经费标准和往年合同价", goal="记录项目数、传承活动场次、传承人补助人数和群众满意度可衡量",
        plan="年度记录计划、传承活动排期和补助发放程序", fund="市级一般公共预算", mode="直接支出和传承人补助",
        background="非遗传承人老龄化，部分项目后继乏人。", content="开展抢救性记录、传承人补助和进校园传承活动。",
        target="完成抢救性记录12项，开展传承活动120场，补助传承人112名，群众满意度不低于90%。",
        procedure="2025年7月至8月，事务所查阅资料、访谈传承人8名、核对补助名单并形成报告。",
        items=[("抢救性记录", "记录经费标准", 12, 4.5), ("传承人补助", "市补助标准", 112, 0.3), ("传承活动", "往年合同价", 120, 0.12)],
        scores=[16, 15, 15, 15, 15], advice1="建议对高龄传承人项目优先安排抢救性记录。")
    score = sum(p["scores"])
    grade = "评分等级：总分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"
    blocks = report(p, "part", toc_on=True, score_where="middle", grade_text=grade,
                    conclusion=f"项目综合得分{score:g}分，评估等级为“良”，建议予以支持，建议预算控制数{p['amount']:g}万元。")
    render(blocks, FILES / "ea08_非遗保护.pdf")
    label("ea08_非遗保护.pdf", "appraisal_report", "part_sections_grade",
          "目录页+“第一部分”式章节+评分表（带等级列）在正文中间+正文写明优良中差分档", f"{SRC_DOCX}；{SRC_FMT}",
          f"综合得分{score:g}分，按报告自己写的分档应为“中”，却评为“良”", ["EA-RPT-03"], p["name"], 2026, p["amount"])


def ea09() -> None:
    name, amount = "某区老旧小区消防设施改造项目", 150.0
    rows_meta = [["项目名称", name, "", "", ""], ["申报单位", "某区住房和城乡建设局", "", "", ""],
                 ["申请资金（万元）", "150", "年度", "2026", ""]]
    pts = ["1. 立项必要性：项目涉及老旧小区27个，消防设施缺失和损坏问题突出，列入区消防安全专项整治任务，必要性充分。",
           "2. 投入经济性：室外消火栓和喷淋改造单价偏高，建议按区造价信息调整；监控平台已有市级平台可共享，建议核减。",
           "3. 绩效目标合理性：指标设置基本完整，建议补充改造后火灾隐患整改率。",
           "4. 实施方案可行性：施工组织和进度安排可行，需提前与居民做好沟通。",
           "5. 筹资合规性：资金来源为区级一般公共预算，渠道合规。"]
    cmp_rows = [["支出内容", "申请数（万元）", "建议数（万元）", "核减数（万元）", "核减理由"],
                ["室外消火栓改造", "54", "48", "6", "单价按区造价信息调整"],
                ["楼道喷淋及报警改造", "72", "66", "6", "单价按区造价信息调整"],
                ["智慧消防监控平台", "24", "0", "24", "共享市级平台"],
                ["合计", "150", "126", "24", ""]]
    sheet1: list[Block] = [("h", "某区财政支出事前绩效评估专家评审意见表"), ("t", rows_meta), ("p", "专家评审意见："), *[("p", t) for t in pts],
                           ("t", [["评估维度", "分值", "得分"], ["立项必要性", "20", "18"], ["投入经济性", "20", "13"],
                                  ["绩效目标合理性", "20", "15"], ["实施方案可行性", "20", "15"], ["筹资合规性", "20", "16"],
                                  ["合计", "100", "77"]]),
                           ("p", "评审结论：调整后予以支持，建议预算控制数126万元。"),
                           ("p", "专家组成员（签名）：赵某、孙某、钱某、吴某、郑某    2025年9月16日")]
    sheet2: list[Block] = [("h", "建议预算数与申请数对比表"), ("t", cmp_rows)]
    render([], FILES / "ea09_消防设施改造.xlsx", sheets=[sheet1, sheet2], names=["评审意见", "预算对比"])
    label("ea09_消防设施改造.xlsx", "appraisal_report", "expert_form_xlsx_compare",
          "xlsx 两个工作表：专家评审意见表（逐条意见+评分+结论）和建议预算数与申请数对比表", f"{SRC_CQ}；rulebook §4.3 建议预算控制数",
          "对比表建议数各项 48+66+0=114，合计行却写126（核减24与各项核减6+6+24=36也不符）", ["EA-ECO-01|EA-RPT-04"],
          name, 2026, amount)


def ea10() -> None:
    p = project(
        name="某县森林防火物资储备项目", unit="某县林业局", dept="某县林业局", org="某县林业局事前评估小组",
        date="2025年8月20日", basis="《森林防火条例》和县森林火灾应急预案", attr="延续项目",
        need="全县林地面积68万亩，现有扑火物资储备库3个，部分风力灭火机和防护服超过报废年限，储备量低于省定标准。",
        price="省应急物资采购目录价格", goal="储备物资数量、物资完好率、补充到位时间可衡量",
        plan="采购清单、入库验收和物资轮换管理制度", fund="县级一般公共预算", mode="直接支出",
        background="本县为森林火灾高风险县，防火期长达6个月。", content="补充风力灭火机、防护服、水泵等扑火物资并开展维护保养。",
        target="补充风力灭火机120台、防护服600套、便携式水泵20台，物资完好率不低于98%，2026年10月底前入库。",
        procedure="2025年7月至8月，评估小组盘点储备库3个、核对报废台账、比对采购目录价格并形成报告。",
        items=[("风力灭火机", "采购目录价", 120, 0.42), ("扑火防护服", "采购目录价", 600, 0.035), ("便携式水泵", "采购目录价", 20, 1.1),
               ("物资维护保养", "往年合同价", 1, 9.6)],
        scores=[16, 13, 15, 15, 15], advice1="建议建立物资轮换机制，延长使用年限。")
    score = sum(p["scores"])
    cmp_ = compare_table([("风力灭火机", 50.4, 42, "按实际报废数量调减20台"), ("扑火防护服", 21, 21, ""), ("便携式水泵", 22, 22, ""),
                          ("物资维护保养", 9.6, 6, "按往年实际发生额核定")])
    blocks = report(p, "part", toc_on=True, score_where="annex",
                    conclusion=f"综合评分{score:g}分，评估结论为“调整后予以支持”，建议预算控制数91万元，核减12万元。",
                    extra_conclusion=[cmp_])
    render(blocks, FILES / "ea10_防火物资.docx")
    label("ea10_防火物资.docx", "appraisal_report", "toc_part_sections_annex",
          "目录页+“第一部分”式章节+评分表放附件+对比表（核减12万元）", f"{SRC_FMT}；rulebook §4.3",
          "", [], p["name"], 2026, p["amount"])


def ea11() -> None:
    name, amount = "某区城市夜景亮化提升项目", 380.0
    body = ["一、立项必要性。项目拟对主干道两侧建筑立面实施亮化，现有亮化设施运行正常，提升需求主要为景观展示，非群众急需，公共财政支持的必要性不足。",
            "二、投入经济性。预算按建筑立面面积×综合单价测算，综合单价高于周边城区同类项目约30%，且未提供询价记录。",
            "三、绩效目标合理性。效益指标仅写“城市形象明显提升”，难以衡量。",
            "四、实施方案可行性。涉及的商业建筑产权单位尚未签订协议，实施条件不具备。",
            "五、筹资合规性。拟使用区级一般公共预算，未考虑产权单位分担。"]
    blocks = finance_opinion(name, "某区城市管理局", amount, 2026, "某财绩审〔2025〕41号", "2025年9月25日", 52, body,
                             "评审结论为“不予支持”，不同意纳入2026年度项目库。", "该项目2026年度不安排预算。")
    render(blocks, FILES / "ea11_夜景亮化.pdf")
    label("ea11_夜景亮化.pdf", "appraisal_report", "finance_opinion_letter",
          "财政审核意见书（pdf），52分“不予支持”、不同意纳入项目库（一致）", "policies/local 云溪区内部规程第二十一、二十五条；rulebook §1.6 郑州不予支持案例",
          "", [], name, 2026, amount)


def ea12() -> None:
    name, amount = "某市职业技能提升培训补贴项目", 260.0
    pts = points_for("项目依据职业技能提升行动方案，面向失业人员和农民工，培训需求有招聘数据支撑。",
                     "补贴按培训人数×职业工种补贴标准测算，标准符合省定补贴目录。",
                     "申报表设置培训人数、取证率、就业率和满意度指标，与资金规模匹配。",
                     "培训机构遴选、过程监管和补贴申领流程明确。",
                     "资金来源为市级就业补助资金，使用范围合规。")
    scores = [17, 17, 16, 16, 17]
    people = [("黄某", "某市职业技术学院", "教授"), ("林某", "某市财政评审中心", "高级会计师"), ("何某", "某市人力资源服务中心", "高级经济师"),
              ("罗某", "某会计师事务所", "注册会计师"), ("高某", "某大学公共管理学院", "副教授")]
    blocks = expert_opinion(name, "某市人力资源和社会保障局", amount, 2026, "2025年9月8日", 5, people, pts, scores,
                            f"专家组综合评分{sum(scores):g}分，评审结论为“予以支持”。")
    render(blocks, FILES / "ea12_技能培训补贴.docx")
    label("ea12_技能培训补贴.docx", "appraisal_report", "expert_numbered",
          "专家评审意见：逐条“1. 2. 3.”+评分表+结论+5名专家签名表（一致）", f"{SRC_CQ}；{SRC_DOCX}",
          "", [], name, 2026, amount)


def ea13() -> None:
    p = project(
        name="某县农产品质量安全检测能力建设项目", unit="某县农产品质量安全检测站", dept="某县农业农村局", org="某县农业农村局事前评估小组",
        date="2025年8月15日", basis="《中华人民共和国农产品质量安全法》和县农产品质量安全监管工作方案",
        need="全县年抽检农产品样品需求约4800批次，现有检测设备只能完成约3000批次，快速检测覆盖乡镇不足。",
        price="政府采购网上商城价和检测设备三家询价", goal="检测批次、检测合格率、设备到位时间和服务对象满意度可衡量",
        plan="设备采购、人员培训和检测任务分配", fund="县级一般公共预算", mode="直接支出",
        background="本县是蔬菜主产县，农产品质量安全监管任务重。", content="购置气相色谱仪等检测设备，配备乡镇快检箱，开展检测人员培训。",
        target="全年定量检测不少于4800批次，检测结果准确率不低于98%，设备2026年6月底前到位，服务对象满意度不低于90%。",
        procedure="2025年7月，评估小组核对检测任务台账、现场查看实验室并比对设备报价后形成报告。",
        items=[("气相色谱仪", "三家询价", 1, 38), ("液相色谱仪", "三家询价", 1, 42), ("乡镇快检箱", "商城价", 18, 0.5), ("检测人员培训", "培训费标准", 30, 0.2)],
        scores=[18, 17, 18, 17, 18], advice1="建议同步完善实验室质量控制制度。")
    score = sum(p["scores"])
    grade = "评分等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”；等级为“优”“良”的项目建议予以支持。"
    blocks = report(p, "cn", cover_on=True, score_where="middle", grade_text=grade,
                    conclusion=f"项目综合得分{score:g}分，评估等级为“良”，建议予以支持，建议预算控制数{p['amount']:g}万元。")
    render(blocks, FILES / "ea13_农产品检测.pdf")
    label("ea13_农产品检测.pdf", "appraisal_report", "cover_cn_sections_grade",
          "封面+“一、项目概况”式章节+评分表（带等级列）在正文中间+优良中差分档（88分“良”，一致）", f"{SRC_DOCX}；{SRC_FMT}",
          "", [], p["name"], 2026, p["amount"])


def ea14() -> None:
    name, amount = "某镇污水管网维护项目", 58.0
    rows = [["事前绩效评估财政审核意见表", "<", "<", "<"],
            ["项目名称", name, "申报单位", "某镇人民政府"],
            ["申请资金（万元）", "58", "预算年度", "2026"],
            ["审核内容", "分值", "得分", "审核意见"],
            ["立项必要性", "20", "17", "镇区污水管网建成8年，堵塞溢流投诉多，维护需求明确。"],
            ["投入经济性", "20", "16", "按管网长度×养护定额测算：疏通清淤26公里×1.5万元＋检查井维修80座×0.2万元＝55万元，另含CCTV检测3万元，合计58万元。"],
            ["绩效目标合理性", "20", "16", "疏通长度、溢流点整改数、完成时间和群众满意度指标可衡量。"],
            ["实施方案可行性", "20", "16", "养护单位通过政府采购确定，巡查制度健全。"],
            ["筹资合规性", "20", "16", "镇级一般公共预算，渠道合规。"],
            ["合计", "100", "81", ""],
            ["审核结论", "经审核，该项目评分81分，结论为“予以支持”，同意纳入2026年度项目库，建议预算控制数58万元。", "<", "<"],
            ["审核人", "某县财政局绩效管理股 冯某、许某", "审核日期", "2025年9月19日"]]
    render([("t", rows)], FILES / "ea14_污水管网维护.xlsx")
    label("ea14_污水管网维护.xlsx", "appraisal_report", "finance_review_form_xlsx",
          "xlsx 财政审核意见表：审核内容（五性）|分值|得分|审核意见 四列，末行审核结论“经审核……同意纳入项目库”", f"{SRC_DOCX}；policies/local 云溪区内部规程第二十五条",
          "", [], name, 2026, amount)


def ea15() -> None:
    p = project(
        name="某区中小学课后服务经费补助项目", unit="某区教育局", dept="某区教育局", org="某区鼎诚会计师事务所",
        date="2025年8月28日", basis="教育部关于做好中小学生课后服务工作的指导意见和区课后服务实施办法", attr="延续项目",
        need="全区义务教育学校35所，参加课后服务学生约2.8万人，学校聘请校外专业人员的经费缺口较大。",
        price="区课后服务补助标准（每生每学期）", goal="覆盖学校数、参与学生数、家长满意度等指标可衡量",
        plan="补助核算、校外人员准入和服务质量考核办法", fund="区级一般公共预算", mode="补助",
        background="课后服务是落实“双减”的重要措施，本区实行财政补助与家长付费相结合的保障方式。",
        content="按参加学生人数对学校给予课后服务经费补助，用于教师劳务和校外专业人员费用。",
        target="覆盖义务教育学校35所，补助学生2.8万人，家长满意度不低于90%。",
        procedure="2025年7月至8月，事务所抽查学校6所、核对学生人数、访谈家长和教师并形成报告。",
        items=[("课后服务补助（春季学期）", "区补助标准", 28000, 0.005), ("课后服务补助（秋季学期）", "区补助标准", 28000, 0.005),
               ("校外专业人员课时费", "课时费标准", 3000, 0.02)],
        scores=[15, 12, 13, 13, 12], advice1="建议核实学生人数后按学期拨付，并与家长付费部分统筹使用。")
    score = sum(p["scores"])
    cmp_ = compare_table([("课后服务补助（春季学期）", 140, 140, ""), ("课后服务补助（秋季学期）", 140, 140, ""),
                          ("校外专业人员课时费", 60, 40, "部分课时已由家长付费部分承担")])
    blocks = report(p, "ref", cover_on=True, seal_on=True, score_where="annex",
                    conclusion=f"综合评分{score:g}分，评估结论为“调整后予以支持”。建议预算控制数320万元，核减20万元。",
                    extra_conclusion=[cmp_])
    render(blocks, FILES / "ea15_课后服务补助.pdf")
    label("ea15_课后服务补助.pdf", "appraisal_report", "cover_ref_five_chapters_seal",
          "封面+市级参考格式五章+对比表+评分表放附件+评估机构盖章页（65分“调整后予以支持”，一致）", f"{SRC_FMT}；rulebook §4.3",
          "", [], p["name"], 2026, p["amount"])


# ---------------------------------------------------------------- department-wide goal sheets

def dept_sheet(dept: str, year: int, date: str, fin: float, other: float, total: float, basic: float, proj: float,
               duty: str, tasks: list[tuple[str, str, float]], overall: str,
               inds: list[tuple[str, str, str, str]], style: str) -> list[Block]:
    head = [[f"{year}年度部门整体支出绩效目标表", "<", "<", "<", "<"],
            ["部门（单位）名称", dept, "<", "填报日期", date],
            ["总体资金情况（万元）", "收入构成", "财政拨款", f"{fin:g}", ""],
            ["^", "^", "其他资金", f"{other:g}", ""],
            ["^", "^", "合计", f"{total:g}", ""],
            ["^", "支出构成", "基本支出", f"{basic:g}", ""],
            ["^", "^", "项目支出", f"{proj:g}", ""],
            ["^", "^", "合计", f"{round(basic + proj, 2):g}", ""],
            ["部门职能概述", duty, "<", "<", "<"]]
    head += [["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", ""]]
    head += [["^", n, c, f"{a:g}", ""] for n, c, a in tasks]
    head += [["年度总体目标", overall, "<", "<", "<"]]
    if style == "wide":
        ind_rows = [["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]]
        ind_rows += [["^", a, b, c, v] for a, b, c, v in inds]
        return [("t", head + ind_rows)]
    ind_rows = [["一级指标", "二级指标", "三级指标", "指标值"]] + [list(r) for r in inds]
    return [("t", head), ("p", "年度绩效指标"), ("t", ind_rows)]


def merge_levels(inds: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    out = []
    prev = ("", "")
    for a, b, c, v in inds:
        out.append(("^" if a == prev[0] else a, "^" if (a, b) == prev else b, c, v))
        prev = (a, b)
    return out


def std_inds(spec: list[tuple[str, str, str]]) -> list[tuple[str, str, str, str]]:
    """spec rows (二级, 三级, 值) → with 一级 derived."""
    lvl1 = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
            "社会效益指标": "效益指标", "经济效益指标": "效益指标", "可持续影响指标": "效益指标", "生态效益指标": "效益指标",
            "服务对象满意度指标": "满意度指标"}
    return [(lvl1[b], b, c, v) for b, c, v in spec]


def dz(file: str, dept: str, fin: float, other: float, total: float, basic: float, duty: str,
       tasks: list[tuple[str, str, float]], overall: str, spec: list[tuple[str, str, str]], style: str,
       layout: str, defect: str = "", must: list[str] | None = None, date: str = "2025年10月15日",
       label_total: float | None = None) -> None:
    proj = round(sum(a for _, _, a in tasks), 2)
    inds = std_inds(spec)
    blocks = dept_sheet(dept, 2026, date, fin, other, total, basic, proj, duty, tasks, overall,
                        merge_levels(inds) if style == "wide" else inds, style)
    render(blocks, FILES / file)
    label(file, "goal_sheet", f"dept_{style}", layout, SRC_GS, defect, must or [], dept, 2026,
          label_total if label_total is not None else total, rows=len(inds))


def depts() -> None:
    dz("dz01_市场监管局.xlsx", "某县市场监督管理局", 1520, 0, 1520, 1180,
       "负责全县市场主体登记、食品药品安全监管、特种设备安全监察、产品质量监督和知识产权保护等工作。",
       [("食品安全抽检", "开展食品安全监督抽检", 180), ("特种设备检验", "电梯等特种设备定期检验补助", 90), ("智慧监管平台运维", "平台运维服务", 70)],
       "",
       [("数量指标", "食品安全监督抽检批次", "≥2400批次"), ("数量指标", "特种设备定期检验台数", "≥1600台"),
        ("质量指标", "抽检不合格产品核查处置率", "=100%"), ("时效指标", "投诉举报按时办结率", "≥98%"),
        ("成本指标", "单批次食品抽检成本", "≤750元"), ("社会效益指标", "食品安全事故发生起数", "=0起"),
        ("可持续影响指标", "智慧监管平台正常运行率", "≥99%"), ("服务对象满意度指标", "市场主体满意度", "≥90%")],
       "wide", "部门整体目标表（一张大表：资金构成、职能、任务、总体目标、指标同表，一级指标纵向合并）",
       "“年度总体目标”一栏空白", ["GS-01"])
    dz("dz02_医保局.docx", "某区医疗保障局", 860, 40, 900, 610,
       "负责全区基本医疗保险、生育保险、医疗救助等医疗保障制度的组织实施，医保基金监管，医药价格和招标采购政策执行。",
       [("医保基金监管", "开展定点医药机构检查", 120), ("医疗救助经办", "困难群众医疗救助经办服务", 100), ("医保信息系统运维", "系统运维", 70)],
       "做好2026年医疗保障各项工作，确保部门正常运转。",
       [("数量指标", "农村公路养护里程", "≥120公里"), ("数量指标", "新增路灯安装数量", "≥300盏"),
        ("质量指标", "道路养护工程验收合格率", "=100%"), ("时效指标", "路灯故障修复时间", "≤48小时"),
        ("成本指标", "每公里道路养护成本", "≤1.2万元"), ("社会效益指标", "群众出行条件改善", "≥90%"),
        ("服务对象满意度指标", "沿线群众满意度", "≥90%")],
       "split", "部门整体目标表（表头大表+单独的年度绩效指标表）",
       "医保局的年度主要任务是基金监管、医疗救助和信息系统，指标却全是农村公路养护和路灯（与部门职能、任务不对应）", ["GS-08"])
    dz("dz03_档案馆.pdf", "某市档案馆", 640, 25, 705, 505,
       "负责全市档案的收集、整理、保管、利用和数字化工作，指导全市机关档案工作。",
       [("馆藏档案数字化", "档案扫描与著录", 110), ("档案安全保护", "库房恒温恒湿设备维护", 50), ("档案开放利用", "展览和查档服务", 40)],
       "完成馆藏档案数字化40万页，保障库房设施安全运行，全年提供查档服务不少于1.2万人次。",
       [("数量指标", "档案数字化页数", "≥40万页"), ("数量指标", "提供查档利用人次", "≥12000人次"),
        ("质量指标", "数字化成果质检合格率", "≥99%"), ("时效指标", "数字化任务完成时间", "2026年11月30日前"),
        ("成本指标", "每页档案数字化成本", "≤2.75元"), ("社会效益指标", "档案信息资源共享利用率", "≥85%"),
        ("服务对象满意度指标", "查档群众满意度", "≥95%")],
       "wide", "部门整体目标表（pdf 横版大表）", "收入构成：财政拨款640+其他资金25=665，合计却写705（支出构成合计705）", ["GS-02"],
       label_total=705)
    dz("dz04_退役军人局.docx", "某县退役军人事务局", 730, 0, 730, 410,
       "负责退役军人移交安置、就业创业扶持、优抚对象抚恤优待、褒扬纪念和服务保障体系建设。",
       [("退役军人就业创业扶持", "职业技能培训和创业补贴", 120), ("优抚对象关爱帮扶", "走访慰问和临时救助", 110), ("烈士纪念设施维护", "纪念设施日常管护", 90)],
       "做好退役军人安置和就业创业服务，全年组织适应性培训不少于300人次，落实优抚对象各项待遇，完成烈士纪念设施维护管护。",
       [("数量指标", "退役军人职业技能培训人次", "≥300人次"), ("数量指标", "走访慰问优抚对象户数", "≥1200户"),
        ("质量指标", "优抚待遇按时足额发放率", "=100%"), ("时效指标", "培训完成时间", "2026年11月底前"),
        ("成本指标", "人均培训成本", "≤2000元"), ("社会效益指标", "参训退役军人就业率", "≥80%"),
        ("可持续影响指标", "烈士纪念设施完好率", "≥95%"), ("服务对象满意度指标", "退役军人和优抚对象满意度", "≥92%")],
       "split", "部门整体目标表（表头大表+单独的年度绩效指标表）")
    dz("dz05_文旅局.xlsx", "某区文化和旅游局", 980, 60, 1040, 700,
       "负责全区公共文化服务、文物和非物质文化遗产保护、旅游市场监管和文化旅游宣传推广。",
       [("公共文化惠民演出", "送戏下乡和广场文化活动", 150), ("文物安全保护", "文物保护单位安防维护", 110), ("旅游市场监管", "执法检查与宣传推广", 80)],
       "全年开展惠民演出不少于160场，文物保护单位安防设施正常运行，旅游市场投诉按时办结，群众文化获得感进一步增强。",
       [("数量指标", "惠民演出场次", "≥160场"), ("数量指标", "文物安全巡查次数", "≥480次"),
        ("质量指标", "文物保护单位安全事故", "=0起"), ("时效指标", "旅游投诉按时办结率", "≥98%"),
        ("成本指标", "每场惠民演出平均成本", "≤0.9万元"), ("社会效益指标", "惠民演出观众人次", "≥8万人次"),
        ("服务对象满意度指标", "群众满意度", "≥90%")],
       "wide", "部门整体目标表（xlsx 一张大表，一级指标纵向合并）")
    dz("dz06_某镇政府.pdf", "某镇人民政府", 2150, 120, 2270, 1560,
       "负责本镇经济发展、社会事务管理、公共服务和社会治理，组织实施乡村振兴、农村人居环境整治和安全生产等工作。",
       [("农村人居环境整治", "垃圾清运和村庄保洁", 320), ("乡村道路管护", "镇村道路日常养护", 210), ("安全生产与应急", "隐患排查与应急物资", 180)],
       "全年完成12个行政村生活垃圾日产日清，镇村道路养护86公里，开展安全生产隐患排查全覆盖，群众满意度不低于90%。",
       [("数量指标", "生活垃圾清运覆盖行政村数", "=12个"), ("数量指标", "镇村道路养护里程", "≥86公里"),
        ("质量指标", "安全隐患整改完成率", "≥95%"), ("时效指标", "垃圾清运及时率", "≥98%"),
        ("成本指标", "每公里道路年养护成本", "≤2.4万元"), ("生态效益指标", "村庄保洁达标率", "≥90%"),
        ("服务对象满意度指标", "群众满意度", "≥90%")],
       "split", "部门整体目标表（pdf，表头大表+单独的年度绩效指标表）")
    dz("dz07_自然资源局.xlsx", "某县自然资源局", 1260, 90, 1350, 900,
       "负责全县自然资源调查监测、国土空间规划、耕地保护、不动产登记和地质灾害防治等工作。",
       [("耕地保护监督", "耕地卫片执法和田长制巡查", 160), ("地质灾害防治", "隐患点监测和群测群防", 150), ("不动产登记服务", "登记档案数字化", 140)],
       "全年完成耕地卫片图斑核查全覆盖，地质灾害隐患点监测覆盖率100%，不动产登记一般业务5个工作日内办结。",
       [("数量指标", "卫片图斑核查数量", "≥1800个"), ("数量指标", "地质灾害隐患点监测数量", "=64处"),
        ("质量指标", "卫片图斑核查准确率", "≥98%"), ("时效指标", "不动产一般登记办结时限", "≤5个工作日"),
        ("成本指标", "每处隐患点年监测成本", "≤2.3万元"), ("社会效益指标", "地质灾害造成人员伤亡", "=0人"),
        ("服务对象满意度指标", "办事群众满意度", "≥95%")],
       "split", "部门整体目标表（xlsx，表头与指标表在同一工作表上下排列）")


def main() -> None:
    FILES.mkdir(exist_ok=True)
    for old in FILES.iterdir():
        old.unlink()
    for fn in (ea01, ea02, ea03, ea04, ea05, ea06, ea07, ea08, ea09, ea10, ea11, ea12, ea13, ea14, ea15, depts):
        fn()
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for lab in LABELS:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(LABELS)} files written to {FILES}")


if __name__ == "__main__":
    main()
