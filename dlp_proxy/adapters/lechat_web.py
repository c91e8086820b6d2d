"""Mistral Le Chat (chat.mistral.ai): the first prompt in tRPC `message.newChat`, later ones in `/api/chat`.

Requests (ai-endpoints.md 3.15; public web, CLI and Android-app clients, 2025-26):
- `POST /api/trpc/message.newChat?batch=1`: `{"0": {"json": {"content": [{"type": "text",
  "text": PROMPT}], ...}, "meta": {...}}}` (older clients: `content` a string; without
  `batch=1` the body is the `{"json": ...}` object itself).
- `POST /api/chat`: `{"chatId", "mode": "append", "messageId", "messageInput": [{"type":
  "text", "text": PROMPT}], ...}` (older: `messageInput` a string); `mode: "start"` and
  `"retry"` carry no prompt (start generates the answer to the message newChat stored).

Other `newChat` input fields (issue 21's cross-check of 2026 clients; their inner shapes are
not published, so every string in them is read, whatever the nesting): `voiceInput` (dictation:
the request then carries audio, decided by `settings.audio`, see dlp_proxy.policy.audio_section),
`libraries` and `canva` (documents and canvas text the message brings along), and the project
fields (`project*`).

The `/api/chat` answer (a 2025 capture kept in a public repository, and 2026 client tests) is
lines `<channel>:<superjson>`: `16:{"json":{"disclaimers":[]}}`, then `15:` messages of
JSON-patch operations on the assistant message, and `8:null` at the end.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from dlp_proxy.adapters.base import (
    AUDIO,
    BlockResponse,
    Extraction,
    JsonPath,
    RequestView,
    Segment,
    collect_strings,
    json_error,
    object_or_empty,
    parse_json,
    write_back,
)
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.errors import AdapterError

CHAT = "/api/chat"
TRPC = "/api/trpc/"
NEW_CHAT = "message.newChat"
CONTEXT_FIELDS = ("voiceInput", "libraries", "canva")


def _context_fields(call: dict[str, Any], base: JsonPath, out: list[Segment]) -> bool:
    """Every string of newChat's context fields; whether the call carries dictation."""
    for key, value in call.items():
        if key in CONTEXT_FIELDS or key.startswith("project"):
            collect_strings(value, (*base, key), "context", out)
    return call.get("voiceInput") is not None


def _procedures(request: RequestView) -> list[str]:
    route = request.route
    return route[len(TRPC) :].split(",") if route.startswith(TRPC) else []


def _batched(request: RequestView) -> bool:
    return "batch=1" in request.path.partition("?")[2].split("&")


def _content(value: Any, base: JsonPath, what: str, out: list[Segment]) -> None:
    """A message's text: a string, or chunks of which the `text` ones carry words."""
    if value is None:
        return
    if isinstance(value, str):
        out.append(Segment(base, value, "user"))
        return
    if not isinstance(value, list):  # an unknown shape is not skipped: fail closed
        raise AdapterError(f"Le Chat '{what}' is neither a string nor a list of chunks")
    for i, chunk in enumerate(value):
        if isinstance(chunk, dict) and isinstance(chunk.get("text"), str):
            out.append(Segment((*base, i, "text"), chunk["text"], "user"))


class LeChatWebAdapter:
    """Le Chat: newChat's first prompt and /api/chat follow-ups; notices as a Le Chat answer stream."""

    name = "lechat_web"

    def handles(self, request: RequestView) -> bool:
        if request.method != "POST":
            return False
        return request.route.rstrip("/") == CHAT or NEW_CHAT in _procedures(request)

    def extract(self, request: RequestView) -> Extraction:
        doc = parse_json(request.body)
        if not isinstance(doc, dict):
            raise AdapterError("Le Chat request body is not a JSON object")
        segments: list[Segment] = []
        if request.route.rstrip("/") == CHAT:
            _content(doc.get("messageInput"), ("messageInput",), "messageInput", segments)
            return Extraction("lechat_web.chat", segments, doc, stream=True)
        procedures = _procedures(request)
        audio = False
        for i, procedure in enumerate(procedures):
            if procedure != NEW_CHAT:
                continue
            # batch=1: {"0": {"json": input}, ...}; unbatched: {"json": input}
            call, base = (doc.get(str(i)), (str(i), "json")) if _batched(request) else (doc, ("json",))
            if not isinstance(call, dict) or not isinstance(call.get("json"), dict):
                raise AdapterError(f"Le Chat newChat call {i} has no 'json' input object")
            _content(call["json"].get("content"), (*base, "content"), "content", segments)
            audio = _context_fields(call["json"], base, segments) or audio
        return Extraction("lechat_web.new_chat", segments, doc, extra={AUDIO: audio} if audio else {})

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        return write_back(extraction.document, texts)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        if not self.handles(request):  # page loads, other tRPC calls, uploads: the generic answer
            return GenericAdapter().block_response(request, notice, decision_id)
        if request.route.rstrip("/") == CHAT:
            # text/plain as the app's older Vercel-style `0:"..."` line stream was served; the
            # app reads the body line by line, not as EventSource (no `data:` lines) [inferred].
            return BlockResponse(
                200,
                {
                    "content-type": "text/plain; charset=utf-8",
                    "cache-control": "no-cache",
                    "x-dlp-decision-id": decision_id,
                },
                answer(notice, *_chat_ids(request)),
            )
        # newChat is a tRPC mutation: the app validates its answer strictly, and public tests
        # saw it swallow every error and every forged result without showing text. So: the
        # tRPC error envelope (superjson), honest and readable in the browser's devtools.
        error = {
            "json": {
                "message": notice,
                "code": -32003,
                "data": {"code": "FORBIDDEN", "httpStatus": 403, "path": NEW_CHAT},
            }
        }
        if _batched(request):
            return BlockResponse(
                403,
                {"content-type": "application/json", "x-dlp-decision-id": decision_id},
                json.dumps([{"error": error}] * len(_procedures(request)), ensure_ascii=False).encode("utf-8"),
            )
        return json_error(403, {"error": error}, decision_id)

    def answer_note(self, request: RequestView, extraction: Extraction, note: str) -> bytes | None:
        # None: every `15:` line patches one message by id, and the assistant message's id
        # is only known from upstream's first patch (which replaces the whole message); a
        # line for a made-up message id, or a `16:` disclaimer of a shape nobody has
        # published, could break the app's message store. The note stays in x-dlp-notice.
        return None


def _line(channel: int, value: Any) -> bytes:
    return f"{channel}:{json.dumps(value, ensure_ascii=False, separators=(',', ':'))}\n".encode()


def _patch(message_id: str, patches: list[dict[str, Any]], meta: dict[str, Any] | None = None) -> bytes:
    value: dict[str, Any] = {
        "json": {"type": "message", "messageId": message_id, "messageVersion": 0, "patches": patches}
    }
    if meta is not None:
        value["meta"] = meta
    return _line(15, value)


def answer(text: str, chat_id: str | None, parent_id: str | None) -> bytes:
    """A finished assistant message whose text is `text`, as the `/api/chat` stream sends it."""
    message_id = str(uuid.uuid4())
    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    root: dict[str, Any] = {
        "role": "assistant",
        "content": "",
        "contentChunks": None,
        "createdAt": now,
        "chatId": chat_id,
        "files": [],
        "id": message_id,
        "moderationCategory": None,
        "reaction": "neutral",
        "references": None,
        "followups": [],
        "status": "active",
        "generationStatus": "in-progress",
        "parentId": parent_id,
        "parentVersion": 0,
        "version": 0,
        "versionCount": 1,
        "visibility": "private",
    }
    return b"".join(
        (
            _line(16, {"json": {"disclaimers": []}}),
            _patch(
                message_id,
                [{"op": "replace", "path": [], "value": root}],
                {"values": {"patches.0.value.createdAt": ["Date"]}},
            ),
            _patch(
                message_id, [{"op": "replace", "path": "/contentChunks", "value": [{"type": "text", "text": text}]}]
            ),
            _patch(message_id, [{"op": "replace", "path": "/content", "value": text}]),
            _patch(message_id, [{"op": "replace", "path": "/generationStatus", "value": "success"}]),
            b"8:null\n",
        )
    )


def _chat_ids(request: RequestView) -> tuple[str | None, str | None]:
    """The request's chat and (for append) its new user message, so the notice answers that message."""
    doc = object_or_empty(request.body)
    chat, parent = doc.get("chatId"), doc.get("messageId")
    return (chat if isinstance(chat, str) else None), (parent if isinstance(parent, str) else None)
