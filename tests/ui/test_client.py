"""The running app through ``gradio_client``: login, the review flow, and role scoping over the API."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
from docx import Document
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from sheetfiles import flawed_sheet
from uiserver import PASSWORD, Server, server  # noqa: F401

pytestmark = pytest.mark.slow
NO_FILTERS: list[list[str]] = [[], [], [], [], []]


def client(srv: Server, username: str) -> Client:
    return Client(srv.url, auth=(username, PASSWORD), verbose=False, download_files=str(srv.tmp / "downloads"))


def _data(table: Any) -> list[list[Any]]:
    return list(table["data"]) if isinstance(table, dict) else list(table)


def test_login_is_required(server: Server) -> None:  # noqa: F811
    assert httpx.get(server.url + "/config").status_code == 401
    with pytest.raises(Exception, match=r"credentials|login"):
        Client(server.url, verbose=False)
    with pytest.raises(ValueError):
        Client(server.url, auth=("reviewer1", "wrong-password"), verbose=False)


def test_review_flow_over_the_api(server: Server, tmp_path: Path) -> None:  # noqa: F811
    c = client(server, "reviewer1")
    sheet = flawed_sheet(tmp_path / "申报表.docx")
    report, _batch, review, _xlsx, summary, table, *_ = c.predict([handle_file(str(sheet))], api_name="/upload")
    assert "已审核 1 份文件" in report and "修改后再审" in summary
    rows = _data(table)
    label = review["value"] if isinstance(review, dict) else review
    by_rule = {r[2]: r[0] for r in rows}
    warning, preview, path = c.predict(label, api_name="/draft")  # the GS-02 error is still pending
    assert path is None and "尚有 1 项“错误”级问题待确认" in warning and "ra-preview" in preview
    saved, *_ = c.predict(label, f"#{by_rule['GS-02']}", "", "", "", *NO_FILTERS, api_name="/confirm")
    assert saved.startswith("已保存") and "已确认" in saved
    # A rejection without a reason: an inline hint next to the field, nothing saved, no error.
    saved, hint, *_ = c.predict(label, f"#{by_rule['GS-04']}", "", "", "", *NO_FILTERS, api_name="/reject")
    assert saved == "" and "驳回必须填写理由" in hint
    saved, *_ = c.predict(label, f"#{by_rule['GS-04']}", "成本已在资金表体现", "", "", *NO_FILTERS, api_name="/reject")
    assert "已驳回" in saved
    saved, hint, *_ = c.predict(label, "  ", "warning", "人工补充", "", "", "", "", *NO_FILTERS, api_name="/add_manual")
    assert "请填写问题描述" in hint and "已保存" not in str(saved)  # a message beside the form, no error
    _, _, path = c.predict(label, api_name="/draft")
    text = "\n".join(p.text for p in Document(path).paragraphs)
    assert "审核意见" in text and "不一致" in text and "缺少成本指标" not in text
    shutil.rmtree(server.tmp / "downloads", ignore_errors=True)


def test_unit_cannot_reach_another_units_review_over_the_api(server: Server, tmp_path: Path) -> None:  # noqa: F811
    a, b = client(server, "unit_a"), client(server, "unit_b")
    sheet = flawed_sheet(tmp_path / "自查.docx")
    html, history = a.predict([handle_file(str(sheet))], api_name="/self_check")
    assert "请" in html
    own = history["value"] if isinstance(history, dict) else history
    rid = int(str(own).lstrip("#").split()[0])
    with pytest.raises(AppError, match="不存在或无权查看"):
        b.predict(f"#{rid}", api_name="/self_check_history")
    with pytest.raises(AppError, match="不存在或无权查看"):
        b.predict(f"#{rid}", api_name="/self_check_report")
    with pytest.raises(AppError, match="不存在或无权查看"):
        b.predict(f"#{rid}", *NO_FILTERS, api_name="/open_review")
    for finding_id in range(1, 8):
        with pytest.raises(AppError):
            b.predict(f"#{finding_id}", api_name="/show_finding")
    with pytest.raises(AppError, match="没有审核权限"):
        b.predict([handle_file(str(sheet))], api_name="/upload")
    with pytest.raises(AppError, match="没有审核权限"):
        b.predict(f"#{rid}", api_name="/draft")
    assert a.predict(f"#{rid}", api_name="/self_check_report").endswith(".docx")


def test_trainee_can_only_ask(server: Server, tmp_path: Path) -> None:  # noqa: F811
    t = client(server, "trainee1")
    # A trainee's upload is refused by the server before any handler runs (ui/security.py).
    with pytest.raises(httpx.HTTPStatusError, match="403"):
        t.predict([handle_file(str(flawed_sheet(tmp_path / "x.docx")))], api_name="/self_check")
    reviews, stats = t.predict("", "", api_name="/history")
    assert _data(reviews) == [] and _data(stats) == []
    chat, _ = t.predict("事前绩效评估的适用范围是什么？", [], api_name="/ask")
    assert chat and chat[-1]["role"] == "assistant"


def test_cancel_llm_is_a_per_session_flag_an_upload_clears(server: Server, tmp_path: Path) -> None:  # noqa: F811
    c = client(server, "reviewer1")
    said = c.predict(api_name="/cancel_llm")  # runs outside the queue, beside a running upload
    assert said.startswith("已请求取消大模型判断")
    report, *_rest, stopped = c.predict([handle_file(str(flawed_sheet(tmp_path / "b.docx")))], api_name="/upload")
    assert "已审核 1 份文件" in report and "已取消" not in report and stopped == ""
