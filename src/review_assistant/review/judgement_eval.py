"""``review-assistant eval judgement``: the LLM rules and the offline evidence checks on a labelled set.

Each case of ``corpus/eval/judgement/cases.jsonl`` is one short report or goal sheet labelled for one
LLM rule as ``defect`` or ``clean``, with the truth for the offline checks whose sections it has.
The configured model judges the case's rule exactly as in a review (same prompt, same verification);
the case counts as found when at least one *verified* finding comes back. Per rule: recall,
precision, verification drops, failed calls, calls, prompt/completion tokens and seconds. The
offline checks are scored on the same cases, per offline rule and as stand-ins for the LLM rules
they cover.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from review_assistant.checks.report.evidence import COVERS, OFFLINE_RULES, find_gaps
from review_assistant.errors import ConfigError
from review_assistant.metrics import Confusion, fmt_ratio
from review_assistant.settings import REPO_ROOT, Settings

if TYPE_CHECKING:  # pragma: no cover
    from review_assistant.checks.llm.runner import LLMRunner

DEFAULT_CASES = REPO_ROOT / "corpus" / "eval" / "judgement" / "cases.jsonl"


@dataclass
class Tally(Confusion):
    """One rule's confusion counts on the cases, with the cost of judging them."""

    tn: int = 0
    cases: int = 0
    dropped: int = 0
    failed: int = 0
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    unlabelled_firings: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, truth: str, predicted: bool, case_id: str) -> None:
        self.cases += 1
        if truth == "defect":
            if predicted:
                self.tp += 1
            else:
                self.fn += 1
                self.misses.append(f"{case_id}(漏报)")
        elif predicted:
            self.fp += 1
            self.misses.append(f"{case_id}(误报)")
        else:
            self.tn += 1

    def as_dict(self) -> dict[str, Any]:
        return {"cases": self.cases, "tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "recall": _round(self.recall), "precision": _round(self.precision), "dropped": self.dropped,
                "failed": self.failed, "calls": self.calls, "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens, "seconds": round(self.seconds, 1),
                "unlabelled_firings": self.unlabelled_firings, "errors": self.misses}


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 3)


@dataclass
class JudgementReport:
    model: str | None
    llm: dict[str, Tally] = field(default_factory=dict)
    offline: dict[str, Tally] = field(default_factory=dict)
    standin: dict[str, Tally] = field(default_factory=dict)  # offline checks judged against LLM-rule labels
    cases: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"model": self.model, "cases": self.cases, "seconds": round(self.seconds, 1),
                "llm": {k: v.as_dict() for k, v in self.llm.items()},
                "offline": {k: v.as_dict() for k, v in self.offline.items()},
                "offline_as_llm_rule": {k: v.as_dict() for k, v in self.standin.items()}}


def load_cases(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise ConfigError(f"评测集文件不存在：{path}（可运行 python corpus/eval/judgement/make_cases.py 生成）")
    out: list[dict[str, Any]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"评测集 {path.name} 第 {n} 行不是有效的 JSON：{exc.msg}") from exc
        if not isinstance(case, dict) or not {"id", "rule", "label", "text", "kind"} <= case.keys():
            raise ConfigError(f"评测集 {path.name} 第 {n} 行缺少 id/rule/label/kind/text 字段")
        out.append(case)
    return out


def select(cases: Sequence[dict[str, Any]], rules: Sequence[str] = (), limit: int | None = None) -> list[dict[str, Any]]:
    """Cases of ``rules`` (all when empty); ``limit`` per rule, alternating defect and clean."""
    by_rule: dict[str, list[dict[str, Any]]] = {}
    for c in cases:
        if not rules or c["rule"] in rules:
            by_rule.setdefault(c["rule"], []).append(c)
    out: list[dict[str, Any]] = []
    for group in by_rule.values():
        defects = [c for c in group if c["label"] == "defect"]
        cleans = [c for c in group if c["label"] != "defect"]
        mixed = [c for pair in zip(defects, cleans, strict=False) for c in pair]
        mixed += defects[len(cleans):] + cleans[len(defects):]
        out.extend(mixed[:limit] if limit else mixed)
    return out


def evaluate(
    settings: Settings,
    cases: Sequence[dict[str, Any]],
    *,
    use_llm: bool = True,
    progress: Callable[[str], None] | None = None,
    runner: LLMRunner | None = None,
) -> JudgementReport:
    """Score the offline checks (always) and the configured model (when ``use_llm``) on ``cases``."""
    from review_assistant.checks.llm.runner import LLMRunner
    from review_assistant.llm.models import Usage
    from review_assistant.review.pipeline import CheckOptions, prepare

    use_llm = use_llm and settings.llm.provider != "none"
    if use_llm and runner is None:
        runner = LLMRunner(settings)
    if not use_llm:
        runner = None
    report = JudgementReport(model=runner.model_name if runner is not None else None, cases=len(cases))
    start_all = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="judgement-") as tmp:
        for i, case in enumerate(cases, 1):
            path = Path(tmp) / f"{case['id']}.md"
            path.write_text(case["text"], encoding="utf-8")
            kind = case["kind"]
            ctx = prepare(path, settings, CheckOptions(kind=kind))
            fired = {g.rule_id for g in find_gaps(ctx)}
            _score_offline(report, case, fired)
            if runner is None:
                continue
            prompt = runner.prompts.get(case["rule"])
            if prompt is None:
                continue
            usage = Usage()
            t0 = time.monotonic()
            outcome = runner.run_rule(prompt, ctx, usage)
            tally = report.llm.setdefault(case["rule"], Tally())
            tally.add(case["label"], bool(outcome.findings), case["id"])
            tally.dropped += outcome.stats.dropped_total
            tally.failed += 1 if outcome.verdict is None else 0
            tally.calls += usage.calls
            tally.prompt_tokens += usage.prompt_tokens
            tally.completion_tokens += usage.completion_tokens
            tally.seconds += time.monotonic() - t0
            if progress is not None:
                got = "失败" if outcome.verdict is None else f"{outcome.verdict}/{len(outcome.findings)}条"
                progress(f"[{i}/{len(cases)}] {case['id']} 标注={case['label']} 模型={got} "
                         f"{time.monotonic() - t0:.0f}s" + (f"（{outcome.note}）" if outcome.note else ""))
    report.seconds = time.monotonic() - start_all
    return report


def _score_offline(report: JudgementReport, case: dict[str, Any], fired: set[str]) -> None:
    labels: dict[str, str] = case.get("offline") or {}
    for rid in OFFLINE_RULES:
        tally = report.offline.setdefault(rid, Tally())
        if rid in labels:
            tally.add(labels[rid], rid in fired, case["id"])
        elif rid in fired:
            tally.unlabelled_firings += 1
            tally.misses.append(f"{case['id']}(未标注)")
    covering = [rid for rid, rules in COVERS.items() if case["rule"] in rules]
    if covering:
        report.standin.setdefault(case["rule"], Tally()).add(
            case["label"], any(r in fired for r in covering), case["id"])


def _ratio(v: float | None) -> str:
    return fmt_ratio(v, missing="  -  ")


def format_report(r: JudgementReport) -> str:
    lines: list[str] = []
    if r.model:
        lines.append(f"大模型 {r.model}：每条规则的召回率、精确率（以至少一条核对通过的问题为“发现”）")
        lines.append(f"{'规则':<11}{'用例':>4}{'召回':>6}{'精确':>6}{'核对丢弃':>6}{'失败':>4}{'调用':>5}"
                     f"{'提示tok':>8}{'输出tok':>8}{'秒':>7}")
        total = Tally()
        for rid, t in sorted(r.llm.items()):
            lines.append(f"{rid:<13}{t.cases:>4}{_ratio(t.recall):>7}{_ratio(t.precision):>7}{t.dropped:>8}{t.failed:>6}"
                         f"{t.calls:>6}{t.prompt_tokens:>10}{t.completion_tokens:>9}{t.seconds:>8.0f}")
            total.absorb(t)
        lines.append(f"{'合计':<11}{total.cases:>4}{_ratio(total.recall):>7}{_ratio(total.precision):>7}{total.dropped:>8}"
                     f"{total.failed:>6}{total.calls:>6}{total.prompt_tokens:>10}{total.completion_tokens:>9}"
                     f"{total.seconds:>8.0f}")
        lines.append("")
    else:
        lines.append("未配置大模型（或 --offline-only）：只评测离线证据检查。")
    lines.append("离线证据检查（按各自标注：所查证据是否确实缺失）")
    lines.append(f"{'规则':<11}{'已标注':>5}{'召回':>6}{'精确':>6}{'未标注触发':>7}")
    for rid, t in r.offline.items():
        lines.append(f"{rid:<12}{t.cases:>6}{_ratio(t.recall):>7}{_ratio(t.precision):>7}{t.unlabelled_firings:>9}")
    lines.append("")
    lines.append("离线证据检查代替大模型规则（按大模型规则的标注）")
    for rid, t in sorted(r.standin.items()):
        lines.append(f"{rid:<12}{t.cases:>6}{_ratio(t.recall):>7}{_ratio(t.precision):>7}")
    lines.append(f"\n共 {r.cases} 个用例，用时 {r.seconds:.0f} 秒。")
    return "\n".join(lines)


def stderr_progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
