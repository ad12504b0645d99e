"""Read every sample back (python-docx / openpyxl / pdfplumber) and compare it with ``labels.yaml``.

Usage: ``python corpus/samples/check_samples.py [--regen]``. With ``--regen`` the samples are also
rebuilt into a temporary folder and compared byte for byte with the committed files.
Exits non-zero on the first class of problems found; prints one line per file otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTICES = ("示例材料：本表为虚构示例，仅用于测试。", "示例材料：本文为虚构示例，仅用于测试。")

Rows = list[list[str]]


def _clean(text: str | None) -> str:
    return "".join((text or "").split())


def read_docx(path: Path) -> tuple[str, list[Rows]]:
    from docx import Document

    doc = Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
    # Text python-docx's paragraphs and tables do not reach (page headers, tables nested in cells, text boxes):
    # every w:t of the body and the header/footer parts, for the "is it in the file" checks.
    stories = [doc.element.body] + [s.header._element for s in doc.sections if not s.header.is_linked_to_previous]
    text += "\n" + "\n".join("".join(t.text or "" for t in el.iter(f"{{{W_NS}}}t")) for el in stories)
    return text, tables


def read_xlsx(path: Path) -> tuple[str, list[Rows]]:
    from openpyxl import load_workbook

    wb = load_workbook(str(path))
    ws = wb.active
    assert ws is not None
    rows = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    text = "\n".join(r[0] for r in rows if r and r[0])
    tables: list[Rows] = []
    current: Rows = []
    for row in rows:  # blank rows separate the stacked tables
        if any(row):
            current.append(row)
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return text, tables


def read_pdf(path: Path) -> tuple[str, list[Rows]]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        tables = [[[c or "" for c in row] for row in t] for page in pdf.pages for t in page.extract_tables()]
    return text, tables


READERS = {".docx": read_docx, ".xlsx": read_xlsx, ".pdf": read_pdf}


def indicator_tables(tables: list[Rows]) -> list[Rows]:
    """Tables (or stacked xlsx blocks) whose header row has 三级指标: data rows after that header."""
    out: list[Rows] = []
    previous_was_indicator = False
    width = col = 0
    for rows in tables:
        header = next((i for i, row in enumerate(rows) if any(_clean(c) == "三级指标" for c in row)), None)
        if header is None:
            # A headerless table right after an indicator table with the same width continues it
            # (a PDF table broken across pages).
            if previous_was_indicator and rows and len(rows[0]) == width:
                out[-1].extend(r for r in rows if _clean(r[col]))
            else:
                previous_was_indicator = False
            continue
        width = len(rows[header])
        col = next(j for j, c in enumerate(rows[header]) if _clean(c) == "三级指标")
        body = [r for r in rows[header + 1 :] if col < len(r) and _clean(r[col])]
        # xlsx blocks may include the sign-off line; keep rows that fill the name column only
        out.append([r for r in body if not _clean(r[0]).startswith("填报人")])
        previous_was_indicator = True
    return out


def check(label: dict[str, Any], root: Path) -> list[str]:
    path = root / label["file"]
    problems: list[str] = []
    if path.stat().st_size >= 100_000:
        problems.append(f"file too large ({path.stat().st_size} bytes)")
    text, tables = READERS[path.suffix](path)
    everything = _clean(text + "".join(c for t in tables for r in t for c in r))
    if not any(_clean(n) in everything for n in NOTICES):
        problems.append("sample notice missing")
    expect = label.get("expect", {})
    ind_tables = indicator_tables(tables)
    if label["kind"] == "other":
        if ind_tables:
            problems.append("non-goal-sheet document has an indicator table")
        if _clean(expect.get("title", "")) not in everything:
            problems.append("title missing")
        return problems
    if str(expect.get("layout", "")).startswith("L"):
        # Real-world layouts (LAYOUTS.md) have no fixed 三级指标 column; their extraction is tested in
        # tests/goal_sheet/test_real_layouts.py. Here: the name and a total are in the file.
        if _clean(expect["project_name"]) not in everything:
            problems.append(f"project_name {expect['project_name']!r} not found")
        return problems
    for key in ("project_name", "department"):
        if _clean(expect[key]) not in everything:
            problems.append(f"{key} {expect[key]!r} not found")
    if not ind_tables:
        return [*problems, "no indicator table found"]
    annual = ind_tables[-1]
    if len(annual) != expect["indicator_count"]:
        problems.append(f"annual indicator rows {len(annual)} != {expect['indicator_count']}")
    long_term = expect.get("long_term_indicator_count")
    if long_term is not None and (len(ind_tables) < 2 or len(ind_tables[0]) != long_term):
        problems.append("long-term indicator table missing or wrong size")
    for quote in expect.get("evidence", []):
        if _clean(quote) not in everything:
            problems.append(f"evidence {quote!r} not found")
    total = expect["total_funds_wan"]
    total_forms = {
        f"{total:.2f}",
        f"{total * 10000:,.2f}元",
        repr(total),
        repr(total * 10000),
        str(int(total)),
    }
    total_forms |= {str(int(total * 10000))}
    if not any(_clean(f) in everything for f in total_forms):
        problems.append(f"total funds {total} not found")
    return problems


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="核对示例申报表能否被读回、与 labels.yaml 一致。")
    parser.add_argument("--labels", type=Path, default=HERE / "labels.yaml")
    parser.add_argument("--regen", action="store_true", help="重新生成到临时目录并逐字节比较")
    args = parser.parse_args(argv)
    labels = yaml.safe_load(args.labels.read_text(encoding="utf-8"))
    root = args.labels.parent
    failed = 0
    for label in labels:
        problems = check(label, root)
        status = "OK " if not problems else "BAD"
        failed += bool(problems)
        print(f"{status} {label['file']}: {'; '.join(problems) or label['note']}")
    if args.regen:
        sys.path.insert(0, str(HERE))
        from make_goal_sheets import build_samples

        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "goal_sheets"
            for new in build_samples(out, Path(tmp) / "labels.yaml"):
                old = root / "goal_sheets" / new.name
                if not old.exists() or _digest(old) != _digest(new):
                    failed += 1
                    print(f"BAD {new.name}: regenerated file differs")
            if (Path(tmp) / "labels.yaml").read_bytes() != args.labels.read_bytes():
                failed += 1
                print("BAD labels.yaml: regenerated labels differ")
    print("FAILED" if failed else f"all {len(labels)} files OK")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
