"""Offline evidence checks for the five appraisal dimensions (EA-*-90 …), no model needed.

A reviewer's judgement on 立项必要性, 投入经济性, 实施方案可行性, 绩效目标合理性 and 财政支持方式 rests
on evidence the report must contain: figures, beneficiaries, a dated schedule, a responsible body,
a basis for unit prices, a comparison of options, a named support mode, targets that can be set
against the money. Each check here only says that such evidence is *absent* from the sections
where it belongs, always at ``warning`` (the text may say it in words the patterns do not know),
and names what it looked for and where.

They run on every appraisal report, with or without a model. When a model is configured, the LLM
rule covering the same ground (``COVERS``) is told what these checks already found absent
(:func:`gaps_for`), so it judges only what is present instead of repeating them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from review_assistant.checks.base import CheckContext, ReportRule, register
from review_assistant.checks.models import Finding
from review_assistant.extract.report import AppraisalReport, ReportSection

_NUM = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
_CN_NUM = r"[一二两三四五六七八九十百千万]+"
# Between a number and its unit only spaces: a newline there joins two table rows or lines ("96\n人脸…").
_SP = r"[ \t\u3000]*"
# A number in Chinese numerals ("九十七", "二十一万", "二〇二四"). A single numeral only from 两 to 十:
# "一" and "千家万户" are words, not counts.
_CN_COUNT = r"(?:[〇零一二两三四五六七八九十百千万]{2,}|[两三四五六七八九十])"
# A figure in Chinese numerals ("九十七处", "二十一万人", "三成", "二〇二四年"). A single numeral only
# with a unit that slogans do not use ("两个维护", "四个意识", "五年行动" and "第十四个五年规划" are no figures).
_CN_FIGURE = (r"(?:[〇零一二两三四五六七八九十百千万]{2,}(?:余|多)?[万千亿]?(?:个(?!五年)|人|户|名|家|所|处|座|次|场|辆|台|套|项|"
              r"公里|亩|吨|册|件|成|倍|年(?!行动|规划|计划|攻坚))"
              r"|[两三四五六七八九十](?:余|多)?[万千亿]?(?:人|户|名|家|所|处|座|次|场|辆|台|套|公里|亩|吨|册|件|成|倍))")
# A figure: a number with a unit or a percentage, a year, a ratio — anything that can be checked.
FIGURE = re.compile(
    rf"{_NUM}{_SP}(?:%|％|万|千|亿|个|人|户|名|家|所|台|套|辆|条|项|次|元|公里|千米|米|平方米|亩|吨|床|张|倍|年|月|日|天|小时)"
    rf"|(?:19|20)\d{{2}}{_SP}年|{_NUM}{_SP}[:：∶]{_SP}{_NUM}|百分之{_CN_NUM}|{_CN_FIGURE}")
# Figures that are not about the problem: targets ("满意度预计达到90%以上", "覆盖率达到100%"), planned outputs
# ("预计扶持1,500人", "项目覆盖41个小区"), the people to be served ("服务对象…2,760人": EA-NEC-91's ground)
# and the money asked for ("拟申请区级财政资金498万元"). A clause with one of these says nothing about the need.
_NOT_NEED = re.compile(r"(?:满意度|覆盖率|达标率|知晓率|完成率|合格率)[^，,。；;\n]*?(?:达到|不低于|不少于|提高到|提升至|以上|≥)|"
                       r"预计|预期|拟|力争|实施后|建成后|完成后|申请[^，,。；;\n]*?(?:资金|经费|万元)|"
                       r"服务对象|受益对象|受益群体|惠及|覆盖(?!率)")
SURVEY = re.compile(r"调查|调研|问卷|统计|普查|摸底|台账|监测数据|测算|抽样|走访|座谈|数据显示|据统计")
# A count of people, households or units served ("三家供应商", "3家检测机构" count quotes, not beneficiaries;
# "受益农户满意度≥90%", "覆盖率达到100%" are rates).
_VENDORS = r"供应商|公司|机构|检测|咨询|评估|银行|代理|施工|设计|监理|报价|询价"
BENEFICIARIES = re.compile(
    rf"(?:{_NUM}|{_CN_COUNT}){_SP}(?:万|千|百)?{_SP}(?:余|多)?{_SP}(?:人次|人|户|名|位|(?:家|所)(?!{_VENDORS})|"
    r"村民|居民|农户|学生|老人|老年人|患者|儿童|群众|职工|商户|学员|"
    r"个(?:行政村|村|社区|单位|企业|学校|家庭|乡镇|街道|经营主体|主体))"
    rf"|(?:受益|服务|惠及|覆盖)(?:对象|人口|人群|群众|人数|户数)[^。；\n%％率度]{{0,8}}?{_NUM}(?!{_SP}(?:%|％|元|万元))"
    # what a facility serves, counted ("覆盖公共泊位6000个", "服务辖区12个社区", "惠及沿线38处"): the scale it is sized on
    rf"|(?:覆盖|惠及|服务(?!器|费|期|商|中心|站|点|平台|对象))(?!率)[^。；;，,\n%％率度]{{0,10}}?{_NUM}{_SP}(?:万|千|百)?{_SP}"
    r"(?:个|处|座|辆|台|套|条|所|家|户|人次|人|名|公里|平方米)(?!\s*(?:月|日|工作日|小时))")
# A schedule: a month (with or without its year), a quarter or half-year, a numbered phase with a date.
SCHEDULE = re.compile(
    rf"(?:(?:19|20)\d{{2}}\s*年\s*)?(?:{_NUM}\s*月(?:份|底|末|初|中旬|上旬|下旬|前)?"
    r"|第[一二三四1-4]季度|[一二三四1-4]季度|上半年|下半年|年底前|年内完成"
    r"|(?<=[0-9]年)(?:寒假|暑假|春季|夏季|秋季|冬季|春节前|汛期前|汛前|年初|年中|年末|年底))(?!(?:的)?(?:信息价|市场价|价格|均价|造价|单价))")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# A clause reporting what is already done ("已于2025年9月经会议研究同意") is history, not a plan.
_DONE = re.compile(r"已于|已经|已(?:完成|开展|组织|召开)|此前|去年|上年")
_SENTENCE = re.compile(r"[^。；;\n]+")
_CLAUSE = re.compile(r"(?:[^。；;，,\n]|(?<=\d),(?=\d))+")  # "2,760人" is one number
# The budget year: in the title ("2026年…项目事前绩效评估报告") or where the money is placed ("列入2026年部门预算").
_BUDGET_YEAR = re.compile(r"(?:列入|纳入|申请|安排)\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年度?(?:部门|财政)?预算")
_ROLE = r"(?:实施|责任|牵头|负责|承办|建设|主办|承建|业主)(?:单位|主体|部门|科室|股室)"
RESPONSIBLE = re.compile(
    r"由[^。；\n]{1,24}?(?:负责|组织实施|实施|承担|牵头|承办|具体落实)"
    rf"|(?:{_ROLE}|项目单位|项目法人|项目业主|主管部门|责任人|负责人)\s*[：:为是]"
    rf"|为(?:项目)?(?:{_ROLE}|法人|业主)"
    r"|(?:局|委|办|中心|公司|站|院|所|学校|街道|政府|办事处|科|股|处|室|队|部|馆|联|机构|企业|银行)\s*"
    r"(?:负责|牵头|组织实施|具体实施|承担)")
# "资金由市级和区级财政共同承担", "不足部分由服务机构承担" say who pays, not who carries out the project.
_PAYS = re.compile(r"(?:资金|经费|费用|成本|部分|其余|差额|余额|配套)[^。；\n]{0,3}$")
_PAYS_IN = re.compile(r"资金|经费|费用|成本")
# A table column naming the body: "牵头单位" (its 配合单位 beside it only assists), "责任部门", "实施主体".
_ROLE_HEADER = re.compile(rf"^(?:{_ROLE}|项目单位|责任人|负责人)$")
_ANY_ROLE = re.compile(r"(?:单位|部门|主体|科室|股室|责任人|负责人)$")
PRICE_BASIS = re.compile(
    r"测算依据|计算依据|依据|支出标准|开支标准|费用标准|收费标准|定额|取费|询价|比价|报价|中标|招标控制价|市场价|"
    r"参照|参考|标准[为是：:]|按照[^。；\n]{0,20}标准|上年实际|历史数据|合同价|协议供货价|协议价|政府采购价|结算价|"
    r"执行[^。；\n]{0,30}(?:标准|定额)|标准(?:执行|参照|按照|依照)|目录价|指导价|竞价|同类(?:工程|项目)")
OPTIONS = re.compile(
    r"比选|比较|对比|方案一|方案二|备选方案|替代方案|两种方案|两个方案|多个方案|多种方案|各方案|另一方案|若采用|如采用|"
    r"相比|相较|优于|成本效益分析|性价比|自建|外包|租赁方式|购买服务方式")
# A support mode is how the money reaches its use, not where it comes from: "资金来源为县本级一般公共预算",
# "中央和省级补助资金", "列入2026年部门预算" name a source only. "项目支出内容与项目目标相关"
# is an expense, "受××财政局委托" commissions the appraisal.
SUPPORT_MODE = re.compile(
    r"直接支出|直接投入|(?:列入|作为|采取|采用|通过)项目支出|政府购买服务|购买服务|贴息|奖补|以奖代补|先建后补|以工代赈|"
    r"政府投资基金|产业基金|"
    # 补助/补贴 as a mode ("给予运营补助", "补贴标准"), not a fund source ("上级补助资金") or an expense
    # line ("护林员劳务补助", "护林员补助按月发放").
    r"(?<!员)(?<!劳务)(?<!误工)(?<!交通)(?<!通讯)(?<!伙食)(?<!加班)(?:补助|补贴)(?!资金|经费|款)|"
    r"直接发放|发放到(?:户|人)|兑付到(?:户|人)|股权投资|资本金注入|委托(?:专业|第三方|社会|企业|公司|机构|代建|运营)|"
    r"政府和社会资本合作|PPP|特许经营|专项债|转移支付|财政拨款|直接投资|投资补助|"
    # "项目资金全部由区本级预算安排" is read as naming direct appropriation (whether it is the right mode is
    # EA-FUND-03's): precision first, a warning must not fire on a mode said in plain words.
    r"由[^。；\n]{0,12}预算(?:资金)?(?:直接)?安排")
# A quantified target: a number with a unit, or a percentage.
QUANTIFIED = re.compile(
    rf"{_NUM}{_SP}(?:%|％|万(?!元)|千(?!元)|个|人|户|名|家|所|台|套|辆|条|项|次|场|期|公里|千米|米|平方米|亩|吨|床|张|册|件|处|座)"
    rf"|(?:不低于|不少于|达到|提高|降低|控制在|≥|≤|＞|＜){_SP}{_NUM}|百分之{_CN_NUM}|{_CN_FIGURE}")

# Options must be compared for larger items (rulebook EA-ECO-05: multi-scenario analysis for large items).
LARGE_PROJECT_WAN = 500.0


@dataclass(frozen=True)
class Gap:
    """One absent piece of evidence: the check that saw it, and what to tell the reviewer."""

    rule_id: str
    message: str
    section: ReportSection | None
    suggestion: str


def _text(report: AppraisalReport, *keys: str) -> tuple[str, ReportSection | None]:
    """The joined text of every section with one of ``keys`` and the first such section."""
    parts = [s.text for s in report.sections if s.key in keys and s.text.strip()]
    first = next((s for k in keys for s in report.sections if s.key == k), None)
    return "\n".join(parts), first


def _tables_text(ctx: CheckContext, report: AppraisalReport, *keys: str) -> str:
    wanted = {i for s in report.sections if s.key in keys for i in s.tables}
    rows: list[str] = []
    for b, table in ctx.document.tables():
        if b.location.table in wanted:
            rows.extend(table.row_text(i) for i in range(table.n_rows))
    return "\n".join(rows)


def _own_text(ctx: CheckContext, report: AppraisalReport, *keys: str, skip: frozenset[int] = frozenset()) -> str:
    """Paragraphs and table rows under sections with one of ``keys``, leaving out their sub-sections of
    another kind: 资金构成 under 项目基本情况 holds the money, not the targets. A sub-heading the
    synonym table does not know belongs to its parent. Blocks whose index is in ``skip`` are left out."""
    owner: dict[int, str] = {}
    for s in sorted(report.sections, key=lambda s: s.block_start):  # enclosing sections first
        for i in range(s.block_start, s.block_end):
            owner[i] = s.key or owner.get(i, "")
    return "\n".join(b.text for i, b in enumerate(ctx.document.blocks)
                     if owner.get(i) in keys and i not in skip and b.text.strip())


def _span_text(ctx: CheckContext, report: AppraisalReport, *keys: str) -> str:
    """The blocks from each ``keys`` section's start up to the next section the reader found: a heading
    run into a table ("（四）实施方案可行性。| 时间节点 |") can leave the section empty and its body
    under the previous one."""
    starts = sorted({s.block_start for s in report.sections})
    blocks = ctx.document.blocks
    out: list[str] = []
    for s in report.sections:
        if s.key not in keys:
            continue
        nxt = next((i for i in starts if i > s.block_start), len(blocks))
        out.extend(b.text for b in blocks[s.block_start:max(s.block_end, nxt)] if b.text.strip())
    return "\n".join(out)


# A money table: its header names amounts or prices ("金额（万元）", "单价") and no indicators.
_MONEY_HEADER = re.compile(r"金额|单价|预算数|预算金额|资金数|万元|测算数")
_INDICATOR_HEADER = re.compile(r"指标")
# A note under a money table: "测算说明：…", "注：…", "编制依据：…".
_TABLE_NOTE = re.compile(r"^\s*(?:[（(]?[注註][）)]?|备注|说明|测算说明|测算依据|计算依据|编制依据|编制说明|计算说明|依据)\s*[：:]")


def _money_blocks(ctx: CheckContext, report: AppraisalReport) -> tuple[frozenset[int], frozenset[int]]:
    """Block indices of the money tables, wherever the section reader put them (a 资金测算 heading it did
    not know leaves the table under 绩效目标), and of the paragraphs right under each one up to the next
    section or table: where offices write the 测算说明."""
    starts = {s.block_start for s in report.sections}
    blocks = ctx.document.blocks
    tables: set[int] = set()
    notes: set[int] = set()
    for i, b in enumerate(blocks):
        t = b.table
        if t is None:
            continue
        head = " ".join(t.row_text(r) for r in range(min(2, t.n_rows)))
        if not _MONEY_HEADER.search(head) or _INDICATOR_HEADER.search(head):
            continue
        tables.add(i)
        j = i + 1
        while j < len(blocks) and j not in starts and blocks[j].table is None and j - i <= 3:
            notes.add(j)
            j += 1
    return frozenset(tables), frozenset(notes)


def _necessity(ctx: CheckContext, report: AppraisalReport) -> Iterable[Gap]:
    text, section = _text(report, "necessity")
    if section is None or not text.strip():
        return  # a missing section is EA-RPT-01's finding
    context, _ = _text(report, "necessity", "background")
    context += "\n" + _tables_text(ctx, report, "necessity", "background")
    need = "\n".join(c.group(0) for c in _CLAUSE.finditer(context) if not _NOT_NEED.search(c.group(0)))
    if not FIGURE.search(need) and not SURVEY.search(context):
        yield Gap("EA-NEC-90", "立项必要性及立项背景中没有任何数据、年份或调查统计材料，需求是否真实、迫切无从核实。", section,
                  "请用现状数据（年份、数量、比例）、调查或统计结果说明需求，注明数据来源。")
    scope, _ = _text(report, "necessity", "background", "basic_info", "content", "goals")
    scope += "\n" + _tables_text(ctx, report, "necessity", "background", "basic_info", "content", "goals")
    sheet_text = _sheet_text(report)
    if not BENEFICIARIES.search(scope) and not BENEFICIARIES.search(sheet_text):
        yield Gap("EA-NEC-91", "报告未写明服务对象或受益群体的数量（多少人、户或单位），立项必要性和绩效目标缺少测算基础。",
                  section, "请写明服务对象是谁、有多少（人数、户数或单位数），以及数据口径和来源。")


def _sheet_text(report: AppraisalReport) -> str:
    sheet = report.goal_sheet
    if sheet is None:
        return ""
    parts = [sheet.annual_goal.value if sheet.annual_goal else ""]
    parts += [" ".join(ind.raw) for ind in sheet.indicators if ind.raw]
    return "\n".join(p for p in parts if p)


def _budget_year(ctx: CheckContext) -> int | None:
    title = ctx.document.title or ctx.document.first_heading_or_paragraph()
    if m := _YEAR.search(title):
        return int(m.group(1))
    years = [int(a or b) for a, b in _BUDGET_YEAR.findall(ctx.document.full_text)]
    return max(years) if years else None


def _has_schedule(text: str, budget_year: int | None) -> bool:
    """A date of something still to be done: not in a clause about what is done already, nor later in its
    sentence at a year no later than that ("已于2024年11月经会议研究同意，2024年12月完成需求调研"), not
    before the budget year, not a price date ("2025年第三季度信息价")."""
    for sentence in _SENTENCE.finditer(text):
        done_year: int | None = None
        for clause in _CLAUSE.finditer(sentence.group(0)):
            c = clause.group(0)
            years = [int(y) for y in _YEAR.findall(c)]
            if _DONE.search(c):
                done_year = max([done_year or 0, *years]) or None
                continue
            year: int | None = None
            last = 0
            for m in SCHEDULE.finditer(c):
                if y := _YEAR.search(c, last, m.end()):  # a month without its year takes the clause's last year
                    year = int(y.group(1))
                last = m.end()
                if year is not None and ((budget_year is not None and year < budget_year)
                                         or (done_year is not None and year <= done_year)):
                    continue
                return True
    return False


def _names_body(text: str) -> bool:
    """A responsible body named in ``text``; "资金由市、区两级共同承担" says who pays, not who does it."""
    for m in RESPONSIBLE.finditer(text):
        g = m.group(0)
        if g.startswith("由") and (_PAYS.search(text[max(0, m.start() - 8):m.start()])
                                   or (g.endswith("承担") and _PAYS_IN.search(g))):
            continue
        return True
    return False


def _body_in_tables(ctx: CheckContext, report: AppraisalReport, *keys: str) -> bool:
    """A table under ``keys`` with a role column ("牵头单位 | 配合单位") or a role row ("责任单位 | 县民政局")
    that has a body written in it."""
    wanted = {i for s in report.sections if s.key in keys for i in s.tables}
    for b, table in ctx.document.tables():
        if b.location.table not in wanted:
            continue
        rows = [[re.sub(r"\s+", "", re.sub(r"[（(][^）)]*[)）]", "", c.text)) for c in row] for row in table.rows]
        for r, row in enumerate(rows[:3]):
            cols = [i for i, cell in enumerate(row) if _ROLE_HEADER.match(cell)]
            if any(_filled(later[i]) for later in rows[r + 1:] for i in cols if i < len(later)):
                return True
        if any(len(row) > 1 and _ROLE_HEADER.match(row[0]) and _filled(row[1]) and not _ANY_ROLE.search(row[1])
               for row in rows):
            return True
    return False


def _filled(cell: str) -> bool:
    return cell.strip() not in ("", "—", "-", "/", "／", "无", "——")


def _feasibility(ctx: CheckContext, report: AppraisalReport) -> Iterable[Gap]:
    text, section = _text(report, "feasibility")
    if section is None or not text.strip():
        return
    scope, _ = _text(report, "feasibility", "content", "basic_info")
    scope += "\n" + _tables_text(ctx, report, "feasibility", "content", "basic_info")
    scope += "\n" + _span_text(ctx, report, "feasibility")
    if not _has_schedule(scope, _budget_year(ctx)):
        yield Gap("EA-FEA-90", "实施方案可行性及项目内容中没有带时间节点的实施计划或进度安排（未见预算年度内的月份、季度等日期；"
                  "已完成事项的日期和价格日期不算）。", section,
                  "请列出实施计划和进度安排：各阶段任务及完成时间（到月），并与预算年度衔接。")
    if (not _names_body(scope) and not _body_in_tables(ctx, report, "feasibility", "content", "basic_info")
            and "implementer" not in report.fields):
        yield Gap("EA-FEA-91", "报告未写明项目的实施主体或责任单位（由谁负责、谁组织实施）。", section,
                  "请写明实施单位、责任部门及分工，必要时写明项目负责人。")


def _economy(ctx: CheckContext, report: AppraisalReport) -> Iterable[Gap]:
    text, section = _text(report, "economy")
    if section is None:
        return
    # The basis is often written under the budget table (测算说明) in 资金构成, not under 投入经济性.
    # So is a note right under the table when the section reader did not know its heading (四、资金测算).
    _, notes = _money_blocks(ctx, report)
    written = "\n".join([text, _text(report, "funding")[0], _tables_text(ctx, report, "economy", "funding"),
                         *(ctx.document.blocks[i].text for i in sorted(notes))])
    tables = report.budget_tables
    has_column = any(("basis" in t.columns and any(ln.basis.strip() for ln in t.items))
                     or ("标准" in t.headers.get("price", "") and any(ln.price_text.strip() for ln in t.items))
                     for t in tables)  # a 补助标准 / 救助标准 column is the basis of its prices
    table_rows = "\n".join(ln.evidence for t in tables for ln in t.items)
    if not has_column and not PRICE_BASIS.search(written) and not PRICE_BASIS.search(table_rows):
        what = "预算测算表没有测算依据或单价标准（未见依据列" if tables else \
            "未见可识别的预算测算表，资金构成和投入经济性中也没有测算依据（未见"
        yield Gap("EA-ECO-90", f"{what}，也未写明支出标准、定额、询价等来源）。",
                  section, "请在测算表中增加“测算依据”列，逐项写明单价采用的支出标准、定额、询价或历史合同价。")
    requested = report.requested_amount.value_wan if report.requested_amount else None
    # A comparison anywhere counts (reports put it in a section of its own, e.g. 补贴模式比选).
    if (requested is not None and requested >= LARGE_PROJECT_WAN and text.strip()
            and not OPTIONS.search(ctx.document.full_text)):
        yield Gap("EA-ECO-91", f"申请{requested:g}万元的较大项目，投入经济性和实施方案中未见不同实施方案或投入方式的比较"
                  "（如自建与购买服务、不同规模的成本比较）。",
                  section, "请对可选的实施方案或投入方式作成本和效果比较，说明选定方案的理由。")


def _funding(ctx: CheckContext, report: AppraisalReport) -> Iterable[Gap]:
    text, section = _text(report, "funding_compliance")
    if section is None or not text.strip():
        return
    # Named anywhere counts (a summary, a funding table): this check only says it is named nowhere.
    if not SUPPORT_MODE.search(ctx.document.full_text):
        yield Gap("EA-FUND-90", "报告未写明财政支持方式（直接支出、政府购买服务、补助、贴息、奖补等），也就无从论证其是否恰当。",
                  section, "请写明采用的财政支持方式，并说明为何采用这种方式、市场或社会资本能否分担。")


def _goals(ctx: CheckContext, report: AppraisalReport) -> Iterable[Gap]:
    _, section = _text(report, "goals", "goal_rationality")
    if section is None:
        return
    # Targets are often stated in the overview (计划…，目标…) rather than under 绩效目标.
    # The quantities of a budget table and its 测算说明 are inputs, not targets, wherever the table sits.
    tables, notes = _money_blocks(ctx, report)
    skip = tables | {i for i in notes if _TABLE_NOTE.match(ctx.document.blocks[i].text)}
    scope = (_own_text(ctx, report, "goals", "goal_rationality", "basic_info", "content", skip=skip)
             + "\n" + _sheet_text(report))
    if scope.strip() and not QUANTIFIED.search(scope):
        yield Gap("EA-GOAL-90", "年度绩效目标没有量化的产出或效果（未见数量、比例等目标值），无法与申请的资金对应。", section,
                  "请把年度目标写成可衡量的产出和效果（数量、质量、比例），使目标规模与申请金额相对应。")


_DETECTORS = (_necessity, _feasibility, _economy, _funding, _goals)

# Offline rule → the LLM rules that judge the same ground (told of the gap, asked only about the rest).
COVERS: dict[str, tuple[str, ...]] = {
    "EA-NEC-90": ("EA-NEC-02", "EA-RPT-02"),
    "EA-NEC-91": ("EA-NEC-02",),
    "EA-FEA-90": ("EA-FEA-01", "EA-FEA-04"),
    "EA-FEA-91": ("EA-FEA-01",),
    "EA-ECO-90": ("EA-ECO-02",),
    "EA-ECO-91": ("EA-ECO-05",),
    "EA-FUND-90": ("EA-FUND-03",),
    "EA-GOAL-90": ("EA-GOAL-02", "GS-09"),
}
OFFLINE_RULES = tuple(COVERS)


def find_gaps(ctx: CheckContext) -> list[Gap]:
    """Every absent piece of evidence in ``ctx``'s appraisal report (empty for other documents)."""
    report = ctx.report
    if report is None or report.opinion_form:
        # An expert opinion (评审意见表 / 意见书) records the experts' judgement on a report it does not contain:
        # the evidence belongs to that report, so its absence here says nothing (the pipeline notes it).
        return []
    return [g for detect in _DETECTORS for g in detect(ctx, report)]


def gaps_for(ctx: CheckContext, llm_rule: str) -> list[str]:
    """What the offline checks found absent that ``llm_rule`` covers, as lines for its prompt."""
    return [f"{g.rule_id}：{g.message}" for g in find_gaps(ctx) if llm_rule in COVERS.get(g.rule_id, ())]


OPINION_NOTE = ("本文件是专家评审意见，不含成文的评估报告，未做立项依据、受益对象、实施计划、支持方式等证据核查"
                "（EA-*-90 类），请结合所评审的报告核对。")


class _EvidenceCheck(ReportRule):
    def check(self, ctx: CheckContext, report: AppraisalReport) -> Iterable[Finding]:
        if report.opinion_form and self.rule_id == OFFLINE_RULES[0] and OPINION_NOTE not in ctx.notes:
            ctx.notes.append(OPINION_NOTE)
        for gap in find_gaps(ctx):
            if gap.rule_id != self.rule_id:
                continue
            s = gap.section
            yield ctx.finding(self.rule_id, "warning", gap.message, evidence=s.heading if s else "",
                              location=s.location if s else None, suggestion=gap.suggestion)


for _rid in OFFLINE_RULES:
    register(type(f"Evidence_{_rid.replace('-', '_')}", (_EvidenceCheck,), {"rule_id": _rid}))
