"""Gradio's own texts: every key this workspace can show has a Chinese text, for every locale Gradio ships."""

from __future__ import annotations

import asyncio
import gzip
import json
import re
from pathlib import Path

import gradio
from starlette.types import Message, Receive, Scope, Send

from review_assistant.ui import i18n

ASSETS = Path(gradio.__file__).parent / "templates" / "frontend" / "assets"
# Namespaces of components this workspace uses (no audio, image, video, 3D or colour picker).
USED = {"login", "common", "upload_text", "file", "dataframe", "dropdown", "checkbox", "blocks", "errors", "status",
        "chatbot", "chat_interface", "number", "label", "radio", "slider", "plot", "code", "highlighted_text"}


def _frontend() -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in ASSETS.glob("*.js"))


def test_every_locale_of_the_installed_gradio_is_covered() -> None:
    shipped = set(re.findall(r'"\./lang/([A-Za-z-]+)\.json"', _frontend()))
    assert shipped and shipped == set(i18n.GRADIO_LOCALES)
    given = i18n.translations().translations_dict
    assert set(given) == shipped and all(d == i18n.ZH for d in given.values())


def test_every_key_the_frontend_translates_in_the_used_namespaces_is_chinese() -> None:
    keys = set(re.findall(r"i18n\(`([a-z_]+\.[a-z_0-9]+)`\)", _frontend()))
    keys |= {f"upload_text.{k}" for k in ("drop_file", "click_to_upload", "drop_csv")}  # built from the upload type
    used = {k for k in keys if k.split(".")[0] in USED}
    assert {"login.username", "login.password", "login.login", "common.clear", "common.loading"} <= used
    assert used - set(i18n.ZH) == set()
    for text in i18n.ZH.values():
        assert re.search(r"[\u4e00-\u9fff]", text), text  # every text is Chinese


def _serve(html: bytes, path: str = "/", accept: bytes = b"") -> tuple[bytes, dict[bytes, bytes]]:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/html"), (b"content-length", str(len(html)).encode())]})
        await send({"type": "http.response.body", "body": html[:10], "more_body": True})
        await send({"type": "http.response.body", "body": html[10:]})

    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    async def receive() -> Message:
        return {"type": "http.request"}

    scope = {"type": "http", "method": "GET", "path": path, "headers": [(b"accept-encoding", accept)] if accept else []}
    asyncio.run(i18n.TranslatedPages(app)(scope, receive, send))
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    headers = dict(sent[0]["headers"])
    assert int(headers.get(b"content-length", len(body))) == len(body)  # a compressed stream has none
    return body, headers


def test_the_login_page_config_gets_the_translations_and_stays_valid_json() -> None:
    page = b'<script>window.gradio_config = {"auth_required":true,"auth_message":"x"};</script>'
    body = _serve(page)[0].decode("utf-8")
    config = json.loads(body.split("window.gradio_config = ", 1)[1].split(";</script>", 1)[0])
    assert config["auth_required"] is True and config["auth_message"] == "x"
    assert config["i18n_translations"]["en"]["login.username"] == "用户名"
    assert "<" not in body.split("<script>", 1)[1].split("</script>")[0]  # nothing that could close the script


def test_the_app_page_is_left_alone() -> None:
    page = b'<script>window.gradio_config = {"version":"6","components":[]};</script>'
    assert _serve(page)[0] == page


def test_the_pages_are_compressed_for_browsers_that_accept_it() -> None:
    page = b'<script>window.gradio_config = {"auth_required":true};</script>' + b" " * 2000
    body, headers = _serve(page, accept=b"gzip, deflate")
    assert headers[b"content-encoding"] == b"gzip"
    assert b"i18n_translations" in gzip.decompress(body) and len(body) < len(gzip.decompress(body)) / 10
    config, headers = _serve(b'{"components":[]}' + b" " * 2000, path="/config", accept=b"gzip")
    assert headers[b"content-encoding"] == b"gzip" and gzip.decompress(config).startswith(b'{"components"')
    _, headers = _serve(b"x" * 2000, path="/gradio_api/queue/data", accept=b"gzip")
    assert b"content-encoding" not in headers  # the event stream is left as it is
