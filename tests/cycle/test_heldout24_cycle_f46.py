"""The heldout24 cycle classes of fixer46 (samples ``cycle/*_fixer46.*``, LAYOUTS_CYCLE.md): a letter-spaced 自评表 is a
self-evaluation (columns 全年实际完成值, 分值 after 三级指标), a 1—8月 monitoring workbook names its project and period
in rows above the tables, and a row leaving forecast, 可能性, cause and measure empty is a MON-03 error."""

from __future__ import annotations

from pathlib import Path

from review_assistant.extract.classify import classify
from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.extract.self_evaluation import extract_self_evaluation
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

CYCLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"


def _findings(settings: Settings, name: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message)
            for f in check_paths([CYCLE / name], settings, CheckOptions())[0].findings]


def test_spaced_self_evaluation_is_read_as_one() -> None:
    for name in ("se_spaced_title_fixer46.docx", "se_spaced_unexplained_fixer46.pdf"):
        doc = parse_file(CYCLE / name)
        assert classify(doc) == "self_evaluation", name
        se = extract_self_evaluation(doc)
        assert se.fiscal_year == 2025, name
        assert len(se.indicators) == 8, name
        assert se.budget is not None and se.budget.value == 48, name  # 480,000.00 元 (the wrapped PDF cell too)


def test_spaced_self_evaluation_rules(settings: Settings) -> None:
    assert not [f for f in _findings(settings, "se_spaced_title_fixer46.docx") if f[0].startswith(("EV", "GS"))]
    got = _findings(settings, "se_spaced_unexplained_fixer46.pdf")
    assert not [f for f in got if f[0].startswith("GS") or (f[1] == "error" and f[0] != "EV-05")]
    # fixer49: an unmet target explained nowhere (row "无", 存在问题/改进措施 "无") is a certain EV-05 error.
    assert any(r == "EV-05" and s == "error" and "举办非遗展演场次" in m for r, s, m in got)


def test_head_lines_above_the_tables() -> None:
    mt = extract_monitoring(parse_file(CYCLE / "mon_head_lines_fixer46.xlsx"))
    assert mt.fields["project_name"].value == "示例市2026年农村客运班线运营补助项目"
    assert mt.fiscal_year == 2026 and mt.month == 8


def test_bare_row_is_an_error(settings: Settings) -> None:
    assert not [f for f in _findings(settings, "mon_head_lines_fixer46.xlsx") if f[0].startswith("MON")]
    got = [f for f in _findings(settings, "mon_bare_row_fixer46.docx") if f[0].startswith("MON")]
    assert [(r, s) for r, s, _ in got] == [("MON-03", "error")]
    assert "更新农村客运车辆台数" in got[0][2] and "完成目标可能性" in got[0][2]
