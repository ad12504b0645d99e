"""Gradio's own texts in Chinese whatever the browser's language, through Gradio's i18n support.

Gradio translates its built-in texts ("Drop File Here", "Clear", "Loading", the login form…) by the
browser's locale, so an office PC with an English (or any other) browser would show them in that
language. :func:`translations` gives a ``gr.I18n`` that maps every built-in key this workspace can
show to Chinese, for every locale Gradio ships. The keys are given flat (``"login.username"``): the
frontend looks a flat key up before the nested dictionaries, so these win over Gradio's own entries,
which it loads after the custom ones.

Gradio sends custom translations with the app's config, but not with the login page's (that page
gets a bare ``auth_required`` config). :class:`TranslatedPages` adds the same translations to that
config, so the login form is Chinese too. The translations make the page and ``/config`` about
160 KB larger (33 locales), so those two responses are gzip-compressed for browsers that accept it
(Gradio compresses nothing); the upload and event-stream responses are left untouched.
"""

from __future__ import annotations

import json
from typing import Any

import gradio as gr
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The locales of the installed Gradio's frontend (its lang/*.json files); a test compares them.
GRADIO_LOCALES = ("ar", "ca", "ckb", "de", "en", "es", "et", "eu", "fa", "fi", "fr", "he", "hi", "id", "ja", "ko",
                  "lt", "nb", "nl", "pl", "pt", "pt-BR", "ro", "ru", "sv", "ta", "th", "tr", "uk", "ur", "uz",
                  "zh-CN", "zh-TW")

# Gradio's built-in keys a user of this workspace can meet (no audio, image, video or 3D components here).
ZH: dict[str, str] = {
    "login.login": "登录", "login.username": "用户名", "login.password": "密码",
    "login.incorrect_credentials": "用户名或密码不正确",
    "login.enable_cookies": "请在浏览器中允许本站点使用 Cookie 后再登录。",
    "common.built_with": "构建于", "common.built_with_gradio": "使用 Gradio 构建", "common.clear": "清除",
    "common.download": "下载", "common.download_all": "全部下载", "common.edit": "编辑", "common.empty": "空",
    "common.error": "错误提示", "common.hosted_on": "托管于", "common.loading": "加载中", "common.logo": "标志",
    "common.or": "或", "common.remove": "移除", "common.runs": "运行记录",
    "common.runs_description": "查看本浏览器保存的运行记录", "common.back_to_app": "返回",
    "common.back_to_app_description": "返回应用", "common.settings": "设置", "common.share": "分享",
    "common.submit": "提交", "common.undo": "撤销", "common.no_devices": "未找到设备", "common.language": "语言",
    "common.display_theme": "显示主题", "common.pwa": "渐进式网页应用", "common.progress": "进度",
    "common.record": "录制", "common.stop_recording": "停止录制", "common.screen_studio": "录屏",
    "common.share_gradio_tab": "分享页面", "common.run": "运行", "common.complete": "完成",
    "common.upload": "上传", "common.video": "视频", "common.webcam": "摄像头",
    "upload_text.click_to_upload": "点击上传", "upload_text.drop_file": "将文件拖放到此处",
    "upload_text.drop_csv": "将 CSV 文件拖放到此处", "upload_text.drop_image": "将图片拖放到此处",
    "upload_text.drop_audio": "将音频拖放到此处", "upload_text.drop_video": "将视频拖放到此处",
    "upload_text.drop_gallery": "将文件拖放到此处", "upload_text.paste_clipboard": "从剪贴板粘贴",
    "file.uploading": "正在上传…",
    "dataframe.incorrect_format": "格式不正确，只支持 CSV 和 TSV 文件", "dataframe.new_column": "添加列",
    "dataframe.new_row": "新行", "dataframe.add_row_above": "在上方添加行", "dataframe.add_row_below": "在下方添加行",
    "dataframe.delete_row": "删除行", "dataframe.delete_column": "删除列",
    "dataframe.add_column_left": "在左侧添加列", "dataframe.add_column_right": "在右侧添加列",
    "dataframe.sort_column": "排序", "dataframe.sort_ascending": "升序", "dataframe.sort_descending": "降序",
    "dataframe.drop_to_upload": "将 CSV 或 TSV 文件拖放到此处导入表格", "dataframe.import_empty_file": "文件为空。",
    "dataframe.import_no_column_names": "文件没有列名。",
    "dataframe.import_ragged_row": "文件第 {line} 行有 {fields} 列，表头有 {columns} 列。",
    "dataframe.import_static_columns": "表格的列不可修改，不能导入。",
    "dataframe.import_fixed_columns": "表格须为 {expected} 列，文件有 {actual} 列。",
    "dataframe.import_fixed_rows": "表格须为 {expected} 行，文件有 {actual} 行。",
    "dataframe.clear_sort": "取消排序", "dataframe.filter": "筛选", "dataframe.clear_filter": "清除筛选",
    "dropdown.dropdown": "下拉选择", "checkbox.checkbox": "复选框", "checkbox.checkbox_group": "复选框组",
    "number.number": "数字", "label.label": "标签", "radio.radio": "单选", "slider.slider": "滑块",
    "plot.plot": "图表", "code.code": "代码", "highlighted_text.highlighted_text": "标注文本",
    "chatbot.edit": "编辑", "chatbot.retry": "重试", "chatbot.undo": "撤销", "chatbot.submit": "发送",
    "chatbot.cancel": "取消", "chatbot.like": "有用", "chatbot.dislike": "没用", "chatbot.clear": "清空对话",
    "chatbot.complete": "完成", "chatbot.copy_message": "复制", "chatbot.copied_message": "已复制",
    "chat_interface.new_chat": "新对话", "chat_interface.message_placeholder": "输入问题…",
    "chat_interface.additional_inputs": "更多选项", "chat_interface.chatbot": "对话",
    "chat_interface.conversation": "对话",
    "blocks.connection_can_break": "页面切到后台或设备休眠时连接可能中断，排队位置会丢失。",
    "blocks.long_requests_queue": "当前排队的请求较多，请稍候。",
    "blocks.lost_connection": "离开页面导致连接中断，正在重新排队…",
    "blocks.waiting_for_inputs": "文件尚未上传完毕，请稍后再试。",
    "errors.build_error": "程序构建出错", "errors.config_error": "配置有误",
    "errors.contact_page_author": "请联系系统管理员。", "errors.no_app_file": "缺少应用文件",
    "errors.runtime_error": "运行出错", "errors.space_not_working": "服务无法使用：{0}",
    "errors.space_paused": "服务已暂停", "errors.use_via_api": "通过接口使用",
    "errors.use_via_api_or_mcp": "通过接口使用",
    "status.queue_position": "排队中：第 {position} 位，共 {size} 位",
}


def translations() -> gr.I18n:
    """The Chinese texts for every locale Gradio may pick from the browser."""
    return gr.I18n(**{locale: dict(ZH) for locale in GRADIO_LOCALES})


def login_config_json() -> bytes:
    """The translations as the JSON member added to the login page's inline config (safe inside <script>)."""
    text = json.dumps(translations().translations_dict, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return b'"i18n_translations":' + text.encode("utf-8") + b","


_LOGIN_CONFIG = b'window.gradio_config = {"auth_required":true'


class TranslatedPages:
    """ASGI middleware: the login page's inline config gets the Chinese translations the app's config has;
    the page and ``/config`` are compressed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._member = login_config_json()
        self._page = GZipMiddleware(self._translated, minimum_size=1024, compresslevel=6)
        self._config = GZipMiddleware(app, minimum_size=1024, compresslevel=6)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        page = scope.get("type") == "http" and scope.get("method") == "GET"
        if page and scope.get("path") == "/":
            await self._page(scope, receive, send)
        elif page and scope.get("path") == "/config":
            await self._config(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _translated(self, scope: Scope, receive: Receive, send: Send) -> None:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def buffer(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            if _LOGIN_CONFIG in body:
                body = body.replace(_LOGIN_CONFIG, _LOGIN_CONFIG[:-len(b'"auth_required":true')] + self._member
                                    + b'"auth_required":true', 1)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, buffer)
