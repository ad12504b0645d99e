"""Documents made from stored reviews: the 审核意见 draft, the commented copy, self-check reports, workbooks."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from review_assistant.drafting.opinion import Line, opinion_from_review, opinion_lines, render
from review_assistant.errors import PendingFindings
from review_assistant.review import users
from review_assistant.review.records import BatchItem
from review_assistant.service.base import ServiceBase


@dataclass
class DraftPreview:
    """The 审核意见 as it would be written now, for the workbench to show before download."""

    review_id: int
    lines: list[Line]
    pending: int  # findings not yet decided (not in the draft)
    pending_errors: int  # of which error-level: the draft is refused while any remain, unless forced

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def html(self) -> str:
        """The lines as escaped HTML paragraphs, one class per role (``ra-draft-title`` …)."""
        return "".join(f'<p class="ra-draft-{line.role}">{html.escape(line.text)}</p>' for line in self.lines)


class Drafts(ServiceBase):
    def draft_preview(self, user: users.User, review_id: int) -> DraftPreview:
        self._require_review(user)
        detail = self.get_review(user, review_id)
        c = detail.counts()
        pending, errors = c.pending, c.pending_error
        return DraftPreview(review_id, opinion_lines(opinion_from_review(detail, self.settings)), pending, errors)

    def draft_opinion(self, user: users.User, review_id: int, out: Path, *, allow_pending: bool = False) -> Path:
        """Write the 审核意见 draft; refused while error-level findings are pending unless ``allow_pending``."""
        self._require_review(user)
        detail = self.get_review(user, review_id)
        c = detail.counts()
        pending, errors = c.pending, c.pending_error
        if errors and not allow_pending:
            raise PendingFindings(
                f"审核记录 {review_id} 尚有 {errors} 项“错误”级问题待确认，暂不生成审核意见：请先逐项确认、修改或驳回；"
                "确需先出初稿，请选择“仍然生成”（命令行加 --allow-pending），未确认的问题不会写入意见。", errors)
        render(opinion_from_review(detail, self.settings), out)
        self._log(user, "review.draft", "review", review_id,
                  {"out": out.name, "pending": pending, "pending_errors": errors, "allow_pending": allow_pending})
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
