"""The 项目 tab: handlers over the service, and the exports through the running app's API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import load_workbook

from review_assistant.review import users
from review_assistant.service import ReviewService
from review_assistant.settings import Settings

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"
PROJECT = sorted((SAMPLES / "cycle" / "project").iterdir())


@pytest.fixture
def service(settings: Settings) -> ReviewService:
    return ReviewService(settings)


@pytest.fixture
def reviewer(service: ReviewService) -> users.User:
    user = users.add_user(service.store, "reviewer1", "password-123", "reviewer")
    service.check_files(user, PROJECT, use_llm=False)
    return user


def test_project_tab_handlers(service: ReviewService, reviewer: users.User) -> None:
    from review_assistant.ui import projects as ui

    rows, choices = ui.project_rows(service, reviewer)
    assert len(rows) == 2 and len(choices) == 2
    label = next(c for c in choices if "充电" in c)
    view = ui.project_view(service, reviewer, ui.key_of(label))
    assert view.timeline[0][:2] == [2024, "绩效目标申报表"] and len(view.timeline) == 6
    assert "EV-07" in view.findings_html and "MON-05" in view.findings_html and "GS-14" in view.findings_html
    assert "<script" not in view.findings_html
    msg = ui.rect_action(service, reviewer, ui.key_of(label), "add", requirement="<b>补充</b>调查", due="2027-03-31")
    assert msg == "已登记整改事项 1。"
    view = ui.project_view(service, reviewer, ui.key_of(label))
    assert view.rectifications[0][1] == "<b>补充</b>调查" and view.rectifications[0][3] == "待整改"
    assert ui.rect_action(service, reviewer, ui.key_of(label), "report", rect_id=1, response="已补充") \
        == "已登记整改事项 1 的整改情况。"
    assert ui.rect_action(service, reviewer, ui.key_of(label), "close", rect_id=1.0) == "整改事项 1 已销号。"
    events = ui.project_view(service, reviewer, ui.key_of(label)).events_html
    assert events.count("<li>") == 3 and "整改销号" in events and "&lt;b&gt;补充&lt;/b&gt;" in events
    xlsx = ui.export_results(service, reviewer, None)
    assert load_workbook(xlsx).active.title == "结果应用"  # type: ignore[union-attr]
    docx, sheet = ui.export_disclosure(service, reviewer, 2025)
    text = "\n".join(p.text for p in Document(docx).paragraphs)
    assert "2025年度" in text and "2024年度" not in text
    assert Path(sheet).suffix == ".xlsx"


def test_project_tab_refuses_units(service: ReviewService, reviewer: users.User) -> None:
    from review_assistant.errors import PermissionDenied
    from review_assistant.ui import projects as ui

    unit = users.add_user(service.store, "unit_x", "password-123", "unit", "云溪区能源服务中心")
    with pytest.raises(PermissionDenied):
        ui.project_rows(service, unit)


def test_the_app_has_the_project_tab(service: ReviewService) -> None:
    from review_assistant.ui.app import build_app

    demo = build_app(service)
    config: dict[str, Any] = demo.get_config_file()
    labels = [c.get("props", {}).get("label") for c in config["components"]]
    assert "项目" in labels
    assert {d.get("api_name") for d in config["dependencies"]} >= {"projects", "results_workbook", "disclose"}


@pytest.mark.slow
def test_exports_through_the_running_app(tmp_path: Path) -> None:
    from gradio_client import Client, handle_file

    from uiserver import PASSWORD, start_server, stop_server

    srv = start_server(tmp_path)
    try:
        c = Client(srv.url, auth=("reviewer1", PASSWORD), verbose=False, download_files=str(tmp_path / "dl"))
        report, *_ = c.predict([handle_file(str(p)) for p in PROJECT], api_name="/upload")
        assert "已审核 8 份文件" in report
        table, _choices = c.predict(api_name="/projects")
        data = table["data"] if isinstance(table, dict) else table
        assert {r[1] for r in data} == {"云溪区公共充电设施建设项目", "云溪区社区宣传栏更新项目"}
        files = c.predict(None, api_name="/results_workbook")
        path = files[0] if isinstance(files, list) else files
        path = path["path"] if isinstance(path, dict) else path
        rows = list(load_workbook(path).active.iter_rows(values_only=True))  # type: ignore[union-attr]
        assert {r[8] for r in rows[1:]} == {"RA-01", "RA-02", "RA-03"}
        files = c.predict(2025, api_name="/disclose")
        paths = [f["path"] if isinstance(f, dict) else f for f in files]
        assert sorted(Path(p).suffix for p in paths) == [".docx", ".xlsx"]
        docx = next(p for p in paths if p.endswith(".docx"))
        assert "reviewer1" not in "\n".join(p.text for p in Document(docx).paragraphs)
    finally:
        stop_server(srv)
