"""示例：判断类规则评测集的生成脚本（全部为虚构示例，单位、数据均不真实）。

Writes ``cases.jsonl`` beside this file: short appraisal reports and goal sheets (Markdown), each
labelled for one LLM rule as a clear ``defect`` or ``clean`` (``near_miss`` marks clean cases that
look like a defect at first sight, and defects that look clean), plus the truth for every offline
evidence check whose section the case contains (``offline``: rule → defect/clean; a detector whose
section is absent is not labelled, because it cannot fire). The texts are written for this set.

Run: python corpus/eval/judgement/make_cases.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECTS = [
    ("云溪区社区助餐点建设项目", "云溪区民政局", 180),
    ("云溪区农村公路安全提升项目", "云溪区交通运输局", 620),
    ("云溪区中小学食堂改造项目", "云溪区教育局", 240),
    ("云溪区河道清淤整治项目", "云溪区水利局", 860),
    ("云溪区退役军人就业培训项目", "云溪区退役军人事务局", 95),
    ("云溪区智慧农贸市场改造项目", "云溪区商务局", 150),
]


@dataclass
class Case:
    rule: str
    label: str  # defect | clean
    sections: dict[str, str]  # heading → text (Markdown allowed: tables)
    note: str
    near_miss: bool = False
    offline: dict[str, str] = field(default_factory=dict)
    kind: str = "appraisal_report"
    sheet: str = ""  # a goal-sheet document instead of a report


BUDGET_WITH_BASIS = (
    "| 序号 | 支出内容 | 数量 | 单价（万元） | 金额（万元） | 测算依据 |\n| --- | --- | --- | --- | --- | --- |\n"
    "| 1 | 设备购置 | 10 | 6 | 60 | 三家供应商询价平均价 |\n| 2 | 场地改造 | 2 | 30 | 60 | 参照本区2023年同类工程结算价 |\n"
    "| | 合计 | | | 120 | |")
BUDGET_NO_BASIS = (
    "| 序号 | 支出内容 | 数量 | 单价（万元） | 金额（万元） |\n| --- | --- | --- | --- | --- |\n"
    "| 1 | 设备购置 | 10 | 6 | 60 |\n| 2 | 场地改造 | 2 | 30 | 60 |\n| | 合计 | | | 120 |")


_TOPICS = (("清淤", 3), ("河道", 3), ("公路", 1), ("路段", 1), ("路基", 1), ("食堂", 2), ("学生", 2),
           ("培训", 4), ("退役军人", 4), ("农贸市场", 5), ("企业", 5), ("助餐", 0), ("老人", 0))


def _project(c: Case) -> tuple[str, str, int]:
    """The project the case's text is about (so title and body agree)."""
    text = "".join(c.sections.values())
    return PROJECTS[next((i for word, i in _TOPICS if word in text), 0)]


def _report(c: Case) -> str:
    name, _unit, amount = _project(c)
    lines = [f"# {name}事前绩效评估报告（示例）", "", "示例：本报告为评测用虚构示例。", "",
             "评估机构：云溪区财政局绩效评价中心（示例）", "", "## 一、评估对象基本情况", "", "### （一）项目概况", "",
             f"{name}申请财政资金{amount}万元。", "", "## 二、综合评估情况", ""]
    for i, (heading, text) in enumerate(c.sections.items()):
        lines += [f"### （{'一二三四五六七八'[i]}）{heading}", "", text, ""]
    return "\n".join(lines)


def _sheet(annual_goal: str, rows: list[tuple[str, str, str, str, str, str]], total: int = 100, extra: str = "") -> str:
    head = ["# 2025年度项目支出绩效目标申报表（示例）", "",
            "| 项目名称 | 云溪区社区书屋提升项目 | 主管部门 | 云溪区文化和旅游局 |", "| --- | --- | --- | --- |",
            "| 实施单位 | 云溪区图书馆 | 项目属性 | 新增 |", "| 项目期限 | 2025年1月—2025年12月 | 项目负责人 | 李四 |",
            f"| 项目资金（万元） | 年度资金总额 | {total} | {total} |", f"| 项目资金（万元） | 其中：财政拨款 | {total} | {total} |",
            f"| 年度绩效目标 | {annual_goal} | | |", "",
            "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 计量单位 |", "| --- | --- | --- | --- | --- | --- |"]
    body = [f"| {a} | {b} | {c} | {d} | {e} | {f} |" for a, b, c, d, e, f in rows]
    return "\n".join(head + body + (["", extra] if extra else []))


OUT = ("产出指标", "数量指标")
GOOD_ROWS = [
    (*OUT, "新增图书", "≥", "6000", "册"), (*OUT, "提升书屋数量", "=", "12", "个"),
    ("产出指标", "质量指标", "图书验收合格率", "=", "100", "%"),
    ("产出指标", "时效指标", "完成时间", "≤", "2025年10月", ""),
    ("效益指标", "社会效益指标", "书屋年接待读者人次", "≥", "36000", "人次"),
    ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%"),
]


def cases() -> list[Case]:
    out: list[Case] = []
    nec_data = "截至2023年底，全区60岁以上老年人4.1万人，独居老人约6200人；2024年3月入户调查显示，38%的独居老人有助餐需求，现有助餐点仅覆盖其中约1500人。"
    # EA-NEC-02 立项必要性
    out += [
        Case("EA-NEC-02", "defect", {"立项必要性": "本项目是贯彻落实上级决策部署的重要举措，十分必要，意义重大，社会各界高度关注。"},
             "只有口号式表述，无数据、无服务对象", offline={"EA-NEC-90": "defect", "EA-NEC-91": "defect"}),
        Case("EA-NEC-02", "defect", {"立项必要性": "项目建设符合全区发展大局，群众期盼强烈，实施该项目具有重要的现实意义和长远意义。"},
             "群众期盼强烈但无任何依据", offline={"EA-NEC-90": "defect", "EA-NEC-91": "defect"}),
        Case("EA-NEC-02", "defect", {"立项必要性": "项目意义重大。据了解，周边区县已普遍开展此项工作，我区也应尽快跟进，避免落后。"},
             "理由是别人都做了，无本区需求", offline={"EA-NEC-90": "defect", "EA-NEC-91": "defect"}),
        Case("EA-NEC-02", "clean", {"立项必要性": nec_data + "助餐服务具有公益属性，市场主体微利难以持续，需财政予以支持。"},
             "有数据、服务对象和财政职责", offline={"EA-NEC-90": "clean", "EA-NEC-91": "clean"}),
        Case("EA-NEC-02", "clean", {"立项必要性": "2023年全区农村公路发生交通事故47起，其中临水临崖路段占31起；需改造的危险路段共86公里，沿线12个行政村约2.3万村民出行受影响。农村公路养护属于区级事权。"},
             "短但具体：事故数、里程、受益村民", near_miss=True, offline={"EA-NEC-90": "clean", "EA-NEC-91": "clean"}),
        Case("EA-NEC-02", "clean", {"立项必要性": "项目十分必要。2024年5月对全区18所中小学食堂的检查发现，11所食堂排烟和冷藏设施不达标，涉及就餐学生约9800人，属于教育部门法定保障职责。"},
             "开头有套话但后面有检查数据", near_miss=True, offline={"EA-NEC-90": "clean", "EA-NEC-91": "clean"}),
    ]
    # EA-NEC-03 唯一性
    out += [
        Case("EA-NEC-03", "defect", {"立项必要性": nec_data, "资金构成": "区民政局2024年已安排“居家养老服务补贴”项目资金200万元用于老年人助餐补贴，本项目再安排助餐补贴100万元，对象均为本区独居老人。"},
             "与已有补贴项目对象、内容重叠而未说明区别", offline={"EA-NEC-90": "clean", "EA-NEC-91": "clean"}),
        Case("EA-NEC-03", "defect", {"立项必要性": "2023年全区道路隐患点共86处，需要尽快整治。", "主要内容": "整治隐患路段86处。同期市交通局下达的农村公路安全生命防护工程转移支付资金也用于这86处隐患点的整治。"},
             "同一批隐患点同时有上级转移支付", offline={"EA-NEC-90": "clean", "EA-NEC-91": "defect"}),
        Case("EA-NEC-03", "clean", {"立项必要性": nec_data, "资金构成": "区民政局现有居家养老补贴项目只补贴服务费，不含场地建设；本项目只用于新建8个助餐点的场地改造和设备，两者内容不重复，已与区民政局核对。"},
             "说明了与现有项目的区别", near_miss=True, offline={"EA-NEC-90": "clean", "EA-NEC-91": "clean"}),
        Case("EA-NEC-03", "clean", {"立项必要性": "全区需整治隐患路段86公里，受影响村民约2.3万人。", "主要内容": "整治隐患路段86公里。经核对，上级转移支付2025年安排在另外的32公里路段，本项目不含该部分。"},
             "写明与上级资金的划分", offline={"EA-NEC-90": "clean", "EA-NEC-91": "clean"}),
    ]
    # EA-ECO-02 测算依据
    out += [
        Case("EA-ECO-02", "defect", {"投入经济性": "预算测算明细如下表：\n\n" + BUDGET_NO_BASIS + "\n\n单价根据工作需要确定。"},
             "单价无任何依据", offline={"EA-ECO-90": "defect"}),
        Case("EA-ECO-02", "defect", {"投入经济性": "设备单价6万元/台，改造费30万元/处，预算合理。\n\n" + BUDGET_NO_BASIS},
             "只说合理，无标准或询价", offline={"EA-ECO-90": "defect"}),
        Case("EA-ECO-02", "defect", {"投入经济性": "各项费用由实施单位根据经验估算，总额120万元。\n\n" + BUDGET_NO_BASIS},
             "经验估算", offline={"EA-ECO-90": "defect"}),
        Case("EA-ECO-02", "clean", {"投入经济性": "预算测算明细如下表：\n\n" + BUDGET_WITH_BASIS},
             "测算表有依据列", offline={"EA-ECO-90": "clean"}),
        Case("EA-ECO-02", "clean", {"投入经济性": "设备单价按2024年政府采购协议供货价6万元/台计列，改造费参照区住建局发布的修缮工程定额测算。\n\n" + BUDGET_NO_BASIS},
             "表中无依据列，但正文写明协议价和定额", near_miss=True, offline={"EA-ECO-90": "clean"}),
    ]
    # EA-ECO-04 厉行节约
    out += [
        Case("EA-ECO-04", "defect", {"投入经济性": "食堂改造拟采用进口不锈钢整体厨房设备，就餐区铺设大理石地面并安装中央空调，总投资240万元。项目将严格控制成本。"},
             "高档配置，控制成本只是一句话", offline={"EA-ECO-90": "defect"}),
        Case("EA-ECO-04", "defect", {"投入经济性": "为提升形象，培训场地按四星级会议中心标准装修，配备高端音响和LED大屏，学员住宿安排在市区五星级酒店。"},
             "明显超标准", offline={"EA-ECO-90": "defect"}),
        Case("EA-ECO-04", "clean", {"投入经济性": "厨房设备按国产中档配置，利用原有排烟管道，仅更换风机；设备通过政府采购电子卖场竞价，预计较预算节约约8%。就餐区沿用原地面，仅作防滑处理。"},
             "复用设施、竞价采购", offline={"EA-ECO-90": "clean"}),
        Case("EA-ECO-04", "clean", {"投入经济性": "培训利用区职业技术学校现有实训室，不新建场地；教材使用人社部门免费提供的统编教材，师资优先聘请本地企业技师，课时费执行区定标准每课时300元。"},
             "短但有具体节约措施", near_miss=True, offline={"EA-ECO-90": "clean"}),
    ]
    # EA-ECO-05 投入产出
    out += [
        Case("EA-ECO-05", "defect", {"投入经济性": "项目投入产出比合理，经济效益和社会效益显著。", "绩效目标": "完成河道清淤12公里。"},
             "只有结论，无单位成本", offline={"EA-ECO-90": "defect", "EA-GOAL-90": "clean", "EA-ECO-91": "defect"}),
        Case("EA-ECO-05", "defect", {"投入经济性": "项目总投资860万元，资金使用效益较高，能够取得良好成效。", "绩效目标": "提升河道行洪能力，改善水环境。"},
             "无任何产出量，无法计算单位成本", offline={"EA-ECO-90": "defect", "EA-GOAL-90": "defect", "EA-ECO-91": "defect"}),
        Case("EA-ECO-05", "clean", {"投入经济性": "清淤12公里、总投资860万元，单位成本约71.7万元/公里，低于2023年邻近乡镇同类工程的82万元/公里；清淤后预计减少沿线农田受淹面积约1600亩。", "绩效目标": "完成河道清淤12公里。"},
             "单位成本并与历史对比（但无方案比较）", offline={"EA-ECO-90": "clean", "EA-GOAL-90": "clean", "EA-ECO-91": "defect"}),
        Case("EA-ECO-05", "clean", {"投入经济性": "培训退役军人300人，人均培训成本约3167元；按培训后就业率80%测算，每实现1人就业投入约3958元。", "绩效目标": "培训退役军人300人，培训后就业率不低于80%。"},
             "单位产出成本", near_miss=True, offline={"EA-ECO-90": "defect", "EA-GOAL-90": "clean"}),
    ]
    # EA-FEA-01 实施方案
    out += [
        Case("EA-FEA-01", "defect", {"实施方案可行性": "项目实施方案可行，组织保障有力，能够按期完成。"},
             "无任务、进度、责任主体", offline={"EA-FEA-90": "defect", "EA-FEA-91": "defect"}),
        Case("EA-FEA-01", "defect", {"实施方案可行性": "项目将按照有关规定有序推进，确保各项工作落到实处，取得实效。"},
             "套话", offline={"EA-FEA-90": "defect", "EA-FEA-91": "defect"}),
        Case("EA-FEA-01", "defect", {"实施方案可行性": "由区商务局负责组织实施，采取公开招标方式采购设备。"},
             "有责任主体和采购方式，但无进度和验收", offline={"EA-FEA-90": "defect", "EA-FEA-91": "clean"}),
        Case("EA-FEA-01", "clean", {"实施方案可行性": "由区商务局负责组织实施，市场服务中心具体落实；2025年3月完成公开招标，6月完成设备安装，7月由第三方检测机构按合同技术参数验收，8月投入使用。"},
             "任务、进度、责任、采购、验收齐全", offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
        Case("EA-FEA-01", "clean", {"实施方案可行性": "区水利局牵头，河道管理站负责现场管理。1—2月完成设计和招标，3—5月枯水期施工，6月底前竣工验收。"},
             "简短但要素齐全", near_miss=True, offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
    ]
    # EA-FEA-02 前置条件
    out += [
        Case("EA-FEA-02", "defect", {"实施方案可行性": "由区教育局负责实施，2025年4月开工。食堂改造涉及的消防审批和建设用地手续正在协调中，尚未取得。"},
             "审批未落实而安排当年开工", offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
        Case("EA-FEA-02", "defect", {"实施方案可行性": "由区交通运输局负责实施，2025年3月开工。", "资金构成": "项目需市级配套资金300万元，目前尚未取得市级批复或协议。"},
             "配套资金未确认", offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
        Case("EA-FEA-02", "clean", {"实施方案可行性": "由区教育局负责实施。消防设计审查已于2024年8月取得批复（云消审〔2024〕56号），改造在原址进行，不涉及新增用地，2025年寒假开工。"},
             "审批已取得，有文号", offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
        Case("EA-FEA-02", "clean", {"实施方案可行性": "由区交通运输局负责实施，2025年3月开工。", "资金构成": "市级配套资金300万元已列入市交通局2025年计划，见市交通局2024年9月复函。"},
             "配套资金有复函", near_miss=True, offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
    ]
    # EA-FEA-03 管理保障
    out += [
        Case("EA-FEA-03", "defect", {"实施方案可行性": "由区退役军人事务局负责实施，2025年3月开班。项目管理规范，风险可控。"},
             "无制度、无监控、无风险措施", offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
        Case("EA-FEA-03", "defect", {"实施方案可行性": "由区民政局负责实施，2025年6月建成。项目实施中不存在风险。"},
             "断言无风险", offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
        Case("EA-FEA-03", "clean", {"实施方案可行性": "由区退役军人事务局负责实施，2025年3月开班。执行《云溪区就业培训资金管理办法》，培训机构按月报送考勤和结业台账，区局每季度抽查；如报名不足200人，第二期培训顺延并相应调减资金。"},
             "制度、监控和风险应对", offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
        Case("EA-FEA-03", "clean", {"实施方案可行性": "由区水利局负责实施，2025年3月开工。施工期汛期风险：合同约定5月底前完成主河道清淤，遇强降雨停工并启动防汛预案；监理单位每周报告进度和质量。"},
             "短但有风险措施", near_miss=True, offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
    ]
    # EA-FEA-04 进度与年度预算
    out += [
        Case("EA-FEA-04", "defect", {"实施方案可行性": "由区水利局负责实施。项目设计2025年11月完成，2026年3月开工。", "资金构成": "申请2025年预算860万元，全部在2025年安排。"},
             "当年不能开工却安排全部当年资金", offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
        Case("EA-FEA-04", "defect", {"实施方案可行性": "由区教育局负责实施，计划2025年12月招标，2026年暑假施工。", "资金构成": "2025年安排改造资金240万元。"},
             "年底才招标，资金会沉淀", offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
        Case("EA-FEA-04", "clean", {"实施方案可行性": "由区水利局负责实施，2025年1月招标，3—5月施工，6月验收。", "资金构成": "2025年安排860万元，按合同进度4月支付60%，验收后支付35%，质保金5%于2026年支付。"},
             "进度与支付计划匹配", offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
        Case("EA-FEA-04", "clean", {"实施方案可行性": "由区教育局负责实施，2025年暑假施工，8月底完工。", "资金构成": "2025年安排240万元；跨年的设备质保金12万元列入2026年预算。"},
             "跨年部分已分年安排", near_miss=True, offline={"EA-FEA-90": "clean", "EA-FEA-91": "clean"}),
    ]
    # EA-FUND-01 资金来源
    out += [
        Case("EA-FUND-01", "defect", {"筹资合规性": "项目资金通过多渠道筹措，资金来源有保障。"},
             "来源未列明", offline={"EA-FUND-90": "defect"}),
        Case("EA-FUND-01", "defect", {"筹资合规性": "项目为市级道路的养护改造，资金全部由区本级财政承担，以财政拨款方式安排。"},
             "市级事权由区级承担", offline={"EA-FUND-90": "clean"}),
        Case("EA-FUND-01", "clean", {"筹资合规性": "项目资金180万元：区本级一般公共预算120万元，市级养老服务体系建设补助资金60万元（市民政局2024年10月下达）。助餐点建设属于区级事权，以财政拨款方式安排。"},
             "来源、金额、事权、上级资金文件", offline={"EA-FUND-90": "clean"}),
        Case("EA-FUND-01", "clean", {"筹资合规性": "资金全部由区本级一般公共预算安排95万元。退役军人就业培训属于区级支出责任，以财政拨款方式直接支出。"},
             "单一来源，写明事权", near_miss=True, offline={"EA-FUND-90": "clean"}),
    ]
    # EA-FUND-02 筹资风险
    out += [
        Case("EA-FUND-02", "defect", {"筹资合规性": "项目资金860万元，其中400万元由区城投公司融资垫付，以后年度由财政逐年偿还，以财政拨款方式安排。"},
             "城投垫付、财政偿还：隐性债务", offline={"EA-FUND-90": "clean"}),
        Case("EA-FUND-02", "defect", {"筹资合规性": "项目资金中300万元拟由施工单位先行垫资，待项目验收后由财政分三年支付，以财政拨款方式安排。"},
             "施工方垫资", offline={"EA-FUND-90": "clean"}),
        Case("EA-FUND-02", "clean", {"筹资合规性": "资金全部为区本级一般公共预算，已列入2025年预算建议数，以财政拨款方式安排，不涉及举债和垫资。"},
             "无垫资无举债", offline={"EA-FUND-90": "clean"}),
        Case("EA-FUND-02", "clean", {"筹资合规性": "项目使用2025年新增一般债券资金400万元（已列入省财政厅下达的额度），其余460万元为区本级预算，以财政拨款方式安排。"},
             "合法债券，不是违规举债", near_miss=True, offline={"EA-FUND-90": "clean"}),
    ]
    # EA-FUND-03 财政支持方式
    out += [
        Case("EA-FUND-03", "defect", {"筹资合规性": "项目资金全部由区本级预算安排，资金来源合规。"},
             "只写预算安排，未论证方式是否恰当", offline={"EA-FUND-90": "clean"}),
        Case("EA-FUND-03", "defect", {"筹资合规性": "资金来源为区本级财政，来源渠道合规，事权与支出责任相匹配。"},
             "只说来源合规", offline={"EA-FUND-90": "defect"}),
        Case("EA-FUND-03", "defect", {"筹资合规性": "农贸市场为民营企业经营，项目由财政全额出资为其购置智慧化设备，以财政拨款方式直接支出。"},
             "为企业经营设施全额出资，未考虑补助或企业分担", offline={"EA-FUND-90": "clean"}),
        Case("EA-FUND-03", "clean", {"筹资合规性": "助餐服务采用政府购买服务方式，由区民政局通过公开招标选定运营机构；因助餐微利，社会资本难以独立承担，场地改造由财政直接支出。"},
             "方式写明并说明理由", offline={"EA-FUND-90": "clean"}),
        Case("EA-FUND-03", "clean", {"筹资合规性": "农贸市场为民营企业经营，采取先建后补方式：企业自筹改造，验收合格后按设备投资额的40%给予补助。"},
             "补助方式并有企业分担", near_miss=True, offline={"EA-FUND-90": "clean"}),
    ]
    # EA-FUND-04 资金管理办法
    out += [
        Case("EA-FUND-04", "defect", {"筹资合规性": "对改造农贸市场的企业给予补助，每个市场补助30万元，补助标准和发放程序另行研究。"},
             "新增补助但无管理办法", offline={"EA-FUND-90": "clean"}),
        Case("EA-FUND-04", "defect", {"筹资合规性": "对参加培训并就业的退役军人给予每人2000元就业补贴，以补贴方式发放，具体办法待定。"},
             "补贴办法待定", offline={"EA-FUND-90": "clean"}),
        Case("EA-FUND-04", "clean", {"筹资合规性": "按《云溪区农贸市场提升改造补助资金管理办法》（云商规〔2024〕3号）以补助方式安排，补助标准为设备投资额的40%，最高30万元。"},
             "有管理办法及文号", offline={"EA-FUND-90": "clean"}),
        Case("EA-FUND-04", "clean", {"筹资合规性": "本项目为区教育局自身的食堂改造，以财政拨款方式直接支出，不涉及对外补助。"},
             "不是补助类，不需要办法", near_miss=True, offline={"EA-FUND-90": "clean"}),
    ]
    # EA-GOAL-02 目标合理性
    out += [
        Case("EA-GOAL-02", "defect", {"绩效目标": "完成设备采购10台，召开推进会2次，印发宣传册5000份。", "绩效目标合理性": "目标设置合理。"},
             "只有活动，没有效果，与需求无关", offline={"EA-GOAL-90": "clean"}),
        Case("EA-GOAL-02", "defect", {"绩效目标": "全面提升群众幸福感和获得感，打造全市一流示范区。", "绩效目标合理性": "目标符合规划要求。"},
             "目标空泛，不可衡量", offline={"EA-GOAL-90": "defect"}),
        Case("EA-GOAL-02", "clean", {"绩效目标": "新建助餐点8个，年供餐不少于12万人次，覆盖独居老人助餐需求的比例由24%提高到60%。", "绩效目标合理性": "产出（助餐点、供餐人次）直接对应必要性中的助餐需求缺口。"},
             "产出与效果相连", offline={"EA-GOAL-90": "clean"}),
        Case("EA-GOAL-02", "clean", {"绩效目标": "清淤12公里，汛期沿线农田受淹面积减少1600亩。", "绩效目标合理性": "目标简短，与清淤需求一致。"},
             "短但逻辑相连", near_miss=True, offline={"EA-GOAL-90": "clean"}),
    ]
    # EA-RPT-02 报告质量
    generic = {"立项必要性": "项目十分必要，意义重大。", "投入经济性": "预算编制合理，符合要求。",
               "绩效目标合理性": "绩效目标明确，合理可行。", "实施方案可行性": "实施方案可行，保障有力。", "筹资合规性": "筹资渠道合规，符合有关规定。"}
    out += [
        Case("EA-RPT-02", "defect", generic, "五个维度全是套话",
             offline={"EA-NEC-90": "defect", "EA-NEC-91": "defect", "EA-FEA-90": "defect", "EA-FEA-91": "defect",
                      "EA-FUND-90": "defect", "EA-GOAL-90": "defect", "EA-ECO-90": "defect"}),
        Case("EA-RPT-02", "defect", {**generic, "立项必要性": nec_data}, "必要性具体，其他四维度套话",
             offline={"EA-NEC-90": "clean", "EA-NEC-91": "clean", "EA-FEA-90": "defect", "EA-FEA-91": "defect",
                      "EA-FUND-90": "defect", "EA-GOAL-90": "defect", "EA-ECO-90": "defect"}),
        Case("EA-RPT-02", "clean", {
            "立项必要性": nec_data, "投入经济性": "新建8个助餐点，每点改造费15万元（参照本区2023年同类工程结算价），设备按政府采购协议价。",
            "绩效目标合理性": "年供餐不少于12万人次，覆盖率由24%提高到60%，与需求缺口对应。",
            "实施方案可行性": "由区民政局负责实施，2025年3月完成选址，6月建成，7月投入运营。",
            "筹资合规性": "区本级预算180万元，采用政府购买服务方式委托运营机构，场地改造财政直接支出。"},
            "五个维度都有具体内容",
            offline={"EA-NEC-90": "clean", "EA-NEC-91": "clean", "EA-FEA-90": "clean", "EA-FEA-91": "clean",
                     "EA-FUND-90": "clean", "EA-GOAL-90": "clean", "EA-ECO-90": "clean"}),
        Case("EA-RPT-02", "clean", {
            "立项必要性": "2023年河道淤积平均深度1.2米，汛期沿线1600亩农田受淹。", "投入经济性": "单位成本71.7万元/公里，低于同类工程。",
            "绩效目标合理性": "清淤12公里，减少受淹农田1600亩。", "实施方案可行性": "区水利局牵头，2025年3—5月施工。",
            "筹资合规性": "区本级预算安排，财政直接支出。"},
            "每维度一两句但都具体", near_miss=True,
            offline={"EA-NEC-90": "clean", "EA-NEC-91": "defect", "EA-FEA-90": "clean", "EA-FEA-91": "clean",
                     "EA-FUND-90": "clean", "EA-GOAL-90": "clean", "EA-ECO-91": "defect", "EA-ECO-90": "clean"}),
    ]
    # Offline-only near misses: large projects with and without an options comparison (EA-ECO-91 → EA-ECO-05).
    out += [
        Case("EA-ECO-05", "defect", {"投入经济性": "项目投入620万元，全部用于改造危险路段，资金使用效益好。"},
             "大额项目，无单位成本、无方案比较", offline={"EA-ECO-90": "defect", "EA-ECO-91": "defect"}),
        Case("EA-ECO-05", "clean", {"投入经济性": "改造86公里，单位成本约7.2万元/公里。比较了加装护栏与拓宽路基两种方案：拓宽每公里需25万元，护栏方案成本低且能消除主要风险，故选用护栏方案。"},
             "大额项目，有单位成本和方案比较", offline={"EA-ECO-90": "defect", "EA-ECO-91": "clean"}),
    ]
    out += _goal_sheet_cases()
    return out


def _goal_sheet_cases() -> list[Case]:
    goal = "新增图书6000册，提升12个社区书屋，年接待读者不少于3.6万人次。"
    out: list[Case] = []
    # GS-08 相关性
    out += [
        Case("GS-08", "defect", {}, "指标与年度目标无关", kind="goal_sheet", sheet=_sheet(goal, [
            (*OUT, "召开工作会议", "≥", "4", "次"), (*OUT, "印发文件", "≥", "2", "份"),
            ("效益指标", "社会效益指标", "全民阅读氛围", "定性", "明显提升", ""),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%")])),
        Case("GS-08", "defect", {}, "年度目标只是活动罗列，指标未覆盖主要支出（图书采购）", kind="goal_sheet", sheet=_sheet(
            "开展阅读推广活动，做好书屋管理工作。", [
                (*OUT, "阅读推广活动", "≥", "10", "场"), ("效益指标", "社会效益指标", "群众文化生活", "定性", "丰富", ""),
                ("满意度指标", "服务对象满意度指标", "满意度", "≥", "85", "%")])),
        Case("GS-08", "clean", {}, "指标逐一支撑年度目标", kind="goal_sheet", sheet=_sheet(goal, GOOD_ROWS)),
        Case("GS-08", "clean", {}, "指标少但覆盖目标中的两项产出", near_miss=True, kind="goal_sheet", sheet=_sheet(
            "新增图书6000册，提升12个社区书屋。", [
                (*OUT, "新增图书", "≥", "6000", "册"), (*OUT, "提升书屋数量", "=", "12", "个"),
                ("效益指标", "社会效益指标", "书屋年接待读者人次", "≥", "36000", "人次"),
                ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%")])),
    ]
    # GS-09 适当性
    out += [
        Case("GS-09", "defect", {}, "100万元只新增图书50册", kind="goal_sheet", sheet=_sheet(
            "新增图书50册，提升1个社区书屋。", [
                (*OUT, "新增图书", "≥", "50", "册"), (*OUT, "提升书屋数量", "=", "1", "个"),
                ("效益指标", "社会效益指标", "书屋年接待读者人次", "≥", "500", "人次"),
                ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%")])),
        Case("GS-09", "defect", {}, "10万元要提升50个书屋、新增10万册", kind="goal_sheet", sheet=_sheet(
            "新增图书10万册，提升50个社区书屋。", [
                (*OUT, "新增图书", "≥", "100000", "册"), (*OUT, "提升书屋数量", "=", "50", "个"),
                ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%")], total=10)),
        Case("GS-09", "clean", {}, "约100万元对应6000册和12个书屋", kind="goal_sheet", sheet=_sheet(goal, GOOD_ROWS)),
        Case("GS-09", "clean", {}, "资金少，目标也小，相称", near_miss=True, kind="goal_sheet", sheet=_sheet(
            "新增图书600册，提升2个社区书屋。", [
                (*OUT, "新增图书", "≥", "600", "册"), (*OUT, "提升书屋数量", "=", "2", "个"),
                ("效益指标", "社会效益指标", "书屋年接待读者人次", "≥", "6000", "人次"),
                ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%")], total=12)),
    ]
    # GS-12 效益指标
    out += [
        Case("GS-12", "defect", {}, "效益行重复产出", kind="goal_sheet", sheet=_sheet(goal, [
            (*OUT, "新增图书", "≥", "6000", "册"), (*OUT, "提升书屋数量", "=", "12", "个"),
            ("效益指标", "社会效益指标", "新增图书册数", "≥", "6000", "册"),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%")])),
        Case("GS-12", "defect", {}, "效益只有“效果明显”", kind="goal_sheet", sheet=_sheet(goal, [
            (*OUT, "新增图书", "≥", "6000", "册"), ("效益指标", "社会效益指标", "社会效益", "定性", "效果明显", ""),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%")])),
        Case("GS-12", "clean", {}, "效益为接待读者人次", kind="goal_sheet", sheet=_sheet(goal, GOOD_ROWS)),
        Case("GS-12", "clean", {}, "定性效益但描述具体变化", near_miss=True, kind="goal_sheet", sheet=_sheet(goal, [
            (*OUT, "新增图书", "≥", "6000", "册"),
            ("效益指标", "社会效益指标", "书屋开放时间", "≥", "由每周20小时延长至40小时", ""),
            ("效益指标", "社会效益指标", "书屋年接待读者人次", "≥", "36000", "人次"),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%")])),
    ]
    # GS-14 指标值依据
    out += [
        Case("GS-14", "defect", {}, "关键指标值无依据，说明写“根据工作需要”", kind="goal_sheet", sheet=_sheet(goal, GOOD_ROWS,
             extra="指标值说明：各项指标值根据工作需要确定。")),
        Case("GS-14", "defect", {}, "接待人次比上年实际大幅下降却无说明", kind="goal_sheet", sheet=_sheet(goal, GOOD_ROWS,
             extra="指标值说明：2024年书屋实际接待读者8.2万人次，2025年目标值按3.6万人次设定。")),
        Case("GS-14", "clean", {}, "指标值有历史和计划依据", kind="goal_sheet", sheet=_sheet(goal, GOOD_ROWS,
             extra="指标值说明：接待人次参照2024年实际3.1万人次并按书屋增加15%测算；图书数量依据《云溪区全民阅读三年行动计划》每个书屋500册的标准。")),
        Case("GS-14", "clean", {}, "依据写得短但具体", near_miss=True, kind="goal_sheet", sheet=_sheet(goal, GOOD_ROWS,
             extra="指标值说明：按区图书馆2024年实际接待量和新增书屋数量测算。")),
    ]
    return out


def build() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    counters: dict[str, int] = {}
    for c in cases():
        counters[c.rule] = counters.get(c.rule, 0) + 1
        text = c.sheet if c.kind == "goal_sheet" else _report(c)
        rows.append({"id": f"{c.rule}-{counters[c.rule]:02d}", "kind": c.kind, "rule": c.rule, "label": c.label,
                     "near_miss": c.near_miss, "note": c.note, "offline": c.offline, "text": text})
    return rows


def main() -> None:
    rows = build()
    with (HERE / "cases.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} cases → {HERE / 'cases.jsonl'}")


if __name__ == "__main__":
    main()
