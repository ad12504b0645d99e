"""Generate the heldout5 blind set: files/ and labels.jsonl (deterministic, no network).

Written for the heldout5 blind round from public facts only (see README.md); projects, units and amounts are
invented. Layouts imitate what offices publish: long 部门预算公开 PDFs with the 项目支出绩效目标表 after the
budget summary tables, 一体化 xlsx exports with several sheets and two-row merged headers, 转移支付 区域绩效目标表,
政府性基金 / 国有资本经营预算 projects, third-party ex-ante reports with a 评分表, expert opinions,
monitoring tables with 1-7月 columns and self-evaluation tables with 偏差原因 / 改进措施.

    PYTHONPATH=src /work/main/.venv/bin/python corpus/eval/heldout5/make_docs.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # blind_render.py
from blind_render import render  # noqa: E402

FILES = HERE / "files"
U, L = "^", "<"
GS_ALL = ["GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-07", "GS-10", "GS-13", "GS-15", "GS-16"]
EA_ALL = ["EA-RPT-01", "EA-RPT-03", "EA-ECO-01", "EA-NEC-04", "GS-02"]
MON_ALL = ["MON-01", "MON-02", "MON-03"]
EV_ALL = ["EV-01", "EV-02", "EV-04", "EV-05"]

Ind = tuple[str, str, str, str, str, str]  # 一级, 二级, 三级, 性质, 值, 单位
LABELS: list[dict[str, Any]] = []


def label(file: str, kind: str, layout_class: str, layout: str, source: str, defect: str, must: list[str],
          must_not: list[str], name: str | list[str] | None, year: int | None, total: float | None,
          rows: int | None, rows_long: int = 0) -> None:
    LABELS.append({"file": f"files/{file}", "kind": kind, "layout_class": layout_class, "layout": layout,
                   "source": source, "defect": defect, "must": must, "must_not": must_not, "evidence": {},
                   "project_name": name, "fiscal_year": year, "total_funds_wan": total,
                   "indicator_rows": rows, "indicator_rows_long": rows_long})


def but(base: list[str], *drop: str) -> list[str]:
    return [r for r in base if r not in drop]


def yuan(wan: float) -> str:
    return f"{wan * 10000:,.2f}"


# ---------------------------------------------------------------- indicator sets (values checked by hand)

def river(y: int) -> list[Ind]:  # 130 万元
    return [("产出指标", "数量指标", "河道保洁长度", "≥", "86", "公里"),
            ("产出指标", "数量指标", "河道巡查次数", "≥", "240", "次"),
            ("产出指标", "质量指标", "保洁考核合格率", "≥", "95", "%"),
            ("产出指标", "时效指标", "问题发现后整改时限", "≤", "48", "小时"),
            ("产出指标", "成本指标", "每公里年均保洁费用", "≤", "1.5", "万元/公里"),
            ("效益指标", "生态效益指标", "河道水质达标断面比例", "≥", "90", "%"),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥", "90", "%")]


def elderly(y: int) -> list[Ind]:  # 260 万元
    return [("产出指标", "数量指标", "社区助餐点运营数量", "≥", "26", "个"),
            ("产出指标", "数量指标", "年度助餐服务人次", "≥", "180000", "人次"),
            ("产出指标", "质量指标", "助餐点食品安全检查合格率", "=", "100", "%"),
            ("产出指标", "时效指标", "补贴资金季度拨付及时率", "≥", "95", "%"),
            ("成本指标", "经济成本指标", "每个助餐点年运营补贴", "≤", "10", "万元/个"),
            ("效益指标", "社会效益指标", "辖区70周岁以上老人助餐覆盖率", "≥", "35", "%"),
            ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥", "92", "%")]


def training(y: int) -> list[Ind]:  # 85 万元
    return [("产出指标", "数量指标", "职业技能培训人次", "≥", "1700", "人次"),
            ("产出指标", "质量指标", "培训合格率", "≥", "85", "%"),
            ("产出指标", "时效指标", "培训计划完成时间", "≤", f"{y}年11月30日", ""),
            ("产出指标", "成本指标", "人均培训补贴", "≤", "500", "元/人次"),
            ("效益指标", "社会效益指标", "培训后6个月内就业率", "≥", "60", "%"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", "90", "%")]


def archive(y: int) -> list[Ind]:  # 48 万元
    return [("产出指标", "数量指标", "纸质档案数字化页数", "≥", "600000", "页"),
            ("产出指标", "质量指标", "数字化图像质检合格率", "≥", "99", "%"),
            ("产出指标", "时效指标", "数字化成果验收时间", "≤", f"{y}年12月", ""),
            ("产出指标", "成本指标", "每页数字化加工单价", "≤", "0.8", "元/页"),
            ("效益指标", "社会效益指标", "档案在线查阅平均响应时间", "≤", "3", "分钟"),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥", "90", "%")]


def lottery(y: int) -> list[Ind]:  # 彩票公益金 320 万元
    return [("产出指标", "数量指标", "资助困境儿童人数", "≥", "1600", "人"),
            ("产出指标", "数量指标", "新建儿童之家", "≥", "12", "个"),
            ("产出指标", "质量指标", "资助对象识别准确率", "=", "100", "%"),
            ("产出指标", "时效指标", "资助资金发放及时率", "≥", "98", "%"),
            ("产出指标", "成本指标", "每人年均资助标准", "≤", "1500", "元/人"),
            ("效益指标", "社会效益指标", "困境儿童入学保障率", "≥", "99", "%"),
            ("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥", "90", "%")]


def soe(y: int) -> list[Ind]:  # 国有资本经营预算 1500 万元（资本金注入）
    return [("产出指标", "数量指标", "注资支持的冷链仓储项目", "=", "2", "个"),
            ("产出指标", "数量指标", "新增冷库库容", "≥", "30000", "吨"),
            ("产出指标", "质量指标", "项目竣工验收合格率", "=", "100", "%"),
            ("产出指标", "时效指标", "资本金到位时间", "≤", f"{y}年9月30日", ""),
            ("产出指标", "成本指标", "资本金注入总额", "≤", "1500", "万元"),
            ("效益指标", "经济效益指标", "国有资本保值增值率", "≥", "100", "%"),
            ("效益指标", "社会效益指标", "带动农产品冷链流通量", "≥", "12", "万吨"),
            ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥", "85", "%")]


def transfer_farm(y: int) -> list[Ind]:  # 区域：高标准农田 4000 万元
    return [("产出指标", "数量指标", "新建高标准农田面积", "≥", "2.0", "万亩"),
            ("产出指标", "质量指标", "工程验收合格率", "=", "100", "%"),
            ("产出指标", "时效指标", "项目开工率", "≥", "95", "%"),
            ("产出指标", "成本指标", "亩均财政投入", "≤", "2000", "元/亩"),
            ("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥", "50", "公斤"),
            ("效益指标", "可持续影响指标", "建后管护责任落实率", "=", "100", "%"),
            ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥", "90", "%")]


def transfer_school(y: int) -> list[Ind]:  # 区域：义务教育薄弱环节改善 2600 万元
    return [("产出指标", "数量指标", "改善办学条件学校数", "≥", "26", "所"),
            ("产出指标", "数量指标", "新增寄宿床位", "≥", "1800", "个"),
            ("产出指标", "质量指标", "校舍建设工程质量合格率", "=", "100", "%"),
            ("产出指标", "时效指标", "资金下达时间", "≤", "30", "日"),
            ("产出指标", "成本指标", "校均补助资金", "≤", "100", "万元/所"),
            ("效益指标", "社会效益指标", "义务教育巩固率", "≥", "96", "%"),
            ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥", "90", "%")]


def digital(y: int) -> list[Ind]:  # 信息系统运维 196 万元
    return [("产出指标", "数量指标", "运维服务器及终端数量", "≥", "420", "台"),
            ("产出指标", "质量指标", "系统年度可用率", "≥", "99.5", "%"),
            ("产出指标", "质量指标", "网络安全事件发生次数", "≤", "0", "次"),
            ("产出指标", "时效指标", "故障响应时间", "≤", "30", "分钟"),
            ("成本指标", "经济成本指标", "年度运维服务费", "≤", "196", "万元"),
            ("效益指标", "社会效益指标", "政务事项网上可办率", "≥", "95", "%"),
            ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥", "90", "%")]


def food(y: int) -> list[Ind]:  # 食品抽检 210 万元
    return [("产出指标", "数量指标", "食品安全监督抽检批次", "≥", "3500", "批次"),
            ("产出指标", "质量指标", "不合格产品核查处置率", "=", "100", "%"),
            ("产出指标", "时效指标", "抽检结果公布时限", "≤", "20", "个工作日"),
            ("产出指标", "成本指标", "每批次平均检验费用", "≤", "600", "元/批次"),
            ("效益指标", "社会效益指标", "重大食品安全事故发生次数", "=", "0", "次"),
            ("满意度指标", "服务对象满意度指标", "公众食品安全满意度", "≥", "85", "%")]


# ---------------------------------------------------------------- shared blocks

def budget_summary_tables(unit: str, y: int, total: float) -> list[Any]:
    """The tables that come before the 绩效目标表 in a published 部门预算 PDF (amounts in 万元)."""
    basic = round(total * 0.62, 2)
    proj = round(total - basic, 2)
    return [
        ("h", f"表1 {y}年{unit}财务收支预算总表"),
        ("t", [["收入", L, "支出", L], ["项目", "预算数", "项目", "预算数"],
               ["一、财政拨款收入", f"{total - 40:.2f}", "一般公共服务支出", f"{basic:.2f}"],
               ["二、事业收入", "40.00", "社会保障和就业支出", f"{proj:.2f}"],
               ["收入总计", f"{total:.2f}", "支出总计", f"{total:.2f}"]], 2),
        ("p", "单位：万元"),
        ("h", f"表2 {y}年{unit}一般公共预算支出功能分类预算表"),
        ("t", [["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"],
               ["201", "一般公共服务支出", f"{basic:.2f}", f"{basic:.2f}", "0.00"],
               ["20801", "人力资源和社会保障管理事务", f"{proj:.2f}", "0.00", f"{proj:.2f}"],
               ["", "合计", f"{total:.2f}", f"{basic:.2f}", f"{proj:.2f}"]], 1),
        ("h", f"表3 {y}年{unit}“三公”经费和机关运行经费预算表"),
        ("t", [["合计", "因公出国（境）费", "公务用车购置及运行费", L, "公务接待费", "机关运行经费"],
               [U, U, "小计", "运行费", U, U],
               ["12.60", "0.00", "9.80", "9.80", "2.80", "36.50"]], 2),
        ("h", f"表4 {y}年{unit}政府采购预算表"),
        ("t", [["采购项目", "采购品目", "数量", "预算金额（万元）"],
               ["办公设备购置", "台式计算机", "20", "12.00"], ["物业管理服务", "物业管理服务", "1", "48.00"]], 1),
    ]


def disclosure_table(p: dict[str, Any], repeat: int, weight: bool = False) -> list[Any]:
    head = [["项目名称", p["name"], L, L, L, L], ["主管部门", p["dept"], L, "实施单位", p["unit"], L],
            ["项目预算（万元）", "资金总额", f"{p['total']:.2f}", "其中：财政拨款", f"{p['fiscal']:.2f}", ""],
            [U, "其他资金", f"{p['total'] - p['fiscal']:.2f}", "", "", ""],
            ["年度绩效目标", p["goal"], L, L, L, L]]
    cols = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]
    rows = [cols]
    for a, b, c, d, e, f in p["inds"]:
        rows.append([a, b, c, d, e, f])
    out: list[Any] = [("h", f"{p['name']}绩效目标表"), ("t", head)]
    out.append(("t", rows, repeat))
    return out


# ---------------------------------------------------------------- goal sheets

def gs_disclosure_pdf(file: str, region: str, unit: str, y: int, projects: list[dict[str, Any]], repeat: int,
                      src: str, defect: str, must: list[str], must_not: list[str]) -> None:
    total_dept = sum(p["total"] for p in projects) * 2.7
    blocks: list[Any] = [("h", f"{y}年{unit}部门预算"), ("p", "目录：一、部门主要职能；二、部门机构设置；三、部门预算编制说明；"
                         "四、部门预算表；五、项目支出绩效目标表；六、名词解释")]
    blocks += [("h", "一、部门主要职能"), ("p", f"{unit}是{region}主管相关公共事务的部门，主要负责本领域政策执行、公共服务组织和行业监督管理。")]
    blocks += [("h", "三、部门预算编制说明"),
               ("p", f"{y}年{unit}收入预算{total_dept:.2f}万元，其中财政拨款收入{total_dept - 40:.2f}万元，事业收入40.00万元。"
                     f"支出预算{total_dept:.2f}万元，其中基本支出{total_dept * 0.62:.2f}万元，项目支出{total_dept * 0.38:.2f}万元。"),
               ("p", f"{y}年“三公”经费预算12.60万元，比上年减少0.40万元，主要是严格落实过紧日子要求压减公务接待。"),
               ("p", f"本部门共{len(projects) + 3}个项目编制了绩效目标，涉及项目支出{sum(p['total'] for p in projects):.2f}万元，"
                     f"现将其中{len(projects)}个重点项目的绩效目标公开如下。")]
    blocks += budget_summary_tables(unit, y, total_dept)
    blocks.append(("h", "五、项目支出绩效目标表"))
    for p in projects:
        blocks += disclosure_table(p, repeat)
    blocks += [("h", "六、名词解释"), ("p", "财政拨款收入：指本级财政当年拨付的资金。项目支出：指在基本支出之外为完成特定任务发生的支出。")]
    render(blocks, FILES / file)
    label(file, "goal_sheet", "预算公开长PDF多项目", f"部门预算公开PDF：说明+4张预算表后接{len(projects)}个项目绩效目标表，"
          f"指标表{'每页重复表头' if repeat else '跨页不重复表头'}", src, defect, must, must_not,
          [p["name"] for p in projects], y, None, sum(len(p["inds"]) for p in projects))


def two_row_header_indicator_rows(inds: list[Ind], yuan_cost: bool = False) -> list[list[str]]:
    rows = [["绩效指标", L, L, "指标值", L, L, "指标方向"], ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", U]]
    for a, b, c, d, e, f in inds:
        rows.append([a, b, c, d, e, f, "反向" if d in ("≤", "<") else "正向"])
    return rows


def gs_xlsx_cover(file: str, p: dict[str, Any], y: int, region: str, layout_class: str, src: str, defect: str,
                  must: list[str], must_not: list[str], sources: list[tuple[str, float]] | None = None,
                  kind_line: str = "一般公共预算") -> None:
    srcs = sources or [("一般公共预算拨款", p["total"])]
    cover = [("h", f"{y}年度项目支出绩效目标申报表（{region}预算管理一体化系统导出）"),
             ("t", [["项目基本信息", L, L, L],
                    ["项目名称", p["name"], "项目编码", p.get("code", "32000025R000012345")],
                    ["主管部门", p["dept"], "实施单位", p["unit"]],
                    ["项目类别", kind_line, "项目期限", f"{y}年1月至{y}年12月"],
                    ["资金情况（元）", L, L, L],
                    ["资金来源", "金额（元）", "备注", ""]]
                   + [[n, yuan(a), "", ""] for n, a in srcs]
                   + [["合计", yuan(p["total"]), "", ""],
                      ["年度绩效目标", p["goal"], L, L]])]
    sheet2 = [("h", "绩效指标"), ("t", two_row_header_indicator_rows(p["inds"]))]
    render([], FILES / file, sheets=[cover, sheet2], names=["项目信息", "绩效指标"])
    label(file, "goal_sheet", layout_class, "一体化导出xlsx：封面页（资金按元、千分位）+指标页（两行合并表头：绩效指标/指标值、指标方向）",
          src, defect, must, must_not, p["name"], y, p["total"], len(p["inds"]))


def gs_xlsx_per_project(file: str, unit: str, y: int, projects: list[dict[str, Any]], src: str, defect: str,
                        must: list[str], must_not: list[str]) -> None:
    sheets, names = [], []
    for k, p in enumerate(projects):
        srcs = p["sources"]
        rows = [["项目名称", p["name"], L, L, L, L, L], ["单位名称", unit, L, "项目类型", "其他运转类项目", L, L],
                ["资金总额（元）", yuan(p["total"]), L, "资金来源（元）", L, L, L]]
        for n, a in srcs:
            rows.append([U, U, U, n, yuan(a), L, L])
        rows.append(["年度目标", p["goal"], L, L, L, L, L])
        rows += two_row_header_indicator_rows(p["inds"])
        sheets.append([("h", f"{y}年项目支出绩效目标表"), ("t", rows)])
        names.append(f"项目{k + 1}")
    render([], FILES / file, sheets=sheets, names=names)
    label(file, "goal_sheet", "一体化多sheet每项目一页", "xlsx：每个项目一个sheet，资金总额和来源按元（千分位、纵向合并），指标两行合并表头",
          src, defect, must, must_not, [p["name"] for p in projects], y, None, sum(len(p["inds"]) for p in projects))


def gs_docx_provincial(file: str, p: dict[str, Any], y: int, fmt: str, layout_class: str, src: str, defect: str,
                       must: list[str], must_not: list[str], sources: list[tuple[str, float]], extra: str = "",
                       ) -> None:
    rows = [["项目名称", p["name"], L, L, L, L], ["主管部门", p["dept"], L, "实施单位", p["unit"], L],
            ["项目属性", "延续项目", L, "项目期限", f"{y}年", L],
            ["项目资金（万元）", "年度资金总额", L, f"{p['total']:g}", L, L]]
    for n, a in sources:
        rows.append([U, n, L, f"{a:g}", L, L])
    rows += [["项目概况", p.get("about", "项目主要用于保障本部门法定职责范围内的专项工作。"), L, L, L, L],
             ["立项依据", p.get("basis", "依据本省“十四五”相关专项规划和部门“三定”规定。"), L, L, L, L],
             ["年度绩效目标", p["goal"], L, L, L, L],
             ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "度量单位"]]
    for a, b, c, d, e, f in p["inds"]:
        rows.append([U, a, b, c, f"{d}{e}", f])
    blocks: list[Any] = [("h", f"{y}年度项目支出绩效目标申报表"), ("p", f"填报单位（盖章）：{p['unit']}    单位：万元"),
                         ("t", rows)]
    if extra:
        blocks.append(("p", extra))
    blocks.append(("p", "填报人：王某    联系电话：0000-00000000    填报日期：" f"{y - 1}年10月20日"))
    render(blocks, FILES / file)
    label(file, "goal_sheet", layout_class, "docx：表头字段+资金来源纵向合并+指标块（首列“绩效指标”纵向合并，性质并入指标值，单位另列）",
          src, defect, must, must_not, p["name"], y, p["total"], len(p["inds"]))


def gs_transfer(file: str, y: int, spec: dict[str, Any], fmt: str, src: str, defect: str, must: list[str],
                must_not: list[str]) -> None:
    rows = [["专项名称", spec["name"], L, L, L], ["中央主管部门", spec["central"], L, "省级财政部门", spec["fin"]],
            ["省级主管部门", spec["dept"], L, "区域", spec["region"]],
            ["年度资金（万元）", "年度金额", spec["total"], L, L]]
    for n, a in spec["parts"]:
        rows.append([U, n, a, L, L])
    rows += [["年度目标", spec["goal"], L, L, L],
             ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]]
    for a, b, c, d, e, f in spec["inds"]:
        rows.append([U, a, b, c, f"{d}{e}{f}"])
    blocks: list[Any] = [("h", f"{y}年度转移支付区域绩效目标表"), ("t", rows)]
    blocks.append(("p", "备注：年度金额包括中央补助资金和地方财政分担资金。"))
    render(blocks, FILES / file)
    label(file, "goal_sheet", "转移支付区域绩效目标表", "区域绩效目标表：专项名称/中央主管部门/省级财政部门/区域、年度金额（中央补助+地方资金）、"
          "年度目标、年度指标（性质、值、单位合写一栏）", src, defect, must, must_not, spec["name"], y,
          float(spec["total"]), len(spec["inds"]))


def gs_city_docx(file: str, p: dict[str, Any], y: int, layout_class: str, src: str, defect: str, must: list[str],
                 must_not: list[str], city_fin: float, other: float, table_fmt: str = "docx") -> None:
    rows = [["项目名称", p["name"], L, L, L], ["主管部门", p["dept"], L, "项目负责人", "李某"],
            ["项目属性", "新增项目□  延续项目☑", L, "项目起止时间", f"{y}年1月—{y}年12月"],
            ["项目预算（万元）", f"资金总额：{p['total']:g}", L, L, L],
            [U, f"其中：市财政资金：{city_fin:g}", L, f"其他资金：{other:g}", L],
            ["项目绩效目标", "总目标", p.get("long", "持续完善服务体系，形成长效机制。"), L, L],
            [U, "本年度目标", p["goal"], L, L],
            ["项目实施进度计划", "实施内容", L, "开始时间", "完成时间"],
            [U, "招标采购、签订合同", L, f"{y}年1月", f"{y}年3月"],
            [U, "组织实施", L, f"{y}年3月", f"{y}年11月"],
            [U, "验收结算", L, f"{y}年11月", f"{y}年12月"]]
    ind = [["本年度绩效指标", L, L, L, L], ["一级指标", "二级指标", "指标内容", "指标值", "备注"]]
    for a, b, c, d, e, f in p["inds"]:
        ind.append([a, b, c, f"{d}{e}{f}", ""])
    blocks: list[Any] = [("h", f"项目支出绩效目标申报表（{y}年度）"), ("p", f"填报单位：{p['unit']}"), ("t", rows), ("t", ind),
                         ("t", [["主管部门审核意见", "同意申报。", L], ["市财政局审核意见", "", L]]),
                         ("p", f"填报人及联系电话：赵某 0000-0000000    填报日期：{y - 1}年9月28日")]
    render(blocks, FILES / file)
    label(file, "goal_sheet", layout_class, "市级申报表：资金总额“其中：市财政资金/其他资金”、总目标+本年度目标、进度计划、本年度指标（指标内容/指标值带性质和单位）、审核意见栏",
          src, defect, must, must_not, p["name"], y, p["total"], len(p["inds"]))


def proj(name: str, dept: str, unit: str, total: float, goal: str, inds: list[Ind], fiscal: float | None = None,
         **kw: Any) -> dict[str, Any]:
    return {"name": name, "dept": dept, "unit": unit, "total": total, "fiscal": total if fiscal is None else fiscal,
            "goal": goal, "inds": inds, **kw}


def goal_sheets() -> None:
    # gs01 上海某区 部门预算公开 PDF，3 个项目，表头每页重复（干净）
    y = 2026
    ps = [proj("某区社区老年助餐服务补贴", "某区民政局", "某区民政局", 260, "支持26个社区助餐点运营，全年提供助餐服务不少于18万人次，缓解高龄独居老人就餐难。", elderly(y)),
          proj("某区中小河道日常保洁养护", "某区民政局", "某区河道管理所", 130, "完成86公里中小河道日常保洁和巡查，保持河面整洁，水质达标断面比例不低于90%。", river(y)),
          proj("某区民政档案数字化加工", "某区民政局", "某区民政局", 48, "完成60万页民政纸质档案数字化加工并通过验收，实现婚姻等档案在线查阅。", archive(y))]
    gs_disclosure_pdf("gs01_shanghai_district_disclosure_3proj.pdf", "某区", "某区民政局", y, ps, 1,
                      "zwgk.shmh.gov.cn（闵行区2026年区级单位预算公开：目录、名词解释、9张预算表）", "", [], GS_ALL)

    # gs02 上海某区 公开 PDF，第 3 个项目时效越出年度（表头不重复）
    y = 2025
    arch = archive(y)
    arch[2] = ("产出指标", "时效指标", "数字化成果验收时间", "≤", f"{y + 1}年6月", "")
    ps = [proj("某区职业技能提升培训补贴", "某区人力资源和社会保障局", "某区职业能力建设指导中心", 85, "全年开展职业技能培训不少于1700人次，培训后6个月内就业率不低于60%。", training(y)),
          proj("某区食品安全监督抽检", "某区人力资源和社会保障局", "某区检验检测中心", 210, "完成食品安全监督抽检3500批次，不合格产品核查处置率100%。", food(y)),
          proj("某区人事档案数字化加工", "某区人力资源和社会保障局", "某区人才服务中心", 48, "完成60万页人事档案数字化加工，实现档案在线查阅。", arch)]
    gs_disclosure_pdf("gs02_shanghai_district_disclosure_timeliness.pdf", "某区", "某区人力资源和社会保障局", y, ps, 0,
                      "zwgk.shmh.gov.cn（区级单位预算公开版式）", "第3个项目年度时效指标“≤2026年6月”，越出2025预算年度",
                      ["GS-10"], but(GS_ALL, "GS-10"))

    # gs03 青海省级 公开 PDF，第 2 个项目成本指标超过项目资金
    y = 2025
    dig = digital(y)
    dig[4] = ("成本指标", "经济成本指标", "年度运维服务费", "≤", "236", "万元")
    ps = [proj("某厅政务信息系统运行维护", "青海省某厅", "某厅信息中心", 196, "保障厅机关政务信息系统全年稳定运行，系统可用率不低于99.5%。", dig),
          proj("某厅中小河道保洁试点", "青海省某厅", "某厅河湖保护中心", 130, "完成86公里试点河道保洁巡查，水质达标断面比例不低于90%。", river(y))]
    gs_disclosure_pdf("gs03_qinghai_prov_disclosure_cost.pdf", "青海省", "青海省某厅", y, ps, 1,
                      "zwgk.shmh.gov.cn 版式参照；青海省级部门预算公开目录结构（预算表+项目绩效目标表）",
                      "第1个项目成本指标“年度运维服务费≤236万元”超过项目资金196万元", ["GS-13"], but(GS_ALL, "GS-13"))

    # gs04 江苏省级 一体化 xlsx 封面+指标页（干净，元千分位，其中有上年结转）
    y = 2025
    p = proj("省级职业技能竞赛组织经费", "江苏省某厅", "某厅职业技能鉴定中心", 85, "组织全省职业技能竞赛和配套培训不少于1700人次，竞赛获奖选手就业率不低于60%。", training(y))
    gs_xlsx_cover("gs04_jiangsu_prov_cover_indicators.xlsx", p, y, "江苏省", "一体化封面+指标页",
                  "m.jinchutou.com（省对下专项转移支付绩效目标申报表填报说明：一级/二级/三级、指标值）；一体化系统导出式样",
                  "", [], GS_ALL, sources=[("一般公共预算拨款", 70), ("上年结转", 15)])

    # gs05 江苏省级 每项目一个 sheet，项目2 资金总额与来源不符
    y = 2025
    ps = [proj("省级食品安全抽检监测", "江苏省某局", "某局", 210, "完成食品安全抽检3500批次，处置率100%。", food(y),
               sources=[("一般公共预算拨款", 210)]),
          proj("省级档案数字化加工", "江苏省某局", "某局", 128, "完成60万页档案数字化加工。", archive(y),
               sources=[("一般公共预算拨款", 98), ("其他资金", 20)]),
          proj("省级职业技能培训", "江苏省某局", "某局", 85, "完成职业技能培训1700人次。", training(y),
               sources=[("一般公共预算拨款", 85)])]
    ps[1]["inds"] = [("产出指标", "数量指标", "纸质档案数字化页数", "≥", "1600000", "页"), *archive(y)[1:]]
    gs_xlsx_per_project("gs05_jiangsu_prov_sheet_per_project_funds.xlsx", "江苏省某局", y, ps,
                        "一体化系统按项目导出（每项目一页，元、千分位）；来源行式样参照 m.zixin.com.cn 资金来源表",
                        "项目2资金总额1,280,000.00元，来源980,000.00+200,000.00=1,180,000.00元", ["GS-02"], but(GS_ALL, "GS-02"))

    # gs06 广东省级 封面+指标页，满意度 ≥120%
    y = 2024
    fd = food(y)
    fd[5] = ("满意度指标", "服务对象满意度指标", "公众食品安全满意度", "≥", "120", "%")
    p = proj("省级食品安全风险监测", "广东省某局", "某局食品检验所", 210, "完成食品安全风险监测3500批次，及时发现和处置风险隐患。", fd, code="44000024R000300021")
    gs_xlsx_cover("gs06_guangdong_prov_satisfaction120.xlsx", p, y, "广东省", "一体化封面+指标页",
                  "一体化系统导出式样；m.jinchutou.com（指标分产出/效益/满意度三类一级指标）", "满意度指标值≥120%",
                  ["GS-07"], but(GS_ALL, "GS-07"))

    # gs07 广东省级 政府性基金（彩票公益金）docx（干净；资金来源写政府性基金预算拨款）
    y = 2025
    p = proj("省级福利彩票公益金困境儿童关爱保护项目", "广东省某厅", "某厅儿童福利指导中心", 320,
             "资助困境儿童不少于1600人，新建儿童之家12个，受助家庭满意度不低于90%。", lottery(y),
             about="使用省级福利彩票公益金，支持困境儿童基本生活和关爱服务阵地建设。",
             basis="依据彩票公益金管理有关规定和本省儿童发展规划。")
    gs_docx_provincial("gs07_guangdong_prov_lottery_fund.docx", p, y, "docx", "省级政府性基金项目",
                       "m.docduoduo.com（专项转移支付绩效目标管理办法：实施期/年度金额）；政府性基金预算收支表栏目",
                       "", [], GS_ALL, [("政府性基金预算拨款（福利彩票公益金）", 320)],
                       extra="说明：本项目资金来源为政府性基金预算，不含一般公共预算拨款。")

    # gs08 四川省级 国有资本经营预算 xlsx，缺成本指标
    y = 2025
    s = [i for i in soe(y) if i[1] != "成本指标"]
    p = proj("省属企业冷链物流基础设施资本金注入", "四川省某厅", "某省属投资集团有限公司", 1500,
             "向省属企业注入资本金1500万元，支持2个冷链仓储项目建设，新增库容3万吨。", s, code="51000025R000800003")
    gs_xlsx_cover("gs08_sichuan_prov_soe_no_cost.xlsx", p, y, "四川省", "一体化封面+指标页",
                  "xuanhan.gov.cn（决算公开目录含国有资本经营预算表）；一体化导出式样",
                  "国有资本经营预算项目未设成本指标", ["GS-04|GS-13"], but(GS_ALL, "GS-04", "GS-13"),
                  sources=[("国有资本经营预算拨款", 1500)], kind_line="国有资本经营预算")

    # gs09 四川省对下 转移支付区域绩效目标表 docx（干净；中央+地方分担）
    y = 2025
    gs_transfer("gs09_sichuan_transfer_region_farm.docx", y,
                {"name": "农田建设补助资金（高标准农田建设）", "central": "农业农村部", "fin": "四川省财政厅",
                 "dept": "四川省农业农村厅", "region": "某市", "total": "4000",
                 "parts": [("其中：中央补助资金", "3200"), ("地方财政分担资金", "800")],
                 "goal": "在某市新建高标准农田2万亩，项目区粮食亩产增加50公斤以上，建后管护责任全面落实。",
                 "inds": transfer_farm(y)}, "docx",
                "tmdps.cn（中央对地方专项转移支付绩效目标申报表填报说明：整体/区域/项目三张表，年度金额含地方分担）",
                "", [], GS_ALL)

    # gs10 河南某市 区域绩效目标表 xlsx，年度金额与中央+地方不符
    y = 2024
    rows = [["专项名称", "义务教育薄弱环节改善与能力提升补助资金", L, L, L], ["中央主管部门", "教育部", L, "省级财政部门", "河南省财政厅"],
            ["省级主管部门", "河南省教育厅", L, "区域", "某市"], ["年度资金（万元）", "年度金额", "2800", L, L],
            [U, "其中：中央补助资金", "2000", L, L], [U, "地方财政分担资金", "600", L, L],
            ["年度目标", "改善26所义务教育学校办学条件，新增寄宿床位1800个，义务教育巩固率不低于96%。", L, L, L],
            ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]]
    for a, b, c, d, e, f in transfer_school(y):
        rows.append([U, a, b, c, f"{d}{e}{f}"])
    render([("h", f"{y}年度转移支付区域绩效目标表"), ("t", rows)], FILES / "gs10_henan_city_transfer_region_funds.xlsx")
    label("gs10_henan_city_transfer_region_funds.xlsx", "goal_sheet", "转移支付区域绩效目标表",
          "xlsx 区域绩效目标表（年度资金纵向合并，中央补助+地方分担）", "tmdps.cn（区域绩效目标申报表：年度金额含中央补助和地方分担）",
          "年度金额2800万元，中央2000+地方600=2600", ["GS-02"], but(GS_ALL, "GS-02"),
          "义务教育薄弱环节改善与能力提升补助资金", y, 2800, 7)

    # gs11 河南某市 市级申报表 docx（2023年度），效益指标笼统
    y = 2023
    el = elderly(y)
    el[5] = ("效益指标", "社会效益指标", "老年人居家养老生活质量", "", "有效提升", "")
    p = proj("某市社区老年助餐服务补贴", "某市民政局", "某市养老服务指导中心", 260, "支持26个社区助餐点运营，全年助餐服务18万人次以上。", el)
    gs_city_docx("gs11_henan_city_vague.docx", p, y, "市级申报表（总目标/本年度目标）",
                 "（renrendoc 式）市级项目支出绩效目标申报表：资金总额其中市财政资金、其他资金；总目标、本年度目标、审核意见栏",
                 "效益指标值写“有效提升”，没有可衡量的值", ["GS-06"], but(GS_ALL, "GS-03", "GS-05"), 240, 20)

    # gs12 上海某区 2026 年度 docx，年度目标写成已完成
    y = 2026
    p = proj("某区街镇河道长效管理", "某区水务局", "某区河道管理所", 130,
             "已完成全区86公里中小河道保洁和巡查，水质达标断面比例已达到92%，群众满意度均超过90%。", river(y),
             about="对全区86公里中小河道实施日常保洁、巡查和问题整改。")
    gs_docx_provincial("gs12_shanghai_district_past_tense.docx", p, y, "docx", "直辖市区级申报表（项目概况/立项依据）",
                       "zwgk.shmh.gov.cn（上海某区单位预算公开）；docx.baby（佳县申报表：项目概况、立项依据、可行性、必要性）",
                       "年度绩效目标写成已完成的结果（“已完成”“已达到”“均超过”）", ["GS-15"], but(GS_ALL, "GS-15"),
                       [("区级财政拨款", 130)])

    # gs13 青海省级 一体化封面+指标页（干净；反向指标、0次、上级补助+本级）
    y = 2025
    p = proj("省级政务云及信息系统运维", "青海省某局", "某局信息中心", 196, "保障政务云和业务系统全年稳定运行，故障响应不超过30分钟。", digital(y),
             code="63000025R001100007")
    gs_xlsx_cover("gs13_qinghai_prov_reverse_indicators.xlsx", p, y, "青海省", "一体化封面+指标页",
                  "一体化导出式样；rulebook GS-03（≤ 反向指标）", "", [], GS_ALL,
                  sources=[("一般公共预算拨款—中央转移支付", 120), ("一般公共预算拨款—本级", 76)])

    # gs14 江苏某市 市级申报表，一个指标值空白
    y = 2024
    tr = training(y)
    tr[1] = ("产出指标", "质量指标", "培训合格率", "", "", "")
    p = proj("某市重点群体职业技能培训", "某市人力资源和社会保障局", "某市职业培训指导中心", 85, "面向重点群体开展职业技能培训1700人次以上，就业率不低于60%。", tr)
    gs_city_docx("gs14_jiangsu_city_blank_value.docx", p, y, "市级申报表（总目标/本年度目标）",
                 "（renrendoc 式）市级项目支出绩效目标申报表", "质量指标“培训合格率”指标值空白",
                 ["GS-03|GS-01|GS-05"], but(GS_ALL, "GS-01", "GS-03", "GS-05"), 75, 10)

    # gs15 广东某市 pdf，只有 2 个指标
    y = 2025
    p = proj("某市儿童之家建设补助", "某市民政局", "某市民政局", 96, "新建儿童之家12个，提升基层儿童关爱服务能力。",
             [("产出指标", "数量指标", "新建儿童之家", "≥", "12", "个"),
              ("满意度指标", "服务对象满意度指标", "儿童及家长满意度", "≥", "90", "%")])
    gs_disclosure_pdf("gs15_guangdong_city_two_indicators.pdf", "某市", "某市民政局", y, [p], 1,
                      "部门预算公开版式（预算表+重点项目绩效目标表）", "项目只有2个绩效指标（缺质量、时效、成本、效益）",
                      ["GS-16|GS-04"], but(GS_ALL, "GS-04", "GS-16"))
    LABELS[-1]["project_name"] = "某市儿童之家建设补助"
    LABELS[-1]["total_funds_wan"] = 96

    # gs16 四川某市 docx（干净；上年结转+其中中央转移支付）
    y = 2025
    p = proj("某市食品安全抽检监测", "某市市场监督管理局", "某市食品药品检验所", 210, "完成食品安全抽检3500批次，抽检结果20个工作日内公布。", food(y))
    gs_docx_provincial("gs16_sichuan_city_carryover.docx", p, y, "docx", "市级申报表（上年结转+中央转移支付其中项）",
                       "m.zixin.com.cn（资金来源行：财政拨款、上年结转、其他资金）", "", [], GS_ALL,
                       [("财政拨款", 180), ("其中：中央转移支付", 60), ("上年结转", 30)],
                       extra="注：“其中：中央转移支付”为财政拨款的组成部分，不另计入资金总额。")

    # gs17 上海某区 政府性基金 xlsx（干净，2026）
    y = 2026
    p = proj("某区体育彩票公益金全民健身设施更新", "某区体育局", "某区体育事业发展中心", 320, "资助困境儿童1600人并新建儿童之家12个（体彩公益金支持部分）。", lottery(y),
             code="31011226R000000456")
    gs_xlsx_cover("gs17_shanghai_district_fund_2026.xlsx", p, y, "上海市某区", "一体化封面+指标页",
                  "zwgk.shmh.gov.cn（区级单位政府性基金预算支出功能分类预算表）；一体化导出式样", "", [], GS_ALL,
                  sources=[("政府性基金预算拨款", 300), ("上年结转（政府性基金）", 20)], kind_line="政府性基金预算")

    # gs18 河南省级 国有资本经营预算 docx，成本指标只写“不超预算”
    y = 2025
    s = soe(y)
    s[4] = ("产出指标", "成本指标", "资本金注入成本控制", "", "控制在预算范围内", "")
    p = proj("省属企业冷链仓储项目资本金注入", "河南省某委", "某省属物流集团有限公司", 1500, "注入资本金支持2个冷链仓储项目，新增库容3万吨。", s)
    gs_docx_provincial("gs18_henan_prov_soe_cost_vague.docx", p, y, "docx", "省级国有资本经营预算项目",
                       "rulebook GS-13（成本指标只写“不超预算”）；国有资本经营预算支出表栏目", "成本指标只写“控制在预算范围内”，没有成本值",
                       ["GS-13|GS-06"], but(GS_ALL, "GS-13", "GS-03", "GS-05"), [("国有资本经营预算拨款", 1500)])

    # gs19 青海省对下 区域绩效目标表 pdf（干净）
    y = 2025
    rows = [["专项名称", "义务教育薄弱环节改善与能力提升补助资金", L, L, L], ["中央主管部门", "教育部", L, "省级财政部门", "青海省财政厅"],
            ["省级主管部门", "青海省教育厅", L, "区域", "某州"], ["年度资金（万元）", "年度金额", "2600", L, L],
            [U, "其中：中央补助资金", "2340", L, L], [U, "地方财政分担资金", "260", L, L],
            ["年度目标", "改善26所学校办学条件，新增寄宿床位1800个，义务教育巩固率不低于96%。", L, L, L],
            ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]]
    for a, b, c, d, e, f in transfer_school(y):
        rows.append([U, a, b, c, f"{d}{e}{f}"])
    render([("h", f"{y}年度转移支付区域绩效目标表"), ("t", rows), ("p", "资金下达时间指收到中央资金后分解下达的日数。")],
           FILES / "gs19_qinghai_transfer_region_school.pdf")
    label("gs19_qinghai_transfer_region_school.pdf", "goal_sheet", "转移支付区域绩效目标表", "pdf 区域绩效目标表（中央补助+地方分担）",
          "tmdps.cn（区域绩效目标申报表填报说明）", "", [], GS_ALL, "义务教育薄弱环节改善与能力提升补助资金", y, 2600, 7)

    # gs20 江苏省级 部门预算公开 PDF，2 个项目（干净，表头重复，两行表头的预算表）
    y = 2024
    ps = [proj("省级社区养老助餐示范奖补", "江苏省某厅", "江苏省某厅", 260, "支持26个社区助餐点示范运营，助餐服务不少于18万人次。", elderly(y), fiscal=200),
          proj("省级困境儿童关爱保护（彩票公益金）", "江苏省某厅", "某厅儿童福利指导中心", 320, "资助困境儿童1600人，新建儿童之家12个。", lottery(y))]
    gs_disclosure_pdf("gs20_jiangsu_prov_disclosure_2proj.pdf", "江苏省", "江苏省某厅", y, ps, 1,
                      "zwgk.shmh.gov.cn 版式；江苏省级部门预算公开（预算表后附项目绩效目标表）", "", [], GS_ALL)


# ---------------------------------------------------------------- appraisal reports

def score_table(items: list[tuple[str, str, int, float]]) -> list[list[str]]:
    rows = [["一级指标", "二级指标", "分值", "得分"]]
    last = ""
    for a, b, full, got in items:
        rows.append([U if a == last else a, b, str(full), f"{got:g}"])
        last = a
    rows.append(["合计", L, str(sum(i[2] for i in items)), f"{sum(i[3] for i in items):g}"])
    return rows


def report(file: str, title: str, head: list[list[str]], sections: list[tuple[str, list[str]]], score: list[Any] | None,
           tail: list[str]) -> None:
    blocks: list[Any] = [("h", title), ("t", head)]
    for h, paras in sections:
        blocks.append(("h", h))
        blocks += [("p", t) for t in paras]
    if score:
        blocks += [("h", "附件：事前绩效评估评分表"), ("t", score)]
    blocks += [("p", t) for t in tail]
    render(blocks, FILES / file)


FIVE = ["立项必要性", "投入经济性", "实施方案可行性", "绩效目标合理性", "筹资合规性"]


def std_sections(name: str, total: float, parts: str, conclusion: str, drop: str = "",
                 eco_extra: str = "", nec_extra: str = "") -> list[tuple[str, list[str]]]:
    body = {
        "立项必要性": [f"{name}符合本地区“十四五”相关规划和部门职责，服务对象明确，需求有统计数据支撑。{nec_extra}",
                    "经核查，本项目与部门其他项目及上级专项资金不存在交叉重复。"],
        "投入经济性": ["预算按照支出标准和市场询价编制，预算明细清晰，测算依据基本充分。" + eco_extra],
        "实施方案可行性": ["项目实施方案明确了任务分工、进度安排、采购方式和验收标准，组织机构和管理制度健全。"],
        "绩效目标合理性": ["绩效目标与项目内容相关，指标覆盖产出、效益和满意度，指标值有历史数据依据。"],
        "筹资合规性": [f"资金来源为{parts}，符合财政事权和支出责任划分，不存在违规举债。"],
    }
    secs: list[tuple[str, list[str]]] = [
        ("一、评估对象基本情况", [f"项目名称：{name}。申请资金总额{total:g}万元，资金来源为{parts}。"]),
        ("二、评估工作开展情况", ["评估组采用资料审核、现场调研、专家咨询和问卷调查相结合的方法，按照前期准备、资料收集、现场评估、综合评议、撰写报告的程序开展工作。"])]
    k = 0
    for dim in FIVE:
        if dim == drop:
            continue
        k += 1
        secs.append((f"（{'一二三四五'[k - 1]}）{dim}", body[dim]))
    secs.append(("三、评估结论", [conclusion]))
    secs.append(("四、相关建议", ["建议进一步细化成本指标的测算依据，加强资金支付进度管理。"]))
    return secs


def appraisals() -> None:
    # ea01 上海某区 第三方报告（干净，86 分，予以支持，附评分表）
    items = [("立项必要性", "政策相关性", 10, 9), ("立项必要性", "需求必要性", 10, 9), ("投入经济性", "预算科学性", 10, 8),
             ("投入经济性", "经济合理性", 10, 8), ("实施方案可行性", "方案完整性", 10, 9), ("实施方案可行性", "保障措施", 10, 8),
             ("绩效目标合理性", "目标完整性", 10, 9), ("绩效目标合理性", "指标合理性", 10, 8), ("筹资合规性", "资金来源合规", 10, 9),
             ("筹资合规性", "支持方式适当", 10, 9)]
    head = [["项目名称", "某区社区嵌入式养老服务中心运营补贴", L, L], ["项目单位", "某区民政局", "评估机构", "某会计师事务所（第三方）"],
            ["申请资金总额", "260万元（2026年度）", "评估时间", "2025年9月"], ["评估得分", "86分", "评估结论", "予以支持"]]
    report("ea01_shanghai_thirdparty_report.docx", "某区社区嵌入式养老服务中心运营补贴项目事前绩效评估报告", head,
           std_sections("某区社区嵌入式养老服务中心运营补贴", 260, "区级财政拨款260万元", "评估得分86分，等级为良，评估结论为予以支持。"),
           score_table(items), ["评估机构（盖章）：某会计师事务所    评估人员：张某、李某、王某    报告日期：2025年9月26日"])
    label("ea01_shanghai_thirdparty_report.docx", "appraisal_report", "第三方评估报告+评分表附件",
          "表头（得分/结论）+一、二节+五性各一节+结论+建议+评分表（一级纵向合并、合计行）", "docx.baby（事前评估审核表：五性各20分）；chacewang 式报告结构",
          "", [], EA_ALL, "某区社区嵌入式养老服务中心运营补贴", 2026, 260, None)

    # ea02 江苏省级 第三方报告 pdf：评分表合计 62 分却“予以支持”
    items2 = [("立项必要性", "政策相关性", 10, 7), ("立项必要性", "需求必要性", 10, 6), ("投入经济性", "预算科学性", 10, 5),
              ("投入经济性", "经济合理性", 10, 5), ("实施方案可行性", "方案完整性", 10, 7), ("实施方案可行性", "保障措施", 10, 6),
              ("绩效目标合理性", "目标完整性", 10, 7), ("绩效目标合理性", "指标合理性", 10, 5), ("筹资合规性", "资金来源合规", 10, 8),
              ("筹资合规性", "支持方式适当", 10, 6)]
    head = [["项目名称", "省级智慧养老服务平台建设", L, L], ["项目单位", "江苏省某厅", "评估机构", "某咨询有限公司（第三方）"],
            ["申请资金总额", "680万元（2025年度）", "评估时间", "2024年8月"], ["评估得分", "62分", "评估结论", "予以支持"]]
    report("ea02_jiangsu_prov_report_score_conflict.pdf", "省级智慧养老服务平台建设项目事前绩效评估报告", head,
           std_sections("省级智慧养老服务平台建设", 680, "省级财政拨款680万元", "综合评分62分，评估结论为予以支持。",
                        eco_extra="但部分软件开发工作量未提供第三方测算，单价依据不足。"),
           score_table(items2), ["评估机构：某咨询有限公司    报告日期：2024年8月30日"])
    label("ea02_jiangsu_prov_report_score_conflict.pdf", "appraisal_report", "第三方评估报告+评分表附件", "pdf 版，同上",
          "docx.baby（审核表评分）；chacewang（结论为予以支持方可报送）", "评分62分（中/差档）却“予以支持”", ["EA-RPT-03"],
          but(EA_ALL, "EA-RPT-03"), "省级智慧养老服务平台建设", 2025, 680, None)

    # ea03 广东省级 报告 docx：预算明细 数量×单价 算错
    head = [["项目名称", "省级食品安全快检能力提升", L, L], ["项目单位", "广东省某局", "评估机构", "某评估中心"],
            ["申请资金总额", "186万元（2026年度）", "评估时间", "2025年9月"], ["评估得分", "84分", "评估结论", "予以支持"]]
    secs = std_sections("省级食品安全快检能力提升", 186, "省级财政拨款186万元", "评估得分84分，评估结论为予以支持。")
    secs.insert(3, ("预算明细", ["项目预算明细如下表（单位：万元）。"]))
    blocks_budget = [["序号", "支出内容", "数量", "单价（万元）", "金额（万元）"], ["1", "快检车辆改装", "6", "18", "108"],
                     ["2", "快检试剂耗材", "12000", "0.005", "60"], ["3", "人员培训", "300", "0.06", "28"], ["", "合计", "", "", "196"]]
    blocks: list[Any] = [("h", "省级食品安全快检能力提升项目事前绩效评估报告"), ("t", head)]
    for h, ps in secs:
        blocks.append(("h", h))
        blocks += [("p", t) for t in ps]
        if h == "预算明细":
            blocks.append(("t", blocks_budget))
    blocks.append(("p", "评估机构：某评估中心    报告日期：2025年9月18日"))
    render(blocks, FILES / "ea03_guangdong_prov_budget_detail.docx")
    label("ea03_guangdong_prov_budget_detail.docx", "appraisal_report", "评估报告+预算明细表", "表头+五性各节+预算明细表（数量/单价/金额）",
          "rulebook EA-ECO-01（数量×单价=金额）；docx.baby 预算明细清晰", "人员培训300×0.06=18写成28；明细合计196与申请186不符",
          ["EA-ECO-01|GS-02"], but(EA_ALL, "EA-ECO-01", "GS-02"), "省级食品安全快检能力提升", 2026, 186, None)

    # ea04 四川省级 专家评审意见（干净：调整完善后予以支持，核减）
    blocks = [("h", "省级农村客运补贴政策事前绩效评估专家评审意见"),
              ("p", "2025年9月12日，某厅组织专家对“省级农村客运补贴政策”事前绩效评估报告进行评审。专家组听取了汇报，审阅了评估报告、绩效目标申报表和测算资料，经质询和讨论，形成意见如下："),
              ("p", "一、项目符合交通运输发展规划和城乡客运一体化要求，立项必要。"),
              ("p", "二、补贴测算以车辆数和线路里程为基础，但部分线路里程与备案数据不一致，建议核减补贴资金40万元，申请的2026年度资金由520万元调整为480万元。"),
              ("p", "三、绩效目标较完整，建议补充服务对象满意度指标的调查方式。"),
              ("p", "四、评审结论：调整完善后予以支持。专家组平均得分81.5分。"),
              ("t", [["序号", "姓名", "工作单位", "职称", "评分", "签名"], ["1", "刘某", "某大学", "教授", "82", "（签名）"],
                     ["2", "陈某", "某会计师事务所", "注册会计师", "80", "（签名）"], ["3", "周某", "某设计院", "高级工程师", "82.5", "（签名）"]]),
              ("p", "专家组组长（签字）：刘某    2025年9月12日")]
    render(blocks, FILES / "ea04_sichuan_prov_expert_opinion.docx")
    label("ea04_sichuan_prov_expert_opinion.docx", "appraisal_report", "专家评审意见", "意见正文+专家签名评分表",
          "chacewang（评估结论口径）；docx.baby（评审要点）", "", [], EA_ALL, "省级农村客运补贴政策", 2026, 520, None)

    # ea05 河南某市 专家评审意见：平均分 58.5 却予以支持
    blocks = [("h", "某市老旧小区电梯加装补贴项目事前绩效评估专家评审意见"),
              ("p", "2024年10月，某市财政局组织专家对某市住房和城乡建设局申报的“某市老旧小区电梯加装补贴项目”（申请2025年度资金300万元）进行事前绩效评估评审。"),
              ("p", "一、项目立项依据基本充分，但需求调查样本偏少，居民出资意愿未充分论证。"),
              ("p", "二、补贴标准未提供测算依据，部分单价高于周边城市。"),
              ("p", "三、绩效目标中效益指标较笼统。"),
              ("p", "四、评审结论：予以支持。"),
              ("t", [["序号", "姓名", "工作单位", "评分"], ["1", "孙某", "某高校", "60"], ["2", "吴某", "某工程咨询公司", "56"],
                     ["3", "郑某", "某会计师事务所", "59.5"], ["", "平均得分", "", "58.5"]]),
              ("p", "专家组组长：孙某    2024年10月16日")]
    render(blocks, FILES / "ea05_henan_city_expert_low_score.docx")
    label("ea05_henan_city_expert_low_score.docx", "appraisal_report", "专家评审意见", "意见正文+专家评分表（平均得分行）",
          "docx.baby（评审等级）；chacewang（结论为予以支持方可报送）", "专家平均58.5分（不及格）且意见多为问题，结论却“予以支持”",
          ["EA-RPT-03"], but(EA_ALL, "EA-RPT-03"), "某市老旧小区电梯加装补贴项目", 2025, 300, None)

    # ea06 青海省级 第三方报告 pdf：缺筹资合规性一节
    items6 = [("立项必要性", "政策相关性", 20, 18), ("投入经济性", "预算合理性", 20, 16), ("实施方案可行性", "方案完整性", 20, 17),
              ("绩效目标合理性", "指标合理性", 20, 16), ("筹资合规性", "资金来源", 20, 17)]
    head = [["项目名称", "省级草原生态保护修复监测", L, L], ["项目单位", "青海省某局", "评估机构", "某工程咨询公司（第三方）"],
            ["申请资金总额", "350万元（2026年度）", "评估时间", "2025年8月"], ["评估得分", "84分", "评估结论", "予以支持"]]
    report("ea06_qinghai_prov_report_missing_fund.pdf", "省级草原生态保护修复监测项目事前绩效评估报告", head,
           std_sections("省级草原生态保护修复监测", 350, "中央财政转移支付200万元、省级财政150万元", "评估得分84分，评估结论为予以支持。",
                        drop="筹资合规性"),
           score_table(items6), ["评估机构：某工程咨询公司    报告日期：2025年8月28日"])
    label("ea06_qinghai_prov_report_missing_fund.pdf", "appraisal_report", "第三方评估报告+评分表附件", "pdf，正文缺“筹资合规性”一节（评分表里有）",
          "chacewang（市级评估报告参考格式：五性各一节）", "报告正文没有“筹资合规性”一节", ["EA-RPT-01"], but(EA_ALL, "EA-RPT-01"),
          "省级草原生态保护修复监测", 2026, 350, None)


# ---------------------------------------------------------------- monitoring and self-evaluation

def monitoring() -> None:
    def table(name: str, unit: str, y: int, budget: float, adj: float, done: float, reason: str,
              inds: list[tuple[str, str, str, str, str, str, str]]) -> list[list[str]]:
        rate = done / adj * 100
        rows = [["项目名称", name, L, L, L, L, L, L], ["主管部门及代码", unit, L, L, "实施单位", unit, L, L],
                ["项目资金（万元）", "年初预算数", "调整后预算数", "1-7月执行数", "执行率", "偏差原因", L, L],
                [U, f"{budget:g}", f"{adj:g}", f"{done:g}", f"{rate:.2f}%", reason, L, L],
                ["绩效指标", L, L, "年度指标值", "1-7月执行情况", "全年预计完成情况", "偏差原因分析", "完成目标可能性"],
                ["一级指标", "二级指标", "三级指标", U, U, U, U, U]]
        for r in inds:
            rows.append(list(r[:3]) + list(r[3:]) + [""] * (8 - len(r)))
        return rows

    # mon01 江苏省级 xlsx（干净：7 月 58%，满意度年底调查）
    y = 2025
    inds = [("产出指标", "数量指标", "职业技能培训人次", "≥1700人次", "1020人次", "1750人次", "", "确定能"),
            ("产出指标", "质量指标", "培训合格率", "≥85%", "88%", "≥85%", "", "确定能"),
            ("产出指标", "成本指标", "人均培训补贴", "≤500元/人次", "480元/人次", "≤500元/人次", "", "确定能"),
            ("效益指标", "社会效益指标", "培训后6个月内就业率", "≥60%", "—", "62%", "培训结束后6个月统计", "有可能"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "—", "≥90%", "年底开展满意度调查", "有可能")]
    render([("h", f"{y}年项目支出绩效运行监控表（1-7月）"), ("t", table("省级职业技能提升行动补贴", "江苏省某厅", y, 85, 85, 49.3, "", inds))],
           FILES / "mon01_jiangsu_prov_jan_jul.xlsx")
    label("mon01_jiangsu_prov_jan_jul.xlsx", "monitoring_table", "1-7月监控表", "xlsx：资金栏+指标栏两行合并表头（年度指标值/1-7月执行情况/全年预计/偏差原因/可能性）",
          "rulebook MON-03（136号表：1-N月值、全年预计、偏差原因、完成可能性）", "", [], MON_ALL, "省级职业技能提升行动补贴", y, 85, None)

    # mon02 上海某区 xlsx：1-7 月执行率 12%，没有说明
    y = 2025
    inds = [("产出指标", "数量指标", "河道保洁长度", "≥86公里", "86公里", "86公里", "", "确定能"),
            ("产出指标", "质量指标", "保洁考核合格率", "≥95%", "96%", "≥95%", "", "确定能"),
            ("效益指标", "生态效益指标", "河道水质达标断面比例", "≥90%", "91%", "≥90%", "", "确定能"),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "—", "≥90%", "年底调查", "有可能")]
    render([("h", f"{y}年项目绩效运行监控表（1-7月）"), ("t", table("某区中小河道日常保洁养护", "某区水务局", y, 130, 130, 15.6, "", inds))],
           FILES / "mon02_shanghai_district_low_rate.xlsx")
    label("mon02_shanghai_district_low_rate.xlsx", "monitoring_table", "1-7月监控表", "同上，xlsx",
          "rulebook MON-02（进度线；太原8月底<60%重点监控）", "1-7月执行15.6/130=12%，偏差原因空白", ["MON-02"], but(MON_ALL, "MON-02"),
          "某区中小河道日常保洁养护", y, 130, None)

    # mon03 广东省级 docx：全年预计达不到而偏差原因空白
    y = 2025
    inds = [("产出指标", "数量指标", "食品安全监督抽检批次", "≥3500批次", "1400批次", "2600批次", "", "不可能"),
            ("产出指标", "质量指标", "不合格产品核查处置率", "=100%", "100%", "100%", "", "确定能"),
            ("产出指标", "时效指标", "抽检结果公布时限", "≤20个工作日", "18个工作日", "≤20个工作日", "", "确定能"),
            ("满意度指标", "服务对象满意度指标", "公众食品安全满意度", "≥85%", "—", "≥85%", "年底开展调查", "有可能")]
    render([("h", f"{y}年省级项目绩效运行监控表"), ("p", "监控时段：1月1日至7月31日"),
            ("t", table("省级食品安全监督抽检", "广东省某局", y, 210, 210, 118.0, "", inds)),
            ("p", "填报人：某某    审核人：某某    填报日期：2025年8月10日")], FILES / "mon03_guangdong_prov_no_reason.docx")
    label("mon03_guangdong_prov_no_reason.docx", "monitoring_table", "1-7月监控表", "docx：同上表式，表前写监控时段",
          "rulebook MON-03（偏差原因类别、完成可能性）", "抽检批次全年预计2600<3500、完成可能性“不可能”，偏差原因空白",
          ["MON-03|MON-04"], but(MON_ALL, "MON-03"), "省级食品安全监督抽检", y, 210, None)

    # mon04 河南某市 pdf（干净：调整预算小于年初，执行率按调整后计）
    y = 2024
    inds = [("产出指标", "数量指标", "社区助餐点运营数量", "≥26个", "26个", "26个", "", "确定能"),
            ("产出指标", "数量指标", "年度助餐服务人次", "≥180000人次", "112000人次", "185000人次", "", "确定能"),
            ("成本指标", "经济成本指标", "每个助餐点年运营补贴", "≤9万元/个", "5.2万元/个", "≤9万元/个", "", "确定能"),
            ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥92%", "—", "≥92%", "年底开展调查", "有可能")]
    render([("h", f"{y}年市级项目绩效运行监控表（1-7月）"),
            ("t", table("某市社区老年助餐服务补贴", "某市民政局", y, 260, 234, 140.4, "按实际运营点位调减预算26万元", inds)),
            ("p", "说明：年中根据助餐点实际运营情况调减预算26万元，执行率按调整后预算计算为60.00%。")],
           FILES / "mon04_henan_city_adjusted.pdf")
    label("mon04_henan_city_adjusted.pdf", "monitoring_table", "1-7月监控表", "pdf：调整后预算小于年初预算",
          "rulebook MON-02（执行数÷调整后预算）", "", [], MON_ALL, "某市社区老年助餐服务补贴", y, 260, None)


def self_evals() -> None:
    def table(name: str, unit: str, y: int, budget: float, adj: float, done: float, exec_score: float,
              inds: list[tuple[str, str, str, str, str, str, str, str, str]], total: str, grade_line: str,
              problem: str, measure: str) -> list[list[str]]:
        rate = done / adj * 100
        rows = [["项目名称", name, L, L, L, L, L, L, L], ["主管部门", unit, L, L, "实施单位", unit, L, L, L],
                ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L, L],
                [U, f"{budget:g}", f"{adj:g}", f"{done:g}", "10", f"{rate:.2f}%", f"{exec_score:g}", L, L],
                ["绩效指标", L, L, "年度指标值", "实际完成值", "分值", "得分", "偏差原因", "改进措施"],
                ["一级指标", "二级指标", "三级指标", U, U, U, U, U, U]]
        for r in inds:
            rows.append(list(r))
        rows.append(["总分", L, L, L, L, "100", total, L, L])
        rows.append(["评价结论", grade_line, L, L, L, L, L, L, L])
        rows.append(["存在问题", problem, L, L, L, L, L, L, L])
        rows.append(["改进措施", measure, L, L, L, L, L, L, L])
        return rows

    # ev01 四川省级 xlsx（干净：98.7 优，偏差原因和改进措施都写了）
    y = 2024
    inds = [("产出指标", "数量指标", "职业技能培训人次", "≥1700人次", "1564人次", "10", "9.2", "部分企业生产旺季无法组织脱产培训", "改为夜校和线上培训"),
            ("产出指标", "质量指标", "培训合格率", "≥85%", "89%", "10", "10", "", ""),
            ("产出指标", "时效指标", "培训计划完成时间", f"≤{y}年11月30日", f"{y}年11月25日", "10", "10", "", ""),
            ("产出指标", "成本指标", "人均培训补贴", "≤500元/人次", "486元/人次", "20", "20", "", ""),
            ("效益指标", "社会效益指标", "培训后6个月内就业率", "≥60%", "64%", "30", "30", "", ""),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "93%", "10", "10", "", "")]
    render([("h", f"{y}年度省级项目支出绩效自评表"),
            ("t", table("省级职业技能提升行动补贴", "四川省某厅", y, 85, 80, 76, 9.5, inds, "98.7", "自评得分98.7分，等级为优。",
                        "培训人次未达年度目标。", "优化培训组织方式，增加线上课程。"))], FILES / "ev01_sichuan_prov_selfeval.xlsx")
    label("ev01_sichuan_prov_selfeval.xlsx", "self_evaluation", "自评表（偏差原因/改进措施列）",
          "xlsx：资金栏（年初/全年预算/执行数/分值/执行率/得分）+指标栏两行合并表头+总分+评价结论/存在问题/改进措施",
          "scqs.gov.cn 式自评表栏目（heldout4 README 所记事实）；rulebook EV-01/02/04", "", [], EV_ALL, "省级职业技能提升行动补贴", y, 85, None)

    # ev02 青海 docx：86 分评“优”
    y = 2024
    inds = [("产出指标", "数量指标", "河道保洁长度", "≥86公里", "86公里", "10", "10", "", ""),
            ("产出指标", "数量指标", "河道巡查次数", "≥240次", "192次", "10", "8", "冬季冰封期停止巡查", "调整巡查计划"),
            ("产出指标", "质量指标", "保洁考核合格率", "≥95%", "96%", "10", "10", "", ""),
            ("产出指标", "时效指标", "问题整改时限", "≤48小时", "36小时", "10", "10", "", ""),
            ("产出指标", "成本指标", "每公里年均保洁费用", "≤1.5万元/公里", "1.4万元/公里", "10", "10", "", ""),
            ("效益指标", "生态效益指标", "河道水质达标断面比例", "≥90%", "91%", "15", "15", "", ""),
            ("效益指标", "社会效益指标", "河道垃圾投诉办结率", "≥95%", "57%", "15", "9", "投诉处理流程长", "简化流程"),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "72%", "10", "8", "部分河段保洁频次不足", "增加保洁频次")]
    render([("h", f"{y}年度项目支出绩效自评表"),
            ("t", table("某州河湖保洁养护", "青海省某州水利局", y, 130, 130, 78, 6, inds, "86", "自评得分86分，评价等级：优。",
                        "执行进度偏慢，部分指标未完成。", "加快支付进度，完善巡查机制。"))], FILES / "ev02_qinghai_grade_conflict.docx")
    label("ev02_qinghai_grade_conflict.docx", "self_evaluation", "自评表（偏差原因/改进措施列）", "docx，同上表式",
          "rulebook EV-04（优≥90）", "总分86分（良）却评“优”", ["EV-04"], but(EV_ALL, "EV-04"), "某州河湖保洁养护", y, 130, None)

    # ev03 江苏某市 xlsx：未完成却满分
    y = 2024
    inds = [("产出指标", "数量指标", "食品安全监督抽检批次", "≥3500批次", "2800批次", "20", "20", "检测机构产能不足", "增加委托机构"),
            ("产出指标", "质量指标", "不合格产品核查处置率", "=100%", "100%", "10", "10", "", ""),
            ("产出指标", "时效指标", "抽检结果公布时限", "≤20个工作日", "18个工作日", "10", "10", "", ""),
            ("产出指标", "成本指标", "每批次平均检验费用", "≤600元/批次", "590元/批次", "10", "10", "", ""),
            ("效益指标", "社会效益指标", "重大食品安全事故发生次数", "=0次", "0次", "30", "30", "", ""),
            ("满意度指标", "服务对象满意度指标", "公众食品安全满意度", "≥85%", "88%", "10", "10", "", "")]
    render([("h", f"{y}年度市级项目支出绩效自评表"),
            ("t", table("某市食品安全监督抽检", "某市市场监督管理局", y, 210, 210, 199.5, 9.5, inds, "99.5", "自评得分99.5分，等级为优。",
                        "抽检批次未完成年度目标。", "增加委托检测机构。"))], FILES / "ev03_jiangsu_city_full_score_unmet.xlsx")
    label("ev03_jiangsu_city_full_score_unmet.xlsx", "self_evaluation", "自评表（偏差原因/改进措施列）", "xlsx，同上表式",
          "rulebook EV-02（未完成按比例得分）", "抽检批次2800<3500却得满分20分（应为16分）", ["EV-02"], but(EV_ALL, "EV-02", "EV-04"),
          "某市食品安全监督抽检", y, 210, None)

    # ev04 上海某区 docx：未完成指标，偏差原因“无”，存在问题和改进措施“暂无”
    y = 2024
    inds = [("产出指标", "数量指标", "纸质档案数字化页数", "≥600000页", "420000页", "20", "14", "无", "无"),
            ("产出指标", "质量指标", "数字化图像质检合格率", "≥99%", "99.3%", "10", "10", "", ""),
            ("产出指标", "时效指标", "数字化成果验收时间", f"≤{y}年12月", f"{y}年12月", "10", "10", "", ""),
            ("产出指标", "成本指标", "每页数字化加工单价", "≤0.8元/页", "0.78元/页", "10", "10", "", ""),
            ("效益指标", "社会效益指标", "档案在线查阅平均响应时间", "≤3分钟", "2分钟", "30", "30", "", ""),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%", "95%", "10", "10", "", "")]
    render([("h", f"{y}年度区级项目支出绩效自评表"),
            ("t", table("某区民政档案数字化加工", "某区民政局", y, 48, 48, 32.64, 6.8, inds, "90.8", "自评得分90.8分，等级为优。",
                        "暂无", "暂无"))], FILES / "ev04_shanghai_district_no_problem.docx")
    label("ev04_shanghai_district_no_problem.docx", "self_evaluation", "自评表（偏差原因/改进措施列）", "docx，同上表式",
          "heldout4 README 所记事实（dyrmt.com：存在问题和改进措施填“暂无”）；rulebook EV-05", "数字化页数只完成70%，偏差原因“无”、存在问题和改进措施“暂无”",
          ["EV-05"], but(EV_ALL, "EV-05"), "某区民政档案数字化加工", y, 48, None)


def main() -> None:
    FILES.mkdir(exist_ok=True)
    for f in FILES.iterdir():
        f.unlink()
    LABELS.clear()
    goal_sheets()
    appraisals()
    monitoring()
    self_evals()
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for lab in LABELS:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(LABELS)} documents, {sum(1 for x in LABELS if x['must'])} with a planted defect")


if __name__ == "__main__":
    main()
