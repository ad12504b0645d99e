"""Chinese numerals as offices write them in cells and text: "十二", "两", "一百二十", "三点五", "二〇二六", "百分之九十五".

The one reader of Chinese numerals in the project: :func:`cn_number` reads a numeral on its own, :func:`arabic_value`
rewrites an indicator value written with one ("不少于三次" → "不少于3次", "百分之九十五" → "95%") so that the ordinary
readers of :mod:`review_assistant.extract.values` can take it. Words that merely contain a numeral character ("一般",
"统一", "一次性", "十四五") are left alone: only a numeral standing as the value, with at most a unit after it, is read.
"""

from __future__ import annotations

import re
from decimal import Decimal

DIGITS: dict[str, int] = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                          "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10_000, "亿": 100_000_000}
#: The characters a Chinese numeral is written with (for building patterns elsewhere).
NUMERAL_CHARS = "〇○零一二两三四五六七八九十百千万亿"
_NUMERAL_RUN = f"[{NUMERAL_CHARS}]+(?:点[{''.join(k for k in DIGITS)}]+)?"


def _section(text: str) -> int | None:
    """A numeral below 万 ("一百二十", "十二", "三千零五"), or None when it is not well formed."""
    if not text:
        return None
    total, digit, last_mult = 0, None, 10_000
    for ch in text:
        if ch in DIGITS:
            if digit is not None and DIGITS[ch] != 0:
                return None  # two digits in a row ("十四五", "三五"): not one number
            digit = DIGITS[ch] if DIGITS[ch] != 0 else None
            if ch in "〇○零":
                continue
        elif ch in _SMALL:
            mult = _SMALL[ch]
            if mult >= last_mult:
                return None  # "十百", "百百"
            if ch == "十" and digit is None:
                digit = 1  # "十二" = 12, "一百十" is rare but read the same way
            if digit is None:
                return None
            total += digit * mult
            digit, last_mult = None, mult
        else:
            return None
    return total + (digit or 0)


def cn_integer(text: str) -> int | None:
    """An integer written in Chinese ("十二" → 12, "一百二十" → 120, "两万" → 20000, "二〇二六" → 2026), or None."""
    t = text.strip()
    if not t or any(ch not in NUMERAL_CHARS for ch in t):
        return None
    if len(t) >= 2 and all(ch in DIGITS for ch in t):
        # Digit by digit, as years are written ("二〇二六"); "三五" (three or five) is not one number.
        return int("".join(str(DIGITS[ch]) for ch in t)) if len(t) == 4 or any(ch in "〇○零" for ch in t) else None
    total = 0
    rest = t
    for unit_char, factor in sorted(_LARGE.items(), key=lambda kv: -kv[1]):
        if unit_char in rest:
            head, _, rest = rest.partition(unit_char)
            value = _section(head) if head else None
            if value is None or unit_char in rest:
                return None
            total += value * factor
    if rest:
        rest = rest.lstrip("〇○零") or rest
        value = _section(rest)
        if value is None:
            return None
        total += value
    return total


def cn_number(text: str) -> Decimal | None:
    """A number written in Chinese, decimals included ("三点五" → 3.5), or None when ``text`` is not one numeral."""
    t = text.strip()
    whole, sep, frac = t.partition("点")
    value = cn_integer(whole)
    if value is None:
        return None
    if not sep:
        return Decimal(value)
    if not frac or any(ch not in DIGITS for ch in frac):
        return None
    return Decimal(f"{value}.{''.join(str(DIGITS[ch]) for ch in frac)}")


def _digits(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# Words and signs that may stand before the numeral of a value ("不少于三次", "≥四百人", "达到百分之九十").
_LEAD = (r"(?:[≥≤=<>＞＜＝≧≦]|>=|<=|不低于|不少于|不小于|至少|大于等于|高于|大于|超过|不高于|不超过|不多于|不大于|小于等于|低于|小于"
         r"|控制在|少于|等于|达到|不超|达|约|共|累计|全年|完成|提高|提升|增长|增加|下降|降低|减少)?")
# What may follow it: a unit (a short word, or a known one with a bracketed alternative "台（套）"), a sign word, nothing.
_TAIL = (r"(?P<unit>个工作日|工作日|个月|(?:(?![至到])[\u4e00-\u9fff/]){0,4}?)(?P<alt>\s*[（(][\u4e00-\u9fff]{1,3}[)）])?"
         r"(?P<end>以上|及以上|以下|及以下|以内|之内|内|左右)?")
_VALUE = re.compile(rf"^\s*(?P<lead>{_LEAD})\s*(?P<pct>百分之|千分之)?(?P<num>{_NUMERAL_RUN})\s*{_TAIL}\s*$")
_RANGE = re.compile(r"\s*(?P<a>[^至到~～—\-]+?)\s*(?:至|到|~|～|—|-)\s*(?P<b>[^至到~～—\-]+?)\s*")
# A lone numeral character that is part of a common word, not a count, when a word follows it.
_NOT_A_UNIT = re.compile(r"^(?:般|致|些|样|流|切|律|共|起|同|并|体|直|定|线|级|类|方|侧|向|手|把|步|点|带|道|时|概|贯|览|揽|站|批次?|揽子|"
                         r"对一|季度|半|成|倍|部分|系列|等奖|等)")


def arabic_value(text: str) -> str:
    """``text`` with the numeral of a value written in Chinese replaced by Arabic digits, or ``text`` unchanged.

    "十二" → "12", "两个工作日" → "2个工作日", "不少于三次" → "不少于3次", "百分之九十五" → "95%", "百分之百" → "100%",
    "千分之三" → "3‰", "一百二十台（套）" → "120台（套）", "≥四百人" → "≥400人", "三万人次" → "3万人次" (the 万 stays
    with the unit, as "3万人次" is written). A cell that already has an Arabic digit, or where the numeral is part of a
    word ("一般", "统一规划", "第一季度"), is returned as it is.
    """
    if not text or re.search(r"\d", text) or not re.search(f"[{NUMERAL_CHARS}]", text):
        return text
    m = _VALUE.match(text)
    if m is None:
        return _arabic_range(text)
    num, unit = m.group("num"), m.group("unit") or ""
    if m.group("pct"):
        if unit:
            return text  # "百分之九十五的人": not a value
        value = cn_number(num)
        if value is None and num == "百":
            value = Decimal(100)
        mark = "%" if m.group("pct") == "百分之" else "‰"
    else:
        if unit and (_NOT_A_UNIT.match(unit) or unit[-1] in "性化的"):
            return text
        head = cn_number(num[:-1]) if len(num) > 1 and num[-1] in _LARGE and unit else None
        if head is not None:
            # "三万人次", "五万元": the magnitude belongs to the unit as offices write it ("3万人次", "5万元").
            value, unit = head, num[-1] + unit
        else:
            value = cn_number(num)
        mark = ""
    if value is None:
        return text
    return f"{m.group('lead')}{_digits(value)}{mark}{unit}{m.group('alt') or ''}{m.group('end') or ''}"



def _arabic_range(text: str) -> str:
    """A range in words ("百分之九十至百分之九十五", "百分之九十至九十五", "三至五次") as "90%-95%", "3-5次"; else ``text``."""
    r = _RANGE.fullmatch(text)
    if r is None:
        return text
    a, b = r.group("a"), r.group("b")
    if a.startswith("百分之") and not b.startswith("百分之"):
        b = "百分之" + b  # "百分之九十至九十五": both ends are percentages
    low, high = arabic_value(a), arabic_value(b)
    return f"{low}-{high}" if re.search(r"\d", low) and re.search(r"\d", high) else text


_CN_YEAR = re.compile(r"((?:一九|二[〇○零])[〇○零一二三四五六七八九]{2})\s*年")
_CN_MONTH = re.compile(r"(?<![第数几〇○零一二两三四五六七八九十])(?P<m>十[一二]?|[一二三四五六七八九])\s*月(?!份?\s*[内中])"
                       r"(?:\s*(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?")


def arabic_dates(text: str) -> str:
    """``text`` with years, months and days written in Chinese as digits: "次年三月前" → "次年3月前",
    "二〇二六年十二月三十一日" → "2026年12月31日".

    "三个月", "第三月", "每月一次" and "一月份内" stay as they are.
    """
    if not re.search(f"[{NUMERAL_CHARS}]\\s*[年月]", text):
        return text
    text = _CN_YEAR.sub(lambda m: f"{cn_integer(m.group(1))}年", text)

    def repl(m: re.Match[str]) -> str:
        month = cn_integer(m.group("m"))
        day = cn_integer(m.group("d")) if m.group("d") else None
        if month is None or not 1 <= month <= 12 or (m.group("d") and (day is None or not 1 <= day <= 31)):
            return m.group(0)
        return f"{month}月" + (f"{day}日" if day is not None else "")

    return _CN_MONTH.sub(repl, text)
