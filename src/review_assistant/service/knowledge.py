"""Knowledge-base operations for the UI and the CLI, each checked against the acting user's role."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from review_assistant.checks.models import PolicyRef
from review_assistant.errors import NO_LLM_CONFIGURED, FieldError, InputError, PermissionDenied
from review_assistant.review import users
from review_assistant.service.base import ServiceBase
from review_assistant.service.kb_adapter import Answer

if TYPE_CHECKING:  # pragma: no cover
    from review_assistant.kb.ask import Answer as KBAnswer
    from review_assistant.kb.index import KnowledgeBase
    from review_assistant.kb.ingest import IngestReport
    from review_assistant.kb.retrieve import Filters

ASK_EMPTY = "请输入问题。"

MAX_QUESTION_CHARS = 500  # a policy question is a sentence or two; a pasted document is not one



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

    def kb_indexing(self) -> bool:
        """Whether the bundled policies are still being indexed in the background."""
        return self.kb.indexing.is_set()

    # ---- the command line: the knowledge base's own reports and answers --------------------------
    def ingest_policies(self, user: users.User, paths: Sequence[Path], *, prune: bool = False) -> IngestReport:
        """``review-assistant ingest``: ingest files or folders; the report lists what failed."""
        from review_assistant.kb.ingest import ingest

        self._require_kb(user)
        report = self.kb.call(lambda kb: ingest(list(paths), self.settings, prune=prune, kb=kb))
        self._log(user, "kb.ingest", "kb", "paths", {"paths": [str(p) for p in paths], "prune": prune})
        return report

    def ensure_bundled_policies(self, user: users.User,
                                say: Callable[[str], None] | None = None) -> IngestReport | None:
        """Index the bundled policies when the knowledge base is empty; None when it already has content.
        ``say`` hears one Chinese line per step (what is being done now)."""
        from review_assistant.kb.ingest import ensure_bundled

        self._require_kb(user)
        return ensure_bundled(self.settings, say=say)

    def remove_policies(self, user: users.User, paths: Sequence[Path]) -> list[str]:
        from review_assistant.kb.ingest import remove_documents

        self._require_kb(user)
        gone = remove_documents(self.settings, list(paths))
        self._log(user, "kb.remove", "kb", "paths", {"removed": gone})
        return gone

    def ask_policy(self, user: users.User, question: str, *, top_k: int | None = None,
                   filters: Filters | None = None, use_llm: bool | None = None) -> KBAnswer:
        """The knowledge base's answer (``review_assistant.ask/1``) with its citations; every role may ask."""
        from review_assistant.kb import ask as kb_ask

        del user
        if not question.strip():
            raise FieldError("问题不能为空。", "question")
        if len(question) > MAX_QUESTION_CHARS:
            raise FieldError(f"问题过长（{len(question)} 字），请控制在 {MAX_QUESTION_CHARS} 字以内，只写要问的事。",
                             "question")
        llm = self.settings.llm.provider != "none" if use_llm is None else use_llm
        if llm and self.settings.llm.provider == "none":
            raise InputError(NO_LLM_CONFIGURED)

        def run(kb: KnowledgeBase) -> KBAnswer:
            if kb.manifest.count_chunks() == 0:
                raise InputError("知识库为空，请先运行 review-assistant ingest policies/（或 review-assistant kb ensure）。")
            if llm:
                from review_assistant.llm.answer import make_llm_answerer

                return kb_ask.ask_with_llm(question, kb, make_llm_answerer(self.settings), top_k=top_k,
                                           filters=filters)
            return kb_ask.ask(question, kb, top_k=top_k, filters=filters)

        return self.kb.call(run)

    def start_bundled_indexing(self, done: Callable[[str], None]) -> None:
        """First start: index the bundled policies in the background (a no-op once indexed)."""
        self.kb.ensure_bundled_in_background(done)

    @staticmethod
    def _require_kb(user: users.User) -> None:
        if not user.can_manage_kb:
            raise PermissionDenied("只有审核人员或管理员可以维护知识库。")
