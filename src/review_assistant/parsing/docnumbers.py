"""文号 (document numbers such as 财预〔2020〕10号): the one canonical form, shared by report extraction
and the knowledge base, so a basis cited as 财预[2020]10号 finds the registry entry 财预〔2020〕10号.
"""

from __future__ import annotations

import re

#: A 文号 in any bracket style: issuer, four-digit year, number, 号 (groups: year, number).
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*(\d{1,4})\s*号")


def format_doc_number(issuer: str, year: str | int, num: str | int) -> str:
    """The canonical 文号 from its parts: 财预, 2011, 285 → 财预〔2011〕285号."""
    return f"{issuer}〔{int(year)}〕{int(num)}号"


def normalize_doc_number(text: str) -> str:
    """财预[2020]10号 / 财预（2020）10号 / 财预 〔2020〕 010号 → 财预〔2020〕10号; other text without whitespace."""
    m = DOC_NUMBER.search(text)
    if not m:
        return "".join(text.split())
    prefix = "".join(text[m.start() : m.start(1)].split()).rstrip("〔[［(（【")
    return format_doc_number(prefix, m.group(1), m.group(2))
