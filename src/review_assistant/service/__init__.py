"""The one service the CLI and the UI call: a façade over the engine, the review store and the knowledge base.

It sits above ``review`` (store), ``drafting`` and ``kb``; nothing below imports it. Every method
takes the acting user and checks the role; SQL lives in :mod:`review_assistant.review.repo`.
"""

from __future__ import annotations

from review_assistant.service.checking import Checking
from review_assistant.service.cycle import Cycle
from review_assistant.service.decisions import Decisions
from review_assistant.service.drafts import Drafts
from review_assistant.service.knowledge import Knowledge


class ReviewService(Checking, Decisions, Drafts, Knowledge, Cycle):
    """Checking, reviews, decisions, drafts, knowledge-base and project-cycle operations for one home."""


__all__ = ["ReviewService"]
