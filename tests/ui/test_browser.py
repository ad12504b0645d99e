"""End to end in a real headless Chromium (Debian's ``chromium``) driven by Playwright's Python API.

Logs in, uploads a sample goal sheet, confirms one finding, rejects another with a reason, downloads
the opinion draft and checks its content. Screenshots go to ``artifacts/`` (gitignored) as test artifacts.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from uiserver import PASSWORD, Server, offline_env, start_server, stop_server

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "goal_sheets" / "gs16_two_indicators.docx"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic", "--lang=zh-CN"]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make test installs it)")
    srv = start_server(tmp_path_factory.mktemp("browser"))
    yield srv
    stop_server(srv)


def _sample(tmp: Path) -> Path:
    if SAMPLE.exists():
        return SAMPLE
    from sheetfiles import flawed_sheet

    return flawed_sheet(tmp / "申报表.docx")


def _browser(p: object, tmp_path: Path) -> object:
    return p.chromium.launch_persistent_context(  # type: ignore[attr-defined]
        str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
        locale="zh-CN", viewport={"width": 1366, "height": 1000}, accept_downloads=True)


def _login(page: object, url: str, username: str) -> None:
    page.goto(url)  # type: ignore[attr-defined]
    page.get_by_label("用户名").fill(username)  # type: ignore[attr-defined]
    page.get_by_label("密码").fill(PASSWORD)  # type: ignore[attr-defined]
    page.get_by_role("button", name="登录").click()  # type: ignore[attr-defined]


def test_unit_user_sees_only_self_check_and_questions(live: Server, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from playwright.sync_api import expect, sync_playwright

    for key, value in offline_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        ctx = _browser(p, tmp_path)
        try:
            page = ctx.new_page()  # type: ignore[attr-defined]
            _login(page, live.url, "unit_a")
            expect(page.locator("#ra-user")).to_contain_text("unit_a（预算单位，云溪区城市更新中心）")
            expect(page.get_by_role("tab", name="单位自查")).to_be_visible()
            tabs = [t.inner_text() for t in page.get_by_role("tab").filter(visible=True).all()]
            assert tabs == ["单位自查", "政策问答"]
            page.locator("#sc-files input[type=file]").set_input_files(str(_sample(tmp_path)))
            page.locator("#sc-run").click()
            expect(page.locator("#sc-result")).to_contain_text("请", timeout=60_000)
            page.screenshot(path=str(ARTIFACTS / "e2e_unit_selfcheck.png"), full_page=True)
        finally:
            ctx.close()  # type: ignore[attr-defined]


def test_review_in_a_real_browser(live: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from playwright.sync_api import expect, sync_playwright

    for key, value in offline_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    ARTIFACTS.mkdir(exist_ok=True)
    sample = _sample(tmp_path)
    with sync_playwright() as p:
        ctx: Any = _browser(p, tmp_path)
        try:
            page = ctx.new_page()
            page.set_default_timeout(30_000)
            _login(page, live.url, "reviewer1")
            expect(page.locator("#ra-user")).to_contain_text("reviewer1（审核人员）")
            page.screenshot(path=str(ARTIFACTS / "e2e_1_workbench.png"), full_page=True)

            page.locator("#wb-files input[type=file]").set_input_files(str(sample))
            page.locator("#wb-run").click()
            expect(page.locator("#wb-report")).to_contain_text("已审核 1 份文件", timeout=60_000)
            table = page.locator("#wb-table")
            expect(table).to_contain_text("GS-16")
            page.screenshot(path=str(ARTIFACTS / "e2e_2_findings.png"), full_page=True)

            # Confirm the GS-16 finding: click its row, check the detail, press 确认.
            table.get_by_text("GS-16", exact=True).filter(visible=True).first.click()
            expect(page.locator("#wb-detail")).to_contain_text("GS-16")
            page.locator("#wb-confirm").click()
            expect(page.locator("#wb-saved")).to_contain_text("已确认")

            # Reject a GS-04 finding with a reason.
            table.get_by_text("GS-04", exact=True).filter(visible=True).first.click()
            expect(page.locator("#wb-detail")).to_contain_text("GS-04")
            page.locator("#wb-reason textarea, #wb-reason input").first.fill("本项目为两年期项目，成本指标已在总表中体现")
            page.locator("#wb-reject").click()
            expect(page.locator("#wb-saved")).to_contain_text("已驳回")
            expect(table).to_contain_text("已驳回")
            page.screenshot(path=str(ARTIFACTS / "e2e_3_decided.png"), full_page=True)

            page.locator("#wb-draft").click()
            link = page.locator("#wb-draft-file a").first
            expect(link).to_be_visible()
            with page.expect_download() as info:
                link.click()
            target = tmp_path / "draft.docx"
            info.value.save_as(str(target))
            page.screenshot(path=str(ARTIFACTS / "e2e_4_draft.png"), full_page=True)
        finally:
            ctx.close()
    text = "\n".join(par.text for par in Document(str(target)).paragraphs)
    assert "审核意见" in text and "审核结论：" in text
    assert "政策依据：" in text
    assert "本项目为两年期项目" not in text
    decided = [line for line in text.splitlines() if line[:2] in {"1.", "2."}]
    assert len(decided) == 1  # only the confirmed finding
    shutil.copy(target, ARTIFACTS / "e2e_draft.docx")


def test_document_text_never_becomes_markup_in_the_browser(live: Server, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from playwright.sync_api import expect, sync_playwright

    from docbuild import clean_sheet_rows
    from sheetfiles import FLAWED_INDICATORS, flawed_header, write_sheet

    for key, value in offline_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    rows = clean_sheet_rows(FLAWED_INDICATORS, flawed_header(project="<img src=x onerror=window.__xss=1>改造项目"))
    rows[-1][2] = "<b>居民</b>满意度<img src=y onerror=window.__xss=2>"
    evil = write_sheet(tmp_path / "evil.docx", rows)
    with sync_playwright() as p:
        ctx: Any = _browser(p, tmp_path)
        try:
            page = ctx.new_page()
            _login(page, live.url, "reviewer1")
            page.locator("#wb-files input[type=file]").set_input_files(str(evil))
            page.locator("#wb-run").click()
            expect(page.locator("#wb-report")).to_contain_text("已审核 1 份文件", timeout=60_000)
            page.locator("#wb-table").get_by_text("GS-07", exact=True).filter(visible=True).first.click()
            expect(page.locator("#wb-detail")).to_contain_text("<b>居民</b>满意度")
            assert page.evaluate("window.__xss") is None
            assert page.locator("#wb-summary img, #wb-table img, #wb-detail img, #wb-report img").count() == 0
            assert page.locator("#wb-table b, #wb-detail b:has-text('居民')").count() == 0
        finally:
            ctx.close()


def test_markdown_in_document_text_makes_no_request_and_no_link(live: Server, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A project name written as Markdown image/link syntax stays text (issue 10: it logged the reviewer out)."""
    from playwright.sync_api import expect, sync_playwright

    from sheetfiles import flawed_sheet

    for key, value in offline_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    name = "![](/logout)[x](//other.site)改造项目 www.other.site"
    evil = flawed_sheet(tmp_path / "markdown.docx", project=name)
    with sync_playwright() as p:
        ctx: Any = _browser(p, tmp_path)
        try:
            page = ctx.new_page()
            requested: list[str] = []
            page.on("request", lambda req: requested.append(req.url))
            _login(page, live.url, "reviewer1")
            page.locator("#wb-files input[type=file]").set_input_files(str(evil))
            page.locator("#wb-run").click()
            report = page.locator("#wb-report")
            expect(report).to_contain_text("已审核 1 份文件", timeout=60_000)
            expect(report).to_contain_text("![](/logout)[x](//other.site)改造项目")
            expect(page.locator("#wb-summary")).to_contain_text("![](/logout)")
            assert page.locator("#wb-report img, #wb-report a, #wb-summary img, #wb-summary a").count() == 0
            assert page.locator("a[href*='other.site']").count() == 0
            page.screenshot(path=str(ARTIFACTS / "e2e_markdown_name.png"), full_page=True)
            assert not [u for u in requested if "/logout" in u or "other.site" in u]
            page.reload()
            expect(page.locator("#ra-user")).to_contain_text("reviewer1（审核人员）")
        finally:
            ctx.close()
