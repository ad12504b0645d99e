"""Label vocabularies of goal-sheet forms, as provinces actually write them.

Each canonical key maps to the labels seen on real forms. Matching is done on a normalised label
(no spaces, colons, asterisks, leading 其中, or unit brackets), so "其中：财政拨款（万元）" matches 财政拨款.
"""

from __future__ import annotations

import re
from functools import lru_cache

HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "project_name": ("项目名称", "项目（政策）名称", "政策名称", "政策或项目名称", "项目政策名称", "二级项目名称",
                     "专项（项目）名称", "专项(项目)名称", "项目支出名称",
                     # 转移支付区域绩效目标表 of a province or city: the fund is what the sheet sets targets for.
                     "专项资金名称", "专项转移支付名称", "转移支付项目名称", "专项资金项目名称",
                     # a county's 区域绩效目标表 sent out with its funds notice names the fund ("资金名称 | 2027年……补助资金").
                     "资金名称"),
    "department": ("主管部门", "主管部门及代码", "主管单位", "预算部门", "主管部门名称", "业务主管部门", "主管部门编码及名称",
                   "主管部门及编码", "项目主管部门", "县级主管部门", "区级主管部门", "主管部门（单位）名称", "主管部门(单位)名称", "部门名称",
                   "中央主管部门", "省级主管部门"),
    "implementer": ("实施单位", "项目单位", "项目实施单位", "预算单位", "申报单位", "实施单位名称", "项目承担单位",
                    "单位名称", "项目执行单位", "编制单位", "填报单位",
                    # 政府购买服务 sheets: the buyer carries the project out; the 承接主体 is the contractor.
                    "购买主体"),
    "attribute": ("项目属性", "项目性质"),
    "period": ("项目期限", "项目期", "项目起止时间", "项目实施周期", "实施期限", "项目周期", "起止时间", "执行期限", "项目实施期",
               "项目实施期限", "实施周期", "项目起止年限", "建设周期", "实施时间", "项目实施时间",
               "项目支出实施期"),
    "leader": ("项目负责人", "负责人", "项目联系人", "联系人", "项目负责人及电话", "项目负责人及联系电话"),
    "phone": ("联系电话", "电话", "负责人电话"),
    "category": ("项目类别", "项目类型", "资金类别", "项目分类", "项目来源"),
    "budget_year": ("预算年度", "申报年度", "编制年度"),
    "start_date": ("项目开始日期", "开始日期", "预计开始时间"),
    "end_date": ("项目完成日期", "完成日期", "预计完成时间"),
    "fill_date": ("填报日期", "填表日期", "编报时间", "报送日期"),
    "parent_project": ("一级项目名称",),
    "fund_type": ("资金性质", "财政资金预算分类", "资金类型", "预算资金类别"),
}

FUND_LABELS: dict[str, tuple[str, ...]] = {
    "total": ("年度资金总额", "资金总额", "项目资金总额", "年度预算总额", "预算总额", "项目总金额", "年度预算数",
              "年度资金合计", "项目资金合计", "年度预算资金", "申请资金总额", "项目总预算", "总金额", "当年年度预算",
              "预算数", "预算申报数", "年初安排金额", "资金总额及构成", "总额", "年度预算", "项目预算",
              "项目总投资", "资金总额（万元）", "项目资金总额（万元）", "当年资金总额", "年度资金申请总额",
              "项目资金", "部门预算总额", "部门年度预算总额", "部门年度预算", "本年度资金", "本年度资金总额", "本年资金",
              "年度资金", "当年资金", "本年度安排资金", "年度安排资金", "总投资", "项目计划总投资",
              # 转移支付区域绩效目标表: "年度资金（万元）" spans "年度金额", "其中：中央补助资金", "地方财政分担资金".
              "年度金额", "年度资金金额", "本年度金额",
              # 栏目 | 填报内容 two-column sheets: "申请年度资金 | 75.6万元（市级财政资金）".
              "申请年度资金", "年度申请资金", "申请资金", "申请金额", "申请资金额",
              # 政府投资 sheets: "项目总投资 | 9200 | 本年度申请资金 | 4000" (the total investment is the project's life).
              "本年度申请资金", "本年申请资金", "本年度申请金额"),
    "fiscal": ("财政拨款", "财政资金", "财政拨款资金", "当年财政拨款", "财政预算拨款", "财政拨款数", "本年财政拨款"),
    "fiscal_local": ("本级财政拨款", "财政拨款本级", "本级财政拨款资金", "本级资金", "本级财政资金", "本级财政", "本级",
                     "年度本级预算金额", "本级预算金额", "年度本级预算"),
    "fiscal_upper": ("上级财政拨款", "财政拨款上级", "上级转移支付", "上级资金", "上级补助", "上级专项资金", "上级财政资金", "上级",
                     "上级补助资金", "转移支付", "转移支付资金", "中央补助", "中央补助资金", "中央补助安排",
                     "该项目支出上级资金", "项目支出上级资金", "上级预算金额", "上级补助收入",
                     # 中央 government bonds passed down for local projects.
                     "国债资金", "特别国债资金", "超长期特别国债", "超长期特别国债资金"),
    # Funds named by government level or budget type: fiscal money whose local/upper split depends on who files.
    "fiscal_part": ("中央资金", "中央财政资金", "中央财政", "省级资金", "省级财政资金", "省级财政安排", "省级财政", "省财政资金",
                    "市级资金", "市级财政资金", "市财政资金", "市级财政", "县级资金", "县级财政资金", "县财政资金", "区级资金",
                    "区级财政资金", "一般公共预算拨款", "一般公共预算", "一般公共预算资金", "政府性基金", "政府性基金预算拨款",
                    "政府性基金预算", "政府性基金拨款", "国有资本经营预算拨款", "国有资本经营预算", "申请市财政资金", "专项债券资金", "专项债券",
                    "地方政府专项债券资金", "地方政府专项债券", "债券资金", "专项债资金", "对口援疆资金", "对口援藏资金", "对口支援资金",
                    "援疆资金", "援藏资金", "东西部协作资金",
                    "地方财政资金", "地方资金", "地方财政分担资金", "地方分担资金", "地方财政分担", "地方配套资金", "彩票公益金", "福彩公益金", "体彩公益金", "福利彩票公益金", "体育彩票公益金",
                    "福彩公益金资金", "彩票公益金资金", "体彩公益金资金", "专项债", "政府专项债券", "政府债券资金", "地方政府债券",
                    "地方政府债券资金", "政府性基金资金", "政府性基金预算资金"),
    "carryover": ("上年结转", "上年结转资金", "结转资金", "上年结余", "以前年度结转", "上年结余收入", "年初结转结余"),
    "other": ("其他资金", "其他", "其它资金", "其它", "自有资金", "单位自筹", "自筹资金", "自筹", "事业收入", "其他来源",
              "单位自有资金", "经营性收入", "经营收入", "纳入财政专户管理的收入", "未纳入财政专户管理的收入",
              "财政专户管理资金", "财政专户拨款", "财政专户资金", "事业基金弥补差额", "用事业基金弥补收支差额", "单位资金", "社会资金", "其他收入", "当年其他资金",
              # Money from outside the budget on investment forms: 企业投资, 社会资本, 银行贷款, 捐赠.
              "社会资本", "社会资本投入", "社会资本投资", "社会投资", "社会投入", "社会融资", "企业投资", "企业投入",
              "企业资金", "企业出资", "银行贷款", "银行贷款资金", "银行融资", "金融机构贷款", "社会捐赠", "捐赠资金",
              "捐赠收入", "群众投劳", "村集体投入",
              # One column for two kinds of source ("上年结转及其他资金"): its cell names each ("上年结转0.00；其他20.00").
              "上年结转及其他资金", "上年结转和其他资金", "结转及其他资金"),
}

GOAL_LABELS: dict[str, tuple[str, ...]] = {
    "annual": ("年度目标", "年度绩效目标", "年度总体目标", "年度总目标", "当年绩效目标", "本年度绩效目标",
               "年度预期目标", "年度实施目标", "年度主要目标和成果", "本年度目标", "项目年度绩效目标", "年度总体绩效目标",
               "区域年度总体目标", "区域年度目标", "区域年度绩效目标"),
    "long_term": ("长期目标", "中长期目标", "中期目标", "长期绩效目标", "中长期绩效目标", "实施期目标", "实施期绩效目标",
                  "项目总体目标", "整体目标", "长期总体目标", "项目总体绩效目标", "总目标", "区域实施期目标", "区域实施期总体目标",
                  # A multi-year or continuing project's whole-period goal beside its year's ("实施期总体目标 | 2027年度目标").
                  "实施期总体目标", "实施期总目标", "实施期总体绩效目标"),
    "generic": ("总体目标", "绩效目标", "项目绩效目标", "预期目标", "绩效目标情况", "项目总体绩效目标描述", "项目绩效目标描述"),
}

INDICATOR_COLUMNS: dict[str, tuple[str, ...]] = {
    "l1": ("一级指标", "一级指标名称"),
    "l2": ("二级指标", "二级指标名称"),
    "l3": ("三级指标", "三级指标名称", "指标内容", "指标名称", "绩效指标名称", "具体指标", "绩效指标", "绩效内容",
           "绩效目标内容", "目标内容", "绩效指标内容"),
    "sign": ("指标性质", "计算符号", "符号", "运算符号", "比较符号", "指标方向", "性质", "比较方式", "指标方向性", "运算符",
             "比较运算符", "指标符号", "指标值符号"),
    "value": ("指标值", "年度指标值", "目标值", "指标目标值", "预期指标值", "指标值（含符号）", "预期目标值",
              "绩效指标值", "当年指标值", "年度目标值", "数值", "目标数值", "预期值", "当年预期实现值", "预期目标",
              "绩效目标值", "预期实现值", "年度预期值"),
    "value_type": ("指标值类型", "指标类型", "定性定量"),
    "value_long": ("长期指标值", "中长期指标值", "实施期指标值", "总体指标值", "实施期目标值", "中期指标值", "中期目标值"),
    "unit": ("计量单位", "度量单位", "单位", "计量单位（可选）"),
    "weight": ("权重", "分值", "权重（%）", "分值（分）"),
    "basis": ("指标值设定依据", "设定依据", "指标值确定依据", "指标解释", "评（扣）分标准", "绩效标准", "评分细则",
              "评分标准", "指标说明", "参考标准", "备注", "指标值说明", "评价依据", "评价标准", "评判标准"),
}

# Level names, for level written inside a cell and for inferring a missing level.
LEVEL1_NAMES = ("产出指标", "效益指标", "满意度指标", "成本指标", "效果指标", "投入指标", "过程指标")
LEVEL2_TO_LEVEL1: dict[str, str] = {
    "数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
    "经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标", "环境效益指标": "效益指标",
    "可持续影响指标": "效益指标", "服务对象满意度指标": "满意度指标", "满意度指标": "满意度指标",
    "社会公众或服务对象满意度指标": "满意度指标", "经济成本指标": "成本指标", "社会成本指标": "成本指标",
    "生态环境成本指标": "成本指标",
}

# A template's row label left in the name cell ("定量指标一", "定性指标描述", "指标2", "指标2：", "……"):
# not an indicator's name.
TEMPLATE_ROW_NAME = re.compile(r"^[★☆*＊]?\s*(?:(?:定量|定性)指标(?:[一二三四五六七八九十]{1,2}|\d{1,2})?(?:描述|名称)?|指标\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*[:：、.．]?|[…⋯.．。·]{2,}|…)\s*$")
# "指标1：" / "指标一、" numbering in front of a real name ("指标1：新建保鲜库数量").
NAME_NUMBER_PREFIX = re.compile(r"^\s*指标\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*[:：、.．]\s*(?=\S)")

FOOTER_LABELS = ("填报人", "填表人", "单位负责人", "审核意见", "主管部门审核意见", "财政部门审核意见", "填报日期",
                 "联系电话", "签字", "盖章")

_BRACKETS = re.compile(r"[（(][^）)]{0,12}[)）]")
_SCORE_SUFFIX = re.compile(r"[（(]?\s*\d+\s*[-—~～]\s*\d+\s*[)）]?\s*分$|[（(]\s*\d+\s*分\s*[)）]$")
_LEVEL_QUALIFIER = re.compile(r"[（(]\s*(本级|上级|区级|市级|省级|中央)\s*[)）]")
_STRIP = re.compile(r"[\s:：*＊·•、,，.。;；]+")
# Ordinal numbering in front of a label: "一、财政拨款", "（二）自有资金", "3.其他".
ORDINAL = re.compile(r"^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．](?!\d))\s*")


@lru_cache(maxsize=16384)
def norm_label(text: str) -> str:
    """A label reduced for matching: no brackets (units), punctuation, spaces, or a leading 其中."""
    t = _LEVEL_QUALIFIER.sub(lambda m: "上级" if m.group(1) in {"上级", "市级", "省级", "中央"} else "本级", text or "")
    t = _SCORE_SUFFIX.sub("", t.strip())
    t = _BRACKETS.sub("", t)
    t = _STRIP.sub("", t)
    t = t.lstrip("★☆※")
    if t.startswith("其中"):
        t = t[2:]
    return t


def _build_index(vocab: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for key, labels in vocab.items():
        for label in labels:
            index.setdefault(norm_label(label), key)
    return index


HEADER_INDEX = _build_index(HEADER_LABELS)
FUND_INDEX = _build_index(FUND_LABELS)
GOAL_INDEX = _build_index(GOAL_LABELS)
COLUMN_INDEX = _build_index(INDICATOR_COLUMNS)
ALL_LABELS = set(HEADER_INDEX) | set(FUND_INDEX) | set(GOAL_INDEX) | {norm_label(x) for x in FOOTER_LABELS} | {
    "项目资金", "项目资金万元", "资金来源", "绩效指标", "年度绩效指标", "长期绩效指标", "项目概况", "立项依据",
    "实施内容", "项目资金情况", "资金情况", "投入目标", "项目资金申请", "项目预算", "项目审批",
    "项目总体概况", "项目立项情况", "项目实施进度计划", "单位职能概述", "保障绩效目标实现措施",
}


# Fund-source names are composed on real forms: a government level, then what kind of money it is,
# then 资金/拨款 ("县级配套资金", "上级转移支付资金", "省级衔接补助资金", "乡镇自筹资金"). Names that no list
# holds are read by their parts; an unknown word anywhere leaves the name unknown.
_FUND_LEVEL = r"(?P<level>中央|省级|省|自治区|市县级|市县|县市|区县|县区|市级|市|州级|州|县级|县|区级|区|旗级|旗|乡镇|乡级|镇级|镇|街道|师级|团场|本级|上级|地方)"
_FUND_KIND = r"(?P<kind>财政|一般公共预算|政府性基金)?(?P<use>(?:转移支付|专项转移支付|补助|专项|配套|分担|奖补|衔接|衔接推进乡村振兴|以奖代补|预算内投资|债券|自筹|专项债|彩票公益金|体彩公益金|福彩公益金|体育彩票公益金|福利彩票公益金|公益金|补){1,2})?"
_FUND_TAIL = r"(?P<tail>资金|拨款|经费|安排|安排资金|投入|预算)?"
_COMPOSED_FUND = re.compile(f"^{_FUND_LEVEL}{_FUND_KIND}{_FUND_TAIL}$")
_SELF_RAISED = re.compile(r"^(?:单位|项目单位|实施单位|建设单位|业主单位|事业单位|企业|项目业主|业主|村集体|群众|社会|学校|医院)?"
                          r"(?:自筹|自有|投劳折资)(?:资金|经费|收入|配套)?$"
                          # a school's or hospital's own service income: "学校事业收入", "医院医疗收入"
                          r"|^(?:学校|医院|单位|卫生院)(?:事业收入|医疗收入|医疗服务收入)$")


# A project's whole-life investment: context beside this year's funds, the total only when nothing else is.
INVESTMENT_LABELS = frozenset(norm_label(x) for x in ("项目总投资", "总投资", "项目计划总投资"))
# A multi-year project's budget over its whole period ("项目总预算（万元） | 3800.00" over a 分年度资金安排 row): the year's
# funds are its 年度资金总额 row when there is one; on a single-year form the same label is the year's total.
WHOLE_PERIOD_LABELS = frozenset(norm_label(x) for x in ("项目总预算",))
#: Either: a figure for the project's whole life, not (necessarily) the budget year's.
WHOLE_LIFE_LABELS = INVESTMENT_LABELS | WHOLE_PERIOD_LABELS

# The total row of a funds table, as forms write it: it is the year's 资金总额 (a row, not a fund source).
TOTAL_ROW_LABELS = frozenset(norm_label(x) for x in ("合计", "总计", "合计数", "资金合计", "小计合计"))


# A lone banner opening another block below (or beside) the indicator table: a 资金测算明细 / 预算明细 list, the form's
# 填表说明, an 附表 (item | amount lines follow it; they are neither indicators nor the sheet's fund sources).
_OTHER_BLOCK = re.compile(r"^(?:附[:：表]?\s*\d*[:：、.．]?)?(?:项目|本年|年度)?(?:资金|预算|经费|支出|成本|费用)?(?:测算|构成)?"
                          r"(?:明细(?:表|情况)?|测算(?:表|依据|过程|说明)?)(?:[（(][^）)]{0,8}[)）])?$"
                          r"|^(?:填表|填报)(?:说明|须知)|^附[:：表件]")


def is_other_block_banner(cells: list[str]) -> bool:
    """A row with one distinct text that opens a block other than the indicator table ("资金测算明细（万元）")."""
    distinct = {t.strip() for t in cells if t.strip()}
    if len(distinct) != 1:
        return False
    text = ORDINAL.sub("", next(iter(distinct))).strip()
    return "指标" not in text and bool(_OTHER_BLOCK.match(text))


def is_total_row(text: str) -> bool:
    """A funds table's 合计 row label ("合计", "总 计", "资金合计")."""
    return norm_label(text) in TOTAL_ROW_LABELS


def composed_fund_key(n: str) -> str | None:
    """The fund key of a normalised source name built from known parts, or None."""
    if _SELF_RAISED.match(n):
        return "other"
    m = _COMPOSED_FUND.match(n)
    if not m or not (m.group("kind") or m.group("use") or m.group("tail")):
        return None
    level, use = m.group("level"), m.group("use") or ""
    if "自筹" in use:
        return "other"
    if level == "本级":
        return "fiscal_local"
    if level in {"上级", "中央"} or "转移支付" in use or "补助" in use or "衔接" in use:
        return "fiscal_upper"
    return "fiscal_part"


_FUND_DASH = re.compile(r"[—－–-]+")
_BROAD_FUND_KEYS = {"fiscal", "fiscal_part"}


# A header label written with the government level of the one who fills it ("县级实施单位", "市级主管部门",
# "乡镇实施单位"): the same field as the bare label. Goal labels written with the year ("2027年度目标",
# "2027年绩效目标") or the span of years ("三年总体目标", "2027—2029年总体目标") are the annual and the
# whole-period goals.
_LEVEL_PREFIX = re.compile(r"^(?:中央|省级|省|自治区|市级|市州|州级|地市级?|县级|县区|区县|县市区?|区级|旗级|乡镇级?|乡级|镇级|"
                           r"街道|本级|区域)(?=[\u4e00-\u9fff]{2})")
_YEAR_PREFIX = re.compile(r"^(?:\d{4}|[二〇零一二三四五六七八九]{4})\s*年度?(?=[\u4e00-\u9fff])")
_SPAN_PREFIX = re.compile(r"^(?:\d{4}\s*[-—–~～至到]+\s*\d{4}\s*年度?|[一二三四五两]年(?:期)?)(?=[\u4e00-\u9fff])")


def _prefixed_key(vocab_index: dict[str, str], n: str) -> str | None:
    """The key of a header or goal label written with a level, year or year-span prefix (see above)."""
    if vocab_index is HEADER_INDEX or vocab_index is GOAL_INDEX:
        bare = _LEVEL_PREFIX.sub("", n)
        if bare != n and (key := vocab_index.get(bare)):
            return key
    if vocab_index is GOAL_INDEX:
        if (span := _SPAN_PREFIX.sub("实施期", n)) != n and (key := vocab_index.get(span)):
            return key
        if (year := _YEAR_PREFIX.sub("年度", n)) != n and (key := vocab_index.get(year)):
            return key
    return None


def match(vocab_index: dict[str, str], text: str) -> str | None:
    """The canonical key whose label ``text`` is, or None."""
    n = norm_label(text)
    if not n or len(n) > 16:
        return None
    key = vocab_index.get(n) or _prefixed_key(vocab_index, n)
    if key is None and vocab_index is FUND_INDEX:
        # Fund lines numbered inside one cell ("二、自有资金：0万元") and names built from parts.
        bare = norm_label(ORDINAL.sub("", text)).lstrip("—－–-")  # "——体彩公益金": a sub-item's dash
        key = vocab_index.get(bare) or composed_fund_key(bare)
        parts = _FUND_DASH.split(bare)
        if key is None and len(parts) == 2 and vocab_index.get(parts[0]) in _BROAD_FUND_KEYS:
            # "一般公共预算拨款—中央转移支付", "一般公共预算拨款—本级": a budget type, then the level it comes from.
            key = vocab_index.get(parts[1]) or composed_fund_key(parts[1])
    return key


def is_label(text: str) -> bool:
    n = norm_label(text)
    return bool(n) and (n in ALL_LABELS or n in COLUMN_INDEX or match(HEADER_INDEX, text) is not None
                        or match(GOAL_INDEX, text) is not None)


# A sign-off row after the form ("财务处审核意见 | 经审核，同意申报", "主管部门意见（盖章）", "单位负责人签字", "经办人"):
# who approves or signs, never an indicator.
_SIGN_OFF = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:审核|审批|审查|复核|审定|评审|推荐|初审|终审|部门|单位|领导|处|科|局|委|小组)"
                       r"(?:意见|签字|签章|盖章|签名|签批)$"
                       r"|^[\u4e00-\u9fff]{0,8}(?:签字|签章|盖章|签名)$"
                       r"|^(?:填报人|填表人|经办人|审核人|复核人|制表人|审批人|负责人签字)$")


def is_sign_off_label(text: str) -> bool:
    """A label of an approval / 审核意见 / 签章 / 填报人 line ("财务处审核意见", "单位（盖章）", "经办人")."""
    raw = re.sub(r"\s+", "", text or "")
    n = norm_label(text)
    if not n or len(n) > 16:
        return False
    # "单位（盖章）" keeps its bracket's meaning: norm_label drops brackets.
    stamped = re.search(r"[（(](?:盖章|签章|签字|签名)[)）]", raw) is not None
    return bool(_SIGN_OFF.match(n)) or (stamped and len(n) <= 10)


_LOOSE_VALUE_WORDS = ("指标值", "目标值", "计划值", "预期值", "计划水平", "目标水平", "预期水平", "计划数", "目标数")
_OTHER_COLUMN_WORDS = ("上年", "往年", "以前年度", "历史", "实际", "完成", "实现", "依据", "标准", "解释", "公式", "说明",
                       "类型", "性质", "符号", "方向", "长期", "中期", "实施期", "权重", "分值", "偏差", "原因", "得分")


# A column of past or baseline figures beside the target ("上年度实际水平", "历史值", "基期值", "2024年实际完成值"):
# reference data, never the indicator's target value.
_PRIOR_WORDS = ("上年", "上一年", "往年", "以前年度", "前两年", "前三年", "近三年", "历史", "基期", "基准", "基数", "现状",
                "实际")


def prior_value_column(text: str) -> bool:
    """A header naming past actuals or a baseline (上年度实际水平, 历史值, 基期值), not a target value."""
    n = norm_label(text)
    return 0 < len(n) <= 16 and any(w in n for w in _PRIOR_WORDS)


def loose_value_column(text: str) -> bool:
    """A value column written in a local way ("本年度计划水平", "指标值及单位"): it names a target value
    and nothing that belongs to another column (上年度实际水平, 指标值设定依据, 长期指标值)."""
    n = norm_label(text)
    return 0 < len(n) <= 16 and any(w in n for w in _LOOSE_VALUE_WORDS) and not any(w in n for w in _OTHER_COLUMN_WORDS) \
        and not prior_value_column(text)


# A value column labelled by its year: "2027年度指标值", "2027年指标值", "指标值（2027年）", "本年（2027年）目标值".
_COLUMN_YEAR = re.compile(r"[（(]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?")
# A span of years ("2026—2028年指标值", "2027-2029年度"): the whole period, not one year.
YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?度?\s*[—–\-~～至到]+\s*((?:19|20)\d{2})\s*年?")
_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def year_value_column(text: str) -> int | None:
    """The year a target-value column names ("2027年度指标值" → 2027, "指标值（2026年）" → 2026); None for a column
    without a year, one naming a span of years, or one of actual figures ("2026年完成值", "2026年度实际完成值")."""
    t = (text or "").translate(_FULL_DIGITS)
    if YEAR_SPAN.search(t):
        return None
    found = list(_COLUMN_YEAR.finditer(t))
    if len(found) != 1:
        return None
    rest = t[:found[0].start()] + t[found[0].end():]
    n = norm_label(rest)
    if not n or any(w in n for w in _PRIOR_WORDS) or "完成" in n:
        return None
    if COLUMN_INDEX.get(n) == "value" or loose_value_column(rest):
        return int(found[0].group(1))
    return None


def context_column(text: str) -> bool:
    """A column beside the targets that is not a target (上年度实际水平, 指标内容/计算公式, 历史值): it never
    names a place or a project."""
    n = norm_label(text)
    return 0 < len(n) <= 16 and any(w in n for w in _OTHER_COLUMN_WORDS)


def level_name(text: str) -> tuple[str, str] | None:
    """(level1, level2) when ``text`` is a level name such as 数量指标 or 产出指标 (level2 may be '')."""
    n = norm_label(text)
    if not n:
        return None
    if n.endswith("目标") and len(n) > 3:
        n = n[:-2] + "指标"  # 2017 评审申报表: 数量目标, 成本目标, 社会效益目标
    for name, l1 in LEVEL2_TO_LEVEL1.items():
        if n == name or (n + "指标") == name:
            return (l1, name)
    for name in LEVEL1_NAMES:
        if n == name or n + "指标" == name:
            return (name, "")
    return None
