"""Documents made from stored reviews: the 审核意见 draft, the commented copy, self-check reports, workbooks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from review_assistant.review import users
from review_assistant.review.records import BatchItem
from review_assistant.service.base import ServiceBase


class Drafts(ServiceBase):
    def draft_opinion(self, user: users.User, review_id: int, out: Path) -> Path:
        from review_assistant.drafting.opinion import write_opinion

        self._require_review(user)
        detail = self.get_review(user, review_id)
        write_opinion(detail, self.settings, out)
        self._log(user, "review.draft", "review", review_id, {"out": out.name})
        return out

    def draft_comments(self, user: users.User, review_id: int, out: Path) -> Path:
        from review_assistant.drafting.comments import write_commented_copy

        self._require_review(user)
        detail = self.get_review(user, review_id)
        write_commented_copy(detail, Path(detail.review.stored_path), out, author=user.username)
        return out

    def self_check_report(self, user: users.User, review_id: int, out: Path) -> Path:
        from review_assistant.drafting.selfcheck import write_self_check

        write_self_check(self.get_review(user, review_id), out)
        return out

    def batch_workbook(self, user: users.User, review_ids: Sequence[int], out: Path,
                       failed: Sequence[BatchItem] = ()) -> Path:
        from review_assistant.drafting.workbook import write_review_workbook

        details = [self.get_review(user, rid) for rid in review_ids]
        write_review_workbook(details, list(failed), out)
        return out
