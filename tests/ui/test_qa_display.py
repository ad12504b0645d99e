"""The Q&A answer display: the answering line first, every line escaped, citations open the whole article."""

from __future__ import annotations

from review_assistant.checks.models import PolicyRef
from review_assistant.service.kb_adapter import Answer, Citation
from review_assistant.ui import qa


def test_answer_lines_and_full_article_on_click() -> None:
    ans = Answer("q", "年度资金20万元（含）以上的下列项目：\n（一）新增项目；\n（二）延续项目。〔1〕\n依据：〔1〕《办法》第十条",
                 True, [Citation(document="办法", article="第十条", text="第十条　第一部分", doc_number="某〔2024〕1号",
                                 chunk_id="c1")])
    asked: list[PolicyRef] = []

    def lookup(ref: PolicyRef) -> str | None:
        asked.append(ref)
        return "第十条　第一部分\n第二部分<script>"

    html = qa.answer_html(ans, lookup)
    assert html.index('class="ra-answer-lead"') < html.index("（一）新增项目")
    assert "（二）延续项目。〔1〕" in html and "依据：〔1〕《办法》第十条" in html
    assert "第二部分&lt;script&gt;" in html and "<script>" not in html and "第一部分<br>第二部分" in html
    assert asked == [PolicyRef(document="办法", doc_number="某〔2024〕1号", article="第十条", chunk_id="c1")]
    # Without a lookup (or when the article is not found) the retrieved piece is shown.
    assert "第十条　第一部分</div>" in qa.answer_html(ans, lambda ref: None)


def test_how_a_mistyped_question_was_read_comes_before_the_answering_line() -> None:
    ans = Answer("正改谁督办", "（已把问题中的“正改”按“整改”理解。）\n区财政局对整改情况进行跟踪督办。〔1〕\n依据：〔1〕《办法》第九条",
                 True, [Citation(document="办法", article="第九条", text="第九条　督办", chunk_id="c1")])
    html = qa.answer_html(ans)
    assert '<p class="ra-note">（已把问题中的“正改”按“整改”理解。）</p>' in html
    assert html.index("ra-note") < html.index('class="ra-answer-lead">区财政局对整改情况')
