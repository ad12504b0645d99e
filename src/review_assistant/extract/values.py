"""Reading numbers, comparison signs, units, money and dates out of the free text found in cells.

Real sheets write the same value many ways: "≥95%", "95%以上", "不低于95", ">=95 %", "≤90万元",
"1,200,000.00元", "2025年12月底前", "效果明显". Everything here is pure and table-driven so that a new
wording is one entry, not a new branch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from review_assistant.extract.cn_numerals import arabic_dates, arabic_value

SIGNS = ("≥", "≤", "=", ">", "<")

# Normalise ASCII and look-alike signs to the five canonical ones.
_SIGN_ALIASES = {
    ">=": "≥", "=>": "≥", "≧": "≥", "⩾": "≥", "＞＝": "≥", "＞=": "≥",
    "<=": "≤", "=<": "≤", "≦": "≤", "⩽": "≤", "＜＝": "≤", "＜=": "≤",
    "＞": ">", "＜": "<", "＝": "=", "==": "=", "═": "=",  # ═ (box drawing) stands for = in some exports
}

# Word forms of a sign, before or after the number.
_PREFIX_WORDS = {
    "不低于": "≥", "不少于": "≥", "不小于": "≥", "至少": "≥", "大于等于": "≥", "高于": ">", "大于": ">", "超过": ">",
    "不高于": "≤", "不超过": "≤", "不多于": "≤", "不大于": "≤", "小于等于": "≤", "低于": "<", "小于": "<",
    "控制在": "≤", "少于": "<", "等于": "=", "达到": "≥", "不超": "≤", "达": "≥",
}
_SUFFIX_WORDS = {"以上": "≥", "及以上": "≥", "以下": "≤", "及以下": "≤", "以内": "≤", "之内": "≤", "内": "≤"}

_SIGN_ALIASES_LONGEST = sorted(_SIGN_ALIASES.items(), key=lambda kv: -len(kv[0]))
_PREFIX_WORDS_LONGEST = sorted(_PREFIX_WORDS.items(), key=lambda kv: -len(kv[0]))
_SUFFIX_WORDS_LONGEST = sorted(_SUFFIX_WORDS.items(), key=lambda kv: -len(kv[0]))

_NUM = r"[-+]?\d[\d,，]*(?:\.\d+)?"
_NUMBER_RE = re.compile(_NUM)
_DATE_RE = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})\s*年)?\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?:(?P<d>[0-3]?\d)\s*日|(?P<end>底|末))?"
    r"\s*(?P<before>前|之前|以前)?"
)
_YEAR_END_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:年底|年末|底前|末前|度内|内)")
_QUARTER_RE = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年)?\s*第?(?P<q>[一二三四1-4])季度")

#: 万元 per one of each money unit (the one table of 元/万元/亿元 factors).
WAN_PER_UNIT: dict[str, float] = {"亿元": 10000.0, "亿": 10000.0, "万元": 1.0, "万": 1.0, "千元": 0.1, "元": 0.0001}
# The 元 units alone, longest first, for finding the one a cell writes ("1,500千元" is 千元, not 元).
_YUAN_UNITS = sorted((u for u in WAN_PER_UNIT if u.endswith("元")), key=len, reverse=True)


#: The 元 units as a regular-expression alternation ("亿元|万元|千元|元"), for patterns that read an amount.
MONEY_UNIT_RE = "|".join(_YUAN_UNITS)


def money_unit_written(text: str) -> str | None:
    """The money unit a cell writes beside its amount ("1,500千元" → 千元, "600,000元" → 元, "85万元" → 万元)."""
    return next((u for u in _YUAN_UNITS if u in text), None)

# Units commonly met in indicator values, longest first so that 万元 wins over 元.
UNITS = sorted(
    [
        "万元", "亿元", "千元", "元", "%", "％", "‰", "‱", "百分比", "个百分点", "百分点", "个月", "个工作日", "工作日", "个", "次", "人次", "人", "户", "件", "项", "台", "套", "辆", "所",
        "家", "座", "处", "条", "份", "册", "本", "场", "期", "批", "天", "日", "月", "年", "小时", "分钟", "周",
        "km", "公里", "千米", "米", "m", "平方米", "㎡", "m²", "m2", "平方公里", "亩", "公顷", "吨", "立方米", "m³",
        "床", "张", "株", "棵", "只", "头", "篇", "门", "课时", "学时", "名", "人/次", "元/人", "元/年",
        "万元/公里", "元/平方米", "分", "级", "间", "块", "盏", "栋", "支", "眼", "段", "宗", "单", "例",
    ],
    key=len,
    reverse=True,
)


_GENERIC_UNIT = re.compile(r"^[\u4e00-\u9fffA-Za-z/²³·]{1,6}(?<![以上下内前后])")


@dataclass(frozen=True)
class ParsedValue:
    """One indicator value, split into its parts."""

    raw: str
    sign: str | None = None
    number: float | None = None
    unit: str | None = None
    date_value: date | None = None
    qualitative: bool = False
    number_high: float | None = None  # upper bound of a range such as 80%-90%
    cell_unit: str | None = None  # unit written in the cell when it disagrees with the unit column


def normalize_sign(text: str | None) -> str | None:
    """Map a sign cell ("≥", ">=", "大于等于", "正向", "定性") to a canonical sign, "定性", or None."""
    if not text:
        return None
    t = text.strip().replace(" ", "")
    if not t:
        return None
    if "定性" in t:
        return "定性"
    for alias, canon in _SIGN_ALIASES_LONGEST:
        t = t.replace(alias, canon)
    if t in SIGNS:
        return t
    for word, canon in _PREFIX_WORDS_LONGEST:
        if t == word:
            return canon
    if t.startswith("正向"):
        return "≥"
    if t.startswith("反向"):
        return "≤"
    if t in {"等于", "定量"}:
        return "=" if t == "等于" else None
    if t[0] in SIGNS:
        return t[0]
    return None


_WRITTEN_SIGN = re.compile("^(?:" + "|".join(re.escape(x) for x in sorted(
    {*SIGNS, *_SIGN_ALIASES, *_PREFIX_WORDS, "≠", "±"}, key=len, reverse=True)) + ")")


def target_text(sign: str | None, value_text: str, unit: str | None) -> str:
    """A target as one writes it, with its sign and unit once each: the sign of a separate 指标性质 column is put
    in front of a bare value ("≥" + "20" → "≥20"), but not of one that carries its own ("≥20", "不低于95%")."""
    value = value_text.strip()
    head = "" if not sign or _WRITTEN_SIGN.match(half_width(value)) else sign
    tail = "" if not unit or unit in value else unit
    return f"{head}{value}{tail}"


def parse_number(text: str) -> float | None:
    """The first number in ``text`` (thousands separators allowed), or None."""
    m = _NUMBER_RE.search(text)
    if not m:
        return None
    try:
        return float(m.group(0).replace(",", "").replace("，", ""))
    except ValueError:
        return None


def parse_decimal(text: str) -> Decimal | None:
    """The first number in ``text`` as an exact :class:`Decimal` (for scores and rates that are recomputed)."""
    m = _NUMBER_RE.search(half_width(text or ""))
    if not m:
        return None
    try:
        return Decimal(m.group(0).replace(",", "").replace("，", ""))
    except InvalidOperation:
        return None


def half_width(text: str) -> str:
    """``text`` with full-width digits and the full-width point as ASCII ("２０２５" → "2025", "４６．２" → "46.2")."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or ch in "．":
            out.append(chr(code - 0xFEE0) if ch != "．" else ".")
        else:
            out.append(ch)
    return "".join(out)


_NUMERIC_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[.\-/]\s*(?P<m>1[0-2]|0?[1-9])(?:\s*[.\-/]\s*(?P<d>[0-3]?\d))?(?!\d)")
# Years named relative to the budget year, as deadlines write them ("次年3月前", "下年1月10日", "当年12月底").
_RELATIVE_OFFSETS = ((("次年", "下年", "下一年", "翌年", "明年"), 1), (("当年", "本年", "今年"), 0),
                     (("上年", "上一年", "去年"), -1))
_RELATIVE_YEAR = re.compile(r"(?<![以之每])(?:次|下一?|翌|明|当|本|今|上一?|去)年度?(?!\s*[内初中以来])")
_RANGE_SEP = re.compile(r"\s*(?:—|–|－|-|~|～|至|到)\s*")


def parse_date(text: str, default_year: int | None = None) -> date | None:
    """A deadline such as "2025年12月底前", "6月30日前", "2025年年底", "第三季度", "2025.12", "2023-12-31".

    A range ("2023.07-2024.01", "2023年4月-2024年2月") gives its end: the last day it allows. A year written relative
    to the budget year ("次年3月前", "下年1月10日", "次年一季度", "次年底前") is resolved against ``default_year``.
    """
    t = arabic_dates(half_width(text))
    if (rel := _RELATIVE_YEAR.search(t)) and not YEAR_IN_TITLE_RE.search(t) and not _NUMERIC_DATE_RE.search(t):
        if default_year is None:
            return None
        offset = next(off for words, off in _RELATIVE_OFFSETS if rel.group(0).rstrip("度") in words)
        t = f"{t[:rel.start()]}{default_year + offset}年{t[rel.end():]}"
    numeric = list(_NUMERIC_DATE_RE.finditer(t))
    if numeric:
        last = numeric[-1]
        num_year, month = int(last.group("y")), int(last.group("m"))
        if last.group("d"):
            try:
                return date(num_year, month, int(last.group("d")))
            except ValueError:
                return None
        return date(num_year, month, _month_end(num_year, month))
    parts = [p for p in _RANGE_SEP.split(t) if p.strip()]
    if len(parts) == 2 and ("月" in parts[1] or "年" in parts[1]):
        end = parse_date(parts[1], year_in_text(parts[0]) or default_year)
        if end is not None:
            return end
    m = _YEAR_END_RE.search(t)
    if m:
        return date(int(m.group("y")), 12, 31)
    m = _DATE_RE.search(t)
    if m:
        year = int(m.group("y")) if m.group("y") else default_year
        if year is None:
            return None
        month = int(m.group("m"))
        if m.group("d"):
            day = int(m.group("d"))
            try:
                return date(year, month, day)
            except ValueError:
                return None
        return date(year, month, _month_end(year, month))
    m = _QUARTER_RE.search(t)
    if m:
        year = int(m.group("y")) if m.group("y") else default_year
        if year is None:
            return None
        q = "一二三四".find(m.group("q")) + 1 if m.group("q") in "一二三四" else int(m.group("q"))
        month = q * 3
        return date(year, month, _month_end(year, month))
    return None


def _month_end(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def find_unit(text: str) -> str | None:
    """The first known unit that follows a number in ``text`` (or stands alone)."""
    t = text.strip()
    if not t:
        return None
    m = _NUMBER_RE.search(t)
    tail = t[m.end():].strip() if m else t
    for unit in UNITS:
        if tail.startswith(unit):
            if tail[len(unit):].startswith("/") and (g := _GENERIC_UNIT.match(tail)):
                return g.group(0)  # 元/亩, 万元/公里: a per-unit rate not in the list
            return "%" if unit == "％" else unit
    if not m:
        for unit in UNITS:
            if t == unit:
                return "%" if unit == "％" else unit
        return None
    # Units are an open set (万平方米, 类, 项次 …): take a short word right after the number.
    g = _GENERIC_UNIT.match(tail)
    return g.group(0) if g else None


def parse_value(text: str, *, sign_hint: str | None = None, unit_hint: str | None = None,
                default_year: int | None = None) -> ParsedValue:
    """Split an indicator value cell into sign, number or date, unit, and whether it is qualitative.

    ``sign_hint`` and ``unit_hint`` come from separate columns when the sheet has them.
    """
    raw = text or ""
    t = arabic_value(half_width(raw).strip())  # "不少于三次", "百分之九十五": read as "不少于3次", "95%"
    for alias, canon in _SIGN_ALIASES_LONGEST:
        t = t.replace(alias, canon)
    sign = normalize_sign(sign_hint) if sign_hint else None
    qualitative_hint = sign == "定性"
    if sign == "定性":
        sign = None
    body = t
    if body[:1] in SIGNS:
        sign = sign or body[0]
        body = body[1:].strip()
    else:
        for word, canon in _PREFIX_WORDS_LONGEST:
            if body.startswith(word):
                sign = sign or canon
                body = body[len(word):].strip()
                break
    for word, canon in _SUFFIX_WORDS_LONGEST:
        if (body.endswith(word) and word != "内") or (word == "内" and re.search(r"\d\s*(?:天|日|小时|个工作日)内$", body)):
            sign = sign or canon
            body = body[: -len(word)].strip()
            break
    if re.search(r"[前]$|之前$|以前$", body) or "底前" in body:
        sign = sign or "≤"
    looks_dated = "月" in body or "年底" in body or "季度" in body or bool(_NUMERIC_DATE_RE.search(body))
    date_value = parse_date(body, default_year) if looks_dated else None
    number = None if date_value else parse_number(body)
    number_high = None
    range_m = _NUMBER_RANGE_RE.match(body) if date_value is None else None
    if range_m:
        low, high = (float(range_m.group(g).replace(",", "")) for g in ("a", "b"))
        if low < high:
            # A range is at least its low end, bare or as a change ("较上年下降0.5-1个百分点": by at least 0.5).
            lead = body[:range_m.start("a")]
            number, number_high = low, high
            sign = sign or ("≥" if not lead or _CHANGE_WORD.search(lead) else None)
            body = range_m.group("b") + body[range_m.end("b"):]
    unit = None
    cell_unit = None
    if date_value is None:
        unit = find_unit(body)
        hint = (unit_hint or "").strip() or None
        if unit is None and hint:
            unit = hint
        elif hint and unit is not None and _canon_unit(unit) != _canon_unit(hint):
            if unit in UNITS or unit in {"%", "％"}:
                # Both are units and they disagree: keep the one written beside the number, and say so.
                cell_unit = unit
            else:
                unit = hint  # a loose word after the number; the unit column is authoritative
    qualitative = qualitative_hint or (number is None and date_value is None)
    if unit == "％":
        unit = "%"
    return ParsedValue(raw=raw, sign=sign, number=number, unit=unit, date_value=date_value, qualitative=qualitative,
                       number_high=number_high, cell_unit=cell_unit)


_CHANGE_WORD = re.compile(r"提高|提升|增长|增加|上升|下降|降低|减少|压减|缩短")
# "90%-95%", "９０％-９５％", and after a word: "较上年下降0.5-1个百分点", "提高5-10%".
_NUMBER_RANGE_RE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?P<a>\d[\d,]*(?:\.\d+)?)\s*[%％]?\s*(?:-|—|–|~|～|至|到)\s*"
                              r"(?P<b>\d[\d,]*(?:\.\d+)?)")


def _canon_unit(unit: str) -> str:
    u = unit.strip().replace("％", "%")
    return "%" if u in {"%", "百分比", "百分率"} else u


# ---- money ---------------------------------------------------------------------------------------

_MONEY_RE = re.compile(rf"(?P<num>{_NUM})\s*(?P<unit>{MONEY_UNIT_RE}|亿|万)?")
_DATE_PART = re.compile(r"\s*(?:年|月|日|号)")
# A cell that holds an amount and nothing else ("120", "1,200.50", "45万元"): no prose, no percentage.
PLAIN_AMOUNT = re.compile(rf"^-?\d[\d,，]*(?:\.\d+)?\s*(?:{MONEY_UNIT_RE}|万)?$")


def money_to_wan(text: str, default_unit: str = "万元") -> float | None:
    """An amount in 万元, from text like "120", "120.5万元", "1,200,000.00元", "1.2亿元".

    ``default_unit`` applies when the cell itself has no unit (taken from the row label or table title).
    """
    if not text:
        return None
    t = half_width(text).strip()
    # "2026年度县级财政资金620万元": a number followed by 年/月/日 is a date, not the amount.
    m = next((x for x in _MONEY_RE.finditer(t) if not (x.group("unit") is None and _DATE_PART.match(t, x.end()))), None)
    if not m:
        return None
    try:
        value = float(m.group("num").replace(",", "").replace("，", ""))
    except ValueError:
        return None
    unit = m.group("unit") or default_unit
    factor = WAN_PER_UNIT.get(unit, 1.0)
    return round(value * factor, 6)


# OCR and PDF conversion misread signs: "≥92%" comes out as "292%", "=100" as "二100", stray ^ $ 工 between
# the digits. A rate over 100% written like that is more likely a misreading than a real value.
_MISREAD_LEADING_TWO = re.compile(r"^\s*2(\d{1,2}(?:\.\d+)?|100)\s*%\s*$")
_MISREAD_GLYPHS = re.compile(r"[\^$工二]|\d%\S*\d")


def looks_misread(text: str) -> str | None:
    """What a value that looks misread by OCR probably said ("≥92%" for "292%"), or None."""
    m = _MISREAD_LEADING_TWO.match(text)
    if m:
        return f"≥{m.group(1)}%"
    if _MISREAD_GLYPHS.search(text):
        return "（符号或数字有错字）"
    return None


_UNIT_IN_NAME = re.compile(r"[（(]\s*([%％]|[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,2})?|km|公里|m²|㎡)\s*[)）]\s*$")


def unit_in_name(name: str) -> str | None:
    """The unit an indicator name declares at its end: "受益人口（人）" → 人, "合格率(%)" → %."""
    m = _UNIT_IN_NAME.search(name)
    if not m or re.search(r"[≥≤*＊]", name[m.start():]):
        return None
    return "%" if m.group(1) in {"%", "％"} else m.group(1)


def unit_in_label(label: str) -> str | None:
    """The money unit declared in a label or title, e.g. "项目资金（万元）" → 万元, "金额(元)" → 元."""
    m = re.search(r"[（(]\s*(亿元|万元|千元|元)\s*[)）]", label)
    if m:
        return m.group(1)
    m = re.search(r"单位[:：]\s*(亿元|万元|千元|元)", label)
    return m.group(1) if m else None


_UNIT_LABEL = re.compile(r"\s*(?:金额|资金)?单位\s*[:：]?\s*")
_UNIT_CELL = re.compile(r"\s*[（(]?\s*(亿元|万元|千元|元)\s*[)）]?\s*")


def row_money_unit(cells: list[str]) -> str | None:
    """The money unit a row of cells declares: in one cell ("金额单位：元", "项目资金（元）") or, as a form exported
    cell by cell writes it, in two ("金额单位 | 元")."""
    for i, text in enumerate(cells):
        if ("资金" in text or "金额" in text or "单位" in text) and (u := unit_in_label(text)):
            return u
        beside = next((x for x in cells[i + 1:] if x.strip() and x != text), "")
        if _UNIT_LABEL.fullmatch(text) and (m := _UNIT_CELL.fullmatch(beside)):
            return m.group(1)
    return None


def only_sign_or_unit(text: str) -> bool:
    """A value cell holding only a comparison sign and/or a unit ("≧ %", "万人", "公里"): a template's blank."""
    t = re.sub(r"\s+", "", text)
    rest = re.sub(r"^(?:[≥≤=<>≧≦＞＜＝]|>=|<=)+", "", t)
    unit = re.sub(r"^[万亿千]", "", rest)  # "万人", "万亩": a magnitude before the unit
    return (bool(unit) and find_unit(unit) == unit.replace("％", "%") and not re.search(r"\d", rest)) or (t != rest and not rest)


def rounding_tolerance(amount_wan: float, unit: str = "万元") -> float:
    """The gap that amounts written to two decimals can show from rounding alone: one hundredth of the written unit
    (0.01万元, 0.01元), or 0.1% of the amount (a total rounded once more: 1150盏×365元＝41.975万元 written 42.00)."""
    return max(WAN_PER_UNIT.get(unit, 1.0) * 0.01, abs(amount_wan) * 0.001)


def fmt_wan(value: float) -> str:
    """Format an amount in 万元 the way the findings quote it: at least two decimals, and as many more as the
    amount itself has (289.424 stays 289.424, not 289.42; float noise beyond six places is dropped)."""
    text = f"{round(value, 6):,.6f}".rstrip("0")
    decimals = len(text.partition(".")[2])
    return f"{value:,.{max(decimals, 2)}f}万元"


YEAR_IN_TITLE_RE = re.compile(r"((?:19|20)\d{2})\s*年")


def year_in_text(text: str) -> int | None:
    """The first "2025年" in ``text``, full-width digits included ("２０２５年度项目支出绩效自评表")."""
    m = YEAR_IN_TITLE_RE.search(half_width(text))
    return int(m.group(1)) if m else None


# Not a month ("2025年6月开工的……") nor the year something was finished ("2019年建成道路的养护").
_NAME_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)(?!\s*(?:以前|以来)?(?:建成|竣工|完工|完成|投用|投入使用))")


def year_opening_name(name: str) -> int | None:
    """The year a project or fund name starts with ("2025年全民健身场地设施维护项目" → 2025)."""
    m = _NAME_YEAR.match(half_width(name))
    return int(m.group(1)) if m else None
