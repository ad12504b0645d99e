"""Recall and false alarms of the deterministic checks on a labelled sample set (``must`` / ``must_not``).

A label file is a YAML list of ``{file, kind, must, must_not[, batch]}``: the rules ``file`` must and must
not report when checked together with its ``batch`` companions (a project across stages; its labels
name only the cross-stage rules). This is the format of ``labels.yaml`` and ``report_labels.yaml``, so the
evaluation command (``eval checks``) reads ``cycle_labels.yaml`` the same way; :func:`evaluate_labels`
is the cycle samples' own figure (recall, error-level false alarms).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.review.results import CheckResult
from review_assistant.settings import Settings


@dataclass
class RuleFigures:
    expected: int = 0
    found: int = 0
    false_errors: int = 0
    false_warnings: int = 0

    @property
    def recall(self) -> float | None:
        return self.found / self.expected if self.expected else None


@dataclass
class LabelEval:
    files: int = 0
    unreadable: list[str] = field(default_factory=list)
    wrong_kind: list[str] = field(default_factory=list)
    rules: dict[str, RuleFigures] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        expected = sum(r.expected for r in self.rules.values())
        return sum(r.found for r in self.rules.values()) / expected if expected else None

    @property
    def error_false_alarms(self) -> int:
        return sum(r.false_errors for r in self.rules.values())

    def format(self) -> str:
        lines = [f"{'规则':<8}{'应报':>6}{'检出':>6}{'召回率':>8}{'误报(错误)':>10}{'误报(警告)':>10}"]
        for rule_id in sorted(self.rules):
            r = self.rules[rule_id]
            rec = "—" if r.recall is None else f"{r.recall:.2f}"
            lines.append(f"{rule_id:<8}{r.expected:>6}{r.found:>6}{rec:>8}{r.false_errors:>10}{r.false_warnings:>10}")
        total = "—" if self.recall is None else f"{self.recall:.3f}"
        lines.append(f"样本 {self.files} 份；总召回率 {total}；错误级误报 {self.error_false_alarms} 项；"
                     f"无法读取 {len(self.unreadable)} 份；类型识别错误 {len(self.wrong_kind)} 份。")
        lines += [f"漏报：{m}" for m in self.misses] + [f"误报：{m}" for m in self.false_alarms]
        return "\n".join(lines)


def evaluate_labels(labels_file: Path, settings: Settings, root: Path | None = None) -> LabelEval:
    labels: list[dict[str, Any]] = yaml.safe_load(labels_file.read_text(encoding="utf-8")) or []
    base = root or labels_file.parent
    out = LabelEval()
    options = CheckOptions(use_llm=False)
    for lab in labels:
        batch = [base / b for b in lab.get("batch", [])]
        result = check_paths([base / lab["file"], *batch], settings, options)[0]
        _score(out, lab, result, lab.get("must", []), lab.get("must_not", []))
    return out


def _score(out: LabelEval, lab: dict[str, Any], result: CheckResult, must: Iterable[str],
           must_not: Iterable[str]) -> None:
    out.files += 1
    if result.error:
        out.unreadable.append(f"{lab['file']}：{result.error}")
        return
    if result.document.kind != lab["kind"]:
        out.wrong_kind.append(f"{lab['file']}：{result.document.kind}（应为 {lab['kind']}）")
    findings = result.findings
    got = {f.rule_id for f in findings}
    for rule in must:
        fig = out.rules.setdefault(rule, RuleFigures())
        fig.expected += 1
        if rule in got:
            fig.found += 1
        else:
            out.misses.append(f"{lab['file']} 应报 {rule}")
    for rule in must_not:
        for f in findings:
            if f.rule_id != rule:
                continue
            fig = out.rules.setdefault(rule, RuleFigures())
            if f.severity == "error":
                fig.false_errors += 1
            else:
                fig.false_warnings += 1
            out.false_alarms.append(f"{lab['file']} [{rule}/{f.severity}] {f.message[:60]}")
