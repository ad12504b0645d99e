"""Does a retrieved article contain what the question asks for?

Two checks, both on text only (no model):

* **answer type** — a question asking "how much money" needs an amount in the clause, "how long /
  by when" a period or a date, "who" a body, "how many" a count, "what share / score" a percentage or
  score; a clause without one cannot answer it, however similar its words;
* **key-term coverage** — the share of the question's rarity-weighted terms (IDF from the keyword
  index; a synonym from :data:`~review_assistant.kb.keywords.SYNONYMS` counts) found in the clause.

:func:`support` scores one hit; ``retrieve`` uses it to rerank the fused list and ``ask`` to refuse
when even the best cited clause falls short (``grounded: false``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from review_assistant.kb.keywords import SYNONYMS, normalize_question, tokenize
from review_assistant.kb.question import (
    ASKS,
    CLAUSE_END,
    FEE,
    KINDS,
    QUANTITY,
    QUOTED,
    SUB_QUESTION,
    TYPES,
    UNITS,
    answer_types,
    asked_compound,
    asked_sentences,
    asked_thing,
    asking_focus,
    asking_part,
    content_words,
    figure_of_unknown,
    figure_pattern,
    figure_units,
    governing_verb,
    is_subject_word,
    key_terms,
    synonyms_of,
    tagged_content_words,
    unknown_terms,
)

#: Below this share of the question's weighted terms, a clause is not taken to be about the question.
MIN_COVERAGE = 0.3


#: A question asking for a specific fact (an amount, a period …) with a content word the knowledge base
#: never uses: that word counts as missing and the best clause must cover this much. (Without a fact
#: asked, one unknown word is left to the plain threshold: in trainees' questions it is mostly everyday
#: speech, "一共", "晚一点", "对不上"; the rounds 5–8 sets showed more false refusals than it caught.)
MIN_COVERAGE_WITH_UNKNOWN_FACT = 0.6


#: A question asking no specific fact ("目标批下来以后还能改吗", "目标要写哪几块？") is mostly asking
#: words and everyday verbs the rules say otherwise ("改" for "调整"); its nouns found in a retrieved
#: clause are enough.
MIN_COVERAGE_NO_FACT = 0.15


#: Share of the question's content words the texts never use that refuses it on its own (two at least).
UNKNOWN_SHARE = 0.3


#: At most this share of unknown content words in a question asking no fact leaves it to
#: ``MIN_COVERAGE_NO_FACT`` (one in five or more words: the asker's speech); more raise it to ``MIN_COVERAGE``.
SPEECH_UNKNOWN_SHARE = 0.2


@dataclass(frozen=True)
class Support:
    """How well one clause supports an answer to the question."""

    answer_type: str | None  # what the question asks for, None when it asks nothing specific
    has_answer_type: bool  # the clause contains such a thing (True when nothing specific is asked)
    coverage: float  # share of the question's weighted key terms found in the clause, 0..1

    @property
    def ok(self) -> bool:
        return self.has_answer_type and self.coverage >= MIN_COVERAGE


def coverage(question_tokens: list[str], text_tokens: set[str], idf: dict[str, float], unknown: int = 0) -> float:
    """IDF-weighted share of the question's tokens present in the text (a synonym counts).

    ``unknown`` content words that no clause contains count as missing, each weighing as much as
    the rarest indexed word.
    """
    terms = [t for t in dict.fromkeys(question_tokens) if t in idf]
    missing = unknown * max(idf.values(), default=1.0) if unknown else 0.0
    if not terms and not missing:
        # nothing to look for ("怎么办？") covers; words none of which the texts use ("明天会不会下雨") do not
        # (jieba's made-up words, "评了", "优有", and the asker's fillers decide nothing)
        subjects = [t for t in question_tokens if is_subject_word(t) and not synonyms_of(t) & idf.keys()]
        return 0.0 if idf and subjects else 1.0
    total = sum(idf[t] for t in terms) + missing
    found = sum(idf[t] for t in terms if synonyms_of(t) & text_tokens)
    return found / total if total else 1.0


#: Each word of a synonym group → the group's other words of two characters or more, as written.
_SYNONYM_WORDS: dict[str, tuple[str, ...]] = {
    w: tuple(dict.fromkeys(o for g in SYNONYMS if w in g for o in g if o != w and len(o) >= 2))
    for group in SYNONYMS for w in group}


def _mentions(text: str, term: str) -> bool:
    """The text names ``term``: itself or a synonym, or all the parts of a compound ("政府部门")."""
    have = _token_set(text)
    # a synonym the tokenizer leaves out as too common ("毛病" asked, "监控发现的问题" written) still names it
    if synonyms_of(term) & have or term in text or any(w in text for w in _SYNONYM_WORDS.get(term, ())):
        return True
    # "市政府" asked, "市人民政府" written (the statutes' full name of every level's government)
    if term.endswith("政府") and term[:-2] + "人民政府" in text:
        return True
    # an authority by another of its names: "财政部门" asked, "政府采购监督管理部门" in the procurement law
    family = _SHORT_ACTORS.get(term) or _actor_of(term)
    if family and any(forms.search(text) for name, forms in _ACTORS if name == family):
        return True
    parts = [p for p in tokenize(term) if p != term]
    return (bool(parts) and all(synonyms_of(p) & have for p in parts)) or _abbreviates(term, text)


def _abbreviates(term: str, text: str) -> bool:
    """A two-character term is the short form of a four-character word of the text ("监管" for "监督管理").

    The long form must be one word (a token of the text): "评估审核" is two words, not "评审".
    """
    if len(term) != 2:
        return False
    have = _token_set(text)
    return any(m.group(0) in have for m in re.finditer(rf"{term[0]}[\u4e00-\u9fff]{term[1]}[\u4e00-\u9fff]", text))


def _cut_across(question: str, term: str, text: str) -> bool:
    """jieba cut ``term`` out of the question where a neighbouring word overlaps it, and the text has that word.

    "什么时候前提请审批" is cut "时候/前提/请"; a clause saying "提请审批" is about the question, not about "前提".
    """
    have = _token_set(text)
    for m in re.finditer(re.escape(term), question):
        i, j = m.start(), m.end()
        for a, b in ((i - 1, j - 1), (i + 1, j + 1)):
            other = question[max(a, 0):b]
            if len(other) >= 2 and other != term and other in have:
                return True
    return False


def answerable(question: str, texts: list[str], idf: dict[str, float]) -> tuple[bool, str]:
    """Whether ``texts`` (the best cited clauses) can answer ``question``, and why not.

    A message asking two things ("采购文件要留多少年？弄丢了罚多少？") is answered when each is, by one
    clause or another; the whole message need not be answered by a single clause.
    """
    question = normalize_question(question)
    ok, why = _answerable(question, texts, idf)
    if ok:
        return ok, why
    subs = [m.group(0) for m in SUB_QUESTION.finditer(question) if ASKS.search(m.group(0)) or _CHOICE.search(m.group(0))]
    if len(subs) >= 2 and all(_answerable(sub, texts, idf)[0] for sub in subs):
        return True, ""
    return ok, why


#: "是申请行政复议还是找政府裁决？": a choice asked with no asking word.
_CHOICE = re.compile(r"还是[^，。？?]{1,20}[？?]$")


def _answerable(question: str, texts: list[str], idf: dict[str, float]) -> tuple[bool, str]:
    focus = asking_focus(question)
    # a quoted example ("“举办义诊多少场”算产出指标吗") is the asker's case: its words are not asked of the texts
    unknown = unknown_terms(QUOTED.sub("“”", asking_focus(asked_sentences(question))), idf)
    # Two words the texts never use decide a short question ("个人所得税的起征点"); a long one that sets the
    # scene first ("我们单位是信息系统运维，……满意度指标能不能不填") keeps its context words too.
    if len(unknown) >= 2 and len(unknown) >= UNKNOWN_SHARE * len(content_words(focus)):
        return False, f"知识库中没有出现问题里的“{'”“'.join(unknown[:3])}”"
    asked = _asked_unknown(focus, unknown)
    thing = asked_thing(focus, tuple(unknown)) or asked_compound(focus, idf) or figure_of_unknown(focus, tuple(unknown))
    if not thing and answer_types(question):  # "评估费按什么标准付": the fact is about a thing no clause names
        thing = next(iter(asked), None)
    if not thing and _REQUIRED.search(focus):
        # "项目负责人是不是必须由班子成员担任": a requirement of something no clause names, which none can confirm
        thing = next((w for w in asked if any(w in c for c in CLAUSE_END.split(focus) if _REQUIRED.search(c))), None)
    if not thing and {"amount", "share"} & set(answer_types(question)):
        # "履约保证金，最多能收合同金额的百分之几": a sum or share asked where a sum of money of its own no clause
        # names is spoken of; the figure asked is that sum's, and no clause can state it
        thing = next((w for w in unknown if len(w) >= 3 and w.endswith(FEE)), None)
    if thing:  # asked for something no clause names ("用什么字体"): nothing here can say which
        return False, f"知识库中没有出现问题所问的“{thing}”"
    q_tokens = tokenize(question)
    # A specific fact asked about something no clause names: that word counts against coverage.
    # So does a thing of its own ("会计师事务所", "评估费") named in the clause that asks, fact or not.
    fact_about_unknown = bool(unknown) and (bool(answer_types(question)) or bool(asked))
    # "保管多少年" asked of clauses that use "保管": the years stated must be in a sentence about keeping. (A verb
    # no retrieved clause uses, "要留", "提前", is the asker's wording and decides nothing.)
    verb = governing_verb(asking_part(question))
    verb = verb if verb and any(verb in t for t in texts) else None
    supports = [support(question, t, idf, q_tokens=q_tokens, unknown=len(unknown) if fact_about_unknown else 0,
                        verb=verb) for t in texts]
    # a word or two the texts never use among many ("用问卷还是座谈" in a long question whether a satisfaction
    # indicator may be left out) is the asker's wording when no fact is asked: the plain no-fact threshold
    speech = len(unknown) <= SPEECH_UNKNOWN_SHARE * len(content_words(focus))
    need = (MIN_COVERAGE_WITH_UNKNOWN_FACT if fact_about_unknown
            else MIN_COVERAGE if answer_types(question) or not speech else MIN_COVERAGE_NO_FACT)
    # A specific fact must come from a clause about the question's most specific term.
    keys = key_terms(QUOTED.sub("“”", asking_focus(asked_sentences(question))), idf) if answer_types(question) else []
    keyed = [not keys or any(_mentions(t, k) or _cut_across(focus, k, t) for k in keys) for t in texts]
    if any(s.has_answer_type and s.coverage >= need and k for s, k in zip(supports, keyed, strict=True)):
        if _SEAL_ASKED.search(focus) and not any(_SEAL_GIVEN.search(t) for t in texts):
            # "需要单位负责人签字盖章吗", "必须盖哪个章": a form requirement no retrieved clause sets
            return False, "检索到的条款没有关于签字、盖章的规定"
        if _STAMP_ASKED.search(focus) and not any(_STAMP_GIVEN.search(t) for t in texts):
            # "要不要加盖单位公章" asked of a form whose items list "签署信息：填报人、单位负责人": signing is not a seal
            return False, "检索到的条款没有关于盖章的规定"
        signer = asked_signer(focus)
        if signer and not any(_mentions(t, signer) for t in texts):
            # "要不要村民代表签字" asked of a form whose signing lists 填报人、单位负责人: no such signer is required
            return False, f"检索到的条款没有要求“{signer}”签字或盖章"
        required = required_word(focus, idf)
        if required and not any(_mentions(t, required) for t in texts):
            # "是不是必须经过领导班子会议审议" asked of clauses that name no such body or step: none of them requires it
            return False, f"检索到的条款没有关于“{required}”的要求"
        threshold = _THRESHOLD_CASE.search(focus)
        if threshold and not figure_units(threshold.group(0)) & frozenset().union(*map(figure_units, texts)):
            # "核减超过三成，是不是得上局长办公会": a threshold of the asker's that no cited clause sets (no share in them)
            return False, f"检索到的条款没有规定问题所说的“{threshold.group(1)}”这样的标准"
        passing = [t for t, s, k in zip(texts, supports, keyed, strict=True) if s.has_answer_type and s.coverage >= need and k]
        if _only_floors(focus, passing, texts, idf):
            return False, "检索到的条款只规定了“不少于”“以上”这样的下限，没有规定问题所问的上限"
        return True, ""
    if keys and any(s.has_answer_type and s.coverage >= need for s in supports):
        return False, f"检索到的条款没有针对问题里的“{'”“'.join(keys)}”作出规定"
    if unknown:
        return False, f"知识库中没有出现问题里的“{unknown[0]}”"
    kind = next((s.answer_type for s in supports if s.answer_type), None)
    if kind and not any(s.has_answer_type for s in supports):
        return False, f"检索到的条款中没有问题所问的{_KIND_ZH.get(kind, '内容')}"
    return False, "检索到的条款与问题的关键词不符"


#: A question asking for a ceiling ("最多", "最长", "上限"), and one asking for a floor.
_MOST_ASKED = re.compile(r"最多|最长|最高|上限|顶多|封顶")
_LEAST_ASKED = re.compile(r"最少|至少|最低|下限|起码")
#: A figure given as a floor ("不少于3个", "5年以上", "超过一年"); a ceiling or a range ("不超过", "60%至80%").
_FLOOR = re.compile(r"不少于|不低于|至少|最少|下限|以上|(?<!不)超过|起点")
_CEILING = re.compile(r"不超过|不得超过|不高于|最多|最长|最高|上限|封顶|[日天月年]内"
                      # "20万元以下", "3个工作日以内" (not "填写以下栏目")
                      r"|[\d一二两三四五六七八九十百千万][^，。；：\d]{0,4}(?:以下|以内|之内)"
                      r"|[\d一二两三四五六七八九十][^，。；\d]{0,6}(?:至|到|—|～|-)\s*[\d一二两三四五六七八九十]")


def _only_floors(focus: str, passing: list[str], texts: list[str], idf: dict[str, float]) -> bool:
    """A ceiling asked ("三级指标最多能设多少个", "实施期最长几年") where the clauses that would answer bound such a figure
    about the question's most specific terms only from below ("合计不少于3个", "5年以上的项目") and no clause cited
    sets a ceiling on it: the texts set none."""
    asking = asking_part(focus)
    types = answer_types(focus)
    if not types or not _MOST_ASKED.search(asking) or _LEAST_ASKED.search(asking):
        return False
    terms = key_terms(focus, idf, n=2) or [w for w in tokenize(focus) if w in idf and len(w) >= 2]
    figures = [figure_pattern(t) for t in types]
    def about(among: list[str]) -> list[str]:
        return [s for t in among for s in SENTENCE.findall(t) if any(_mentions(s, k) for k in terms)]

    # a floor is a figure bounded from below in a clause that would answer ("实施期为一年的项目" states one and bounds
    # nothing); a ceiling, in any clause cited, may be a figure or a named amount ("预算不超过建议预算控制数")
    floors = [s for s in about(passing) if _FLOOR.search(s) and any(f.search(s) for f in figures)]
    return bool(floors) and not any(_CEILING.search(s) for s in about(texts))


#: A yes-or-no question whether something is required ("是不是必须由……担任", "一定要……吗").
_REQUIRED = re.compile(r"(?:是不是|是否|一定|必须)(?:要|得|由|是|用)|必须")


_SIGNED = re.compile(r"(签字|签名|签章|盖章|签署)")
#: A threshold the asker sets in a question ("核减的金额要是超过申请数的三成"): a figure after a comparing word.
_THRESHOLD_CASE = re.compile(r"(?:超过|超出|达到|高于|低于|不到|不足|少于|多于)[^，。？?]{0,8}?"
                             r"((?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:%|％|成|万元|万|元|分|天|个工作日))")


def asked_signer(focus: str) -> str | None:
    """Who a question asks to sign or seal ("要不要村民代表签字确认" → 村民代表): the noun just before the signing
    word in the clause that asks."""
    for clause in CLAUSE_END.split(focus):
        m = _SIGNED.search(clause)
        if not m or not ASKS.search(clause):
            continue
        nouns = [w for w, flag in tagged_content_words(clause[:m.start()]) if flag.startswith("n") and flag != "vn"]
        if nouns and clause[:m.start()].endswith(nouns[-1]):
            return nouns[-1]
    return None


def required_word(focus: str, idf: dict[str, float]) -> str | None:
    """For a yes-or-no question whether something is required ("是不是必须经过班子会议审议"), the rarest noun
    the knowledge base knows among what is required (the words after "必须"), if any. (Verbs and adjectives,
    "经过", "改成一致", are the asker's wording: the rules say the same otherwise.)"""
    for clause in CLAUSE_END.split(focus):
        m = _REQUIRED.search(clause)
        if not m:
            continue
        rarity = {w: max((idf.get(t, 0.0) for t in tokenize(w)), default=0.0)
                  for w, flag in tagged_content_words(clause[m.end():]) if flag.startswith("n") and flag != "vn"}
        known = [w for w, r in rarity.items() if r > 0]
        if known:
            return max(known, key=rarity.__getitem__)
    return None


def _asked_unknown(focus: str, unknown: list[str]) -> list[str]:
    """Unknown words in a clause that asks (not in the story told before it): three characters or more,
    or a Latin-letter name ("ETC")."""
    asking = [c for c in CLAUSE_END.split(focus) if ASKS.search(c)]
    flags = dict(tagged_content_words(focus))
    return [w for w in unknown if (len(w) >= 3 or flags.get(w) == "eng") and any(w in c for c in asking)]


_KIND_ZH = {"kinds": "类别", "amount": "金额", "period": "期限或时间", "count": "数量", "share": "比例或分值", "grade": "等级或结论",
            "who": "责任主体", "qualification": "资格或条件", "qualification_grade": "资质等级",
            "composition": "组成人员", "source": "经费来源", "quantity": "数量"}


#: Grades and conclusions; after one, a character that makes it another word ("中级", "良心", "中国").
_CATEGORIES = "(?:调整后予以支持|不予支持|予以支持|优|良|中|差)"


_NOT_A_GRADE = r"(?![\u4e00-\u9fff]?[级等心间国])"


#: A grade or conclusion the question is about ("评价结果是优的项目", "结论是“调整后予以支持”的").
_CATEGORY = re.compile(rf"(?:为|是|评了|评为|拿了个?|得了个?|属于)\s*[“\"'「]?({_CATEGORIES}){_NOT_A_GRADE}")


#: The items and sentences of a clause: "（一）……；（二）……。"
_SEGMENT = re.compile(r"（[一二三四五六七八九十]+）|[；;。\n]")


def _about_category(question: str, text: str) -> str:
    """The parts of ``text`` about the grade or conclusion the question names; the whole text if none is named.

    "评价结果是优的项目，下一年预算能上浮多少比例" is not answered by a clause whose figures belong to
    the "中" and "差" items of the list.
    """
    m = _CATEGORY.search(question)
    if not m:
        return text
    segments = _SEGMENT.split(text)
    if _marked(m.group(1)).search(segments[0]):  # the clause's first sentence is about that grade itself
        return text
    parts = [p for p in segments[1:] if _marked(m.group(1)).search(p)]
    if parts:  # with the lead sentence, which speaks for every item ("下列事项由分管局领导审定：")
        return "。".join([segments[0], *parts])
    # figures given for the other grades only ("中""差" items, a parameters list) do not answer for this one
    return "" if _marked(_CATEGORIES).search(text) else text


#: A month's end ("12月末", "八月底"): a checkpoint a rule may list with a figure for each.
_MONTH_END = re.compile(r"(?<!\d)(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:末|底)")
_MONTH_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11,
                   "十二": 12}


def _month_ends(text: str) -> set[int]:
    return {int(m) if m.isdigit() else _MONTH_NUMERALS[m] for m in _MONTH_END.findall(text)}


def _about_month_end(question: str, text: str) -> str:
    """The text, or nothing when it lists figures for month ends and not for the one the question names.

    "12月末执行率低于多少会预警" is not answered by the warning lines for 4月末, 6月末, 8月末 and 10月末.
    """
    asked = _month_ends(question)
    listed = _month_ends(text)
    return "" if asked and len(listed) >= 2 and not asked & listed else text


@lru_cache(maxsize=16)
def _marked(name: str) -> re.Pattern[str]:
    """``name`` written as a grade or conclusion: quoted, or after "为"."""
    return re.compile(rf"[“\"'「]{name}[”\"'」]|为{name}{_NOT_A_GRADE}")


@lru_cache(maxsize=16384)
def _token_set(text: str) -> frozenset[str]:
    return frozenset(tokenize(text))


#: An amount asked of a fee ("费用按什么标准付", "专家劳务费多少"), and what a sentence stating a fee says.
_FEE_ASKED = re.compile(r"费|酬|价格|报价")
_FEE_WORDS = frozenset({"费", "酬", "价"})
#: Asking whether or who signs or stamps a document, and what a clause setting that says.
_SEAL_ASKED = re.compile(r"签字|签名|签章|盖章|盖[^，。？?]{0,3}章|公章|印章|谁来签|谁签")
#: Asking about a seal (not a signature), and what a clause setting one says.
_STAMP_ASKED = re.compile(r"盖章|盖[^，。？?]{0,3}章|公章|印章|签章")
_STAMP_GIVEN = re.compile(r"盖章|公章|印章|签章|用印|印鉴|加盖|（章）|\(章\)")
_SEAL_GIVEN = re.compile(r"签字|签名|签章|签署|签发|盖章|印章|公章|用印|加盖|（章）|\(章\)")


#: A figure asked of a deduction, and what a sentence stating one says.
_DEDUCTION_ASKED = re.compile(r"扣(?:掉|了|除|减)?(?:多少|几)")
_DEDUCTION_WORDS = frozenset({"扣", "减", "降", "少于"})


#: A sentence or a list item of a clause: what one statement says.
SENTENCE = re.compile(r"[^。；;\n]+")


_LIST_OPENER = re.compile(r"[：:]\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:（[一二三四五六七八九十]+）|\d{1,2}[.．、])")


def statements(text: str) -> list[str]:
    """The clause's sentences; a sentence opening a list ("…20万元以上的，应当开展事前绩效评估：") also read
    with each of its items ("（一）新增项目"), since an item completes what its opening sentence states."""
    out: list[str] = []
    opener = ""
    for line in text.split("\n"):
        parts = SENTENCE.findall(line)
        if opener and _LIST_ITEM.match(line):
            out.append(opener + (parts[0] if parts else ""))
        elif line.strip():
            opener = ""
        out.extend(parts)
        if parts and _LIST_OPENER.search(line):
            opener = parts[-1]
    return out


def states_with(gives: re.Pattern[str], words: frozenset[str] | set[str], text: str) -> bool:
    """Some sentence of ``text`` (a list item read with its opening sentence) states a figure ``gives`` matches
    together with one of ``words``."""
    return any(gives.search(sent) and any(w in sent for w in words) for sent in statements(text))


#: Bodies that act in the rules, each family by its forms: an authority a period is asked of.
_ACTORS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(forms)) for name, forms in (
    # the procurement law's "政府采购监督管理部门" is the finance department (its 第十三条)
    ("finance", r"(?:人民)?政府财政部门|财政局|财政部门|财政部|财政厅|(?:政府)?采购监督管理部门"),
    ("audit", r"审计机关|审计署|审计局|审计厅"),
    ("supervisor", r"主管部门"),
    ("congress", r"人大常委会|人民代表大会常务委员会|常委会|财经委|财政经济委员会|人大|预算工作委员会|预工委"),
))
#: Any body a clause may name as the one acting (the authorities first: "财政部门" is not "部门").
_BODY = re.compile("|".join([*(forms.pattern for _, forms in _ACTORS),
                             r"被审计单位|被审计对象|采购人|供应商|评价机构|第三方机构|专家组|评估小组|审计组|政府|单位|部门"]))
#: What asks for a period in a question; a clause of a sentence.
_PERIOD_ASKS = re.compile(r"多少天|几天|多少个?工作日|几个工作日|多长时间|多久|什么时候|几月|最迟|最晚")
_CLAUSE = re.compile(r"[^，,。？?！!；;：:\n]+")


#: An authority called by its short name in a question ("投诉到财政", "财政那边多长时间处理完").
_SHORT_ACTORS = {"财政": "finance"}


def _actor_of(name: str) -> str | None:
    return next((family for family, forms in _ACTORS if forms.fullmatch(name)), None)


def period_actor(question: str) -> str | None:
    """The authority whose period the question asks: the body opening the clause that asks ("财政局多少天内批复",
    "……后，市财政部门要在多少天内反馈"); None when that clause names no authority ("最晚哪天？")."""
    for clause in _CLAUSE.findall(QUOTED.sub("“”", question)):
        m = _PERIOD_ASKS.search(clause)
        if m:
            body = _BODY.search(clause[: m.start()])
            return _actor_of(body.group(0)) if body else None
    return None


def _acting_body(sentence: str, at: int) -> str | None:
    """The body acting in the period stated at ``at``: the first one named in its clause, else in the nearest
    clause before it ("收到预警的预算单位，应当在10个工作日内……报区财政局": the unit)."""
    clauses = [(m.start(), m.group(0)) for m in _CLAUSE.finditer(sentence) if m.start() <= at]
    for start, clause in reversed(clauses):
        body = _BODY.search(clause[: at - start] if start + len(clause) > at else clause)
        if body:
            return body.group(0)
    return None


def _actor_fits(actor: str, sentence: str, gives: re.Pattern[str]) -> bool:
    """A sentence stating a period is the asked authority's: the body acting in it is that one, or none is named."""
    figure = gives.search(sentence)
    if figure is None:
        return False
    body = _acting_body(sentence, figure.start())
    return body is None or _actor_of(body) == actor


def _figure_with_verb(verb: str, gives: re.Pattern[str], text: str) -> bool:
    """Some sentence of ``text`` states a figure ``gives`` matches and the verb (or a synonym of it)."""
    return states_with(gives, {verb, *(w for w in synonyms_of(verb) if len(w) >= 2)}, text)


def support(
    question: str, text: str, idf: dict[str, float], *, q_tokens: list[str] | None = None, unknown: int = 0,
    verb: str | None = None,
) -> Support:
    """Answer type and key-term coverage of ``text`` (the clause with its title and headings) for ``question``.

    ``verb``: the figure asked for must be stated in a sentence with this verb (see :func:`governing_verb`).
    """
    types = answer_types(question)
    supplies = {name: gives for name, _, gives in (*TYPES, KINDS, QUANTITY)}
    where = _about_month_end(question, _about_category(question, text)) if types else text
    has = all(supplies[t].search(where) for t in types) if types else True
    asking = asking_part(question)
    has = has and all(gives.search(where) for asks, gives in UNITS if asks.search(asking))
    if has and verb and types:  # "保管多少年": the years must be those of keeping, not "五年内不得从事会计工作"
        has = all(_figure_with_verb(verb, supplies[t], where) for t in types)
    if has and "amount" in types and _FEE_ASKED.search(asking):
        # "第三方的费用按什么标准付": a fee, not the project size that decides whether a review is due
        has = states_with(supplies["amount"], _FEE_WORDS, where)
    if has and "period" in types and (actor := period_actor(question)):
        # "财政局几天内答复" asked of "预算单位应当在5个工作日内申请复核": that period is the unit's, not the bureau's
        has = any(_actor_fits(actor, sent, supplies["period"]) for sent in SENTENCE.findall(where))
    if has and _DEDUCTION_ASKED.search(asking):
        # "明年预算要扣多少", "晚交会扣多少分": a figure taken off, not the score bands or a threshold
        has = any(states_with(supplies[t], _DEDUCTION_WORDS, where) for t in types)
    cov = coverage(q_tokens if q_tokens is not None else tokenize(question), set(_token_set(text)), idf, unknown)
    return Support(types[0] if types else None, has, cov)
