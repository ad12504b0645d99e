"""A unit in Chromium: self-check with a model (per-rule progress, 取消大模型判断, results stay); 整改情况报送.

The server's model is :mod:`fake_openai` on loopback (each call takes 1.5 s), so the progress and the
cancel go through the real HTTP path of the one engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_openai import FakeOpenAI

from review_assistant.ui.selfcheck import CANCELLED_NOTE
from uiserver import PASSWORD, Server, offline_env, start_server, stop_server

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "artifacts"
VERDICT = {"verdict": "pass", "findings": []}


@pytest.fixture(scope="module")
def model_and_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FakeOpenAI, Server]]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make test installs it)")
    fake = FakeOpenAI(delay_s=1.5, verdict=VERDICT).start()
    srv = start_server(tmp_path_factory.mktemp("sc-llm"), env=fake.env())
    yield fake, srv
    stop_server(srv)
    fake.stop()



def _unit_a_logged_in(p: Any, tmp_path: Path, url: str) -> tuple[Any, Any]:
    """A zh-CN Chromium context with unit_a logged in: (context, page)."""
    ctx = p.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, locale="zh-CN",
        args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--lang=zh-CN"],
        viewport={"width": 1366, "height": 900})
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    page.goto(url)
    page.get_by_label("用户名").fill("unit_a")
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    return ctx, page

def test_self_check_shows_model_progress_and_can_cancel_it(model_and_server: tuple[FakeOpenAI, Server],
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from playwright.sync_api import expect, sync_playwright

    from sheetfiles import flawed_sheet

    fake, live = model_and_server
    for key, value in offline_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    ARTIFACTS.mkdir(exist_ok=True)
    own = flawed_sheet(tmp_path / "本单位申报表.docx")
    with sync_playwright() as p:
        ctx, page = _unit_a_logged_in(p, tmp_path, live.url)
        try:
            expect(page.locator("#ra-user")).to_contain_text("unit_a（预算单位")
            stop = page.locator("#sc-cancel-llm")
            expect(stop).to_be_visible()
            page.locator("#sc-files input[type=file]").set_input_files(str(own))
            page.locator("#sc-run").click()
            progress = page.get_by_text(re.compile(r"大模型判断 [A-Z]+-[A-Z0-9-]+（1/\d+）")).first
            expect(progress).to_be_visible(timeout=60_000)
            total = int(re.search(r"（1/(\d+)）", progress.inner_text()).group(1))  # type: ignore[union-attr]
            assert total >= 3
            page.screenshot(path=str(ARTIFACTS / "e2e_selfcheck_llm_progress.png"), full_page=True)
            stop.click()
            result = page.locator("#sc-result")
            expect(result).to_contain_text(CANCELLED_NOTE, timeout=60_000)
            expect(result).to_contain_text("须修改")  # the rule findings are all there
            assert 1 <= len(fake.calls) < total  # the model was asked, and stopped before the end
            result.scroll_into_view_if_needed()
            page.screenshot(path=str(ARTIFACTS / "e2e_selfcheck_llm_cancelled.png"), full_page=True)
        finally:
            ctx.close()


def test_a_unit_reports_its_rectification_and_the_text_stays_text(model_and_server: tuple[FakeOpenAI, Server],
                                                                   tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from playwright.sync_api import expect, sync_playwright

    from review_assistant.review import audit
    from review_assistant.review import projects as P
    from review_assistant.review.store import Store

    _, live = model_and_server
    for key, value in offline_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    store = Store(live.home / "reviews.sqlite3")
    key = P.project_identity("云溪区城市更新中心", "老旧小区改造提升项目")
    rid = P.add_rectification(store, "reviewer1", key, "补充满意度调查样本", "2020-01-01").id
    P.add_rectification(store, "reviewer1", P.project_identity("云溪区教育局", "校舍维修项目"), "别的单位的整改要求")
    text = "<b>已完成</b>![](/logout)[详见](//evil.example) 新增调查样本300份"
    with sync_playwright() as p:
        ctx, page = _unit_a_logged_in(p, tmp_path, live.url)
        try:
            listing = page.locator("#sc-rect-list")
            expect(listing).to_contain_text("补充满意度调查样本")
            expect(listing).to_contain_text("已逾期")
            expect(listing).not_to_contain_text("别的单位的整改要求")
            page.locator("#sc-rect-send").click()  # nothing chosen: an inline hint, no pop-up
            expect(page.locator("#sc-rect-said")).to_contain_text("请先在“整改事项”中选择一项")
            assert page.locator(".toast-body").count() == 0
            page.locator("#sc-rect-item input").click()
            page.get_by_role("option", name=re.compile(rf"^#{rid} ")).click()
            page.locator("#sc-rect-text textarea").fill(text)
            page.locator("#sc-rect-send").click()
            expect(page.locator("#sc-rect-said")).to_contain_text(f"已报送整改事项 {rid} 的整改情况")
            expect(listing).to_contain_text("已报整改情况")
            expect(listing).to_contain_text("<b>已完成</b>![](/logout)[详见](//evil.example)")
            assert listing.locator("b, img, a").count() == 0
            expect(page.locator("#sc-rect-text textarea")).to_have_value("")
            page.locator("#sc-rect").scroll_into_view_if_needed()
            page.screenshot(path=str(ARTIFACTS / "e2e_unit_rectification.png"), full_page=True)
            expect(page.locator("#ra-user")).to_contain_text("unit_a")  # the ![](/logout) did not log out
        finally:
            ctx.close()
    [mine] = [r for r in P.list_rectifications(store) if r.id == rid]
    assert mine.status == "reported" and mine.response == text
    [entry] = [e for e in audit.entries(store, object_type="rectification", object_id=rid)
               if e.action == "rectification.report"]
    assert entry.actor == "unit_a"
