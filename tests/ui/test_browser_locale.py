"""An office PC with an English (or German) browser still sees a Chinese workspace: login page, every tab,
Gradio's own texts (upload hints, Clear/Loading, the progress overlay, tooltips). Real Chromium via Playwright.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from uiserver import PASSWORD, Server, offline_env, start_server, stop_server

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "artifacts"
REPORT = ROOT / "corpus" / "samples" / "reports" / "d10_pair_report.docx"
# Words a Chinese user reads as such: file types, product names, the shortcut key, rule ids (GS-07, EA-GOAL-03).
ALLOWED = {"docx", "pdf", "xlsx", "xls", "et", "md", "txt", "zip", "yaml", "meta", "Word", "Excel", "WPS", "Alt"}

# Every English-looking text a user can read or hear: visible and screen-reader text, tooltips, accessible
# names, placeholders; ``skip`` is a selector of panels showing document content (not UI text).
# ``_RECORD_JS`` keeps in ``window.__raSeen`` every text that appears from then on (the progress overlay).
_ENGLISH_JS = """(skip) => {
  const out = new Set();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const e = n.parentElement;
    if (!e || e.closest('script, style') || (skip && e.closest(skip)) || !e.checkVisibility()) continue;
    if (/[A-Za-z]{2,}/.test(n.nodeValue)) out.add(n.nodeValue.trim());
  }
  document.querySelectorAll('[title], [aria-label], [placeholder]').forEach((e) => {
    if (skip && e.closest(skip)) return;
    for (const a of ['title', 'aria-label', 'placeholder']) {
      const v = e.getAttribute(a);
      if (v && /[A-Za-z]{2,}/.test(v)) out.add(v.trim());
    }
  });
  return [...out];
}"""
_RECORD_JS = """() => {
  window.__raSeen = [];
  new MutationObserver((records) => {
    for (const r of records) {
      const nodes = r.type === 'characterData' ? [r.target] : [...r.addedNodes];
      for (const n of nodes) {
        const t = n.nodeType === 3 ? n.nodeValue : n.nodeType === 1 ? n.innerText : '';
        if (t && t.trim()) window.__raSeen.push(t.trim());
      }
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}"""


def english(page: Any, skip: str = "") -> list[str]:
    """The texts with English words among what the page shows (allowed words and file names aside)."""
    found: list[str] = []
    skip = ", ".join(s for s in ("#ra-user", skip) if s)  # the account name is the user's own
    for text in page.evaluate(_ENGLISH_JS, skip):
        words = re.findall(r"[A-Za-z]{2,}", text)
        if [w for w in words if w not in ALLOWED and not (w.isupper() and len(w) <= 4)]:
            found.append(text)
    return found


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make test installs it)")
    srv = start_server(tmp_path_factory.mktemp("locale"))
    yield srv
    stop_server(srv)


def _context(p: Any, tmp: Path, locale: str) -> Any:
    return p.chromium.launch_persistent_context(
        str(tmp / f"profile-{locale}"), executable_path=str(CHROMIUM), headless=True, locale=locale,
        args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
              "--disable-sync", f"--lang={locale}"], viewport={"width": 1366, "height": 900})


@contextmanager
def _page(live: Server, tmp: Path, locale: str) -> Iterator[Any]:
    """A page of a fresh Chromium context in ``locale``, on the login page."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx = _context(p, tmp, locale)
        try:
            page = ctx.new_page()
            page.set_default_timeout(30_000)
            page.goto(live.url)
            yield page
        finally:
            ctx.close()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from playwright.sync_api import expect

    expect.set_options(timeout=20_000)
    for key, value in offline_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    ARTIFACTS.mkdir(exist_ok=True)
    return tmp_path


def test_an_english_browser_sees_a_chinese_login_page_and_workspace(live: Server, env: Path) -> None:
    from playwright.sync_api import expect

    with _page(live, env, "en-US") as page:
        assert page.evaluate("navigator.language") == "en-US"
        expect(page.get_by_label("用户名")).to_be_visible()
        expect(page.get_by_label("密码")).to_be_visible()
        expect(page.get_by_role("button", name="登录")).to_be_visible()
        assert english(page) == []
        page.screenshot(path=str(ARTIFACTS / "locale_en_login.png"))

        page.get_by_label("用户名").fill("reviewer1")
        page.get_by_label("密码").fill("wrong-password")
        page.get_by_role("button", name="登录").click()
        expect(page.get_by_text("用户名或密码不正确")).to_be_visible()
        assert english(page) == []
        page.screenshot(path=str(ARTIFACTS / "locale_en_login_wrong.png"))

        page.get_by_label("用户名").fill("reviewer1")
        page.get_by_label("密码").fill(PASSWORD)
        page.get_by_role("button", name="登录").click()
        expect(page.locator("#ra-user")).to_contain_text("reviewer1（审核人员）")
        files = page.locator("#wb-files")
        expect(files).to_contain_text("将文件拖放到此处")  # Gradio's "Drop File Here - or - Click to Upload"
        expect(files).to_contain_text("点击上传")
        assert english(page) == []
        page.screenshot(path=str(ARTIFACTS / "locale_en_workbench.png"), full_page=True)
        for tab in ("历史与统计", "项目", "知识库", "政策问答", "账号"):
            page.get_by_role("tab", name=tab).click()
            page.wait_for_timeout(500)
            assert english(page) == [], tab
        page.screenshot(path=str(ARTIFACTS / "locale_en_account.png"), full_page=True)

        # An upload: the file's box ("Remove"/"Upload" tooltips) and the progress overlay ("processing |").
        page.get_by_role("tab", name="审核工作台").click()
        page.locator("#wb-files input[type=file]").set_input_files(str(REPORT))
        expect(files).to_contain_text("d10_pair_report")
        page.evaluate(_RECORD_JS)
        page.locator("#wb-run").click()
        expect(page.locator("#wb-report")).to_contain_text("已审核 1 份文件", timeout=90_000)
        seen = page.evaluate("window.__raSeen.join('\\n')")
        assert "处理中 |" in seen  # the overlay was shown, in Chinese
        assert "processing" not in seen and "queue:" not in seen
        # The review's own content (notes naming a setting, the document) is not UI text.
        assert english(page, "#wb-summary, #wb-doc, #wb-table, #wb-detail, #wb-report, .file-preview") == []
        page.screenshot(path=str(ARTIFACTS / "locale_en_after_upload.png"), full_page=True)


def test_a_german_browser_sees_the_chinese_login_form(live: Server, env: Path) -> None:
    from playwright.sync_api import expect

    with _page(live, env, "de-DE") as page:
        expect(page.get_by_role("button", name="登录")).to_be_visible()
        expect(page.get_by_label("用户名")).to_be_visible()
        assert english(page) == []
        assert "Anmelden" not in page.locator("body").inner_text()


def _ask(page: Any, question: str, expect_text: str, timeout_s: float = 240) -> None:
    """Ask in the 政策问答 tab; while the bundled policies are still being indexed, ask again."""
    from playwright.sync_api import expect

    chat = page.locator("#qa-chat")
    deadline = time.monotonic() + timeout_s
    while True:
        page.locator("#qa-question textarea").fill(question)
        page.locator("#qa-send").click()
        expect(chat).to_contain_text(question)
        page.wait_for_function(
            "(q) => { const t = document.querySelector('#qa-chat').innerText; return t.lastIndexOf(q) >= 0 &&"
            " t.slice(t.lastIndexOf(q) + q.length).trim().length > 0; }", arg=question, timeout=60_000)
        text = chat.inner_text()
        tail = text[text.rfind(question) + len(question):]
        if "正在导入随附的政策文件" not in tail:
            break
        assert time.monotonic() < deadline, "the bundled policies were never indexed"
        page.wait_for_timeout(5_000)
    expect(chat).to_contain_text(expect_text, timeout=30_000)


def test_a_trainee_in_an_english_browser_asks_policy_questions(live: Server, env: Path) -> None:
    from playwright.sync_api import expect

    with _page(live, env, "en-US") as page:
        page.get_by_label("用户名").fill("trainee1")
        page.get_by_label("密码").fill(PASSWORD)
        page.get_by_role("button", name="登录").click()
        expect(page.locator("#ra-user")).to_contain_text("trainee1")
        page.get_by_role("tab", name="政策问答").click()
        # An answerable question: the answer, its basis, and the whole article one click away.
        _ask(page, "新增项目年度资金多少万元以上要做事前绩效评估？", "20万元")
        chat = page.locator("#qa-chat")
        expect(chat).to_contain_text("依据（点击查看条文全文）")
        first = chat.locator("details.ra-article").first
        first.locator("summary").click()
        expect(first.locator(".ra-article-text")).to_be_visible()
        assert english(page, "#qa-chat .ra-article-text") == []
        page.screenshot(path=str(ARTIFACTS / "locale_en_qa_answer.png"), full_page=True)
        # A mistyped term (pinyin input): answered as meant, and the answer says how the question was read.
        _ask(page, "新增项目年度资金多少万元以上要做事钱绩效评估？", "已把问题中的“事钱绩效评估”按“事前绩效评估”理解")
        tail = chat.inner_text().rsplit("要做事钱绩效评估？", 1)[1]
        assert "20万元" in tail and tail.index("已把问题中的") < tail.index("20万元")  # the reading comes first
        chat.locator("p.ra-note").last.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "locale_en_qa_typo.png"), full_page=True)
        # A question the policies do not answer: refused, said in Chinese.
        _ask(page, "个人所得税的起征点是多少？", "知识库中")
        tail = chat.inner_text().rsplit("个人所得税的起征点是多少？", 1)[1]
        assert "知识库中未找到相关规定" in tail or "没有对这一点作出明确规定" in tail or "没有出现问题里的" in tail
        assert english(page, "#qa-chat .ra-article-text") == []
        page.screenshot(path=str(ARTIFACTS / "locale_en_qa_refusal.png"), full_page=True)
