"""The one check engine under the CLI, the workbench, self-check and any future caller.

``Engine(settings)`` builds the check options from the settings of the home in use: the policy
reference resolver (read from that home's knowledge-base manifest), the LLM runner when a model is
configured (its chat handle created once, here, before any thread pool), and the batch rules. It
checks a whole batch together — files named on one command line or uploaded at once, each .zip
replaced by its members, unpacked safely — so cross-document rules (EA-GOAL-03 pairing, GEN-01
"report missing") see every file of the batch.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from review_assistant.extract.models import DocumentKind
from review_assistant.parsing.sandbox import interrupts_held
from review_assistant.review.pipeline import CheckOptions, check_paths, llm_enabled
from review_assistant.review.results import CheckResult, DocumentInfo
from review_assistant.review.uploads import expand
from review_assistant.settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from review_assistant.checks.base import CheckContext
    from review_assistant.checks.llm.runner import LLMProgress, LLMRunner
    from review_assistant.checks.models import Finding


Progress = Callable[[float, str], None]
LLMProgressCallback = Callable[["LLMProgress"], None]
_READ_SHARE = 0.2  # with a model, reading the files is the short part of a batch: the bar gives the rest to it


@contextmanager
def _work_dir() -> Iterator[str]:
    """A temporary folder for one batch, removed on leaving the block, also when Ctrl+C comes while it is being made.

    ``tempfile.TemporaryDirectory`` leaves the folder behind when the interrupt lands between creating it and
    registering its clean-up (seen on a loaded machine: the folder had just appeared when the signal came).
    """
    with ExitStack() as stack:
        with interrupts_held():
            work = tempfile.mkdtemp(prefix="ra-batch-")
            stack.callback(shutil.rmtree, work, ignore_errors=True)
        yield work


@dataclass
class Checked:
    """One file of a batch after checking: the name the user knows, where it was on disk, the result.

    ``path`` is ``None`` for an archive refused as a whole; for a .zip member it lives only as long
    as the :meth:`Engine.batch` block that produced it.
    """

    name: str
    path: Path | None
    result: CheckResult


class Engine:
    """Checks batches with the options of one home's settings. Safe to share between threads."""

    def __init__(self, settings: Settings, *, llm_runner: LLMRunner | None = None) -> None:
        self.settings = settings
        self._runner = llm_runner
        self._runner_lock = threading.Lock()

    # ---- options -------------------------------------------------------------------------------
    def options(self, *, kind: DocumentKind | None = None, fiscal_year: int | None = None,
                use_llm: bool | None = None, llm_progress: LLMProgressCallback | None = None,
                cancel: threading.Event | None = None) -> CheckOptions:
        """The options every check of this engine runs with (one resolver per batch: it reads the
        manifest as it is now, so a policy ingested since the last batch is found).

        With ``llm_progress`` or ``cancel`` the LLM runner is a per-review view of the engine's one
        runner (same model handle) that reports each rule and stops when ``cancel`` is set."""
        from review_assistant.kb.refs import make_ref_resolver  # metadata only: no embedder, no Chroma

        options = CheckOptions(kind=kind, fiscal_year=fiscal_year, use_llm=use_llm,
                               resolve_ref=make_ref_resolver(self.settings))
        if llm_enabled(self.settings, options):
            runner = self.llm_runner()
            if llm_progress is not None or cancel is not None:
                runner = runner.with_hooks(on_progress=llm_progress, cancel=cancel)
            options.llm_runner = runner
        return options

    def llm_runner(self) -> LLMRunner:
        """The LLM runner, built once per engine with its chat handle created before any thread uses it."""
        with self._runner_lock:
            if self._runner is None:
                from review_assistant.checks.llm.runner import LLMRunner

                self._runner = LLMRunner(self.settings)
            self._runner.start_batch()
            return self._runner

    # ---- checking ------------------------------------------------------------------------------
    @contextmanager
    def batch(self, paths: Sequence[Path], *, names: Sequence[str] | None = None,
              kind: DocumentKind | None = None, fiscal_year: int | None = None,
              use_llm: bool | None = None, progress: Progress | None = None,
              llm_progress: LLMProgressCallback | None = None,
              cancel: threading.Event | None = None) -> Iterator[list[Checked]]:
        """Check ``paths`` as one batch; the unpacked .zip members exist until the block ends.

        ``names`` are the names the user knows the files by (an upload's original names); by
        default each path's own name. Members of an archive are named ``archive.zip/member``.
        Refused files and archives are entries with ``result.error`` and do not stop the others.

        ``progress`` gets a line per file read and, with a model, per rule put to it
        ("大模型判断 EA-NEC-02（3/20）…"); ``llm_progress`` gets the runner's own events. A set
        ``cancel`` stops the model's calls: every rule finding and every verified LLM finding so
        far is kept, and each document's notes name the rules not judged.
        """
        given = [Path(p) for p in paths]
        shown = list(names) if names is not None else [p.name for p in given]
        if len(shown) != len(given):
            raise ValueError("names must match paths")
        stage = _LLMStage(progress, llm_progress) if progress is not None else None
        options = self.options(kind=kind, fiscal_year=fiscal_year, use_llm=use_llm,
                               llm_progress=stage.event if stage is not None else llm_progress, cancel=cancel)
        with _work_dir() as work:
            incoming, bad = expand(given, Path(work), self.settings.limits)
            by_path = dict(zip(given, shown, strict=True))
            files = [i.path for i in incoming]
            # A plain file keeps its given name; a zip member is called archive.zip/member.
            labels = [by_path[i.path] if i.path in by_path else _member_label(i.name, by_path) for i in incoming]

            share = 0.9
            if stage is not None and options.llm_runner is not None:
                share = _READ_SHARE
                stage.begin([str(f) for f in files], labels)
                options.llm_runner = stage.wrap(options.llm_runner)

            def step(i: int) -> None:
                if progress is not None:
                    progress(i / max(len(files), 1) * share, f"正在审核 {labels[i]}（{i + 1}/{len(files)}）")

            results = check_paths(files, self.settings, options, step)
            checked: list[Checked] = []
            for path, label, result in zip(files, labels, results, strict=True):
                if Path(work) in path.parents:  # a zip member: show the name the user knows
                    result.document.path = label
                if result.error and label != path.name and result.error.startswith(path.name):
                    result.error = label + result.error[len(path.name):]
                checked.append(Checked(label, path, result))
            for exc in bad:
                label = by_path.get(Path(exc.path), Path(exc.path).name)
                message = exc.message if label == Path(exc.path).name else f"{label}：{exc.problem}"
                checked.append(Checked(label, None, CheckResult(document=DocumentInfo(path=exc.path), error=message)))
            yield checked

    def check(self, paths: Sequence[Path], *, names: Sequence[str] | None = None,
              kind: DocumentKind | None = None, fiscal_year: int | None = None,
              use_llm: bool | None = None, llm_progress: LLMProgressCallback | None = None,
              cancel: threading.Event | None = None) -> list[CheckResult]:
        """Check ``paths`` as one batch and return the results (files are not needed afterwards)."""
        with self.batch(paths, names=names, kind=kind, fiscal_year=fiscal_year, use_llm=use_llm,
                        llm_progress=llm_progress, cancel=cancel) as checked:
            return [c.result for c in checked]


class _LLMStage:
    """The model's part of one batch on the batch's progress bar: a line per rule put to the model.

    The runner calls :meth:`event` from its worker threads, so the bar's callback must accept calls
    from any thread (the workbench's does)."""

    def __init__(self, progress: Progress, forward: LLMProgressCallback | None) -> None:
        self._progress, self._forward = progress, forward
        self._lock = threading.Lock()
        self._labels: dict[str, str] = {}
        self._docs = 1
        self._index = -1
        self._label = ""
        self._said_cancel = False

    def begin(self, paths: Sequence[str], labels: Sequence[str]) -> None:
        self._labels = dict(zip(paths, labels, strict=True))
        self._docs = max(len(paths), 1)

    def wrap(self, runner: Callable[[CheckContext], list[Finding]]) -> Callable[[CheckContext], list[Finding]]:
        def judge(ctx: CheckContext) -> list[Finding]:
            with self._lock:
                self._index += 1
                self._label = self._labels.get(ctx.document.path, Path(ctx.document.path).name)
            return runner(ctx)

        return judge

    def event(self, event: LLMProgress) -> None:
        if self._forward is not None:
            self._forward(event)
        with self._lock:
            where = f"{self._label}：" if self._docs > 1 and self._label else ""
            share = (max(self._index, 0) + event.done / max(event.total, 1)) / self._docs
            fraction = _READ_SHARE + (0.9 - _READ_SHARE) * min(share, 1.0)
            if event.status == "start":
                line = f"{where}大模型判断 {event.rule_id}（{min(event.done + 1, event.total)}/{event.total}）…"
            elif event.status == "skipped" and not self._said_cancel:
                self._said_cancel = True
                line = "已取消大模型判断：已得到的结果保留，未判断的规则写入审核说明…"
            else:
                return
        self._progress(fraction, line)


def _member_label(member_name: str, by_path: dict[Path, str]) -> str:
    """``upload.zip/a.docx`` → the archive shown under its user-facing name (an upload's temp name differs)."""
    archive, _, rest = member_name.partition("/")
    for path, label in by_path.items():
        if path.name == archive:
            return f"{label}/{rest}"
    return member_name
