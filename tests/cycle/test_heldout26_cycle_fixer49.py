"""The heldout26 cycle classes of fixer49 (samples ``cycle/*_fixer49.*``, LAYOUTS_CYCLE.md L123/L124): a monitoring
form whose funds row states 完成进度(%) (checked as the execution rate) and whose indicators carry 是否偏离, and a 权重
self-evaluation whose unmet targets are explained nowhere."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

CYCLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"


def _findings(settings: Settings, name: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.message)
            for f in check_paths([CYCLE / name], settings, CheckOptions())[0].findings]


def test_progress_column_is_the_stated_rate() -> None:
    mt = extract_monitoring(parse_file(CYCLE / "mon_progress_clean_fixer49.xlsx"))
    assert mt.rate is not None and mt.rate.value == Decimal("40.00")
    assert mt.month == 6
    assert len(mt.indicators) == 6  # the 总体情况说明 row under the table is no indicator
    marked = {i.level3: i.deviated for i in mt.indicators}
    assert marked["修补路面坑槽面积"] == "是" and marked["日常养护农村公路里程"] == "否"


def test_monitoring_findings(settings: Settings) -> None:
    assert not [f for f in _findings(settings, "mon_progress_clean_fixer49.xlsx") if f[0].startswith("MON")]
    wrong = [f for f in _findings(settings, "mon_progress_rate_wrong_fixer49.pdf") if f[0] == "MON-02"]
    assert [f[1] for f in wrong] == ["error"] and "60.00" in wrong[0][2] and "40%" in wrong[0][2]
    blank = [f for f in _findings(settings, "mon_deviated_blank_fixer49.docx") if f[0] == "MON-03"]
    assert [f[1] for f in blank] == ["error"]
    assert "修补路面坑槽面积" in blank[0][2] and "是否偏离" in blank[0][2]


def test_unexplained_gaps_are_an_error_only_when_explained_nowhere(settings: Settings) -> None:
    explained = _findings(settings, "se_weight_explained_fixer49.xlsx")
    assert not [f for f in explained if f[0].startswith("EV")], explained
    got = _findings(settings, "se_weight_unexplained_fixer49.docx")
    rows = [f for f in got if f[0] == "EV-05" and f[1] == "error"]
    assert {("新建改造供水管网长度" in m) or ("受益农村人口" in m) for _, _, m in rows} == {True} and len(rows) == 2
    assert not [f for f in got if f[1] == "error" and f[0] != "EV-05"], got
