"""The web server's protections, as one ASGI middleware in front of Gradio, plus the login check.

* Host header (DNS rebinding): with ``ui.auth = false`` only loopback names are accepted, otherwise
  ``ui.allowed_hosts`` when set.
* Other origins: a request whose ``Origin`` is not this server (another 127.0.0.1 port included), or
  that a browser marks as coming from another site without being a navigation, is refused; every
  response forbids framing (``X-Frame-Options``, CSP ``frame-ancestors``).
* Login: rate limit and lockout (:class:`LoginGuard`); the password check runs in a worker thread,
  at most two at a time, never on the event loop.
* Sessions of removed users end on their next request; ``/logout`` works only as a page visit (an
  image or script pointing at it does nothing); deep links are switched off.
* Files: uploads need a role that may check documents; a file in Gradio's cache is served only to
  the user it was uploaded by or produced for.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import os
import re
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from review_assistant.errors import ConfigError
from review_assistant.review import users
from review_assistant.review.login_guard import LoginGuard
from review_assistant.service import ReviewService
from review_assistant.settings import Settings

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
SECURITY_HEADERS = [(b"x-frame-options", b"DENY"), (b"content-security-policy", b"frame-ancestors 'none'"),
                    (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin")]
_LOGIN_PATHS = {"/login", "/login/"}
_FILE_PREFIXES = ("/gradio_api/file=", "/file=")
_PATH_IN_JSON = re.compile(r'"path":\s*"((?:[^"\\]|\\.)+)"')
_USER_TTL_S = 1.0
_MAX_TRACKED = 100_000


def is_loopback(host: str) -> bool:
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_bind(settings: Settings, host: str) -> str | None:
    """Refuse to serve without login on a non-loopback address; the start-up note when login is off."""
    if settings.ui.auth:
        return None
    if not is_loopback(host):
        raise ConfigError(f"已关闭登录（ui.auth = false）时只能在本机回环地址上启动，当前监听地址 {host} 会让任何能访问"
                          "该端口的人都拥有管理员权限。请改用 --host 127.0.0.1，或开启登录（ui.auth = true）。")
    return ("注意：已关闭登录（ui.auth = false），本机任何人打开页面即为管理员；只接受 Host 为 localhost/127.0.0.1 的访问，"
            "不要通过端口转发或反向代理把它暴露给其他电脑。")


def make_auth(service: ReviewService) -> Callable[[str, str], Awaitable[bool]]:
    """Gradio's login check as a coroutine: scrypt runs in a thread, at most two at once."""
    state: dict[str, asyncio.Semaphore] = {}

    async def auth(username: str, password: str) -> bool:
        sem = state.setdefault("sem", asyncio.Semaphore(2))
        async with sem:
            user = await asyncio.to_thread(service.authenticate, username, password)
        return user is not None

    return auth


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, *, service: ReviewService, guard: LoginGuard | None = None) -> None:
        self.app, self.service = app, service
        self.settings = service.settings
        self.guard = guard or LoginGuard(service.store, service.settings.ui)
        self._users: dict[str, tuple[float, users.User | None]] = {}
        self._owners: dict[str, str] = {}
        self._lock = threading.Lock()
        self._cache_dir = os.path.realpath(os.environ.get("GRADIO_TEMP_DIR")
                                           or str(Path(tempfile.gettempdir()) / "gradio"))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        refusal = self._refuse_request(scope, headers)
        if refusal is not None:
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            else:
                await _reply(send, *refusal)
            return
        path = scope.get("path", "")
        username = self._session_user(scope, headers)
        if scope["type"] == "http" and scope.get("method") == "POST" and path in _LOGIN_PATHS and self.settings.ui.auth:
            await self._login(scope, receive, send)
            return
        if path.startswith("/gradio_api/upload") and self.settings.ui.auth:
            user = self._user(username) if username else None
            if user is None or not user.can_self_check:
                await _reply(send, 403, "当前账号不能上传文件。")
                return
        if path.startswith(_FILE_PREFIXES) and self.settings.ui.auth and not self._may_read(path, username):
            await _reply(send, 404, "文件不存在或无权下载。")
            return
        track = username if self.settings.ui.auth and username and (
            path.startswith("/gradio_api/upload") or path.startswith("/gradio_api/queue/data")) else None
        await self.app(scope, receive, self._send_with_headers(send, track))

    # ---- checks before Gradio sees the request -------------------------------------------------
    def _refuse_request(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
        host = headers.get("host", "")
        hostname = _hostname(host)
        allowed = self.settings.ui.allowed_hosts
        if allowed and hostname not in {h.lower() for h in allowed}:
            return 400, "访问地址（Host）不在允许列表中。"
        if not self.settings.ui.auth and not is_loopback(hostname):
            return 400, "未开启登录时只接受通过 localhost/127.0.0.1 的访问（Host 头不符，可能是 DNS 重绑定攻击）。"
        origin = headers.get("origin")
        if origin is not None and not self._same_origin(origin, host):
            return 403, "不接受来自其他网站或端口的请求。"
        site, mode = headers.get("sec-fetch-site"), headers.get("sec-fetch-mode")
        if site in {"cross-site", "same-site"} and mode not in {"navigate", None}:
            return 403, "不接受来自其他网站或端口的请求。"
        path = scope.get("path", "")
        if path.rstrip("/") == "/logout" and headers.get("sec-fetch-dest") not in {None, "document"}:
            return 403, "退出登录只能通过点击页面上的链接。"
        if path.startswith("/gradio_api/deep_link"):
            return 404, "不支持分享链接。"
        return None

    def _same_origin(self, origin: str, host: str) -> bool:
        """``Origin`` names this server: the same host and port as the Host header (the scheme may differ
        behind a TLS proxy), or one of ``ui.allowed_origins``."""
        origin = origin.strip().rstrip("/").lower()
        if origin in {o.rstrip("/").lower() for o in self.settings.ui.allowed_origins}:
            return True
        parts = urlsplit(origin)
        if not parts.hostname:
            return False  # "null" (sandboxed frames, file pages) and garbage
        default = {"http": 80, "https": 443}.get(parts.scheme)
        own = urlsplit(f"{parts.scheme}://{host.strip().lower()}")
        try:
            return parts.hostname == own.hostname and (parts.port or default) == (own.port or default)
        except ValueError:  # an unparsable port
            return False

    def _session_user(self, scope: Scope, headers: dict[str, str]) -> str | None:
        """The user of the session cookie; a removed user's sessions are ended here."""
        app = scope.get("app")
        tokens: dict[str, str] | None = getattr(app, "tokens", None)
        cookie_id = getattr(app, "cookie_id", None)
        if not tokens or cookie_id is None:
            return None
        cookies = _cookies(headers.get("cookie", ""))
        token = cookies.get(f"access-token-{cookie_id}") or cookies.get(f"access-token-unsecure-{cookie_id}")
        username = tokens.get(token or "")
        if username is None:
            return None
        if self._user(username) is None:
            for t in [t for t, u in list(tokens.items()) if u == username]:
                tokens.pop(t, None)
            return None
        return username

    def _user(self, username: str) -> users.User | None:
        now = time.monotonic()
        cached = self._users.get(username)
        if cached is not None and now - cached[0] < _USER_TTL_S:
            return cached[1]
        found = users.get_user(self.service.store, username)
        self._users[username] = (now, found)
        return found

    def _may_read(self, path: str, username: str | None) -> bool:
        raw = unquote(path.split("=", 1)[1]) if "=" in path else ""
        real = os.path.realpath(raw)
        if not (real == self._cache_dir or real.startswith(self._cache_dir + os.sep)):
            return True  # not in the cache: Gradio's own allowed-path rules apply
        with self._lock:
            return username is not None and self._owners.get(real) == username

    # ---- login ---------------------------------------------------------------------------------
    async def _login(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = bool(message.get("more_body")) and len(body) < 64 * 1024
        username = await _form_username(scope, body)
        address = (scope.get("client") or ("?", 0))[0]
        refusal = await asyncio.to_thread(self.guard.refusal, username, address)  # reads the store
        if refusal is not None:
            await _reply(send, 429, refusal)
            return
        status: list[int] = []
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def watch(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
                # Counted and audited before the answer leaves: the next attempt already sees it.
                if status[0] == 200:
                    await asyncio.to_thread(self.guard.succeeded, username)
                elif status[0] in (400, 401):
                    await asyncio.to_thread(self.guard.failed, username, address)
            await send(message)

        await self.app(scope, replay, self._send_with_headers(watch, None))

    # ---- responses -----------------------------------------------------------------------------
    def _send_with_headers(self, send: Send, track_user: str | None) -> Send:
        tail = [""]

        async def wrapped(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            elif message["type"] == "http.response.body" and track_user is not None:
                self._register(track_user, tail, message.get("body", b""))
            await send(message)

        return wrapped

    def _register(self, username: str, tail: list[str], chunk: bytes) -> None:
        """Note which user each cached file path in an upload reply or event stream was given to."""
        text = tail[0] + chunk.decode("utf-8", "replace")
        found = []
        for m in _PATH_IN_JSON.finditer(text):
            try:
                found.append(os.path.realpath(json.loads(f'"{m.group(1)}"')))
            except ValueError:
                continue
        tail[0] = text[-2048:]
        if found:
            with self._lock:
                for p in found:
                    self._owners.setdefault(p, username)
                while len(self._owners) > _MAX_TRACKED:  # the oldest entries' files have expired by then
                    del self._owners[next(iter(self._owners))]
        if isinstance(chunk, bytes) and chunk.startswith(b"["):  # the upload endpoint answers a JSON list
            try:
                paths = json.loads(chunk)
            except ValueError:
                return
            with self._lock:
                for p in paths if isinstance(paths, list) else []:
                    if isinstance(p, str):
                        self._owners.setdefault(os.path.realpath(p), username)


async def _form_username(scope: Scope, body: bytes) -> str:
    """The ``username`` field of a login form, urlencoded or multipart (the browser sends FormData)."""
    from starlette.requests import Request

    async def once() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        form = await Request(scope, once).form(max_files=0, max_fields=20)
        value = form.get("username")
    except Exception:  # a malformed form: Gradio itself will refuse it
        return ""
    return value.strip() if isinstance(value, str) else ""


async def _reply(send: Send, status: int, message: str) -> None:
    body = json.dumps({"detail": message, "error": message}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def _hostname(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cookies(header: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in header.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out
