"""Knowledge-base operations for the UI and the CLI, each checked against the acting user's role."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from review_assistant.checks.models import PolicyRef
from review_assistant.errors import PermissionDenied
from review_assistant.review import users
from review_assistant.service.base import ServiceBase
from review_assistant.service.kb_adapter import Answer

ASK_EMPTY = "请输入问题。"


class Knowledge(ServiceBase):
    def ask(self, user: users.User, question: str) -> Answer:
        """A policy answer with citations; every logged-in role may ask."""
        del user
        if not question.strip():
            return Answer(question, ASK_EMPTY, False, error=ASK_EMPTY)
        return self.kb.ask(question.strip())

    def kb_documents(self, user: users.User) -> tuple[list[dict[str, Any]], str | None]:
        """The policy documents with their metadata (every role that sees the knowledge base may read it)."""
        del user
        return self.kb.documents()

    def kb_chunks(self, user: users.User, source: str) -> tuple[list[str], str | None]:
        del user
        return self.kb.chunks(source)

    def article_text(self, user: users.User, ref: PolicyRef) -> str | None:
        del user
        return self.kb.article_text(ref)

    def kb_ingest(self, user: users.User, files: Sequence[Path] = (),
                  progress: Callable[[float, str], None] | None = None) -> str:
        """Ingest uploaded policy files (kept in the home with their .meta.yaml sidecars), or with no
        files re-index the bundled policy folder. Reviewers and administrators only."""
        self._require_kb(user)
        if not files:
            return self.kb.ingest([self.settings.kb.policies_dir], progress=progress)
        keep = self.settings.kb_dir / "uploaded"
        keep.mkdir(parents=True, exist_ok=True)
        paths = []
        for f in files:
            target = keep / Path(f).name
            shutil.copyfile(f, target)
            if not target.name.endswith(".meta.yaml"):
                paths.append(target)
        result = self.kb.ingest(paths, progress=progress)
        self._log(user, "kb.ingest", "kb", "uploaded", {"files": [p.name for p in paths]})
        return result

    def start_bundled_indexing(self, done: Callable[[str], None]) -> None:
        """First start: index the bundled policies in the background (a no-op once indexed)."""
        self.kb.ensure_bundled_in_background(done)

    @staticmethod
    def _require_kb(user: users.User) -> None:
        if not user.can_manage_kb:
            raise PermissionDenied("只有审核人员或管理员可以维护知识库。")
