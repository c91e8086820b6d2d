"""ChatGPT in the browser (chatgpt.com, chat.openai.com): the prompt in `/backend-api/f/conversation`,
and a blocked prompt answered as an assistant message in ChatGPT's own event stream.

Endpoints read (POST only; everything else on these hosts goes to the generic fallback):

- `/backend-api/f/conversation`, `/backend-api/conversation` and the logged-out
  `/backend-anon/...` twins: `messages[*].content.parts[*]` (strings; dict parts with a `text`,
  such as voice transcripts) and `messages[*].content.text`.
- `/backend-api/f/conversation/prepare` (sent while the person types): `partial_query`, a
  message of the same shape.
- Side channels (custom instructions, Projects, Codex, dictation): see
  dlp_proxy.adapters.chatgpt_channels.

The in-chat notice (block and warn) on a conversation endpoint is HTTP 200,
`content-type: text/event-stream; charset=utf-8`, in the "v1" delta encoding the web app asks
for with `supported_encodings: ["v1"]` (section 3.8 of ai-endpoints.md)::

    event: delta_encoding
    data: "v1"

    event: delta
    data: {"p":"","o":"add","v":{"message":{"id":"<new uuid4>","author":{"role":"assistant",
           "name":null,"metadata":{}},"create_time":<now>,"update_time":null,"content":
           {"content_type":"text","parts":[""]},"status":"in_progress","end_turn":null,
           "weight":1.0,"metadata":{"dlp_decision_id":"<id>","parent_id":"<id of the request's
           last message, when it has one>"},"recipient":"all","channel":null},
           "conversation_id":"<the request's conversation_id, else a new uuid4>","error":null},"c":0}

    event: delta
    data: {"p":"/message/content/parts/0","o":"append","v":"<the notice>"}

    event: delta
    data: {"p":"","o":"patch","v":[{"p":"/message/status","o":"replace","v":"finished_successfully"},
           {"p":"/message/end_turn","o":"replace","v":true}]}

    data: {"type":"message_stream_complete","conversation_id":"<same conversation id>"}

    data: [DONE]

(each `data:` is one line of compact JSON; wrapped here to read). The text of the assistant
message is the concatenation of the `append` values on `/message/content/parts/0`. Any other
request the tool's notice must answer (uploads, prepare, settings, custom instructions,
Projects, Codex tasks, dictation) gets HTTP 400 `{"detail": "<notice>"}`, the shape whose
`detail` string the ChatGPT UI shows; a cross-origin
request (the blob upload from chatgpt.com) also gets `access-control-allow-origin` so the page
can read it. `/backend-api/codex/responses` (a Responses API client, the Codex CLI and
IDE extension) gets the OpenAI error envelope instead,
`{"error": {"message": N, "type": "invalid_request_error", "code": "dlp_blocked"}}`.
401 and 403 are avoided: they send the app to re-login or its bot check.

Limits (unverified against the live app, ai-endpoints.md section 5): the notice is not stored
server-side, so it is gone after a reload, and a message sent right under it names the
notice's id as its parent, which the server does not know; in a new chat the conversation id
is made up as well.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any

from dlp_proxy.adapters import chatgpt_channels as channels
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
from dlp_proxy.errors import AdapterError

# (route pattern, endpoint name); anchored, so `/backend-api/conversation/{id}` (GET, PATCH) is not one.
ENDPOINTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^/backend-(?:api|anon)/(?:f/)?conversation$"), "conversation"),
    (re.compile(r"^/backend-(?:api|anon)/(?:f/)?conversation/prepare$"), "conversation.prepare"),
]
STREAMED = {"conversation"}


def endpoint_of(route: str) -> str | None:
    route = route.rstrip("/")
    for pattern, name in ENDPOINTS:
        if pattern.match(route):
            return name
    return None


def _message_segments(msg: Any, base: JsonPath, where: str) -> list[Segment]:
    """The text of one ChatGPT message: string parts, `text` of dict parts, and `content.text`."""
    if not isinstance(msg, dict):
        raise AdapterError(f"{where} is not an object")
    author = msg.get("author")
    role = str(author.get("role", "user")) if isinstance(author, dict) else "user"
    content = msg.get("content")
    if content is None:
        return []
    if not isinstance(content, dict):
        raise AdapterError(f"{where}.content is not an object")
    out: list[Segment] = []
    parts = content.get("parts")
    if parts is not None and not isinstance(parts, list):
        raise AdapterError(f"{where}.content.parts is not an array")
    for j, part in enumerate(parts or []):
        if isinstance(part, str):
            out.append(Segment((*base, "content", "parts", j), part, role))
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            # e.g. {"content_type": "audio_transcription", "text": ...}; asset pointers carry no text.
            out.append(Segment((*base, "content", "parts", j, "text"), part["text"], role))
    if isinstance(content.get("text"), str):  # content_type "code" and similar
        out.append(Segment((*base, "content", "text"), content["text"], role))
    return out


def _conversation(doc: dict[str, Any]) -> list[Segment]:
    messages = doc.get("messages")
    if messages is None:  # "variant" / "continue" turns carry no new message
        return []
    if not isinstance(messages, list):
        raise AdapterError("'messages' is not an array")
    out: list[Segment] = []
    for i, msg in enumerate(messages):
        out += _message_segments(msg, ("messages", i), f"messages[{i}]")
    return out


def _prepare(doc: dict[str, Any]) -> list[Segment]:
    partial = doc.get("partial_query")
    if partial is None:
        return []
    if isinstance(partial, str):
        return [Segment(("partial_query",), partial, "user")]
    return _message_segments(partial, ("partial_query",), "partial_query")


def _ids(body: bytes) -> tuple[str, str | None]:
    """The request's conversation id (else a new one) and the id of its last message, if any.

    The body may be the unreadable one being blocked, so nothing here raises.
    """
    doc = object_or_empty(body)
    conversation = doc.get("conversation_id")
    messages = doc.get("messages")
    last = messages[-1] if isinstance(messages, list) and messages else None
    parent = last.get("id") if isinstance(last, dict) else None
    return (
        conversation if isinstance(conversation, str) and conversation else str(uuid.uuid4()),
        parent if isinstance(parent, str) and parent else None,
    )


def notice_events(
    notice: str, decision_id: str, conversation_id: str, parent_id: str | None = None
) -> list[tuple[str | None, Any]]:
    """One finished assistant message holding `notice`, in the v1 delta encoding; `parent_id`
    is the person's message it answers (in the metadata, as the server's own messages have it)."""
    metadata: dict[str, Any] = {"dlp_decision_id": decision_id}
    if parent_id is not None:
        metadata["parent_id"] = parent_id
    message = {
        "id": str(uuid.uuid4()),
        "author": {"role": "assistant", "name": None, "metadata": {}},
        "create_time": round(time.time(), 6),
        "update_time": None,
        "content": {"content_type": "text", "parts": [""]},
        "status": "in_progress",
        "end_turn": None,
        "weight": 1.0,
        "metadata": metadata,
        "recipient": "all",
        "channel": None,
    }
    finish = [
        {"p": "/message/status", "o": "replace", "v": "finished_successfully"},
        {"p": "/message/end_turn", "o": "replace", "v": True},
    ]
    return [
        ("delta_encoding", json.dumps("v1")),  # data: "v1", a JSON string
        (
            "delta",
            {"p": "", "o": "add", "v": {"message": message, "conversation_id": conversation_id, "error": None}, "c": 0},
        ),
        ("delta", {"p": "/message/content/parts/0", "o": "append", "v": notice}),
        ("delta", {"p": "", "o": "patch", "v": finish}),
        (None, {"type": "message_stream_complete", "conversation_id": conversation_id}),
        (None, "[DONE]"),
    ]


def cross_origin(request: RequestView) -> dict[str, str]:
    """CORS headers so a page on another origin (chatgpt.com uploading to the blob host) can read the notice."""
    origin = request.headers.get("origin", "")
    if not origin or origin.split("://", 1)[-1].split("/", 1)[0].lower() == request.host.lower():
        return {}
    return {
        "access-control-allow-origin": origin,
        "access-control-expose-headers": "x-dlp-decision-id",
        "vary": "Origin",
    }


class ChatGPTWebAdapter:
    """The prompt of ChatGPT's web app; other fields (ids, tokens, hints) are left alone."""

    name = "chatgpt_web"

    def handles(self, request: RequestView) -> bool:
        route = request.route
        return request.method == "POST" and (endpoint_of(route) or channels.channel_of(route)) is not None

    def extract(self, request: RequestView) -> Extraction:
        channel = channels.channel_of(request.route)
        if channel == channels.TRANSCRIBE:
            return channels.transcribe(request)
        doc = parse_object(request.body)
        if channel is not None:
            return Extraction(endpoint=channel, segments=channels.json_segments(channel, doc), document=doc)
        endpoint = endpoint_of(request.route) or "unknown"
        segments = _prepare(doc) if endpoint == "conversation.prepare" else _conversation(doc)
        return Extraction(endpoint=endpoint, segments=segments, document=doc, stream=endpoint in STREAMED)

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        if extraction.endpoint == channels.TRANSCRIBE:
            return channels.rewrite_transcribe(extraction, texts, request.body)
        return write_back(extraction.document, texts)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        if request.method == "POST" and endpoint_of(request.route) in STREAMED:
            conversation_id, parent_id = _ids(request.body)
            return sse.answer(notice_events(notice, decision_id, conversation_id, parent_id), decision_id)
        if channels.channel_of(request.route) == channels.CODEX:
            error = {"message": notice, "type": "invalid_request_error", "code": "dlp_blocked"}
            return json_error(400, {"error": error}, decision_id)
        r = json_error(400, {"detail": notice}, decision_id)
        return BlockResponse(r.status, {**r.headers, **cross_origin(request)}, r.body)

    def answer_note(self, request: RequestView, extraction: Extraction, note: str) -> bytes | None:
        # None: the v1 delta stream is stateful. The server's own first events announce the
        # encoding again and add its assistant message at the root with counter "c": 0, and
        # bare {"v": ...} frames continue the previous pointer. A message put in front of that
        # stream would sit on the same counter and be replaced by (or merged into) the real
        # answer, and a prefix cannot renumber the server's events. The mask note goes in the
        # x-dlp-notice response header instead.
        return None
