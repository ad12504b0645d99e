"""The heldout18 monitoring class (samples cycle/mon_*_f37, LAYOUTS.md L100): a target adjusted in the table's
"调整后指标值 | 调整原因" columns or in an attached 绩效目标调整申请表 is what the full-year forecast is checked against,
and the result says so; an adjusted target still above the forecast, with nothing explained, is still reported."""

from __future__ import annotations

from pathlib import Path

from review_assistant.extract.monitoring import extract_monitoring
from review_assistant.parsing import parse_file
from review_assistant.review.pipeline import CheckOptions, check_paths
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "cycle"


def test_the_adjusted_column_is_the_target(settings: Settings) -> None:
    mt = extract_monitoring(parse_file(SAMPLES / "mon_adjusted_column_f37.xlsx"))
    point = next(i for i in mt.indicators if i.level3 == "水质监测断面")
    assert (point.adjusted_text, point.adjust_reason) == ("≥130个", "断面合并后原断面减少20个")
    assert all(not i.adjusted_text for i in mt.indicators if i is not point)  # "—" is no adjustment
    result = check_paths([SAMPLES / "mon_adjusted_column_f37.xlsx"], settings, CheckOptions())[0]
    assert [f for f in result.findings if f.rule_id.startswith("MON-")] == []
    assert any("调整为≥130个" in n and "按调整后指标值核对" in n for n in result.notes)


def test_the_attached_request_adjusts_the_target(settings: Settings) -> None:
    mt = extract_monitoring(parse_file(SAMPLES / "mon_adjust_request_f37.docx"))
    houses = next(i for i in mt.indicators if i.level3 == "农村危房改造户数")
    assert houses.adjusted_text == "≥170户" and houses.adjust_source == "所附绩效目标调整申请表"
    result = check_paths([SAMPLES / "mon_adjust_request_f37.docx"], settings, CheckOptions())[0]
    assert [f for f in result.findings if f.rule_id == "MON-03"] == []


def test_still_short_of_the_adjusted_target(settings: Settings) -> None:
    result = check_paths([SAMPLES / "mon_adjusted_still_short_f37.pdf"], settings, CheckOptions())[0]
    mon03 = [f for f in result.findings if f.rule_id == "MON-03"]
    assert mon03 and "达不到调整后指标值≥140个" in mon03[0].message
