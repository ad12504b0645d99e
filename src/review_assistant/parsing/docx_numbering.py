"""Render Word automatic list numbers ("一、", "（一）", "1.") as text.

Word stores an auto-numbered paragraph's label in ``numbering.xml``, not in the paragraph, so the text
the reader sees ("一、项目概况") would lose its label. Later stages recognise headings by these labels,
so the common formats are rendered here. Counters are kept per abstract list, as Word does, and a
list instance with a ``startOverride`` restarts them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CJK_END = re.compile(r"[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]$")
_DIGITS = "零一二三四五六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _val(el: Any, path: str) -> str | None:
    found = el.find(path) if el is not None else None
    return None if found is None else found.get(f"{W}val")


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 9999)."""
    if n <= 0 or n >= 10000:
        return str(n)
    units = ["", "十", "百", "千"]
    digits = [int(d) for d in str(n)]
    out = ""
    zero = False
    for i, d in enumerate(digits):
        unit = units[len(digits) - 1 - i]
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += _DIGITS[d] + unit
    return out[1:] if out.startswith("一十") else out


def _letters(n: int) -> str:
    # Word repeats the letter: a … z, aa … zz
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def format_number(n: int, fmt: str) -> str:
    """One counter value in a Word ``numFmt``."""
    if fmt in {"chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "chineseLegalSimplified", "ideographDigital"}:
        return chinese_number(n)
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return _ZODIAC[(n - 1) % 12]
    if fmt in {"decimalEnclosedCircle", "decimalEnclosedCircleChinese"} and 1 <= n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None
    legal: bool = False
    suffix: str = "tab"


@dataclass
class _Instance:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)
    levels: dict[int, _Level] = field(default_factory=dict)
    used: bool = False


class Numbering:
    """List definitions of one document plus the running counters."""

    def __init__(self, numbering_el: Any | None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._instances: dict[str, _Instance] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering_el is None:
            return
        for an in numbering_el.iterfind(f"{W}abstractNum"):
            self._abstract[an.get(f"{W}abstractNumId")] = {
                int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in an.iterfind(f"{W}lvl")
            }
        for num in numbering_el.iterfind(f"{W}num"):
            inst = _Instance(abstract=_val(num, f"{W}abstractNumId") or "")
            for ov in num.iterfind(f"{W}lvlOverride"):
                ilvl = int(ov.get(f"{W}ilvl", "0"))
                start = _val(ov, f"{W}startOverride")
                if start is not None and start.lstrip("-").isdigit():
                    inst.overrides[ilvl] = int(start)
                lvl = ov.find(f"{W}lvl")
                if lvl is not None:
                    inst.levels[ilvl] = _level(lvl)
            self._instances[num.get(f"{W}numId") or ""] = inst

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of ``num_id``/``ilvl`` and return the rendered label ('' for bullets)."""
        inst = self._instances.get(num_id)
        if inst is None:
            return ""
        levels = {**self._abstract.get(inst.abstract, {}), **inst.levels}
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(inst.abstract, {})
        if not inst.used:
            inst.used = True
            for lv, start in inst.overrides.items():
                counters[lv] = start - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt in {"bullet", "none"} or level.text is None:
            return ""

        def render(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            value = counters.get(k, lv.start)
            return format_number(value, "decimal" if level.legal else lv.fmt)

        label = re.sub(r"%([1-9])", render, level.text)
        if not label or level.suffix == "nothing" or _CJK_END.search(label):
            return label
        return label + " "


def _level(lvl: Any) -> _Level:
    start = _val(lvl, f"{W}start")
    is_lgl = lvl.find(f"{W}isLgl")
    return _Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        fmt=_val(lvl, f"{W}numFmt") or "decimal",
        text=_val(lvl, f"{W}lvlText"),
        legal=is_lgl is not None and is_lgl.get(f"{W}val", "1") not in {"0", "false"},
        suffix=_val(lvl, f"{W}suff") or "tab",
    )
