"""Microsoft 365 Copilot (work, BizChat): the chat hub speaks SignalR's JSON hub protocol over a
WebSocket, and a held prompt is answered by a bot message forged in the hub's own records.

The socket is `wss://substrate.office.com/m365Copilot/Chathub/{oid}@{tid}?...&access_token=...`
(the decision log never keeps the query string). A WebSocket message holds one or more JSON
records, each terminated by 0x1E (sections 3.13 and 2.3 of ai-endpoints.md; sources in
tests/unit/adapters/fixtures/web/m365_sources.md). From the client::

    {"protocol":"json","version":1}<RS>                         handshake
    {"type":6}<RS>                                             ping
    {"type":4,"invocationId":"0","target":"chat","arguments":[{..., "message":
      {"author":"user","text":"PROMPT","messageType":"Chat",...}, "previousMessages":[...]}]}<RS>
    {"type":1,"target":"Metrics","arguments":[...]}<RS>         telemetry

Read from an invocation (type 1 or 4) of `chat`: `arguments[*].message.text` and every string
under `arguments[*].previousMessages` (page or document context). Any record that is not
known to be quiet is scanned whole. The server streams `{"type":1,"target":"update",
"arguments":[{"messages":[{"author":"bot","text":...}]}]}` snapshots (or `writeAtCursor`
deltas), then a type 2 stream item whose `item` carries the final `messages` and
`result: {"value":"Success"}`, then the type 3 completion of the invocation id. The notice is
that sequence, with the notice as the bot's text and `dlp-<decision id>` as its message id.

The Microsoft 365 Copilot Chat API (Graph `/beta/copilot/conversations/{id}/chat` and
`/chatOverStream`, the same on workiq.svc.cloud.microsoft) is read too, should the catalogue
list those hosts: `message.text` and `additionalContext[*].text`/`description`.
"""

from __future__ import annotations

import json
import re
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
    dump_json,
    json_error,
    parse_json,
    set_at,
    write_back,
)
from dlp_proxy.errors import AdapterError

RS = "\x1e"  # SignalR's record separator
HUB_ROUTE = re.compile(r"^/m365copilot/chathub(/|$)", re.IGNORECASE)
CHAT_API_ROUTE = re.compile(r"/copilot/conversations/[^/]+/(chat|chatOverStream)$")
# SignalR record types: 1 invocation, 2 stream item, 3 completion, 4 stream invocation,
# 5 cancel invocation, 6 ping, 7 close.
INVOCATIONS = (1, 4)
QUIET_TYPES = frozenset({3, 5, 6, 7})
QUIET_TARGETS = frozenset({"metrics"})


def _records(body: bytes) -> list[str]:
    """The records of one hub message, in order; a message that is not UTF-8 is unreadable."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise AdapterError(f"hub message is not valid UTF-8 (byte {e.start})") from e
    parts = text.split(RS)
    if parts and parts[-1] == "":
        parts.pop()  # every record ends with RS; the last piece after it is empty
    return parts


def _is_quiet(record: Any) -> bool:
    if not isinstance(record, dict):
        return False
    if set(record) <= {"protocol", "version"} and "protocol" in record:
        return True  # the handshake
    kind, target = record.get("type"), record.get("target")
    if kind in QUIET_TYPES:
        return True
    return kind in INVOCATIONS and isinstance(target, str) and target.lower() in QUIET_TARGETS


def _chat_segments(record: dict[str, Any], index: int) -> list[Segment]:
    arguments = record.get("arguments")
    if not isinstance(arguments, list):
        raise AdapterError(f"hub record {index}: 'chat' invocation without an 'arguments' array")
    out: list[Segment] = []
    for j, arg in enumerate(arguments):
        if not isinstance(arg, dict):
            continue
        message = arg.get("message")
        if isinstance(message, dict) and isinstance(message.get("text"), str):
            out.append(Segment((index, "arguments", j, "message", "text"), message["text"], "user"))
        collect_strings(arg.get("previousMessages"), (index, "arguments", j, "previousMessages"), "context", out)
    return out


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class M365CopilotAdapter:
    """The chat hub on substrate.office.com, and the Copilot Chat API's JSON endpoints."""

    name = "m365_copilot"

    def handles(self, request: RequestView) -> bool:
        route = request.route
        if request.method in (WEBSOCKET, "GET") and HUB_ROUTE.match(route):
            return True  # a hub message, or the handshake (so a refused hub is logged as one)
        return request.method == "POST" and CHAT_API_ROUTE.search(route.rstrip("/")) is not None

    def is_prompt_message(self, message: RequestView) -> bool:
        try:
            records = [json.loads(r) for r in _records(message.body) if r.strip()]
        except (AdapterError, ValueError, RecursionError):
            return True  # unreadable: the fail mode decides
        return not all(_is_quiet(r) for r in records)

    def extract(self, request: RequestView) -> Extraction:
        if request.method == "GET":
            return Extraction(endpoint="m365.ws.open", segments=[])
        if request.method != WEBSOCKET:
            return self._chat_api(request)
        raw = _records(request.body)
        parsed: list[Any] = []
        segments: list[Segment] = []
        chat = False
        for i, text in enumerate(raw):
            record = parse_json(text.encode("utf-8")) if text.strip() else None
            parsed.append(record)
            if record is None or _is_quiet(record):
                continue
            if isinstance(record, dict) and record.get("type") in INVOCATIONS and record.get("target") == "chat":
                chat = True
                segments += _chat_segments(record, i)
            else:
                collect_strings(record, (i,), "unknown", segments)
        endpoint = "m365.ws.chat" if chat else "m365.ws.other"
        return Extraction(endpoint=endpoint, segments=segments, document=parsed, extra={"raw": raw})

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        if extraction.endpoint == "m365.chat_api":
            return write_back(extraction.document, texts)
        if request.method != WEBSOCKET or not isinstance(extraction.document, list):
            raise AdapterError(f"cannot rewrite {extraction.endpoint}")
        raw: list[str] = list(extraction.extra["raw"])
        for path, text in texts.items():
            index = int(path[0])
            if len(path) == 1:  # the record is a bare JSON string
                extraction.document[index] = text
            else:
                set_at(extraction.document[index], path[1:], text)
            raw[index] = dump_json(extraction.document[index]).decode("utf-8")  # only changed records
        terminated = request.body.endswith(RS.encode())
        return (RS.join(raw) + (RS if terminated else "")).encode("utf-8")

    def notice_messages(self, message: RequestView, notice: str, decision_id: str) -> list[str | bytes]:
        invocation: str | None = None
        try:
            for text in _records(message.body):
                record = json.loads(text) if text.strip() else None
                if isinstance(record, dict) and record.get("target") == "chat":
                    value = record.get("invocationId")
                    invocation = value if isinstance(value, str) else None
                    break
        except (AdapterError, ValueError, RecursionError):
            pass
        now = _now()
        bot = {"author": "bot", "text": notice, "messageId": f"dlp-{decision_id}", "createdAt": now, "timestamp": now}
        records: list[dict[str, Any]] = [{"type": 1, "target": "update", "arguments": [{"messages": [bot]}]}]
        if invocation is not None:
            item = {"messages": [bot], "result": {"value": "Success", "message": notice}}
            records += [{"type": 2, "invocationId": invocation, "item": item}, {"type": 3, "invocationId": invocation}]
        return [json.dumps(r, ensure_ascii=False, separators=(",", ":")) + RS for r in records]

    def _chat_api(self, request: RequestView) -> Extraction:
        doc = parse_json(request.body)
        if not isinstance(doc, dict):
            raise AdapterError("Copilot Chat API request is not a JSON object")
        segments: list[Segment] = []
        message = doc.get("message")
        if isinstance(message, dict) and isinstance(message.get("text"), str):
            segments.append(Segment(("message", "text"), message["text"], "user"))
        context = doc.get("additionalContext")
        if isinstance(context, list):
            for i, item in enumerate(context):
                for key in ("text", "description"):
                    if isinstance(item, dict) and isinstance(item.get(key), str):
                        segments.append(Segment(("additionalContext", i, key), item[key], "context"))
        stream = request.route.rstrip("/").endswith("chatOverStream")
        return Extraction(endpoint="m365.chat_api", segments=segments, document=doc, stream=stream)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        # Graph's error envelope; a refused hub handshake gets the same.
        return json_error(403, {"error": {"code": "dlpPolicyViolation", "message": notice}}, decision_id)
