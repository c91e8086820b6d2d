"""DeepSeek chat in the browser (chat.deepseek.com): the prompt of `/api/v0/chat/completion`, and a
blocked prompt answered as an assistant message in DeepSeek's own patch stream.

Endpoints read (POST only; uploads, PoW challenges, sessions and everything else go to the
generic fallback): `/api/v0/chat/completion` and `/api/v0/chat/edit_message` (an edited
earlier prompt), field `prompt` (files travel as `ref_file_ids`, uploaded separately through
`/api/v0/file/upload_file`). The upload itself (multipart, part `file`; xtekky/gpt4free
`DeepSeek` clients, 2026) is read like any upload (dlp_proxy.adapters.generic) and refused
with DeepSeek's error envelope, which the app shows as a failed upload.

The in-chat notice is HTTP 200 `text/event-stream` in the JSON-patch stream the web app reads
(section 3.16 of ai-endpoints.md; 2025-26 reverse-engineered clients)::

    event: ready
    data: {"request_message_id":<parent + 1>,"response_message_id":<parent + 2>,"model_type":"default"}

    data: {"v":{"response":{"message_id":<parent + 2>,"parent_id":<parent + 1>,"model":"",
           "role":"ASSISTANT","thinking_enabled":<as asked>,"search_enabled":<as asked>,
           "status":"WIP","accumulated_token_usage":0,"files":[],"tips":[],"inserted_at":<now>,
           "fragments":[{"id":1,"type":"RESPONSE","content":"<the notice>","references":[],
           "stage_id":1}]}}}

    data: {"p":"response/status","o":"SET","v":"FINISHED"}

    event: finish
    data: {}

    event: close
    data: {"click_behavior":"none","auto_resume":false}

(`<parent>` is the request's `parent_message_id`, 0 for a new chat.) An edit gets the error
envelope below instead: the ids of its new branch are the server's next free ones, which the
proxy cannot know, and a made-up id could be one the app already shows. The text sits in a
RESPONSE fragment, the form since 2025; streams of older app versions put it in
`response/content` instead. Nothing is stored server-side, so the app may not find these
message ids after a reload. Other requests get HTTP 400 with DeepSeek's envelope
`{"code":40003,"msg":N,"data":{"biz_code":1,"biz_msg":N,"biz_data":null}}`.
"""

from __future__ import annotations

import time
from typing import Any

from dlp_proxy.adapters import sse
from dlp_proxy.adapters.base import (
    BlockResponse,
    Extraction,
    JsonPath,
    RequestView,
    Segment,
    json_error,
    object_or_empty,
    parse_object,
    write_back,
)
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.errors import AdapterError

ROUTES = {
    "/api/v0/chat/completion": "chat.completion",
    "/api/v0/chat/edit_message": "chat.edit_message",
    "/api/v0/file/upload_file": "file.upload",
}
STREAMED_NOTICE = {"chat.completion"}


def _request_fields(body: bytes) -> tuple[int, bool, bool]:
    """parent_message_id (0 when none), thinking_enabled, search_enabled of a possibly unreadable body."""
    doc = object_or_empty(body)
    parent = doc.get("parent_message_id")
    parent = parent if isinstance(parent, int) and not isinstance(parent, bool) and parent >= 0 else 0
    return parent, doc.get("thinking_enabled") is True, doc.get("search_enabled") is True


def notice_events(notice: str, parent: int, thinking: bool, search: bool) -> list[tuple[str | None, Any]]:
    """A finished assistant message whose single RESPONSE fragment is `notice`."""
    asked, answer = parent + 1, parent + 2
    response = {
        "message_id": answer,
        "parent_id": asked,
        "model": "",
        "role": "ASSISTANT",
        "thinking_enabled": thinking,
        "ban_edit": False,
        "ban_regenerate": False,
        "status": "WIP",
        "accumulated_token_usage": 0,
        "files": [],
        "tips": [],
        "inserted_at": round(time.time(), 3),
        "search_enabled": search,
        "search_status": None,
        "search_results": None,
        "fragments": [{"id": 1, "type": "RESPONSE", "content": notice, "references": [], "stage_id": 1}],
    }
    return [
        ("ready", {"request_message_id": asked, "response_message_id": answer, "model_type": "default"}),
        (None, {"v": {"response": response}}),
        (None, {"p": "response/status", "o": "SET", "v": "FINISHED"}),
        ("finish", {}),
        ("close", {"click_behavior": "none", "auto_resume": False}),
    ]


class DeepSeekWebAdapter:
    """The prompt of a DeepSeek chat completion; session ids, flags and file ids are left alone."""

    name = "deepseek_web"

    def handles(self, request: RequestView) -> bool:
        return request.method == "POST" and request.route.rstrip("/") in ROUTES

    def extract(self, request: RequestView) -> Extraction:
        if ROUTES[request.route.rstrip("/")] == "file.upload":  # multipart, read as any upload
            inner = GenericAdapter().extract(request)
            return Extraction(
                "file.upload", inner.segments, inner, images=inner.images, labels=inner.labels, extra=inner.extra
            )
        doc = parse_object(request.body)
        prompt = doc.get("prompt")
        if not isinstance(prompt, str):
            raise AdapterError("chat request without a 'prompt' string")
        endpoint = ROUTES.get(request.route.rstrip("/"), "unknown")
        return Extraction(endpoint, [Segment(("prompt",), prompt, "user")], document=doc, stream=True)

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        if extraction.endpoint == "file.upload":
            return GenericAdapter().rewrite(request, extraction.document, texts)
        return write_back(extraction.document, texts)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        if self.handles(request) and ROUTES[request.route.rstrip("/")] in STREAMED_NOTICE:
            return sse.answer(notice_events(notice, *_request_fields(request.body)), decision_id)
        envelope = {"code": 40003, "msg": notice, "data": {"biz_code": 1, "biz_msg": notice, "biz_data": None}}
        return json_error(400, envelope, decision_id)

    def answer_note(self, request: RequestView, extraction: Extraction, note: str) -> bytes | None:
        # None: the server's stream opens with `ready` and a `{"v": {"response": ...}}` snapshot
        # that replaces the whole message state, and bare {"v": ...} frames continue the
        # previous path. A fragment put in front of it would be wiped by that snapshot (or,
        # as a message of its own, carry ids the server is about to give its answer). The
        # mask note goes in the x-dlp-notice header.
        return None
