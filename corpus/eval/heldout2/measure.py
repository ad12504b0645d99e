"""Measure the engine on the blind held-out set heldout2 (labels.jsonl), through the CLI only.

Each file is checked alone with ``review-assistant check FILE --format json --no-llm`` in a fresh data
home; only the JSON the CLI prints is used. Prints: refused documents, recall of the labelled defects
(``must``), error-level findings on ``must_not`` rules, field accuracy (project name, year, total funds,
indicator rows), per-kind/format and per-layout lines, and the list of misses.

    cd /work/wt/heldout2 && PYTHONPATH=$PWD/src /work/main/.venv/bin/python corpus/eval/heldout2/measure.py
    ... measure.py --json out.json        # also keep the raw results
    ... measure.py --from-json out.json   # re-score saved results (no engine run)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def cli() -> list[str]:
    exe = shutil.which("review-assistant") or str(Path(sys.executable).with_name("review-assistant"))
    return [exe]


def run_one(path: Path, home: str) -> dict[str, Any]:
    cmd = [*cli(), "check", str(path), "--format", "json", "--no-llm", "--home", home]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=os.environ.copy())
    except subprocess.TimeoutExpired:
        return {"exit": None, "stderr": "timeout after 120 s", "docs": []}
    docs: list[dict[str, Any]] = []
    if proc.stdout.strip():
        try:
            data = json.loads(proc.stdout)
            docs = data if isinstance(data, list) else [data]
        except json.JSONDecodeError:
            pass
    return {"exit": proc.returncode, "stderr": proc.stderr.strip()[-500:], "docs": docs}


def norm(text: str | None) -> str:
    """Compare names without spaces, punctuation and a trailing 项目 (“X项目” is the same project as “X”)."""
    return re.sub(r"项目$", "", re.sub(r"[\s（）()“”\"'：:、，,。《》]", "", text or ""))


def findings(rec: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for d in rec["out"]["docs"] for f in d.get("findings", [])]


def refused(rec: dict[str, Any]) -> str | None:
    out = rec["out"]
    docs = [d for d in out["docs"] if not d.get("error")]
    if out["exit"] not in (0,) or not docs:
        errs = [str(d.get("error")) for d in out["docs"] if d.get("error")]
        return "; ".join(errs) or out["stderr"] or f"exit {out['exit']}"
    return None


def hit(rec: dict[str, Any], want: str) -> bool:
    """A must entry is found when any alternative rule ("GS-04|GS-13") fired at any severity; the label's
    ``evidence`` may require a substring of the finding's evidence or message."""
    alts = set(want.split("|"))
    needle = rec["label"].get("evidence", {}).get(want)
    return any(f["rule_id"] in alts and (not needle or needle in (f.get("evidence") or "") + f["message"])
               for f in findings(rec))


def fields(rec: dict[str, Any]) -> dict[str, Any]:
    docs = [d for d in rec["out"]["docs"] if not d.get("error")]
    names = [d["document"].get("project_name") for d in docs]
    years = [d["document"].get("fiscal_year") for d in docs]
    amount = docs[0]["document"].get("amount_wan") if docs else None
    rows = None
    for d in docs:
        ind = ((d.get("meta") or {}).get("facts") or {}).get("indicators")
        if isinstance(ind, list):
            rows = (rows or 0) + len(ind)
    kinds = [d["document"].get("kind") for d in docs]
    return {"names": names, "years": years, "amount": amount, "rows": rows, "kinds": kinds}


def score(records: list[dict[str, Any]]) -> None:
    n = len(records)
    ref = [(r, why) for r in records if (why := refused(r))]
    print(f"文件 {n} 个；拒收/未识别 {len(ref)} 个")
    for r, why in ref:
        print(f"  拒收 {r['label']['file']}：{why[:160]}")

    # recall
    tp: dict[str, int] = defaultdict(int)
    miss: dict[str, list[str]] = defaultdict(list)
    for r in records:
        for want in r["label"]["must"]:
            if hit(r, want):
                tp[want] += 1
            else:
                miss[want].append(Path(r["label"]["file"]).name)
    total_must = sum(len(r["label"]["must"]) for r in records)
    found = sum(tp.values())
    print(f"\n召回（must 规则被报出，任何级别）：{found}/{total_must} = {found / max(total_must, 1):.2f}")
    for want in sorted(set(tp) | set(miss)):
        print(f"  {want:<22} {tp[want]}/{tp[want] + len(miss[want])}  漏报：{', '.join(miss[want]) or '-'}")

    # error-level false alarms on must_not rules
    bad = [(r, f) for r in records for f in findings(r)
           if f["severity"] == "error" and f["rule_id"] in set(r["label"]["must_not"])]
    errors = sum(1 for r in records for f in findings(r) if f["severity"] == "error")
    clean = [r for r in records if not r["label"]["must"]]
    clean_err = [r for r in clean if any(f["severity"] == "error" for f in findings(r))]
    print(f"\nerror 级发现共 {errors} 条；落在 must_not 规则上的（误报）{len(bad)} 条；"
          f"干净样本 {len(clean)} 个中有 error 的 {len(clean_err)} 个")
    for r, f in bad:
        print(f"  误报 {Path(r['label']['file']).name} {f['rule_id']}：{f['message'][:100]}")
    warns = sum(1 for r in clean for f in findings(r) if f["severity"] == "warning")
    print(f"干净样本上的 warning 共 {warns} 条（不计分，供参考）")

    # fields
    def share(vals: list[bool | None]) -> str:
        v = [x for x in vals if x is not None]
        return f"{sum(v)}/{len(v)}"

    name_ok: list[bool | None] = []
    year_ok: list[bool | None] = []
    total_ok: list[bool | None] = []
    rows_ok: list[bool | None] = []
    kind_ok: list[bool | None] = []
    for r in records:
        lab, fx = r["label"], fields(r)
        r["fields"] = fx
        is_ref = refused(r) is not None
        want = lab["project_name"]
        wants = {norm(w) for w in (want if isinstance(want, list) else [want])} if want else set()
        name_ok.append(None if not want else (not is_ref and any(norm(x) in wants for x in fx["names"] if x)))
        said = any("未能确定预算年度" in n or "无法确定预算年度" in n for d in r["out"]["docs"] for n in d.get("notes", []))
        year_ok.append(not is_ref and bool(fx["years"]) and (
            all(y == lab["fiscal_year"] for y in fx["years"]) or (lab["fiscal_year"] is None and said)))
        total_ok.append(None if lab["total_funds_wan"] is None else
                        (fx["amount"] is not None and abs(fx["amount"] - lab["total_funds_wan"]) < 0.01))
        rows_ok.append(None if lab["indicator_rows"] is None or lab["kind"] != "goal_sheet"
                       else fx["rows"] in {lab["indicator_rows"], lab["indicator_rows"] + lab.get("indicator_rows_long", 0)})
        kind_ok.append(not is_ref and all(k == lab["kind"] for k in fx["kinds"]))
        r["ok"] = {"name": name_ok[-1], "year": year_ok[-1], "total": total_ok[-1], "rows": rows_ok[-1],
                   "kind": kind_ok[-1]}
    gs = [r for r in records if r["label"]["kind"] == "goal_sheet" and r["label"]["indicator_rows"] is not None]
    print(f"\n字段：类型 {share(kind_ok)}；项目名称 {share(name_ok)}；预算年度（含“无年度”应为 null）{share(year_ok)}；"
          f"资金总额 {share(total_ok)}；指标行数（申报表）{share(rows_ok)}"
          f"（读到 {sum(r['fields']['rows'] or 0 for r in gs)} 行 / 标注 {sum(r['label']['indicator_rows'] for r in gs)} 行）")

    # per kind × format
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        groups[f"{r['label']['kind']}/{Path(r['label']['file']).suffix[1:]}"].append(r)
        groups[r["label"]["kind"]].append(r)
    print("\n分类型（及类型×格式）：组 | 文件 | 拒收 | 召回 | must_not 误报(error) | 名称 | 年度 | 资金 | 指标行")
    for key in sorted(groups):
        rs = groups[key]
        m = sum(len(r["label"]["must"]) for r in rs)
        h = sum(1 for r in rs for w in r["label"]["must"] if hit(r, w))
        fa = sum(1 for r in rs for f in findings(r)
                 if f["severity"] == "error" and f["rule_id"] in set(r["label"]["must_not"]))
        print(f"  {key:<24} {len(rs):>3} {sum(1 for r in rs if refused(r)):>4} {h:>3}/{m:<3} {fa:>6}   "
              f"{share([r['ok']['name'] for r in rs]):>5} {share([r['ok']['year'] for r in rs]):>5} "
              f"{share([r['ok']['total'] for r in rs]):>5} {share([r['ok']['rows'] for r in rs]):>5}")

    by_layout: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        by_layout[r["label"].get("layout_class", "-")].append(r)
    print("\n分版式：版式 | 文件 | 拒收 | 召回 | must_not 误报(error) | 名称 | 年度 | 资金 | 指标行")
    for key in sorted(by_layout):
        rs = by_layout[key]
        m = sum(len(r["label"]["must"]) for r in rs)
        h = sum(1 for r in rs for w in r["label"]["must"] if hit(r, w))
        fa = sum(1 for r in rs for f in findings(r)
                 if f["severity"] == "error" and f["rule_id"] in set(r["label"]["must_not"]))
        print(f"  {key:<22} {len(rs):>3} {sum(1 for r in rs if refused(r)):>4} {h:>3}/{m:<3} {fa:>6}   "
              f"{share([r['ok']['name'] for r in rs]):>5} {share([r['ok']['year'] for r in rs]):>5} "
              f"{share([r['ok']['total'] for r in rs]):>5} {share([r['ok']['rows'] for r in rs]):>5}")

    print("\n逐个文件：文件 | 版式 | 类型 | 年度 | 资金 | 指标行 读到/标注 | 漏报 | error 误报")
    for r in records:
        lab, fx = r["label"], r["fields"]
        name = Path(lab["file"]).name
        if refused(r):
            print(f"  {name:<40} 拒收")
            continue
        missed = [w for w in lab["must"] if not hit(r, w)]
        false_rules = sorted({f["rule_id"] for f in findings(r)
                              if f["severity"] == "error" and f["rule_id"] in set(lab["must_not"])})
        print(f"  {name:<40} {','.join(k or '-' for k in fx['kinds']):<16} "
              f"{'/'.join(str(y) for y in fx['years']):<6} {fx['amount']!s:<8} "
              f"{fx['rows']!s}/{lab['indicator_rows']!s:<5} {','.join(missed) or '-':<14} {','.join(false_rules) or '-'}"
              f"{'' if r['ok']['name'] in (True, None) else '  名称=' + repr(fx['names'])[:40]}")

    print("\n字段错误明细（文件 | 字段：标注 → 读到）")
    for r in records:
        lab, fx, ok = r["label"], r["fields"], r["ok"]
        wrong = []
        if ok["name"] is False:
            wrong.append(f"名称：{lab['project_name']} → {fx['names']}")
        if ok["year"] is False:
            wrong.append(f"年度：{lab['fiscal_year']} → {fx['years']}")
        if ok["total"] is False:
            wrong.append(f"资金：{lab['total_funds_wan']} → {fx['amount']}")
        if ok["rows"] is False:
            wrong.append(f"指标行：{lab['indicator_rows']}（长期 {lab.get('indicator_rows_long', 0)}）→ {fx['rows']}")
        if ok["kind"] is False:
            wrong.append(f"类型：{lab['kind']} → {fx['kinds'] or '拒收'}")
        if wrong:
            print(f"  {Path(lab['file']).name} | {'；'.join(wrong)}")

    print("\n漏报明细（文件 | 应报 | 实际报出的规则与级别）")
    for r in records:
        missed = [w for w in r["label"]["must"] if not hit(r, w)]
        if missed:
            got = sorted({f"{f['rule_id']}:{f['severity'][0]}" for f in findings(r)})
            print(f"  {Path(r['label']['file']).name} | {','.join(missed)}（{r['label']['defect'][:40]}）| "
                  f"{' '.join(got) or '无发现'}{' | 拒收' if refused(r) else ''}")


def main(set_dir: Path = HERE) -> None:
    """Score the set in `set_dir` (its labels.jsonl and files/); heldout3/measure.py calls this with its folder."""
    ap = argparse.ArgumentParser(description=f"{set_dir.name}：盲测集评测（只用命令行 JSON 输出）")
    ap.add_argument("--labels", type=Path, default=set_dir / "labels.jsonl")
    ap.add_argument("--json", type=Path, default=None, help="保存逐个文件的原始结果")
    ap.add_argument("--from-json", type=Path, default=None, help="用保存的结果重新计分，不运行引擎")
    args = ap.parse_args()
    labels = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.from_json:
        saved = {r["label"]["file"]: r for r in json.loads(args.from_json.read_text(encoding="utf-8"))}
        records = [{"label": lab, "out": saved[lab["file"]]["out"]} for lab in labels if lab["file"] in saved]
    else:
        records = []
        with tempfile.TemporaryDirectory(prefix=f"ra-{set_dir.name}-") as home:
            for lab in labels:
                records.append({"label": lab, "out": run_one(set_dir / lab["file"], home)})
    score(records)
    if args.json:
        args.json.write_text(json.dumps([{"label": r["label"], "out": r["out"]} for r in records],
                                        ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
