"""How well the deterministic checks do on labelled samples: recall, precision, error precision, extraction.

A label file is the YAML list written by the sample generators (``corpus/samples/labels.yaml``,
``report_labels.yaml``): per file the rules it ``must`` report, the rules it ``must_not`` report, the
rules that may warn but ``must_not_error``, and ``expect`` facts for extraction. Each file is checked
once (with its ``batch`` companions when listed), without an LLM.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from review_assistant.errors import InputError
from review_assistant.extract.models import indicators_by_row
from review_assistant.metrics import Confusion, fmt_ratio, ratio
from review_assistant.settings import Settings

GENERATED_LAYOUT = {"classic": "生成样本·2015版", "y2021": "生成样本·2021版", "split": "生成样本·长期+年度"}


@dataclass
class RuleScore(Confusion):
    """One rule's hits, misses and false alarms on the labelled files."""


@dataclass
class LayoutScore:
    files: int = 0
    fields_found: int = 0
    fields_expected: int = 0
    rows_right: int = 0
    rows_expected: int = 0
    year_right: int = 0


@dataclass
class Evaluation:
    rules: dict[str, RuleScore] = field(default_factory=dict)
    errors_right: int = 0
    errors_wrong: list[str] = field(default_factory=list)
    layouts: dict[str, LayoutScore] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    files: int = 0

    def total(self) -> RuleScore:
        out = RuleScore()
        for s in self.rules.values():
            out.absorb(s)
        return out

    @property
    def error_precision(self) -> float | None:
        return ratio(self.errors_right, self.errors_right + len(self.errors_wrong))

    def to_dict(self) -> dict[str, Any]:
        t = self.total()
        return {
            "files": self.files,
            "recall": t.recall, "precision": t.precision, "error_precision": self.error_precision,
            "errors_on_must_not": self.errors_wrong, "refused": self.refused,
            "rules": {r: {"tp": s.tp, "fn": s.fn, "fp": s.fp, "recall": s.recall, "precision": s.precision}
                      for r, s in sorted(self.rules.items())},
            "layouts": {k: vars(v) for k, v in sorted(self.layouts.items())},
        }


def load_labels(paths: Sequence[Path]) -> list[tuple[Path, dict[str, Any]]]:
    out: list[tuple[Path, dict[str, Any]]] = []
    for path in paths:
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise InputError(f"标注文件 {path} 无法读取：{exc}") from exc
        if not isinstance(data, list) or not all(isinstance(x, dict) and "file" in x for x in data):
            raise InputError(f"标注文件 {path} 格式不对：应为列表，每项含 file、must、must_not。")
        out.extend((Path(path).parent, item) for item in data)
    return out


def evaluate(labels: Sequence[tuple[Path, dict[str, Any]]], settings: Settings) -> Evaluation:
    """Check every labelled file and score the findings and the extraction against the labels."""
    from review_assistant.extract.goal_projects import extract_goal_sheets
    from review_assistant.parsing import parse_file
    from review_assistant.review.pipeline import CheckOptions, check_paths, prepare

    ev = Evaluation()
    options = CheckOptions(use_llm=False)
    for root, label in labels:
        path = root / label["file"]
        if not path.exists():
            raise InputError(f"标注中的文件 {path} 不存在。")
        batch = [root / b for b in label.get("batch", [])]
        results = check_paths([path, *batch], settings, options)
        result = results[0]
        ev.files += 1
        if label.get("kind") == "other":
            continue
        if result.error:
            ev.refused.append(f"{label['file']}：{result.error}")
            continue
        _score_rules(ev, label, result.findings)
        if label.get("kind") == "goal_sheet":
            sheets = extract_goal_sheets(parse_file(path, settings.limits))
            _score_extraction(ev, label, sheets, result.document.fiscal_year, result.notes)
        elif str((label.get("expect") or {}).get("layout", "")).startswith("R"):
            _score_report(ev, label, prepare(path, settings, options).report, result.document.fiscal_year)
    return ev


def _score_report(ev: Evaluation, label: dict[str, Any], report: Any, year: int | None) -> None:
    """Report layouts: the facts read (name, amounts, conclusion, score) and all five dimensions found."""
    from review_assistant.extract.report_sections import DIMENSION_KEYS

    expect = label["expect"]
    score = ev.layouts.setdefault(expect["layout"], LayoutScore())
    score.files += 1
    checks: list[bool] = []
    if "project_name" in expect:
        checks.append(report.project_name == expect["project_name"])
    for key, attr in (("requested_wan", "requested_amount"), ("recommended_wan", "recommended_budget")):
        if key in expect:
            got = getattr(report, attr)
            checks.append(got is not None and got.value_wan == expect[key])
    if "score" in expect:
        checks.append(report.score is not None and report.score.value == expect["score"])
    if "conclusion" in expect or "equivalent" in expect:
        c = report.conclusion
        checks.append(c is not None and c.term == expect.get("conclusion", c.term)
                      and c.equivalent == expect.get("equivalent", c.equivalent))
    score.fields_expected += len(checks)
    score.fields_found += sum(checks)
    score.rows_expected += 1
    # A one-table 评审意见表 has no dimension sections by design: recognising it as such is the right reading.
    # A sample that leaves dimensions out ("missing") is read right when exactly those are absent.
    missing = set(expect.get("missing", ()))
    keys = {s.key for s in report.sections}
    score.rows_right += report.opinion_form if expect.get("opinion_form") else \
        keys >= set(DIMENSION_KEYS) - missing and not keys & missing
    score.year_right += year == label["fiscal_year"]


def _score_rules(ev: Evaluation, label: dict[str, Any], findings: Sequence[Any]) -> None:
    must, must_not = set(label.get("must", [])), set(label.get("must_not", []))
    no_error = set(label.get("must_not_error", []))
    found = {f.rule_id for f in findings}
    for rule in must | must_not:
        score = ev.rules.setdefault(rule, RuleScore())
        if rule in must:
            score.tp += rule in found
            score.fn += rule not in found
        elif rule in found:
            score.fp += 1
    for f in findings:
        if f.severity != "error" or f.rule_id not in must | must_not | no_error:
            continue
        if f.rule_id in must_not or f.rule_id in no_error:
            ev.errors_wrong.append(f"{label['file']}：{f.rule_id} {f.message}")
        else:
            ev.errors_right += 1


def _score_extraction(ev: Evaluation, label: dict[str, Any], sheets: Sequence[Any], year: int | None,
                      notes: Sequence[str]) -> None:
    expect = label.get("expect") or {}
    layout = str(expect.get("layout", ""))
    key = layout if layout.startswith("L") else GENERATED_LAYOUT.get(layout, "报告配套申报表")
    score = ev.layouts.setdefault(key, LayoutScore())
    score.files += 1
    sheet = sheets[0]
    checks: list[bool] = []
    if "project_name" in expect:
        checks.append(sheet.project_name == expect["project_name"])
    if expect.get("total_funds_wan") is not None:
        total = sheet.total_wan()
        checks.append(total is not None and abs(total - float(expect["total_funds_wan"])) < 0.005)
    for name in expect.get("fields", []):
        checks.append(bool(sheet.field_value(name)))
    if "department" in expect and "GS-01" not in label.get("must", []):
        checks.append(sheet.field_value("department") == expect["department"])
    score.fields_expected += len(checks)
    score.fields_found += sum(checks)
    if "indicator_count" in expect:
        score.rows_expected += 1
        score.rows_right += len(indicators_by_row(sheet.annual_indicators())) == expect["indicator_count"] and \
            len(sheets) == expect.get("projects", 1)
    if label.get("fiscal_year") is None:
        score.year_right += any("未能确定预算年度" in n for n in notes)
    else:
        score.year_right += year == label["fiscal_year"]


def format_evaluation(ev: Evaluation) -> str:
    """The figures as Chinese text tables."""
    t = ev.total()
    lines = [f"样本 {ev.files} 份；总召回率 {fmt_ratio(t.recall)}，总精确率 {fmt_ratio(t.precision)}，"
             f"错误级精确率 {fmt_ratio(ev.error_precision)}（错误级发现 {ev.errors_right + len(ev.errors_wrong)} 条，"
             f"其中不应报错的 {len(ev.errors_wrong)} 条）", "", "规则       应报  报出  漏报  误报  召回率  精确率"]
    for rule, s in sorted(ev.rules.items()):
        lines.append(f"{rule:<10} {s.tp + s.fn:>4} {s.tp:>5} {s.fn:>5} {s.fp:>5}  {fmt_ratio(s.recall):>6}  {fmt_ratio(s.precision):>6}")
    lines += ["", "版式（L 申报表 / R 报告）  文件  字段识别    指标行或五维度正确  年度正确"]
    for name, ls in sorted(ev.layouts.items()):
        fields = f"{ls.fields_found}/{ls.fields_expected}"
        rows = f"{ls.rows_right}/{ls.rows_expected}"
        lines.append(f"{name:<18} {ls.files:>5}  {fields:>10}  {rows:>12}  {ls.year_right:>4}/{ls.files}")
    if ev.refused:
        lines += ["", "拒收的文件："] + [f"  {x}" for x in ev.refused]
    if ev.errors_wrong:
        lines += ["", "不应报错误却报了错误："] + [f"  {x}" for x in ev.errors_wrong]
    return "\n".join(lines)
