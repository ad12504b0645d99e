"""The default reranker: the fused top candidates reordered by what in them answers the question.

No cross-encoder or late-interaction model ships inside a registry package that runs offline and
reads Chinese (see README), so the second stage is a small linear model over signals the first
stage already has:

* the fused RRF score (normalised, 1.0 = first in both legs);
* the cosine similarity's gap to the best candidate's (the vector leg's confidence, which RRF's
  ranks throw away);
* the BM25 score as a share of the best candidate's (the keyword leg's confidence, likewise);
* the question's key-term coverage in the clause, synonyms counted;
* whether the clause contains the kind of fact asked for (an amount, a period, a body …);
* the share of the question's character bigrams (asking words left out) found in the clause: the
  phrase-level match ("整体支出", "公开的…结果") that word coverage loses when every candidate holds
  the same words;
* the share of the question's bigrams found in the clause's lead (its first phrase, up to the first
  "：", "，" or "。": "单位自评的对象为…", "（≈）自评对象：", "财政评价按照以下程序进行"), which names
  what the clause is about;
* for a question asking for a list ("哪些", "哪几个", "包括什么") or the cases a rule applies in
  ("什么情况下"), whether the clause enumerates
  (（一）（二）…, 1. 2. …, "包括甲、乙、丙", "从甲、乙、丙三个方面");
* for a question asking who ("谁", "哪个部门"), whether the clause says who acts or who is reported
  to ("由分管局领导审定", "向本级人大常委会报告", "报审计机关"), not merely that some body is named;
* for a question asking who does something ("最后由谁拍板", "意见由谁来提"), whether one sentence of the
  clause names a doer of that act in the rules' words ("由分管局领导审定", "区财政局负责……提出结果应用意见"):
  the clause settling who decides, not one that only names the bodies concerned;
* for a question whose asking phrase names an aspect of a rule in everyday words ("要覆盖哪些项目", "小项目也要自评吗",
  "设多少个", "有没有必要上", "分是怎么算出来的", "看哪几块"), whether the clause's opening
  sentence names that aspect in the texts' own nouns (对象/范围, 数量, 必要性, 计分/评分, 方面/内容 …):
  "单位自评的对象为…", "（≈）指标数量：", "立项必要性主要审核以下内容" say what they settle, where
  the question's words are spread over every candidate;
* for a question stating a figure of its own ("只申请十五万", "执行率才三成", "得了75分"), whether the
  clause states a figure in the same unit (a threshold, a rate, a score band): the rule the figure is
  to be compared with;
* for a question asking a figure for an act in everyday words ("监控表啥时候交", "几天内回复"), whether
  one sentence of the clause states a figure of that kind with the act as the rules word it (报送,
  反馈 …): the date of handing in, not the date a table covers;
* for a question quoting a term ("“1+4”指的是啥", "评价结果是“中”"), whether the clause contains it
  verbatim;
* for a question whether something is allowed ("效益指标里填“预算执行率≥95%”可以不"), whether one
  sentence of the clause forbids or confines what it proposes ("预算执行率……不得作为效益指标"): the rule
  that settles it, not a clause that merely uses the same words;
* for a question asking a figure, the best bigram share of a sentence of the clause stating a figure of
  that kind: the sentence giving the towns' period for the draft budget, not the city's for the accounts;
* for a question asking what a term means ("什么叫双监控", "“历史标准”具体指什么"), whether the clause defines it
  ("历史标准，即参考……", "本法所称政府采购，是指……", "双监控包括……"), not merely uses it;
* whether the clause comes from a study note (``notes``: a paraphrase with approximate article
  numbers) rather than a rule's own text: between two clauses that answer about equally, the
  rule's text is the one to cite (answers already say "以官方原文为准" for notes).

Readers' notes split off an article (学习提示, 待核事项 …) always go behind the rules; a document's preamble
(文件说明) loses a fixed 1.0. Equal final
scores are ordered by chunk id, so a ranking never depends on the order candidates arrived in.

The weights were chosen on the dev split of ``corpus/eval/qa.jsonl`` and ``corpus/eval/laws_qa.jsonl``
with ``bench/kb_tune.py``; the held-out split was not used to choose them. The permission and answering-sentence
weights (1.0 and 0.5) were set by hand and checked on every question set at once.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from review_assistant.kb.answerable import statements, states_with, support
from review_assistant.kb.chunking import PREAMBLE_LABEL, is_commentary
from review_assistant.kb.keywords import tokenize
from review_assistant.kb.question import (
    DIRECTIONS,
    QUOTED,
    TYPES,
    answer_types,
    defined_terms,
    figure_pattern,
    figure_units,
)
from review_assistant.kb.retrieve import Hit

W_FUSED = 1.0
W_SIMILARITY = 80.0  # per unit of cosine; a gap of 0.01 to the best costs 0.8
W_COVERAGE = 2.0
W_ANSWER_TYPE = 1.0
W_BIGRAM = 2.0
W_LIST = 0.5
W_NOTES = 0.2
W_KEYWORD = 1.0
W_LEAD = 2.0
W_AGENT = 0.5
W_ASPECT = 1.0
W_FIGURE = 1.0
W_QUOTED = 2.0
W_ACT = 1.0
W_NORM = 1.0
W_SENTENCE = 0.5
W_PLACE = 1.0
W_DEFINES = 1.0
W_AGENT_ACT = 1.0
#: Readers' notes (see ``chunking.is_commentary``) go behind every rule; their shown score drops too.
COMMENTARY_PENALTY = 1.0
#: A document's preamble (its 文件说明: the issuing notice, a note on the text) says what the document is, rarely a
#: rule: between it and an article answering about as well, the article goes first. (Set by hand and checked on every
#: question set: 1.0 moved seven questions up and none down; 2.0 also put an abolition question's answer out of reach.)
PREAMBLE_PENALTY = 1.0


def hit_text(hit: Hit) -> str:
    """What the clause says with its title and headings (what the indexes saw)."""
    return " ".join([hit.title, *hit.heading_path, hit.article]) + "\n" + hit.text


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
#: A question asking for a list of things, and a clause that gives one.
#: "啥情况下能走单一来源" asks for the conditions, which the rules give as a list ("符合下列情形之一的……").
_ASKS_LIST = re.compile(r"哪些|哪几|什么内容|些什么|包括什么|包含什么|有什么要求|几个方面|哪方面"
                        r"|(?:什么|啥|哪种)(?:情况|情形|条件|场合)")
_ENUM_MARK = re.compile(r"（[一二三四五六七八九十]+）|(?:^|\n)\s*\d+[.．、]|[一二三四五六七八九十]是")
_ENUM_SERIES = re.compile(r"(?:包括|包含|如下|以下|下列|分为|分别|：)[^。；\n]*?、[^。；\n]*?、")
#: Three or more short items joined by "、" and counted ("从完整性、相关性、适当性、可行性四个方面"): a list
#: without a lead-in word.
_ENUM_COUNTED = re.compile(r"(?:[^、，。；：:\s]{1,12}、){2,}[^、，。；：:\s]{1,12}?(?:等)?[两二三四五六七八九十\d]+(?:个|类|种|项|方面|部分)")
#: Asking words: in the question, not in the answer.
_ASKING = re.compile(r"什么|哪些|哪几|哪个|哪一|怎么|怎样|如何|多少|多长|几个|几天|是否|能不能|可不可以|要不要|是不是|吗|呢|谁|啥")


@lru_cache(maxsize=16384)
def bigrams(text: str) -> frozenset[str]:
    """Adjacent character pairs inside each run of Chinese characters."""
    return frozenset(run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1))


def bigram_share(query: str, text: str) -> float:
    """Share of the question's character bigrams (asking words removed) that the text contains."""
    q = bigrams(_ASKING.sub("，", query))
    return len(q & bigrams(text)) / len(q) if q else 0.0


_ARTICLE_HEAD = re.compile(r"^\s*第[一二三四五六七八九十百零〇]+条[\s\u3000]*")
_LEAD_END = re.compile(r"[：:，,。；;\n]")


def lead(text: str) -> str:
    """The clause's first phrase, its article number left out."""
    body = _ARTICLE_HEAD.sub("", text, count=1)
    m = _LEAD_END.search(body)
    return body[: m.start()] if m else body


#: A clause naming who does or receives the act: "由分管局领导审定", "向本级人大常委会报告", "报审计机关".
_AGENT = re.compile(
    r"由[^，。；\n]{1,24}?(?:负责|审定|决定|批准|审批|审核|组织|确定|签|批复|编制|提出|研究|实施|开展|发放|核定)"
    r"|向[^，。；\n]{1,24}?(?:报告|报送|提交|提出|备案|申请|反馈|征求)"
    r"|(?:报告|报送|提交|报请|送交|征求)[^，。；\n]{0,8}?(?:机关|部门|财政局|委员会|常委会|政府|主席团|领导|意见)"
    # a body opening a sentence as the doer: "区财政局负责汇总各类绩效结果", "主管部门对所属单位……进行初审"
    r"|(?:^|[。；;：:\n]|（[一二三四五六七八九十]+）|第[一二三四五六七八九十百零〇]+条)[\s\u3000]*[\u4e00-\u9fff]{0,10}?(?:局|部门|单位|机关|机构|政府|委员会|常委会|科室|小组)"
    r"(?:负责|牵头|审定|决定|批准|组织|提出|确定|会同)"
    # a body said to be the one in charge: "绩效管理科是全局预算绩效管理的归口科室", "预算单位是绩效监控的责任主体"
    r"|(?:^|[。；;：:\n]|第[一二三四五六七八九十百零〇]+条)[\s\u3000]*[\u4e00-\u9fff]{1,12}?是[^，。；\n]{0,16}?"
    r"(?:归口|牵头|责任主体|主管)"
)


def names_agent(text: str) -> bool:
    """The clause says who acts or who is reported to (for "谁" questions, more than naming some body)."""
    return bool(_AGENT.search(text))


#: Everyday verbs a "who" question asks about, and the rules' words for the act ("谁拍板" → 审定, "谁来定" → 确定).
_WHO_ACTS: dict[str, tuple[str, ...]] = {
    "拍板": ("审定", "决定", "批准"), "说了算": ("审定", "决定", "批准"), "定": ("确定", "制定", "审定", "决定"),
    "决定": ("决定", "审定"), "提": ("提出",), "落实": ("落实",), "管": ("负责", "管理", "监督", "归口"),
    "牵头": ("牵头", "归口", "负责"),
    "签": ("签字", "签名", "签署", "签发"), "签字": ("签字", "签名", "签署"), "批": ("批准", "审批", "批复", "审定"),
    "审": ("审核", "审查", "审定"), "组织": ("组织",), "出": ("出具", "提出"), "做": ("组织", "开展", "实施"),
    "搞": ("组织", "开展", "实施"), "评": ("评价", "评估", "评审"), "发": ("发放", "下达", "印发"),
}


_WHO = next(asks for name, asks, _ in TYPES if name == "who")
_ASKING_CLAUSE = re.compile(r"[^，,。？?！!；;：:\n]+")


@lru_cache(maxsize=4096)
def asked_agent_act(query: str) -> frozenset[str]:
    """For a "谁" question, the rules' words for the act it asks the doer of ("最后由谁拍板" → 审定, 决定 …)."""
    import jieba.posseg as pseg

    if "who" not in answer_types(query):
        return frozenset()
    # the verbs of the clause that asks who ("表是以我们中心的名义报的，……到底该由谁负责": not 报)
    asking = "".join(c for c in _ASKING_CLAUSE.findall(query) if _WHO.search(c))
    tokenize("")  # loads jieba with the domain dictionary
    words: set[str] = set()
    for w, f in pseg.cut(asking):
        stem = _COMPLEMENT.sub("", w) if len(w) > 2 else w
        if stem in _WHO_ACTS:
            words.update(_WHO_ACTS[stem])
        elif stem in _ACTS and (f.startswith("v") or len(stem) == 1):
            words.update(_ACTS[stem])
    return frozenset(words)


def agent_does(words: frozenset[str], text: str) -> bool:
    """Some sentence of the clause names who does the act (one of ``words``) or is reported to."""
    return bool(words) and states_with(_AGENT, words, text)


#: Everyday asking phrases → the nouns rules use for that aspect in their opening sentence.
ASPECTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple((re.compile(asks), nouns) for asks, nouns in (
    # scope: which projects, funds or units a rule applies to
    # … or whether it reaches the asker's case too: "小项目也要自评吗", "街道的项目也得做事前评估吗"
    (r"哪些项目|什么样的项目|什么项目|哪类项目|哪些支出|哪些资金|哪些单位要|覆盖|适用于|范围"
     r"|也(?:要|得|需要|需|必须|适用|照|按|纳入)", ("对象", "范围", "适用")),
    (r"多少个|设几个|几个指标|设多少", ("数量", "个数")),
    (r"有没有必要|必要不必要|该不该上|值不值得", ("必要性",)),
    (r"怎么算|如何算|怎么计算|如何计算|怎么给分|如何给分|怎么打分|如何打分|怎么评分|如何评分|怎么计分|如何计分|扣分"
     r"|给几分|给几成|几成分|得几分|算几分|怎么扣",
     ("计分", "评分", "计算", "得分", "分值", "扣分")),
    (r"哪几块|哪些方面|哪几个方面|看什么|审什么|查什么|审哪些|看哪些|重点看|关注什么", ("方面", "内容", "重点", "包括")),
    (r"怎么处理|如何处理|怎么办|咋办|怎么应对", ("处理", "措施", "整改", "纠偏")),
    (r"是什么意思|指什么|什么叫|什么是|含义|指的是|啥意思|是啥", ("是指", "所称", "含义")),
    (r"还能用|还有效|还能引用|是否有效|有没有废止|废止了|过时|失效|还适用|还管用", ("废止", "失效", "施行")),
    (r"什么情况下|什么情形|哪些情况|什么条件|哪些情形|满足什么", ("情形", "条件", "下列")),
    (r"有什么用|怎么用|用在哪|用来干|结果.*(?:影响|挂钩)", ("应用", "依据")),
    (r"后果|会怎样|会怎么样|承担什么|什么责任", ("责任", "追究", "处理", "问责")),
    (r"哪几类|哪几种|分几类|分几种|分成几|分为几|分法|怎么分|哪些类型|什么类型", ("分为", "分类", "类", "种")),
    # changing something already set: "批下来以后还能改吗", "年中要改目标" (整改, 改进 are other acts)
    (r"(?<![整更修])改(?![进革善正为])|修改|变更|改动", ("调整", "变更", "修改")),
    # who decides: "谁拍板", "谁说了算", "局里谁批"
    (r"拍板|说了算|谁(?:来)?(?:定|决定|批|审定)", ("审定", "决定", "批准", "审批", "研究")),
    # who sets it: "财政局来定，还是单位自己定", "谁来制定"
    (r"来定|自己定|谁(?:来)?(?:定|设|制定|编)", ("设定", "编制", "制定", "主体")),
    # which kind something belongs to: "预算执行率能不能算效果指标", "培训费算不算成本"
    (r"能不能算|算不算|算是|属于|归为|归入|归哪|算哪", ("反映", "包括", "属于", "是指", "分为")),
    # what one gains: "评了优有啥好处", "做得好有什么奖励"
    (r"好处|奖励|激励|甜头", ("给予", "优先", "支持", "表扬", "奖励", "激励", "挂钩")),
))
_OPENING = re.compile(r"[。；;\n]")


def opening(text: str) -> str:
    """The clause's first sentence, its article number left out (longer than :func:`lead`)."""
    body = _ARTICLE_HEAD.sub("", text, count=1)
    m = _OPENING.search(body)
    return body[: m.start()] if m else body


def asked_aspects(query: str) -> tuple[str, ...]:
    """The rule nouns for the aspects the question asks about in everyday words (empty: none)."""
    return tuple(n for asks, nouns in ASPECTS if asks.search(query) for n in nouns)


def names_aspect(nouns: tuple[str, ...], text: str) -> bool:
    """The clause's first sentence names one of the aspect nouns."""
    first = opening(text)
    return any(n in first for n in nouns)


#: A quoted term is short ("“1+4”", "“中”"); a longer quotation is an example sentence.
_QUOTED_TERM_MAX = 20


def quoted_terms(query: str) -> tuple[str, ...]:
    """Terms the question quotes ("“1+4”指的是啥", "结果为“中”"): the clause that uses them is the one meant."""
    return tuple(t for m in QUOTED.finditer(query) if (t := m.group(1).strip()) and len(m.group(1)) <= _QUOTED_TERM_MAX)


#: A question whether something is allowed ("填到效益指标里可以吗", "这样写行不行", "算数吗").
_ASKS_PERMISSION = re.compile(r"可以吗|可以不|可以么|行吗|行不行|行么|可不可以|能不能|能否|是否可以|允许|算数吗|算不算|有问题吗|"
                              r"有没有问题|对吗|对不对|合适吗|合不合适")
#: A sentence that forbids or confines: "不得作为效益指标", "只能用于衡量满意程度".
_NORM = re.compile(r"不得|不能|不应|禁止|严禁|不允许|不宜|不作为|不属于|不计入|不予|只能|仅限|仅用于")
_CJK_TERM = re.compile(r"[\u4e00-\u9fff]{2,}")


def norm_terms(query: str, q_tokens: list[str]) -> frozenset[str]:
    """For a question whether something is allowed, the words of what it proposes: the quoted term's
    Chinese runs ("“预算执行率≥95%”" → 预算执行率) or else its longer words."""
    if not _ASKS_PERMISSION.search(query):
        return frozenset()
    quoted = {run for t in quoted_terms(query) for run in _CJK_TERM.findall(t)}
    return frozenset(quoted or {t for t in q_tokens if len(t) >= 3})


def states_norm(terms: frozenset[str], text: str) -> bool:
    """Some sentence of the clause forbids or confines what the question proposes."""
    return bool(terms) and states_with(_NORM, terms, text)


#: The place a local document is of: "北京市预算审查监督条例" → 北京, "云溪区项目支出绩效目标管理办法" → 云溪.
_PLACE = re.compile(r"^[《〈]?([\u4e00-\u9fff]{2,3}?)(?:省|市|自治区|区|县)")


def place_of(title: str) -> str | None:
    """The province, city, district or county a document's title names first, if any."""
    m = _PLACE.match(title)
    return m.group(1) if m else None


def place_match(place: str | None, asked: set[str]) -> float:
    """+1 for a document of a place the question names ("上海人大财经委……"), -1 for one of another place when it
    names one, 0 for national documents and questions naming none."""
    if not asked or place is None:
        return 0.0
    return 1.0 if place in asked else -1.0


#: The level the knowledge base records for the central government's and ministries' documents.
CENTRAL = "中央"
_ASKS_CENTRAL = re.compile(r"中央(?:文件|的意见|那份|那个|\d+号|的要求|是怎么|要求)|国家层面|中央层面")
#: A question asking about the local rules too ("区里的办法和中央文件分别是怎么说的") weighs both levels alike.
_ASKS_LOCAL = re.compile(r"区里|区级|本区|区规程|区的|地方|本地|咱们|我们区|省里|市里|县里")


def asks_central(query: str) -> bool:
    """The question asks what the central documents say ("中央文件要求事前评估放在哪个环节"), not the local rules."""
    return bool(_ASKS_CENTRAL.search(query)) and not _ASKS_LOCAL.search(query)


#: 文号 prefixes of the Party Central Committee's and the State Council's own documents: what a trainee calls
#: "中央文件" ("中央的意见"); a ministry's (财预) is central too, but "国家层面" rather than "中央文件".
_CENTRAL_OWN = ("中发", "中办发", "国发", "国办发")
_ASKS_LEVEL = re.compile(r"国家层面|中央层面")


def central_match(query: str, level: str | None, doc_number: str | None) -> float:
    """For a question asking the central documents (:func:`asks_central`): 1.0 for the Centre's own documents, or
    for any central document when the level is asked ("国家层面"); 0.5 for a ministry's; else 0."""
    if level != CENTRAL:
        return 0.0
    own = (doc_number or "").startswith(_CENTRAL_OWN)
    return 1.0 if own or _ASKS_LEVEL.search(query) else 0.5


def defines(terms: frozenset[str], text: str) -> bool:
    """The clause says what one of ``terms`` means: "历史标准，即……", "所称政府采购，是指……", "双监控包括……"."""
    for term in terms:
        t = re.escape(term)
        if re.search(rf"{t}[”\"」]?\s*[，,：:]?\s*(?:即|是指|系指|指的是|就是|是|指)(?!标)|所称[“\"「]?{t}|{t}[”\"」]?(?:包括|分为)", text):
            return True
    return False


def asks_list(query: str) -> bool:
    """The question asks for several things ("哪些材料", "哪几个方面")."""
    return bool(_ASKS_LIST.search(query))


def enumerates(text: str) -> bool:
    """The clause lists items: two or more (一)/1./一是 markers, or a series "甲、乙、丙"."""
    return len(_ENUM_MARK.findall(text)) >= 2 or bool(_ENUM_SERIES.search(text)) or bool(_ENUM_COUNTED.search(text))


#: Everyday verbs of the acts figures are set for, and the rules' words for them.
_ACTS: dict[str, tuple[str, ...]] = {
    "交": ("报送", "提交", "报"), "报": ("报送", "报", "提交"), "上报": ("报送", "报"), "改": ("调整", "修改", "整改"),
    "批": ("批复", "审批", "批准"), "留": ("保存", "保管", "留存"), "存": ("保存", "保管"), "回": ("反馈", "答复", "回复"),
    "回复": ("反馈", "答复", "回复"), "公开": ("公开",), "公示": ("公示", "公开"), "审": ("审核", "审查", "审定"),
    "评": ("评价", "评估", "评审"), "罚": ("罚款", "处罚"), "通知": ("通知",), "提出": ("提出",), "提": ("提出",),
    "报送": ("报送",),
    "保存": ("保存", "保管"), "保管": ("保管", "保存"), "完成": ("完成",), "整改": ("整改",), "反馈": ("反馈",),
}
_FIGURE_TYPES = ("period", "amount", "share", "count")


def figure_types(query: str) -> list[str]:
    """The kinds of figure the question asks for (a period, an amount, a share, a count)."""
    return [t for t in answer_types(query) if t in _FIGURE_TYPES]


#: Directional complements after an act verb: "报上去", "交上来", "批下来".
_COMPLEMENT = re.compile(rf"(?:{DIRECTIONS})$")


@lru_cache(maxsize=4096)
def asked_act(query: str) -> tuple[str, frozenset[str]] | None:
    """For a question asking a figure (a period, an amount …), the act the figure is set for, as the rules word it.

    "监控表啥时候交？" asks when to hand it in: the clause giving the date of 报送, not the date a table covers.
    """
    import jieba.posseg as pseg

    types = figure_types(query)
    if not types:
        return None
    tokenize("")  # loads jieba with the domain dictionary
    words: set[str] = set()
    for w, f in pseg.cut(query):
        stem = _COMPLEMENT.sub("", w) if len(w) > 2 else w
        # jieba tags a lone trailing "报" as a noun (newspaper); a one-character act word standing alone is the verb
        if stem in _ACTS and (f.startswith("v") or len(stem) == 1):
            words.update(_ACTS[stem])
    return (types[0], frozenset(words)) if words else None


def states_act(act: tuple[str, frozenset[str]], text: str) -> bool:
    """Some sentence of the clause states a figure of the kind asked together with the act."""
    kind, words = act
    return states_with(figure_pattern(kind), words, text)




class SupportReranker:
    """Reorders fused hits by the linear score above; ``extra`` keeps each hit's parts."""

    def __init__(self, idf: dict[str, float], weights: tuple[float, ...] | None = None) -> None:
        """``weights``: fused, similarity, coverage, answer type, bigram, list, notes, keyword, lead, agent,
        aspect, figure, quoted, act, norm, sentence, place, defines, agent act (missing ones default)."""
        self.idf = idf
        defaults = (W_FUSED, W_SIMILARITY, W_COVERAGE, W_ANSWER_TYPE, W_BIGRAM, W_LIST, W_NOTES, W_KEYWORD, W_LEAD,
                    W_AGENT, W_ASPECT, W_FIGURE, W_QUOTED, W_ACT, W_NORM, W_SENTENCE, W_PLACE, W_DEFINES, W_AGENT_ACT)
        w = tuple(weights or ())
        self.weights = (w + defaults[len(w):])[:len(defaults)]
        # What a clause first in both legs, covering the question and holding what it asks for scores;
        # phrase, lead and list matches beyond that only order such clauses among themselves.
        w = self.weights
        self._ideal = (w[0] + w[2] + w[3] + w[7]) or 1.0

    def features(self, query: str, hits: list[Hit]) -> list[tuple[float, ...]]:
        """Per hit, the signals the weights multiply, in weight order (notes counted negative)."""
        q_tokens = tokenize(query)
        wants_list = asks_list(query)
        wants_agent = "who" in answer_types(query)
        aspects = asked_aspects(query)
        stated = figure_units(_ASKING.sub("，", query))
        literals = quoted_terms(query)
        act = asked_act(query)
        norms = norm_terms(query, q_tokens)
        types = figure_types(query)
        asked_figure = figure_pattern(types[0]) if types else None
        meant = defined_terms(query)
        agent_act = asked_agent_act(query)
        places = {p for h in hits if (p := place_of(h.title))}
        asked_places = {p for p in places if p in query}
        central = asks_central(query) and not asked_places
        sims = [h.similarity for h in hits if h.similarity is not None]
        top_sim = max(sims, default=0.0)
        floor = min(sims, default=0.0)
        top_kw = max((h.keyword_score or 0.0 for h in hits), default=0.0) or 1.0
        rows: list[tuple[float, ...]] = []
        for h in hits:
            text = hit_text(h)
            sp = support(query, text, self.idf, q_tokens=q_tokens)
            sim = h.similarity if h.similarity is not None else floor
            rows.append((h.score, sim - top_sim, sp.coverage, float(sp.has_answer_type), bigram_share(query, text),
                         float(wants_list and enumerates(h.text)), -float(h.notes), (h.keyword_score or 0.0) / top_kw,
                         bigram_share(query, lead(h.text)), float(wants_agent and names_agent(h.text)),
                         float(bool(aspects) and names_aspect(aspects, h.text)),
                         float(bool(stated & figure_units(h.text))),
                         float(bool(literals) and any(t in h.text for t in literals)),
                         float(act is not None and states_act(act, h.text)),
                         float(states_norm(norms, h.text)),
                         self.answering_sentence(query, asked_figure, h.text),
                         place_match(place_of(h.title), asked_places) + (central_match(query, h.level, h.doc_number) if central else 0.0),
                         float(defines(meant, h.text)),
                         float(agent_does(agent_act, h.text))))
        return rows

    @staticmethod
    def answering_sentence(query: str, pattern: re.Pattern[str] | None, text: str) -> float:
        """For a question asking a figure, the best bigram share of a sentence of the clause stating a figure of
        that kind: "镇人大主席团要提前多少天收到预算草案初步方案" is answered by the sentence giving the towns'
        period for that draft, not by a sentence giving the city's period for the final accounts."""
        if pattern is None:
            return 0.0
        return max((bigram_share(query, sent) for sent in statements(text) if pattern.search(sent)), default=0.0)

    def rerank(self, query: str, hits: list[Hit]) -> list[Hit]:
        if not hits:
            return hits
        scored = []
        for h, f in zip(hits, self.features(query, hits), strict=True):
            commentary = is_commentary(h.text)
            final = (sum(w * x for w, x in zip(self.weights, f, strict=True)) - COMMENTARY_PENALTY * commentary
                     - PREAMBLE_PENALTY * (h.article == PREAMBLE_LABEL))
            extra = {**h.extra, "fused": h.score, "coverage": round(f[2], 3), "answer_type": f[3],
                     "bigram": round(f[4], 3), "list": f[5], "lead": round(f[8], 3), "agent": f[9],
                     "aspect": f[10], "figure": f[11],
                     "quoted": f[12], "act": f[13], "norm": f[14], "sentence": round(f[15], 3),
                     "place": f[16], "defines": f[17], "agent_act": f[18]}
            # The score a citation shows follows the final order, clipped to 0..1.
            score = round(min(max(final, 0.0) / self._ideal, 1.0), 4)
            scored.append((commentary, -final, h.chunk_id, replace(h, extra=extra, score=score)))
        scored.sort(key=lambda x: x[:3])
        out: list[Hit] = []
        for *_, h in scored:  # shown scores never rise down the list (a note behind a rule included)
            out.append(replace(h, score=min(h.score, out[-1].score)) if out else h)
        return out
