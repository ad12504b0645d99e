"""One canonical 文号: report extraction and the knowledge base registry write it the same way."""

from __future__ import annotations

import pytest

from review_assistant.extract.report_text import find_doc_numbers
from review_assistant.parsing.docnumbers import normalize_doc_number


@pytest.mark.parametrize("written", ["财预〔2020〕10号", "财预[2020]10号", "财预（2020）10号", "财预 〔2020〕 010号",
                                     "财预［2020］10号", "财预【2020】10号"])
def test_extraction_and_registry_agree(written: str) -> None:
    found = find_doc_numbers(f"根据{written}文件要求开展评估。")
    assert [number for number, _ in found] == ["财预〔2020〕10号"]
    assert normalize_doc_number(written) == "财预〔2020〕10号"


def test_text_without_a_number_is_only_stripped() -> None:
    assert normalize_doc_number(" 云溪区 绩效办法 ") == "云溪区绩效办法"
