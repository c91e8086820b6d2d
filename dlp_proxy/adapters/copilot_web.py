"""Microsoft Copilot, consumer (copilot.microsoft.com): prompts travel as JSON messages on the
chat WebSocket, and a held prompt is answered by a Copilot reply forged in the same events.

The socket is `wss://copilot.microsoft.com/c/api/chat?api-version=2&clientSessionId=...`
(plus `&accessToken=...` when signed in: the decision log never keeps a query string). Each
message is one JSON object with an `event` (sections 3.12 and 2.3 of ai-endpoints.md; sources in
tests/unit/adapters/fixtures/web/copilot_sources.md). From the client::

    {"event":"setOptions","supportedFeatures":[...],...}      options: no prompt
    {"event":"reportLocalConsents","grantedConsents":[]}       no prompt
    {"event":"send","conversationId":"...","mode":"chat","context":{},
     "content":[{"type":"image","url":"..."},{"type":"text","text":"PROMPT"}]}

Read from `send`: the `text` of every `content` part and every string under `context` (page
context the Edge sidebar can attach). Any other client event is scanned whole, as the generic
fallback would. The server answers with `received`, `startMessage`, `appendText`
(`{messageId, partId, text}`), `partCompleted` and `done`; the notice is that sequence with the
notice as the text and `dlp-<decision id>` as the message id.

Document and image uploads (`POST /c/api/attachments`, the file's bytes as the body) are HTTP
requests this adapter does not claim: the generic fallback reads the file (as any upload) and
a block is its JSON error, which the page reports as a failed upload.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from dlp_proxy.adapters.base import (
    WEBSOCKET,
    BlockResponse,
    Extraction,
    JsonPath,
    RequestView,
    Segment,
    collect_strings,
    json_error,
    parse_json,
    write_back,
)
from dlp_proxy.errors import AdapterError

CHAT_ROUTE = "/c/api/chat"
# Client events known to carry no prompt text: they pass without a decision. `challengeResponse`
# answers the server's bot `challenge` (`{"event":"challenge","method":"hashcash","parameter":
# "<param>:<difficulty>"}`) with `{"event":"challengeResponse","token":"<solution>","method":
# "hashcash"}` (2026 public clients); it must reach the server untouched or the chat stalls.
QUIET_EVENTS = frozenset({"setOptions", "reportLocalConsents", "ping", "pong", "challengeResponse"})


def _event(doc: Any) -> str | None:
    return doc.get("event") if isinstance(doc, dict) and isinstance(doc.get("event"), str) else None


def _send_segments(doc: dict[str, Any]) -> list[Segment]:
    content = doc.get("content")
    if not isinstance(content, list):
        raise AdapterError("Copilot 'send' message without a 'content' array")
    out: list[Segment] = []
    for i, part in enumerate(content):
        if isinstance(part, dict) and isinstance(part.get("text"), str):
            out.append(Segment(("content", i, "text"), part["text"], "user"))
        elif isinstance(part, str):
            out.append(Segment(("content", i), part, "user"))
    collect_strings(doc.get("context"), ("context",), "context", out)
    return out


class CopilotWebAdapter:
    """The chat socket of copilot.microsoft.com; its HTTP endpoints go to the generic fallback."""

    name = "copilot_web"

    def handles(self, request: RequestView) -> bool:
        # The handshake (GET, no body) too, so that a refused socket is logged as one.
        return request.route.rstrip("/") == CHAT_ROUTE and request.method in (WEBSOCKET, "GET")

    def is_prompt_message(self, message: RequestView) -> bool:
        try:
            event = _event(json.loads(message.body))
        except (ValueError, RecursionError):
            return True  # unreadable: the fail mode decides
        return event not in QUIET_EVENTS

    def extract(self, request: RequestView) -> Extraction:
        if request.method != WEBSOCKET:
            return Extraction(endpoint="copilot.ws.open", segments=[])
        doc = parse_json(request.body)
        if not isinstance(doc, dict):
            raise AdapterError("Copilot message is not a JSON object")
        event = _event(doc)
        if event == "send":
            return Extraction(endpoint="copilot.ws.send", segments=_send_segments(doc), document=doc)
        segments: list[Segment] = []
        collect_strings(doc, (), "unknown", segments)
        return Extraction(endpoint="copilot.ws.other", segments=segments, document=doc)

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        if extraction.document is None:
            raise AdapterError(f"cannot rewrite {extraction.endpoint}")
        return write_back(extraction.document, texts)

    def notice_messages(self, message: RequestView, notice: str, decision_id: str) -> list[str | bytes]:
        try:
            doc = json.loads(message.body)
        except (ValueError, RecursionError):
            doc = None
        conversation = doc.get("conversationId") if isinstance(doc, dict) else None
        bot, now = f"dlp-{decision_id}", datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        events: list[dict[str, Any]] = [
            {"event": "received", "conversationId": conversation, "messageId": f"{bot}-user", "createdAt": now},
            {"event": "startMessage", "conversationId": conversation, "messageId": bot, "createdAt": now},
            {"event": "appendText", "messageId": bot, "partId": "0", "text": notice},
            {"event": "partCompleted", "messageId": bot, "partId": "0"},
            {"event": "done", "messageId": bot},
        ]
        if not isinstance(conversation, str):
            for e in events:
                e.pop("conversationId", None)
        return [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in events]

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        # HTTP requests (a refused handshake, /c/api/...) get a JSON error the page can log.
        return json_error(
            403, {"error": {"message": notice, "type": "dlp_policy_violation", "code": "dlp_blocked"}}, decision_id
        )
