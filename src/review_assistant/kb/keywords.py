"""The keyword leg: BM25 (bm25s) over jieba tokens, with a dictionary of the domain's terms.

The index is rebuilt from the manifest whenever the manifest's generation changes, and saved next
to Chroma in the home, so a warm start only loads a few arrays.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from review_assistant.kb.typos import HomophoneCorrector

#: Terms jieba would otherwise cut apart; they are what trainees and rules ask about.
DOMAIN_TERMS: tuple[str, ...] = (
    "预算绩效管理", "全面实施预算绩效管理", "绩效目标", "绩效目标申报表", "绩效指标", "事前绩效评估",
    "事前评估", "绩效运行监控", "运行监控", "双监控", "绩效评价", "绩效自评", "单位自评", "部门评价",
    "财政评价", "结果应用", "评价结果应用", "满意度指标", "服务对象满意度", "产出指标", "效益指标",
    "成本指标", "数量指标", "质量指标", "时效指标", "经济成本", "社会成本", "生态环境成本", "经济效益",
    "社会效益", "生态效益", "可持续影响", "财政拨款", "上年结转", "自有资金", "年度资金", "资金总额",
    "项目支出", "项目库", "入库", "预算编制", "预算执行率", "执行进度", "三级指标", "一级指标", "二级指标",
    "定量指标", "定性指标", "指标值", "本地参数", "第三方机构", "立项必要性", "投入经济性",
    "绩效目标合理性", "实施方案可行性", "筹资合规性", "予以支持", "调整后予以支持", "不予支持",
    "整改", "问责", "预算安排", "压减", "中期评价", "核心绩效目标", "共性指标", "个性指标",
    "延续项目", "新增项目", "审核意见", "评分表", "一体化系统", "转移支付", "专项资金",
    "人大常委会", "财经委", "人代会", "预算调整方案", "决算草案", "预算草案", "审计工作报告", "政府采购",
    "采购代理机构", "集中采购", "公开招标", "邀请招标", "竞争性谈判", "单一来源", "询价", "会计凭证", "会计账簿",
    "财务会计报告", "绩效责任单位", "绩效管理机构", "政府投资项目", "可行性研究报告", "项目建议书", "初步设计",
)

#: Words trainees use and the words the texts use for the same thing. A query containing any word of
#: a group also searches (at reduced weight) for the others. Generic to budget, audit and procurement
#: texts; not tuned to single questions.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("事前评估", "事前绩效评估", "事前论证", "绩效评估"),
    ("自评", "绩效自评", "单位自评", "自我评价"),
    ("监控", "运行监控", "绩效运行监控", "绩效监控", "双监控", "督查"),
    ("评价", "绩效评价"),
    ("目标", "绩效目标"),
    ("指标", "绩效指标"),
    ("人大", "人民代表大会"),
    ("人代会", "人民代表大会会议"),
    ("人大常委会", "常务委员会", "人民代表大会常务委员会"),
    ("财经委", "财政经济委员会"),
    ("钱", "资金", "预算资金"),
    ("花钱", "支出", "预算执行"),
    ("花得慢", "执行进度", "执行率"),
    ("打分", "给分", "评分", "计分", "得分"),
    ("分数", "评分", "得分"),
    ("老百姓", "社会公众", "公众", "群众"),
    ("拍板", "说了算", "审定", "决定"),
    ("毛病", "问题", "缺陷"),  # "监控查出来的毛病"
    ("甜头", "激励", "奖励", "表扬"),  # "表现好的部门有啥甜头"
    ("英文", "外文", "外国文字"),  # "账能用英文记吗": the accounting law's 外国文字
    ("签字", "签名", "盖章", "签章"),
    ("罚", "罚款", "处罚"),
    ("假账", "虚假", "伪造", "变造"),
    ("可研", "可行性研究报告"),
    ("镇街", "镇（街道）", "乡镇", "街道"),
    ("拆", "拆分", "化整为零"),
    ("挂钩", "结果应用", "预算安排"),
    ("公开", "向社会公开"),
    ("期限", "时限"),
    ("流程", "程序", "步骤"),
    ("去年", "上年", "上一年度"),
    ("明年", "下年度", "次年"),
    ("接着干", "接着做", "继续实施"),
    ("解释", "说明理由", "说明"),
    ("凭据", "佐证材料", "佐证", "凭证"),
    ("发票", "票据", "原始凭证"),
    ("银行", "金融机构"),
    ("哪几块", "几个方面", "方面"),
    ("门槛", "起点", "限额", "万元"),
    ("上限", "不超过", "最高"),
    ("下限", "不低于", "最低"),
    ("多少天", "日内", "工作日"),
    ("几天", "日内", "工作日"),
    ("什么时候", "日前", "月底前", "截止"),
    ("最晚", "截止", "之前"),
    ("谁", "负责", "机构", "部门"),
    ("偏", "偏差", "偏离"),
    ("离职", "调动", "交接"),
    ("不服", "复议", "诉讼", "复核"),
    ("纪委", "监委", "纪检监察", "纪检监察机关"),
    ("法院", "诉讼"),  # "去法院" is bringing a suit
    ("设备", "货物"),  # procurement law: equipment bought is goods
    ("有异议", "复核"),
    ("收回", "调减", "统筹"),
    ("整改", "整改情况"),
    ("报警", "亮灯", "预警"),
    ("职称", "专业技术职务资格", "专业技术职务"),
    ("账本", "账目", "账簿", "会计账簿"),
    ("目标值", "指标值"),
    ("总分", "合计", "满分"),
    ("名字", "姓名"),
    ("老板", "单位负责人"),  # the accounting law's 单位负责人 is the boss a trainee names
    ("科长", "处长", "负责人"),  # "会计科长要什么资格": the head of a section is the texts' 会计机构负责人
    ("汇报", "报告"),  # "结果应用情况向谁汇报"
    ("小账", "小金库", "账外账", "私设会计账簿"),
    ("下属单位", "所属单位", "下级单位"),  # "部门对下属单位要不要先审一道": the rules' 所属单位
    ("层面", "层次", "方面"),  # "全方位格局指哪几个层面"
    ("自己", "自行"),  # "事前评估能自己做吗": 可以自行评估
    ("实地", "现场"),  # "要下去实地看": 现场核查
    ("顺序", "依次", "先后"),  # "五个方面按什么顺序写": 依次写明
)
_EXPANSION_WEIGHT = 0.5

#: Situations trainees describe and the rule's word for them, one way only: "我舅舅在那个单位当科长，我还能进
#: 评价组吗" asks about 利害关系 and 回避, but a question about 回避 is not about uncles.
IMPLIED: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("爱人", "配偶", "妻子", "丈夫", "老婆", "老公", "舅舅", "叔叔", "伯伯", "姑姑", "姨妈", "阿姨", "表哥", "表姐",
      "堂兄", "亲戚", "亲属", "近亲属", "父亲", "母亲", "儿子", "女儿", "兄弟", "姐妹", "连襟", "小舅子"),
     ("利害关系", "回避")),
    # the short name for the system the Centre's opinion sets out to build ("三全" = 全方位、全过程、全覆盖)
    (("三全",), ("全方位", "全过程", "全覆盖")),
)

#: A wrong name trainees give a thing of the texts, and variant characters, rewritten in a question before it is
#: searched or judged. Synonym groups cannot hold these: each part of a group word joins the group, and "考核"
#: (a year-end appraisal of its own) or "验收" (acceptance of works) must not become words for 指标 or 自评.
_REWRITES: tuple[tuple[str, str], ...] = (
    ("考核指标", "绩效指标"), ("绩效验收", "绩效自评"), ("事前评价", "事前评估"), ("部份", "部分"), ("帐", "账"),
    # "拿哪个数算": jieba makes a word of "数算" (to reckon), which no rule uses
    ("数算", "数来算"),
    # "考核结果派什么用场": what it is used for (jieba keeps "用场", which no rule uses)
    ("派什么用场", "有什么用"), ("派上用场", "用于"),
)


#: "34号文定的", "10号文里": a document called by its number; jieba would glue "文" to the next word ("文定").
_NUMBERED_DOCUMENT = re.compile(r"(?<=号)文(?!件|号)")


def normalize_question(question: str) -> str:
    """``question`` with trainees' wrong names, variant characters and homophone typos put as the texts write
    them."""
    return homophone_fixes(question)[0]


@lru_cache(maxsize=4096)
def homophone_fixes(question: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The normalized question and the homophone typos put right in it, as (typed, meant) pairs."""
    for wrong, right in _REWRITES:
        question = question.replace(wrong, right)
    question, fixes = _corrector().correct(question)
    return _NUMBERED_DOCUMENT.sub("文件", question), fixes


@lru_cache(maxsize=1)
def _corrector() -> HomophoneCorrector:
    """Typos are put right towards the domain's own words: its terms, its synonyms and the words jieba cuts them
    into in search mode ("绩效", "事前", "整改", "审计"), leaving out rare fragments ("会会" of "人民代表大会会议")."""
    jieba = _jieba()
    freq = jieba.dt.FREQ
    terms = {*DOMAIN_TERMS, *(w for group in SYNONYMS for w in group)}
    inside = {w for t in terms for w in jieba.cut_for_search(t, HMM=False) if len(w) >= 2 and freq.get(w, 0) >= _COMMON}
    # asking phrases among the synonyms ("多少天", "几天", "什么时候") are no terms a typo stands for: "按多少填" is 填
    vocabulary = {w for w in terms | inside if not _ASKING_WORD.search(w)}
    return HomophoneCorrector(vocabulary, lambda w: bool(freq.get(w)), jieba.lcut, _AGENCY_NAMES)


_ASKING_WORD = re.compile(r"多少|几|什么|哪|谁|怎|啥|多久|多长")


#: A dictionary word at least this frequent is a word of its own, not a fragment of a longer one.
_COMMON = 100

#: Short names of local departments that jieba's dictionary lacks; a question naming one is not misspelling a
#: domain word inside it ("卫健委" is not "卫" + "监委").
_AGENCY_NAMES = ("卫健委", "卫健局", "发改委", "发改局", "住建局", "住建委", "人社局", "文旅局", "市监局", "资规局",
                 "农业农村局", "城管局", "商务局", "民政局", "残联", "医保局", "应急局", "生态环境局", "统计局", "审计局")

_STOP = frozenset(
    ["的", "了", "和", "与", "及", "或", "等", "是", "在", "对", "为", "以", "由", "将", "被", "把", "从", "向", "按", "应", "应当", "应该", "须", "需", "需要", "要", "可", "可以", "能", "能否", "会", "是否", "什么", "怎么", "怎样", "如何", "哪些", "哪个", "哪", "多少", "几", "吗", "呢", "吧", "啊", "么", "有", "有没有", "没有", "该", "其", "之", "这", "那", "这些", "那些", "我", "我们", "你", "你们", "他们", "单位", "一个", "一些", "进行", "开展", "规定", "规定了", "相关", "有关", "按规定", "按照规定", "根据规定", "情况", "问题", "请问", "东西", "里", "中", "上", "下", "时", "后", "前", "并", "并且", "而", "但", "也", "都", "还", "就", "即", "每", "各", "所", "其他", "以及", "之后", "之前", "不", "得", "啥"]
)
_WORD = re.compile(r"[\u4e00-\u9fff]|[a-zA-Z0-9]")


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    for term in (*DOMAIN_TERMS, *(w for group in SYNONYMS for w in group if len(w) > 1)):
        jieba.add_word(term, freq=200000)
    return jieba


@lru_cache(maxsize=1)
def dictionary_version() -> str:
    """Fingerprint of the words added to jieba and the stopwords: an index tokenized otherwise is stale."""
    import hashlib

    words = sorted({*DOMAIN_TERMS, *(w for group in SYNONYMS for w in group if len(w) > 1)})
    return hashlib.sha256("\n".join([*words, "", *sorted(_STOP)]).encode()).hexdigest()[:16]


def tokenize(text: str) -> list[str]:
    """Search-mode jieba tokens (long terms and their parts), without punctuation and stopwords."""
    jieba = _jieba()
    return [t.lower() for t in jieba.cut_for_search(text) if _WORD.search(t) and t not in _STOP]


def expansions(tokens: list[str], query: str = "") -> list[str]:
    """Synonyms of the query's words (tokens or substrings of ``query``) that it does not contain yet."""
    have = set(tokens)
    extra: list[str] = []
    for group in SYNONYMS:
        if any(w in have or (query and w in query) for w in group):
            for w in group:
                for t in tokenize(w):
                    if t not in have and t not in extra:
                        extra.append(t)
    for triggers, implied in IMPLIED:
        if any(w in have or (query and w in query) for w in triggers):
            extra.extend(t for w in implied for t in tokenize(w) if t not in have and t not in extra)
    return extra


class KeywordIndex:
    """BM25 over the chunks' index texts; ``scores`` returns one score per chunk in ``ids`` order."""

    def __init__(self, ids: list[str], model: Any) -> None:
        self.ids = ids
        self.model = model
        self.position = {cid: i for i, cid in enumerate(ids)}
        self._idf: dict[str, float] | None = None

    @classmethod
    def build(cls, ids: list[str], texts: Iterable[str]) -> KeywordIndex:
        import bm25s

        corpus = [tokenize(t) or ["∅"] for t in texts]
        model = bm25s.BM25()
        if ids:
            model.index(corpus, show_progress=False)
        return cls(ids, model)

    def save(self, folder: Path, generation: int) -> None:
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.ids:
            self.model.save(str(tmp), show_progress=False)
        (tmp / "ids.json").write_text(json.dumps({"generation": generation, "dictionary": dictionary_version(), "ids": self.ids}), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)

    @classmethod
    def load(cls, folder: Path, generation: int) -> KeywordIndex | None:
        """The saved index when it was built for ``generation`` with today's dictionary; None when missing or stale."""
        meta_file = folder / "ids.json"
        if not meta_file.is_file():
            return None
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if meta.get("generation") != generation or meta.get("dictionary") != dictionary_version():
            return None
        import bm25s

        ids: list[str] = meta["ids"]
        model = bm25s.BM25.load(str(folder), show_progress=False) if ids else bm25s.BM25()
        return cls(ids, model)

    def idf(self) -> dict[str, float]:
        """Inverse document frequency of every indexed token (for weighting answer sentences)."""
        if self._idf is None:
            self._idf = {}
            scores = getattr(self.model, "scores", None)
            vocab = getattr(self.model, "vocab_dict", None)
            if isinstance(scores, dict) and vocab:
                indptr = np.asarray(scores["indptr"])
                n_docs = max(int(scores.get("num_docs", len(self.ids))), 1)
                for token, col in vocab.items():
                    df = int(indptr[col + 1] - indptr[col]) if col + 1 < len(indptr) else 0
                    self._idf[token] = float(np.log(1 + n_docs / max(df, 1)))
        return self._idf

    def scores(self, query: str, *, expand: bool = True) -> np.ndarray:
        """BM25 of every chunk for ``query``; synonyms of its words count at half weight."""
        tokens = tokenize(query)
        zeros = np.zeros(len(self.ids), dtype=np.float32)
        if not self.ids or not tokens:
            return zeros
        vocab = getattr(self.model, "vocab_dict", {}) or {}
        known = [t for t in tokens if t in vocab]
        out = np.asarray(self.model.get_scores(known), dtype=np.float32) if known else zeros
        if expand:
            extra = [t for t in expansions(tokens, query) if t in vocab]
            if extra:
                out = out + _EXPANSION_WEIGHT * np.asarray(self.model.get_scores(extra), dtype=np.float32)
        return out
