"""End to end in a real headless Chromium (Debian's ``chromium``) driven by Playwright's Python API.

A reviewer's whole day: a report uploaded with its goal sheet (the cross-document finding appears),
the document beside its findings and scrolled to one, confirm / edit / reject with the edge cases
(rejection without a reason, edit fields reset on selection, keyboard shortcut, bulk confirm), a
decision refused because a colleague changed the finding meanwhile, the draft refused while errors
are pending, previewed, forced, downloaded and read back, the history opening a review, logout in
the same tab. Then a unit's self-check of several files. Screenshots of each step go to
``artifacts/`` (gitignored).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from review_assistant.review import users
from review_assistant.review.store import Store
from uiserver import PASSWORD, Server, offline_env, start_server, stop_server

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "artifacts"
REPORTS = ROOT / "corpus" / "samples" / "reports"
OFFICE = "云溪区财政局预算绩效管理科"
PROJECT = "云溪区公共充电设施建设项目"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic", "--lang=zh-CN"]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make test installs it)")
    srv = start_server(tmp_path_factory.mktemp("browser"), env={"REVIEW_ASSISTANT_REVIEW__OFFICE_NAME": OFFICE})
    users.add_user(Store(srv.home / "reviews.sqlite3"), "reviewer2", PASSWORD, "reviewer")
    yield srv
    stop_server(srv)


def _browser(p: Any, tmp_path: Path) -> Any:
    return p.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
        locale="zh-CN", viewport={"width": 1366, "height": 900}, accept_downloads=True)


def _login(page: Any, url: str, username: str) -> None:
    page.goto(url)
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()


# Elements a sighted user sees reading exactly "错误" (or Gradio's error badge, "错误提示" in ui/i18n.py). Gradio's screen-reader live region (div.sr-only
# role=status, 1x1 px and clipped) announces "错误" for a second after a failed call; it is not a badge.
_ERROR_BADGES_JS = """() => [...document.querySelectorAll('body *')].filter((e) => {
  if (e.closest('.sr-only')) return false;
  const own = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('').trim();
  if (own !== '错误' && own !== '错误提示') return false;
  const r = e.getBoundingClientRect();
  return r.width > 2 && r.height > 2 && e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}).map((e) => e.parentElement.outerHTML.slice(0, 400))"""


def _error_badges(page: Any) -> list[str]:
    return list(page.evaluate(_ERROR_BADGES_JS))


def _shot(page: Any, name: str, full: bool = True) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


def _cell(page: Any, where: str, text: str) -> Any:
    return page.locator(where).get_by_text(text, exact=True).filter(visible=True).first


def _selected_id(page: Any) -> int:
    return int(page.locator("#wb-finding input").input_value().lstrip("#").split()[0])


def _no_toasts(page: Any) -> None:
    assert page.locator(".toast-body").count() == 0


@pytest.fixture
def browser_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from playwright.sync_api import expect

    expect.set_options(timeout=20_000)  # the machine is shared: a step may wait for a busy CPU
    for key, value in offline_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    ARTIFACTS.mkdir(exist_ok=True)
    return tmp_path


def test_a_reviewers_day(live: Server, browser_env: Path) -> None:
    from gradio_client import Client
    from playwright.sync_api import expect, sync_playwright

    tmp = browser_env
    with sync_playwright() as p:
        ctx = _browser(p, tmp)
        try:
            page = ctx.new_page()
            page.set_default_timeout(30_000)
            _login(page, live.url, "reviewer1")
            expect(page.locator("#ra-user")).to_contain_text("reviewer1（审核人员）")
            # Full width from the first screen: the upload box spans most of the window.
            assert page.locator("#wb-files").bounding_box()["width"] > 900
            _shot(page, "e2e_day_01_first_screen")

            # 1. A report and its goal sheet in one upload: the cross-document finding appears.
            page.locator("#wb-files input[type=file]").set_input_files(
                [str(REPORTS / "d10_pair_report.docx"), str(REPORTS / "d10_pair_sheet.xlsx")])
            page.locator("#wb-run").click()
            expect(page.locator("#wb-report")).to_contain_text("已审核 2 份文件", timeout=90_000)
            expect(page.locator("#wb-batch")).to_contain_text("d10_pair_sheet.xlsx")
            _cell(page, "#wb-batch", "d10_pair_report.docx").click()  # a batch row opens its review
            expect(page.locator("#wb-summary")).to_contain_text("d10_pair_report.docx")
            table = page.locator("#wb-table")
            expect(table).to_contain_text("EA-GOAL-03")
            expect(table).to_contain_text("报告与申报表")
            _shot(page, "e2e_day_02_batch_and_cross_document")

            # 2. The document beside the findings, scrolled to the selected finding's evidence.
            expect(page.locator("#wb-doc .ra-doc")).to_contain_text(PROJECT)
            expect(page.locator("#wb-doc .ra-ev-active").first).to_be_visible()
            first = _selected_id(page)
            active = page.locator("#wb-doc .ra-ev-active").first
            assert str(first) in (active.get_attribute("data-f") or "").split()
            pane, box = page.locator("#wb-doc").bounding_box(), active.bounding_box()
            assert pane["y"] <= box["y"] <= pane["y"] + pane["height"]  # inside the visible part of the pane
            page.locator("#wb-main").scroll_into_view_if_needed()
            page.evaluate("document.querySelector('#wb-main').scrollIntoView({block: 'start'})")
            _shot(page, "e2e_day_03_side_by_side", full=False)
            # And the other way: a click on a highlighted passage in the document selects its finding.
            other_mark = page.locator("#wb-doc mark.ra-ev:not(.ra-ev-active)").first
            target_id = (other_mark.get_attribute("data-f") or "").split()[0]
            other_mark.click()
            expect(page.locator("#wb-finding input")).to_have_value(re.compile(rf"^#{target_id} "))
            _cell(page, "#wb-table", "错误").click()  # back to the first finding
            expect(page.locator("#wb-finding input")).to_have_value(re.compile(rf"^#{first} "))

            # 3. Reject without a reason: an inline Chinese hint, nothing saved, no pop-up.
            page.locator("#wb-reject").click()
            expect(page.locator("#wb-reason-hint")).to_contain_text("驳回必须填写理由")
            _no_toasts(page)
            expect(table).not_to_contain_text("已驳回")
            _shot(page, "e2e_day_04_reject_needs_reason", full=False)

            # 4. Typed text belongs to one finding: selecting another resets every edit field.
            reason = page.locator("#wb-reason textarea, #wb-reason input").first
            reason.fill("只写给第一个问题的理由")
            page.get_by_text("修改问题表述").click()
            page.locator("#wb-edit-msg textarea").fill("只写给第一个问题的表述")
            page.locator("#wb-next").click()
            expect(page.locator("#wb-finding input")).not_to_have_value(re.compile(rf"^#{first} "))
            second = _selected_id(page)
            assert second != first
            expect(reason).to_have_value("")
            expect(page.locator("#wb-edit-msg textarea")).not_to_have_value("只写给第一个问题的表述")
            expect(page.locator("#wb-reason-hint")).to_have_text("")

            # 5. Edit this one, then confirm it with the keyboard: the selection moves to the next pending.
            page.locator("#wb-edit-msg textarea").fill("报告与申报表的实施期限不一致，请统一。")
            page.locator("#wb-edit").click()
            expect(page.locator("#wb-saved")).to_contain_text("已修改")
            page.keyboard.press("Alt+KeyY")
            expect(page.locator("#wb-saved")).to_contain_text("已确认")
            expect(page.locator("#wb-finding input")).not_to_have_value(re.compile(rf"^#{second} "))
            third = _selected_id(page)
            _shot(page, "e2e_day_05_edited_confirmed", full=False)

            # 6. A colleague decides the selected finding meanwhile: my decision on the old view is refused.
            other = Client(live.url, auth=("reviewer2", PASSWORD), verbose=False)
            review_label = page.locator("#wb-review input").input_value()
            saved, *_ = other.predict(review_label, f"#{third}", "由复核人员驳回：已在补充材料中说明", "", "",
                                      [], [], [], [], [], api_name="/reject")
            assert "已驳回" in saved
            page.locator("#wb-confirm").click()
            expect(page.locator("#wb-saved")).to_contain_text("reviewer2")
            expect(page.locator("#wb-saved")).to_contain_text("未保存")
            expect(page.locator("#wb-detail")).to_contain_text("已驳回")  # the view now shows their decision
            _no_toasts(page)
            _shot(page, "e2e_day_06_stale_refused", full=False)

            # 7. The draft is refused while the error is pending: count named, preview shown, 仍然生成 offered.
            page.locator("#wb-draft").click()
            expect(page.locator("#wb-draft-warn")).to_contain_text("尚有 1 项“错误”级问题待确认")
            expect(page.locator("#wb-draft-force")).to_be_visible()
            expect(page.locator("#wb-draft-preview")).to_contain_text(PROJECT)
            expect(page.locator("#wb-draft-file a")).to_have_count(0)
            page.locator("#wb-draft-warn").scroll_into_view_if_needed()
            _shot(page, "e2e_day_07_draft_refused", full=False)

            # 8. Confirm the error, bulk-confirm the rule's remaining warnings, then the draft.
            _cell(page, "#wb-table", "错误").click()
            expect(page.locator("#wb-detail")).to_contain_text("年度资金不一致")
            page.locator("#wb-confirm").click()
            expect(page.locator("#wb-saved")).to_contain_text("已确认")
            page.locator("#wb-draft").click()
            preview = page.locator("#wb-draft-preview")
            expect(preview).to_contain_text(PROJECT)
            expect(preview).to_contain_text(OFFICE)
            expect(preview).to_contain_text("审核结论")
            link = page.locator("#wb-draft-file a").first
            expect(link).to_be_visible()
            preview.scroll_into_view_if_needed()
            _shot(page, "e2e_day_08_draft_preview")
            with page.expect_download() as info:
                link.click()
            target = tmp / "draft.docx"
            info.value.save_as(str(target))

            # 9. The history opens a review; logout stays in the same tab.
            page.get_by_role("tab", name="历史与统计").click()
            expect(page.locator("#hs-reviews")).to_contain_text("d10_pair_sheet.xlsx")
            _shot(page, "e2e_day_09_history")
            _cell(page, "#hs-reviews", "d10_pair_sheet.xlsx").click()
            expect(page.get_by_role("tab", name="审核工作台")).to_have_attribute("aria-selected", "true")
            expect(page.locator("#wb-summary")).to_contain_text("d10_pair_sheet.xlsx")
            # "确认本规则的全部警告" on the sheet's review: one action for every pending warning of the rule.
            _cell(page, "#wb-table", "警告").click()
            rule = page.locator("#wb-finding input").input_value().split()[2]
            page.locator("#wb-bulk").click()
            expect(page.locator("#wb-saved")).to_contain_text(f"规则 {rule} 的")
            expect(page.locator("#wb-saved")).to_contain_text("项警告已确认")
            _shot(page, "e2e_day_10_bulk_confirm", full=False)
            pages_before = len(ctx.pages)
            page.locator("#ra-logout").click()
            expect(page.get_by_label("用户名")).to_be_visible()
            assert len(ctx.pages) == pages_before
            _shot(page, "e2e_day_11_logged_out", full=False)
        finally:
            ctx.close()
    text = "\n".join(par.text for par in Document(str(target)).paragraphs)
    assert PROJECT in text and "d10_pair_report.docx" not in text.split("\n")[0]
    assert "审核结论：修改后再审" in text
    assert OFFICE in text.splitlines()[-3:] or OFFICE in text[-200:]
    assert "年度资金不一致" in text and "已在补充材料中说明" not in text
    shutil.copy(target, ARTIFACTS / "e2e_day_draft.docx")


def test_a_units_self_check_of_several_files(live: Server, browser_env: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    from sheetfiles import flawed_sheet
    from xlsbuild import xlsx_to_xls

    tmp = browser_env
    own = flawed_sheet(tmp / "本单位申报表.docx")
    other = flawed_sheet(tmp / "教育局申报表.docx", unit="云溪区教育局", project="校舍维修项目")
    broken = tmp / "损坏的文件.docx"
    broken.write_bytes(b"this is not a docx")
    # an Excel 97-2003 workbook, as budget systems export them
    old_excel = xlsx_to_xls(ROOT / "corpus/samples/goal_sheets/gs06_vague_value_2021.xlsx", tmp / "系统导出申报表.xls")
    with sync_playwright() as p:
        ctx = _browser(p, tmp)
        try:
            page = ctx.new_page()
            page.set_default_timeout(30_000)
            _login(page, live.url, "unit_a")
            expect(page.locator("#ra-user")).to_contain_text("unit_a（预算单位，云溪区城市更新中心）")
            tabs = [t.inner_text() for t in page.get_by_role("tab").filter(visible=True).all()]
            assert tabs == ["单位自查", "政策问答", "账号"]
            page.locator("#sc-files input[type=file]").set_input_files(
                [str(own), str(other), str(broken), str(old_excel)])
            page.locator("#sc-run").click()
            result = page.locator("#sc-result")
            expect(result).to_contain_text("共自查 4 份文件", timeout=90_000)
            expect(result.locator(".ra-sc-file")).to_have_count(4)
            expect(result).to_contain_text("本单位申报表.docx")
            expect(result.locator(".ra-sc-file", has_text="系统导出申报表.xls")).to_contain_text("政策依据")
            expect(result).to_contain_text("与您账号所属的单位“云溪区城市更新中心”不一致")
            expect(result).to_contain_text("损坏的文件.docx")
            expect(result).to_contain_text("政策依据")
            body = result.inner_text()
            for jargon in ("审核编号", "机审结论", "已处理", "llm.provider", "请跨年度项目应"):
                assert jargon not in body
            _shot(page, "e2e_unit_selfcheck_several_files")
        finally:
            ctx.close()


def test_document_text_never_becomes_markup_in_the_browser(live: Server, browser_env: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    from docbuild import clean_sheet_rows
    from sheetfiles import FLAWED_INDICATORS, flawed_header, write_sheet

    tmp = browser_env
    rows = clean_sheet_rows(FLAWED_INDICATORS,
                            flawed_header(project="![](/logout)<img src=x onerror=window.__xss=1>改造项目"))
    rows[-1][2] = "<b>居民</b>满意度<img src=y onerror=window.__xss=2>[点我](//evil.example)"
    evil = write_sheet(tmp / "evil.docx", rows)
    with sync_playwright() as p:
        ctx = _browser(p, tmp)
        try:
            page = ctx.new_page()
            _login(page, live.url, "reviewer1")
            page.locator("#wb-files input[type=file]").set_input_files(str(evil))
            page.locator("#wb-run").click()
            expect(page.locator("#wb-report")).to_contain_text("已审核 1 份文件", timeout=60_000)
            _cell(page, "#wb-table", "GS-07").click()
            expect(page.locator("#wb-detail")).to_contain_text("<b>居民</b>满意度")
            expect(page.locator("#wb-doc")).to_contain_text("![](/logout)")
            assert page.evaluate("window.__xss") is None
            panes = "#wb-summary, #wb-table, #wb-detail, #wb-report, #wb-doc, #wb-batch"
            assert page.locator(f"{panes.replace(',', ' img,')} img").count() == 0
            assert page.locator("#wb-doc a, #wb-detail a[href*='evil'], #wb-doc b").count() == 0
            expect(page.locator("#ra-user")).to_contain_text("reviewer1")  # the ![](/logout) did not log out
        finally:
            ctx.close()


def test_toasts_are_chinese_and_an_ended_session_says_log_in_again(browser_env: Path) -> None:
    """A pop-up is titled in Chinese; after a server restart every call says 请重新登录, not 错误."""
    import subprocess
    import sys
    import time

    import httpx
    from playwright.sync_api import expect, sync_playwright

    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make test installs it)")
    tmp = browser_env
    srv = start_server(tmp / "restart")
    try:
        with sync_playwright() as p:
            ctx = _browser(p, tmp)
            try:
                page = ctx.new_page()
                page.set_default_timeout(30_000)
                _login(page, srv.url, "reviewer1")
                expect(page.locator("#ra-user")).to_contain_text("reviewer1")
                page.locator("#wb-commented").click()  # no review selected: a pop-up explains
                expect(page.locator(".toast-body")).to_contain_text("请先选择一条审核记录")
                expect(page.locator(".toast-title").first).to_contain_text("提示")
                assert "Error" not in page.locator(".toast-body").first.inner_text()
                assert _error_badges(page) == []  # no badge on panels
                _shot(page, "e2e_toast_chinese", full=False)

                srv.proc.terminate()
                srv.proc.wait(timeout=15)
                port = srv.url.rsplit(":", 1)[1]
                log = (tmp / "restart" / "server2.log").open("wb")
                srv.proc = subprocess.Popen(
                    [sys.executable, "-m", "review_assistant.cli", "serve", "--host", "127.0.0.1", "--port", port,
                     "--home", str(srv.home)], stdout=log, stderr=subprocess.STDOUT, env=offline_env(tmp / "restart"))
                deadline = time.monotonic() + 90
                while time.monotonic() < deadline:
                    try:
                        if httpx.get(srv.url + "/", timeout=2).status_code == 200:
                            break
                    except httpx.HTTPError:
                        time.sleep(0.3)
                page.locator("#wb-next").click()
                banner = page.locator("#ra-relogin")
                expect(banner).to_contain_text("请重新登录")
                assert _error_badges(page) == []
                _shot(page, "e2e_session_ended", full=False)
                banner.get_by_role("link", name="重新登录").click()
                expect(page.get_by_label("用户名")).to_be_visible()
            finally:
                ctx.close()
    finally:
        stop_server(srv)


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
            expect(page.locator("#wb-summary")).to_contain_text("![](/logout)[x](//other.site)改造项目")
            expect(page.locator("#wb-doc")).to_contain_text("![](/logout)")
            assert page.locator("#wb-report img, #wb-report a, #wb-summary img, #wb-summary a, #wb-doc img, "
                                "#wb-doc a").count() == 0
            assert page.locator("a[href*='other.site']").count() == 0
            page.screenshot(path=str(ARTIFACTS / "e2e_markdown_name.png"), full_page=True)
            assert not [u for u in requested if "/logout" in u or "other.site" in u]
            page.reload()
            expect(page.locator("#ra-user")).to_contain_text("reviewer1（审核人员）")
        finally:
            ctx.close()
