"""A unit's self-check with a model, in Chromium: the per-rule progress shows, 取消大模型判断 stops it, results stay.

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
        ctx: Any = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, locale="zh-CN",
            args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--lang=zh-CN"],
            viewport={"width": 1366, "height": 900})
        try:
            page = ctx.new_page()
            page.set_default_timeout(30_000)
            page.goto(live.url)
            page.get_by_label("用户名").fill("unit_a")
            page.get_by_label("密码").fill(PASSWORD)
            page.get_by_role("button", name="登录").click()
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
