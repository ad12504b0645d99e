"""One test of "this line only numbers the page", shared by PDF margins and Word headers/footers."""

from __future__ import annotations

import pytest

from review_assistant.parsing.common import is_page_number


@pytest.mark.parametrize("text", ["3", "- 3 -", "— 3 —", "第 3 页", "第3页 共10页", "第 1 页，共 2 页", "第3页/共10页",
                                  "3 / 10", "共10页 第3页", "Page 3 of 10", "-1-"])
def test_running_page_numbers(text: str) -> None:
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["项目名称", "3.5", "第三部分", "共3项", "填报单位（盖章）"])
def test_document_text_is_not_a_page_number(text: str) -> None:
    assert not is_page_number(text)
