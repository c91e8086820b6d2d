"""Claude.ai in the browser and the desktop app: the prompt and pasted or converted files of a
completion, and a blocked prompt answered as an assistant message in Claude.ai's own stream.

Endpoints read (POST; everything else on the host goes to the generic fallback):

- `/api/organizations/{org}/chat_conversations/{conv}/completion` and `.../retry_completion`:
  `prompt`, `attachments[*].extracted_content` (the full text of pasted text and converted
  documents), `personalized_styles[*].prompt` and `custom_system_prompt`.
- Side channels (titles, feedback, Projects and their documents, uploads): see
  dlp_proxy.adapters.claude_channels.

The in-chat notice is HTTP 200 `text/event-stream` with the Messages-API-like events the web
app reads (section 3.10 of ai-endpoints.md; the event list of the 2026 front-end bundle):
`message_start` (`uuid` and `parent_uuid` are the request's
`turn_message_uuids.assistant_message_uuid` and `.human_message_uuid` when it sends them, so
the app's own ids match; else a new uuid and null), one `text` content block with a single
`text_delta` holding the notice, `content_block_stop`, `message_delta` with
`stop_reason: "end_turn"`, `message_stop`; each `event:` name equals the data's `type`.
Other requests (side channels, uploads) get HTTP 400 `{"type":"error","error":{"type":"permission_error","message":N}}`,
the shape claude.ai's back end uses for its own refusals. The notice is not stored
server-side: it is gone after a reload, and a message sent right under it names a parent the
server does not know (unverified against the live app).
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from typing import Any

from dlp_proxy.adapters import claude_channels as channels
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

COMPLETION = re.compile(r"^/api/organizations/[^/]+/chat_conversations/[^/]+/(completion|retry_completion)$")


def endpoint_of(route: str) -> str | None:
    m = COMPLETION.match(route.rstrip("/"))
    return m.group(1) if m else None


def _completion(doc: dict[str, Any]) -> list[Segment]:
    out: list[Segment] = []
    prompt = doc.get("prompt")
    if prompt is not None and not isinstance(prompt, str):
        raise AdapterError("'prompt' is not a string")
    if prompt is not None:
        out.append(Segment(("prompt",), prompt, "user"))
    attachments = doc.get("attachments")
    if attachments is not None and not isinstance(attachments, list):
        raise AdapterError("'attachments' is not an array")
    for i, attachment in enumerate(attachments or []):
        if not isinstance(attachment, dict):
            raise AdapterError(f"attachments[{i}] is not an object")
        content = attachment.get("extracted_content")
        if content is not None and not isinstance(content, str):
            raise AdapterError(f"attachments[{i}].extracted_content is not a string")
        if content is not None:
            out.append(Segment(("attachments", i, "extracted_content"), content, "user"))
    styles = doc.get("personalized_styles")
    if isinstance(styles, list):  # a person can write their own style: instructions sent on every turn
        for i, style in enumerate(styles):
            if isinstance(style, dict) and isinstance(style.get("prompt"), str):
                out.append(Segment(("personalized_styles", i, "prompt"), style["prompt"], "system"))
    if isinstance(doc.get("custom_system_prompt"), str):
        out.append(Segment(("custom_system_prompt",), doc["custom_system_prompt"], "system"))
    return out


def _turn_uuids(body: bytes) -> tuple[str | None, str | None]:
    """The uuids the app gave the person's message and the answer (`turn_message_uuids`), if the
    (possibly unreadable) body has them."""
    turn = object_or_empty(body).get("turn_message_uuids")
    if not isinstance(turn, dict):
        return None, None
    human, assistant = turn.get("human_message_uuid"), turn.get("assistant_message_uuid")
    return (
        human if isinstance(human, str) and human else None,
        assistant if isinstance(assistant, str) and assistant else None,
    )


def notice_events(
    notice: str, parent_uuid: str | None, message_uuid: str | None = None
) -> list[tuple[str | None, Any]]:
    """One finished assistant message with one text block holding `notice`."""
    now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    message: dict[str, Any] = {
        "id": f"chatcompl_{uuid.uuid4().hex}",
        "type": "message",
        "role": "assistant",
        "model": "",
        "uuid": message_uuid or str(uuid.uuid4()),
        "parent_uuid": parent_uuid,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
    }
    block: dict[str, Any] = {
        "start_timestamp": now,
        "stop_timestamp": None,
        "type": "text",
        "text": "",
        "citations": [],
    }
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": message},
        {"type": "content_block_start", "index": 0, "content_block": block},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": notice}},
        {"type": "content_block_stop", "index": 0, "stop_timestamp": now},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None}},
        {"type": "message_stop"},
    ]
    return [(e["type"], e) for e in events]


class ClaudeWebAdapter:
    """The prompt and attached text of a Claude.ai completion; ids, tools and settings are left alone."""

    name = "claude_web"

    def handles(self, request: RequestView) -> bool:
        if channels.channel_of(request.method, request.route) is not None:
            return True
        return request.method == "POST" and endpoint_of(request.route) is not None

    def extract(self, request: RequestView) -> Extraction:
        channel = channels.channel_of(request.method, request.route)
        if channel == channels.UPLOAD:
            return channels.upload(request)
        doc = parse_object(request.body)
        if channel is not None:
            return Extraction(endpoint=channel, segments=channels.json_segments(channel, doc), document=doc)
        endpoint = endpoint_of(request.route) or "unknown"
        return Extraction(endpoint=endpoint, segments=_completion(doc), document=doc, stream=True)

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        if extraction.endpoint == channels.UPLOAD:
            return channels.rewrite_upload(request, extraction, texts)
        return write_back(extraction.document, texts)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        if request.method == "POST" and endpoint_of(request.route) is not None:
            return sse.answer(notice_events(notice, *_turn_uuids(request.body)), decision_id)
        return json_error(400, {"type": "error", "error": {"type": "permission_error", "message": notice}}, decision_id)

    def answer_note(self, request: RequestView, extraction: Extraction, note: str) -> bytes | None:
        # None: the app builds one assistant message per completion stream. Its first event,
        # message_start, starts that message afresh, so a message or text block put in front
        # of the server's stream would be discarded (or, without message_start of its own,
        # arrive before any message exists); and the server numbers its content blocks from
        # index 0, which a prefix cannot shift. The mask note goes in the x-dlp-notice header.
        return None
