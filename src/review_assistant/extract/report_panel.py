"""The expert panel of an appraisal or expert opinion: how many experts the text says took part, and who signed.

"评审专家组由5名专家组成（名单附后）" states the panel's size; the signature table (序号 | 姓名 | 工作单位 | 签名) or a
signature line ("专家组成员（签名）：赵某、孙某、钱某") lists its members. A check compares the two.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pydantic import BaseModel, Field

from review_assistant.extract.cn_numerals import cn_integer
from review_assistant.extract.models import TextField
from review_assistant.extract.report_text import find_dates
from review_assistant.parsing.model import Block, BlockKind, Location, ParsedDocument

_COUNT = r"(\d{1,2}|十[一二三四五六七八九]?|[一二两三四五六七八九])"
# "专家组由5名专家组成", "评审组由五位专家组成", "邀请7名专家组成专家组", "专家组共5人".
_STATED = re.compile(
    r"(?:专家组?|评审组|论证组|评估组)[^。；，,]{0,4}?(?:由|共)\s*" + _COUNT + r"\s*[名位人](?:[^。；，,]{0,6}?专家)?(?:组成)?"
    r"|(?:邀请|组织|抽取|选取|聘请)[^。；，,]{0,6}?" + _COUNT + r"\s*[名位](?:[^。；，,]{0,6}?)专家")
# A signature table's header: 姓名 plus 签名/签字/单位/职称 ("序号 | 姓名 | 工作单位 | 职称 | 签名").
_NAME_HEADER = re.compile(r"^(?:专家)?姓名$")
_MEMBER_HEADER = re.compile(r"签名|签字|工作单位|单位|职称|职务")
# "专家组成员（签名）：赵某、孙某、钱某    2025年9月16日"
_SIGN_LINE = re.compile(r"^(?:评审|论证|评估)?专家(?:组)?(?:成员)?\s*[（(]?(?:签名|签字)[)）]?\s*[：:]\s*(?P<names>[^\d\n]+)")


class PanelField(BaseModel):
    stated: int = Field(description="Number of experts the text says took part")
    stated_text: str
    stated_location: Location = Field(default_factory=Location)
    members: list[str] = Field(default_factory=list, description="Names in the signature table or line")
    members_text: str = ""
    members_location: Location = Field(default_factory=Location)


def _count(text: str) -> int:
    if text.isdigit():
        return int(text)
    return cn_integer(text) or 0


def read_panel(doc: ParsedDocument) -> PanelField | None:
    """The stated panel size and the signed members, when the document states a size and lists members."""
    stated: tuple[int, str, Location] | None = None
    for b in doc.blocks:
        if b.kind == BlockKind.TABLE:
            continue
        m = _STATED.search(b.text)
        if m and (n := _count(next(g for g in m.groups() if g))) > 0:
            stated = (n, m.group(0), b.location)
            break
    if stated is None:
        return None
    members = _members(doc)
    if members is None:
        return None
    names, text, loc = members
    return PanelField(stated=stated[0], stated_text=stated[1], stated_location=stated[2],
                      members=names, members_text=text, members_location=loc)


def _members(doc: ParsedDocument) -> tuple[list[str], str, Location] | None:
    for b in doc.blocks:
        if b.table is None or b.table.n_rows < 2:
            continue
        header = [re.sub(r"\s+", "", c.text) for c in b.table.rows[0]]
        col = next((i for i, t in enumerate(header) if _NAME_HEADER.match(t)), None)
        if col is None or not any(_MEMBER_HEADER.search(t) for i, t in enumerate(header) if i != col):
            continue
        names = [row[col].text.strip() for row in b.table.rows[1:] if col < len(row) and row[col].text.strip()]
        if names:
            return names, b.table.row_text(0), b.location
    for b in doc.blocks:
        cells = [c.text for row in b.table.rows for c in row[:1]] if b.table is not None else b.text.splitlines()
        for line in cells:
            m = _SIGN_LINE.match(line.strip())
            if m:
                names = [n.strip() for n in re.split(r"[、，,；;]|\s{2,}", m.group("names")) if n.strip()]
                if names:
                    return names, line.strip(), b.location
    return None


# A review letter's signature: the issuing body on its own line just above the closing date ("某县财政局").
_ISSUER = re.compile(r"^\S{2,30}(?:局|厅|委员会|委|办公室|中心|政府|小组|专家组)$")


def letter_issuer(blocks: list[Block]) -> TextField | None:
    """The body that signs a letter-form opinion: a short line that names an office, followed by a date line."""
    tail = blocks[-4:]
    for b, after in pairwise(tail):
        text = b.text.strip()
        dated = find_dates(after.text)
        if _ISSUER.match(text) and dated and len(after.text.strip()) - len(dated[-1][1].text) <= 4:
            return TextField(label="落款", value=text, location=b.location)
    return None
