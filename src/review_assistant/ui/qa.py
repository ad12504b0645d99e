"""政策问答: questions over the knowledge base, answers with citations that open the article text."""

from __future__ import annotations

from typing import Any

import gradio as gr

from review_assistant.checks.models import PolicyRef
from review_assistant.kb.answer_text import TYPO_NOTE_LEAD
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.service.kb_adapter import Answer
from review_assistant.ui import render
from review_assistant.ui.common import boundary, current_user

CLOSEST = "最接近的条款（不能直接回答该问题）："
#: The note saying how a mistyped question was read (``kb.answer_text.TYPO_NOTE`` in parentheses).
READ_AS = "（" + TYPO_NOTE_LEAD
EXAMPLES = ["事前绩效评估的适用范围是什么？", "绩效目标应当包括哪些内容？", "满意度指标的目标值一般应设置为多少？"]


def answer_html(ans: Answer, lookup: render.ArticleLookup | None = None) -> str:
    """The answer (its first line answers the question, lists kept whole), then each cited article.

    A citation opens the whole article (every part of it, through ``lookup``), not only the piece
    that was retrieved; without a lookup, or when the article is not found, the piece is shown.
    """
    if ans.error:
        return f'<p class="ra-warn">{render.esc(ans.answer)}</p>'
    if not ans.grounded:
        # A refusal keeps the closest articles, said plainly not to answer the question.
        refusal = f'<p class="ra-warn">{render.esc(ans.answer)}</p>'
        if not ans.citations:
            return refusal
        return refusal + f"<p><b>{CLOSEST}</b></p>" + _articles(ans, lookup)
    lines = [ln for ln in ans.answer.split("\n") if ln.strip()]
    # how the question was read ("正改" taken as "整改") comes first; the first line after it answers
    read = [ln for ln in lines if ln.startswith(READ_AS)]
    rest = [ln for ln in lines if not ln.startswith(READ_AS)]
    body = "".join(f'<p class="ra-note">{render.esc(ln)}</p>' for ln in read) + "".join(
        f'<p class="{"ra-answer-lead" if i == 0 else "ra-answer-line"}">{render.esc(ln)}</p>' for i, ln in enumerate(rest))
    return f'<div class="ra-answer">{body}</div><p><b>依据（点击查看条文全文）：</b></p>' + _articles(ans, lookup)


def _articles(ans: Answer, lookup: render.ArticleLookup | None) -> str:
    """Each cited article as a collapsible block that opens its whole text."""
    parts = []
    for i, c in enumerate(ans.citations, 1):
        number = f"（{render.esc(c.doc_number)}）" if c.doc_number else ""
        status = "" if c.status == "有效" else f'<span class="ra-warn">【{render.esc(c.status)}】</span>'
        full = lookup(PolicyRef(document=c.document, doc_number=c.doc_number or None, article=c.article,
                                chunk_id=c.chunk_id or None)) if lookup else None
        text = render.esc(full or c.text).replace("\n", "<br>")
        parts.append(f'<details class="ra-article"><summary>[{i}] 《{render.esc(c.document)}》{number}'
                     f'{render.esc(c.article)}{status}</summary><div class="ra-article-text">{text}</div></details>')
    return "".join(parts)


def ask(service: ReviewService, user: User, question: str) -> Answer:
    return service.ask(user, question)


def build(service: ReviewService) -> dict[str, Any]:
    gr.Markdown("根据知识库中的政策文件回答预算绩效管理问题，并列出依据条款。政策未覆盖的问题会如实说明。")
    chat = gr.Chatbot(label="问答记录", height=420, elem_id="qa-chat", buttons=["copy", "copy_all"])
    with gr.Row():
        question = gr.Textbox(label="问题", placeholder="例如：事前绩效评估的适用范围是什么？", scale=5, elem_id="qa-question")
        send = gr.Button("提问", variant="primary", scale=1, elem_id="qa-send")
    gr.Examples(EXAMPLES, inputs=[question], label="示例问题")

    @boundary
    def on_ask(q: str, history: list[dict[str, Any]] | None, request: gr.Request) -> tuple[Any, ...]:
        user = current_user(service, request)
        ans = ask(service, user, q or "")
        history = [*(history or []), {"role": "user", "content": render.esc(q)},
                   {"role": "assistant", "content": answer_html(ans, lambda ref: service.article_text(user, ref))}]
        return history, ""

    send.click(on_ask, [question, chat], [chat, question], api_name="ask")
    question.submit(on_ask, [question, chat], [chat, question], api_visibility="private")
    return {}
