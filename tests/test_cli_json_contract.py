"""``check --format json`` over every sample in one batch, against ../shared/spec/interfaces.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review_assistant.cli import main
from review_assistant.parsing import parse_file
from review_assistant.settings import LimitSettings

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"
SEVERITIES = ["error", "warning", "info"]
FINDING_KEYS = ["id", "rule_id", "dimension", "severity", "message", "evidence", "location", "policy_refs",
                "suggestion", "source", "confidence"]


def test_every_sample_in_one_batch_keeps_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(p for p in (SAMPLES / "goal_sheets").iterdir() if p.suffix in {".docx", ".xlsx", ".pdf"})
    files += sorted(p for p in (SAMPLES / "reports").iterdir() if p.suffix in {".docx", ".xlsx", ".pdf"})
    with pytest.raises(SystemExit) as exc:
        main(["check", *map(str, files), "--format", "json", "--no-llm", "--home", str(tmp_path)])
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert [d["document"]["path"] for d in data] == [str(f) for f in files]  # argument order
    refused = [d for d in data if "error" in d]
    assert exc.value.code == (2 if refused else 0)
    assert len(err.strip().splitlines()) == len(refused)  # one stderr line per refused file
    for d in data:
        assert d["schema"] == "review_assistant.check/1"
        assert list(d["document"])[:6] == ["path", "sha256", "kind", "fiscal_year", "title", "pages"]
        if "error" in d:
            assert Path(d["document"]["path"]).name in d["error"]
            continue
        assert d["document"]["kind"] in {"goal_sheet", "appraisal_report"}
        doc = parse_file(Path(d["document"]["path"]), LimitSettings(sandbox=False))
        findings = d["findings"]
        assert len({f["id"] for f in findings}) == len(findings), d["document"]["path"]
        severities = [f["severity"] for f in findings]
        assert severities == sorted(severities, key=SEVERITIES.index), d["document"]["path"]
        s = d["summary"]
        assert (s["errors"], s["warnings"], s["infos"]) == tuple(severities.count(x) for x in SEVERITIES)
        for f in findings:
            assert list(f)[:len(FINDING_KEYS)] == FINDING_KEYS
            assert f["source"] in {"rule", "llm"} and set(f["location"]) >= {"page", "section", "table", "row",
                                                                              "paragraph"}
            assert all(set(r) >= {"document", "article", "chunk_id"} for r in f["policy_refs"])
            assert not f["evidence"] or doc.contains(f["evidence"]), (d["document"]["path"], f["rule_id"],
                                                                      f["evidence"])
