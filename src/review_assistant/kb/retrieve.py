"""The one retrieval API: hybrid (BM25 + vectors) with reciprocal-rank fusion and filters.

``ask``, the checks' policy references and the LLM rules all call :func:`retrieve`. Abolished
documents (已废止) are left out unless the filters ask for them or the question names one ("285号文",
"2011年那版暂行办法": a trainee asking what the old rule said, a reviewer checking a report that still
cites it). A reranker can reorder the fused list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

import numpy as np

from review_assistant.kb.chunking import PREAMBLE_LABEL, is_commentary
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.keywords import normalize_question
from review_assistant.kb.store import ChunkRecord
from review_assistant.kb.vectors import VectorHit
from review_assistant.parsing.docnumbers import DOC_NUMBER, normalize_doc_number

Mode = Literal["hybrid", "keyword", "vector"]
#: Readers' notes (学习提示, 补充说明 …) are commentary, not rules: their fused score is scaled down.
COMMENTARY_FACTOR = 0.5
#: How many fused candidates the reranker reorders.
RERANK_DEPTH = 20
#: Each leg's first few candidates join the reranker's pool whatever their fused rank: with RRF's k = 60 a clause
#: first in one leg and absent from the other scores 1/61, below any clause ranked about 20th in both, so the one
#: clause holding a quoted phrase verbatim ("“以概算控制预算、预算控制决算”是哪个条例规定的") never reached the
#: reranker that weighs the quotation.
LEG_HEADS = 3


@dataclass(frozen=True)
class Filters:
    """Restrict retrieval. Empty sets mean "any"."""

    levels: frozenset[str] = frozenset()
    doc_numbers: frozenset[str] = frozenset()
    include_abolished: bool = False
    #: Abolished documents searched all the same (the question names them).
    named: frozenset[str] = frozenset()

    def allows(self, rec: ChunkRecord, *, abolishing: bool = False) -> bool:
        """``abolishing``: the clause abolishes a document the question names, so its own status does not hide it."""
        if (not self.include_abolished and not abolishing and rec.status == "已废止"
                and (rec.doc_number or "") not in self.named):
            return False
        if self.levels and (rec.level or "") not in self.levels:
            return False
        return not self.doc_numbers or (rec.doc_number or "") in self.doc_numbers

    def chroma_where(self) -> dict[str, object] | None:
        clauses: list[dict[str, object]] = []
        if not self.include_abolished:
            current: dict[str, object] = {"status": {"$ne": "已废止"}}
            clauses.append({"$or": [current, {"doc_number": {"$in": sorted(self.named)}}]} if self.named else current)
        if self.levels:
            clauses.append({"level": {"$in": sorted(self.levels)}})
        if self.doc_numbers:
            clauses.append({"doc_number": {"$in": sorted(self.doc_numbers)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


@dataclass(frozen=True)
class Hit:
    """One retrieved chunk with everything a citation needs and how each leg ranked it."""

    chunk_id: str
    title: str
    doc_number: str | None
    article: str
    heading_path: tuple[str, ...]
    text: str
    source: str
    level: str | None
    status: str
    replaced_by: str | None
    sample: bool = False
    notes: bool = False
    effective: str | None = None
    score: float = 0.0
    similarity: float | None = None
    keyword_score: float | None = None
    vector_rank: int | None = None
    keyword_rank: int | None = None
    extra: dict[str, float] = field(default_factory=dict)


_SERIAL = re.compile(r"(?<!\d)(\d{1,4})\s*号")
_YEAR = re.compile(r"(?<!\d)(\d{4}|\d{2})\s*(?:年|版)|[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】]")
#: Words that point at an earlier version of a rule ("2011年那版", "原来的暂行办法").
_EARLIER = re.compile(r"旧版|老版|那版|那个|原来|以前|之前|当时|最早|早先|废止|暂行|原办法|原文件|老文件")


def named_documents(query: str, doc_numbers: Iterable[str], *, by_year: bool = False) -> frozenset[str]:
    """The documents (their 文号 among ``doc_numbers``) that ``query`` calls by number.

    Named means: the full 文号; its serial with two or more digits ("285号", "中发34号文件") or with the
    year or the issuer's code ("2020年3号文件", "云财绩2号"). ``by_year``: also its year ("2011年", "09年") next
    to a word for an earlier version ("那版", "原来的", "暂行"), which names an abolished rule.
    """
    cited = {normalize_doc_number(m.group(0)) for m in DOC_NUMBER.finditer(query)}
    serials = {int(m.group(1)) for m in _SERIAL.finditer(query)}
    # the text just before each serial ("云财绩2号": "云财绩"), to match an issuer's code
    coded = [(query[max(0, m.start() - 6): m.start()], int(m.group(1))) for m in _CODED_SERIAL.finditer(query)]
    years = {int(y) + (2000 if len(y) == 2 and int(y) < 50 else 1900 if len(y) == 2 else 0)
             for pair in _YEAR.findall(query) for y in pair if y}
    earlier = by_year and bool(_EARLIER.search(query))
    out = set()
    for number in doc_numbers:
        m = DOC_NUMBER.search(number)  # year and serial of the indexed 文号
        if number in cited:
            out.add(number)
        elif m:
            year, serial = int(m.group(1)), int(m.group(2))
            code = number.split("〔")[0].strip()
            if ((serial in serials and (serial >= 10 or year in years)) or (year in years and earlier)
                    or any(s == serial and len(code) >= 2 and before.endswith(code) for before, s in coded)):
                out.add(number)
    return frozenset(out)


#: A serial, with its year in brackets or not ("〔2024〕2号", "2号"): what precedes it may be an issuer's code.
_CODED_SERIAL = re.compile(r"\s*(?:[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】])?\s*(?<!\d)(\d{1,4})\s*号")


def named_abolished(query: str, doc_numbers: Iterable[str]) -> frozenset[str]:
    """The abolished documents (their 文号 among ``doc_numbers``) that ``query`` names (see :func:`named_documents`)."""
    return named_documents(query, doc_numbers, by_year=True)


#: "还能用吗", "还有效吗", "被哪个文件取代了": the question asks whether a rule is still in force.
#: ("已经废止的285号文当年怎么规定" names the rule by its state and asks what it said: "废止的" is no validity question.)
_VALIDITY = re.compile(r"还能用|还可以用|能不能用|还能引用|能不能引用|可以引用|还有效|有效吗|是否有效|失效|废止(?!的)|作废|过时|现行|"
                       # "76号文被谁废了", "哪个文件把它废掉的"
                       r"废了|废掉|被.{0,6}废|"
                       r"还适用|(?:还能|能不能|可以|能否)当(?:作|成)?依据|取代|替代|要不要.{0,4}改|还算数|还管用|(?:还能不能|能不能|能否|可否|还能|还可以)作为|"
                       # "依据里还写着285号，有问题吗": citing the rule as a basis, asked whether that is acceptable
                       r"(?:依据|引用|引的|写着|援引).{0,30}(?:可以|行吗|行不行|问题|对吗|对不对|合适|妥当|规范|怎么处理|如何处理|怎么办)")
#: A clause that ends or replaces another document.
_ABOLISHES = re.compile(r"废止|失效|替代|取代|不再执行|停止执行")
#: How many clauses of each document a question calls by number go before the other hits (more pushed the other
#: document's clause out of a comparison's top five).
NAMED_FIRST = 1
#: How many abolishing clauses go before the other hits.
ABOLISHING_FIRST = 2


def abolishing_clause_ids(records: Iterable[ChunkRecord], abolished: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Abolished 文号 → ids of the chunks that name it as abolished or replaced: current documents' first, then those
    of documents abolished in their turn ("76号文被谁废了": 285号 abolished it, and 10号 abolished 285号)."""
    out: dict[str, list[str]] = {}
    for rec in sorted(_articles_first(records), key=lambda r: r.status == "已废止"):
        if not _ABOLISHES.search(rec.text):
            continue
        for m in DOC_NUMBER.finditer(rec.text):
            found = normalize_doc_number(m.group(0))
            # the issuer's prefix may take in the words before it ("施行时财预〔2009〕76号")
            for number in (n for n in abolished if found.endswith(n) and n != rec.doc_number):
                out.setdefault(number, []).append(rec.chunk_id)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _articles_first(records: Iterable[ChunkRecord]) -> list[ChunkRecord]:
    """Articles ("第四十三条") before a document's notes ("文件说明"): the article is the authority."""
    return sorted(records, key=lambda r: not r.article.startswith("第"))


def _abolishing_first(kb: KnowledgeBase, named: frozenset[str], hits: list[Hit], filters: Filters) -> list[Hit]:
    """For a question whether a named abolished rule is still in force: the clauses that abolish it first.

    "财预〔2011〕285号现在还能用吗" is answered by the current rule's "原……（财预〔2011〕285号）同时废止", not by
    what the old rule said.
    """
    table = kb.abolishing_clauses()
    ids = list(dict.fromkeys(cid for number in sorted(named) for cid in table.get(number, ())))
    if not ids or not hits:
        return hits
    have = {h.chunk_id: h for h in hits}
    records = kb.manifest.chunks_by_id([cid for cid in ids if cid not in have])
    top = hits[0].score
    front: list[Hit] = []
    for cid in ids:
        if cid in have:
            front.append(with_score(have[cid], top))
        elif cid in records and filters.allows(records[cid], abolishing=True):
            front.append(_hit(records[cid], top, None, None, None, None))
        if len(front) == ABOLISHING_FIRST:
            break
    chosen = {h.chunk_id for h in front}
    return front + [h for h in hits if h.chunk_id not in chosen]


class Reranker(Protocol):
    """Reorders (and may rescore) the fused hits for a query."""

    def rerank(self, query: str, hits: list[Hit]) -> list[Hit]: ...


def rrf(rankings: list[list[str]], k: int, weights: list[float] | None = None) -> dict[str, float]:
    """Reciprocal-rank fusion: each list adds weight/(k + rank) (rank from 1) to its items' scores."""
    fused: dict[str, float] = {}
    for i, ranking in enumerate(rankings):
        w = weights[i] if weights else 1.0
        for rank, cid in enumerate(ranking, start=1):
            fused[cid] = fused.get(cid, 0.0) + w / (k + rank)
    return fused


def rerank_pool(fused: dict[str, float], rankings: list[list[str]], depth: int, heads: int = LEG_HEADS) -> list[str]:
    """The ``depth`` best fused candidates (ties by id, never by chance), then the first ``heads`` of each leg's
    ``rankings`` not among them, in leg order."""
    pool = sorted(fused, key=lambda cid: (-fused[cid], cid))[:depth]
    chosen = set(pool)
    for ranking in rankings:
        for cid in ranking[:heads]:
            if cid not in chosen:
                pool.append(cid)
                chosen.add(cid)
    return pool


def retrieve(
    kb: KnowledgeBase,
    query: str,
    top_k: int | None = None,
    filters: Filters | None = None,
    *,
    mode: Mode = "hybrid",
    reranker: Reranker | None = None,
) -> list[Hit]:
    """The ``top_k`` chunks best matching ``query``, best first."""
    # The vector leg's data first (cached on ``kb``; needed below anyway): reading all vectors out of Chroma
    # allocates about 70 MB for a moment, and on top of jieba's dictionary, which the question's normalisation
    # loads, it raised a cold ``ask``'s peak memory by some 30 MB.
    exact = kb.exact_vectors() if mode != "keyword" else None
    if mode != "keyword":
        kb.records()
    query = normalize_question(query)
    settings = kb.settings.kb
    top_k = top_k or settings.top_k
    filters = filters or Filters()
    named = frozenset() if filters.include_abolished else named_abolished(query, kb.abolished_documents())
    if named:
        filters = replace(filters, named=filters.named | named)
    n = max(settings.candidates, top_k)
    rankings: list[list[str]] = []
    weights: list[float] = []
    similarity: dict[str, float] = {}
    keyword: dict[str, float] = {}
    if mode in ("hybrid", "vector"):
        qvec = kb.embedder.embed_queries([query])[0]
        vhits = _vector_candidates(kb, qvec, n, filters)
        similarity = {h.chunk_id: h.similarity for h in vhits}
        rankings.append([h.chunk_id for h in vhits])
        weights.append(settings.vector_weight)
    if mode in ("hybrid", "keyword"):
        index = kb.keywords
        scores = index.scores(query)
        records = kb.records()
        allowed = np.array([filters.allows(records[cid]) for cid in index.ids], dtype=bool)
        scores = np.where(allowed, scores, 0.0)
        order = [i for i in np.argsort(-scores, kind="stable")[:n] if scores[i] > 0]
        keyword = {index.ids[i]: float(scores[i]) for i in order}
        rankings.append([index.ids[i] for i in order])
        weights.append(settings.keyword_weight)
    if mode != "hybrid":
        weights = [1.0]
    fused = rrf(rankings, settings.rrf_k, weights)
    best = sum(weights) / (settings.rrf_k + 1)
    records = kb.records()
    for cid in fused:
        if is_commentary(records[cid].text):
            fused[cid] *= COMMENTARY_FACTOR
    if reranker is None and mode == "hybrid" and settings.rerank:
        from review_assistant.kb.rerank import SupportReranker

        reranker = SupportReranker(kb.keywords.idf())
    depth = max(top_k * 3, RERANK_DEPTH) if reranker else top_k
    ranked = rerank_pool(fused, rankings if mode == "hybrid" and reranker is not None else [], max(depth, 1),
                         LEG_HEADS)
    if mode == "hybrid" and reranker is not None:
        # A candidate only the keyword leg found still has a cosine: the reranker weighs the real one,
        # not a floor (a clause about "1+4" that e5 ranks past 50 is not unlike the question).
        missing = [cid for cid in ranked if cid not in similarity]
        if exact is not None and missing:
            similarity.update(exact.similarities(qvec, missing))
    records_by_id = kb.manifest.chunks_by_id(ranked)
    vrank = {cid: i + 1 for i, cid in enumerate(rankings[0])} if mode != "keyword" else {}
    krank = {cid: i + 1 for i, cid in enumerate(rankings[-1])} if mode != "vector" else {}
    hits = [
        _hit(records_by_id[cid], fused[cid] / best, similarity.get(cid), keyword.get(cid), vrank.get(cid), krank.get(cid))
        for cid in ranked
        if cid in records_by_id
    ]
    if reranker is not None:
        hits = reranker.rerank(query, hits)
    if mode == "hybrid":
        validity = bool(named) and bool(_VALIDITY.search(query))
        # "76号文被谁废了" is answered by the rule that abolished it (below), not by the old rule's own clauses
        cited = named_documents(query, kb.document_numbers()) - kb.abolished_documents()
        if cited and not filters.doc_numbers:
            # a named document none of whose rules made the fused list: its best rule, searched in it alone
            for number in sorted(cited):
                if not any(h.doc_number == number and _is_rule(h) for h in hits):
                    alone = retrieve(kb, query, NAMED_FIRST + 2, replace(filters, doc_numbers=frozenset({number})),
                                     mode=mode, reranker=reranker)
                    hits = hits + [h for h in alone if _is_rule(h)][:NAMED_FIRST]
            hits = _named_first(hits, cited)
        if validity:
            hits = _abolishing_first(kb, named, hits, filters)
    return hits[:top_k]


def _is_rule(hit: Hit) -> bool:
    """An article or section of the text, not its 文件说明 or a reader's note."""
    return hit.article != PREAMBLE_LABEL and not is_commentary(hit.text)


def _named_first(hits: list[Hit], cited: frozenset[str]) -> list[Hit]:
    """The clauses of the documents a question calls by number before the others, each group in its order.

    "中发34号文件里，项目预算绩效由谁负责" asks what that document says, and "88号文和区目标办法……一样吗" needs
    88号's clause among the answers, whatever other rule says more on the subject.
    """
    front: list[Hit] = []
    for number in sorted(cited):
        rules = [h for h in hits if h.doc_number == number and _is_rule(h)]
        front.extend(rules[:NAMED_FIRST])
    front.sort(key=hits.index)
    chosen = {h.chunk_id for h in front}
    # put first, they show the best score, so the shown scores still never rise down the list
    top = max((h.score for h in hits), default=0.0)
    return [with_score(h, top) for h in front] + [h for h in hits if h.chunk_id not in chosen]


def _vector_candidates(kb: KnowledgeBase, qvec: np.ndarray, n: int, filters: Filters) -> list[VectorHit]:
    """The ``n`` nearest allowed chunks.

    Exact search over all vectors when the collection is small enough (see
    :data:`~review_assistant.kb.vectors.EXACT_MAX`). Otherwise Chroma's HNSW search, which is
    approximate and varies with the index: the unfiltered neighbours are fetched generously and
    filtered here; the ``where`` search is only the fallback when a filter is so narrow that too few
    of them pass.
    """
    records = kb.records()
    exact = kb.exact_vectors()
    if exact is not None:
        allowed = exact.mask(filters, lambda cid: cid in records and filters.allows(records[cid]))
        return exact.query(qvec, n, allowed)
    fetch = max(4 * n, 200)
    hits = [h for h in kb.vectors.query(qvec, fetch) if h.chunk_id in records and filters.allows(records[h.chunk_id])]
    if len(hits) < n and fetch < len(records):
        hits = kb.vectors.query(qvec, n, filters.chroma_where())
    return sorted(hits[:n], key=lambda h: (-h.similarity, h.chunk_id))


def _hit(
    rec: ChunkRecord, score: float, sim: float | None, kw: float | None, vr: int | None, kr: int | None
) -> Hit:
    return Hit(
        chunk_id=rec.chunk_id, title=rec.title, doc_number=rec.doc_number, article=rec.article,
        heading_path=rec.heading_path, text=rec.text, source=rec.path, level=rec.level, status=rec.status,
        replaced_by=rec.replaced_by, sample=rec.sample, notes=rec.notes, effective=rec.effective, score=round(score, 4), similarity=sim, keyword_score=kw,
        vector_rank=vr, keyword_rank=kr,
    )


def with_score(hit: Hit, score: float) -> Hit:
    """A copy of ``hit`` with another score (for rerankers)."""
    return replace(hit, score=score)
