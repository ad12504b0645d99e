"""Generate the blind held-out set heldout8 (monitoring tables, self-evaluation tables and reports,
ex-ante reports and expert opinions) into files/ and labels.jsonl.

Layouts imitate public pages found with the `search` tool (pages corpus); each label's `source` names the
page. Projects, units and amounts are invented. Scores, rates and sums of clean documents are computed here
so that they are consistent; each defect document overrides exactly one thing.

    PYTHONPATH=src /work/main/.venv/bin/python corpus/eval/heldout8/make_docs.py
"""

from __future__ import annotations

import json
import runpy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
_R = runpy.run_path(str(HERE.parent / "blind_render.py"))
render = _R["render"]
U, L = "^", "<"  # merge with the cell above / to the left

MON_NOT = ["MON-01", "MON-02", "MON-03"]
EV_NOT = ["EV-01", "EV-02", "EV-04", "EV-05"]
EA_NOT = ["EA-RPT-01", "EA-RPT-03", "EA-ECO-01", "EA-NEC-04", "GS-02"]

LABELS: list[dict[str, Any]] = []


def pct(x: float) -> str:
    return f"{x * 100:.2f}%"


def num(x: float) -> str:
    """Plain number as offices type it: no trailing zeros, up to four decimals (unit prices such as 0.012万元)."""
    return f"{x:.4f}".rstrip("0").rstrip(".")


def grade(total: float) -> str:
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def emit(name: str, blocks: list[Any], label: dict[str, Any], **kw: Any) -> None:
    render(blocks, FILES / name, **kw)
    base = {"file": f"files/{name}", "evidence": {}, "indicator_rows_long": 0}
    base.update(label)
    LABELS.append(base)


# ---------------------------------------------------------------- self-evaluation scoring helpers

class Ind:
    """One 自评 indicator row: numeric (sign, target, unit, actual) or qualitative (qual target, qual actual)."""

    def __init__(self, l1: str, l2: str, name: str, w: float, sign: str = "", tv: float = 0, unit: str = "",
                 av: float | None = None, qual: tuple[str, str] | None = None, reason: str = "",
                 score: float | None = None) -> None:
        self.l1, self.l2, self.name, self.w, self.reason = l1, l2, name, w, reason
        if qual:
            self.target, self.actual = qual
            calc = w
        else:
            assert av is not None
            self.target = f"{sign}{num(tv)}{unit}"
            self.actual = f"{num(av)}{unit}"
            ratio = av / tv if sign in ("≥", "=", ">") else (tv / av if av else 1.0)
            calc = round(w * min(1.0, ratio), 2)
        self.score = calc if score is None else score


def exec_score(budget: float, executed: float, w: float = 10) -> tuple[float, float]:
    rate = executed / budget
    return rate, round(w * min(1.0, rate), 2)


# ---------------------------------------------------------------- monitoring: 1-8月 with ticked deviation causes

CAUSES = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]


def mon_cause_table(title: str, head: list[list[str]], funds: list[list[str]], months: str,
                    inds: list[tuple[str, str, str, str, str, str, str, str, str]], closing: list[list[str]]) -> list[Any]:
    """inds: (l1, l2, name, target, mid, forecast, cause_key, possibility, note)."""
    blocks: list[Any] = [("h", title)]
    blocks.append(("t", head))
    blocks.append(("t", funds))
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", f"{months}实际完成值", "全年预计完成值",
             "偏差原因分析", L, L, L, L, "完成目标可能性", "备注"],
            [U, U, U, U, U, U, *CAUSES, U, U]]
    last1 = None
    for l1, l2, name, tv, mid, fc, cause, poss, note in inds:
        ticks = ["√" if c == cause else "" for c in CAUSES]
        rows.append([U if l1 == last1 else l1, l2, name, tv, mid, fc, *ticks, poss, note])
        last1 = l1
    blocks.append(("t", rows, 2))
    blocks.append(("t", closing))
    return blocks


def funds_18(budget: float, adjusted: float, mid: float, forecast: float, months: str,
             extra: list[tuple[str, float, float, float, float]] | None = None) -> list[list[str]]:
    rows = [["项目资金（万元）", "年初预算数", "调整后预算数", f"{months}执行数", "执行率", "全年预计执行数", "全年预计执行率"],
            ["年度资金总额", num(budget), num(adjusted), num(mid), pct(mid / adjusted), num(forecast), pct(forecast / adjusted)]]
    for name, b, a, m, f in extra or []:
        rows.append([name, num(b), num(a), num(m), pct(m / a) if a else "", num(f), pct(f / a) if a else ""])
    return rows


def build_monitoring() -> None:
    src_136 = ("财预〔2019〕136号监控表列（rulebook §1.3：年度指标值、1-N月执行情况、全年预计、偏差原因分类“经费保障/制度保障/人员保障/硬件条件保障/其他”、"
               "完成目标可能性）；四川大英县 1-6月和1-8月两次监控（dyxrmt.cn，rulebook 引）")
    # m01 -- 1-8月, ticked causes; defect: forecast far below target but 确定能 and no cause ticked, no note
    head = [["项目名称", "某县农村供水工程运行维护补助", L, "主管部门", "某县水利局", L],
            ["实施单位", "某县农村供水管理站", L, "监控期间", "2026年1月1日至8月31日", L],
            ["项目属性", "延续项目", L, "项目负责人", "赵某", L]]
    inds = [
        ("产出指标", "数量指标", "维修养护集中供水工程处数", "≥86处", "61处", "88处", "", "确定能", ""),
        ("产出指标", "数量指标", "水质抽样检测批次", "≥1200批次", "430批次", "700批次", "", "确定能", ""),
        ("产出指标", "质量指标", "维修工程验收合格率", "≥98%", "100%", "100%", "", "确定能", ""),
        ("产出指标", "时效指标", "故障报修24小时内响应率", "≥95%", "97.2%", "97%", "", "确定能", ""),
        ("产出指标", "成本指标", "单处工程平均养护补助", "≤3.2万元", "2.9万元", "3.0万元", "", "确定能", ""),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", "92.6%", "93%", "", "确定能", ""),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "年底开展调查", "92%", "", "确定能", "四季度入户调查"),
    ]
    closing = [["偏差原因说明", "无"], ["纠偏措施", "按计划推进"]]
    blocks = mon_cause_table("2026年项目支出绩效运行监控表（1-8月）", head, funds_18(286.5, 286.5, 201.6, 286.5, "1-8月",
                             [("其中：财政拨款", 266.5, 266.5, 186.6, 266.5), ("上年结转", 20, 20, 15, 20)]), "1-8月", inds, closing)
    emit("mon01_cause_ticks_sure.xlsx", blocks, {
        "kind": "monitoring_table", "layout_class": "1-8月分类勾选偏差原因", "fiscal_year": 2026,
        "layout": "表头三行字段；资金栏年初/调整后/1-8月执行/执行率/全年预计/预计执行率；指标表两行表头，偏差原因分析横跨五个分类列（勾√）；表末偏差原因说明、纠偏措施两栏",
        "source": src_136,
        "defect": "水质抽样检测 全年预计700批次，远低于年度目标1200批次，却填“确定能”，未勾偏差原因、说明写“无”",
        "must": ["MON-03|MON-04"], "must_not": ["MON-01", "MON-02"],
        "project_name": "某县农村供水工程运行维护补助", "total_funds_wan": 286.5, "indicator_rows": 7})

    # m05 -- same layout, pdf; defect: 1-8月 execution 22.4% (reason written)
    head = [["项目名称", "某镇农村人居环境整治提升", L, "主管部门", "某镇人民政府", L],
            ["实施单位", "某镇村镇建设服务中心", L, "监控期间", "2026年1-8月", L],
            ["项目属性", "新增项目", L, "项目负责人", "钱某", L]]
    inds = [
        ("产出指标", "数量指标", "整治村庄个数", "=12个", "5个", "12个", "", "确定能", ""),
        ("产出指标", "数量指标", "新建改建农村户厕", "≥360座", "150座", "360座", "", "确定能", ""),
        ("产出指标", "质量指标", "工程验收合格率", "=100%", "100%", "100%", "", "确定能", ""),
        ("产出指标", "时效指标", "工程完工时间", "2026年11月30日前", "按进度施工", "2026年11月底", "", "确定能", ""),
        ("产出指标", "成本指标", "户厕改造每座补助", "≤0.25万元", "0.25万元", "0.25万元", "", "确定能", ""),
        ("效益指标", "生态效益指标", "生活垃圾有效治理村庄比例", "≥95%", "92%", "96%", "", "确定能", ""),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "年底调查", "91%", "", "确定能", ""),
    ]
    closing = [["偏差原因说明", "部分工程尚在施工，工程款待完工验收后结算支付。"], ["纠偏措施", "督促施工单位加快进度，9月起按月报送工程量。"]]
    blocks = mon_cause_table("项目支出绩效运行监控表（2026年1-8月）", head, funds_18(185, 185, 41.44, 185, "1-8月"), "1-8月", inds, closing)
    emit("mon05_cause_ticks_low_rate.pdf", blocks, {
        "kind": "monitoring_table", "layout_class": "1-8月分类勾选偏差原因", "fiscal_year": 2026,
        "layout": "同 mon01（pdf，横版），资金只有年度资金总额一行",
        "source": src_136 + "；太原 8 月底执行低于 60% 重点监控（rulebook 引 mof.gov.cn）",
        "defect": "1-8月执行41.44万元/185万元=22.40%，远低于8月进度线（只写了待结算）",
        "must": ["MON-02"], "must_not": ["MON-01", "MON-03"],
        "project_name": "某镇农村人居环境整治提升", "total_funds_wan": 185, "indicator_rows": 7})

    # m06 -- same layout, xlsx, clean: 有可能 with cause ticked and note
    head = [["项目名称", "某市公共法律服务体系建设经费", L, "主管部门", "某市司法局", L],
            ["实施单位", "某市公共法律服务中心", L, "监控期间", "2026年1-8月", L],
            ["项目属性", "延续项目", L, "项目负责人", "孙某", L]]
    inds = [
        ("产出指标", "数量指标", "提供法律咨询人次", "≥18000人次", "12850人次", "19000人次", "", "确定能", ""),
        ("产出指标", "数量指标", "办结法律援助案件", "≥1500件", "820件", "1320件", "人员保障", "有可能",
         "援助律师两人离职，已启动政府购买服务补充，预计全年1320件"),
        ("产出指标", "质量指标", "法律援助案件质量评查合格率", "≥95%", "96.8%", "96%", "", "确定能", ""),
        ("产出指标", "时效指标", "援助申请受理审查时限", "≤7个工作日", "5个工作日", "5个工作日", "", "确定能", ""),
        ("产出指标", "成本指标", "民事援助案件办案补贴标准", "≤2500元/件", "2400元/件", "2400元/件", "", "确定能", ""),
        ("效益指标", "社会效益指标", "群众法律服务获得感评价", "≥90分", "91分", "91分", "", "确定能", ""),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥95%", "97%", "96%", "", "确定能", ""),
    ]
    closing = [["偏差原因说明", "法律援助案件办结量受援助律师人数减少影响，全年预计比目标少约180件。"],
               ["纠偏措施", "9月底前完成购买服务招标，新增2名专职援助律师；必要时按程序调整年度指标。"]]
    blocks = mon_cause_table("项目支出绩效运行监控表", head, funds_18(342, 342, 243.85, 338, "1-8月",
                             [("其中：财政拨款", 342, 342, 243.85, 338)]), "1-8月", inds, closing)
    emit("mon06_cause_ticks_clean.xlsx", blocks, {
        "kind": "monitoring_table", "layout_class": "1-8月分类勾选偏差原因", "fiscal_year": 2026,
        "layout": "同 mon01；一个指标“有可能”并勾“人员保障”，备注和表末写明原因与措施；执行率71.30%",
        "source": src_136, "defect": "无", "must": [], "must_not": MON_NOT,
        "project_name": "某市公共法律服务体系建设经费", "total_funds_wan": 342, "indicator_rows": 7})

    # m02 / m08 -- tick columns for possibility (确定能 | 有可能 | 完全不可能), docx
    src_hs = ("湖北黄石“项目支出绩效监控表”注释：完成目标可能性分确定能、有可能、不可能三级，选“有可能”“不可能”须填偏差原因和举措（hsgyyc.com）；"
              "此处把三级拆成三列打√")

    def tick_table(title: str, head: list[list[str]], funds: list[list[str]],
                   inds: list[tuple[str, str, str, str, str, str, str]], tail: list[list[str]]) -> list[Any]:
        rows = [["一级指标", "二级指标", "三级指标", "年度目标值", "1-6月完成值", "全年预计完成值", "完成目标可能性", L, L, "偏差原因"],
                [U, U, U, U, U, U, "确定能", "有可能", "完全不可能", U]]
        last = None
        for l1, l2, name, tv, mid, fc, poss_reason in inds:
            poss, _, reason = poss_reason.partition("|")
            rows.append([U if l1 == last else l1, l2, name, tv, mid, fc,
                         "√" if poss == "确定能" else "", "√" if poss == "有可能" else "", "√" if poss == "完全不可能" else "", reason])
            last = l1
        return [("h", title), ("t", head), ("t", funds), ("t", rows, 2), ("t", tail)]

    head = [["单位名称（盖章）", "某区民政局", "填报日期", "2026年7月10日"],
            ["项目名称", "某区老年助餐服务补贴", "实施单位", "某区养老服务指导中心"]]
    funds = [["资金情况（万元）", "年初预算数", "1-6月执行数", "执行率", "全年预计执行数"],
             ["年度资金总额", "260", "52", "80.00%", "260"],
             ["其中：区级财政资金", "200", "40", "80.00%", "200"],
             ["上级补助资金", "60", "12", "80.00%", "60"]]
    inds = [
        ("产出指标", "数量指标", "助餐服务老年人数", "≥3200人", "2950人", "3300人", "确定能"),
        ("产出指标", "数量指标", "运营长者食堂（助餐点）", "≥28个", "26个", "30个", "确定能"),
        ("产出指标", "质量指标", "食品安全检查合格率", "=100%", "100%", "100%", "确定能"),
        ("产出指标", "时效指标", "补贴按季度拨付及时率", "=100%", "100%", "100%", "确定能"),
        ("产出指标", "成本指标", "每餐补贴标准", "≤5元", "5元", "5元", "确定能"),
        ("效益指标", "社会效益指标", "高龄独居老人助餐覆盖率", "≥60%", "58%", "61%", "确定能"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥92%", "94%", "94%", "确定能"),
    ]
    tail = [["存在问题及纠偏措施", "无"]]
    emit("mon02_possibility_ticks_rate.docx", tick_table("2026年度项目绩效运行监控表（1-6月）", head, funds, inds, tail), {
        "kind": "monitoring_table", "layout_class": "可能性三列打勾", "fiscal_year": 2026,
        "layout": "表头“单位名称（盖章）/填报日期”；资金栏年初预算/1-6月执行/执行率/全年预计；指标表“完成目标可能性”横跨确定能/有可能/完全不可能三列打√，最后一列偏差原因",
        "source": src_hs,
        "defect": "执行率算错：1-6月执行52万元/年初预算260万元=20.00%，表内写80.00%（各来源行同错），实际低于6月进度线",
        "must": ["MON-02"], "must_not": ["MON-01", "MON-03"],
        "project_name": "某区老年助餐服务补贴", "total_funds_wan": 260, "indicator_rows": 7})

    head = [["单位名称（盖章）", "某区市场监督管理局", "填报日期", "2026年7月8日"],
            ["项目名称", "某区农贸市场食用农产品快速检测", "实施单位", "某区食品药品检验检测中心"]]
    funds = [["资金情况（万元）", "年初预算数", "1-6月执行数", "执行率", "全年预计执行数"],
             ["年度资金总额", "96", "51.36", pct(51.36 / 96), "96"],
             ["其中：区级财政资金", "96", "51.36", pct(51.36 / 96), "96"]]
    inds = [
        ("产出指标", "数量指标", "快检批次", "≥24000批次", "12600批次", "24500批次", "确定能"),
        ("产出指标", "数量指标", "覆盖农贸市场个数", "=16个", "16个", "16个", "确定能"),
        ("产出指标", "质量指标", "快检结果上传公示率", "=100%", "100%", "100%", "确定能"),
        ("产出指标", "时效指标", "不合格产品处置时限", "≤24小时", "12小时", "12小时", "确定能"),
        ("产出指标", "成本指标", "单批次快检成本", "≤40元", "38元", "38元", "确定能"),
        ("效益指标", "社会效益指标", "快检总体合格率", "≥98%", "97.6%", "97.8%",
         "有可能|上半年叶菜类农残超标集中，已加密抽检并约谈供货商；如四季度仍低于目标，按程序调整"),
        ("满意度指标", "服务对象满意度指标", "市场经营户和消费者满意度", "≥90%", "年底开展调查", "92%", "确定能"),
    ]
    tail = [["存在问题及纠偏措施", "快检合格率略低于目标，原因是夏季叶菜农残问题集中；已对重点商户实行每日必检。"]]
    emit("mon08_possibility_ticks_clean.docx", tick_table("2026年度项目绩效运行监控表（1-6月）", head, funds, inds, tail), {
        "kind": "monitoring_table", "layout_class": "可能性三列打勾", "fiscal_year": 2026,
        "layout": "同 mon02；一项“有可能”并写明原因；满意度“年底开展调查”；执行率53.50%",
        "source": src_hs, "defect": "无", "must": [], "must_not": MON_NOT,
        "project_name": "某区农贸市场食用农产品快速检测", "total_funds_wan": 96, "indicator_rows": 7})

    # m04 / m09 -- 一体化 export style: 指标性质/指标值/度量单位 split, 偏差原因类型 + 说明
    src_yth = ("一体化系统指标字段（指标性质/计算符号、指标值、度量单位；rulebook §3.2 与四川青神自评表列名 scqs.gov.cn）；"
               "监控列为 1-6月完成值、全年预计、完成目标可能性、偏差原因类型/说明（rulebook §1.3）")

    def yth_mon(title: str, info: list[list[str]], funds: list[list[str]],
                inds: list[tuple[str, str, str, str, str, str, str, str, str, str, str]]) -> list[Any]:
        rows = [["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "1-6月完成值", "全年预计完成值",
                 "完成目标可能性", "偏差原因类型", "偏差原因说明"]]
        rows += [list(r) for r in inds]
        return [("h", title), ("t", info), ("t", funds), ("t", rows)]

    info = [["项目名称", "某县中小学课后服务经费", "项目编码", "52012626R000000004311"],
            ["主管部门", "某县教育局", "实施单位", "某县教育局（本级）"],
            ["监控时点", "2026年6月30日", "金额单位", "万元"]]
    funds = [["资金类别", "年初预算数", "调整后预算数", "1-6月执行数", "执行率"],
             ["合计", "420", "420", "236.4", pct(236.4 / 420)],
             ["财政资金", "380", "380", "214.4", pct(214.4 / 380)],
             ["其他资金", "40", "40", "22", pct(22 / 40)]]
    inds = [
        ("产出指标", "数量指标", "开展课后服务学校数", "≥", "46", "所", "46", "46", "确定能", "", ""),
        ("产出指标", "数量指标", "参加课后服务学生人数", "≥", "21000", "人", "16800", "17500", "有可能", "", ""),
        ("产出指标", "质量指标", "课后服务家长自愿参加签约率", "=", "100", "%", "100", "100", "确定能", "", ""),
        ("产出指标", "时效指标", "教师课后服务补助按月发放及时率", "=", "100", "%", "100", "100", "确定能", "", ""),
        ("产出指标", "成本指标", "生均课后服务财政补助", "≤", "200", "元/学期", "200", "200", "确定能", "", ""),
        ("效益指标", "社会效益指标", "参加课后服务学生覆盖率", "≥", "85", "%", "68", "71", "完全不可能", "", ""),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", "90", "%", "93", "93", "确定能", "", ""),
    ]
    emit("mon04_integrated_no_cause.xlsx", yth_mon("项目支出绩效运行监控表", info, funds, inds), {
        "kind": "monitoring_table", "layout_class": "一体化导出监控表", "fiscal_year": 2026,
        "layout": "项目信息四列小表（项目编码、监控时点、金额单位）；资金小表“合计/财政资金/其他资金”；指标表指标性质、指标值、度量单位分列，偏差原因类型和说明两列",
        "source": src_yth,
        "defect": "学生人数“有可能”、覆盖率“完全不可能”（预计71%<85%），偏差原因类型和说明都空白",
        "must": ["MON-03|MON-04"], "must_not": ["MON-01", "MON-02"],
        "project_name": "某县中小学课后服务经费", "total_funds_wan": 420, "indicator_rows": 7})

    info = [["项目名称", "某县动物疫病强制免疫补助", "项目编码", "52012626R000000005127"],
            ["主管部门", "某县农业农村局", "实施单位", "某县动物疫病预防控制中心"],
            ["监控时点", "2026年6月30日", "金额单位", "万元"]]
    funds = [["资金类别", "年初预算数", "调整后预算数", "1-6月执行数", "执行率"],
             ["合计", "158", "142", "89.46", pct(89.46 / 142)],
             ["财政资金", "158", "142", "89.46", pct(89.46 / 142)],
             ["其他资金", "0", "0", "0", ""]]
    inds = [
        ("产出指标", "数量指标", "高致病性禽流感免疫数量", "≥", "180", "万羽次", "96", "182", "确定能", "", ""),
        ("产出指标", "数量指标", "口蹄疫免疫数量", "≥", "26", "万头次", "14.2", "26.5", "确定能", "", ""),
        ("产出指标", "质量指标", "免疫抗体合格率", "≥", "70", "%", "78", "78", "确定能", "", ""),
        ("产出指标", "时效指标", "春防集中免疫按时完成率", "=", "100", "%", "100", "100", "确定能", "", ""),
        ("产出指标", "成本指标", "口蹄疫疫苗每头份采购价", "≤", "1.2", "元", "1.08", "1.08", "确定能", "", ""),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "≤", "0", "次", "0", "0", "确定能", "", ""),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", "90", "%", "年底调查", "92", "确定能", "", ""),
    ]
    emit("mon09_integrated_clean.xlsx", yth_mon("项目支出绩效运行监控表", info, funds, inds), {
        "kind": "monitoring_table", "layout_class": "一体化导出监控表", "fiscal_year": 2026,
        "layout": "同 mon04；年中调减（158→142，疫苗集中采购降价），执行率按调整后预算63.00%；反向指标“≤0次”；全部确定能，偏差栏空",
        "source": src_yth, "defect": "无", "must": [], "must_not": MON_NOT,
        "project_name": "某县动物疫病强制免疫补助", "total_funds_wan": 158, "indicator_rows": 7})

    # m03 / m07 -- 监控情况说明 (report body), m07 with 附表
    src_rep = ("贵州某市城维费项目绩效运行监控报告的章节（一、项目基本情况（一）项目概况（二）实施期限……二、绩效运行监控工作开展情况 三、绩效运行监控情况）"
               "（xei.net.cn）；某单位监控报告 1-6月执行率按项目列示（m.zzjyg.cn）")
    blocks = [
        ("h", "某市档案馆2026年档案数字化加工项目绩效运行监控情况说明"),
        ("p", "一、项目基本情况"),
        ("p", "（一）项目概况。本项目对馆藏1950—1990年文书档案进行数字化扫描、图像处理和著录挂接，年初预算168万元，全部为市级财政拨款，实施期限为2026年1月1日至12月31日。"),
        ("p", "（二）项目主要内容。档案整理、扫描、图像处理、数据著录、质检和数据挂接。"),
        ("p", "二、绩效运行监控工作开展情况"),
        ("p", "馆办公室牵头，财务室按月汇总支付进度，业务科室按季报送工作量。"),
        ("p", "三、绩效运行监控情况"),
        ("p", "（一）预算执行情况。截至2026年6月30日，项目资金到位168万元，支付第一期加工费88.2万元，执行率52.50%。"),
        ("t", [["资金类别", "年初预算数（万元）", "1-6月执行数（万元）", "执行率"],
               ["市级财政拨款", "168", "88.2", "52.50%"],
               ["合计", "168", "88.2", "52.50%"]]),
        ("p", "（二）下一步工作。按合同约定在三季度末支付第二期加工费，四季度完成验收后支付尾款。"),
        ("p", "四、存在的问题及措施"),
        ("p", "资金支付进度基本符合合同节点，暂无问题。"),
        ("p", "某市档案馆　2026年7月12日"),
    ]
    emit("mon03_report_funds_only.docx", blocks, {
        "kind": "monitoring_table", "layout_class": "监控情况说明正文", "fiscal_year": 2026,
        "layout": "正文一、（一）编号；只有资金执行小表（资金类别/年初预算数/1-6月执行数/执行率），全文没有任何绩效指标完成情况",
        "source": src_rep,
        "defect": "只监控预算执行，没有绩效目标（指标）完成情况，不符合“双监控”",
        "must": ["MON-01"], "must_not": ["MON-02"],
        "project_name": ["某市档案馆2026年档案数字化加工项目", "某市档案馆档案数字化加工项目", "档案数字化加工项目"], "total_funds_wan": 168, "indicator_rows": 0})

    blocks = [
        ("h", "某县城区路灯及市政设施维护项目2026年1-6月绩效运行监控报告"),
        ("p", "一、项目基本情况"),
        ("p", "（一）项目概况。项目用于城区路灯、人行道板、护栏等市政设施的日常维护，年初预算315万元（县级财政拨款295万元，上年结转20万元）。"),
        ("p", "（二）项目实施期限。2026年1月1日至2026年12月31日。"),
        ("p", "二、绩效运行监控工作开展情况"),
        ("p", "县城市管理局成立监控工作小组，对照年初批复的绩效目标逐项核对1-6月完成值，并预计全年完成情况。"),
        ("p", "三、绩效运行监控情况"),
        ("p", "（一）预算执行情况。截至2026年6月30日，项目执行166.95万元，执行率53.00%，预计全年执行315万元。"),
        ("p", "（二）绩效目标完成情况。各项指标完成情况见附表。路灯亮灯率、设施完好率均达到年度目标；人行道板维修面积完成46%，受雨季施工限制，预计下半年可完成。"),
        ("p", "四、偏差原因及纠偏措施"),
        ("p", "人行道板维修面积进度偏慢，原因是5—6月连续降雨停工；已调整施工计划，三季度集中施工。"),
        ("p", "附表：项目绩效目标完成情况表"),
        ("t", [["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月完成值", "全年预计完成值", "完成可能性", "偏差原因"],
               ["产出指标", "数量指标", "维护路灯盏数", "≥6800盏", "6800盏", "6800盏", "确定能", ""],
               [U, "数量指标", "人行道板维修面积", "≥12000平方米", "5520平方米", "12000平方米", "有可能", "雨季停工，三季度集中施工"],
               [U, "质量指标", "主次干道路灯亮灯率", "≥98%", "98.6%", "98.5%", "确定能", ""],
               [U, "时效指标", "一般故障修复时限", "≤48小时", "36小时", "36小时", "确定能", ""],
               [U, "成本指标", "单盏路灯年维护费", "≤210元", "205元", "205元", "确定能", ""],
               ["效益指标", "社会效益指标", "市政设施完好率", "≥95%", "96.2%", "96%", "确定能", ""],
               ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "年底调查", "91%", "确定能", ""]]),
        ("p", "某县城市管理局　2026年7月15日"),
    ]
    emit("mon07_report_with_table_clean.pdf", blocks, {
        "kind": "monitoring_table", "layout_class": "监控情况说明正文", "fiscal_year": 2026,
        "layout": "正文（一、（一）编号）+ 附表“项目绩效目标完成情况表”（一级列纵向合并）；资金在正文：执行166.95万元、执行率53.00%",
        "source": src_rep, "defect": "无", "must": [], "must_not": MON_NOT,
        "project_name": "某县城区路灯及市政设施维护项目", "total_funds_wan": 315, "indicator_rows": 7})


# ---------------------------------------------------------------- self-evaluation tables

def ev_std_table(title: str, head: list[list[str]], budget: float, full: float, executed: float,
                 sources: list[tuple[str, float, float, float]], goal: tuple[str, str], inds: list[Ind],
                 tail: list[list[str]], rate_override: str | None = None, rate_score: float | None = None,
                 total_override: float | None = None, grade_text: str | None = None) -> tuple[list[Any], float]:
    """10号附件2-style table: 年初预算数/全年预算数/全年执行数/分值/执行率/得分; indicator columns
    一级/二级/三级/年度指标值/实际完成值/分值/得分/偏差原因分析及改进措施."""
    rate, es = exec_score(full, executed)
    es = es if rate_score is None else rate_score
    total = round(es + sum(i.score for i in inds), 2) if total_override is None else total_override
    rows: list[list[str]] = [*head,
                             ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                             [U, "年度资金总额", num(budget), num(full), num(executed), "10", rate_override or pct(rate), num(es)]]
    for name, b, f, e in sources:
        rows.append([U, name, num(b), num(f), num(e), "—", pct(e / f) if f else "", "—"])
    rows += [["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L],
             [U, goal[0], L, L, goal[1], L, L, L],
             ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    last = None
    for i in inds:
        rows.append([U, U if i.l1 == last else i.l1, i.l2, i.name, i.target, i.actual, num(i.w), num(i.score), i.reason])
        last = i.l1
    rows.append(["总分", L, L, L, L, L, "100", num(total), grade_text if grade_text is not None else ""])
    # pad the funds/goal rows to nine columns
    width = 9
    rows = [r + [L] * (width - len(r)) for r in rows]
    return [("h", title), ("t", rows), ("t", tail)], total


def build_self_eval() -> None:
    src_std = ("财预〔2020〕10号附件2自评表式样（rulebook §5.1：年初预算数/全年预算数/全年执行数/分值/执行率/得分；一级/二级/三级/年度指标值/实际完成值/分值/得分/"
               "偏差原因分析及改进措施），与安徽池州某镇2022年自评表同列名（anthempetcare.com）；表头“单位名称/填报日期/项目类别 1、部门预算项目□ 2、…”"
               "取自某单位2021年项目绩效自评表模板（taowenge.com）")
    cat = "1、部门预算项目 ■　2、省（市）专项 □　3、上级转移支付项目 □"

    # e02 -- execution rate miscomputed (72/96 = 75%, written 95%, scored 9.5), total 91 -> 优, correct 89 -> 良
    inds = [
        Ind("产出指标", "数量指标", "社区矫正对象教育学习覆盖人数", 15, "≥", 420, "人", 378,
            reason="在册人数少于预期（解矫人数增加）；2026年按在册人数设定目标"),
        Ind("产出指标", "数量指标", "开展心理测评和矫治人次", 10, "≥", 600, "人次", 480,
            reason="心理咨询师购买服务合同4月才签订；2026年提前招标"),
        Ind("产出指标", "质量指标", "矫正对象脱管漏管率", 10, "≤", 0.5, "%", 0.3),
        Ind("产出指标", "时效指标", "入矫报到审批办结时限", 5, "≤", 3, "个工作日", 2),
        Ind("产出指标", "成本指标", "电子定位监管设备年服务费", 10, "≤", 18, "万元", 17.6),
        Ind("效益指标", "社会效益指标", "社区矫正对象再犯罪率", 30, "≤", 0.2, "%", 0.25,
            reason="1名矫正对象再犯罪，已加强重点对象走访"),
        Ind("满意度指标", "服务对象满意度指标", "司法所和社区满意度", 10, "≥", 90, "%", 93),
    ]
    head = [["单位名称：某区司法局", L, L, L, L, "填报日期：2026年3月20日", L, L, L],
            ["项目名称", "某区社区矫正专项经费", L, L, "主管部门", "某区司法局", L, L, L],
            ["实施单位", "某区社区矫正管理局", L, L, "项目类别", cat, L, L, L]]
    blocks, total = ev_std_table("2025年度项目支出绩效自评表", head, 96, 96, 72, [("其中：当年财政拨款", 96, 96, 72)],
                                 ("全年教育管理社区矫正对象420人，开展心理测评矫治600人次，再犯罪率控制在0.2%以内。",
                                  "全年教育管理378人，心理测评矫治480人次，无脱管漏管，再犯罪率0.25%。"),
                                 inds, [["自评结论", "项目自评得分90分，自评等级为“优”。"],
                                        ["存在问题", "心理矫治服务采购滞后，教育管理人数和再犯罪率未达到目标。"],
                                        ["改进措施", "提前开展服务采购，加强重点对象走访。"]],
                                 rate_override="95.00%", rate_score=9.5, total_override=90.0, grade_text="优")
    true_total = round(7.5 + sum(i.score for i in inds), 2)
    assert true_total == 88.0, true_total
    emit("ev02_std_rate_wrong.docx", blocks, {
        "kind": "self_evaluation", "layout_class": "10号附件2式（单位名称/项目类别表头）", "fiscal_year": 2025,
        "layout": "表头“单位名称/填报日期/项目类别（■勾选）”；资金栏 年初预算数/全年预算数/全年执行数/分值/执行率/得分；三项未完成按比例扣分并写原因；总分行末列写等级",
        "source": src_std,
        "defect": "执行率算错：全年执行72万元/全年预算96万元=75.00%，表内写95.00%并得9.5分（应7.5分）；总分应88分（良），表内90分评“优”",
        "must": ["EV-02|EV-04"], "must_not": ["EV-01", "EV-05"],
        "project_name": "某区社区矫正专项经费", "total_funds_wan": 96, "indicator_rows": len(inds)})

    # e08 -- clean, same layout, grade written "90分（含）以上：优"
    inds = [
        Ind("产出指标", "数量指标", "热线受理诉求件数", 15, "≥", 480000, "件", 512600),
        Ind("产出指标", "质量指标", "工单按时办结率", 15, "≥", 95, "%", 97.3),
        Ind("产出指标", "质量指标", "接通率", 10, "≥", 92, "%", 90.6, reason="话务高峰期坐席不足；已增加夜间和周末班次，2026年招录补充话务员20名"),
        Ind("产出指标", "时效指标", "紧急诉求转办时限", 5, "≤", 30, "分钟", 25),
        Ind("产出指标", "成本指标", "话务外包服务单价", 5, "≤", 4.2, "元/件", 4.1),
        Ind("效益指标", "社会效益指标", "诉求解决率", 30, "≥", 85, "%", 88.2),
        Ind("满意度指标", "服务对象满意度指标", "来电群众满意度", 10, "≥", 90, "%", 92.5),
    ]
    head = [["单位名称：某市政务服务和大数据管理局", L, L, L, L, "填报日期：2026年3月16日", L, L, L],
            ["项目名称", "某市12345政务服务便民热线运行经费", L, L, "主管部门", "某市政务服务和大数据管理局", L, L, L],
            ["实施单位", "某市12345热线服务中心", L, L, "项目类别", cat, L, L, L]]
    _rate, es = exec_score(1265, 1238.2)
    tot = round(es + sum(i.score for i in inds), 2)
    blocks, total = ev_std_table("2025年度项目支出绩效自评表", head, 1280, 1265, 1238.2,
                                 [("其中：当年财政拨款", 1280, 1265, 1238.2)],
                                 ("全年受理群众诉求48万件以上，按时办结率95%以上，群众满意度90%以上。",
                                  "全年受理51.26万件，按时办结率97.3%，满意度92.5%；接通率90.6%，未达到目标。"),
                                 inds, [["自评结论", f"项目自评得分{num(tot)}分，按“90分（含）以上为优”，自评等级为优。"],
                                        ["存在问题", "话务高峰期接通率未达到92%的目标。"],
                                        ["改进措施", "优化排班，增加高峰时段坐席，推广智能语音导航分流。"]],
                                 grade_text="90分（含）以上：优")
    assert total >= 90, total
    emit("ev08_std_clean.docx", blocks, {
        "kind": "self_evaluation", "layout_class": "10号附件2式（单位名称/项目类别表头）", "fiscal_year": 2025,
        "layout": "同 ev02；全年预算数小于年初预算数（年中调减）；一项未完成按比例扣分并写原因；等级写“90分（含）以上：优”",
        "source": src_std, "defect": "无", "must": [], "must_not": EV_NOT,
        "project_name": "某市12345政务服务便民热线运行经费", "total_funds_wan": 1280, "indicator_rows": len(inds)})

    # e03 -- pdf, unmet indicator with no reason; 存在问题/改进措施 "无"
    inds = [
        Ind("产出指标", "数量指标", "松材线虫病疫木除治面积", 15, "≥", 5000, "亩", 4200),
        Ind("产出指标", "数量指标", "美国白蛾防治面积", 10, "≥", 8000, "亩", 8150),
        Ind("产出指标", "质量指标", "除治质量检查合格率", 10, "≥", 95, "%", 96),
        Ind("产出指标", "时效指标", "春季除治完成时间", 5, "", 0, "", qual=("2025年4月30日前", "4月28日完成")),
        Ind("产出指标", "成本指标", "疫木除治亩均成本", 10, "≤", 260, "元/亩", 255),
        Ind("效益指标", "生态效益指标", "林业有害生物成灾率", 30, "≤", 3, "‰", 2.6),
        Ind("满意度指标", "服务对象满意度指标", "林农满意度", 10, "≥", 90, "%", 91),
    ]
    head = [["单位名称：某县林业局", L, L, L, L, "填报日期：2026年3月25日", L, L, L],
            ["项目名称", "某县林业有害生物防治经费", L, L, "主管部门", "某县林业局", L, L, L],
            ["实施单位", "某县森林病虫害防治检疫站", L, L, "项目类别", cat, L, L, L]]
    _rate, es = exec_score(138, 136.4)
    tot = round(es + sum(i.score for i in inds), 2)
    blocks, total = ev_std_table("2025年度项目支出绩效自评表", head, 138, 138, 136.4, [("其中：当年财政拨款", 138, 138, 136.4)],
                                 ("完成疫木除治5000亩、美国白蛾防治8000亩，成灾率控制在3‰以下。",
                                  "完成美国白蛾防治8150亩，疫木除治4200亩，成灾率2.6‰。"),
                                 inds, [["自评结论", f"项目自评得分{num(tot)}分，自评等级为{grade(tot)}。"],
                                        ["存在问题", "无"], ["改进措施", "无"]],
                                 grade_text=grade(tot))
    emit("ev03_std_no_reason.pdf", blocks, {
        "kind": "self_evaluation", "layout_class": "10号附件2式（单位名称/项目类别表头）", "fiscal_year": 2025,
        "layout": "同 ev02（pdf 横版）；“‰”单位；时效指标定性",
        "source": src_std + "；某县发放类自评表问题和措施都填“暂无”（dyrmt.com）",
        "defect": "疫木除治只完成4200亩/5000亩（已按比例扣分），偏差原因栏空白，存在问题、改进措施都写“无”",
        "must": ["EV-05"], "must_not": ["EV-01", "EV-02", "EV-04"],
        "project_name": "某县林业有害生物防治经费", "total_funds_wan": 138, "indicator_rows": len(inds)})

    # e01 / e04 / e09 / e07 -- 分值 column before 年度指标值, 得分 after 实际完成值; grade row at the bottom
    src_w = ("自评表把分值列放在指标值前（“三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 | 未完成原因及改进措施”），"
             "一级指标写“产出指标（50分）”的做法见安徽池州某镇自评表（anthempetcare.com）；计分“实际值÷目标值×分值”、反向“目标值÷实际值×分值”（biz.doczj.com，rulebook 引）；"
             "等级 优≥90/良80–89/中60–79/差<60（dz-gczx.com）")

    def weight_first(title: str, info: list[list[str]], budget: float, full: float, executed: float, inds: list[Ind],
                     grade_row: Callable[[float], list[str]], tail: list[list[str]]) -> tuple[list[Any], float]:
        rate, es = exec_score(full, executed)
        total = round(es + sum(i.score for i in inds), 2)
        funds = [["资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
                 ["年度资金总额", num(budget), num(full), num(executed), pct(rate), "10", num(es)]]
        w = {"产出指标": 0.0, "效益指标": 0.0, "满意度指标": 0.0}
        for i in inds:
            w[i.l1] += i.w
        rows = [["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "未完成原因及改进措施"]]
        last = None
        for i in inds:
            l1 = f"{i.l1}（{num(w[i.l1])}分）"
            rows.append([U if l1 == last else l1, i.l2, i.name, num(i.w), i.target, i.actual, num(i.score), i.reason])
            last = l1
        rows.append(["合计", L, L, "90", "", "", num(round(total - es, 2)), ""])
        return [("h", title), ("t", info), ("t", funds), ("t", rows), ("t", [grade_row(total)]),
                ("t", tail)], total

    # e01 -- xlsx; total 86.5 but 等级 优
    inds = [
        Ind("产出指标", "数量指标", "为乡镇卫生院配置DR设备台数", 15, "=", 6, "台", 6),
        Ind("产出指标", "数量指标", "配置全自动生化分析仪台数", 10, "=", 8, "台", 8),
        Ind("产出指标", "质量指标", "设备安装验收合格率", 10, "=", 100, "%", 100),
        Ind("产出指标", "时效指标", "设备到货安装完成时间", 5, "", 0, "", qual=("2025年9月30日前", "11月20日完成"), score=2,
            reason="招标两次流标，延期近两个月；今后提前启动采购程序"),
        Ind("产出指标", "成本指标", "设备采购总成本", 10, "≤", 640, "万元", 612),
        Ind("效益指标", "社会效益指标", "乡镇卫生院影像检查开展率", 30, "≥", 90, "%", 66,
            reason="设备晚到，部分卫生院12月才开展检查；2026年一季度全部开展"),
        Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", 10, "≥", 90, "%", 85, reason="候检时间偏长，已调整排班"),
    ]
    info = [["项目名称", "某县基层医疗卫生机构设备购置", "主管部门", "某县卫生健康局"],
            ["实施单位", "某县卫生健康局（本级）", "自评年度", "2025年度"]]
    _rate, es = exec_score(650, 612)
    calc = round(es + sum(i.score for i in inds), 2)
    blocks, total = weight_first("项目支出绩效自评表", info, 650, 650, 612, inds,
                                 lambda t: ["自评总分", num(t), "自评等级", "优"],
                                 [["存在问题", "设备采购两次流标，进度滞后。"], ["改进措施", "提前编制采购需求，预留采购周期。"]])
    assert 80 <= total < 90, total
    emit("ev01_weightfirst_grade.xlsx", blocks, {
        "kind": "self_evaluation", "layout_class": "分值列在前式", "fiscal_year": 2025,
        "layout": "项目信息四列小表；资金栏 年初预算数/全年预算数/全年执行数/执行率/分值/得分（分值在执行率后）；指标表分值列在年度指标值之前、得分在实际完成值之后；"
                  "一级指标带“（50分）”；表末“自评总分 | 自评等级”一行",
        "source": src_w,
        "defect": f"自评总分{num(total)}分，自评等级却填“优”（应为良）",
        "must": ["EV-04"], "must_not": ["EV-01", "EV-02", "EV-05"],
        "project_name": "某县基层医疗卫生机构设备购置", "total_funds_wan": 650, "indicator_rows": len(inds)})
    assert calc == total

    # e04 -- xlsx; unmet satisfaction 86% vs 90% but full 10 points
    inds = [
        Ind("产出指标", "数量指标", "年接待读者人次", 15, "≥", 420000, "人次", 456300),
        Ind("产出指标", "数量指标", "举办公益讲座和阅读推广活动", 10, "≥", 120, "场", 132),
        Ind("产出指标", "质量指标", "新增图书编目加工差错率", 10, "≤", 0.5, "%", 0.4),
        Ind("产出指标", "时效指标", "每周免费开放时长", 5, "≥", 63, "小时", 63),
        Ind("产出指标", "成本指标", "免费开放补助资金使用合规率", 10, "=", 100, "%", 100),
        Ind("效益指标", "社会效益指标", "持证读者年增长率", 30, "≥", 8, "%", 9.1),
        Ind("满意度指标", "服务对象满意度指标", "读者满意度", 10, "≥", 90, "%", 86, score=10),
    ]
    info = [["项目名称", "某市图书馆免费开放补助", "主管部门", "某市文化广电和旅游局"],
            ["实施单位", "某市图书馆", "自评年度", "2025年度"]]
    blocks, total = weight_first("项目支出绩效自评表", info, 85, 85, 84.15, inds,
                                 lambda t: ["自评总分", num(t), "自评等级", grade(t)],
                                 [["存在问题", "部分读者反映自习座位紧张。"], ["改进措施", "2026年增设自习区座位120个。"]])
    emit("ev04_weightfirst_full_score.xlsx", blocks, {
        "kind": "self_evaluation", "layout_class": "分值列在前式", "fiscal_year": 2025,
        "layout": "同 ev01",
        "source": src_w,
        "defect": "读者满意度实际86%，未达到≥90%的目标，却给满分10分（按比例应9.56分）",
        "must": ["EV-02"], "must_not": ["EV-01", "EV-05"],
        "project_name": "某市图书馆免费开放补助", "total_funds_wan": 85, "indicator_rows": len(inds)})

    # e09 -- pdf clean: unmet with reason, proportional
    inds = [
        Ind("产出指标", "数量指标", "农村公路日常养护里程", 15, "≥", 186, "公里", 186),
        Ind("产出指标", "数量指标", "路面坑槽修补面积", 10, "≥", 9000, "平方米", 8100,
            reason="10月后气温低不宜沥青施工，余900平方米列入2026年春季计划"),
        Ind("产出指标", "质量指标", "路况优良中等路率", 10, "≥", 85, "%", 87),
        Ind("产出指标", "时效指标", "水毁路段抢通时限", 5, "≤", 24, "小时", 20),
        Ind("产出指标", "成本指标", "每公里年养护补助", 10, "≤", 0.7, "万元", 0.7),
        Ind("效益指标", "社会效益指标", "建制村通客车率", 30, "=", 100, "%", 100),
        Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", 10, "≥", 90, "%", 93),
    ]
    info = [["项目名称", "某镇农村公路养护补助", "主管部门", "某镇人民政府"],
            ["实施单位", "某镇交通运输管理站", "自评年度", "2025年度"]]
    blocks, total = weight_first("项目支出绩效自评表", info, 130.2, 130.2, 128.9, inds,
                                 lambda t: ["自评总分", num(t), "自评等级", grade(t)],
                                 [["存在问题", "坑槽修补受冬季气温影响未全部完成。"], ["改进措施", "2026年3月底前完成剩余修补。"]])
    assert total >= 90, total
    emit("ev09_weightfirst_clean.pdf", blocks, {
        "kind": "self_evaluation", "layout_class": "分值列在前式", "fiscal_year": 2025,
        "layout": "同 ev01（pdf）；一项未完成按比例扣分并写原因",
        "source": src_w, "defect": "无", "must": [], "must_not": EV_NOT,
        "project_name": "某镇农村公路养护补助", "total_funds_wan": 130.2, "indicator_rows": len(inds)})

    # e07 -- xlsx clean, grade as tick "□优 ■良 □中 □差"
    inds = [
        Ind("产出指标", "数量指标", "残疾儿童康复救助人数", 15, "≥", 260, "人", 200,
            reason="部分儿童转入省级定点机构，由省级资金救助；2026年按实际需求调整目标"),
        Ind("产出指标", "数量指标", "辅助器具适配人次", 10, "≥", 900, "人次", 925),
        Ind("产出指标", "质量指标", "定点康复机构评估合格率", 10, "=", 100, "%", 100),
        Ind("产出指标", "时效指标", "救助资金拨付时限", 5, "≤", 30, "天", 40, reason="机构结算资料报送滞后；已明确每季度首月10日前报送"),
        Ind("产出指标", "成本指标", "人均康复训练补助", 10, "≤", 2.4, "万元", 2.4),
        Ind("效益指标", "社会效益指标", "受助儿童康复训练有效率", 30, "≥", 85, "%", 70, reason="重度患儿比例高于预期；增加个训课时"),
        Ind("满意度指标", "服务对象满意度指标", "残疾人及家属满意度", 10, "≥", 90, "%", 86, reason="候训时间偏长；增加康复师2名"),
    ]
    info = [["项目名称", "某县残疾人基本康复服务补助", "主管部门", "某县残疾人联合会"],
            ["实施单位", "某县残疾人联合会", "自评年度", "2025年度"]]
    def marks(t: float) -> list[str]:
        return ["自评总分", num(t), "评价等级", "　".join(("■" if grade(t) == x else "□") + x for x in ("优", "良", "中", "差"))]

    blocks, total = weight_first("项目支出绩效自评表", info, 760, 700, 672.6, inds, marks,
                                 [["存在问题", "救助人数、康复有效率和满意度未达到目标，资金拨付偏慢。"],
                                  ["改进措施", "按实际需求测算目标，规范季度结算，缩短候训时间。"]])
    g = grade(total)
    assert g == "良", total
    emit("ev07_weightfirst_tick_clean.xlsx", blocks, {
        "kind": "self_evaluation", "layout_class": "分值列在前式", "fiscal_year": 2025,
        "layout": "同 ev01；全年预算数700小于年初760；三项未完成按比例扣分（含反向时限指标）并写原因；等级写成“□优 ■良 □中 □差”勾选",
        "source": src_w + "；审核表“优□良□中□差□”勾选写法（docx.baby）", "defect": "无", "must": [], "must_not": EV_NOT,
        "project_name": "某县残疾人基本康复服务补助", "total_funds_wan": 760, "indicator_rows": len(inds)})

    # e05 / e06 -- 自评报告: cover + outline sections + 附表
    src_rep = ("“财政支出项目绩效评价自评报告”封面（评价类型：□阶段评价 □结束评价；评价方式：□直接组织评价 □委托评价；项目名称、项目编码、项目承担单位、主管部门、填报日期）"
               "和编写提纲（一、项目概况 二、项目绩效目标和绩效指标设定情况 三、项目实施绩效管理情况……）（m.jinchutou.com、mdjjksjc.com）")

    def ev_report(title: str, cover: list[str], sections: list[tuple[str, list[str]]], table_blocks: list[Any]) -> list[Any]:
        blocks: list[Any] = [("h", title)] + [("p", c) for c in cover]
        for head, paras in sections:
            blocks.append(("p", head))
            blocks += [("p", p) for p in paras]
        blocks.append(("p", "附表：项目支出绩效自评表"))
        return blocks + table_blocks

    inds = [
        Ind("产出指标", "数量指标", "高标准农田管护面积", 15, "≥", 52000, "亩", 52000),
        Ind("产出指标", "数量指标", "维修灌排泵站座数", 10, "≥", 24, "座", 18),
        Ind("产出指标", "质量指标", "管护设施完好率", 10, "≥", 95, "%", 90),
        Ind("产出指标", "时效指标", "汛前设施检修完成时间", 5, "", 0, "", qual=("2025年5月31日前", "5月30日完成")),
        Ind("产出指标", "成本指标", "亩均管护补助", 10, "≤", 12, "元/亩", 12),
        Ind("效益指标", "经济效益指标", "项目区粮食亩产增幅", 30, "≥", 3, "%", 3.4),
        Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", 10, "≥", 90, "%", 92),
    ]
    for i in inds:
        if i.score < i.w:
            i.reason = "无"
    head = [["项目名称", "某县高标准农田建后管护", L, L, "主管部门", "某县农业农村局", L, L, L],
            ["实施单位", "某县农田建设服务中心", L, L, "项目类别", "部门预算项目", L, L, L]]
    tb, total = ev_std_table("项目支出绩效自评表（2025年度）", head, 62.4, 62.4, 60.5, [("其中：当年财政拨款", 62.4, 62.4, 60.5)],
                             ("完成5.2万亩高标准农田管护，维修泵站24座，设施完好率95%以上。",
                              "完成管护5.2万亩，维修泵站18座，设施完好率90%。"), inds,
                             [["评价结论", "见报告"]], grade_text="")
    blocks = ev_report("某县高标准农田建后管护项目2025年度绩效自评报告",
                       ["评价类型：□阶段评价　■结束评价", "评价方式：■直接组织评价　□委托评价", "项目名称：某县高标准农田建后管护",
                        "项目编码：37152525R000000001208", "项目承担单位：某县农田建设服务中心", "项目主管部门：某县农业农村局（公章）",
                        "填报日期：2026年4月8日"],
                       [("一、项目概况", ["（一）项目背景资料。项目用于已建成高标准农田的灌排设施、田间道路日常管护，2025年预算62.4万元，全部为县级财政拨款。",
                                     "（二）项目资金细化分配情况。按管护面积每亩12元核定，由乡镇包干管护。",
                                     "（三）项目政策依据。《某省高标准农田建后管护办法》和县政府年度农田建设工作安排。"]),
                        ("二、项目绩效目标和绩效指标设定情况", ["年度目标为完成5.2万亩管护、维修泵站24座、设施完好率95%以上，共设7项三级指标。"]),
                        ("三、项目实施绩效管理情况", ["（一）计划制定和落实情况。年初制定管护计划并分解到乡镇。",
                                            "（二）执行绩效监控情况。6月、8月两次开展绩效运行监控。"]),
                        ("四、项目绩效情况", [f"项目全年执行60.5万元，预算执行率{pct(60.5 / 62.4)}。自评得分{num(total)}分，等级为{grade(total)}。"]),
                        ("五、存在的问题及改进措施", ["暂无。"])],
                       tb)
    emit("ev05_report_no_cause.docx", blocks, {
        "kind": "self_evaluation", "layout_class": "自评报告（封面+提纲+附表）", "fiscal_year": 2025,
        "layout": "封面勾选评价类型/评价方式、项目编码；正文一至五（一、（一）编号）；附表为10号附件2式自评表",
        "source": src_rep,
        "defect": "附表两项未完成（泵站18/24座、完好率90%/95%，已按比例扣分），偏差原因写“无”，正文“存在的问题及改进措施：暂无”",
        "must": ["EV-05"], "must_not": ["EV-01", "EV-02", "EV-04"],
        "project_name": "某县高标准农田建后管护", "total_funds_wan": 62.4, "indicator_rows": len(inds)})

    inds = [
        Ind("产出指标", "数量指标", "开展垃圾分类入户宣传户数", 15, "≥", 36000, "户", 37200),
        Ind("产出指标", "数量指标", "设置分类督导点位", 10, "≥", 420, "个", 420),
        Ind("产出指标", "质量指标", "居民分类投放准确率", 10, "≥", 80, "%", 76, reason="老旧小区租户流动大，已建立新租户告知制度"),
        Ind("产出指标", "时效指标", "督导员每日在岗时段", 5, "", 0, "", qual=("早晚投放高峰全覆盖", "全部覆盖")),
        Ind("产出指标", "成本指标", "每个督导点位年均补助", 10, "≤", 0.8, "万元", 0.78),
        Ind("效益指标", "生态效益指标", "生活垃圾回收利用率", 30, "≥", 38, "%", 39.5),
        Ind("满意度指标", "服务对象满意度指标", "居民满意度", 10, "≥", 88, "%", 90),
    ]
    head = [["项目名称", "某区生活垃圾分类宣传督导", L, L, "主管部门", "某区城市管理局", L, L, L],
            ["实施单位", "某区环境卫生管理所", L, L, "项目类别", "部门预算项目", L, L, L]]
    tb, total = ev_std_table("项目支出绩效自评表（2025年度）", head, 342, 342, 336.1, [("其中：当年财政拨款", 342, 342, 336.1)],
                             ("入户宣传3.6万户，设置督导点位420个，分类投放准确率80%以上。",
                              "入户宣传3.72万户，督导点位420个，投放准确率76%。"), inds,
                             [["评价结论", "见报告"]], grade_text=grade(0))  # placeholder replaced below
    tb[1][1][-1][-1] = grade(total)
    blocks = ev_report("某区生活垃圾分类宣传督导项目2025年度绩效自评报告",
                       ["评价类型：□阶段评价　■结束评价", "评价方式：■直接组织评价　□委托评价", "项目名称：某区生活垃圾分类宣传督导",
                        "项目承担单位：某区环境卫生管理所", "项目主管部门：某区城市管理局（公章）", "填报日期：2026年4月2日"],
                       [("一、项目概况", ["（一）项目背景资料。项目用于生活垃圾分类入户宣传和投放点督导，2025年预算342万元。",
                                     "（二）项目资金细化分配情况。督导点位补助按点位数核拨，宣传经费按街道包干。"]),
                        ("二、项目绩效目标和绩效指标设定情况", ["年度目标为入户宣传3.6万户、督导点位420个、投放准确率80%以上，共设7项三级指标。"]),
                        ("三、项目实施绩效管理情况", ["（一）计划制定和落实情况。分街道下达任务，按月考核。", "（二）执行绩效监控情况。完成1-6月、1-8月监控。"]),
                        ("四、项目绩效情况", [f"全年执行336.1万元，预算执行率{pct(336.1 / 342)}；自评得分{num(total)}分，等级为{grade(total)}。"
                                          "分类投放准确率76%，低于目标4个百分点。"]),
                        ("五、存在的问题及改进措施", ["老旧小区租户流动大，分类投放准确率未达到目标。下一步建立新租户告知制度，对准确率低的小区开展“桶边督导”。"])],
                       tb)
    assert grade(total) == "优", total
    emit("ev06_report_clean.pdf", blocks, {
        "kind": "self_evaluation", "layout_class": "自评报告（封面+提纲+附表）", "fiscal_year": 2025,
        "layout": "同 ev05（pdf）；一项未完成按比例扣分，附表和正文都写了原因与措施",
        "source": src_rep, "defect": "无", "must": [], "must_not": EV_NOT,
        "project_name": "某区生活垃圾分类宣传督导", "total_funds_wan": 342, "indicator_rows": len(inds)})


# ---------------------------------------------------------------- ex-ante reports and expert opinions

def detail_table(items: list[tuple[str, float, str, float, str]], wrong: dict[int, float] | None = None,
                 total_override: float | None = None) -> tuple[list[list[str]], float]:
    rows = [["支出内容", "数量", "单位", "单价（万元）", "金额（万元）", "测算依据"]]
    s = 0.0
    for k, (name, q, unit, price, basis) in enumerate(items):
        amt = round(q * price, 2) if not wrong or k not in wrong else wrong[k]
        s += amt
        rows.append([name, num(q), unit, num(price), num(amt), basis])
    s = round(s, 2) if total_override is None else total_override
    rows.append(["合计", "", "", "", num(s), ""])
    return rows, s


def build_appraisal() -> None:
    src_bj = ("北京式事前评估报告格式：项目基本情况、评估原则、评估目的、评估程序和方法、评估内容（五性）、评估结论（含建议预算控制数）、其他说明事项"
              "（51dongshi.net，rulebook §4.3）；五性各20分的评分表（docx.baby）")

    def bj_report(title: str, info: list[list[str]], parts: dict[str, list[str]], detail: list[list[str]] | None,
                  score_rows: list[list[str]], conclusion: list[str], drop: str | None = None) -> list[Any]:
        blocks: list[Any] = [("h", title), ("p", "一、项目基本情况"), ("t", info)]
        blocks += [("p", "二、评估原则"), ("p", "坚持客观公正、依据充分，重点突出、科学规范。"),
                   ("p", "三、评估目的"), ("p", "判断项目是否有必要由财政资金安排、预算是否合理，为预算安排提供依据。"),
                   ("p", "四、评估程序和方法"), ("p", "采用资料审核、现场调研、专家论证和成本测算比较相结合的方法，按前期准备、评估实施、形成报告三个阶段开展。"),
                   ("p", "五、评估内容")]
        for k, (head, paras) in enumerate(parts.items()):
            if head == drop:
                continue
            blocks.append(("p", f"（{'一二三四五'[k]}）{head}"))
            blocks += [("p", p) for p in paras]
            if head == "投入经济性" and detail:
                blocks.append(("t", detail))
        blocks += [("p", "六、评估结论"), ("t", score_rows)] + [("p", c) for c in conclusion]
        blocks += [("p", "七、其他说明事项"), ("p", "无。")]
        return blocks

    def scores(vals: list[float]) -> list[list[str]]:
        dims = ["立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性"]
        rows = [["评估维度", "分值", "得分"]] + [[d, "20", num(v)] for d, v in zip(dims, vals, strict=True)]
        rows.append(["综合得分", "100", num(sum(vals))])
        return rows

    # a01 -- clean docx, 2027, 86 分 予以支持, 建议预算控制数 with cut
    items = [("加装电梯财政补助", 24, "部", 18, "按每部18万元定额补助"),
             ("加装电梯可行性评审和质量监督服务", 24, "部", 0.5, "参照上年政府采购中标价"),
             ("宣传和入户协调经费", 1, "项", 6, "按街道工作量测算")]
    detail, total = detail_table(items)
    assert total == 450, total
    info = [["项目名称", "某区老旧小区加装电梯财政补助"], ["项目单位", "某区住房和城乡建设局"], ["主管部门", "某区住房和城乡建设局"],
            ["项目属性", "延续项目"], ["项目周期", "2027年1月至12月"],
            ["申请资金", "450万元（2027年度区级财政资金）"], ["资金来源", "区级一般公共预算资金450万元"]]
    parts = {
        "立项必要性": ["全区2000年以前建成的多层住宅中，六层以上无电梯楼栋超过300栋，60岁以上居民占比高，加装电梯需求集中；项目属于区住房和城乡建设局职责，与上级补助不重复。"],
        "投入经济性": ["补助标准按区政府加装电梯补助办法每部18万元定额执行，服务费参照上年采购中标价，预算明细如下。"],
        "绩效目标合理性": ["年度目标为完成加装电梯24部，设置数量、质量、时效、成本、效益和满意度指标7项，指标值依据上年完成情况确定。"],
        "实施方案可行性": ["实施方案明确了申请、公示、审批、施工、验收、补助拨付流程，已有36个楼栋完成意见征询，具备开工条件。"],
        "筹资合规性": ["资金来源为区级一般公共预算，补助对象为业主，补助方式为竣工验收后一次性拨付，符合区级事权。"],
    }
    blocks = bj_report("某区老旧小区加装电梯财政补助项目事前绩效评估报告", info, parts, detail, scores([18, 17, 17, 17, 17]),
                       ["（一）评估结论：综合得分86分，评估结论为“予以支持”。",
                        "（二）建议预算控制数：建议按已完成意见征询、具备开工条件的楼栋测算，宣传和入户协调经费压减至3万元，预算控制数447万元。",
                        "（三）有关建议：补助拨付前须取得特种设备使用登记。"])
    emit("ea01_beijing_clean.docx", blocks, {
        "kind": "appraisal_report", "layout_class": "北京式七部分报告", "fiscal_year": 2027,
        "layout": "一、项目基本情况（两列表）二、评估原则 三、评估目的 四、评估程序和方法 五、评估内容（（一）—（五）五性，投入经济性下附预算明细表）六、评估结论（评分表+结论、建议预算控制数）七、其他说明事项",
        "source": src_bj, "defect": "无", "must": [], "must_not": EA_NOT,
        "project_name": "某区老旧小区加装电梯财政补助", "total_funds_wan": 450, "indicator_rows": 0})

    # a02 -- pdf, 2026, 56 分 but 予以支持
    items = [("停车诱导屏", 12, "块", 6.5, "市场询价三家取中间价"),
             ("泊位地磁检测器", 1800, "个", 0.06, "参照邻县中标价"),
             ("停车管理平台软件开发", 1, "套", 85, "软件开发费用评估")]
    detail, total = detail_table(items)
    assert total == 271, total
    info = [["项目名称", "某县城区智慧停车系统建设"], ["项目单位", "某县城市管理局"], ["主管部门", "某县城市管理局"],
            ["项目属性", "新增项目"], ["项目周期", "2026年1月至12月"],
            ["申请资金", "271万元（2026年度县级财政资金）"], ["资金来源", "县级一般公共预算资金271万元"]]
    parts = {
        "立项必要性": ["城区停车难问题突出，但项目单位未提供泊位供需调查数据，与县公安局交通管理系统存在功能重叠，必要性论证不充分。"],
        "投入经济性": ["平台软件开发费用85万元缺少功能点测算，地磁检测器单价依据为邻县中标价。预算明细如下。"],
        "绩效目标合理性": ["绩效指标以设备数量为主，缺少泊位周转率等效益指标。"],
        "实施方案可行性": ["运营模式（自营或特许经营）尚未确定，收费标准未经价格主管部门批复。"],
        "筹资合规性": ["停车收费收入的归属和使用方式未明确。"],
    }
    blocks = bj_report("某县城区智慧停车系统建设项目事前绩效评估报告", info, parts, detail, scores([12, 11, 10, 11, 12]),
                       ["（一）评估结论：综合得分56分，评估结论为“予以支持”。",
                        "（二）建议预算控制数：271万元。"])
    emit("ea02_beijing_score_conflict.pdf", blocks, {
        "kind": "appraisal_report", "layout_class": "北京式七部分报告", "fiscal_year": 2026,
        "layout": "同 ea01（pdf）",
        "source": src_bj,
        "defect": "评分表综合得分56分，五性都写了明显问题，结论却是“予以支持”并按原额确定控制数",
        "must": ["EA-RPT-03"], "must_not": ["EA-RPT-01", "EA-ECO-01", "EA-NEC-04", "GS-02"],
        "project_name": "某县城区智慧停车系统建设", "total_funds_wan": 271, "indicator_rows": 0})

    # a03 -- 一体化 事前评估表 (two-column form), xlsx, clean, 2027
    src_form = ("预算管理一体化系统事前绩效评估表的栏目顺序：政策或项目名称、绩效目标、资金构成、概况、评估程序、评估思路、评估方式方法、五性、总体结论、"
                "相关建议、其他需要说明的问题、评估人员签名（rulebook §4.2，FASP2 字段）；辽宁朝阳县细则：事前评估报告是申请预算的必备要件（cyx.gov.cn）")
    form = [["栏目", "内容"],
            ["政策或项目名称", "某市职业技能提升培训补贴"],
            ["政策或项目绩效目标", "2027年开展补贴性职业技能培训6000人次，取证率80%以上，培训后就业率60%以上。"],
            ["资金构成", "申请2027年度市级财政资金540万元，其中：市级一般公共预算资金300万元，就业补助资金（上级转移支付）240万元。"],
            ["概况", "对城乡劳动者参加定点机构培训并取得证书的，按工种等级给予每人600—1200元补贴。"],
            ["评估程序", "资料审核、座谈调研、专家论证、形成评估意见。"],
            ["评估思路", "以上年补贴发放数据和培训机构备案数据为基础，测算人次和补贴标准。"],
            ["评估方式、方法", "比较法、成本效益分析法。"],
            ["立项必要性", "符合就业优先政策，属于市人力资源和社会保障局职责；与企业职工岗位技能提升补贴对象不重复。"],
            ["投入经济性", "按6000人次×平均900元=540万元测算，平均标准低于上年实际平均925元。"],
            ["绩效目标合理性", "数量、质量、时效、成本、效益和满意度指标齐全，取证率和就业率参照近三年平均水平。"],
            ["实施方案可行性", "已有定点培训机构42家，实行线上报名、人脸识别考勤，资金按取证结果直补到人。"],
            ["筹资合规性", "市级资金和就业补助资金分账核算，补贴范围符合就业补助资金管理办法。"],
            ["总体结论", "评估得分88分，予以支持。"],
            ["相关建议", "加强对培训机构的过程抽查，防止虚假培训套取补贴。"],
            ["其他需要说明的问题", "无。"],
            ["评估人员签名", "李某、周某、吴某"]]
    emit("ea03_integrated_form_clean.xlsx", [("h", "事前绩效评估表"), ("t", form)], {
        "kind": "appraisal_report", "layout_class": "一体化事前评估表（两列）", "fiscal_year": 2027,
        "layout": "整张表“栏目 | 内容”两列，按一体化系统字段顺序 16 栏；资金构成一格内写总额和两项来源",
        "source": src_form, "defect": "无", "must": [], "must_not": EA_NOT,
        "project_name": "某市职业技能提升培训补贴", "total_funds_wan": 540, "indicator_rows": 0})

    # a04 / a08 -- city reference format; a04 uses 一、（一）, a08 uses 1 / 1.1 numbering
    src_city = ("某市《市级财政支出事前绩效评估管理办法》附件1报告参考格式：一、评估对象基本情况（立项背景/主要内容/绩效目标/资金构成）二、评估工作开展情况 "
                "三、综合评估情况与评估结论（五性+总体结论）四、相关建议 五、其他需要说明的问题（chacewang.com）")

    def city_report(title: str, sec: dict[str, list[str]], five: dict[str, list[str]], overall: list[str], advice: list[str],
                    arabic: bool, detail: list[list[str]] | None = None, drop: str | None = None) -> list[Any]:
        blocks: list[Any] = [("h", title)]
        top = ["评估对象基本情况", "评估工作开展情况", "综合评估情况与评估结论", "相关建议", "其他需要说明的问题"]
        cn = "一二三四五六"

        def h1(k: int) -> str:
            return f"{k + 1} {top[k]}" if arabic else f"{cn[k]}、{top[k]}"

        def h2(k: int, j: int, t: str) -> str:
            return f"{k + 1}.{j + 1} {t}" if arabic else f"（{cn[j]}）{t}"

        blocks.append(("p", h1(0)))
        for j, (t, ps) in enumerate(sec.items()):
            blocks.append(("p", h2(0, j, t)))
            blocks += [("p", p) for p in ps]
            if t == "资金构成" and detail:
                blocks.append(("t", detail))
        blocks += [("p", h1(1)), ("p", h2(1, 0, "评估目的及对象")), ("p", "评估项目立项和预算安排的合理性。"),
                   ("p", h2(1, 1, "评估思路及方法")), ("p", "资料审核、现场核查、专家论证相结合。"),
                   ("p", h2(1, 2, "评估工作程序")), ("p", "前期准备、资料审核、现场调研、专家论证、形成报告。"), ("p", h1(2))]
        j = 0
        for t, ps in five.items():
            if t == drop:
                continue
            blocks.append(("p", h2(2, j, t)))
            blocks += [("p", p) for p in ps]
            j += 1
        blocks.append(("p", h2(2, j, "总体结论")))
        blocks += [("p", p) for p in overall]
        blocks += [("p", h1(3))] + [("p", p) for p in advice] + [("p", h1(4)), ("p", "无。")]
        return blocks

    five = {
        "立项必要性": ["某县东部三个乡镇距县消防救援站超过30公里，火灾扑救响应时间长，建设乡镇专职消防站符合县消防事业发展规划（2026—2030年），属于县应急管理局和消防救援大队职责。"],
        "投入经济性": ["消防车辆和装备购置按政府采购协议价测算，营房利用乡镇闲置办公用房改造，不新增用地。"],
        "绩效目标合理性": ["年度目标为建成乡镇专职消防站1个、配备消防车2辆、专职队员12名，辖区接警后到场时间缩短到15分钟以内，指标设置完整。"],
        "实施方案可行性": ["改造设计已完成，队员招录纳入县政府购买服务计划，2026年6月底前完成改造，9月底前投入执勤。"],
        "筹资合规性": ["县级财政资金和乡镇自筹资金来源明确，车辆装备由县消防救援大队统一采购。"],
    }
    items = [("水罐消防车", 1, "辆", 98, "政府采购协议价"), ("抢险救援消防车", 1, "辆", 76, "政府采购协议价"),
             ("个人防护及破拆装备", 12, "套", 2.5, "按队员人数配置"), ("营房改造", 1, "项", 36, "设计概算")]
    detail, total = detail_table(items)
    assert total == 240, total
    sec = {"立项背景": ["东部乡镇火灾和抢险救援警情逐年增加。"], "主要内容": ["改造营房、购置消防车辆2辆和个人防护装备。"],
           "绩效目标": ["建成乡镇专职消防站1个，接警后到场时间≤15分钟。"],
           "资金构成": ["申请2026年度资金240万元，其中县级财政资金200万元，乡镇自筹40万元。预算明细如下。"]}
    blocks = city_report("某县乡镇专职消防站建设项目事前绩效评估报告", sec, five,
                         ["综合评估得分84分，评估结论为“予以支持”。"], ["车辆采购须在营房改造完成前完成招标，避免车辆闲置。"],
                         arabic=False, detail=detail, drop="实施方案可行性")
    emit("ea04_city_missing_section.docx", blocks, {
        "kind": "appraisal_report", "layout_class": "市级参考格式报告", "fiscal_year": 2026,
        "layout": "一、评估对象基本情况（（一）—（四），资金构成下附预算明细）二、评估工作开展情况 三、综合评估情况与评估结论 四、相关建议 五、其他需要说明的问题",
        "source": src_city,
        "defect": "第三部分缺“实施方案可行性”一节（只有四性和总体结论）",
        "must": ["EA-RPT-01"], "must_not": ["EA-RPT-03", "EA-ECO-01", "EA-NEC-04", "GS-02"],
        "project_name": "某县乡镇专职消防站建设", "total_funds_wan": 240, "indicator_rows": 0})

    five = {
        "立项必要性": ["全县义务教育学校中有C级校舍11栋，存在屋面渗漏、外墙脱落等安全隐患，维修属于县教育局职责，与上级薄弱环节改善资金不重复。"],
        "投入经济性": ["维修工程量按房屋安全鉴定报告和施工图预算确定，单价采用本省2024年建设工程计价依据。"],
        "绩效目标合理性": ["年度目标为完成11栋校舍维修，面积2.3万平方米，验收合格率100%，暑假期间完工，指标与预算匹配。"],
        "实施方案可行性": ["维修全部安排在暑假施工，已完成安全鉴定和施工图预算，招标计划已报县公共资源交易中心。"],
        "筹资合规性": ["资金来源为县级一般公共预算，属于县级事权。"],
    }
    items = [("屋面防水维修", 14000, "平方米", 0.012, "施工图预算"), ("外墙保温及涂料", 9000, "平方米", 0.018, "施工图预算"),
             ("门窗更换", 1200, "樘", 0.15, "施工图预算"), ("工程监理及检测", 1, "项", 14, "按工程费用比例测算")]
    detail, total = detail_table(items)
    assert total == 524, total
    sec = {"立项背景": ["2025年校舍安全排查发现C级校舍11栋。"], "主要内容": ["屋面、外墙、门窗维修。"],
           "绩效目标": ["完成11栋校舍维修，验收合格率100%。"],
           "资金构成": ["申请2026年度县级财政资金524万元。预算明细如下。"]}
    blocks = city_report("某县义务教育学校校舍维修项目事前绩效评估报告", sec, five,
                         ["综合评估得分90分，评估结论为“予以支持”。"], ["施工前对相邻教学楼做好安全防护；工程结算以审计结果为准。"],
                         arabic=True, detail=detail)
    emit("ea08_city_arabic_clean.docx", blocks, {
        "kind": "appraisal_report", "layout_class": "市级参考格式报告", "fiscal_year": 2026,
        "layout": "同 ea04，但章节用阿拉伯数字编号（“1 评估对象基本情况”“1.1 立项背景”“3.6 总体结论”）",
        "source": src_city, "defect": "无", "must": [], "must_not": EA_NOT,
        "project_name": "某县义务教育学校校舍维修", "total_funds_wan": 524, "indicator_rows": 0})

    # a07 -- pdf, arabic numbering, detail arithmetic error
    five = {
        "立项必要性": ["某市应急物资储备品种和数量不足以满足一次较大灾害的集中安置需求，补充储备属于市应急管理局职责。"],
        "投入经济性": ["采购单价参照省级应急物资储备协议供货价，预算明细见第1.4节。"],
        "绩效目标合理性": ["年度目标为补充帐篷、折叠床、棉被等物资，储备可保障1万人紧急安置，指标设置完整。"],
        "实施方案可行性": ["物资入市级储备库统一管理，已有库容满足新增储备。"],
        "筹资合规性": ["资金来源为市级一般公共预算，属于市级事权。"],
    }
    items = [("救灾帐篷", 800, "顶", 0.42, "省级协议供货价"), ("折叠床", 3000, "张", 0.035, "省级协议供货价"),
             ("棉被", 10000, "床", 0.012, "省级协议供货价"), ("应急照明灯", 2000, "个", 0.015, "市场询价")]
    detail, total = detail_table(items, wrong={0: 386.0}, total_override=None)
    # true: 336 + 105 + 120 + 30 = 591; table shows 386 for tents, total 641
    assert total == 641, total
    sec = {"立项背景": ["近年汛期转移安置人数增加。"], "主要内容": ["采购救灾帐篷、折叠床、棉被和应急照明灯。"],
           "绩效目标": ["新增储备可保障1万人紧急安置。"],
           "资金构成": ["申请2027年度市级财政资金641万元。预算明细如下。"]}
    blocks = city_report("某市市级应急物资储备项目事前绩效评估报告", sec, five,
                         ["综合评估得分85分，评估结论为“予以支持”。"], ["建立储备物资轮换机制。"], arabic=True, detail=detail)
    emit("ea07_city_arabic_detail_wrong.pdf", blocks, {
        "kind": "appraisal_report", "layout_class": "市级参考格式报告", "fiscal_year": 2027,
        "layout": "同 ea08（pdf，阿拉伯数字编号）",
        "source": src_city + "；重庆“数量×标准=金额”（rulebook 引 czj.cq.gov.cn）",
        "defect": "预算明细“救灾帐篷 800顶×0.42万元”写成386万元（应为336万元），合计641万元因此多算50万元",
        "must": ["EA-ECO-01"], "must_not": ["EA-RPT-01", "EA-RPT-03", "EA-NEC-04"],
        "project_name": "某市市级应急物资储备", "total_funds_wan": 641, "indicator_rows": 0})

    # a05 / a06 -- 专家评审意见书
    src_exp = ("事前绩效评估审核表：五性各20分、每个审核要点5分、优良中差勾选（docx.baby）；专家组评审意见常见结构：项目基本信息、评审过程、评分、评审意见、评审结论、专家签名"
               "（四川三级结论“支持/调整后支持/不予支持”，rulebook §1.6）")

    def expert(title: str, info: list[list[str]], dims: list[tuple[str, list[tuple[str, float]]]], opinion: list[str],
               conclusion: str, experts: list[list[str]]) -> list[Any]:
        rows = [["评估维度", "审核要点", "分值", "得分"]]
        tot = 0.0
        for d, pts in dims:
            for k, (pt, s) in enumerate(pts):
                rows.append([d if k == 0 else U, pt, "5", num(s)])
                tot += s
        rows.append(["合计", L, "100", num(tot)])
        return [("h", title), ("t", info), ("p", "一、评审过程"), ("p", "专家组听取项目单位汇报，审阅申报材料，经质询和讨论，按事前绩效评估审核表逐项打分。"),
                ("p", "二、评分情况"), ("t", rows), ("p", "三、评审意见")] + [("p", o) for o in opinion] + \
            [("p", "四、评审结论"), ("p", conclusion), ("p", "五、专家组成员"), ("t", experts)]

    dims_bad = [("立项必要性", [("目的明确、内容具体", 4), ("符合规划和单位职责", 4), ("与其他项目不重复交叉", 3), ("经过可行性研究和集体决策", 3)]),
                ("投入经济性", [("支出内容与职责匹配", 3), ("预算明细清晰", 3), ("勤俭办事、量力而为", 3), ("测算依据充分", 3)]),
                ("绩效目标合理性", [("填报规范完整", 3), ("目标明确具体", 3), ("指标细化量化", 2), ("指标值合理", 2)]),
                ("实施方案可行性", [("实施计划具体", 3), ("职责分工明确", 3), ("管理制度健全", 3), ("风险应对措施", 2)]),
                ("筹资合规性", [("资金来源合规", 3), ("财权事权匹配", 2), ("支持方式合理", 2), ("资金到位可靠", 2)])]
    tot_bad = sum(s for _, pts in dims_bad for _, s in pts)
    assert tot_bad == 56, tot_bad
    info = [["项目名称", "某区文化惠民演出季", "申报单位", "某区文化和旅游局"],
            ["申请资金", "2027年度区级财政资金360万元", "评审日期", "2026年9月18日"],
            ["评审方式", "专家会审", "评审组织单位", "某区财政局"]]
    blocks = expert("某区文化惠民演出季项目事前绩效评估专家评审意见", info, dims_bad,
                    ["1.演出场次和观众人数的测算依据不足，与往年实际差距较大。", "2.单场演出成本明显高于周边区县同类项目。",
                     "3.惠民票务收入的管理方式未明确。"],
                    "经专家组综合评议，评审得分56分，评审结论：予以支持。",
                    [["姓名", "工作单位", "职称", "签名"], ["王某", "某大学", "教授", "王某"], ["陈某", "某会计师事务所", "高级会计师", "陈某"],
                     ["刘某", "某区文化馆", "研究馆员", "刘某"]])
    emit("ea05_expert_score_conflict.docx", blocks, {
        "kind": "appraisal_report", "layout_class": "专家评审意见书（审核要点打分）", "fiscal_year": 2027,
        "layout": "项目信息六格小表；一、评审过程 二、评分情况（评估维度纵向合并、20个审核要点各5分、合计行）三、评审意见（编号条目）四、评审结论 五、专家组成员签名表",
        "source": src_exp,
        "defect": "评分合计56分、意见全是问题，评审结论却是“予以支持”",
        "must": ["EA-RPT-03"], "must_not": ["EA-RPT-01", "EA-ECO-01", "EA-NEC-04", "GS-02"],
        "project_name": "某区文化惠民演出季", "total_funds_wan": 360, "indicator_rows": 0})

    dims_ok = [("立项必要性", [("目的明确、内容具体", 5), ("符合规划和单位职责", 5), ("与其他项目不重复交叉", 4), ("经过可行性研究和集体决策", 4)]),
               ("投入经济性", [("支出内容与职责匹配", 5), ("预算明细清晰", 4), ("勤俭办事、量力而为", 4), ("测算依据充分", 3)]),
               ("绩效目标合理性", [("填报规范完整", 4), ("目标明确具体", 4), ("指标细化量化", 4), ("指标值合理", 4)]),
               ("实施方案可行性", [("实施计划具体", 5), ("职责分工明确", 4), ("管理制度健全", 4), ("风险应对措施", 4)]),
               ("筹资合规性", [("资金来源合规", 5), ("财权事权匹配", 4), ("支持方式合理", 4), ("资金到位可靠", 4)])]
    tot_ok = sum(s for _, pts in dims_ok for _, s in pts)
    assert tot_ok == 84, tot_ok
    info = [["项目名称", "某县城区污水管网检测与修复", "申报单位", "某县住房和城乡建设局"],
            ["申请资金", "2026年度县级财政资金620万元", "评审日期", "2025年10月22日"],
            ["评审方式", "专家会审", "评审组织单位", "某县财政局"]]
    blocks = expert("某县城区污水管网检测与修复项目事前绩效评估专家评审意见", info, dims_ok,
                    ["1.项目必要性充分，管网检测发现的三、四级缺陷应优先修复。", "2.检测费单价偏高，建议按邻县同类项目中标价测算，核减检测费40万元。"],
                    "经专家组综合评议，评审得分84分，评审结论：调整完善后予以支持，建议预算控制数580万元。",
                    [["姓名", "工作单位", "职称", "签名"], ["黄某", "某市政设计院", "高级工程师", "黄某"], ["郑某", "某造价咨询公司", "注册造价工程师", "郑某"],
                     ["何某", "某县水务集团", "高级工程师", "何某"]])
    emit("ea06_expert_clean.pdf", blocks, {
        "kind": "appraisal_report", "layout_class": "专家评审意见书（审核要点打分）", "fiscal_year": 2026,
        "layout": "同 ea05（pdf）；84分“调整完善后予以支持”，核减到580万元",
        "source": src_exp, "defect": "无", "must": [], "must_not": EA_NOT,
        "project_name": "某县城区污水管网检测与修复", "total_funds_wan": 620, "indicator_rows": 0})


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    build_monitoring()
    build_self_eval()
    build_appraisal()
    LABELS.sort(key=lambda r: r["file"])
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for lab in LABELS:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(LABELS)} documents, {sum(1 for x in LABELS if x['must'])} with a planted defect")


if __name__ == "__main__":
    main()
