"""Chinese numbering of headings and clauses, shared by parsing, report sections and policy chunking.

One definition of the numerals and of 第X章/节/条 and 一、/（一） keeps the three readers of document
structure in agreement about what counts as a heading.
"""

from __future__ import annotations

import re

#: Chinese numerals used in heading and clause numbers (第二十三条, 一、, （十二）).
CN_NUMERALS = "一二三四五六七八九十百零〇两"

ARTICLE = re.compile(rf"^\s*(第[{CN_NUMERALS}\d]+条)[\s\u3000]*")
CHAPTER = re.compile(rf"^\s*第[{CN_NUMERALS}\d]+章")
SECTION = re.compile(rf"^\s*第[{CN_NUMERALS}\d]+节")
PART = re.compile(rf"^\s*[{CN_NUMERALS}]+[、．.]")
SUBPART = re.compile(rf"^\s*[（(][{CN_NUMERALS}]+[）)]")
