"""Homophone typos in a question: a pinyin input method's wrong character ("正改" typed for "整改", "绩销" for
"绩效", "事钱" for "事前", "审记" for "审计").

A stretch of two to six characters is put right only when all of these hold, so that a word the asker meant
is never rewritten:

* it is not a dictionary word, and no dictionary word of the question's segmentation, nor a name the dictionary
  lacks ("卫健委"), straddles its edge or holds it ("正改革" is 正/改革: not a typo of 整改), unless four
  characters or more of a term stand there ("做事钱绩效评估": jieba glues 做事);
* the characters that differ are not grammar (的, 个, 要, 会 …) nor a domain word on their own (钱), unless
  the stretch is a term of four characters or more with one character wrong ("事钱评估");
* exactly one word of the domain's vocabulary (the domain terms and synonyms, and the words jieba cuts them
  into) reads the same in toneless pinyin, each character in its commonest reading;
* that word shares at least one character, in the same place and not a grammar one, with the stretch (an input
  method offers the wrong character for one syllable, not a different word; "占比要超过" is not 必要).

The readings come from pypinyin's character table (``pinyin_dict.json``), read directly and only the commonest
reading of each common character kept: importing the package would also load its phrase dictionary (about
55 MB) that this does not use.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LENGTHS = (6, 5, 4, 3, 2)


#: One entry of the table: ``"20013": "zhōng,zhòng",`` (a code point and its readings, commonest first).
_ENTRY = re.compile(r'^"(\d+)":\s*"([^",]+)')


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Each common Chinese character (U+4E00–U+9FFF) → its commonest reading in toneless pinyin.

    Read line by line, keeping only what is used (about 21,000 short strings, not the 42,000 entries with all
    their readings)."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "pinyin_dict.json"
    table: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                m = _ENTRY.match(line.strip())
                if m and 0x4E00 <= int(m.group(1)) <= 0x9FFF:
                    table[chr(int(m.group(1)))] = _toneless(m.group(2).strip())
    except OSError:
        return {}
    return table


def _toneless(reading: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c))


def reading(char: str) -> str:
    """The character's commonest reading in toneless pinyin: what a typist typed to get it ("" when unknown)."""
    return _table().get(char, "")


#: Characters so common on their own (particles, measure words, auxiliaries) that one standing beside a domain
#: character is the asker's grammar, not a typo: "盖个章" is not 盖章, "要请专家" is not 邀请, "会给" is not 会计.
FUNCTION_CHARS = frozenset("的地得了着过个位只件次要会能可给让被把将对向从在于和与及或是有没不也都还就才又再很太更最这那哪"
                           "什么吗呢吧啊呀么我你他她它们咱自己该应")


class HomophoneCorrector:
    """Puts right the homophone typos of a question against a fixed vocabulary."""

    def __init__(self, vocabulary: Iterable[str], is_word: Callable[[str], bool],
                 segment: Callable[[str], list[str]], protected: Iterable[str] = ()) -> None:
        self.protected = tuple(protected)
        self.is_word = is_word
        self.segment = segment
        words = [w for w in vocabulary if _CJK_RUN.fullmatch(w)]
        self.vocabulary = frozenset(w for w in words if 2 <= len(w) <= max(_LENGTHS))
        self.vocabulary_chars = frozenset(w for w in words if len(w) == 1)
        # (length, first character's reading) → words, for a quick look-up per stretch
        self._by_first: dict[tuple[int, str], list[str]] = {}
        for w in sorted(self.vocabulary):
            self._by_first.setdefault((len(w), reading(w[0])), []).append(w)

    def _candidate(self, stretch: str) -> str | None:
        found: set[str] = set()
        for w in self._by_first.get((len(stretch), reading(stretch[0])), ()):
            pairs = list(zip(w, stretch, strict=True))
            wrong = [typed for meant, typed in pairs if meant != typed]
            # both read as typists read them (a rarer reading would let "服" stand for "拨"); a typed character that is
            # a word of the domain on its own ("月底钱花得慢": 钱) was meant, unless the rest of a term of four characters
            # or more stands around it ("事钱评估")
            kept = [typed for meant, typed in pairs if meant == typed and typed not in FUNCTION_CHARS]
            if (wrong and kept and not FUNCTION_CHARS.intersection(wrong)
                    and (len(w) >= 4 or not self.vocabulary_chars.intersection(wrong))
                    and all(reading(typed) == reading(meant) for meant, typed in pairs)):
                found.add(w)
        return found.pop() if len(found) == 1 else None

    def correct(self, question: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The question with its typos put right, and the (typed, meant) pairs."""
        if not _table():
            return question, ()
        spans: list[tuple[int, int]] = []
        at = 0
        for token in self.segment(question):
            start = question.find(token, at)
            if start < 0:
                continue
            at = start + len(token)
            if len(token) >= 2 and self.is_word(token):
                spans.append((start, at))
        for word in self.protected:  # names the dictionary lacks ("卫健委"): never cut into
            spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(word), question))
        fixes: list[tuple[int, int, str]] = []
        taken: set[int] = set()
        for run in _CJK_RUN.finditer(question):
            for n in _LENGTHS:
                for i in range(run.start(), run.end() - n + 1):
                    j = i + n
                    stretch = question[i:j]
                    if taken & set(range(i, j)) or stretch in self.vocabulary or self.is_word(stretch):
                        continue
                    # a dictionary word straddling either edge, or holding the stretch: it cuts a word the asker meant
                    # (four characters or more of a term outweigh a neighbour jieba glued on: "做事钱绩效评估")
                    if n < 4 and any(s < i < e or s < j < e or (s <= i and j <= e and (s, e) != (i, j)) for s, e in spans):
                        continue
                    meant = self._candidate(stretch)
                    if meant is not None:
                        fixes.append((i, j, meant))
                        taken.update(range(i, j))
        if not fixes:
            return question, ()
        out, pairs, last = [], [], 0
        for i, j, meant in sorted(fixes):
            out.append(question[last:i] + meant)
            pairs.append((question[i:j], meant))
            last = j
        out.append(question[last:])
        return "".join(out), tuple(pairs)
