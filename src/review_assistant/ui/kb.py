"""知识库: the policy documents with metadata and validity, upload and re-index, chunk preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from review_assistant.resources import RESOURCE_ROOT
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.ui import render
from review_assistant.ui.common import boundary, current_user

HEADERS = ["标题", "文号", "发文机关", "层级", "效力状态", "片段数", "文件"]


def _shown_path(path: str) -> str:
    p = Path(path)
    try:
        return p.relative_to(RESOURCE_ROOT).as_posix()
    except ValueError:
        return p.name


def documents_view(service: ReviewService, user: User) -> tuple[list[list[Any]], list[tuple[str, str]], str]:
    """Table rows, (label, source) choices for the chunk preview, and a status line."""
    docs, error = service.kb_documents(user)
    rows = []
    for d in docs:
        status = d.get("status") or "有效"
        if d.get("replaced_by"):
            status += f"（由 {d['replaced_by']} 替代）"
        rows.append([d.get("title", ""), d.get("doc_number", ""), d.get("issuer", ""), d.get("level", ""), status,
                     d.get("chunks", ""), _shown_path(str(d.get("source", "")))])
    choices = [(f"{d.get('title', '')}（{d.get('doc_number') or _shown_path(str(d['source']))}）", str(d["source"]))
               for d in docs if d.get("source")]
    return rows, choices, error or f"共 {len(rows)} 份政策文件。"


def reindex(service: ReviewService, user: User, files: list[str], progress: Any = None) -> str:
    """Ingest uploaded files (kept in the home, with their .meta.yaml sidecars) or the bundled folder."""
    return service.kb_ingest(user, [Path(f) for f in files], progress=progress)


def chunk_preview(service: ReviewService, user: User, source: str | None) -> str:
    if not source:
        return ""
    chunks, error = service.kb_chunks(user, source)
    if error:
        return f'<p class="ra-warn">{render.esc(error)}</p>'
    return "".join(f'<div class="ra-chunk"><span class="ra-muted">片段 {i}</span><br>{render.esc(c)}</div>'
                   for i, c in enumerate(chunks, 1))


def build(service: ReviewService) -> dict[str, Any]:
    status = gr.Markdown(elem_id="kb-status")
    table = gr.Dataframe(headers=HEADERS, value=[], interactive=False, wrap=True, elem_id="kb-table")
    with gr.Row():
        files = gr.File(label="上传政策文件（.docx/.pdf/.md/.txt，可附同名 .meta.yaml）", file_count="multiple", scale=3,
                        file_types=[".docx", ".pdf", ".md", ".txt", ".yaml"])
        with gr.Column(scale=2):
            ingest = gr.Button("导入并重建索引", variant="primary")
            gr.Markdown("不上传文件直接点击，则重新索引随附的政策目录。")
    source = gr.Dropdown(label="预览片段", choices=[])
    preview = gr.HTML()

    @boundary
    def on_load(request: gr.Request) -> tuple[Any, ...]:
        rows, sources, msg = documents_view(service, current_user(service, request))
        return rows, gr.update(choices=sources), render.esc(msg)

    @boundary
    def on_ingest(paths: list[str] | None, request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        user = current_user(service, request)
        msg = reindex(service, user, paths or [], progress=lambda f, m: progress(f, desc=m))
        rows, sources, _ = documents_view(service, user)
        return rows, gr.update(choices=sources), render.esc(msg)

    ingest.click(on_ingest, [files], [table, source, status], api_name="kb_ingest")

    @boundary
    def on_source(src: str | None, request: gr.Request) -> str:
        return chunk_preview(service, current_user(service, request), src)

    source.change(on_source, [source], [preview], api_visibility="private")
    return {"load": (on_load, [table, source, status])}
