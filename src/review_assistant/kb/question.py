"""What a question asks, read from its wording alone (no texts, no model).

* the **kind of fact** it asks for (an amount, a period, a body, a count, a share, a grade) and the
  unit it names ("多少天", "几家"), with what in a clause would supply it;
* its **asking focus**: the clauses that ask, without the asker's story, quotes and case figures;
* its **content words** (jieba part of speech), those the knowledge base never uses, its most specific
  key terms, the thing it asks for ("用什么字体" → "字体") and the verb a figure is asked of.

``answerable`` decides from these whether retrieved clauses can answer; ``rerank`` scores with them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from review_assistant.kb.keywords import SYNONYMS, tokenize

_NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万零〇]+)"


#: A rule that says how points are computed, not a figure: "按……比例计分", "得该指标全部分值", "×分值".
_SCORING_RULE = r"比例(?:计分|得分|给分)|全部分值|[×xX＊*]\s*(?:该指标)?分值|乘以(?:该指标)?分值"


#: "每半年", "每年", "每三个月": how often something is done
#: "每季度", "每半年"; "按月提供报表", "逐月" (not "按年度预算数计算": a year's budget, not how often)
_EVERY = rf"(?:每(?:{_NUM}|半)?\s*(?:个)?(?:年度?|月|季度?|周|旬)|按(?:月|季度?|周|旬)(?![份末底初])|逐(?:月|季))"


#: (answer type, what in the question asks for it, what in a clause supplies it)
TYPES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("amount", re.compile(r"门槛|起点|限额|金额线|金额标准|多少金额|多大金额|金额多大|多少钱|多少万|几万|多少元|金额是多少|罚多少|罚款多少|收费标准|费用标准|(?:费|酬|价)[^，。？?]{0,4}(?:什么|多少|哪个)标准|付费标准|劳务费|报酬|补贴多少|多大投资|投资多少"),
     re.compile(rf"{_NUM}\s*(?:万|亿)?元|{_NUM}\s*(?:万|亿)(?!分)|百分之{_NUM}|千分之{_NUM}|{_NUM}\s*倍")),
    # "几年后被发现……还能追究吗": a time in the asker's story ("几年后", "几天以后"), not a period asked ("几年以后才能")
    ("period", re.compile(r"多少天|几天(?!(?:后|以后|之后)(?!才|方可|可以|能))|多长时间|多久|几个工作日|多少个工作日|什么时候|什么时间|何时|啥时候|啥时间|几时|几号|哪一天|几月|哪天|最晚|截止|期限|时限|几年(?!(?:[后前来]|以后|之后)(?!才|方可|可以|能))|多少年|有效期|任期|多少日"
                           # "是每年公布一次还是每半年公布一次": which frequency
                           r"|每[^，。？?]{1,6}?一次还是每|每(?:年|月|季度?|半年)还是每"),
     re.compile(rf"{_EVERY}|{_NUM}\s*(?:个)?(?:工作日|日|天|个月|月|年|周)|{_NUM}月(?:{_NUM}日|底|末|份)|年度终了|年底|月底|月末|日前|日内|之日起|期间|以前|前后|期满|届满|同时|随同|每年|每月|每季度|年中|季度|上半年|下半年|立即|及时"
                # "随部门预算报送": handed in with another paper, so at its time
                r"|随(?:同)?(?!意|机|时)[^。；，在后]{1,8}?(?:一并|一起|同步)?(?:报送|提交|上报)"
                # "整改定不定时限": a clause requiring one ("明确整改责任和时限") answers whether there is one
                r"|明确[^。；，]{0,12}(?:时限|期限)")),
    ("count", re.compile(r"(?:几|多少)个?(?:等次|等级|档次|级别)|分几档|(?<![拆分哪])几个(?!月|小?项目|工作日)|多少个(?!工作日)|几家|几名|多少名|多少人|几位|几场|多少场|多少位|多少学时|多少课时|多少页|几页|最少要设|至少要设"),
     re.compile(rf"{_NUM}\s*(?:个|家|名|位|项|类|种|档|级(?!指标)|人|份|场|方面|学时|页)|若干")),
    ("share", re.compile(r"几成|(?:砍|压|减|核减|少给|扣)(?:掉|去|了)?多少|砍多少|压减多少|减多少|减掉多少|多少分|几分|多少%|百分之几|比例|比重|占比|占多少|权重|多少个百分点|低于多少|高于多少|超过多少|不低于多少|不超过多少|最低可以|最高可以|定到多少"),
     re.compile(rf"{_NUM}\s*(?:%|％|分|个百分点|成)|百分之{_NUM}|千分之{_NUM}|{_NUM}分之{_NUM}|半数|{_NUM}\s*(?:万|亿)?元|{_SCORING_RULE}")),
    ("grade", re.compile(r"什么等级|哪个等级|哪一档|什么档次|什么结论"),
     re.compile(r"[\"“”「」](?:优|良|中|差|予以支持|不予支持|调整后予以支持)[\"“”「」]|等级|等次|档")),
    ("who", re.compile(r"谁(?!说得对|说的对|对谁错|的说法)|哪位|哪一位|哪几位|哪几个人|哪几名|哪个部门|哪个机构|哪些人|哪一级|什么部门|什么机构|哪个单位|哪些部门|哪个领导|什么领导|哪个科室|什么人"
                        # "科室直接出，还是要局领导审定": which of two bodies
                        r"|还是(?:要|由|让|归)?[^，。？?]{0,6}(?:领导|局长|科室|部门|单位|财政局|政府|机构)"),
     re.compile(r"部门|机构|委员会|常委会|财政局|政府|单位|人员|科室|审计机关|负责人|主席团|领导|专家|供应商|采购人|会计|本人|个人|小组"
                # a section of the bureau ("绩效管理科提出") and a meeting that decides ("经局长办公会研究")
                r"|[\u4e00-\u9fff]{2}科(?![目学技研普])|办公会|党组")),
    # "第三方机构需要具备什么资质", "任职条件是什么": a person's or a body's qualification, which a clause states
    # with what one must have ("应当具备……", "具有……资格")
    ("qualification", re.compile(r"(?:什么|哪些|啥|何种)(?:样的)?(?:资质|资格|任职条件|任职要求|从业条件)(?!等级|级别)"
                                 r"|(?:资质|资格|任职)(?:条件|要求)"),
     re.compile(r"具备|具有|资格|资质|任职条件|符合[^。；]{0,12}条件|应当由[^。；]{0,20}(?:担任|承担)")),
    # "第三方机构需要什么资质等级": a grade of qualification, which "具备相应能力" does not state
    ("qualification_grade", re.compile(r"(?:资质|资格)(?:等级|级别)|(?:几|哪一?|什么)级(?:别的)?资质"),
     re.compile(r"[甲乙丙丁一二三四五]级|(?:资质|资格)等级")),
    # "绩效管理委员会由哪些人组成": who its members are
    ("composition", re.compile(r"(?:由|是)?哪些(?:人|人员|单位|部门|成员|机构)?(?:组成|构成)|成员(?:有|是|包括)(?:哪些|谁)"),
     re.compile(r"组成|构成|成员|委员|主任|由[^。；]{2,40}(?:参加|担任)")),
    # "评估费用从哪笔钱里出", "谁来出钱": where the money comes from
    ("source", re.compile(r"(?:钱|费用|经费|开支|开销)[^，。？?]{0,4}从哪|从哪(?:里|笔|项|块|个)?(?:钱|资金|经费|预算|渠道)?(?:里|中)?"
                          r"(?:出|列支|开支|支出|报销|解决)|哪笔钱|谁(?:来)?(?:出钱|出资|掏钱|付钱)"
                          # "检测费用由谁来出": who pays is where the money comes from
                          r"|(?:费|钱|经费|开支)[^，。？?]{0,3}由?谁(?:来)?(?:出|付|承担|负担|掏)"),
     # (bearing a cost, not "承担相应的法律责任")
     re.compile(r"经费|列支|(?:费|资金|成本)[^。；，]{0,8}(?:承担|负担)|(?:承担|负担)[^。；，]{0,8}(?:费|资金|成本)|支付|(?:纳入|列入|编入)[^。；]{0,12}(?:预算|计划)|预算安排|(?:费用|资金)由|自筹")),
)


#: When the question names the unit it wants ("多少天", "几家"), the clause must give a number in it.
UNITS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(asks), re.compile(gives)) for asks, gives in (
        # (a day of a month, "次年3月31日前", is a date, not a number of days)
        (r"多少天|几天|多少日|几日|几个工作日|多少个工作日", rf"(?<![月\d.〇零一二两三四五六七八九十百千万]){_NUM}\s*(?:个)?(?:工作日|日|天)"),
        # "how long": a span of time, not a calendar date ("每年8月" does not say how long)
        # ("多长时间……报一次" asks how often: the frequency rule below decides it)
        (r"(?:多长时间|多久|多长|有效期)(?![^，。？?]{0,16}一次)", rf"{_NUM}\s*(?:个)?(?:工作日|日|天|个月|年|周)|之日起|立即|半年|半个月"),
        # "最长多长时间": a longest span is a number of days, months or years, never "立即"
        (r"最长(?:要|能|可以)?(?:多长时间|多久)", rf"{_NUM}\s*(?:个)?(?:工作日|日|天|个月|年|周)"),
        # "多久检查一次", "几年评一次": how often, so a frequency ("每半年", "每年"), not a time limit
        # (a plan "期限为五年" is drawn up once a period)
        # "是每年公布一次还是每半年公布一次": a frequency, not "定期"
        (r"每[^，。？?]{1,6}?一次还是每|每(?:年|月|季度?|半年)还是每", rf"{_EVERY}|{_NUM}\s*(?:个)?(?:年|月)一次"),
        (r"(?:多长时间|多久|几年|几个月|多少天)[^，。？?]{0,16}一次",
         rf"{_EVERY}|{_NUM}\s*(?:个)?(?:年|月)一次|定期|(?:周期|期限)\s*为\s*{_NUM}\s*(?:个)?(?:年|月)"),
        # a span of years, not a calendar year ("自2024年4月1日起施行" does not say how many years)
        (r"几年(?!(?:[后前来]|以后|之后)(?!才|方可|可以|能))|多少年", r"(?<!\d)(?:\d{1,2}|[一二两三四五六七八九十]+)\s*(?:个)?(?:年|周年)"),
        (r"(?<!哪)几个月|多少个月", rf"{_NUM}\s*个月"),
        (r"几月|哪个月|什么月份", rf"{_NUM}\s*月"),
        # "每个月几号之前报": a day of the month, not "按月监控"
        (r"几号|哪一天|哪天", rf"{_NUM}\s*(?:日|号)|月底|月末|之日起|日内"),
        # "几月到几月": a span from one point to another, not a single deadline ("7月底前")
        (r"几(?:月|日|号|年)份?(?:到|至)几", rf"{_NUM}\s*(?:月|日|号|年)?份?\s*(?:至|到|—|－|-|～|~)\s*{_NUM}\s*(?:月|日|号|年)"),
        (r"多少页|几页", rf"{_NUM}\s*页"),
        (r"多少字|几个字|几千字|几万字|字数", rf"{_NUM}\s*(?:千|万)?字"),
        (r"多少学时|多少课时", rf"{_NUM}\s*(?:学时|课时)"),
        # ("列了几家企业", "来了几个人": some, not how many)
        (r"(?<!了)几家|多少家", rf"{_NUM}\s*家"),
        # "哪几个人签字" asks who, not how many
        (r"(?<![哪了])(?:几名|几个人|几位)|多少名|多少人|多少位", rf"{_NUM}\s*(?:名|人|位)"),
        # "给几分": points, or the share of an item's points the rules give ("得该指标分值的80%")
        # or a scoring rule ("按照实际完成值占指标值的比例计分", "得该指标全部分值")
        (r"多少分|几分(?!之)", rf"{_NUM}\s*(?:分|%|％)|百分之{_NUM}|{_SCORING_RULE}"),
        (r"多少万元|多少万|几万", rf"{_NUM}\s*万"),
        (r"多少次|几次", rf"{_NUM}\s*次"),
        (r"多少场|几场", rf"{_NUM}\s*场"),
        # "哪位领导来谈": a leader, not merely the body ("区财政局可以约谈")
        (r"(?:哪位|哪个|什么|哪一级)领导", r"领导|局长|负责人|主任|书记"),
        # "核减多少比例", "增加百分之几": a proportion, not a score band or an amount
        (r"多少比例|什么比例|比例是多少|百分之几|百分之多少|几成|多少个百分点", r"%|％|百分之|千分之|分之[一二三四五六七八九十\d]|半数|个百分点|[一二三四五六七八九十\d]成(?![本果立员绩])"),
        # "第几年做": an ordinal, not a length ("实施期在5年及以上")
        (r"第几(?:年|个月|天|次|轮)", rf"第{_NUM}\s*(?:年|个月|天|次|轮)|当年|次年|最后一年"),
        # "请几个专家": people, counted as people
        (r"(?:几|多少)(?:个|名|位)?(?:专家|评委|委员|成员)",
         rf"{_NUM}\s*(?:名|人|位|个)(?:以上)?的?(?:专家|评委|委员|成员)|(?:专家|评委|委员|成员)[^，。；]{{0,8}}{_NUM}\s*(?:名|人|位)"),
        # "评多少个项目": a number of projects or a share of them, not "三种评价方式"
        (r"(?<![拆分哪成])(?:几|多少)个(?:[\u4e00-\u9fff]{0,4})项目", rf"{_NUM}\s*(?:个|项)|{_NUM}\s*(?:%|％)|百分之"),
        # "罚款多少", "会不会被罚款": a penalty, not some other amount in a parameters list
        (r"罚", r"罚"),
        (r"多少份|几份", rf"{_NUM}\s*份"),
        # "结果分几个等次": grades counted or listed ("分为优、良、中、差四个等级"), not any number in the clause
        (r"(?:几|多少)个?(?:等次|等级|档次|级别)|分几档",
         rf"{_NUM}\s*(?:个)?(?:等次|等级|档次|档|级|类)|[优良中差][、，][优良中差]|[”\"]\s*[“\"]"),
    )
)


#: "多少保证金", "多少编制", "几次": a quantity the specific types above do not name; the clause must
#: hold a number with a measure word (a bare article number "第十条" is not one).
QUANTITY = (
    "quantity",
    re.compile(r"多少|(?<!哪)几(?:次|份|项|条|级|类|种|档|轮|届)"),
    # or a formula the asker's own figures go into ("按照实际支出数除以调整后年度预算数计算")
    re.compile(rf"{_NUM}\s*(?:%|％|元|万|亿|次|份|个|名|家|项|类|种|档|级|人|日|天|年|月|周|倍|分|页|届|轮|学时|方面|字)"
               r"|除以|乘以|之比"),
)


#: "分几类", "有几种": how many kinds, which a clause answers with the number or by listing the kinds ("分为基本支出绩效目标、
#: 项目支出绩效目标和部门（单位）整体支出绩效目标", "（一）……（二）……").
KINDS = (
    "kinds",
    re.compile(r"(?<!哪)几(?:类|种|大类)|多少(?:类|种)"),
    re.compile(rf"{_NUM}\s*(?:类|种|档|级|方面)|(?:分为|分成|划分为|包括|分)[^。；：]{{0,30}}、[^。；]{{0,40}}(?:和|及|以及|、)|（二）|\n2[\.．、]"),
)


#: Part-of-speech flags (jieba) of words that name a thing or an act a question is about.
_CONTENT_POS = ("n", "nz", "nt", "nr", "ns", "vn", "l", "j", "eng")


#: Nouns trainees put in questions that no clause needs to contain.
_FILLER = frozenset({"东西", "事情", "时候", "情况", "问题", "方面", "内容", "对方", "办法", "要求", "规定", "文件",
                     "接下来", "以后", "之后", "现在", "最后", "时间", "数据", "是不是", "部分", "各部分", "环节",
                     # asking idioms: "有什么讲究", "是什么意思", "有什么说法/好处/用处/区别"
                     "讲究", "意思", "说法", "规矩", "好处", "用处", "区别", "门道", "后果",
                     # how much of it: "全部评一遍", "一共要审多少天", "具体砍多少"
                     "全部", "所有", "一共", "总共", "一遍", "具体",
                     # how a rule is asked about: "有没有统一规定", "有没有明确要求", "有没有专门说"
                     "统一", "明确", "专门", "明确要求", "明确规定",
                     # whether the case is in order ("这样一直停着合规吗"): asked of the rule, not named in it
                     "合规", "合不合规",
                     # where the rule comes from ("法律上最长能停多久", "法规有没有说")
                     "法律", "法规", "法律法规",
                     # the choices a form offers ("有哪几个选项"): the clause lists them ("从……中选择")
                     "选项", "可选项"})


#: Everyday words for what the rules say in their own terms: how long ("礼拜", "钟头"), handing in again
#: ("重报", "补报"), where a report is signed ("落款"), whether it counts ("算数", "管用"), a cap ("封顶").
#: They are the asker's speech, not subjects the texts leave out.
_COLLOQUIAL = frozenset({"礼拜", "星期", "钟头", "半天", "年头", "年底前", "时长", "早点", "晚点", "回头",
                         "重报", "补报", "再报", "上交", "交表", "落款", "签个字", "盖个章", "打回", "退件",
                         "算数", "好使", "管用", "靠谱", "妥当", "要紧", "麻烦", "划算", "折腾", "行得通", "行不通",
                         "封顶", "兜底", "开销", "钱数", "进场", "加点", "卡住", "人家", "别人", "名下",
                         # "红线" (what may never pass), "没太明白", "搞清楚": speech about the rule, not a thing in it
                         "红线", "底线", "明白", "清楚", "搞懂", "弄懂",
                         # a term of address and festive speech ("审核的同志能不能收逢年过节送的礼品")
                         "同志", "逢年过节", "过年过节",
                         # "一分钱都不给": an intensifier, not a sum asked about
                         "一分钱", "一分钱也", "一个子儿",
                         # "跟去年一模一样", "会不会被挑毛病", "另一家要不要担责": speech around the case
                         "一模一样", "挑毛病", "另一家", "这家", "那家",
                         # "报市政府批准就行了", "上海、重庆两地": speech around what is asked
                         "就行了", "就行", "就可以了", "两地", "两边",
                         # the asker's colleagues by their titles ("财务部长很紧张", "项目经理打算……")
                         "部长", "处长", "经理", "所长"})


_ASKING = re.compile(r"多少|多长|多久|多大|哪|几|什么|啥|怎|谁|吗|呢")


# jieba sometimes glues a function character to a neighbour ("分会" in "55分会怎样"): not a term.
_GLUED = re.compile(r"^[会要能里内给]|[会要能里内给]$|^[这那]?[一二两三四五六七八九十几]+[件个种项条次类块]"
                    # "报市人大常委会": "报" glued to the level of the body it goes to
                    r"|^[报送交][市区县省]$"
                    # pointing back at what was said: "这样的话", "这两块", "那种"
                    r"|^[这那](?:样|种|些|么|类|块|边)")


_FIGURE_NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千零〇]+)"
#: A figure's unit class: money, share, score, days.
_FIGURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("money", re.compile(rf"{_FIGURE_NUM}\s*(?:万|亿)?元|{_FIGURE_NUM}\s*(?:万|亿)(?![分人])")),
    ("share", re.compile(rf"{_FIGURE_NUM}\s*(?:%|％|个百分点)|{_FIGURE_NUM}成(?![本果立员绩])|百分之{_FIGURE_NUM}")),
    ("score", re.compile(rf"{_FIGURE_NUM}\s*分(?![之别类配解期析担摊])")),
    ("days", re.compile(rf"{_FIGURE_NUM}\s*(?:个)?(?:工作日|天|周|星期|礼拜)")),
)


def figure_units(text: str) -> frozenset[str]:
    """The unit classes of the figures ``text`` states (money, share, score, days)."""
    return frozenset(name for name, pattern in _FIGURES if pattern.search(text))


#: A quoted example or term inside a question ("像“单位成本不超过多少”这种指标"): not what it asks.
QUOTED = re.compile(r"[“\"「『‘']([^”\"」』’'\n]{1,40})[”\"」』’']")


#: A question asking what a term means: "什么叫双监控", "“历史标准”具体指什么", "阻断性问题是啥意思".
_ASKS_MEANING = re.compile(r"指的是|是指|指什么|指啥|意思|含义|什么叫|什么是|啥叫|何谓|怎么理解|如何理解")
_MEANING_AFTER = re.compile(r"(?:什么叫|什么是|啥叫|啥是|何谓)[“\"「]?([\u4e00-\u9fff]{2,12})")
_MEANING_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,16})[”\"」]?(?:具体)?(?:指的是什么|指的是啥|是指什么|指什么|指啥|是什么意思"
                             r"|是啥意思|啥意思|什么意思|怎么理解|如何理解|的含义|含义是什么)")
#: Words before the term ("规程里说的", "这个") and after it ("是", "到底") that are not part of it.
_MEANING_LEAD = re.compile(r"^.*(?:说的|里的|中的|讲的|提到的|上的|里|中)")
_MEANING_EDGES = (re.compile(r"(?:是|到底|具体|究竟|分别)+$"), re.compile(r"^(?:这个|那个|就是|所谓|这里的|那么)"))
_TERM = re.compile(r"[\u4e00-\u9fff0-9+]{2,16}")


def defined_terms(question: str) -> frozenset[str]:
    """The terms a question asks the meaning of (empty when it asks no meaning): its short quotations and the words
    around "什么叫", "指什么", "是啥意思"."""
    if not _ASKS_MEANING.search(question):
        return frozenset()
    terms = {m.group(1).strip() for m in QUOTED.finditer(question) if len(m.group(1)) <= 20}
    terms.update(m.group(1) for m in _MEANING_AFTER.finditer(question))
    for m in _MEANING_BEFORE.finditer(question):
        term = _MEANING_LEAD.sub("", m.group(1))
        for edge in _MEANING_EDGES:
            term = edge.sub("", term)
        terms.add(term)
    return frozenset(t for t in terms if _TERM.fullmatch(t))


#: A yes/no question: what it proposes ("晚几天补", "写成百分之百") is not a fact it asks for.
# "我理解……调查对象是谁都不用写，对吗": a reading put for confirmation; the "谁" inside it is not asked
_YES_NO = re.compile(r"行不行|可不可以|能不能|能否|可以吗|行吗|是否可以|允许吗|算不算|要不要|算数吗|还算数|对吗|对不对|对么|是这样吗|没错吧")


#: "晚了几天", "过了几个月": a few, as the asker tells it, not a question how many.
_A_FEW = re.compile(r"(?<=[了过])几(?=天|个月|个工作日|年|次)")


def asked_sentences(question: str) -> str:
    """The sentences ending in "？" of a message that also tells its case in sentences ending in "。" or "！"
    ("街道想给辖区里的一家停车场运营公司发补贴……。这种情况按规程应该从哪个方面去审？"); else the whole message.
    The things of the told case (停车场, 运营公司) are the asker's, not what the texts must name."""
    sentences = [(m.group(1), m.group(2)) for m in _SENTENCE_WITH_END.finditer(question) if m.group(1).strip()]
    asked = [s for s, stop in sentences if stop in ("？", "?")]
    told = [s for s, stop in sentences if stop in ("。", "！", "!")]
    return "，".join(asked) if asked and told else question


def asking_part(question: str) -> str:
    """What in the question asks for a fact: quotes left out; nothing for a yes/no question
    ("晚几天补上行不行" asks a permission, not a period). When some clauses ask and others tell the
    asker's story ("报告日期比申报截止日还晚，这样算做过评估吗？"), only the asking clauses."""
    if _YES_NO.search(question):
        return ""
    text = _A_FEW.sub("若干", QUOTED.sub("“”", question))
    parts = [(c, asks) for c, _, asks in clause_asks(text) if c.strip()]
    asking = [c for c, asks in parts if asks]
    if not asking and (asked := asked_sentences(text)) != text:
        # "……下半年几个民生项目提速，……。请问报市政府批准就行了，还是还得提请市人大常委会？": the question is the
        # sentence with the question mark, though no asking word is in it; the story's "几个" asks nothing
        return asked
    return "，".join(asking) if asking and len(asking) < len(parts) else text


def figure_pattern(kind: str) -> re.Pattern[str]:
    """What in a clause supplies an answer of ``kind`` ("period", "amount" …)."""
    return next(gives for name, _, gives in (*TYPES, KINDS, QUANTITY) if name == kind)


_COUNT_ASKS = next(asks for name, asks, _ in TYPES if name == "count")


def _only_indefinite_counts(question: str) -> bool:
    """Every count word of the question follows a done act ("列了几家", "来了几个人"): a few, not how many."""
    found = list(_COUNT_ASKS.finditer(question))
    return bool(found) and all(question[max(m.start() - 1, 0):m.start()] == "了" for m in found)


def answer_types(question: str) -> tuple[str, ...]:
    """What kinds of fact the question asks for (several when it asks "多少天" and "谁"), quotes aside."""
    question = asking_part(question)
    named = tuple(name for name, asks, _ in TYPES if asks.search(question))
    if "count" in named and len(named) > 1 and _only_indefinite_counts(question):
        # "计划里列了几家国有企业，审计机关要在多长时间内告知": "列了几家" is "some", the period is what is asked
        named = tuple(n for n in named if n != "count")
    if not named and KINDS[1].search(question):
        return (KINDS[0],)
    if not named and QUANTITY[1].search(question):
        return (QUANTITY[0],)
    return named


@lru_cache(maxsize=1)
def _synonym_index() -> dict[str, frozenset[str]]:
    """Each synonym word and each of its tokens → the tokens of its whole group."""
    index: dict[str, set[str]] = {}
    for group in SYNONYMS:
        tokens = {t for w in group for t in tokenize(w)}
        for w in group:
            for key in (w, *tokenize(w)):
                index.setdefault(key, set()).update(tokens)
    return {k: frozenset(v) for k, v in index.items()}


def synonyms_of(token: str) -> frozenset[str]:
    """``token`` and the words the domain's synonym groups put beside it."""
    return _synonym_index().get(token, frozenset()) | {token}


def is_subject_word(token: str) -> bool:
    """A dictionary word of two characters or more that is not filler or everyday speech."""
    return (len(token) >= 2 and not token.isdigit() and token not in _FILLER and token not in _COLLOQUIAL
            and not _ASKING.search(token) and _in_dictionary(token))


def unknown_terms(question: str, vocabulary: dict[str, float]) -> list[str]:
    """Content words of the question that no indexed clause contains (nor any synonym of them).

    "字体" or "会计师事务所" asked of texts that never mention them: the question is about something
    the knowledge base does not cover, however close its other words are.
    """
    out: list[str] = []
    named = project_name_words(question)
    for word, flag in tagged_content_words(question):
        if _is_speech(word, flag) or word in named or _UNIT_NAME.match(word):
            continue
        # A fee ("评估费", "代理费") is a thing of its own, not its known first part ("评估")
        parts = [word] if len(word) >= 3 and word.endswith(FEE) else tokenize(word)
        if not parts or any(synonyms_of(t) & vocabulary.keys() for t in parts):  # a stopword, or known
            continue
        if word not in out:
            out.append(word)
    return out


#: A unit's or a section's own name ("教育局", "计财科", "县卫健委"): the asker's case, never a rule's word.
_UNIT_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:局|委|科|办|厅)$")


#: What a project or a unit is called by: the words before it name the asker's own case.
_NAMED_HEADS = frozenset({"项目", "工程", "中心", "服务中心", "服务站", "学校", "医院", "卫生院"})
#: Parts of speech a project's name is made of (nouns, verbs, names, idioms, Latin letters).
_NAME_POS = ("n", "v", "j", "l", "eng", "a", "t")


def project_name_words(question: str) -> frozenset[str]:
    """Words naming the asker's project or unit ("社区卫生服务中心的家庭医生签约项目", "老旧小区改造工程"):
    the run of name words right before 项目/工程/中心…; no rule needs to contain a project's name."""
    import jieba.posseg as pseg

    tokenize("")  # loads jieba with the domain dictionary
    words = list(pseg.cut(question))
    out: set[str] = set()
    for i, (word, _) in enumerate(words):
        if word not in _NAMED_HEADS:
            continue
        j = i - 1
        while j >= 0 and words[j].flag.startswith(_NAME_POS) and words[j].word not in _NAMED_HEADS:
            out.add(words[j].word)
            j -= 1
    return frozenset(out)


_SPEECH = re.compile(r"[不没越]")


#: "越小越(好)", "越多越(好)": a comparison however jieba cuts and tags it.
_THE_MORE = re.compile(r"越.越")


#: A verb said twice round "一" ("比一比", "算一算", "看一看"): a casual way to say the verb, no term.
_REDUPLICATED = re.compile(r"^(.)一\1$")


#: Sums of money of their own: "评估费", "代理费" and "保证金" are not their known first parts ("评估", "保证").
FEE = ("费", "费用", "酬金", "保证金", "押金", "违约金", "滞纳金")


#: Degree words glued to a verb or adjective ("晚一点", "改一下"): speech, whatever jieba tags them.
_DEGREE = re.compile(r"一点|一下|一些|有点")


#: The directions a verb can take ("交上来", "报上去", "退回来"); rerank strips them to find the act.
DIRECTIONS = "上来|上去|下来|下去|出来|出去|进去|回来|回去|过来|过去"


#: A verb with a direction: how something moves, not what is asked about.
_DIRECTION = re.compile(rf"[^\s](?:{DIRECTIONS})$")


#: "算在里面", "算进去", "包括在内": whether something is counted in, however jieba glues it.
_COUNTED_IN = re.compile(r"(?:在里面|在里头|在内|进去)$")


def _is_speech(word: str, flag: str) -> bool:
    """Glued by jieba's HMM ("那格", "个章", "前报"), a set phrase that negates or compares ("对不上", "没法用",
    "越多越好"), a degree word or a direction ("晚一点", "交上来"): not a thing anyone asks the texts about."""
    return ((flag != "eng" and not _in_dictionary(word)) or (flag == "l" and _SPEECH.search(word) is not None)
            or _DEGREE.search(word) is not None or _DIRECTION.search(word) is not None
            or _COUNTED_IN.search(word) is not None
            or _THE_MORE.search(word) is not None or _REDUPLICATED.match(word) is not None)


def _in_dictionary(word: str) -> bool:
    """The word is in jieba's dictionary (or the domain's), not one its HMM made up from unknown characters."""
    import jieba

    tokenize("")  # loads jieba with the domain dictionary
    return bool(jieba.dt.FREQ.get(word))


def content_words(question: str) -> tuple[str, ...]:
    """The question's words that name a thing or an act (jieba part of speech), fillers left out."""
    return tuple(word for word, _ in tagged_content_words(question))


@lru_cache(maxsize=1024)
def tagged_content_words(question: str) -> tuple[tuple[str, str], ...]:
    import jieba.posseg as pseg

    tokenize("")  # loads jieba with the domain dictionary
    asking = [m.span() for _, asks, _ in TYPES for m in asks.finditer(question)]
    out: list[tuple[str, str]] = []
    start = 0
    for word, flag in pseg.cut(question):
        end = start + len(word)
        # jieba cut across an asking phrase ("几/成分" in "能给几成分"): the word begins inside the phrase
        straddles = any(a < start < b < end for a, b in asking)
        if (len(word) >= 2 and flag.startswith(_CONTENT_POS) and word not in _FILLER and word not in _COLLOQUIAL
                and not straddles
                and not _ASKING.search(word) and not _GLUED.search(word)):
            out.append((word, flag))
        start = end
    return tuple(out)


_COMPARES = re.compile(r"一样吗|一样不|相同吗|有什么不同|有何不同|不同之处|区别|哪个更|谁更|分别|对比|比较")


_LEVELS = frozenset({"国家", "中央", "全国", "地方", "本地", "区里", "市里", "省里", "县里", "国务院", "财政部"})


#: A figure the asker states of their own case: "≥1000人次", "实际只培训了800人次", "分值10分".
_CASE_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|人次|人|次|个|项|分|万元|元|天|户|家|公里|km)")


def _without_case_figures(question: str) -> str:
    """``question`` without the clauses that only state the asker's case figures (they do not ask).

    "年度指标值是≥1000人次，实际只培训了800人次，自评能得几分？" asks how a shortfall is scored; the
    clause it needs is the scoring rule, which never says "培训"."""
    clauses = [c for c in CLAUSE_END.split(question) if c.strip()]
    kept = [c for c in clauses if ASKS.search(c) or not _CASE_FIGURE.search(c)]
    return "，".join(kept) if kept and len(kept) < len(clauses) else question


#: A document called by its number ("中发34号文", "财预〔2020〕10号", "10号文件").
_DOCUMENT_REFERENCE = re.compile(r"(?:财政部|国务院|中共中央|财政厅|财政局)?(?:[\u4e00-\u9fff]{1,3}(?:发|预|办|绩))?\s*(?:[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】])?"
                                 r"\s*\d{1,4}\s*号(?:文件|文)?")


def key_terms(question: str, idf: dict[str, float], n: int = 1) -> list[str]:
    """The question's ``n`` most specific indexed content terms (highest IDF): what a fact is about.

    "镇（街道）的绩效评价结果要在多少天内公开" asks about towns; a clause giving a period for the
    district's publication, without "镇" or "街道", does not answer it. A word counts as itself when
    indexed, else by its parts.
    """
    # "中发34号文提出的……": the document the question names is where the answer is, not what it is about
    question = _DOCUMENT_REFERENCE.sub("，", _without_case_figures(question))
    for _, asks, _ in TYPES:  # "多长时间", "什么时间": the asking phrase, not what is asked about
        question = asks.sub("，", question)
    # "国家和区里规定的一样吗": the levels compared are where the answer comes from, not what it is about
    levels = _LEVELS if _COMPARES.search(question) else frozenset()
    weights: dict[str, float] = {}
    for word in content_words(question):
        if word in levels:
            continue
        # a word the texts say otherwise ("考核指标" for 绩效指标) is itself, weighing as its synonym does
        known = [s for s in synonyms_of(word) if s in idf]
        found = {word: idf.get(word) or max(idf[s] for s in known)} if known else {
            t: idf[t] for t in tokenize(word) if t in idf}
        for t, weight in found.items():
            weights[t] = max(weights.get(t, 0.0), weight)
    return sorted(weights, key=lambda t: -weights[t])[:n]


#: "用什么字体", "哪种格式", "几号字": the word right after the asking word is the thing asked for.
_ASKED_THING = re.compile(r"(?:什么|哪些|哪种|哪类|哪个|哪一种|几种|几个|多少个)([\u4e00-\u9fff]{2,6})")


def asked_thing(question: str, words: tuple[str, ...]) -> str | None:
    """The content word (among ``words``) the question asks for ("用什么字体" → "字体"), if any."""
    for m in _ASKED_THING.finditer(question):
        for w in words:
            if m.group(1).startswith(w):
                return w
    return None


def asked_compound(question: str, vocabulary: dict[str, float]) -> str | None:
    """A compound the question asks for whose first part the texts never use ("需要什么资质等级": "资质").

    Elsewhere a compound counts as known when one part is ("资质等级" by "等级"); the thing asked for
    must be known as a whole.
    """
    for m in _ASKED_THING.finditer(question):
        for word, _ in tagged_content_words(question):
            if len(word) >= 3 and m.group(1).startswith(word):
                parts = [t for t in tokenize(word) if len(t) >= 2 and t != word]
                if parts and word not in vocabulary and not synonyms_of(parts[0]) & vocabulary.keys():
                    return word
    return None


#: What may stand between a thing and the figure asked of it: "奖金每人发多少", "费用一般是多少".
_TO_FIGURE = re.compile(r"^(?:每人|每个|每次|每年|每月|一般|大概|大约|通常|最多|最少|至少|要|能|可以|发|给|付|收|交|是|有|为){0,3}"
                        r"(?:多少|几)")


def figure_of_unknown(question: str, unknown: tuple[str, ...]) -> str | None:
    """An unknown word the question asks a figure of ("奖金每人发多少" → "奖金"): no clause can state it."""
    for w in unknown:
        at = question.find(w)
        if at >= 0 and _TO_FIGURE.match(question[at + len(w):]):
            return w
    return None


_CLAUSE_MARKS = "，,。；;：:？?！!\n"


CLAUSE_END = re.compile(f"[{_CLAUSE_MARKS}]")


ASKS = re.compile(r"什么|啥|哪|几|多少|多长|多久|多大|怎么|怎样|如何|吗|谁|是否|能否|能不能|可不可以|要不要|会不会|行不行|算不算|有没有|是不是")


#: A clause telling the asker's own story ("我刚分到绩效科", "科长让我先搞清楚", "领导说不行").
_SCENE = re.compile(r"我|咱|本人|笔者|觉得|感觉|认为|怀疑|领导|科长|处长|局长|老同志|同事|听说|培训时|翻柜子|找到一份|这边想|想了解|想请教|想咨询|想问问")


def asking_focus(question: str) -> str:
    """``question`` without the clauses that only tell the asker's story.

    "我刚分到局里绩效管理科，科长让我先搞清楚：审事前评估时业务科室和绩效科各自负责哪一块？" asks
    about the review's division of work; "科长" and "搞清楚" are not what the texts must contain. A
    clause that asks (has an asking word) is kept even when it says "我"; the clauses after a story's first,
    up to a clause that asks, are the story too.
    """
    clauses = [(c, end, asks) for c, end, asks in clause_asks(question) if c.strip()]
    parts = [(c, end) for c, end, _ in clauses]
    asking = [asks for _, _, asks in clauses]
    kept: list[str] = []
    story = False
    for i, (c, end) in enumerate(parts):
        # the story goes on ("本人为研究生，正在撰写学位论文，") until a clause asks or a colon introduces the
        # matter ("科长让我先搞清楚：审事前评估的时候，……"); when no clause asks after it ("跟我们局长是亲戚，
        # 能让他回避不"), only the clauses saying "我" are the story
        story = not asking[i] and ((story and any(asking[i:])) or _SCENE.search(c) is not None)
        if not story:
            kept.append(c)
        if end in "：:":
            story = False
    return "，".join(kept) if kept else question


_CLAUSE_WITH_END = re.compile(f"([^{_CLAUSE_MARKS}]*)([{_CLAUSE_MARKS}]|$)")


#: A sentence and the mark that ends it.
_SENTENCE_WITH_END = re.compile(r"([^。！!？?]*)([。！!？?]|$)")


def clause_asks(question: str) -> list[tuple[str, str, bool]]:
    """Each clause of ``question`` with the mark that ends it and whether it asks.

    A clause asks when it has an asking word, unless the message puts a question mark somewhere and the
    clause's sentence ends with a full stop: "今年想给几个街道的文化站添置一批音响设备，……申请金额35万。" tells
    the asker's case ("几个" is "a few" there); the question is the sentence that ends with "？".
    """
    marked = "？" in question or "?" in question
    out: list[tuple[str, str, bool]] = []
    for sm in _SENTENCE_WITH_END.finditer(question):
        sentence, stop = sm.group(1), sm.group(2)
        if not sentence and not stop:
            continue
        told = marked and stop != "" and stop in "。！!"
        clauses = [(m.group(1), m.group(2)) for m in _CLAUSE_WITH_END.finditer(sentence) if m.group(1) or m.group(2)]
        for i, (c, end) in enumerate(clauses):
            out.append((c, end or (stop if i == len(clauses) - 1 else ""), not told and ASKS.search(c) is not None))
    return out


#: One question of several in a message ("要留多少年？弄丢了罚多少？"), the mark that ends it included.
SUB_QUESTION = re.compile(r"[^？?]+(?:[？?]|$)")


#: The asking phrase of a figure ("保管多少年", "回复要几天"): the verb right before it says what the figure is of.
_FIGURE_ASKS = re.compile(r"多少年|几年|多少天|几天|多少日|几个工作日|多少个工作日|多长时间|多久|多少钱|多少万|多少元|百分之几|多少比例")


#: A figure named by its noun in a keyword question ("单位自评抽查比例", "整改时限").
_FIGURE_NOUN = re.compile(r"比例|比率|时限|期限")


#: Asking who ("由谁批准", "报给哪个部门"): the body asked for belongs to the act of the verb beside it.
_WHO_ASKS = re.compile(r"谁|哪个部门|哪个机构|哪一级|哪个单位|哪些部门|什么部门|什么机构")
#: Words between an asking phrase and its verb that are not the verb: modals, "内", "来".
_NOT_THE_VERB = frozenset({"要", "得", "需要", "应当", "应该", "必须", "能", "可以", "最多", "最少", "至少", "最长", "一般",
                           "内", "以内", "之内", "的", "来", "去", "才", "就", "会", "须", "由", "给", "向", "对"})


@lru_cache(maxsize=1024)
def governing_verb(question: str) -> str | None:
    """The two-character verb of the question's figure-asking phrase, its figure's noun or its "who": the verb
    just before it ("要保管多少年" → "保管", "抽查比例" → "抽查", "报给谁" → none, "报给" is not a verb), else the
    first after it in the same clause ("多少个工作日内回复" → "回复", "由谁批准" → "批准").

    One-character verbs ("留多少年", "罚多少") are everyday speech the rules word otherwise ("保存"), so none is taken.
    """
    import jieba.posseg as pseg

    m = _FIGURE_ASKS.search(question) or _FIGURE_NOUN.search(question)
    who = None if m else _WHO_ASKS.search(question)
    m = m or who
    if not m:
        return None
    tokenize("")  # loads jieba with the domain dictionary
    words = [(w, f) for w, f in pseg.cut(question[: m.start()]) if w.strip()]
    while words and words[-1][0] in _NOT_THE_VERB:
        words.pop()
    if words and _two_character_verb(*words[-1]):  # "要留" is jieba gluing a modal to a one-character verb
        return words[-1][0]
    if not who:  # "多少天内报送" asked of "三十日内将……报": a verb after a figure is mostly the asker's wording
        return None
    after = CLAUSE_END.split(question[m.end():], maxsplit=1)[0]
    for w, f in pseg.cut(after):
        if w.strip() and w not in _NOT_THE_VERB:
            return w if _two_character_verb(w, f) else None
    return None


def _two_character_verb(word: str, flag: str) -> bool:
    return len(word) == 2 and flag.startswith("v") and not _GLUED.search(word)

