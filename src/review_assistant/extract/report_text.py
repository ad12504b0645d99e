"""Pattern readers for the free text of an appraisal report: dates, cited bases, money phrases.

Pure functions over strings; each returns the verbatim span it matched so that checks can quote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from review_assistant.extract.cn_numerals import cn_integer
from review_assistant.extract.values import MONEY_UNIT_RE, money_to_wan
from review_assistant.parsing.docnumbers import format_doc_number

FULL_DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"|[.\-/]\s*(?P<m2>\d{1,2})\s*[.\-/]\s*(?P<d2>\d{1,2})(?!\d))"
)
CN_DATE_RE = re.compile(r"(?P<y>[〇○零一二三四五六七八九]{4})年(?P<m>[十一二]{1,2}|[一二三四五六七八九])月"
                        r"(?P<d>[一二三]?十?[一二三四五六七八九十])日")


@dataclass(frozen=True)
class Span:
    """A value read from text, with the verbatim text it came from."""

    text: str
    start: int
    end: int


def find_dates(text: str) -> list[tuple[date, Span]]:
    """Every complete date (year, month, day) in ``text``, in order of appearance."""
    out: list[tuple[date, Span]] = []
    for m in FULL_DATE_RE.finditer(text):
        month = m.group("m1") or m.group("m2")
        day = m.group("d1") or m.group("d2")
        try:
            out.append((date(int(m.group("y")), int(month), int(day)), Span(m.group(0), m.start(), m.end())))
        except ValueError:
            continue
    for m in CN_DATE_RE.finditer(text):
        year = cn_integer(m.group("y")) or 0
        try:
            out.append((date(year, cn_integer(m.group("m")) or 0, cn_integer(m.group("d")) or 0),
                        Span(m.group(0), m.start(), m.end())))
        except ValueError:
            continue
    return sorted(out, key=lambda item: item[1].start)


# ---- cited bases ---------------------------------------------------------------------------------

_DOC_NUMBER_RE = re.compile(
    r"(?P<issuer>[\u4e00-\u9fa5]{1,10})\s*[〔\[［【(（]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］】)）]\s*第?\s*"
    r"(?P<num>\d{1,4})\s*号"
)
# Words that precede an issuer abbreviation in running text ("根据财预〔2020〕10号").
_ISSUER_LEAD = re.compile(r"^.*(?:根据|依据|按照|参照|执行|落实|贯彻|结合|印发|关于|通知|的|及|和|与|、|为|是|见|即|原|据|照|按|由|在)")
_TITLE_RE = re.compile(r"《(?P<title>[^《》\n]{2,80})》")
PLAN_PERIODS: dict[str, tuple[int, int]] = {
    "十五": (2001, 2005), "十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020),
    "十四五": (2021, 2025), "十五五": (2026, 2030),
}
_PLAN_NAME = r"十[一二三四五]五|第十[一二三四五]个五年"
_PLAN_RE = re.compile(rf"[“\"「]?(?P<plan>{_PLAN_NAME})[”\"」]?(?!时期|期间|以来|末)(?P<tail>[^。；，,\n《》]{{0,16}}?)"
                      r"(?P<kind>规划|纲要|计划|方案)")
_YEAR_RANGE_RE = re.compile(r"(?P<a>(?:19|20)\d{2})\s*(?:年)?\s*[-—–~～至到]\s*(?P<b>(?:19|20)\d{2})\s*年?")


@dataclass(frozen=True)
class Citation:
    """One cited basis: a 文号, a 《title》 (with its 文号 when given next to it) or a plan."""

    kind: str  # "doc_number", "title" or "plan"
    text: str  # verbatim
    doc_number: str | None = None
    title: str | None = None
    plan: str | None = None
    period: tuple[int, int] | None = None


def find_doc_numbers(text: str) -> list[tuple[str, Span]]:
    """Every 文号 in ``text`` as (normalised number, verbatim span)."""
    out: list[tuple[str, Span]] = []
    for m in _DOC_NUMBER_RE.finditer(text):
        issuer = _ISSUER_LEAD.sub("", m.group("issuer"))
        if not issuer:
            continue
        start = m.start("issuer") + (len(m.group("issuer")) - len(issuer))
        out.append((format_doc_number(issuer, m.group("year"), m.group("num")),
                    Span(text[start:m.end()], start, m.end())))
    return out


def find_citations(text: str) -> list[Citation]:
    """Cited bases in one paragraph: 文号, 《titles》 and 十X五 plans (with their periods)."""
    out: list[Citation] = []
    numbers = find_doc_numbers(text)
    used: set[int] = set()
    for m in _TITLE_RE.finditer(text):
        title = m.group("title")
        # The title's own number follows it in brackets: 《…》（财预〔2020〕10号）.
        near = next(((n, s) for n, s in numbers
                     if 0 <= s.start - m.end() <= 3 and not text[m.end():s.start].strip(" （(")), None)
        period = _period_in(title) if _is_plan_title(title) else None
        if near is not None:
            used.add(near[1].start)
            span_text = text[m.start():near[1].end + (1 if text[near[1].end:near[1].end + 1] in "）)" else 0)]
            out.append(Citation("title", span_text, doc_number=near[0], title=title, period=period))
        else:
            out.append(Citation("title", m.group(0), title=title, period=period,
                                plan=_plan_name(title) if _is_plan_title(title) else None))
    for number, span in numbers:
        if span.start not in used:
            out.append(Citation("doc_number", span.text, doc_number=number))
    for m in _PLAN_RE.finditer(text):
        if any(c.title and m.group(0) in f"《{c.title}》" for c in out):
            continue
        plan = _plan_name(m.group("plan")) or ""
        out.append(Citation("plan", m.group(0), plan=plan, period=PLAN_PERIODS[plan]))
    return out


def _is_plan_title(title: str) -> bool:
    return bool(re.search(r"规划|纲要|计划|方案", title)) and (
        _plan_name(title) is not None or _YEAR_RANGE_RE.search(title) is not None)


def _plan_name(title: str) -> str | None:
    """十三五 / 十四五 … named in ``title`` ("第十四个五年规划" counts as 十四五)."""
    m = re.search(_PLAN_NAME, title)
    if not m:
        return None
    return m.group(0).replace("第", "").replace("个五年", "五")


def _period_in(title: str) -> tuple[int, int] | None:
    """A plan title's period: its year range, else the 十X五 period it names."""
    m = _YEAR_RANGE_RE.search(title)
    if m and int(m.group("a")) <= int(m.group("b")):
        return int(m.group("a")), int(m.group("b"))
    plan = _plan_name(title)
    return PLAN_PERIODS[plan] if plan else None


# ---- money phrases -------------------------------------------------------------------------------

_NUM = r"\d[\d,，]*(?:\.\d+)?"
_UNIT = f"(?:{MONEY_UNIT_RE})"


@dataclass(frozen=True)
class MoneyMatch:
    value_wan: float
    text: str  # verbatim phrase
    unit: str


def _money_pattern(lead: str, stop: str = "") -> re.Pattern[str]:
    # A budget year may stand between the lead and the amount ("申请2025年度资金90万元"); it is not the amount.
    # ``stop``: more characters the words between lead and amount may not hold.
    return re.compile(rf"(?:{lead})(?:[^。；;\d\n{stop}]{{0,4}}?(?:19|20)\d{{2}}\s*年度?)?[^。；;\d\n{stop}]{{0,12}}?"
                      rf"(?P<num>{_NUM})\s*(?P<unit>{_UNIT})")


# What the unit asks for; a project's total investment or overall budget only when no request is stated.
REQUESTED_RE = _money_pattern(r"申请|申报")  # 申请财政资金…, 申报补贴总额…, 拟申请…: a money unit is required
BUDGET_TOTAL_RE = _money_pattern(r"项目(?:总)?预算(?:金额|资金)?|预算(?:总额|金额)|资金总额|项目总投资|总投资")
RECOMMENDED_RE = _money_pattern(
    r"建议预算控制数|预算控制数|建议(?:核定|安排|批复|保留|支持|维持)(?:预算|资金|金额)?|建议按|建议预算|建议金额|"
    r"建议资金"
)
# "建议预算控制数由540万元核减至480万元": the recommendation is the amount it is cut to, not the one it is cut from.
RECOMMENDED_CUT_TO_RE = re.compile(
    rf"(?:建议预算控制数|预算控制数|建议预算|建议(?:安排|核定)?(?:资金|金额)?)[^。；;\d\n]{{0,6}}由\s*{_NUM}\s*{_UNIT}\s*"
    rf"(?:核减|调减|压减|减少|调整|降低)(?:至|到|为)\s*(?P<num>{_NUM})\s*(?P<unit>{_UNIT})")
# "建议核减设备购置费30万元，按150万元安排预算": the amount to arrange after a recommended cut.
RECOMMENDED_ARRANGED_RE = re.compile(rf"建议[^。；;\n]{{0,40}}?[，,]\s*按\s*(?P<num>{_NUM})\s*(?P<unit>{_UNIT})\s*"
                                     r"(?:安排|核定|列入|下达|批复)")
# "核减15万元", "核减设备购置费30万元"; not "经核减，建议预算控制数为135万元" or "核减后安排135万元" (the amount left).
REDUCTION_RE = _money_pattern(r"(?:核减|压减|调减|评减|审减)(?!后)", stop="，,")
SENTENCE_TOTAL_RE = _money_pattern(r"合计|共计|总计|总额")  # "……、上级转移支付12.00万元，合计30.60万元"
_SCORE_RE = re.compile(r"(?:综合|评估|总|最终|评价){0,2}(?:得分|评分|总分|(?<=专家组)平均分|(?<=专家)平均分)\s*(?:为|是|：|:)?\s*(?P<score>\d{1,3}(?:\.\d+)?)\s*分")


def find_money(pattern: re.Pattern[str], text: str) -> list[MoneyMatch]:
    out: list[MoneyMatch] = []
    for m in pattern.finditer(text):
        value = money_to_wan(m.group("num") + m.group("unit"))
        if value is not None:
            out.append(MoneyMatch(value, m.group(0), m.group("unit")))
    return out


# A grading legend's band ("总分90分（含）以上为优", "得分60分以下", "80分至90分"): a threshold, not the score.
_BAND_AFTER = re.compile(r"\s*(?:[（(]含[）)])?\s*(?:及?以上|以下|以内|至|到|[-—–~～])")


def find_score(text: str) -> tuple[float, str] | None:
    for m in _SCORE_RE.finditer(text):
        if _BAND_AFTER.match(text, m.end()):
            continue
        value = float(m.group("score"))
        if 0 <= value <= 100:
            return value, m.group(0)
    return None


# ---- periods -------------------------------------------------------------------------------------

_YM_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?:(?P<m>\d{1,2})\s*月)?|[.\-/](?P<m2>\d{1,2})(?!\d))?")


def parse_period(text: str) -> tuple[tuple[int, int | None], tuple[int, int | None]] | None:
    """(start year, month) and (end year, month) of an implementation period such as
    "2025年1月至2025年12月", "2025-2027年", "2025年"; None when no year is written."""
    points: list[tuple[int, int | None]] = []
    for m in _YM_RE.finditer(text):
        month = m.group("m") or m.group("m2")
        points.append((int(m.group("y")), int(month) if month else None))
    if not points:
        return None
    if len(points) == 1:
        year = points[0][0]
        return (year, points[0][1]), (year, points[0][1])
    return points[0], points[-1]


def sentences(text: str) -> list[str]:
    """Split text into sentences at 。；! ? and line breaks, keeping the text verbatim."""
    return [s.strip() for s in re.split(r"(?<=[。；;！？!?])|\n", text) if s and s.strip()]
