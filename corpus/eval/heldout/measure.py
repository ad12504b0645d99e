"""Measure the engine on the held-out set (labels.yaml) and print where it stands.

Runs ``review_assistant.engine.Engine`` (no LLM) on each file alone, plus the goal-sheet extractor for
the fields the check JSON does not carry (indicator rows, the year the sheet itself gives). Prints:
refused files, kind / year / project name / funds right, indicator rows found vs labelled, per-rule
recall and precision, error-level false alarms, and one line per layout.

    PYTHONPATH=src .venv/bin/python corpus/eval/heldout/measure.py
    ... measure.py --json out.json      # also write the per-file results
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent


def norm(text: str | None) -> str:
    return re.sub(r"[\s（）()“”\"'：:、，,。]", "", text or "")


def name_right(found: str | None, want: str | list[str] | None) -> bool | None:
    if want is None:
        return None
    wants = want if isinstance(want, list) else [want]
    return bool(found) and norm(found) in {norm(w) for w in wants}


def extract_facts(path: Path) -> dict[str, Any]:
    """What the goal-sheet extractor itself reads (the check JSON has no indicator count)."""
    from review_assistant.extract.goal_sheet import extract_goal_sheet
    from review_assistant.parsing import parse_file

    try:
        sheet = extract_goal_sheet(parse_file(path))
    except Exception as exc:  # a measurement records every failure
        return {"extract_error": f"{type(exc).__name__}: {exc}"}
    return {"sheet_year": sheet.fiscal_year, "sheet_rows": len(sheet.annual_indicators()),
            "sheet_table_found": sheet.indicator_table_found}


def run(labels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from review_assistant.engine import Engine
    from review_assistant.settings import load_settings

    out = []
    with tempfile.TemporaryDirectory(prefix="ra-heldout-") as home:
        engine = Engine(load_settings(home))
        for lab in labels:
            path = HERE / lab["file"]
            rec: dict[str, Any] = {"label": lab}
            try:
                result = engine.check([path], use_llm=False)[0]
            except Exception as exc:  # a crash is a result too
                rec["crash"] = f"{type(exc).__name__}: {exc}"
                out.append(rec)
                continue
            rec["error"] = result.error
            doc = result.document
            rec.update(kind=doc.kind, year=doc.fiscal_year, project=doc.project_name, funds=doc.amount_wan,
                       notes=result.notes,
                       findings=[{"rule": f.rule_id, "severity": f.severity, "message": f.message,
                                  "evidence": f.evidence} for f in result.findings])
            rec.update(extract_facts(path))
            out.append(rec)
    return out


def rule_set(rec: dict[str, Any], severity: str | None = None) -> set[str]:
    return {f["rule"] for f in rec.get("findings", []) if severity is None or f["severity"] == severity}


def hit(rec: dict[str, Any], want: str) -> bool:
    """Whether a must entry was reported: ``want`` may list alternatives ("GS-01|GS-05"), and the
    label may ask for a substring of the finding's evidence or message (``evidence``)."""
    alternatives = set(want.split("|"))
    needle = (rec["label"].get("evidence") or {}).get(want)
    return any(f["rule"] in alternatives and (not needle or needle in f["evidence"] + f["message"])
               for f in rec.get("findings", []))


def report(records: list[dict[str, Any]]) -> None:
    n = len(records)
    crashed = [r for r in records if "crash" in r]
    refused = [r for r in records if r.get("error") and r["label"]["kind"] != "other"]
    checked = [r for r in records if "crash" not in r and not r.get("error")]
    print(f"files: {n}; crashed: {len(crashed)}; refused (not counting kind other): {len(refused)}; checked: {len(checked)}")
    for r in crashed:
        print(f"  CRASH   {r['label']['file']}: {r['crash']}")
    for r in refused:
        print(f"  REFUSED {r['label']['file']} ({r['label']['kind']}): {r['error']}")

    def share(pairs: list[bool | None]) -> str:
        vals = [p for p in pairs if p is not None]
        return f"{sum(vals)}/{len(vals)}"

    def kind_right(r: dict[str, Any]) -> bool:
        if r["label"]["kind"] == "other":  # a mislabelled document: refusing it, or flagging it, is right
            return bool(r.get("error")) or "EA-RPT-01" in rule_set(r)
        return r.get("kind") == r["label"]["kind"] and not r.get("error")

    kind_ok: list[bool | None] = [kind_right(r) for r in records]
    year_ok = [None if r["label"]["fiscal_year"] is None else (r.get("year") == r["label"]["fiscal_year"] and not r.get("error"))
               for r in records]
    sheet_year = [None if r["label"]["kind"] != "goal_sheet" else r.get("sheet_year") == r["label"]["fiscal_year"]
                  for r in records]
    name_ok = [name_right(r.get("project"), r["label"]["project_name"]) if not r.get("error")
               else (None if r["label"]["project_name"] is None else False) for r in records]
    # document.amount_wan is defined for goal sheets and reports; monitoring/self-evaluation carry facts instead.
    want_funds = [None if r["label"]["kind"] in {"monitoring_table", "self_evaluation"} else r["label"]["total_funds_wan"]
                  for r in records]
    funds_ok = [None if w is None else (r.get("funds") is not None and abs(r["funds"] - w) < 0.01)
                for r, w in zip(records, want_funds, strict=True)]
    print(f"kind right: {share(kind_ok)} (refused count as wrong, except for kind other)")
    print(f"year right (reported): {share(year_ok)}; goal sheets whose own year was read: {share(sheet_year)}")
    print(f"project name right: {share(name_ok)}; funds right: {share(funds_ok)}")
    guessed = [r for r in records if not r.get("error") and "crash" not in r and "sheet_year" in r
               and r["label"]["kind"] != "appraisal_report"  # a report's year comes from the report
               and r.get("sheet_year") is None and r.get("year") is not None]
    silent = [r for r in guessed if not any("年度" in n for n in r.get("notes", []))]
    print(f"sheets/tables whose year was not read but a year was reported: {len(guessed)} "
          f"(without a note saying so: {len(silent)}: {', '.join(r['label']['file'].split('/')[-1] for r in silent) or '-'})")
    gs = [r for r in records if r["label"]["kind"] == "goal_sheet" and r["label"]["indicator_rows"]]
    found = sum(r.get("sheet_rows", 0) or 0 for r in gs)
    labelled = sum(r["label"]["indicator_rows"] for r in gs)
    exact = sum(1 for r in gs if r.get("sheet_rows") == r["label"]["indicator_rows"])
    print(f"indicator rows (goal sheets): found {found} vs labelled {labelled}; exact on {exact}/{len(gs)} sheets")

    # per-rule recall / precision (a finding of any severity counts as reported)
    tp: dict[str, int] = defaultdict(int)
    fn: dict[str, list[str]] = defaultdict(list)
    fp: dict[str, list[str]] = defaultdict(list)
    fp_err: dict[str, int] = defaultdict(int)
    for r in records:
        lab, fired = r["label"], rule_set(r)
        for rule in fired & set(lab["must_not"]) & rule_set(r, "error"):
            fp_err[rule] += 1
        for rule in lab["must"]:
            if hit(r, rule):
                tp[rule] += 1
            else:
                fn[rule].append(lab["file"])
        for rule in fired & set(lab["must_not"]):
            fp[rule].append(lab["file"])
    rules = sorted(set(tp) | set(fn) | set(fp))
    print("\nper-rule        recall   precision  false-at-error  (misses / false alarms, any severity)")
    total_tp = total_fn = total_fp = 0
    for rule in rules:
        t, f_n, f_p = tp[rule], len(fn[rule]), len(fp[rule])
        total_tp, total_fn, total_fp = total_tp + t, total_fn + f_n, total_fp + f_p
        rec_s = f"{t}/{t + f_n}" if t + f_n else "-"
        pre_s = f"{t}/{t + f_p}" if t + f_p else "-"
        miss = ",".join(x.split("/")[-1].split("_")[0] for x in fn[rule])
        fals = ",".join(x.split("/")[-1].split("_")[0] for x in fp[rule])
        print(f"  {rule:<14} {rec_s:<8} {pre_s:<10} {fp_err[rule]:<15} miss[{miss}] false[{fals}]")
    all_must = total_tp + total_fn
    print(f"overall recall {total_tp}/{all_must} = {total_tp / all_must:.2f}; "
          f"precision on labelled rules {total_tp}/{total_tp + total_fp} = {total_tp / max(total_tp + total_fp, 1):.2f}")

    errors = [(r, f) for r in records for f in r.get("findings", []) if f["severity"] == "error"]
    bad = [(r, f) for r, f in errors if f["rule"] in set(r["label"]["must_not"]) | set(r["label"].get("no_error", []))]
    print(f"\nerror-level findings: {len(errors)}; on must_not/no_error rules (false alarms): {len(bad)}")
    for r, f in bad:
        print(f"  {r['label']['file'].split('/')[-1]} {f['rule']}: {f['message'][:110]}")

    print("\nper layout: file | kind | year | name | funds | rows found/labelled | missed | false alarms")
    for r in records:
        lab = r["label"]
        short = lab["file"].split("/")[-1]
        if "crash" in r or r.get("error"):
            print(f"  {short:<34} {'CRASH' if 'crash' in r else 'REFUSED'}")
            continue
        fired = rule_set(r)
        missed = [x for x in lab["must"] if not hit(r, x)]
        falses = sorted(fired & set(lab["must_not"]))
        rows = f"{r.get('sheet_rows', '-')}/{lab['indicator_rows'] if lab['indicator_rows'] is not None else '-'}"
        print(f"  {short:<34} {r.get('kind')!s:<16} {r.get('year')!s:<5} "
              f"{'ok' if name_right(r.get('project'), lab['project_name']) else repr(r.get('project'))[:28]:<28} "
              f"{r.get('funds')!s:<9} {rows:<6} {','.join(missed) or '-':<16} {','.join(falses) or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=HERE / "labels.yaml")
    parser.add_argument("--json", type=Path, default=None, help="write per-file results here")
    parser.add_argument("--from-json", type=Path, default=None,
                        help="re-score results saved by --json against the current labels (no engine run)")
    args = parser.parse_args()
    labels = yaml.safe_load(args.labels.read_text(encoding="utf-8"))
    if args.from_json:
        saved = {r["label"]["file"]: r for r in json.loads(args.from_json.read_text(encoding="utf-8"))}
        records = [{**saved[lab["file"]], "label": lab} for lab in labels if lab["file"] in saved]
    else:
        records = run(labels)
    report(records)
    if args.json:
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
