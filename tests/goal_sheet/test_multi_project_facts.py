"""A system export holding three projects in one table (rl48): every project's indicators reach the check JSON,
the checks run per project, and the disclosure publishes each project on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from review_assistant.cli import main
from review_assistant.review import users
from review_assistant.service import ReviewService
from review_assistant.settings import Settings

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets" / "rl48_three_projects_export.xlsx"
NAMES = ["乡村公益性岗位补贴", "农村饮水设施维修养护", "乡村文化活动补助"]


def _check_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    with pytest.raises(SystemExit) as exc:
        main(["check", str(SAMPLE), "--format", "json", "--no-llm", "--home", str(tmp_path)])
    assert exc.value.code == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return data


def test_each_project_carries_its_own_funds_goal_and_indicators(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    data = _check_json(tmp_path, capsys)
    facts = data["meta"]["facts"]
    projects = facts["projects"]
    assert [p["project_name"] for p in projects] == NAMES
    assert [p["label"] for p in projects] == [f"第{i}个项目：{n}" for i, n in enumerate(NAMES, start=1)]
    assert [p["total_wan"] for p in projects] == [54.0, 36.0, 22.8]  # 元 in the export
    assert [len(p["indicators"]) for p in projects] == [6, 6, 5]
    assert projects[1]["annual_goal"].startswith("完成全乡14处集中供水点")
    assert ["产出指标", "数量指标", "维修养护供水点", "≥14处"] in projects[1]["indicators"]
    assert ["产出指标", "数量指标", "维修养护供水点", "≥14处"] not in projects[0]["indicators"]
    # The file's indicators are all projects' rows; the document names the first project, as before.
    assert facts["indicators"] == [row for p in projects for row in p["indicators"]]
    assert data["document"]["project_name"] == NAMES[0] and data["document"]["amount_wan"] == 54.0


def test_checks_run_per_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _check_json(tmp_path, capsys)
    missing = [f["message"] for f in data["findings"] if f["rule_id"] == "GS-04"]
    assert missing == ["【第3个项目：乡村文化活动补助】绩效指标中缺少满意度指标。"]
    assert not [f for f in data["findings"] if f["severity"] == "error"]


def test_the_disclosure_lists_every_project_with_its_own_indicators(settings: Settings, tmp_path: Path) -> None:
    service = ReviewService(settings)
    reviewer = users.add_user(service.store, "reviewer1", "password-123", "reviewer")
    service.check_files(reviewer, [SAMPLE], use_llm=False)
    _, xlsx_path = service.cycle.disclose(reviewer, tmp_path / "公开")
    wb = load_workbook(xlsx_path)
    goals = [row for row in wb["绩效目标"].iter_rows(values_only=True) if row[1] in NAMES]
    assert [row[1] for row in goals] == NAMES
    indicators = [row for row in wb["绩效指标"].iter_rows(values_only=True)]
    assert ("乡村文化活动补助", "组织文艺演出和培训") in {(row[1], row[5]) for row in indicators}
    assert ("乡村公益性岗位补贴", "组织文艺演出和培训") not in {(row[1], row[5]) for row in indicators}
